// What the replaced-word judgement reads of a replaced stretch: how WordNet relates the new
// words to the old (synonym, more general or specific, a different thing of the same kind, an
// opposite, unrelated, unknown), what sort of word it is, and whether the new word sits in the
// old word's slot of the sentence (the same relation to the same, matched head in both parses).
import type { PairContext } from '../context';
import { lexicalRelation, type LexicalRelation } from '../wordnet';

/** Feature names, in the order of the vector (and of the fitted weights). */
export const FEATURES = [
  'bias',
  'rel:narrower', 'rel:broader', 'rel:sister', 'rel:unrelated', 'rel:unknown', 'rel:opposite',
  'pos:noun', 'pos:verb', 'pos:adj', 'pos:adv', 'pos:name',
  'pos-differs', 'shared-stem', 'same-slot', 'words',
  'slot-and-apart', 'modifier', 'moved', 'from-elsewhere',
] as const;

/** Strongest evidence of sameness first: the relation a stretch is judged by is the closest pair's. */
const CLOSENESS: readonly LexicalRelation[] = ['same', 'narrower', 'broader', 'sister', 'opposite', 'unrelated', 'unknown'];

export interface Replacement {
  readonly relation: LexicalRelation;
  readonly vector: Float64Array;
}

export function describeReplacement(ctx: PairContext, rWords: readonly number[], sWords: readonly number[]): Replacement {
  let relation: LexicalRelation = 'unknown';
  for (const ri of rWords) {
    for (const si of sWords) {
      const r = lexicalRelation(ctx.sTok[si]!.lemma, ctx.rTok[ri]!.lemma);
      if (CLOSENESS.indexOf(r) < CLOSENESS.indexOf(relation)) relation = r;
    }
  }
  const v = new Float64Array(FEATURES.length);
  const set = (name: (typeof FEATURES)[number], value = 1) => (v[FEATURES.indexOf(name)] = value);
  set('bias');
  if (relation !== 'same') set(`rel:${relation}` as (typeof FEATURES)[number]);
  const pos = ctx.rTok[rWords[rWords.length - 1]!]!.pos;
  if (pos === 'NOUN') set('pos:noun');
  else if (pos === 'VERB') set('pos:verb');
  else if (pos === 'ADJ') set('pos:adj');
  else if (pos === 'ADV') set('pos:adv');
  else if (pos === 'PROPN') set('pos:name');
  // A word of another sort in its place ("annually" for "a year", "nationwide" for "across the
  // country") is a rephrased construction more often than a changed fact.
  const sPos = new Set(sWords.map((i) => ctx.sTok[i]!.pos));
  if (!rWords.some((i) => sPos.has(ctx.rTok[i]!.pos))) set('pos-differs');
  // Words built on the same stem ("nation" / "nationwide", "effective" / "effectively").
  if (rWords.some((ri) => sWords.some((si) => sharedStem(ctx.rTok[ri]!.lemma, ctx.sTok[si]!.lemma)))) set('shared-stem');
  if (sameSlot(ctx, rWords, sWords)) set('same-slot');
  set('words', Math.min(rWords.length + sWords.length, 6) / 6);
  const slot = v[FEATURES.indexOf('same-slot')] === 1;
  if (slot && (relation === 'sister' || relation === 'unrelated' || relation === 'opposite')) set('slot-and-apart');
  // A modifier ("red" in "red dwarf", a compound's first noun) rather than the head of its phrase.
  const rs = ctx.syntax.rewrite();
  const last = rWords[rWords.length - 1]!;
  if (/^(amod|compound|nmod:poss|advmod)/.test(rs.labels[last] ?? '')) set('modifier');
  // The old word is still in the rewrite, in another sentence: moved rather than changed.
  const otherR = new Set(ctx.rewrite.sentences.filter((x) => x !== ctx.r).flatMap((x) => x.tokens.map((t) => t.lemma)));
  if (sWords.some((si) => otherR.has(ctx.sTok[si]!.lemma))) set('moved');
  // The new word is in the source, in a sentence this one was not paired with: brought from elsewhere.
  const otherS = new Set(ctx.source.sentences.filter((x) => !ctx.sources.includes(x)).flatMap((x) => x.tokens.map((t) => t.lemma)));
  if (rWords.some((ri) => otherS.has(ctx.rTok[ri]!.lemma))) set('from-elsewhere');
  return { relation, vector: v };
}

/** The new word hangs from the word that matches the old word's head, by the same relation. */
function sameSlot(ctx: PairContext, rWords: readonly number[], sWords: readonly number[]): boolean {
  const rs = ctx.syntax.rewrite();
  const ss = ctx.syntax.source();
  const base = (l: string) => l.split(':')[0];
  for (const ri of rWords) {
    const hr = rs.heads[ri]!;
    for (const si of sWords) {
      const hs = ss.heads[si]!;
      if (base(rs.labels[ri]!) !== base(ss.labels[si]!)) continue;
      if ((hr < 0 && hs < 0) || (hr >= 0 && hs >= 0 && ctx.match.rToS[hr] === hs)) return true;
    }
  }
  return false;
}

function sharedStem(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 4 && n >= Math.min(a.length, b.length) - 3;
}
