// The CLI's own failure type. Anything thrown as a CliError is the user's to fix (bad arguments,
// an unreadable file), so it is reported as a single `faithful: ...` line with exit code 2 and
// never with a stack trace.

/** Exit codes, documented in --help. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT_USAGE) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Shown after a usage error so the one-line message still points somewhere useful. */
export const HELP_HINT = "(see 'faithful --help')";

/** Flattens any thrown value into one line for stderr. */
export function oneLine(message: unknown): string {
  const text = message instanceof Error ? message.message : String(message);
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim() || 'unknown error';
}
