// Greedy arc-eager dependency parsing with a trained linear model: one pass over the sentence,
// one best-scoring move at a time (linear in the sentence's length), then one label per arc.
import { labelFeatures, labelTreeOf, MAX_FEATURES, newState, transitionFeatures } from './features';
import { UPOS, type ParserModel, type WordIdLookup } from './model';
import { apply, finish, isValid, MOVES } from './transitions';

/** The parse of one sentence, over the tokens it was given (punctuation included). */
export interface DependencyParse {
  /** Head of each token (an index into the same token list), or -1 for the sentence's root. */
  readonly heads: Int32Array;
  /** Universal Dependencies relation of each token to its head ("nsubj", "obj", "root", ...). */
  readonly labels: readonly string[];
}

/** Sentences longer than this are not parsed: nothing a rule compares is that long, and it bounds the cost. */
export const MAX_PARSE_TOKENS = 400;

/** The word form features see: lower case, digits folded to 0 so that all years look alike. */
export function wordForm(lower: string): string {
  return lower.replace(/[0-9]/g, '0');
}

export function suffixOf(form: string): string {
  return form.length > 3 ? form.slice(-3) : form;
}

const TAG_ID = new Map<string, number>(UPOS.map((t, i) => [t, i + 2]));

export function tagId(tag: string): number {
  return TAG_ID.get(tag) ?? 1;
}

/** Ids of a sentence's words, tags and suffixes, with position 0 for the root. */
export function encodeSentence(
  forms: readonly string[], tags: readonly string[],
  vocab: WordIdLookup, suffixes: WordIdLookup,
): { words: Int32Array; tags: Int32Array; suffixes: Int32Array } {
  const n = forms.length;
  const w = new Int32Array(n + 1);
  const t = new Int32Array(n + 1);
  const s = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const form = forms[i]!;
    w[i + 1] = vocab.get(form) ?? 1;
    t[i + 1] = tagId(tags[i]!);
    s[i + 1] = suffixes.get(suffixOf(form)) ?? 1;
  }
  return { words: w, tags: t, suffixes: s };
}

export function bestValidMove(st: Parameters<typeof isValid>[0], scores: Float32Array): number {
  let best = -1;
  for (let m = 0; m < MOVES; m++) {
    if (!isValid(st, m)) continue;
    if (best === -1 || scores[m]! > scores[best]!) best = m;
  }
  return best;
}

const featureBuffer = new Int32Array(MAX_FEATURES);
const moveScores = new Float32Array(MOVES);

/** Parses one sentence given its word forms (see wordForm) and Universal POS tags. */
export function parse(model: ParserModel, forms: readonly string[], tags: readonly string[]): DependencyParse {
  return parseScored(model, forms, tags).parse;
}

/**
 * A parse and how sure the parser was of it: the sum over its moves of the chosen move's score
 * minus the best other valid move's (how far, move by move, the parse was from going another way).
 */
export function parseScored(model: ParserModel, forms: readonly string[], tags: readonly string[]): { parse: DependencyParse; margin: number } {
  const n = forms.length;
  if (n === 0) return { parse: { heads: new Int32Array(0), labels: [] }, margin: 0 };
  const enc = encodeSentence(forms, tags, model.vocab, model.suffixes);
  const st = newState(enc.words, enc.tags, enc.suffixes);
  let margin = 0;
  if (n <= MAX_PARSE_TOKENS) {
    while (st.b <= st.n) {
      moveScores.fill(0);
      const k = transitionFeatures(st, featureBuffer);
      model.transitions.score(featureBuffer, k, moveScores);
      const move = bestValidMove(st, moveScores);
      let other = -Infinity;
      for (let m = 0; m < MOVES; m++) if (m !== move && isValid(st, m) && moveScores[m]! > other) other = moveScores[m]!;
      if (other > -Infinity) margin += moveScores[move]! - other;
      apply(st, move);
    }
  }
  finish(st);
  return { parse: { heads: Int32Array.from(st.head.subarray(1), (h) => h - 1), labels: labelTree(model, st.head, enc) }, margin };
}

/** Labels every arc of a finished tree (positions 1..n, heads with the root at 0). */
export function labelTree(
  model: ParserModel, head: Int32Array, enc: { words: Int32Array; tags: Int32Array; suffixes: Int32Array },
): string[] {
  const tree = labelTreeOf(head);
  const labels: string[] = [];
  const scores = new Float32Array(model.labeller.classes);
  for (let d = 1; d < head.length; d++) {
    scores.fill(0);
    const k = labelFeatures(d, head[d]!, enc.words, enc.tags, enc.suffixes, tree, featureBuffer);
    model.labeller.score(featureBuffer, k, scores);
    let best = 0;
    for (let j = 1; j < scores.length; j++) if (scores[j]! > scores[best]!) best = j;
    labels.push(head[d] === 0 ? 'root' : model.header.labels[best]!);
  }
  return labels;
}
