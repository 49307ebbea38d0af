// Node's own compile-cache API (node:module), without loading node:module where it cannot be.
//
// module.enableCompileCache came in Node 22.1 and module.flushCompileCache in 22.10. Asking
// node:module whether they exist loads it, and on Node 20 that loads Node's ES module loader and
// its source-map support too (four internal modules: 0.6-0.9 ms in a fresh process, 1.3-1.7 ms
// of a loaded `faithful` run's launcher, on the machine the bench runs on) only to find them
// missing. Below Node 22 the answer is known without looking. The loader's Module class itself
// (what cli/compileCache.ts patches) is `module.constructor`, loaded already.

/** The node:module functions this project uses, each where the running Node has it. */
export interface NodeCompileCacheApi {
  readonly enableCompileCache?: () => unknown;
  readonly flushCompileCache?: () => void;
}

/** Whether a Node of this version may have module.enableCompileCache (22.1 and later; 22.0 is asked). */
export function mayHaveNodeCompileCache(version: string = process.versions.node): boolean {
  return Number(version.split('.')[0]) >= 22;
}

/** node:module's compile-cache functions, or none (without loading node:module) on a Node older than 22. */
export function nodeCompileCacheApi(): NodeCompileCacheApi {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return mayHaveNodeCompileCache() ? (require('node:module') as NodeCompileCacheApi) : {};
}
