// The CLI's word to the compile cache (cli/compileCache.ts) that a comparison has run. Apart from
// shared/compileCacheThreads.ts, which loads node:worker_threads, so that a CLI run need not.

/**
 * Says that this process has run a comparison, so the compile cache of the CLI's engine bundle
 * may be written at exit (cli/compileCache.ts, AFTER_WORK): a run that stopped before one leaves
 * none, rather than one of its top level alone that later runs would never replace. Does
 * nothing without the cache (Node's own, on Node 22.1 and later, writes what it compiled).
 */
export function compiledWorkDone(): void {
  const installed = (globalThis as Record<symbol, unknown>)[Symbol.for('faithful.compileCache')] as { workDone?: () => void } | undefined;
  installed?.workDone?.();
}
