// Process entry (bundled to dist/cli.js, started by bin/faithful.js): binds runCli to the real
// process. A comparison whose report went straight to the descriptors ends the process at once
// (endNow); anything that wrote through Node's streams (`batch`, usage errors, a pipe that would
// block) sets the exit code and lets Node exit when its output is flushed.
//
// `--help` and `--version` are answered here, before the engine or the worker pool are
// even evaluated (runCli is required lazily), so they cost little more than starting Node.

import * as fs from 'node:fs';
import { ENGINE_DATA_FILES, PAGED_BELOW_BYTES, prefetchDataFiles, WHOLE_DATA_FILES } from '../core/dataFile';
import { parseArgs, type Command } from './args';
import { EXIT_OK, EXIT_USAGE, oneLine } from './errors';
import { helpText } from './help';
import { formatTimings, timingsWanted } from './timings';
import { nodeCompileCacheApi } from '../shared/nodeModuleApi';
import { VERSION } from './version';
import type { Writable } from 'node:stream';
import type { InstalledCompileCache } from './compileCache';
import type { CliIo } from './runCli';

const argv = process.argv.slice(2);

/**
 * FAITHFUL_TIMINGS set (to anything but "" or "0"): when the process ends, one line on stderr
 * saying when each phase of the run ended, in milliseconds since the process started (`npm run
 * bench` reads it to show where a short run's time goes): the launcher's first line
 * (bin/faithful.js, when started through it), this entry, the engine loaded, the command done,
 * the exit. Without it nothing is recorded.
 */
const timings: Array<[string, number]> | null = timingsWanted(process.env) ? startTimings() : null;

function startTimings(): Array<[string, number]> {
  const marks: Array<[string, number]> = [];
  const launched = (globalThis as Record<symbol, unknown>)[Symbol.for('faithful.launched')];
  if (typeof launched === 'number') marks.push(['launcher', launched]);
  marks.push(['entry', performance.now()]);
  process.on('exit', () => {
    marks.push(['exit', performance.now()]);
    try {
      fs.writeSync(2, formatTimings(marks));
    } catch {
      // Standard error closed: nothing to tell.
    }
  });
  return marks;
}

/** Notes that a phase of the run ended (only with FAITHFUL_TIMINGS). */
function mark(name: string): void {
  timings?.push([name, performance.now()]);
}

/** What the arguments ask for, or null for a usage error (runCli parses again and reports it). */
function commandKind(): Command['kind'] | null {
  try {
    return parseArgs(argv).kind;
  } catch {
    return null;
  }
}

/**
 * Writes a short answer straight to the descriptor: process.stdout, on its first use, loads
 * Node's stream modules (about 7 ms, a tenth of `faithful --version`). A reader that closed the
 * pipe early just gets less; anything else unusual (a descriptor that would block) goes the usual way.
 */
function writeQuick(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  try {
    while (at < bytes.length) at += fs.writeSync(1, bytes, at, bytes.length - at);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPIPE') process.stdout.write(bytes.subarray(at));
  }
}

/**
 * process.stdout / process.stderr for a one-shot command, written straight to the descriptor as
 * writeQuick does. Creating Node's own stream for a pipe, a file or a terminal loads its stream
 * modules (net, stream, tty: 5-10 ms of a two-sentence comparison, in which the report is one
 * write at the end). A reader that closed the pipe ends the process as `faithful ... | head`
 * expects; a descriptor that would block (a non-blocking pipe that is full) hands the rest, and
 * every later write, to Node's stream, which waits for it.
 */
interface DescriptorWriter extends Writable {
  /** Whether everything written so far went straight to the descriptor (nothing waits in Node's stream). */
  readonly direct: boolean;
}

function descriptorWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream): DescriptorWriter {
  let fallback: NodeJS.WriteStream | null = null;
  const write = (chunk: string | Uint8Array): boolean => {
    if (fallback) return fallback.write(chunk);
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let at = 0;
    try {
      while (at < bytes.length) at += fs.writeSync(fd, bytes, at, bytes.length - at);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
      fallback = stream();
      return fallback.write(bytes.subarray(at));
    }
  };
  return {
    write,
    get direct() {
      return fallback === null;
    },
  } as unknown as DescriptorWriter;
}

/**
 * Ends the process now, with `code`, once a comparison's report is out. Left to itself, Node
 * tears the whole engine down first (its heap, the data files' buffers, V8's background work):
 * from the exit event to the parent seeing the process end took 25-28 ms instead of 19-20 on
 * the machine the bench runs on (12-15 interleaved runs; Node alone takes 13). process.exit
 * still runs the 'exit' listeners (src/cli/compileCache.ts writes its cache there); Node's own
 * compile cache (Node 22.1 and later) is written at exit only when the process is not forced out,
 * so it is written first where Node can (module.flushCompileCache, 22.10), and where it cannot,
 * the process exits as before. Only when every byte went straight to the descriptors: output
 * handed to Node's stream (a pipe that would block) is flushed by letting Node exit.
 */
function endNow(code: number, writers: readonly DescriptorWriter[]): void {
  if (!writers.every((w) => w.direct)) return;
  const nodeModule = nodeCompileCacheApi();
  if (typeof nodeModule.enableCompileCache === 'function') {
    if (typeof nodeModule.flushCompileCache !== 'function') return;
    try {
      nodeModule.flushCompileCache();
    } catch {
      // The next run compiles as usual.
    }
  }
  process.exit(code);
}

/**
 * Whether a descriptor is a terminal (for colour), without loading node:tty (and, through it,
 * net and stream) when it cannot be one: a pipe or a file is not a character device, and nor is
 * /dev/null (where a script that wants only the exit code sends the report) a terminal.
 */
function isTerminal(fd: number): boolean {
  try {
    const st = fs.fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    if (process.platform !== 'win32' && st.rdev === fs.statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}

/**
 * Whether a comparison's two texts are short enough to read WordNet and wink's lexemes a page at
 * a time (dataFile.ts, PAGED_BELOW_BYTES) rather than ahead, whole. `check` (pairs from
 * faithful.json) and texts from standard input count as long.
 */
function shortTexts(): boolean {
  try {
    const command = parseArgs(argv);
    if (command.kind !== 'compare' || command.sourcePath === '-' || command.rewritePath === '-') return false;
    return fs.statSync(command.sourcePath).size + fs.statSync(command.rewritePath).size < PAGED_BELOW_BYTES;
  } catch {
    return false;
  }
}

const kind = commandKind();
// The answer to --help / --version, given here without the engine.
const quick = kind === 'help' ? helpText() : kind === 'version' ? `${VERSION}\n` : null;
if (quick !== null) {
  writeQuick(quick);
  process.exitCode = EXIT_OK;
} else if (kind === 'compare' || kind === 'check') {
  // A comparison in this thread: its data files are read on the thread pool while this thread
  // loads the engine (dataFile.ts).
  const short = shortTexts();
  prefetchDataFiles(short ? WHOLE_DATA_FILES : ENGINE_DATA_FILES);
  // Short texts run less of the engine, and keep a compile cache of just that (compileCache.ts).
  if (short) (globalThis as Record<symbol, InstalledCompileCache | undefined>)[Symbol.for('faithful.compileCache')]?.variant?.('short');
  const stdout = descriptorWriter(1, () => process.stdout);
  const stderr = descriptorWriter(2, () => process.stderr);
  run({
    stdout,
    stderr,
    // Never read by a comparison; created only if used.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    stdoutIsTTY: isTerminal(1),
    stderrIsTTY: isTerminal(2),
    cwd: process.cwd(),
  }, (code) => endNow(code, [stdout, stderr]), true);
} else {
  // `batch` (which runs the engine in its workers and streams its output) and usage errors.
  // `faithful ... | head` closes the pipe early; that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  run({
    stdout: process.stdout,
    stderr: process.stderr,
    // Read only if used (`batch -`): creating process.stdin loads Node's stream modules for it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
  });
}

/** Runs the command; `done`, if given, is told the exit code once the command has finished. */
function run(io: CliIo, done?: (code: number) => void, readAhead = false): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runCli } = require('./runCli') as typeof import('./runCli');
  mark('engine loaded');
  // Data files read ahead (prefetchDataFiles) whose reads ended while the engine's bundle loaded
  // say so in their callbacks, which run only in a turn of this thread's event loop: given one
  // here, the engine takes their bytes as read instead of reading them again (dataFile.ts).
  const turn = readAhead ? new Promise<void>((resolve) => setImmediate(resolve)) : Promise.resolve();
  turn.then(() => runCli(argv, io)).then(
    (code) => {
      mark('done');
      process.exitCode = code;
      done?.(code);
    },
    (err: unknown) => {
      io.stderr.write(`faithful: internal error: ${oneLine(err)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
