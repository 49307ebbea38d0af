// Reads one input file and turns it into the text the engine sees, or refuses it with a
// one-line reason. Everything the engine gets has passed these checks, so it never has to guess
// at encodings or chew on a binary file.
//
// Offsets in every output format are counted in the *decoded* text returned here: a UTF-8 byte
// order mark is stripped and not counted, and UTF-16 files are decoded before counting, so
// offset 0 is always the first character after any BOM.

import * as fs from 'node:fs';
import { CliError } from './errors';

/** Larger inputs are refused: a news article is a few KB, and 8 MB keeps memory predictable. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/** Share of control characters above which a decoded text is treated as binary. */
const CONTROL_CHAR_LIMIT = 0.1;
/** How much of the text the control-character heuristic looks at. */
const SNIFF_LENGTH = 64 * 1024;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

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
  if (bytes.length === 0) throw new CliError(`${path}: file is empty`);

  const { text, encoding, hadBom } = decode(path, bytes);

  if (looksBinary(text)) throw new CliError(`${path}: looks like a binary file, not text`);
  if (text === '') throw new CliError(`${path}: file is empty`);
  if (text.trim() === '') throw new CliError(`${path}: file contains only whitespace`);
  return { path, text, encoding, hadBom };
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

function decode(path: string, bytes: Uint8Array): { text: string; encoding: Encoding; hadBom: boolean } {
  // UTF-32 BOMs start like UTF-16 LE's, so they are ruled out first; nobody writes articles
  // in UTF-32 and decoding it as UTF-16 would produce NUL-ridden garbage.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new CliError(`${path}: UTF-32 text is not supported; save it as UTF-8`);
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: decodeStrict(path, bytes.subarray(3), 'utf-8'), encoding: 'utf-8', hadBom: true };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: decodeStrict(path, bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', hadBom: true };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: decodeStrict(path, bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', hadBom: true };
  }
  // No BOM: only UTF-8 is accepted. A NUL byte never occurs in UTF-8 text, so it marks a binary
  // file (or UTF-16 saved without a BOM, which cannot be told apart reliably).
  if (bytes.includes(0)) {
    throw new CliError(`${path}: looks like a binary file, not text (UTF-16 needs a byte order mark)`);
  }
  return { text: decodeStrict(path, bytes, 'utf-8'), encoding: 'utf-8', hadBom: false };
}

function decodeStrict(path: string, bytes: Uint8Array, encoding: Encoding): string {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    if (bytes.length % 2 !== 0) throw new CliError(`${path}: not valid ${encoding.toUpperCase()} (odd number of bytes)`);
  }
  try {
    // fatal: a wrong byte is an error, not a silent U+FFFD that would shift what the user sees.
    // ignoreBOM: the BOM was already consumed above; a second one is content.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (encoding === 'utf-8') {
      throw new CliError(`${path}: not valid UTF-8; save it as UTF-8 (or UTF-16 with a byte order mark)`);
    }
    throw new CliError(`${path}: not valid ${encoding.toUpperCase()}`);
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * A text is binary if it holds a NUL or too many control characters. Tab, line breaks, form
 * feed and vertical tab are ordinary in text files and do not count.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF_LENGTH);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    const isC0 = c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d;
    const isDelOrC1 = c >= 0x7f && c <= 0x9f;
    if (isC0 || isDelOrC1) control++;
  }
  return control / n > CONTROL_CHAR_LIMIT;
}
