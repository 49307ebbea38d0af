// Rewrites the core of wink's English model (wink-eng-lite-web-model, a 3 MB JSON file whose
// two big tables are base64 text) as a Faithful data file, dist/wink-core.bin: the tables as
// raw little-endian u32 sections, the lexemes as one text with their offsets and a ready hash
// table over them (so nothing is split or indexed at start-up), the rest as JSON.
// src/core/winkModel.ts reads it in a few milliseconds where the package's own loader decodes
// base64 and deep-copies the whole model (about 100 ms, most of a short check). Same content, so
// the same tags and lemmas; a unit test (core-winkModel) checks the result equals what the
// package's own loader builds.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDataFile } from './dataFile.mjs';

/** Bumped whenever the sections change; src/core/winkModel.ts checks it. */
export const WINK_CORE_FORMAT = 3;

/** wink's lemmatizer exception tables (irregular forms: "geese" -> "goose"), stored as sections too. */
export const EXCEPTION_KINDS = ['noun', 'verb', 'adjective'];

const require = createRequire(import.meta.url);
const here = fileURLToPath(import.meta.url);
const root = join(dirname(here), '..');
const modelFile = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
const outFile = join(root, 'dist/wink-core.bin');
const exceptionFiles = EXCEPTION_KINDS.map((kind) => require.resolve(`wink-eng-lite-web-model/dist/wn-${kind}-exceptions.js`));

function upToDate() {
  if (!existsSync(outFile)) return false;
  const built = statSync(outFile).mtimeMs;
  return [here, join(dirname(here), 'dataFile.mjs'), modelFile, ...exceptionFiles].every((f) => built > statSync(f).mtimeMs);
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
  // Lexeme i is the UTF-8 bytes [offsets[i], offsets[i + 1] - 1) of the NUL-joined text.
  const offsets = new Uint32Array(lexemes.length + 1);
  for (let i = 0, at = 0; i < lexemes.length; i++) {
    offsets[i] = at;
    at += Buffer.byteLength(lexemes[i], 'utf8') + 1;
    offsets[i + 1] = at;
  }
  // Open addressing, linear probing: slot = index + 1 (0 = empty); a repeated lexeme maps to its
  // last index, as the package's loop leaves its hash. The hash must match lexemeHash() in
  // src/core/winkModel.ts.
  let slots = 1;
  while (slots < lexemes.length * 2) slots *= 2;
  const table = new Uint32Array(slots);
  for (let i = 0; i < lexemes.length; i++) {
    let slot = lexemeHash(lexemes[i]) & (slots - 1);
    while (table[slot] !== 0 && lexemes[table[slot] - 1] !== lexemes[i]) slot = (slot + 1) & (slots - 1);
    table[slot] = i + 1;
  }
  // Each exception table as its words in code-unit order, each followed by NUL, its lemma and NUL,
  // and where each word starts (one more entry: the end): src/core/winkModel.ts looks a word up
  // by binary search, a page of the file at a time, instead of building wink's object of some
  // thousands of properties on every start-up.
  const exceptionSections = {};
  EXCEPTION_KINDS.forEach((kind, k) => {
    const table = require(exceptionFiles[k]);
    if (Object.getPrototypeOf(table) !== null && Object.getPrototypeOf(table) !== Object.prototype) throw new Error(`${exceptionFiles[k]}: not a plain object`);
    const words = Object.keys(table).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const parts = [];
    const starts = new Uint32Array(words.length + 1);
    let at = 0;
    words.forEach((word, i) => {
      const lemma = table[word];
      if (typeof lemma !== 'string') throw new Error(`${exceptionFiles[k]}: ${word} has a ${typeof lemma} lemma; expected strings only`);
      if (!/^[\x01-\x7f]*$/.test(word + lemma)) throw new Error(`${exceptionFiles[k]}: ${word} -> ${lemma} is not NUL-free ASCII`);
      starts[i] = at;
      parts.push(word, '\0', lemma, '\0');
      at += word.length + lemma.length + 2;
    });
    starts[words.length] = at;
    exceptionSections[`${kind}Exceptions`] = parts.join('');
    exceptionSections[`${kind}ExceptionStarts`] = starts;
  });
  const version = JSON.parse(readFileSync(join(dirname(modelFile), '../../../../package.json'), 'utf8')).version;
  const size = writeDataFile(outFile, WINK_CORE_FORMAT, { model: JSON.stringify(model), lexemes: lexemes.join('\0'), lexemeOffsets: offsets, lexemeTable: table, lexicon, xpansions, ...exceptionSections, packageVersion: version });
  console.log(`wink core model ${version} -> ${outFile} (${(size / 1e6).toFixed(1)} MB)`);
}

/** FNV-1a over UTF-16 code units; the same function as lexemeHash() in src/core/winkModel.ts. */
function lexemeHash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
