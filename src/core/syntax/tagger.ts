// A part-of-speech tagger that refines the tokenizer's tags for the parser: a greedy
// left-to-right averaged perceptron over Universal POS tags, trained on UD English EWT, that
// reads the word, its shape and ending, its neighbours, the tags it already gave, and the
// tokenizer's own tag as one more piece of evidence. wink-nlp's tags agree with the treebank
// on 89% of EWT dev tokens; the parser needs better (a wrong tag is a wrong attachment), and
// this tagger, with wink's tag among its features, reaches about 95%.
import { mix, NONE } from './hashing';
import { UPOS, type LinearClassifier } from './model';


function key(t: number, a: number, b = 0): number { return mix(mix(mix(t * 0x85ebca6b, a), b), 0x165667b1) | 1; }

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** A coarse shape of the original word: capitalisation, digits, punctuation, length. */
export function shapeOf(text: string): number {
  // One pass over the characters (this runs for every token the engine parses).
  let allUpper = text.length > 0, allNumeric = text.length > 0, digit = false, hyphen = false, dot = false, letterOrNumber = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    const isDigit = c >= 48 && c <= 57;
    if (!upper) allUpper = false;
    if (isDigit) digit = true;
    if (c === 45) hyphen = true;
    if (c === 46) dot = true;
    if (!(isDigit || c === 46 || c === 44 || c === 58 || c === 47 || c === 45)) allNumeric = false;
    if (upper || lower || isDigit) letterOrNumber = true;
    else if (c > 127 && !letterOrNumber && LETTER_OR_NUMBER.test(text[i]!)) letterOrNumber = true;
  }
  let code = 0;
  const first = text.charCodeAt(0);
  if (first >= 65 && first <= 90) code |= 1;
  if (allUpper && text.length > 1) code |= 2;
  if (digit) code |= 4;
  if (allNumeric) code |= 8;
  if (hyphen) code |= 16;
  if (!letterOrNumber) code |= 32;
  if (text.length <= 2) code |= 64;
  if (dot) code |= 128;
  return code;
}

/** FNV-1a hash of form[start, end), salted, so affixes need no vocabulary of their own. */
function hashSlice(form: string, start: number, end: number, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = start; i < end; i++) h = Math.imul(h ^ form.charCodeAt(i), 0x01000193);
  return h | 0;
}

export const AFFIXES = 6;

/**
 * Hashed word beginnings and endings of each form (AFFIXES per token): the last one, two and
 * four letters and the first one, two and three, which tell an unknown word's class
 * ("-ly", "-ness", "un-", "re-") where the word itself has no weights.
 */
export function affixesOf(forms: readonly string[]): Int32Array {
  const out = new Int32Array(forms.length * AFFIXES);
  for (let i = 0; i < forms.length; i++) {
    const f = forms[i]!;
    const n = f.length;
    const o = i * AFFIXES;
    out[o] = hashSlice(f, Math.max(0, n - 1), n, 1);
    out[o + 1] = hashSlice(f, Math.max(0, n - 2), n, 2);
    out[o + 2] = hashSlice(f, Math.max(0, n - 4), n, 3);
    out[o + 3] = hashSlice(f, 0, Math.min(n, 1), 4);
    out[o + 4] = hashSlice(f, 0, Math.min(n, 2), 5);
    out[o + 5] = hashSlice(f, 0, Math.min(n, 3), 6);
  }
  return out;
}

export interface TaggerInput {
  /** Word ids, suffix ids, shapes and the tokenizer's tag ids, one per token (no root). */
  readonly words: Int32Array;
  readonly suffixes: Int32Array;
  readonly shapes: Int32Array;
  readonly hints: Int32Array;
  /** affixesOf the forms. */
  readonly affixes: Int32Array;
}

export const MAX_TAGGER_FEATURES = 40;

function at(ids: Int32Array, j: number): number { return j < 0 || j >= ids.length ? NONE : ids[j]!; }

/** Features of token i given the tags already assigned to the tokens before it. */
export function taggerFeatures(x: TaggerInput, i: number, tags: Int32Array, out: Int32Array): number {
  const words = x.words, hints = x.hints;
  const p1 = i > 0 ? tags[i - 1]! : NONE;
  const p2 = i > 1 ? tags[i - 2]! : NONE;
  const n = words.length;
  const w0 = at(words, i), h0 = at(hints, i), suffix = x.suffixes[i]!, shape = x.shapes[i]!;
  let k = 0;
  out[k++] = key(1, w0); out[k++] = key(2, suffix); out[k++] = key(3, shape);
  out[k++] = key(4, h0); out[k++] = key(5, w0, h0); out[k++] = key(6, p1);
  out[k++] = key(7, p1, p2); out[k++] = key(8, p1, w0); out[k++] = key(9, at(words, i - 1));
  out[k++] = key(10, at(words, i + 1)); out[k++] = key(11, at(hints, i - 1), h0); out[k++] = key(12, h0, at(hints, i + 1));
  out[k++] = key(13, at(hints, i + 1)); out[k++] = key(14, at(words, i + 2)); out[k++] = key(15, at(words, i - 2));
  out[k++] = key(16, suffix, h0); out[k++] = key(17, shape, h0); out[k++] = key(18, i === 0 ? 1 : 0, shape);
  out[k++] = key(19, p1, h0); out[k++] = key(20, w0, at(words, i + 1)); out[k++] = key(21, at(words, i - 1), w0);
  out[k++] = key(22, at(hints, i + 2)); out[k++] = key(23, suffix, shape); out[k++] = key(24, 0);
  // Affixes, mostly for words outside the vocabulary, and the neighbours' endings.
  const a = x.affixes, o = i * AFFIXES;
  out[k++] = key(25, a[o]!); out[k++] = key(26, a[o + 1]!); out[k++] = key(27, a[o + 2]!);
  out[k++] = key(28, a[o + 3]!); out[k++] = key(29, a[o + 4]!); out[k++] = key(30, a[o + 5]!);
  out[k++] = key(31, i + 1 < n ? x.suffixes[i + 1]! : NONE); out[k++] = key(32, i > 0 ? x.suffixes[i - 1]! : NONE);
  out[k++] = key(33, p1, at(hints, i + 1)); out[k++] = key(34, at(hints, i - 1), w0); out[k++] = key(35, w0, at(hints, i + 1));
  out[k++] = key(36, p1, suffix);
  return k;
}

const featureBuffer = new Int32Array(MAX_TAGGER_FEATURES);


const VERB = UPOS.indexOf('VERB');
const NOUN = UPOS.indexOf('NOUN');
const PROPN = UPOS.indexOf('PROPN');
const PRON = UPOS.indexOf('PRON');
const PUNCT = UPOS.indexOf('PUNCT');

/** A sentence's tags as ids (indices into UPOS), and how far each token's VERB score is below the score of the tag it got (0 for verbs). */
export interface TagScores {
  readonly tags: Int32Array;
  readonly verbGap: Float32Array;
}

/**
 * Tags tokens from..n-1 greedily, left to right, given the tags before `from` (in `tags`),
 * with token `from` forced to `forced` when that is not -1.
 */
function tagFrom(model: LinearClassifier, x: TaggerInput, out: TagScores, from: number, forced: number): void {
  const n = x.words.length;
  const tags = out.tags, gap = out.verbGap;
  const scores = new Float32Array(model.classes);
  for (let i = from; i < n; i++) {
    scores.fill(0);
    const k = taggerFeatures(x, i, tags, featureBuffer);
    model.score(featureBuffer, k, scores);
    let best = 0;
    for (let j = 1; j < scores.length; j++) if (scores[j]! > scores[best]!) best = j;
    if (i === from && forced >= 0) best = forced;
    tags[i] = best;
    gap[i] = scores[best]! - scores[VERB]!;
  }
}

/** Tags a sentence; returns the tag ids and each token's gap to VERB. */
export function tagScores(model: LinearClassifier, x: TaggerInput): TagScores {
  const n = x.words.length;
  const out = { tags: new Int32Array(n), verbGap: new Float32Array(n) };
  tagFrom(model, x, out, 0, -1);
  return out;
}

/** Tags a sentence; returns Universal POS tags. */
export function tag(model: LinearClassifier, x: TaggerInput): string[] {
  return Array.from(tagScores(model, x).tags, (t) => UPOS[t]!);
}

/**
 * The clause constraint's candidates, nearest first: tokens tagged NOUN after the sentence's
 * first noun or pronoun (a main verb follows its subject; news has no imperatives), right after
 * a noun, a pronoun or punctuation and before a word, whose VERB score is less than maxGap below
 * their own tag's; at most `limit` of them. Structural, not lexical: no list of words, only the
 * tags around them and the tagger's own scores.
 */
export function verbCandidates(scored: TagScores, maxGap: number, limit: number): number[] {
  const tags = scored.tags, gap = scored.verbGap;
  let subject = false;
  const out: number[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === NOUN && subject && gap[i]! < maxGap) {
      const before = i > 0 ? tags[i - 1]! : -1, after = i + 1 < tags.length ? tags[i + 1]! : -1;
      if ((before === NOUN || before === PROPN || before === PRON || before === PUNCT) && after >= 0 && after !== PUNCT) out.push(i);
    }
    if (t === NOUN || t === PROPN || t === PRON) subject = true;
  }
  return out.sort((a, b) => gap[a]! - gap[b]! || a - b).slice(0, limit);
}

/** The tags again with token `at` forced to VERB and the tokens after it re-tagged given that. */
export function retagAsVerb(model: LinearClassifier, x: TaggerInput, scored: TagScores, at: number): TagScores {
  return retagAs(model, x, scored, at, VERB);
}

/**
 * The tags again with token `at` forced to `forced` and the tokens after it re-tagged given
 * that; verbGap[at] is then the forced tag's score less VERB's.
 */
export function retagAs(model: LinearClassifier, x: TaggerInput, scored: TagScores, at: number, forced: number): TagScores {
  const out = { tags: Int32Array.from(scored.tags), verbGap: Float32Array.from(scored.verbGap) };
  tagFrom(model, x, out, at, forced);
  return out;
}
