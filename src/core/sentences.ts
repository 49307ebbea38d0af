// Splits prose into paragraphs and sentences. A rewrite's sentence is the unit the editor reads
// and the unit the aligner pairs, so the splitter is conservative: it would rather keep two
// sentences together than cut one at an abbreviation.
import type { Span } from './types';
import { isCommonWord } from './wordnet';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr',
  'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'no', 'nos', 'vol', 'fig', 'inc',
  'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'est', 'approx', 'vs', 'etc', 'al', 'ca', 'cf', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thurs', 'fri', 'sat', 'sun', 'ave', 'blvd', 'rd', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
]);

// (A numbered post of a social-media thread, "2/ …", is a list item too.)
const BULLET = /^[ \t]*(?:[•●▪◦‣∙·*+\-–—]|\d{1,3}[.)/])[ \t]+/;

/** A timestamp in brackets opening a line of a podcast's or a video's notes, "[03:15]": layout, like a bullet. */
const TIMESTAMP = /^[ \t]*[[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]*/;

/**
 * A chapter mark opening a line of a podcast's or a video's notes, "07:05 – Whose floor was it?":
 * how far into the recording the part starts, not a time of day. Read so only in a list whose
 * marks start from nothing ("00:00 – Intro", CHAPTER_LIST); a live blog's "09:14 – Police say …"
 * is when the news broke.
 */
const CHAPTER_MARK = /^[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]+[–—-][ \t]+/;
const CHAPTER_LIST = /(?:^|\n)[ \t]*0?0:00(?::00)?[ \t]+[–—-][ \t]/;

/**
 * A speaker's label opening a line of a broadcast script or a transcript: "PRESENTER:",
 * "REPORTER (to camera):", "Q:", or the cue before a named speaker, "CLIP – AURÉLIE DUMONT:".
 */
const SCRIPT_LABEL = /^[ \t]*(\p{Lu}+)(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*(?::|[–—](?=[ \t]*\p{Lu}[\p{Lu}\p{M} .'’-]*:))[ \t]+/u;

/**
 * A label in capitals and brackets opening a paragraph, "[PUSH]", "[STANDFIRST]": a desk's mark
 * of what the part is for, layout like a bullet.
 */
const BRACKETED_LABEL = /^[ \t]*\[\p{Lu}[\p{Lu} -]*\][ \t]*/u;

/**
 * The label of a timestamped alert or a live blog's entry, before its time: "BREAKING 09:14 – …",
 * "UPDATE 10:30 – …". (The time stays: it is when the news broke.)
 */
const ALERT_LABEL = /^[ \t]*(\p{Lu}{2,})[ \t]+(?=\d{1,2}[:.]\d{2}\b)/u;

/**
 * How long the script label opening a paragraph is, or 0: the words after it are what is said,
 * and the label is layout, like a bullet. (Only a common word, or the Q and A of an interview: a
 * label that names someone, "DUMONT:", tells who speaks, and stays.)
 */
function scriptLabelLength(text: string): number {
  const m = SCRIPT_LABEL.exec(text) ?? ALERT_LABEL.exec(text);
  if (!m) return 0;
  const word = m[1]!.toLowerCase();
  const layout = word.length === 1 ? /^[qa]$/.test(word) && m[0].includes(':') : isCommonWord(word);
  return layout ? m[0].length : 0;
}

/**
 * A counter opening a line, a word and its number before a colon: "Slide 3: Cost and funding",
 * "Alert 2/5: Boil your water". Layout, like a bullet, where the text counts its parts so, the
 * same word with more than one number (countedLabels); alone, "Phase 2: …", "Flight 370: …" may
 * be what the line is about.
 */
const COUNTER = /^[ \t]*(\p{Lu}\p{Ll}+)[ \t]+(\d{1,2})(?:\/\d{1,2})?[ \t]*:[ \t]+/u;
/** COUNTER at every line's start. */
const COUNTERS = new RegExp(COUNTER.source, 'gmu');

/** The words a text counts its parts by, each seen opening lines with two numbers or more ("Slide 1:", "Slide 2:"). */
export function countedLabels(prose: string): ReadonlySet<string> {
  const numbers = new Map<string, Set<string>>();
  for (const m of prose.matchAll(COUNTERS)) {
    const seen = numbers.get(m[1]!) ?? new Set();
    numbers.set(m[1]!, seen.add(m[2]!));
  }
  return new Set([...numbers].filter(([, n]) => n.size >= 2).map(([w]) => w));
}

/** How long the counter opening a paragraph is, when its word is one the text counts its parts by; or 0. */
export function counterLength(text: string, counted: ReadonlySet<string>): number {
  if (counted.size === 0) return 0;
  const m = COUNTER.exec(text);
  return m && counted.has(m[1]!) ? m[0].length : 0;
}

/**
 * A header field or a label opening a line: a capitalised word, or up to three, and a colon,
 * "Subject: …", "From: …", "Money raised: …" (set in bold by hand too, "**Money raised:**").
 */
const HEADER_FIELD = /^(?:\*\*|__)?\p{Lu}[\p{L}-]{0,15}(?: [\p{L}-]{1,15}){0,2}:(?:\*\*|__)?[ \t]/u;

/** A line that gives a short term or figure, then a dash and what it is: "£2.50 – the single fare from 1 April". */
const DASHED_ITEM = /^[^\s–—]{1,14}(?: [^\s–—]{1,12})? [–—] \S/u;

/** Paragraphs are separated by blank lines; a bullet line (or a timestamped one, or an alert) is a paragraph of its own. */
export function splitParagraphs(prose: string): Span[] {
  const out: Span[] = [];
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let paraStart = -1;
  let paraEnd = -1;
  const flush = () => {
    if (paraStart >= 0) out.push({ start: paraStart, end: paraEnd });
    paraStart = -1;
  };
  for (const m of prose.matchAll(lineRe)) {
    if (m[0] === '') break;
    const lineStart = m.index ?? 0;
    const line = m[0].replace(/[\r\n]+$/, '');
    const lineEnd = lineStart + line.length;
    if (!line.trim()) {
      flush();
      continue;
    }
    if (BULLET.test(line) || TIMESTAMP.test(line) || ALERT_LABEL.test(line)) flush();
    if (paraStart < 0) paraStart = lineStart;
    paraEnd = lineEnd;
  }
  flush();
  return out;
}

function isAbbreviation(before: string): boolean {
  // (Letters of any script: "Castaño." ends a sentence; read as ASCII, its "o" was an initial.)
  const word = /(\p{L}(?:[\p{L}.]*\p{L})?)$/u.exec(before)?.[1];
  if (!word) return false;
  // An initial: "Antony J. Blinken"; but a letter written onto a figure is its unit, "£310m.".
  if (word.length === 1) return !/\d$/.test(before.slice(0, -1));
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Sentence spans inside one paragraph, trimmed, with list bullets left out. */
export function splitSentences(prose: string, para: Span, counted: ReadonlySet<string> = new Set()): Span[] {
  const text = prose.slice(para.start, para.end);
  const lowercaseOnly = !/\p{Lu}/u.test(text);
  // (A list bullet is left out before any cut: "1." is no sentence's end, even in an item of
  // lower-case words only.)
  const lead = BULLET.exec(text)?.[0].length ?? TIMESTAMP.exec(text)?.[0].length ?? BRACKETED_LABEL.exec(text)?.[0].length ?? (counterLength(text, counted) || scriptLabelLength(text));
  const cuts: number[] = [lead];
  // Terminal punctuation, optional closing quotes/brackets, then whitespace.
  const re = /[.!?]+["'”’)\]]*(?=\s+(\S))/g;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end <= lead) continue;
    const next = m[1] ?? '';
    // (A dash opens no sentence: "PINE HOLLOW, Calif. – About 4,200 residents …" is a dateline.)
    if (/^[–—]$/.test(next)) continue;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index))) continue;
    const startsSentence = /[\p{Lu}\p{N}"“‘'(\[]/u.test(next) || (lowercaseOnly && /\p{L}/u.test(next)) ||
      !/[\p{Ll}]/u.test(next);
    if (startsSentence) cuts.push(end);
  }
  // A line break ends a sentence when the line looks complete (a title, a dateline, a list).
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    const line = text.slice(lineStart, nl).trim();
    lineStart = nl + 1;
    const nextChar = /\S/u.exec(text.slice(nl + 1, nl + 8))?.[0] ?? '';
    if (!line || !nextChar) continue;
    // (A short line before a figure ends too, "… by the numbers" / "£2.50 – the single fare",
    // and so does each line of a list of figures told with a dash, however long.)
    const nextEnd = text.indexOf('\n', nl + 1);
    const nextLine = text.slice(nl + 1, nextEnd >= 0 ? nextEnd : text.length).trim();
    // (And a line before a header field, "Subject: Our head office is moving", however long: a
    // memo's or a script's fields are lines of their own.)
    if (/[.!?:"”]$/.test(line) || (line.length < 60 && /[\p{Lu}\p{N}\p{Sc}]/u.test(nextChar)) || (DASHED_ITEM.test(line) && DASHED_ITEM.test(nextLine)) || HEADER_FIELD.test(nextLine)) cuts.push(nl + 1);
  }
  cuts.sort((a, b) => a - b);
  const chapters = CHAPTER_LIST.test(text);
  const spans: Span[] = [];
  for (let k = 0; k < cuts.length; k++) {
    let s = cuts[k]!;
    let e = k + 1 < cuts.length ? cuts[k + 1]! : text.length;
    if (e <= s) continue;
    while (s < e && /\s/.test(text[s]!)) s++;
    if (chapters && (s === 0 || text[s - 1] === '\n')) s += CHAPTER_MARK.exec(text.slice(s, e))?.[0].length ?? 0;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) spans.push({ start: para.start + s, end: para.start + e });
  }
  return spans;
}
