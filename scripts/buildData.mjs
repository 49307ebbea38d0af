// Puts every data file the engine reads at run time into dist/, beside the bundles (see
// src/core/dataFile.ts for how they are found and read):
// - generated ones, each by its own script, which skips the work when its output is current;
// - committed ones (trained models kept in the repository), copied from COMMITTED below.
// Run by `npm run build`, `npm run typecheck` and on `npm ci`. The .vsix takes dist/*.bin
// (.vscodeignore); npm installs take dist/ (package.json "files").
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import './buildLexicon.mjs';
import './buildWinkModel.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Data files kept in the repository: [path in the repository, name in dist/]. */
const COMMITTED = [
  // The tagger and dependency parser (src/core/syntax/), trained by `npm run train:parser`.
  ['models/en-ewt-parser.bin', 'en-ewt-parser.bin'],
];

for (const [from, name] of COMMITTED) {
  const src = join(root, from);
  const dest = join(root, 'dist', name);
  if (!existsSync(src)) throw new Error(`buildData: ${from} is missing`);
  if (existsSync(dest) && statSync(dest).mtimeMs >= statSync(src).mtimeMs && statSync(dest).size === statSync(src).size) continue;
  mkdirSync(dirname(dest), { recursive: true });
  copyFileSync(src, dest);
}
