// Decoding and checking an input text, shared by the CLI (files named on the command line) and the
// editor (a draft's source), so both refuse the same inputs with the same reasons: empty, only
// whitespace, binary, or an encoding that is not UTF-8 or UTF-8/UTF-16 with a byte order mark.
// Reasons carry no file name; callers put the name in front ("source.txt: file is empty").

/** Share of control characters above which a decoded text is treated as binary. */
const CONTROL_CHAR_LIMIT = 0.1;
/** How much of the text the control-character heuristic looks at. */
const SNIFF_LENGTH = 64 * 1024;
/** A character looksBinary counts (C0 controls but tab, line breaks, form feed and vertical tab; DEL and C1), or NUL. */
const CONTROL_CHAR = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** An input that cannot be compared; `message` is the reason, without a file name. */
export class InputProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputProblem';
  }
}

export interface DecodedText {
  /** The decoded text, without a byte order mark. */
  readonly text: string;
  readonly encoding: Encoding;
  /** Whether the bytes started with a byte order mark (removed from `text`). */
  readonly hadBom: boolean;
}

/** Decodes and checks file bytes; throws InputProblem with the reason. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new InputProblem('file is empty');
  const decoded = decode(bytes);
  checkText(decoded.text);
  return decoded;
}

/** Checks an already decoded text (an open editor's): not binary, not empty, not only whitespace. */
export function checkText(text: string): void {
  if (looksBinary(text)) throw new InputProblem('looks like a binary file, not text');
  if (text === '') throw new InputProblem('file is empty');
  if (text.trim() === '') throw new InputProblem('file contains only whitespace');
}

function decode(bytes: Uint8Array): DecodedText {
  // UTF-32 BOMs start like UTF-16 LE's, so they are ruled out first; nobody writes articles
  // in UTF-32 and decoding it as UTF-16 would produce NUL-ridden garbage.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new InputProblem('UTF-32 text is not supported; save it as UTF-8');
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeStrict(bytes.subarray(3), 'utf-8'), encoding: 'utf-8', hadBom: true };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeStrict(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', hadBom: true };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeStrict(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', hadBom: true };
  // No BOM: only UTF-8 is accepted. A NUL byte never occurs in UTF-8 text, so it marks a binary
  // file (or UTF-16 saved without a BOM, which cannot be told apart reliably).
  if (bytes.includes(0)) throw new InputProblem('looks like a binary file, not text (UTF-16 needs a byte order mark)');
  return { text: decodeStrict(bytes, 'utf-8'), encoding: 'utf-8', hadBom: false };
}

function decodeStrict(bytes: Uint8Array, encoding: Encoding): string {
  if ((encoding === 'utf-16le' || encoding === 'utf-16be') && bytes.length % 2 !== 0) {
    throw new InputProblem(`not valid ${encoding.toUpperCase()} (odd number of bytes)`);
  }
  try {
    // fatal: a wrong byte is an error, not a silent U+FFFD that would shift what the user sees.
    // ignoreBOM: the BOM was already consumed above; a second one is content.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (encoding === 'utf-8') throw new InputProblem('not valid UTF-8; save it as UTF-8 (or UTF-16 with a byte order mark)');
    throw new InputProblem(`not valid ${encoding.toUpperCase()}`);
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
  // Most texts have none of the characters counted below: one native scan says so (the loop,
  // run in V8's interpreter in a short CLI run, took about a millisecond for 64 kB).
  if (!CONTROL_CHAR.test(n < text.length ? text.slice(0, n) : text)) return false;
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
