// `number`: an amount, count, percentage or measure that differs from the source's; and
// `quantifier` when the amount is the same but its bound or hedge changed ("at least 12" vs "12").
import { claim, hunkOfRewrite, replacement, spanOf, type PairContext, type PairRule, type RawFinding } from '../context';
import { clockAsDurations, comparableAmounts, countedAfter, endOfRange, findNumbers, inSeconds, locatedNumbers, oneWholeUnitIn, partitiveWhole, periodOfRate, sameAmount, vaguelyCounts, unitOf, sameRate, shareWhole, type NumberMention } from '../mentions/numbers';
import { compareMentions } from './pairMentions';
import { toldAct } from './negation';
import { multipleAfter, MULTIPLYING_VERBS, ratioAfter, workedOutFrom } from '../mentions/arithmetic';
import { hyphenatedWithNext, type Token } from '../tokens';
import { isEventNoun, isMotionVerb, isTimeNoun, samePredicate } from '../wordnet';
import { areAntonyms, CERTAINTY_CUES, REMAINDER_WORDS, SCOPE_CUES } from '../lexicon';
import { dependentsOf, dominates, subjectScope } from '../syntax/tree';
import { findDates, lengthsBetween } from '../mentions/dates';
import type { SentenceSyntax } from '../syntax/index';
import { isHeadline } from '../document';
import { pointsBack, workedOutFromSentence } from '../restatedFigures';

/** The source's amounts, shared with analyze.ts under the same memo key. */
function sourceNumbers(ctx: PairContext) {
  return ctx.memo('source-numbers', () => locatedNumbers(ctx.source.sentences));
}

/**
 * The name an amount describes, as news gives an age: "31-year-old father Bima" (the amount, its
 * unit and describing words, then the name) or "Bima, 31," (the name, then the amount set off
 * by commas). Lower-case name words; none for any other amount.
 */
function nameDescribed(tokens: readonly Token[], m: NumberMention): string[] {
  let k = m.last + 1;
  while (k < m.last + 7 && (tokens[k]?.text === '-' || /^(ADJ|NOUN)$/.test(tokens[k]?.pos ?? ''))) k++;
  const after: string[] = [];
  if (k > m.last + 1) while (tokens[k]?.pos === 'PROPN') after.push(tokens[k++]!.lower);
  if (after.length) return after;
  if (tokens[m.first - 1]?.text !== ',' || !/^[,.;]$|^$/.test(tokens[m.last + 1]?.text ?? '')) return [];
  const before: string[] = [];
  for (let j = m.first - 2; tokens[j]?.pos === 'PROPN'; j--) before.push(tokens[j]!.lower);
  return before;
}

/** An amount describing a name that the source gives the same name somewhere: a detail moved. */
function describesNameAsSource(ctx: PairContext, r: NumberMention): boolean {
  const names = nameDescribed(ctx.rTok, r);
  return names.length > 0 && r.value !== null && ctx.source.sentences.some((sentence) => findNumbers(sentence.tokens).some((s) =>
    s.value === r.value && nameDescribed(sentence.tokens, s).some((w) => names.includes(w))));
}

const DURATION_UNITS = new Set(['year', 'decade', 'month', 'fortnight', 'week', 'day', 'hour', 'minute', 'second']);

/**
 * Whether an amount is a length of time: in a unit of time, or counting periods WordNet knows
 * as such ("four seasons"), itself or as the first end of a range ("three to four years").
 */
function lengthOfTime(tokens: readonly Token[], m: NumberMention): boolean {
  if (m.unit) return DURATION_UNITS.has(m.unit);
  let k = m.last + 1;
  if (/^(to|-|–|or)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.pos === 'NUM') k += 2;
  // (Past the words describing it: "three academic years".)
  while (tokens[k]?.pos === 'ADJ' && k <= m.last + 3) k++;
  const counted = tokens[k];
  return !!counted && counted.pos === 'NOUN' && (DURATION_UNITS.has(counted.lemma) || isTimeNoun(counted.lemma));
}

/** The bound on an amount; "over ten days" is a duration, not "more than ten days" (but "at least ten days" is a bound). */
function boundOf(tokens: readonly Token[], m: NumberMention): NumberMention['qualifier'] {
  if (m.qualifier === 'at-least' && tokens[m.qualifierFirst]?.lower === 'over' && lengthOfTime(tokens, m)) return null;
  // "fares would be capped at £2", "limited to 40 people": a verb that sets a ceiling bounds the
  // amount it sets, as "no more than £2" does.
  if (m.qualifier === null && /^(at|to)$/.test(tokens[m.qualifierFirst - 1]?.lower ?? '') && CEILING_VERBS.has(tokens[m.qualifierFirst - 2]?.lemma ?? '')) return 'at-most';
  // "within a 2-kilometre radius" is "within 2 km": the bound on the phrase the amount describes.
  if (m.qualifier === null && /^(an?|the)$/.test(tokens[m.qualifierFirst - 1]?.lower ?? '') && tokens[m.qualifierFirst - 2]?.lower === 'within') return 'at-most';
  // "every one of them except one", "all the stations but two": an exception to a universal a
  // few words before it, in the same phrase, counts what is left, as "all but one" does.
  if (m.qualifier === null && /^(except|but)$/.test(tokens[m.qualifierFirst - 1]?.lower ?? '')) {
    for (let k = m.qualifierFirst - 2; k >= 0 && k >= m.qualifierFirst - 7; k--) {
      if (/^(all|every|each|everyone|everybody)$/.test(tokens[k]!.lower)) return 'all-but';
      if (/^(VERB|AUX|PUNCT|CCONJ)$/.test(tokens[k]!.pos)) break;
    }
  }
  // "could not afford more than 6%" is "could afford no more than 6%": a lower bound on what a
  // denied verb acts on sets the most it does.
  if (m.qualifier === 'at-least' && /^(more|over)$/.test(tokens[m.qualifierFirst]?.lower ?? '') && tokens[m.qualifierFirst - 1]?.pos === 'VERB' &&
    /^(not|n't|never)$/.test(tokens[m.qualifierFirst - 2]?.lower ?? '')) return 'at-most';
  return m.qualifier;
}

/**
 * The bound on an amount as its sentence reads it: boundOf's, except that "over" the parse
 * makes the preposition of the amount's noun ("a letter over two chapters", a row about them)
 * bounds nothing.
 */
function boundRead(tokens: readonly Token[], syn: SentenceSyntax, m: NumberMention): NumberMention['qualifier'] {
  if (m.qualifier === 'at-least' && tokens[m.qualifierFirst]?.lower === 'over' && m.qualifierFirst === m.first - 1 && syn.labels[m.qualifierFirst] === 'case') return null;
  // "will edge up to 61p", "the fare went up to $3": "up" the particle of a verb of moving, with
  // "to" the level a measure moved to, bounds nothing ("could face up to ten years" does, and
  // so does a count of things: "will run up to 40 trains").
  const verb = m.qualifierFirst - 1;
  if (m.qualifier === 'at-most' && m.unit !== null && tokens[m.qualifierFirst]?.lower === 'up' && /^(compound:prt|advmod)$/.test(syn.labels[m.qualifierFirst] ?? '') && syn.heads[m.qualifierFirst] === verb &&
    isMotionVerb(tokens[verb]!.lemma)) return null;
  return boundOf(tokens, m);
}

/** Verbs of going beyond the amount they take: "passed two million", "may not exceed 1.5%". */
const EXCEEDING_VERBS = new Set(['exceed', 'pass', 'top', 'surpass', 'cross']);

/** Whether an amount with no bound of its own is the object of a verb of going beyond it. */
function beyond(tokens: readonly Token[], m: NumberMention): boolean {
  return m.qualifier === null && EXCEEDING_VERBS.has(tokens[m.qualifierFirst - 1]?.lemma ?? '');
}

/** Verbs of reaching a high point, which is the most the measure came to: "gusts reaching 70mph". */
const REACHING_VERBS = new Set(['reach', 'hit', 'peak']);

/** Whether an amount is what a verb of reaching takes, right after it or its "at" ("peaked at 34C"). */
function reached(tokens: readonly Token[], m: NumberMention): boolean {
  const k = tokens[m.qualifierFirst - 1]?.lower === 'at' ? m.qualifierFirst - 2 : m.qualifierFirst - 1;
  return REACHING_VERBS.has(tokens[k]?.lemma ?? '') && tokens[k]!.pos === 'VERB';
}

/** Verbs that set an upper limit on the amount they take. */
const CEILING_VERBS = new Set(['cap', 'limit', 'restrict']);

/** "the two banks": a small count after "the" of a plural noun the source uses. */
function knownSet(ctx: PairContext, r: NumberMention): boolean {
  if (r.unit !== null || r.value === null || r.value > 12 || r.first !== r.last) return false;
  const noun = ctx.rTok[r.last + 1];
  if (ctx.rTok[r.first - 1]?.lower !== 'the') return false;
  // "trade between the two": the count alone stands for parties already named.
  if (noun && !/^(NOUN|PROPN|ADJ|NUM)$/.test(noun.pos) && r.value <= 3) return true;
  if (noun?.pos !== 'NOUN' || noun.lemma === noun.lower) return false;
  if (ctx.memo('source-lemmas', () => new Set(ctx.source.sentences.flatMap((s) => s.tokens.map((t) => t.lemma)))).has(noun.lemma)) return true;
  // ("the two firms said" for the source's "the companies said": the same set, named by the
  // word that stands in its place.)
  // (Two only: the parties of a deal, a dispute, a match; a larger count the source never gives is a detail.)
  if (r.value !== 2) return false;
  const at = ctx.match.rToS[r.last + 1] ?? -1;
  const counterparts = at >= 0 ? [at] : hunkOfRewrite(ctx, r.last + 1)?.s ?? [];
  return counterparts.some((i) => { const t = ctx.sTok[i]!; return t.pos === 'NOUN' && t.lemma !== t.lower && /^(the|both)$/.test(ctx.sTok[i - 1]?.lower ?? ''); });
}

/**
 * "The other two names on the shortlist, Spain's Íñigo Arrieta and Britain's Clare Okonedo": a
 * count of the names the sentence itself lists, joined by "and", is told by the list.
 */
function countOfListedNames(ctx: PairContext, r: NumberMention): boolean {
  if (r.unit !== null || r.value === null || r.value < 2 || r.value > 6 || r.first !== r.last) return false;
  const syn = ctx.syntax.rewrite();
  return ctx.rTok.some((t, h) => {
    if (t.pos !== 'PROPN' || syn.labels[h] === 'conj') return false;
    // (A later member may be named with its description first: "the National Pharmacy
    // Association and the patients' group Health Voices".)
    const conjuncts = dependentsOf(syn, h, /^conj$/).filter((c) => /^(PROPN|NOUN)$/.test(ctx.rTok[c]!.pos));
    return 1 + conjuncts.length === r.value && conjuncts.some((c) => dependentsOf(syn, c, /^cc$/).some((k) => ctx.rTok[k]!.lower === 'and'));
  });
}

/**
 * "Brannock has made three promises:" before a list of three items: a count of the items the
 * rewrite lists right after it, each a sentence of its own.
 */
function countOfListItems(ctx: PairContext, r: NumberMention): boolean {
  const last = ctx.rTok[ctx.rTok.length - 1];
  if (r.unit !== null || r.value === null || r.value < 2 || r.value > 12 || last?.text !== ':') return false;
  let items = 0;
  for (const next of ctx.rewrite.sentences.slice(ctx.r.index + 1)) {
    const text = ctx.rewrite.text;
    if (!/^[ \t]*([-*+•]|\d+[.)])[ \t]*$/.test(text.slice(text.lastIndexOf('\n', next.start - 1) + 1, next.start))) break;
    items++;
  }
  return items === r.value;
}

/**
 * The source writes the rewrite's figure itself, read there as something else ("in 2022", a
 * year, for "In 2022 inspectors rated", read as a count of inspectors): mentioned, whatever it counts.
 */
function sameFigure(ctx: PairContext, r: NumberMention): boolean {
  if (r.first !== r.last || !/\d/.test(ctx.rTok[r.first]!.text)) return false;
  const text = ctx.rTok[r.first]!.text;
  return ctx.memo('source-texts', () => new Set(ctx.source.sentences.flatMap((s) => s.tokens.map((t) => t.text)))).has(text);
}

/** "one minibus" for the source's "a single minibus", "one metre" for "by a metre": the article is the count. */
function oneOfSource(ctx: PairContext, r: NumberMention): boolean {
  const noun = phraseHead(ctx.rTok, r.first + 1);
  if (r.value !== 1 || r.last > r.first + 1 || noun === undefined) return false;
  // ("an extra maths lesson" / "one additional maths lesson": the describers may differ.)
  return ctx.sTok.some((t, i) => /^(a|an|single)$/.test(t.lower) && phraseHead(ctx.sTok, i + 1) === noun);
}

/**
 * "Imogen Strachan, one of the rebels" for "rebel backbencher Imogen Strachan", "two bidders,
 * one of them Halberg" for "two bidders, including Halberg": "one of" a group singles out a
 * member; it counts nothing the source could have given.
 */
function memberOfGroup(tokens: readonly Token[], r: NumberMention): boolean {
  // (So does "one of them", "one of whom" after the group it picks from.)
  return r.value === 1 && r.first === r.last && r.unit === null && tokens[r.last + 1]?.lower === 'of' && /^(the|its|their|his|her|our|those|these|them|whom|which)$/.test(tokens[r.last + 2]?.lower ?? '');
}

/**
 * "climbs three places, from seventh to fourth": a count that is the gap between two ranks the
 * rewrite's sentence states beside it (each rank compared on its own) is worked out, no detail
 * added. So is one between the ranks the source's sentence states: "climbed 33 places to 84th" /
 * "risen to 84th, up from 117th".
 */
function gapBetweenRanks(told: readonly NumberMention[], r: NumberMention): boolean {
  if (r.unit !== null || r.value === null) return false;
  const ranks = told.filter((m) => m.unit === 'ordinal' && m.value !== null);
  return ranks.some((a) => ranks.some((b) => a !== b && Math.abs(a.value! - b.value!) === r.value));
}

/** How many times a word says something happened ("reported twice" / "two reports"). */
const TIMES_WORDS: ReadonlyMap<string, number> = new Map([['once', 1], ['twice', 2], ['thrice', 3]]);

/**
 * A count the source says as a number of times: "had been reported twice" / "had received two
 * reports of the pothole". The count of acts is the count of the things they leave.
 */
function timesInWords(ctx: PairContext, r: NumberMention): boolean {
  // (The things counted right after the count, or after "of the": "scoring two of the goals" for
  // "scored twice"; or joined to it, "a two-time winner" for "has won twice".)
  const after = ctx.rTok[r.last + 1]?.text === '-' ? r.last + 2 : r.last + 1;
  const partitive = ctx.rTok[after]?.lower === 'of' && /^(the|its|their|his|her)$/.test(ctx.rTok[after + 1]?.lower ?? '') ? after + 2 : after;
  return r.unit === null && r.value !== null && ctx.rTok[partitive]?.pos === 'NOUN' && ctx.sTok.some((t) => TIMES_WORDS.get(t.lower) === r.value);
}

/**
 * "four other universities have announced cuts" for "the fifth university to announce cuts":
 * a count of others before an ordinal one more is the same count.
 */
function othersBeforeOrdinal(ctx: PairContext, r: NumberMention, src: readonly NumberMention[]): boolean {
  // (Or the ones ranked above it told by a comparison: "the second largest" = "only one fine
  // has been larger", "the second-highest fee" = "have only ever paid more for one player".)
  const comparison = ctx.rTok.some((t) => /^(ADJ|ADV)$/.test(t.pos) && (t.lower === 'more' || (/[^e]er$/.test(t.lower) && t.lemma !== t.lower)));
  return r.value !== null && r.unit === null && (ctx.rTok[r.last + 1]?.lower === 'other' || comparison) && src.some((s) => s.unit === 'ordinal' && s.value === r.value! + 1);
}

/** The head noun's lemma of the noun phrase starting at `i`: the last noun or name of its run of describers, names and nouns. */
function phraseHead(tokens: readonly Token[], i: number): string | undefined {
  let head: string | undefined;
  for (let k = i; k < tokens.length && k < i + 5 && /^(ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos); k++) if (tokens[k]!.pos !== 'ADJ') head = tokens[k]!.lemma;
  return head;
}

/**
 * "rose 4 percentage points to 17%" / "climbed 4% to 17%": a move told in points is not one told
 * in per cent (from 13% to 17% is 4 points and 31 per cent). Either way round.
 */
function pointsForPercent(ctx: PairContext, r: NumberMention, s: NumberMention): boolean {
  // (The unit is the mention's last word: the "point" of "thirty-one point two per cent" is a decimal's.)
  const said = (tokens: readonly Token[], m: NumberMention, word: RegExp) => word.test(tokens[m.last]!.lower);
  const points = /^points?$/;
  const percent = /^(%|percent|pct|cent)$/;
  return r.unit === '%' && s.unit === '%' && ((said(ctx.rTok, r, points) && said(ctx.sTok, s, percent)) || (said(ctx.sTok, s, points) && said(ctx.rTok, r, percent)));
}

/** The participles of "is thought to", "is believed to": a belief no one is named for (lexicon). */
const UNNAMED_BELIEF = new Set(CERTAINTY_CUES.flatMap(([cue, cls]) => {
  const m = /^be (\w+) to$/.exec(cue);
  return m && cls === 'alleged' ? [m[1]!] : [];
}));

/**
 * Whether a word of the source amount's hedge ("estimated") governs the rewrite amount in the
 * parse, or describes a noun that does ("at an estimated annual cost of £120m"), or a belief no
 * one is named for governs it ("thought to lose 4 million litres", "believed to be worth").
 */
function hedgeGoverns(ctx: PairContext, s: NumberMention, r: NumberMention): boolean {
  const hedgeLemmas = new Set(ctx.sTok.slice(s.qualifierFirst, s.first).map((t) => t.lemma));
  const syntax = ctx.syntax.rewrite();
  for (let x = syntax.heads[r.first] ?? -1, steps = 0; x >= 0 && steps < syntax.heads.length; x = syntax.heads[x]!, steps++) {
    if (hedgeLemmas.has(ctx.rTok[x]!.lemma) || UNNAMED_BELIEF.has(ctx.rTok[x]!.lower)) return true;
    if (syntax.tags[x] === 'NOUN' && dependentsOf(syntax, x, /^amod$/).some((d) => hedgeLemmas.has(ctx.rTok[d]!.lemma))) return true;
  }
  return false;
}

const POSSIBILITY_MODALS = new Set(['could', 'may', 'might']);

/** Words that make a figure before "than" a difference: "three more than", "£2m lower than". */
const COMPARATIVE_WORDS = /^(more|fewer|less|higher|lower|greater|larger|smaller|bigger)$/;

/** The verb an amount hangs from, within three arcs, or -1. */
function verbOver(syntax: SentenceSyntax, m: NumberMention): number {
  let v = syntax.heads[m.last] ?? -1;
  for (let steps = 0; v >= 0 && steps < 3 && syntax.tags[v] !== 'VERB'; steps++) v = syntax.heads[v]!;
  return v;
}

/**
 * Whether the act a figure hangs from is denied, on its verb or on a verb it completes ("are not
 * expected to fall below 22°C"): a bound under it says its complement ("22°C or above").
 */
function deniedOver(tokens: readonly Token[], syntax: SentenceSyntax, m: NumberMention): boolean {
  let v = verbOver(syntax, m);
  for (let steps = 0; v >= 0 && steps < 3 && /^(VERB|ADJ)$/.test(syntax.tags[v]!); steps++) {
    if (dependentsOf(syntax, v, /^advmod$/).some((d) => /^(not|n't|never)$/.test(tokens[d]!.lower))) return true;
    if (syntax.labels[v] !== 'xcomp') return false;
    v = syntax.heads[v]!;
  }
  return false;
}

/** The bound that says the same of the complement: "at least" for "at most", and back. */
function complementOf(q: NumberMention['qualifier']): NumberMention['qualifier'] {
  return q === 'at-most' ? 'at-least' : q === 'at-least' ? 'at-most' : q;
}

/**
 * "highs of 34–36°C" / "highs of up to 36C": whether a figure is the end of a range that a bound
 * `q` keeps (its top a ceiling, its bottom a floor), the range's other end told nowhere among
 * `other` ("between $3.5bn and $3.6bn" / "above $3.5bn and $3.6bn" bounds the range itself).
 */
function keepsRangeEnd(q: NumberMention['qualifier'], tokens: readonly Token[], all: readonly NumberMention[], m: NumberMention, other: readonly NumberMention[]): boolean {
  const range = endOfRange(tokens, all, m);
  return !!range && range.end === (q === 'at-most' ? 'top' : q === 'at-least' ? 'bottom' : undefined) && !other.some((x) => sameAmount(x, range.other));
}

/**
 * The verb an amount hangs from (within three arcs) when a modal of possibility governs it
 * ("could face up to"), or -1.
 */
function possibleOver(tokens: readonly Token[], syntax: SentenceSyntax, m: NumberMention): number {
  const v = verbOver(syntax, m);
  return v >= 0 && syntax.tags[v] === 'VERB' && dependentsOf(syntax, v, /^aux/).some((d) => POSSIBILITY_MODALS.has(tokens[d]!.lower)) ? v : -1;
}

/**
 * "for three hours from 2pm" for "from 2pm until 5pm": a length of time the source gives by its
 * two ends, two clock times of the sentence (across midnight too: "between 11pm and 6am").
 */
function betweenTimes(ctx: PairContext, r: NumberMention): boolean {
  const seconds = inSeconds(r);
  if (seconds === null || seconds <= 0 || seconds > 24 * 3600) return false;
  const times = findDates(ctx.sTok).flatMap((d) => d.keys).flatMap((k) => {
    const m = /^time:(\d+):(\d+)$/.exec(k);
    return m ? [Number(m[1]) * 3600 + Number(m[2]) * 60] : [];
  });
  return times.some((a, i) => times.slice(i + 1).some((b) => (b - a + 24 * 3600) % (24 * 3600) === seconds));
}

/** The day of a (common) year each month starts after. */
const MONTH_STARTS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * "for eight years until 2022" for "from 2014 to 2022", "the four-day hearing" for "opened on
 * Monday 8 April and ended on Thursday 11 April": a number of years or days the source gives by
 * its two ends, two dates the sentence names (days counted with both ends, or between them).
 */
function betweenEnds(ctx: PairContext, r: NumberMention): boolean {
  if ((r.unit !== 'year' && r.unit !== 'day') || r.value === null || !Number.isInteger(r.value)) return false;
  const keys = findDates(ctx.sTok).flatMap((d) => d.keys);
  if (r.unit === 'year') {
    const years = keys.flatMap((k) => /^year:(\d{4})$/.exec(k)?.[1] ?? []).map(Number);
    return years.some((a) => years.some((b) => b - a === r.value));
  }
  const days = keys.flatMap((k) => { const m = /^monthday:(\d+)-(\d+)$/.exec(k); return m ? [MONTH_STARTS[Number(m[1]) - 1]! + Number(m[2])] : []; });
  return days.some((a) => days.some((b) => b - a === r.value || b - a + 1 === r.value));
}

/** Words that count a set vaguely: "several", "a handful of", "many", "most". */
const VAGUE_COUNTS = SCOPE_CUES.filter(([phrase, cls]) => /^(some|many|few|most|minority)$/.test(cls) && !/ly$|^(often|sometimes|seldom|certain|some)$/.test(phrase)).map(([phrase]) => phrase);


/** The multiples a sentence tells, each with its factor and words: "tripled", "has halved", "twice as many", "three times as much". */
function multiplesIn(tokens: readonly Token[], mentions: readonly NumberMention[]): { factor: number; first: number; last: number }[] {
  const out: { factor: number; first: number; last: number }[] = [];
  // (Or the word before what it multiplies: "almost double the bank's target", "half the record".)
  const before = (i: number) => /^(the|its|their|his|her|our|that|this)$/.test(tokens[i + 1]?.lower ?? '');
  tokens.forEach((t, i) => {
    const factor = t.lower === 'twice' ? 2 : t.pos === 'VERB' || before(i) ? (t.lower === 'half' ? 1 / 2 : MULTIPLYING_VERBS[t.lemma]) : undefined;
    if (factor !== undefined) out.push({ factor, first: i, last: i });
  });
  for (const m of mentions) if (multipleAfter(tokens, m) && m.value !== null) out.push({ factor: m.value, first: m.first, last: m.last + 1 });
  return out;
}

/**
 * A percentage that tells a multiple the source states: a share that is one over it ("half what
 * it was" for "has halved", "about a third of Aerovia's size" for "Aerovia is about three times
 * its size", "less than a quarter of the rate" for "more than four times as fast"), or the rise
 * that makes it ("rose by 100 per cent" for "doubled", "up 200%" for "tripled").
 */
function multipleInSource(ctx: PairContext, r: NumberMention): boolean {
  if (r.unit !== '%' || r.value === null || r.value <= 0) return false;
  // (A halving is a multiple of two, told the other way.)
  const multiples = ctx.memo('source-multiples', () => new Set(ctx.source.sentences.flatMap((s) => multiplesIn(s.tokens, findNumbers(s.tokens)).map((m) => (m.factor < 1 ? 1 / m.factor : m.factor)))));
  const v = r.value;
  const oneOver = (share: number) => { const n = Math.round(100 / share); return n >= 2 && Math.abs(100 / n - share) <= 0.5 && multiples.has(n); };
  const rise = Number.isInteger(v / 100) && multiples.has(v / 100 + 1);
  // A change "by" a share is the rise, or the fall to what is left ("fell by half" for "halved");
  // "rose by a third" is no "tripled".
  if (ctx.rTok[r.qualifierFirst - 1]?.lower === 'by') return rise || (v < 100 && oneOver(100 - v));
  return oneOver(v) || rise;
}

/**
 * "A quarter of the 48,000 cars" is 12,000 of them: a share told of a whole that the other text
 * does not state as a share is compared as the count it comes to (from the share's first word to
 * the whole's last), so that a count restated as a share is the same amount, and a share that
 * does not come to the count is a changed number. (The whole stays an amount of its own.) So is
 * the rest of a whole "all but" leaves.
 */
function sharesAsCounts(tokens: readonly Token[], mentions: readonly NumberMention[], other: readonly NumberMention[]): readonly NumberMention[] {
  return mentions.map((m) => {
    // "all but 17 of the 51 seats" is the other 34 of them, where the other text does not say
    // "all but 17".
    const rest = m.qualifier === 'all-but' ? partitiveWhole(tokens, mentions, m) : undefined;
    if (rest && !other.some((o) => o.qualifier === 'all-but' && sameAmount(o, m))) {
      return { ...m, first: m.qualifierFirst, last: rest.last, value: rest.value! - m.value!, qualifier: null, alternative: undefined };
    }
    const whole = shareWhole(tokens, mentions, m);
    // (Not a bounded share, "fewer than half of the 38", which names no count.)
    if (!whole || m.qualifier === 'at-least' || m.qualifier === 'at-most' || other.some((o) => sameAmount(o, m))) return m;
    return { ...m, last: whole.last, value: Math.round((m.value! * whole.value!) / 100), unit: null, alternative: undefined };
  });
}

/**
 * "40 of those 60 will be electric" against "Half of those buses will be electric": a count of a
 * whole it states, where the other text tells only a share of the same things (no whole of its
 * own), is compared as the share it is (from the count's first word to the whole's last).
 */
function countsAsShares(tokens: readonly Token[], mentions: readonly NumberMention[], otherTokens: readonly Token[], other: readonly NumberMention[]): readonly NumberMention[] {
  const bareShare = other.some((o) => o.unit === '%' && o.value !== null && !shareWhole(otherTokens, other, o));
  if (!bareShare) return mentions;
  return mentions.map((m) => {
    const whole = partitiveWhole(tokens, mentions, m);
    if (!whole || m.qualifier !== null || other.some((o) => sameAmount(o, m))) return m;
    return { ...m, last: whole.last, value: (100 * m.value!) / whole.value!, unit: '%', alternative: undefined };
  });
}

/**
 * "Two postponements had preceded the launch" for "the launch had been postponed twice": a count
 * of acts the source tells by how many times its verb happened ("once", "twice", "three times"
 * after the verb).
 */
function timesOfAct(ctx: PairContext, r: NumberMention): boolean {
  // (The tagger may take a plural the parse reads as a noun for an adjective: "Two postponements".)
  const next = ctx.rTok[r.last + 1];
  const plural = next && ctx.syntax.rewrite().tags[r.last + 1] === 'NOUN' && /s$/.test(next.lower) ? next.lower.slice(0, -1) : undefined;
  const noun = r.value === null || r.unit !== null ? undefined : countedAfter(ctx.rTok, r) ?? plural;
  if (noun === undefined || !isEventNoun(noun)) return false;
  return ctx.source.sentences.some(({ tokens }) => tokens.some((t, k) => {
    const times = t.lower === 'once' ? 1 : t.lower === 'twice' ? 2 : t.lower === 'times' ? findNumbers(tokens).find((m) => m.last === k - 1 && m.unit === null)?.value : undefined;
    if (times !== r.value) return false;
    const first = t.lower === 'times' ? k - 2 : k - 1;
    for (let v = first; v >= 0 && v >= first - 2; v--) if (tokens[v]!.pos === 'VERB') return samePredicate(tokens[v]!.lemma, `n:${noun}`);
    return false;
  }));
}

/**
 * Each rewrite amount's source mention of the same amount. The source may give an amount twice,
 * with its bound and without ("more than 8 grams … between 5 and 8 grams"): a mention with the
 * same bound is taken first, each source mention once while one is left, so a bound is compared
 * only where the rewrite has more mentions of the amount with it (or without it) than the source.
 */
function sameAmountCounterparts(rw: readonly NumberMention[], src: readonly NumberMention[]): Map<NumberMention, NumberMention> {
  const out = new Map<NumberMention, NumberMention>();
  const used = new Set<NumberMention>();
  const take = (r: NumberMention, fits: (x: NumberMention) => boolean) => {
    const s = src.find((x) => !used.has(x) && sameAmount(r, x) && fits(x));
    if (s) { out.set(r, s); used.add(s); }
  };
  for (const r of rw) take(r, (x) => x.qualifier === r.qualifier);
  for (const r of rw) if (!out.has(r)) take(r, () => true);
  for (const r of rw) if (!out.has(r)) { const s = src.find((x) => sameAmount(r, x)); if (s) out.set(r, s); }
  return out;
}

/**
 * "the third year running", "a fifth consecutive season": a run counted by its last ordinal is
 * that many periods ("frost has struck for three years in a row").
 */
function runOfPeriods(tokens: readonly Token[], mentions: readonly NumberMention[], r: NumberMention): boolean {
  if (r.value === null || r.unit === null) return false;
  return mentions.some((m) => {
    if (m.unit !== 'ordinal' || m.value !== r.value) return false;
    const k = /^(consecutive|successive|straight)$/.test(tokens[m.last + 1]?.lower ?? '') ? m.last + 2 : m.last + 1;
    const unit = unitOf(tokens[k]);
    if (unit !== r.unit && tokens[k]?.lemma !== r.unit) return false;
    return k === m.last + 2 || tokens[k + 1]?.lower === 'running' || (tokens[k + 1]?.lower === 'in' && tokens[k + 2]?.lower === 'a' && tokens[k + 3]?.lower === 'row');
  });
}

/** An "all but" count of a told whole (`m`) whose rest the other text counts: "all but two of the nine" beside "seven". */
function restTold(tokens: readonly Token[], mentions: readonly NumberMention[], m: NumberMention, other: readonly NumberMention[]): boolean {
  const whole = m.qualifier === 'all-but' ? partitiveWhole(tokens, mentions, m) : undefined;
  return !!whole && other.some((o) => o.unit === null && o.value === whole.value! - m.value!);
}

/**
 * "Only four of her 35 crew survived" / "all but four of her 35 crew died": the same count of
 * the same whole, once as the part and once as what the rest leaves, told of opposite acts
 * (opposite words, or one denied), is one claim from its two sides.
 */
function restDoesTheOpposite(ctx: PairContext, s: NumberMention, r: NumberMention, src: readonly NumberMention[], rw: readonly NumberMention[]): boolean {
  if ((s.qualifier === 'all-but') === (r.qualifier === 'all-but')) return false;
  const sWhole = partitiveWhole(ctx.sTok, src, s), rWhole = partitiveWhole(ctx.rTok, rw, r);
  if (!sWhole || !rWhole || !sameAmount(sWhole, rWhole)) return false;
  // (Or, where the parse rooted the sentence on the count, "Only 11 of the 143 starters failed to
  // finish", the first verb it hung under the count after the whole.)
  const act = (tokens: readonly Token[], syn: SentenceSyntax, count: NumberMention, whole: NumberMention) => {
    for (let n = 0, k = count.first; k >= 0 && n < 5; n++, k = syn.heads[k]!) if (syn.tags[k] === 'VERB') return k;
    return syn.heads[count.first]! >= 0 ? -1 : syn.tags.findIndex((t, k) => k > whole.last && t === 'VERB' && dominates(syn.heads, count.first, k));
  };
  const sAct = act(ctx.sTok, ctx.syntax.source(), s, sWhole), rAct = act(ctx.rTok, ctx.syntax.rewrite(), r, rWhole);
  if (sAct < 0 || rAct < 0) return false;
  const a = toldAct(ctx.sTok, ctx.syntax.source(), sAct), b = toldAct(ctx.rTok, ctx.syntax.rewrite(), rAct);
  return areAntonyms(a.lemma, b.lemma) || a.denied !== b.denied;
}

/** Whether a bounded or hedged figure allows another of its unit: "more than 240" allows 243, "about 40" 41. */
function boundAllows(bound: NumberMention, m: NumberMention): boolean {
  const b = bound.value, v = m.value;
  if (b === null || v === null || bound.unit !== m.unit || m.qualifier !== null) return false;
  switch (bound.qualifier) {
    case 'at-least': return v >= b;
    case 'at-most': return v <= b;
    case 'about': return Math.abs(v - b) <= 0.1 * b;
    case 'almost': return v <= b && v >= 0.9 * b;
    default: return false;
  }
}

/** A bound and its complement, one told of a set denied whole and the other of the whole set. */
function boundsTurnedWithSet(ctx: PairContext, s: NumberMention, sq: NumberMention['qualifier'], r: NumberMention, rq: NumberMention['qualifier']): boolean {
  if (!((sq === 'at-least' && rq === 'at-most') || (sq === 'at-most' && rq === 'at-least'))) return false;
  const sScope = subjectScope(ctx.syntax.source(), ctx.sTok, s.first);
  const rScope = subjectScope(ctx.syntax.rewrite(), ctx.rTok, r.first);
  return (sScope === 'none' && rScope === 'all') || (sScope === 'all' && rScope === 'none');
}

/** The ordinal that counts off a part of a dated period ("the first half of October"): the date rule's. */
function withoutPartOrdinals(tokens: readonly Token[], mentions: readonly NumberMention[]): readonly NumberMention[] {
  const parts = findDates(tokens).filter((d) => d.keys.some((k) => k.startsWith('part:'))).map((d) => d.first);
  return parts.length === 0 ? mentions : mentions.filter((m) => !(m.unit === 'ordinal' && parts.includes(m.first)));
}

export const numberRule: PairRule = (ctx) => {
  const rw = withoutPartOrdinals(ctx.rTok, findNumbers(ctx.rTok));
  const src = withoutPartOrdinals(ctx.sTok, findNumbers(ctx.sTok));
  const findings: RawFinding[] = [];
  // Same amount, different bound: "at least 12" -> "12", "about 40" -> "more than 40".
  const counterparts = sameAmountCounterparts(rw, src);
  for (const r of rw) {
    const s = counterparts.get(r);
    if (!s) continue;
    // Another rewrite mention is that amount with its unit ("nearly two years" beside "the two
    // countries"): the bare count is another amount.
    if (r.unit !== s.unit && rw.some((x) => x !== r && x.unit === s.unit && sameAmount(x, s))) continue;
    // "over 18 weeks" = "more than 18 weeks": the same words' class agrees before "over" is read as a duration.
    if (s.qualifier === r.qualifier) continue;
    const sq = boundRead(ctx.sTok, ctx.syntax.source(), s);
    const rq = boundRead(ctx.rTok, ctx.syntax.rewrite(), r);
    if (sq === rq) continue;
    // A range's end kept by a bound; a bound under a denied act turned to its complement.
    if ((sq === null && keepsRangeEnd(rq, ctx.sTok, src, s, rw)) || (rq === null && keepsRangeEnd(sq, ctx.rTok, rw, r, src))) continue;
    if (rq !== null && complementOf(sq) === rq && deniedOver(ctx.sTok, ctx.syntax.source(), s) !== deniedOver(ctx.rTok, ctx.syntax.rewrite(), r)) continue;
    // "all but two of the nine would stay tied up" / "just two of the nine would sail; the other
    // seven …": the whole split in two, the other side telling both parts.
    if (restTold(ctx.sTok, src, s, rw) || restTold(ctx.rTok, rw, r, src) || restDoesTheOpposite(ctx, s, r, src, rw)) continue;
    // "has passed two million" / "more than two million", "may not exceed 1.5%" / "may not account
    // for more than 1.5%": a verb of going beyond an amount bounds it as "more than" does.
    if ((sq === null && rq === 'at-least' && beyond(ctx.sTok, s)) || (rq === null && sq === 'at-least' && beyond(ctx.rTok, r))) continue;
    // "gusts of up to 70mph" / "gusts reaching 70mph", "forecast to reach as high as 34C" / "to
    // reach 34C": a verb of reaching takes the most the measure came to, as a ceiling says.
    if ((sq === null || sq === 'at-most') && (rq === null || rq === 'at-most') && (reached(ctx.sTok, s) || reached(ctx.rTok, r))) continue;
    // "no patient had waited longer than two years" = "every patient had waited two years or
    // less": the complementary bound, told of the whole set where the other denies it of all.
    if (boundsTurnedWithSet(ctx, s, sq, r, rq)) continue;
    // "within 40 minutes" is a time span that says as much as "in 40 minutes" and as "in under
    // 40 minutes".
    const within = (tokens: readonly Token[], m: NumberMention) => tokens[m.qualifierFirst]?.lower === 'within' && lengthOfTime(tokens, m);
    if ((within(ctx.sTok, s) && (rq === null || rq === 'at-most')) || (within(ctx.rTok, r) && (sq === null || sq === 'at-most'))) continue;
    // A hedge removed ("about 15,000" -> "15,000") makes an estimate look exact: reported. A
    // hedge added ("one in five" -> "about 20%") or swapped (about/almost) loses nothing.
    // "only 40 families" = "40 families": an exclusive "only" or "just", added or dropped, says
    // how the writer sees the amount, not another amount.
    const exclusive = (tokens: readonly Token[], m: NumberMention) => /^(only|just)$/.test(tokens[m.qualifierFirst]?.lower ?? '') && m.qualifierFirst === m.first - 1;
    if ((sq === 'only' && rq === null && exclusive(ctx.sTok, s)) || (rq === 'only' && sq === null && exclusive(ctx.rTok, r))) continue;
    const hedge = (q: NumberMention['qualifier']) => q === 'about' || q === 'almost';
    if ((hedge(sq) && hedge(rq)) || (sq === null && hedge(rq))) continue;
    // A headline states the body's figure bare, by convention ("Toymaker recalls 120,000 sets"
    // over "about 120,000"): a hedge or a floor it drops is the body's to keep (not a ceiling:
    // "up to 40 jobs" is not 40 jobs).
    if (rq === null && (hedge(sq) || sq === 'at-least') && isHeadline(ctx.rewrite, ctx.r)) continue;
    // "worth an estimated £210 million" / "is estimated to be worth £210m": the hedge moved onto
    // the verb the amount hangs from.
    if (hedge(sq) && rq === null && hedgeGoverns(ctx, s, r)) continue;
    // A share in words is round by nature: "about a third" and "one in three" say the same.
    const inWords = (tokens: readonly Token[], m: NumberMention) => m.unit === '%' && !tokens.slice(m.first, m.last + 1).some((t) => /\d/.test(t.text));
    // (So is the round percentage it stands for: "about a fifth" and "20 per cent".)
    if (hedge(sq) && rq === null && inWords(ctx.sTok, s) && (inWords(ctx.rTok, r) || (r.unit === '%' && r.value !== null && Number.isInteger(r.value)))) continue;
    // "could face up to ten years" -> "face ten years": a ceiling under a verb of possibility is
    // one hedge with it, and both dropped state the most as what will happen.
    if (sq === 'at-most' && rq === null) {
      // (The rewrite's verb is the one matched with the source's, with no such modal of its own.)
      const sVerb = possibleOver(ctx.sTok, ctx.syntax.source(), s);
      const rVerb = sVerb >= 0 ? ctx.match.sToR[sVerb] ?? -1 : -1;
      const rHedged = rVerb >= 0 && (dependentsOf(ctx.syntax.rewrite(), rVerb, /^aux/).some((d) => POSSIBILITY_MODALS.has(ctx.rTok[d]!.lower)) || POSSIBILITY_MODALS.has(ctx.rTok[rVerb - 1]?.lower ?? ''));
      if (sVerb >= 0 && rVerb >= 0 && rVerb < r.first && !rHedged) {
        const modal = Math.min(...dependentsOf(ctx.syntax.source(), sVerb, /^aux/).filter((d) => POSSIBILITY_MODALS.has(ctx.sTok[d]!.lower)));
        const rFirst = Math.min(rVerb, ...dependentsOf(ctx.syntax.rewrite(), rVerb, /^aux/));
        claim(ctx, Array.from({ length: r.last - rFirst + 1 }, (_v, k) => rFirst + k));
        findings.push(replacement(ctx, 'modality', 'Certainty', spanOf(ctx.rTok.slice(rFirst, r.last + 1)), spanOf(ctx.sTok.slice(modal, s.last + 1))));
        continue;
      }
    }
    const rSpan = spanOf(ctx.rTok.slice(r.qualifierFirst, r.last + 1));
    const sSpan = spanOf(ctx.sTok.slice(s.qualifierFirst, s.last + 1));
    claim(ctx, Array.from({ length: r.last - r.qualifierFirst + 1 }, (_v, k) => r.qualifierFirst + k));
    findings.push(replacement(ctx, 'quantifier', 'Quantifier', rSpan, sSpan));
  }
  // "flattening a handful of fishing villages" -> "flattening 11 fishing villages": a count in
  // place of a vague one on the same noun is a changed quantity, the quantifier rule's to report.
  // (A share for a scope word is the quantifier rule's to compare.)
  // (So is a share of it: "a majority of members" -> "60 per cent of members".)
  const countForVagueWord = (r: NumberMention) => {
    // (A hyphened modifier is one word however many tokens it takes: "dozens of would-be buyers".)
    let noun = r.last + 1;
    for (let words = 0; ctx.rTok[noun] && ctx.rTok[noun]!.pos !== 'NOUN' && words < 3; noun++) {
      if (!hyphenatedWithNext(ctx.rTok, noun) && ctx.rTok[noun]!.text !== '-') words++;
    }
    const s = ctx.rTok[noun]?.pos === 'NOUN' ? ctx.match.rToS[noun] ?? -1 : -1;
    if (s < 0 || (r.unit !== null && r.unit !== '%')) return false;
    // (Only where the source gives that noun no figure of its own: "several hundred jobs", "many
    // of the 300 workers" state an amount the number rule compares.)
    if (src.some((m) => m.last < s && m.last >= s - 5)) return false;
    const before = ` ${ctx.sTok.slice(Math.max(0, s - 5), s).map((t) => t.lower).join(' ')} `;
    return VAGUE_COUNTS.some((phrase) => before.includes(` ${phrase} `));
  };
  // "more than half", "less than half": the majority and the minority, scope words the quantifier
  // rule compares, not a figure the source must state.
  const boundedHalf = (r: NumberMention) => {
    const words = ctx.rTok.slice(r.first, r.last + 1);
    return (r.qualifier === 'at-least' || r.qualifier === 'at-most') && words.some((t) => t.lower === 'half') && !words.some((t) => /\d/.test(t.text));
  };
  const partOfStatedWhole = (r: NumberMention) => {
    const whole = partitiveWhole(ctx.rTok, rw, r);
    // (Not when the source counts a part of the same whole: "Nine of 14" / "Seven of 14" is a number changed.)
    // (Nor when it tells a share of it: "1,600 of its 4,800 staff" / "a quarter of its 4,800 staff".)
    return !!whole && src.some((s) => sameAmount(s, whole)) && !src.some((s) => { const w = partitiveWhole(ctx.sTok, src, s) ?? shareWhole(ctx.sTok, src, s); return !!w && sameAmount(w, whole); });
  };
  // "1 minute 45 seconds" for "at 1:45": a length of time the source writes as a bare clock time.
  // (Read only for a rewrite amount that is a length of time.)
  let clockSeconds: Set<number> | undefined;
  const spelledOut = (r: NumberMention) => {
    const seconds = inSeconds(r);
    return seconds !== null && (clockSeconds ??= new Set(ctx.sTok.flatMap(clockAsDurations))).has(seconds);
  };
  // A figure worked out from the source's ("from 17,300 to 19,400" for "by 2,100 to 19,400"),
  // unless it only takes another figure's place between the same words ("three were crew" ->
  // "11 were crew").
  const word = (tokens: readonly Token[], i: number) => tokens[i]?.lower;
  const inPlaceOf = (r: NumberMention, s: NumberMention) => comparableAmounts(r, s) && !sameAmount(r, s) &&
    word(ctx.rTok, r.qualifierFirst - 1) === word(ctx.sTok, s.qualifierFirst - 1) && word(ctx.rTok, r.last + 1) === word(ctx.sTok, s.last + 1);
  const remainderWord = (t: Token) => REMAINDER_WORDS.has(t.lemma) || REMAINDER_WORDS.has(t.lower);
  // (The source's side asked once for the sentence's figures.)
  let all: NumberMention[] | undefined;
  let sourceTellsRemainder: boolean | undefined;
  // (Or from the figures the rewrite's sentence before told, where this one points back at them:
  // "… from twenty-one thousand to thirty-two thousand. That's eleven thousand more seats." A
  // figure changed there is reported there.)
  const before = pointsBack(ctx.rTok) ? ctx.rewrite.sentences[ctx.r.index - 1] : undefined;
  const toldBefore = (r: NumberMention) => !!before && workedOutFromSentence(r, ctx.rTok, before, findNumbers(before.tokens));
  const workedOut = (r: NumberMention) => !src.some((s) => inPlaceOf(r, s)) && (toldBefore(r) || workedOutFrom(r, {
    near: src, tokens: ctx.sTok, parse: ctx.syntax.source, all: (all ??= sourceNumbers(ctx).map((x) => x.m)),
    countedIn: (m) => ctx.memo('source-counted', () => new Map(sourceNumbers(ctx).map((x) => [x.m, x.counted]))).get(m), figureCounts: countedAfter(ctx.rTok, r),
    remainder: ctx.rTok.slice(Math.max(0, r.qualifierFirst - 2), r.qualifierFirst).some(remainderWord) || (sourceTellsRemainder ??= ctx.sTok.some(remainderWord)),
    // (With the noun it counts between: "2,800 more applicants than places".)
    // (Or a gap told by place: "15 behind Haverleigh", "12 points ahead of Marchetti".)
    difference: (COMPARATIVE_WORDS.test(ctx.rTok[r.last + 1]?.lower ?? '') &&
      [2, 3, 4].some((k) => ctx.rTok[r.last + k]?.lower === 'than' && ctx.rTok.slice(r.last + 2, r.last + k).every((t) => t.pos === 'NOUN' || t.pos === 'ADJ'))) ||
      [1, 2].some((k) => /^(behind|ahead)$/.test(ctx.rTok[r.last + k]?.lower ?? '') && ctx.rTok.slice(r.last + 1, r.last + k).every((t) => t.pos === 'NOUN')),
    period: periodOfRate(ctx.rTok, r),
    ratio: ratioAfter(ctx.rTok, r),
    multiple: multipleAfter(ctx.rTok, r),
  }, rw));
  // "Three days later, early on Wednesday" for "began on Sunday … early on Wednesday", "the 30
  // months from January 2022 to June 2024": a length of time between two dates the source's
  // sentence names. (Only where that sentence states no length of time of its own, which the
  // figure could have been changed from.)
  let between: ReturnType<typeof lengthsBetween> | undefined;
  const lengthBetweenDates = (r: NumberMention) => {
    if (r.value === null || r.unit === null || !isTimeNoun(r.unit) || src.some((s) => s.unit !== null && isTimeNoun(s.unit))) return false;
    between ??= lengthsBetween(findDates(ctx.sTok));
    const v = r.value;
    switch (r.unit) {
      case 'hour': return between.hours.has(v);
      case 'day': return between.days.has(v);
      case 'week': case 'fortnight': return between.days.has(v * (r.unit === 'week' ? 7 : 14));
      case 'month': return between.months.has(v);
      case 'year': return between.years.has(v) || between.months.has(12 * v);
      case 'decade': return between.years.has(10 * v);
      default: return false;
    }
  };
  // "has tripled since 2021" -> "twice as many as in 2021", "doubled" -> "tripled": a multiple
  // told by its verb or by "twice" / "N times", the one the sentence tells each side, changed.
  const sMultiples = multiplesIn(ctx.sTok, src), rMultiples = multiplesIn(ctx.rTok, rw);
  if (sMultiples.length === 1 && rMultiples.length === 1 && sMultiples[0]!.factor !== rMultiples[0]!.factor) {
    const [sm, rm] = [sMultiples[0]!, rMultiples[0]!];
    const rIdx = Array.from({ length: rm.last - rm.first + 1 }, (_v, k) => rm.first + k);
    if (!rIdx.some((i) => ctx.claimed.has(i))) {
      claim(ctx, rIdx);
      findings.push(replacement(ctx, 'number', 'Number', spanOf(ctx.rTok.slice(rm.first, rm.last + 1)), spanOf(ctx.sTok.slice(sm.first, sm.last + 1))));
    }
  }
  // "its losses tripled" -> "its losses rose by a third": a multiple the source tells by its verb,
  // replaced by a change "by" a share that is not that multiple's rise or fall.
  // (Or "cut its dividend by a third" for "halved its dividend": the verb the "by" phrase hangs
  // on, its object between, paired with the multiplying verb or not.)
  // (Read only where the source has such a verb: the parse is asked for below.)
  const sourceMultiplies = ctx.sTok.some((t) => MULTIPLYING_VERBS[t.lemma] !== undefined);
  for (const r of sourceMultiplies ? rw : []) {
    if (r.unit !== '%' || r.value === null || ctx.rTok[r.qualifierFirst - 1]?.lower !== 'by') continue;
    const next = r.qualifierFirst - 2;
    const heads = () => ctx.syntax.rewrite().heads;
    const verb = ctx.rTok[next]?.pos === 'VERB' ? next : heads()[heads()[r.qualifierFirst - 1] ?? -1] ?? -1;
    if (verb < 0 || verb > next || ctx.rTok[verb]?.pos !== 'VERB') continue;
    const paired = ctx.match.rToS[verb] ?? -1;
    const multiple = paired >= 0 ? (MULTIPLYING_VERBS[ctx.sTok[paired]!.lemma] !== undefined ? paired : undefined)
      : hunkOfRewrite(ctx, verb)?.s.find((k) => MULTIPLYING_VERBS[ctx.sTok[k]!.lemma] !== undefined);
    // (Not the multiplying verb itself, kept: "doubles data science budget and cuts humanities
    // funding by 25%" has its "by" phrase on the cutting, whatever the parse hung it on.)
    if (multiple === undefined || ctx.rTok[verb]!.lemma === ctx.sTok[multiple]!.lemma) continue;
    const factor = MULTIPLYING_VERBS[ctx.sTok[multiple]!.lemma]!;
    if (Math.abs(Math.abs(factor - 1) * 100 - r.value) < 0.5 || ctx.claimed.has(r.first)) continue;
    claim(ctx, Array.from({ length: r.last - verb + 1 }, (_v, k) => verb + k));
    findings.push(replacement(ctx, 'number', 'Number', spanOf(ctx.rTok.slice(verb, r.last + 1)), spanOf([ctx.sTok[multiple]!])));
  }
  findings.push(...compareMentions(ctx, {
    kind: 'number',
    label: 'Number',
    rewrite: countsAsShares(ctx.rTok, sharesAsCounts(ctx.rTok, rw, src), ctx.sTok, src),
    source: countsAsShares(ctx.sTok, sharesAsCounts(ctx.sTok, src, rw), ctx.rTok, rw),
    agree: (r, s) => sameAmount(r, s) && !pointsForPercent(ctx, r, s),
    // (A count of a whole the source states, "Nine of the bank's 14 branches", is a share of it:
    // the quantifier rule compares it with the source's scope word.)
    // (A multiple's count, "three times as many", is compared as the multiple, above.)
    supported: (r) => (multipleAfter(ctx.rTok, r) && sMultiples.length > 0) || gapBetweenRanks(rw, r) || gapBetweenRanks(src, r) || spelledOut(r) || runOfPeriods(ctx.sTok, src, r) || describesNameAsSource(ctx, r) || src.some((s) => sameRate(ctx.rTok, r, ctx.sTok, s)) || othersBeforeOrdinal(ctx, r, src) || timesInWords(ctx, r) || betweenTimes(ctx, r) || betweenEnds(ctx, r) || partOfStatedWhole(r) || countForVagueWord(r) || boundedHalf(r) || workedOut(r) || lengthBetweenDates(r) || src.some((s) => vaguelyCounts(r, s)),
    comparable: comparableAmounts,
    vague: (m, r) => m.value === null || boundAllows(m, r),
    sameSubject: (r, s) => {
      const noun = (tokens: typeof ctx.rTok, m: NumberMention) => tokens.slice(m.last + 1, m.last + 3).find((t) => t.pos === 'NOUN')?.lemma;
      const a = noun(ctx.rTok, r);
      return a !== undefined && a === noun(ctx.sTok, s);
    },
    // An ordinal the source never uses ("for the first time") is phrasing, not an invented fact.
    // "the two banks" names a set the source already gave ("the banks" after "Halvard and Nordbank").
    // ("both cities", "neither club": a count of parties already named, never a detail added.)
    inSourceDocument: (r) => r.unit === 'ordinal' || sourceNumbers(ctx).some((s) => sameAmount(r, s.m) || vaguelyCounts(r, s.m)) || knownSet(ctx, r) || /^(both|neither)$/.test(ctx.rTok[r.first]!.lower) ||
      sameFigure(ctx, r) || oneOfSource(ctx, r) || multipleInSource(ctx, r) || timesOfAct(ctx, r) || countOfListedNames(ctx, r) || countOfListItems(ctx, r) || memberOfGroup(ctx.rTok, r) || (r.value !== null && r.unit !== null && oneWholeUnitIn(ctx.sTok, r.value, r.unit)),
  }));
  return findings;
};
