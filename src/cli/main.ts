// Process entry (bundled to dist/cli.js, started by bin/faithful.js): binds runCli to the real
// process. The exit code is set rather than forced with process.exit() so that output still
// buffered for a pipe is flushed before Node exits.
//
// `--help` and `--version` are answered here, before the engine or the worker pool are
// even evaluated (runCli is required lazily), so they cost little more than starting Node.

import { prefetchDataFiles } from '../core/dataFile';
import { parseArgs } from './args';
import { EXIT_OK, EXIT_USAGE, oneLine } from './errors';
import { helpText } from './help';
import { VERSION } from './version';

// `faithful ... | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const argv = process.argv.slice(2);

/** The answer to --help / --version, or null for anything else (including a usage error, which runCli reports). */
function quickAnswer(): string | null {
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') return helpText();
    if (command.kind === 'version') return `${VERSION}\n`;
    // A comparison in this thread: its data files are read on the thread pool while this
    // thread loads the engine (dataFile.ts). `batch` runs the engine in its workers instead.
    if (command.kind === 'compare' || command.kind === 'check') prefetchDataFiles();
  } catch {
    // runCli parses again and reports the mistake.
  }
  return null;
}

const quick = quickAnswer();
if (quick !== null) {
  process.stdout.write(quick);
  process.exitCode = EXIT_OK;
} else {
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
