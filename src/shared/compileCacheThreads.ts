// Worker threads and the compile cache a process installed (cli/compileCache.ts, which puts it
// on globalThis under this registry key): a worker started from the same folder of bundles
// installs it too, and writes it before it is terminated (a worker never sees its exit event).
// Used by the language server's analysis thread and by `faithful batch`'s workers.
import * as path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { installedCompileCache } from './compileCacheWork';
import { nodeCompileCacheApi } from './nodeModuleApi';


/** Starts `workerPath` as a worker thread, with this process's compile cache if it compiles that bundle's folder. */
export function startWorker(workerPath: string, options: WorkerOptions): Worker {
  const cache = installedCompileCache();
  const file = path.resolve(workerPath);
  return cache && path.dirname(file) === cache.dir
    ? new Worker(`require(${JSON.stringify(cache.file)}).installCompileCache(${JSON.stringify(cache.dir)});\nrequire(${JSON.stringify(file)});\n`, { ...options, eval: true })
    : new Worker(workerPath, options);
}

/** In a worker: writes the compile cache (once the first job has compiled what jobs run). */
export function flushCompileCache(): void {
  const cache = installedCompileCache();
  if (cache) {
    cache.flush?.();
    return;
  }
  // Node's own cache (module.enableCompileCache, Node 22.1 and later) is written at exit, or
  // now where Node can (module.flushCompileCache, Node 22.10 and later).
  try {
    nodeCompileCacheApi().flushCompileCache?.();
  } catch {
    // Not written: the next start compiles as usual.
  }
}
