// Bundles the integration suite (test/integration/suite/index.ts) with esbuild into
// dist-test/integration/index.js, the extensionTestsPath module VS Code's extension host loads.
// Every test/integration/suite/*.test.ts is imported statically through the virtual module
// 'faithful:integration-test-files' (declared in suite/testFiles.d.ts), generated here from the
// directory listing. Mocha is bundled in: the extension host cannot resolve node_modules.
// Only 'vscode' stays external (the extension host provides it).
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const suiteDir = join(root, 'test/integration/suite');
const outfile = join(root, 'dist-test/integration/index.js');

const testFiles = readdirSync(suiteDir)
  .filter((f) => f.endsWith('.test.ts'))
  .sort();
if (testFiles.length === 0) {
  console.error(`build-integration: no *.test.ts in ${suiteDir}`);
  process.exit(1);
}

const VIRTUAL = 'faithful:integration-test-files';
const testFilesPlugin = {
  name: 'integration-test-files',
  setup(b) {
    b.onResolve({ filter: /^faithful:integration-test-files$/ }, () => ({ path: VIRTUAL, namespace: 'faithful-tests' }));
    b.onLoad({ filter: /.*/, namespace: 'faithful-tests' }, () => ({
      // require() inside a function: esbuild keeps each file's evaluation lazy, so the test file's
      // describe()/it() calls run only after index.ts has given mocha its globals.
      contents:
        'export const testFiles = [\n' +
        testFiles.map((f) => `  { file: ${JSON.stringify(join(suiteDir, f))}, load: () => require(${JSON.stringify('./' + f)}) },`).join('\n') +
        '\n];\n',
      resolveDir: suiteDir,
      loader: 'js',
    }));
  },
};

const result = await build({
  entryPoints: [join(suiteDir, 'index.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode'],
  plugins: [testFilesPlugin],
  // Mocha's ESM sources use import.meta.url (for createRequire); give the CommonJS bundle its own.
  define: { 'import.meta.url': '__faithfulBundleUrl' },
  banner: { js: "const __faithfulBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Mocha's parallel mode (worker files found with require.resolve) is never used here.
  logOverride: { 'require-resolve-not-external': 'silent' },
  logLevel: 'warning',
  metafile: true,
});

const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`build-integration: ${testFiles.length} test file(s) (${testFiles.join(', ')}) -> ${outfile.slice(root.length + 1)} (${Math.round(bytes / 1024)} KiB)`);
