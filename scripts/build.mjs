// Bundles every entry point with esbuild (the bundler the VS Code team recommends) into dist/.
// The CLI and the measuring scripts keep their npm dependencies external (npm installs them
// beside the bundle); the extension, its language server and the server's analysis worker
// bundle everything but `vscode`, because a .vsix ships only dist/. Data files (the WordNet
// table, wink's core model) are not bundled: scripts/buildData.mjs puts them in dist/.
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
    external: ['wink-nlp', 'wink-eng-lite-web-model', 'diff', 'vscode'],
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
