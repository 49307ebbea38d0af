// Reads one input file and turns it into the text the engine sees, or refuses it with a
// one-line reason. Everything the engine gets has passed these checks, so it never has to guess
// at encodings or chew on a binary file.
//
// Offsets in every output format are counted in the *decoded* text returned here: a UTF-8 byte
// order mark is stripped and not counted, and UTF-16 files are decoded before counting, so
// offset 0 is always the first character after any BOM.

import * as fs from 'node:fs';
import { decodeText, InputProblem, looksBinary, type Encoding } from '../shared/textInput';
import { CliError } from './errors';

export { looksBinary, type Encoding };

/** Larger inputs are refused: a news article is a few KB, and 8 MB keeps memory predictable. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;


export interface InputText {
  /** The path as given on the command line; used verbatim in every report. */
  readonly path: string;
  /** The decoded text, without a byte order mark. */
  readonly text: string;
  readonly encoding: Encoding;
  /** Whether the file started with a byte order mark (removed from `text`). */
  readonly hadBom: boolean;
}

/** Reads and validates `path`; throws CliError (exit 2) with a one-line reason. */
export function readInput(path: string, maxBytes: number = MAX_INPUT_BYTES): InputText {
  const bytes = readBytes(path, maxBytes);
  return decodeInput(path, bytes);
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

function readBytes(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch (err) {
    throw new CliError(`${path}: ${describeFsError(err)}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new CliError(`${path}: is a directory, expected a text file`);
    // Regular files are checked up front; pipes and devices report size 0, so the read loop
    // below enforces the limit for them too.
    if (stat.isFile() && stat.size > maxBytes) throw new CliError(tooLarge(path, maxBytes));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new CliError(tooLarge(path, maxBytes));
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`${path}: ${describeFsError(err)}`);
  } finally {
    fs.closeSync(fd);
  }
}

function tooLarge(path: string, maxBytes: number): string {
  return `${path}: file is larger than the ${formatBytes(maxBytes)} limit`;
}

function formatBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MB` : `${n} bytes`;
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, expected a text file';
    case 'ENOTDIR':
      return 'no such file (a parent is not a directory)';
    default:
      return `cannot read file (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}
