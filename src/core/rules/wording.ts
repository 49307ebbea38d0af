// `wording`: any other meaning-bearing word replaced ("fostered" vs "created", "impose
// consequences on" vs "prosecute"). Reported at info severity: many such changes are
// harmless synonyms, and the editor decides. Runs last, on what no other rule explained.
import { claim, replacement, spanOf, type PairContext, type PairRule, type RawFinding } from '../context';
import { isContentToken, stemOf } from '../terms';
import { lexicalRelation, mayMeanTheSame } from '../wordnet';
import { sameAlias, squeeze } from '../mentions/entities';
import { NUMBER_WORDS } from '../lexicon';
import type { Token } from '../tokens';
import { offsetFree } from '../offsetFree';
import { judgeReplacement, judgementCanWarn } from '../judgement/judge';

/** Larger replaced stretches are restructured sentences, not word choices; naming them helps nobody. */
const MAX_HUNK_WORDS = 3;
const MAX_HUNK_TOKENS = 6;

/** Figures and dates have their own rules, which know "three" = "3"; wording leaves them alone. */
function isWordingCandidate(t: Token): boolean {
  return isContentToken(t) && t.pos !== 'NUM' && !NUMBER_WORDS.has(t.lower) && !/\p{N}/u.test(t.text);
}

/**
 * A replaced stretch is a word choice only when the words around it line up on both sides:
 * a content word matched within three words before it and after it (or the sentence edge).
 * Otherwise the sentence was restructured, and naming word pairs would be guesswork.
 */
function anchored(ctx: PairContext, r: readonly number[]): boolean {
  if (r.length === 0) return false;
  const lo = Math.min(...r);
  const hi = Math.max(...r);
  // Reporting verbs count as anchors although they are not content words ("said it had ended").
  const matchedContent = (i: number) => (ctx.match.rToS[i] ?? -1) >= 0 && (isContentToken(ctx.rTok[i]!) || ctx.rTok[i]!.pos === 'VERB');
  const edge = (i: number) => i < 0 || i >= ctx.rTok.length || !ctx.rTok.slice(i < lo ? 0 : hi + 1, i < lo ? lo : undefined).some((t) => t.isWord);
  const before = [lo - 1, lo - 2, lo - 3].some((i) => (i >= 0 && matchedContent(i))) || edge(lo - 1);
  const after = [hi + 1, hi + 2, hi + 3].some((i) => (i < ctx.rTok.length && matchedContent(i))) || edge(hi + 1);
  return before && after;
}

/**
 * A sentence's lemmas and their stems, by its token list (offset-free: only words are read), so
 * that a sentence compared in several pairs, or copied at other offsets, builds the set once.
 */
function lemmasAndStems(tokens: readonly Token[]): ReadonlySet<string> {
  const own = offsetFree(tokens);
  let keys = keysByTokens.get(own);
  if (!keys) {
    const set = new Set<string>();
    for (const t of own) {
      set.add(t.lemma);
      set.add(stemOf(t.lemma));
    }
    keysByTokens.set(own, (keys = set));
  }
  return keys;
}

const keysByTokens = new WeakMap<readonly Token[], ReadonlySet<string>>();

/**
 * The replaced stretches worth judging: anchored word swaps of a few content words each, with
 * the words both sides share left out, and synonyms, aliases and spacing variants dropped.
 */
export function replacedWords(ctx: PairContext): { rWords: number[]; sWords: number[] }[] {
  const out: { rWords: number[]; sWords: number[] }[] = [];
  const sKeys = lemmasAndStems(ctx.sTok);
  const rKeys = lemmasAndStems(ctx.rTok);
  for (const h of ctx.match.hunks) {
    if (!anchored(ctx, h.r)) continue;
    const rWords = h.r.filter((i) => isWordingCandidate(ctx.rTok[i]!) && !ctx.claimed.has(i) &&
      !sKeys.has(ctx.rTok[i]!.lemma) && !sKeys.has(stemOf(ctx.rTok[i]!.lemma)));
    const sWords = h.s.filter((i) => isWordingCandidate(ctx.sTok[i]!) &&
      !rKeys.has(ctx.sTok[i]!.lemma) && !rKeys.has(stemOf(ctx.sTok[i]!.lemma)));
    if (rWords.length === 0 || sWords.length === 0) continue;
    // Synonyms are paraphrase: quiet when every new word can mean what a replaced word meant,
    // when both name the same place or body ("U.K." / "British"), or differ only in spacing
    // ("cliff top" / "clifftop").
    if (rWords.every((ri) => sWords.some((si) => mayMeanTheSame(ctx.rTok[ri]!.lemma, ctx.sTok[si]!.lemma)))) continue;
    const rText = rWords.map((i) => ctx.rTok[i]!.lower).join(' ');
    const sText = sWords.map((i) => ctx.sTok[i]!.lower).join(' ');
    if (sameAlias(rText, sText) || squeeze(rText) === squeeze(sText)) continue;
    if (rWords.length > MAX_HUNK_WORDS || sWords.length > MAX_HUNK_WORDS) continue;
    if (h.r.length > MAX_HUNK_TOKENS || h.s.length > MAX_HUNK_TOKENS) continue;
    // A stretch at the very start of the sentence is usually a restructured opening, not a word swap.
    if (h.r[0] === 0 && h.s[0] === 0 && (h.r.length > 2 || h.s.length > 2)) continue;
    out.push({ rWords, sWords });
  }
  return out;
}

/**
 * One adjective for another that WordNet places beside it as a different value of one
 * attribute ("yellow" / "pink", "red" / "white"): the thing described changed. (Nouns that
 * WordNet calls sisters are as often the same thing in context, "game" / "match", and stay
 * with the judgement.)
 */
function otherValue(ctx: PairContext, rWords: readonly number[], sWords: readonly number[]): boolean {
  if (rWords.length !== 1 || sWords.length !== 1) return false;
  const r = ctx.rTok[rWords[0]!]!;
  const s = ctx.sTok[sWords[0]!]!;
  return r.pos === 'ADJ' && s.pos === 'ADJ' && lexicalRelation(s.lemma, r.lemma) === 'sister';
}

export const wordingRule: PairRule = (ctx) => {
  const out: RawFinding[] = [];
  for (const { rWords, sWords } of replacedWords(ctx)) {
    const rSpan = spanOf(ctx.rTok.slice(Math.min(...rWords), Math.max(...rWords) + 1));
    const sSpan = spanOf(ctx.sTok.slice(Math.min(...sWords), Math.max(...sWords) + 1));
    claim(ctx, rWords);
    // The judgement reads the parse; it is only asked when its fitted threshold can be reached.
    const j = judgementCanWarn() ? judgeReplacement(ctx, rWords, sWords) : null;
    if (otherValue(ctx, rWords, sWords)) {
      const changed = replacement(ctx, 'wording', 'Meaning', rSpan, sSpan);
      out.push({ ...changed, severity: 'warning', message: `${changed.message.replace(/\.$/, '')} (another value of the same kind).` });
    } else if (j?.changed) {
      const what = j.relation === 'sister' ? 'a different thing of the same kind' : j.relation === 'opposite' ? 'an opposite' : 'a different meaning';
      const changed = replacement(ctx, 'wording', 'Meaning', rSpan, sSpan);
      out.push({ ...changed, severity: 'warning', message: `${changed.message.replace(/\.$/, '')} (${what}).` });
    } else {
      out.push(replacement(ctx, 'wording', 'Wording', rSpan, sSpan));
    }
  }
  return out;
};
