// Bundles every entry point with esbuild (the bundler the VS Code team recommends) into dist/.
// Runtime dependencies stay external: they are installed by npm next to the bundle.
import { build } from 'esbuild';

const entries = {
  cli: 'src/cli/main.ts',
  batchWorker: 'src/cli/batchWorker.ts',
  eval: 'scripts/eval.ts',
  bench: 'scripts/bench.ts',
};

await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'diff', 'vscode'],
  logLevel: 'warning',
});
