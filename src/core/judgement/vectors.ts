// Word vectors for measuring the replaced-word judgement (scripts/fitWordJudgement.ts
// --vectors FILE): how close in use two words are, as the cosine of their GloVe vectors, from a
// table distilled by scripts/buildWordVectors.mjs (the most frequent plain words, unit length,
// int8). Not shipped and not read by the engine: measured, the cosine does not separate a
// changed word from a synonym in context well enough to pay for its 2 MB (see the fitting script).
import * as fs from 'node:fs';
import { parseDataSections } from '../dataFile';

export const WORD_VECTORS_FORMAT = 1;

export type WordSimilarity = (a: readonly string[], b: readonly string[]) => number | null;

/** The cosine of two words' vectors (the first of each word's forms found), or null when either is missing. */
export function loadWordVectors(file: string): WordSimilarity {
  const d = parseDataSections(file, fs.readFileSync(file), WORD_VECTORS_FORMAT);
  const dims = (JSON.parse(d.text('header')) as { dims: number }).dims;
  const index = new Map(d.text('words').split('\n').map((w, i) => [w, i]));
  const b = d.bytes('vectors');
  const v = new Int8Array(b.buffer, b.byteOffset, b.byteLength);
  const find = (forms: readonly string[]) => forms.map((f) => index.get(f.toLowerCase())).find((i) => i !== undefined);
  return (a, c) => {
    const i = find(a);
    const j = find(c);
    if (i === undefined || j === undefined) return null;
    let dot = 0, na = 0, nb = 0;
    for (let k = 0, x = i * dims, y = j * dims; k < dims; k++, x++, y++) {
      dot += v[x]! * v[y]!;
      na += v[x]! * v[x]!;
      nb += v[y]! * v[y]!;
    }
    return dot / Math.sqrt(na * nb || 1);
  };
}
