// Compiled code kept between runs on Node versions without module.enableCompileCache (it came
// in Node 22.1; bin/faithful.js uses it where it exists). A short `faithful` run spends a good
// part of its time compiling: the bundle's top level, then each function on its first call.
// Here the bundles in dist/ are compiled through vm.Script with V8's code cache: the first run
// writes what it compiled (at exit, so the functions compiled lazily during the run are in it)
// to the OS temp folder, and later runs start from it. The same idea as Node's own compile cache
// and the v8-compile-cache package: V8 checks a cache against its version, flags and the source
// and ignores one that does not fit, and the file name carries the bundle's size and time, so a
// rebuilt bundle never meets an old cache. Any failure here just means compiling as usual.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

interface InternalModule {
  readonly filename: string;
  readonly paths: string[];
  exports: unknown;
  require(id: string): unknown;
}
interface ModuleStatics {
  readonly prototype: { _compile(this: InternalModule, content: string, filename: string): unknown };
  wrap(source: string): string;
  _resolveFilename(request: string, parent: InternalModule, isMain: boolean, options?: unknown): string;
  readonly _extensions: Record<string, (this: unknown, module: InternalModule & { _compile(content: string, filename: string): unknown }, filename: string) => unknown>;
  readonly _cache: unknown;
}

/**
 * A bundle's text, read as Node's loader reads it (UTF-8), but by way of one buffer of the
 * file's size: Node's own read of a file as UTF-8 grows its buffer as it goes and then decodes
 * it, and for the 0.6 MB of runCli.js that touched about three times the file's size in fresh
 * memory (some 500 page faults; 10-15 us each on the machine the bench runs on). The bundles
 * are ASCII (scripts/asciiOnly.mjs), which Latin-1 decodes as UTF-8 does, into the same string;
 * anything else is decoded as UTF-8.
 */
function readBundle(filename: string): string {
  const bytes = fs.readFileSync(filename);
  return isAsciiBytes(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** Whether `bytes` are all ASCII (false where Node cannot say quickly: before Node 19.6). */
function isAsciiBytes(bytes: Uint8Array): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { isAscii } = require('node:buffer') as { isAscii?: (b: Uint8Array) => boolean };
  return isAscii?.(bytes) === true;
}

/**
 * A bundle's text inside Node's module wrapper ("(function (exports, require, ...) { " ... "\n});"),
 * the source V8 compiles, read into one buffer of that size and decoded once: the wrapper and the
 * text joined as strings make a string of two parts, which V8 copies into one when it looks the
 * source up in its compilation cache (some 130 pages of fresh memory for runCli.js, 10-15 us
 * each on the machine the bench runs on). The same string as Module.wrap(readBundle(filename)).
 * Undefined when the bundle is not ASCII (then read as Node reads it) or cannot be read.
 */
function readWrappedBundle(filename: string, head: string, tail: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(filename, 'r');
    const size = fs.fstatSync(fd).size;
    const total = head.length + size + tail.length;
    const buffer = scratchBuffer(total, total + CACHE_ROOM * size);
    buffer.write(head, 0, 'latin1');
    let at = head.length;
    while (at < head.length + size) {
      const n = fs.readSync(fd, buffer, at, head.length + size - at, at - head.length);
      if (n <= 0) return undefined;
      at += n;
    }
    buffer.write(tail, at, 'latin1');
    const text = buffer.subarray(0, total);
    return isAsciiBytes(text) ? text.toString('latin1') : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * A bundle's code cache is about twice the bundle's size (V8's data for the functions a run
 * compiled): the buffer a bundle's text is read into has room for that too, so that its cache
 * is then read into the same memory (see scratchBuffer).
 */
const CACHE_ROOM = 3;

/**
 * One buffer that a bundle's text and then its code cache are read into, in turn: each is used
 * once (the text decoded into a string, the cache read by V8 as the bundle compiles) and then
 * never again, and on the machine the bench runs on every 4 kB page of fresh memory costs 10-15
 * us to map. Read into one buffer, runCli.js and its cache map about 120 pages fewer (the
 * text's) than in two. Pages of it that are never written are never mapped. Let go once V8 has
 * read the bundle's cache.
 */
let scratch: Buffer | undefined;
function scratchBuffer(size: number, room = size): Buffer {
  if (!scratch || scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(size, room));
  return scratch;
}

/** A cache file's bytes, read into the scratch buffer (valid until the next bundle is read). */
function readCacheFile(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buffer = scratchBuffer(size);
    let at = 0;
    while (at < size) {
      const n = fs.readSync(fd, buffer, at, size - at, at);
      if (n <= 0) break;
      at += n;
    }
    return buffer.subarray(0, at);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The module loader's Module class, the one `require('node:module')` returns, taken from this
 * module's own object: loading node:module on Node 20 loads the ES module loader and source maps
 * too (shared/nodeModuleApi.ts), which this does not need.
 */
const Module = module.constructor;

/** The process's main module (bin/faithful.js), for the bundles' require.main. */
const main = require.main;

/**
 * Where a process that installed the cache says so, for the worker threads it starts (the
 * language server's analysis thread installs it too: server/checker.ts), and how to write the
 * cache before exit (a worker is terminated, and never sees its exit event).
 */
export const COMPILE_CACHE = Symbol.for('faithful.compileCache');
export interface InstalledCompileCache {
  /** This module's file, for a worker to require. */
  readonly file: string;
  /** The folder of bundles it compiles. */
  readonly dir: string;
  /** Writes the caches not written yet. */
  readonly flush: () => void;
  /** Says that the work of a bundle in AFTER_WORK has run (a comparison of `weight` characters of text), so its cache may be written. */
  readonly workDone?: (weight?: number) => void;
  /** Names the kind of run this is (see installCompileCache): bundles compiled from now on keep a cache of their own for it. */
  readonly variant?: (name: string) => void;
}

/**
 * Bundles whose cache is written only by a run that did their work (the CLI says so once a
 * comparison has run: runCli.ts). A cache holds what its run compiled, and one that V8 accepts is
 * never written again: a first run after an install or a build that stopped early (a usage
 * error, a missing file, `faithful batch`, whose checks run in the workers' bundle) left a cache
 * of the top level alone, a third of the full one, and every later comparison compiled the rest
 * again (15-20 ms of a two-sentence pair on the machine the bench runs on).
 */
const AFTER_WORK = new Set(['runCli.js']);

/**
 * A cache file: "FCC1", the weight of the run that wrote it (u32, little-endian: for a bundle in
 * AFTER_WORK, the characters of text it compared), then V8's data. A run that compares more than
 * twice that writes the cache again: a short text's run compiles only the code a short text
 * runs, and the seed pair run with the cache of a two-sentence pair compiled the rest every
 * time (about 10 ms). So a cache is written a few times at most, as longer texts come.
 */
const MAGIC = 'FCC1';
const HEADER_BYTES = 8;

/** A short tag of a folder's path (FNV-1a; node:crypto would cost more to load than it saves). */
function folderHash(dir: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < dir.length; i++) h = Math.imul(h ^ dir.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The folder this user's code caches are kept in, for this Node version and architecture. */
function cacheFolder(): string {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  return path.join(os.tmpdir(), `faithful-compile-cache-${uid}`, `${process.version}-${process.arch}`);
}

/**
 * Deletes the code caches of the bundles in `bundleDir` (every kind of run), so that the next
 * runs compile and write them afresh; returns how many files went. For the bench: a cache holds
 * what the run that wrote it compiled, and is rewritten only by a run that compares more than
 * twice as much text, so two checkouts timed side by side read caches of different sizes unless
 * the same runs wrote both (a seed pair reading the cache a 6,000-word draft wrote took about
 * 10 ms more CPU).
 */
export function clearCompileCache(bundleDir: string): number {
  let tag: string;
  try {
    tag = folderHash(fs.realpathSync(bundleDir));
  } catch {
    return 0;
  }
  const dir = cacheFolder();
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    // "<bundle>-<tag>-<size>-<time>.v8" or "<bundle>-<tag>.<variant>-...", and partial ".tmp" files.
    const at = name.indexOf(`-${tag}`);
    if (at < 0 || !/^[-.]/.test(name.slice(at + tag.length + 1))) continue;
    try {
      fs.rmSync(path.join(dir, name), { force: true });
      removed++;
    } catch {
      // Left as it is.
    }
  }
  return removed;
}

/** Compiles the bundles in `bundleDir` (only those) with a code cache kept in the OS temp folder. */
export function installCompileCache(bundleDir: string): void {
  // Modules are compiled under their real path (symbolic links resolved).
  try {
    bundleDir = fs.realpathSync(bundleDir);
  } catch {
    return;
  }
  const M = Module as unknown as ModuleStatics;
  const compile = M.prototype._compile;
  const cacheDir = cacheFolder();
  /** Caches to write at exit; `upgrade`: V8 accepted the one read, written again only after more work than it was written by. */
  const toWrite: Array<{ readonly bundle: string; readonly write: (weight: number) => void; readonly upgrade: boolean; readonly stored: number }> = [];
  let workDone = false;
  /** Characters of text the bundles in AFTER_WORK compared in this run. */
  let work = 0;
  // Compiled code is code: read a cache only from a folder this user owns and no one else may
  // write to (the temp folder is shared on a multi-user system; Windows gives each user their own).
  const root = path.dirname(cacheDir);
  const trusted = (): boolean => {
    try {
      fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      if (process.platform === 'win32') return true;
      for (const dir of [root, cacheDir]) {
        const st = fs.lstatSync(dir);
        if (!st.isDirectory() || (st.mode & 0o022) !== 0 || (typeof process.getuid === 'function' && st.uid !== process.getuid())) return false;
      }
      return true;
    } catch {
      return false;
    }
  };
  let usable: boolean | undefined;
  const folderTag = folderHash(bundleDir);
  /**
   * The kind of run, named by the process before it loads a bundle (the CLI: "short" for a
   * comparison of short texts), or "" for any. A cache holds the functions its run compiled, and
   * V8 reads all of a cache back in before the bundle runs: a two-sentence comparison started
   * from the cache of a 6,000-word one read in some 600 pages of code it never ran (about 15 ms
   * on the machine the bench runs on). So short runs keep a cache of their own.
   */
  let variant = '';
  // Node's module wrapper, around a mark that no wrapper contains.
  const marked = M.wrap('\u0000');
  const head = marked.slice(0, marked.indexOf('\u0000'));
  const tail = marked.slice(marked.indexOf('\u0000') + 1);
  const asciiWrapper = /^[\x01-\x7f]*$/.test(head + tail);
  /** The wrapped text of the bundle that M._extensions['.js'] read for the _compile call it makes next. */
  let wrappedNext: { readonly filename: string; readonly wrapped: string } | undefined;
  const loadJs = M._extensions['.js']!;
  M._extensions['.js'] = function (module, filename) {
    if (path.dirname(filename) !== bundleDir) return loadJs.call(this, module, filename);
    const wrapped = asciiWrapper ? readWrappedBundle(filename, head, tail) : undefined;
    if (wrapped !== undefined) {
      // _compile (below) takes the wrapped text; `content` is then only its bundle's part.
      wrappedNext = { filename, wrapped };
      try {
        return module._compile(wrapped.slice(head.length, wrapped.length - tail.length), filename);
      } finally {
        wrappedNext = undefined;
      }
    }
    let content: string;
    try {
      content = readBundle(filename);
    } catch {
      return loadJs.call(this, module, filename);
    }
    return module._compile(content, filename);
  };
  M.prototype._compile = function (this: InternalModule, content: string, filename: string): unknown {
    const given = wrappedNext?.filename === filename ? wrappedNext.wrapped : undefined;
    wrappedNext = undefined;
    if (path.dirname(filename) !== bundleDir || !(usable ??= trusted())) return compile.call(this, content, filename);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(filename);
    } catch {
      return compile.call(this, content, filename);
    }
    // Named by the bundle, its folder (two installs, or two checkouts, keep a cache each instead
    // of deleting each other's on every run) and its size and time (a rebuild gets a new file).
    const prefix = `${path.basename(filename)}-${folderTag}${variant ? `.${variant}` : ''}-`;
    const cacheFile = path.join(cacheDir, `${prefix}${stat.size}-${Math.round(stat.mtimeMs)}.v8`);
    let cachedData: Buffer | undefined;
    let stored = 0;
    try {
      const raw = readCacheFile(cacheFile);
      if (raw.length > HEADER_BYTES && raw.toString('latin1', 0, 4) === MAGIC) {
        stored = raw.readUInt32LE(4);
        cachedData = raw.subarray(HEADER_BYTES);
      }
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(given ?? M.wrap(content), { filename, cachedData });
    // V8 has read the cache: the buffer is let go (kept to the end of the run, it cost the bench's
    // 6,000-word draft of development pairs about 1,700 more page faults).
    scratch = undefined;
    const bundle = path.basename(filename);
    const fresh = cachedData === undefined || script.cachedDataRejected === true;
    if (fresh || AFTER_WORK.has(bundle)) {
      toWrite.push({ bundle, upgrade: !fresh, stored, write: (weight: number) => {
        // Written aside and renamed, so a run starting meanwhile never reads half a file.
        const partial = `${cacheFile}.${process.pid}.tmp`;
        const header = Buffer.alloc(HEADER_BYTES);
        header.write(MAGIC, 0, 'latin1');
        header.writeUInt32LE(Math.min(weight, 0xffffffff), 4);
        const fd = fs.openSync(partial, 'w');
        try {
          fs.writeSync(fd, header);
          fs.writeSync(fd, script.createCachedData());
        } finally {
          fs.closeSync(fd);
        }
        fs.renameSync(partial, cacheFile);
        // The caches of earlier builds of this bundle in this folder will not be read again, nor
        // the partial files of threads stopped while writing (another writer that loses its
        // file here just fails to rename it, and compiles again next time).
        for (const old of fs.readdirSync(cacheDir)) {
          if (old.startsWith(prefix) && (old.endsWith('.v8') || old.endsWith('.tmp')) && path.join(cacheDir, old) !== cacheFile) fs.rmSync(path.join(cacheDir, old), { force: true });
        }
      } });
    }
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const mod = this;
    const require = Object.assign((id: string) => mod.require(id), {
      resolve: (request: string, options?: unknown) => M._resolveFilename(request, mod, false, options),
      main,
      extensions: M._extensions,
      cache: M._cache,
    });
    return wrapper.call(mod.exports, mod.exports, require, mod, filename, path.dirname(filename));
  };
  const flush = () => {
    const waiting: typeof toWrite = [];
    for (const w of toWrite.splice(0)) {
      const afterWork = AFTER_WORK.has(w.bundle);
      if (afterWork && !workDone) {
        waiting.push(w);
        continue;
      }
      if (w.upgrade && !(afterWork && work > 2 * w.stored)) continue;
      try {
        w.write(afterWork ? work : 0);
      } catch {
        // A read-only or full temp folder: the next run compiles as usual.
      }
    }
    toWrite.push(...waiting);
  };
  process.once('exit', flush);
  const workDoneNow = (weight = 0) => {
    workDone = true;
    work += weight;
  };
  const setVariant = (name: string) => {
    variant = /^[a-z]+$/.test(name) ? name : '';
  };
  (globalThis as Record<symbol, unknown>)[COMPILE_CACHE] = { file: __filename, dir: bundleDir, flush, workDone: workDoneNow, variant: setVariant } satisfies InstalledCompileCache;
}
