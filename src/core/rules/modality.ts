// `modality`: how certain a claim is changed: a hedge removed or added ("could rise" vs "will
// rise", "is expected to resign" vs "resigned"), or one degree of certainty swapped for another
// ("might" vs "must", "suggests" vs "proves", "alleged" vs "established").
import { findAttributions, speakerNamedIn } from './attribution';
import { claim, hunkOfSource, q, rewriteTokensIn, spanOf, textOf, type PairContext, type PairRule, type RawFinding } from '../context';
import { findCues, type Cue } from '../cues';
import { CERTAINTY_CUES, DECIDING_VERBS, MODAL_FORMS, REPORTING_VERBS, SCHEDULED, type CertaintyClass } from '../lexicon';
import type { Token } from '../tokens';
import { findVerbGroups, groupContaining, objectOfMaking, type VerbGroup } from '../verbs';
import type { SentenceSyntax } from '../syntax/index';
import { isSayingVerb, mayMeanTheSame, samePredicate } from '../wordnet';
import { clauseOpenedBy, dependentsOf, subtreeOf, hasDependent, markedBy } from '../syntax/tree';
import { negatedClause } from './negation';

const VERB_CUES = new Set(['allege', 'suggest', 'indicate', 'hint', 'prove', 'establish', 'demonstrate', 'confirm', 'verify',
  'claim', 'predict', 'forecast']);
const NOUN_CUES = new Set(['risk', 'chance', 'chances', 'potential']);

const DESCRIBE: Readonly<Record<CertaintyClass, string>> = {
  possible: 'a possibility', probable: 'a likelihood', necessary: 'a certainty', alleged: 'an allegation',
  indicated: 'an indication', proven: 'established', planned: 'a plan or an aim', considered: 'under consideration',
};

/**
 * Certainty cues and the act each hedges. A possibility denied is a certainty of the opposite
 * ("cannot come into force until it is ratified" = "must be ratified before it comes into
 * force"): not-possible is necessary-not.
 */
function findCertainty(tokens: readonly Token[], syntax: () => SentenceSyntax): Cue<CertaintyClass>[] {
  return [...certaintyWords(tokens, syntax), ...nounsOfCertainty(tokens), ...mandated(tokens, syntax)].map((c) => {
    // (A modal whose verb the words read as a noun, "might experience nosebleeds", is on the
    // verb the parse hangs it from.)
    const head = c.anchor < 0 && MODAL_FORMS.has(tokens[c.first]!.lower) ? syntax().heads[c.first] ?? -1 : -1;
    // "may be able to build": the hedge is on the act after the adjective's "to".
    const a = head > c.last && syntax().tags[head] === 'VERB' ? head : c.anchor;
    // (A copula's hedge is on what it says the subject is: "is said to have been unwell" hedges
    // "unwell", which "was unwell" states.)
    const predicate = a >= 0 && syntax().labels[a] === 'cop' && syntax().heads[a]! > a ? syntax().heads[a]! : a;
    const adjective = a >= 0 && tokens[a]!.lemma === 'be' && tokens[a + 1]?.pos === 'ADJ' && tokens[a + 2]?.lower === 'to' && tokens[a + 3]?.pos === 'VERB' ? a + 3 : predicate;
    // "could be forced to ration fruit": a passive of making or letting hedges the act it makes.
    const act = adjective === a && a >= 0 ? passiveMaking(tokens, syntax(), a) : adjective;
    const cue = c.cls === 'considered' ? { ...c, anchor: deliberatedAct(tokens, syntax(), c.first) } : act === c.anchor ? c : { ...c, anchor: act };
    return cue.cls === 'possible' && deniedPossibility(tokens, syntax(), cue) ? { ...cue, cls: 'necessary' as const } : cue;
  });
}

/** Verbs of advising or demanding, whose "that" clause takes the bare verb ("advise that the stock be fished"). */
const MANDATING = new Set(['advise', 'recommend', 'urge', 'suggest', 'propose', 'insist', 'demand', 'ask', 'require', 'request', 'order', 'direct']);

/**
 * "Scientists advise that the stock be fished at 610,000 tonnes" = "should be fished": the bare
 * verb of a clause under a verb of advising or demanding, with its subject and no auxiliary of
 * its own but a bare "be", says what should be done, as "should" does. (Read only where the words
 * have such a "be" or a bare verb after a noun.)
 */
function mandated(tokens: readonly Token[], syntax: () => SentenceSyntax): Cue<CertaintyClass>[] {
  // (The lemmatizer spells some the American way: "advize".)
  const mandating = (t: Token | undefined) => !!t && MANDATING.has(t.lemma.replace(/ize$/, 'ise'));
  if (!tokens.some(mandating)) return [];
  const out: Cue<CertaintyClass>[] = [];
  const syn = syntax();
  tokens.forEach((t, v) => {
    if (syn.labels[v] !== 'ccomp' || !mandating(tokens[syn.heads[v]!])) return;
    const auxes = dependentsOf(syn, v, /^aux/).filter((a) => a < v);
    const bare = auxes.length === 1 ? tokens[auxes[0]!]!.lower === 'be' : auxes.length === 0 && t.pos === 'VERB' && t.lower === t.lemma;
    if (!bare || !dependentsOf(syn, v, /^nsubj/).some((n) => n < v)) return;
    const at = auxes[0] ?? v;
    out.push({ first: at, last: at, cls: 'probable', anchor: v });
  });
  return out;
}

/**
 * "cannot", "could not", "unable to", and a modal whose subject is denied ("no rescue package
 * could be secured" = "unable to secure a rescue package"). ("Able to" alone tells a capacity,
 * no hedge: "a plant able to build 60,000 bikes".)
 */
function deniedPossibility(tokens: readonly Token[], syntax: SentenceSyntax, c: Cue<CertaintyClass>): boolean {
  const t = tokens[c.first]!;
  if (t.lower === 'unable') return true;
  // ("might not" keeps the hedge: "might not happen until the autumn" = "could take until the
  // autumn"; it denies no possibility.)
  if (t.pos !== 'AUX' || t.lower === 'might' || t.lower === 'may') return false;
  if (/^(not|n't|never)$/.test(tokens[c.last + 1]?.lower ?? '') || (tokens[c.last + 1]?.lower === 'no' && tokens[c.last + 2]?.lower === 'longer')) return true;
  const verb = syntax.heads[c.first] ?? -1;
  if (verb < 0) return false;
  // (Or the thing the modal's verb acts on is denied by a "no": "could afford no more than 6%" =
  // "could not afford more than 6%", "could find no evidence". Not "could afford nothing better
  // than the offer", which ranks the offer: "the best the firm could afford".)
  if (syntax.tags[verb] === 'VERB' && tokens[verb + 1]?.lower === 'no') return true;
  // (Or the modal's clause describes what is denied: "voters were not something the party could
  // take for granted" = "the party could not take voters for granted".)
  // (The clause right after its noun, as a relative clause is: not one the parse hung on a noun
  // before a comma and a "but".)
  if (syntax.labels[verb] === 'acl:relcl') {
    const described = syntax.heads[verb]!;
    const opens = Math.min(...subtreeOf(syntax, verb));
    if (opens === described + 1 && tokens[opens]!.isWord && syntax.tags[opens] !== 'CCONJ' && dependentsOf(syntax, described, /^cop$/).length > 0 &&
      dependentsOf(syntax, described, /^advmod$/).some((d) => /^(not|n't|never)$/.test(tokens[d]!.lower))) return true;
  }
  // (Or "not" on a universal subject, "Not every property can be connected" = some cannot: the
  // possibility is denied of part of the set, as "None … can" denies it of the whole.)
  const notEvery = (s: number) => dependentsOf(syntax, s, /^advmod$/).some((d) => d < s && /^(not|n't)$/.test(tokens[d]!.lower)) &&
    dependentsOf(syntax, s, /^det$/).some((d) => /^(every|all|each)$/.test(tokens[d]!.lower));
  return dependentsOf(syntax, verb, /^nsubj/).some((s) => s < c.first &&
    (/^(nothing|nobody|none|no-one)$/.test(tokens[s]!.lower) || dependentsOf(syntax, s, /^det$/).some((d) => tokens[d]!.lower === 'no') || notEvery(s)));
}

/** A verb said with a "no" just before it: "not", "never", "no longer", "cannot", "unable to". */
function saidWithNo(tokens: readonly Token[], syntax: SentenceSyntax, verb: number): boolean {
  // (However far the denial: "had not been enough to let the company avoid it" = "was unable to
  // avoid it".)
  return tokens.slice(Math.max(0, verb - 4), verb).some((t) => /^(not|n't|never|longer|cannot|unable)$/.test(t.lower)) || negatedClause(tokens, syntax, verb);
}

/**
 * A word in an indirect question ("failed to settle how the total should be shared", "asked
 * whether it could open", "would not say whether it planned to seek") tells what was asked or
 * settled, not how certain a claim is, nor anything as fact. (Read from the word up through its
 * auxiliaries' and infinitives' verbs to the clause's own.)
 */
function inIndirectQuestion(tokens: readonly Token[], syntax: SentenceSyntax, word: number): boolean {
  let verb = word;
  while (verb >= 0 && /^(aux|xcomp)/.test(syntax.labels[verb] ?? '')) verb = syntax.heads[verb] ?? -1;
  if (verb < 0 || !/^(ccomp|csubj)/.test(syntax.labels[verb] ?? '')) return false;
  return dependentsOf(syntax, verb, /^(advmod|mark|nsubj|obj|obl)/).some((d) => d < word && /^(how|whether|what|which|why|who|whom)$/.test(tokens[d]!.lower));
}

/**
 * The certainty words, read against the parse where the words alone mislead: a modal before its
 * own subject opens a condition or a question ("should water levels fall"), and "likely" under a
 * degree ("40 percent more likely to need fillings") compares measured chances, hedging nothing.
 */
function certaintyWords(tokens: readonly Token[], syntax: () => SentenceSyntax): Cue<CertaintyClass>[] {
  return findCues(tokens, CERTAINTY_CUES, (phrase, toks, first) => {
    const t = toks[first]!;
    if (t.pos === 'AUX' && (invertedBeforeSubject(syntax(), first) || conditionalOpening(toks, first))) return null;
    // "so that engineers could replace the lighting", "in order that …": a modal in a purpose
    // clause states the purpose, not how certain anything is.
    if (t.pos === 'AUX' && (purposeClause(toks, first) || inClauseOfTimeLimit(toks, syntax(), first))) return null;
    if (inIndirectQuestion(toks, syntax(), first)) return null;
    if (objectOfMaking(toks, syntax(), first)) return null;
    if (phrase === 'likely' && /^(more|less|most|least|as|so|too)$/.test(toks[first - 1]?.lower ?? '')) return null;
    // "the likely cost", "its expected high price": an estimate's word before a noun hedges the
    // thing the noun names, as "is likely to cost" hedges the act.
    if (phrase === 'likely' || phrase === 'expected') {
      if (attributive(toks, first)) return 'noun';
      if (phrase === 'expected') return null;
    }
    if (phrase === 'may' && t.text === 'May') return null; // the month
    // "had to wait" tells that the waiting happened: a past necessity is a fact, not a hedge.
    // (Reported after a past verb of saying it is "must" backshifted: "insisted that councils had
    // to be given more say".)
    // (Not a perfect's "had to", "would have had to suspend": what did not happen, the tense rule's.)
    if ((phrase === 'have to' || phrase === 'has to') && t.lower === 'had' && (!backshifted(toks, syntax(), first) || toks[first - 1]?.lower === 'have')) return null;
    // "a boat that can carry up to 12 passengers", "the hall can seat 2,000": "can" with an
    // amount for its verb's object tells a capacity, what the thing holds, not how likely anything is.
    if (phrase === 'can' && t.pos === 'AUX' && capacity(toks, syntax(), first)) return null;
    if (phrase === 'could' || phrase === 'might' || phrase === 'may' || phrase === 'must' || phrase === 'should' || phrase === 'can') {
      return t.pos === 'AUX' || t.pos === 'VERB' ? 'verb' : null;
    }
    if (VERB_CUES.has(phrase)) return t.pos === 'VERB' && !thingTaken(toks, syntax(), first) ? 'self' : null;
    // (A deliberation advised or hedged, "should consider offering", is that cue's to compare.)
    // So is one under another verb ("had to consider").
    // (Not under a passive that reports it, though: "is understood to be considering closing"
    // is the deliberation, said to be going on.)
    if (DELIBERATING.has(phrase)) return t.pos === 'VERB' && (syntax().labels[first] !== 'xcomp' || reportedPassively(syntax(), first)) && !dependentsOf(syntax(), first, /^aux/).some((a) => MODALS.has(toks[a]!.lower)) ? 'self' : null;
    if (NOUN_CUES.has(phrase)) return t.pos === 'NOUN' ? 'self' : null;
    // "the alleged theft" hedges a noun; "are alleged to have entered" a verb.
    if (phrase === 'alleged' || phrase === 'suspected') return toks[first + 1]?.lower === 'to' ? 'verb' : 'noun';
    return 'verb';
  });
}

/** Verbs of certainty that forecast a thing named as their object ("predicted a rise"). */
const FORECASTING = new Set(['predict', 'forecast']);

/**
 * "claimed the heaviest pumpkin title", "established a trust": a verb of certainty with a thing
 * for its object and no clause says what was won or made, not how certain a claim is. (Not one
 * that forecasts: "predicted a rise" hedges the rise; nor an object with an owner, which states
 * something of its owner as a clause would: "demonstrating the company's resilience".)
 */
function thingTaken(tokens: readonly Token[], syntax: SentenceSyntax, v: number): boolean {
  // (An object after it, however the parse labels an amount: "claimed more than £38,000" may
  // hang the sum as an oblique with no preposition.)
  const object = dependentsOf(syntax, v, /^(obj|obl)$/).some((d) => d > v && (syntax.labels[d] === 'obj' || !hasDependent(syntax, d, /^case$/)) && !hasDependent(syntax, d, /^nmod:poss$/));
  return !FORECASTING.has(tokens[v]!.lemma) && object && !hasDependent(syntax, v, /^(ccomp|xcomp)$/);
}

/** The act a passive verb's infinitive names ("be forced to ration" -> "ration"), or the verb itself. */
function passiveMaking(tokens: readonly Token[], syntax: SentenceSyntax, v: number): number {
  if (syntax.tags[v] !== 'VERB' || !hasDependent(syntax, v, /^aux:pass$/)) return v;
  const act = dependentsOf(syntax, v, /^xcomp$/).find((d) => d > v && syntax.tags[d] === 'VERB' && tokens[d - 1]?.lower === 'to');
  return act ?? v;
}

/** A word before the noun it describes, past other describing words only ("likely high price"). */
function attributive(tokens: readonly Token[], at: number): boolean {
  let k = at + 1;
  while (tokens[k]?.pos === 'ADJ') k++;
  return tokens[k]?.pos === 'NOUN' && k > at;
}

/** The infinitive at `v` is the complement of a passive ("is understood to be considering", "is said to be weighing"). */
function reportedPassively(syntax: SentenceSyntax, v: number): boolean {
  const h = syntax.heads[v] ?? -1;
  return h >= 0 && hasDependent(syntax, h, /^aux:pass$/);
}

/** A verb at `v` in a clause reported by a verb of saying or thinking ("said that …", "insisted …"). */
function backshifted(tokens: readonly Token[], syntax: SentenceSyntax, v: number): boolean {
  const h = syntax.heads[v] ?? -1;
  return h >= 0 && syntax.labels[v] === 'ccomp' && REPORTING_VERBS.has(tokens[h]!.lemma);
}

/** The verb of the auxiliary at `aux` has an object counted by a figure ("carry up to 12 passengers"). */
function capacity(tokens: readonly Token[], syntax: SentenceSyntax, aux: number): boolean {
  const verb = syntax.heads[aux] ?? -1;
  return verb > aux && dependentsOf(syntax, verb, /^obj$/).some((o) => subtreeOf(syntax, o).some((i) => syntax.tags[i] === 'NUM' && /\d/.test(tokens[i]!.text)));
}

const MODALS = new Set(['should', 'may', 'might', 'could', 'must', 'can', 'ought']);

/** The verbs of certainty a noun may be made from ("allegation", "accusation", "confirmation"), with their classes. */
const CUE_VERBS: ReadonlyMap<string, CertaintyClass> = new Map([
  ...CERTAINTY_CUES.filter(([w]) => VERB_CUES.has(w) || w === 'propose'),
  ['accuse', 'alleged'],
] as [string, CertaintyClass][]);

/**
 * A noun made from a verb of certainty, with a "that" clause: "faced allegations that he
 * failed to record" hedges the claim as "accused of failing" does; "confirmation that the
 * plant will close" is as sure as "confirmed that". The noun is read as its verb (WordNet:
 * the noun names that verb's act, and begins as the verb does).
 */
function nounsOfCertainty(tokens: readonly Token[]): Cue<CertaintyClass>[] {
  const out: Cue<CertaintyClass>[] = [];
  tokens.forEach((t, i) => {
    if (t.pos !== 'NOUN' || tokens[i + 1]?.lower !== 'that') return;
    const verb = [...CUE_VERBS.keys()].find((v) => t.lemma.slice(0, 4) === v.slice(0, 4) && samePredicate(`n:${t.lemma}`, v));
    if (verb === undefined) return;
    // (Anchored on itself, as the verb it is made from: "claims that" for "argued that" is the
    // attribution rule's to weigh.)
    out.push({ first: i, last: i, cls: CUE_VERBS.get(verb)!, anchor: i });
  });
  return out;
}
const DELIBERATING = new Set(CERTAINTY_CUES.filter(([, cls]) => cls === 'considered').map(([w]) => w));

/**
 * The act a verb of deliberation weighs, from the parse: its clause or gerund ("considering
 * closing", "weighing whether to sell") or the act its object names ("considering a proposal
 * to add a crossing"); -1 when it weighs a thing ("considered the report").
 */
function deliberatedAct(words: readonly Token[], syntax: SentenceSyntax, verb: number): number {
  const clause = dependentsOf(syntax, verb, /^(xcomp|ccomp)$/).find((d) => syntax.tags[d] === 'VERB');
  if (clause !== undefined) return clause;
  for (const o of dependentsOf(syntax, verb, /^obj$/)) {
    // (A gerund with an object of its own may be tagged a noun: "considering closing its bulletin".)
    if (/ing$/.test(words[o]!.lower) && dependentsOf(syntax, o, /^(obj|nmod:poss|det)$/).length > 0) return o;
    // (Only an infinitive names the act: "a proposal to add"; not a relative clause, "Plan B, which offers".)
    const act = dependentsOf(syntax, o, /^acl$/).find((d) => syntax.tags[d] === 'VERB' && dependentsOf(syntax, d, /^mark$/).some((m) => words[m]!.lower === 'to'));
    if (act !== undefined) return act;
  }
  // A gerund right after it, however the parse hung it ("proposed closing Market Street", the
  // gerund read as describing the street).
  const next = words[verb + 1];
  return next && /ing$/.test(next.lower) && /^(VERB|NOUN)$/.test(syntax.tags[verb + 1] ?? '') ? verb + 1 : -1;
}

/**
 * "so that" or "in order that" opens the clause within a few words before the modal; or "so"
 * alone, right after the clause it serves ("redesign the estate so the site can be preserved").
 * (Not after a comma or "and", where "so" tells a result: "the bridge shut, so the road can
 * only be reached by boat".)
 */
function purposeClause(tokens: readonly Token[], aux: number): boolean {
  for (let k = aux - 1; k >= 1 && aux - k <= 5; k--) {
    if (/^[,;.]$/.test(tokens[k]!.text)) return false;
    if (tokens[k]!.lower === 'that' && /^(so|order)$/.test(tokens[k - 1]!.lower)) return true;
    if (tokens[k]!.lower === 'so' && k + 1 < aux && tokens[k - 1]!.isWord && tokens[k - 1]!.lower !== 'and') return true;
  }
  return false;
}

/**
 * A modal in a clause that bounds when something happens ("tested again before a new date could
 * be confirmed", "closed until it can be repaired") tells when the act becomes possible, and the
 * rewrite may tell it as a denial ("a new date cannot be confirmed until …"): no hedge on a claim.
 */
function inClauseOfTimeLimit(tokens: readonly Token[], syntax: SentenceSyntax, aux: number): boolean {
  const verb = syntax.heads[aux] ?? -1;
  return verb >= 0 && clauseOpenedBy(syntax, tokens, verb, aux, /^(before|until|till|once)$/);
}

/** An auxiliary whose verb's subject comes after it: "Should water levels fall, …", "Had they known". */
function invertedBeforeSubject(syntax: SentenceSyntax, aux: number): boolean {
  const verb = syntax.heads[aux]!;
  if (verb < 0 || verb < aux) return false;
  return dependentsOf(syntax, verb, /^nsubj/).some((d) => d > aux && d < verb);
}

/**
 * The words alone, where the parse misses the inversion: "should" opening a clause (after a
 * comma, a conjunction, a figure that ends an adverbial, or at the start) with a noun phrase
 * after it is a condition ("… by 2050 should water levels keep falling").
 */
function conditionalOpening(tokens: readonly Token[], aux: number): boolean {
  if (tokens[aux]!.lower !== 'should') return false;
  const prev = tokens[aux - 1];
  const next = tokens[aux + 1];
  const opens = !prev || /^(PUNCT|NUM|CCONJ|SCONJ)$/.test(prev.pos);
  if (!opens || !next) return false;
  if (/^(DET|NOUN|PROPN|ADJ|PRON)$/.test(next.pos)) return true;
  // "should water levels": a noun the tagger read as a verb, then its head noun; after "and" it
  // is more likely a verb with a shared subject ("and should pay damages").
  return prev?.pos !== 'CCONJ' && next.pos === 'VERB' && /^(NOUN|PROPN)$/.test(tokens[aux + 2]?.pos ?? '') && /s$/.test(tokens[aux + 2]!.lower);
}

/** A verb under another verb as its infinitive complement ("ordered to pay"): its certainty is the governing verb's. */
function isComplement(syntax: SentenceSyntax, verb: number): boolean {
  return syntax.labels[verb] === 'xcomp';
}

/** A verb that states something: in a tensed group, not a "to" infinitive or a bare gerund. */
function finite(tokens: readonly Token[], groups: readonly VerbGroup[], i: number): boolean {
  const g = groupContaining(groups, i);
  // (A predicate adjective right after a finite "be" is stated by it: "will be complete".)
  const copula = g ? undefined : copulaBefore(tokens, groups, i);
  if (copula) return copula.tense !== 'none';
  if (!g) return tokens[i]!.pos === 'VERB' && !/ing$/.test(tokens[i]!.lower);
  return g.tense !== 'none';
}

/** The group of the "be" right before a predicate word ("was unwell", "was accidental"), if any. */
function copulaBefore(tokens: readonly Token[], groups: readonly VerbGroup[], i: number): VerbGroup | undefined {
  const copula = /^(ADJ|NOUN)$/.test(tokens[i]!.pos) ? groupContaining(groups, i - 1) : undefined;
  return copula && copula.head === i - 1 && tokens[copula.head]!.lemma === 'be' ? copula : undefined;
}

/** The finite verb of deciding that governs the infinitive at `verb` ("has decided to double"), or -1. */
function decidedBy(tokens: readonly Token[], syntax: SentenceSyntax, groups: readonly VerbGroup[], verb: number): number {
  const h = syntax.heads[verb] ?? -1;
  if (h < 0 || syntax.labels[verb] !== 'xcomp' || !DECIDING_VERBS.has(tokens[h]!.lemma)) return -1;
  return finite(tokens, groups, h) ? h : -1;
}

/**
 * A plan and an expectation both put the event ahead without stating it ("expects to improve",
 * "aims to improve", "is set to perform"); which one an editor chose is wording, not certainty.
 * So does a deliberation, against a plan, a possibility or a suggestion ("is considering
 * closing" / "plans to close" / "may close" / "suggested closing").
 */
function sameCertainty(a: CertaintyClass, b: CertaintyClass): boolean {
  const ahead = (c: CertaintyClass) => c === 'planned' ? 'probable' : c;
  // (A person's suggestion is a proposal: "suggested combining" / "proposed combining".)
  const open = /^(considered|planned|possible|probable|indicated)$/;
  if (a === 'considered' || b === 'considered') return open.test(a) && open.test(b);
  return ahead(a) === ahead(b);
}

export const modalityRule: PairRule = (ctx) => {
  const out: RawFinding[] = [];
  const rCues = findCertainty(ctx.rTok, ctx.syntax.rewrite);
  const sCues = findCertainty(ctx.sTok, ctx.syntax.source);
  const rGroups = findVerbGroups(ctx.rTok);
  const sGroups = findVerbGroups(ctx.sTok);
  const rHas = (cls: CertaintyClass) => rCues.some((c) => sameCertainty(c.cls, cls));
  const sHas = (cls: CertaintyClass) => sCues.some((c) => sameCertainty(c.cls, cls));
  const reportedR = new Set<Cue<CertaintyClass>>();
  // A rewrite cue whose word the source has, matched to it, where the source reads it as no cue,
  // is the source's: "a ruling is not expected before the end of the year" / "are not expected
  // to rule", "Who can I talk to? The project team …" / "Residents can speak to the project team".
  const sourceWord = (c: Cue<CertaintyClass>) => { const k = ctx.match.rToS[c.first] ?? -1; return k >= 0 && ctx.sTok[k]!.lemma === ctx.rTok[c.first]!.lemma; };

  // A rewrite cue that is another source cue's own word (matched to it) does not keep this one:
  // "may lower the risk" -> "lowers the risk" keeps "risk" and drops "may".
  const ownCue = (r: Cue<CertaintyClass>) => sCues.find((x) => (ctx.match.sToR[x.first] ?? -1) === r.first);
  // (And one free rewrite cue keeps one source cue, in order: "must fund … and is required to
  // limit" / "has to pay … and is allowed to confine" keeps only the first.)
  const keeps = (s: Cue<CertaintyClass>) => {
    if (rCues.some((r) => ownCue(r) === s && sameCertainty(r.cls, s.cls))) return true;
    const free = rCues.filter((r) => sameCertainty(r.cls, s.cls) && ownCue(r) === undefined).length;
    // (Cues stacked on one verb are one: "could potentially help" / "may help".)
    const waiting = [...new Set(sCues.filter((x) => sameCertainty(x.cls, s.cls) && !rCues.some((r) => ownCue(r) === x && sameCertainty(r.cls, x.cls))).map((x) => x.anchor))];
    return waiting.indexOf(s.anchor) < free;
  };
  for (const s of sCues) {
    if (keeps(s)) continue;
    // The cue word itself is still there (tagged differently: "claimed" -> "claims"). (Its own
    // word, past a "be" that opens it: "is required to" / "is allowed to" share only the "is".)
    const cueWord = ctx.sTok[s.first]!.lemma === 'be' && s.last > s.first ? s.first + 1 : s.first;
    if ((ctx.match.sToR[cueWord] ?? -1) >= 0) continue;
    // Or a verb of the same sense took its place ("expected to close" / "anticipated shutting").
    const cueToken = ctx.sTok[cueWord]!;
    if (cueToken.pos === 'VERB' && (hunkOfSource(ctx, cueWord)?.r ?? []).some((i) => ctx.rTok[i]!.pos === 'VERB' && mayMeanTheSame(ctx.rTok[i]!.lemma, cueToken.lemma))) continue;
    // Where the hedged word went in the rewrite.
    let rAt = s.anchor >= 0 ? ctx.match.sToR[s.anchor] ?? -1 : -1;
    let rCue = rCues.find((c) => !sHas(c.cls) && rAt >= 0 && c.anchor === rAt);
    if (!rCue) {
      const hunk = hunkOfSource(ctx, cueWord);
      rCue = hunk ? rCues.find((c) => !sHas(c.cls) && (hunk.r.includes(c.first) || hunk.r.includes(c.first + 1))) : undefined;
      if (rCue && rAt < 0) rAt = rCue.anchor;
    }
    if (!rCue) {
      // Clauses reordered ("Prosecutors allege that X" -> "X, prosecutors have established"):
      // one cue each side that the other lacks is the same cue changed.
      const sOnly = sCues.filter((c) => !rHas(c.cls));
      // (Not a cue on another verb than the one the hedged verb became: "the union must give
      // notice before any strike begins" / "requires the union to give notice before a strike
      // can start".)
      const rOnly = rCues.filter((c) => !sHas(c.cls) && !reportedR.has(c) && (rAt < 0 || c.anchor < 0 || c.anchor === rAt) && !sourceWord(c));
      if (sOnly.length === 1 && rOnly.length === 1) rCue = rOnly[0];
    }
    if (rAt < 0 && !rCue) {
      // The hedged verb itself was replaced ("may be more likely" -> "makes … more likely"):
      // the rewrite's verb in the same stretch states the claim, unhedged.
      // Only a cue on another word ("may be", "are alleged to have entered"); a cue that is the
      // verb itself ("claimed") is a reporting verb, the attribution rule's.
      const hunk = s.anchor > s.last ? hunkOfSource(ctx, s.anchor) : undefined;
      // (Or, against a likelihood, an adjective a finite "be" states: "is expected to be finished"
      // / "will be complete"; not one in -able, which says what can be: "manageable".)
      const stated = (t: Token) => t.pos === 'VERB' || (t.pos === 'ADJ' && s.cls === 'probable' && !/[ai]ble$/.test(t.lower));
      const states = (i: number) => stated(ctx.rTok[i]!) && !REPORTING_VERBS.has(ctx.rTok[i]!.lemma) && ctx.rTok[i]!.lower !== 'according' && finite(ctx.rTok, rGroups, i);
      rAt = hunk?.r.find(states) ?? -1;
      // Or the verb the hedged verb's own subject or object now hangs on ("The gallery may
      // extend the exhibition" -> "The exhibition will run on").
      // (Only an open hedge, which such a sentence states as settled; not a necessity.)
      if (rAt < 0 && s.anchor > s.last && sameCertainty(s.cls, 'possible')) rAt = newGovernor(ctx, s.anchor, states);
      if (rAt < 0) continue;
    }
    const sEnd = Math.max(s.last, s.anchor);
    const sSpan = spanOf(ctx.sTok.slice(s.first, sEnd + 1));
    let rSpan;
    let rDesc: string;
    if (rCue) {
      reportedR.add(rCue);
      rSpan = spanOf(ctx.rTok.slice(rCue.first, Math.max(rCue.last, rCue.anchor) + 1));
      rDesc = DESCRIBE[rCue.cls];
    } else {
      // "has yet to approve": an infinitive states nothing as fact; but one a finite verb of
      // deciding governs is a decision taken ("plans to double" -> "has decided to double").
      // (The replaced stretch's first verb may be the deciding verb itself: its act is its complement.)
      // (A predicate adjective no "be" states is stated by the verb it completes: "may be more
      // likely" / "makes children more likely".)
      const completed = ctx.rTok[rAt]!.pos === 'ADJ' && !finite(ctx.rTok, rGroups, rAt) ? ctx.syntax.rewrite().heads[rAt]! : -1;
      if (completed >= 0 && ctx.syntax.rewrite().tags[completed] === 'VERB') rAt = completed;
      const decided = DECIDING_VERBS.has(ctx.rTok[rAt]!.lemma) ? dependentsOf(ctx.syntax.rewrite(), rAt, /^xcomp$/)[0] : undefined;
      if (decided !== undefined) rAt = decided;
      const decision = decidedBy(ctx.rTok, ctx.syntax.rewrite(), rGroups, rAt);
      // (Nor does a command: "People should boil their water" / "Boil your tap water".)
      if ((!finite(ctx.rTok, rGroups, rAt) && decision < 0) || inIndirectQuestion(ctx.rTok, ctx.syntax.rewrite(), rAt) || imperative(ctx.rTok, ctx.syntax.rewrite(), rAt)) continue;
      // What "is thought to" reports as believed, told as what someone thinks or estimates ("X
      // estimates that fewer than 14,000 survive"), is still a belief reported, not a fact stated.
      const rSyn = ctx.syntax.rewrite();
      if (s.cls === 'alleged' && rSyn.labels[rAt] === 'ccomp' && rSyn.heads[rAt]! >= 0 && isSayingVerb(ctx.rTok[rSyn.heads[rAt]!]!.lemma)) continue;
      // So is what "reportedly" or "allegedly" hedges told on someone's word instead ("According
      // to reports, the striker turned down …"): whose word it is, is the attribution rule's.
      // (Not a word the source gives beside the hedge: "allegedly sold …, police said" /
      // "sold …, police said" drops the hedge.)
      // (Nor one whose speaker the source names in the sentence too, of another claim in it: "a
      // step the union says would be illegal".)
      if (s.cls === 'alleged' && findAttributions(ctx.rTok, ctx.syntax.rewrite).filter((a) => !speakerNamedIn(ctx.rTok, a, ctx.sTok)).length > findAttributions(ctx.sTok, ctx.syntax.source).length) continue;
      // A deliberation is contradicted by a decision, a fact or a future stated as certain ("is
      // considering turning the sites into hubs" / "will turn them into hubs"), not by a
      // conditional ("proposed an amendment to keep" / "an amendment that would have kept").
      if (s.cls === 'considered' && decision < 0 && !/^(past|present|future)$/.test(groupContaining(rGroups, rAt)?.tense ?? 'past')) continue;
      // A plan told as done ("were set to appeal" / "have appealed") moved the act from ahead to
      // the past: the tense rule's change, not a hedge removed.
      if (s.cls === 'planned' && decision < 0 && groupContaining(rGroups, rAt)?.tense === 'past') continue;
      // A timetable told as a future stated ("is set to reopen" / "will reopen") says the same of
      // what lies ahead, as the other way round below.
      if (decision < 0 && timetabled(ctx.sTok, s) && groupContaining(rGroups, rAt)?.tense === 'future') continue;
      // A possibility denied is a negated fact told with a modal: "can no longer afford" /
      // "does not have the money", either way round (below).
      if (s.cls === 'necessary' && deniedPossibility(ctx.sTok, ctx.syntax.source(), s) && saidWithNo(ctx.rTok, ctx.syntax.rewrite(), rAt)) continue;
      // (An obligation told as what will happen: "customers will have to pay" / "customers will
      // pay", no certainty lost.)
      if (s.cls === 'necessary' && decision < 0 && groupContaining(rGroups, rAt)?.tense === 'future') continue;
      rSpan = statedSpan(ctx.rTok, rGroups, rAt, decision);
      rDesc = decision >= 0 ? 'a decision' : 'stated as fact';
    }
    push(ctx, out, sSpan, rSpan, `source says ${q(textOf(ctx.source, sSpan))} (${DESCRIBE[s.cls]}), rewrite says ${q(textOf(ctx.rewrite, rSpan))} (${rDesc})`);
  }

  for (const r of rCues) {
    if (reportedR.has(r) || sHas(r.cls) || r.anchor < 0 || sourceWord(r)) continue;
    // (A modal's verb may be a word of the same sense in another place: "would have closed the
    // library" / "the library might have been shut".)
    const matched = ctx.match.rToS[r.anchor] ?? -1;
    const sAt = matched < 0 && MODAL_FORMS.has(ctx.rTok[r.first]!.lower) ? sameActReplaced(ctx, r.anchor) : matched;
    if (sAt < 0) continue;
    // A decision taken ("has decided to sell") is asserted as firmly as a fact.
    const decider = decidedBy(ctx.sTok, ctx.syntax.source(), sGroups, sAt);
    if (decider < 0) {
      // "has been ordered to pay" -> "must pay": the obligation was the source's governing verb.
      if (isComplement(ctx.syntax.source(), sAt)) continue;
      // An infinitive or a gerund asserts nothing ("bars them from deleting" -> "may not delete"),
      // nor does a command ("Read the full decision online" -> "The decision can be read online").
      if (!finite(ctx.sTok, sGroups, sAt) || imperative(ctx.sTok, ctx.syntax.source(), sAt) || inIndirectQuestion(ctx.sTok, ctx.syntax.source(), sAt)) continue;
      // Nor a copula that schedules its infinitive ("is due to finish by mid-October" / "should
      // be over by the middle of October"): a timetable, not a fact stated.
      if (ctx.sTok[sAt]!.lemma === 'be' && SCHEDULED.has(ctx.sTok[sAt + 1]?.lemma ?? '') && ctx.sTok[sAt + 2]?.lower === 'to') continue;
    }
    // And the other way round: a future stated ("the ban will run until 2029") put as a timetable
    // ("the ban is set to run until 2029", "is due to end") says the same of what lies ahead.
    if (decider < 0 && timetabled(ctx.rTok, r) && groupContaining(sGroups, sAt)?.tense === 'future') continue;
    if (r.cls === 'necessary' && deniedPossibility(ctx.rTok, ctx.syntax.rewrite(), r) && saidWithNo(ctx.sTok, ctx.syntax.source(), sAt)) continue;
    const sSpan = statedSpan(ctx.sTok, sGroups, sAt, decider);
    const rSpan = spanOf(ctx.rTok.slice(r.first, Math.max(r.last, r.anchor) + 1));
    push(ctx, out, sSpan, rSpan, `source says ${q(textOf(ctx.source, sSpan))} (${decider >= 0 ? 'a decision' : 'stated as fact'}), rewrite says ${q(textOf(ctx.rewrite, rSpan))} (${DESCRIBE[r.cls]})`);
  }
  return out;
};

/**
 * The source verb a rewrite verb replaced with one of the same sense: the one unmatched source
 * verb of that sense, or -1.
 */
function sameActReplaced(ctx: PairContext, rVerb: number): number {
  const lemma = ctx.rTok[rVerb]!.lemma;
  // (A copula is no act: "makes 22 recommendations" / "should be on site".)
  if (ctx.rTok[rVerb]!.pos !== 'VERB' || lemma === 'be') return -1;
  const verbs = ctx.sTok.flatMap((t, i) => t.pos === 'VERB' && (ctx.match.sToR[i] ?? -1) < 0 && mayMeanTheSame(t.lemma, lemma) ? [i] : []);
  return verbs.length === 1 ? verbs[0]! : -1;
}

/** A cue that is a copula scheduling its infinitive: "is set to run", "was due to end", "is scheduled to open". */
function timetabled(tokens: readonly Token[], cue: Cue<CertaintyClass>): boolean {
  return cue.anchor > cue.first && tokens.slice(cue.first, cue.anchor).some((t, k, all) => t.lemma === 'be' && SCHEDULED.has(all[k + 1]?.lemma ?? '') && all[k + 2]?.lower === 'to');
}

/**
 * A command: a verb in its plain form opening its sentence (after any marks, or a label and its
 * colon, "Alert 2/5: Boil your water"), with no subject and no auxiliary of its own ("Read the
 * full decision on the website", "Book tickets online").
 */
function imperative(tokens: readonly Token[], syntax: SentenceSyntax, verb: number): boolean {
  const t = tokens[verb]!;
  let opens = verb;
  while (opens > 0 && tokens[opens - 1]!.text !== ':') opens--;
  if (t.pos !== 'VERB' || t.lower !== t.lemma || tokens.slice(opens, verb).some((x) => x.isWord)) return false;
  return dependentsOf(syntax, verb, /^(nsubj|aux|expl)/).length === 0;
}

/** A verb stated as fact, by its verb group ("will run"), or as decided, from the deciding verb's group to the act ("has decided to close"). */
function statedSpan(tokens: readonly Token[], groups: readonly VerbGroup[], verb: number, decider: number): { start: number; end: number } {
  const g = groupContaining(groups, decider >= 0 ? decider : verb);
  if (decider >= 0) return spanOf(tokens.slice(g ? g.first : decider, verb + 1));
  if (g) return spanOf(tokens.slice(g.first, g.head + 1));
  // (A predicate adjective with the "be" that states it: "was unwell".)
  return spanOf(tokens.slice(copulaBefore(tokens, groups, verb)?.first ?? verb, verb + 1));
}

/**
 * The rewrite verb that now governs the source verb's subject or object (matched words), when
 * all of them hang on one such verb and it is no counterpart of any source word: the same
 * participants told with a new verb.
 */
function newGovernor(ctx: PairContext, sVerb: number, states: (i: number) => boolean): number {
  const sSyn = ctx.syntax.source();
  const rSyn = ctx.syntax.rewrite();
  const heads = new Set<number>();
  for (const d of dependentsOf(sSyn, sVerb, /^(nsubj|obj)/)) {
    const r = ctx.match.sToR[d] ?? -1;
    // (The object's noun may be the verb now: "could face fines" / "will be fined".)
    if (r >= 0 && /^obj/.test(sSyn.labels[d]!) && ctx.sTok[d]!.pos === 'NOUN' && rSyn.tags[r] === 'VERB' && states(r)) return r;
    if (r >= 0) heads.add(rSyn.heads[r] ?? -1);
    // (Or a measure's stuff, where the measure was rewritten: "Between 40mm and 60mm of rain
    // could fall" / "High ground will see 40–60mm of rain": the rain's measure hangs on the verb.)
    // (Its last conjunct's, "40mm and 60mm of rain".)
    const stuff = r < 0 ? [d, ...dependentsOf(sSyn, d, /^conj$/)].flatMap((x) => dependentsOf(sSyn, x, /^nmod/)).find((n) => markedBy(sSyn, ctx.sTok, n, 'of') && (ctx.match.sToR[n] ?? -1) >= 0) : undefined;
    if (stuff === undefined) continue;
    const rStuff = ctx.match.sToR[stuff]!;
    const measure = rSyn.heads[rStuff] ?? -1;
    if (measure >= 0 && /^nmod/.test(rSyn.labels[rStuff]!) && markedBy(rSyn, ctx.rTok, rStuff, 'of')) heads.add(rSyn.heads[measure] ?? -1);
  }
  const [h] = heads;
  return heads.size === 1 && h !== undefined && h >= 0 && (ctx.match.rToS[h] ?? -1) < 0 && states(h) ? h : -1;
}

function push(ctx: PairContext, out: RawFinding[], sSpan: { start: number; end: number }, rSpan: { start: number; end: number }, detail: string): void {
  const idx = rewriteTokensIn(ctx, rSpan);
  if (idx.some((i) => ctx.claimed.has(i))) return;
  claim(ctx, idx);
  ctx.sTok.forEach((t, i) => {
    if (t.start >= sSpan.start && t.end <= sSpan.end) ctx.claimedSource.add(i);
  });
  out.push({ kind: 'modality', rewrite: rSpan, source: sSpan, message: `Certainty changed: ${detail}.`, suggestion: textOf(ctx.source, sSpan) });
}
