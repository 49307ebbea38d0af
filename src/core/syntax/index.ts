// The engine's sentence structure: part-of-speech tags refined for parsing, then a labelled
// dependency tree, for the tokens the tokenizer produced (so what is parsed is exactly what
// the rules see). Rules reach it through the pair context (context.ts).
import { encodeSentence, MAX_PARSE_TOKENS, parseScored, type DependencyParse, wordForm } from './parser';
import { UPOS, type ParserModel } from './model';
import { repairParse, reportingPast } from './repair';
import { MODAL_FORMS, PERFECT_FORMS, REPORTING_VERBS } from '../lexicon';
import { isKnownWord, isPersonNoun, isSayingVerb, nounFile, verbOfForm } from '../wordnet';
import { affixesOf, retagAs, retagAsVerb, shapeOf, tag, tagScores, verbCandidates, type TaggerInput, type TagScores } from './tagger';

/** What the parser reads of a token. */
export interface SyntaxToken {
  readonly text: string;
  /** Lower case with spellings folded (tokens.ts `norm`). */
  readonly norm: string;
  /** The tokenizer's part-of-speech tag. */
  readonly pos: string;
}

export interface SentenceSyntax extends DependencyParse {
  /** The refined part-of-speech tags the parse was made with. */
  readonly tags: readonly string[];
}

export function analyseSentence(model: ParserModel, tokens: readonly SyntaxToken[]): SentenceSyntax {
  if (tokens.length > MAX_PARSE_TOKENS) {
    return { heads: new Int32Array(tokens.length).fill(-1), labels: tokens.map(() => 'dep'), tags: tokens.map((t) => t.pos) };
  }
  const forms = tokens.map((t) => wordForm(t.norm));
  return tagAndParse(model, forms, tokens.map((t) => t.text), tokens.map((t) => t.pos));
}

/** The tagger's input for a sentence, given word forms, original texts and the tokenizer's tags. */
export function taggerInput(model: ParserModel, forms: readonly string[], texts: readonly string[], hints: readonly string[]): TaggerInput {
  const enc = encodeSentence(forms, hints, model.vocab, model.suffixes);
  return {
    words: enc.words.subarray(1),
    suffixes: enc.suffixes.subarray(1),
    shapes: Int32Array.from(texts, shapeOf),
    hints: enc.tags.subarray(1),
    affixes: affixesOf(forms),
  };
}

/** The tagger's tags for a sentence, given word forms, original texts and the tokenizer's tags (before the clause constraint). */
export function refineTags(model: ParserModel, forms: readonly string[], texts: readonly string[], hints: readonly string[]): string[] {
  return tag(model.tagger, taggerInput(model, forms, texts, hints));
}

/** How far below its own tag's score a noun's VERB score may be for the clause constraint to try it as the verb. */
const VERB_GAP = 60;
/** How many such nouns are tried, nearest first. */
const CANDIDATES = 3;
/**
 * How much surer of the whole parse (parseScored's margin) the parser must be with the noun as
 * the verb, per point of tagger score given up for it. Measured on EWT dev and test, and on the
 * public sets' sentences: at 5 the constraint is neutral on EWT (web text, where most verbless
 * sentences are fragments: "Good sports bar.") and about four in five of its changes in the public
 * sets are right; at 0 and 3 EWT dev loses 0.0005-0.0007 LAS.
 */
const GAIN = 5;

const names = (ids: Int32Array) => Array.from(ids, (t) => UPOS[t]!);
const NOUN_ID = UPOS.indexOf('NOUN');

/**
 * Tags and parses a sentence, with the clause constraint: a sentence without an auxiliary whose
 * parse has no finite verb at its head (see lacksMainVerb) has most often lost its main verb to
 * the tagger, a verb that can also be a plural noun read as a noun because the tokenizer's tag
 * said so ("The team, led by Ana Ruiz, plans to open a second site"; "An injunction bars the
 * firm from selling"). The nouns nearest to being a verb by the tagger's own scores are each
 * made the verb in turn, the words after it re-tagged and the sentence parsed again; the parse
 * kept is the one that verb heads and of which the parser is surer by more than the tagger gave
 * up (else the first). Most sentences are parsed once; one without its verb, two to four times.
 */
export function tagAndParse(model: ParserModel, forms: readonly string[], texts: readonly string[], hints: readonly string[]): SentenceSyntax {
  const x = taggerInput(model, forms, texts, hints);
  const scored = verbInSubordinateClause(model, x, thatAfterReportingVerb(model, x, forms, reportingVerbBeforeThat(model, x, forms, clauseAfterSayingVerb(model, x, forms, verbAfterAuxiliary(model, x, forms, closingSpeakerVerb(model, x, forms, countedNouns(model, x, forms, titleBeforeName(model, x, forms, participleBeforeDescribedName(model, x, forms, particleNouns(model, x, forms, ampersandNames(model, x, texts, namesSpeltAsWords(model, x, texts, namesAfterVerbs(model, x, texts, hints, scoresAsNumbers(model, x, texts, possessiveApostrophes(model, x, forms, tagScores(model.tagger, x))))))))))))))));
  const tags = names(scored.tags);
  const first = parseScored(model, forms, tags);
  let best: SentenceSyntax = { ...first.parse, tags };
  if (!lacksMainVerb(first.parse, tags)) return best;
  let bestGain = 0;
  for (const at of verbCandidates(scored, VERB_GAP, CANDIDATES)) {
    const retagged = names(retagAsVerb(model.tagger, x, scored, at).tags);
    const second = parseScored(model, forms, retagged);
    // How much surer the parser is of the sentence with this verb, against what the tagger gave up for it.
    const gain = second.margin - first.margin - GAIN * scored.verbGap[at]!;
    if (second.parse.heads[at] === -1 && gain > bestGain) { best = { ...second.parse, tags: retagged }; bestGain = gain; }
  }
  // The other way round: a first word in -s read as a verb with no subject, where another verb
  // follows, is a plural noun and that verb's subject ("Figures from the port authority showed
  // …", "Talks between the two sides resumed …"): a verb in -s needs a subject before it, and an
  // imperative (common in web text, never in news) has no -s.
  if (first.parse.heads[0] === -1 && tags[0] === 'VERB' && /[^s]s$/.test(forms[0]!) && tags.slice(1).includes('VERB')) {
    // (Re-tagging the words after it may lose a verb the fixes above found: read them again.)
    const asNoun = reportingVerbBeforeThat(model, x, forms, retagAs(model.tagger, x, scored, 0, NOUN_ID));
    // The parser, still reading the word as the head, hangs the verb from it; the repair
    // (nominalHead) turns that round, and the reading is kept when the noun is then the subject.
    // (The verb may have gone to the tagger as a noun too, "Figures from the statistics office
    // show trade …": the nouns nearest to being a verb are each tried as the verb.)
    const readings = [asNoun, ...verbCandidates(asNoun, VERB_GAP, CANDIDATES).map((at) => retagAsVerb(model.tagger, x, asNoun, at))];
    for (const reading of readings) {
      const retagged = names(reading.tags);
      const second = repairParse({ ...parseScored(model, forms, retagged).parse, tags: retagged });
      const root = second.heads.indexOf(-1);
      if (root > 0 && retagged[root] === 'VERB' && /^nsubj/.test(second.labels[0] ?? '')) return second;
    }
  }
  return best;
}

const PART_ID = UPOS.indexOf('PART');
const PUNCT_ID = UPOS.indexOf('PUNCT');
const AUX_ID = UPOS.indexOf('AUX');
const VERB_ID = UPOS.indexOf('VERB');
const ADJ_ID = UPOS.indexOf('ADJ');
const NUM_ID = UPOS.indexOf('NUM');
const DET_ID = UPOS.indexOf('DET');
const SYM_ID = UPOS.indexOf('SYM');
const PROPN_ID = UPOS.indexOf('PROPN');
const ADP_ID = UPOS.indexOf('ADP');
const ADV_ID = UPOS.indexOf('ADV');
const PRON_ID = UPOS.indexOf('PRON');
/** Verbs whose complement may be an adjective ("became British", "remains independent"). */
const COPULAR = /^(be|is|are|was|were|been|being|become|becomes|became|becoming|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|look|looks|looked|feel|feels|felt|stay|stays|stayed|turn|turns|turned|go|goes|went)$/;
const SUBJECT_NEXT = new Set((['VERB', 'AUX', 'ADV'] as const).map((t) => UPOS.indexOf(t)));
const NOMINAL = new Set((['NOUN', 'PROPN', 'ADJ', 'NUM'] as const).map((t) => UPOS.indexOf(t)));

/**
 * A plural's possessive apostrophe ("the tenants' association", "the teachers' union") is the
 * possessive marker, not a closing quote, when a noun phrase follows and no single quote opened
 * before it: the treebank has far more quotes than such apostrophes, so the tagger reads it as
 * punctuation, and the parser then makes the owner the subject of what it owns.
 */
function possessiveApostrophes(model: ParserModel, x: TaggerInput, forms: readonly string[], scored: TagScores): TagScores {
  let out = scored;
  let quote = false;
  for (let i = 1; i + 1 < forms.length; i++) {
    if (forms[i] === "'" && !quote) {
      // (The owned thing may open with an amount or an adjective: "Mellby Creameries' £212m takeover".)
      const next = out.tags[i + 1]!;
      const owner = /s$/.test(forms[i - 1]!) && NOMINAL.has(out.tags[i - 1]!) && (NOMINAL.has(next) || next === VERB_ID || next === SYM_ID);
      if (!owner) quote = true; // a quote: every later apostrophe may close it
      else if (out.tags[i] === PUNCT_ID) out = retagAs(model.tagger, x, out, i, PART_ID);
    }
    if (out.tags[i] !== PART_ID || (forms[i] !== "'" && forms[i] !== "'s")) continue;
    // (The first word from `k` that is not an amount or an adjective.)
    const pastModifiers = (k: number) => {
      while (k < forms.length && (out.tags[k] === ADJ_ID || out.tags[k] === NUM_ID || out.tags[k] === SYM_ID)) k++;
      return k;
    };
    // A verb form right after a possessive marker, before a noun phrase, describes the owned
    // thing ("Penrose Crisps' agreed takeover of", "the council's planned closure"): a verb
    // cannot follow a possessive, and the parser, reading it as the verb, makes the owner its
    // subject.
    if (out.tags[i + 1] === VERB_ID && /ed$/.test(forms[i + 1]!)) {
      const k = pastModifiers(i + 2);
      if (out.tags[k] === NOUN_ID || out.tags[k] === PROPN_ID) out = retagAs(model.tagger, x, out, i + 1, ADJ_ID);
    }
    // And a form in "-ing" there, past an amount or an adjective, with no object after it, is
    // the owned thing itself ("Ardmore Capital's 25% holding in QuickPick", "the council's
    // handling of the case").
    const k = pastModifiers(i + 1);
    const after = out.tags[k + 1] ?? PUNCT_ID;
    if (out.tags[k] === VERB_ID && /ing$/.test(forms[k]!) && (after === ADP_ID || after === PUNCT_ID)) out = retagAs(model.tagger, x, out, k, NOUN_ID);
  }
  return out;
}

/**
 * "Castlebury rejected two earlier bids from Riverton": a word in -s counted by a number just
 * before it (past one describing word), or after a preposition, is a plural noun, not a verb.
 */
function countedNouns(model: ParserModel, x: TaggerInput, forms: readonly string[], scored: TagScores): TagScores {
  let out = scored;
  for (let i = 1; i < forms.length; i++) {
    if (out.tags[i] !== VERB_ID || !/[^s]s$/.test(forms[i]!)) continue;
    // A plural noun's form in -s right after a preposition, or after "to" (an infinitive takes
    // no -s), is that plural: "according to sources close to the talks", "for reasons of cost"
    // (not "to focus": no noun "focu").
    if ((out.tags[i - 1] === ADP_ID || forms[i - 1] === 'to') && nounFile(forms[i]!.slice(0, -1)) >= 0) {
      out = retagAs(model.tagger, x, out, i, NOUN_ID);
      continue;
    }
    // (Past one describing word: "two earlier bids", "three new stores"; not an adverb of the
    // verb, "trade between the two still comes".)
    const n = out.tags[i - 1] === ADJ_ID || (out.tags[i - 1] === ADV_ID && /(er|est)$/.test(forms[i - 1]!)) ? i - 2 : i - 1;
    if (n < 0 || out.tags[n] !== NUM_ID || /^\d{4}$/.test(forms[n]!)) continue;
    out = retagAs(model.tagger, x, out, i, NOUN_ID);
  }
  return out;
}

/**
 * "the cybersecurity start-up Quillfire", "a shake-up", "the sell-off": a verb and its particle
 * joined by a hyphen after a determiner or a noun are a noun, not a verb ("start" read as the
 * verb, the start-up's name its object).
 */
function particleNouns(model: ParserModel, x: TaggerInput, forms: readonly string[], scored: TagScores): TagScores {
  let out = scored;
  for (let i = 1; i + 2 < forms.length; i++) {
    if (forms[i + 1] !== '-' || !/^(up|out|off|in|over|down|back|on|away)$/.test(forms[i + 2]!)) continue;
    const before = out.tags[i - 1]!;
    if (before !== DET_ID && before !== ADJ_ID && before !== NOUN_ID && before !== PART_ID && before !== NUM_ID) continue;
    if (out.tags[i] !== NOUN_ID) out = retagAs(model.tagger, x, out, i, NOUN_ID);
    if (out.tags[i + 2] !== NOUN_ID) out = retagAs(model.tagger, x, out, i + 2, NOUN_ID);
  }
  return out;
}

/**
 * "overtook defending champion Luka Brandt", "beat reigning champion Ida Holm": a participle in
 * -ing right after a verb and before a noun and a name describes the noun (the treebank's
 * adjective): read as a verb, it takes the name as its own object and the clause loses it.
 * So does one after the "to" or "from" of a party ("sold the complex to streaming group
 * Brightwater Media"), a "to" the tagger may have taken for an infinitive's: none is in -ing.
 */
function participleBeforeDescribedName(model: ParserModel, x: TaggerInput, forms: readonly string[], scored: TagScores): TagScores {
  let out = scored;
  for (let i = 1; i + 2 < forms.length; i++) {
    if (out.tags[i] !== VERB_ID || !/^\p{Ll}+ing$/u.test(forms[i]!)) continue;
    const partyMark = /^(to|from)$/i.test(forms[i - 1]!);
    if (out.tags[i - 1] !== VERB_ID && !partyMark) continue;
    let k = i + 1;
    while (out.tags[k] === NOUN_ID) k++;
    if (k === i + 1 || out.tags[k] !== PROPN_ID) continue;
    out = retagAs(model.tagger, x, out, i, ADJ_ID);
    if (partyMark && out.tags[i - 1] !== ADP_ID) out = retagAs(model.tagger, x, out, i - 1, ADP_ID);
  }
  return out;
}

/**
 * "Mariners captain Tane Whitford had been doubtful": a word for a person ("captain", "coach")
 * between the noun phrase that opens a sentence and a name, with the name's own verb after it,
 * is the name's title; read as a verb ("the Mariners captain …"), it takes the phrase before it
 * for its subject and the sentence's real verb for its complement.
 */
function titleBeforeName(model: ParserModel, x: TaggerInput, forms: readonly string[], scored: TagScores): TagScores {
  let out = scored;
  for (let i = 1; i + 2 < forms.length; i++) {
    if (out.tags[i] !== VERB_ID || /(s|ed|ing)$/.test(forms[i]!) || !isPersonNoun(forms[i]!)) continue;
    // (So is one after the "to" of a party, after the thing passed: "sold its furniture division
    // to rival Dunmore's", not "plans to rival Dunmore's", whose "to" follows a verb.)
    if (forms[i - 1] === 'to' && (out.tags[i - 2] === NOUN_ID || out.tags[i - 2] === PROPN_ID) && out.tags[i + 1] === PROPN_ID) {
      // (The "to" first: re-tagging a word re-reads the words after it.)
      if (out.tags[i - 1] !== ADP_ID) out = retagAs(model.tagger, x, out, i - 1, ADP_ID);
      if (out.tags[i] !== NOUN_ID) out = retagAs(model.tagger, x, out, i, NOUN_ID);
      continue;
    }
    if (out.tags[i - 1] !== NOUN_ID && out.tags[i - 1] !== PROPN_ID) continue;
    if (!Array.from(out.tags.subarray(0, i)).every((t) => t === DET_ID || t === ADJ_ID || t === NOUN_ID || t === PROPN_ID || t === NUM_ID)) continue;
    let k = i + 1;
    while (out.tags[k] === PROPN_ID) k++;
    if (k === i + 1 || (out.tags[k] !== AUX_ID && out.tags[k] !== VERB_ID)) continue;
    out = retagAs(model.tagger, x, out, i, NOUN_ID);
  }
  return out;
}

// How near to a verb the tagger must have found a word for a construction to make it one: surer
// than for a missing main verb (VERB_GAP). "states" and "adds" closing a sentence score 19 and
// 10, "shows" 27, "outbid" after "having" 8; "the marine whelks" 59, "has green eyes" 47.
const NEAR_VERB_GAP = 30;

/** Whether a word form is a reporting verb's base or -s form ("show", "claims"): the tagger's fixes have no lemmas. */
function reportingForm(form: string): boolean {
  // (Or a verb of thinking or telling by WordNet's first sense: "analysts estimate that …".)
  const base = form.replace(/s$/, '');
  return REPORTING_VERBS.has(form) || REPORTING_VERBS.has(base) || isSayingVerb(form) || (base !== form && isSayingVerb(base));
}

/**
 * "There were no injuries, the project's safety report states.": a word in -s closing a
 * sentence, right after a noun phrase that a comma sets off from a clause with its own verb, is
 * that phrase's verb (the speaker's "states", "says", "notes"), when the tagger found it nearly
 * a verb. Read as a plural noun, it turns the speaker into the clause's second subject.
 */
function closingSpeakerVerb(model: ParserModel, x: TaggerInput, forms: readonly string[], scored: TagScores): TagScores {
  let last = forms.length - 1;
  while (last > 0 && scored.tags[last] === PUNCT_ID) last--;
  // (Or a reporting verb's plural form after a phrase with its own modifiers: "…, figures
  // published on Tuesday by the research firm Tillage Insight show.")
  const reporting = reportingForm(forms[last]!);
  if (last < 3 || scored.tags[last] !== NOUN_ID || !(/[^s]s$/.test(forms[last]!) || reporting) || scored.verbGap[last]! >= NEAR_VERB_GAP) return scored;
  let start = last - 1;
  const inPhrase = (t: number) => NOMINAL.has(t) || t === DET_ID || t === PART_ID || (reporting && (t === ADP_ID || t === VERB_ID));
  while (start > 0 && inPhrase(scored.tags[start]!)) start--;
  const phrase = start + 1;
  // (The phrase ends in its noun: "the marine whelks." is one noun phrase.)
  const before = scored.tags[last - 1]!;
  if (phrase >= last || forms[start] !== ',' || (before !== NOUN_ID && before !== PROPN_ID)) return scored;
  if (!Array.from(scored.tags.slice(0, start)).some((t) => t === VERB_ID || t === AUX_ID)) return scored;
  return retagAsVerb(model.tagger, x, scored, last);
}

/**
 * "Figures published on Monday show that …": a reporting verb read as a noun right before "that"
 * and a clause, after a phrase (no determiner or adjective of its own before it: "the show that
 * …" is a noun), is the phrase's verb, when the tagger found it nearly one.
 */
function reportingVerbBeforeThat(model: ParserModel, x: TaggerInput, forms: readonly string[], scored: TagScores): TagScores {
  let out = scored;
  // (Or a participle in -ing opening the sentence, its phrase closed by a comma: "Warning that
  // the tax could cost 1,200 jobs, the association said …".)
  const stem = forms[0]!.replace(/ing$/, '');
  if (out.tags[0] === NOUN_ID && forms[1] === 'that' && stem !== forms[0] && (reportingForm(stem) || reportingForm(`${stem}e`)) && forms.includes(',')) {
    out = retagAsVerb(model.tagger, x, out, 0);
  }
  for (let i = 2; i + 2 < forms.length; i++) {
    if (out.tags[i] !== NOUN_ID || out.verbGap[i]! >= NEAR_VERB_GAP) continue;
    if (!reportingForm(forms[i]!)) continue;
    const before = out.tags[i - 1]!;
    if (before === DET_ID || before === ADJ_ID || before === PART_ID || before === NUM_ID) continue;
    // (Or, in -s after a name, before a clause with its own verb: "Brackwater Construction
    // claims Hearthstone Housing owes it £2.1m".)
    const clause = forms[i + 1] === 'that' ||
      (/[^s]s$/.test(forms[i]!) && before === PROPN_ID && (out.tags[i + 1] === PROPN_ID || out.tags[i + 1] === DET_ID) && Array.from(out.tags.slice(i + 2)).includes(VERB_ID));
    if (clause) out = retagAsVerb(model.tagger, x, out, i);
  }
  return out;
}

/** Verbs of saying whose object is what was said, never a thing ("announced Treasury plans" may be the plans). */
const CLAUSE_ONLY_SAYING = /^(say|says|said|add|adds|added|insist|insists|insisted)$/;

/**
 * "Brennan said Severnside plans to invest £1.2bn": a verb of saying followed by a name and a
 * word in -s that the tagger found nearly a verb, itself followed by "to" and a verb or by the
 * start of a noun phrase, reports a clause with no "that", whose verb that word is. (Read as the
 * noun, "Severnside plans" became what was said, and the claim lost its speaker.)
 */
function clauseAfterSayingVerb(model: ParserModel, x: TaggerInput, forms: readonly string[], scored: TagScores): TagScores {
  let out = scored;
  for (let v = 0; v + 3 < forms.length; v++) {
    if (out.tags[v] !== VERB_ID || !CLAUSE_ONLY_SAYING.test(forms[v]!)) continue;
    let i = v + 1;
    while (i < forms.length && i - v <= 4 && out.tags[i] === PROPN_ID) i++;
    if (i === v + 1 || out.tags[i] !== NOUN_ID || !/[^s]s$/.test(forms[i]!) || out.verbGap[i]! >= NEAR_VERB_GAP) continue;
    const next = out.tags[i + 1];
    const opensClause = (forms[i + 1] === 'to' && out.tags[i + 2] === VERB_ID) || next === DET_ID || next === PROPN_ID || next === NUM_ID || next === PRON_ID;
    if (opensClause) out = retagAsVerb(model.tagger, x, out, i);
  }
  return out;
}

/**
 * "The union announced on Tuesday that academic staff had voted …": "that" after a verb of saying
 * (and the time, place or hearer told with it), opening a noun phrase whose verb comes next, is
 * the complement's marker, not a determiner: read as "that academic staff", the phrase loses its
 * clause and the parser hangs the speaker on the reported verb.
 */
function thatAfterReportingVerb(model: ParserModel, x: TaggerInput, forms: readonly string[], scored: TagScores): TagScores {
  let out = scored;
  for (let i = 1; i + 2 < forms.length; i++) {
    if (forms[i] !== 'that' || (out.tags[i] !== DET_ID && out.tags[i] !== PRON_ID)) continue;
    let v = i - 1;
    while (v > 0 && i - v <= 5 && /^(ADP|DET|NOUN|PROPN|NUM|PRON|ADJ)$/.test(UPOS[out.tags[v]!]!)) v--;
    if (out.tags[v] !== VERB_ID || !(reportingPast(forms[v]!) || reportingForm(verbOfForm(forms[v]!) ?? forms[v]!))) continue;
    let k = i + 1;
    while (k < forms.length && /^(DET|ADJ|NOUN|PROPN|NUM|ADP|PART)$/.test(UPOS[out.tags[k]!]!)) k++;
    const nominal = Array.from(out.tags.slice(i + 1, k)).some((t) => t === NOUN_ID || t === PROPN_ID);
    if (nominal && k > i + 1 && (out.tags[k] === AUX_ID || out.tags[k] === VERB_ID)) out = retagAs(model.tagger, x, out, i, SCONJ_ID);
  }
  return out;
}

/**
 * "Having outbid Kestrel City, Portvale …", "it would open 12 hubs": a word the tagger read as an
 * adjective or a noun right after a form of "have" it read as the perfect's auxiliary, or after a
 * modal, is that auxiliary's verb (a verb it does not know, "outbid"; a verb that is also an
 * adjective, "open"), when it found the word nearly a verb: such an auxiliary is followed by a
 * verb, but the tagger may call "has" in "has green eyes" one too.
 */
function verbAfterAuxiliary(model: ParserModel, x: TaggerInput, forms: readonly string[], scored: TagScores): TagScores {
  let out = scored;
  for (let i = 0; i + 1 < forms.length; i++) {
    if (out.tags[i] !== AUX_ID) continue;
    // (A modal opening a question has its subject after it: "Can police trace a call?")
    const modal = MODAL_FORMS.has(forms[i]!) && i > 0 && out.tags[i - 1] !== PUNCT_ID && !/^wh|^how$/.test(forms[i - 1]!);
    // (Or after a form of "be", with a "by" phrase after it in the clause: a passive, "the chain
    // was undercut on bread and milk by the discounter", not a description.)
    // (Or one fronted: "By Nyström, Zawadzki had been overtaken".)
    const passive = /^(is|are|was|were|be|been|being)$/.test(forms[i]!) && (byPhraseAfter(forms, out, i + 2) || forms[0] === 'by');
    // ("'d" is "had" or "would": an auxiliary either way.)
    if (!modal && !passive && !PERFECT_FORMS.has(forms[i]!) && forms[i] !== "'d") continue;
    const next = out.tags[i + 1]!;
    // (A passive's participle the tagger has never seen as a verb, "undercut", may score far
    // from one: the "by" phrase is the evidence.)
    // (So may a modal's verb that is more often a noun, "might experience nosebleeds": a
    // declarative modal is followed by its verb, the noun reading leaves it none.)
    const gap = passive || modal ? PASSIVE_VERB_GAP : NEAR_VERB_GAP;
    // (A participle in -ed or -en may be read as an adverb too: "had been overtaken".)
    const participle = passive && next === ADV_ID && /(ed|en)$/.test(forms[i + 1]!);
    if ((next === ADJ_ID || next === NOUN_ID || participle) && out.verbGap[i + 1]! < gap) out = retagAsVerb(model.tagger, x, out, i + 1);
  }
  return out;
}

const SCONJ_ID = UPOS.indexOf('SCONJ');

/**
 * "… unless recruitment recovers, …": a clause opened by a subordinating conjunction has a verb
 * of its own, so one whose words up to the next punctuation have none has lost it to the tagger
 * (a verb in -s read as a plural noun, "recruitment recovers" as a compound). The noun after its
 * subject that the tagger found nearest to being a verb is made the verb.
 */
function verbInSubordinateClause(model: ParserModel, x: TaggerInput, scored: TagScores): TagScores {
  let out = scored;
  for (let i = 0; i + 2 < out.tags.length; i++) {
    if (out.tags[i] !== SCONJ_ID) continue;
    let end = i + 1;
    while (end < out.tags.length && out.tags[end] !== PUNCT_ID && out.tags[end] !== SCONJ_ID && end - i <= 8) end++;
    const clause = Array.from(out.tags.slice(i + 1, end));
    if (clause.length < 2 || clause.some((t) => t === VERB_ID || t === AUX_ID)) continue;
    let best = -1;
    for (let k = i + 2; k < end; k++) {
      const before = out.tags[k - 1]!;
      if (out.tags[k] === NOUN_ID && (before === NOUN_ID || before === PROPN_ID || before === PRON_ID) && out.verbGap[k]! < NEAR_VERB_GAP && (best < 0 || out.verbGap[k]! < out.verbGap[best]!)) best = k;
    }
    if (best > 0) out = retagAsVerb(model.tagger, x, out, best);
  }
  return out;
}

const PASSIVE_VERB_GAP = 80;

/** A "by" opening a phrase within the clause from `from` on (before a verb, a comma or a clause's end). */
function byPhraseAfter(forms: readonly string[], scored: TagScores, from: number): boolean {
  for (let k = from; k < forms.length && k < from + 8; k++) {
    if (forms[k] === 'by') return true;
    if (scored.tags[k] === VERB_ID || scored.tags[k] === AUX_ID || scored.tags[k] === PUNCT_ID) return false;
  }
  return false;
}

/**
 * "beat Okafor 6-3, 6-4", "won 3–1": figures joined by a dash (a score, a range) are numbers,
 * however rare such a word was in the treebank (the tagger read "6-3" as a name).
 */
function scoresAsNumbers(model: ParserModel, x: TaggerInput, texts: readonly string[], scored: TagScores): TagScores {
  let out = scored;
  for (let i = 0; i < texts.length; i++) {
    if (out.tags[i] !== NUM_ID && /^\d+(?:[-–]\d+)+$/.test(texts[i]!)) out = retagAs(model.tagger, x, out, i, NUM_ID);
  }
  return out;
}

/**
 * "Harrow & Lyle first approached Meridian about a merger", "In 2021, Meridian first approached":
 * a capitalised word inside the sentence that the tokenizer takes for a name, read by the tagger
 * as an adjective of the same spelling ("meridian", "sterling", "premier"), is the name where it
 * describes no noun after it and is no complement of "be" or a verb like it ("is British").
 */
function namesAfterVerbs(model: ParserModel, x: TaggerInput, texts: readonly string[], hints: readonly string[], scored: TagScores): TagScores {
  let out = scored;
  for (let i = 0; i < texts.length; i++) {
    if (out.tags[i] !== ADJ_ID || hints[i] !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(texts[i]!)) continue;
    // (The first word, capitalised as every first word is, only right before its verb: "Auroral
    // awarded the contract"; an adjective cannot be a subject.)
    if (i === 0) {
      if (out.tags[1] === VERB_ID) out = retagAs(model.tagger, x, out, 0, PROPN_ID);
      continue;
    }
    if (NOMINAL.has(out.tags[i + 1] ?? -1) || out.tags[i - 1] === AUX_ID || COPULAR.test(texts[i - 1]!.toLowerCase())) continue;
    // (Where a name stands: a verb's object, or a subject with its verb next.)
    if (out.tags[i - 1] !== VERB_ID && !SUBJECT_NEXT.has(out.tags[i + 1] ?? -1)) continue;
    out = retagAs(model.tagger, x, out, i, PROPN_ID);
  }
  return out;
}

/**
 * "sold Will Sterling to Leeds", "replaced Grant Whitlow as director", "Grant Whitlow took over":
 * a first name spelt as a verb, an auxiliary or a noun ("Grant", "Will", "Mark") read as one. Inside a
 * sentence that is not set in title case, a capitalised word right before another is a name;
 * as the first word, where the next capitalised words are followed by a verb (a first word is
 * capitalised anyway, so only a name with its verb after it says so, and no participle).
 */
const SPELT_AS = new Set([VERB_ID, AUX_ID, NOUN_ID]);
function namesSpeltAsWords(model: ParserModel, x: TaggerInput, texts: readonly string[], scored: TagScores): TagScores {
  const capitalised = (k: number) => /^\p{Lu}\p{Ll}/u.test(texts[k] ?? '');
  // (A headline in title case capitalises its verbs too: it has no word of four letters or more in lower case.)
  if (!texts.some((t) => /^\p{Ll}{4,}$/u.test(t))) return scored;
  let out = scored;
  for (let i = 0; i + 1 < texts.length; i++) {
    if (!SPELT_AS.has(out.tags[i]!) || !capitalised(i) || !capitalised(i + 1)) continue;
    // (Inside the sentence, a noun only where it is an English word: a name the tagger does not
    // know, "sold striker Tomás Ferreira", it reads as a noun of the name's phrase, which the
    // parser takes as the name it is.)
    if (i > 0 && out.tags[i] === NOUN_ID && !isKnownWord(texts[i]!.toLowerCase())) continue;
    if (i === 0) {
      // (A participle opening the sentence describes the name after it: "Neighbouring Kaldera has".)
      if (/(ing|ed)$/.test(texts[0]!)) continue;
      let k = 1;
      while (capitalised(k)) k++;
      if (out.tags[k] !== VERB_ID && out.tags[k] !== AUX_ID) continue;
    } else if (!/^[\p{L}\p{N},]/u.test(texts[i - 1]!)) continue;
    out = retagAs(model.tagger, x, out, i, PROPN_ID);
    if (out.tags[i + 1] !== PROPN_ID) out = retagAs(model.tagger, x, out, i + 1, PROPN_ID);
  }
  return out;
}

/**
 * "Crumb & Co", "Dunnes & Lowe": capitalised words joined by an ampersand are one name (news
 * writes "and" between two things), whatever the words are otherwise ("crumb" read as a verb).
 */
function ampersandNames(model: ParserModel, x: TaggerInput, texts: readonly string[], scored: TagScores): TagScores {
  let out = scored;
  for (let i = 1; i + 1 < texts.length; i++) {
    if (texts[i] !== '&' || !/^\p{Lu}/u.test(texts[i - 1]!) || !/^\p{Lu}/u.test(texts[i + 1]!)) continue;
    for (const k of [i - 1, i + 1]) if (out.tags[k] !== PROPN_ID) out = retagAs(model.tagger, x, out, k, PROPN_ID);
  }
  return out;
}

/**
 * Whether a parse's head is not a finite verb, in a sentence with no auxiliary: a noun or name
 * with no copula; a verb with an infinitive's "to"; a verb with a "by" agent (a participle:
 * "The group, led by a former judge, | reviews ..."); a first word read as a verb with no
 * subject ("Rising demand for housing | drives prices higher").
 */
function lacksMainVerb(p: DependencyParse, tags: readonly string[]): boolean {
  if (tags.includes('AUX')) return false;
  const root = p.heads.indexOf(-1);
  if (root < 0) return false;
  const t = tags[root];
  if (t !== 'NOUN' && t !== 'PROPN' && t !== 'VERB') return false;
  let subject = false, infinitive = false, agent = false;
  for (let d = 0; d < p.heads.length; d++) {
    if (p.heads[d] !== root) continue;
    const label = p.labels[d]!;
    if (label === 'cop') return false;
    if (/^(nsubj|csubj|expl)/.test(label)) subject = true;
    if (label === 'mark' && d < root && tags[d] === 'PART') infinitive = true;
    if (label === 'obl:agent') agent = true;
  }
  if (t === 'VERB') return infinitive || agent || (root === 0 && !subject);
  return !hangingVerb(p, tags, root);
}

const HANGING = /^(acl|advcl|parataxis|conj|dep|appos)$/;

/**
 * A verb the parser hung from a noun at the head of the sentence that is the sentence's verb
 * ("Committee chair Brian Osei said ...": root "chair", "said" a clause under it): a verb after
 * the noun, joined as a modifier or a clause, with no subject or marker of its own, and not set
 * off by a comma as a description. repair.ts (nominalHead) makes it the head; no verb is missing.
 */
function hangingVerb(p: DependencyParse, tags: readonly string[], root: number): boolean {
  const n = p.heads.length;
  for (let d = root + 1; d < n; d++) {
    if (p.heads[d] !== root || tags[d] !== 'VERB' || !HANGING.test(p.labels[d]!)) continue;
    if (tags[d - 1] === 'PUNCT' && /^(acl|appos)$/.test(p.labels[d]!)) continue;
    let own = false;
    for (let c = 0; c < n; c++) if (p.heads[c] === d && /^(nsubj|csubj|expl|mark)/.test(p.labels[c]!)) own = true;
    if (!own) return true;
  }
  return false;
}
