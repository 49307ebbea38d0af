// Command dispatch, independent of the real process: everything it touches (streams, env,
// TTY-ness, the engine, the batch runner) comes in through `io` and `deps`, and it returns the
// exit code instead of exiting. main.ts binds it to the process; tests call it directly.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { AnalysisLimitError, type Finding } from '../core';
import { parseArgs, type Command } from './args';
import { runBatch } from './batch';
import type { JobRunner } from './batchJob';
import { useColor } from './color';
import { CliError, EXIT_OK, EXIT_USAGE, oneLine } from './errors';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { helpText } from './help';
import { Progress } from './progress';
import { readInput } from './readInput';
import type { Report } from './report';
import { acceptedForRewrite } from './acceptedChanges';
import { runAnalysis, textFormatForPaths, type Analyzer } from './runAnalysis';
import { exitCodeFor } from './summary';
import { VERSION } from './version';
import { WorkerPool } from './workerPool';

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
      case 'batch':
        return await batch(command, io, deps);
    }
  } catch (err) {
    return reportError(err, io);
  }
}

function compare(command: Extract<Command, { kind: 'compare' }>, io: CliIo, deps: CliDeps): number {
  const source = readInput(command.sourcePath);
  const rewrite = readInput(command.rewritePath);
  const analyze = deps.analyze ?? runAnalysis;
  const { accepted, problems } = acceptedForRewrite(command.rewritePath);
  for (const p of problems) io.stderr.write(`faithful: ${p}\n`);
  const result = analyze(source.text, rewrite.text, {
    format: textFormatForPaths(command.sourcePath, command.rewritePath),
    accepted,
  });
  const findings: readonly Finding[] = result.findings;
  const report: Report = {
    source: { path: source.path, text: source.text },
    rewrite: { path: rewrite.path, text: rewrite.text },
    findings,
  };

  switch (command.format) {
    case 'text':
      io.stdout.write(formatText(report, { color: useColor(io.stdoutIsTTY, io.env) }));
      break;
    case 'json':
      io.stdout.write(formatJson(report));
      break;
    case 'sarif':
      io.stdout.write(formatSarif(report, { cwd: io.cwd }));
      break;
  }
  return exitCodeFor(findings, command.failOn);
}

async function batch(command: Extract<Command, { kind: 'batch' }>, io: CliIo, deps: CliDeps): Promise<number> {
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

function reportError(err: unknown, io: CliIo): number {
  if (err instanceof CliError) {
    io.stderr.write(`faithful: ${oneLine(err.message)}\n`);
    return err.exitCode;
  }
  if (err instanceof AnalysisLimitError) {
    io.stderr.write(`faithful: ${oneLine(err.message)}\n`);
    return EXIT_USAGE;
  }
  // An engine bug: still one line and exit 2, but say it is ours, not the user's.
  io.stderr.write(`faithful: internal error: ${oneLine(err)}\n`);
  return EXIT_USAGE;
}
