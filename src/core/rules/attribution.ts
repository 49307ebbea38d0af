// `attribution`: who a claim comes from. Flags a source attribution the rewrite dropped ("said
// Blinken in a statement" gone, so a claim reads as established fact), a claim moved to another
// speaker, and a reporting verb that changes the claim's standing ("reported" vs "claimed").
import { claim, hunkOfSource, q, sourceSentenceAt, sourceSentenceHolding, spanOf, textOf, type PairContext, type PairRule, type RawFinding } from '../context';
import { isContentToken, stemOf } from '../terms';
import { isAdjectiveLemma, isDirectingVerb, isEventNoun, isOfABody, isPersonNoun, isSayingVerb, isTimeNoun, lexicalRelation, mayMeanTheSame, namesOrganization, namesPeople, nounFile, samePredicate, GROUP_FILE } from '../wordnet';
import { findVerbGroups } from '../verbs';
import { CLAIM_DOCUMENTS, DECLINING_VERBS, POSSESSIVE_DETERMINERS, REPORTING_VERBS, ROLE_NOUNS, type ReportingStance } from '../lexicon';
import type { Token } from '../tokens';
import { offsetFree } from '../offsetFree';
import { quoteSpans } from '../quotes';
import { firstPersonPronoun } from '../documentVoice';
import { isHeadline, type PreparedText, type Sentence } from '../document';
import type { SentenceSyntax } from '../syntax/index';
import { syntaxOf } from '../syntax/sentenceSyntax';
import { dependentsOf, dominates, hasDependent, markedBy, ownSubject, subtreeOf } from '../syntax/tree';
import { describedBy, describedNamesIn } from '../mentions/descriptions';

interface Attribution {
  /** The reporting verb, or "according" of "according to". */
  readonly verb: number;
  /** Token indexes of the speaker. */
  readonly speaker: readonly number[];
  /** Whole attribution phrase, e.g. "said Blinken in a statement" or "Blinken said". */
  readonly first: number;
  readonly last: number;
  /** True when the phrase follows the claim ("..., said Blinken"). */
  readonly trailing: boolean;
}

const SPEAKER_POS = new Set(['PROPN', 'NOUN', 'PRON']);
/** Words of a title the tagger may read as verbs: "lead author", "managing director". */
const TITLE_WORDS = new Set(['lead', 'managing', 'acting', 'chief', 'senior', 'executive', 'former', 'deputy', 'presiding']);
const INSTITUTIONS = new Set(['government', 'ministry', 'department', 'council', 'police', 'court', 'company', 'agency',
  'committee', 'office', 'administration', 'commission', 'parliament', 'authority', 'board', 'regulator', 'prosecutor',
  'union', 'chamber', 'association', 'federation', 'society', 'institute', 'charity', 'service', 'brigade']);
/**
 * The kinds of body a speaker's words name ("board", "chamber", "union"), a company by any of its
 * words ("Kestrel Group" / "the firm"): two speakers of different kinds are different parties.
 */
function bodyKinds(tokens: readonly Token[], a: Attribution): string[] {
  return a.speaker.map((k) => tokens[k]!.lower).filter((w) => BODY_KINDS.has(w)).map(kindOfBody);
}

/** A word for a body as its kind: any word for a company is "company". */
const kindOfBody = (w: string) => COMPANY_WORDS.has(w) ? 'company' : w;

const COMPANY_WORDS = new Set(['company', 'firm', 'group', 'corporation', 'business', 'holdings']);
const BODY_KINDS = new Set([...INSTITUTIONS, ...COMPANY_WORDS, 'trust', 'club']);

/** Nouns of judging or telling whose holder an "in"/"by" phrase names ("in her view", "by the union's count"). */
const STANCE_NOUNS = new Set(['view', 'opinion', 'words', 'account', 'count', 'estimate', 'estimation', 'reckoning', 'assessment', 'judgement', 'judgment', 'telling', 'calculation', 'calculations']);

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'sir', 'dame', 'lord', 'lady', 'the']);
// "who" right before the verb is a relative clause's speaker ("a former director, who said …").
const PERSONAL = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'who']);
const INNER = new Set(['of', 'in', 'at', 'for', 'from', "'s", 'and']);

/** Where an "N-year-old" (number, hyphen, year, hyphen, old) ending at `last` starts, or -1. */
function ageDescription(tokens: readonly Token[], last: number): number {
  const w = (k: number) => tokens[k]?.lower ?? '';
  return w(last) === 'old' && w(last - 1) === '-' && /^years?$/.test(w(last - 2)) && w(last - 3) === '-' && tokens[last - 4]?.pos === 'NUM' ? last - 4 : -1;
}

function speakerRun(tokens: readonly Token[], from: number, step: 1 | -1): number[] {
  const out: number[] = [];
  // Read backwards, a determiner opens the speaker's noun phrase: only a preposition inside the
  // phrase reaches past it ("economists at the bank"), not the words of another phrase ("Last
  // year the committee warned").
  let opened = false;
  for (let k = from; k >= 0 && k < tokens.length && Math.abs(k - from) < 7; k += step) {
    const t = tokens[k]!;
    if (opened && !(t.pos === 'ADP' || INNER.has(t.lower))) break;
    opened = false;
    // "a study published on Wednesday has found": a phrase of time after the speaker, with the
    // participle it hangs on, is no part of who speaks.
    if (step === -1 && out.length === 0 && (t.pos === 'PROPN' || t.pos === 'NOUN') && isTimeNoun(t.lemma) && tokens[k - 1]?.pos === 'ADP') {
      k -= /ed$/.test(tokens[k - 2]?.lower ?? '') && tokens[k - 2]!.pos === 'VERB' ? 2 : 1;
      continue;
    }
    // "The 54-year-old had claimed": a person described by age is a speaker.
    const age = ageDescription(tokens, step === -1 ? k : k + 4);
    if (age >= 0) {
      for (let a = age; a <= age + 4; a++) out.push(a);
      k = step === -1 ? age : age + 4;
      continue;
    }
    // A capitalised word inside a sentence is part of a name whatever its tag ("Fiona Grant").
    const nameLike = /^\p{Lu}/u.test(t.text) && k > 0 && t.isWord;
    // (An owner's bare mark after a plural joins the owner to the phrase: "farmers' leader Gethin Pugh".)
    // (Not a quotation mark: the owner's mark closes the word before it and stands before a space.)
    if (/^['’]$/.test(t.text) && out.length > 0 && tokens[k - 1]?.end === t.start && /s$/i.test(tokens[k - 1]!.text) && tokens[k + 1]?.start !== t.end) continue;
    // (So is the hyphen inside a double-barrelled one: "Ngozi Okonkwo-Hale".)
    if (t.text === '-' && out.length > 0 && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end && /^\p{Lu}/u.test(tokens[k - step]?.text ?? '')) continue;
    // (And an ampersand between two names' words, "Carrick & Dune".)
    if (t.text === '&' && out.length > 0 && /^\p{Lu}/u.test(tokens[k - step]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + step]?.text ?? '')) continue;
    // A personal pronoun right next to the verb is its speaker, unnamed ("…, it said"); "that",
    // "which" and a pronoun further away belong to the claim.
    const pronoun = t.pos === 'PRON';
    // (Read forwards, an owner's determiner opens the speaker's phrase as an article does: "…,
    // said its chief executive, Ruairí Mac Gearailt".)
    if (pronoun && step === 1 && out.length === 0 && POSSESSIVE_DETERMINERS.has(t.lower) && /^(NOUN|PROPN|ADJ)$/.test(tokens[k + 1]?.pos ?? '')) continue;
    if (pronoun && !(k === from && PERSONAL.has(t.lower))) break;
    if ((SPEAKER_POS.has(t.pos) || nameLike) && t.lower !== 'that' && t.lower !== 'which') {
      out.push(k);
      if (pronoun) break;
    }
    // Read backwards from a trailing verb, a preposition inside the speaker's noun phrase joins
    // it to its head ("shopkeepers on Skarra warned", "economists at the bank said").
    else if (t.pos === 'DET' && step === -1 && out.length > 0) opened = true;
    // (So does a participle describing the noun after it: "returning officer", "acting chair".)
    else if (t.pos === 'DET' || t.pos === 'ADJ' || /^\p{Lu}\.?$/u.test(t.text) || ((INNER.has(t.lower) || (step === -1 && t.pos === 'ADP')) && out.length > 0) || TITLE_WORDS.has(t.lower) ||
      (step === 1 && t.pos === 'VERB' && /ing$/.test(t.lower) && tokens[k + 1]?.pos === 'NOUN')) continue;
    else break;
  }
  return out.sort((a, b) => a - b);
}

/** The dependents that are part of a speaker named by a subject: its name, describers, owner and appositive. */
const SUBJECT_PARTS = /^(compound|flat|fixed|amod|nmod:poss|nmod:desc|appos)$/;
/** ...and by a passive's agent, with its noun modifiers too (see parsedSpeaker). */
const AGENT_PARTS = /^(compound|flat|fixed|amod|nmod(:poss|:desc)?|appos)$/;

/**
 * The speaker the parse gives a reporting verb: its subject, or the agent of a passive one
 * ("cases have been confirmed by health authorities"), with the words of its name and of its
 * appositive at any depth ("Hanna Berg, Norvik's chief executive since 2019, said"); relative
 * clauses are left out ("Greystone, which is based in Leeds, said" is Greystone's statement).
 * An empty list when the verb is passive with no agent (no one is named), null when the parse
 * has no nominal subject for it.
 */
function parsedSpeaker(tokens: readonly Token[], syntax: SentenceSyntax, verb: number): number[] | null {
  const passive = hasDependent(syntax, verb, /^aux:pass$/);
  // (Not the opening words of a quotation split around its tag the parse made a second subject.)
  let subject = ownSubject(syntax, verb, passive ? /^obl:agent$/ : /^nsubj(:pass)?$/);
  if (passive && subject < 0) return [];
  // "Early reviewers praised its speed but said …": a conjoined verb shares its first verb's subject.
  // So does a participle clause ("Harlow sued Brightlane, claiming that …").
  const sharesSubject = syntax.labels[verb] === 'conj' || (syntax.labels[verb] === 'advcl' && /ing$/.test(tokens[verb]!.lower));
  if (subject < 0 && sharesSubject && /^(VERB|AUX)$/.test(syntax.tags[syntax.heads[verb]!] ?? '')) return parsedSpeaker(tokens, syntax, syntax.heads[verb]!);
  // "Greystone, which is based in Leeds, said …" is sometimes parsed with the name as the
  // sentence's head and the verb hanging from it: the name is then the subject.
  const h = syntax.heads[verb]!;
  if (subject < 0 && h >= 0 && h < verb && /^(parataxis|conj|appos|dep|acl)$/.test(syntax.labels[verb]!) &&
    (syntax.tags[h] === 'PROPN' || syntax.tags[h] === 'NOUN')) subject = h;
  // "… from a former finance director, who said …": a relative clause's speaker is the noun it describes.
  if (subject >= 0 && /^(who|that|which)$/.test(tokens[subject]!.lower) && syntax.labels[verb] === 'acl:relcl' && /^(NOUN|PROPN)$/.test(syntax.tags[h] ?? '')) subject = h;
  if (subject < 0 || tokens[subject]!.pos === 'PRON' || syntax.tags[subject] === 'PRON') return null;
  const members = [subject];
  // (A passive's agent, after the verb, takes its noun modifiers too, "warned by regulators in
  // the Teral Union", which an active subject has from the words before its verb.)
  for (let i = 0; i < members.length; i++) {
    for (const d of dependentsOf(syntax, members[i]!, passive ? AGENT_PARTS : SUBJECT_PARTS)) {
      if (Math.abs(d - subject) < 12) members.push(d);
    }
  }
  // (So does a place phrase the parse hung on the verb right after the agent: "by regulators in
  // the Varden Union".)
  if (passive) {
    const end = Math.max(...members);
    for (const d of dependentsOf(syntax, verb, /^obl$/)) {
      const mark = dependentsOf(syntax, d, /^case$/)[0];
      if (mark !== end + 1 || !/^(in|of|from|at)$/.test(tokens[mark]!.lower) || isTimeNoun(tokens[d]!.lemma) || syntax.tags[d] === 'NUM') continue;
      members.push(d, ...dependentsOf(syntax, d, /^(compound|flat|amod)$/));
    }
  }
  return members.filter((k) => tokens[k]!.isWord).sort((a, b) => a - b);
}

/**
 * The speaker of a leading reporting verb, from the words before it and the parse. The words
 * may be a relative clause or an appositive's tail ("Greystone, which is based in Leeds,
 * said"): where they and the parse disagree, the parse is right; where they overlap, together
 * they hold the whole name ("Kent County Circuit Court Judge").
 */
function leadingSpeaker(before: number[], parsed: number[] | null, verb: number, passive: boolean): number[] {
  // A leading verb's subject stands before it: a "subject" after it is a misparse of the claim.
  // (A passive verb's agent comes after it: "Customers were urged by the water company to …".)
  if (parsed === null || (parsed.some((k) => k > verb) && !passive)) return before;
  return before.length && parsed.some((k) => before.includes(k)) ? [...new Set([...parsed, ...before])].sort((a, b) => a - b) : parsed;
}

/**
 * "…, with the chamber warning that shops could lose trade": a reporting verb's -ing form
 * before "that" and a clause, which the tagger may read as the noun ("a warning"); either way
 * the clause is the speaker's.
 */
function reportingIngBeforeClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || tokens[i + 1]?.lower !== 'that' || !/ing$/.test(t.lower)) return false;
  const stem = t.lower.slice(0, -3);
  return [stem, stem + 'e', stem.replace(/(.)\1$/, '$1')].some((v) => REPORTING_VERBS.has(v));
}

/**
 * A sentence's attributions, by its offset-free token list (they hold token indices; the reading
 * compares no offsets): the rule reads both sentences of every pair, and a source sentence's
 * again for each rewrite sentence paired with it. Read with a parse, they are kept with the parse
 * they read (null when the reading never asked for it), and reused only with that same parse.
 */
const attributionsOf = new WeakMap<readonly Token[], { plain?: readonly Attribution[]; parsed?: { found: readonly Attribution[]; syntax: SentenceSyntax | null } }>();

export function findAttributions(tokens: readonly Token[], syntax?: () => SentenceSyntax): readonly Attribution[] {
  const own = offsetFree(tokens);
  let known = attributionsOf.get(own);
  if (!known) attributionsOf.set(own, (known = {}));
  if (!syntax) return (known.plain ??= readAttributions(tokens));
  // (A reading that asked for the parse asks for it again, at the same point: asking here first
  // parses nothing it would not.)
  const parsed = known.parsed;
  if (parsed && (parsed.syntax === null || parsed.syntax === syntax())) return parsed.found;
  let read: SentenceSyntax | null = null;
  const found = readAttributions(tokens, () => (read ??= syntax()));
  known.parsed = { found, syntax: read };
  return found;
}

function readAttributions(tokens: readonly Token[], syntax?: () => SentenceSyntax): Attribution[] {
  const out: Attribution[] = [];
  tokens.forEach((t, i) => {
    // "Szőke: “I had to sit down”", "Her Instagram post: “We fought …”": a label opening the
    // sentence, then a colon before a quotation, gives the quotation to whom it names (to a
    // record's owner: "Her Instagram post" is hers).
    if (t.text === ':' && /^["“‘]$/.test(tokens[i + 1]?.text ?? '')) {
      // (Past a script's note on how it is heard: "PRYCE (clip): “This is …”".)
      const note = tokens[i - 1]?.text === ')' ? tokens.slice(0, i - 1).map((x) => x.text).lastIndexOf('(') : -1;
      let label = speakerRun(tokens, (note > 0 && i - 1 - note <= 4 ? note : i) - 1, -1);
      // (A name, then a description of it after a comma: "Fiona Marsh, the council's head of
      // environmental health: “…”".)
      const comma = tokens.findIndex((x) => x.text === ',');
      if (label[0] !== 0 && comma > 0 && comma < i - 2 && !tokens.slice(comma + 1, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || /^[,;"“”]$/.test(x.text))) {
        const name = speakerRun(tokens, comma - 1, -1);
        if (name[0] === 0 && tokens[0]!.pos === 'PROPN') label = [...name, ...Array.from({ length: i - comma - 1 }, (_v, n) => comma + 1 + n).filter((k) => tokens[k]!.isWord)];
      }
      const owner = label.length > 0 && Math.min(...label) === 1 && POSSESSIVE_DETERMINERS.has(tokens[0]!.lower) && tokens[i - 1]!.pos === 'NOUN';
      if (owner) out.push({ verb: i, speaker: [0], first: 0, last: i, trailing: false });
      else if (label.length > 0 && label[0] === 0) out.push({ verb: i, speaker: label, first: 0, last: i, trailing: false });
      return;
    }
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      let speaker = speakerRun(tokens, i + 2, 1);
      // The parse knows the source's noun when the tokenizer took it for a verb ("according to
      // figures published on Friday"): "according" hangs from it.
      const phraseHead = syntax && !speaker.length ? syntax().heads[i]! : -1;
      if (phraseHead > i + 1 && phraseHead <= i + 4) speaker = [phraseHead];
      if (!speaker.length) speaker = [i];
      // (With the name in apposition: "according to Corvane's chief executive, Marcus Ibáñez".)
      const end = Math.max(...speaker);
      // (Closed by a comma or the sentence's end: "According to court documents, Kiprono paid"
      // names the clause's subject.)
      if (speaker[0] !== i && tokens[end + 1]?.text === ',' && tokens[end + 2]?.pos === 'PROPN') {
        let k = end + 2;
        while (k < tokens.length && tokens[k]!.pos === 'PROPN') k++;
        if (k >= tokens.length || /^[,.;)]$/.test(tokens[k]!.text)) speaker = [...speaker, ...Array.from({ length: k - end - 2 }, (_v, n) => end + 2 + n)];
      }
      out.push({ verb: i, speaker, first: i, last: Math.max(...speaker), trailing: i > tokens.length / 2 });
      return;
    }
    // "In the view of Chief Constable Mara Delaney, …", "in Delaney's view", "in his view", "in
    // the words of the prosecutor", "by the organisers' count": a phrase of "in" or "by" around
    // a noun of judging or telling names whose claim the clause gives.
    if (STANCE_NOUNS.has(t.lower)) {
      const opens = (k: number) => /^(in|by)$/.test(tokens[k]?.lower ?? '');
      const trailing = i > tokens.length / 2;
      if (tokens[i - 1]?.lower === 'the' && opens(i - 2) && tokens[i + 1]?.lower === 'of') {
        const speaker = speakerRun(tokens, i + 2, 1);
        if (speaker.length) return void out.push({ verb: i, speaker, first: i - 2, last: Math.max(...speaker), trailing });
      }
      // (The possessive pronoun is the holder, as "he said" has him.)
      if (opens(i - 2) && POSSESSIVE_DETERMINERS.has(tokens[i - 1]?.lower ?? '')) return void out.push({ verb: i, speaker: [i - 1], first: i - 2, last: i, trailing });
      if (/^['’]s?$/.test(tokens[i - 1]?.text ?? '')) {
        const speaker = speakerRun(tokens, i - 2, -1);
        // (Past the owner's article: "by the organisers' count".)
        let first = Math.min(...speaker) - 1;
        if (tokens[first]?.pos === 'DET') first--;
        if (speaker.length && opens(first)) return void out.push({ verb: i, speaker, first, last: i, trailing });
      }
    }
    // "For the National Union of Journalists, the job losses were a blow": a party fronted by
    // "for" before a comma is whose judgement the clause gives (not "For the first time, …",
    // which names no one).
    if (i === 0 && t.lower === 'for') {
      const speaker = speakerRun(tokens, 1, 1);
      const last = speaker.length ? Math.max(...speaker) : -1;
      const party = speaker.some((k) => { const w = tokens[k]!; return (/^\p{Lu}/u.test(w.text) && !isTimeNoun(w.lemma)) || BODY_KINDS.has(w.lower) || isPersonNoun(w.lemma); });
      if (party && tokens[last + 1]?.text === ',') out.push({ verb: i, speaker, first: i, last, trailing: false });
      return;
    }
    // "The insurer's position is that …", "Her view was that …": a possessed noun whose
    // predicate is a "that" clause gives that clause as its possessor's claim.
    if (t.pos === 'NOUN' && tokens[i + 1]?.lemma === 'be' && tokens[i + 2]?.lower === 'that') {
      let owner = i - 1;
      while (owner > 0 && (tokens[owner]!.pos === 'ADJ' || tokens[owner]!.pos === 'NOUN')) owner--;
      const speaker = /^['’]s?$/.test(tokens[owner]?.text ?? '') ? speakerRun(tokens, owner - 1, -1)
        : tokens[owner]?.pos === 'PRON' && tokens[owner]!.lower !== tokens[owner]!.lemma ? [owner] : [];
      if (speaker.length) out.push({ verb: i, speaker, first: Math.min(...speaker), last: i + 2, trailing: false });
      return;
    }
    // "“About value, not loyalty” was how the committee's chair, Maud Ellery, summed up the
    // decision": a claim told as the way someone put it, by a verb of telling after "was how"
    // (the speaker its subject, before it).
    if (t.lower === 'how' && tokens[i - 1]?.lemma === 'be' && i >= 2) {
      let v = i + 1;
      while (v < tokens.length && v <= i + 12 && tokens[v]!.pos !== 'VERB') v++;
      const telling = tokens[v] && (isSayingVerb(tokens[v]!.lemma) || isSayingVerb(`${tokens[v]!.lemma}_${tokens[v + 1]?.lower ?? ''}`));
      const speaker = telling ? speakerRun(tokens, i + 1, 1) : [];
      // (With the name in apposition after it: "the chair, Maud Ellery, 58,".)
      const named = tokens.slice(i + 1, v).flatMap((x, k) => x.pos === 'PROPN' ? [i + 1 + k] : []);
      if (speaker.length) {
        let last = tokens.length - 1;
        while (last > v && !tokens[last]!.isWord) last--;
        return void out.push({ verb: v, speaker: [...new Set([...speaker, ...named])].sort((a, b) => a - b), first: i - 1, last, trailing: true });
      }
    }
    // "called the agreement 'a model for the region'": naming a thing in someone's words reports them.
    // (So does naming it with a noun phrase of one's own: "the changes, which the operator calls
    // its biggest overhaul in 15 years", "called the plan a disaster": two noun phrases.)
    const namesIt = () => {
      if (!syntax) return false;
      const syn = syntax();
      // (The second phrase may be read as an unmarked oblique, "called it less than two weeks of
      // profit"; not a time, "called off 400 operations last winter", nor after a particle.)
      if (hasDependent(syn, i, /^compound:prt$/)) return false;
      const nominals = dependentsOf(syn, i, /^(obj|xcomp|iobj|obl:unmarked)$/).filter((d) => /^(NOUN|PROPN|PRON)$/.test(syn.tags[d]!) &&
        !(syn.labels[d] === 'obl:unmarked' && isTimeNoun(tokens[d]!.lemma) && !hasDependent(syn, d, /^nmod/)));
      return nominals.length >= 2 && nominals.some((d) => d > i && syn.tags[d] === 'NOUN');
    };
    const calling = t.pos === 'VERB' && t.lemma === 'call';
    const naming = calling && namesIt();
    const callsIt = calling && (naming || tokens.slice(i + 1, i + 8).some((x) => /^["“‘]$/.test(x.text)));
    // (The word tagger may take the verb for a noun where the parser's tagger, reading the whole
    // sentence, does not: "Figures published on Monday show that …", "…, figures … show.")
    const reports = REPORTING_VERBS.has(t.lemma) && (t.pos === 'VERB' || (t.pos === 'NOUN' && !!syntax && syntax().tags[i] === 'VERB'));
    if (!reports && !callsIt && !reportingIngBeforeClause(tokens, i) && !saysThat(tokens, syntax, i)) return;
    // ("will report to the deputy prime minister": answering to someone, nothing said.)
    if (reports && answersTo(tokens, syntax, i)) return;
    // ("worth a reported £900,000", "the alleged fraud": after an article the participle
    // describes the noun; the claim is passed on from no one, as "reportedly" passes it on.)
    if (/^(a|an|the)$/.test(tokens[i - 1]?.lower ?? '') && /ed$/.test(t.lower)) return;
    // "X said" / "said X": the speaker sits next to the verb; "..., saying" has it elsewhere.
    let b = i - 1;
    while (b >= 0 && (tokens[b]!.pos === 'AUX' || tokens[b]!.pos === 'ADV')) b--;
    let before = speakerRun(tokens, b, -1);
    // "Greenline Coaches, which operates it, had said": the speaker before a relative clause
    // set off by commas.
    // (The parse may take a name inside that clause for the verb's subject: "Quiet Skies, which
    // represents residents of Ashby Vale, says" is Quiet Skies' claim.)
    let relative: readonly [number, number] | undefined;
    if (before.length === 0 && tokens[b]?.text === ',') {
      for (let k = b - 1; k >= 0 && b - k <= 10; k--) {
        if (tokens[k]!.text !== ',') continue;
        if (/^(which|who)$/.test(tokens[k + 1]?.lower ?? '')) {
          before = speakerRun(tokens, k - 1, -1);
          relative = [k + 1, b - 1];
        }
        break;
      }
    }
    // "Dr Ines Carvalho, the lead author, said": the speaker and an appositive between commas.
    // (After a coordinator they are the speaker whatever the parse hung them on: "Shares gained
    // 7%, and Marcus Bell, an analyst at Kestrel, said".)
    let namedBeside = false;
    // (Not before a participle, whose comma closes its clause's object: "They dismissed the
    // criticism, saying …" is their claim, not the criticism's.)
    if (before.length === 0 && b === i - 1 && tokens[b]?.text === ',' && !/ing$/.test(t.lower)) {
      // (An age in commas is the speaker's too: "The German, 31, said".)
      const age = tokens[b - 1]?.pos === 'NUM' && tokens[b - 2]?.text === ',' ? speakerRun(tokens, b - 3, -1) : [];
      const appositive = age.length ? age : speakerRun(tokens, b - 1, -1);
      let comma = appositive.length ? Math.min(...appositive) - 1 : -1;
      // (Its describing words are the appositive's: "the chief executive", "the former head".)
      while (comma >= 0 && (tokens[comma]!.pos === 'DET' || tokens[comma]!.pos === 'ADJ')) comma--;
      const name = !age.length && comma >= 0 && tokens[comma]!.text === ',' ? speakerRun(tokens, comma - 1, -1) : [];
      // "Judge Miriam Osei, passing sentence at Penhallow Crown Court, said": an aside opened by a
      // participle is no appositive; the speaker is the name before its opening comma.
      const aside = comma >= 1 && tokens[comma]!.pos === 'VERB' && /(ing|ed)$/.test(tokens[comma]!.lower) && tokens[comma - 1]!.text === ',';
      before = aside ? speakerRun(tokens, comma - 2, -1) : [...name, ...appositive];
      namedBeside = !aside && name.length > 0;
      // A second appositive in: "Lindiwe Carrow, project manager for the developer, Northsea
      // Arclight, said": the name is before the first comma.
      // (Only after a description: "In Oslo, Dr Ines Carvalho, the lead author, said" has its name.)
      if (!aside && name.length && !name.some((k) => tokens[k]!.pos === 'PROPN')) {
        let open = Math.min(...name) - 1;
        while (open >= 0 && tokens[open]!.pos === 'DET') open--;
        // (Not a noun closing a phrase of the claim's: "… on a 14-day Baltic voyage, the ship's
        // operator, Seaborne Lines, said" names the operator alone.)
        const first = open >= 1 && tokens[open]!.text === ',' ? speakerRun(tokens, open - 1, -1) : [];
        let opener = first.length ? Math.min(...first) - 1 : -1;
        while (opener >= 0 && (/^(DET|ADJ|NUM)$/.test(tokens[opener]!.pos) || tokens[opener]!.text === '-')) opener--;
        if (first.length && !(opener >= 0 && /^(ADP|VERB)$/.test(tokens[opener]!.pos))) before = [...first, ...before];
      }
    }
    const after = speakerRun(tokens, i + 1, 1).filter((k) => k <= i + 5);
    const prev = tokens[i - 1];
    // "..., said Blinken (in a statement)." ends the sentence; in "X, the lead author, said
    // larger trials were needed" the words after the verb start the reported clause.
    // (A participle describing the speaker is the speaker's phrase, not a clause: "…, alleges a
    // lawsuit filed in the High Court on Wednesday.")
    let speakerEnd = after.length ? Math.max(...after) : -1;
    if (speakerEnd >= 0 && syntax && syntax().labels[speakerEnd + 1] === 'acl' && after.includes(syntax().heads[speakerEnd + 1]!)) {
      speakerEnd = Math.max(...subtreeOf(syntax(), speakerEnd + 1));
    }
    const afterSpeaker = after.length ? tokens[speakerEnd + 1] : undefined;
    // (So does an owner's mark after it with a verb to come: in "X, said residents' safety must
    // come first" the owner opens the claim's subject; "…, said residents' association chair Jo
    // Hill." names a speaker.)
    const ownerOpensClause = !!afterSpeaker && /^['’]s?$/.test(afterSpeaker.text) && tokens.slice(speakerEnd + 2).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    const opensClause = !!afterSpeaker && (afterSpeaker.pos === 'AUX' || afterSpeaker.pos === 'VERB' || ownerOpensClause);
    // A trailing attribution closes the sentence: at most a short tail ("in a statement on Monday").
    const tail = after.length ? tokens.slice(speakerEnd + 1).filter((x) => x.isWord).length : Infinity;
    // A comma after the speaker closes the attribution however long the sentence goes on
    // ("…, said park manager Denise Alvarado, with saplings already waist-high").
    const closedByComma = afterSpeaker?.text === ',';
    // A participle never takes its speaker after it: what follows "…, adding" is what it adds
    // ("…, adding capacity of 1.5 million meals"), not who said so.
    const participle = /ing$/.test(t.lower);
    // (Not when the parse gives the verb a subject before it and a thing after it: "Corrie &
    // Blythe, which has 34 shops, reported a loss".)
    // (A name or a person after the verb is the speaker whatever the parse: "…, said Blinken".)
    const subjectBefore = !!syntax && dependentsOf(syntax(), i, /^nsubj/).some((d) => d < i) &&
      !after.some((k) => tokens[k]!.pos === 'PROPN' || isPersonNoun(tokens[k]!.lemma));
    // (Nor the hearer after "told", which never inverts: "…, PC Ruth Adeyemi told the court.")
    const hearer = t.lemma === 'tell' || (!!syntax && after.some((k) => syntax().heads[k] === i && syntax().labels[k] === 'iobj'));
    // (Nor one more act in a list of them, with a thing for its object: "builders have replaced
    // the roof, added a lift and created three rooms".)
    const listedAct = !!syntax && syntax().labels[i] === 'conj' && dependentsOf(syntax(), i, /^obj$/).some((d) => after.includes(d)) &&
      !after.some((k) => tokens[k]!.pos === 'PROPN' || isPersonNoun(tokens[k]!.lemma));
    const inverted = !!prev && /^[,"”’']$/.test(prev.text) && after.length > 0 && !opensClause && !participle && (tail <= 6 || closedByComma) && !subjectBefore && !hearer && !listedAct;
    // "…, prosecutor Rachel Ingham told the court.": a speaker set off by a comma after the
    // claim, and a verb with at most a short tail (its audience, a time) closing the sentence.
    let openAt = before.length ? Math.min(...before) - 1 : -1;
    // (An owner's determiner opens the phrase as an article does: "…, its operator, Seaborne Lines, said".)
    while (openAt >= 0 && (tokens[openAt]!.pos === 'DET' || POSSESSIVE_DETERMINERS.has(tokens[openAt]!.lower))) openAt--;
    const tailAfterVerb = tokens.slice(i + 1).filter((x) => x.isWord).length;
    const closing = !inverted && !participle && openAt > 0 && /^[,"”’']$/.test(tokens[openAt]!.text) && tailAfterVerb <= 4 &&
      tokens.slice(0, openAt).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    const trailing = inverted || closing;
    // Words after a leading verb are the claim or its audience ("told parents"), not the speaker.
    // A trailing "…, said Dr Martin Ross." names its speaker right after the verb.
    const parsed = syntax ? parsedSpeaker(tokens, syntax(), i) : null;
    const insideRelative = !!relative && !!parsed?.length && parsed.every((k) => k >= relative![0] && k <= relative![1]);
    // (A name and its appositive opening a clause after a coordinator are that clause's subject.)
    const elsewhere = namedBeside && tokens[openAt]?.pos === 'CCONJ' && !!parsed && !parsed.some((k) => before.includes(k));
    const speaker = inverted ? after : closing ? before : leadingSpeaker(before, insideRelative || elsewhere ? null : parsed, i, !!syntax && hasDependent(syntax(), i, /^aux:pass$/));
    // A leading reporting verb introduces a claim: "that", a quotation or a clause with its own
    // verb follows. "reported a pre-tax profit of £84.6 million" or "the deal, announced on
    // Tuesday, ..." report no one's claim.
    // (Calling a thing something, in quotation marks or in a noun phrase, is the claim itself.)
    const named = callsIt && (naming || (!!syntax && hasDependent(syntax(), i, /^obj$/)));
    if (!trailing && !named && !introducesClaim(tokens, i, syntax?.())) return;
    // (Nor a participle describing a noun in a phrase, "under a deal announced on Monday":
    // whoever stands before the phrase did not announce anything here. A speaker's noun with
    // "said" hung on it is a misparse of its verb: "the companies said".)
    // (Nor one describing a thing that is another clause's subject, "The ship, found in 2019, is
    // thought to be 600 years old": what follows is that clause's, not the participle's claim.
    // A person so described may be a speaker the parse misread: "the director added, …".)
    const described = syntax ? syntax().heads[i]! : -1;
    const thingSubject = described >= 0 && syntax!().tags[described] === 'NOUN' && !namesPeople(tokens[described]!.lemma) && /^nsubj/.test(syntax!().labels[described]!);
    if (!trailing && syntax && syntax().labels[i] === 'acl' && !hasDependent(syntax(), i, /^(nsubj|ccomp)/) && (describesAThing(tokens, syntax(), described, i) || thingSubject)) return;
    // "Neither company would comment", "did not say when": a speaker who declined to speak
    // reports no claim, so there is none to drop.
    if (syntax && declined(tokens, syntax(), i)) return;
    // "..., saying ..." attributes to the clause's subject; other verbs need a visible speaker.
    if (!speaker.length && !(/ing$/.test(t.lower) && prev?.text === ',' && /^(say|add|tell|note|warn)$/.test(t.lemma))) return;
    let last = trailing ? tokens.length - 1 : i;
    while (last > i && !tokens[last]!.isWord) last--;
    const first = trailing || !speaker.length ? i : Math.min(...speaker);
    out.push({ verb: i, speaker, first, last: trailing ? last : i, trailing });
  });
  if (syntax) out.push(...actsSetOutInARecord(tokens, syntax, out));
  return out;
}

/** Verbs that take a claim as their own stance on it, over a gerund as over a clause: "denied causing", "admitted taking". */
const STANCE_VERBS = new Set(['deny', 'admit', 'acknowledge', 'concede', 'dispute', 'reject']);

/** The words that open a record's phrase: "in a statement", "in its filing", "in an interview". */
const RECORD_OPENERS = /^(a|an|the|its|his|her|their|our)$/;

/**
 * "In a statement, the company put the rise down to fuel prices", "Harlow set out her case in a
 * letter to staff": an act its doer set out in a record of speech (a statement, a letter, an
 * interview: a noun of communication) tells the doer's claim, whatever the verb. The record's
 * phrase hangs on the verb; the doer is its subject, a person or a body.
 */
function actsSetOutInARecord(tokens: readonly Token[], syntax: () => SentenceSyntax, found: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || nounFile(t.lemma) !== 10 || namesPeople(t.lemma)) continue;
    let k = i - 1;
    while (k > 0 && tokens[k]!.pos === 'ADJ') k--;
    if (!RECORD_OPENERS.test(tokens[k]!.lower) || tokens[k - 1]?.lower !== 'in') continue;
    const syn = syntax();
    const verb = syn.heads[i]!;
    if (verb < 0 || syn.labels[i] !== 'obl' || syn.tags[verb] !== 'VERB' || found.some((a) => a.verb === verb) || out.some((a) => a.verb === verb)) continue;
    const subject = ownSubject(syn, verb, /^nsubj$/);
    if (subject < 0) continue;
    const doer = tokens[subject]!;
    const speaks = doer.pos === 'PROPN' || syn.tags[subject] === 'PROPN' || (doer.pos === 'PRON' && PERSONAL.has(doer.lower) && doer.lower !== 'who') ||
      (doer.pos === 'NOUN' && (isPersonNoun(doer.lemma) || namesPeople(doer.lemma) || BODY_KINDS.has(doer.lemma) || namesOrganization(doer.lemma)));
    if (!speaks) continue;
    const speaker = doer.pos === 'PRON' ? [subject] : parsedSpeaker(tokens, syn, verb) ?? [subject];
    // (The record's phrase is part of the attribution where it opens the sentence: "In a statement, the company …".)
    out.push({ verb, speaker, first: Math.min(k - 1, verb, ...speaker), last: verb, trailing: false });
  }
  return out;
}

/**
 * A verb of thinking or telling with a "that" clause of its own ("complained that the decision
 * was harsh", "admitted the decision had been harsh"): beyond the listed reporting verbs, the
 * clause is its subject's claim.
 */
function saysThat(tokens: readonly Token[], syntax: (() => SentenceSyntax) | undefined, i: number): boolean {
  const t = tokens[i]!;
  // (Or a word the tagger reads as a noun before "that", which the parse reads as the verb:
  // "Officials estimate that around 2,300 ballot papers were rejected".)
  const verb = t.pos === 'VERB' || (t.pos === 'NOUN' && tokens[i + 1]?.lower === 'that');
  if (!verb || !syntax || !isSayingVerb(t.lemma)) return false;
  const syn = syntax();
  if (t.pos === 'NOUN' && syn.tags[i] !== 'VERB') return false;
  // Someone says it: a subject that can speak (a name, a pronoun, people, a body, a report),
  // not a thing ("The new cap means a typical household will be charged £1,652").
  // (A participle clause's is the subject of the clause it hangs from: "The result leaves the
  // Conservatives with 27 seats, meaning they no longer have a majority".)
  const governor = syn.heads[i]!;
  const subject = dependentsOf(syn, i, /^nsubj/)[0] ?? (/ing$/.test(t.lower) && governor >= 0 && /^(advcl|acl|xcomp|conj)/.test(syn.labels[i]!) ? dependentsOf(syn, governor, /^nsubj/)[0] : undefined);
  const l = subject === undefined ? '' : tokens[subject]!.lemma;
  if (subject !== undefined && syn.tags[subject] === 'NOUN' && !(isPersonNoun(l) || namesPeople(l) || BODY_KINDS.has(l) || findingSource(l) || CLAIM_DOCUMENTS.has(l))) return false;
  // (A verb of consequence, "entail, imply, mean", tells a claim only of someone who means it:
  // "The decision means that four libraries will cut their hours" is what follows, not a report.)
  if (subject !== undefined && syn.tags[subject] === 'NOUN' && !(isPersonNoun(l) || namesPeople(l) || BODY_KINDS.has(l)) && mayMeanTheSame(t.lemma, 'entail')) return false;
  // The clause starts right after the verb ("that", or its subject): not a question ("decide
  // whether", "investigates how") nor a clause after an object ("praised the patience her side
  // had shown").
  return dependentsOf(syn, i, /^ccomp$/).some((c) => c > i && Math.min(...subtreeOf(syn, c)) === i + 1 &&
    (tokens[i + 1]!.lower === 'that' || (dependentsOf(syn, c, /^nsubj/).length > 0 && !WH_WORDS.has(tokens[i + 1]!.lower) && !/^(whether|if)$/.test(tokens[i + 1]!.lower))));
}

/**
 * "Fisk will report to Mbeki-Strand", "reports to the board": "report" in the active with a "to"
 * phrase right after it and nothing reported (no object, clause or quotation) tells whom
 * someone answers to. (Not "wrote to Larkspur alleging that …", which says something.)
 */
export function answersTo(tokens: readonly Token[], syntax: (() => SentenceSyntax) | undefined, i: number): boolean {
  if (tokens[i]!.lemma !== 'report' || tokens[i + 1]?.lower !== 'to' || !syntax || tokens.some((t) => /^["“”]$/.test(t.text))) return false;
  const syn = syntax();
  // (Nor one whose governing verb has a clause of its own beside it, which may be what is said.)
  const governor = syn.heads[i] ?? -1;
  return !hasDependent(syn, i, /^(obj|ccomp|xcomp|advcl|parataxis|aux:pass)$/) && (governor < 0 || !hasDependent(syn, governor, /^(ccomp|parataxis)$/));
}

/** Words that open a question ("how the breach happened"), which reports no claim. */
const WH_WORDS = new Set(['how', 'what', 'why', 'when', 'where', 'who', 'which']);

const PERSON_PRONOUNS = new Set(['he', 'she']);
/** The word at `k` owns what follows it: a possessive marker comes next ("Marenza's", "the residents'"). */
const ownsNext = (tokens: readonly Token[], k: number) => /^['’]s?$/.test(tokens[k + 1]?.text ?? '');

/** A speaker who is only "he" or "she". */
const heOrShe = (tokens: readonly Token[], a: Attribution) => a.speaker.length === 1 && PERSON_PRONOUNS.has(tokens[a.speaker[0]!]!.lower);

/**
 * The words of the person the source named as the speaker of the sentence just before the
 * one with the pronoun's reporting verb ("Halvdan said …. He described the atmosphere …"); undefined when
 * that sentence has no named speaker, or two (no telling which one the pronoun means).
 */
function lastNamedSpeaker(ctx: PairContext, verb: number): string[] | undefined {
  // The source sentence of the pair that holds the pronoun's verb, and the one before it.
  const own = sourceSentenceAt(ctx, verb);
  return namedSpeakerIn(own ? ctx.source.sentences[own.index - 1] : undefined);
}

/** The words of the one speaker a sentence names (a name, not a pronoun), if it names just one. */
function namedSpeakerIn(before: Sentence | undefined): string[] | undefined {
  if (!before) return undefined;
  // ("He" is the person, not the body a possessor names: "Harrowgate's chief executive, Owain
  // Prydderch" is not "Harrowgate".)
  const owner = (k: number) => ownsNext(before.tokens, k);
  // (With the name told beside the speaker's phrase: "said Pebblebrook's chief executive, Dagny
  // Halvorsen" is Halvorsen.)
  const speakers = findAttributions(before.tokens).filter((a) => a.speaker.some((k) => before.tokens[k]!.pos === 'PROPN'))
    .map((a) => [...speakerWords(before.tokens, { ...a, speaker: a.speaker.some((k) => !owner(k) && before.tokens[k]!.pos === 'PROPN') ? a.speaker.filter((k) => !owner(k)) : a.speaker }),
      ...[...namesAround(before.tokens, a)].map(stemOf)])
    .filter((w) => w.length > 0);
  return speakers.length === 1 ? speakers[0] : undefined;
}

/** A reporting verb that is negated, has a "neither"/"no" subject, or is what someone declined to do. */
function declined(tokens: readonly Token[], syntax: SentenceSyntax, verb: number): boolean {
  if (dependentsOf(syntax, verb, /^(advmod|neg)$/).some((d) => tokens[d]!.lemma === 'not' || tokens[d]!.lower === "n't" || tokens[d]!.lower === 'never')) return true;
  if (tokens.slice(Math.max(0, verb - 3), verb).some((t) => t.lemma === 'not' || t.lower === "n't" || t.lower === 'never')) return true;
  const subject = dependentsOf(syntax, verb, /^nsubj/)[0];
  if (subject !== undefined && dependentsOf(syntax, subject, /^det$/).some((d) => /^(neither|no)$/.test(tokens[d]!.lower))) return true;
  const h = syntax.heads[verb]!;
  return h >= 0 && syntax.labels[verb] === 'xcomp' && DECLINING_VERBS.has(tokens[h]!.lemma);
}

function introducesClaim(tokens: readonly Token[], verb: number, syntax?: SentenceSyntax): boolean {
  // A question after the verb is no one's claim: "will reveal how water reached the Earth",
  // "did not say when" ("whether" and "if" report a doubt, which may be one).
  if (WH_WORDS.has(tokens[verb + 1]?.lower ?? '')) return false;
  if (syntax) {
    // An infinitive describing a noun reports nothing ("expects the acquisition to add to earnings").
    const infinitive = dependentsOf(syntax, verb, /^mark$/).some((d) => tokens[d]!.lower === 'to');
    if (syntax.labels[verb] === 'acl' && infinitive) return false;
    // Nor does one with no clause of its own: "called her rival to concede" tells of an act.
    if (infinitive && !hasDependent(syntax, verb, /^(ccomp|parataxis)$/) && !/^["“‘:]$/.test(tokens[verb + 1]?.text ?? '') && tokens[verb + 1]?.lower !== 'that') return false;
    // A particle makes another verb ("adding up to 10 minutes").
    if (hasDependent(syntax, verb, /^compound:prt$/)) return false;
    // The parse says it directly: a clause hangs from the verb ("said that…", "urged parents
    // to check…").
    // An adjective or noun complement is a verdict, not a clause ("found him guilty").
    // (Only of an object or a passive subject: "said damp and mould had been reported", with
    // "damp" read as the complement, is a claim.)
    const judged = hasDependent(syntax, verb, /^(obj|nsubj:pass)$/);
    if (judged && dependentsOf(syntax, verb, /^xcomp$/).some((d) => syntax.tags[d] === 'ADJ' || syntax.tags[d] === 'NOUN')) return false;
    // An adverbial clause is the claim only when nothing marks it as a time or a cause
    // ("added a third after coming off the bench" reports nothing).
    const adverbial = (d: number) => dependentsOf(syntax, d, /^mark$/).some((m) => syntax.tags[m] === 'SCONJ' && !/^(that|whether|if)$/.test(tokens[m]!.lower));
    // (An adverb is no clause, however the parse labelled it: "found 11 carcasses …, down from 26".)
    // (Nor a participle after a passive told of a thing: "Responsibility has been claimed by a
    // group calling itself BlackTern" describes the group.)
    const thingPassive = dependentsOf(syntax, verb, /^nsubj:pass$/).some((d) => syntax.tags[d] === 'NOUN' || syntax.tags[d] === 'PROPN');
    // (Nor a clause after a semicolon, hung on the verb as parataxis: "The first festival showed 23
    // films; by 2007 it was drawing 90,000 visitors" tells two things, not what the first said.)
    const clause = (d: number) => syntax.labels[d] === 'parataxis' ? !tokens.slice(verb, d).some((x) => x.text === ';')
      : syntax.labels[d] !== 'xcomp' || (syntax.tags[d] !== 'ADV' && !(thingPassive && /ing$/.test(tokens[d]!.lower)));
    // (Nor, after a passive told of a thing, a clause of its own: "Responsibility has been claimed
    // by a group …, which has demanded a sum the firm said it would not pay".)
    // (Nor a participle right after a noun, with no subject or auxiliary of its own, which
    // describes that noun: "had shown a disregard for the conditions attached to its permits".)
    const describesNoun = (d: number) => /^(NOUN|PROPN)$/.test(syntax.tags[d - 1] ?? '') && /ed$/.test(tokens[d]!.lower) && !hasDependent(syntax, d, /^(nsubj|aux|cop|mark)/);
    if (dependentsOf(syntax, verb, /^(ccomp|xcomp|parataxis|csubj)$/).some(clause) || (!thingPassive && dependentsOf(syntax, verb, /^advcl$/).some((d) => d > verb && !adverbial(d) && !describesNoun(d)))) return true;
    // A passive with a thing for its subject and no clause: what was reported is named, not
    // claimed ("damp and mould have been reported since 2021", "the deal was announced").
    if (thingPassive) return false;
    // An object and no clause: the verb names an act ("added a third", "reported a profit"),
    // unless a "that" opens what the parser took for the object ("reported that children who …").
    const opensThat = tokens[verb + 1]?.lower === 'that' && syntax.tags[verb + 1] === 'SCONJ';
    // A verb right after another verb's object, with no subject, auxiliary or clause of its
    // own, is a participle describing that object ("blaming problems found during testing").
    if (/^(acl|xcomp)$/.test(syntax.labels[verb]!) && syntax.labels[verb - 1] === 'obj' && /^(NOUN|PROPN)$/.test(syntax.tags[verb - 1] ?? '') && !hasDependent(syntax, verb, /^(nsubj|aux|cop)/)) return false;
    // An object characterised "as" something is a claim about it ("described the demand as unaffordable").
    const obj = dependentsOf(syntax, verb, /^obj$/)[0];
    // (However the parse hung the "as": "described the loss of the link as “a real blow”", its
    // "as" read as a clause's mark under the full stop.)
    const asAfter = (k: number) => k > obj! && tokens[k]!.lower === 'as' &&
      (syntax.labels[k] === 'case' || /^["“‘]$/.test(tokens[k + 1]?.text ?? '') || /^(DET|ADJ|NOUN)$/.test(syntax.tags[k + 1] ?? ''));
    const owned = (k: number) => subtreeOf(syntax, verb).includes(k) || !tokens.slice(obj! + 1, k).some((x) => /^[,;:.!?]$/.test(x.text) || x.pos === 'VERB' || x.pos === 'AUX');
    const characterised = obj !== undefined && tokens.some((_t, k) => asAfter(k) && owned(k));
    if (obj !== undefined && !opensThat && !characterised) return false;
  }
  const next = tokens[verb + 1];
  if (!next) return true; // "..., the minister said."
  const window = tokens.slice(verb + 1, verb + 10);
  const stop = window.findIndex((t) => /^[.;!?]$/.test(t.text));
  const ahead = stop >= 0 ? window.slice(0, stop) : window;
  const clauseAhead = ahead.some((t) => t.lower === 'that' || t.pos === 'AUX' || t.pos === 'VERB' || /^["“‘:]$/.test(t.text));
  // "reported a pre-tax profit of £84.6 million": an object, no clause.
  if ((next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'ADJ' || next.pos === 'NOUN') && !clauseAhead) return false;
  // "has written to the trust's chief executive.": a verb of telling with only a phrase after
  // it, and nothing before it that a speaker could be closing (a quotation, a clause set off by
  // a comma), tells of a letter or a call, not a claim.
  // (Nor can one a coordinator joins to the clause before it close that clause: "Fresco cut its
  // prices, and its rivals responded within hours.")
  const joined = !!syntax && syntax.labels[verb] === 'conj' && dependentsOf(syntax, verb, /^cc$/).length > 0;
  if (next.pos === 'ADP' && !clauseAhead && (joined || !tokens.slice(0, verb).some((t) => /^["“”‘’:,;–—]$/.test(t.text)))) return false;
  // "the deal, announced on Tuesday, ...", "pigment, not available until the 1920s, found in all
  // four paintings": a participle describing a noun (a regular one or any other past form).
  const pastForm = /ed$/.test(tokens[verb]!.lower) || (tokens[verb]!.lower !== tokens[verb]!.lemma && !/(s|ing)$/.test(tokens[verb]!.lower));
  if (tokens[verb - 1]?.text === ',' && next.pos === 'ADP' && pastForm && !ahead.some((t) => t.lower === 'that')) return false;
  return true;
}

/**
 * Words that identify a speaker, without titles: "Dr Ines Carvalho" -> carvalho, ines; and
 * without a role word beside a name, which two speakers share ("Calder manager Ian Whitlock" /
 * "Rovers manager Gail Turnbull" -> calder, ian, whitlock / rovers, gail, turnbull).
 */
function speakerWords(tokens: readonly Token[], a: Attribution): string[] {
  const words = a.speaker.map((k) => tokens[k]!).filter((t) => t.pos !== 'PRON' && !TITLES.has(t.lower.replace(/\.$/, '')));
  const hasName = words.some((t) => t.pos === 'PROPN');
  return words.filter((t) => !(hasName && t.pos === 'NOUN' && ROLE_NOUNS.has(t.lemma))).map((t) => stemOf(t.lemma));
}

/**
 * The kind of body a speaker told only by its kind is ("the federation", "the regulator"), or
 * null. (Not descriptionHead's: WordNet's first senses make "authority" and "regulator" people.)
 */
function bodyKindOf(tokens: readonly Token[], a: Attribution): string | null {
  // ("Police said": a kind's word opening the sentence, capitalised there, may be tagged a name.)
  const k = a.speaker.length === 1 ? a.speaker[0]! : -1;
  if (k >= 0 && tokens[k]!.pos === 'PROPN' && !tokens[k - 1]?.isWord && BODY_KINDS.has(tokens[k]!.lower)) return tokens[k]!.lower;
  if (a.speaker.length === 0 || a.speaker.some((k) => tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'PRON')) return null;
  const head = tokens[Math.max(...a.speaker)]!;
  return head.pos === 'NOUN' && BODY_KINDS.has(head.lemma) ? head.lemma : null;
}

/**
 * The noun a speaker made only of a description is ("The inquiry" -> inquiry, "the residents'
 * group" -> group), or null for a name, a pronoun or a person's title ("the minister" may be
 * anyone the documents name with that title, which documentDescriptors does not read).
 */
function descriptionHead(tokens: readonly Token[], a: Attribution): string | null {
  if (a.speaker.length === 0) return null;
  const words = a.speaker.map((k) => tokens[k]!);
  const head = words[words.length - 1]!;
  if (words.some((t) => t.pos === 'PROPN' || t.pos === 'PRON') || head.pos !== 'NOUN' || isPersonNoun(head.lemma)) return null;
  return head.lemma;
}

/**
 * Whether speaker `a` speaks for the party speaker `b` is, or may be: its role is to represent
 * someone (WordNet: a representative or an advocate, "spokeswoman", "lawyer") and its owner is
 * `b`'s name, or a pronoun ("Its lawyer").
 */
function speaksForOther(tokens: readonly Token[], a: Attribution, otherTokens: readonly Token[], b: Attribution): boolean {
  const role = a.speaker.find((k) => tokens[k]!.pos === 'NOUN' && REPRESENTS.some((w) => mayMeanTheSame(tokens[k]!.lemma, w)));
  if (role === undefined) return false;
  const ownerAt = ownsNext(tokens, role - 2) ? role - 2 : role - 1;
  const owner = tokens[ownerAt];
  if (!owner) return false;
  if (owner.pos === 'PRON' || POSSESSIVE_DETERMINERS.has(owner.lower)) return true;
  return owner.pos === 'PROPN' && b.speaker.some((k) => otherTokens[k]!.lower === owner.lower);
}

/**
 * The name words of a speaker's phrase and of the phrase told beside it, its apposition or the
 * rest of a title it opens ("Chief executive Søren Mikkelsen"): lower case, owners and titles
 * left out ("Ferreño's barrister, Grant Okafor" is no Ferreño; every doctor is "Dr").
 */
function namesAround(tokens: readonly Token[], a: Attribution): Set<string> {
  const out = new Set<string>();
  if (a.speaker.length === 0) return out;
  // (Nor a name describing a noun after it: "the Westmarch captain" and "the Westmarch coach" are two.)
  const add = (k: number) => { if (tokens[k]!.pos === 'PROPN' && !ownsNext(tokens, k) && tokens[k + 1]?.pos !== 'NOUN' && !TITLES.has(tokens[k]!.lower)) out.add(tokens[k]!.lower); };
  a.speaker.forEach(add);
  const beside = (from: number, step: 1 | -1) => {
    let k = from + step;
    if (tokens[k]?.text === ',') k += step;
    // (Past a title's adjective in an apposition after it: "the head of the office, chief
    // statistician Dr Layla Haddad".)
    for (let n = 0; n < 6 && (/^(PROPN|NOUN)$/.test(tokens[k]?.pos ?? '') || (step === 1 && tokens[k]?.pos === 'ADJ')) && !(step === -1 && ownsNext(tokens, k)); n++, k += step) add(k);
  };
  beside(Math.max(...a.speaker), 1);
  beside(Math.min(...a.speaker), -1);
  return out;
}

/** What someone who speaks for another is, in WordNet's words. */
const REPRESENTS = ['representative', 'advocate'];

/** WordNet's noun files of acts, cognition and communication: an inquiry, a study, a report. */
const FINDING_FILES = new Set([4, 9, 10]);

/** A noun for an inquiry, a study or a report (a source of findings that is not a body of people). */
function findingSource(lemma: string): boolean {
  return FINDING_FILES.has(nounFile(lemma)) && !namesPeople(lemma);
}

/**
 * Whether the source gives a person's title right before a name, with no owner before it:
 * "Judge Helen Okafor", "Coroner Ian Pratt" (not "its chief executive, Priya Ramsay" or "the
 * firm's chief executive Priya Ramsay", who speak for their owner).
 */
function ownerlessTitleInSource(ctx: PairContext, lemma: string): boolean {
  return ctx.source.sentences.some((sentence) => sentence.tokens.some((t, k, tokens) => t.lemma.toLowerCase() === lemma &&
    tokens[k + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k + 1]!.text) && !tokens.slice(Math.max(0, k - 3), k).some((x) => POSSESSIVE_DETERMINERS.has(x.lower) || /^['’]s?$/.test(x.text))));
}

/**
 * Whether a source sentence has a noun phrase headed by each of two words, neither inside the
 * other's phrase nor its apposition: two parties the source tells apart ("The university is
 * considering whether to return the grant to the national research council").
 */
function partiesApartInSource(ctx: PairContext, a: string, b: string): boolean {
  if (a === b) return false;
  return ctx.source.sentences.some((sentence) => {
    const tokens = sentence.tokens;
    const at = (lemma: string) => tokens.flatMap((t, k) => /^(NOUN|PROPN)$/.test(t.pos) && t.lemma === lemma ? [k] : []);
    const as = at(a), bs = at(b);
    if (as.length === 0 || bs.length === 0) return false;
    const syn = syntaxOf(tokens);
    // (A word's phrase: up through the words that only name or describe it, "Judge" in "Judge
    // Helen Okafor".)
    const phrase = (k: number) => { let x = k; while (x >= 0 && /^(compound|flat|amod)$/.test(syn.labels[x]!)) x = syn.heads[x]!; return x; };
    // (Not in a sentence where one speaks of the other, who may be the same party: "Carmaker
    // Veltrano is recalling 184,000 vehicles, the company said".)
    const speakers = findAttributions(tokens, () => syn).flatMap((x) => x.speaker);
    const joined = (x: number, y: number) => dominates(syn.heads, x, y) || dominates(syn.heads, y, x) || /^(appos|conj)$/.test(syn.labels[x]!) || /^(appos|conj)$/.test(syn.labels[y]!);
    if ([...as, ...bs].some((k) => speakers.includes(k))) return false;
    return as.some((i) => bs.some((j) => { const x = phrase(i), y = phrase(j); return x >= 0 && y >= 0 && !joined(x, y); }));
  });
}

/**
 * The nouns the two documents describe a name by, anywhere: the noun just before it ("Residents'
 * group Brayford Flood Action", "the ferry operator Corran Ferries") and the noun of an
 * apposition just after it ("Corran Ferries, the island operator,"). `names` are the name's
 * words, lower case.
 */
function documentDescriptors(ctx: PairContext, names: readonly string[]): Set<string> {
  // The source's kept with the source (an editor's cache keeps it while the source is unchanged);
  // the draft's for this draft only: a pair that reads them is compared again after an edit.
  const key = names.join(' ');
  const read = (memo: Map<string, Set<string>>, sentences: readonly Sentence[]) => {
    let found = memo.get(key);
    if (!found) memo.set(key, (found = descriptorsIn(sentences, names)));
    return found;
  };
  const fromSource = read(ctx.memo('source-descriptors', () => new Map<string, Set<string>>()), ctx.source.sentences);
  const fromDraft = read(ctx.memo('rewrite-descriptors', () => new Map<string, Set<string>>()), ctx.rewrite.sentences);
  return new Set([...fromSource, ...fromDraft]);
}

function descriptorsIn(sentences: readonly Sentence[], names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k]!.lower !== names[0] || tokens[k]!.pos !== 'PROPN') continue;
      if (tokens[k - 1]?.pos === 'NOUN') out.add(tokens[k - 1]!.lemma);
      let end = k;
      while (tokens[end + 1]?.pos === 'PROPN') end++;
      if (tokens[end + 1]?.text !== ',' || !/^(a|an|the)$/.test(tokens[end + 2]?.lower ?? '') && !POSSESSIVE_DETERMINERS.has(tokens[end + 2]?.lower ?? '')) continue;
      let noun: Token | undefined;
      for (let j = end + 3; j < tokens.length && /^(ADJ|NOUN|PROPN|PART)$/.test(tokens[j]!.pos); j++) if (tokens[j]!.pos === 'NOUN') noun = tokens[j];
      if (noun) out.add(noun.lemma);
    }
  }
  return out;
}

/**
 * A noun in a prepositional phrase that names no one ("under a deal", "in the figures"): a
 * participle on it describes it; a speaker is no preposition's object.
 */
function describesAThing(tokens: readonly Token[], syn: SentenceSyntax, noun: number, participle: number): boolean {
  // (Right after the phrase: a comma between sets off a speaker the parse hung there, "…,
  // following the collapse of pay talks, the union announced on Tuesday".)
  return noun >= 0 && participle > noun && syn.tags[noun] === 'NOUN' && !namesPeople(tokens[noun]!.lemma) && hasDependent(syn, noun, /^case$/) &&
    !tokens.slice(noun + 1, participle).some((t) => t.pos === 'PUNCT');
}

/**
 * A speaker naming two or more parties joined by "and", against a plural word for people or
 * bodies ("the companies", "both sides") in a sentence that names each of those parties.
 */
function namedTogether(namedTokens: readonly Token[], named: Attribution, pluralTokens: readonly Token[], plural: Attribution): boolean {
  const head = pluralTokens[Math.max(...plural.speaker)];
  if (!head || head.pos !== 'NOUN' || head.lower === head.lemma || !namesPeople(head.lemma) || plural.speaker.some((k) => pluralTokens[k]!.pos === 'PROPN')) return false;
  const first = Math.min(...named.speaker), last = Math.max(...named.speaker);
  if (!namedTokens.slice(first, last + 1).some((t) => t.lower === 'and')) return false;
  // Each party's first name word, as the other text gives it somewhere in its sentence.
  const parties = named.speaker.filter((k) => namedTokens[k]!.pos === 'PROPN' && namedTokens[k - 1]?.pos !== 'PROPN').map((k) => namedTokens[k]!.lower);
  const there = new Set(pluralTokens.map((t) => t.lower));
  return parties.length >= 2 && parties.every((w) => there.has(w));
}

/** Reporting verbs that present their claim as found to be true. */
const FINDING_VERBS: ReadonlySet<string> = new Set(['find', 'show', 'reveal', 'confirm', 'establish']);

/** A verb of asking told of another and an act: "urged the company to appoint an arbiter". */
function asksAnother(tokens: readonly Token[], syn: SentenceSyntax, v: number): boolean {
  return isDirectingVerb(tokens[v]!.lemma) && hasDependent(syn, v, /^(obj|iobj)$/) &&
    dependentsOf(syn, v, /^(xcomp|advcl)$/).some((c) => dependentsOf(syn, c, /^mark$/).some((m) => tokens[m]!.lower === 'to'));
}

/**
 * "a person briefed on the talks", "people familiar with the matter", "sources close to the
 * club": a speaker known only as someone, with no name, post or body of their own.
 */
function anonymous(tokens: readonly Token[], a: Attribution): boolean {
  if (a.speaker.length === 0) return false;
  // (In the whole phrase: "according to two people familiar with the talks" may keep only a
  // word of it as the speaker.)
  const words = tokens[a.verb]!.lower === 'according' ? Array.from({ length: Math.max(...a.speaker) - a.verb }, (_v, k) => a.verb + 1 + k) : a.speaker;
  const head = words.find((k) => /^(person|people|someone|somebody|source|sources|insider|insiders|individual|individuals)$/.test(tokens[k]!.lower));
  return head !== undefined && !/^(the|this|that|these|those|its|their|his|her|our)$/.test(tokens[head - 1]?.lower ?? '');
}

/**
 * "is understood to be under review", "is believed to have left", "reportedly": a claim passed
 * on with no one named as its source. The index of the hedging word, or -1.
 */
function unnamedSource(tokens: readonly Token[]): number {
  return tokens.findIndex((t, i) => {
    if (t.lower === 'reportedly') return true;
    if (!/^(understood|believed|thought|said|reported|rumoured|rumored)$/.test(t.lower)) return false;
    const be = tokens[i - 1]?.pos === 'ADV' ? i - 2 : i - 1;
    if (!/^(is|are|was|were|been|be)$/.test(tokens[be]?.lower ?? '')) return false;
    // (Or of a whole clause: "It is understood that his contract will run for five years", past
    // a phrase of where: "It was rumoured in the City that …".)
    let that = i + 1;
    while (that < i + 6 && /^(ADP|DET|NOUN|PROPN|ADJ)$/.test(tokens[that]?.pos ?? '') && tokens[that]!.lower !== 'that') that++;
    return tokens[i + 1]?.lower === 'to' || (tokens[that]?.lower === 'that' && tokens[be - 1]?.lower === 'it');
  });
}

/** Whether the other text names an attribution's speaker too, every content word of it. */
export function speakerNamedIn(tokens: readonly Token[], a: Attribution, other: readonly Token[]): boolean {
  return a.speaker.length > 0 && a.speaker.every((k) => !isContentToken(tokens[k]!) || other.some((t) => t.lemma === tokens[k]!.lemma));
}

/**
 * Whether the rewrite sentence speaks in the voice of the source's speaker `a` by the text's
 * form, with no "said": on a transcript's answer line ("A: It took six years" in a text that
 * puts its questions on "Q:" lines, or "Saadeh: It took six years"), or in a statement under
 * the speaker's name ("WESTMARCH POLICE … The machine held £37,000" for "Officers said the
 * machine held £37,000": a speaker told by a pronoun or a description is the body the source
 * names as a speaker under that name).
 */
function spokenByForm(ctx: PairContext, a: Attribution): boolean {
  if (speaksInFirstPerson(ctx)) return true;
  const speaker = speakerWords(ctx.sTok, a);
  const text = ctx.rewrite.text;
  const line = text.slice(text.lastIndexOf('\n', ctx.r.start - 1) + 1, ctx.r.end);
  const label = /^[ \t>*_-]*([^:\n]{1,40}?)[ \t*_]*:/.exec(line)?.[1]?.trim();
  if (label && /^A$/i.test(label)) return ctx.voice.transcript;
  if (label && label.toLowerCase().split(/\s+/).some((w) => speaker.includes(stemOf(w)))) return true;
  if (ctx.voice.writer && writesAs(ctx.voice.writer, ctx.sTok, a)) return true;
  const author = ctx.voice.author;
  if (author.length === 0) return false;
  if (speaker.some((w) => author.includes(w))) return true;
  return !a.speaker.some((k) => ctx.sTok[k]!.pos === 'PROPN') && sourceSpeakers(ctx).some((o) => o.speakers.some((w) => w.some((x) => author.includes(x))));
}

/**
 * Whether the source's speaker `a` is the writer of a text told as "we" or "I" (a company's
 * alerts, the mayor's speech): a speaker the source tells by a pronoun or as the one party, "she
 * said", "the company said", or one the text names on its first line (`writer`), "Speech by the
 * Mayor, Oluwaseun Adeyemi". A group, "opposition councillors", or anyone else named is someone else.
 */
function writesAs(writer: readonly string[], sTok: readonly Token[], a: Attribution): boolean {
  return a.speaker.length > 0 && a.speaker.every((k) => {
    const t = sTok[k]!;
    if (t.pos === 'PROPN') return writer.includes(t.text);
    return t.pos === 'PRON' || (t.pos === 'NOUN' && t.lower === t.lemma && /^(the|its)$/.test(sTok[k - 1]?.lower ?? ''));
  });
}

/**
 * Whether a sentence speaks as "we" or "I" outside any quotation: "Our head office is moving to
 * Dunford", a memo's or a statement's own voice. Its claim is its writer's, told as theirs, not
 * stated as a news report's fact.
 */
function speaksInFirstPerson(ctx: PairContext): boolean {
  const quotes = ctx.memo('rewrite-quotes', () => quoteSpans(ctx.rewrite));
  for (const t of ctx.rTok) {
    // (Single quotes are told from apostrophes only by place: none may come before the word.)
    if (/^['‘’]$/.test(t.text)) return false;
    if (firstPersonPronoun(t) && !quotes.some((q) => q.start <= t.start && t.end <= q.end)) return true;
  }
  return false;
}

/**
 * Every source sentence's speakers, parsed once per source (a source-only memo: an editor's
 * cache keeps it while the source is unchanged) and only when a pair asks.
 */
function sourceSpeakers(ctx: PairContext): readonly { start: number; speakers: string[][]; keys: Set<string> }[] {
  return ctx.memo('source-speakers', () => ctx.source.sentences.map((sentence) => ({
    start: sentence.start,
    speakers: findAttributions(sentence.tokens, () => syntaxOf(sentence.tokens)).map((a) => speakerWords(sentence.tokens, a)).filter((w) => w.length > 0),
    keys: new Set(sentence.tokens.map((t) => stemOf(t.lemma))),
  })));
}

export const attributionRule: PairRule = (ctx) => {
  const sAttr = findAttributions(ctx.sTok, ctx.syntax.source);
  // A claim the source passes on from no one named, given a named speaker: "The unit is
  // understood to be under review" / "Dr Marsh said the unit was under review".
  const sUnnamed = unnamedSource(ctx.sTok);
  const byName = (tokens: readonly Token[], a: Attribution) => a.speaker.some((k) => tokens[k]!.pos === 'PROPN' || (k > 0 && /^\p{Lu}/u.test(tokens[k]!.text)));
  // (Or a definite party: "the orchestra has confirmed".)
  const definite = (tokens: readonly Token[], a: Attribution) => a.speaker.length > 0 && /^(the|its|their)$/.test(tokens[a.speaker[0]! - 1]?.lower ?? '') && tokens[a.speaker[0]!]!.pos === 'NOUN';
  // (Where the pair joins source sentences, the hedged one must be the claim's own, with no
  // speaker of its own.)
  const hedged = sUnnamed >= 0 ? sourceSentenceAt(ctx, sUnnamed) : undefined;
  if (hedged && !sAttr.some((a) => a.speaker.length > 0 && sourceSentenceAt(ctx, a.verb) === hedged) && unnamedSource(ctx.rTok) < 0) {
    // (Not a speaker the source names in the sentence too, of another claim in it: "reportedly
    // considering hiring crew, a step the union says would be illegal" / "weighing whether to hire
    // crew, a move the union says would break the law".)
    // (The hedged sentence itself: a merged one may name the speaker of another claim.)
    const hedgedWords = ctx.sTok.filter((_t, k) => sourceSentenceAt(ctx, k) === hedged);
    const ra = findAttributions(ctx.rTok, ctx.syntax.rewrite).find((a) => (byName(ctx.rTok, a) || definite(ctx.rTok, a)) && !anonymous(ctx.rTok, a) && !speakerNamedIn(ctx.rTok, a, hedgedWords));
    if (ra && !ra.speaker.some((k) => ctx.claimed.has(k)) && (ctx.sources.length < 2 || claimHome(ctx, ra)?.sentence === hedged)) {
      const speaker = spanOf(ra.speaker.map((k) => ctx.rTok[k]!));
      claim(ctx, ra.speaker);
      return [{ kind: 'attribution', rewrite: speaker, source: spanOf([ctx.sTok[sUnnamed]!]),
        message: `Attribution changed: the source passes this on with no one named (${q(ctx.sTok[sUnnamed]!.text)}), the rewrite attributes it to ${q(textOf(ctx.rewrite, speaker))}.`, suggestion: null }];
    }
  }
  if (sAttr.length === 0) return [];
  const rAttr = findAttributions(ctx.rTok, ctx.syntax.rewrite);
  const out: RawFinding[] = [];
  // One claim, told by someone unnamed on one side ("a person briefed on the talks said") and
  // by a named or definite speaker or a record on the other ("Bank officials said", "according
  // to court documents"): who vouches for it changed.
  if (sAttr.length === 1 && rAttr.length === 1 && anonymous(ctx.sTok, sAttr[0]!) !== anonymous(ctx.rTok, rAttr[0]!)) {
    const [sa, ra] = [sAttr[0]!, rAttr[0]!];
    const [named, namedTokens] = anonymous(ctx.sTok, sa) ? [ra, ctx.rTok] : [sa, ctx.sTok];
    // (A record cited by "according to" is no one unnamed: "according to court documents".)
    const record = namedTokens[named.verb]!.lower === 'according' && named.speaker.every((k) => namedTokens[k]!.pos === 'NOUN' && !isPersonNoun(namedTokens[k]!.lemma));
    const said = named.speaker.length > 0 && (byName(namedTokens, named) || definite(namedTokens, named) || record);
    if (said && !ra.speaker.some((k) => ctx.claimed.has(k))) {
      const speaker = spanOf(ra.speaker.map((k) => ctx.rTok[k]!));
      const sSpan = spanOf(sa.speaker.map((k) => ctx.sTok[k]!));
      claim(ctx, ra.speaker);
      return [{ kind: 'attribution', rewrite: speaker, source: sSpan,
        message: `Attribution changed: source attributes this to ${q(textOf(ctx.source, sSpan))}, rewrite to ${q(textOf(ctx.rewrite, speaker))}.`, suggestion: textOf(ctx.source, sSpan) }];
    }
  }
  if (rAttr.length === 0) {
    // A heading or other phrase with no verb ("### The complaint") states no claim to drop.
    if (!ctx.rTok.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return [];
    // A split sentence may carry the attribution in its other half.
    if (ctx.siblings.some((s) => findAttributions(s.tokens).length > 0)) return [];
    // (A question states nothing as fact: "Has there been an amber alert before?")
    if (ctx.rTok[ctx.rTok.length - 1]?.text === '?') return [];
    // The speaker who is the rewrite's actor ("the finance ministry put the cost at…" for
    // "according to the finance ministry, the increase would have cost…") still owns the claim;
    // any other speaker the source names is dropped.
    const first = sAttr.find((a) => !actsInRewrite(ctx, a));
    if (!first) return [];
    if (spokenByForm(ctx, first)) return [];
    // A headline for a headline ("Review finds failings at maternity unit" / "Trust apologises
    // for maternity failings"): headlines drop whose finding it was, the story below tells it.
    const sHome = sourceSentenceAt(ctx, first.verb);
    if (sHome && isHeadline(ctx.source, sHome) && isHeadline(ctx.rewrite, ctx.r)) return [];
    // Report a dropped attribution once, on the half where it would be put back: the last
    // for a trailing "..., said X", the first for a leading "X said ...".

    // (Where the halves tell the claim unequally, on the one that tells more of what was said:
    // "The branches are mostly in villages, and the council said most had seen visits fall" /
    // "… in villages. Most of them have seen visits drop …".)
    const said = dependentsOf(ctx.syntax.source(), first.verb, /^ccomp$/)[0];
    const claimWords = said === undefined ? [] : [...new Set(subtreeOf(ctx.syntax.source(), said).map((k) => ctx.sTok[k]!).filter(isContentToken).map((t) => stemOf(t.lemma)))];
    const tells = (tokens: readonly Token[]) => { const own = new Set(tokens.map((t) => stemOf(t.lemma))); return claimWords.filter((w) => own.has(w)).length; };
    // (Only where the half the order picks tells none of it: that one is no place to put it back.)
    const halves = [{ index: ctx.r.index, tokens: ctx.rTok }, ...ctx.siblings.map((x) => ({ index: x.index, tokens: x.tokens }))].sort((a, b) => a.index - b.index);
    const byOrder = first.trailing ? halves[halves.length - 1]! : halves[0]!;
    const told = halves.map((h) => tells(h.tokens));
    const most = Math.max(...told);
    const reporter = claimWords.length > 0 && tells(byOrder.tokens) === 0 && most > 0 ? halves[told.indexOf(most)]! : byOrder;
    if (reporter.index !== ctx.r.index) return [];
    // Another rule (modality: "allege" -> "established") may already explain the change.
    const hunk = hunkOfSource(ctx, first.verb);
    const kept = ctx.match.sToR[first.verb] ?? -1;
    // The reporting act is still there, told without a name ("Parents were urged to …", "…,
    // which said …"), or by a pronoun for the speaker ("It called on people over 40 to …"):
    // the claim still reads as someone's.
    // (Wherever the aligner put it, however the tagger read it: "Prosecutors allege that Moriarty
    // recruited …" / "Moriarty is alleged by the prosecution to have recruited …".)
    if ((kept >= 0 && ctx.rTok[kept]!.lemma === ctx.sTok[first.verb]!.lemma) || ctx.rTok.some((x, i) => stemOf(x.lemma) === stemOf(ctx.sTok[first.verb]!.lemma) && ctx.syntax.rewrite().tags[i] === 'VERB')) return [];
    // (Or, for a verb of asking, by one of the same sense in its place, whoever it is told of:
    // "urged the company to appoint" / "the company pressed Leckie to appoint", a swap of who
    // asked whom, the roles' finding, however the words moved round it.)
    if (asksAnother(ctx.sTok, ctx.syntax.source(), first.verb) && ctx.rTok.some((t, i) => t.pos === 'VERB' && (ctx.match.rToS[i] ?? -1) < 0 && mayMeanTheSame(t.lemma, ctx.sTok[first.verb]!.lemma))) return [];
    // (And a source speaker that is only a pronoun, "He urged", named in the rewrite: "Saleh
    // appealed to …".)
    const pronounSpeaker = first.speaker.length > 0 && first.speaker.every((k) => ctx.sTok[k]!.pos === 'PRON');
    // (Nor a finding told by a pronoun for what the text is already about: "It found that 31%
    // of urgent jobs missed the deadline", after a sentence on the audit, / "Of the urgent jobs,
    // 31 per cent failed …". A verb that presents its claim as found true adds no one's view
    // that the claim, stated plainly in the same account, loses.)
    if (pronounSpeaker && FINDING_VERBS.has(ctx.sTok[first.verb]!.lemma) && first.speaker.every((k) => /^(it|they)$/.test(ctx.sTok[k]!.lower))) return [];
    const rSyn = ctx.syntax.rewrite();
    const speaksFor = (d: number) => PERSONAL.has(ctx.rTok[d]!.lower) || (pronounSpeaker && /^(PROPN|NOUN)$/.test(rSyn.tags[d] ?? ''));
    if (hunk?.r.some((i) => rSyn.tags[i] === 'VERB' && dependentsOf(rSyn, i, /^nsubj$/).some(speaksFor))) return [];
    if (hunk?.r.some((i) => ctx.claimed.has(i)) || ctx.claimedSource.has(first.verb) || (kept >= 0 && ctx.claimed.has(kept))) return [];
    // (Nor a claim told as what a noun of saying holds: "sued, alleging that the app infringes" /
    // "sued over claims that the app infringes" still reads as someone's claim.)
    // (A noun of the reporting act itself or of claiming, "claims", "allegations", "accusations":
    // not one of showing, "no evidence that", which states what it shows.)
    const sayingNoun = (k: number) => rSyn.tags[k] === 'NOUN' && [ctx.sTok[first.verb]!.lemma, 'claim', 'allege'].some((v) => samePredicate(`n:${ctx.rTok[k]!.lemma}`, v));
    // (The parse may read the "that" as a relative pronoun: the clause is the noun's all the same.)
    if (ctx.rTok.some((_t, k) => sayingNoun(k) && ctx.rTok[k + 1]?.lower === 'that' && dependentsOf(rSyn, k, /^(acl|ccomp)/).length > 0)) return [];
    // (Nor a claim the rewrite still tells as the clause of another verb of someone's stance:
    // "denied that his conduct amounted to gross misconduct" / "did not accept that his conduct
    // amounted to gross misconduct".)
    const sClause = dependentsOf(ctx.syntax.source(), first.verb, /^ccomp$/)[0];
    const rClause = sClause === undefined ? -1 : ctx.match.sToR[sClause] ?? -1;
    // (A clause opened by "that": a misparse makes a ccomp of a main clause too.)
    if (rClause >= 0 && rSyn.labels[rClause] === 'ccomp' && rSyn.tags[rSyn.heads[rClause]!] === 'VERB' &&
      dependentsOf(rSyn, rClause, /^mark$/).some((m) => ctx.rTok[m]!.lower === 'that')) return [];
    // (Or as the act a verb of denying or admitting takes: "said it had not caused the shortages"
    // / "denied causing the shortages".)
    if (rClause >= 0 && /ing$/.test(ctx.rTok[rClause]!.lower) && rSyn.heads[rClause]! >= 0 && STANCE_VERBS.has(ctx.rTok[rSyn.heads[rClause]!]!.lemma)) return [];
    return [dropped(ctx, first)];
  }
  const sKeys = new Set(ctx.sTok.map((t) => stemOf(t.lemma)));
  const rKeys = new Set(ctx.rTok.map((t) => stemOf(t.lemma)));
  // A different speaker: the same reporting verb with a speaker that shares no word; or, when
  // the verbs differ, a rewrite speaker the source sentence never names.
  const disjoint = (a: readonly string[], b: readonly string[]) => a.length > 0 && b.length > 0 && !a.some((w) => b.includes(w));
  let r: Attribution | undefined;
  let s: Attribution | undefined;
  // The source's reporting act for a rewrite's pronoun speaker or against one: the one its verb
  // is matched with, unless the pair joins source sentences and the claim's words come from
  // another of them, whose own act is the one to compare ("He said many of the departing
  // employees …" matched with "Quillmark said" of one sentence, where the claim is Montoya's,
  // "…, Montoya added", in the next).
  const matchedAct = (ra: Attribution) => {
    const sa = sAttr.find((x) => x.verb === (ctx.match.rToS[ra.verb] ?? -2));
    if (!sa || ctx.sources.length < 2) return sa;
    // (The claim's words are those between this act and its neighbours in the sentence: "Ekdahl
    // called it 'an insult', while Lindqvist described it as 'fair'" gives each its own.)
    const home = claimHomeAmong(ctx, rAttr, ra);
    if (!home || home.words === 0 || sourceSentenceAt(ctx, sa.verb) === home.sentence) return sa;
    return sAttr.find((x) => sourceSentenceAt(ctx, x.verb) === home.sentence);
  };
  // Only named speakers are compared: "the sprinter" or "his client" may well be the person the
  // source names, and without coreference there is no telling.
  // An institution ("the government said") is a different speaker from a named person.
  const named = (tokens: readonly Token[], a: Attribution) => {
    if (a.speaker.length === 0) return false;
    const last = Math.max(...a.speaker);
    const t = tokens[last]!;
    // "the Spaniard told reporters": one word for a kind of person after "the" describes
    // someone, however it is spelled; it names no one.
    if (a.speaker.length === 1 && tokens[last - 1]?.lower === 'the' && isPersonNoun(t.lemma)) return false;
    // A capitalised word inside the sentence is a name whatever its tag ("Grant said").
    return t.pos === 'PROPN' || (last > 0 && /^\p{Lu}/u.test(t.text)) || INSTITUTIONS.has(t.lemma);
  };
  // "the company said" for "Kestrel said": a description by what the party is may well denote
  // the named party (unless the name is a person's); only two names or two different
  // descriptions are different speakers for sure.
  const describes = (tokens: readonly Token[], a: Attribution) => {
    const words = a.speaker.map((k) => tokens[k]!);
    const head = words[words.length - 1];
    return !!head && !words.some((t) => t.pos === 'PROPN' || /^\p{Lu}/u.test(t.text) && t !== words[0]) &&
      INSTITUTIONS.has(head.lemma);
  };
  // A named person ("Employment Minister Clara Hughes") is not what "the government" denotes.
  const person = (tokens: readonly Token[], a: Attribution) => a.speaker.some((k) => isPersonNoun(tokens[k]!.lemma));
  // (Not when each names the kind of body it is and the kinds differ: "the Carrickmoor Chamber
  // of Commerce" is no "harbour board", "consumer group Fairbank" no "union".)
  const otherKinds = (ra: Attribution, sa: Attribution) => {
    const r = bodyKinds(ctx.rTok, ra);
    const k = bodyKinds(ctx.sTok, sa);
    return r.length > 0 && k.length > 0 && !r.some((w) => k.some((x) => x === w || mayMeanTheSame(x, w)));
  };
  const sameParty = (ra: Attribution, sa: Attribution) => !otherKinds(ra, sa) && (
    (describes(ctx.rTok, ra) && !describes(ctx.sTok, sa) && !person(ctx.sTok, sa)) ||
    (describes(ctx.sTok, sa) && !describes(ctx.rTok, ra) && !person(ctx.rTok, ra)));
  // Two descriptions each tied to a name ("Pellworth's advisers", "analysts at Brennock
  // Securities") are different speakers when the names differ; against a bare name, such a
  // description may be that person ("Cobalt Ledger's chief executive" / "Hannah Okafor").
  // (A capitalised adjective before the person noun names no one: "the Polish player" may well
  // be "the Pole".)
  const nameAt = (tokens: readonly Token[], k: number) => tokens[k]!.pos === 'PROPN' && !(tokens[k + 1]?.pos === 'NOUN' && isAdjectiveLemma(tokens[k]!.lower));
  const tied = (tokens: readonly Token[], a: Attribution) => !named(tokens, a) && a.speaker.some((k) => nameAt(tokens, k));
  const described = (tokens: readonly Token[], a: Attribution) => a.speaker.some((k) => nameAt(tokens, k)) && a.speaker.some((k) => tokens[k]!.pos === 'NOUN');
  // "Local residents said", "critics argue": people of no body, as a plural, against a named
  // speaker are another voice (not "officials" or "executives", who may speak for the body).
  // (Not people the other text names in its sentence: "engineers from Tregar Marine, who said" /
  // "the engineers said"; nor the same word with a name to it, "analysts at Harrington Lowe".)
  const bystanders = (tokens: readonly Token[], a: Attribution, otherTokens: readonly Token[]) => {
    if (a.speaker.length === 0 || a.speaker.some((k) => tokens[k]!.pos === 'PROPN')) return false;
    const head = tokens[Math.max(...a.speaker)]!;
    return head.pos === 'NOUN' && /s$/.test(head.lower) && head.lower !== head.lemma && isPersonNoun(head.lemma) && !isOfABody(head.lemma) &&
      !otherTokens.some((t) => t.lemma === head.lemma);
  };
  const bothNamed = (ra: Attribution, sa: Attribution) => (named(ctx.rTok, ra) && named(ctx.sTok, sa)) ||
    (tied(ctx.rTok, ra) && described(ctx.sTok, sa)) || (tied(ctx.sTok, sa) && described(ctx.rTok, ra)) ||
    (named(ctx.rTok, ra) && bystanders(ctx.sTok, sa, ctx.rTok)) || (bystanders(ctx.rTok, ra, ctx.sTok) && named(ctx.sTok, sa));
  // Two speakers of one owner, a person and a body: "Marenza's chief veterinary officer, Dr
  // Joaquín Ferrer" / "Marenza's trade ministry" (a person and the same person's post,
  // "Brisa's chief executive" / "Tomás Eguren, Brisa's chief executive", are one).
  const owned = (tokens: readonly Token[], a: Attribution) => {
    const owners = a.speaker.filter((k) => ownsNext(tokens, k));
    return owners.length ? speakerWords(tokens, { ...a, speaker: a.speaker.filter((k) => !owners.includes(k)) }) : [];
  };
  const body = (tokens: readonly Token[], a: Attribution) => INSTITUTIONS.has(tokens[Math.max(...a.speaker)]!.lemma) && !person(tokens, a);
  const personAndBody = (ra: Attribution, sa: Attribution) => body(ctx.rTok, ra) !== body(ctx.sTok, sa) && (person(ctx.rTok, ra) || person(ctx.sTok, sa)) &&
    disjoint(owned(ctx.rTok, ra), owned(ctx.sTok, sa));
  // (A speaker's owner, "Veltra" in "Veltra's chief executive, Marta Lindqvist", is another
  // party: the other side naming it does not name the speaker. Only for a speaker with a name
  // of its own: "Pike's lawyer" is known by its owner.)
  const ownName = (tokens: readonly Token[], a: Attribution) => a.speaker.some((k) => tokens[k]!.pos === 'PROPN' && !ownsNext(tokens, k));
  const ownWords = (tokens: readonly Token[], a: Attribution) => { const own = ownName(tokens, a) ? owned(tokens, a) : []; return own.length ? own : speakerWords(tokens, a); };
  for (const ra of rAttr) {
    const sa = sAttr.find((x) => x.verb === (ctx.match.rToS[ra.verb] ?? -2));
    // (Where the pair joins source sentences, the act of the sentence the claim comes from may
    // have the rewrite's very speaker, the verbs matched only by their word: "Ekdahl described it
    // as 'an insult'. … Lindqvist said the offer was 'fair'" / "Ekdahl called it 'an insult',
    // while Lindqvist described it as 'fair'".)
    const home = sa ? matchedAct(ra) : undefined;
    if (home && home !== sa && !disjoint(speakerWords(ctx.rTok, ra), speakerWords(ctx.sTok, home))) continue;
    if (sa && bothNamed(ra, sa) && !sameParty(ra, sa) && (disjoint(speakerWords(ctx.rTok, ra), speakerWords(ctx.sTok, sa)) ||
      (ownName(ctx.rTok, ra) && ownName(ctx.sTok, sa) && disjoint(ownWords(ctx.rTok, ra), ownWords(ctx.sTok, sa))) || personAndBody(ra, sa))) {
      r = ra;
      s = sa;
      break;
    }
  }
  // Unnamed people ("Diplomats said", "a spokesperson for the ministry said") and one named
  // speaker ("Sørvik said"), for the same reporting act: an anonymous account given to a named
  // person, or the other way round. The unnamed voice is a plural person noun, or a person noun
  // after "a" with no name in the speaker; its word, returned, is not the named speaker's own
  // ("Anna Berg, a spokesperson" may be "a spokesperson").
  // (Not the same word, whichever way each side tagged it: "“Residents reported" read as a name.)
  const unnamedVoice = (tokens: readonly Token[], a: Attribution): number => {
    const first = a.speaker[0] ?? -1;
    // (The voice is the last noun of the words that open the speaker: "A company spokesperson".)
    let k = first;
    while (a.speaker.includes(k + 1) && tokens[k]?.pos === 'NOUN' && tokens[k + 1]!.pos === 'NOUN') k++;
    const t = tokens[k];
    if (!t || t.pos !== 'NOUN' || !isPersonNoun(t.lemma)) return -1;
    const opener = tokens[first - 1]?.lower ?? '';
    // (One word: a plural, "Diplomats said", or one person after "a", "a person familiar with …".)
    if (a.speaker.length === 1) return (t.lower !== t.lemma && !/^(the|its|their)$/.test(opener)) || /^an?$/.test(opener) ? k : -1;
    return t.lower === t.lemma && /^an?$/.test(opener) && !a.speaker.some((j) => tokens[j]!.pos === 'PROPN') ? k : -1;
  };
  // (A word for a body capitalised to open the sentence is no name: "Police think" may be the
  // source's "Officers believe".)
  const namedWithName = (tokens: readonly Token[], a: Attribution) => named(tokens, a) && a.speaker.some((k) => tokens[k]!.pos === 'PROPN' && !(k === 0 && BODY_KINDS.has(tokens[k]!.lower)));
  const sameWord = (x: Token, y: Token) => x.lemma === y.lemma || x.lower === y.lower;
  if (!r) {
    for (const ra of rAttr) {
      // (One reporting act a side is the same act whatever its verb, "According to a person
      // familiar with the talks" / "Northfield said in a statement"; but only for an unnamed
      // source given a name the source sentence does not give: "according to a spokesman for the
      // service, Iñaki Baraño" names him.)
      const matched = sAttr.find((x) => x.verb === (ctx.match.rToS[ra.verb] ?? -2));
      const sa = matched ?? (rAttr.length === 1 && sAttr.length === 1 && !speakerWords(ctx.rTok, ra).some((w) => sKeys.has(w)) ? sAttr[0] : undefined);
      // (Where the pair joins source sentences, only the one the rewrite's claim comes from:
      // "said" may be matched with another sentence's.)
      if (!sa || (ctx.sources.length > 1 && sourceSentenceAt(ctx, sa.verb) !== claimHome(ctx, ra)?.sentence)) continue;
      const sVoice = unnamedVoice(ctx.sTok, sa), rVoice = unnamedVoice(ctx.rTok, ra);
      // (Many voices are never one named person, whatever word they share: "analysts say" for
      // "Analyst Mia Roth said".)
      // (Only against one person: "Analysts at Harrington Lowe" may well be "analysts".)
      const plural = (t: Token) => t.lower !== t.lemma;
      const manyForOne = (voice: Token, tokens: readonly Token[], a: Attribution) => plural(voice) &&
        !a.speaker.some((k) => (tokens[k]!.pos === 'NOUN' && plural(tokens[k]!)) || tokens[k]!.lower === voice.lower);
      const differs = (voice: Token, tokens: readonly Token[], a: Attribution) => manyForOne(voice, tokens, a) || !a.speaker.some((k) => sameWord(tokens[k]!, voice));
      if ((sVoice >= 0 && namedWithName(ctx.rTok, ra) && differs(ctx.sTok[sVoice]!, ctx.rTok, ra)) ||
        (matched && rVoice >= 0 && namedWithName(ctx.sTok, sa) && differs(ctx.rTok[rVoice]!, ctx.sTok, sa))) { r = ra; s = sa; break; }
    }
  }
  // (Where the pair joins source sentences, the one the rewrite's claim comes from: "never names"
  // is asked of it alone.)
  const sentenceOf = (i: number) => sourceSentenceAt(ctx, i);
  const claimFrom = (ra: Attribution) => {
    const home = claimHome(ctx, ra);
    return home && home.words > 0 ? home.sentence : undefined;
  };
  if (!r) {
    const ra = rAttr.find((a) => (named(ctx.rTok, a) || tied(ctx.rTok, a)) && speakerWords(ctx.rTok, a).length > 0);
    const from = ra && ctx.sources.length > 1 ? claimFrom(ra) : undefined;
    const sa = sAttr.find((a) => (named(ctx.sTok, a) || tied(ctx.sTok, a)) && speakerWords(ctx.sTok, a).length > 0 && (!from || sentenceOf(a.verb) === from));
    const sentenceKeys = from ? new Set(from.tokens.map((t) => stemOf(t.lemma))) : sKeys;
    // (A speaker's owner, "Veltra" in "Veltra's chief executive, Marta Lindqvist", is another
    // party: the rewrite naming it does not name the speaker.)
    // (A body named by its kind is named by its head word: "the fire service" is not named by
    // "starting the fire".)
    const naming = (tokens: readonly Token[], a: Attribution) => describes(tokens, a) ? [stemOf(tokens[Math.max(...a.speaker)]!.lemma)] : ownWords(tokens, a);
    if (ra && sa && bothNamed(ra, sa) && !sameParty(ra, sa) && !naming(ctx.rTok, ra).some((w) => sentenceKeys.has(w)) && !naming(ctx.sTok, sa).some((w) => rKeys.has(w))) {
      r = ra;
      s = sa;
    }
  }
  // Two speakers the source itself tells apart, as two parties of one sentence's acts: "the
  // university said" / "the national research council said", where the source has the
  // university return a grant to the national research council; "the company said" / "the
  // judge said", where it has Judge Okafor say the company ignored alarms. A description may
  // stand for a name, but not for a party the source keeps beside it.
  if (!r) {
    // (Two descriptions of who speaks, a person's or a body's, with no name to them: a name
    // against a description is the checks' above.)
    // (One party a side: "officials" and "forecasters" may be many voices of one body.)
    const party = (tokens: readonly Token[], a: Attribution) => {
      const head = tokens[Math.max(...a.speaker)]!;
      return !a.speaker.some((k) => tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'ADP') && head.pos === 'NOUN' && head.lower === head.lemma &&
        (isPersonNoun(head.lemma) || BODY_KINDS.has(head.lemma) || nounFile(head.lemma) === GROUP_FILE) ? head : undefined;
    };
    // (Or an official the source names by that title, owned by no one, against a body: "the
    // company said" / "the judge said", with "Judge Helen Okafor" in the source. Not a word for
    // a trader, "online retailer Kasa", which may be the company.)
    const body = (t: Token) => !isPersonNoun(t.lemma);
    const titled = (t: Token) => isOfABody(t.lemma) && ownerlessTitleInSource(ctx, t.lemma);
    for (const ra of rAttr) {
      const sa = matchedAct(ra);
      if (!sa || ra.speaker.length === 0 || sa.speaker.length === 0 || !disjoint(speakerWords(ctx.rTok, ra), speakerWords(ctx.sTok, sa))) continue;
      const rHead = party(ctx.rTok, ra), sHead = party(ctx.sTok, sa);
      if (!rHead || !sHead || kindOfBody(rHead.lemma) === kindOfBody(sHead.lemma)) continue;
      if (partiesApartInSource(ctx, rHead.lemma, sHead.lemma) || (titled(rHead) && body(sHead)) || (titled(sHead) && body(rHead))) { r = ra; s = sa; break; }
    }
  }
  // A pronoun speaker ("He said") against a named one: the pronoun stands for the person the
  // source named as the speaker just before; a rewrite name sharing no word with that person
  // gives the claim to someone else ("Bjørnstad described" for Halvdan's "He described").
  if (!r) {
    for (const ra of rAttr) {
      // (Or the one act each side has, told by other words: "He said" / "according to Marsh".)
      const sa = matchedAct(ra) ?? (rAttr.length === 1 && sAttr.length === 1 ? sAttr[0] : undefined);
      if (!sa || !named(ctx.rTok, ra) || !heOrShe(ctx.sTok, sa)) continue;
      // (The name may be told in the pronoun's own sentence before it, which the pronoun may
      // stand for: "Priya Lal replaced Dermot Keane; she said …".)
      const rNames = new Set(ra.speaker.filter((k) => ctx.rTok[k]!.pos === 'PROPN').map((k) => ctx.rTok[k]!.lower));
      const opening = sourceSentenceHolding(ctx, sa.verb)?.first ?? ctx.sTok.length;
      if (ctx.sTok.slice(opening, sa.speaker[0]).some((t) => rNames.has(t.lower))) continue;
      const antecedent = lastNamedSpeaker(ctx, sa.verb);
      if (antecedent && disjoint(speakerWords(ctx.rTok, ra), antecedent)) { r = ra; s = sa; break; }
    }
  }
  // And the other way round: the rewrite's "He said" stands for the person the rewrite named as
  // the speaker just before ("He said landings had dropped" after Dr Okafor spoke, for the
  // harbour master's words).
  if (!r) {
    for (const ra of rAttr) {
      const sa = matchedAct(ra);
      if (!sa || !named(ctx.sTok, sa) || !heOrShe(ctx.rTok, ra)) continue;
      // (The pronoun may stand for the speaker named before it in its own sentence: "Opponents,
      // led by Ruth Mayhew, say …; she said …".)
      const before = new Set(ctx.rTok.slice(0, ra.first).filter((t) => t.pos === 'PROPN').map((t) => stemOf(t.lemma)));
      if (speakerWords(ctx.sTok, sa).some((w) => before.has(w))) continue;
      const antecedent = namedSpeakerIn(ctx.rewrite.sentences[ctx.r.index - 1]);
      if (antecedent && disjoint(speakerWords(ctx.sTok, sa), antecedent)) { r = ra; s = sa; break; }
    }
  }
  // A description the source gives one name ("the head coach", after "Head coach Dafydd Pryce")
  // against another name ("Prydderch said"): the title given to someone else. (Either way round:
  // "Samuel Otieno, Kiprotich's coach, said" / "…, the race director added", after "race director
  // Helen Marsh".)
  if (!r) {
    const described = ctx.memo('source-described-names', () => describedNamesIn(ctx.source.sentences));
    // (A rewrite's description of a body, "the ministry", "the organisation", may be any body of
    // the story the merged sentences name: only a person's title is given to someone else there.
    // Nor a title the name's own words hold: "Brightmesh spokesperson" / "a spokesperson for
    // the company".)
    const titleGivenToOther = (descTokens: readonly Token[], da: Attribution, nameTokens: readonly Token[], na: Attribution, personOnly: boolean) => {
      if (!byName(nameTokens, na) || byName(descTokens, da)) return false;
      const words = da.speaker.map((k) => descTokens[k]!);
      const head = words[words.length - 1];
      if (!head || head.pos !== 'NOUN' || (personOnly && !isPersonNoun(head.lemma)) || na.speaker.some((k) => nameTokens[k]!.lemma === head.lemma)) return false;
      const title = words.length > 1 ? describedBy(described, `${words[words.length - 2]!.lower} ${head.lemma}`) : undefined;
      const name = title ?? describedBy(described, head.lemma);
      const nameWords = na.speaker.filter((k) => nameTokens[k]!.pos === 'PROPN').map((k) => nameTokens[k]!.lemma);
      // (Not the description itself capitalised, "Police said", nor the name's initials, "ACU" for
      // "the Aviation Crew Union".)
      const initials = name ? [...name].map((w) => w[0]).join('') : '';
      return !!name && nameWords.length > 0 && !nameWords.some((w) => name.has(w) || w === initials || words.some((t) => t.lemma === w));
    };
    // (The source's act for a rewrite act matched with none: the one of the source sentence the
    // claim's words come from, where the pair joins two.)
    const homeAct = (ra: Attribution) => {
      const home = ctx.sources.length > 1 ? claimHome(ctx, ra) : undefined;
      const there = home && home.words > 0 ? sAttr.filter((x) => sourceSentenceAt(ctx, x.verb) === home.sentence) : [];
      return there.length === 1 ? there[0] : undefined;
    };
    for (const ra of rAttr) {
      const sa = matchedAct(ra) ?? (sAttr.length === 1 ? sAttr[0] : homeAct(ra));
      if (sa && (titleGivenToOther(ctx.sTok, sa, ctx.rTok, ra, false) || titleGivenToOther(ctx.rTok, ra, ctx.sTok, sa, true))) { r = ra; s = sa; break; }
    }
  }
  // A description ("The inquiry found") against a name the documents describe as something else
  // ("Residents' group Brayford Flood Action"): two parties, however the claim is worded. (The
  // source attribution whose sentence the rewrite's claim comes from, where the pair joins two.)
  if (!r) {
    const otherParty = (nameTokens: readonly Token[], na: Attribution, descTokens: readonly Token[], da: Attribution, descWords: ReadonlySet<string>) => {
      const head = descriptionHead(descTokens, da);
      const names = na.speaker.filter((k) => nameTokens[k]!.pos === 'PROPN').map((k) => nameTokens[k]!.lower);
      if (head === null || names.length === 0 || names.some((w) => descWords.has(w))) return false;
      const described = documentDescriptors(ctx, names);
      // (Two words for bodies, "the company" / "the airline Kestrel", may name one party: only an
      // inquiry, a report or a study, which no body is, against a name described otherwise.)
      return findingSource(head) && described.size > 0 && ![...described].some((d) => d === head || findingSource(d) || mayMeanTheSame(d, head) || /^(same|broader|narrower)$/.test(lexicalRelation(d, head)));
    };
    const rWords = new Set(ctx.rTok.map((t) => t.lower));
    outer: for (const ra of rAttr) {
      const from = claimFrom(ra);
      for (const sa of sAttr) {
        const own = sentenceOf(sa.verb);
        if (!own || own !== from) continue;
        const sWords = new Set(own.tokens.map((t) => t.lower));
        if (otherParty(ctx.rTok, ra, ctx.sTok, sa, sWords) || otherParty(ctx.sTok, sa, ctx.rTok, ra, rWords)) {
          r = ra;
          s = sa;
          break outer;
        }
      }
    }
  }
  // A record told as a person's word ("According to court documents" / "according to the
  // defendant"), or the other way round: a document is no person, whatever the person is called.
  // (The same reporting act, the person's words nowhere in the record's sentence: "a report by
  // the inspector" / "the inspector said" is the inspector's.)
  if (!r) {
    // (Or a person named with a person's title before the name: "said Environment Secretary
    // Joanna Pell".)
    const personHead = (tokens: readonly Token[], a: Attribution) => {
      if (a.speaker.length === 0) return false;
      const last = Math.max(...a.speaker);
      const t = tokens[last]!;
      if (t.pos === 'NOUN') return !a.speaker.some((k) => tokens[k]!.pos === 'PROPN') && isPersonNoun(t.lemma);
      return t.pos === 'PROPN' && a.speaker.some((k) => k < last - 1 && isPersonNoun(tokens[k]!.lower) && !TITLES.has(tokens[k]!.lower));
    };
    const record = (tokens: readonly Token[], a: Attribution) => { const head = descriptionHead(tokens, a); return head !== null && findingSource(head); };
    const unsaid = (tokens: readonly Token[], a: Attribution, other: ReadonlySet<string>) => !speakerWords(tokens, a).some((w) => other.has(w));
    for (const ra of rAttr) {
      const sa = matchedAct(ra) ?? (rAttr.length === 1 && sAttr.length === 1 ? sAttr[0] : undefined);
      if (!sa) continue;
      const own = ctx.sources.length > 1 ? sentenceOf(sa.verb) : undefined;
      const sentenceKeys = own ? new Set(own.tokens.map((t) => stemOf(t.lemma))) : sKeys;
      // (Or a body told by its kind, "according to a leaked report" / "the government said": a
      // record is no body's word unless the record's sentence names the body.)
      const speaks = (tokens: readonly Token[], a: Attribution) => personHead(tokens, a) || bodyKindOf(tokens, a) !== null;
      if ((record(ctx.sTok, sa) && speaks(ctx.rTok, ra) && unsaid(ctx.rTok, ra, sentenceKeys)) ||
        (record(ctx.rTok, ra) && speaks(ctx.sTok, sa) && unsaid(ctx.sTok, sa, rKeys))) { r = ra; s = sa; break; }
    }
  }
  if (!r) {
    const moved = speakerOfAnotherClaim(ctx, sAttr, rAttr);
    if (moved) ({ r, s } = moved);
  }
  // Two bodies told by their kinds, of different kinds: "The federation said" / "the authority
  // said", "Police said" / "The museum said" (neither word in the other text's sentence, neither
  // kind the other's or a synonym; a record, "the report", is no body).
  if (!r) {
    // (A body against a thing that is no organization at all, "the museum"; a company may be
    // told by its trade, "the operator", "the drugmaker".)
    const thing = (tokens: readonly Token[], a: Attribution) => {
      const head = descriptionHead(tokens, a);
      return head !== null && !findingSource(head) && !namesOrganization(head) ? head : null;
    };
    const kinds = (ra: Attribution, sa: Attribution): [string | null, string | null] => {
      const rBody = bodyKindOf(ctx.rTok, ra), sBody = bodyKindOf(ctx.sTok, sa);
      if (rBody && sBody) return [rBody, sBody];
      if (rBody && kindOfBody(rBody) !== 'company') return [rBody, thing(ctx.sTok, sa)];
      if (sBody && kindOfBody(sBody) !== 'company') return [thing(ctx.rTok, ra), sBody];
      return [null, null];
    };
    for (const ra of rAttr) {
      const sa = matchedAct(ra) ?? (rAttr.length === 1 && sAttr.length === 1 ? sAttr[0] : undefined);
      const [rHead, sHead] = sa ? kinds(ra, sa) : [null, null];
      if (!sa || !rHead || !sHead || rKeys.has(stemOf(sHead)) || sKeys.has(stemOf(rHead))) continue;
      if (kindOfBody(rHead) === kindOfBody(sHead) || mayMeanTheSame(rHead, sHead) || /^(same|broader|narrower)$/.test(lexicalRelation(rHead, sHead))) continue;
      r = ra; s = sa;
      break;
    }
  }
  // A claim the source has second-hand, one speaker reporting what another told them ("Wendy
  // Okafor said a county highways officer had told her that …"), told as the second speaker's
  // own ("According to a county highways officer, …"): the one who vouched for it is gone.
  if (!r) {
    const sSyn = ctx.syntax.source(), rSyn = ctx.syntax.rewrite();
    const reportedBy = (heads: Int32Array, attrs: readonly Attribution[], a: Attribution) =>
      attrs.find((o) => o.verb !== a.verb && o.speaker.length > 0 && dominates(heads, o.verb, a.verb) && !a.speaker.includes(o.verb));
    for (const ra of rAttr) {
      const words = speakerWords(ctx.rTok, ra);
      if (words.length === 0 || reportedBy(rSyn.heads, rAttr, ra)) continue;
      const sa = sAttr.find((x) => { const w = speakerWords(ctx.sTok, x); return w.length > 0 && w.every((k) => words.includes(k)) && words.every((k) => w.includes(k)); });
      const outer = sa && reportedBy(sSyn.heads, sAttr, sa);
      const outerWords = outer ? speakerWords(ctx.sTok, outer) : [];
      if (!outer || outerWords.length === 0 || outerWords.some((w) => rKeys.has(w))) continue;
      r = ra;
      s = outer;
      break;
    }
  }
  // Someone who speaks for a party ("Its lawyer, Marta Koivisto", "Kestrel's spokeswoman") against
  // that party ("Kestrel said"), or against a name where the party is a pronoun no one resolved:
  // the same voice, or no telling.
  // (A named representative of a named party, "Pellow's agent, Martin Cole", speaks their own
  // words; "Its lawyer, Marta Koivisto" is the firm's voice.)
  const ownVoice = (tokens: readonly Token[], a: Attribution) => ownName(tokens, a) && a.speaker.some((k) => tokens[k]!.pos === 'PROPN' && ownsNext(tokens, k));
  if (r && s && ((!ownVoice(ctx.sTok, s) && speaksForOther(ctx.sTok, s, ctx.rTok, r)) || (!ownVoice(ctx.rTok, r) && speaksForOther(ctx.rTok, r, ctx.sTok, s)))) r = s = undefined;
  // "the two companies" against "Nordavia Airlines and the regional carrier Skyrell": a plural
  // description of parties against those parties named together, each named in the other text's
  // sentence too.
  if (r && s && (namedTogether(ctx.rTok, r, ctx.sTok, s) || namedTogether(ctx.sTok, s, ctx.rTok, r))) r = s = undefined;
  // (Two speakers known only as someone, "a person briefed on the talks" / "people familiar with
  // the talks", are one unnamed voice as far as the reader can tell.)
  if (r && s && anonymous(ctx.rTok, r) && anonymous(ctx.sTok, s)) r = s = undefined;
  // "Crumb & Co plans to open 45 shops, the company said" / "Crumb & Co said it intended to": a
  // body's word after a claim whose subject is a name is that name's voice, on either side.
  const sameBody = (descTokens: readonly Token[], descSyn: SentenceSyntax, da: Attribution, nameTokens: readonly Token[], na: Attribution) => {
    const subject = describedSubject(descTokens, descSyn, da);
    return subject.length > 0 && na.speaker.some((k) => nameTokens[k]!.pos === 'PROPN' && subject.includes(stemOf(nameTokens[k]!.lemma)));
  };
  if (r && s && (sameBody(ctx.sTok, ctx.syntax.source(), s, ctx.rTok, r) || sameBody(ctx.rTok, ctx.syntax.rewrite(), r, ctx.sTok, s))) r = s = undefined;
  // "The report said" / "In their report, inspectors said": the record the one side has speak is
  // where the other side's speaker says it, one voice.
  const speaksInRecord = (descTokens: readonly Token[], da: Attribution, otherTokens: readonly Token[], otherSyn: SentenceSyntax, oa: Attribution) => {
    const head = descriptionHead(descTokens, da);
    return head !== null && findingSource(head) && subtreeOf(otherSyn, oa.verb).some((d) => d < oa.verb && otherTokens[d]!.lemma === head && markedBy(otherSyn, otherTokens, d, 'in'));
  };
  if (r && s && (speaksInRecord(ctx.sTok, s, ctx.rTok, ctx.syntax.rewrite(), r) || speaksInRecord(ctx.rTok, r, ctx.sTok, ctx.syntax.source(), s))) r = s = undefined;
  // "Members of the National Teachers' Federation have voted to strike, the union announced" /
  // "The National Teachers' Federation announced": a description whose noun is the kind the
  // name's own last word names ("union", "Federation"), the name in the description's sentence.
  const kindOfName = (descTokens: readonly Token[], da: Attribution, descSentence: readonly Token[], nameTokens: readonly Token[], na: Attribution) => {
    const head = descriptionHead(descTokens, da);
    const names = na.speaker.filter((k) => nameTokens[k]!.pos === 'PROPN');
    if (head === null || names.length === 0) return false;
    const nameHead = nameTokens[Math.max(...names)]!.lower;
    const there = new Set(descSentence.map((t) => t.lower));
    return names.every((k) => there.has(nameTokens[k]!.lower)) && (mayMeanTheSame(nameHead, head) || lexicalRelation(nameHead, head) === 'same');
  };
  if (r && s && (kindOfName(ctx.sTok, s, sentenceOf(s.verb)?.tokens ?? ctx.sTok, ctx.rTok, r) || kindOfName(ctx.rTok, r, ctx.rTok, ctx.sTok, s))) r = s = undefined;
  // "The fine will not be paid from customers' bills, the company said" / "…, Calder Vale said":
  // "the company" is the body the story leads with, named in the opening of the description's
  // own document before the description's sentence, when the documents describe that name as no
  // other kind of thing.
  const leadBody = (descTokens: readonly Token[], da: Attribution, nameTokens: readonly Token[], na: Attribution, descDocument: PreparedText, descSentence: number) => {
    const head = descriptionHead(descTokens, da);
    const names = na.speaker.filter((k) => nameTokens[k]!.pos === 'PROPN').map((k) => nameTokens[k]!.lower);
    // (A person named with a title is no body: "Employment Minister Clara Hughes" / "the government".)
    if (head === null || !BODY_KINDS.has(head) || names.length === 0 || na.speaker.some((k) => TITLES.has(nameTokens[k]!.lower) || ROLE_NOUNS.has(nameTokens[k]!.lemma) || (nameTokens[k]!.pos === 'NOUN' && isPersonNoun(nameTokens[k]!.lemma)))) return false;
    const named = descDocument.sentences.findIndex((x) => names.every((w) => x.tokens.some((t) => t.lower === w)));
    const sameKind = (d: string) => kindOfBody(d) === kindOfBody(head) || mayMeanTheSame(d, head);
    return named >= 0 && named <= 1 && named < descSentence && [...documentDescriptors(ctx, names)].every(sameKind);
  };
  if (r && s && (leadBody(ctx.sTok, s, ctx.rTok, r, ctx.source, sentenceOf(s.verb)?.index ?? -1) || leadBody(ctx.rTok, r, ctx.sTok, s, ctx.rewrite, ctx.r.index))) r = s = undefined;
  // One person however each side's speaker phrase was cut: "said Orbitalis's boss, Dr Anneke
  // Voorhuis" / "Dr Anneke Voorhuis, 54, said" share the name the phrase or its apposition holds.
  if (r && s) {
    const rNames = namesAround(ctx.rTok, r);
    if ([...namesAround(ctx.sTok, s)].some((w) => rNames.has(w))) r = s = undefined;
  }
  // The source's speaker kept inside the rewrite's report: "My publisher, Tidewell Press, tells
  // me they are reprinting" / "Haddad said her publisher, Tidewell Press, had told her it was
  // reprinting": the voice is the source's, passed on by one more.
  if (r && s) {
    const sNames = namesAround(ctx.sTok, s);
    const act = r;
    // (In what the rewrite's speaker says, not beside it: "…, Nordlink said, though forecaster
    // Tove Lindqvist warned of snow" passes nothing on.)
    const said = (x: Attribution) => {
      const syn = ctx.syntax.rewrite();
      let v = x.verb;
      for (let steps = 0; v >= 0 && v !== act.verb && steps < 4; steps++) {
        if (!/^(ccomp|xcomp)$/.test(syn.labels[v]!) || dependentsOf(syn, v, /^mark$/).some((m) => !/^(that|to)$/.test(ctx.rTok[m]!.lower))) return false;
        v = syn.heads[v]!;
      }
      return v === act.verb;
    };
    const inside = (x: Attribution) => x !== act && x.verb !== act.verb && said(x);
    if (rAttr.some((x) => inside(x) && [...namesAround(ctx.rTok, x)].some((w) => sNames.has(w)))) r = s = undefined;
  }
  // A speaker the role-swap rule has already reported as exchanged with the one told ("A told B"
  // / "B was told by A") is that one change, not a second.
  if (r && s && r.speaker.some((k) => ctx.claimed.has(k))) r = s = undefined;
  if (r && s) {
    const speaker = spanOf(r.speaker.map((k) => ctx.rTok[k]!));
    // (A speaker shared by several acts, "Vasquez-Holm called …, said …, and warned …", is
    // shown with the act, from the speaker to its verb.)
    const act = r;
    const shared = rAttr.some((x) => x !== act && x.speaker.join() === act.speaker.join());
    const rSpan = claimOfOtherSpeaker(ctx, sAttr, r, s) ?? (shared ? spanOf(ctx.rTok.slice(Math.min(...r.speaker), Math.max(r.verb, ...r.speaker) + 1)) : speaker);
    const sSpan = spanOf(s.speaker.map((k) => ctx.sTok[k]!));
    claim(ctx, r.speaker);
    out.push({
      kind: 'attribution', rewrite: rSpan, source: sSpan,
      message: `Attribution changed: source attributes this to ${q(textOf(ctx.source, sSpan))}, rewrite to ${q(textOf(ctx.rewrite, speaker))}.`,
      // (The source's speaker restores the speaker's words, not a claim's.)
      suggestion: rSpan === speaker || shared ? textOf(ctx.source, sSpan) : null,
    });
  }
  const sv = sAttr[0]!;
  const rv = rAttr[0]!;
  const sStance = stanceOf(ctx.sTok, sv.verb);
  const rStance = stanceOf(ctx.rTok, rv.verb);
  // (A claim a party makes puts an allegation however it is cited: "the lawsuit says" =
  // "according to the lawsuit".)
  const allegation = (tokens: readonly Token[], a: Attribution) => a.speaker.length > 0 && CLAIM_DOCUMENTS.has(tokens[Math.max(...a.speaker)]!.lemma);
  // (Nor is it the verb that changed when both sides use the same one: "according to the filing"
  // / "according to its chief executive" cite another source, which the speaker test reads.)
  const sameVerb = ctx.sTok[sv.verb]!.lower === ctx.rTok[rv.verb]!.lower;
  if (sStance !== 'contested' && rStance !== 'contested' && (sStance === 'doubt') !== (rStance === 'doubt') && !(allegation(ctx.sTok, sv) && allegation(ctx.rTok, rv)) && !sameVerb) {
    const sSpan = spanOf([ctx.sTok[sv.verb]!]);
    const rSpan = spanOf([ctx.rTok[rv.verb]!]);
    out.push({
      kind: 'attribution', rewrite: rSpan, source: sSpan,
      message: `Attribution verb changed: source says ${q(textOf(ctx.source, sSpan))}, rewrite says ${q(textOf(ctx.rewrite, rSpan))}.`,
      suggestion: textOf(ctx.source, sSpan),
      // A doubt cast on a plain report ("said" -> "claimed") changes how the claim reads; a
      // claim told plainly as said ("claimed" -> "said", the house style of many papers) is
      // still the speaker's: noted, not warned.
      ...(sStance === 'doubt' && { severity: 'info' as const }),
    });
  }
  return out;
};

/**
 * Where a rewrite sentence joins two source sentences and gives one speaker both claims ("Pell
 * said Okafor would start and that the signing showed the club's ambition", the second claim the
 * chief executive's), the words that carry the other speaker's claim: that is
 * what the rewrite misattributes, not the speaker, who did say the rest. Null where the pair
 * has one source sentence, the rewrite's speaker says nothing in the others, or the claim's words
 * cannot be found.
 */
function claimOfOtherSpeaker(ctx: PairContext, sAttr: readonly Attribution[], r: Attribution, s: Attribution): { start: number; end: number } | null {
  if (ctx.sources.length < 2) return null;
  const home = sourceSentenceAt(ctx, s.verb);
  // The rewrite's speaker speaks in another of the joined source sentences: the rest is theirs.
  const rWords = speakerWords(ctx.rTok, r);
  if (!sAttr.some((x) => sourceSentenceAt(ctx, x.verb) !== home && speakerWords(ctx.sTok, x).some((w) => rWords.includes(w)))) return null;
  const words = ctx.rTok.map((t, k) => k).filter((k) => ctx.rTok[k]!.isWord && !r.speaker.includes(k) && (ctx.match.rToS[k] ?? -1) >= 0 &&
    sourceSentenceAt(ctx, ctx.match.rToS[k]!) === home && !s.speaker.includes(ctx.match.rToS[k]!));
  // (Only a claim joined after the speaker's own, "said A and that B", "…, and they warned that
  // B": a speaker named after the claim, "B, according to X", is the word put in the wrong place.)
  if (words.length < 3 || words[0]! <= r.last || !ctx.rTok.slice(r.last + 1, words[0]).some((t) => t.pos === 'CCONJ')) return null;
  return spanOf(ctx.rTok.slice(words[0]!, words[words.length - 1]! + 1));
}

/** How a reporting verb presents its claim; "according to" takes the stance of what it cites. */
function stanceOf(tokens: readonly Token[], verb: number): ReportingStance {
  const t = tokens[verb];
  if (!t) return 'neutral';
  if (t.lower === 'according' && tokens[verb + 1]?.lower === 'to') {
    // (The head of the cited phrase: its last noun before anything else.)
    let k = verb + 2;
    while (k < tokens.length && k <= verb + 5 && !/^(NOUN|PROPN)$/.test(tokens[k]!.pos)) k++;
    while (/^(NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '')) k++;
    return CLAIM_DOCUMENTS.has(tokens[k]?.lemma ?? '') ? 'doubt' : 'neutral';
  }
  // A denial puts one side of a dispute, as "argue" does: "denied that it was flawed" / "insisted
  // it had not been flawed" (the negation rule compares what was denied).
  if (/^(deny|dispute|refute|rebut)$/.test(t.lemma)) return 'contested';
  return REPORTING_VERBS.get(t.lemma) ?? 'neutral';
}

/**
 * "The Casa Lindqvist board has recommended" / "Their board has advised": the speaker's own noun
 * owned by a pronoun, the subject of a rewrite predicate, is the named body's, the pronoun
 * standing for the name.
 */
function ownedByPronoun(ctx: PairContext, s: Attribution): boolean {
  if (s.speaker.length === 0) return false;
  const head = ctx.sTok[Math.max(...s.speaker)]!;
  if (head.pos !== 'NOUN' || !s.speaker.some((k) => ctx.sTok[k]!.pos === 'PROPN')) return false;
  const syn = ctx.syntax.rewrite();
  return ctx.rTok.some((t, k) => t.lemma === head.lemma && /^nsubj/.test(syn.labels[k] ?? '') &&
    dependentsOf(syn, k, /^nmod:poss$/).some((d) => POSSESSIVE_DETERMINERS.has(ctx.rTok[d]!.lower)));
}

/**
 * A speaker told by a pronoun ("“This is the biggest change in a decade,” she said") still owns
 * the claim where a verb of telling has the same pronoun for its subject: "She described the
 * scheme as the biggest change in ten years".
 */
function toldBySamePronoun(ctx: PairContext, s: Attribution): boolean {
  const pronoun = s.speaker.length === 1 ? ctx.sTok[s.speaker[0]!]!.lower : '';
  if (!/^(he|she|they)$/.test(pronoun)) return false;
  const syn = ctx.syntax.rewrite();
  return ctx.rTok.some((t, k) => t.lower === pronoun && /^nsubj/.test(syn.labels[k] ?? '') && syn.heads[k]! >= 0 && isSayingVerb(ctx.rTok[syn.heads[k]!]!.lemma));
}

/** True when a name word of the source speaker is the subject (or agent) of a rewrite predicate. */
function actsInRewrite(ctx: PairContext, s: Attribution): boolean {
  const names = new Set([...speakerWords(ctx.sTok, s), ...describedSubject(ctx.sTok, ctx.syntax.source(), s)]);
  if (names.size === 0) return toldBySamePronoun(ctx, s);
  // A claim that was a clause of the reporting verb ("sued, claiming that an upgrade had
  // failed") is kept only if the speaker acts in the words that carry that clause.
  const clause = claimInRewrite(ctx, s);
  if (clause) {
    const inClause = (k: number) => ctx.rTok[k]!.start >= clause.start && ctx.rTok[k]!.end <= clause.end;
    // (Or the verb whose object or clause those words are: "Kinsella put the problem down to a
    // cable joint"; not one they are a phrase of: "sued its supplier over a faulty update".)
    const rSyn = ctx.syntax.rewrite();
    const carries = (k: number) => inClause(k) || (rSyn.tags[k] === 'VERB' && ctx.rTok.some((_t, j) => inClause(j) && rSyn.heads[j] === k && /^(obj|ccomp|xcomp)$/.test(rSyn.labels[j]!)));
    return actsIn(ctx.rTok, rSyn, names, carries);
  }  // The rewrite sentence and the other halves of a split source sentence.
  return actsIn(ctx.rTok, ctx.syntax.rewrite(), names) || ownedByPronoun(ctx, s) || ctx.siblings.some((x) => actsIn(x.tokens, syntaxOf(x.tokens), names)) ||
    ownsReportNoun(ctx.rTok, ctx.syntax.rewrite(), names, ctx.sTok[s.verb]!.lemma) || recordActDescribes(ctx, s);
}

/**
 * "Laboratory tests found that none of the samples contained olive oil" / "Not one of the
 * samples tested in laboratories contained olive oil": a record speaker's act (a test, an
 * inspection, a survey) told as a participle describing what the claim is about keeps the
 * claim the record's finding; so does the record named as where the claim was set out.
 */
function recordActDescribes(ctx: PairContext, s: Attribution): boolean {
  if (s.speaker.length === 0) return false;
  const head = ctx.sTok[Math.max(...s.speaker)]!;
  if (head.pos !== 'NOUN') return false;
  const syn = ctx.syntax.rewrite();
  // (Or a record the rewrite says the claim was set out in: "according to a joint statement" /
  // "The two institutions set out the exchange in a joint statement".)
  if (findingSource(head.lemma) && ctx.rTok.some((t, k) => t.lemma === head.lemma && markedBy(syn, ctx.rTok, k, 'in'))) return true;
  if (!isEventNoun(head.lemma)) return false;
  return ctx.rTok.some((t, k) => syn.tags[k] === 'VERB' && /^acl/.test(syn.labels[k]!) && syn.labels[k] !== 'acl:relcl' &&
    (stemOf(t.lemma) === stemOf(head.lemma) || samePredicate(`n:${head.lemma}`, t.lemma)));
}

/**
 * "Northsound Ferries plans to cancel all winter sailings, the company announced": a speaker
 * told only by a word for a body ("the company", "the operator") after a claim whose subject is
 * a name speaks of itself; that name is the speaker's ("under plans unveiled by Northsound
 * Ferries" keeps the claim the company's). The name's words, or none.
 */
function describedSubject(tokens: readonly Token[], syn: SentenceSyntax, a: Attribution): string[] {
  if (!a.trailing || a.speaker.length === 0) return [];
  const head = tokens[Math.max(...a.speaker)]!;
  if (head.pos !== 'NOUN' || !/^(the|its)$/.test(tokens[Math.min(...a.speaker) - 1]?.lower ?? '') || a.speaker.some((k) => tokens[k]!.pos === 'PROPN')) return [];
  if (!namesPeople(head.lemma) || isPersonNoun(head.lemma)) return [];
  const claim = syn.heads[a.verb]!;
  if (claim < 0) return [];
  const subject = dependentsOf(syn, claim, /^nsubj/)[0];
  if (subject === undefined || tokens[subject]!.pos !== 'PROPN') return [];
  return subtreeOf(syn, subject).filter((k) => tokens[k]!.pos === 'PROPN').map((k) => stemOf(tokens[k]!.lemma));
}

/**
 * The speaker owns the noun of its own reporting act: "The report recommends that no contract
 * be signed" / "Under the report's recommendations, no contract would be signed"; "the
 * minister warned" / "a warning by the minister". (WordNet: the noun names the verb's act.)
 */
function ownsReportNoun(tokens: readonly Token[], syn: SentenceSyntax, names: ReadonlySet<string>, verb: string): boolean {
  return tokens.some((t, k) => syn.tags[k] === 'NOUN' && !names.has(stemOf(t.lemma)) && samePredicate(`n:${t.lemma}`, verb) &&
    dependentsOf(syn, k, /^nmod/).some((o) => (syn.labels[o] === 'nmod:poss' || markedBy(syn, tokens, o, 'by') || markedBy(syn, tokens, o, 'of')) &&
      subtreeOf(syn, o).some((w) => names.has(stemOf(tokens[w]!.lemma)))));
}

/** Verbs of being told something: the one it comes "from" is its speaker. */
const TOLD_FROM = new Set(['hear', 'learn']);

function actsIn(tokens: readonly Token[], syn: SentenceSyntax, names: ReadonlySet<string>, predicateIn: (k: number) => boolean = () => true): boolean {
  return tokens.some((t, k) => {
    if (!names.has(stemOf(t.lemma))) return false;
    // The word itself or the head of its name is a subject.
    let x = k;
    // "Figures from the port authority showed": the source speaker inside the subject still speaks.
    // (An oblique hung from a noun is the parser's nmod.)
    const nominal = (h: number) => h >= 0 && /^(NOUN|PROPN)$/.test(syn.tags[h]!);
    // ("the announcement by Paul Garrity that he would stand down", "Garrity's announcement
    // that …": the doer of a reporting noun speaks as the verb's subject does.)
    const doerOfReport = (y: number) => {
      const h = syn.heads[y]!;
      if (h < 0 || syn.tags[h] !== 'NOUN' || !isEventNoun(tokens[h]!.lemma) || !dependentsOf(syn, h, /^(acl|ccomp)/).length && !tokens.slice(h + 1).some((w) => w.lower === 'that')) return false;
      return syn.labels[y] === 'nmod:poss' || (/^nmod/.test(syn.labels[y]!) && markedBy(syn, tokens, y, 'by'));
    };
    // ("Permits are under review by the agency": the "by" phrase of an act's noun names its doer,
    // as a passive's does.)
    const doerOfAct = (y: number) => {
      const h = syn.heads[y]!;
      return h >= 0 && syn.tags[h] === 'NOUN' && isEventNoun(tokens[h]!.lemma) && /^nmod/.test(syn.labels[y]!) && markedBy(syn, tokens, y, 'by');
    };
    // ("shared on social media by residents": a "by" phrase the parse hung on the noun before it,
    // after a passive verb, is that verb's agent.)
    const agentOfPassive = (y: number) => {
      if (!/^nmod/.test(syn.labels[y]!) || !markedBy(syn, tokens, y, 'by')) return -1;
      let v = syn.heads[y]!;
      while (v >= 0 && syn.tags[v] !== 'VERB' && /^(obl|nmod|obj)/.test(syn.labels[v]!)) v = syn.heads[v]!;
      return v >= 0 && syn.tags[v] === 'VERB' && hasDependent(syn, v, /^aux:pass$/) ? v : -1;
    };
    while (x >= 0 && !doerOfReport(x) && !doerOfAct(x) && agentOfPassive(x) < 0 && (/^(compound|flat|amod|nmod|nmod:desc|appos)$/.test(syn.labels[x]!) || (syn.labels[x] === 'obl' && nominal(syn.heads[x]!)))) x = syn.heads[x]!;
    if (x >= 0 && agentOfPassive(x) >= 0) return predicateIn(agentOfPassive(x));
    if (x >= 0 && (doerOfReport(x) || doerOfAct(x))) return predicateIn(syn.heads[x]!);
    // "The inquiry heard from engineers at Caldwell Stone that …": whom a claim is heard or
    // learned from speaks it.
    const informed = x >= 0 ? syn.heads[x]! : -1;
    if (informed >= 0 && syn.labels[x] === 'obl' && markedBy(syn, tokens, x, 'from') && TOLD_FROM.has(tokens[informed]!.lemma)) return predicateIn(informed);
    if (x < 0 || !/^(nsubj|nsubj:pass|obl:agent)$/.test(syn.labels[x]!) || syn.heads[x]! < 0) return false;
    // (A subject is the subject of the verbs conjoined to its own that have none: "The union
    // called the strike indefinite but agreed to keep a skeleton crew".)
    const verb = syn.heads[x]!;
    return predicateIn(verb) || dependentsOf(syn, verb, /^conj$/).some((c) => syn.tags[c] === 'VERB' && !hasDependent(syn, c, /^nsubj/) && predicateIn(c));
  });
}

/**
 * Where the claim of a reporting verb inside a sentence went ("Harlow sued Brightlane, claiming
 * that a botched upgrade had frozen its network"): the rewrite words aligned with the verb's
 * clause. Null for a verb that heads its sentence, whose claim is the whole rewrite sentence.
 */
function claimInRewrite(ctx: PairContext, s: Attribution): { start: number; end: number } | null {
  if (ctx.sTok[s.verb]!.lower === 'according') return null;
  const syn = ctx.syntax.source();
  if (syn.heads[s.verb]! < 0) return null;
  const clause = dependentsOf(syn, s.verb, /^ccomp$/)[0];
  if (clause === undefined) return null;
  const aligned = subtreeOf(syn, clause).map((i) => ctx.match.sToR[i] ?? -1).filter((i) => i >= 0 && ctx.rTok[i]!.isWord);
  if (aligned.length < 2) return null;
  return spanOf(ctx.rTok.slice(Math.min(...aligned), Math.max(...aligned) + 1));
}

/** Anchors a dropped attribution on the claim itself: the rewrite's subject and main verb. */
function dropped(ctx: PairContext, s: Attribution): RawFinding {
  const phrase = spanOf(ctx.sTok.slice(s.first, s.last + 1));
  const phraseText = textOf(ctx.source, phrase);
  const firstWord = ctx.rTok.findIndex((t) => t.isWord);
  const head = findVerbGroups(ctx.rTok).find((g) => g.head > firstWord)?.head ?? ctx.rTok.length - 1;
  let end = head;
  while (end > firstWord && !ctx.rTok[end]!.isWord) end--;
  const rSpan = claimInRewrite(ctx, s) ?? spanOf(ctx.rTok.slice(firstWord, end + 1));
  const claimText = textOf(ctx.rewrite, rSpan);
  const speaker = s.speaker.length ? textOf(ctx.source, spanOf(s.speaker.map((k) => ctx.sTok[k]!))) : null;
  const verb = ctx.sTok[s.verb]!.text;
  const lowered = /^\p{Lu}\p{Ll}/u.test(claimText) && !ctx.rTok[firstWord]!.pos.startsWith('PROPN')
    ? claimText[0]!.toLowerCase() + claimText.slice(1) : claimText;
  return {
    kind: 'attribution',
    rewrite: rSpan,
    source: phrase,
    message: `Attribution dropped: the source attributes this claim (${q(phraseText)}); the rewrite states it as fact.`,
    suggestion: speaker ? `${speaker} ${verb === 'according' ? 'said' : verb} ${lowered}` : null,
  };
}

/**
 * The source sentence holding most of the words of `ra`'s claim, among the rewrite's acts
 * `rAttr`: the words up to the next act and back to the one before; where two acts each come
 * before their claims, the second owns only the words after it ("Ekdahl called it 'an insult',
 * while Lindqvist described it as 'fair'").
 */
function claimHomeAmong(ctx: PairContext, rAttr: readonly Attribution[], ra: Attribution): { sentence: Sentence; words: number } | undefined {
  // (The clause the act's verb reports, where the parse has it: the claim of "said" in
  // "Vasquez-Holm called the outcome 'solid', said climate programmes had been protected in
  // full, and warned …" is its own clause, not the words of the acts beside it.)
  const syn = ctx.syntax.rewrite();
  const clause = dependentsOf(syn, ra.verb, /^ccomp$/).flatMap((d) => subtreeOf(syn, d));
  if (clause.length >= 3) return claimHome(ctx, ra, Math.min(...clause) - 1, Math.max(...clause) + 1);
  const before = rAttr.filter((x) => x !== ra && x.last < ra.first);
  const previous = before.find((x) => x.last === Math.max(...before.map((y) => y.last)));
  const from = previous && !previous.trailing && !ra.trailing ? ra.last : Math.max(-1, ...before.map((x) => x.last));
  const to = Math.min(ctx.rTok.length, ...rAttr.filter((x) => x !== ra && x.first > ra.last).map((x) => x.first));
  return claimHome(ctx, ra, from, to);
}

/**
 * The pair's source sentence most of a rewrite attribution's claim came from, and how many of
 * the claim's words it holds: the rewrite's words outside the attribution (within `from`..`to`
 * exclusive, the stretch between the neighbouring speakers' attributions) matched into each of
 * the joined source sentences. Equal counts go to the earlier sentence.
 */
function claimHome(ctx: PairContext, ra: Attribution, from = -1, to = ctx.rTok.length): { sentence: Sentence; words: number } | undefined {
  const counts = ctx.sources.map(() => 0);
  const starts: number[] = [];
  let at = 0;
  for (const sentence of ctx.sources) {
    starts.push(at);
    at += sentence.tokens.length;
  }
  ctx.rTok.forEach((t, k) => {
    if (k <= from || k >= to || (k >= ra.first && k <= ra.last) || ra.speaker.includes(k) || !t.isWord) return;
    const si = ctx.match.rToS[k] ?? -1;
    if (si < 0 || si >= at) return;
    let index = starts.length - 1;
    while (starts[index]! > si) index--;
    counts[index]!++;
  });
  const best = counts.indexOf(Math.max(...counts));
  return best < 0 ? undefined : { sentence: ctx.sources[best]!, words: counts[best]! };
}

/**
 * A claim given to a party the source quotes elsewhere on something else: "…, the harbour
 * master said" -> "…, fisherman Ian Tavish said", where the source has Ian Tavish speaking in
 * another sentence and no sentence of it joins the two (as "Ian Tavish, the harbour master"
 * would). The claim's source speaker is the one in the source sentence that holds most of the
 * claim's words (a rewrite sentence may have merged two). The rewrite's speaker must be a name,
 * or a description of two words or more ("the water company"): a bare "the company" may well be
 * the named party.
 */
function speakerOfAnotherClaim(ctx: PairContext, sAttr: readonly Attribution[], rAttr: readonly Attribution[]): { r: Attribution; s: Attribution } | null {
  for (const ra of rAttr) {
    const rw = speakerWords(ctx.rTok, ra);
    const specific = ra.speaker.some((k) => ctx.rTok[k]!.pos === 'PROPN') || rw.length >= 2;
    if (rw.length === 0 || !specific) continue;
    // Where the claim's words came from: the words up to the next speaker's attribution and
    // back to the one before ("Latchmere Voice had argued that …; Dilys Ferreira, its chair,
    // said …": what Ferreira said is not the group's claim).
    const home = claimHomeAmong(ctx, rAttr, ra);
    if (!home || home.words < 3) continue;
    const sa = sAttr.find((a) => sourceSentenceAt(ctx, a.verb) === home.sentence);
    if (!sa) continue;
    const sw = speakerWords(ctx.sTok, sa);
    // (A description the rewrite gives the name as its title is that name: "its owner" / "owner
    // Calloway Media".)
    const rTitled = ra.speaker.map((k) => stemOf(ctx.rTok[k]!.lemma));
    if (sw.length === 0 || sw.some((w) => rw.includes(w) || rTitled.includes(w))) continue;
    // A description ("the company", "her lawyer") may be the person or body the rewrite names:
    // only a name for another name, or a rewrite speaker described otherwise ("fisherman Ian
    // Tavish" for "the harbour master"), is another party for sure.
    const described = ra.speaker.some((k) => ctx.rTok[k]!.pos !== 'PROPN' && ctx.rTok[k]!.isWord && !TITLES.has(ctx.rTok[k]!.lower));
    const sourceNamed = sa.speaker.some((k) => ctx.sTok[k]!.pos === 'PROPN' && !/^['’]s$/.test(ctx.sTok[k + 1]?.text ?? ''));
    if (!described && !sourceNamed) continue;
    const others = sourceSpeakers(ctx);
    const elsewhere = others.some((o) => o.start !== home.sentence.start && o.speakers.some((w) => rw.every((x) => w.includes(x))));
    // (By its name where it has one: "the concert promoter Northgate Live" is not joined to a
    // sentence by "concerts".)
    const rNames = ra.speaker.filter((k) => ctx.rTok[k]!.pos === 'PROPN').map((k) => stemOf(ctx.rTok[k]!.lemma)).filter((w) => rw.includes(w));
    const joined = others.some((o) => (rNames.length ? rNames : rw).some((x) => o.keys.has(x)) && sw.some((x) => o.keys.has(x)));
    if (elsewhere && !joined) return { r: ra, s: sa };
  }
  return null;
}
