// The engine's data files, read by one thread for another: the parser model (7 MB) for the
// language server, all three (17 MB) for `faithful batch`'s workers, which share one copy (the
// wink model and WordNet are otherwise read a page at a time as used: dataFile.ts,
// PagedDataFile). A language server's analysis thread needs them for its first check, but spends
// its first 80-150 ms starting up (a worker thread boots a whole Node environment) while the
// server's main thread, once it has loaded the LSP library, waits. So the main thread reads the
// files into SharedArrayBuffers, one asynchronous read each (on libuv's thread pool), while the
// worker boots, and the worker takes them from there instead of reading them itself: on the
// machine the bench runs on, reading them cost the first check 50-80 ms (the time goes into
// mapping fresh memory, which the reading thread pays). Nothing is copied: the worker's typed
// arrays are views into the shared buffers, which nobody writes once read.
//
// Any failure (a missing file, a read error, a main thread too busy to finish) just means the
// worker reads the file itself, as it would without this.
import * as fs from 'node:fs';
import { dataFilePath, ENGINE_DATA_FILES, MEMORY_DATA_FILES, newFileMemory, provideDataFile } from '../core/dataFile';

const READING = 0;
const DONE = 1;
const FAILED = 2;

/** Passed to the worker in its workerData (SharedArrayBuffers are shared, not copied). */
export interface SharedDataFiles {
  readonly names: readonly string[];
  /** One buffer per name (empty when the file could not be opened); the file is at its start. */
  readonly buffers: readonly SharedArrayBuffer[];
  /** Each file's size (a buffer in a memory is longer: whole pages, and spare bytes). */
  readonly sizes: readonly number[];
  /**
   * For a file of MEMORY_DATA_FILES, the shared WebAssembly memory whose buffer it is in (its
   * threads score the parser model in WebAssembly: syntax/wasmScore.ts); else null.
   */
  readonly memories: readonly (WebAssembly.Memory | null)[];
  /** Int32 per name: 0 reading, 1 done, 2 failed. */
  readonly state: SharedArrayBuffer;
}

/**
 * Opens the data files and makes their shared buffers; the reads start now, or with `soon` at
 * this thread's next turn of the event loop (after the module that called this has loaded: for
 * the language server, the LSP library, while the worker is still booting on the other core).
 * They run on the thread pool one after another, in the order given (the order the engine
 * needs them): three at once only took CPU from the threads starting up beside them, and on a
 * machine where mapping fresh memory is slow they wait for each other anyway.
 */
export function readDataFilesShared(names: readonly string[] = ENGINE_DATA_FILES, soon = false): SharedDataFiles {
  const state = new Int32Array(new SharedArrayBuffer(4 * names.length));
  const finish = (i: number, outcome: number) => {
    Atomics.store(state, i, outcome);
    Atomics.notify(state, i);
  };
  const files = names.map((name, i) => {
    try {
      const fd = fs.openSync(dataFilePath(name), 'r');
      const size = fs.fstatSync(fd).size;
      const memory = size > 0 && MEMORY_DATA_FILES.includes(name) ? newFileMemory(size, true) : undefined;
      if (memory) return { fd, size, shared: memory.buffer as unknown as SharedArrayBuffer, memory };
      if (size > 0) return { fd, size, shared: new SharedArrayBuffer(size), memory: undefined };
      fs.closeSync(fd);
    } catch {
      // Failed below: the engine reads it itself and says what is wrong.
    }
    finish(i, FAILED);
    return null;
  });
  // One request per file (a regular file is read whole by one read() call), so a read goes on
  // while this thread is busy; more only after a short read.
  const readFile = (i: number): void => {
    if (i >= files.length) return;
    const file = files[i];
    if (!file) return readFile(i + 1);
    const { fd, shared, size } = file;
    const target = Buffer.from(shared, 0, size);
    const readFrom = (at: number): void => {
      fs.read(fd, target, at, size - at, at, (err, n) => {
        if (!err && n > 0 && at + n < size) return readFrom(at + n);
        fs.close(fd, () => undefined);
        finish(i, err || at + n !== size ? FAILED : DONE);
        readFile(i + 1);
      });
    };
    readFrom(0);
  };
  if (soon) setImmediate(() => readFile(0));
  else readFile(0);
  return {
    names,
    buffers: files.map((f) => f?.shared ?? new SharedArrayBuffer(0)),
    sizes: files.map((f) => f?.size ?? 0),
    memories: files.map((f) => f?.memory ?? null),
    state: state.buffer as SharedArrayBuffer,
  };
}

/**
 * In the thread that runs the engine: take the data files from `shared` (waiting, at most
 * `waitMs`, for a read still under way) instead of reading them from disk; with `only`, just
 * those of them (the engine reads the others itself).
 */
export function useSharedDataFiles(shared: SharedDataFiles, waitMs = 10_000, only?: readonly string[]): void {
  const state = new Int32Array(shared.state);
  shared.names.forEach((name, i) => {
    if (only && !only.includes(name)) return;
    provideDataFile(name, () => {
      if (Atomics.load(state, i) === READING) Atomics.wait(state, i, READING, waitMs);
      return Atomics.load(state, i) === DONE ? new Uint8Array(shared.buffers[i]!, 0, shared.sizes[i]) : undefined;
    }, shared.memories[i] ?? undefined);
  });
}


/**
 * `shared` with the buffers of files not in `names` replaced by empty ones, so that their memory
 * can go once nothing else holds it; pass `names` as `only` to useSharedDataFiles.
 */
export function keepOnly(shared: SharedDataFiles, names: readonly string[]): SharedDataFiles {
  const kept = (i: number) => names.includes(shared.names[i]!);
  return {
    names: shared.names,
    buffers: shared.buffers.map((b, i) => (kept(i) ? b : new SharedArrayBuffer(0))),
    sizes: shared.sizes.map((n, i) => (kept(i) ? n : 0)),
    memories: shared.memories.map((m, i) => (kept(i) ? m : null)),
    state: shared.state,
  };
}

/** The files whose reads have ended with their bytes. */
export function filesRead(shared: SharedDataFiles): string[] {
  const state = new Int32Array(shared.state);
  return shared.names.filter((_, i) => Atomics.load(state, i) === DONE);
}

/**
 * Settles when no file (of `only`, if given) is still being read, or after `waitMs`: for the thread that reads them,
 * whose read callbacks run on its own event loop, so it must wait without blocking (not with
 * Atomics.wait).
 */
export async function readsSettled(shared: SharedDataFiles, waitMs: number, only?: readonly string[]): Promise<void> {
  const state = new Int32Array(shared.state);
  const deadline = Date.now() + waitMs;
  for (let i = 0; i < state.length; i++) {
    if (only && !only.includes(shared.names[i]!)) continue;
    const wait = Atomics.waitAsync(state, i, READING, Math.max(0, deadline - Date.now()));
    if (wait.async) await wait.value;
  }
}
