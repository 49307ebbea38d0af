// Reads one input file and turns it into the text the engine sees, or refuses it with a
// one-line reason. Everything the engine gets has passed these checks, so it never has to guess
// at encodings or chew on a binary file.
//
// Offsets in every output format are counted in the *decoded* text returned here: a UTF-8 byte
// order mark is stripped and not counted, and UTF-16 files are decoded before counting, so
// offset 0 is always the first character after any BOM.

import { decodeText, InputProblem, looksBinary, type Encoding } from '../shared/textInput';
import { MAX_INPUT_BYTES, readFileBytes } from '../shared/readTextFile';
import { CliError } from './errors';

export { looksBinary, MAX_INPUT_BYTES, type Encoding };

/** The name '-' reads standard input, as batch does; reports call it this. */
export const STDIN_LABEL = 'stdin';

export interface InputText {
  /** The path as given on the command line ('stdin' for '-'); used verbatim in every report. */
  readonly path: string;
  /** The decoded text, without a byte order mark. */
  readonly text: string;
  readonly encoding: Encoding;
  /** Whether the file started with a byte order mark (removed from `text`). */
  readonly hadBom: boolean;
}

/**
 * Reads and validates `path` ('-' is standard input); throws CliError (exit 2) with a one-line
 * reason. The command line may name a pipe (`<(curl ...)`, '-'): it is read up to the size cap.
 */
export function readInput(path: string, maxBytes: number = MAX_INPUT_BYTES): InputText {
  const label = path === '-' ? STDIN_LABEL : path;
  let bytes: Buffer;
  try {
    bytes = readFileBytes(path === '-' ? stdinPath() : path, { maxBytes });
  } catch (err) {
    if (err instanceof InputProblem) throw new CliError(`${label}: ${err.message}`);
    throw err;
  }
  return decodeInput(label, bytes);
}

/** Standard input's descriptor (/dev/stdin cannot be opened when it is a socket, as Node's pipes are). */
function stdinPath(): number {
  return 0;
}

/** Decoding and validation without the file system, so tests can feed exact bytes. */
export function decodeInput(path: string, bytes: Uint8Array): InputText {
  try {
    return { path, ...decodeText(bytes) };
  } catch (err) {
    if (err instanceof InputProblem) throw new CliError(`${path}: ${err.message}`);
    throw err;
  }
}
