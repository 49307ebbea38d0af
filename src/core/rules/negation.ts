// `negation`: a claim's polarity flipped: a negator added or dropped ("did not approve" vs
// "approved", "None of the passengers" vs "Three passengers") or a word swapped for its
// opposite ("denied" vs "admitted", "stays open" vs "shuts").
import { claim, hunkOfRewrite, hunkOfSource, q, replacement, rewriteTokensIn, spanOf, textOf, type PairContext, type PairRule, type RawFinding } from '../context';
import { antonymsOf, areAntonyms, DECLINING_VERBS, LIGHT_VERBS, NEGATED_QUANTIFIERS, NEGATORS, NUMBER_WORDS, POSSESSIVE_DETERMINERS, REPORTING_VERBS, SCOPE_CUES } from '../lexicon';
import { areConverse, areConverseParties, areOpposites, isTimeNoun, isVerbLemma, lexicalRelation, mayMeanTheSame, prefixNegatedBase, samePredicate, verbOfForm } from '../wordnet';
import { converseSwapAt } from './rolesSwapped';
import { comparative, comparedParty, comparisonsIn, mayCompare, type Comparison } from '../syntax/comparisons';
import type { SentenceSyntax } from '../syntax/index';
import { clauseOf, dependentsOf, dominates, hasDependent, markedBy, subtreeOf } from '../syntax/tree';
import { findNumbers, ordinalOf, partitiveWhole, sameAmount, type NumberMention } from '../mentions/numbers';
import { isContentToken, stemOf } from '../terms';
import { hyphenatedWithNext, type Token } from '../tokens';
import { deniedSince, negatesBefore, negatesSince } from '../superlatives';
import { framesOf, sameOrSynonym, sameParticipant, sameWords, verbLemma, type Argument, type Frame, type Participant } from '../syntax/frames';
import { findVerbGroups, groupContaining } from '../verbs';

const SKIP_TO_HEAD = new Set(['AUX', 'DET', 'PART', 'NUM']);
const SKIP_WORDS = new Set(['of', 'even', 'yet', 'ever', 'always', 'be', 'been', 'being', 'to', 'the', 'a', 'an', 'only', 'longer', 'single']);

/** The bounds said in more than one word ("less than", "at least"): a one-word "over" or "under" may be no bound at all. */
const BOUND_PHRASES = SCOPE_CUES.filter(([p, c]) => (c === 'at-least' || c === 'at-most') && p.includes(' ')).map(([p, c]) => [p.split(' '), c] as const);

/** The classes of the bounds whose words all stand among `within` ("at-most" for "less than"). */
function boundsIn(tokens: readonly Token[], within: readonly number[]): Set<string> {
  const at = new Set(within);
  const phrases = BOUND_PHRASES.filter(([words]) => within.some((k) => words.every((w, j) => at.has(k + j) && tokens[k + j]!.lower === w))).map(([, c]) => c);
  // (And a figure's own bound, however it is said: "longer than two years", "two years or less".)
  const figures = findNumbers(tokens).filter((m) => at.has(m.first) && (m.qualifier === 'at-least' || m.qualifier === 'at-most')).map((m) => m.qualifier!);
  return new Set([...phrases, ...figures]);
}

/** One side bounds from above what the other bounds from below: the complement, said of the complementary set. */
function boundTurned(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return (a.has('at-most') && !a.has('at-least') && b.has('at-least') && !b.has('at-most')) || (a.has('at-least') && !a.has('at-most') && b.has('at-most') && !b.has('at-least'));
}

/** Scope words are the quantifier rule's ("some" / "all" is a change of scope, not of polarity). */
const SCOPE_WORDS = new Set(SCOPE_CUES.map(([w]) => w));

/**
 * Opposites from the curated list, or from WordNet for content words, read on lemmas. Not two
 * forms that share a sense as they stand ("six minutes left" / "remaining": the verbs "leave"
 * and "remain" are opposites, the adjectives "left" and "remaining" one sense).
 */
function opposite(at: Token, bt: Token): boolean {
  const a = at.lemma, b = bt.lemma;
  if (SCOPE_WORDS.has(a) || SCOPE_WORDS.has(b)) return false;
  if (nameWord(at) || nameWord(bt)) return false;
  // (Two number words are no opposites, "one" / "eighth", "two" / "13th": the number rule compares them.)
  const numberWord = (t: Token) => t.pos === 'NUM' || NUMBER_WORDS.has(t.lower) || ordinalOf(t) !== null;
  if (numberWord(at) && numberWord(bt)) return false;
  if ((at.lower !== a || bt.lower !== b) && mayMeanTheSame(at.lower, bt.lower)) return false;
  // (An adverb's opposite is no verb of the same spelling: "ahead of primary teachers" /
  // "backing among primary teachers", where "back" means support.)
  const adverbial = (t: Token) => t.pos === 'ADV' || t.pos === 'ADP';
  if ((adverbial(at) && bt.pos === 'VERB') || (adverbial(bt) && at.pos === 'VERB')) return false;
  // (A graded form is its adjective's: WordNet's adjectives judge it, not the list, whose
  // "open" / "close" are the verbs: "the closest branch that remains open" has "close" as near.)
  const graded = (t: Token) => /^(ADJ|ADV)$/.test(t.pos) && t.lower !== t.lemma;
  return (!graded(at) && !graded(bt) && areAntonyms(a, b)) || (a.length > 2 && b.length > 2 && areOpposites(a, b)) || negatedByPrefix(a, b) || negatedByPrefix(b, a) ||
    (at.pos === 'VERB' && bt.pos === 'VERB' && (oppositeOfSynonym(a, b) || oppositeOfSynonym(b, a)));
}

/**
 * "refused the request" / "agreed to the request", "rejected the offer" / "took the offer": a
 * verb of refusing (a synonym of "refuse", in WordNet's words) against a synonym of its listed
 * opposite ("accept"). (Refusing only: WordNet makes most common verbs synonyms of some sense of
 * another, "go" of "fall", "give" of "pass".)
 */
function oppositeOfSynonym(a: string, b: string): boolean {
  if (a !== 'refuse' && !(DECLINING_VERBS.has(a) && lexicalRelation(a, 'refuse') === 'same')) return oppositeOfRejecting(a, b);
  for (const x of antonymsOf('refuse')) if (x === b || lexicalRelation(b, x) === 'same') return true;
  return false;
}

/**
 * "dismissed the argument" / "accepted the argument": a verb of the same sense as "reject"
 * against the verb WordNet lists as its opposite. (Only "reject"'s own opposites, "accept" and
 * "approve", not their synonyms, for the reason above.)
 */
function oppositeOfRejecting(a: string, b: string): boolean {
  return a !== 'reject' && lexicalRelation(a, 'reject') === 'same' && [...antonymsOf('reject')].includes(b);
}

/**
 * A word of a name, which has no opposite and names no party of a relation: "Brake Forward
 * welcomed" / "backed", "the Liberal Democrat candidate" / "a Conservative majority". Inside a
 * sentence a capital marks one whatever the tag; a word in lower case is none whatever the tag,
 * "a new".
 */
function nameWord(t: Token): boolean {
  return t.i > 0 && /^\p{Lu}\p{Ll}/u.test(t.text);
}

/** "unaffected" / "affected", "unaffordable" / "affordable": a word and its base without the negative prefix. */
function negatedByPrefix(a: string, b: string): boolean {
  const base = prefixNegatedBase(a);
  return base !== null && stemOf(base) === stemOf(b);
}

function isNegator(t: Token): boolean {
  return NEGATORS.has(t.lower) || t.lemma === 'not' || t.lower === "n't";
}

/** A negator at `i` that is one: not "No" as the sign for "number" ("was No 88 in the world", "No. 10"). */
function negatorAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // "has yet to secure", "is yet to open": not done so far, a negator of its own.
  if (t.lower === 'yet') return tokens[i + 1]?.lower === 'to' && /^(be|have)$/.test(tokens[i - 1]?.lemma ?? '');
  if (t.lower === 'few' || t.lower === 'little') return fewIfAny(tokens, i);
  // "were unable to examine", "is unwilling to pay": a word negated by its prefix before the act
  // it governs negates that act, as "could not" does.
  // (Not one standing for a noun in a phrase a determiner opens: "the first independent to be
  // elected" names who was elected.)
  if (t.pos === 'ADJ' && tokens[i + 1]?.lower === 'to' && prefixNegatedBase(t.lemma) !== null) {
    let k = i - 1;
    while (k >= i - 2 && /^(ADJ|ADV|NUM)$/.test(tokens[k]?.pos ?? '')) k--;
    return tokens[k]?.pos !== 'DET';
  }
  // "stopped short of naming him", "fell short of winning": the act it fell short of was not done.
  if (t.lower === 'short') return tokens[i + 1]?.lower === 'of' && /ing$/.test(tokens[i + 2]?.lower ?? '') && /^(stop|fall|come)$/.test(tokens[i - 1]?.lemma ?? '');
  // "not only praised the screenplay but also …", "not just a game": a "not" on a focus word
  // adds to what is said and denies nothing.
  if ((t.lemma === 'not' || t.lower === "n't") && /^(only|merely|just|simply|solely)$/.test(tokens[i + 1]?.lower ?? '')) return false;
  // "whether or not to accept", "whether to accept or not": the other answer of a question
  // left open, which denies nothing.
  if (t.lemma === 'not' && tokens[i - 1]?.lower === 'or' && tokens.slice(Math.max(0, i - 8), i).some((x) => x.lower === 'whether')) return false;
  // "carrying nothing but freight", "none but members": a denial of all but what follows "but"
  // says "only" that, and denies nothing.
  if (NEGATED_QUANTIFIERS.has(t.lower) && t.lower !== 'no' && tokens[i + 1]?.lower === 'but') return false;
  return isNegator(t) && !(i > 0 && /^No\.?$/.test(t.text) && /^\d/.test(tokens[i + 1]?.text ?? ''));
}

/**
 * "too few specialist teachers", "little money": a thing said to be scarce, as "a lack of
 * specialist teachers" says it (not "a few", which says there are some).
 */
function toldScarce(tokens: readonly Token[], noun: number): boolean {
  for (let k = noun - 1; k >= Math.max(0, noun - 4); k--) {
    if (/^(few|little)$/.test(tokens[k]!.lower)) return tokens[k - 1]?.lower !== 'a';
    if (!/^(ADJ|NOUN|ADV)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
}

/** "few if any troops", "little if any damage": as good as none. */
function fewIfAny(tokens: readonly Token[], i: number): boolean {
  return /^(few|little)$/.test(tokens[i]!.lower) && tokens[i + 1]?.lower === 'if' && tokens[i + 2]?.lower === 'any';
}

/**
 * "Neither the candles that growers lit nor the helicopters they hired managed to save the buds":
 * a "neither … nor" pair denies the act the whole coordination takes part in, not its first
 * noun. That act is the nearest verb or adjective above the "neither" that comes after its
 * "nor" (whatever the parse made of the phrases in between), or a copula's predicate; -1 for a "neither" with no "nor",
 * or none above it.
 */
function correlativePredicate(tokens: readonly Token[], syn: SentenceSyntax, i: number): number {
  if (tokens[i]!.lower !== 'neither') return -1;
  const nor = tokens.findIndex((t, k) => k > i && t.lower === 'nor');
  if (nor < 0) return -1;
  for (let p = syn.heads[i]!, step = 0; p >= 0 && step < 8; p = syn.heads[p]!, step++) {
    // (Or a noun or phrase with a copula: "Neither … nor … is within four minutes of the lead".)
    if (p > nor && (/^(VERB|ADJ)$/.test(syn.tags[p]!) || hasDependent(syn, p, /^cop$/))) return p;
  }
  return -1;
}

/**
 * "investments neither fund could reach" / "investments that neither could reach": a "no" or
 * "neither" on a participant denies its clause's act. Where the other text keeps the act but
 * not the participant's noun in it (its word matched elsewhere, or nowhere), the other text's
 * act is where to look for the "no": that act, or -1.
 */
function participantsAct(tokens: readonly Token[], syn: SentenceSyntax, negator: number, noun: number, map: ArrayLike<number>, otherSyn: SentenceSyntax): number {
  if (syn.labels[negator] !== 'det' || syn.heads[negator] !== noun || !/^(nsubj|nsubj:pass|obj)$/.test(syn.labels[noun] ?? '')) return -1;
  const p = syn.heads[noun]!;
  const otherP = p >= 0 ? map[p] ?? -1 : -1;
  const otherNoun = map[noun] ?? -1;
  return otherP >= 0 && (otherNoun < 0 || otherSyn.heads[otherNoun] !== otherP) ? otherP : -1;
}

/**
 * "Renner has pleaded guilty" / "Kowalczyk has pleaded not guilty, while Renner has admitted
 * …": the same word said of two named people is two claims, not one negated. True when both
 * predicates have a subject that is a name and the names share no word.
 */
function differentNamedDoers(ctx: PairContext, sPred: number, rPred: number): boolean {
  const name = (tokens: readonly Token[], syn: SentenceSyntax, p: number) => {
    const subject = p >= 0 ? dependentsOf(syn, p, /^nsubj/)[0] : undefined;
    // (By the parse's tags, which read the whole sentence: the word tagger takes any capitalised
    // first word for a name, "None of the items" / "Part of the haul".)
    if (subject === undefined || syn.tags[subject] !== 'PROPN') return null;
    return new Set(subtreeOf(syn, subject).filter((k) => syn.tags[k] === 'PROPN').map((k) => tokens[k]!.lower));
  };
  const s = name(ctx.sTok, ctx.syntax.source(), sPred);
  const r = s ? name(ctx.rTok, ctx.syntax.rewrite(), rPred) : null;
  return !!s && !!r && ![...r].some((w) => s.has(w));
}

/**
 * The rewrite verb that tells the source verb `head`'s act: `paired` (the aligner's), unless its
 * objects and phrases share no word with the source verb's while another verb of the same sense
 * in the rewrite has them all.
 */
function sameActByWhatItIsOf(ctx: PairContext, head: number, paired: number): number {
  const sSyn = ctx.syntax.source(), rSyn = ctx.syntax.rewrite();
  if (sSyn.tags[head] !== 'VERB' || rSyn.tags[paired] !== 'VERB') return paired;
  const of = (tokens: readonly Token[], syn: SentenceSyntax, v: number) => new Set(dependentsOf(syn, v, /^(obj|obl)/).flatMap((d) => subtreeOf(syn, d))
    .map((k) => tokens[k]!).filter((t) => t.isWord).map((t) => t.lower));
  const own = of(ctx.sTok, sSyn, head);
  if (own.size === 0) return paired;
  const shares = (v: number) => { const words = of(ctx.rTok, rSyn, v); return [...own].filter((w) => words.has(w)).length; };
  if (shares(paired) > 0) return paired;
  const lemma = ctx.sTok[head]!.lemma;
  const other = ctx.rTok.findIndex((t, k) => k !== paired && rSyn.tags[k] === 'VERB' && (t.lemma === lemma || mayMeanTheSame(t.lemma, lemma)) && shares(k) === own.size);
  return other >= 0 ? other : paired;
}

/** A "nor" after a "neither" of its sentence: one negation with it, read at the "neither". */
function secondOfPair(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.lower === 'nor' && tokens.slice(0, i).some((t) => t.lower === 'neither');
}

/** The content word a negator applies to: the next verb, noun or adjective within a few words. */
function headOf(tokens: readonly Token[], i: number): number {
  // ("few if any troops": past the "if any".)
  if (fewIfAny(tokens, i)) i += 2;
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    const t = tokens[k]!;
    if (negatorAt(tokens, k)) return -1;
    if (!t.isWord) return -1;
    if (SKIP_TO_HEAD.has(t.pos) || SKIP_WORDS.has(t.lower)) continue;
    // ("not as competitive as": the degree's word is the head.)
    if (t.lower === 'as' && /^(ADJ|ADV)$/.test(tokens[k + 1]?.pos ?? '')) continue;
    return k;
  }
  return -1;
}

/**
 * Whether a word is said with a "no": a negator near it, or on its clause. `ownClause`: not
 * reading a negator past another verb, whose negator it is ("the equipment had not been
 * calibrated was accepted").
 */
function saysNo(tokens: readonly Token[], syn: SentenceSyntax, i: number, ownClause = false): boolean {
  return negatedNear(tokens, i, ownClause) || negatedClause(tokens, syn, i);
}

function negatedNear(tokens: readonly Token[], head: number, ownClause = false): boolean {
  for (let k = head - 1; k >= 0 && head - k <= 5 && !(ownClause && tokens[k]!.pos === 'VERB'); k--) if (negatorAt(tokens, k)) return true;
  // "has yet to be finished", "is yet to open": not done so far.
  for (let k = head - 1; k >= 1 && head - k <= 4; k--) if (tokens[k]!.lower === 'to' && tokens[k - 1]!.lower === 'yet') return true;
  // A negator right after a verb used as an auxiliary negates it: "need not be pumped".
  const next = tokens[head + 1];
  return !!next && (next.lemma === 'not' || next.lower === "n't") && /^(VERB|AUX)$/.test(tokens[head]!.pos);
}

/** Verbs whose gerund is an act that no longer happens. */
const CEASING_VERBS = new Set(['stop', 'cease', 'quit', 'halt']);

/** Verbs whose gerund or infinitive is an act that goes on: "kept funding", "continued to pay". */
const CONTINUING_VERBS = new Set(['keep', 'continue', 'remain']);

/** Verbs that deny the claim of the clause they govern. */
const DENYING_VERBS = new Set(['deny', 'dispute', 'refute', 'contest']);

/** Verbs whose gerund is an act that does not happen (any more): ceased, denied, escaped or excluded. */
const GERUND_DENYING = new Set([...CEASING_VERBS, ...DENYING_VERBS, 'avoid', 'escape', 'rule_out']);

/** Verbs whose object is an act that did not befall their subject: "avoided defeat", "escaped injury". */
const ESCAPING_VERBS = new Set(['avoid', 'escape', 'evade', 'dodge', 'avert']);

/** Whether word p is a gerund whose act the verb it hangs on denies ("ruled out lowering", "stopped making", "denies stealing"). */
function gerundDenied(tokens: readonly Token[], syn: SentenceSyntax, p: number): boolean {
  const h = syn.heads[p]!;
  if (h < 0 || !/ing$/.test(tokens[p]!.lower)) return false;
  // ("have stopped trains running" = "trains are no longer running": the gerund on the object of
  // a verb that stops or forbids it, the object its doer.)
  if (syn.labels[p] === 'acl' && syn.labels[h] === 'obj' && syn.heads[h]! >= 0 && OBJECT_PREVENTING.has(phrasalKey(tokens, syn, syn.heads[h]!))) return true;
  // (Or read as an adverbial clause right after the verb, with no marker: "avoided taking on
  // water and returned to port".)
  const complement = /^(xcomp|ccomp|obj)$/.test(syn.labels[p]!) ||
    (syn.labels[p] === 'advcl' && p > h && !hasDependent(syn, p, /^mark$/) && tokens.slice(h + 1, p).every((t) => t.pos === 'ADV'));
  if (complement && GERUND_DENYING.has(phrasalKey(tokens, syn, h))) return true;
  // (Or opened by "from" under a verb that keeps the act from happening: "refrained from
  // criticising the organisers" / "criticised the organisers".)
  return dependentsOf(syn, p, /^(mark|case)$/).some((d) => tokens[d]!.lower === 'from') && PREVENTING.has(tokens[h]!.lemma);
}

/**
 * "had not raised prices as sharply as" = "had put up prices less steeply than": a negated
 * equality of degree ("not … as X as") is a lesser degree; the act itself happened.
 */
function lessForNotAs(negating: readonly Token[], negator: number, other: readonly Token[]): boolean {
  const after = negating.slice(negator + 1, negator + 10).map((t) => t.lower);
  const as = after.indexOf('as');
  return as >= 0 && after.indexOf('as', as + 2) > as && other.some((t) => /^(less|fewer)$/.test(t.lower));
}

/** A verb's lemma with its particle, if it has one ("ruled out" -> "rule_out"). */
function phrasalKey(tokens: readonly Token[], syn: SentenceSyntax, v: number): string {
  const particle = dependentsOf(syn, v, /^compound:prt$/)[0] ?? (tokens[v + 1]?.lower === 'out' || tokens[v + 1]?.lower === 'off' ? v + 1 : undefined);
  return particle === undefined ? tokens[v]!.lemma : `${tokens[v]!.lemma}_${tokens[particle]!.lower}`;
}

/** Verbs whose object is what the subject no longer has, or never had. */
const PRIVATIVE_VERBS = new Set(['lose', 'lack']);

/** Verbs whose object does not happen or is not given: "banned the sale", "halted production", "ruled out job cuts", "withheld a judgment". */
const OBJECT_PREVENTING = new Set(['ban', 'prohibit', 'forbid', 'bar', 'block', 'prevent', 'stop', 'halt', 'cease', 'rule_out', 'exclude', 'withhold']);

/** Verbs that deny the act of a "from" gerund: "bars them from deleting" = they may not delete. */
const PREVENTING = new Set(['bar', 'ban', 'prevent', 'stop', 'prohibit', 'block', 'keep', 'refrain', 'restrain', 'forbid', 'deter', 'exclude', 'abstain']);

/** The predicate a word belongs to: the word itself if it is one, else the nearest verb or adjective above it. */
function predicateOf(syn: SentenceSyntax, i: number): number {
  let p = i;
  for (let step = 0; step < 4 && p >= 0; step++) {
    // (An adjective or noun with its copula heads its clause: "that the consultation was flawed";
    // not an infinitive's, "had ceased to be safe", which the verb above governs.)
    if (/^(VERB|AUX)$/.test(syn.tags[p] ?? '') || syn.heads[p]! < 0 || (p === i && hasDependent(syn, p, /^cop$/) && syn.labels[p] !== 'xcomp')) return p;
    p = syn.heads[p]!;
  }
  return p;
}

/**
 * The act a verb tells and whether its clause denies it, through a verb of failing or declining:
 * "failed to finish" tells "finish", denied.
 */
export function toldAct(tokens: readonly Token[], syn: SentenceSyntax, v: number): { lemma: string; denied: boolean } {
  const act = DECLINING_VERBS.has(tokens[v]!.lemma) ? dependentsOf(syn, v, /^xcomp$/)[0] ?? v : v;
  return { lemma: tokens[act]!.lemma, denied: negatedClause(tokens, syn, act) };
}

/**
 * Whether the clause around word i says no, whatever words it uses: a negator on its predicate,
 * "no"/"neither" on one of its participants ("Neither side disclosed" = "the two sides would not
 * say"), a declining verb above it ("declined to comment"), or a preventing verb before its
 * "from" ("bars Brightlane from deleting" = "Brightlane may not delete").
 */
export function negatedClause(tokens: readonly Token[], syn: SentenceSyntax, i: number): boolean {
  const p = predicateOf(syn, i);
  if (p < 0) return false;
  const negates = (d: number) => negatorAt(tokens, d);
  if (dependentsOf(syn, p).some(negates)) return true;
  if (tokens.some((_t, k) => correlativePredicate(tokens, syn, k) === p)) return true;
  // ("Not one of the paintings": the "not" on the participant.)
  if (dependentsOf(syn, p, /^(nsubj|nsubj:pass|obj)$/).some((a) => dependentsOf(syn, a, /^det$/).some(negates) ||
    dependentsOf(syn, a, /^advmod$/).some((d) => d < a && negates(d)))) return true;
  // (Or a fronted phrase of time or manner that says no, before the verb it inverts: "at no point
  // were staff put at risk", "under no circumstances will it reopen".)
  // (Read from the words: the inverted order misleads the parse.)
  for (let k = Math.max(1, p - 10); k < p - 2; k++) {
    if (tokens[k]!.lower === 'no' && tokens[k - 1]!.pos === 'ADP' && tokens[k + 1]!.pos === 'NOUN' && tokens[k + 2]!.pos === 'AUX') return true;
  }
  // (Or the participant is itself one, with a phrase of its own: "None of the 40 paintings was damaged".)
  if (dependentsOf(syn, p, /^(nsubj|nsubj:pass)$/).some((a) => negatedSubjectsAct(tokens, syn, a) === p)) return true;
  const h = syn.heads[p]!;
  // A predicate joined by "or" to a negated one is denied with it: "neither has claimed victory
  // or conceded defeat", "did not confirm or deny".
  if (h >= 0 && syn.labels[p] === 'conj' && dependentsOf(syn, p, /^cc$/).some((c) => /^(or|nor)$/.test(tokens[c]!.lower)) && negatedClause(tokens, syn, h)) return true;
  // An act a verb of going on carries is negated with it: "was unable to keep funding" = "could
  // no longer fund", "did not continue to pay" = "stopped paying".
  if (h >= 0 && syn.labels[p] === 'xcomp' && CONTINUING_VERBS.has(tokens[h]!.lemma) && negatedClause(tokens, syn, h)) return true;
  // (Its "to" infinitive, however the parse labelled it: "failed to reach orbit".)
  const markedTo = dependentsOf(syn, p, /^mark$/).some((d) => tokens[d]!.lower === 'to');
  const infinitive = syn.labels[p] === 'xcomp' || (syn.labels[p] === 'advcl' && markedTo);
  if (h >= 0 && infinitive && DECLINING_VERBS.has(tokens[h]!.lemma)) return true;
  // A degree past what the act allows denies it: "too poor for the helicopter to fly" (the
  // infinitive on its subject's "for" phrase, or on the word "too" grades); so does a degree
  // short of it, denied: "had not been enough to let the company avoid it" (through the verbs
  // that carry the act, "let … avoid").
  if (infinitive || (syn.labels[p] === 'acl' && markedTo)) {
    const graded = syn.labels[p] === 'acl' && h >= 0 && dependentsOf(syn, h, /^case$/).some((c) => tokens[c]!.lower === 'for') ? syn.heads[h]! : h;
    if (graded >= 0 && dependentsOf(syn, graded, /^advmod$/).some((d) => tokens[d]!.lower === 'too')) return true;
  }
  for (let v = p, up = syn.heads[p]!; up >= 0 && syn.labels[v] === 'xcomp'; v = up, up = syn.heads[up]!) {
    if ((tokens[up]!.lower === 'enough' || dependentsOf(syn, up, /^advmod$/).some((d) => tokens[d]!.lower === 'enough')) && negatedClause(tokens, syn, up)) return true;
  }
  // So does "cease" over its "to" infinitive, verbal or not: "had ceased to be viable" = "was no
  // longer viable". (Only "cease": "stopped to talk", "quit to join a rival" tell a purpose; the
  // other ceasing verbs take their act as a gerund, above.)
  if (tokens[p]!.lemma === 'cease') {
    let under = i;
    while (under >= 0 && syn.heads[under] !== p) under = syn.heads[under]!;
    if (under >= 0 && syn.labels[under] === 'xcomp' && dependentsOf(syn, under, /^mark$/).some((d) => tokens[d]!.lower === 'to')) return true;
  }
  // A participant of a declining verb ("Both companies declined to comment") = "Neither commented".
  if (i !== p && DECLINING_VERBS.has(tokens[p]!.lemma) && hasDependent(syn, p, /^xcomp$/)) return true;
  // (Its infinitive read as a noun after "to", "fewer than 300 failed to finish.", is still its act.)
  if (i !== p && DECLINING_VERBS.has(tokens[p]!.lemma) && syn.heads[i] === p && /^obl/.test(syn.labels[i]!) && tokens[i - 1]?.lower === 'to' && isVerbLemma(tokens[i]!.lemma)) return true;
  // "has stopped making biscuits" = "no longer makes them", "denies stealing" = "says he did
  // not steal", "avoided flooding" = "was not flooded": an act ceased, denied or escaped.
  // (Asked of the word too, where the parse took a gerund for a noun and gave its clause to the
  // verb above: "his payments had stopped counting".)
  if (gerundDenied(tokens, syn, p) || (i !== p && gerundDenied(tokens, syn, i))) return true;
  // "decided against renewing the contract" = "decided not to renew it": an act chosen against
  // is not done.
  if (h >= 0 && syn.tags[h] === 'VERB' && /ing$/.test(tokens[p]!.lower) && dependentsOf(syn, p, /^(mark|case)$/).some((d) => tokens[d]!.lower === 'against')) return true;
  // "Work has been halted" = "no work is being done": the subject of a ceasing verb.
  if (i !== p && syn.heads[i] === p && /^nsubj/.test(syn.labels[i]!) && CEASING_VERBS.has(tokens[p]!.lemma)) return true;
  // "has yet to concede", "is still to decide": an act not yet done.
  if (markedTo &&
    [p, /^(xcomp|advcl)$/.test(syn.labels[p]!) ? h : -1].some((v) => v >= 0 && dependentsOf(syn, v, /^advmod$/).some((d) => /^(yet|still)$/.test(tokens[d]!.lower)))) return true;
  // "must still be approved", "still needs to be signed": an act still required, not yet done.
  if (dependentsOf(syn, p, /^advmod$/).some((d) => tokens[d]!.lower === 'still') &&
    dependentsOf(syn, p, /^aux/).some((d) => /^(must|need|needs)$/.test(tokens[d]!.lower))) return true;
  // "was unable to reopen" = "could not reopen", "keeping it open is unaffordable" = "cannot
  // afford to keep it open": a word negated by its prefix governs the act.
  if (h >= 0 && /^(xcomp|csubj)$/.test(syn.labels[p]!) && prefixNegatedBase(tokens[h]!.lemma) !== null) return true;
  // "homes lost power" = "homes were left without power": a privative verb denies its object.
  // So does a verb that stops, forbids or excludes it, the object made subject of a passive or
  // not: "bans the use of hosepipes" = "may not use them", "job cuts were ruled out" = "no job cuts".
  if (i !== p && syn.heads[i] === p && syn.labels[i] === 'obj' && PRIVATIVE_VERBS.has(tokens[p]!.lemma)) return true;
  // (The word may describe the object: "no compulsory redundancies" / "compulsory redundancies
  // were ruled out".)
  let arg = i;
  while (arg >= 0 && syn.heads[arg] !== p && /^(amod|compound|nummod|det)$/.test(syn.labels[arg] ?? '')) arg = syn.heads[arg]!;
  const passiveSubject = /^nsubj/.test(syn.labels[arg] ?? '') && (syn.labels[arg] === 'nsubj:pass' || hasDependent(syn, p, /^aux:pass$/));
  if (arg >= 0 && arg !== p && syn.heads[arg] === p && (syn.labels[arg] === 'obj' || passiveSubject) && OBJECT_PREVENTING.has(phrasalKey(tokens, syn, p))) return true;
  // (So does such a verb's noun with its "on" phrase: "a ban on construction traffic" = "no
  // construction traffic".)
  const preventing = arg >= 0 ? syn.heads[arg]! : -1;
  if (preventing >= 0 && syn.tags[preventing] === 'NOUN' && /^nmod/.test(syn.labels[arg]!) && markedBy(syn, tokens, arg, 'on') && OBJECT_PREVENTING.has(tokens[preventing]!.lemma)) return true;
  // "a frost-free spring" = "a spring without frost", "free of debt" = "with no debt", "clear of
  // any outstanding judgments" = "no outstanding judgments".
  let of = i - 1;
  while (of > 0 && /^(DET|ADJ)$/.test(tokens[of]!.pos) && i - of <= 3) of--;
  if ((hyphenatedWithNext(tokens, i) && tokens[i + 2]!.lower === 'free') || (/^(of|from)$/.test(tokens[of]?.lower ?? '') && /^(free|clear)$/.test(tokens[of - 1]?.lower ?? ''))) return true;
  // So is a thing a privative noun is of: "in the absence of the scheme" = "without the
  // scheme", "for lack of funds" = "with no funds".
  if (syn.heads[i]! >= 0 && /^(absence|lack)$/.test(tokens[syn.heads[i]!]!.lemma) && markedBy(syn, tokens, i, 'of')) return true;
  // "to bring homes back into use rather than to raise money", "instead of raising": the
  // alternative set aside is not done.
  let before = p - 1;
  while (before > 0 && /^(to|be|being)$/.test(tokens[before]!.lower)) before--;
  if (before > 0 && /^(rather than|instead of)$/.test(`${tokens[before - 1]!.lower} ${tokens[before]!.lower}`)) return true;
  // So is a thing set aside: "in the rescue phase rather than the recovery phase" = "…, not the
  // recovery phase".
  let noun = i;
  while (syn.heads[noun]! >= 0 && /^(amod|compound|det|nummod)$/.test(syn.labels[noun]!)) noun = syn.heads[noun]!;
  // (The parse may hang the "than" on the noun, or leave it before; and the comma before it.)
  const opening = Math.min(...subtreeOf(syn, noun).filter((k) => tokens[k]!.pos !== 'PUNCT'));
  const wordsAt = (k: number) => `${tokens[k]?.lower ?? ''} ${tokens[k + 1]?.lower ?? ''}`;
  if ([opening - 2, opening].some((k) => k >= 0 && /^(rather than|instead of)$/.test(wordsAt(k)))) return true;
  // "winds too light for any racing", "too weak to stand": what the degree is too much for does
  // not happen.
  let governed = i;
  while (syn.heads[governed]! >= 0 && /^(amod|compound|det|nummod)$/.test(syn.labels[governed]!)) governed = syn.heads[governed]!;
  const over = syn.heads[governed]!;
  if (over >= 0 && syn.tags[over] === 'ADJ' && /^(obl|xcomp|advcl)/.test(syn.labels[governed]!) && governed > over &&
    dependentsOf(syn, over, /^advmod$/).some((d) => tokens[d]!.lower === 'too' && d < over)) return true;
  // "unless the company improves its offer" = "if the company does not improve it".
  if (dependentsOf(syn, p, /^mark$/).some((d) => tokens[d]!.lower === 'unless')) return true;
  // "Officials denied that the plant had leaked" = "said it had not leaked": a denying verb
  // negates the clause it governs.
  if (h >= 0 && syn.labels[p] === 'ccomp' && DENYING_VERBS.has(tokens[h]!.lemma)) return true;
  const from = dependentsOf(syn, p, /^(mark|case)$/).find((d) => tokens[d]!.lower === 'from');
  return from !== undefined && /ing$/.test(tokens[p]!.lower) &&
    (tokens.slice(Math.max(0, from - 4), from).some((t) => PREVENTING.has(t.lemma)) || (h >= 0 && PREVENTING.has(tokens[h]!.lemma)));
}

/**
 * Whether the negator opens a question on its inverted auxiliary: "Isn't the company losing
 * water through leaks?" asks, expecting yes; it denies nothing.
 */
function negativeQuestion(tokens: readonly Token[], i: number): boolean {
  const words = tokens.filter((t) => t.isWord);
  return tokens[tokens.length - 1]?.text === '?' && words[0]?.pos === 'AUX' && words[1] === tokens[i] && /^(n't|not|n’t)$/.test(tokens[i]!.lower);
}

/**
 * "did not say it would dismiss him": the negator denies the saying, not the act said; "said it
 * would not dismiss him" is another claim. True when the verb's own clause has no negator and
 * the reporting verb it is reported under has one.
 */
function onlyTheSayingDenied(tokens: readonly Token[], syn: SentenceSyntax, v: number): boolean {
  const h = syn.heads[v]!;
  const negates = (d: number) => negatorAt(tokens, d);
  return h >= 0 && syn.labels[v] === 'ccomp' && REPORTING_VERBS.has(tokens[h]!.lemma) && dependentsOf(syn, h).some(negates) && !dependentsOf(syn, v).some(negates);
}

/**
 * "not due until September", "won't open until May": a negation that only sets a time. Not
 * when the other side keeps the "until" ("did not run until the fault was fixed" / "kept
 * running until the fault was fixed" is a flip).
 */
function onlyUntil(tokens: readonly Token[], syn: SentenceSyntax, i: number, other: readonly Token[]): boolean {
  if (other.some((t) => t.lower === 'until' || t.lower === 'till')) return false;
  const p = predicateOf(syn, i);
  if (p < 0) return false;
  // "will not open before 2029" = "will open no earlier than 2029": so does "before", where the
  // other side bounds the time from below ("no earlier than", "no sooner than", "at the earliest").
  const earliest = other.some((t, k) => (/^(earlier|sooner)$/.test(t.lower) && /^(no|not)$/.test(other[k - 1]?.lower ?? '')) ||
    (t.lower === 'earliest' && other[k - 1]?.lower === 'the' && other[k - 2]?.lower === 'at'));
  // ("would not go ahead unless …" = "would go ahead only if …".)
  const onlyIf = other.some((t, k) => t.lower === 'if' && other[k - 1]?.lower === 'only');
  const bound = (w: string) => w === 'until' || (earliest && w === 'before') || (onlyIf && w === 'unless');
  // On the predicate or its infinitive ("not due to reopen until March").
  // (Or on the negated word itself, where the tagger made the verb an adjective: "will not open/ADJ before 2029".)
  if ([i, p, ...dependentsOf(syn, p, /^xcomp$/)].some((v) => dependentsOf(syn, v, /^(obl|advcl|advmod)/)
    .some((d) => bound(tokens[d]!.lower) || dependentsOf(syn, d, /^(case|mark)$/).some((c) => bound(tokens[c]!.lower))))) return true;
  // (Or a bound the parse hung elsewhere below the predicate, with no other verb between: "is
  // not due back until the end of the month", its phrase read as a clause of the full stop.)
  return tokens.some((t, k) => k > i && bound(t.lower) && dominates(syn.heads, p, k) && !pathHasVerb(syn, k, p));
}

/**
 * "could be a week or more before residents were allowed home" = "might not be allowed home for
 * a week": an act told after "it be <a time> before" does not happen until then. (Read from the
 * words: the parse hangs the "before" clause on the verb above as often as on the time.)
 */
function waitedFor(tokens: readonly Token[], syn: SentenceSyntax, v: number): boolean {
  const before = dependentsOf(syn, v, /^mark$/).find((d) => tokens[d]!.lower === 'before');
  if (before === undefined) return false;
  let k = before - 1, time = false;
  for (; k >= 0 && /^(DET|NUM|ADJ|NOUN|CCONJ)$/.test(tokens[k]!.pos); k--) time ||= tokens[k]!.pos === 'NOUN' && isTimeNoun(tokens[k]!.lemma);
  if (!time || !/^(be|been)$/.test(tokens[k]?.lower ?? '')) return false;
  while (k > 0 && tokens[k - 1]!.pos === 'AUX') k--;
  return tokens[k - 1]?.lower === 'it';
}

/** Whether a word between `from` and its ancestor `to` (both left out) is a verb. */
function pathHasVerb(syn: SentenceSyntax, from: number, to: number): boolean {
  for (let x = syn.heads[from]!; x >= 0 && x !== to; x = syn.heads[x]!) if (/^(VERB|AUX)$/.test(syn.tags[x]!)) return true;
  return false;
}

/**
 * "Neither player had dropped a set" = "Both players reached the final without losing a set": the
 * source's negated act told in the rewrite under "without", known by its object, which the two
 * share.
 */
function deniedWithout(ctx: PairContext, sPred: number): boolean {
  const sSyn = ctx.syntax.source();
  const rSyn = ctx.syntax.rewrite();
  const objects = new Set(dependentsOf(sSyn, sPred, /^obj$/).map((o) => ctx.match.sToR[o] ?? -1).filter((o) => o >= 0));
  if (objects.size === 0) return false;
  const without = (i: number) => dependentsOf(rSyn, i, /^(mark|case)$/).some((d) => ctx.rTok[d]!.lower === 'without');
  // ("have not had a pay rise in nine years" / "had gone nine years without a pay rise": the
  // object itself under "without".)
  return [...objects].some(without) ||
    ctx.rTok.some((_t, v) => rSyn.tags[v] === 'VERB' && without(v) && dependentsOf(rSyn, v, /^obj$/).some((o) => objects.has(o)));
}

/**
 * "No woman had run the distance faster" = "the fastest by a woman": a negated comparative says
 * what the superlative says; nothing was denied. True when the negating side compares and the
 * other ranks.
 */
function comparativeForSuperlative(negating: readonly Token[], other: readonly Token[]): boolean {
  // The degree word each side, by its lemma: "faster" / "fastest", "more costly" / "most
  // costly", "better" / "best"; one word or its synonym ("bigger" / "largest").
  // (An adverb's lemma may keep its ending, "faster": then the word less its ending.)
  const degrees = (tokens: readonly Token[], inflected: RegExp, more: string) => tokens.flatMap((t, i) => {
    const m = /^(ADJ|ADV)$/.test(t.pos) ? inflected.exec(t.lower) : null;
    if (m) return [t.lower !== t.lemma ? t.lemma : m[1] ?? t.lemma];
    if (t.lower === more && /^(ADJ|ADV)$/.test(tokens[i + 1]?.pos ?? '')) return [tokens[i + 1]!.lemma];
    return [];
  });
  const compared = degrees(negating, /^(\p{L}{2,}?)(?:er|ier)$|^(?:bett|wor)(?:er|se)$/u, 'more');
  const ranked = degrees(other, /^(\p{L}{2,}?)(?:est|iest)$|^(?:be|wor)st$/u, 'most');
  return compared.some((d) => ranked.some((e) => d === e || mayMeanTheSame(d, e)));
}

/**
 * "did not support" -> "backed", "will be postponed" -> "will not be put off": a negated verb
 * (or adjective) replaced by one word that may mean the same, with nothing but auxiliaries and
 * its particle beside it in the replaced stretch, is the same act; -1 when there is none.
 * (Other words may negate it their own way: "is still not finished" -> "has yet to be
 * completed", "not as sharply" -> "less steeply".)
 */
function synonymInStretch(from: Side, head: number, to: Side, stretch: readonly number[]): number {
  // (By the parse's tags, which read the whole sentence: the word tagger takes the gerund in
  // "stopped short of ruling out" for a noun.)
  const tag = (side: Side, i: number) => side.syn.tags[i] ?? side.tokens[i]!.pos;
  // (Not a scope word, "not many" / "few": the quantifier rule weighs those.)
  if (!/^(VERB|ADJ)$/.test(tag(from, head)) || SCOPE_WORDS.has(from.tokens[head]!.lower)) return -1;
  const key = phrasalKey(from.tokens, from.syn, head);
  const lemma = (side: Side, i: number) => { const t = side.tokens[i]!; return t.pos !== 'VERB' && tag(side, i) === 'VERB' ? verbOfForm(t.lower) ?? t.lemma : t.lemma; };
  // (Two verbs of denying are one act: "Nowicki denies the charges" / "does not dispute them".)
  const denying = (side: Side, i: number) => DENYING_VERBS.has(lemma(side, i));
  const same = stretch.filter((i) => tag(to, i) === tag(from, head) && (mayMeanTheSame(lemma(to, i), lemma(from, head)) || mayMeanTheSame(phrasalKey(to.tokens, to.syn, i), key) ||
    (denying(to, i) && denying(from, head))));
  if (same.length !== 1) return -1;
  // (A particle of the verb, or the word opening its clause in place of the negator: "without
  // notifying the agency" / "after informing the agency".)
  const particle = (i: number) => to.syn.heads[i] === same[0] && /^(compound:prt|mark)$/.test(to.syn.labels[i]!);
  // (The verb's own object reworded beside it changes nothing of the act: "reduce their flock
  // sizes" / "cut the size of their flocks".)
  const objects = dependentsOf(to.syn, same[0]!, /^obj$/).flatMap((o) => subtreeOf(to.syn, o));
  const ofObject = (i: number) => objects.includes(i) && !/^(ADV|PART)$/.test(to.tokens[i]!.pos);
  return stretch.every((i) => i === same[0] || to.tokens[i]!.pos === 'AUX' || particle(i) || isNegator(to.tokens[i]!) || ofObject(i)) ? same[0]! : -1;
}

/**
 * The act a negating pronoun followed by a phrase is the subject of, from the parse ("nobody on
 * the ferry", "none of them"): the phrase says who, the act what is denied.
 */
function negatedSubjectsAct(tokens: readonly Token[], syn: SentenceSyntax, i: number): number | undefined {
  // ("no one aboard": the pronoun is "no one"'s "one".)
  const p = tokens[i]!.lower === 'no' && tokens[i + 1]?.lower === 'one' ? i + 1 : i;
  const noOne = tokens[p]!.lower === 'one' && tokens[p - 1]?.lower === 'no';
  // ("Not a single vote was cast": the subject "not a single" denies is its act's, as "none" is.)
  let single = tokens[i]!.lemma === 'not' && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'single' ? headOf(tokens, i) : -1;
  // (Its noun past the words describing it: "Not a single independent candidate was elected".)
  while (single >= 0 && /^(amod|compound)$/.test(syn.labels[single] ?? '') && syn.heads[single]! > single) single = syn.heads[single]!;
  if (single >= 0 && /^nsubj/.test(syn.labels[single] ?? '') && /^(VERB|ADJ)$/.test(syn.tags[syn.heads[single]!] ?? '')) return syn.heads[single]!;
  if (!(noOne || /^(nobody|nothing|none|neither)$/.test(tokens[p]!.lower)) || !/^nsubj/.test(syn.labels[p] ?? '')) return undefined;
  // (The phrase: a preposition's, or an adverb of place on the pronoun, "no one aboard".)
  const phrase = tokens[p + 1]?.pos === 'ADP' || (syn.heads[p + 1] === p && syn.labels[p + 1] === 'advmod');
  if (!phrase) return undefined;
  const h = syn.heads[p]!;
  // (Not a verb with a second subject, a relative clause's the parse made the head: "None of
  // the 46 boats that started …".)
  return h >= 0 && /^(VERB|ADJ)$/.test(syn.tags[h]!) && dependentsOf(syn, h, /^nsubj/).length === 1 ? h : undefined;
}

/**
 * "None of the 11 candidates won" / "Not one of the 11 candidates took": the set a negating
 * pronoun's phrase names, negated in the rewrite too, by a negator before it in its phrase.
 */
function setNegatedIn(ctx: PairContext, si: number): boolean {
  const noun = ctx.sTok.findIndex((x, k) => k > si && k <= si + 6 && (x.pos === 'NOUN' || x.pos === 'PROPN'));
  const rNoun = noun >= 0 ? ctx.match.sToR[noun] ?? -1 : -1;
  if (rNoun < 0) return false;
  for (let k = rNoun - 1; k >= 0 && rNoun - k <= 8; k--) {
    if (negatorAt(ctx.rTok, k)) return true;
    if (/^(VERB|AUX|PUNCT)$/.test(ctx.rTok[k]!.pos)) return false;
  }
  return false;
}

/**
 * Whether the rewrite escapes or avoids the source's act by its noun ("was injured" / "escaped
 * injury", "was not flooded" / "avoided flooding"): a verb that denies its object's act.
 */
function escapedAct(ctx: PairContext, head: number): boolean {
  // (Read from the words: the parse often loses "escaped injury" to a fragment.)
  const act = verbLemma(ctx.sTok[head]!);
  return ctx.rTok.some((t, v) => /^(escape|avoid)$/.test(t.lemma) && [v + 1, v + 2].some((o) => {
    const w = ctx.rTok[o];
    return !!w && (w.pos === 'NOUN' || w.pos === 'VERB') && (samePredicate(`n:${w.lemma}`, act) || mayMeanTheSame(verbLemma(w), act));
  }));
}

/**
 * "without notifying the Environment Agency" -> "informed the Environment Agency and then …":
 * the negated verb's object kept, taken in the rewrite by a verb of the same sense, however far
 * the words moved; that verb, or -1.
 */
function verbOfSameObject(ctx: PairContext, head: number): number {
  const sSyn = ctx.syntax.source();
  const rSyn = ctx.syntax.rewrite();
  if (sSyn.tags[head] !== 'VERB') return -1;
  // (Any word of the object's name: the parse may split "the Environment Agency" either way.)
  const objects = dependentsOf(sSyn, head, /^(obj|obl:unmarked)$/).filter((o) => !hasDependent(sSyn, o, /^case$/)).flatMap((o) => subtreeOf(sSyn, o));
  for (const o of objects) {
    let ro = ctx.match.sToR[o] ?? -1;
    while (ro >= 0 && /^(compound|flat|nmod:desc)$/.test(rSyn.labels[ro]!)) ro = rSyn.heads[ro]!;
    const v = ro >= 0 ? rSyn.heads[ro]! : -1;
    if (v >= 0 && /^(obj|obl)$/.test(rSyn.labels[ro]!) && rSyn.tags[v] === 'VERB' && (ctx.match.rToS[v] ?? -1) < 0 && mayMeanTheSame(verbLemma(ctx.rTok[v]!), verbLemma(ctx.sTok[head]!))) return v;
  }
  return -1;
}

/**
 * "did not need hospital treatment" -> "was treated in hospital": a negated verb whose object
 * names an act, told in the rewrite by that act's own verb (the one unmatched verb of that
 * sense); -1 when there is none.
 */
function actOfObject(ctx: PairContext, head: number): number {
  const sSyn = ctx.syntax.source();
  const rSyn = ctx.syntax.rewrite();
  // (Or the negated word is that noun itself: "found she had no injuries" -> "found she had been
  // injured".)
  // (Then only a verb the noun is made from, its stem kept: WordNet relates "change" to "leave".)
  const itself = sSyn.tags[head] === 'NOUN';
  const act = itself ? head : dependentsOf(sSyn, head, /^obj$/).find((o) => sSyn.tags[o] === 'NOUN');
  if (act === undefined || (ctx.match.sToR[act] ?? -1) >= 0) return -1;
  const noun = ctx.sTok[act]!.lemma;
  const madeFrom = (verb: string) => !itself || noun.slice(0, 4) === verb.slice(0, 4);
  const verbs = ctx.rTok.map((_t, i) => i).filter((i) => rSyn.tags[i] === 'VERB' && (ctx.match.rToS[i] ?? -1) < 0 && samePredicate(`n:${noun}`, ctx.rTok[i]!.lemma) && madeFrom(ctx.rTok[i]!.lemma));
  return verbs.length === 1 ? verbs[0]! : -1;
}

/**
 * "reactivated without the knowledge of the security team" -> "switched back on with the
 * blessing of the security team": a noun under "without" replaced by one under "with" that is
 * of the same party (its "of" phrase kept): the rewrite's noun, or -1.
 */
function withForWithout(ctx: PairContext, head: number): number {
  const sSyn = ctx.syntax.source();
  const rSyn = ctx.syntax.rewrite();
  if (!/^(NOUN|PROPN)$/.test(sSyn.tags[head] ?? '') || !markedBy(sSyn, ctx.sTok, head, 'without')) return -1;
  const owners = new Set(dependentsOf(sSyn, head, /^nmod/).map((d) => ctx.match.sToR[d] ?? -1).filter((r) => r >= 0));
  return (hunkOfSource(ctx, head)?.r ?? []).find((r) => /^(NOUN|PROPN)$/.test(rSyn.tags[r] ?? '') && markedBy(rSyn, ctx.rTok, r, 'with') &&
    dependentsOf(rSyn, r, /^nmod/).some((d) => owners.has(d))) ?? -1;
}

/**
 * "would not make compulsory redundancies" -> "there would be compulsory redundancies": a
 * negated verb replaced by "there is", whose subject is the verb's object; the predicate that
 * "there" hangs on (the parse makes it the noun or "be"), or -1.
 */
function existenceOfObject(ctx: PairContext, head: number): number {
  const sSyn = ctx.syntax.source();
  const rSyn = ctx.syntax.rewrite();
  const there = ctx.rTok.findIndex((t, i) => t.lower === 'there' && rSyn.labels[i] === 'expl');
  const p = there >= 0 ? rSyn.heads[there]! : -1;
  if (p < 0) return -1;
  for (const o of dependentsOf(sSyn, head, /^obj$/)) {
    const r = ctx.match.sToR[o] ?? -1;
    if (r < 0) continue;
    if (p === r || (rSyn.heads[r] === p && /^nsubj/.test(rSyn.labels[r]!) && ctx.rTok[p]!.lemma === 'be')) return p;
  }
  return -1;
}

const UNIVERSALS = /^(all|every|each|everyone|everybody|everything)$/;

/**
 * "None of the 46 boats was forced to retire" = "All 46 boats got through without being forced
 * to retire": saying no member did something is saying every member did not. Where one side
 * negates the quantity of a set and the other puts a universal on the same set, with a negation
 * of its own in the clause, the negation moved; it was not lost or added.
 */
function negationMovedOffSet(ctx: PairContext): boolean {
  const moved = (aTok: readonly Token[], bTok: readonly Token[], aToB: ArrayLike<number>, bToA: ArrayLike<number>) => aTok.some((t, i) => {
    if (!NEGATED_QUANTIFIERS.has(t.lower)) return false;
    // The set it negates: the noun after it, after "of the" for "none of the boats".
    const noun = aTok.findIndex((x, k) => k > i && k <= i + 6 && (x.pos === 'NOUN' || x.pos === 'PROPN'));
    const bNoun = noun >= 0 ? aToB[noun] ?? -1 : -1;
    if (bNoun < 0) return false;
    // (Or a generic "a", with a modal: "No orchestra of our size can survive" / "An orchestra of
    // its size could not survive".)
    const before = bTok.slice(Math.max(0, bNoun - 4), bNoun);
    const generic = before.some((x) => /^an?$/.test(x.lower)) && bTok.some((x) => /^(can|could|cannot|would|will)$/.test(x.lower));
    if (!generic && !before.some((x) => UNIVERSALS.test(x.lower))) return false;
    // The other side's negation is on a word the first states after the set, unnegated: "was
    // forced" / "without being forced".
    return bTok.some((x, k) => {
      if (!isNegator(x) || NEGATED_QUANTIFIERS.has(x.lower) || k < bNoun) return false;
      const h = headOf(bTok, k);
      const a = h >= 0 ? bToA[h] ?? -1 : -1;
      return a > noun && !negatedNear(aTok, a);
    });
  });
  return moved(ctx.sTok, ctx.rTok, ctx.match.sToR, ctx.match.rToS) || moved(ctx.rTok, ctx.sTok, ctx.match.rToS, ctx.match.sToR);
}

/** The clauses a text denies by its verb ("denied that the plant had leaked"): [the denying verb, the clause's predicate]. */
function deniedClauses(tokens: readonly Token[], syn: SentenceSyntax): [number, number][] {
  const out: [number, number][] = [];
  tokens.forEach((t, v) => {
    if (!DENYING_VERBS.has(t.lemma) || syn.tags[v] !== 'VERB' || negatedNear(tokens, v)) return;
    for (const c of dependentsOf(syn, v, /^ccomp$/)) out.push([v, c]);
  });
  return out;
}

/** The clauses a text reports plainly, by a reporting or admitting verb said with no "no": [the verb, the clause's predicate]. */
function reportedClauses(tokens: readonly Token[], syn: SentenceSyntax): [number, number][] {
  const out: [number, number][] = [];
  tokens.forEach((t, v) => {
    if (!(REPORTING_VERBS.has(t.lemma) || ADMITTING_VERBS.has(t.lemma)) || syn.tags[v] !== 'VERB' || negatedNear(tokens, v)) return;
    // (A clause opened by "that" however the parse labelled it: "conceded that losing its client
    // had played a part", its gerund subject read as the clause.)
    for (const c of dependentsOf(syn, v, /^(ccomp|advcl)$/)) if (syn.labels[c] === 'ccomp' || dependentsOf(syn, c, /^mark$/).some((m) => tokens[m]!.lower === 'that')) out.push([v, c]);
  });
  return out;
}

/** Verbs that grant the clause they govern, beyond the reporting verbs. */
const ADMITTING_VERBS = new Set(['admit', 'accept', 'agree', 'grant', 'own']);

/**
 * "No village had been left without help" = "every village has been receiving help": two
 * negators on one clause cancel, and the other text that says the clause with neither (its "no"
 * on a participant told as "every", its "never" as "always") says the same. True when another
 * negator of `neg`'s sentence belongs to the same predicate as the one at `k`, and the other
 * text's predicate says no nowhere (and has the universal a negated participant needs). Either
 * way round: "Supply was restored to all homes" / "no home was still without supply".
 */
function negationsCancel(neg: Side, k: number, other: Side, otherPred: number, toOther: ArrayLike<number>): boolean {
  const clause = clauseOfNegator(neg.tokens, neg.syn, k);
  const second = neg.tokens.findIndex((_t, j) => j !== k && negatorAt(neg.tokens, j) && clauseOfNegator(neg.tokens, neg.syn, j) === clause);
  // (The other text's predicate says no nowhere: not in its own clause, nor on a participant
  // below it, "not all of its members would be able to absorb the cut". A second negator the
  // other text has too cancels nothing it lacks.)
  if (second < 0 || ((toOther[second] ?? -1) >= 0 && negatorAt(other.tokens, toOther[second]!)) || saysNo(other.tokens, other.syn, otherPred) || subtreeOf(other.syn, otherPred).some((j) => negatorAt(other.tokens, j))) return false;
  // ("not to stop their treatment without speaking to a doctor" / "to consult a doctor before
  // stopping": a "without" phrase needs no universal either.)
  if (/^(not|without)$/.test(neg.tokens[second]!.lemma) || neg.tokens[second]!.lower === "n't") return true;
  const universal = neg.tokens[second]!.lower === 'never' ? /^(always|ever)$/ : UNIVERSALS;
  return subtreeOf(other.syn, otherPred).some((j) => universal.test(other.tokens[j]!.lower));
}

/**
 * The predicate a negator's clause is told by. A "without" phrase belongs to the clause it is
 * said of, however the parse read it ("left without help", "help" a verb or a noun).
 */
function clauseOfNegator(tokens: readonly Token[], syn: SentenceSyntax, k: number): number {
  const p = predicateOf(syn, k);
  return p >= 0 && tokens[k]!.lower === 'without' && /^(advcl|obl|xcomp)/.test(syn.labels[p] ?? '') ? syn.heads[p]! : p;
}

export const negationRule: PairRule = (ctx) => {
  const out: RawFinding[] = [];
  // (Every pair is parsed below, by the declining-verb test whatever else it has.)
  const source: Side = { tokens: ctx.sTok, syn: ctx.syntax.source() };
  const rewrite: Side = { tokens: ctx.rTok, syn: ctx.syntax.rewrite() };
  const rGroups = findVerbGroups(ctx.rTok);
  const sGroups = findVerbGroups(ctx.sTok);
  const rSpanAround = (i: number) => {
    const g = groupContaining(rGroups, i);
    return g ? spanOf(ctx.rTok.slice(g.first, g.head + 1)) : spanOf([ctx.rTok[i]!]);
  };
  const sSpanAround = (i: number) => {
    const g = groupContaining(sGroups, i);
    return g ? spanOf(ctx.sTok.slice(g.first, g.head + 1)) : spanOf([ctx.sTok[i]!]);
  };

  // A source negator whose head survives in the rewrite without one.
  // (Not in a rewrite with no verb, a heading or a caption: "Behind the fall" names a topic; it
  // says nothing fell or did not.)
  const verbless = !ctx.rTok.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // (Nor a negating word the other text gives in a word of the same meaning: "a shortage of
  // snow" / "a lack of snow".)
  const sameWordAcross = (word: Token, across: readonly Token[], at: number, hunk: readonly number[] | undefined) =>
    (at >= 0 && mayMeanTheSame(across[at]!.lemma, word.lemma)) || (hunk ?? []).some((k) => mayMeanTheSame(across[k]!.lemma, word.lemma));
  const movedOffSet = negationMovedOffSet(ctx);
  // "It was the regulator, not the board, that ordered the inquiry" / "The board – not the
  // regulator – ordered it": the party kept and the party denied exchanged is a swap of who
  // did it, not two negations.
  const sContrasts = contrastsIn(ctx.sTok);
  for (const r of contrastsIn(ctx.rTok)) {
    const s = sContrasts.find((x) => shares(r.kept, x.denied) && shares(r.denied, x.kept) && !shares(r.kept, x.kept));
    if (!s || ctx.claimed.has(r.negator)) continue;
    const rSpan = spanOf(ctx.rTok.slice(r.first, r.last + 1));
    pushSwap(ctx, out, rSpan, spanOf(ctx.sTok.slice(s.first, s.last + 1)), r.negator, `the party the rewrite keeps is the one the source denies, and the other way round`);
  }
  ctx.sTok.forEach((t, si) => {
    if (!negatorAt(ctx.sTok, si) || verbless || movedOffSet || counterfactual(ctx.sTok, si)) return;
    if (t.pos === 'NOUN' && sameWordAcross(t, ctx.rTok, ctx.match.sToR[si] ?? -1, hunkOfSource(ctx, si)?.r)) return;
    // ("Nobody on the ferry was injured": a negating pronoun with a phrase of its own denies the
    // act it is the subject of, not the preposition after it.)
    const act = negatedSubjectsAct(ctx.sTok, ctx.syntax.source(), si);
    if (act !== undefined && setNegatedIn(ctx, si)) return;
    if (secondOfPair(ctx.sTok, si)) return;
    const pair = correlativePredicate(ctx.sTok, ctx.syntax.source(), si);
    let head = act ?? (pair >= 0 ? pair : headOf(ctx.sTok, si));
    if (head < 0 || sameNegationIn(ctx.rTok, t, ctx.sTok[head]!)) return;
    let rHead = ctx.match.sToR[head] ?? -1;
    // ("supported the aims of the bill but would not back it in its current form" / "backed the
    // bill's aims and would support it in its current form": the verb the aligner paired by its
    // word tells of other things; the one of the same sense told of the same ones is the act.)
    if (rHead >= 0) rHead = sameActByWhatItIsOf(ctx, head, rHead);
    if (rHead < 0) {
      // "had not been able to reach" -> "had managed to reach": where the negated word was
      // replaced, the negation reaches the act it governs, if the rewrite keeps that.
      const sSyn = ctx.syntax.source();
      // (Not a participle right after the object, which describes it: "not join a coalition led by X".)
      // (Not a reporting verb: after a closing quote it is no act the negation governs, however
      // the parse hung it: "“… have not had a pay rise,” said X".)
      const act = dependentsOf(sSyn, head, /^xcomp$/).find((c) => (ctx.match.sToR[c] ?? -1) >= 0 && !/^(NOUN|PROPN)$/.test(sSyn.tags[c - 1] ?? '') &&
        !REPORTING_VERBS.has(ctx.sTok[c]!.lemma));
      if (act !== undefined) [head, rHead] = [act, ctx.match.sToR[act]!];
      // "did not support" -> "backed": the negated verb replaced by a synonym, and nothing but
      // auxiliaries beside it, is the same act. (Other words may negate it their own way: "is
      // still not finished" -> "has yet to be completed", "not as sharply" -> "less steeply".)
      else rHead = synonymInStretch(source, head, rewrite, hunkOfSource(ctx, head)?.r ?? []);
      if (rHead < 0) rHead = verbOfSameObject(ctx, head);
      if (rHead < 0) rHead = actOfObject(ctx, head);
      if (rHead < 0) rHead = existenceOfObject(ctx, head);
      if (rHead < 0) rHead = withForWithout(ctx, head);
    }
    if (rHead < 0 || negatedNear(ctx.rTok, rHead) || (t.lemma === 'lack' && toldScarce(ctx.rTok, rHead)) || ctx.claimed.has(rHead) || comparativeForSuperlative(ctx.sTok, ctx.rTok) || lessForNotAs(ctx.sTok, si, ctx.rTok)) return;
    if (negatedAlikeIn(source, head, rewrite, rHead)) return;
    // (A verb matched with its homograph used as an adverb or a particle is another word: "would
    // not back it" / "It is expected back in the Commons".)
    const particle = (tag: string | undefined) => tag === 'ADV' || tag === 'ADP' || tag === 'PART';
    if (/^(VERB|AUX)$/.test(ctx.syntax.source().tags[head] ?? '') && particle(ctx.syntax.rewrite().tags[rHead])) return;
    if (negatedClause(ctx.rTok, ctx.syntax.rewrite(), rHead) || onlyUntil(ctx.sTok, ctx.syntax.source(), head, ctx.rTok) || waitedFor(ctx.rTok, ctx.syntax.rewrite(), rHead)) return;
    // ("have not yet established why …, and will not restart until we have" / "… still unknown;
    // the unit would stay shut until it had been established": the rewrite's verb is the act an
    // "until" waits for, which the source's "until" leaves unsaid.)
    const rSyn = ctx.syntax.rewrite();
    if (dependentsOf(rSyn, rHead, /^mark$/).some((m) => /^(until|till)$/.test(ctx.rTok[m]!.lower)) && ctx.sTok.some((x, k) => /^(until|till)$/.test(x.lower) && k > head)) return;
    // ("investments neither fund could reach" / "investments that neither could reach": the
    // participant's noun matched elsewhere, the act it took part in said with a "no".)
    const rAct = participantsAct(ctx.sTok, ctx.syntax.source(), si, head, ctx.match.sToR, ctx.syntax.rewrite());
    if (rAct >= 0 && saysNo(ctx.rTok, ctx.syntax.rewrite(), rAct)) return;
    // ("did not say it would dismiss him" / "said it would not dismiss him": the negation moved
    // into what was said, reported there, below, as the claim it is.)
    // (However the clause says no: "did not believe anyone else had been on the bridge" /
    // "believed no one else had been".)
    if (dependentsOf(ctx.syntax.source(), head, /^ccomp$/).some((c) => (ctx.match.sToR[c] ?? -1) >= 0 && saysNo(ctx.rTok, ctx.syntax.rewrite(), ctx.match.sToR[c]!))) return;
    // "Neither the mayor nor her deputy attended" = "both were absent": the rewrite says no
    // with the opposite of the source's negated predicate.
    const sPred = predicateOf(ctx.syntax.source(), head);
    const rPred = predicateOf(ctx.syntax.rewrite(), rHead);
    // (Or on the word itself, carried by another verb: "No services will be affected" / "all
    // services will continue unaffected", "no patients were harmed" / "all patients came through
    // unharmed".)
    // (The opposite may be the complement of each side's verb: "none had been found to be
    // invalid" / "all had been found valid".)
    const said = (syn: SentenceSyntax, p: number) => [p, ...dependentsOf(syn, p, /^(xcomp|advmod|advcl|obl)/)];
    // (Not the negating verb itself, whose opposite flips the claim: "still lacks a siren" / "has a
    // siren".)
    const carried = (p: number) => p >= 0 && said(ctx.syntax.source(), sPred).some((a) => a !== si && said(ctx.syntax.rewrite(), p).some((d) => opposite(ctx.sTok[a]!, ctx.rTok[d]!)));
    if ((sPred >= 0 && carried(rPred)) || opposite(ctx.sTok[head]!, ctx.rTok[rHead]!)) return;
    // "No patients will be moved" / "All patients will stay where they are", "no governor
    // abstained" / "every governor cast a vote": a participant's "no" turned into "all" or
    // "every" keeps the claim only with the opposite act, and says the opposite with the same
    // one ("All patients will be moved"). The act told in another word, neither side's word
    // matched, is that opposite.
    const universal = ctx.rTok.slice(Math.max(0, rHead - 4), rHead).some((x) => /^(all|every|each|both)$/.test(x.lower));
    // (Or the bound on the act turned to its complement: "None of the 78 players will be paid
    // less than their usual rate" / "All 78 players will receive at least their normal rate";
    // "are not expected to fall below 22°C" / "are expected to stay at 22C or above".)
    if (sPred >= 0 && rPred >= 0 && boundTurned(boundsIn(ctx.sTok, subtreeOf(ctx.syntax.source(), sPred)), boundsIn(ctx.rTok, subtreeOf(ctx.syntax.rewrite(), rPred)))) return;
    if (universal && /^(NOUN|ADJ)$/.test(ctx.sTok[head]!.pos) && sPred >= 0 && rPred >= 0 && sPred !== head && rPred !== rHead && (ctx.match.sToR[sPred] ?? -1) < 0 && (ctx.match.rToS[rPred] ?? -1) < 0 &&
      ctx.sTok[sPred]!.lemma !== ctx.rTok[rPred]!.lemma && !mayMeanTheSame(ctx.sTok[sPred]!.lemma, ctx.rTok[rPred]!.lemma)) return;
    if (sPred >= 0 && deniedWithout(ctx, sPred)) return;
    if (rPred >= 0 && negationsCancel(source, si, rewrite, rPred, ctx.match.sToR)) return;
    // "Nobody was injured" = "everyone escaped injury": the act's noun escaped or avoided. (Of a
    // participant's "no" or "neither", its clause's act: "Neither walker was injured" / "both
    // walkers escaped injury".)
    if (escapedAct(ctx, head)) return;
    const sSyn = ctx.syntax.source();
    if (sSyn.labels[si] === 'det' && sSyn.heads[si] === head && /^nsubj/.test(sSyn.labels[head] ?? '') && sSyn.heads[head]! >= 0 && escapedAct(ctx, sSyn.heads[head]!)) return;
    if (oppositeInScope(source, sPred, ctx.rTok, (i) => ctx.match.sToR[i] ?? -1)) return;
    // "had not borrowed from Tessaline before" = "the first time it has borrowed from Tessaline";
    // and a headline's "Corran borrows €40m from Tessaline" tells the act now, which "not before"
    // does not deny. (Not a rewrite that puts the act before: "had borrowed", "already", "before".)
    const putBefore = () => {
      const g = groupContaining(rGroups, rHead);
      return ctx.rTok.some((x) => /^(before|previously|already|earlier)$/.test(x.lower)) || (!!g && ctx.rTok.slice(g.first, rHead).some((x) => x.lower === 'had'));
    };
    const rFirst = ctx.rTok.some((x) => x.lower === 'first');
    if (negatesBefore(ctx.sTok, si) && (rFirst || !putBefore())) return;
    // ("has not imposed a ban since 2018" / "the last time it imposed a ban was in 2018", "have not
    // won the cup since 2011" / "their last cup win came in 2011".)
    const rLast = ctx.rTok.some((x, k) => x.lower === 'last' && /^(the|'s|’s|'|’)$/.test(ctx.rTok[k - 1]?.lower ?? '') && ctx.rTok[k + 1]?.pos !== 'NUM' &&
      ctx.rTok.slice(k + 1, k + 4).some((y) => y.pos === 'NOUN'));
    if ((negatesSince(ctx.sTok, si) && rFirst) || (deniedSince(ctx.sTok, si) && rLast)) return;
    // The rewrite may say the same with an opposite word ("did not approve" -> "rejected").
    const hunk = hunkOfSource(ctx, si);
    const replaced = hunk ? hunk.r.filter((i) => i < rHead) : [];
    const rStart = replaced.length ? Math.min(...replaced) : -1;
    const rSpan = rStart >= 0 ? spanOf(ctx.rTok.slice(rStart, rHead + 1)) : rSpanAround(rHead);
    const sSpan = spanOf([...ctx.sTok.slice(Math.min(si, head), Math.max(si, head) + 1)]);
    const sFull = { start: Math.min(sSpan.start, sSpanAround(si).start), end: sSpan.end };
    if (differentNamedDoers(ctx, sPred, rPred)) return;
    push(ctx, out, rSpan, sFull, rHead);
  });

  // A rewrite negator whose head the source states without one.
  ctx.rTok.forEach((t, ri) => {
    if (!negatorAt(ctx.rTok, ri) || ctx.claimed.has(ri) || counterfactual(ctx.rTok, ri) || movedOffSet || negativeQuestion(ctx.rTok, ri)) return;
    if (t.pos === 'NOUN' && sameWordAcross(t, ctx.sTok, ctx.match.rToS[ri] ?? -1, hunkOfRewrite(ctx, ri)?.s)) return;
    // "the first player from Poland to win" / "no player from Poland had won it before him".
    // (And a past perfect denied since a time, the streak the act now breaks: "their first home
    // win over them since 2019" / "who had not won at home against them since 2019".)
    const brokenStreak = deniedSince(ctx.rTok, ri) && ctx.rTok[ri - 1]?.lower === 'had';
    if ((negatesBefore(ctx.rTok, ri) || negatesSince(ctx.rTok, ri) || brokenStreak) && ctx.sTok.some((x) => x.lower === 'first')) return;
    if (secondOfPair(ctx.rTok, ri)) return;
    const pair = correlativePredicate(ctx.rTok, ctx.syntax.rewrite(), ri);
    const head = pair >= 0 ? pair : headOf(ctx.rTok, ri);
    if (head < 0 || sameNegationIn(ctx.sTok, t, ctx.rTok[head]!)) return;
    // ("has yet to be given a name" / "have not yet named": the act told by a verb and its object's
    // noun, which the source negates as a verb of its own.)
    const sourceNegatesAct = (lemma: string) => ctx.sTok.some((x, k) => x.lemma === lemma && ctx.syntax.source().tags[k] === 'VERB' && saysNo(ctx.sTok, ctx.syntax.source(), k));
    if (dependentsOf(ctx.syntax.rewrite(), head, /^i?obj$/).some((o) => ctx.syntax.rewrite().tags[o] === 'NOUN' && sourceNegatesAct(ctx.rTok[o]!.lemma))) return;
    // (As above: "will be postponed" -> "will not be put off", the negated verb a synonym.)
    let sHead = ctx.match.rToS[head] ?? -1;
    if (sHead < 0) sHead = synonymInStretch(rewrite, head, source, hunkOfRewrite(ctx, head)?.s ?? []);
    // ("after a public consultation" / "without holding a public consultation": the object of a
    // light verb under "without" tells the act, which the source names by its noun.)
    if (sHead < 0 && t.lower === 'without' && LIGHT_VERBS.has(ctx.rTok[head]!.lemma)) {
      sHead = dependentsOf(ctx.syntax.rewrite(), head, /^obj$/).map((o) => ctx.match.rToS[o] ?? -1).find((k) => k >= 0 && ctx.syntax.source().tags[k] === 'NOUN') ?? -1;
    }
    if (sHead < 0 || (negatedNear(ctx.sTok, sHead) && !onlyTheSayingDenied(ctx.sTok, ctx.syntax.source(), sHead)) || comparativeForSuperlative(ctx.rTok, ctx.sTok) || lessForNotAs(ctx.rTok, ri, ctx.sTok)) return;
    if (negatedClause(ctx.sTok, ctx.syntax.source(), sHead) || onlyUntil(ctx.rTok, ctx.syntax.rewrite(), head, ctx.sTok) || waitedFor(ctx.sTok, ctx.syntax.source(), sHead)) return;
    if (negatedAlikeIn(rewrite, head, source, sHead)) return;
    // (The source denies the same thing in a word of the same sense, the aligner having paired
    // this word with its namesake elsewhere: "homes were without power, the electricity network
    // said" / "homes had no electricity".)
    if (ctx.sTok.some((_x, k) => { if (!negatorAt(ctx.sTok, k)) return false; const h = headOf(ctx.sTok, k); return h >= 0 && h !== sHead && mayMeanTheSame(ctx.sTok[h]!.lemma, ctx.rTok[head]!.lemma); })) return;
    // "Neither company would comment" = "Both companies declined to comment": a "no" on a
    // participant negates its predicate, which the source may negate in its own way.
    const sPredicate = ctx.match.rToS[predicateOf(ctx.syntax.rewrite(), head)] ?? -1;
    if (sPredicate >= 0 && negatedClause(ctx.sTok, ctx.syntax.source(), sPredicate)) return;
    if (oppositeInScope(rewrite, predicateOf(ctx.syntax.rewrite(), head), ctx.sTok, (i) => ctx.match.rToS[i] ?? -1)) return;
    const sPred = predicateOf(ctx.syntax.source(), sHead);
    if (sPred >= 0 && negationsCancel(rewrite, ri, source, sPred, ctx.match.rToS)) return;
    const rSpan = { start: Math.min(ctx.rTok[ri]!.start, rSpanAround(ri).start), end: ctx.rTok[head]!.end };
    const rPred = predicateOf(ctx.syntax.rewrite(), head);
    if (differentNamedDoers(ctx, sPred, rPred)) return;
    // ("all of them have since gone home" / "none of them is still in hospital": a "no" on a
    // participant the source tells whole, of another act, told nowhere in the source and not of
    // its act's sense, denies that other act, which the source may well deny in its own words.)
    // (Only a "no" word on a participant; not "there was no controversy" or "had no tool", which
    // deny the thing itself.)
    const toldWhole = ctx.sTok.slice(Math.max(0, sHead - 3), sHead).some((x) => /^(all|every|each|both)$/.test(x.lower));
    if (/^(no|none|neither|nothing|nobody)$/.test(t.lower) && toldWhole && head !== rPred && rPred >= 0 && sPred >= 0 && (ctx.match.rToS[rPred] ?? -1) < 0 &&
      !/^(be|have)$/.test(ctx.rTok[rPred]!.lemma) && !mayMeanTheSame(ctx.rTok[rPred]!.lemma, ctx.sTok[sPred]!.lemma)) return;
    push(ctx, out, rSpan, sSpanAround(sHead), ri);
  });

  // "failed to reach the climbers" -> "managed to get to the climbers": a declining verb
  // replaced by one that does its act, and the other way round.
  // "ruled out lowering the standard" -> "made clear that the standard would be lowered": an act
  // a verb denies over its gerund, its verb dropped and the act told plainly, and the other way round.
  for (const [a, b, toB, isSource] of [[source, rewrite, ctx.match.sToR, true], [rewrite, source, ctx.match.rToS, false]] as const) {
    a.tokens.forEach((_t, g) => {
      if (!gerundDenied(a.tokens, a.syn, g)) return;
      const h = a.syn.heads[g]!;
      if ((toB[h] ?? -1) >= 0 || negatedNear(a.tokens, h)) return;
      const act = toB[g] ?? -1;
      if (act < 0 || /ing$/.test(b.tokens[act]!.lower) || !/^(root|ccomp|csubj|conj|parataxis)$/.test(b.syn.labels[act]!)) return;
      if (saysNo(b.tokens, b.syn, act) || (isSource ? ctx.claimed.has(act) : ctx.claimed.has(g))) return;
      if (isSource) push(ctx, out, rSpanAround(act), spanOf(ctx.sTok.slice(h, g + 1)), act);
      else push(ctx, out, spanOf(ctx.rTok.slice(h, g + 1)), sSpanAround(act), h);
    });
  }
  ctx.sTok.forEach((t, si) => {
    if (!DECLINING_VERBS.has(t.lemma) || (ctx.match.sToR[si] ?? -1) >= 0) return;
    const rVerb = actDoneInstead(source, rewrite, si, (i) => ctx.match.sToR[i] ?? -1, [...hunkOfSource(ctx, si)?.r ?? [], ...carriersOfSameAct(source, rewrite, si, (i) => ctx.match.rToS[i] ?? -1)], (i) => ctx.claimed.has(i));
    if (rVerb >= 0) push(ctx, out, rSpanAround(rVerb), sSpanAround(si), rVerb);
  });
  ctx.rTok.forEach((t, ri) => {
    if (!DECLINING_VERBS.has(t.lemma) || (ctx.match.rToS[ri] ?? -1) >= 0 || ctx.claimed.has(ri)) return;
    const sVerb = actDoneInstead(rewrite, source, ri, (i) => ctx.match.rToS[i] ?? -1, [...hunkOfRewrite(ctx, ri)?.s ?? [], ...carriersOfSameAct(rewrite, source, ri, (i) => ctx.match.sToR[i] ?? -1)], () => false);
    if (sVerb >= 0) push(ctx, out, rSpanAround(ri), sSpanAround(sVerb), ri);
  });

  // "narrowly avoided defeat" -> "suffered defeat": a verb that escapes the act its object names,
  // replaced by one that undergoes it, the act's noun kept; and the other way round.
  for (const [a, b, toB, isSource] of [[source, rewrite, ctx.match.sToR, true], [rewrite, source, ctx.match.rToS, false]] as const) {
    a.tokens.forEach((t, v) => {
      if (!ESCAPING_VERBS.has(t.lemma) || (toB[v] ?? -1) >= 0 || negatedNear(a.tokens, v)) return;
      for (const o of dependentsOf(a.syn, v, /^obj$/)) {
        const bo = toB[o] ?? -1;
        const bv = bo >= 0 && b.syn.labels[bo] === 'obj' ? b.syn.heads[bo]! : -1;
        if (bv < 0 || b.syn.tags[bv] !== 'VERB' || ESCAPING_VERBS.has(b.tokens[bv]!.lemma) || mayMeanTheSame(b.tokens[bv]!.lemma, t.lemma) || negatedNear(b.tokens, bv) || gerundDenied(b.tokens, b.syn, bv)) continue;
        if (isSource ? ctx.claimed.has(bv) : ctx.claimed.has(v)) continue;
        if (isSource) push(ctx, out, spanOf(ctx.rTok.slice(bv, bo + 1)), spanOf(ctx.sTok.slice(v, o + 1)), bv);
        else push(ctx, out, spanOf(ctx.rTok.slice(v, o + 1)), spanOf(ctx.sTok.slice(bv, bo + 1)), v);
      }
      // (Or the act's noun told as the verb of the same subject: "Foley escaped a booking" /
      // "Foley was booked".)
      const subject = dependentsOf(a.syn, v, /^nsubj/)[0];
      const bs = subject === undefined ? -1 : toB[subject] ?? -1;
      const bv = bs >= 0 && /^nsubj/.test(b.syn.labels[bs]!) ? b.syn.heads[bs]! : -1;
      if (bv < 0 || b.syn.tags[bv] !== 'VERB' || ESCAPING_VERBS.has(b.tokens[bv]!.lemma) || negatedNear(b.tokens, bv) || gerundDenied(b.tokens, b.syn, bv)) return;
      const o = dependentsOf(a.syn, v, /^obj$/).find((x) => (toB[x] ?? -1) < 0 && samePredicate(`n:${a.tokens[x]!.lemma}`, b.tokens[bv]!.lemma));
      if (o === undefined || (isSource ? ctx.claimed.has(bv) : ctx.claimed.has(v))) return;
      // (The verb with its auxiliaries: "was booked".)
      const group = Math.min(bv, ...dependentsOf(b.syn, bv, /^aux/));
      if (isSource) push(ctx, out, spanOf(ctx.rTok.slice(group, bv + 1)), spanOf(ctx.sTok.slice(v, o + 1)), bv);
      else push(ctx, out, spanOf(ctx.rTok.slice(v, o + 1)), spanOf(ctx.sTok.slice(group, bv + 1)), v);
    });
  }

  // Opposites inside the same replaced stretch.
  for (const h of ctx.match.hunks) {
    // Opposites are content words; stretches of many words are rewrites, not a swapped word.
    if (h.r.length > 8 || h.s.length > 8) continue;
    for (const ri of h.r) {
      if (ctx.claimed.has(ri) || !isContentToken(ctx.rTok[ri]!)) continue;
      const rLemma = ctx.rTok[ri]!.lemma;
      const si = h.s.find((s) => isContentToken(ctx.sTok[s]!) && (opposite(ctx.sTok[s]!, ctx.rTok[ri]!) ||
        (!nameWord(ctx.sTok[s]!) && !nameWord(ctx.rTok[ri]!) && areConverseParties(ctx.sTok[s]!.lemma, rLemma))));
      if (si === undefined) continue;
      // The two parties of one relation said of the same participant ("the lender" / "the
      // borrower", "the buyer" / "the seller") swap its role: nothing was negated.
      if (areConverseParties(ctx.sTok[si]!.lemma, rLemma)) {
        if (toldOfTheSameNames(ctx, si, ri)) continue;
        // (Nor where one side names both parties and the other only one: "split 60–40 in favour
        // of the winner" / "the winner will receive 60 per cent and the loser 40"; a headline
        // told from two sentences, one of each party, "The women's race went to Abera. Kiprotich
        // won the men's race" / "Kiprotich breaks record as Abera wins women's race".)
        if (ctx.rTok.some((t) => t.lemma === ctx.sTok[si]!.lemma) !== ctx.sTok.some((t) => t.lemma === rLemma)) continue;
        pushSwap(ctx, out, rSpanAround(ri), sSpanAround(si), ri, 'the two name the opposite parties of one relation');
        continue;
      }
      // "keep falling" / "drop": a verb of aspect carrying another verb says the act goes on or
      // stops; it is compared only with another such verb ("stopped selling" / "kept selling").
      if (aspectual(ctx.sTok, ctx.syntax.source(), si) !== aspectual(ctx.rTok, ctx.syntax.rewrite(), ri)) continue;
      // "did not reject" -> "approved" keeps the meaning: a negator on exactly one side cancels it,
      // near the word or on its clause ("No services will be affected" / "all will continue unaffected").
      if (saysNo(ctx.sTok, ctx.syntax.source(), si) !== saysNo(ctx.rTok, ctx.syntax.rewrite(), ri)) continue;
      // "a 0.2 per cent decline … followed a rise" / "a drop of 0.2% … followed an increase":
      // each word has a same-sense partner across, the opposites only paired by position.
      if (crossedSynonyms(ctx, si, ri) || saidOnBothSides(ctx, si, ri)) continue;
      // "to begin by the end of the month" / "to start this month": a point of a period is a time,
      // no act a verb's opposite denies.
      if ((pointOfPeriod(ctx.sTok, ctx.syntax.source(), si) && ctx.rTok[ri]!.pos === 'VERB') || (pointOfPeriod(ctx.rTok, ctx.syntax.rewrite(), ri) && ctx.sTok[si]!.pos === 'VERB')) continue;
      // ("Last year … for the first time" / "For the first time … last year".)
      if (phrasesMoved(ctx, si, ri)) continue;
      // "the first birth there in 19 years" / "the last birth there was 19 years ago": a time since
      // the last one, told from either end.
      const since = timeSinceLastOne(ctx.sTok, si);
      if (since !== null && since === timeSinceLastOne(ctx.rTok, ri)) continue;
      // "buy smaller rival Northbright" / "bought by its bigger rival Skyvale": opposite
      // comparisons of the two parties, each told of the other, say the same.
      if (comparedFromEachSide(ctx, si, ri)) continue;
      // "A sold X to B" -> "B bought X from A": an opposite verb told from the other party's side.
      // (Told from the same doer, converses swap the roles: the roles-swapped rule's.)
      if (converse(ctx, si, ri) || converseSwapAt(ctx, si, ri)) continue;
      // Converse verbs told from the same doer, or where the parse names no doer, reverse
      // the event's direction ("lent £2 million to the trust" / "borrowed £2 million from the
      // trust"): a swap of roles, not a negation.
      if (areConverse(ctx.sTok[si]!.lemma, rLemma) && [partyMarker(ctx.sTok, framesOf(ctx.sTok, ctx.syntax.source()), si), partyMarker(ctx.rTok, framesOf(ctx.rTok, ctx.syntax.rewrite()), ri)].sort().join(' ') === 'from to') {
        // (Unless the two marked parties differ: "it sold the flats to the developer Aldine
        // Estates" / "Aldine Estates bought the flats from Larchmont" is the other side's telling.)
        if (markedPartiesDiffer(ctx, si, ri)) continue;
        pushSwap(ctx, out, rSpanAround(ri), sSpanAround(si), ri, `${q(ctx.rTok[ri]!.text)} tells the event from the other party's side, with the same doer`);
        continue;
      }
      // (Converse verbs, one told in the passive, "had been lent £250,000 by her father" / "had
      // borrowed £250,000 from his daughter": who gave and who got is the parties' to tell, not
      // a negation.)
      if (areConverse(ctx.sTok[si]!.lemma, rLemma) && passiveAgainstMarked(ctx, si, ri)) continue;
      // "11 games left" is 11 games remaining: a participle after its noun names a state, and
      // the verbs' opposition ("leave" / "remain") is between acts.
      if (eitherNamesAState(ctx, si, ri)) continue;
      // "northern Tarsland" -> "southern Tarsland": opposites that pick out part of a named place
      // name another place; nothing was negated.
      if (ctx.rTok[ri]!.pos !== 'VERB' && ctx.rTok[ri + 1]?.pos === 'PROPN' && ctx.sTok[si + 1]?.lemma === ctx.rTok[ri + 1]!.lemma) {
        const rSpan = spanOf(ctx.rTok.slice(ri, ri + 2));
        const sSpan = spanOf(ctx.sTok.slice(si, si + 2));
        push(ctx, out, rSpan, sSpan, ri, replacement(ctx, 'entity', 'Name', rSpan, sSpan));
        continue;
      }
      push(ctx, out, rSpanAround(ri), sSpanAround(si), ri);
    }
  }
  // Opposite predicates told of the same participants however far the words moved ("Members
  // rejected the offer" / "…, the union's members accepted an offer of 4.5%"): a replaced
  // stretch that long is no single swapped word, but the two clauses still say opposite things.
  const rFrames = framesOf(ctx.rTok, ctx.syntax.rewrite());
  const sFrames = framesOf(ctx.sTok, ctx.syntax.source());
  for (const rf of rFrames) {
    const ri = rf.predicate;
    if (ctx.claimed.has(ri) || !isContentToken(ctx.rTok[ri]!) || (ctx.match.rToS[ri] ?? -1) >= 0) continue;
    for (const sf of sFrames) {
      const si = sf.predicate;
      if ((ctx.match.sToR[si] ?? -1) >= 0 || !opposite(ctx.sTok[si]!, ctx.rTok[ri]!)) continue;
      // Both the doer and the thing done to: one shared participant is too little to tell
      // opposite acts from two steps of one event ("won the final, defeating Harlow").
      if (!sameDoerAndThing(sf, rf)) continue;
      // "had no doctor" / "lacked a doctor": an opposite said with a "no" is the same claim.
      // (Its own "no", not one of a clause inside its subject: "Ollier's contention that the
      // equipment had not been calibrated was accepted".)
      if (saysNo(ctx.sTok, ctx.syntax.source(), si, true) !== saysNo(ctx.rTok, ctx.syntax.rewrite(), ri, true)) continue;
      if (eitherNamesAState(ctx, si, ri)) continue;
      if (converse(ctx, si, ri) || converseSwapAt(ctx, si, ri)) continue;
      push(ctx, out, rSpanAround(ri), sSpanAround(si), ri);
      break;
    }
  }
  // "will not take effect until the season ends" / "only after the season ends" -> "will come
  // into force before the season closes": the act put on the other side of the same event.
  // (An act told of a pronoun on either side, "it will take effect", may be any act the event is
  // said to come before or after: the event decides.)
  const pronounDoer = (tokens: readonly Token[], syn: SentenceSyntax, v: number) => dependentsOf(syn, v, /^nsubj/).some((d) => tokens[d]!.pos === 'PRON');
  const rOrders = timeOrdersOf(ctx.rTok, ctx.syntax.rewrite());
  const sOrders = rOrders.length ? timeOrdersOf(ctx.sTok, ctx.syntax.source()) : [];
  // (Not the same order told from its other end, "entered and disabled the sensors before
  // breaking a case" / "after getting in, put the sensors out of action and then smashed a case":
  // the source's act is the rewrite's event, and its event one of the rewrite's acts.)
  const ofOneSense = (s: number, r: number) => (ctx.match.rToS[r] ?? -1) === s || mayMeanTheSame(verbLemma(ctx.sTok[s]!), verbLemma(ctx.rTok[r]!));
  const toldFromOtherEnd = (s: TimeOrder, r: TimeOrder) => ofOneSense(s.act, r.event) &&
    [r.act, ...dependentsOf(ctx.syntax.rewrite(), r.act, /^conj$/)].some((a) => ofOneSense(s.event, a));
  for (const r of rOrders) {
    if (ctx.claimed.has(r.opener)) continue;
    // (An act may be told through the verb that starts or keeps it: "would not sell tickets
    // until …" / "would start selling tickets before …".)
    const rActs = [r.act, ...dependentsOf(ctx.syntax.rewrite(), r.act, /^xcomp$/)];
    const s = sOrders.find((x) => x.order !== r.order && sameAct(ctx, x.event, r.event) && !toldFromOtherEnd(x, r) &&
      ([x.act, ...dependentsOf(ctx.syntax.source(), x.act, /^xcomp$/)].some((a) => rActs.some((b) => sameAct(ctx, a, b))) ||
        pronounDoer(ctx.sTok, ctx.syntax.source(), x.act) || pronounDoer(ctx.rTok, ctx.syntax.rewrite(), r.act)));
    if (!s) continue;
    const rSpan = spanOf(ctx.rTok.slice(r.opener, r.event + 1));
    const sSpan = spanOf(ctx.sTok.slice(Math.min(s.opener, s.negator ?? s.opener), s.event + 1));
    push(ctx, out, rSpan, sSpan, r.opener, { ...replacement(ctx, 'negation', 'Negation', rSpan, sSpan),
      message: `Time order changed: source says ${q(textOf(ctx.source, sSpan))} (${s.order} it), rewrite says ${q(textOf(ctx.rewrite, rSpan))} (${r.order} it).` });
  }
  // "The company denied that the layoffs were linked to the loss of its client" / "conceded that
  // losing its client had played a part in the layoffs": a clause one side denies, the other
  // reports plainly (said, conceded, confirmed), unnegated. The clauses are one claim when most
  // of the denied clause's content words are matched inside the reported one.
  // (Parsed only where either text has a denying verb.)
  const denies = (tokens: readonly Token[]) => tokens.some((t) => DENYING_VERBS.has(t.lemma));
  for (const [from, to, fromSyn, toSyn, map, fromSource] of !denies(ctx.sTok) && !denies(ctx.rTok) ? [] : [
    [ctx.sTok, ctx.rTok, ctx.syntax.source(), ctx.syntax.rewrite(), ctx.match.sToR, true],
    [ctx.rTok, ctx.sTok, ctx.syntax.rewrite(), ctx.syntax.source(), ctx.match.rToS, false],
  ] as const) {
    const denied = deniedClauses(from, fromSyn);
    if (denied.length === 0) continue;
    // The other side's plain reports, each by the words it holds. (Words the other side denies
    // too are no plain report: "said her co-star had apologised weeks before he denied that he
    // had insulted her".)
    const deniedThere = new Set(deniedClauses(to, toSyn).flatMap(([, c]) => subtreeOf(toSyn, c)));
    const reports = reportedClauses(to, toSyn).map(([verb, c]) => ({ verb, c, inside: new Set(subtreeOf(toSyn, c).filter((k) => !deniedThere.has(k))) }));
    for (const [denier, clause] of denied) {
      // (The clause's own words: not a clause hung on it, "…, saying 23 organisations would lose
      // funding".)
      const nested = new Set(dependentsOf(fromSyn, clause, /^(advcl|ccomp|parataxis|conj)$/).flatMap((d) => subtreeOf(fromSyn, d)));
      const content = subtreeOf(fromSyn, clause).filter((k) => !nested.has(k) && isContentToken(from[k]!));
      const carrying = reports.filter(({ inside }) => content.filter((k) => inside.has(map[k] ?? -1)).length * 2 > content.length);
      // (Any of them said with a "no" keeps the denial.)
      if (carrying.length === 0 || carrying.some(({ c }) => subtreeOf(toSyn, c).some((k) => negatorAt(to, k)) || saysNo(to, toSyn, c))) continue;
      const { verb } = carrying[0]!;
      const [rVerb, sVerb] = fromSource ? [verb, denier] : [denier, verb];
      if (ctx.claimed.has(rVerb)) continue;
      push(ctx, out, spanOf([ctx.rTok[rVerb]!]), spanOf([ctx.sTok[sVerb]!]), rVerb);
    }
  }
  // "will close unless a buyer comes forward" -> "will close if a buyer emerges": "unless" is "if
  // not"; a condition it opens told with a plain "if" is the condition negated, and the other
  // way round. (Parsed only where either text says "unless".)
  const unless = (tokens: readonly Token[]) => tokens.some((t) => t.lower === 'unless');
  for (const [from, to, fromSyn, toSyn, map, fromSource] of !unless(ctx.sTok) && !unless(ctx.rTok) ? [] : [
    [ctx.sTok, ctx.rTok, ctx.syntax.source(), ctx.syntax.rewrite(), ctx.match.sToR, true],
    [ctx.rTok, ctx.sTok, ctx.syntax.rewrite(), ctx.syntax.source(), ctx.match.rToS, false],
  ] as const) {
    for (const [opener, verb] of conditionsOpenedBy(from, fromSyn, 'unless')) {
      const other = sameCondition(to, toSyn, map, fromSyn, verb);
      if (!other || other.opener !== 'if' || negatedClause(to, toSyn, other.verb)) continue;
      // ("would not go ahead unless the airport met the limits" = "would go ahead only if it met
      // them": a denied act's "unless" is the other's "only if".)
      const governor = fromSyn.heads[verb] ?? -1;
      if (to[other.at - 1]?.lower === 'only' && governor >= 0 && dependentsOf(fromSyn, governor).some((d) => negatorAt(from, d))) continue;
      const [rOpen, rVerb, sOpen, sVerb] = fromSource ? [other.at, other.verb, opener, verb] : [opener, verb, other.at, other.verb];
      if (ctx.claimed.has(rOpen)) continue;
      push(ctx, out, spanOf(ctx.rTok.slice(rOpen, rVerb + 1)), spanOf(ctx.sTok.slice(sOpen, sVerb + 1)), rOpen);
    }
  }
  return out;
};

/** The clauses a word opens as their marker ("unless a buyer comes forward"): [the marker, the clause's verb]. */
function conditionsOpenedBy(tokens: readonly Token[], syn: SentenceSyntax, word: string): [number, number][] {
  return tokens.flatMap((t, i) => t.lower === word && syn.labels[i] === 'mark' && syn.heads[i]! > i ? [[i, syn.heads[i]!] as [number, number]] : []);
}

/**
 * The other text's condition on the same act: the verb matched with the clause's verb, or the
 * verb the clause's matched subject is the subject of ("a buyer comes forward" / "a buyer
 * emerges"); with the word that opens it and where.
 */
function sameCondition(to: readonly Token[], toSyn: SentenceSyntax, map: ArrayLike<number>, fromSyn: SentenceSyntax, verb: number): { verb: number; opener: string; at: number } | undefined {
  let v = map[verb] ?? -1;
  if (v < 0) {
    const subject = dependentsOf(fromSyn, verb, /^nsubj/)[0];
    const rs = subject !== undefined ? map[subject] ?? -1 : -1;
    if (rs >= 0 && /^nsubj/.test(toSyn.labels[rs]!)) v = toSyn.heads[rs]!;
  }
  if (v < 0) return undefined;
  const at = dependentsOf(toSyn, v, /^mark$/)[0];
  return at === undefined ? undefined : { verb: v, opener: to[at]!.lower, at };
}

/** An act set before or after an event by a clause of time: "will take effect only after the season ends". */
interface TimeOrder { readonly act: number; readonly event: number; readonly opener: number; readonly negator?: number; readonly order: 'before' | 'after' }

/**
 * The clauses of time in a sentence that put their act before or after their event: "before"
 * puts it before; "after" and "once" after, and so does "until" under a negated act ("will not
 * open until May" opens after May begins). A positive "until" tells how long, not an order.
 */
function timeOrdersOf(tokens: readonly Token[], syn: SentenceSyntax): TimeOrder[] {
  const out: TimeOrder[] = [];
  tokens.forEach((t, m) => {
    if (!/^(before|after|once|until|till)$/.test(t.lower)) return;
    let event = -1, act = -1;
    if (syn.labels[m] === 'mark' && syn.labels[syn.heads[m]!] === 'advcl') {
      event = syn.heads[m]!;
      act = syn.heads[event]!;
    } else if (syn.labels[m] === 'case') {
      // (The parse may take the word for a preposition of the clause's subject, the clause's verb
      // left without one: "after the season ends".)
      const noun = syn.heads[m]!;
      const verb = noun + 1;
      if (syn.tags[verb] !== 'VERB' || hasDependent(syn, verb, /^(nsubj|mark)/) || (syn.heads[verb] === noun && syn.labels[verb] !== 'acl')) return;
      const above = syn.heads[noun] === verb ? syn.heads[verb]! : syn.heads[noun]!;
      [event, act] = [verb, above];
    }
    if (act < 0 || syn.tags[event] !== 'VERB' || syn.tags[act] !== 'VERB') return;
    const negator = dependentsOf(syn, act).find((d) => negatorAt(tokens, d));
    const order = t.lower === 'before' ? 'before' : /^(until|till)$/.test(t.lower) ? (negator !== undefined ? 'after' : null) : 'after';
    if (order) out.push({ act, event, opener: m, negator: /^(until|till)$/.test(t.lower) ? negator : undefined, order });
  });
  return out;
}

/** Whether two verbs tell the same act: matched across, or of the same sense ("ends" / "closes"). */
function sameAct(ctx: PairContext, s: number, r: number): boolean {
  if ((ctx.match.rToS[r] ?? -1) === s) return true;
  if (mayMeanTheSame(verbLemma(ctx.sTok[s]!), verbLemma(ctx.rTok[r]!))) return true;
  // (Or told of the same subject: "take effect" / "come into force".)
  const subject = (syn: SentenceSyntax, v: number) => dependentsOf(syn, v, /^nsubj/);
  return subject(ctx.syntax.rewrite(), r).some((x) => subject(ctx.syntax.source(), s).includes(ctx.match.rToS[x] ?? -1));
}

/** A party kept and a party denied beside it: "the regulator, not the board", "the board – not the regulator –". */
interface Contrast { readonly kept: ReadonlySet<string>; readonly denied: ReadonlySet<string>; readonly negator: number; readonly first: number; readonly last: number }

const NOMINAL_WORD = /^(NOUN|PROPN)$/;

/** A word of a party's noun phrase after its determiner: a noun or name, a describing word, an owner's "'s". */
function phraseWord(t: Token | undefined): boolean {
  return !!t && (NOMINAL_WORD.test(t.pos) || /^(ADJ|PART)$/.test(t.pos) || /^['’]s$/.test(t.text));
}

function contrastsIn(tokens: readonly Token[]): Contrast[] {
  const out: Contrast[] = [];
  tokens.forEach((t, k) => {
    if (t.lower !== 'not' || !/^[,–—-]$/.test(tokens[k - 1]?.text ?? '')) return;
    // The denied phrase: its nouns and names after "not" and its determiner.
    let e = k + 1;
    while (e < tokens.length && /^(DET|ADJ|PART)$/.test(tokens[e]!.pos)) e++;
    const denied = new Set<string>();
    let last = -1;
    for (; phraseWord(tokens[e]); e++) {
      if (NOMINAL_WORD.test(tokens[e]!.pos)) { denied.add(tokens[e]!.lemma); last = e; }
    }
    // The kept phrase: the nouns and names right before the comma or dash.
    const kept = new Set<string>();
    let first = -1;
    for (let b = k - 2; b >= 0 && phraseWord(tokens[b]); b--) {
      if (NOMINAL_WORD.test(tokens[b]!.pos)) kept.add(tokens[b]!.lemma);
      first = b;
    }
    if (denied.size && kept.size && first >= 0) out.push({ kept, denied, negator: k, first, last });
  });
  return out;
}

/** Whether two sets of words have one in common. */
function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [...a].some((w) => b.has(w));
}

/**
 * The other text says the same negator of a noun of the same sense ("still without electricity"
 * / "still without power"), though the aligner paired the noun with another of its mentions
 * ("Power was restored").
 */
function sameNegationIn(other: readonly Token[], negator: Token, head: Token): boolean {
  return other.some((t, k) => t.lower === negator.lower && negatorAt(other, k) && (() => {
    const h = headOf(other, k);
    // (Nouns only: verbs share too many senses, "make" / "work", and a verb's negation moved to
    // another clause of the same verb, "did not win the final but won the semi-final", is a change.)
    return h >= 0 && other[h]!.pos === 'NOUN' && head.pos === 'NOUN' && (other[h]!.lemma === head.lemma || mayMeanTheSame(other[h]!.lemma, head.lemma));
  })());
}

/**
 * A negation in a condition contrary to fact ("Had he not admitted the offence, the sentence
 * would have been longer", "if the crew had not acted"): it presupposes that the act took
 * place, and denies nothing.
 */
function counterfactual(tokens: readonly Token[], negator: number): boolean {
  // (So do a conditional perfect denied, "would never have opened", and a "without" beside one,
  // "Without the donation the wing would have closed": what would have been, had things gone
  // otherwise, says how they went.)
  const perfect = (k: number) => /^(would|could|might)$/.test(tokens[k]?.lower ?? '') && tokens.slice(k + 1, k + 4).some((t, j, all) => t.lower === 'have' && all[j + 1]?.pos === 'VERB');
  if (perfect(negator - 1)) return true;
  if (tokens[negator]!.lower === 'without' && tokens.some((_t, k) => perfect(k))) return true;
  for (let k = negator - 1; k >= 0 && negator - k <= 5; k--) {
    const w = tokens[k]!;
    if (/^[,;:.]$/.test(w.text)) return false;
    const opensClause = k === 0 || /^[,;:"“(]$/.test(tokens[k - 1]!.text);
    if (/^(had|were)$/.test(w.lower) && opensClause && k < negator - 1) return true;
    if (w.lower === 'had' && tokens.slice(Math.max(0, k - 4), k).some((x) => x.lower === 'if')) return true;
  }
  return false;
}

/** One text's tokens and parse. */
interface Side { readonly tokens: readonly Token[]; readonly syn: SentenceSyntax }

/**
 * A negation cancelled by an opposite in its own clause: "found to have been sealed
 * incorrectly" / "found not to have been sealed correctly". `pred` is the negated side's
 * predicate; `other` maps its tokens to the other text's, whose `otherTokens` keep an opposite
 * of a word under that predicate that has no counterpart.
 */
function oppositeInScope(side: Side, pred: number, otherTokens: readonly Token[], other: (i: number) => number): boolean {
  if (pred < 0) return false;
  // (From an auxiliary the word-level head may stop at, "not to have been sealed", to its verb.)
  while (/^(aux|cop|mark)/.test(side.syn.labels[pred] ?? '') && (side.syn.heads[pred] ?? -1) >= 0) pred = side.syn.heads[pred]!;
  // (Not the denied act's own alternative, joined by "or": "did not confirm or deny it" says
  // neither, not the opposite of "confirmed".)
  const alternative = (k: number) => side.syn.heads[k] === pred && side.syn.labels[k] === 'conj' &&
    dependentsOf(side.syn, k, /^cc$/).some((c) => /^(or|nor)$/.test(side.tokens[c]!.lower));
  // (Nor a clause set beside it, as a speaker's is: "Nobody had expected it, Levi said, adding
  // that hardly any tickets remained".)
  const beside = new Set(dependentsOf(side.syn, pred, /^parataxis$/).flatMap((d) => subtreeOf(side.syn, d)));
  return subtreeOf(side.syn, pred).some((k) => !beside.has(k) && other(k) < 0 && isContentToken(side.tokens[k]!) && !alternative(k) &&
    otherTokens.some((o) => isContentToken(o) && opposite(side.tokens[k]!, o)));
}

/**
 * Two words paired only by where they stand, each still told of the same named participants:
 * both words stand on both sides, and the names only the rewrite word's clause gives are names
 * only its source occurrence's clause gives ("Kiprono won the men's race, while Alemu took the
 * women's title" / "Alemu won the women's race, and the men's title went to Kiprono").
 * "Kiprono won the women's race" names another: a change; and where one clause names both
 * parties ("Ashby was the buyer and Kirkham the seller") nothing tells them apart.
 */
function toldOfTheSameNames(ctx: PairContext, si: number, ri: number): boolean {
  const sSyn = ctx.syntax.source(), rSyn = ctx.syntax.rewrite();
  // (A clause that names no one, the names of the clause it is part of: "won the women's race"
  // hung under "Tigist Alemu of Ethiopia" by a misparse.)
  const names = (tokens: readonly Token[], syn: SentenceSyntax, i: number) => {
    for (let at = i, steps = 0; at >= 0 && steps < 4; steps++) {
      const clause = clauseOf(syn, at);
      const found = clause.filter((k) => syn.tags[k] === 'PROPN');
      if (found.length) return found.map((k) => tokens[k]!.lower);
      at = syn.heads[clause.find((k) => !clause.includes(syn.heads[k]!))!]!;
    }
    return [];
  };
  const around = (tokens: readonly Token[], syn: SentenceSyntax, at: readonly number[]) => new Set(at.flatMap((i) => names(tokens, syn, i)));
  const where = (tokens: readonly Token[], lemma: string) => tokens.map((_t, i) => i).filter((i) => tokens[i]!.lemma === lemma);
  const rLemma = ctx.rTok[ri]!.lemma, sLemma = ctx.sTok[si]!.lemma;
  const sOther = where(ctx.sTok, rLemma), rOther = where(ctx.rTok, sLemma);
  if (sOther.length === 0 || rOther.length === 0) return false;
  const only = (a: ReadonlySet<string>, b: ReadonlySet<string>) => new Set([...a].filter((x) => !b.has(x)));
  const rOwn = only(around(ctx.rTok, rSyn, [ri]), around(ctx.rTok, rSyn, rOther));
  const sOwn = only(around(ctx.sTok, sSyn, sOther), around(ctx.sTok, sSyn, [si]));
  return [...rOwn].some((x) => sOwn.has(x));
}

/**
 * "the first … in 19 years" / "the last … was 19 years ago": the length of time since the one
 * before, as "first" or "last" with that time tells it ("19 year"), or null. The "first" counts
 * over a length of time after "in" or "for"; the "last" dates it back with "ago".
 */
function timeSinceLastOne(tokens: readonly Token[], i: number): string | null {
  const word = tokens[i]!.lower;
  if (word !== 'first' && word !== 'last') return null;
  const length = findNumbers(tokens).find((m) => m.first > i && m.first <= i + 9 && m.value !== null && m.unit !== null && m.unit !== 'ordinal' &&
    (word === 'first' ? /^(in|for)$/.test(tokens[m.first - 1]?.lower ?? '') : tokens[m.last + 1]?.lower === 'ago'));
  return length ? `${length.value} ${length.unit}` : null;
}

/**
 * Opposites paired only by where they stand: the source word has a same-sense partner in the
 * rewrite and the rewrite word one in the source, and one partner keeps the word's own figure
 * or name ("the 0.2 per cent decline" / "a drop of 0.2%").
 */
function crossedSynonyms(ctx: PairContext, si: number, ri: number): boolean {
  const s = ctx.sTok[si]!, r = ctx.rTok[ri]!;
  const partners = (tokens: readonly Token[], skip: number, w: Token) => tokens.map((_t, i) => i).filter((i) => i !== skip &&
    tokens[i]!.pos === w.pos && tokens[i]!.lemma !== w.lemma && mayMeanTheSame(tokens[i]!.lemma, w.lemma));
  const sPartners = partners(ctx.sTok, si, r);
  const rPartners = partners(ctx.rTok, ri, s);
  if (sPartners.length === 0 || rPartners.length === 0) return false;
  const sSyn = ctx.syntax.source(), rSyn = ctx.syntax.rewrite();
  const anchors = (tokens: readonly Token[], syn: SentenceSyntax, i: number) => new Set(subtreeOf(syn, i).filter((k) => k !== i && /^(NUM|PROPN)$/.test(syn.tags[k] ?? '')).map((k) => tokens[k]!.lower));
  return sPartners.some((p) => shares(anchors(ctx.sTok, sSyn, p), anchors(ctx.rTok, rSyn, ri))) ||
    rPartners.some((p) => shares(anchors(ctx.rTok, rSyn, p), anchors(ctx.sTok, sSyn, si)));
}

/** A noun naming a point of a period in a phrase of time: "by the end of the month", "at the start of the year". */
function pointOfPeriod(tokens: readonly Token[], syn: SentenceSyntax, i: number): boolean {
  return tokens[i]!.pos === 'NOUN' && hasDependent(syn, i, /^case$/) && dependentsOf(syn, i, /^nmod/).some((d) => isTimeNoun(tokens[d]!.lemma));
}

/**
 * Opposites paired only by where they stand, each act told on both sides: the rewrite word's own
 * act stands elsewhere in the source, or the source word's in the rewrite, with the same
 * participants and none different ("…, who approved the scheme" / "has approved a wind farm",
 * "By the end of the deal, teachers will start on" / "Starting salaries … by the end of the
 * deal"). "Sales rose and costs fell" / "Sales fell and costs rose" tells each act of another
 * participant: a change.
 */
function saidOnBothSides(ctx: PairContext, si: number, ri: number): boolean {
  const sFrames = framesOf(ctx.sTok, ctx.syntax.source());
  const rFrames = framesOf(ctx.rTok, ctx.syntax.rewrite());
  const told = (word: Frame | undefined, otherFrames: readonly Frame[], skip: number) => !!word && otherFrames.some((f) =>
    f.predicate !== skip && samePredicate(f.key, word.key) && sameParticipants(word, f));
  return told(rFrames.find((f) => f.predicate === ri), sFrames, si) || told(sFrames.find((f) => f.predicate === si), rFrames, ri);
}

/**
 * "Last year … for the first time" / "For the first time … last year": each of two opposite
 * words is on both sides with the word after it, hung on the same word, the two only paired by
 * where the phrases moved. ("Sales rose and costs fell" / "Sales fell and costs rose" tell each
 * of the other thing; "The driest year was 1983 and the wettest 1976" / "The wettest year was
 * 1983 and the driest 1976" hang each on the other year.)
 */
function phrasesMoved(ctx: PairContext, si: number, ri: number): boolean {
  const sSyn = ctx.syntax.source(), rSyn = ctx.syntax.rewrite();
  const alike = (a: number, b: number) => a >= 0 && b >= 0 && (ctx.match.sToR[a] === b || ctx.sTok[a]!.lemma === ctx.rTok[b]!.lemma);
  // (Or on the word above it on one side, the parse's choice between two attachments: "by value
  // for the first time" hangs the phrase on "value" or on the verb. A phrase, not a clause of its
  // own with a subject: "… and the wettest year was 1976".)
  const up = (syn: SentenceSyntax, h: number) => h >= 0 && /^(obl|nmod)/.test(syn.labels[h]!) && !hasDependent(syn, h, /^(nsubj|cop)/) ? syn.heads[h]! : -1;
  const sameHead = (sNext: number, rNext: number) => {
    const hs = sSyn.heads[sNext]!, hr = rSyn.heads[rNext]!;
    return alike(hs, hr) || alike(up(sSyn, hs), hr) || alike(hs, up(rSyn, hr));
  };
  const toldWithNext = (a: readonly Token[], i: number, b: readonly Token[], skip: number, aIsSource: boolean) =>
    b.some((t, k) => k !== skip && t.lemma === a[i]!.lemma && !!a[i + 1] && b[k + 1]?.lemma === a[i + 1]!.lemma &&
      (aIsSource ? sameHead(i + 1, k + 1) : sameHead(k + 1, i + 1)));
  return toldWithNext(ctx.sTok, si, ctx.rTok, ri, true) && toldWithNext(ctx.rTok, ri, ctx.sTok, si, false);
}

/** Two frames told of the same participants: at least one named on both predicates themselves, and none different. */
function sameParticipants(word: Frame, f: Frame): boolean {
  let agree = 0, differ = 0;
  for (const a of word.args) {
    const b = f.args.find((x) => x.role === a.role);
    if (!b) continue;
    // (Agreement counts only where each text names the participant on the verb itself, not
    // one shared from a verb joined to it: a misread "and costs fell" lends "sales" to "fell".)
    if (sameParticipant(a.filler, b.filler)) agree += a.explicit && b.explicit ? 1 : 0;
    else differ++;
  }
  return agree > 0 && differ === 0;
}

/**
 * "asked her to resign … would not step down" / "asked her to step down … would not resign": the
 * negated act is told with a "no" on the other side too, by a predicate of the same sense with
 * the same participants, though the aligner paired the word with the act's other, plain mention.
 */
function negatedAlikeIn(a: Side, v: number, b: Side, paired: number): boolean {
  // (Each participant in the same words, however the verbs got them: "did not win the final but
  // won the semi-final" tells a "no" of another thing.)
  const word = framesOf(a.tokens, a.syn).find((f) => f.predicate === v);
  return !!word && word.args.length > 0 && framesOf(b.tokens, b.syn).some((f) => f.predicate !== paired && samePredicate(f.key, word.key) &&
    saysNo(b.tokens, b.syn, f.predicate) && sameArguments(word, f) && sameArguments(f, word));
}

/** Every participant of one frame is in the other, in the same role and the same words. */
function sameArguments(a: Frame, b: Frame): boolean {
  return a.args.every((x) => b.args.some((y) => y.role === x.role && sameWords(x.filler, y.filler)));
}

/**
 * Two comparatives of opposite sense, each describing a different one of two named parties
 * that both texts name: "smaller rival Northbright" / "its bigger rival Skyvale" compare the
 * same two the same way round.
 */
function comparedFromEachSide(ctx: PairContext, si: number, ri: number): boolean {
  // (Parsed for comparisons only where a sentence may hold one.)
  const rcs = mayCompare(ctx.rTok) ? comparisonsIn(ctx.rTok, ctx.syntax.rewrite()) : [];
  const scs = mayCompare(ctx.sTok) ? comparisonsIn(ctx.sTok, ctx.syntax.source()) : [];
  // "Norway secured a larger share than Scotland" / "Scotland came away with a smaller share than
  // Norway": the comparison's two parties exchanged around the opposite word. The words that
  // describe the parties then stand opposite only by position ("Older vineyards coped better than
  // younger plantings" / "Younger plantings coped worse than older vineyards").
  const crossed = (rc: Comparison, sc: Comparison) => shares(rc.first, sc.second) && shares(rc.second, sc.first) && !shares(rc.first, sc.first);
  if (rcs.some((rc) => (rc.degree === ri || rc.partyAt.has(ri)) && scs.some((sc) => (sc.degree === si) === (rc.degree === ri) && (sc.degree === si || sc.partyAt.has(si)) && crossed(rc, sc)))) return true;
  if (!comparative(ctx.sTok[si]!) || !comparative(ctx.rTok[ri]!)) return false;
  const rc = rcs.find((c) => c.degree === ri);
  const sc = scs.find((c) => c.degree === si);
  // (One side may leave the other party unsaid: "Corran's bid, which was £2.6 million lower than
  // Tavish's offer" / "Tavish's offer had been £2.6 million higher" is said of the standard.)
  const ofStandard = (c: Comparison, party: Set<string>) => shares(party, c.second) && !shares(party, c.first);
  if (rc && !sc && ofStandard(rc, comparedParty(ctx.sTok, ctx.syntax.source(), si))) return true;
  if (sc && !rc && ofStandard(sc, comparedParty(ctx.rTok, ctx.syntax.rewrite(), ri))) return true;
  const sParty = namedParty(ctx.sTok, ctx.syntax.source(), si);
  const rParty = namedParty(ctx.rTok, ctx.syntax.rewrite(), ri);
  if (sParty.length === 0 || rParty.length === 0 || sParty.some((w) => rParty.includes(w))) return false;
  const lemmas = (tokens: readonly Token[]) => new Set(tokens.map((t) => t.lemma));
  const inR = lemmas(ctx.rTok), inS = lemmas(ctx.sTok);
  return sParty.every((w) => inR.has(w)) && rParty.every((w) => inS.has(w));
}

/**
 * Whether one of two converse verbs is passive and the other active with its other party marked
 * ("had been lent … by her father" / "had borrowed … from his daughter").
 */
function passiveAgainstMarked(ctx: PairContext, si: number, ri: number): boolean {
  const sPassive = hasDependent(ctx.syntax.source(), si, /^aux:pass$/), rPassive = hasDependent(ctx.syntax.rewrite(), ri, /^aux:pass$/);
  if (sPassive === rPassive) return false;
  const [tokens, syn, v] = sPassive ? [ctx.rTok, ctx.syntax.rewrite(), ri] : [ctx.sTok, ctx.syntax.source(), si];
  return /^(from|to)$/.test(partyMarker(tokens, framesOf(tokens, syn), v) ?? '');
}

/** The name a describing word stands before, or whose apposition it describes: the lemmas of the name, or none. */
function namedParty(tokens: readonly Token[], syn: SentenceSyntax, i: number): string[] {
  let h = i;
  while (/^(amod|compound|flat)$/.test(syn.labels[h] ?? '') && (syn.heads[h] ?? -1) > h) h = syn.heads[h]!;
  if (syn.tags[h] !== 'PROPN') {
    // (Or the name the described noun stands in apposition with: "its larger rival, Meridian
    // News Group", "Harrow & Lyle, the smaller rival".)
    // (A name right after the noun's comma the parse hung on it otherwise, with no "and", is one
    // too: "its smaller rival, Harbourline Ferries, for £148m".)
    const name = dependentsOf(syn, h, /^(appos|conj|parataxis)$/).find((d) => syn.tags[d] === 'PROPN' && (syn.labels[d] === 'appos' || (!hasDependent(syn, d, /^cc$/) && tokens[Math.min(...subtreeOf(syn, d).filter((k) => syn.tags[k] !== 'PUNCT')) - 1]?.text === ','))) ??
      (syn.labels[h] === 'appos' && syn.tags[syn.heads[h] ?? -1] === 'PROPN' ? syn.heads[h]! : undefined);
    if (name === undefined) return [];
    // (The name's own words: its compounds, flat parts and joined names, "Harrow & Lyle".)
    const ofName = (k: number) => { for (let x = k; x !== name; x = syn.heads[x]!) if (x < 0 || !/^(compound|flat|conj)$/.test(syn.labels[x]!)) return false; return true; };
    return subtreeOf(syn, name).filter((k) => syn.tags[k] === 'PROPN' && ofName(k)).map((k) => tokens[k]!.lemma);
  }
  return tokens.map((_t, k) => k).filter((k) => k > i && k <= h && syn.tags[k] === 'PROPN' && dominates(syn.heads, h, k)).map((k) => tokens[k]!.lemma);
}

/**
 * The verb on side `b` that replaces the declining verb `d` of side `a` and does its act:
 * "failed to reach" -> "managed to get to" (the act kept, or replaced beside it), or -1.
 * `other` maps a token of `a` to `b`, `replacedBy` is b's stretch that replaced `d`, and a
 * verb `taken` by another rule is not read again.
 */
function actDoneInstead(a: Side, b: Side, d: number, other: (i: number) => number, replacedBy: readonly number[] | undefined, taken: (i: number) => boolean): number {
  const act = infinitivesOf(a.syn, a.tokens, d)[0];
  if (act === undefined || negatedNear(a.tokens, d)) return -1;
  const bAct = other(act);
  let v = replacedBy?.find((x) => /^(VERB|AUX|ADJ)$/.test(b.syn.tags[x] ?? '') && !taken(x) &&
    infinitivesOf(b.syn, b.tokens, x).some((y) => bAct < 0 || y === bAct));
  // (Or a verb in the replaced stretch that takes the act as its noun: "refused to meet a
  // delegation" / "agreed to a meeting with a delegation", "failed to pay" / "made the payment".)
  v ??= replacedBy?.find((x) => b.syn.tags[x] === 'VERB' && !taken(x) && x !== bAct && dependentsOf(b.syn, x, /^(obj|obl)$/).some((y) =>
    b.syn.tags[y] === 'NOUN' && (y === bAct || samePredicate(`n:${b.tokens[y]!.lemma}`, a.tokens[act]!.lemma))) &&
    !/^(xcomp|ccomp|advcl|acl|csubj)/.test(b.syn.labels[x] ?? '') &&
    !dependentsOf(b.syn, x, /^aux/).some((m) => /^(would|could|should|might|may|must|can)$/.test(b.tokens[m]!.lower)));
  // Or the declining verb dropped and its act told as done: "the alarm failed to alert the
  // company" -> "the alarm alerted the firm" (the act heads its own clause, under no other verb).
  // (A clause that asserts its act: a main clause, or one opened by "although", "when", "after"…;
  // not one wished, tried or supposed: "tried to alert", "if it had alerted", "would have alerted".)
  const marks = dependentsOf(b.syn, bAct, /^mark$/).map((m) => b.tokens[m]!.lower);
  const asserted = (!/^(xcomp|ccomp|advcl|acl|csubj)/.test(b.syn.labels[bAct] ?? '') && marks.length === 0) ||
    (b.syn.labels[bAct] === 'advcl' && marks.length === 1 && /^(although|though|while|when|after|as|because|since|once)$/.test(marks[0]!)) ||
    // (Or a reported clause where the declining verb was reported too: "said that leadership had
    // failed to act" / "said that leadership had acted".)
    (reportedClause(b, bAct) && reportedClause(a, d) && marks.every((m) => m === 'that'));
  // (Nor one done amiss, which is the failure told another way: "incorrectly guess" / "fail to guess".)
  const amiss = dependentsOf(b.syn, bAct, /^advmod$/).some((x) => prefixNegatedBase(b.tokens[x]!.lower) !== null);
  if (v === undefined && bAct >= 0 && !taken(bAct) && b.syn.tags[bAct] === 'VERB' && asserted && !amiss &&
    !dependentsOf(b.syn, bAct, /^aux/).some((x) => /^(would|could|should|might|may|must|can)$/.test(b.tokens[x]!.lower))) v = bAct;
  if (v === undefined || DECLINING_VERBS.has(b.tokens[v]!.lemma) || prefixNegatedBase(b.tokens[v]!.lemma) !== null) return -1;
  return saysNo(b.tokens, b.syn, v) ? -1 : v;
}

/** Whether word `k` heads a clause a reporting verb reports ("said that leadership had acted"). */
function reportedClause(side: Side, k: number): boolean {
  // (Or a conjunct of one: "said staff were … but that leadership had failed".)
  while (k >= 0 && side.syn.labels[k] === 'conj') k = side.syn.heads[k]!;
  const h = k >= 0 ? side.syn.heads[k]! : -1;
  return h >= 0 && side.syn.labels[k] === 'ccomp' && REPORTING_VERBS.has(side.tokens[h]!.lemma);
}

/** Whether two frames have the same doer and the same thing done to. */
function sameDoerAndThing(a: Frame, b: Frame): boolean {
  // (The thing may be named by a synonym: "dismissed Ollier's argument" / "Ollier's contention
  // … was accepted".)
  const same = (role: string) => role === 'obj' ? sameOrSynonym : sameParticipant;
  return ['subj', 'obj'].every((role) => b.args.some((ra) => ra.role === role && a.args.some((sa) => sa.role === role && same(role)(sa.filler, ra.filler))));
}

/**
 * The verbs of `b`, matched to nothing, carrying an infinitive that tells the act `d` carries in
 * `a`, with the same doer and thing done to, however far its clause moved ("The club failed to
 * find a sponsor after …" / "After …, the club managed to secure a sponsor"): the words replaced
 * in place are no longer side by side.
 */
function carriersOfSameAct(a: Side, b: Side, d: number, bToA: (i: number) => number): number[] {
  const act = infinitivesOf(a.syn, a.tokens, d)[0];
  const actFrame = act === undefined ? undefined : framesOf(a.tokens, a.syn).find((f) => f.predicate === act);
  if (!actFrame) return [];
  const bFrames = framesOf(b.tokens, b.syn);
  return bFrames.filter((f) => bToA(f.predicate) < 0 && b.syn.tags[f.predicate] === 'VERB' && infinitivesOf(b.syn, b.tokens, f.predicate).some((y) => {
    const carried = bFrames.find((g) => g.predicate === y);
    return carried !== undefined && sameDoerAndThing(actFrame, carried);
  })).map((f) => f.predicate);
}

/** A verb's infinitives: its xcomp, or an advcl the parser made of one, marked by "to". */
function infinitivesOf(syn: SentenceSyntax, tokens: readonly Token[], v: number): number[] {
  return dependentsOf(syn, v, /^(xcomp|advcl)$/).filter((x) => x > v && dependentsOf(syn, x, /^mark$/).some((m) => tokens[m]!.lower === 'to'));
}

function stateAfterNoun(syn: SentenceSyntax, i: number): boolean {
  const h = syn.heads[i]!;
  return syn.labels[i] === 'acl' && h === i - 1 && syn.tags[h] === 'NOUN' && !hasDependent(syn, i, /^nsubj/);
}

/**
 * Whether either of two opposite words names a state, not an act: "11 games left" (a participle
 * after its noun), "the quota is left as it is", "1,000 are believed to be left" ("left" after
 * "be" is what remains, not what departs).
 */
function eitherNamesAState(ctx: PairContext, si: number, ri: number): boolean {
  const leftAsRemaining = (tokens: readonly Token[], i: number) => tokens[i]!.lower === 'left' && /^(be|is|are|was|were|been|being)$/.test(tokens[i - 1]?.lower ?? '');
  return stateAfterNoun(ctx.syntax.source(), si) || stateAfterNoun(ctx.syntax.rewrite(), ri) || leftAsRemaining(ctx.sTok, si) || leftAsRemaining(ctx.rTok, ri);
}

/**
 * The "to" or "from" that marks a verb's other party in its own clause ("lent £2 million to the
 * trust"): the parse's, or where it has none, read from the words (converse verbs are often the
 * ones the parse gets wrong; a parse that has one sees past a long object, "sold its studio
 * complex to streaming group Brightwater Media"). A "to" before an amount marks no party.
 */
function partyMarker(tokens: readonly Token[], frames: readonly Frame[], v: number): string | null {
  const marks = new Set(markedParties(frames, v).map((a) => a.role.slice(4)));
  if (marks.size > 0) return marks.size === 1 ? [...marks][0]! : null;
  for (let k = v + 1; k < tokens.length && k <= v + 8; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB') return null;
    if (t.lower !== 'to' && t.lower !== 'from') continue;
    // A party, not an amount ("rose to $5 million" / "fell from $5 million").
    let k2 = k + 1;
    // (Past its determiners, describers and possessor: "to its biggest shareholder".)
    while (k2 < tokens.length && (tokens[k2]!.pos === 'DET' || tokens[k2]!.pos === 'ADJ' || (tokens[k2]!.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(tokens[k2]!.lower)))) k2++;
    const next = tokens[k2];
    return next && (next.pos === 'PROPN' || next.pos === 'NOUN') ? t.lower : null;
  }
  return null;
}

/** A predicate's "to" and "from" parties: the other side of a transfer. */
function markedParties(frames: readonly Frame[], p: number): Argument[] {
  return frames.filter((f) => f.predicate === p).flatMap((f) => f.args).filter((a) => a.role === 'obl:to' || a.role === 'obl:from');
}

/** Whether the "to"/"from" parties of two converse verbs are both found and are different participants. */
function markedPartiesDiffer(ctx: PairContext, si: number, ri: number): boolean {
  const s = markedParties(framesOf(ctx.sTok, ctx.syntax.source()), si);
  const r = markedParties(framesOf(ctx.rTok, ctx.syntax.rewrite()), ri);
  return s.length > 0 && r.length > 0 && !r.some((x) => s.some((y) => sameParticipant(x.filler, y.filler)));
}

/** Verbs that tell whether an act goes on, starts or stops, said of the verb they carry. */
const ASPECT_VERBS = new Set(['keep', 'continue', 'start', 'begin', 'resume', 'stop', 'cease', 'quit', 'halt', 'finish']);

/** A verb used for aspect: one of ASPECT_VERBS carrying another verb ("keep falling", "continue to drop"). */
function aspectual(tokens: readonly Token[], syntax: SentenceSyntax, verb: number): boolean {
  return ASPECT_VERBS.has(tokens[verb]!.lemma) && hasDependent(syntax, verb, /^xcomp$/);
}

/** A swap of roles found where an opposite was looked for, reported as the roles-swapped kind. */
function pushSwap(ctx: PairContext, out: RawFinding[], rSpan: { start: number; end: number }, sSpan: { start: number; end: number }, claimAt: number, why: string): void {
  push(ctx, out, rSpan, sSpan, claimAt, { ...replacement(ctx, 'roles-swapped', 'Roles', rSpan, sSpan), message: `Roles swapped: source says ${q(textOf(ctx.source, sSpan))}, rewrite says ${q(textOf(ctx.rewrite, rSpan))} (${why}).` });
}

/** Quantifiers a negator before them turns into a smaller amount: "not all", "hardly any", "not many". */
const NEGATABLE_QUANTIFIERS = new Set(['all', 'every', 'any', 'many', 'much', 'most', 'everyone', 'everybody', 'everything', 'enough']);

/** Words that tell how many of a set. */
const QUANTIFIERS = new Set([...NEGATABLE_QUANTIFIERS, 'some', 'several', 'few', 'none', 'each', 'half']);

/**
 * A sentence that negates a quantifier ("not all of its 140 members", "hardly any homes") tells
 * how many; a negation changed against it where the other sentence tells how many too ("could not
 * be absorbed by any", "some homes") changes that amount, which is the quantifier kind's. (Against
 * a bare plural, "households got the alert", the claim itself is turned round: a negation.)
 */
function quantityChanged(ctx: PairContext, rSpan: { start: number; end: number }, sSpan: { start: number; end: number }): boolean {
  // (Read in the clause of the words the finding compares: "hardly any tickets" in a clause set
  // beside it is no quantity of "Nobody had expected it" / "staff had expected it"; "not all of
  // the members would be able to absorb" is, the infinitive's clause its controller's.)
  // (Or near them, where the parse split the clause: "said not all of its 140 members would be
  // able to absorb" read as two.)
  const clause = (tokens: readonly Token[], syn: SentenceSyntax, span: { start: number; end: number }) => {
    const inside = tokens.flatMap((t, k) => t.start >= span.start && t.end <= span.end ? [k] : []);
    let v = inside.find((k) => !inside.includes(syn.heads[k]!));
    if (v === undefined) return tokens;
    while (syn.labels[v] === 'xcomp' && syn.heads[v]! >= 0) v = syn.heads[v]!;
    const other = new Set(dependentsOf(syn, v, /^(parataxis|conj|advcl)$/).flatMap((d) => subtreeOf(syn, d)));
    const near = (k: number) => k >= inside[0]! - 10 && k <= inside[inside.length - 1]! + 10;
    const own = new Set(subtreeOf(syn, v).filter((k) => !other.has(k) || inside.includes(k)));
    return tokens.filter((_t, k) => own.has(k) || near(k));
  };
  return quantityChangedIn(clause(ctx.sTok, ctx.syntax.source(), sSpan), clause(ctx.rTok, ctx.syntax.rewrite(), rSpan));
}

function quantityChangedIn(sTok: readonly Token[], rTok: readonly Token[]): boolean {
  const negates = (tokens: readonly Token[]) => tokens.some((t, k) => NEGATABLE_QUANTIFIERS.has(t.lower) && k > 0 && /^(not|hardly|barely|scarcely)$/.test(tokens[k - 1]!.lower));
  const counts = (tokens: readonly Token[]) => tokens.some((t) => QUANTIFIERS.has(t.lower));
  // "none of the lines" / "only a few of the lines", "few of the lines": a set's members
  // denied against a small part of it, told as small, is a change of how many.
  const none = (tokens: readonly Token[]) => tokens.some((t) => /^(none|no)$/.test(t.lower));
  const small = (tokens: readonly Token[]) => tokens.some((t, k) => t.lower === 'few' && (tokens[k - 1]?.lower !== 'a' || /^(only|just)$/.test(tokens[k - 2]?.lower ?? '')));
  return (negates(sTok) && counts(rTok)) || (negates(rTok) && counts(sTok)) || (none(sTok) && small(rTok)) || (none(rTok) && small(sTok));
}

function push(ctx: PairContext, out: RawFinding[], rSpan: { start: number; end: number }, sSpan: { start: number; end: number }, claimAt: number,
  finding = quantityChanged(ctx, rSpan, sSpan) ? replacement(ctx, 'quantifier', 'Quantifier', rSpan, sSpan) : replacement(ctx, 'negation', 'Negation', rSpan, sSpan)): void {
  const indexes = rewriteTokensIn(ctx, rSpan);
  if (finding.kind === 'negation' && indexes.length > 0 && complementCounted(ctx, Math.max(...indexes))) return;
  claim(ctx, indexes.length ? indexes : [claimAt]);
  out.push(finding);
}

/**
 * "won seven of his 31 matches" / "failed to win 24 of his 31 matches": the act denied of the
 * rest of the same whole, counted right after the rewrite's verb (or as its doers), says the same.
 */
function complementCounted(ctx: PairContext, at: number): boolean {
  const rNumbers = findNumbers(ctx.rTok), sNumbers = findNumbers(ctx.sTok);
  // (Counts told apart, not the two sides of a score or a range: "a 3-0 defeat".)
  const counts = sNumbers.filter((s) => s.unit === null && s.value !== null && s.value > 0);
  const apart = (a: NumberMention, b: NumberMention) => a.first > b.last + 2 || b.first > a.last + 2;
  return rNumbers.some((r) => {
    if (r.unit !== null || r.value === null || r.value <= 0) return false;
    // ("all but four of her 35 crew died" counts the 31 who did: "Only four of her 35 crew survived".)
    const rWhole = r.qualifier === 'all-but' ? partitiveWhole(ctx.rTok, rNumbers, r) : undefined;
    const doers = rWhole ? rWhole.value! - r.value : r.value;
    // (Or the doers of the act denied, counted before it, where the source counts the whole
    // and those who did it: "18,400 runners started and 17,950 finished" / "450 … did not
    // finish".)
    // (Or the source excepts that many of the same whole: "all but 11 of the 143 starters
    // finished" / "only 11 of the 143 starters did not finish".)
    const excepted = (s: NumberMention) => {
      const sWhole = s.qualifier === 'all-but' && !rWhole ? partitiveWhole(ctx.sTok, sNumbers, s) : undefined;
      const whole = sWhole && partitiveWhole(ctx.rTok, rNumbers, r);
      return !!whole && sameAmount(sWhole, whole) && s.value === r.value;
    };
    if (r.last < at && r.last >= at - 10) return counts.some((s) => excepted(s) || counts.some((w) => apart(w, s) && w.value === s.value! + doers));
    if (r.first <= at || r.first > at + 6) return false;
    const whole = partitiveWhole(ctx.rTok, rNumbers, r);
    return !!whole && sNumbers.some((s) => {
      const sWhole = partitiveWhole(ctx.sTok, sNumbers, s);
      return !!sWhole && sameAmount(sWhole, whole) && s.value! + r.value! === whole.value;
    });
  });
}

/**
 * Whether two opposite verbs describe one event from its two sides: the rewrite's doer is not
 * the source's, and is another party of the source's sentence ("Taranger agreed to sell a stake
 * to Nordpension" / "Nordpension agreed to buy a stake in Taranger's business").
 */
function converse(ctx: PairContext, si: number, ri: number): boolean {
  const sFrames = framesOf(ctx.sTok, ctx.syntax.source());
  const rFrames = framesOf(ctx.rTok, ctx.syntax.rewrite());
  const doers = (frames: readonly Frame[], p: number) => frames.filter((f) => f.predicate === p).flatMap((f) => f.args).filter((a) => a.role === 'subj').map((a) => a.filler);
  const rDoers = doers(rFrames, ri);
  const sDoers = doers(sFrames, si);
  // (The rewrite's "to" or "from" party the source's doer, and its own doer another or a pronoun
  // the frames leave out, is the other side's telling: "Tomás Aguirre has bought two branches
  // from the company" / "It has sold two branches to Tomás Aguirre".)
  if (markedParties(rFrames, ri).some((o) => sDoers.some((s) => sameParticipant(o.filler, s))) &&
    !rDoers.some((r) => sDoers.some((s) => sameParticipant(r, s)))) return true;
  if (rDoers.length === 0) return false;
  // The source act's "to" and "from" parties.
  const others = markedParties(sFrames, si);
  // (A source act with no doer of its own, "taken by an expedition and sold to the collector
  // Edwin Halloran", is told from the other side when its "to" or "from" party is the
  // rewrite's doer: "bought by the collector Edwin Halloran".)
  if (sDoers.length === 0) return rDoers.some((r) => others.some((o) => sameParticipant(o.filler, r)));
  // (A doer that is the source's doer only as a shorter name is that, and is the source's "to"
  // or "from" party word for word, is that party: "The zoo, which bought Ming from Vindelholm
  // Zoo" / "Ming was sold to the zoo by Vindelholm Zoo".)
  const otherParty = (r: Participant) => others.some((o) => sameWords(o.filler, r)) && !sDoers.some((s) => sameWords(s, r));
  if (rDoers.some((r) => sDoers.some((s) => sameParticipant(r, s)) && !otherParty(r))) return false;
  const parties = sFrames.flatMap((f) => f.args.map((a) => a.filler));
  const sLemmas = new Set(ctx.sTok.map((t) => t.lemma));
  // (A doer named in the source sentence whose parse lost its party, "sold the resort in the
  // French Alps to the Swiss operator Bergwelt AG" / "Swiss group Bergwelt buys", is its party by
  // name.)
  return rDoers.some((r) => parties.some((p) => sameParticipant(p, r)) || [...r.words].every((w) => sLemmas.has(w)) ||
    (r.named && [...r.names].every((w) => sLemmas.has(w))));
}
