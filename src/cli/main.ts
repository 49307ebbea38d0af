// Process entry (bundled to dist/cli.js, started by bin/faithful.js): binds runCli to the real
// process. The exit code is set rather than forced with process.exit() so that output still
// buffered for a pipe is flushed before Node exits.

import { EXIT_USAGE, oneLine } from './errors';
import { runCli } from './runCli';

// `faithful ... | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
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
