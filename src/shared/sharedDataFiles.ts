// The engine's data files (the wink model, the parser model, WordNet: 17 MB), read by one thread
// for another. A language server's analysis thread needs them for its first check, but spends
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
import { dataFilePath, ENGINE_DATA_FILES, provideDataFile } from '../core/dataFile';

const READING = 0;
const DONE = 1;
const FAILED = 2;

/** Passed to the worker in its workerData (SharedArrayBuffers are shared, not copied). */
export interface SharedDataFiles {
  readonly names: readonly string[];
  /** One buffer per name (empty when the file could not be opened). */
  readonly buffers: readonly SharedArrayBuffer[];
  /** Int32 per name: 0 reading, 1 done, 2 failed. */
  readonly state: SharedArrayBuffer;
}

/**
 * Opens the data files and makes their shared buffers; the reads start now, or with `soon` at
 * this thread's next turn of the event loop (after the module that called this has loaded: for
 * the language server, the LSP library, while the worker is still booting on the other core),
 * and finish on the thread pool, their ends on this thread's event loop.
 */
export function readDataFilesShared(names: readonly string[] = ENGINE_DATA_FILES, soon = false): SharedDataFiles {
  const state = new Int32Array(new SharedArrayBuffer(4 * names.length));
  const buffers = names.map((name, i) => {
    const fail = () => {
      Atomics.store(state, i, FAILED);
      Atomics.notify(state, i);
    };
    let fd: number;
    let size: number;
    try {
      fd = fs.openSync(dataFilePath(name), 'r');
      size = fs.fstatSync(fd).size;
    } catch {
      fail();
      return new SharedArrayBuffer(0);
    }
    const shared = new SharedArrayBuffer(size);
    const target = Buffer.from(shared);
    // One request for the whole file (a regular file is read whole by one read() call), so the
    // read runs on the pool even while this thread is busy; more only after a short read.
    const readFrom = (at: number): void => {
      fs.read(fd, target, at, size - at, at, (err, n) => {
        if (!err && n > 0 && at + n < size) return readFrom(at + n);
        fs.close(fd, () => undefined);
        if (err || at + n !== size) return fail();
        Atomics.store(state, i, DONE);
        Atomics.notify(state, i);
      });
    };
    if (size === 0) fail();
    else if (soon) setImmediate(() => readFrom(0));
    else readFrom(0);
    return shared;
  });
  return { names, buffers, state: state.buffer as SharedArrayBuffer };
}

/**
 * In the thread that runs the engine: take the data files from `shared` (waiting, at most
 * `waitMs`, for a read still under way) instead of reading them from disk.
 */
export function useSharedDataFiles(shared: SharedDataFiles, waitMs = 10_000): void {
  const state = new Int32Array(shared.state);
  shared.names.forEach((name, i) => {
    provideDataFile(name, () => {
      if (Atomics.load(state, i) === READING) Atomics.wait(state, i, READING, waitMs);
      return Atomics.load(state, i) === DONE ? new Uint8Array(shared.buffers[i]!) : undefined;
    });
  });
}

