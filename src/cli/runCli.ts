// Command dispatch, independent of the real process: everything it touches (streams, env,
// TTY-ness, the engine, the batch runner) comes in through `io` and `deps`, and it returns the
// exit code instead of exiting. main.ts binds it to the process; tests call it directly.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { AnalysisLimitError, type AcceptedChange, type AnalysisResult } from '../core';
import { readPageAssets } from '../comparison/assets';
import { renderHtmlReport } from '../comparison/html';
import { formatMarkdown } from '../comparison/markdown';
import { buildComparison } from '../comparison/model';
import { parseArgs, type Command, type OutputFormat } from './args';
import type { JobRunner } from './batchJob';
import { useColor } from './color';
import { CliError, EXIT_OK, EXIT_USAGE, oneLine } from './errors';
import { planCheck } from './check';
import { formatGithub } from './formatGithub';
import { formatJson, toJsonReport } from './formatJson';
import { formatSarif, toSarif } from './formatSarif';
import { formatText, summaryLine } from './formatText';
import { helpText } from './help';
import { Progress } from './progress';
import { readInput } from './readInput';
import type { Report } from './report';
import { acceptedForRewrite } from './acceptedChanges';
import { runAnalysis, textFormatForPaths, type Analyzer } from './runAnalysis';
import { countBySeverity, exitCodeFor } from './summary';
import { VERSION } from './version';
import { compiledWorkDone } from '../shared/compileCacheWork';

export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: Readable;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly cwd: string;
}

export interface CliDeps {
  readonly analyze?: Analyzer;
  /** Builds the batch job runner for `jobs` workers; defaults to the worker-thread pool. */
  readonly createRunner?: (jobs: number) => JobRunner;
  /** Where the bundled worker lives; defaults to next to the running bundle. */
  readonly batchWorkerPath?: string;
}

/** Lines a batch keeps in flight per worker: enough to keep workers busy, few enough to be small. */
const WINDOW_PER_JOB = 4;
const MIN_WINDOW = 16;

export async function runCli(argv: readonly string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case 'help':
        io.stdout.write(helpText());
        return EXIT_OK;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return EXIT_OK;
      case 'compare':
        return compare(command, io, deps);
      case 'check':
        return check(command, io, deps);
      case 'batch':
        return await batch(command, io, deps);
    }
  } catch (err) {
    return reportError(err, io);
  }
}

/** One comparison done: what every format is built from. */
interface Checked {
  readonly report: Report;
  readonly result: AnalysisResult;
  readonly accepted: readonly AcceptedChange[];
}

function compare(command: Extract<Command, { kind: 'compare' }>, io: CliIo, deps: CliDeps): number {
  if (command.sourcePath === '-' && command.rewritePath === '-') throw new CliError("only one of SOURCE and REWRITE can be '-' (standard input)");
  const { accepted, problems } = acceptedForRewrite(command.rewritePath);
  for (const p of problems) io.stderr.write(`faithful: ${p}\n`);
  const checked = checkPair(command.sourcePath, command.rewritePath, accepted, deps, command.timeoutSeconds);
  io.stdout.write(formatReports([checked], command.format, io));
  return exitCodeFor(checked.report.findings, command.failOn);
}

function checkPair(sourcePath: string, rewritePath: string, accepted: readonly AcceptedChange[], deps: CliDeps, timeoutSeconds: number | undefined): Checked {
  const source = readInput(sourcePath);
  const rewrite = readInput(rewritePath);
  const analyze = deps.analyze ?? runAnalysis;
  const result = analyze(source.text, rewrite.text, {
    format: textFormatForPaths(sourcePath, rewritePath),
    accepted,
    ...(timeoutSeconds !== undefined ? { timeBudgetMs: Math.round(timeoutSeconds * 1000) } : {}),
  });
  compiledWorkDone(source.text.length + rewrite.text.length);
  const report: Report = {
    source: { path: source.path, text: source.text },
    rewrite: { path: rewrite.path, text: rewrite.text },
    findings: result.findings,
  };
  return { report, result, accepted };
}

/**
 * `faithful check`: every pair faithful.json defines, in one report. A pair that cannot be read
 * is reported on stderr and the others still run; the exit code is then 2 (input error).
 */
function check(command: Extract<Command, { kind: 'check' }>, io: CliIo, deps: CliDeps): number {
  const plan = planCheck(io.cwd);
  for (const p of plan.problems) io.stderr.write(`faithful: ${p}\n`);
  if (plan.pairs.length === 0) io.stderr.write('faithful: check: no file matches a "draft" pattern in faithful.json\n');
  const done: Checked[] = [];
  let failed = false;
  for (const pair of plan.pairs) {
    try {
      done.push(checkPair(nodePath.join(io.cwd, pair.source), nodePath.join(io.cwd, pair.draft), pair.accepted, deps, command.timeoutSeconds));
    } catch (err) {
      if (!(err instanceof CliError) && !(err instanceof AnalysisLimitError)) throw err;
      failed = true;
      io.stderr.write(`faithful: ${pair.draft}: ${oneLine(err instanceof CliError ? err.message : limitMessage(err))}\n`);
    }
  }
  // Paths in every format as faithful.json writes them: relative to the folder checked.
  const relative = done.map((c) => ({
    ...c,
    report: {
      ...c.report,
      source: { ...c.report.source, path: toRelative(io.cwd, c.report.source.path) },
      rewrite: { ...c.report.rewrite, path: toRelative(io.cwd, c.report.rewrite.path) },
    },
  }));
  io.stdout.write(formatReports(relative, command.format, io));
  if (failed) return EXIT_USAGE;
  return exitCodeFor(done.flatMap((c) => c.report.findings), command.failOn);
}

function toRelative(cwd: string, path: string): string {
  return nodePath.relative(cwd, path).split(nodePath.sep).join('/');
}

function formatReports(checked: readonly Checked[], format: OutputFormat, io: CliIo): string {
  const reports = checked.map((c) => c.report);
  const models = () => checked.map((c) => buildComparison({
    result: c.result,
    sourceText: c.report.source.text,
    draftText: c.report.rewrite.text,
    sourceLabel: c.report.source.path,
    draftLabel: c.report.rewrite.path,
    accepted: c.accepted,
  }));
  const color = useColor(io.stdoutIsTTY, io.env);
  switch (format) {
    case 'text':
      if (reports.length === 1) return formatText(reports[0]!, { color });
      return reports.map((r) => formatText(r, { color }).split('\n').slice(0, -2).map((l) => `${l}\n`).join('')).join('') +
        `${summaryLine(countBySeverity(reports.flatMap((r) => r.findings)))}\n`;
    case 'json':
      if (reports.length === 1) return formatJson(reports[0]!);
      return JSON.stringify({ version: 1, summary: countBySeverity(reports.flatMap((r) => r.findings)), reports: reports.map(toJsonReport) }, null, 2) + '\n';
    case 'sarif': {
      if (reports.length === 1) return formatSarif(reports[0]!, { cwd: io.cwd });
      // One run holding every draft's results: code-scanning services expect one run per tool.
      const docs = reports.map((r) => toSarif(r, { cwd: io.cwd }) as { runs: Array<{ results: unknown[] }> });
      const base = (docs[0] ?? toSarif({ source: { path: 'faithful.json', text: '' }, rewrite: { path: 'faithful.json', text: '' }, findings: [] }, { cwd: io.cwd })) as { runs: Array<{ results: unknown[] }> };
      base.runs[0]!.results = docs.flatMap((d) => d.runs[0]!.results);
      return JSON.stringify(base, null, 2) + '\n';
    }
    case 'github':
      return formatGithub(reports);
    case 'markdown':
      return formatMarkdown(models());
    case 'html':
      return renderHtmlReport(models(), readPageAssets(), { generator: `Generated by faithful ${VERSION}` });
  }
}

async function batch(command: Extract<Command, { kind: 'batch' }>, io: CliIo, deps: CliDeps): Promise<number> {
  // Required here: node:readline and the worker pool are for batch runs only, and loading them
  // costs every other run start-up time.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { runBatch } = require('./batch') as typeof import('./batch');
  const { WorkerPool } = require('./workerPool') as typeof import('./workerPool');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const jobs = command.jobs ?? os.availableParallelism();
  const input = openBatchInput(command.inputPath, io.stdin);
  let runner: JobRunner;
  try {
    runner = deps.createRunner
      ? deps.createRunner(jobs)
      : new WorkerPool(deps.batchWorkerPath ?? nodePath.join(__dirname, 'batchWorker.js'), jobs);
  } catch (err) {
    input.destroy();
    throw err;
  }
  try {
    await runBatch({
      input,
      output: io.stdout,
      runner,
      window: Math.max(MIN_WINDOW, jobs * WINDOW_PER_JOB),
      progress: new Progress(io.stderr, io.stderrIsTTY),
    });
  } catch (err) {
    // A read error mid-file: what was written stands, but the run is incomplete.
    if (err instanceof CliError) throw err;
    const where = command.inputPath === '-' ? 'stdin' : command.inputPath;
    throw new CliError(`${where}: ${oneLine(err)}`);
  } finally {
    await runner.close();
  }
  return EXIT_OK;
}

/** Opens the batch input up front so a missing file or a directory fails before any output. */
function openBatchInput(path: string, stdin: Readable): Readable {
  if (path === '-') return stdin;
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : oneLine(err);
    throw new CliError(`${path}: ${reason}`);
  }
  if (fs.fstatSync(fd).isDirectory()) {
    fs.closeSync(fd);
    throw new CliError(`${path}: is a directory, expected a JSON Lines file`);
  }
  return fs.createReadStream(path, { fd });
}

/** The engine's limit message, and for the time budget the option that raises it. */
function limitMessage(err: AnalysisLimitError): string {
  return /time budget/.test(err.message) ? `${err.message.replace(/\.$/, '')} with --timeout SECONDS.` : err.message;
}

function reportError(err: unknown, io: CliIo): number {
  if (err instanceof CliError) {
    io.stderr.write(`faithful: ${oneLine(err.message)}\n`);
    return err.exitCode;
  }
  if (err instanceof AnalysisLimitError) {
    io.stderr.write(`faithful: ${oneLine(limitMessage(err))}\n`);
    return EXIT_USAGE;
  }
  // An engine bug: still one line and exit 2, but say it is ours, not the user's.
  io.stderr.write(`faithful: internal error: ${oneLine(err)}\n`);
  return EXIT_USAGE;
}
