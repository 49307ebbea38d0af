// Bundles every entry point with esbuild (the bundler the VS Code team recommends) into dist/.
// Every bundle holds its dependencies (only `vscode` stays external): resolving and loading a
// package's small files one by one (wink-nlp's two dozen) costs a short run more CPU than
// compiling them as part of the bundle. (The engine no longer uses jsdiff: tokenAlign.ts runs its
// search itself; only the bench compares with diffWords.) A .vsix ships only dist/. Data files (the WordNet table, wink's core model, the parser model)
// are not bundled: scripts/buildData.mjs puts them in dist/.
import { build } from 'esbuild';
import { compactWinkExceptions } from './winkExceptions.mjs';
import { pagedWinkLexicon } from './winkLexicon.mjs';
import { asciiOnly } from './asciiOnly.mjs';

const common = {
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  metafile: true,
  // Regular expressions with Unicode property escapes (/^\p{Lu}/u) stay literals. esbuild 0.28
  // credits no Node or Chrome target with them (node24 neither), and rewrote each one outside a
  // character class as `new RegExp("^\\p{Lu}", "u")` where it stood: a new object, and a look-up
  // of its compiled pattern, every time the expression was reached, in the engine's innermost
  // loops (51 of them in runCli.js). Every Node and browser the bundles run on has had them
  // since 2018 (Node 10, Chrome 64), with every property the engine names (general categories
  // and scripts); literals and `new RegExp` alike give a fresh object at each evaluation.
  supported: { 'regexp-unicode-property-escapes': true },
};

/**
 * The CLI is two bundles: dist/cli.js (the process entry, src/cli/main.ts: arguments, --help,
 * --version; a few kB) and dist/runCli.js (everything else), which cli.js requires only when
 * there is work to do. So `faithful --version` and `--help` do not even parse the engine's
 * 700 kB. The unit tests' own CLI build (test/unit/cli-helpers.ts) uses the same split.
 */
const splitCliEntry = {
  name: 'split-cli-entry',
  setup(b) {
    b.onResolve({ filter: /^\.\/runCli$/ }, (args) => (/[\\/]cli[\\/]main\.ts$/.test(args.importer) ? { path: './runCli.js', external: true } : undefined));
  },
};

/**
 * The language server is two bundles too: dist/server.js (the process entry, src/server/main.ts:
 * V8's tiering and the compile cache, a few hundred bytes) and dist/serverMain.js (the server and
 * the LSP library), which server.js requires once the cache is installed, so that the server's
 * own code is compiled with it (see src/server/main.ts).
 */
const splitServerEntry = {
  name: 'split-server-entry',
  setup(b) {
    b.onResolve({ filter: /^\.\/server$/ }, (args) => (/[\\/]server[\\/]main\.ts$/.test(args.importer) ? { path: './serverMain.js', external: true } : undefined));
  },
};

/**
 * The LSP library requires node:crypto (vscode-jsonrpc, for a random pipe name) and
 * node:child_process (vscode-languageserver, to find global npm and yarn folders) as it loads,
 * though a server over stdio or Node IPC never uses either: 10-15 ms and about 290 page faults
 * of the language server's start, before it answers `initialize`. In those two files the modules
 * are required when first used instead. Same behaviour when they are used.
 */
const lazyLspRequires = {
  name: 'lazy-lsp-requires',
  setup(b) {
    b.onLoad({ filter: /[\\/](vscode-jsonrpc[\\/]lib[\\/]node[\\/]main|vscode-languageserver[\\/]lib[\\/]node[\\/]files)\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      let changed = 0;
      const contents = source.replace(/require\("(crypto|child_process)"\)/g, (_, name) => {
        changed++;
        return `new Proxy({}, { get: (_, key) => require("${name}")[key] })`;
      });
      if (changed !== 1) throw new Error(`lazy-lsp-requires: expected one require of crypto or child_process in ${args.path}, found ${changed}`);
      return { contents, loader: 'js' };
    });
  },
};

const asciiOutput = {
  name: 'ascii-output',
  setup(b) {
    b.onEnd(async (result) => {
      if (result.errors.length > 0) return;
      const { readFile, writeFile } = await import('node:fs/promises');
      const files = Object.keys(result.metafile?.outputs ?? {}).filter((f) => f.endsWith('.js'));
      await Promise.all(files.map(async (f) => {
        const text = await readFile(f, 'utf8');
        const ascii = asciiOnly(text);
        if (ascii !== text) await writeFile(f, ascii);
      }));
    });
  },
};

await Promise.all([
  // The CLI's own bundles, minified like the language server's: a short `faithful` run reads,
  // compiles (from its code cache) and keeps in memory every byte of runCli.js, and on the
  // machine the bench runs on each 4 kB page of fresh memory costs 10-15 us to map. Minified,
  // runCli.js is a little over half the size: about 1,000 fewer page faults (of some 9,000) in
  // a two-sentence comparison. FAITHFUL_NO_MINIFY=1 keeps the names, for reading a CPU profile.
  build({
    ...common,
    entryPoints: { cli: 'src/cli/main.ts', compileCache: 'src/cli/compileCache.ts', runCli: 'src/cli/runCli.ts', batchWorker: 'src/cli/batchWorker.ts' },
    external: ['vscode'],
    minify: !process.env.FAITHFUL_NO_MINIFY,
    plugins: [splitCliEntry, compactWinkExceptions, pagedWinkLexicon, asciiOutput],
  }),
  // The evaluation and bench scripts (development tools, not shipped): readable stack traces.
  build({
    ...common,
    entryPoints: { eval: 'scripts/eval.ts', bench: 'scripts/bench.ts' },
    external: ['vscode'],
    plugins: [compactWinkExceptions, pagedWinkLexicon, asciiOutput],
  }),
  // Minified (a smaller .vsix, less to compile); FAITHFUL_NO_MINIFY=1 keeps the names, for
  // reading a CPU profile of the language server (npm run bench -- --lsp-prof DIR).
  build({
    ...common,
    entryPoints: { extension: 'src/extension/extension.ts', server: 'src/server/main.ts', serverMain: 'src/server/server.ts', checkWorker: 'src/server/checkWorker.ts', inlineCheck: 'src/server/inlineCheck.ts' },
    external: ['vscode'],
    minify: !process.env.FAITHFUL_NO_MINIFY,
    plugins: [splitServerEntry, lazyLspRequires, compactWinkExceptions, pagedWinkLexicon, asciiOutput],
  }),
  // The comparison page's script, for VS Code's webview and the HTML report: browser code.
  build({
    ...common,
    entryPoints: { comparisonPage: 'src/comparison/page/main.ts' },
    platform: 'browser',
    format: 'iife',
    target: 'chrome114',
    sourcemap: false,
    minify: !process.env.FAITHFUL_NO_MINIFY,
  }),
]);
