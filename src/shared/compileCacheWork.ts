// The compile cache this process installed (cli/compileCache.ts puts it on globalThis under
// COMPILE_CACHE's registry key), looked up without loading anything: the CLI tells it that a
// comparison has run, the language server asks whether one is installed, and
// shared/compileCacheThreads.ts (which loads node:worker_threads, so that a CLI run need not)
// hands it to worker threads.
import type { InstalledCompileCache } from '../cli/compileCache';

/** The compile cache installed in this process (bin/faithful.js or server/compileCacheSetup.ts), if any. */
export function installedCompileCache(): InstalledCompileCache | undefined {
  return (globalThis as Record<symbol, unknown>)[Symbol.for('faithful.compileCache')] as InstalledCompileCache | undefined;
}

/**
 * Says that this process has run a comparison of `weight` characters of text (source and rewrite), so
 * the compile cache of the CLI's engine bundle may be written at exit (cli/compileCache.ts,
 * AFTER_WORK): a run that stopped before one leaves none, rather than one of its top level alone
 * that later runs would never replace; one that compared more than twice as much as the run that
 * wrote the cache writes it again. Does nothing without the cache (Node's own, on Node 22.1 and
 * later, writes what it compiled).
 */
export function compiledWorkDone(weight: number): void {
  installedCompileCache()?.workDone?.(weight);
}
