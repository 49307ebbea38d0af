// Data files the engine reads at run time (the WordNet table, trained models): kept out of the
// JavaScript bundles, shipped next to them in dist/, and read only when first needed.
//
// One layout serves every consumer: the bundles in dist/ (the CLI, its batch worker, the
// language server, inside the .vsix or an npm install) find a file beside themselves; the
// sources run by the unit tests (src/core/) find it in the repository's dist/, where
// `npm run build` writes it. A file is a set of named sections (see scripts/dataFile.mjs, which
// writes them), each aligned to 8 bytes so it can be viewed as a typed array without copying:
//
//   "FTHFUL01"  magic (8 bytes)
//   u32 format version of the content (the consumer's own number), u32 section count
//   per section: name (24 bytes, NUL padded ASCII), u32 offset, u32 byte length
//   section bytes
import * as fs from 'node:fs';
import * as path from 'node:path';

const MAGIC = 'FTHFUL01';
const NAME_BYTES = 24;

/** Where a data file called `name` is looked for, nearest first. */
export function dataFileCandidates(name: string): string[] {
  return [
    // Bundled: dist/cli.js, dist/server.js, dist/batchWorker.js sit beside the file.
    path.join(__dirname, name),
    // From source (tests, tsx): src/core/ -> <repo>/dist/.
    path.join(__dirname, '..', '..', 'dist', name),
  ];
}

export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}

/** The path of a data file, or a clear error saying where it was looked for. */
export function dataFilePath(name: string): string {
  const candidates = dataFileCandidates(name);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new DataFileError(`Faithful's data file ${name} is missing (looked in ${candidates.join(', ')}); run \`npm run build\` or reinstall.`);
  }
  return found;
}

/** A data file's named sections, each a view into one buffer read from disk. */
export class DataSections {
  constructor(
    readonly file: string,
    readonly version: number,
    private readonly sections: ReadonlyMap<string, Uint8Array>,
  ) {}

  has(name: string): boolean {
    return this.sections.has(name);
  }

  bytes(name: string): Uint8Array {
    const s = this.sections.get(name);
    if (!s) throw new DataFileError(`${this.file}: no section "${name}"; the file is from another version, run \`npm run build\`.`);
    return s;
  }

  uint32(name: string): Uint32Array {
    const b = this.bytes(name);
    return new Uint32Array(b.buffer, b.byteOffset, b.byteLength >>> 2);
  }

  int32(name: string): Int32Array {
    const b = this.bytes(name);
    return new Int32Array(b.buffer, b.byteOffset, b.byteLength >>> 2);
  }

  float32(name: string): Float32Array {
    const b = this.bytes(name);
    return new Float32Array(b.buffer, b.byteOffset, b.byteLength >>> 2);
  }

  /** A UTF-8 text section (e.g. a JSON header or a word list). */
  text(name: string): string {
    const b = this.bytes(name);
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
  }
}

/** Parses a data file's bytes; `expectedVersion` guards against a stale build. */
export function parseDataSections(file: string, bytes: Uint8Array, expectedVersion: number): DataSections {
  // Typed-array views need the buffer aligned; a pooled small Buffer may not be.
  const buf = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const bad = (why: string) => new DataFileError(`${file}: not a Faithful data file (${why}); run \`npm run build\`.`);
  if (buf.byteLength < 16 || Buffer.from(buf.buffer, buf.byteOffset, 8).toString('latin1') !== MAGIC) throw bad('wrong header');
  const version = view.getUint32(8, true);
  if (version !== expectedVersion) {
    throw new DataFileError(`${file}: format version ${version}, this build expects ${expectedVersion}; run \`npm run build\`.`);
  }
  const count = view.getUint32(12, true);
  const sections = new Map<string, Uint8Array>();
  let at = 16;
  for (let i = 0; i < count; i++, at += NAME_BYTES + 8) {
    if (at + NAME_BYTES + 8 > buf.byteLength) throw bad('truncated section table');
    const nameBytes = buf.subarray(at, at + NAME_BYTES);
    const end = nameBytes.indexOf(0);
    const name = Buffer.from(nameBytes.buffer, nameBytes.byteOffset, end < 0 ? NAME_BYTES : end).toString('latin1');
    const offset = view.getUint32(at + NAME_BYTES, true);
    const length = view.getUint32(at + NAME_BYTES + 4, true);
    if (offset + length > buf.byteLength) throw bad(`section ${name} runs past the end`);
    sections.set(name, buf.subarray(offset, offset + length));
  }
  return new DataSections(file, version, sections);
}

/** The data files the engine reads at run time, in the order a check first needs them (each consumer names its own; a unit test checks this list). */
export const ENGINE_DATA_FILES = ['wink-core.bin', 'wordnet.bin', 'en-ewt-parser.bin'] as const;

/** The engine's data files read a page at a time as used (PagedDataFile), not read ahead whole. */
export const PAGED_DATA_FILES: readonly string[] = ['wink-core.bin', 'wordnet.bin'];

/**
 * Texts shorter than this (source and rewrite together, bytes) read the paged files a page at a
 * time; longer ones read most of their pages anyway (the seed pair, 4.4 kB, two thirds of
 * WordNet's), and the CLI reads them ahead whole, on the thread pool while the engine loads.
 */
export const PAGED_BELOW_BYTES = 2000;

/** The engine's data files a check reads whole, which the CLI and the language server read ahead. */
export const WHOLE_DATA_FILES: readonly string[] = ENGINE_DATA_FILES.filter((n) => !PAGED_DATA_FILES.includes(n));

/**
 * Data files read into a WebAssembly memory (readDataFile) rather than a plain buffer,
 * for code that runs in WebAssembly over them: the parser model, scored there
 * (syntax/wasmScore.ts).
 */
export const MEMORY_DATA_FILES: readonly string[] = ['en-ewt-parser.bin'];

/** Bytes of a WebAssembly memory page. */
export const WASM_PAGE = 65536;

/** Bytes a WebAssembly memory holds past its file, for the code that uses it (its own working space). */
export const MEMORY_SPARE_BYTES = 1 << 16;

/**
 * A WebAssembly memory for a file of `size` bytes (at offset 0) and MEMORY_SPARE_BYTES more, or
 * undefined where WebAssembly is not available. Its pages are mapped only as they are written,
 * like a fresh buffer's.
 */
export function newFileMemory(size: number, shared = false): WebAssembly.Memory | undefined {
  try {
    const pages = Math.ceil((size + MEMORY_SPARE_BYTES) / WASM_PAGE);
    return new WebAssembly.Memory({ initial: pages, maximum: pages, shared });
  } catch {
    return undefined;
  }
}

/**
 * Data files another thread has read (or is reading) for this one: a file's bytes, or undefined
 * when that read failed (the file is then read here as usual). See sharedDataFiles.ts.
 */
const provided = new Map<string, () => Uint8Array | undefined>();
/** The WebAssembly memories that provided bytes lie in (a file of MEMORY_DATA_FILES shared by another thread). */
const providedMemory = new Map<string, WebAssembly.Memory>();

/**
 * Says where a data file's bytes come from instead of the disk (a language server's analysis
 * thread, given them by the main thread); `memory`, the (shared) WebAssembly memory they lie at
 * the start of, for a file in MEMORY_DATA_FILES.
 */
export function provideDataFile(name: string, bytes: () => Uint8Array | undefined, memory?: WebAssembly.Memory): void {
  provided.set(name, bytes);
  if (memory) providedMemory.set(name, memory);
  else providedMemory.delete(name);
}

/**
 * Buffers that prefetchDataFiles is filling, by file name. On globalThis (under a registry key),
 * not in this module: the CLI's small entry bundle starts the reads, and the engine's bundle,
 * which holds its own copy of this module, reads them.
 */
const PREFETCH = Symbol.for('faithful.prefetchedDataFiles');
/** `whole`: the read ahead has ended with every byte of the file, as its callback on this thread says. */
type Prefetched = Map<string, { readonly file: string; readonly buffer: Uint8Array; readonly memory?: WebAssembly.Memory; whole?: boolean }>;
const prefetched = (): Prefetched | undefined => (globalThis as Record<symbol, unknown>)[PREFETCH] as Prefetched | undefined;

/**
 * Starts reading the data files into memory on libuv's thread pool, one after another, for a
 * process that is about to load the engine and run a check (the CLI, before it even loads the
 * engine's bundle). On the machines measured, reading a data file costs little for the copy
 * and much for mapping the fresh memory it lands in (a page fault per 4 kB: 50-60 ms for the
 * 17 MB), time the main thread otherwise spends itself, one file at a time, in the middle of
 * its first check. The thread pool pays it on another core while the main thread compiles the
 * engine. What the engine uses is always read synchronously again when it needs the file (see
 * readDataFile): into memory already mapped that costs a plain copy (well under a millisecond a
 * megabyte), and the bytes never depend on whether the prefetch has finished.
 */
export function prefetchDataFiles(names: readonly string[] = WHOLE_DATA_FILES): void {
  const files: Prefetched = new Map();
  for (const name of names) {
    try {
      const file = dataFilePath(name);
      const fd = fs.openSync(file, 'r');
      const size = fs.fstatSync(fd).size;
      const memory = MEMORY_DATA_FILES.includes(name) ? newFileMemory(size) : undefined;
      const buffer = memory ? new Uint8Array(memory.buffer, 0, size) : new Uint8Array(size);
      const entry: { file: string; buffer: Uint8Array; memory?: WebAssembly.Memory; whole?: boolean } = { file, buffer, memory };
      files.set(name, entry);
      // All at once: a read's callback, which could start the next, waits for this thread's
      // event loop, and this thread is busy until the check is done. One request reads a
      // regular file whole; a short read just leaves the rest to readDataFile.
      fs.read(fd, buffer, 0, size, 0, (err, n) => {
        entry.whole = !err && n === size;
        fs.close(fd, () => undefined);
      });
    } catch {
      // Missing or unreadable: the engine reports it when it looks for the file.
    }
  }
  (globalThis as Record<symbol, unknown>)[PREFETCH] = files;
}

/** Chunk of readInto: small enough to meet the read ahead near where it has got to. */
const READ_BACK_CHUNK = 1 << 18;

/**
 * Reads a whole file into `buffer` (its size), or returns false if it is not that size. From the
 * end backwards, a chunk at a time: the read ahead goes forwards from the start, so this thread
 * maps only the memory that it has not reached yet (what it already filled costs a copy), and
 * the two never fault the same pages side by side. On a busy machine, where the read ahead may
 * not have run at all, this is one plain read of the file, as without it.
 */
function readInto(file: string, buffer: Uint8Array): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    if (fs.fstatSync(fd).size !== buffer.byteLength) return false;
    for (let end = buffer.byteLength; end > 0; ) {
      const start = Math.max(0, end - READ_BACK_CHUNK);
      for (let at = start; at < end; ) {
        const n = fs.readSync(fd, buffer, at, end - at, at);
        if (n <= 0) return false;
        at += n;
      }
      end = start;
    }
    return true;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A data file's bytes: as provided (provideDataFile), else read from disk (into the prefetched
 * buffer, if any). A file of MEMORY_DATA_FILES comes at the start of a WebAssembly memory (with
 * MEMORY_SPARE_BYTES after it): the one prefetchDataFiles read into, else a new one read into
 * here, or the one another thread read it into (provideDataFile, a shared memory). `memory` is
 * undefined for other files, for bytes provided without a memory, and where WebAssembly is not
 * available.
 */
export function readDataFile(name: string): { file: string; bytes: Uint8Array; memory?: WebAssembly.Memory } {
  const given = provided.get(name)?.();
  if (given) {
    const memory = providedMemory.get(name);
    return { file: name, bytes: given, memory: memory && memory.buffer === given.buffer && given.byteOffset === 0 ? memory : undefined };
  }
  const file = dataFilePath(name);
  const early = prefetched()?.get(name);
  if (early) {
    prefetched()!.delete(name);
    // A read ahead whose callback has said it read the whole file is taken as it is (the CLI
    // gives its event loop a turn for that once the engine is loaded: cli/main.ts), not copied
    // again: a plain copy, but of 17 MB for a long text, about 10 ms of the seed pair's run.
    if (early.file === file && early.whole === true) return { file, bytes: early.buffer, memory: early.memory };
    if (early.file === file && readInto(file, early.buffer)) return { file, bytes: early.buffer, memory: early.memory };
  }
  if (MEMORY_DATA_FILES.includes(name)) {
    const size = fs.statSync(file).size;
    const memory = newFileMemory(size);
    const bytes = memory && new Uint8Array(memory.buffer, 0, size);
    if (bytes && readInto(file, bytes)) return { file, bytes, memory };
  }
  return { file, bytes: fs.readFileSync(file) };
}

/**
 * A data file read on first use and kept: `load()` returns the same decoded value every time.
 * `decode` turns the sections into whatever the consumer looks things up in (typed-array views,
 * not copies, where it can).
 */
export function lazyDataFile<T>(name: string, version: number, decode: (sections: DataSections) => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) {
      const { file, bytes } = readDataFile(name);
      value = decode(parseDataSections(file, bytes, version));
    }
    return value;
  };
}

/** A paged data file's reading unit: one memory page, so that a page is mapped only when used. */
const PAGE_SHIFT = 12;
/**
 * Pages read one at a time before the rest of the file is read at once: a long check reads most
 * of a table anyway, and one read of the rest costs less than hundreds of small ones.
 */
const PAGED_READS_BEFORE_WHOLE = 1024;

/**
 * A data file read from disk a page at a time, as its tables are used, for tables that a check
 * reads a little of: WordNet's, of which a two-sentence check reads about 120 of 1,435 pages
 * and the seed pair two thirds, and wink's lexemes. On the machines measured, a page of memory
 * filled from disk costs more in mapping fresh memory (13-19 µs) than in reading (a page fault
 * per 4 kB), and the threads of one process cannot fault pages in parallel. The buffer is the
 * file's size but untouched (the operating system maps no memory for it) until a page is read
 * into it.
 *
 * Readers ask need(from, to) (byte offsets of the file) or needElements() before reading a
 * range; `sections` gives the same typed-array views as DataSections. A file given whole
 * (provideDataFile: `faithful batch`'s workers) is all read already.
 */
export class PagedDataFile {
  /** 1 for each page read (or given). */
  private readonly read: Uint8Array;
  private pagedReads = 0;
  /**
   * Every page is read (or given): need() has nothing to do. A check of a long text (its files
   * read ahead whole) asks about WordNet's and wink's tables tens of thousands of times (the seed
   * pair 84,375), each answered here at once rather than by looking its pages up.
   */
  private whole: boolean;
  readonly sections: DataSections;

  private constructor(
    private readonly file: string,
    private readonly fd: number | null,
    private readonly bytes: Uint8Array,
    version: number,
  ) {
    const pages = (bytes.byteLength + (1 << PAGE_SHIFT) - 1) >>> PAGE_SHIFT;
    this.read = new Uint8Array(pages);
    this.whole = fd === null;
    if (fd === null) this.read.fill(1);
    // The header and section table, as parseDataSections reads them.
    this.need(0, Math.min(bytes.byteLength, 16));
    const count = bytes.byteLength >= 16 ? new DataView(bytes.buffer, bytes.byteOffset, 16).getUint32(12, true) : 0;
    this.need(16, Math.min(bytes.byteLength, 16 + count * (NAME_BYTES + 8)));
    this.sections = parseDataSections(file, bytes, version);
  }

  /** Opens `name` (as readDataFile finds it) for paged reading. */
  static open(name: string, version: number): PagedDataFile {
    const given = provided.get(name)?.();
    if (given) return new PagedDataFile(name, null, given, version);
    // Read ahead whole (prefetchDataFiles, for a long comparison): taken as read.
    if (prefetched()?.has(name)) {
      const { file, bytes } = readDataFile(name);
      return new PagedDataFile(file, null, bytes, version);
    }
    const file = dataFilePath(name);
    const fd = fs.openSync(file, 'r');
    try {
      return new PagedDataFile(file, fd, new Uint8Array(fs.fstatSync(fd).size), version);
    } catch (err) {
      fs.closeSync(fd);
      throw err;
    }
  }

  /** Reads (if not yet read) the pages holding bytes [from, to) of the file. */
  need(from: number, to: number): void {
    if (this.whole || to <= from) return;
    const read = this.read;
    let page = from >>> PAGE_SHIFT;
    const last = (to - 1) >>> PAGE_SHIFT;
    while (page <= last && read[page] === 1) page++;
    if (page > last) return;
    if (++this.pagedReads > PAGED_READS_BEFORE_WHOLE) {
      this.readPages(0, read.length - 1);
      this.whole = true;
      return;
    }
    this.readPages(page, last);
  }

  /** Reads every page in [first, last] not read yet, each run of unread pages in one read. */
  private readPages(first: number, last: number): void {
    const read = this.read;
    for (let page = first; page <= last; ) {
      if (read[page] === 1) {
        page++;
        continue;
      }
      let end = page;
      while (end + 1 <= last && read[end + 1] === 0) end++;
      const at = page << PAGE_SHIFT;
      const stop = Math.min(this.bytes.byteLength, (end + 1) << PAGE_SHIFT);
      for (let pos = at; pos < stop; ) {
        const n = fs.readSync(this.fd!, this.bytes, pos, stop - pos, pos);
        if (n <= 0) throw new DataFileError(`${this.file}: the file is shorter than when it was opened; run \`npm run build\`.`);
        pos += n;
      }
      read.fill(1, page, end + 1);
      page = end + 1;
    }
  }

  /** How many of the file's pages have been read (or given). */
  get pagesRead(): number {
    let n = 0;
    for (let i = 0; i < this.read.length; i++) n += this.read[i]!;
    return n;
  }

  /** The file's bytes (pages not read yet are zero). */
  get buffer(): Uint8Array {
    return this.bytes;
  }

  /** Makes elements [from, to) of a typed-array view of this file readable. */
  needElements(view: { readonly byteOffset: number; readonly BYTES_PER_ELEMENT: number }, from: number, to: number): void {
    if (this.whole) return;
    const base = view.byteOffset - this.bytes.byteOffset;
    this.need(base + from * view.BYTES_PER_ELEMENT, base + to * view.BYTES_PER_ELEMENT);
  }
}
