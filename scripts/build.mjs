// Bundles every entry point with esbuild (the bundler the VS Code team recommends) into dist/.
// The CLI and the measuring scripts keep jsdiff external (npm installs it beside the bundle) but
// bundle wink-nlp: resolving and loading its two dozen small files one by one cost a short run
// more (about 10 ms of CPU) than compiling them as part of the bundle. The extension, its
// language server and the server's analysis worker bundle everything but `vscode`, because a
// .vsix ships only dist/. Data files (the WordNet table, wink's core model, the parser model)
// are not bundled: scripts/buildData.mjs puts them in dist/.
import { build } from 'esbuild';

const common = {
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: { cli: 'src/cli/main.ts', batchWorker: 'src/cli/batchWorker.ts', eval: 'scripts/eval.ts', bench: 'scripts/bench.ts' },
    external: ['diff', 'vscode'],
  }),
  build({
    ...common,
    entryPoints: { extension: 'src/extension/extension.ts', server: 'src/server/server.ts', checkWorker: 'src/server/checkWorker.ts' },
    external: ['vscode'],
    minify: true,
  }),
  // The comparison page's script, for VS Code's webview and the HTML report: browser code.
  build({
    ...common,
    entryPoints: { comparisonPage: 'src/comparison/page/main.ts' },
    platform: 'browser',
    format: 'iife',
    target: 'chrome114',
    sourcemap: false,
    minify: true,
  }),
]);
