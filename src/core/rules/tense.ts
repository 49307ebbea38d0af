// `tense`: a past fact turned into a prediction, or a prediction reported as done
// ("indiscriminately compromised" vs "will randomly compromise"). Reported-speech backshift
// ("will" -> "would") is conditional, not past, so it stays quiet.
import { findDates } from '../mentions/dates';
import { claim, hunkOfRewrite, q, sourceSentenceAt, spanOf, textOf, type PairContext, type PairRule, type RawFinding } from '../context';
import { findVerbGroups, groupAt, groupContaining, objectOfMaking, type Tense, type VerbGroup } from '../verbs';
import { CERTAINTY_CUES, COMPLETING_VERBS, ENDED_STATE_ADVERBS, LIGHT_VERBS, REPORTING_VERBS, SCHEDULED } from '../lexicon';
import type { SentenceSyntax } from '../syntax/index';
import { clauseOpenedBy, dependentsOf, hasDependent, markedBy, ownSubject, subtreeOf } from '../syntax/tree';
import type { Token } from '../tokens';
import { isDirectingVerb, isTimeNoun, mayMeanTheSame, namesPeople } from '../wordnet';
import { spellingKey } from '../spelling';
import { isContentToken } from '../terms';
import { findNumbers, ordinalOf, sameAmount, type NumberMention } from '../mentions/numbers';
import { describedBy, describedNamesIn, type DescribedNames } from '../mentions/descriptions';
import { framesOf, sameParticipant, type Frame } from '../syntax/frames';
import { isHeadline, lineOpening, type PreparedText, type Sentence } from '../document';

/** Predicates that place the event of the verb they govern ahead: "scheduled to resume". */
// Verbs of scheduling and of intention: their infinitive is an event not yet done ("hope to measure",
// "agreed to buy"), unlike an implicative verb's ("managed to reach").
// (Entered as spelling keys, as lemmas are: "promise" is read "promize".)
const PROSPECTIVE = new Set(['schedule', 'expect', 'plan', 'due', 'set', 'intend', 'aim', 'prepare', 'poise',
  'hope', 'want', 'wish', 'seek', 'promise', 'pledge', 'vow', 'agree', 'propose', 'threaten', 'try', 'attempt'].map(spellingKey));

/**
 * A verb of expecting, intending or planning by its sense, whose gerund is an act ahead
 * ("anticipated shutting" = "expected to close", "envisages building").
 */
const PROSPECTIVE_SENSES = ['expect', 'intend', 'plan'];
const expecting = (lemma: string): boolean => PROSPECTIVE_SENSES.some((p) => lemma === p || mayMeanTheSame(lemma, p));

/** A verb group opened by the present perfect's auxiliary: "has led", "have been asked", "'ve opened". */
function presentPerfect(tokens: readonly Token[], g: VerbGroup): boolean {
  return /^(has|have|'s|'ve)$/.test(tokens[g.first]!.lower);
}

/**
 * The asking still stands: a present or present perfect ("is urged to", "has been asked to"). A
 * past one ("was ordered to close for five days") may well have been obeyed since.
 */
function askedUpToNow(tokens: readonly Token[], verb: number): boolean {
  const g = groupContaining(findVerbGroups(tokens), verb);
  return !!g && (g.tense === 'present' || (g.tense === 'past' && presentPerfect(tokens, g)));
}

/**
 * Verbs of deliberation: the act they weigh is not done yet ("is considering turning the sites
 * into hubs" tells of a future act, as "plans to turn" does).
 */
const DELIBERATING = new Set(CERTAINTY_CUES.filter(([, cls]) => cls === 'considered').map(([w]) => w));

/**
 * A bare past form (no auxiliary) that describes a noun rather than telling what happened:
 * English states a past event with a subject, so a bare past form that modifies a noun or has
 * a passive agent, with no subject of its own, is a participle ("the trains, built in Spain,
 * …", "a plan drafted by the council").
 */
function participle(tokens: readonly Token[], g: VerbGroup, syntax: () => SentenceSyntax): boolean {
  const syn = syntax();
  // (No auxiliary: adverbs only before the verb, "then sold".)
  if (g.tense !== 'past' || syn.tags.slice(g.first, g.head).some((t) => t !== 'ADV')) return false;
  // "…, with patients transferred to a new unit": a subject opened by "with" makes an absolute
  // phrase, whose participle takes its time from the clause it hangs on.
  const subject = dependentsOf(syn, g.head, /^nsubj/)[0];
  if (subject !== undefined && /^with(out)?$/.test(tokens[Math.min(...subtreeOf(syn, subject).filter((i) => syn.tags[i] !== 'ADP' && syn.tags[i] !== 'SCONJ')) - 1]?.lower ?? '')) return true;
  // An active past never has a "by" agent: a bare form with one is a passive participle.
  if (hasDependent(syn, g.head, /^obl:agent$/)) return true;
  // Before its noun it describes the noun ("planned police raids"), and so it does right after a
  // preposition, which takes a noun phrase, not a clause ("driven by improved scores"),
  // whatever the parse made of it.
  const next = syn.tags[g.head + 1] ?? '';
  if (syn.labels[g.head] === 'amod') return true;
  if (syn.tags[g.first - 1] === 'ADP' && tokens[g.first - 1]!.lower !== 'to' && /^(NOUN|PROPN|ADJ)$/.test(next) && !hasDependent(syn, g.head, /^(nsubj|csubj|expl)/)) return true;
  // Right after a noun with no subject of its own, it describes that noun whatever label the
  // parser gave it ("a temporary footbridge put up next to it").
  // (An adverb between changes nothing: "with the panels then sold to housing associations".)
  // (So does one set off by a comma after its noun, as an aside: "This year's festival, scheduled
  // for 24–27 July, has been called off".)
  let before = g.head - 1;
  while (before > 0 && syn.tags[before] === 'ADV') before--;
  if (before > 0 && tokens[before]!.text === ',') before--;
  const afterNoun = before >= 0 && before < g.head && syn.tags[g.head] === 'VERB' && (syn.tags[before] === 'NOUN' || syn.tags[before] === 'PROPN');
  // (So does an adverbial one with no subject and no auxiliary, "Built on the former mill, the
  // site will make robots": a finite clause of time or cause has its own, "after it was built",
  // and "having opened an office" tells what came before.)
  const adverbial = syn.labels[g.head] === 'advcl' && !hasDependent(syn, g.head, /^aux/);
  return (syn.labels[g.head]!.startsWith('acl') || adverbial || afterNoun) && !hasDependent(syn, g.head, /^(nsubj|csubj|expl)/);
}

/**
 * A verb in a relative clause describes a participant; it is not the sentence's own claim. A
 * clause the tokenizer sees opened by a conjunction ("announced that she had retired") is a
 * complement, whatever the parse made of "that".
 */
/** Whether the source verb `s` and the rewrite verb `r` have an object or phrase headed by the same content word. */
function sharesWhatItIsOf(ctx: PairContext, s: number, r: number): boolean {
  const words = (tokens: readonly Token[], syn: SentenceSyntax, v: number) => dependentsOf(syn, v, /^(obj|obl)/)
    .map((k) => tokens[k]!).filter(isContentToken).map((t) => t.lemma);
  const own = new Set(words(ctx.sTok, ctx.syntax.source(), s));
  return own.size > 0 && words(ctx.rTok, ctx.syntax.rewrite(), r).some((w) => own.has(w));
}

function relative(tokens: readonly Token[], g: VerbGroup, syntax: () => SentenceSyntax): boolean {
  const syn = syntax();
  const before = dependentsOf(syn, g.head).filter((d) => d < g.head);
  // Opened by a relative pronoun after a noun ("Petra Lund, who said …"), whatever label the parser gave it.
  if (before.some((d) => d > 0 && RELATIVE_PRONOUNS.has(tokens[d]!.lower))) return true;
  return syn.labels[g.head]!.startsWith('acl') && !before.some((d) => tokens[d]!.pos === 'SCONJ');
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);

/**
 * The noun a verb tells of: a relative clause's antecedent ("an overtime ban, which began"),
 * else its subject, an infinitive's being its governor's ("an overtime ban is due to start").
 */
function toldOf(syn: SentenceSyntax, g: VerbGroup): number | undefined {
  const h = syn.heads[g.head]!;
  if (h >= 0 && syn.labels[g.head]!.startsWith('acl')) return h;
  const own = dependentsOf(syn, g.head, /^nsubj/)[0];
  if (own !== undefined || h < 0 || syn.labels[g.head] !== 'xcomp') return own;
  return dependentsOf(syn, h, /^nsubj/)[0];
}

/**
 * A relative clause told as a sentence of its own ("an overtime ban, which began on 16
 * February" / "An overtime ban is due to start on 16 February"): the two verbs tell of the same
 * noun, the rewrite's own word for the source's.
 */
function sameThingTold(ctx: Parameters<PairRule>[0], rg: VerbGroup, sg: VerbGroup): boolean {
  const r = toldOf(ctx.syntax.rewrite(), rg);
  const s = toldOf(ctx.syntax.source(), sg);
  if (r === undefined || s === undefined || ctx.sTok[s]!.pos === 'PRON' || ctx.rTok[r]!.pos === 'PRON') return false;
  return ctx.match.rToS[r] === s || ctx.rTok[r]!.lemma === ctx.sTok[s]!.lemma;
}

/**
 * The time a conditional or untensed verb group refers to, read from the parse: "would seek"
 * reported after "said" is the future seen from the past ("they said they would seek" reports
 * "we will seek"); a verb governed by "scheduled to", "expected to", "due to" is a plan, the
 * future. Anything else keeps its own tense.
 */
function prospective(tokens: readonly Token[], g: VerbGroup, syntax: () => SentenceSyntax): Tense {
  // "A hearing has been set for 14 May", "the vote was scheduled for Friday": what was
  // scheduled lies ahead, whenever the scheduling happened.
  // (Not "is expected to resign": there the complement carries the time; and not "a close race
  // is expected", which tells what people think now, like "they expected a close race".)
  const lemma = tokens[g.head]!.lemma;
  if (SCHEDULED.has(lemma)) {
    const syn = syntax();
    // What was set for a time: the "for" phrase hung on the verb or on its object.
    const objects = dependentsOf(syn, g.head, /^obj$/);
    // ("set a balanced budget for the ninth year in a row": an ordinal counts the times it was
    // done, not a time it was set for.)
    // (A time: "set a date for a new round of talks" names what the date is for.)
    // (A name only as a date's: "set the pace for Ferreira" names whom it was set for.)
    const time = (d: number) => isTimeNoun(tokens[d]!.lemma) || syn.tags[d] === 'NUM' || (syn.tags[d] === 'PROPN' && findDates(tokens).some((m) => m.first <= d && d <= m.last));
    const setFor = [g.head, ...objects].some((h) => dependentsOf(syn, h, /^(obl|nmod)/).some((d) => markedBy(syn, tokens, d, 'for') && time(d) &&
      !dependentsOf(syn, d, /^amod$/).some((a) => ordinalOf(tokens[a]!) !== null)));
    // "set" and "fix" schedule only with what they set it for ("set for 14 May"): "a rest centre
    // was set up", "all defects had been fixed" tell what happened.
    // (Nor when they set a value, "has been set at 41,500 tonnes for the current year": the
    // "for" phrase is what the value holds for.)
    // (An amount as the number rule reads one: a clock time, "set for Friday at 9.30am", is none.)
    const amounts = findNumbers(tokens);
    const setsValue = dependentsOf(syn, g.head, /^obl/).some((d) => markedBy(syn, tokens, d, 'at') &&
      subtreeOf(syn, d).some((i) => amounts.some((m) => m.first <= i && i <= m.last)));
    const schedules = !hasDependent(syn, g.head, /^compound:prt$/) && (!/^(set|fix)$/.test(lemma) || (setFor && !setsValue));
    // (Not a past perfect with no time it was set for, "the attack had been planned the night
    // before": that tells when the planning was done, as "the team had planned the attack" does.)
    const plannedBefore = tokens.slice(g.first, g.head).some((t) => t.lower === 'had') && !setFor;
    if (schedules && g.passive && !plannedBefore && !hasDependent(syn, g.head, /^xcomp$/)) return 'future';
    // So does the same act told actively, with what was set and what it was set for: "Judge Marsh
    // set a hearing for 9 September" = "A hearing has been set for September 9 by Judge Marsh".
    if (schedules && lemma !== 'plan' && objects.length > 0 && setFor) return 'future';
  }
  if (g.tense === 'past' && g.first === g.head) {
    // "would stay closed", "remained shut", "felt betrayed": a bare participle completing another
    // verb tells a state; the verb it completes tells when.
    const syn = syntax();
    if (syn.labels[g.head] === 'xcomp' && syn.heads[g.head]! >= 0 && syn.heads[g.head]! < g.head && !hasDependent(syn, g.head, /^(nsubj|aux)/)) return 'none';
    // "It will be funded from reserves and paid out in two instalments": a bare participle with
    // no subject of its own, conjoined to a passive verb group, shares that group's auxiliaries.
    const h = syn.heads[g.head]!;
    if (h >= 0 && h < g.head && syn.labels[g.head] === 'conj' && !hasDependent(syn, g.head, /^(nsubj|csubj|expl)/)) {
      const governing = groupAt(findVerbGroups(tokens), h);
      if (governing?.passive) return prospective(tokens, governing, syntax);
    }
  }
  // "The results are due on Wednesday", "the vote is set for May": a copula whose predicate
  // schedules something tells of what lies ahead.
  // ("was due to open": the infinitive carries the time, as in "had been scheduled to open";
  // the copula tells none of its own, neither past nor ahead: "was due to lift off at 22:40" /
  // "had been scheduled for 10.40pm".)
  if (lemma === 'be' && g.first === g.head) {
    const syn = syntax();
    const predicate = syn.heads[g.head]!;
    const next = tokens[g.head + 1];
    const schedules = (predicate >= 0 && syn.labels[g.head] === 'cop' && syn.tags[predicate] !== 'NOUN' && SCHEDULED.has(tokens[predicate]!.lemma)) ||
      // (The parser may read "due on" as a preposition before the date: the word after the copula says it.)
      (!!next && syn.tags[g.head + 1] === 'ADJ' && SCHEDULED.has(next.lemma));
    if (schedules) return tokens.slice(g.head + 1, g.head + 4).some((t) => t.lower === 'to') ? 'none' : 'future';
    // "There were no plans for further cuts" = "no further cuts were planned": a plan said to
    // exist tells what lies ahead, as the passive of its verb does.
    if (hasDependent(syn, g.head, /^expl$/) && dependentsOf(syn, g.head, /^nsubj/).some((d) => syn.tags[d] === 'NOUN' && SCHEDULED.has(tokens[d]!.lemma))) return 'future';
  }
  // "will not reopen until engineers have inspected it", "once the pump has been replaced": a
  // present perfect in a clause of time tells what will be done by then, no past fact.
  if (g.tense === 'past' && presentPerfect(tokens, g) && clauseOpenedBy(syntax(), tokens, g.head, g.first, /^(until|till|once|after|before|when)$/)) return 'none';
  // "was to have stopped": a perfect infinitive sets one time before another; it states no past fact.
  // (The tokenizer may leave "have" a group of its own before the participle.)
  const have = tokens[g.first]!.lemma === 'have' ? g.first : tokens[g.first - 1]?.lemma === 'have' ? g.first - 1 : -1;
  if (g.tense === 'past' && have > 0 && tokens[have - 1]!.lower === 'to') return 'none';
  // "is due to be fined", "is set to close": an infinitive right after a scheduling word,
  // however the parse attached it.
  // So does "be" before one: "the tribunal is to hear the case", "was to open" (a plan, then or
  // now). (Not the perfect "was to have stopped", above, nor the idiom "was to blame", a fault.)
  const beTo = tokens[g.first - 2]?.lemma === 'be' && tokens[g.head]!.lemma !== 'blame' && !(tokens[g.head]!.lemma === 'have' && tokens[g.head + 1]?.pos === 'VERB');
  // And "be about to": "were about to complete the signing" (an act at hand, not done).
  const aboutTo = tokens[g.first - 2]?.lower === 'about' && tokens[g.first - 3]?.lemma === 'be';
  // And "be" with a bare noun's phrase before one: "is on course to raise", "is in line to
  // become", "is in talks to buy" (where a thing is headed, not where it has got).
  const headedTo = tokens[g.first - 2]?.pos === 'NOUN' && /^(on|in)$/.test(tokens[g.first - 3]?.lower ?? '') && tokens[g.first - 4]?.lemma === 'be';
  // (Not a noun of intending that a verb of making takes as its object, objectOfMaking.)
  const intending = (k: number) => PROSPECTIVE.has(tokens[k]?.lemma ?? '') && !objectOfMaking(tokens, syntax(), k);
  if (g.tense === 'none' && tokens[g.first - 1]?.lower === 'to' && (intending(g.first - 2) || beTo || aboutTo || headedTo)) return 'future';
  if (g.tense !== 'conditional' && g.tense !== 'none') return g.tense;
  const syn = syntax();
  const h = syn.heads[g.head]!;
  if (h < 0) return g.tense;
  const rel = syn.labels[g.head]!.split(':')[0];
  // (Also a clause joined to the reported one: "said the authority had listened and would provide".)
  let clause = g.head;
  while (syn.labels[clause] === 'conj' && syn.heads[clause]! >= 0) clause = syn.heads[clause]!;
  const reporter = syn.heads[clause]!;
  if (g.tense === 'conditional' && tokens[g.first]?.lower === 'would' && syn.labels[clause]!.split(':')[0] === 'ccomp' && reporter >= 0 && REPORTING_VERBS.has(tokens[reporter]!.lemma)) return 'future';
  // So does one the speaker follows ("Ministers would offer £500m, a spokesperson said"): a
  // reporting verb with its own subject after a comma, hung on the clause as a conjunct or an
  // aside, with no "and" of its own.
  const trailing = () => dependentsOf(syn, clause, /^(conj|parataxis)$/).some((d) => d > clause && REPORTING_VERBS.has(tokens[d]!.lemma) &&
    hasDependent(syn, d, /^nsubj/) && !hasDependent(syn, d, /^cc$/) && tokens.slice(clause, d).some((t) => t.text === ','));
  if (g.tense === 'conditional' && tokens[g.first]?.lower === 'would' && trailing()) return 'future';
  if (g.tense === 'none' && rel === 'xcomp' && (PROSPECTIVE.has(tokens[h]!.lemma) || DELIBERATING.has(tokens[h]!.lemma) ||
    (/ing$/.test(tokens[g.head]!.lower) && expecting(tokens[h]!.lemma)) || (tokens[g.first - 1]?.lower === 'to' && isDirectingVerb(tokens[h]!.lemma) && hasDependent(syn, h, /^(obj|aux:pass)$/) && askedUpToNow(tokens, h)))) return 'future';
  // (An infinitive under a verb told in the future lies ahead with it: "Councillors will be
  // asked to vote on the proposals".)
  if (g.tense === 'none' && rel === 'xcomp' && tokens[g.first - 1]?.lower === 'to' && groupAt(findVerbGroups(tokens), h)?.tense === 'future') return 'future';
  return g.tense;
}

/**
 * A verb group whose verb governs a "to" infinitive inside the same stretch ("plans" in "plans
 * to look"), or a deliberating verb its gerund ("is considering" in "is considering turning");
 * anywhere in the sentence when no stretch is given.
 */
function governsInfinitiveIn(tokens: readonly Token[], groups: readonly VerbGroup[], syn: SentenceSyntax, g: VerbGroup, stretch?: readonly number[]): boolean {
  // (A copula governs what its predicate does: "was" in "was due to start", "is likely to close".)
  const head = syn.labels[g.head] === 'cop' && syn.heads[g.head]! >= 0 ? syn.heads[g.head]! : g.head;
  // (The infinitive's "to" opens its group, before any auxiliary: "likely to be finished".)
  return dependentsOf(syn, head, /^xcomp$/).some((d) => {
    const inf = groupAt(groups, d);
    return (!stretch || stretch.includes(d)) && inf?.tense === 'none' &&
      (tokens[inf.first - 1]?.lower === 'to' || ((DELIBERATING.has(tokens[g.head]!.lemma) || expecting(tokens[g.head]!.lemma)) && /ing$/.test(tokens[d]!.lower)));
  });
}

/** Where a verb sits in its sentence, coarsely: its relation without subtype ("root", "ccomp", "advcl", ...). */
function place(syn: SentenceSyntax, i: number): string {
  return syn.labels[i]!.split(':')[0]!;
}

const LABEL: Readonly<Record<Tense, string>> = {
  past: 'past', future: 'future', present: 'present', conditional: 'conditional', none: 'untensed',
};

/**
 * Two verbs whose subjects are different things tell different events, whatever their words
 * ("the results needed to be repeated" / "the harvested plants would need to be disposed of",
 * "a hearing is due to take place" / "talks were taking place"): their tenses are not compared.
 * Only named subjects count (a pronoun or a missing subject may be anyone's).
 */
function otherSubjects(rTok: readonly Token[], rSyn: SentenceSyntax, r: number, sTok: readonly Token[], sSyn: SentenceSyntax, s: number, rToS: ArrayLike<number>, names: NameWords, described: DescribedNames): boolean {
  // (An infinitive's subject is its governor's: "a hearing is due to take place".)
  // (So is a conjoined verb's with none of its own: "the results were promising but needed to be repeated".)
  // (Of two subjects the parse gave a verb, its own: "the 16 that Tavish operated".)
  // (A relative pronoun's is the noun its clause describes: "Jonas Eklund, who is now writing".)
  const subject = (syn: SentenceSyntax, v: number): number[] => {
    const one = ownSubject(syn, v, /^nsubj/);
    const tokens = syn === rSyn ? rTok : sTok;
    if (one >= 0 && /^(who|which|that)$/.test(tokens[one]!.lower) && /^acl/.test(syn.labels[v]!) && syn.heads[v]! >= 0) return [syn.heads[v]!];
    const own = one < 0 ? [] : [one];
    const h = syn.heads[v]!;
    return own.length === 0 && h >= 0 && /^(xcomp|csubj|conj)$/.test(syn.labels[v]!) ? subject(syn, h) : own;
  };
  // (A passive's subject is what the active's object names: "has promised to review transport"
  // / "transport has been reviewed". Where that tells nothing, the subjects are compared.)
  const passive = (syn: SentenceSyntax, v: number) => hasDependent(syn, v, /^aux:pass$/);
  if (passive(rSyn, r) !== passive(sSyn, s)) {
    const rs = passive(rSyn, r) ? subject(rSyn, r) : dependentsOf(rSyn, r, /^obj$/);
    const ss = passive(sSyn, s) ? subject(sSyn, s) : dependentsOf(sSyn, s, /^obj$/);
    const received = differentParties(rTok, rSyn, rs, sTok, sSyn, ss, rToS, names, described);
    if (received !== null) return received;
  }
  return differentParties(rTok, rSyn, subject(rSyn, r), sTok, sSyn, subject(sSyn, s), rToS, names, described, passive(rSyn, r) === passive(sSyn, s)) ?? false;
}

/** Each word of a name in the source document, with the words of the whole names it is in ("raiders" -> ashcombe, raiders). */
type NameWords = ReadonlyMap<string, ReadonlySet<string>>;

function sourceNameWords(ctx: PairContext): NameWords {
  return ctx.memo('source-name-words', () => {
    const out = new Map<string, Set<string>>();
    for (const { tokens } of ctx.source.sentences) {
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i]!.pos !== 'PROPN' || tokens[i - 1]?.pos === 'PROPN') continue;
        let end = i;
        while (tokens[end + 1]?.pos === 'PROPN') end++;
        const words = tokens.slice(i, end + 1).map((t) => t.lemma);
        for (const w of words) {
          const set = out.get(w) ?? new Set<string>();
          for (const x of words) set.add(x);
          out.set(w, set);
        }
      }
    }
    return out;
  });
}

/** Whether two named parties are different things (true), the same (false), or cannot be told (null). */
function differentParties(rTok: readonly Token[], rSyn: SentenceSyntax, rs: readonly number[], sTok: readonly Token[], sSyn: SentenceSyntax, ss: readonly number[], rToS: ArrayLike<number>, names: NameWords, described: DescribedNames, sameVoice = true): boolean | null {
  if (rs.length === 0 || ss.length === 0) return null;
  // (Two words of one name the source gives: "Ashcombe" / "the Raiders" for "Ashcombe Raiders".)
  const nameWords = (toks: readonly Token[], at: readonly number[]) => at.map((i) => toks[i]!).filter((t) => t.pos === 'PROPN').map((t) => t.lemma);
  const rNames = nameWords(rTok, rs);
  if (nameWords(sTok, ss).some((w) => rNames.some((x) => x !== w && names.get(w)?.has(x)))) return false;
  if ([...rs.map((i) => rTok[i]!), ...ss.map((i) => sTok[i]!)].some((t) => t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'NUM')) return null;
  // (People are described in many ways, "the team" / "the researchers": only things and
  // events named differently tell different events.)
  const people = (toks: readonly Token[]) => toks.some((t) => t.pos === 'NOUN' && namesPeople(t.lemma));
  if (people(rs.map((i) => rTok[i]!)) && people(ss.map((i) => sTok[i]!))) return null;
  // (A name and the description the source gives it, "Astraline, the launch company" … "the
  // company", are the same.)
  const describes = (dTok: readonly Token[], dAt: readonly number[], nTok: readonly Token[], nAt: readonly number[]) => dAt.some((i) => {
    const name = dTok[i]!.pos === 'NOUN' ? describedBy(described, dTok[i]!.lemma) : undefined;
    return !!name && nAt.some((k) => nTok[k]!.pos === 'PROPN' && name.has(nTok[k]!.lemma));
  });
  if (describes(sTok, ss, rTok, rs) || describes(rTok, rs, sTok, ss)) return false;
  // (A definite description the source gives no name for, "The company had intended to run …",
  // may be the name the rewrite puts in its place, "Kestrel ran …": neither tells.)
  const definite = (toks: readonly Token[], syn: SentenceSyntax, at: readonly number[]) => at.some((i) => toks[i]!.pos === 'NOUN' &&
    dependentsOf(syn, i, /^det$/).some((d) => toks[d]!.lower === 'the') && !dependentsOf(syn, i).some((d) => toks[d]!.pos === 'PROPN'));
  const named = (toks: readonly Token[], at: readonly number[]) => at.some((i) => toks[i]!.pos === 'PROPN');
  const rWords = new Set(rs.flatMap((i) => subtreeOf(rSyn, i)));
  const sWords = new Set(ss.flatMap((i) => subtreeOf(sSyn, i)));
  // (Unless the other sentence gives that description to another party of its own: "the
  // regional government has cut the university's grant" / "the university is to cut jobs after
  // the regional government reduced its grant". Between subjects of one voice only: a passive's
  // subject is the active's receiver, not its doer.)
  const otherParty = (dTok: readonly Token[], dAt: readonly number[], oTok: readonly Token[], oWords: ReadonlySet<number>) => sameVoice && dAt.some((i) => dTok[i]!.pos === 'NOUN' &&
    oTok.some((t, k) => !oWords.has(k) && t.pos === 'NOUN' && t.lemma === dTok[i]!.lemma));
  if (definite(sTok, sSyn, ss) && named(rTok, rs)) return otherParty(sTok, ss, rTok, rWords) ? true : null;
  if (definite(rTok, rSyn, rs) && named(sTok, ss)) return otherParty(rTok, rs, sTok, sWords) ? true : null;
  // (A word of content matched across: "the" matched with "the" says nothing of the thing.)
  const content = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM';
  if ([...rWords].some((i) => content(rTok[i]!) && sWords.has(rToS[i] ?? -1))) return false;
  // (The same thing in other words counts as the same: "the firm" / "the company".)
  const sContent = [...sWords].map((i) => sTok[i]!).filter(content);
  return ![...rWords].map((i) => rTok[i]!).filter(content).some((t) => sContent.some((x) => x.lemma === t.lemma || mayMeanTheSame(x.lemma, t.lemma)));
}

/** How a finding names a verb group's time: "still going on" for a present progressive. */
function label(tokens: readonly Token[], g: VerbGroup, tense: Tense, syn: () => SentenceSyntax): string {
  return ongoing(tokens, g, tense, syn) ? 'still going on' : LABEL[tense];
}

function flipped(a: Tense, b: Tense): boolean {
  return (a === 'past' && b === 'future') || (a === 'future' && b === 'past');
}

/**
 * "would have collapsed (if …)" / "collapsed": a conditional perfect tells what did not happen,
 * against a simple past that tells it did. (Not a past perfect or a reported "would", which
 * tell no condition.)
 */
function unrealisedForDone(sTok: readonly Token[], sg: VerbGroup, rTok: readonly Token[], rg: VerbGroup): boolean {
  const simplePast = (tokens: readonly Token[], g: VerbGroup) => g.first === g.head && /ed$/.test(tokens[g.head]!.lower) && tokens[g.head]!.lemma !== 'be';
  return (unrealisedAt(sTok, sg) >= 0 && simplePast(rTok, rg)) || (unrealisedAt(rTok, rg) >= 0 && simplePast(sTok, sg));
}

/**
 * Where a conditional perfect opens, its own auxiliaries or the ones of the verb carrying it
 * ("would have had to suspend"), or a plan's perfect that tells it fell through ("was to have
 * opened"); -1 for none.
 */
function unrealisedAt(tokens: readonly Token[], g: VerbGroup): number {
  const from = Math.max(0, g.first - 4);
  const words = tokens.slice(from, g.head).map((t) => t.lower);
  const modal = words.findIndex((w, k) => /^(would|could|might)$/.test(w) || (/^(was|were)$/.test(w) && words[k + 1] === 'to'));
  if (modal >= 0 && words[modal + 1] === 'to') return words[modal + 2] === 'have' && words.slice(modal + 3).every((w) => w === 'been') ? from + modal : -1;
  return modal >= 0 && words[modal + 1] === 'have' && words.slice(modal + 2).every((w) => /^(had|to|been|able)$/.test(w)) ? from + modal : -1;
}

/**
 * Still going on: a present progressive, "is cutting", "are building" (not a passive, "is being
 * built"); or a present perfect from a time on, "has led the orchestra since 2011", a state or
 * act that lasts to now.
 */
function ongoing(tokens: readonly Token[], g: VerbGroup, tense: Tense, syn: () => SentenceSyntax): boolean {
  if (tense === 'present') return !g.passive && /ing$/.test(tokens[g.head]!.lower) && tokens.slice(g.first, g.head).some((t) => t.lemma === 'be');
  return tense === 'past' && presentPerfect(tokens, g) && dependentsOf(syn(), g.head, /^obl/).some((d) => markedBy(syn(), tokens, d, 'since'));
}

/**
 * "The council had cut its grant by half in 2022" / "The council is cutting its grant by half":
 * an act told as done, told as still going on (or the other way round) is another claim about
 * when it happens. (Not a reporting verb: "said" / "is saying" report the same words.)
 */
function doneForOngoing(sTok: readonly Token[], sg: VerbGroup, sTense: Tense, sSyn: () => SentenceSyntax, rTok: readonly Token[], rg: VerbGroup, rTense: Tense, rSyn: () => SentenceSyntax): boolean {
  // Done: a simple past or a past perfect of an act, not a state ("was"), not a present perfect
  // ("have appealed", whose act still bears on now, as "are appealing" does), not a past
  // progressive ("were being asked").
  const done = (tokens: readonly Token[], g: VerbGroup, tense: Tense) => tense === 'past' && tokens[g.head]!.lemma !== 'be' &&
    !tokens.slice(g.first, g.head + 1).some((t) => /ing$/.test(t.lower) || /^(has|have|'ve)$/.test(t.lower));
  // (Against a present perfect "since", only a simple past is done: "had lost since" is the same
  // state reported, backshifted, and "opened" / "have opened since" tells when it began.)
  // (An adverb may part the auxiliary from its verb, "had since opened".)
  const simple = (tokens: readonly Token[], g: VerbGroup, syn: () => SentenceSyntax) => !tokens.slice(Math.max(0, g.first - 2), g.head).some((t) => t.lemma === 'have') &&
    !dependentsOf(syn(), g.head).some((d) => tokens[d]!.lower === 'since' || markedBy(syn(), tokens, d, 'since'));
  const doneAgainst = (tokens: readonly Token[], g: VerbGroup, tense: Tense, syn: () => SentenceSyntax, other: readonly Token[], og: VerbGroup) =>
    done(tokens, g, tense) && (!presentPerfect(other, og) || simple(tokens, g, syn));
  if (!(doneAgainst(sTok, sg, sTense, sSyn, rTok, rg) && ongoing(rTok, rg, rTense, rSyn)) && !(ongoing(sTok, sg, sTense, sSyn) && doneAgainst(rTok, rg, rTense, rSyn, sTok, sg))) return false;
  const s = sTok[sg.head]!.lemma, r = rTok[rg.head]!.lemma;
  if (REPORTING_VERBS.has(s) || REPORTING_VERBS.has(r)) return false;
  // (Nor the state an act began, told from the time the act was done: "closed last year" / "has
  // been shut since last year".)
  // (Not the other way round: "has been closed since March" / "was closed in March" no longer
  // says it is closed.)
  if (beganThen(sTok, sg, sSyn, rTok, rg, rSyn)) return false;
  // (Nor a negated one: "is not working" / "did not work" tell a state of failing, not an act.)
  const negated = (tokens: readonly Token[], g: VerbGroup) => tokens.slice(g.first, g.head).some((t) => t.lemma === 'not' || t.lower === "n't" || t.lower === 'never');
  if (negated(sTok, sg) || negated(rTok, rg)) return false;
  // One act, told by the same verb or a synonym ("had decided" / "is considering" is a decision
  // taken against one weighed: the modality rule's). (Asked last: it reads WordNet.)
  return s === r || mayMeanTheSame(s, r);
}

/** The words of when an act was done ("last year", "in March"), or of the time a present perfect runs "since", without the preposition. */
function timeWords(tokens: readonly Token[], g: VerbGroup, syn: () => SentenceSyntax, since: boolean): string {
  const parse = syn();
  return dependentsOf(parse, g.head, /^(obl|advmod)/).filter((d) => markedBy(parse, tokens, d, 'since') === since && (since || isTimeNoun(tokens[d]!.lemma)))
    .flatMap((d) => subtreeOf(parse, d)).filter((k) => tokens[k]!.isWord && !/^(since|in|on|at|during)$/.test(tokens[k]!.lower)).map((k) => tokens[k]!.lower).join(' ');
}

/** "has been shut since last year" against "closed last year": a present perfect running from the very time the other side's act was done. */
function beganThen(aTok: readonly Token[], ag: VerbGroup, aSyn: () => SentenceSyntax, bTok: readonly Token[], bg: VerbGroup, bSyn: () => SentenceSyntax): boolean {
  const since = presentPerfect(bTok, bg) ? timeWords(bTok, bg, bSyn, true) : '';
  return since !== '' && since === timeWords(aTok, ag, aSyn, false);
}

/** Verbs that start the act they take: its time is when the act began. */
const STARTING_VERBS: ReadonlySet<string> = new Set(['begin', 'start', 'commence']);

/** The verbs a verb carries as its complement ("continued to invest": "invest"). */
function carriedActs(syn: SentenceSyntax, v: number): number[] {
  return dependentsOf(syn, v, /^xcomp$/).filter((d) => syn.tags[d] === 'VERB');
}

/** "used to play": a habit of the past that has ended (not "was used to", accustomed). */
function usedTo(tokens: readonly Token[], g: VerbGroup): boolean {
  if (tokens[g.first - 1]?.lower !== 'to' || tokens[g.first - 2]?.lower !== 'used') return false;
  // (A passive of "use", "is being used to house evacuees", tells a purpose; so may an adverb between.)
  return !tokens.slice(Math.max(0, g.first - 5), g.first - 2).some((t) => /^(be|is|are|was|were|been|being|get|gets|got|getting)$/.test(t.lower) || t.lemma === 'be');
}
const USED_TO = 'a past habit, no longer so';
const UNREALISED = 'what would have happened, and did not';

/**
 * "A red heat alert was in force for nine days" / "is still in force": a state the past bounds
 * (for a stretch of time, or until one) told as still so. The predicate a copula serves is the
 * state's word, whichever the group's head.
 */
function endedState(tokens: readonly Token[], g: VerbGroup, tense: Tense, syn: () => SentenceSyntax, other: readonly Token[], og: VerbGroup, otherTense: Tense, otherSyn: () => SentenceSyntax): boolean {
  // (A simple past, of "be" or a passive: "was in force", "was closed".)
  if (tense !== 'past' || otherTense !== 'present' || tokens.slice(g.first, g.head).some((t) => t.lemma !== 'be')) return false;
  // (Read from the words first: most pairs have no "still", and only those are parsed for it.)
  if (!other.some((t) => t.lower === 'still')) return false;
  const predicate = (grp: VerbGroup, sy: SentenceSyntax) => sy.labels[grp.head] === 'cop' && sy.heads[grp.head]! >= 0 ? sy.heads[grp.head]! : grp.head;
  const p = predicate(g, syn());
  const bounded = dependentsOf(syn(), p, /^obl/).some((d) => (markedBy(syn(), tokens, d, 'for') && isTimeNoun(tokens[d]!.lemma)) || markedBy(syn(), tokens, d, 'until'));
  const op = predicate(og, otherSyn());
  return bounded && other.slice(og.first, Math.max(op, og.head) + 1).some((t) => t.lower === 'still');
}

/**
 * "The club used to play at Elm Park" / "plays at Elm Park", "who had previously held the course
 * record" / "who now holds it": an ended habit or state told as still so, against the present.
 */
function endedHabit(tokens: readonly Token[], g: VerbGroup, otherTense: Tense): boolean {
  if (otherTense !== 'present') return false;
  return usedTo(tokens, g) || (g.tense === 'past' && tokens.slice(g.first, g.head).some((t) => ENDED_STATE_ADVERBS.has(t.lower)));
}

/**
 * The figure a verb is told of: one counting its object ("attract 200,000 visitors") or the noun
 * its clause describes ("the 150,000 a year it attracted").
 */
function figureToldOf(tokens: readonly Token[], syn: SentenceSyntax, v: number): NumberMention | undefined {
  const h = syn.heads[v]!;
  const described = h >= 0 && /^(NOUN|NUM)$/.test(syn.tags[h] ?? '') && /^(acl|advcl)/.test(syn.labels[v] ?? '') ? [h] : [];
  const numbers = findNumbers(tokens);
  const within = (k: number) => numbers.find((m) => m.first <= k && k <= m.last);
  for (const a of [...described, ...dependentsOf(syn, v, /^obj$/)]) {
    const n = within(a) ?? dependentsOf(syn, a, /^nummod$/).map(within).find((m) => m !== undefined);
    if (n) return n;
  }
  return undefined;
}

/**
 * "A separate application … will be considered in June" / "Councillors examined a separate
 * application … in June": the same act told by a synonym in another place of its sentence, where
 * the aligner pairs neither verb. Its counterpart is the unpaired source verb of the same or a
 * synonymous lemma done to the same thing (the object, or a passive's subject).
 */
function sameActElsewhere(ctx: PairContext, rg: VerbGroup, sGroups: readonly VerbGroup[], used: ReadonlySet<VerbGroup>): VerbGroup | undefined {
  const rVerb = ctx.rTok[rg.head]!;
  if ((ctx.match.rToS[rg.head] ?? -1) >= 0 || REPORTING_VERBS.has(rVerb.lemma) || rVerb.lemma === 'be') return undefined;
  // (The words first: only a pair with such a verb is read for its frames.)
  const candidates = sGroups.filter((g) => !used.has(g) && (ctx.match.sToR[g.head] ?? -1) < 0 && mayMeanTheSame(ctx.sTok[g.head]!.lemma, rVerb.lemma));
  if (candidates.length === 0) return undefined;
  const receiver = (f: Frame | undefined) => f?.args.filter((a) => a.role === 'obj').map((a) => a.filler) ?? [];
  const rObjects = receiver(framesOf(ctx.rTok, ctx.syntax.rewrite()).find((f) => f.predicate === rg.head));
  if (rObjects.length === 0) return undefined;
  const sFrames = framesOf(ctx.sTok, ctx.syntax.source());
  return candidates.find((g) => receiver(sFrames.find((f) => f.predicate === g.head)).some((s) => rObjects.some((r) => sameParticipant(s, r))));
}

/**
 * The words a verb group's claim is about: the verb and its subject, object and complement ("an
 * inquiry was held": held, inquiry; "there would be an inquiry": inquiry), a copula's predicate
 * for the verb ("the inquiry was complete": complete, inquiry). `predicate` keeps a copula's
 * predicate alone: what two forms of "be" say is in what they join.
 */
function claimWords(syn: SentenceSyntax, tokens: readonly Token[], head: number, predicate: boolean): number[] {
  const at = syn.labels[head] === 'cop' && syn.heads[head]! >= 0 ? syn.heads[head]! : head;
  if (at !== head && predicate) return [at];
  return [...(tokens[at]!.lemma === 'be' ? [] : [at]), ...dependentsOf(syn, at, /^(nsubj|nsubj:pass|obj|xcomp)$/)];
}

/**
 * Whether two verb groups' claims are about one thing: a word of each the aligner pairs, or the
 * same word or a synonym. ("There would be an inquiry" is not "the inquiry was complete"; "the
 * results are due" is "results were released".)
 */
function sameContent(ctx: PairContext, rHead: number, sHead: number): boolean {
  const both = ctx.rTok[rHead]!.lemma === 'be' && ctx.sTok[sHead]!.lemma === 'be';
  const r = claimWords(ctx.syntax.rewrite(), ctx.rTok, rHead, both);
  const s = claimWords(ctx.syntax.source(), ctx.sTok, sHead, both);
  // (A "be" the parse joins nothing with is no evidence either way.)
  if (r.length === 0 || s.length === 0) return true;
  return r.some((i) => s.some((j) => ctx.match.rToS[i] === j || ctx.rTok[i]!.lemma === ctx.sTok[j]!.lemma || mayMeanTheSame(ctx.rTok[i]!.lemma, ctx.sTok[j]!.lemma)));
}

/**
 * The source verb of the sentence the rewrite verb's subject is matched in, one it may mean and
 * the aligner pairs with nothing, where `sg` sits in another of the joined sentences.
 */
function ownSentenceVerb(ctx: PairContext, rg: VerbGroup, sg: VerbGroup, sGroups: readonly VerbGroup[], used: ReadonlySet<VerbGroup>): VerbGroup | undefined {
  const subject = dependentsOf(ctx.syntax.rewrite(), rg.head, /^nsubj/)[0];
  const sSubject = subject === undefined ? -1 : ctx.match.rToS[subject] ?? -1;
  if (sSubject < 0) return undefined;
  const home = sourceSentenceAt(ctx, sSubject);
  if (!home || sourceSentenceAt(ctx, sg.head) === home) return undefined;
  const lemma = ctx.rTok[rg.head]!.lemma;
  return sGroups.find((g) => g !== sg && !used.has(g) && sourceSentenceAt(ctx, g.head) === home && (ctx.match.sToR[g.head] ?? -1) < 0 &&
    mayMeanTheSame(ctx.sTok[g.head]!.lemma, lemma));
}

/** Whether a sentence is a cell of a table's row: its line opens with a bar ("| Drawn from reserves | £6.5m |"). */
function inTableRow(doc: PreparedText, s: Sentence): boolean {
  return /^[ \t]*\|/.test(lineOpening(doc, s));
}

export const tenseRule: PairRule = (ctx) => {
  const out: RawFinding[] = [];
  const rGroups = findVerbGroups(ctx.rTok);
  const sGroups = findVerbGroups(ctx.sTok);
  const usedSource = new Set<VerbGroup>();
  for (const rg of rGroups) {
    // The source verb: the same verb matched by the aligner, else a verb in the same replaced stretch.
    const sHead = ctx.match.rToS[rg.head] ?? -1;
    // (Or the group whose auxiliary the aligner matched with this verb, the same word used twice
    // over: "has passed a medical" / "is due to have a medical".)
    // (Only a verb of its own for that group's lost verb, not "be": "has voted" / "will have
    // a say" is another verb's auxiliary.)
    const auxiliaryOf = (g: VerbGroup | undefined) => g && ctx.rTok[rg.head]!.lemma !== 'be' && (ctx.match.sToR[g.head] ?? -1) < 0 ? g : undefined;
    let sg = sHead >= 0 ? groupAt(sGroups, sHead) ?? auxiliaryOf(groupContaining(sGroups, sHead)) : undefined;
    // (Where the pair joins source sentences, a verb matched by its word in another sentence than
    // the one its subject comes from gives way to a verb of that sentence it may mean: "whether the
    // former members will get anything" + "his client had received nothing" / "whether the former
    // members will receive anything".)
    if (sg && ctx.sources.length > 1) sg = ownSentenceVerb(ctx, rg, sg, sGroups, usedSource) ?? sg;
    // An event told by its verb on one side and by a noun that a light verb takes as its object
    // on the other ("has already filed a legal challenge against the ministry" / "plans to
    // challenge the ministry"): the light verb's group tells the event's time.
    if (!sg && sHead >= 0 && ctx.syntax.source().labels[sHead] === 'obj') {
      const g = groupAt(sGroups, ctx.syntax.source().heads[sHead]!);
      if (g && LIGHT_VERBS.has(ctx.sTok[g.head]!.lemma) && !usedSource.has(g) && (ctx.match.sToR[g.head] ?? -1) < 0) sg = g;
    }
    // (So does a verb that finishes the act its object names: "is reviewing the decision" /
    // "has completed its review of the decision".)
    let finishes = false;
    const completes = COMPLETING_VERBS.has(ctx.rTok[rg.head]!.lemma);
    if (!sg && sHead < 0 && (LIGHT_VERBS.has(ctx.rTok[rg.head]!.lemma) || completes)) {
      const sSyn = ctx.syntax.source();
      for (const o of dependentsOf(ctx.syntax.rewrite(), rg.head, /^obj$/)) {
        // (The object's own word a verb of the source, "is reviewing the decision" / "has
        // completed the review"; or the same object, done by another verb there, "is now writing a
        // second ballet" / "has already completed a second ballet".)
        const so = ctx.match.rToS[o] ?? -1;
        const actOn = so >= 0 && sSyn.labels[so] === 'obj' && completes ? groupAt(sGroups, sSyn.heads[so]!) : undefined;
        const g = groupAt(sGroups, so) ?? actOn;
        if (g && !usedSource.has(g)) { sg = g; finishes = completes; break; }
      }
    }
    // (And a verb of starting tells when the act it starts began: "is expected to review the
    // deal" / "has begun a review of the deal", "has started to review it".)
    if (!sg && sHead < 0 && STARTING_VERBS.has(ctx.rTok[rg.head]!.lemma)) {
      const rSyn = ctx.syntax.rewrite();
      for (const o of dependentsOf(rSyn, rg.head, /^(obj|xcomp)$/).filter((d) => rSyn.tags[d] === (rSyn.labels[d] === 'obj' ? 'NOUN' : 'VERB'))) {
        const g = groupAt(sGroups, ctx.match.rToS[o] ?? -1);
        if (g && !usedSource.has(g) && !REPORTING_VERBS.has(ctx.sTok[g.head]!.lemma)) { sg = g; break; }
      }
    }
    // "are due" -> "were released": the source's copula, a group of its own, matched with the
    // rewrite group's auxiliary.
    // (Not a copula whose predicate governs an infinitive, "were likely to be finished": the
    // infinitive tells the event and its time.)
    if (!sg) {
      for (let k = rg.first; k < rg.head && !sg; k++) {
        const s = ctx.match.rToS[k] ?? -1;
        const g = s >= 0 ? groupAt(sGroups, s) : undefined;
        if (g && g.first === g.head && !usedSource.has(g) && !governsInfinitiveIn(ctx.sTok, sGroups, ctx.syntax.source(), g)) sg = g;
      }
    }
    if (!sg) {
      const hunk = hunkOfRewrite(ctx, rg.head);
      const rRelative = relative(ctx.rTok, rg, ctx.syntax.rewrite);
      // A verb replaced in the same stretch is its counterpart only if it plays the same part:
      // both in relative clauses or neither, and the event itself, not the verb that governs it
      // ("plans to look": "look").
      // A verb the aligner pairs with a word moved elsewhere ("Ministers said …" -> "…, ministers
      // said") is that word's counterpart, not this one's.
      // (Not a reporting verb for a verb that reports nothing: "said" tells when it was said, not
      // when the building "will begin".)
      const reports = REPORTING_VERBS.has(ctx.rTok[rg.head]!.lemma);
      // (Nor a verb whose auxiliaries the aligner matched in another rewrite group: "were still
      // looking" is "were still trying"'s counterpart, not the counterpart of "to trace" after it.)
      const pairedElsewhere = (g: VerbGroup) => Array.from({ length: g.head - g.first + 1 }, (_v, k) => ctx.match.sToR[g.first + k] ?? -1)
        .some((r) => r >= 0 && (r < rg.first || r > rg.head));
      // (Nor the verb that governs the event on the rewrite side: "anticipated" in "anticipated
      // shutting" is "expected" in "expected to close", not "close".)
      const governs = !!hunk && governsInfinitiveIn(ctx.rTok, rGroups, ctx.syntax.rewrite(), rg, hunk.r);
      const governsEvent = (g: VerbGroup) => governsInfinitiveIn(ctx.sTok, sGroups, ctx.syntax.source(), g, hunk!.s);
      // (Not a copula, whose predicate tells what it governs: "was due to start" / "began".)
      const sameGovernor = (g: VerbGroup) => ctx.sTok[g.head]!.lemma !== 'be' && mayMeanTheSame(ctx.sTok[g.head]!.lemma, ctx.rTok[rg.head]!.lemma);
      const candidates = hunk && !governs ? sGroups.filter((g) => hunk.s.includes(g.head) && !usedSource.has(g) && (ctx.match.sToR[g.head] ?? -1) < 0 && !pairedElsewhere(g)
        && reports === REPORTING_VERBS.has(ctx.sTok[g.head]!.lemma)
        && (relative(ctx.sTok, g, ctx.syntax.source) === rRelative || sameThingTold(ctx, rg, g))
        && (!governsEvent(g) || sameGovernor(g))) : [];
      // (A verb that governs the event is the counterpart of one it may mean, before any other:
      // "have pledged to give £10,000" / "have promised a £10,000 donation".)
      const governor = candidates.find(governsEvent);
      // Among them, the one in the same place in its sentence (main verb for main verb, reported
      // clause for reported clause) rather than simply the first.
      // (First the one whose objects or phrases are this verb's: "collapsed into administration"
      // / "went into administration", beside "which has run crossings".)
      const rPlace = place(ctx.syntax.rewrite(), rg.head);
      const sharing = candidates.length > 1 ? candidates.filter((g) => sharesWhatItIsOf(ctx, g.head, rg.head)) : [];
      const among = sharing.length ? sharing : candidates;
      // (Then the one the rewrite's verb may mean: "was postponed" / "was put back", beside "had
      // been due to take effect".)
      sg = governor ?? among.find((g) => mayMeanTheSame(ctx.sTok[g.head]!.lemma, ctx.rTok[rg.head]!.lemma)) ?? among.find((g) => place(ctx.syntax.source(), g.head) === rPlace) ?? among[0];
    }
    // (Found by its receiver only where one side tells a plan, the other a done act: a synonym
    // told in another place may set one time against another, "the first time it has won … since
    // 1998" / "last took … in 1998".)
    const elsewhere = !sg;
    sg ??= sameActElsewhere(ctx, rg, sGroups, usedSource);
    if (!sg) continue;
    const sTense = prospective(ctx.sTok, sg, ctx.syntax.source);
    const rTense = prospective(ctx.rTok, rg, ctx.syntax.rewrite);
    if (elsewhere && sTense !== 'future' && rTense !== 'future') continue;
    // (A headline drops the auxiliaries of its passives: "M47 shut for two weekends" is "the M47
    // will be shut" or "has been shut", its bare form no past. So does a table's row: "Drawn from
    // reserves | £6.5m", and a label's value: "Status: CLOSED".)
    const headlinePassive = (headline: boolean, syn: SentenceSyntax, g: VerbGroup) => headline && g.tense === 'past' && g.first === g.head && !hasDependent(syn, g.head, /^obj$/);
    // (The value may stand alone before a dash, whatever the parse hung on it: "Status: CLOSED –
    // no trains until Friday".)
    const labelValue = ctx.rTok[rg.first - 1]?.text === ':' && rg.tense === 'past' && rg.first === rg.head &&
      (!hasDependent(ctx.syntax.rewrite(), rg.head, /^obj$/) || /^[–—-]$/.test(ctx.rTok[rg.head + 1]?.text ?? ''));
    if (labelValue || headlinePassive(isHeadline(ctx.rewrite, ctx.r) || inTableRow(ctx.rewrite, ctx.r), ctx.syntax.rewrite(), rg) ||
      headlinePassive(ctx.sources.length === 1 && (isHeadline(ctx.source, ctx.sources[0]!) || inTableRow(ctx.source, ctx.sources[0]!)), ctx.syntax.source(), sg)) continue;
    const ended = endedHabit(ctx.sTok, sg, rTense) || endedHabit(ctx.rTok, rg, sTense) ||
      endedState(ctx.sTok, sg, sTense, ctx.syntax.source, ctx.rTok, rg, rTense, ctx.syntax.rewrite) || endedState(ctx.rTok, rg, rTense, ctx.syntax.rewrite, ctx.sTok, sg, sTense, ctx.syntax.source);
    // (An act finished, "has completed its review", is done whatever the perfect: against one
    // still going on, "is reviewing", it is a change.)
    const finished = finishes && rTense === 'past' && ongoing(ctx.sTok, sg, sTense, ctx.syntax.source);
    // (One verb of scheduling in the other voice, with the tense it had: "the orchestra was
    // planning a memorial concert" / "a memorial concert was planned".)
    const voiceOnly = ctx.sTok[sg.head]!.lemma === ctx.rTok[rg.head]!.lemma && SCHEDULED.has(ctx.sTok[sg.head]!.lemma) && sg.passive !== rg.passive && sg.tense === rg.tense;
    if (voiceOnly || (!flipped(sTense, rTense) && !ended && !finished && !unrealisedForDone(ctx.sTok, sg, ctx.rTok, rg) && !doneForOngoing(ctx.sTok, sg, sTense, ctx.syntax.source, ctx.rTok, rg, rTense, ctx.syntax.rewrite))) continue;
    // (A verb carrying another act tells that act's time: "continued to invest" / "will continue
    // to give" are two acts, whatever the subjects.)
    const sActs = carriedActs(ctx.syntax.source(), sg.head), rActs = carriedActs(ctx.syntax.rewrite(), rg.head);
    if (sActs.length && rActs.length && !rActs.some((r) => sActs.some((x) => ctx.match.rToS[r] === x || mayMeanTheSame(ctx.sTok[x]!.lemma, ctx.rTok[r]!.lemma)))) continue;
    // (Asked only of a flip: it reads subtrees and WordNet.)
    if (otherSubjects(ctx.rTok, ctx.syntax.rewrite(), rg.head, ctx.sTok, ctx.syntax.source(), sg.head, ctx.match.rToS, sourceNameWords(ctx), ctx.memo('source-described-names', () => describedNamesIn(ctx.source.sentences)))) continue;
    // (A word the aligner matched across clauses, a relative and a main one, "who took the
    // orchestra on tour, will become laureate" / "who led the tour, will take the title", is no
    // counterpart when each side has a verb left unmatched in the other's place, the source's
    // telling the rewrite's time.)
    const rPlace = place(ctx.syntax.rewrite(), rg.head);
    const sPlace = place(ctx.syntax.source(), sg.head);
    if (sHead >= 0 && sPlace !== rPlace && (sPlace === 'acl' || rPlace === 'acl') && sGroups.some((g) => g !== sg && (ctx.match.sToR[g.head] ?? -1) < 0 &&
      place(ctx.syntax.source(), g.head) === rPlace && !flipped(prospective(ctx.sTok, g, ctx.syntax.source), rTense)) &&
      rGroups.some((g) => g !== rg && (ctx.match.rToS[g.head] ?? -1) < 0 && place(ctx.syntax.rewrite(), g.head) === sPlace)) continue;
    // ("hopes to attract 200,000 visitors, up from 150,000 before it closed" / "to draw 200,000, a
    // third more than the 150,000 it attracted before closing": a verb told of another figure the
    // source gives is another act.)
    const sFigure = figureToldOf(ctx.sTok, ctx.syntax.source(), sg.head), rFigure = figureToldOf(ctx.rTok, ctx.syntax.rewrite(), rg.head);
    if (sFigure && rFigure && !sameAmount(sFigure, rFigure) && findNumbers(ctx.sTok).some((m) => sameAmount(m, rFigure))) continue;
    // "the trains, built by Avenco, will cost …": a participle describing a noun tells no time.
    if (participle(ctx.sTok, sg, ctx.syntax.source) || participle(ctx.rTok, rg, ctx.syntax.rewrite)) continue;
    // A "be" tells nothing of its own: "there would be no reduction" is not the counterpart of
    // "the consultation was flawed" unless what each joins is one thing.
    if ((ctx.rTok[rg.head]!.lemma === 'be' || ctx.sTok[sg.head]!.lemma === 'be') && !sameContent(ctx, rg.head, sg.head)) continue;
    // (Nor a request or a call told as still standing, "Wierzbicki is asking people not to
    // search" / "asked people not to search": one verb of asking or telling, the act said and
    // its word still in force.)
    const standing = (past: Tense, now: Tense, verb: Token) => past === 'past' && now === 'present' && /ing$/.test(verb.lower);
    if ((standing(sTense, rTense, ctx.rTok[rg.head]!) || standing(rTense, sTense, ctx.sTok[sg.head]!)) && ctx.sTok[sg.head]!.lemma === ctx.rTok[rg.head]!.lemma &&
      (isDirectingVerb(ctx.rTok[rg.head]!.lemma) || REPORTING_VERBS.has(ctx.rTok[rg.head]!.lemma))) continue;
    // (Nor a writer telling their own act as they do it in a text told as "I" or "we": "Today I am
    // unveiling a plan" in the mayor's speech is the "unveiled" the source reports of the day.)
    if (ctx.voice.writer && sTense === 'past' && rTense === 'present' && dependentsOf(ctx.syntax.rewrite(), rg.head, /^nsubj/).some((d) => /^(i|we)$/.test(ctx.rTok[d]!.lower))) continue;
    usedSource.add(sg);
    const rIdx = Array.from({ length: rg.head - rg.first + 1 }, (_v, k) => rg.first + k);
    if (rIdx.some((i) => ctx.claimed.has(i))) continue;
    claim(ctx, rIdx);
    // ("used to play", "would have had to suspend": the habit's or the condition's words are the claim.)
    const opening = (tokens: readonly Token[], g: VerbGroup) => usedTo(tokens, g) ? g.first - 2 : Math.min(g.first, ...[unrealisedAt(tokens, g)].filter((k) => k >= 0));
    const rSpan = spanOf(ctx.rTok.slice(opening(ctx.rTok, rg), rg.head + 1));
    const sSpan = spanOf(ctx.sTok.slice(opening(ctx.sTok, sg), sg.head + 1));
    const sText = textOf(ctx.source, sSpan);
    out.push({
      kind: 'tense',
      rewrite: rSpan,
      source: sSpan,
      message: `Tense changed: source says ${q(sText)} (${usedTo(ctx.sTok, sg) ? USED_TO : unrealisedAt(ctx.sTok, sg) >= 0 ? UNREALISED : label(ctx.sTok, sg, sTense, ctx.syntax.source)}), rewrite says ${q(textOf(ctx.rewrite, rSpan))} (${usedTo(ctx.rTok, rg) ? USED_TO : unrealisedAt(ctx.rTok, rg) >= 0 ? UNREALISED : label(ctx.rTok, rg, rTense, ctx.syntax.rewrite)}).`,
      suggestion: sText,
    });
  }
  return out;
};
