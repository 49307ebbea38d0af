// Command-line parsing. Hand-written rather than util.parseArgs so that every mistake gets a
// short, specific, one-line message (parseArgs' messages are long and mention internals), and so
// options can be checked per command: --fail-on means nothing to `batch`, --jobs nothing to a
// single comparison.

import { CliError, HELP_HINT } from './errors';

export const TEXT_FORMATS = ['text', 'json', 'sarif', 'markdown', 'github', 'html'] as const;
export type OutputFormat = (typeof TEXT_FORMATS)[number];

export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const BATCH_FORMATS = ['jsonl'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'compare';
      readonly sourcePath: string;
      readonly rewritePath: string;
      readonly format: OutputFormat;
      readonly failOn: FailOn;
      /** The time budget of one comparison, in seconds; undefined means the engine's default. */
      readonly timeoutSeconds: number | undefined;
    }
  | {
      /** Every draft faithful.json in the current folder pairs with a source, in one report. */
      readonly kind: 'check';
      readonly format: OutputFormat;
      readonly failOn: FailOn;
      /** The time budget of each comparison, in seconds; undefined means the engine's default. */
      readonly timeoutSeconds: number | undefined;
    }
  | {
      readonly kind: 'batch';
      /** A file path, or '-' for stdin. */
      readonly inputPath: string;
      readonly format: BatchFormat;
      /** Worker count; undefined means one per available core. */
      readonly jobs: number | undefined;
    };

/** Options that take a value, and which command accepts each. */
const VALUE_OPTIONS: Record<string, 'compare' | 'batch' | 'both'> = {
  // 'compare' options apply to `check` too: it is many comparisons in one report.
  '--format': 'both',
  '--fail-on': 'compare',
  '--jobs': 'batch',
  '--timeout': 'compare',
};

/** A day: more is surely a typo, and Date arithmetic stays exact far beyond it. */
export const MAX_TIMEOUT_SECONDS = 86_400;

export function parseArgs(argv: readonly string[]): Command {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  let help = false;
  let version = false;
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    // '-' alone is a positional (stdin for batch); '--' ends options so files named '-x' work.
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--version' || arg === '-V') {
      version = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!(name in VALUE_OPTIONS)) {
      throw new CliError(`unknown option '${name}' ${HELP_HINT}`);
    }
    let value: string;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      if (i + 1 >= argv.length) throw new CliError(`option '${name}' needs a value ${HELP_HINT}`);
      value = argv[++i];
    }
    if (values.has(name)) throw new CliError(`option '${name}' given more than once`);
    values.set(name, value);
  }

  // --help and --version win over everything else, as users expect from `cmd whatever --help`.
  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };

  if (positionals[0] === 'batch') return parseBatch(positionals.slice(1), values);
  if (positionals[0] === 'check') return parseCheck(positionals.slice(1), values);
  return parseCompare(positionals, values);
}

function parseCompare(positionals: string[], values: Map<string, string>): Command {
  rejectForeignOptions(values, 'compare');
  if (positionals.length === 0) throw new CliError(`missing SOURCE and REWRITE files ${HELP_HINT}`);
  if (positionals.length === 1) throw new CliError(`missing REWRITE file ${HELP_HINT}`);
  if (positionals.length > 2) {
    throw new CliError(`expected 2 files, got ${positionals.length}: unexpected '${positionals[2]}' ${HELP_HINT}`);
  }
  return {
    kind: 'compare',
    sourcePath: positionals[0],
    rewritePath: positionals[1],
    format: oneOf('--format', values.get('--format') ?? 'text', TEXT_FORMATS),
    failOn: oneOf('--fail-on', values.get('--fail-on') ?? 'error', FAIL_ON),
    timeoutSeconds: parseTimeout(values.get('--timeout')),
  };
}

function parseCheck(positionals: string[], values: Map<string, string>): Command {
  rejectForeignOptions(values, 'compare');
  if (positionals.length > 0) {
    throw new CliError(`check: takes no files, it reads the pairs in ./faithful.json; unexpected '${positionals[0]}' ${HELP_HINT}`);
  }
  return {
    kind: 'check',
    format: oneOf('--format', values.get('--format') ?? 'text', TEXT_FORMATS),
    failOn: oneOf('--fail-on', values.get('--fail-on') ?? 'error', FAIL_ON),
    timeoutSeconds: parseTimeout(values.get('--timeout')),
  };
}

/** Seconds, whole or decimal ("90", "2.5"), above 0 and at most a day. */
function parseTimeout(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seconds = Number(text);
  if (!/^[0-9]+(\.[0-9]+)?$/.test(text) || !(seconds > 0) || seconds > MAX_TIMEOUT_SECONDS) {
    throw new CliError(`invalid value '${text}' for '--timeout': expected a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS.toLocaleString('en')}`);
  }
  return seconds;
}

function parseBatch(positionals: string[], values: Map<string, string>): Command {
  rejectForeignOptions(values, 'batch');
  if (positionals.length === 0) throw new CliError(`batch: missing PAIRS.jsonl file (use '-' for stdin) ${HELP_HINT}`);
  if (positionals.length > 1) throw new CliError(`batch: expected 1 file, got ${positionals.length} ${HELP_HINT}`);
  const jobsText = values.get('--jobs');
  let jobs: number | undefined;
  if (jobsText !== undefined) {
    if (!/^[0-9]+$/.test(jobsText) || Number(jobsText) < 1 || Number(jobsText) > 1024) {
      throw new CliError(`invalid value '${jobsText}' for '--jobs': expected a whole number from 1 to 1024`);
    }
    jobs = Number(jobsText);
  }
  return {
    kind: 'batch',
    inputPath: positionals[0],
    format: oneOf('--format', values.get('--format') ?? 'jsonl', BATCH_FORMATS),
    jobs,
  };
}

function rejectForeignOptions(values: Map<string, string>, command: 'compare' | 'batch'): void {
  for (const name of values.keys()) {
    const allowed = VALUE_OPTIONS[name];
    if (allowed !== 'both' && allowed !== command) {
      const where = command === 'batch' ? "with 'batch'" : "without 'batch'";
      throw new CliError(`option '${name}' cannot be used ${where} ${HELP_HINT}`);
    }
  }
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`invalid value '${value}' for '${name}': expected ${allowed.join(', ')}`);
}
