// Who did what to whom, read off a dependency parse: for every predicate, its participants
// by role, normalised so that paraphrases agree.
//   - Voice: the subject of a passive is the receiver ("the city was sued" = "sued the city"),
//     its "by" phrase the doer.
//   - Possession: "X's Y" and "the Y of X" both make X the owner ("of") of Y.
//   - Relative clauses: "the firm that bought X" makes the firm the doer of "bought";
//     participles too ("games involving X", "the deal announced on Tuesday").
//   - Shared subjects: "X agreed to buy Y", "X bought Y and sold Z", "after reading Y, X ..."
//     give X as the doer of every verb.
//   - Coordination: "A and B sued C" makes both A and B doers.
//   - Event nouns (a noun WordNet derives from a verb: "takeover", "rejection", "lawsuit"): a
//     "by" phrase is the doer ("a takeover by Millstead"); beside an "of" phrase, the possessor
//     is the doer and the "of" phrase the receiver ("the trust's rejection of the claim"); beside
//     a "by" phrase the possessor is the receiver. Their frames compare with the verb's (`key`).
//   - Phrasal verbs: the particle is part of the predicate ("taken over by" is "take_over"),
//     also when parsed as a preposition ("took over the bank": "take_over", the bank its object).
//   - Appositions: "Almedra, the provincial capital" and "the provincial capital, Almedra" name
//     one participant (`aliases`).
import { offsetFree } from '../offsetFree';
import { hyphenatedWithNext, type Token } from '../tokens';
import type { SentenceSyntax } from './index';
import { subtreeOf } from './tree';
import { CHOOSING_VERBS, CLAUSE_OPENERS, LEGAL_ACTIONS, LIGHT_VERBS, LITIGATING_VERBS, RECIPROCAL_PREDICATES, REPORTING_VERBS, setsAsideBy, SYMMETRIC_PREDICATES } from '../lexicon';
import { agentSenses, isAdjectiveLemma, isDirectingVerb, isEventNoun, isPersonNoun, isTimeNoun, isVerbLemma, mayMeanTheSame, namesPeople, nounFile, transferSide, verbOfForm } from '../wordnet';

/** WordNet's noun files of attributes and quantities (noun.attribute, noun.quantity): measures, never agents. */
const MEASURE_FILES: ReadonlySet<number> = new Set([7, 23]);

/** Verbs whose subject takes on the act its object names ("signed an agreement to buy", "made an offer to buy"). */
const COMMITTING_VERBS: ReadonlySet<string> = new Set([...LIGHT_VERBS, 'sign', 'strike', 'announce', 'unveil']);

/** Verbs whose subject undergoes the act their object names: "suffered a defeat", "sustained an attack". */
const UNDERGOING_VERBS: ReadonlySet<string> = new Set(['suffer', 'sustain', 'undergo']);

/** A participant: a noun phrase's head and the words that name it (compounds and flat names). */
export interface Participant {
  readonly head: number;
  /** Lemma of the head word. */
  readonly headLemma: string;
  /** Whether any of its words is a name (tagged PROPN). */
  readonly named: boolean;
  readonly tokens: readonly number[];
  /** Lemmas of its content words ("tabaci", "river"). */
  readonly words: ReadonlySet<string>;
  /**
   * The word sets of each description the participant is given, its own phrase and each noun
   * phrase in apposition ("Almedra" and "provincial capital"): another mention matching any of
   * them is the same participant.
   */
  readonly aliases: readonly ReadonlySet<string>[];
  /** Lemmas of its words tagged as names ("ruben", "de", "graaf" in "the Dutch rider Ruben de Graaf"). */
  readonly names: ReadonlySet<string>;
}

/**
 * `subj` the doer (or the thing described, for a copular predicate), `obj` the receiver, `iobj`
 * the recipient, `of` the owner, `obl:P` / `nmod:P` a phrase introduced by the preposition P.
 */
export interface Argument {
  readonly role: string;
  readonly filler: Participant;
  /** A dependent of the predicate in the parse, not shared from another verb or a participle's noun. */
  readonly explicit: boolean;
  /** The receiver named as a passive verb's subject ("the deal was accepted"). */
  readonly fromPassive?: boolean;
  /** The role as the parse gives it, before an event noun's phrases were read as its verb's ("nmod:by"). */
  readonly surface?: string;
  /** The doer named in a "by" phrase (a passive's or an event noun's): never a receiver. */
  readonly agent?: boolean;
  /**
   * Shared by control or by a participle clause ("X agreed to buy", "after rejecting",
   * ", edging out"): a verb with no subject of its own whose subject the grammar fixes, unlike
   * one shared across a coordination, which a misparse often invents.
   */
  readonly controlled?: boolean;
}

export interface Frame {
  readonly predicate: number;
  /**
   * What the predicate names, for comparing frames across sentences: a verb's lemma, with its
   * particle ("take_over"); "n:" and the lemma for a noun.
   */
  readonly key: string;
  readonly args: readonly Argument[];
  /** Told by a construction rather than by the predicate word's own meaning ("took X to court": "sue"). */
  readonly construed?: boolean;
}

const NAME_PARTS = new Set(['compound', 'flat', 'fixed', 'flat:name']);
const FUNCTION_TAGS = new Set(['DET', 'PUNCT', 'ADP', 'PART', 'CCONJ', 'SCONJ', 'AUX', 'SYM']);
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'that']);
/** Words that are prepositions before a noun and subordinators before a clause. */
const SUBORDINATING_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'once']);

/**
 * A label without its subtype ("obl" of "obl:agent"), remembered by label: asked for every
 * dependent of every word a frame is read from, and split() made an array and a string a time.
 */
const base = (label: string): string => {
  let b = bases.get(label);
  if (b === undefined) {
    b = label.split(':')[0]!;
    if (bases.size < 1000) bases.set(label, b);
  }
  return b;
};
const bases = new Map<string, string>();
/**
 * Words that are a verb's particle as often as a preposition ("took over the bank", "looked
 * after the children"); not "to", "from", "in", "on", "for", "with", "about", "through",
 * whose phrase is a place, a party or a topic even where WordNet lists the pair ("go to" is
 * "attend", "talk about" is "discuss").
 */
const PARTICLES = new Set(['over', 'off', 'up', 'down', 'out', 'after', 'away', 'back']);

/**
 * A noun's lemma as an act's noun: a gerund keeps its own form ("backing", whose lemma is its
 * verb's, "back", a noun of another sense), any other noun its lemma.
 */
function nounLemma(t: Token): string {
  return t.lower !== t.lemma && /ing$/.test(t.lower) && isEventNoun(t.lower) ? t.lower : t.lemma;
}

const framesCache = new WeakMap<SentenceSyntax, { tokens: readonly Token[]; frames: Frame[] }>();

/**
 * The frames of a parsed sentence, read once per parse (several rules ask for them), and once
 * for all the copies of a sentence at other offsets (offsetFree.ts: a paragraph a text repeats,
 * or both texts have): frames hold token indexes, never offsets.
 */
export function framesOf(tokens: readonly Token[], syn: SentenceSyntax): Frame[] {
  const hit = framesCache.get(syn);
  const own = offsetFree(tokens);
  if (hit && hit.tokens === own) return hit.frames;
  const frames = readFrames(tokens, syn);
  framesCache.set(syn, { tokens: own, frames });
  return frames;
}

/** `n` empty lists (a loop: Array.from with an array-like and a function was a visible share of reading a sentence's frames before V8 optimises it). */
function emptyLists<T>(n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < n; i++) out.push([]);
  return out;
}

/** What a personal pronoun of one person stands for, by its gender: the same in either text, as one story's "he" mostly is. */
const PRONOUN_PERSONS: Readonly<Record<string, string>> = { he: '‹he›', him: '‹he›', himself: '‹he›', she: '‹she›', her: '‹she›', herself: '‹she›' };

/**
 * "his inspector opened an inquiry into him after he reported her": a "he" or a "she" is a
 * participant known by its gender alone, which only the same pronoun matches (a name never
 * does: who it is, the sentence does not say). Other pronouns ("it", "they", "who") are none.
 */
function personalPronoun(t: Token, head: number): Participant | null {
  const person = PRONOUN_PERSONS[t.lower];
  if (!person) return null;
  const words = new Set([person]);
  return { head, headLemma: person, tokens: [head], words, aliases: [words], named: false, names: new Set() };
}

/** Whether a participant is a "he" or a "she" (personalPronoun). */
export function isPronounPerson(p: Participant): boolean {
  return p.headLemma.startsWith('‹');
}

function readFrames(tokens: readonly Token[], syn: SentenceSyntax): Frame[] {
  const n = tokens.length;
  const { heads, labels } = mendAttachments(tokens, syn);
  const kids = emptyLists<{ d: number; label: string }>(n);
  heads.forEach((h, d) => { if (h >= 0) kids[h]!.push({ d, label: labels[d]! }); });

  // "Rovers' slide began with their defeat by Thornbury": the "its" or "their" that owns an act's
  // noun, where the owner is a party of the act, stands for the one named party before it in its
  // sentence that owns or does something (a subject or an owner, named); with none or several,
  // for no one. (Not the owner of a thing: "its education programme".)
  const referent = (pronoun: number): number | undefined => {
    const named = [];
    // (A capital names, whatever the tag: "Rovers' slide", the first word read as a noun.)
    for (let k = 0; k < pronoun; k++) if (/^(PROPN|NOUN)$/.test(syn.tags[k]!) && /^\p{Lu}/u.test(tokens[k]!.text) && (k > 0 || syn.tags[k] === 'PROPN' || labels[k] === 'nmod:poss') && /^(nsubj|nsubj:pass|nmod:poss)$/.test(labels[k]!)) named.push(k);
    if (named.length !== 1) return undefined;
    // (Nor past a subject of the pronoun's own clause that is neither that party nor owned by it:
    // "Wróbel said the orchestra would look hard at its programme" is the orchestra's.)
    // (An infinitive's subject is its governing verb's: "would have to look at its programme".)
    let subject: number | undefined;
    for (let c = heads[pronoun]!; c >= 0 && subject === undefined; c = heads[c]!) {
      if (syn.tags[c] === 'VERB') subject = kids[c]!.find((k) => /^nsubj/.test(k.label) && k.d < pronoun)?.d;
    }
    if (subject !== undefined && subject !== named[0] && heads[named[0]!] !== subject) return undefined;
    return named[0];
  };
  const participant = (head: number): Participant | null => {
    const t = tokens[head]!;
    // (An owner's "her", "her restaurant", is no participant, as "his" is none.)
    if (syn.tags[head] === 'PRON' || t.pos === 'PRON') {
      if (labels[head] !== 'nmod:poss') return personalPronoun(t, head);
      const owned = heads[head]!;
      const ref = /^(its|their)$/.test(t.lower) && owned >= 0 && syn.tags[owned] === 'NOUN' && isEventNoun(tokens[owned]!.lemma) ? referent(head) : undefined;
      return ref === undefined ? null : participant(ref);
    }
    if (!t.isWord) return null;
    // (Nor is a bound, "more than", "fewer than", whatever the parse made of it: "lost more than
    // half their crop" names the crop.)
    if (/^(more|less|fewer)$/.test(t.lower) && kids[head]!.some((k) => k.label === 'fixed' && tokens[k.d]!.lower === 'than')) return null;
    const members = [head];
    for (let i = 0; i < members.length; i++) {
      for (const k of kids[members[i]!]!) {
        // "the broadband provider Norrnet": a name in apposition names the same participant.
        // (A word with a preposition of its own opens a phrase of its own, whatever the parser
        // labelled it: "Mellby Creameries for £212 million" names Mellby Creameries.)
        if (kids[k.d]!.some((c) => c.label === 'case' && c.d < k.d)) continue;
        if (NAME_PARTS.has(k.label) || (k.label === 'appos' && syn.tags[k.d] === 'PROPN')) members.push(k.d);
      }
    }
    members.sort((a, b) => a - b);
    const content = members.filter((m) => tokens[m]!.isWord && !FUNCTION_TAGS.has(syn.tags[m]!));
    const words = new Set(content.map((m) => tokens[m]!.lemma));
    if (words.size === 0) return null;
    // Each noun phrase in apposition, by its naming words (head, compounds and names).
    const aliases: ReadonlySet<string>[] = [words];
    for (const k of kids[head]!) {
      if (k.label !== 'appos' || !(syn.tags[k.d] === 'NOUN' || syn.tags[k.d] === 'PROPN')) continue;
      const own = [k.d, ...kids[k.d]!.filter((c) => NAME_PARTS.has(c.label)).map((c) => c.d)];
      const named = new Set(own.filter((m) => tokens[m]!.isWord && !FUNCTION_TAGS.has(syn.tags[m]!)).map((m) => tokens[m]!.lemma));
      if (named.size) aliases.push(named);
    }
    // (A capitalised word after "the" that describes before a name is no part of it: "the
    // Dutch rider Ruben de Graaf", "the Dutchman Ruben de Graaf".)
    // (Only before the name itself: "the Standard plan" is a name.)
    const describing = (m: number) => /^(the|a|an)$/.test(tokens[m - 1]?.lower ?? '') && /^(NOUN|PROPN)$/.test(syn.tags[m + 1] ?? '') &&
      content.some((k) => k > m + 1 && syn.tags[k] === 'PROPN') && (isAdjectiveLemma(tokens[m]!.lower) || isPersonNoun(tokens[m]!.lower));
    const names = new Set(content.filter((m) => syn.tags[m] === 'PROPN' && !describing(m)).map((m) => tokens[m]!.lemma));
    return { head, headLemma: t.lemma, tokens: members, words, aliases, named: names.size > 0, names };
  };
  const caseOf = (d: number) => kids[d]!.find((k) => k.label === 'case');
  const ownerInsideName = (d: number) => {
    const mark = caseOf(d)?.d;
    const name = mark === undefined ? -1 : mark + 1;
    return name > 0 && heads[name] === heads[d] && labels[name] === 'compound' && /^\p{Lu}/u.test(tokens[name]!.text);
  };
  // The last word of a word's phrase, and whether a clause of p's opens right after d's phrase
  // ("urged the company | to appoint", "told staff | that …"; not "lent the club | £5 million").
  const phraseEnd = (d: number): number => Math.max(d, ...kids[d]!.map((k) => phraseEnd(k.d)));
  const clauseRightAfter = (p: number, d: number) => {
    const next = phraseEnd(d) + 1;
    return kids[p]!.some((k) => /^(xcomp|ccomp|advcl)$/.test(base(k.label)) && k.d >= next && syn.tags.slice(next, k.d).every((tag) => /^(PART|SCONJ|AUX|ADV)$/.test(tag)));
  };
  // A counted thing that is not a person is a "by" phrase's margin, not its doer ("approved by
  // 29 votes to 12", "won by two goals"; but "attacked by three men").
  // (Or a word for an amount or a measure of difference after "a": "passed by a large majority",
  // "won by a length": WordNet's attributes and quantities; "impressed by his ability" is a cause.)
  // (A time is when, never who: "were gone by the time the guards arrived", "by Friday".)
  const margin = (d: number) => syn.tags[d] !== 'PROPN' && ((kids[d]!.some((k) => k.label === 'nummod') && !isPersonNoun(tokens[d]!.lemma)) || isTimeNoun(tokens[d]!.lemma) ||
    (MEASURE_FILES.has(nounFile(tokens[d]!.lemma)) && kids[d]!.some((k) => k.label === 'det' && /^an?$/.test(tokens[k.d]!.lower))));
  // Passive: marked by the parse, or a form of "be"/"get" helping a verb that is not an -ing form
  // (the parser sometimes labels "were investigated" plain aux + nsubj). (A margin the parser
  // read as an agent marks nothing: "finished ahead of Ødegård by four seconds" is active.)
  const isPassive = (p: number) => kids[p]!.some((k) => k.label === 'aux:pass' || k.label === 'nsubj:pass' || k.label === 'csubj:pass' || (k.label === 'obl:agent' && !margin(k.d))) ||
    (syn.tags[p] === 'VERB' && !tokens[p]!.lower.endsWith('ing') && kids[p]!.some((k) => base(k.label) === 'aux' && (tokens[k.d]!.lemma === 'be' || tokens[k.d]!.lemma === 'get') &&
      // (Not a "be" before an infinitive's "to": "the bank is to close 42 branches" tells what
      // is planned, in the active.)
      !kids[p]!.some((m) => m.label === 'mark' && m.d > k.d && tokens[m.d]!.lower === 'to')));

  // Direct arguments; `subjects` keeps those that came from the subject relation, which
  // verbs sharing that subject inherit.
  const args = emptyLists<Argument>(n);
  const subjects = emptyLists<Argument>(n);
  const add = (p: number, role: string, d: number, fromSubject = false, fromPassive = false, how: { agent?: boolean; explicit?: boolean; surface?: string } = {}) => {
    // (A "than" phrase is the other side of a comparison, no participant of the act: the
    // comparison rule reads the two parties and the scale together.)
    if (/^(obl|nmod):than$/.test(role)) return;
    // A relative pronoun stands for the noun its clause describes.
    let target = d;
    if (RELATIVE_PRONOUNS.has(tokens[d]!.lower) && labels[p] === 'acl:relcl' && heads[p]! >= 0) {
      target = heads[p]!;
      // "Investigators were the ones who tipped off Ferrand": "the one" a copula says its subject
      // is stands for that subject.
      const subject = tokens[target]!.lemma === 'one' && kids[target]!.some((k) => k.label === 'cop') ? kids[target]!.find((k) => k.label.startsWith('nsubj')) : undefined;
      if (subject) target = subject.d;
    }
    // "The Croatian was appointed in June 2023, when he replaced Gary Moffatt": "he" or "she" as
    // the subject of a clause hung on the main verb is that verb's subject, the person the
    // sentence is about.
    // (A clause opened by "when", "after" and the like is one, however the parser hung it.)
    else if (/^(he|she)$/.test(tokens[d]!.lower) && labels[d]!.startsWith('nsubj')) {
      const opened = kids[p]!.some((k) => k.d < d && /^(mark|advmod)$/.test(k.label) && CLAUSE_OPENERS.has(tokens[k.d]!.lower));
      // (The clause it hangs on, or the sentence's head where the parser hung it on a mark.)
      const host = syn.tags[heads[p]!] === 'PUNCT' ? heads.indexOf(-1) : heads[p]!;
      const subject = host >= 0 && host !== p && (labels[p] === 'advcl' || opened) ? kids[host]!.find((k) => k.label.startsWith('nsubj') && k.d < d) : undefined;
      // (A person: not "Her career began in 2019, when she was hired", whose "she" is the owner.)
      // (Nor where the clause it hangs on has a pronoun of its own person in another role: "opened
      // an inquiry into him after he reported her", the "he" is the "him".)
      const samePerson = tokens.some((x, k) => k < d && PRONOUN_PERSONS[x.lower] === PRONOUN_PERSONS[tokens[d]!.lower] && /^(obj|iobj|obl)/.test(labels[k]!));
      // (Nor where that clause names another person it may as well be: "Tulloch trained
      // Raghunathan when she joined", "Raghunathan was trained by Tulloch when she joined".)
      const rival = host >= 0 && kids[host]!.some((k) => k.d !== subject?.d && /^(obj|iobj|obl:agent)$/.test(k.label) && syn.tags[k.d] === 'PROPN');
      const main = subject && !samePerson && !rival && (/^(PROPN|ADJ)$/.test(syn.tags[subject.d]!) || (syn.tags[subject.d] === 'NOUN' && isPersonNoun(tokens[subject.d]!.lemma))) ? subject : undefined;
      if (main) target = main.d;
    }
    const targets = [target, ...kids[target]!.filter((k) => k.label === 'conj').map((k) => k.d)];
    for (const x of targets) {
      const filler = participant(x);
      if (!filler) continue;
      args[p]!.push({ role, filler, explicit: how.explicit ?? true, ...(fromPassive && { fromPassive }), ...(how.agent && { agent: true }), ...(how.surface && how.surface !== role && { surface: how.surface }) });
      if (fromSubject) subjects[p]!.push({ role, filler, explicit: true });
    }
  };
  // A verb's particle read as a preposition: the preposition right after a verb with no object,
  // where WordNet has the two as one verb ("take over", "look after").
  const phrasal: (string | undefined)[] = new Array(n);
  for (let p = 0; p + 1 < n; p++) {
    const word = tokens[p + 1]!.lower;
    if (syn.tags[p] !== 'VERB' || base(labels[p + 1]!) !== 'case' || !PARTICLES.has(word)) continue;
    const phrase = heads[p + 1]!;
    if (phrase < 0 || heads[phrase] !== p || base(labels[phrase]!) !== 'obl') continue;
    if (kids[p]!.some((k) => k.label === 'compound:prt' || base(k.label) === 'obj')) continue;
    // (Not "over" after a verb of choosing: "was picked over Velora" sets Velora aside.)
    if (isVerbLemma(`${tokens[p]!.lemma}_${word}`) && !(word === 'over' && CHOOSING_VERBS.has(tokens[p]!.lemma))) phrasal[p] = word;
  }
  // "talked the council into keeping the route": a verb, its object and an "into" before a
  // gerund are one predicate where WordNet has it ("talk_into" = "persuade").
  const intoGerund = (d: number) => /ing$/.test(tokens[d]!.lower) && kids[d]!.some((c) => /^(mark|case)$/.test(c.label) && tokens[c.d]!.lower === 'into' && c.d === d - 1);
  for (let p = 0; p < n; p++) {
    if (syn.tags[p] !== 'VERB' || phrasal[p] || !kids[p]!.some((k) => base(k.label) === 'obj')) continue;
    const gerund = kids[p]!.find((k) => /^(advcl|xcomp|obl)$/.test(base(k.label)) && intoGerund(k.d));
    if (gerund && isVerbLemma(`${verbLemma(tokens[p]!)}_into`)) phrasal[p] = 'into';
  }
  // An event noun's phrases, by preposition ("by", "of", "from") and its possessor.
  // ("rather than", "in place of" set a thing aside as "instead of" does: one role for the three.)
  const prepOf = (d: number) => {
    const c = caseOf(d);
    if (!c) return null;
    const fixed = kids[c.d]!.filter((k) => k.label === 'fixed').map((k) => tokens[k.d]!.lower).join(' ');
    const word = tokens[c.d]!.lemma;
    // ("picked X over Y", "preferred X over Y": after a verb of choosing, "over" sets Y aside.)
    const h = heads[d]!;
    if (word === 'over' && h >= 0 && syn.tags[h] === 'VERB' && CHOOSING_VERBS.has(tokens[h]!.lemma)) return 'instead';
    return setsAsideBy(word, fixed) ? 'instead' : word;
  };
  // An event noun takes its verb's roles: "a takeover by Millstead" (doer), "the trust's
  // rejection of the claim" (doer, receiver), "Millstead's takeover by Orvane" (receiver, doer);
  // a possessor alone ("the company's sale") could be either, and stays an owner. Other phrases
  // are the verb's obliques ("a takeover in May" ~ "taken over in May"; "a move from Leeds" is
  // where from, "a claim from the nurses" who claims: a "from" phrase is left as it is).
  const eventNounArgs = (p: number) => {
    const own = kids[p]!.filter((k) => k.label === 'nmod:poss' || base(k.label) === 'nmod');
    const by = own.some((k) => base(k.label) === 'nmod' && prepOf(k.d) === 'by');
    const of = own.some((k) => base(k.label) === 'nmod' && prepOf(k.d) === 'of');
    const poss = own.some((k) => k.label === 'nmod:poss');
    // "Penman's attack on Harlow", "the association's complaint against Brackwater", "the
    // council's inquiry into Lindqvist": a phrase the act is directed at ("on", "against",
    // "into", "about"), with no "of" phrase, is what it is done to, and the
    // possessor then its doer.
    // ("about" only beside a possessor, who then directs it: "Duarte's complaint about Lindqvist";
    // alone it names a topic, "an explanation about the plans".)
    const directed = of || by ? undefined : own.find((k) => base(k.label) === 'nmod' && (/^(on|against|upon|into)$/.test(prepOf(k.d) ?? '') || (poss && prepOf(k.d) === 'about')))?.d;
    for (const { d, label } of own) {
      if (label === 'nmod:poss') { add(p, by ? 'obj' : of || directed !== undefined ? 'subj' : 'of', d, false, false, { surface: 'of' }); continue; }
      if (d === directed) { add(p, 'obj', d, false, false, { surface: `nmod:${prepOf(d)}` }); continue; }
      if (/^nmod:(npmod|tmod|unmarked)$/.test(label)) continue;
      const prep = prepOf(d);
      if (!prep) continue;
      const surface = prep === 'of' ? 'of' : `nmod:${prep}`;
      if (prep === 'by') add(p, 'subj', d, false, false, { agent: true, surface });
      else if (prep === 'of') add(p, by || poss ? 'obj' : 'of', d, false, false, { surface });
      else add(p, `obl:${prep}`, d, false, false, { surface });
    }
  };
  // A noun for the doer of an act ("owner", "lender", "founder") names its verb's doer, and one
  // in -ee ("employee", "nominee") its receiver: "Castell, the owner of Verhaegen" and "Castell
  // is the owner of Verhaegen" say that Castell owns Verhaegen. The noun's person is the name it
  // describes (in apposition, or as the subject of "is"); the "of" phrase, the other party.
  const agentNoun: boolean[] = new Array(n).fill(false);
  const agentNounArgs = (p: number): boolean => {
    // (Not the possessor: "the bank's lawyer" acts for the bank, "Dunford's opponents" are
    // opposed by Dunford as much as they oppose it.)
    const other = kids[p]!.find((k) => base(k.label) === 'nmod' && prepOf(k.d) === 'of');
    if (!other || labels[p] === 'compound' || hyphenatedWithNext(tokens, p)) return false;
    const nominal = (d: number) => syn.tags[d] === 'NOUN' || syn.tags[d] === 'PROPN';
    const h = heads[p]!;
    const person = labels[p] === 'appos' && h >= 0 && nominal(h) ? h
      : kids[p]!.find((k) => k.label === 'appos' && nominal(k.d))?.d ??
        (kids[p]!.some((k) => k.label === 'cop') ? kids[p]!.find((k) => base(k.label) === 'nsubj')?.d : undefined);
    if (person === undefined) return false;
    const receiver = /ee$/.test(tokens[p]!.lemma);
    add(p, receiver ? 'obj' : 'subj', person, false, false, { explicit: false });
    add(p, receiver ? 'subj' : 'obj', other.d, false, false, { surface: 'of' });
    return true;
  };
  for (let p = 0; p < n; p++) {
    // ("A reward is on offer", "the plans are under review": an act's noun a copula puts its
    // subject in, by a preposition, is undergone by that subject, as a passive's is.)
    const undergone = syn.tags[p] === 'NOUN' && kids[p]!.some((k) => k.label === 'cop') && kids[p]!.some((k) => base(k.label) === 'case' && k.d < p) &&
      isEventNoun(nounLemma(tokens[p]!));
    const passive = isPassive(p) || undergone;
    // (Not a word of a name, capitalised inside the sentence whatever its tag: "the Musicians'
    // Union of Halvard's members" is a union's members, no act of uniting.)
    const nameWord = p > 0 && /^\p{Lu}\p{Ll}/u.test(tokens[p]!.text);
    const eventNoun = syn.tags[p] === 'NOUN' && !nameWord && kids[p]!.some((k) => k.label === 'nmod:poss' || base(k.label) === 'nmod') &&
      isEventNoun(nounLemma(tokens[p]!));
    if (eventNoun) eventNounArgs(p);
    agentNoun[p] = !eventNoun && syn.tags[p] === 'NOUN' && agentSenses(tokens[p]!.lemma).length > 0 && agentNounArgs(p);
    for (const { d, label } of kids[p]!) {
      const rel = base(label);
      if (eventNoun && (label === 'nmod:poss' || rel === 'nmod')) continue;
      if (agentNoun[p] && ((rel === 'nmod' && prepOf(d) === 'of') || rel === 'nsubj')) continue;
      if (label === 'nsubj:pass' || label === 'csubj:pass' || (passive && (rel === 'nsubj' || rel === 'csubj'))) add(p, 'obj', d, true, true);
      else if (rel === 'nsubj' || rel === 'csubj') add(p, 'subj', d, true);
      // (A phrase a preposition opens is no object, whatever the parse labelled it: "opened his
      // in the same street", the pronoun object lost to the parse.)
      else if (rel === 'obj' && caseOf(d) && caseOf(d)!.d < d && syn.tags[caseOf(d)!.d] === 'ADP') add(p, `obl:${prepOf(d)}`, d);
      else if (rel === 'obj') add(p, 'obj', d);
      // "gave Helmdal the data" = "gave the data to Helmdal": the recipient, however told, is
      // the "to" phrase where roles are matched by how they are told (rolesSwapped's `surface`).
      // (With no object beside it, the parse's "iobj" is the one told of, before a clause: "urged
      // the company to appoint an arbiter", "told staff that …".)
      else if (rel === 'iobj' && !kids[p]!.some((k) => base(k.label) === 'obj') && clauseRightAfter(p, d)) add(p, 'obj', d);
      else if (rel === 'iobj') add(p, 'iobj', d, false, false, passive ? {} : { surface: 'obl:to' });
      else if (label === 'obl:agent' && !margin(d)) add(p, 'subj', d, false, false, { agent: true });
      // (Not an owner inside a name that describes the noun: "Nordic Aviators' Association
      // members", the owner's mark then a capitalised compound of the noun, is the association's
      // name, and the members are of the association.)
      else if (label === 'nmod:poss') { if (!ownerInsideName(d)) add(p, 'of', d); }
      else if (/^(obl|nmod):(npmod|tmod|unmarked)$/.test(label)) continue; // "two sailings a day", "all week"
      else if (rel === 'obl' || rel === 'nmod') {
        const c = caseOf(d);
        if (!c) continue;
        const prep = prepOf(d)!;
        const h = heads[p]!;
        if (prep === 'by' && rel === 'obl' && passive && !margin(d)) add(p, 'subj', d, false, false, { agent: true });
        else if (prep === 'of') add(p, 'of', d);
        // "replaced Aaren Russell with Alex Davison": a name takes no such modifier; the phrase
        // is the verb's, whatever the parse hung it on.
        else if (rel === 'nmod' && syn.tags[p] === 'PROPN' && h >= 0 && syn.tags[h] === 'VERB' && /^(obj|iobj)$/.test(labels[p]!)) add(h, `obl:${prep}`, d);
        // So is a "to" phrase on a verb's object that names no act: "handed the flight data to
        // the board" (not "made an offer to the union", the offer's own party).
        else if (rel === 'nmod' && prep === 'to' && h >= 0 && syn.tags[h] === 'VERB' && labels[p] === 'obj' && !isEventNoun(tokens[p]!.lemma)) add(h, 'obl:to', d);
        // "took over the bank": a preposition right after the verb that WordNet knows with it
        // as one verb ("take_over") is its particle, and the phrase its object.
        else if (rel === 'obl' && phrasal[p] === tokens[c.d]!.lower) add(p, 'obj', d);
        else add(p, `${rel}:${prep}`, d);
      }
    }
  }

  // A finite verb always has a subject; two misparses leave it without one, and it is the noun
  // phrase right before the verb's auxiliaries: "after Conrad was arrested", where a word that is
  // a preposition and a subordinator was read as a preposition (the subject hung on the main
  // verb), and a name read as the sentence's head with the verb hanging from it.
  for (let p = 0; p < n; p++) {
    if (syn.tags[p] !== 'VERB' || subjects[p]!.length) continue;
    const auxes = kids[p]!.filter((k) => base(k.label) === 'aux' && k.d < p).map((k) => k.d);
    if (auxes.length === 0) continue;
    let k = Math.min(...auxes) - 1;
    if (k < 0 || !(syn.tags[k] === 'NOUN' || syn.tags[k] === 'PROPN')) continue;
    // The head of the name the word belongs to ("Aamir Khan": "Aamir").
    while (NAME_PARTS.has(labels[k]!) && heads[k]! >= 0 && heads[k]! < k) k = heads[k]!;
    const c = caseOf(k);
    if (c && SUBORDINATING_PREPOSITIONS.has(tokens[c.d]!.lemma) && /^(obl|nmod)/.test(labels[k]!)) {
      // The phrase no longer belongs to the verb it was hung on.
      const h = heads[k]!;
      if (h >= 0) args[h] = args[h]!.filter((a) => a.filler.head !== k);
    } else if (heads[p] !== k) {
      // "Aamir Khan has agreed …" parsed with the name as the sentence's head and the verb
      // hanging from it: the name is the verb's subject.
      continue;
    }
    add(p, isPassive(p) ? 'obj' : 'subj', k, true);
  }

  // Shared subjects and participles, top-down so that chains ("agreed to try to buy") carry.
  for (const p of topDown(heads, kids)) {
    const h = heads[p]!;
    if (h < 0 || syn.tags[p] !== 'VERB') continue;
    const label = labels[p]!;
    const rel = base(label);
    // (A subject of its own, a pronoun the frames leave out included, shares none: "began in
    // 2019, when she was hired", with "hired" read as the complement of "began".)
    if (kids[p]!.some((k) => /^(nsubj|csubj|expl)/.test(k.label))) continue;
    // Object control: an infinitive or clause under a verb with an object before it is that
    // object's ("urged shareholders to accept", "asked the driver to stop", "believe Ashdown
    // recognised Halvorsen"), not the verb's subject's; "promise" keeps its subject's.
    // (A verb of asking or urging controls its "to" infinitive however the parse labelled it:
    // "pressed Fiona Leckie to appoint an arbiter", read as a purpose.)
    const directed = rel === 'advcl' && isDirectingVerb(tokens[h]!.lemma) && kids[p]!.some((k) => k.label === 'mark' && tokens[k.d]!.lower === 'to');
    // (So is a gerund after "into": "talked the council into keeping the route", "forced the
    // club into selling".)
    const controller = (rel === 'xcomp' || directed || intoGerund(p)) && subjects[p]!.length === 0 && !/^promi[sz]e$/.test(tokens[h]!.lemma)
      ? kids[h]!.find((k) => k.d < p && (base(k.label) === 'obj' || base(k.label) === 'iobj'))?.d : undefined;
    if (controller !== undefined) {
      const filler = participant(controller);
      if (filler) {
        const shared = { role: isPassive(p) ? 'obj' : 'subj', filler, explicit: false, controlled: true };
        args[p]!.push(shared);
        subjects[p]!.push(shared);
      }
      continue;
    }
    if (subjects[p]!.length === 0 && (rel === 'xcomp' || rel === 'advcl' || rel === 'conj')) {
      const ownVoice = rel !== 'conj' || kids[p]!.some((k) => base(k.label) === 'aux');
      // Control ("agreed to buy") and a participle clause ("after rejecting", ", edging out")
      // fix the subject; a coordination only suggests it.
      // ("Having overtaken Brenner": the -ing form may be the auxiliary's.)
      // (So does an infinitive after a verb of commitment and its noun, the parse's purpose
      // clause: "signed a deal with Morrow to supply the stone", the signer supplies.)
      const committed = rel === 'advcl' && COMMITTING_VERBS.has(tokens[h]!.lemma) && kids[p]!.some((k) => base(k.label) === 'mark' && tokens[k.d]!.lower === 'to');
      const controlled = rel === 'xcomp' || committed || (rel === 'advcl' && [p, ...kids[p]!.filter((k) => base(k.label) === 'aux').map((k) => k.d)].some((x) => tokens[x]!.lower.endsWith('ing')));
      for (const a of subjects[h]!) {
        // "X was arrested and charged": a conjoined verb without auxiliaries shares the voice too.
        const shared = { role: ownVoice ? (isPassive(p) ? 'obj' : 'subj') : a.role, filler: a.filler, explicit: false, ...(controlled && (a.controlled || a.explicit) && { controlled: true }) };
        args[p]!.push(shared);
        subjects[p]!.push(shared);
      }
    } else if (label === 'acl' && subjects[p]!.length === 0 && kids[p]!.some((k) => base(k.label) === 'mark' && tokens[k.d]!.lower === 'to')) {
      // "signed an agreement to acquire Skyrell", "made an offer to buy", "the council's decision
      // to reject the scheme": an infinitive completing an act's noun is done by whoever does
      // that act: the noun's possessor, or the subject of the light verb that takes the noun.
      // ("rejected a plan to cut taxes", "a plan to cut taxes" say nothing of who cuts.)
      const owner = kids[h]!.find((k) => k.label === 'nmod:poss')?.d;
      const holder = heads[h]!;
      const doers = owner !== undefined ? [participant(owner)].filter((f): f is Participant => !!f)
        : holder >= 0 && labels[h] === 'obj' && COMMITTING_VERBS.has(tokens[holder]!.lemma) ? subjects[holder]!.map((a) => a.filler) : [];
      for (const filler of doers) {
        const shared = { role: isPassive(p) ? 'obj' : 'subj', filler, explicit: false, controlled: true };
        args[p]!.push(shared);
        subjects[p]!.push(shared);
      }
    } else if (label === 'acl' && !kids[p]!.some((k) => base(k.label) === 'mark' || base(k.label) === 'aux')) {
      // "games involving X": the noun does the -ing; "the deal announced on Tuesday": it
      // undergoes. ("a plan to cut taxes" says nothing of who cuts.)
      const filler = participant(h);
      if (!filler) continue;
      const role = tokens[p]!.lower.endsWith('ing') ? 'subj' : 'obj';
      if (!args[p]!.some((a) => a.role === role)) args[p]!.push({ role, filler, explicit: false });
    }
  }

  // "The move was likely to be copied by publishers" / "publishers were likely to follow suit":
  // the subject of an adjective with an infinitive after it is the infinitive's participant (it
  // has it, shared above), in the infinitive's voice; the adjective does nothing to it.
  args.forEach((a, p) => {
    if (syn.tags[p] === 'ADJ' && kids[p]!.some((k) => base(k.label) === 'xcomp' && syn.tags[k.d] === 'VERB')) args[p] = a.filter((x) => x.role !== 'subj');
  });

  // A symmetric relation's receiver and its "to" or "with" party are one role (lexicon.ts); with
  // no receiver ("Daybus merged with Fenlink"), its doer and that party are.
  args.forEach((a, p) => {
    if (!SYMMETRIC_PREDICATES.has(tokens[p]!.lemma)) return;
    // (A score is no party: "drew 2-2 with Holmbury" is a draw between the doer and Holmbury.)
    const one = a.some((x) => x.role === 'obj' && !/\d/.test(tokens[x.filler.head]!.text)) ? 'obj' : 'subj';
    args[p] = a.map((x) => (x.role === 'obl:to' || x.role === 'obl:with' ? { ...x, role: one } : x));
  });

  // A reciprocal act's parties are one role, however told (lexicon.ts).
  args.forEach((a, p) => {
    if (syn.tags[p] === 'VERB' && RECIPROCAL_PREDICATES.has(tokens[p]!.lemma)) args[p] = a.map((x) => (x.role === 'obj' || x.role === 'obl:with' ? { ...x, role: 'subj' } : x));
  });

  // "supplied the company with components" = "supplied components to the company", "provide
  // Northfield with a loan" = "give Northfield a loan": a giving verb whose object is a party (a
  // name, people or a body of them) and whose "with" phrase is a thing tells the party as its
  // recipient and the thing as its object. (Not "sold the house with its garden": a thing given
  // with another.)
  const givenWith: number[] = [];
  args.forEach((a, v) => {
    const obj = a.find((x) => x.role === 'obj' && !x.fromPassive);
    const thing = a.find((x) => x.role === 'obl:with');
    if (!obj || !thing || syn.tags[v] !== 'VERB' || a.some((x) => x.role === 'obl:to' || x.role === 'iobj')) return;
    if (!(obj.filler.named || namesPeople(obj.filler.headLemma)) || thing.filler.named || namesPeople(thing.filler.headLemma) || transferSide(verbLemma(tokens[v]!)) !== 'giver') return;
    args[v] = a.map((x) => x === obj ? { ...thing, role: 'obj' } : x === thing ? { ...obj, role: 'iobj' } : x);
    givenWith[v] = thing.filler.head;
  });

  // "Wójcik made an accusation against Penhale", "the accusation had been made by Wójcik
  // against Penhale", "Lindqvist is conducting an inquiry into the council": an act's noun
  // taken by a light verb is done by the light verb's doer, and the verb's phrase naming whom
  // it is against or into is the act's receiver. (Not "have", whose
  // subject may undergo the act, "had an operation", nor "hold" or "reach", whose acts are
  // shared with another party, "held talks with", "reached a deal with"; and not "on", which
  // may name a topic, "took a decision on pay".) Any verb that hands an act's noun to someone
  // ("sent Østerby a bill", "handed the firm a fine") does the act to its recipient, as "billed
  // Østerby", "fined the firm" (the noun may be the verb's own form, "fine", which WordNet
  // files as a thing).
  for (let v = 0; v < n; v++) {
    if (syn.tags[v] !== 'VERB') continue;
    // "Montañez suffered a heavy defeat by Øvergaard": a verb of undergoing makes its subject
    // the receiver of the act its object names, whose doer the noun's own "by" phrase tells.
    if (UNDERGOING_VERBS.has(tokens[v]!.lemma)) {
      const e = kids[v]!.find((k) => k.label === 'obj')?.d;
      const undergoer = args[v]!.filter((a) => a.role === 'subj');
      if (e !== undefined && syn.tags[e] === 'NOUN' && isEventNoun(tokens[e]!.lemma) && undergoer.length === 1 && !args[e]!.some((a) => a.role === 'obj')) {
        args[e]!.push({ ...undergoer[0]!, role: 'obj' });
      }
      continue;
    }
    // (A recipient with a noun of its own: "used her speech to" is a possessive misread as one.)
    const recipient = args[v]!.find((a) => a.role === 'iobj' && syn.tags[a.filler.head] !== 'PRON');
    if (!recipient && (!LIGHT_VERBS.has(tokens[v]!.lemma) || /^(have|hold|reach)$/.test(tokens[v]!.lemma))) continue;
    // (A particle that makes the verb another one takes the act's noun as its thing, not as its
    // own act: "put the rise down to gas prices" blames them for it, "put off a decision" does not
    // decide; "carried out an inspection", "put forward a proposal" still do the act.)
    if (!recipient && kids[v]!.some((k) => k.label === 'compound:prt' && !/^(out|forward|through)$/.test(tokens[k.d]!.lower))) continue;
    const e = givenWith[v] ?? kids[v]!.find((k) => (isPassive(v) ? /^nsubj/ : /^obj$/).test(k.label))?.d;
    if (e === undefined || syn.tags[e] !== 'NOUN' || !(isEventNoun(tokens[e]!.lemma) || (recipient && isVerbLemma(tokens[e]!.lemma)))) continue;
    // (The two objects side by side, as "sent Østerby a bill" has them, with no comma in the
    // first: apart, the parse has read another phrase as a recipient.)
    if (recipient && givenWith[v] === undefined) {
      const given = subtreeOf(syn, recipient.filler.head);
      if (Math.max(...given) + 1 !== Math.min(...subtreeOf(syn, e)) || given.some((k) => syn.tags[k] === 'PUNCT')) continue;
    }
    // (One doer: two subjects are a misparse, "According to X, …, 612 people made donations".)
    const doers = args[v]!.filter((a) => a.role === 'subj');
    const doer = doers.length === 1 ? doers[0] : undefined;
    // (Told on the light verb, they are as explicit as they would be on the noun.)
    if (doer && !args[e]!.some((a) => a.role === 'subj')) args[e]!.push({ ...doer, role: 'subj' });
    const against = recipient ?? args[v]!.find((a) => a.role === 'obl:against' || a.role === 'obl:into');
    if (against && !args[e]!.some((a) => a.role === 'obj')) args[e]!.push({ ...against, role: 'obj', surface: against.role });
  }

  const frames: Frame[] = [];
  args.forEach((a, p) => { if (a.length) frames.push({ predicate: p, key: keyOf(p), args: a }); });
  frames.push(...legalActions(), ...successions(frames));
  return frames;

  /**
   * Who replaced whom, told in three ways: "Y replaced X", "Y succeeded X" (or "X was succeeded
   * by Y"), "Y took over from X". The last two become a frame "replace" with the newcomer as
   * its doer and the one replaced as its receiver, compared role by role with the source's.
   */
  function successions(own: readonly Frame[]): Frame[] {
    const out: Frame[] = [];
    for (const f of own) {
      const t = tokens[f.predicate]!;
      if (syn.tags[f.predicate] !== 'VERB') continue;
      const doer = f.args.find((a) => a.role === 'subj');
      let replaced: Argument | undefined;
      if (t.lemma === 'succeed') replaced = f.args.find((a) => a.role === 'obj');
      else if (t.lemma === 'take' && (f.key === 'take_over' || tokens[f.predicate + 1]?.lower === 'over')) replaced = f.args.find((a) => a.role === 'obl:from');
      if (doer && replaced) out.push({ predicate: f.predicate, key: 'replace', construed: true, args: [doer, { ...replaced, role: 'obj' }] });
    }
    return out;
  }

  /**
   * Proceedings told without "sue" are a suing all the same, one frame "sue" with the party
   * that brings them and the one they are against: "Y brought a claim against X", "the case
   * against X brought by Y", "a lawsuit by Y against X", "Y took X to court" (each, passive too)
   * = "Y sued X", compared role by role with the source's "sue".
   */
  function legalActions(): Frame[] {
    const out: Frame[] = [];
    const phrase = (x: number | undefined, prep: string) => x === undefined ? undefined
      : kids[x]!.find((k) => (k.label === 'obl:agent' || /^(obl|nmod)$/.test(base(k.label))) && prepOf(k.d) === prep)?.d;
    const sue = (at: number, doer: number | undefined, against: number | undefined) => {
      const s = doer === undefined ? null : participant(doer);
      const o = against === undefined ? null : participant(against);
      if (s && o && s.head !== o.head) out.push({ predicate: at, key: 'sue', construed: true, args: [{ role: 'subj', filler: s, explicit: true }, { role: 'obj', filler: o, explicit: true }] });
    };
    // Nouns of proceedings already read with the verb that brings them.
    const done = new Set<number>();
    for (let v = 0; v < n; v++) {
      if (syn.tags[v] !== 'VERB') continue;
      const passive = isPassive(v);
      const described = /^acl/.test(labels[v]!) && heads[v]! >= 0;
      let subject = kids[v]!.find((k) => /^nsubj/.test(k.label))?.d;
      let object = kids[v]!.find((k) => base(k.label) === 'obj')?.d;
      // A relative pronoun stands for the noun its clause describes.
      if (described && subject !== undefined && RELATIVE_PRONOUNS.has(tokens[subject]!.lower)) subject = heads[v]!;
      if (described && object !== undefined && RELATIVE_PRONOUNS.has(tokens[object]!.lower)) object = heads[v]!;
      // The doer: the active subject, or the "by" phrase of a passive or of a participle.
      const doer = passive || (described && subject === undefined) ? phrase(v, 'by') : subject;
      const receiver = passive ? subject : object;
      if (tokens[v]!.lemma === 'take') {
        // "took X to court" (the parse may hang "to court" on X).
        // ("to court" may be read as an infinitive.)
        const court = (x: number | undefined) => x === undefined ? undefined
          : kids[x]!.find((k) => tokens[k.d]!.lemma === 'court' && (prepOf(k.d) === 'to' || tokens[k.d - 1]?.lower === 'to'))?.d;
        let party = passive ? subject ?? (described ? heads[v]! : undefined) : object;
        const at = court(v) ?? court(party);
        if (at !== undefined) {
          // (Read as an infinitive, "taken Dunmore Water to court" has the party as its subject,
          // and "was taken to court by the Agency" the doer as its agent.)
          party ??= kids[at]!.find((k) => /^nsubj/.test(k.label))?.d;
          sue(v, doer ?? (passive ? phrase(at, 'by') : undefined), party);
          continue;
        }
      }
      // ("took legal action against X" brings proceedings as "brought a claim against X" does.)
      if (!LITIGATING_VERBS.has(tokens[v]!.lemma) && tokens[v]!.lemma !== 'take') continue;
      // (A participle with its agent and no subject describes the noun phrase it follows, however
      // the parse hung it: "a court case against the Agency brought by Dunmore Water".)
      const follows = subject === undefined && !described ? precedingNoun(v) : undefined;
      const action = receiver ?? (described ? heads[v]! : follows);
      if (action === undefined || !LEGAL_ACTIONS.has(tokens[action]!.lemma)) continue;
      sue(v, doer ?? phrase(action, 'by'), phrase(v, 'against') ?? phrase(action, 'against'));
      done.add(action);
    }
    /** The legal action whose noun phrase ends right before v, found up the heads from the word before it. */
    function precedingNoun(v: number): number | undefined {
      for (let h = v - 1; h >= 0; h = heads[h]!) {
        if (syn.tags[h] === 'NOUN' && LEGAL_ACTIONS.has(tokens[h]!.lemma)) return h;
        if (heads[h]! < 0 || heads[h]! > v) return undefined;
      }
      return undefined;
    }
    // "A lawsuit by Y against X", with no verb bringing it.
    for (let p = 0; p < n; p++) {
      if (done.has(p) || syn.tags[p] !== 'NOUN' || !LEGAL_ACTIONS.has(tokens[p]!.lemma)) continue;
      sue(p, phrase(p, 'by'), phrase(p, 'against'));
    }
    return out;
  }

  function keyOf(p: number): string {
    const t = tokens[p]!;
    if (agentNoun[p]) return `a:${t.lemma}`;
    if (syn.tags[p] === 'NOUN') return `n:${nounLemma(t)}`;
    const lemma = syn.tags[p] === 'VERB' ? verbLemma(t) : t.lemma;
    const particle = kids[p]!.find((k) => k.label === 'compound:prt');
    if (particle) return `${lemma}_${tokens[particle.d]!.lower}`;
    return phrasal[p] ? `${lemma}_${phrasal[p]}` : lemma;
  }
}

/**
 * A verb's lemma where the tokenizer lemmatised its past form as another word ("who first
 * accused" read as the noun "accused"): the form less its regular ending, if WordNet has that verb.
 */
export function verbLemma(t: Token): string {
  if (isVerbLemma(t.lemma)) return t.lemma;
  const w = t.lower;
  // (Past forms only: a form in -ing the tokenizer calls a noun, "beating Tanfield Town 3-1",
  // is as often misparsed as a verb's object.)
  if (!/ed$/.test(w)) return t.lemma;
  return verbOfForm(w) ?? t.lemma;
}

/**
 * The parse's heads and labels, with five misattachments mended that would give a participant
 * a wrong role:
 *   - a passive subject of a verb with an object and no passive auxiliary: its subject;
 *   - a noun phrase after "and" read as a list item: a conjunct;
 *   - a description in apposition to a name read as a conjunct with no "and": it describes
 *     the name right before its comma ("hospital in Almedra, the provincial capital", where
 *     "capital" was hung on "hospital" as a second place);
 *   - a noun phrase right after a verb with no object, read as a clause of its own: the
 *     verb's object ("edging out her compatriot Lena Brandt");
 *   - a reporting verb read as a clause of the verb it reports, with the reported clause's
 *     subject as its own ("Kaisa Rebane, the chief executive, said a team had spent"): the
 *     first subject is the reporter's, the second the reported verb's.
 */
function mendAttachments(tokens: readonly Token[], syn: SentenceSyntax): { heads: Int32Array; labels: string[] } {
  const heads = Int32Array.from(syn.heads);
  const labels = syn.labels.slice();
  const n = heads.length;
  const kids = emptyLists<number>(n);
  heads.forEach((h, d) => { if (h >= 0) kids[h]!.push(d); });
  const nominal = (i: number) => syn.tags[i] === 'NOUN' || syn.tags[i] === 'PROPN';
  const hasLabel = (h: number, label: string) => kids[h]!.some((c) => labels[c] === label);
  // Where a phrase's words begin (its own punctuation aside).
  const firstOf = (h: number): number => {
    let first = h;
    const seen = new Uint8Array(n);
    const stack = [h];
    for (let x = stack.pop(); x !== undefined; x = stack.pop()) {
      if (seen[x]) continue; // (a malformed tree's cycle)
      seen[x] = 1;
      if (x < first && tokens[x]!.pos !== 'PUNCT') first = x;
      stack.push(...kids[x]!);
    }
    return first;
  };
  const rehang = (d: number, head: number, label: string) => {
    if (heads[d]! >= 0) kids[heads[d]!] = kids[heads[d]!]!.filter((c) => c !== d);
    if (head >= 0) kids[head]!.push(d);
    heads[d] = head;
    labels[d] = label;
  };
  // The head of the noun phrase that ends right before the comma setting d's phrase off, if any.
  const phraseBeforeComma = (d: number): number | undefined => {
    const first = firstOf(d);
    if (first < 2 || tokens[first - 1]!.text !== ',') return undefined;
    let k = first - 2;
    if (!nominal(k)) return undefined;
    while (NAME_PARTS.has(labels[k]!) && heads[k]! >= 0 && heads[k]! < k) k = heads[k]!;
    return k;
  };
  // A verb made passive by "be" or "get" (or labelled so).
  const passiveVerb = (h: number) => kids[h]!.some((c) => labels[c] === 'aux:pass' || (base(labels[c]!) === 'aux' && (tokens[c]!.lemma === 'be' || tokens[c]!.lemma === 'get')));
  for (let d = 0; d < n; d++) {
    if (!nominal(d) || heads[d]! < 0) continue;
    const h = heads[d]!;
    // "The teachers' union has sued the city": a passive subject of a verb with an object and no
    // "be" or "get" to make it passive is its doer.
    // (Nor is a verb with another auxiliary and no "be": "the trust that a family business had
    // placed in him", whose object is the relative pronoun.)
    if (labels[d] === 'nsubj:pass' && !passiveVerb(h) && kids[h]!.some((c) => base(labels[c]!) === 'obj' || (base(labels[c]!) === 'aux' && c > d))) labels[d] = 'nsubj';
    // "Mikael Sund, 31, and Sund's nephew, Jonas Krell, sold": a noun phrase joined by "and"
    // is a conjunct, whatever the parse called it.
    if (labels[d] === 'list' && hasLabel(d, 'cc')) labels[d] = 'conj';
    const label = labels[d]!;
    if (label === 'conj' && h < d && !hasLabel(d, 'cc') && !kids[h]!.some((c) => labels[c] === 'conj' && hasLabel(c, 'cc'))) {
      const k = phraseBeforeComma(d);
      if (k === undefined) continue;
      // (A description after a name: in "Marie Rios, a composer of boleros, Julita Ross, an
      // author" a name after a description is the next list item.)
      if (k === h || dominatesIn(heads, d, k) || syn.tags[k] !== 'PROPN' || syn.tags[d] !== 'NOUN') continue;
      rehang(d, k, 'appos');
    } else if (label === 'appos' && h < d && syn.tags[d] === 'PROPN') {
      // "The case against the flat's tenant, Marek Zieliński, was dropped": a name set off by a
      // comma names the noun right before the comma, where the parser hung it on a noun further
      // back whose phrase holds that one.
      const k = phraseBeforeComma(d);
      if (k === undefined) continue;
      // (Not past a description in apposition: in "Marie Rios, a composer of boleros, Julita
      // Ross, an author" the name after a description is the next list item.)
      let described = labels[h] === 'appos';
      for (let x = k; x >= 0 && x !== h && !described; x = heads[x]!) described = labels[x] === 'appos';
      if (k !== h && !described && dominatesIn(heads, h, k) && syn.tags[k] === 'NOUN') rehang(d, k, 'appos');
    } else if ((label === 'parataxis' || label === 'dep') && h < d && syn.tags[h] === 'VERB' && !kids[h]!.some((c) => base(labels[c]!) === 'obj')) {
      const first = firstOf(d);
      let between = true;
      for (let i = h + 1; i < first && between; i++) if (tokens[i]!.pos === 'PUNCT' || heads[i] !== h) between = false;
      if (between) labels[d] = 'obj';
    }
  }
  const verb = (i: number) => syn.tags[i] === 'VERB';
  // The "to" or "from" of a phrase naming a party, a noun (not "to 5%").
  const partyMark = (c: number): string | null => {
    if (!/^(obl|nmod)$/.test(base(labels[c]!)) || labels[c] === 'nmod:poss' || !nominal(c)) return null;
    const mark = kids[c]!.find((x) => labels[x] === 'case' && /^(to|from)$/.test(tokens[x]!.lower));
    return mark === undefined ? null : tokens[mark]!.lower;
  };
  for (let d = 0; d < n; d++) {
    const h = heads[d]!;
    if (h < 0) continue;
    const label = labels[d]!;
    // A preposition joined by a hyphen to the word after it is part of that word ("by-election",
    // "in-house", "off-peak"), not the case of a phrase: no agent, no place.
    if (label === 'case' && hyphenatedWithNext(tokens, d)) {
      labels[d] = 'compound';
      if (labels[h] === 'obl:agent') labels[h] = 'obl';
      continue;
    }
    if (!verb(h)) continue;
    // A verb has no possessor and no noun modifier: "Appleby's has acquired" is the name's own
    // "'s" before the verb (its subject), and a noun's "by" or "with" phrase hung on a verb is
    // the verb's oblique ("had been attacked by a group" labelled nmod).
    if (label === 'nmod:poss' && d < h && !kids[h]!.some((c) => /^nsubj/.test(labels[c]!))) labels[d] = passiveVerb(h) ? 'nsubj:pass' : 'nsubj';
    else if (base(label) === 'nmod' && label !== 'nmod:poss') labels[d] = `obl${label.slice(4)}`;
  }
  for (let v = 0; v < n; v++) {
    if (!verb(v)) continue;
    const own = kids[v]!;
    // "The chef Tom Varga hired …" read with two subjects, the description and the name: one
    // participant, the name described by the noun right before it.
    // So too a name read as a second object or oblique beside the noun it follows ("was
    // interviewed by the singer Dana Holt", "Holt" an object): the name is in apposition.
    const parties = own.filter((c) => /^(nsubj|obj|iobj|obl)/.test(labels[c]!));
    for (let k = 0; k + 1 < parties.length; k++) {
      const [a, b] = [parties[k]!, parties[k + 1]!];
      if (syn.tags[a] !== 'NOUN' || syn.tags[b] !== 'PROPN' || firstOf(b) !== a + 1 || kids[b]!.some((x) => labels[x] === 'case')) continue;
      // (Not a fronted phrase with its own preposition and the subject after it: "in the 11th
      // game Ferrante handed".)
      // (Nor a fronted phrase of time with no preposition: "Last summer Bluegate borrowed".)
      if (/^nsubj/.test(labels[b]!) && (kids[a]!.some((x) => labels[x] === 'case') || /^obl:(unmarked|tmod|npmod)$/.test(labels[a]!))) continue;
      rehang(b, a, 'appos');
    }
    // An active verb has no agent: a "by" phrase after its object, an event noun, is the
    // noun's doer ("back the takeover of Dunnes & Lowe by Elmgrove Pharmacy").
    const event = own.find((c) => base(labels[c]!) === 'obj' && syn.tags[c] === 'NOUN' && isEventNoun(tokens[c]!.lemma));
    for (const c of own) {
      if (event !== undefined && !passiveVerb(v) && c > event && base(labels[c]!) === 'obl' && kids[c]!.some((x) => labels[x] === 'case' && tokens[x]!.lower === 'by')) rehang(c, event, 'nmod');
    }
    // "sold its studio complex to streaming group Brightwater Media", "borrowed two torcs
    // discovered in the 1970s from the museum", "lent two torcs, found nearby, to the museum":
    // the other party of a transfer, hung inside the description of the thing moved (on its
    // noun, or on a participle describing it), is the transfer's when its "to" or "from" is the
    // one the transfer takes (a giver's "to", a receiver's "from"); unless what it hangs on is a
    // verb taking it as well, with no comma setting it off ("lent a painting given to the city").
    const side = transferSide(verbLemma(tokens[v]!));
    const thing = own.find((c) => base(labels[c]!) === 'obj');
    if (side && thing !== undefined && !own.some((c) => partyMark(c) !== null)) {
      const mark = side === 'giver' ? 'to' : 'from';
      // (The parse may hang the participle on the verb, as a second predicate or a conjunct:
      // one with no subject or auxiliary of its own, after the thing, is the same description.)
      const described = (p: number) => p > thing && verb(p) && heads[p] === v && /^(acl|xcomp|conj|advcl)$/.test(base(labels[p]!)) && !kids[p]!.some((c) => /^(nsubj|aux|cc|mark)/.test(labels[c]!));
      const inDescription = (h: number) => h === thing || dominatesIn(heads, thing, h) || [...own].some((p) => described(p) && (h === p || dominatesIn(heads, p, h)));
      for (let d = thing + 1; d < n; d++) {
        const h = heads[d]!;
        if (partyMark(d) !== mark || isTimeNoun(tokens[d]!.lemma) || !inDescription(h)) continue;
        if (verb(h) && transferSide(verbLemma(tokens[h]!)) === side && tokens[firstOf(d) - 1]?.text !== ',') continue;
        rehang(d, v, 'obl');
        break;
      }
    }
    // A noun phrase right after an active verb with no object, with no preposition of its own,
    // is the object ("hired the chef Tom Varga", the name read as a bare oblique).
    if (own.some((c) => base(labels[c]!) === 'obj') || passiveVerb(v)) continue;
    // (A name the parser read as a bare adverbial too: "beat the qualifier Mia Okafor 6-3".)
    const bare = own.find((c) => (labels[c] === 'obl' || (labels[c] === 'obl:unmarked' && syn.tags[c] === 'PROPN')) && c > v && nominal(c) && !kids[c]!.some((x) => labels[x] === 'case') && firstOf(c) === v + 1);
    if (bare !== undefined) labels[bare] = 'obj';
  }
  for (let r = 0; r < n; r++) {
    const p = heads[r]!;
    if (p <= r || !/^(advcl|parataxis)$/.test(labels[r]!) || !REPORTING_VERBS.has(tokens[r]!.lemma)) continue;
    const inner = kids[r]!.find((d) => /^nsubj/.test(labels[d]!) && d > r && d < p);
    const outer = kids[p]!.find((d) => /^nsubj/.test(labels[d]!) && d < r);
    if (inner === undefined || outer === undefined) continue;
    rehang(outer, r, labels[outer]!);
    rehang(inner, p, labels[inner]!);
    rehang(r, heads[p]!, labels[p]!);
    rehang(p, r, 'ccomp');
  }
  return { heads, labels };
}

function dominatesIn(heads: Int32Array, a: number, d: number): boolean {
  for (let x = d, steps = 0; x >= 0 && steps <= heads.length; x = heads[x]!, steps++) if (x === a) return true;
  return false;
}

/** Token indexes ordered so that every head comes before its dependents. */
function topDown(heads: Int32Array, kids: readonly (readonly { d: number }[])[]): number[] {
  const n = heads.length;
  const out: number[] = [];
  const seen = new Uint8Array(n);
  const queue: number[] = [];
  heads.forEach((h, d) => { if (h < 0) queue.push(d); });
  while (queue.length) {
    const x = queue.shift()!;
    if (seen[x]) continue;
    seen[x] = 1;
    out.push(x);
    for (const k of kids[x]!) queue.push(k.d);
  }
  // A malformed tree (a cycle) still visits every token once.
  for (let d = 0; d < n; d++) if (!seen[d]) out.push(d);
  return out;
}

/** The same participant: one's naming words include the other's ("Khan" / "Aamir Khan"). */
export function sameParticipant(a: Participant, b: Participant): boolean {
  if (nested(a.words, b.words)) return true;
  // By a description in apposition ("Almedra" / "the provincial capital, Almedra"); but one
  // description does not make two names one ("Marie Rios, a composer" / "Sylvia Rexach, a composer").
  // Two names are one by their names, whatever describes them ("the Dutch rider Ruben de Graaf" /
  // "the Dutchman Ruben de Graaf").
  if (a.named && b.named) return nested(a.names, b.names);
  // (Loops, not two closures a call: the rules ask this of every pair of participants.)
  for (let i = 0; i < a.aliases.length; i++) {
    const x = a.aliases[i]!;
    if (x !== a.words && nested(x, b.words)) return true;
  }
  for (let i = 0; i < b.aliases.length; i++) {
    const y = b.aliases[i]!;
    if (y !== b.words && nested(a.words, y)) return true;
  }
  return false;
}

/** The same participant, allowing a synonym for its head ("the firm" / "the company"). */
export function sameOrSynonym(a: Participant, b: Participant): boolean {
  if (sameParticipant(a, b)) return true;
  if (a.named !== b.named || !mayMeanTheSame(a.headLemma, b.headLemma)) return false;
  // The heads mean the same; the other naming words must agree as for sameParticipant.
  const ra = new Set([...a.words].filter((w) => w !== a.headLemma));
  const rb = new Set([...b.words].filter((w) => w !== b.headLemma));
  return ra.size === 0 || rb.size === 0 || nested(ra, rb);
}

/** Whether two participants are told in the same words (not one inside the other, as `nested` allows). */
export function sameWords(a: Participant, b: Participant): boolean {
  return a.words.size === b.words.size && [...a.words].every((w) => b.words.has(w));
}

/** Whether the smaller of two word sets lies inside the larger. */
export function nested(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  // (No [small, big] array: the rules ask this of many pairs of participants.)
  if (a === b) return true;
  const small = a.size <= b.size ? a : b;
  const big = small === a ? b : a;
  for (const w of small) if (!big.has(w)) return false;
  return true;
}
