// Content terms: the meaning-bearing words of a sentence, as comparison keys. Shared by the
// sentence aligner and the rules that ask "does the other side say this word at all?".
import { STOPWORDS } from './lexicon';
import { findNumbers } from './mentions/numbers';
import { findDates } from './mentions/dates';
import { offsetFree } from './offsetFree';
import type { Token } from './tokens';
import { prefixNegatedBase, verbOfForm } from './wordnet';

export function isContentToken(t: Token): boolean {
  if (!t.isWord) return false;
  if (STOPWORDS.has(t.norm) || STOPWORDS.has(t.lemma)) return false;
  return t.pos !== 'AUX' && t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'ADP' && t.pos !== 'CCONJ' &&
    t.pos !== 'SCONJ' && t.pos !== 'PART' && t.pos !== 'PUNCT';
}

/**
 * A crude stem so that "hackers", "hacking" and "hacked", or "rule" and "ruling", meet: common
 * suffixes and a final "e" dropped, then at most the first six letters.
 */
export function stemOf(lemma: string): string {
  let stem = stems.get(lemma);
  if (stem === undefined) {
    // Bounded like the other per-word caches: a long session cannot grow it without limit.
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(lemma, (stem = computeStem(lemma)));
  }
  return stem;
}

/**
 * Stems by lemma: the rules and the aligner ask for the same few thousand words' stems over and
 * over, and three Unicode regex replacements a call were a visible share of a check.
 */
const stems = new Map<string, string>();
const MAX_STEMS = 10_000;

function computeStem(lemma: string): string {
  const clean = lemma.replace(/[^\p{L}\p{N}]/gu, '');
  const bare = clean.length > 5 ? clean.replace(/(ings?|ers?|ed|ions?|ments?|ly|es|s)$/, '').replace(/e$/, '') : clean.replace(/e$/, '');
  const base = bare.length >= 3 ? bare : clean;
  return base.length > 6 ? base.slice(0, 6) : base;
}

/**
 * A sentence's keys by its token array: an editor's re-check keeps the token arrays of the
 * paragraphs an edit did not touch (document.ts), so their keys are not derived again.
 */
const keysOf = new WeakMap<readonly Token[], readonly string[]>();

/** Distinct comparison keys of a sentence: exact lemmas ("L:") and stems ("S:"). */
export function termKeys(tokens: readonly Token[]): readonly string[] {
  // By the offset-free array (tokens.ts): the keys read words and the gaps between tokens only.
  const own = offsetFree(tokens);
  let keys = keysOf.get(own);
  if (!keys) keysOf.set(own, (keys = computeTermKeys(tokens)));
  return keys;
}

function computeTermKeys(tokens: readonly Token[]): string[] {
  const keys = new Set<string>();
  // Amounts meet whatever their notation: "£2 million" = "£2m", "three" = "3", "18,306" =
  // "18306". The figure's words are one key, its value; a unit word keeps its own key.
  // (1 inside an amount, 2 inside a percentage, 3 inside a clock time or a year said aloud.)
  const inAmount = new Uint8Array(tokens.length);
  for (const m of findNumbers(tokens)) {
    if (m.value === null) continue;
    keys.add('L:#' + Number(m.value.toPrecision(6)));
    inAmount.fill(m.unit === '%' ? 2 : 1, m.first, m.last + 1);
  }
  // Clock times meet whatever their notation too, by the time they tell: "14:00" = "2pm",
  // "06:40" = "6.40am".
  for (const d of findDates(tokens)) {
    // (A year said aloud, "twenty-fifteen", meets its digits as well.)
    const spoken = d.keys.find((k) => k.startsWith('year:'));
    if (spoken && tokens.slice(d.first, d.last + 1).every((t) => !/\d/.test(t.text))) {
      keys.add('L:#' + spoken.slice(5));
      inAmount.fill(3, d.first, d.last + 1);
    }
    const times = d.keys.filter((k) => k.startsWith('time:'));
    if (times.length === 0) continue;
    for (const k of times) keys.add('L:' + k);
    inAmount.fill(3, d.first, d.last + 1);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isContentToken(t)) continue;
    if (inAmount[i] === 3) continue;
    // "no one" is "nobody", a word of no content.
    if (t.lower === 'one' && tokens[i - 1]?.lower === 'no') continue;
    const figure = /^[\d.,]+$/.test(t.lower) && /\d/.test(t.lower);
    if (inAmount[i] && (figure || t.pos === 'NUM' || /^(hundred|thousand|million|billion|trillion|m|mn|bn|k)$/.test(t.lower))) continue;
    // ("35 per cent" = "35%": the unit spelt out is the sign, which has no key.)
    if (inAmount[i] === 2 && /^(per|cent|percent|pct)$/.test(t.lower)) continue;
    // Figures that are not amounts (years, day numbers) meet by their digits: "18,306" = "18306".
    if (figure) {
      keys.add('L:#' + t.lower.replace(/,/g, ''));
      continue;
    }
    // Hyphenated compounds also count as their parts ("cyber-espionage" meets "espionage").
    const parts = t.lemma.includes('-') ? [t.lemma, ...t.lemma.split('-').filter((p) => p.length > 2)] : [t.lemma];
    // A word negated by its prefix also counts as its base ("unaffected" meets "not affected"):
    // the sentences say the same thing, and the negation rule compares their polarity.
    const base = prefixNegatedBase(t.lemma);
    if (base) parts.push(base);
    // (A participle's base meets its verb, which the other side's passive is read as: "were
    // unaffected" / "were not affected".)
    const verb = base ? verbOfForm(base) : null;
    if (verb) parts.push(verb);
    for (const p of parts) {
      keys.add('L:' + p);
      keys.add('S:' + stemOf(p));
    }
  }
  return [...keys];
}

/** Stems get a smaller share of the weight than exact lemmas. */
export function keyWeightFactor(key: string): number {
  return key.startsWith('L:') ? 1 : 0.6;
}
