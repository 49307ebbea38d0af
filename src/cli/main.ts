// Process entry (bundled to dist/cli.js, started by bin/faithful.js): binds runCli to the real
// process. The exit code is set rather than forced with process.exit() so that output still
// buffered for a pipe is flushed before Node exits.
//
// `--help` and `--version` are answered here, before the engine or the worker pool are
// even evaluated (runCli is required lazily), so they cost little more than starting Node.

import * as fs from 'node:fs';
import { prefetchDataFiles } from '../core/dataFile';
import { parseArgs, type Command } from './args';
import { EXIT_OK, EXIT_USAGE, oneLine } from './errors';
import { helpText } from './help';
import { VERSION } from './version';

const argv = process.argv.slice(2);

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

const kind = commandKind();
// The answer to --help / --version, given here without the engine.
const quick = kind === 'help' ? helpText() : kind === 'version' ? `${VERSION}\n` : null;
if (quick !== null) {
  writeQuick(quick);
  process.exitCode = EXIT_OK;
} else {
  // A comparison in this thread: its data files are read on the thread pool while this thread
  // loads the engine (dataFile.ts). `batch` runs the engine in its workers instead.
  if (kind === 'compare' || kind === 'check') prefetchDataFiles();
  // `faithful ... | head` closes the pipe early; that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runCli } = require('./runCli') as typeof import('./runCli');
  runCli(argv, {
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
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`faithful: internal error: ${oneLine(err)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
