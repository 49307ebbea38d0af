// The CLI's word to the compile cache (cli/compileCache.ts) that a comparison has run. Apart from
// shared/compileCacheThreads.ts, which loads node:worker_threads, so that a CLI run need not.

/**
 * Says that this process has run a comparison of `weight` characters of text (source and rewrite), so
 * the compile cache of the CLI's engine bundle may be written at exit (cli/compileCache.ts,
 * AFTER_WORK): a run that stopped before one leaves none, rather than one of its top level alone
 * that later runs would never replace; one that compared more than twice as much as the run that
 * wrote the cache writes it again. Does nothing without the cache (Node's own, on Node 22.1 and
 * later, writes what it compiled).
 */
export function compiledWorkDone(weight: number): void {
  const installed = (globalThis as Record<symbol, unknown>)[Symbol.for('faithful.compileCache')] as { workDone?: (weight: number) => void } | undefined;
  installed?.workDone?.(weight);
}
