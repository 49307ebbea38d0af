// Finds multi-word cue phrases from a lexicon ("at least", "expected to", "mostly") and the
// word each one applies to, so that a rule can ask whether the other side says the same thing
// about the same word.
import type { Token } from './tokens';

export interface Cue<C extends string> {
  readonly first: number;
  readonly last: number;
  readonly cls: C;
  /** The token the cue applies to, or -1 when none is close enough to be sure. */
  readonly anchor: number;
}

type AnchorKind = 'noun' | 'verb' | 'self';

/** Which word a cue applies to: a quantity word to the noun after it, a hedge to the verb after it. */
export function findCues<C extends string>(
  tokens: readonly Token[],
  lexicon: ReadonlyArray<readonly [string, C]>,
  anchorKind: (cue: string, tokens: readonly Token[], first: number, last: number) => AnchorKind | null,
): Cue<C>[] {
  const out: Cue<C>[] = [];
  const byFirstWord = indexLexicon(lexicon);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Most tokens begin no phrase: no arrays built for them.
    const byLower = byFirstWord.get(t.lower);
    const byLemma = t.lemma !== t.lower ? byFirstWord.get(t.lemma) : undefined;
    if (byLower === undefined && byLemma === undefined) continue;
    // Longest phrases first, ties in the lexicon's order and the lower-case word's before the
    // lemma's. indexLexicon keeps each list in that order (a stable sort), so a token that opens
    // phrases by one of its forms only reads that list as it is, with no array made for it.
    const phrases = byLemma === undefined ? byLower! : byLower === undefined ? byLemma : [...byLower, ...byLemma].sort(longestFirst);
    for (const { words, cls, phrase } of phrases) {
      const last = i + words.length - 1;
      if (last >= tokens.length) continue;
      const hit = words.every((w, k) => tokens[i + k]!.lower === w || tokens[i + k]!.lemma === w);
      if (!hit) continue;
      const kind = anchorKind(phrase, tokens, i, last);
      if (kind === null) continue;
      out.push({ first: i, last, cls, anchor: anchorFor(tokens, last, kind) });
      i = last;
      break;
    }
  }
  return out;
}

interface Phrase<C> { readonly words: readonly string[]; readonly cls: C; readonly phrase: string }

const indexes = new WeakMap<object, Map<string, Phrase<string>[]>>();

/** Phrases keyed by their first word, built once per lexicon: the scan stays linear in tokens. */
function indexLexicon<C extends string>(lexicon: ReadonlyArray<readonly [string, C]>): Map<string, Phrase<C>[]> {
  let index = indexes.get(lexicon) as Map<string, Phrase<C>[]> | undefined;
  if (!index) {
    index = new Map();
    for (const [p, cls] of lexicon) {
      const words = p.split(' ');
      const list = index.get(words[0]!) ?? index.set(words[0]!, []).get(words[0]!)!;
      list.push({ words, cls, phrase: p });
    }
    for (const list of index.values()) list.sort(longestFirst);
    indexes.set(lexicon, index as Map<string, Phrase<string>[]>);
  }
  return index;
}

const longestFirst = (a: Phrase<unknown>, b: Phrase<unknown>) => b.words.length - a.words.length;

function anchorFor(tokens: readonly Token[], last: number, kind: AnchorKind): number {
  if (kind === 'self') return last;
  let limit = last + 5;
  for (let k = last + 1; k < tokens.length && k <= limit; k++) {
    const t = tokens[k]!;
    if (kind === 'noun') {
      // "most of the airport's staff": the possessor names whose; the set is the noun after it
      // (the window grows by the possessor and its marker).
      if ((t.pos === 'NOUN' || t.pos === 'PROPN') && /^['’]s?$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 1]!.pos === 'PART') { k++; limit += 2; continue; }
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') return k;
      // (A hyphen joining the cue to its noun: "a quarter-point cut".)
      if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.lower === 'of' || (k === last + 1 && t.text === '-')) continue;
      return -1;
    }
    // ("to have taken", "to be sold", "may have been caused": a perfect or passive infinitive's
    // act is its participle, however "have" or "be" was tagged.)
    if (/^(have|be|been|being)$/.test(t.lower) && (tokens[k + 1]?.pos === 'VERB' || (t.lower === 'have' && tokens[k + 1]?.lower === 'been'))) continue;
    if (t.pos === 'VERB' || (t.pos === 'AUX' && tokens[k + 1]?.pos !== 'VERB') || t.pos === 'ADJ') return k;
    // A gerund right after a cue that ends in a preposition, however it was tagged ("accused of hiding").
    if (k === last + 1 && tokens[last]!.pos === 'ADP' && /ing$/.test(t.lower) && t.pos === 'NOUN') return k;
    if (t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART' || t.lower === 'to' || t.lower === 'be') continue;
    return -1;
  }
  return -1;
}
