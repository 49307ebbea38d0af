// The compile cache for a language server that VS Code started. bin/faithful.js installs it for
// every `faithful` process, `faithful lsp` included (see there); VS Code's extension forks
// dist/server.js itself, so that server compiled its two engine bundles (dist/inlineCheck.js for
// the first check, dist/checkWorker.js on the analysis thread) from scratch on every start:
// about 45 ms of the first diagnostics, measured over stdio on the seed pair. Here the server
// installs the same cache when nothing has yet: Node's own (module.enableCompileCache, Node 22.1
// and later: VS Code's recent builds), else dist/compileCache.js, which the analysis thread then
// installs too (shared/compileCacheThreads.ts). dist/server.js, the process entry (main.ts), is
// compiled before this runs; it is a few hundred bytes, and the server proper, dist/serverMain.js,
// which it requires after this, is compiled with the cache. Run from the sources (the unit
// tests), there is no dist/compileCache.js beside it, and nothing is installed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installedCompileCache } from '../shared/compileCacheWork';
import { nodeCompileCacheApi } from '../shared/nodeModuleApi';

/** What the process has after this module ran: whose cache, or none. */
export type CompileCacheKind = 'bin' | 'node' | 'faithful' | 'none';

/** Installs a compile cache for the bundles in `dir` unless one is installed. */
export function ensureCompileCache(dir: string = __dirname): CompileCacheKind {
  if (installedCompileCache()) return 'bin';
  const file = path.join(dir, 'compileCache.js');
  if (!fs.existsSync(file)) return 'none';
  const { enableCompileCache } = nodeCompileCacheApi();
  if (enableCompileCache) {
    // Under bin/faithful.js too, on such a Node: enabling it again changes nothing.
    enableCompileCache();
    return 'node';
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require(file) as typeof import('../cli/compileCache')).installCompileCache(dir);
    return installedCompileCache() ? 'faithful' : 'none';
  } catch {
    // No cache: the bundles compile as usual.
    return 'none';
  }
}

ensureCompileCache();
