#!/usr/bin/env node
'use strict';
// FAITHFUL_TIMINGS: when the launcher began, for the phase timings dist/cli.js reports (src/cli/main.ts).
if (process.env.FAITHFUL_TIMINGS && process.env.FAITHFUL_TIMINGS !== '0') globalThis[Symbol.for('faithful.launched')] = performance.now();
// Thin launcher: the CLI and the language server are bundled into dist/ by `npm run build`
// (run by `npm ci`). `faithful lsp --stdio` starts the language server for any LSP editor.
// Compiled bundles are kept between runs (in the OS temp folder), so a start-up does not compile
// them again: by Node's compile cache on Node 22.1 and later, by dist/compileCache.js before.
// V8 optimises a function once it has run for a while (its interrupt budget); the default suits
// pages that run for minutes. A check is over in a fraction of a second, and at the default V8
// spent much of it compiling, with TurboFan on a second core, functions that ran a few
// times and were then never called again. With a budget 15x the default only the code
// that really loops is optimised: a CLI run of the seed pair takes about a fifth less CPU, the
// 6,000-word pair and a batch run about a third less, and a language server's re-check a third
// less (bench, same run). Set before any bundle is compiled: V8's code cache (below) is
// checked against the flags it was made with. The server sets the same (server/v8Tiering.ts).
// `--version` and `--help` alone run no engine and skip it (loading node:v8 costs them ~3 ms).
// They skip the compile cache too: dist/cli.js alone is quick to compile, and loading node:module
// and the cache's code cost them ~5 ms.
const quick = process.argv.length === 3 && ['--version', '-V', '--help', '-h'].includes(process.argv[2]);
/**
 * v8.setFlagsFromString without loading node:v8, whose heap-snapshot streams load Node's stream
 * modules (5-10 ms of a short comparison, which writes its report without them): the same
 * function from Node's own v8 binding, whose access warning (DEP0111) is not for this use.
 * Any Node where that is missing or different, or that refuses process.binding (a permission
 * model), takes node:v8. Measured on Node 20 (whole processes, 25 runs each): the binding adds
 * about 1 ms to an empty script, node:v8 3-4 ms and about 110 page faults.
 */
function setV8Flags(flags) {
  const quiet = process.noDeprecation;
  try {
    process.noDeprecation = true;
    const binding = process.binding('v8');
    if (typeof binding.setFlagsFromString === 'function') {
      binding.setFlagsFromString(flags);
      return;
    }
  } catch {
    // Below.
  } finally {
    process.noDeprecation = quiet;
  }
  require('node:v8').setFlagsFromString(flags);
}
/** Sets V8's flags and says so for the language server (server/v8Tiering.ts, which then skips node:v8). */
function setFlags(flags) {
  setV8Flags(flags);
  globalThis[Symbol.for('faithful.v8Flags')] = flags;
}
// A comparison run here (not the language server, nor `faithful batch`, whose checks run for
// long in worker threads) also keeps V8's young generation at its first size (1 MB) instead of
// doubling it whenever a collection finds much of it alive. On the machine the bench runs on,
// each 4 kB page of fresh memory costs 10-15 us to map; a short run allocates much that lives to
// its end (the engine's code and tables), and a young generation grown to 8-16 MB spent more
// mapping fresh pages than the smaller one spends collecting more often: the seed pair about
// 1,500 fewer page faults and 6% less CPU, the 6,000-word pair 3,500 and 9% (bench, same run).
// A language server's re-checks and a batch run keep the default (their heaps are long-lived:
// the server's first diagnostics came about 100 ms later with it).
const V8_FLAGS = '--interrupt-budget=1000000';
const SHORT_RUN_V8_FLAGS = '--semi-space-growth-factor=1';
const longLived = process.argv[2] === 'lsp' || process.argv[2] === 'batch';
if (!quick) {
  setFlags(longLived ? V8_FLAGS : `${V8_FLAGS} ${SHORT_RUN_V8_FLAGS}`);
  // Node's own compile cache came in Node 22.1: below 22, node:module is not loaded to find it
  // missing (it loads Node's ES module loader and source maps, about 1 ms; src/shared/nodeModuleApi.ts).
  const { enableCompileCache } = Number(process.versions.node.split('.')[0]) >= 22 ? require('node:module') : {};
  if (enableCompileCache) {
    enableCompileCache();
  } else {
    try {
      require('../dist/compileCache.js').installCompileCache(require('node:path').join(__dirname, '..', 'dist'));
      // V8 rejects a code cache made under other flags: `batch`, under the default young
      // generation, keeps its own cache of dist/cli.js, which comparisons share otherwise.
      if (process.argv[2] === 'batch') globalThis[Symbol.for('faithful.compileCache')].variant('batch');
    } catch {
      // No cache: the bundles compile as usual.
    }
  }
}
const LSP_USAGE = `usage: faithful lsp --stdio

Starts Faithful's language server for an editor (Neovim, Helix, Zed, ...), speaking LSP over
standard input and output; the editor starts it, not you. VS Code's extension starts its own.
Also accepted: --node-ipc, --socket=PORT, --pipe=NAME.
`;

if (process.argv[2] === 'lsp') {
  const transport = process.argv.slice(3).some((a) => a === '--stdio' || a === '--node-ipc' || /^--(socket|pipe)(=|$)/.test(a));
  if (process.argv.slice(3).some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(LSP_USAGE);
  } else if (!transport) {
    process.stderr.write(`faithful lsp: say how the editor talks to the server\n${LSP_USAGE}`);
    process.exitCode = 2;
  } else {
    require('../dist/server.js');
  }
} else {
  require('../dist/cli.js');
}
