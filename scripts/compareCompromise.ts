// `npm run compare:compromise`: the project brief's library (compromise) measured side by side
// with what the engine uses (wink-nlp's tags, then the engine's own tagger and dependency parser),
// on the same UD English EWT test sentences, in one run:
//   1. part-of-speech accuracy in Universal POS (compromise's tags mapped as `uposOf` says);
//   2. who did what: for every gold clause with a subject (nsubj, nsubj:pass) and an object (obj),
//      whether each system finds the subject's head word and the object's head word of that verb;
//   3. speed, in words a second, on the same text.
// Every system reads the sentence's own text (`# text`), so compromise and wink-nlp tokenise it
// their own way; their tokens are mapped onto the gold words by character offsets. The engine's
// tagger and parser read the gold words with wink's tags, as `npm run eval:parser` scores them.
// `--joined` feeds all three the gold words joined with spaces instead (as scripts/conllu.ts does);
// `--limit N` reads the first N sentences only; `--confusions` also lists each system's most
// frequent tagging errors (gold → given), to check the tag mapping.
import * as fs from 'node:fs';
import * as path from 'node:path';
import nlpUntyped from 'compromise';
import { tokenize } from '../src/core/tokens';
import { spellingKey } from '../src/core/spelling';
import { decodeModel, type ParserModel } from '../src/core/syntax/model';
import { analyseSentence, refineTags, type SyntaxToken } from '../src/core/syntax/index';
import { wordForm } from '../src/core/syntax/parser';

// ---- compromise, typed as far as this script uses it ----------------------------------------
interface CTerm {
  readonly text: string;
  readonly tags: Set<string>;
  readonly offset?: { start: number; length: number };
}
interface CView {
  readonly found: boolean;
  readonly docs: CTerm[][];
  compute(method: string): CView;
  verbs(): CVerbs;
  nouns(): CNouns;
  chunks(): CView;
  has(match: string): boolean;
  forEach(fn: (view: CView) => void): void;
}
interface CVerbs extends CView { subjects(): CView }
interface CNouns extends CView { parse(): { root: CView }[] }
const nlp = nlpUntyped as unknown as (text: string) => CView;

// ---- gold sentences ---------------------------------------------------------------------------
interface GoldWord { readonly form: string; readonly upos: string; readonly head: number; readonly label: string; start: number; readonly length: number }
interface GoldSentence { readonly text: string; readonly words: GoldWord[] }

/** Reads CoNLL-U with each word's character offset in the text every system reads (-1 where it cannot be found). */
function readGold(file: string, joined: boolean): GoldSentence[] {
  const out: GoldSentence[] = [];
  let text = '';
  let words: GoldWord[] = [];
  const flush = () => {
    if (words.length === 0) return;
    const input = joined ? words.map((w) => w.form).join(' ') : text;
    let cursor = 0;
    for (const w of words) {
      const at = input.indexOf(w.form, cursor);
      // Only whitespace may lie between one word and the next; otherwise the word is not in the text as such.
      if (at >= 0 && !input.slice(cursor, at).trim()) { w.start = at; cursor = at + w.form.length; }
    }
    out.push({ text: input, words });
    words = []; text = '';
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# text = ')) text = line.slice(9);
    if (line.startsWith('#')) continue;
    if (!line.trim()) { flush(); continue; }
    const cols = line.split('\t');
    if (!/^\d+$/.test(cols[0]!)) continue; // multi-word token ranges and empty nodes
    words.push({ form: cols[1]!, upos: cols[3]!, head: Number(cols[6]) - 1, label: cols[7]!, start: -1, length: cols[1]!.length });
  }
  flush();
  return out;
}

// ---- compromise's tags in Universal POS -------------------------------------------------------
const COORDINATORS = new Set(['and', 'or', 'but', 'nor', 'yet', 'so', '&', 'plus', 'either', 'neither', 'both']);

/**
 * compromise tags a term with a set from its own hierarchy (89 tags); UPOS wants one. Read in
 * this order, first match wins:
 *   Pronoun, and Possessive without a number ("my", "its") → PRON; Determiner → DET;
 *   Auxiliary, Modal, Copula → AUX; Negative "not"/"n't" → PART; Particle ("up" of "went up")
 *   → ADP (as EWT tags it); other Verb → VERB; Ordinal → ADJ; Value, Cardinal, Money, Percent,
 *   Fraction, NumericValue, Year, PhoneNumber → NUM; ProperNoun (names, organisations), Place,
 *   Month, WeekDay, Holiday, Acronym but not Actor ("US", not "CEO") → PROPN; Noun → NOUN;
 *   Adjective → ADJ; Adverb, Negative ("never") → ADV; Preposition → ADP; Conjunction and
 *   Condition → CCONJ for coordinators, SCONJ otherwise; "to" tagged Preposition or Conjunction
 *   → PART before a verb, ADP otherwise; QuestionWord → PRON for who/what/which/whom/whose, ADV
 *   otherwise; There → PRON; Expression → INTJ; Emoticon, Emoji → SYM; Url, Email, HashTag,
 *   AtMention → X; Date alone → NOUN; no tags → X. A possessive clitic ("'s" inside
 *   compromise's one term "Khan's") → PART.
 * The lexical splits (coordinators, infinitival "to") and the Place / Acronym / Possessive rules
 * are kind to compromise: its tag set does not make those distinctions, so they give it credit
 * for what its tags imply rather than charge it for UD's finer classes.
 */
function uposOf(tags: ReadonlySet<string>, lower: string, nextIsVerb: boolean): string {
  const has = (t: string) => tags.has(t);
  if (has('Pronoun')) return 'PRON';
  // "my", "its": compromise tags them Noun + Possessive only, where a possessive noun also has a number.
  if (has('Possessive') && !has('Singular') && !has('Plural') && !has('ProperNoun')) return 'PRON';
  if (has('Determiner')) return 'DET';
  if (has('Auxiliary') || has('Modal') || has('Copula')) return 'AUX';
  if (has('Negative') && (lower === 'not' || lower === "n't" || lower === 'n’t' || lower === '')) return 'PART';
  if (has('Particle')) return 'ADP';
  if (has('Verb')) return 'VERB';
  if (has('Ordinal')) return 'ADJ';
  if (has('Value') || has('Cardinal') || has('Money') || has('Percent') || has('Fraction') || has('NumericValue') || has('Year')) return 'NUM';
  if (has('PhoneNumber')) return 'NUM';
  if (has('ProperNoun') || has('Place') || has('Month') || has('WeekDay') || has('Holiday') || (has('Acronym') && !has('Actor'))) return 'PROPN';
  if (has('Noun')) return 'NOUN';
  if (has('Adjective')) return 'ADJ';
  if (has('Adverb') || has('Negative')) return 'ADV';
  if (lower === 'to' && (has('Preposition') || has('Conjunction'))) return nextIsVerb ? 'PART' : 'ADP';
  if (has('Preposition')) return 'ADP';
  if (has('Conjunction') || has('Condition')) return COORDINATORS.has(lower) ? 'CCONJ' : 'SCONJ';
  if (has('QuestionWord')) return /^(who|what|which|whom|whose)$/.test(lower) ? 'PRON' : 'ADV';
  if (has('There')) return 'PRON';
  if (has('Expression')) return 'INTJ';
  if (has('Emoticon') || has('Emoji')) return 'SYM';
  if (has('Url') || has('Email') || has('HashTag') || has('AtMention')) return 'X';
  if (has('Date')) return 'NOUN';
  return 'X';
}

/** A word compromise kept out of its terms (punctuation is term padding there) is read by its characters. */
function uposOfPadding(form: string): string {
  if (/^\p{P}+$/u.test(form)) return 'PUNCT';
  if (/^[\p{S}\p{P}]+$/u.test(form)) return 'SYM';
  return 'X';
}

interface Span { readonly start: number; readonly end: number }
const covers = (s: Span, at: number) => at >= s.start && at < Math.max(s.end, s.start + 1);

/** compromise's terms of one sentence with offsets, contractions' implicit terms kept next to their surface term. */
function compromiseTerms(doc: CView): { term: CTerm; start: number; end: number }[] {
  doc.compute('offset');
  const out: { term: CTerm; start: number; end: number }[] = [];
  for (const sentence of doc.docs) {
    for (const term of sentence) {
      const o = term.offset!;
      out.push({ term, start: o.start, end: o.start + o.length });
    }
  }
  return out;
}

/** compromise's UPOS for each gold word (null where the word could not be placed in the text). */
function compromiseTags(doc: CView, words: readonly GoldWord[]): (string | null)[] {
  const terms = compromiseTerms(doc);
  return words.map((w) => {
    if (w.start < 0) return null;
    // The term the word starts in; a later word inside the same surface term ("n't" of "didn't")
    // takes the next implicit (zero-length) term compromise expanded it into, if any.
    let k = terms.findIndex((t) => covers(t, w.start));
    if (k < 0) return uposOfPadding(w.form);
    if (terms[k]!.start < w.start) {
      let j = k + 1;
      while (j < terms.length && terms[j]!.end === terms[j]!.start) {
        if (terms[j]!.term.tags.size) { k = j; break; }
        j++;
      }
      if (k !== j && terms[k]!.term.tags.has('Possessive') && /^['’]s?$/.test(w.form)) return 'PART';
    }
    const t = terms[k]!;
    const next = terms[k + 1];
    const lower = t.end === t.start ? t.term.text.toLowerCase() : w.form.toLowerCase();
    return uposOf(t.term.tags, lower, !!next && next.term.tags.has('Verb'));
  });
}

// ---- who did what ------------------------------------------------------------------------------
interface GoldClause {
  readonly sentence: number;
  readonly verb: number;
  /** Accepted subject heads: the gold one, and for a relative pronoun the noun it stands for. */
  readonly subjects: readonly number[];
  readonly objects: readonly number[];
}
const RELATIVE = new Set(['who', 'whom', 'which', 'that']);

function goldClauses(sentences: readonly GoldSentence[]): GoldClause[] {
  const out: GoldClause[] = [];
  sentences.forEach((s, si) => {
    s.words.forEach((_, p) => {
      const subj = s.words.findIndex((w) => w.head === p && (w.label === 'nsubj' || w.label === 'nsubj:pass'));
      const obj = s.words.findIndex((w) => w.head === p && w.label === 'obj');
      if (subj < 0 || obj < 0) return;
      const accept = (d: number) => (RELATIVE.has(s.words[d]!.form.toLowerCase()) && s.words[p]!.label === 'acl:relcl' ? [d, s.words[p]!.head] : [d]);
      out.push({ sentence: si, verb: p, subjects: accept(subj), objects: accept(obj) });
    });
  });
  return out;
}

/** The gold words whose first character lies in one of compromise's terms. */
function wordsIn(view: CView, words: readonly GoldWord[]): Set<number> {
  const spans: Span[] = [];
  for (const d of view.docs) for (const t of d) spans.push({ start: t.offset!.start, end: t.offset!.start + t.offset!.length });
  const out = new Set<number>();
  words.forEach((w, i) => { if (w.start >= 0 && spans.some((s) => covers(s, w.start))) out.add(i); });
  return out;
}

/** compromise's own head of a noun phrase: its noun parse's root ("market" of "the stock market"), all of whose words count. */
function headOf(phrase: CView): CView {
  const nouns = phrase.nouns();
  return nouns.found ? nouns.parse()[0]!.root : phrase;
}

interface CompromiseClause { readonly verb: Set<number>; readonly subject: Set<number>; readonly object: Set<number> }

/**
 * compromise's analysis of who did what: each verb phrase (`.verbs()`), its subject
 * (`.subjects()`, its own heuristic), and, since compromise has no object API, the noun-phrase
 * chunk (`.chunks()`) right after the verb's chunk, which is what a reader of its chunks would take.
 */
function compromiseClauses(doc: CView, words: readonly GoldWord[]): CompromiseClause[] {
  doc.compute('offset');
  const chunks: { view: CView; verbs: Set<number>; noun: boolean; verb: boolean }[] = [];
  doc.chunks().forEach((c) => chunks.push({ view: c, verbs: wordsIn(c, words), noun: c.has('<Noun>'), verb: c.has('<Verb>') }));
  const out: CompromiseClause[] = [];
  doc.verbs().forEach((v) => {
    const verb = wordsIn(v, words);
    const subj = (v as CVerbs).subjects();
    const subject = subj.found ? wordsIn(headOf(subj), words) : new Set<number>();
    let object = new Set<number>();
    const last = Math.max(-1, ...verb);
    const at = chunks.findIndex((c) => c.verb && c.verbs.has(last));
    const next = at >= 0 ? chunks[at + 1] : undefined;
    if (next?.noun) object = wordsIn(headOf(next.view), words);
    out.push({ verb, subject, object });
  });
  return out;
}

// ---- the run ------------------------------------------------------------------------------------
interface Tally { tags: number; wordTags: number; subj: number; obj: number; both: number; verbFound: number }

const root = path.resolve(__dirname, '..');
const joined = process.argv.includes('--joined');
const limitArg = process.argv.indexOf('--limit');
const limit = limitArg >= 0 ? Number(process.argv[limitArg + 1]) : Infinity;
const file = path.resolve(root, '..', 'shared', 'data', 'ud-english-ewt', 'test.conllu');
if (!fs.existsSync(file)) {
  console.error(`compare:compromise: ${file} is missing (UD English EWT from ../shared/data)`);
  process.exit(2);
}
const model: ParserModel = decodeModel(fs.readFileSync(path.join(root, 'models', 'en-ewt-parser.bin')));
const sentences = readGold(file, joined).slice(0, limit);
const clauses = goldClauses(sentences);
const wordCount = sentences.reduce((n, s) => n + s.words.length, 0);
const placed = sentences.reduce((n, s) => n + s.words.filter((w) => w.start >= 0).length, 0);

/** wink-nlp's tag of each gold word: the token its first character falls in, as scripts/conllu.ts reads it. */
function winkHints(s: GoldSentence): string[] {
  const tokens = tokenize(s.text, 0, s.text.length);
  return s.words.map((w) => {
    if (w.start < 0) return 'X';
    const t = tokens.find((x) => x.end > w.start);
    return t && t.start < w.start + w.length ? t.pos : 'X';
  });
}

function syntaxTokens(s: GoldSentence, hints: readonly string[]): SyntaxToken[] {
  return s.words.map((w, i) => {
    const lower = w.form.toLowerCase().replace(/’/g, "'");
    return { text: w.form, norm: spellingKey(lower), pos: hints[i]! };
  });
}

const wink: Tally = { tags: 0, wordTags: 0, subj: 0, obj: 0, both: 0, verbFound: 0 };
const engine: Tally = { ...wink };
const comp: Tally = { ...wink };
let goldWords = 0;
const confusions = { wink: new Map<string, number>(), engine: new Map<string, number>(), compromise: new Map<string, number>() };
const confuse = (m: Map<string, number>, gold: string, given: string | null) => {
  if (gold !== given) m.set(`${gold} → ${given ?? 'unplaced'}`, (m.get(`${gold} → ${given ?? 'unplaced'}`) ?? 0) + 1);
};
const clausesBySentence = new Map<number, GoldClause[]>();
for (const c of clauses) clausesBySentence.set(c.sentence, [...(clausesBySentence.get(c.sentence) ?? []), c]);

sentences.forEach((s, si) => {
  const hints = winkHints(s);
  const forms = s.words.map((w) => wordForm(spellingKey(w.form.toLowerCase().replace(/’/g, "'"))));
  const refined = refineTags(model, forms, s.words.map((w) => w.form), hints);
  const doc = nlp(s.text);
  const cTags = compromiseTags(doc, s.words);
  s.words.forEach((w, i) => {
    const isWord = w.upos !== 'PUNCT' && w.upos !== 'SYM';
    if (isWord) goldWords++;
    const score = (t: Tally, tag: string | null) => { if (tag === w.upos) { t.tags++; if (isWord) t.wordTags++; } };
    score(wink, hints[i]!);
    score(engine, refined[i]!);
    score(comp, cTags[i]!);
    confuse(confusions.wink, w.upos, hints[i]!);
    confuse(confusions.engine, w.upos, refined[i]!);
    confuse(confusions.compromise, w.upos, cTags[i]!);
  });
  const mine = clausesBySentence.get(si);
  if (!mine) return;
  const syn = analyseSentence(model, syntaxTokens(s, hints));
  const cClauses = compromiseClauses(doc, s.words);
  for (const c of mine) {
    // The engine: the predicted relation of the gold head word to the gold verb.
    const eSubj = c.subjects.some((d) => syn.heads[d] === c.verb && syn.labels[d]!.split(':')[0] === 'nsubj');
    const eObj = c.objects.some((d) => syn.heads[d] === c.verb && syn.labels[d] === 'obj');
    engine.verbFound++;
    if (eSubj) engine.subj++;
    if (eObj) engine.obj++;
    if (eSubj && eObj) engine.both++;
    // compromise: the verb phrase holding the gold verb, its subject's and object's heads.
    const vp = cClauses.find((x) => x.verb.has(c.verb));
    if (!vp) continue;
    comp.verbFound++;
    const cSubj = c.subjects.some((d) => vp.subject.has(d));
    const cObj = c.objects.some((d) => vp.object.has(d));
    if (cSubj) comp.subj++;
    if (cObj) comp.obj++;
    if (cSubj && cObj) comp.both++;
  }
});

// ---- speed: each system's whole job on every sentence, best of three passes after a warm-up.
// Timed in this process's CPU time, not wall time: the machine is shared, and a busy neighbour
// would otherwise be billed to whichever system happened to run while it was busy.
function wordsPerSecond(job: (s: GoldSentence) => void): number {
  const warm = sentences.slice(0, Math.min(200, sentences.length));
  for (const s of warm) job(s);
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = process.cpuUsage();
    for (const s of sentences) job(s);
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return wordCount / (best / 1000);
}
const speed = {
  wink: wordsPerSecond((s) => { tokenize(s.text, 0, s.text.length); }),
  engineTags: wordsPerSecond((s) => {
    const tokens = tokenize(s.text, 0, s.text.length);
    refineTags(model, tokens.map((t) => wordForm(t.norm)), tokens.map((t) => t.text), tokens.map((t) => t.pos));
  }),
  engineParse: wordsPerSecond((s) => { analyseSentence(model, tokenize(s.text, 0, s.text.length)); }),
  compTags: wordsPerSecond((s) => { nlp(s.text).compute('offset'); }),
  compClauses: wordsPerSecond((s) => {
    const doc = nlp(s.text);
    doc.chunks();
    doc.verbs().forEach((v) => { headOf((v as CVerbs).subjects()); });
  }),
};

// ---- the table ----------------------------------------------------------------------------------
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1).padStart(5) : '    —');
const rate = (x: number) => Math.round(x).toLocaleString('en').padStart(9);
const n = clauses.length;
console.log(`UD English EWT test: ${sentences.length} sentences, ${wordCount} words (${goldWords} not punctuation), ` +
  `${n} clauses with a subject and an object; input: ${joined ? 'gold words joined with spaces' : 'sentence text'}` +
  (placed < wordCount ? `; ${wordCount - placed} words not found in the text, scored wrong for every system` : ''));
console.log('');
console.log('system                          | UPOS all | UPOS words | subject | object |  both | verb found | words/s tags | words/s clauses');
console.log('--------------------------------|----------|------------|---------|--------|-------|------------|--------------|----------------');
console.log(`wink-nlp alone (tokenizer tags) |   ${pct(wink.tags, wordCount)}  |    ${pct(wink.wordTags, goldWords)}   |     —   |    —   |    —  |        —   |    ${rate(speed.wink)} |               —`);
console.log(`engine (wink + tagger + parser) |   ${pct(engine.tags, wordCount)}  |    ${pct(engine.wordTags, goldWords)}   |  ${pct(engine.subj, n)}  | ${pct(engine.obj, n)}  | ${pct(engine.both, n)} |      ${pct(engine.verbFound, n)} |    ${rate(speed.engineTags)} |       ${rate(speed.engineParse)}`);
console.log(`compromise ${'14'.padEnd(20)} |   ${pct(comp.tags, wordCount)}  |    ${pct(comp.wordTags, goldWords)}   |  ${pct(comp.subj, n)}  | ${pct(comp.obj, n)}  | ${pct(comp.both, n)} |      ${pct(comp.verbFound, n)} |    ${rate(speed.compTags)} |       ${rate(speed.compClauses)}`);
console.log('');
console.log('UPOS all: every gold word; UPOS words: punctuation and symbols left out. subject/object/both: share of');
console.log("the clauses whose gold subject / object head word the system gives that verb (the engine: the parse's");
console.log("nsubj/obj arc; compromise: .verbs().subjects() and the noun chunk after the verb, any word of its noun");
console.log("root counting). words/s (CPU time, one core): tags = tokens and tags; clauses = everything each needs");
console.log('for who did what (the engine: tokens, tags and the dependency parse; compromise: tags, chunks, verbs, subjects).');

if (process.argv.includes('--confusions')) {
  for (const [system, m] of Object.entries(confusions)) {
    const top = [...m].sort((a, b) => b[1] - a[1]).slice(0, 15);
    console.log(`\n${system}: ${top.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
}
