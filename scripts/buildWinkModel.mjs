// Rewrites the core of wink's English model (wink-eng-lite-web-model, a 3 MB JSON file whose
// two big tables are base64 text) as a Faithful data file, dist/wink-core.bin: the tables as
// raw little-endian u32 sections, the lexemes as one text, the rest as JSON. src/core/winkModel.ts reads it in a few
// milliseconds where the package's own loader decodes base64 and deep-copies the whole model
// (about 100 ms, most of a short check). Same content, so the same tags and lemmas; a unit test
// (core-winkModel) checks the result equals what the package's own loader builds.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDataFile } from './dataFile.mjs';

/** Bumped whenever the sections change; src/core/winkModel.ts checks it. */
export const WINK_CORE_FORMAT = 1;

const require = createRequire(import.meta.url);
const here = fileURLToPath(import.meta.url);
const root = join(dirname(here), '..');
const modelFile = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
const outFile = join(root, 'dist/wink-core.bin');

function upToDate() {
  if (!existsSync(outFile)) return false;
  const built = statSync(outFile).mtimeMs;
  return [here, join(dirname(here), 'dataFile.mjs'), modelFile].every((f) => built > statSync(f).mtimeMs);
}

if (!upToDate()) {
  const model = JSON.parse(readFileSync(modelFile, 'utf8'));
  const lexicon = Buffer.from(model.lexicon, 'base64');
  const xpansions = Buffer.from(model.xpansions, 'base64');
  if (lexicon.length % 4 || xpansions.length % 4) throw new Error(`${modelFile}: tables are not whole u32 arrays; has the model format changed?`);
  delete model.lexicon;
  delete model.xpansions;
  // The 87,000 lexemes as one NUL-separated text: split() is several times faster than parsing
  // them as a JSON array.
  const lexemes = model.features.lexeme.list;
  if (lexemes.some((w) => typeof w !== 'string' || w.includes('\0'))) throw new Error(`${modelFile}: a lexeme is not a NUL-free string`);
  model.features.lexeme.list = [];
  const version = JSON.parse(readFileSync(join(dirname(modelFile), '../../../../package.json'), 'utf8')).version;
  const size = writeDataFile(outFile, WINK_CORE_FORMAT, { model: JSON.stringify(model), lexemes: lexemes.join('\0'), lexicon, xpansions, packageVersion: version });
  console.log(`wink core model ${version} -> ${outFile} (${(size / 1e6).toFixed(1)} MB)`);
}
