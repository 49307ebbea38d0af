// Reading an input file from disk, shared by the CLI (files named on the command line, '-' for
// stdin) and the language server (a draft's source named in front matter or faithful.json, and
// faithful.json itself), so both refuse the same files with the same reasons. The server reads
// only regular files: a FIFO or /dev/stdin would block its only thread for good, /dev/zero never
// ends. Opening uses O_NONBLOCK there, so even a FIFO swapped in after a check cannot block the
// open itself. Every read stops at a size cap, whatever the file claims to be.
import * as fs from 'node:fs';
import { decodeText, InputProblem, type DecodedText } from './textInput';

/** Larger inputs are refused: a news article is a few KB, and 8 MB keeps memory predictable. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export interface ReadTextOptions {
  /** Refuse anything but a regular file (pipes, devices, sockets); the language server's choice. */
  readonly regularOnly?: boolean;
  readonly maxBytes?: number;
}

/** A file that cannot be read, with the file system's code when there is one ('ENOENT'). */
export class FileProblem extends InputProblem {
  constructor(message: string, readonly code: string | null) {
    super(message);
  }
}

/** Reads, decodes and checks a text file; throws InputProblem (a reason without the path). */
export function readTextFile(path: string, options: ReadTextOptions = {}): DecodedText {
  return decodeText(readFileBytes(path, options));
}

/** The file's bytes, within the size cap; throws FileProblem. A number is an open descriptor (left open). */
export function readFileBytes(path: string | number, options: ReadTextOptions = {}): Buffer {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  let fd: number;
  if (typeof path === 'number') fd = path;
  else try {
    // O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer, possibly forever.
    const flags = options.regularOnly && fs.constants.O_NONBLOCK !== undefined ? fs.constants.O_RDONLY | fs.constants.O_NONBLOCK : 'r';
    fd = fs.openSync(path, flags);
  } catch (err) {
    throw fsProblem(err);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new FileProblem('is a directory, expected a text file', 'EISDIR');
    if (options.regularOnly && !stat.isFile()) {
      throw new FileProblem(`is ${kindOf(stat)}, not a regular file; Faithful reads only ordinary files here`, null);
    }
    // Regular files are checked up front; pipes and devices report size 0, so the read loop
    // below enforces the limit for them too.
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge(maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const n = readSome(fd, chunk);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(maxBytes);
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof InputProblem) throw err;
    throw fsProblem(err);
  } finally {
    if (typeof path !== 'number') fs.closeSync(fd);
  }
}

/** One read; a descriptor shared with a non-blocking stream (stdin) may say "try again". */
function readSome(fd: number, chunk: Buffer): number {
  for (;;) {
    try {
      return fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

function kindOf(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

function tooLarge(maxBytes: number): FileProblem {
  const size = maxBytes % (1024 * 1024) === 0 ? `${maxBytes / (1024 * 1024)} MB` : `${maxBytes} bytes`;
  return new FileProblem(`file is larger than the ${size} limit`, 'EFBIG');
}

function fsProblem(err: unknown): FileProblem {
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? null;
  switch (code) {
    case 'ENOENT':
      return new FileProblem('no such file', code);
    case 'EACCES':
    case 'EPERM':
      return new FileProblem('permission denied', code);
    case 'EISDIR':
      return new FileProblem('is a directory, expected a text file', code);
    case 'ENXIO':
      return new FileProblem('is a socket, not a regular file', code);
    case 'ENOTDIR':
      return new FileProblem('no such file (a parent is not a directory)', code);
    default:
      return new FileProblem(`cannot read file (${code ?? (err instanceof Error ? err.message : String(err))})`, code);
  }
}
