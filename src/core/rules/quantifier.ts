// `quantifier`: the scope of a claim changed ("most" vs "all", "roughly a third" vs "a
// majority", "some" dropped). Bounds on numbers ("at least 12" vs "12") are handled with the
// numbers, in number.ts.
import { claim, hunkOfSource, replacement, rewriteTokensIn, spanOf, type PairContext, type PairRule, type RawFinding } from '../context';
import { findCues, type Cue } from '../cues';
import { NEGATED_QUANTIFIERS, POSSESSIVE_DETERMINERS, SCOPE_CUES, type ScopeClass } from '../lexicon';
import { hyphenatedWithNext, phraseEndingBefore, type Token } from '../tokens';
import { findNumbers, partitiveWhole, sameAmount, type NumberMention } from '../mentions/numbers';
import { comesTo } from '../mentions/arithmetic';
import type { SentenceSyntax } from '../syntax/index';
import { dependentsOf, markedBy, subtreeOf } from '../syntax/tree';
import { mayMeanTheSame } from '../wordnet';
import { isContentToken } from '../terms';

const NUMBER_BOUNDS = new Set<ScopeClass>(['at-least', 'at-most', 'about', 'almost', 'only']);
const SCOPE_ONLY = SCOPE_CUES.filter(([, c]) => !NUMBER_BOUNDS.has(c));
const APPROX = SCOPE_CUES.filter(([, c]) => c === 'about' || c === 'almost');
const ADVERBS = new Set(['mostly', 'largely', 'mainly', 'predominantly', 'primarily', 'chiefly', 'usually', 'typically', 'generally', 'normally', 'always',
  'often', 'sometimes', 'rarely', 'seldom', 'universally']);

const SUBORDINATORS = new Set(['while', 'when', 'because', 'as', 'since', 'after', 'before', 'though', 'although',
  'along', 'over', 'around', 'across', 'through', 'together', 'but', 'and', 'or', 'right']);

function findScope(tokens: readonly Token[]): Cue<ScopeClass>[] {
  // "did not always manage" = "sometimes failed", "not all members" = "some members": a negated
  // universal is a partial scope.
  // ("the few sectors" is the small number there are, as "a few" is, not "few", not many.)
  return findScopeCues(tokens).map((c) => (c.cls === 'all' && negatedCue(tokens, c)) || (c.cls === 'few' && tokens[c.first - 1]?.lower === 'the')
    ? { ...c, cls: 'some' as ScopeClass } : onlySome(tokens, nearlyAll(tokens, boundedHalf(tokens, exceptedAfter(tokens, hardlyAny(tokens, c))))));
}

/** "hardly any tickets", "barely any": a denial short of all on "any" says few ("very few tickets"). */
function hardlyAny(tokens: readonly Token[], c: Cue<ScopeClass>): Cue<ScopeClass> {
  return c.first === c.last && tokens[c.first]!.lower === 'any' && nearlyNone(tokens, c.first - 1) ? { ...c, first: c.first - 1, cls: 'few' } : c;
}

/**
 * Whether a denial short of all opens at `k`: "hardly any", "barely any", "almost no rain",
 * "virtually none of the staff" (not "almost any", which is nearly every one).
 */
function nearlyNone(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower ?? '';
  return /^(hardly|barely|scarcely)$/.test(tokens[k]?.lower ?? '') ? /^(any|no)$/.test(next) : /^(almost|virtually|nearly)$/.test(tokens[k]?.lower ?? '') && /^(no|none)$/.test(next);
}

/** Whether a denial short of all opens in the six words before `at` ("almost no rain"). */
function nearlyNoneBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = Math.max(0, at - 6); k < at; k++) if (nearlyNone(tokens, k)) return true;
  return false;
}

/**
 * "every care home in the town except one", "every programme bar one": a universal with a
 * count taken out of it after its noun says "all but", as the numbers reader reads the count.
 */
function exceptedAfter(tokens: readonly Token[], c: Cue<ScopeClass>): Cue<ScopeClass> {
  if (c.cls !== 'all' || !/^(every|all|each)$/.test(tokens[c.first]!.lower)) return c;
  const excepted = findNumbers(tokens).some((m) => m.qualifier === 'all-but' && m.qualifierFirst > c.last && m.qualifierFirst <= c.last + 10 &&
    tokens[m.qualifierFirst]!.lower !== 'all');
  return excepted ? { ...c, cls: 'all-but' } : c;
}

/** "a few", "a handful", "a small number": an amount said to be small. */
function smallAmount(tokens: readonly Token[], c: Cue<ScopeClass>): boolean {
  return c.cls === 'some' && tokens[c.first]!.lower === 'a' && /^(few|handful|small)$/.test(tokens[c.first + 1]?.lower ?? '');
}

/**
 * One cue says a small amount and the other stresses one ("a handful of MPs" / "only a few MPs").
 * (A bare "few" denies many, which "a few" does not: "Few observers" / "a few observers" differ.)
 */
function smallAndFew(aTokens: readonly Token[], a: Cue<ScopeClass>, bTokens: readonly Token[], b: Cue<ScopeClass>): boolean {
  const stressed = (tokens: readonly Token[], c: Cue<ScopeClass>) => c.cls === 'few' && /^(only|just)$/.test(tokens[c.first]!.lower);
  return (stressed(aTokens, a) && smallAmount(bTokens, b)) || (stressed(bTokens, b) && smallAmount(aTokens, a));
}

/**
 * "only a few staff", "just a handful of", "only a small number of": a small amount stressed as
 * small is "few" (not many), where "a few" alone is "some".
 */
function onlySome(tokens: readonly Token[], cue: Cue<ScopeClass>): Cue<ScopeClass> {
  return cue.cls === 'some' && tokens[cue.first]!.lower === 'a' && /^(only|just)$/.test(tokens[cue.first - 1]?.lower ?? '')
    ? { ...cue, first: cue.first - 1, cls: 'few' } : cue;
}

/**
 * "all" after "of" and an amount or another scope word before it ("45% of all fares", "half of
 * all staff", "one in three of all", "the majority of all"): the whole the part is taken of.
 */
function wholeOfAShare(tokens: readonly Token[], numbers: readonly NumberMention[], cues: readonly Cue<ScopeClass>[], c: Cue<ScopeClass>): boolean {
  if (tokens[c.first]!.lower !== 'all' || tokens[c.first - 1]?.lower !== 'of') return false;
  const before = c.first - 2;
  return tokens[before]?.pos === 'NUM' || numbers.some((n) => n.last === before) || cues.some((x) => x !== c && x.last === before);
}

/** A universal of two: "both". */
function ofAPair(tokens: readonly Token[], c: Cue<ScopeClass>): boolean {
  return tokens[c.first]!.lower === 'both';
}

/** "both its name and its office": "both" pairing two phrases joined by "and", no quantity. */
function correlative(tokens: readonly Token[], c: Cue<ScopeClass>): boolean {
  if (!ofAPair(tokens, c)) return false;
  for (let k = c.last + 1; k < tokens.length && !/^(VERB|AUX|PUNCT)$/.test(tokens[k]!.pos); k++) if (tokens[k]!.lower === 'and') return true;
  return false;
}

/** "not" or "n't" right before a scope word ("not all", "not every"). */
function negatedCue(tokens: readonly Token[], c: Cue<ScopeClass>): boolean {
  return /^(not|n't)$/.test(tokens[c.first - 1]?.lower ?? '');
}

/**
 * "The wait is not the same for every vessel", "did not pay all of its staff": a universal inside
 * a predicate negated before it is partial, as "not every vessel" is. (Only the nearest predicate,
 * and only a negation before the universal: "All the staff did not strike" is left as it reads.)
 */
function partialUnderNegation(tokens: readonly Token[], syn: SentenceSyntax, c: Cue<ScopeClass>): Cue<ScopeClass> {
  if (c.cls !== 'all') return c;
  for (let h = syn.heads[c.first] ?? -1, step = 0; h >= 0 && step < 4; h = syn.heads[h] ?? -1, step++) {
    if (dependentsOf(syn, h, /^advmod$/).some((d) => d < c.first && /^(not|n't)$/.test(tokens[d]!.lower))) return { ...c, cls: 'some' };
    if (/^(VERB|AUX)$/.test(tokens[h]!.pos) || /^(root|ccomp|advcl|acl|acl:relcl|xcomp|parataxis)$/.test(syn.labels[h] ?? '')) break;
  }
  return c;
}

const ALMOST = SCOPE_CUES.filter(([, c]) => c === 'almost').map(([phrase]) => phrase.split(' '));

/**
 * "nearly all of the side", "almost every seat": a universal short of all, more than "most"
 * says and less than "every player".
 */
function nearlyAll(tokens: readonly Token[], cue: Cue<ScopeClass>): Cue<ScopeClass> {
  if (cue.cls !== 'all') return cue;
  // (A determiner may stand between: "almost their entire harvest", "nearly the whole crop".)
  const before = tokens[cue.first - 1];
  const ends = before && (POSSESSIVE_DETERMINERS.has(before.lower) || before.lower === 'the') ? [cue.first, cue.first - 1] : [cue.first];
  for (const words of ALMOST) {
    for (const end of ends) {
      const first = phraseEndingBefore(tokens, words, end);
      if (first >= 0) return { ...cue, first, cls: 'nearly-all' };
    }
  }
  return cue;
}

const HALF_BOUNDS = SCOPE_CUES.filter(([, c]) => c === 'at-least' || c === 'at-most').map(([phrase, c]) => [phrase.split(' '), c] as const);

/**
 * "more than half", "over half", "above half" are the majority; "less than half", "below half",
 * "under half" the minority, whichever word bounds the half.
 */
function boundedHalf(tokens: readonly Token[], cue: Cue<ScopeClass>): Cue<ScopeClass> {
  if (cue.cls !== 'half' || cue.first !== cue.last) return cue;
  for (const [words, c] of HALF_BOUNDS) {
    const first = phraseEndingBefore(tokens, words, cue.first);
    if (first >= 0) return { ...cue, first, cls: c === 'at-least' ? 'most' : 'minority' };
  }
  return cue;
}

/** Every scope word as the words alone read it. */
function findScopeCues(tokens: readonly Token[]): Cue<ScopeClass>[] {
  return findCues(tokens, SCOPE_ONLY, (phrase, toks, first, last) => {
    // "how many hectares are farmed" = "the number of hectares farmed", "how often storms
    // occur" = "the frequency of storms": a question of amount, no claim of one.
    if (toks[first - 1]?.lower === 'how') return null;
    // ("the complaints made most often", "more often than before": an adverb after a degree
    // word compares how often, it sets no scope of its own.)
    if (ADVERBS.has(phrase)) return /^(most|more|less|least)$/.test(toks[first - 1]?.lower ?? '') ? null : 'verb';
    // "too few crane operators", "too many patients": measured against a need (a shortage, an
    // excess), not a share of a set.
    if (toks[first - 1]?.lower === 'too') return null;
    // ("twice as many tickets as", "three times as much": a multiple, the number rule's.)
    if (/^(many|much)$/.test(phrase) && toks[first - 1]?.lower === 'as' && /^(twice|times|half)$/.test(toks[first - 2]?.lower ?? '')) return null;
    // "all while", "any time": a quantity word needs its noun right after it.
    const next = toks[last + 1];
    // (Or stands for the set named before it, as a clause's subject: "Of the 18,400 starters, all
    // made it home", "most were rescued".)
    if (first === last && /^(all|most|many|few|both|several)$/.test(phrase) && next && /^(VERB|AUX)$/.test(next.pos) &&
      (first === 0 || /^(,|;|and|but)$/.test(toks[first - 1]!.lower))) return 'self';
    if (!next || SUBORDINATORS.has(next.lower)) return null;
    // ("Certain medicines" opening a sentence may be tagged as a name.)
    if (phrase === 'certain' && toks[first]!.pos !== 'ADJ' && !(toks[first]!.text === 'Certain' && next.pos === 'NOUN')) return null;
    // "came to no harm" = "did not come to any harm": under a negation "any" is the negation's,
    // not "all" ("None of the staff came to any harm").
    if (phrase === 'any' && anyOfNegation(toks, first)) return null;
    // "the most recent survey", "the final few metres", "the many who": after a definite
    // article a scope word is a degree or picks out a known stretch, not how many of a set
    // ("the majority of", a noun, still is one).
    // (Not "the few" or "the many" right before a plural: "among the few sectors to gain" says
    // how many gained.)
    // ("the whole of Nordvik" is all of it, not a degree.)
    if (phrase === 'whole' && next.lower === 'of') return 'noun';
    const countOfPlural = /^(few|many)$/.test(phrase) && toks[first - 1]?.lower === 'the' && next.pos === 'NOUN' && next.lower !== next.lemma;
    if (first === last && toks[first]!.pos !== 'NOUN' && definiteBefore(toks, first) && !countOfPlural) return null;
    // (So does an owner's: "her last few seconds on the clock".)
    if (/^(few|many)$/.test(phrase) && ownersAmount(toks, first)) return null;
    // "named most valuable player": "most" before an adjective and a singular count noun is a
    // degree (a superlative); "most new homes", of a plural, is how many.
    // (After an owner's word or a count, always a degree: "their most preferred destinations",
    // "the three most remote airports".)
    if (phrase === 'most' && (POSSESSIVE_DETERMINERS.has(toks[first - 1]?.lower ?? '') || toks[first - 1]?.pos === 'NUM')) return null;
    if (phrase === 'most' && next.pos === 'ADJ') {
      let k = last + 1;
      while (toks[k]?.pos === 'ADJ') k++;
      const noun = toks[k];
      if (noun?.pos === 'NOUN' && noun.lemma === noun.lower && !/s$/.test(noun.lower)) return null;
    }
    // ("the two halves of Kelmouth", "both halves of the city": every part of it, no share.)
    if (phrase === 'half' && toks[first]!.lower === 'halves' && /^(two|both)$/.test(toks[first - 1]?.lower ?? '')) return null;
    if (phrase === 'third' || phrase === 'quarter' || phrase === 'half' || phrase === 'majority' || phrase === 'minority' || phrase === 'bulk') {
      // ("a quarter-point cut" is a quarter of a point.)
      // ("half their sustainable level", "half the staff": a share of what the determiner opens;
      // not "in the second half the game turned", a half that is itself a noun.)
      const shareOfPhrase = phrase === 'half' && (POSSESSIVE_DETERMINERS.has(next.lower) || /^(the|these|those)$/.test(next.lower)) && !/^(DET|ADJ|NUM)$/.test(toks[first - 1]?.pos ?? '');
      return next.lower === 'of' || next.pos === 'NOUN' || hyphenatedWithNext(toks, last) || shareOfPhrase ? 'noun' : null;
    }
    const possessive = POSSESSIVE_DETERMINERS.has(next.lower);
    // (A hyphenated word describing the noun reads as one adjective, whatever its first part's
    // tag: "some off-peak trains", "most long-haul routes".)
    const compound = hyphenatedWithNext(toks, last + 1);
    // (So does a participle before a noun: "most existing schemes", "all affected homes".)
    const participle = next.pos === 'VERB' && /(ing|ed)$/.test(next.lower) && /^(NOUN|PROPN)$/.test(toks[last + 2]?.pos ?? '');
    return next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.lower === 'of' || next.pos === 'NUM' || next.pos === 'DET' || possessive || compound || participle ? 'noun' : null;
  });
}

/** "the" just before, or "the" and one adjective ("the final few"). */
function definiteBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before?.lower === 'the') return true;
  return before?.pos === 'ADJ' && tokens[i - 2]?.lower === 'the';
}

/** An owner's word before "few" or "many", with "last" or "first" between or none: "her last few seconds", "his many friends". */
function ownersAmount(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return POSSESSIVE_DETERMINERS.has(before?.lower ?? '') || (/^(last|first|final|next)$/.test(before?.lower ?? '') && POSSESSIVE_DETERMINERS.has(tokens[i - 2]?.lower ?? ''));
}

/** Includes a hedge just before the cue: "roughly a third". */
function withHedge(tokens: readonly Token[], cue: Cue<ScopeClass>): number {
  for (const [phrase] of APPROX) {
    const words = phrase.split(' ');
    // "roughly a third": the hedge may stand before an article.
    for (const end of [cue.first, cue.first - 1]) {
      const s = phraseEndingBefore(tokens, words, end);
      if (s >= 0) return s;
    }
  }
  return cue.first > 0 && /^(a|an|the)$/.test(tokens[cue.first - 1]!.lower) ? cue.first - 1 : cue.first;
}

/**
 * Whether a scope word scopes over a set of things, read from the parse: not when its noun is
 * counted by a figure ("some 2,000 residents", "up to 200 people": a bound on a number, the
 * number rule's), nor when the noun phrase is a bare time or measure adverbial ("all week",
 * "every nine days": how long or how often, not how many).
 */
function scopesOverASet(tokens: readonly Token[], syntax: SentenceSyntax, numbers: readonly NumberMention[], cue: Cue<ScopeClass>): boolean {
  // Part of a figure ("seven and a half years", "a one-third stake"): the number rule's.
  // ("more than half", "over half" are scope words of their own: "the majority".)
  if (cue.last > cue.first && (cue.cls === 'most' || cue.cls === 'minority')) return true;
  // ("a half-point cut": a fraction of the unit it is joined to, however the figures read it.)
  if (/^(half|third|quarter)$/.test(cue.cls) && hyphenatedWithNext(tokens, cue.last)) return true;
  // (So is a figure's own hedge or bound: "some 420 of Redbrook's drivers" is about 420 of them.
  // Not a few left out of a set of no told size, "all but one of the economists", which is
  // nearly all of them: see nearlyAllBut.)
  const own = numbers.filter((n) => Math.min(n.first, n.qualifierFirst) <= cue.last && cue.first <= n.last);
  if (own.length && !(cue.cls === 'all-but' && own.every((n) => n.qualifier === 'all-but' && !partitiveWhole(tokens, numbers, n)))) return false;
  if (cue.anchor < 0 || cue.anchor >= syntax.heads.length) return true;
  // "several years ago" / "a number of years ago": how long ago is a count of years, compared
  // however the parse hangs the phrase.
  if (tokens[cue.anchor + 1]?.lower === 'ago') return true;
  if (/^(obl|nmod):(unmarked|tmod|npmod)$/.test(syntax.labels[cue.anchor]!)) return false;
  // ("the majority of the 1,900 people": a share of a set the figure counts, still a scope.)
  const partitive = tokens.slice(cue.last + 1, cue.anchor).some((t) => t.lower === 'of');
  for (let i = 0; i < syntax.heads.length && !partitive; i++) {
    if (syntax.heads[i] === cue.anchor && syntax.labels[i]!.startsWith('nummod') && i > cue.last) return false;
  }
  return true;
}

/**
 * A scope word whose noun the words alone did not find (the tokenizer read "spills" in "most of
 * the spills" as a verb): the noun its "of" phrase names, or the noun it modifies, in the parse.
 */
function anchoredByParse(tokens: readonly Token[], syntax: SentenceSyntax, cue: Cue<ScopeClass>): Cue<ScopeClass> {
  if (cue.anchor >= 0 || cue.first !== cue.last || cue.last >= syntax.heads.length) return cue;
  const nominal = (i: number) => syntax.tags[i] === 'NOUN' || syntax.tags[i] === 'PROPN';
  // (Or the people a demonstrative points to with what describes them: "most of those affected".)
  const pointed = (i: number) => /^(those|these)$/.test(tokens[i]!.lower) && syntax.heads.some((h, d) => h === i && d > i && /^(acl|amod)/.test(syntax.labels[d]!));
  const of = syntax.heads.findIndex((h, d) => h === cue.last && d > cue.last && (nominal(d) || pointed(d)) && /^nmod/.test(syntax.labels[d]!) && markedBy(syntax, tokens, d, 'of'));
  if (of >= 0) return { ...cue, anchor: of };
  const head = syntax.heads[cue.last]!;
  if (head > cue.last && nominal(head) && /^(det|amod)$/.test(syntax.labels[cue.last]!)) return { ...cue, anchor: head };
  // "All five had been hand-reared": a number with no noun is the set itself.
  if (syntax.tags[cue.last + 1] === 'NUM' && !nominal(cue.last + 2)) return { ...cue, anchor: cue.last + 1 };
  return cue;
}

/**
 * "All but one of the economists surveyed" (a set whose size is not told) says nearly all of
 * them, as "almost every economist" does. (With the size told, "all but two of the 14
 * stations", the number rule compares the count.)
 */
function nearlyAllBut(cue: Cue<ScopeClass>): Cue<ScopeClass> {
  return cue.cls === 'all-but' ? { ...cue, cls: 'nearly-all' } : cue;
}

/** "the entire year", "the whole village", "the whole of England": the extent of one thing, not how many of a set. */
function extentOfOne(tokens: readonly Token[], cue: Cue<ScopeClass>): boolean {
  const t = tokens[cue.first]!;
  const noun = cue.anchor >= 0 ? tokens[cue.anchor] : undefined;
  return cue.first === cue.last && /^(entire|whole)$/.test(t.lower) && !!noun && ((noun.pos === 'NOUN' && noun.lower === noun.lemma) || noun.pos === 'PROPN');
}

/**
 * "each" and "every" distribute over the members of a set the plural already names: "14.50
 * euros for each share" = "14.50 euros a share", "lifts at each end" = "lifts at both ends".
 * Dropped or added alone they change no scope; replaced by another scope word they do.
 */
function distributive(tokens: readonly Token[], cue: Cue<ScopeClass>): boolean {
  // So does a free-choice "any" ("Any money raised will go to the fund" = "Money raised will go").
  return cue.first === cue.last && /^(each|every|any)$/.test(tokens[cue.first]!.lower);
}

/** An "any" at `at` after a negation ("did not come to any harm"): the negation's word, not a scope. */
function anyOfNegation(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(0, at).some((t) => /^(no|not|n't|none|never|nobody|nothing|neither|nor|without)$/.test(t.lower));
}

/**
 * Whether the aligner pairs a rewrite cue's word with the same word at `k` in the source, standing
 * there for a set of its own, no word on a noun: "and some wore T-shirts" / "Some marchers wore
 * T-shirts". (Not "the most churches" / "most of the churches": a superlative on its noun.)
 */
function keptAlone(ctx: PairContext, r: Cue<ScopeClass>, k: number): boolean {
  // (By the words, not the parse, which may take "wore" in "some wore T-shirts" for an adjective.)
  return ctx.sTok[k]!.lower === ctx.rTok[r.first]!.lower && ctx.sTok[k - 1]?.lower !== 'the' && !/^(NOUN|PROPN|ADJ|NUM)$/.test(ctx.sTok[k + 1]?.pos ?? '');
}

/** Whether a rewrite cue's word is kept alone (keptAlone) at a source word outside the source cue `s`. */
function keptOutside(ctx: PairContext, r: Cue<ScopeClass>, s: Cue<ScopeClass>): boolean {
  const k = ctx.match.rToS[r.first] ?? -1;
  return k >= 0 && (k < s.first || k > s.last) && keptAlone(ctx, r, k);
}

export const quantifierRule: PairRule = (ctx) => {
  const out: RawFinding[] = [];
  const rNumbers = findNumbers(ctx.rTok);
  const sNumbers = findNumbers(ctx.sTok);
  let rCues = findScope(ctx.rTok);
  let sCues = findScope(ctx.sTok);
  if (rCues.length || sCues.length) {
    const rSyntax = ctx.syntax.rewrite();
    const sSyntax = ctx.syntax.source();
    rCues = rCues.map((c) => anchoredByParse(ctx.rTok, rSyntax, c)).filter((c) => scopesOverASet(ctx.rTok, rSyntax, rNumbers, c)).map(nearlyAllBut);
    sCues = sCues.map((c) => anchoredByParse(ctx.sTok, sSyntax, c)).filter((c) => scopesOverASet(ctx.sTok, sSyntax, sNumbers, c)).map(nearlyAllBut);
    // (Against a partial scope only: against "paid all of its staff" the negation is the change.)
    const rPartial = rCues.some((c) => c.cls === 'some');
    if (sCues.some((c) => c.cls === 'some')) rCues = rCues.map((c) => partialUnderNegation(ctx.rTok, rSyntax, c));
    if (rPartial) sCues = sCues.map((c) => partialUnderNegation(ctx.sTok, sSyntax, c));
    // An emphatic "entire"/"whole" added or dropped alone says nothing of how many; against
    // another scope word ("most of the afternoon" / "the whole afternoon") it is compared.
    const rAlone = rCues.filter((c) => !extentOfOne(ctx.rTok, c));
    const sAlone = sCues.filter((c) => !extentOfOne(ctx.sTok, c));
    if (sAlone.length === 0) rCues = rAlone;
    if (rAlone.length === 0) sCues = sAlone;
  }
  // (A small amount said as one, "a handful of MPs" / "only a few MPs", is "few" as well as "some".)
  const rHas = (c: Cue<ScopeClass>) => rCues.some((x) => x.cls === c.cls || smallAndFew(ctx.rTok, x, ctx.sTok, c));
  const sHas = (c: Cue<ScopeClass>) => sCues.some((x) => x.cls === c.cls || smallAndFew(ctx.sTok, x, ctx.rTok, c));
  const reported = new Set<Cue<ScopeClass>>();
  // "half" / "50%": a share written as a figure is the number rule's to compare.
  const rShares = rNumbers.filter((n) => n.unit === '%');
  const sShares = sNumbers.filter((n) => n.unit === '%');
  // A scope phrase that is a figure's bound ("more than half") kept with the same figure ("half"):
  // the number rule reports the bound dropped.
  // (Or where the rewrite split the sentence and another of its pieces tells the figure: "A review
  // … is expected. … where the pair's market share tops 50 per cent" / "… expected to review …,
  // where the two chains hold more than half of the market".)
  const siblingNumbers = ctx.siblings.flatMap((x) => findNumbers(x.tokens));
  const boundOfSameAmount = (c: Cue<ScopeClass>, keeps: (r: NumberMention) => boolean = () => true) =>
    sNumbers.some((n) => n.qualifierFirst <= c.last && c.first <= n.last && [rNumbers, siblingNumbers].some((told) => told.some((r) => sameAmount(r, n) && keeps(r))));
  const FRACTION_CLASSES = new Set<ScopeClass>(['half', 'third', 'quarter', 'two-thirds', 'three-quarters']);
  // (Not a part the source states of the same whole, elsewhere in a merge: "converted all three
  // of the home side's tries. Rovers converted two of their three tries.")
  const statedPart = (part: NumberMention, whole: NumberMention) => sNumbers.some((n) => {
    const w = sameAmount(n, part) ? partitiveWhole(ctx.sTok, sNumbers, n) : undefined;
    return !!w && sameAmount(w, whole);
  });
  const partsOfStatedWholes = rNumbers.flatMap((part) => {
    const whole = partitiveWhole(ctx.rTok, rNumbers, part);
    return whole && sNumbers.some((n) => sameAmount(n, whole)) && !statedPart(part, whole) ? [{ share: (100 * part.value!) / whole.value!, span: spanOf(ctx.rTok.slice(part.qualifierFirst, whole.last + 1)) }] : [];
  });
  // (A figure's bound the rewrite puts after the same figure: "no more than 610,000 tonnes" /
  // "610,000 tonnes at most".)
  const boundKept = (c: Cue<ScopeClass>) => boundOfSameAmount(c, (r) => r.qualifier === c.cls);
  for (const s of sCues) {
    if (rHas(s) || s.anchor < 0 || boundKept(s) || correlative(ctx.sTok, s) || wholeOfAShare(ctx.sTok, sNumbers, sCues, s)) continue;
    // (A fraction against a count of the same whole, "a quarter of its 4,800 staff" / "1,600 of
    // its 4,800 staff", is the number rule's too: it compares the count the share comes to.)
    if (FRACTION_CLASSES.has(s.cls) && (rShares.length > 0 || partsOfStatedWholes.length > 0)) continue;
    // The scope word itself is still there, read otherwise on the rewrite side ("bars them from
    // deleting any of the data" -> "may not delete any of the data").
    // (Or its scope word proper, past a stress on it: "only a few days" / "just a few days".)
    const keptAt = (k: number) => { const r = ctx.match.sToR[k] ?? -1; return r >= 0 && ctx.rTok[r]!.lower === ctx.sTok[k]!.lower; };
    if (keptAt(s.first) || (s.first < s.last && keptAt(s.last) && !/^(DET|ADP)$/.test(ctx.sTok[s.last]!.pos))) continue;
    const rAt = ctx.match.sToR[s.anchor] ?? -1;
    // (Not where the cue on the same word is one whose own word the aligner pairs with the same
    // word elsewhere in the source: "Many marchers pushed prams, and some wore T-shirts" / "Some
    // marchers wore T-shirts".)
    if (rCues.some((r) => rAt >= 0 && r.anchor === rAt && keptOutside(ctx, r, s))) continue;
    // (A cue on the same word is this one's replacement, though the source has its class
    // elsewhere: "was rarely called out to so many people" / "was often called out to this many".)
    let rCue = rCues.find((r) => rAt >= 0 && r.anchor === rAt && (!sHas(r) || !sCues.some((x) => x.cls === r.cls && x.anchor === s.anchor)));
    if (!rCue) {
      const hunk = hunkOfSource(ctx, s.first);
      rCue = hunk ? rCues.find((r) => !sHas(r) && hunk.r.includes(r.first)) : undefined;
    }
    // (Or a cue that keeps one of its words, on a noun said otherwise: "nearly all of the roles"
    // -> "all of the positions".)
    if (!rCue) {
      const keptWords = ctx.sTok.slice(s.first, s.last + 1).map((_, k) => ctx.match.sToR[s.first + k] ?? -1).filter((i) => i >= 0);
      rCue = rCues.find((r) => !sHas(r) && (ctx.match.rToS[r.anchor] ?? -1) < 0 && keptWords.some((i) => i >= r.first && i <= r.last));
    }
    // (Or the cue on the set the same act is told of next, the set named otherwise: "only a
    // minority of the affected workers would be offered jobs" / "the majority of those affected
    // will be offered posts".)
    if (!rCue) {
      const sVerb = nextPairedVerb(ctx.sTok, s.last, ctx.match.sToR, ctx.rTok);
      const rVerb = sVerb >= 0 ? ctx.match.sToR[sVerb]! : -1;
      rCue = rVerb < 0 ? undefined : rCues.find((r) => !sHas(r) && (ctx.match.rToS[r.anchor] ?? -1) < 0 && r.last < rVerb &&
        nextPairedVerb(ctx.rTok, r.last, ctx.match.rToS, ctx.sTok) === rVerb);
    }
    // (Or the cue on a set that shares a describing word with this one's, told of another act:
    // "would write to all affected customers" / "most of those affected will get a letter".)
    if (!rCue && s.anchor >= 0) {
      const setOf = (syn: SentenceSyntax, tokens: readonly Token[], c: Cue<ScopeClass>) => subtreeOf(syn, c.anchor).filter((k) => (k < c.first || k > c.last) && isContentToken(tokens[k]!));
      // (By word or lemma: the tagger may lemmatise one "affected" and not the other.)
      const sSet = new Set(setOf(ctx.syntax.source(), ctx.sTok, s).flatMap((k) => [ctx.sTok[k]!.lemma, ctx.sTok[k]!.lower]));
      rCue = rCues.find((r) => !sHas(r) && r.anchor >= 0 && (ctx.match.rToS[r.anchor] ?? -1) < 0 && setOf(ctx.syntax.rewrite(), ctx.rTok, r).some((i) => sSet.has(ctx.rTok[i]!.lemma) || sSet.has(ctx.rTok[i]!.lower)));
    }
    const sSpan = spanOf(ctx.sTok.slice(withHedge(ctx.sTok, s), s.last + 1));
    // "every one of its 14 branches will close" -> "Nine of its 14 branches will close": a count
    // of a whole the source states is a share of it, against the scope word it replaced ("Most
    // of the 14" / "Nine of the 14" say the same; a word as vague as "some" contradicts none).
    const part = !rCue ? partsOfStatedWholes[0] : undefined;
    if (part) {
      const range = SHARE_RANGES[s.cls];
      if (range && (part.share < range[0] || part.share > range[1])) push(ctx, out, sSpan, part.span);
      continue;
    }
    if (rCue) {
      reported.add(rCue);
      push(ctx, out, sSpan, spanOf(ctx.rTok.slice(withHedge(ctx.rTok, rCue), rCue.last + 1)));
    } else if (rAt >= 0 && !distributive(ctx.sTok, s) && !sameSenseIn(ctx, s, hunkOfSource(ctx, s.first)?.r) && !boundOfSameAmount(s)) {
      // The scope word was dropped: "most voters" -> "voters". (Or put as a count: "a handful of
      // fishing villages" -> "11 fishing villages"; or as a share, which says the same only
      // within the word's range: "a majority of members" = "60 per cent of members", not
      // "half of the members"; a word as vague as "many" holds no share.)
      const count = rNumbers.find((n) => n.last < rAt && (n.last >= rAt - 3 || (n.last >= rAt - 6 && ctx.rTok[n.last + 1]?.lower === 'of')) && (n.unit === null || n.unit === '%'));
      // "all poultry in the district must be kept indoors" -> "poultry throughout the district",
      // "all winter sailings" -> "winter sailings would be scrapped (altogether)": a bare or
      // definite plural is the whole set already; only "all" put as a count changes it.
      if (s.cls === 'all' && !count) continue;
      // (Nor "all" put as the count the source gives the same set: "All pupils in years 9 and 10 –
      // about 21,000 young people" / "21,000 pupils".)
      if (s.cls === 'all' && count && sNumbers.some((n) => n.first > s.last && ctx.sTok[n.last + 1]?.lower !== 'of' && sameAmount(n, count))) continue;
      // ("Both riders" / "the two riders": the whole pair counted.)
      if (ofAPair(ctx.sTok, s) && count?.value === 2 && count.first === rAt - 1) continue;
      if (count?.unit === '%' && count.value !== null && (count.qualifier === null || count.qualifier === 'about') && withinShare(s.cls, count.value)) continue;
      // ("Hardly any rain" / "almost no rain", "almost none of the staff": few, said as a denial.)
      if (s.cls === 'few' && nearlyNoneBefore(ctx.rTok, rAt)) continue;
      push(ctx, out, { start: ctx.sTok[withHedge(ctx.sTok, s)]!.start, end: ctx.sTok[s.anchor]!.end }, spanOf(ctx.rTok.slice(count ? count.qualifierFirst : rAt, rAt + 1)));
    }
  }
  // A share of something dropped while the something stays: "made up half of the firm's
  // income" -> "made up the firm's income" claims the whole.
  if (rShares.length === 0) {
    for (const share of sShares) {
      if (siblingNumbers.some((n) => n.unit === '%' && n.value === share.value)) continue;
      // ("two in five existing schemes": a ratio takes its noun with no "of".)
      const of = ctx.sTok[share.last + 1]?.lower === 'of' ? 1 : 0;
      if (!of && !ctx.sTok.slice(share.first, share.last + 1).some((t) => t.lower === 'in')) continue;
      let noun = ctx.sTok.findIndex((t, i) => i > share.last + of && i <= share.last + 6 && (t.pos === 'NOUN' || t.pos === 'PROPN'));
      // The whole noun phrase: "radio rental's income", "the company's 310 daily services" (an
      // owner's words, then the figures and adjectives of what it owns).
      while (noun >= 0) {
        let k = noun + 1;
        // (A participle among them describes: "the hospital's eleven operating theatres".)
        const describing = (j: number) => { const t = ctx.sTok[j]; return !!t && (/^(NUM|ADJ)$/.test(t.pos) || (t.pos === 'VERB' && /(ing|ed)$/.test(t.lower) && /^(NOUN|PROPN)$/.test(ctx.sTok[j + 1]?.pos ?? ''))); };
        if (ctx.sTok[noun]!.pos === 'PART') while (describing(k)) k++;
        if (!/^(NOUN|PROPN|PART)$/.test(ctx.sTok[k]?.pos ?? '')) break;
        noun = k;
      }
      const rAt = noun >= 0 ? ctx.match.sToR[noun] ?? -1 : -1;
      // Another scope word on it says how much instead ("a majority of the region's growers"),
      // and a fraction says how much as the figure did or not ("a quarter of a percentage point"
      // / "a quarter-point cut", not "a half-point cut").
      if (rAt < 0) continue;
      const instead = rCues.find((c) => c.anchor <= rAt && c.last >= rAt - 6);
      if (instead) {
        reported.add(instead);
        const part = FRACTION_PERCENT[instead.cls];
        // A figure put as a word for a range of shares loses the figure ("62%" / "most", "two in
        // five" / "most"), and a bound put as a share drops the bound ("more than half" / "half");
        // only a bound the word says as well is the same claim ("more than half" / "the
        // majority", "fewer than half" / "a minority").
        const v = share.value;
        if (v === null) continue;
        const range = SHARE_RANGES[instead.cls];
        const bounded = share.qualifier === 'at-least' || share.qualifier === 'at-most';
        const [lo, hi] = share.qualifier === 'at-least' ? [v, 100] : share.qualifier === 'at-most' ? [0, v] : [v, v];
        const changed = part !== undefined ? Math.abs(part - v) > 0.5 || bounded : range !== undefined && !(bounded && lo >= range[0] && hi <= range[1]);
        if (changed) push(ctx, out, spanOf(ctx.sTok.slice(share.qualifierFirst, share.last + 1)), spanOf(ctx.rTok.slice(withHedge(ctx.rTok, instead), instead.last + 1)));
        continue;
      }
      // (Nor the share told as the count it comes to: "Half of the valley's 600 pickers" / "Of
      // the valley's 600 pickers, 300"; a count of the same whole that does not come to it, "1,600
      // of its 4,800", is a number changed, the number rule's.)
      const whole = sNumbers.find((n) => n.first > share.last && n.last <= noun && n.value !== null && n.unit === null);
      const countOfWhole = (n: NumberMention) => { const w = partitiveWhole(ctx.rTok, rNumbers, n); return !!w && sameAmount(w, whole!); };
      // (A hedged share as the count it comes to, hedged alike: "around half of the 180 posts" /
      // "around 90 of the 180 posts".)
      // (And a bounded share as a count of the whole inside the bound: "Fewer than half of the
      // hospital's eleven theatres" / "no more than five of the hospital's eleven".)
      const insideBound = (n: NumberMention) => {
        if (!countOfWhole(n) || share.value === null || (n.qualifier !== null && n.qualifier !== share.qualifier)) return false;
        const pct = (100 * n.value!) / whole!.value!;
        return share.qualifier === 'at-most' ? pct < share.value : share.qualifier === 'at-least' && pct > share.value;
      };
      if (whole && rNumbers.some((n) => (n.qualifier === share.qualifier && comesTo(n, share, whole)) || (share.qualifier === null && countOfWhole(n)) || insideBound(n))) continue;
      const rFirst = ctx.match.sToR[share.last + 1 + of] ?? -1;
      push(ctx, out, spanOf(ctx.sTok.slice(share.qualifierFirst, noun + 1)), spanOf(ctx.rTok.slice(rFirst >= 0 && rFirst <= rAt ? rFirst : rAt, rAt + 1)));
    }
  }
  for (const r of rCues) {
    if (reported.has(r) || sHas(r) || r.anchor < 0) continue;
    if (FRACTION_CLASSES.has(r.cls) && sShares.length > 0) continue;
    const sAt = ctx.match.rToS[r.anchor] ?? -1;
    if (sAt < 0 || distributive(ctx.rTok, r)) continue;
    // (Nor its own word, which the aligner pairs with the same word in the source, read there
    // with no set of its own: "and some wore T-shirts" / "Some marchers wore T-shirts".)
    const keptAs = ctx.match.rToS[r.first] ?? -1;
    if (keptAs >= 0 && keptAlone(ctx, r, keptAs)) continue;
    // "rents, footfall and a failed move had all hit the chain": a universal floated after an
    // auxiliary ranges over the clause's subject, a list or a plural that is the whole set
    // already (as a dropped "all" on a plural is, above).
    if (r.cls === 'all' && r.first === r.last && ctx.rTok[r.first - 1]?.pos === 'AUX') continue;
    // ("the 18,400 volunteers, all of them aged 60 or older": so does one in an aside on a
    // pronoun for the set just named, which describes that whole set, unless the source tells
    // that set's share of it and the rewrite nowhere does: "half of them were aged 60 or older".)
    if (r.cls === 'all' && ctx.rTok[r.first - 1]?.text === ',' && ctx.rTok[r.anchor]!.pos === 'PRON') {
      const share = ctx.sTok[sAt - 1]?.lower === 'of' ? ctx.sTok[sAt - 2]!.lower : undefined;
      if (share === undefined || ctx.rTok.some((t) => t.lower === share)) continue;
    }
    // (The same scope word in the source, read there as a figure's: "All 22 crew members" /
    // "none needed treatment and all were reported safe".)
    const own = ctx.match.rToS[r.first] ?? -1;
    if (own >= 0 && ctx.sTok[own]!.lower === ctx.rTok[r.first]!.lower && ctx.sTok[own + 1]?.pos === 'NUM') continue;
    // "had not needed to move any pupils" -> "had needed to move some pupils": "some" is what
    // a negation's "any" says without it; the change is the negation's, reported as such.
    if (ctx.rTok[r.first]!.lower === 'some' && ctx.sTok[sAt - 1]?.lower === 'any' && anyOfNegation(ctx.sTok, sAt - 1)) continue;
    // ("very few tickets" / "hardly any tickets", read as the negation's "any" after "Nobody …".)
    if (r.cls === 'few' && nearlyNoneBefore(ctx.sTok, sAt)) continue;
    // "No patients died" -> "All patients survived": a universal where the source says "no" of
    // the same set is the negation's to weigh (the same claim with the opposite predicate, or
    // a negation lost); it adds no scope the source left open.
    // (Anywhere in the noun's phrase before it: "None of the orchestra's 78 players".)
    if (r.cls === 'all' && ctx.sTok.slice(Math.max(0, sAt - 7), sAt).some((t, k, before) => NEGATED_QUANTIFIERS.has(t.lower) && !before.slice(k).some((x) => /^(VERB|AUX)$/.test(x.pos)))) continue;
    // "All five crew" / "all five of the trawler's crew": the same word on the same figure, which
    // the source reads as the figure's (the number rule compares it).
    const figure = rNumbers.find((n) => n.first === r.last + 1);
    if (figure && sNumbers.some((n) => sameAmount(n, figure) && ctx.sTok[n.first - 1]?.lower === ctx.rTok[r.last]!.lower)) continue;
    // "the five" / "all five" say the whole set alike; "Two of the five" / "all five" do not: a
    // count of the source's set is put as all of it.
    const whole = figure && sNumbers.find((n) => sameAmount(n, figure) && ctx.sTok[n.first - 1]?.lower === 'the');
    if (whole) {
      const count = ctx.sTok[whole.first - 2]?.lower === 'of' ? sNumbers.find((n) => n.last === whole.first - 3) : undefined;
      if (r.cls === 'all' && count) push(ctx, out, spanOf(ctx.sTok.slice(count.first, whole.last + 1)), spanOf(ctx.rTok.slice(r.first, figure.last + 1)));
      continue;
    }
    // "45% of fares" / "45% of all fares", "half of the staff" / "half of all staff": the whole a
    // share is taken of, said whole.
    if (wholeOfAShare(ctx.rTok, rNumbers, rCues, r)) continue;
    // "the two sides" / "both sides", "each side" / "both sides": a "both" added says the set is
    // a pair, not how much of it (only "both" said otherwise is compared, above).
    if (ofAPair(ctx.rTok, r)) continue;
    // "would give money to the station" -> "some of the money will go to the station": a bare
    // noun that is not a clause's subject tells some of the thing, not all of it.
    // (So do "many" and "numerous": "discussed topics" / "discussed numerous topics".)
    if ((r.cls === 'some' || r.cls === 'many') && existentialBareNoun(ctx.sTok, ctx.syntax.source(), sAt)) continue;
    // (Nor one the source gives the same noun in another of its sentences: "Most households in the
    // borough are in Band B" / "Band B, the band that most of the borough's households fall into",
    // aligned with "Bills will be posted to households".)
    if (sourceScopes(ctx).has(`${r.cls} ${ctx.rTok[r.anchor]!.lemma}`)) continue;
    push(ctx, out, spanOf([ctx.sTok[sAt]!]), { start: ctx.rTok[withHedge(ctx.rTok, r)]!.start, end: ctx.rTok[r.anchor]!.end });
  }
  // "Not every property can be connected" / "None of the properties can be connected": a negated
  // universal denies the act of part of the set, "no" and "none of" of all of it.
  const partial = (tokens: readonly Token[], c: Cue<ScopeClass>) => c.cls === 'some' && c.anchor >= 0 && negatedCue(tokens, c);
  const exchange = (pTokens: readonly Token[], pCues: readonly Cue<ScopeClass>[], toOther: ArrayLike<number>, tTokens: readonly Token[], tSyn: SentenceSyntax, partialIsSource: boolean) => {
    for (const c of pCues) {
      if (!partial(pTokens, c)) continue;
      const at = toOther[c.anchor] ?? -1;
      const total = at >= 0 ? totalNegationOf(tTokens, tSyn, at) : -1;
      if (total < 0) continue;
      const pSpan = spanOf(pTokens.slice(c.first - 1, c.anchor + 1));
      const tSpan = spanOf(tTokens.slice(Math.min(total, at), Math.max(total, at) + 1));
      if (partialIsSource) push(ctx, out, pSpan, tSpan);
      else push(ctx, out, tSpan, pSpan);
    }
  };
  if (sCues.length) exchange(ctx.sTok, sCues, ctx.match.sToR, ctx.rTok, ctx.syntax.rewrite(), true);
  if (rCues.length) exchange(ctx.rTok, rCues, ctx.match.rToS, ctx.sTok, ctx.syntax.source(), false);
  return out;
};

/**
 * Each scope word of the source document with the first noun after it, as "class lemma" ("most
 * household"), read from the words alone (no parse of sentences the pair does not hold).
 */
function sourceScopes(ctx: PairContext): ReadonlySet<string> {
  return ctx.memo('source-scope-nouns', () => new Set(ctx.source.sentences.flatMap((x) => findScope(x.tokens).flatMap((c) => {
    const noun = x.tokens.slice(c.last + 1, c.last + 6).find((t) => t.pos === 'NOUN');
    return noun ? [`${c.cls} ${noun.lemma}`] : [];
  }))));
}

/** The word that says "none" of a noun: "no" before it, or the "none" whose "of" phrase it is; -1 if none does. */
function totalNegationOf(tokens: readonly Token[], syn: SentenceSyntax, noun: number): number {
  const no = dependentsOf(syn, noun, /^det$/).find((d) => tokens[d]!.lower === 'no');
  if (no !== undefined) return no;
  const h = syn.heads[noun] ?? -1;
  return h >= 0 && h < noun && tokens[h]!.lower === 'none' && markedBy(syn, tokens, noun, 'of') ? h : -1;
}

/**
 * The first verb after word i, within its clause's reach, that the aligner pairs with a verb of
 * the other text (an adjective or a participle read as one on a side only is skipped), or -1.
 */
function nextPairedVerb(tokens: readonly Token[], i: number, map: ArrayLike<number>, other: readonly Token[]): number {
  for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
    if (/^[;.:!?]$/.test(tokens[k]!.text)) return -1;
    const o = map[k] ?? -1;
    if (tokens[k]!.pos === 'VERB' && o >= 0 && other[o]!.pos === 'VERB') return k;
  }
  return -1;
}

/** A noun with no determiner, number or owner, not a clause's subject: "give money", "hire staff". */
function existentialBareNoun(tokens: readonly Token[], syn: SentenceSyntax, at: number): boolean {
  if (syn.tags[at] !== 'NOUN' || /^(nsubj|csubj)/.test(syn.labels[at] ?? '')) return false;
  return !dependentsOf(syn, at, /^(det|nummod|nmod:poss|det:poss)$/).length && !/^(the|a|an|this|that|these|those|its|their|his|her|our|all|every|each)$/.test(tokens[at - 1]?.lower ?? '');
}

/** What a fraction word is as a share. */
const FRACTION_PERCENT: Partial<Record<ScopeClass, number>> = { half: 50, third: 100 / 3, quarter: 25, 'two-thirds': 200 / 3, 'three-quarters': 75 };

/**
 * The shares a scope word can stand for, in per cent: "most" is more than half, "a minority"
 * less, "nearly all" most of the whole. Words as vague as "some", "many" and "few"
 * contradict no share.
 */
const SHARE_RANGES: Partial<Record<ScopeClass, readonly [number, number]>> = { all: [100, 100], 'nearly-all': [80, 100], most: [50, 100], minority: [0, 50] };

/** Whether a share in per cent is one a scope word says: "most" is more than half, "a minority" less. */
function withinShare(cls: ScopeClass, share: number): boolean {
  const range = SHARE_RANGES[cls];
  if (!range) return false;
  if (cls === 'most') return share > 50 && share <= range[1];
  if (cls === 'minority') return share < 50 && share >= range[0];
  return share >= range[0] && share <= range[1];
}

/** A one-word scope cue told by a word of the same sense in the stretch that replaced it ("too often" / "too frequently"). */
function sameSenseIn(ctx: PairContext, cue: Cue<ScopeClass>, stretch: readonly number[] | undefined): boolean {
  if (cue.first !== cue.last || !stretch) return false;
  const word = ctx.sTok[cue.first]!;
  return stretch.some((i) => ctx.rTok[i]!.pos === word.pos && mayMeanTheSame(ctx.rTok[i]!.lemma, word.lemma));
}

function push(ctx: PairContext, out: RawFinding[], sSpan: { start: number; end: number }, rSpan: { start: number; end: number }): void {
  const idx = rewriteTokensIn(ctx, rSpan);
  if (idx.some((i) => ctx.claimed.has(i))) return;
  claim(ctx, idx);
  out.push(replacement(ctx, 'quantifier', 'Quantifier', rSpan, sSpan));
}
