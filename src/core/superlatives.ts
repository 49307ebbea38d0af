// A claim of rank: "the first planet found to have water vapour", "the largest bridge", "the
// only device that …". A rewrite that ranks something the source never ranks states a new
// claim, however many words its sentence shares with the source (spin's favourite addition),
// so its sentence is unsupported.
import type { Sentence } from './document';
import { hyphenatedWithNext, type Token } from './tokens';
import { offsetFree } from './offsetFree';
import { isAdjectiveLemma, mayMeanTheSame } from './wordnet';
import { isFractionWord, isUnitWord } from './mentions/numbers';

const RANK_WORDS = new Set(['first', 'only', 'sole', 'lone', 'last', 'record']);
/**
 * A source's "its final production" ranks as "the last" does; a rewrite's "the final set" is as
 * often a stretch of a match. A source's "its previous inspection" licenses "its last
 * inspection" (the most recent), which WordNet reads as a synonym. A source's "the most
 * allowed" ranks what it follows as "the highest increase possible" does, and so do "the
 * maximum permitted" and "the minimum required", the most and the least as nouns, and the
 * words for a first one: "his debut" is his first appearance, "its maiden voyage" its first.
 */
const SOURCE_RANK_WORDS = new Set([...RANK_WORDS, 'final', 'previous', 'most', 'least', 'maximum', 'minimum', 'debut', 'maiden', 'inaugural']);
/**
 * Ordinals past the first rank only in a comparison of their own: "the second tanker to run
 * aground", "the second refinancing in three years" ("the third set", "the third session in a
 * row" count places in a sequence).
 */
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth']);

/**
 * Indexes of the rank words in a sentence: "the" + a superlative or rank word before a noun.
 * A rewrite's words inside quotation marks are someone's words, compared by the quote rule; read
 * `asSource`, the ranks a rewrite may restate count however the source puts them: quoted ("to
 * our biggest markets," said X / X said … its biggest markets), as a predicate, or by a period
 * (see below).
 */
export function rankClaims(tokens: readonly Token[], asSource = false): readonly number[] {
  // By the offset-free array (offsetFree.ts): indexes, read from words and tags alone.
  const memo = asSource ? sourceClaims : rewriteClaims;
  const own = offsetFree(tokens);
  let found = memo.get(own);
  if (!found) memo.set(own, (found = computeRankClaims(tokens, asSource)));
  return found;
}

const sourceClaims = new WeakMap<readonly Token[], readonly number[]>();
const rewriteClaims = new WeakMap<readonly Token[], readonly number[]>();

function computeRankClaims(tokens: readonly Token[], asSource: boolean): number[] {
  const out: number[] = [];
  let quoted = false;
  tokens.forEach((t, i) => {
    if (t.text === '"') quoted = !quoted;
    else if (t.text === '“') quoted = true;
    else if (t.text === '”') quoted = false;
    if (quoted && !asSource) return;
    const superlative = superlativeBase(t) !== null || /^(best|worst|least)$/.test(t.lower);
    const most = t.lower === 'most' && tokens[i + 1]?.pos === 'ADJ';
    // (Its noun may be left to the context: "the second to force evacuations".)
    const toVerb = (k: number) => tokens[k]?.lower === 'to' && tokens[k + 1]?.pos === 'VERB';
    // (In the source, any ordinal before its noun licenses the rank, however far the count's
    // span is put: "the third damaging spring frost in the valley in six years".)
    // (And "the third of a regional housebuilder this year": an ordinal of a kind told after "of".)
    const ordinal = ORDINALS.has(t.lower) && (toVerb(i + 1) || (asSource && tokens[i + 1]?.lower === 'of') || tokens.slice(i + 1, i + 4).some((x, k) => x.pos === 'NOUN' &&
      (asSource || toVerb(i + 2 + k) || (tokens[i + 2 + k]?.lower === 'in' && tokens[i + 3 + k]?.pos === 'NUM'))));
    if (!superlative && !most && !ordinal && !(asSource ? SOURCE_RANK_WORDS : RANK_WORDS).has(t.lower)) return;
    // A source's "most commonly a sore arm" ranks as "the commonest being a sore arm" does: the
    // adverb's adjective, ranked.
    if (asSource && t.lower === 'most' && adjectiveOfAdverb(tokens[i + 1]) !== null) {
      out.push(i + 1);
      return;
    }
    const before = tokens[i - 1];
    // (A source's "a record for a work by a living woman" ranks as "the highest price ever paid
    // for a work by a living woman" does.)
    const aRecord = asSource && t.lower === 'record' && before?.lower === 'a';
    if (!before || !(before.lower === 'the' || before.lower === "'s" || before.pos === 'PRON' || aRecord)) return;
    // "until Thursday at the earliest", "£5m at the most": a bound on what comes before, no
    // rank of a thing.
    // (A conjunction after it opens the next clause, however it is tagged: "until Friday at the
    // earliest while divers inspect the hull".)
    const clauseAfter = /^(while|when|whilst|as|after|before|if|unless|because|until|since|and|but|or|so)$/.test(tokens[i + 1]?.lower ?? '');
    if ((superlative || /^(most|least)$/.test(t.lower)) && tokens[i - 2]?.lower === 'at' && before.lower === 'the' && (clauseAfter || !/^(NOUN|ADJ)$/.test(tokens[i + 1]?.pos ?? ''))) return;
    // "who first appeared on stage", "last played": an order word before a verb tells when it
    // acted, no rank of a thing ("which only offers" still restricts what it does).
    if (orderBeforeVerb(tokens, i)) return;
    // "the last 5 km", "the first two days", "the final few weeks": a stretch counted off an
    // end, not a rank.
    // ("the biggest one-day drop" is a rank: the figure is part of a compound.)
    if ((tokens[i + 1]?.pos === 'NUM' && tokens[i + 2]?.text !== '-') || tokens[i + 1]?.lower === 'few') return;
    // "the first half", "the last week of May": a period of time, not a rank. (A source's
    // "the first month in which …" still licenses the rewrite's "for the first time".)
    // (A superlative ranks the period itself: "the island's busiest year on record".)
    if (!asSource && !superlative && !most && (isUnitWord(tokens[i + 1]) || isFractionWord(tokens[i + 1]))) return;
    // A noun close after: "the first planet", "the most expensive bridge". (What the source
    // ranks may stand as a predicate, its noun before the verb: "the rainfall was the heaviest
    // recorded since 2009" ranks as much as "the heaviest rainfall recorded since 2009".)
    if (!asSource && !tokens.slice(i + 1, i + 4).some((x) => x.pos === 'NOUN')) return;
    out.push(most ? i + 1 : i);
  });
  return out;
}

/**
 * The adjective a superlative is made from ("lowest" -> "low", "heaviest" -> "heavy", "biggest"
 * -> "big", "largest" -> "large"), or null. Read from the word, not only its lemma: the tagger
 * may take a superlative after "the" for an adverb and leave it unlemmatised ("were the lowest
 * recorded").
 */
function superlativeBase(t: Token): string | null {
  if (!/^(ADJ|ADV)$/.test(t.pos) || !/est$/.test(t.lower)) return null;
  if (t.pos === 'ADJ' && t.lemma !== t.lower) return t.lemma;
  const stem = t.lower.slice(0, -3);
  const candidates = [stem, `${stem}e`, stem.replace(/i$/, 'y'), stem.replace(/(\p{L})\1$/u, '$1')];
  return candidates.find((c) => c.length > 1 && c !== t.lower && isAdjectiveLemma(c)) ?? null;
}

/** The adjective an adverb in -ly is made from ("commonly" -> "common", "heavily" -> "heavy"), or null. */
function adjectiveOfAdverb(t: Token | undefined): string | null {
  if (t?.pos !== 'ADV' || !/ly$/.test(t.lower)) return null;
  const stem = t.lower.slice(0, -2);
  return [stem, stem.replace(/i$/, 'y'), `${stem}le`].find((c) => c.length > 2 && isAdjectiveLemma(c)) ?? null;
}

/** A rank word's lemma, a superlative's (or a ranked adverb's) the adjective it is made from. */
function rankLemma(t: Token): string {
  return superlativeBase(t) ?? adjectiveOfAdverb(t) ?? t.lemma;
}

/** The lemmas of every rank word the source uses (computed once per analysis). */
export function rankLemmas(source: readonly Sentence[]): string[] {
  return source.flatMap((s) => [...rankClaims(s.tokens, true).map((i) => rankLemma(s.tokens[i]!)), ...neverBefore(s.tokens), ...orderOfActs(s.tokens)]);
}

/**
 * "It was last offered at auction in 2011" licenses "its last appearance at auction": an order
 * word before a verb tells when the act came in its series, as the same word on the act's noun does.
 */
function orderOfActs(tokens: readonly Token[]): string[] {
  // (Not after a determiner: "only the first wears the marker" ranks a thing, the word a noun.)
  return tokens.filter((t, i) => orderBeforeVerb(tokens, i) && tokens[i - 1]?.pos !== 'DET').map((t) => t.lower);
}

/** "who first appeared", "was last offered": an order word before a verb, telling when an act came in its series. */
function orderBeforeVerb(tokens: readonly Token[], i: number): boolean {
  return /^(first|last)$/.test(tokens[i]!.lower) && /^(VERB|AUX)$/.test(tokens[i + 1]?.pos ?? '');
}

/**
 * "had never before reached a final", "had not previously won", "had not borrowed from Tessaline
 * before": a first, told by its negation ("before" closing the negated clause counts too).
 */
function neverBefore(tokens: readonly Token[]): string[] {
  // ("has not imposed a ban since 2018" is "the last time it imposed one was in 2018".)
  const ranks = tokens.some((_t, i) => negatesBefore(tokens, i) || negatesSince(tokens, i)) ? ['first'] : [];
  return tokens.some((_t, i) => deniedSince(tokens, i)) ? [...ranks, 'last'] : ranks;
}

/** Whether the negator at i denies a "before": "never before", "not previously", "had not borrowed from X before". */
export function negatesBefore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // (Or "no" on the doer: "No player from Poland had won it before him" = "the first player".)
  if (!/^(never|not|n't|no|nobody|none)$/.test(t.lower)) return false;
  if (/^(before|previously)$/.test(tokens[i + 1]?.lower ?? '')) return true;
  // ("before" closing the clause.)
  const closes = (k: number) => tokens[k]?.pos === 'PUNCT' || !tokens[k];
  for (let k = i + 2; k < tokens.length && k <= i + 14; k++) {
    const w = tokens[k]!;
    // (A hyphen inside a word is no break: "No Arabic-language film had won it before".)
    if ((w.pos === 'PUNCT' && !hyphenatedWithNext(tokens, k - 1)) || w.pos === 'SCONJ' || w.pos === 'CCONJ') return false;
    if (w.lower !== 'before') continue;
    // (Or with only a pronoun or a name after it: "before him", "before Tane"; or said of the
    // doer the "no" is on, right after its noun: "No woman before Ålvik had won".)
    let end = k + 1;
    if (tokens[end]?.pos === 'PRON') end++;
    else while (tokens[end]?.pos === 'PROPN') end++;
    if (closes(end) || (k === i + 2 && /^(no|none)$/.test(t.lower) && end > k + 1)) return true;
  }
  return false;
}

/**
 * "Not since 2016 has Cerro Alto been hit by a strike" = "the first strike at Cerro Alto since
 * 2016": a negation fronted with "since" tells that what happens now is the first since then.
 * (Not "has not been hit since 2016", which denies any strike at all.)
 */
export function negatesSince(tokens: readonly Token[], i: number): boolean {
  if (/^(not|never)$/.test(tokens[i]!.lower)) return tokens[i + 1]?.lower === 'since';
  // (Or "no" on the doer, with "since" in its clause: "No Valmoran player had won the title since
  // 1998" = "the first win by a Valmoran player since 1998".)
  return /^(no|nobody|none)$/.test(tokens[i]!.lower) && sinceInClause(tokens, i + 2);
}

/**
 * "Tarnvale Water has not imposed a ban since 2018" = "the last time it imposed a ban was in
 * 2018": a "not" on the verb with "since" in its clause denies the act since then; it is no
 * first now (that is the fronted "Not since 2016 has …", negatesSince).
 */
export function deniedSince(tokens: readonly Token[], i: number): boolean {
  return /^(not|never)$/.test(tokens[i]!.lower) && tokens[i + 1]?.lower !== 'since' && sinceInClause(tokens, i + 1);
}

/** A "since" from `from` on, before the clause ends (a punctuation mark or a conjunction). */
function sinceInClause(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + 10; k++) {
    const w = tokens[k]!;
    if (w.lower === 'since') return true;
    if (w.pos === 'PUNCT' || w.pos === 'SCONJ' || w.pos === 'CCONJ') return false;
  }
  return false;
}

/**
 * Rank words of the rewrite sentence that the source never uses (nor a synonym of). A sentence
 * whose own source sentences rank something too ("the worst performer" / "the poorest
 * showing") restates a rank, which the pair's rules compare; it claims no new one.
 */
export function newRankClaims(rewrite: Sentence, sourceRanks: readonly string[], aligned: readonly Sentence[] = []): number[] {
  if (aligned.some((s) => rankClaims(s.tokens, true).length > 0)) return [];
  // (Nor a rank word put for another word of its sense on the same noun, which the source
  // states without ranking: "his opening game" / "his first game". The superlative's own base
  // is no such word: "a large bridge" / "the largest bridge" ranks it.)
  const nounAfter = (tokens: readonly Token[], i: number) => tokens.slice(i + 1, i + 4).find((t) => t.pos === 'NOUN')?.lemma;
  const sameSenseBefore = (lemma: string, noun: string | undefined) => !!noun && aligned.some((s) => s.tokens.some((t, k) =>
    t.lemma !== lemma && t.lower !== lemma && (mayMeanTheSame(t.lower, lemma) || mayMeanTheSame(t.lemma, lemma)) && nounAfter(s.tokens, k) === noun));
  return rankClaims(rewrite.tokens).filter((i) => {
    const lemma = rankLemma(rewrite.tokens[i]!);
    return !sourceRanks.some((l) => l === lemma || mayMeanTheSame(l, lemma)) && !sameSenseBefore(lemma, nounAfter(rewrite.tokens, i));
  });
}
