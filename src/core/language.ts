// Which language a text is in, roughly: enough to say "Faithful checks English text; this
// source looks like French" instead of reporting nonsense (German weekdays as names, Arabic
// figures as dates, whole right-to-left clauses as changed names). Two cheap signals:
// - the script of the letters: mostly Arabic, Hebrew, Cyrillic, Greek, Han, kana, Hangul,
//   Devanagari or Thai letters is not English, whatever else the text holds;
// - for Latin letters, the share of words that are one language's commonest function words
//   ("le", "der", "el", "het" ...), against English's own.
// Short texts (a headline, a few words) are never called foreign: too little to tell.
import type { RawFinding } from './context';
import { q, spanOf } from './context';
import type { PreparedText } from './document';
import type { Span } from './types';

export interface LanguageGuess {
  /** ISO 639-1 code, or the script for a script-only guess ('cyrillic'). */
  readonly code: string;
  /** For a message: "French", "Arabic", "a Cyrillic-script language". */
  readonly name: string;
}

/** Only the start of a long text is looked at: a book's first pages tell its language. */
const SAMPLE_CHARS = 50_000;
/** Below this many letters (or words, for Latin text) nothing is said. */
const MIN_LETTERS = 40;
const MIN_WORDS = 8;

/** Exported for the reference implementation in the tests, which must read the same tables. */
export const SCRIPTS: ReadonlyArray<{ re: RegExp; code: string; name: string }> = [
  { re: /\p{Script=Arabic}/u, code: 'ar', name: 'Arabic' },
  { re: /\p{Script=Hebrew}/u, code: 'he', name: 'Hebrew' },
  { re: /\p{Script=Cyrillic}/u, code: 'cyrillic', name: 'a Cyrillic-script language' },
  { re: /\p{Script=Greek}/u, code: 'el', name: 'Greek' },
  { re: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, code: 'ja', name: 'Japanese' },
  { re: /\p{Script=Han}/u, code: 'zh', name: 'Chinese' },
  { re: /\p{Script=Hangul}/u, code: 'ko', name: 'Korean' },
  { re: /\p{Script=Devanagari}/u, code: 'devanagari', name: 'a Devanagari-script language' },
  { re: /\p{Script=Thai}/u, code: 'th', name: 'Thai' },
];

/** Each language's commonest function words, chosen to overlap little with English's. */
export const STOPWORDS: Readonly<Record<string, { name: string; words: ReadonlySet<string> }>> = {
  en: { name: 'English', words: set('the and of to is that was for with it on as are be this by from have has not which were he she they said will would been their its an or but at who had in a after into about over than out up') },
  fr: { name: 'French', words: set('le la les des du et est une un que qui dans pour pas sur au aux avec ce cette il elle sont ont été mais plus par se ne leur lundi mardi mercredi jeudi vendredi samedi dimanche selon être avait était') },
  de: { name: 'German', words: set('der die das und ist nicht ein eine zu den mit von sich des auf für dem im auch es wird wurde sie nach bei aus oder sind hat haben montag dienstag mittwoch donnerstag freitag samstag sonntag') },
  es: { name: 'Spanish', words: set('el la los las de del y que en es por con para una se no al lo su como más pero sus fue ha este está lunes martes miércoles jueves viernes sábado domingo según') },
  it: { name: 'Italian', words: set('il la di che e è per non una del della con sono gli le nel al si da ha anche come più ma questo lunedì martedì mercoledì giovedì venerdì sabato domenica') },
  pt: { name: 'Portuguese', words: set('o os as de do da que e é em não um uma para com por no na dos das se mais foi ao segunda terça quarta quinta sexta sábado domingo segundo') },
  nl: { name: 'Dutch', words: set('de het een en van is dat niet op te in met voor zijn er die aan ook als bij maar om door wordt werd maandag dinsdag woensdag donderdag vrijdag zaterdag zondag') },
};

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

/** For each function word, the languages whose list has it. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [code, { words }] of Object.entries(STOPWORDS)) for (const w of words) (LANGUAGES_OF.get(w) ?? LANGUAGES_OF.set(w, []).get(w)!).push(code);

/**
 * The answers for the last few texts: an editor re-checks the same source (and mostly the same
 * draft) after every keystroke. Bounded by count; the texts are the ones being compared anyway.
 */
const recent = new Map<string, LanguageGuess | null>();
const RECENT_TEXTS = 4;

/** The language a text looks like when it is clearly not English; null for English or too little to tell. */
export function nonEnglishLanguage(whole: string): LanguageGuess | null {
  const known = recent.get(whole);
  if (known !== undefined) {
    // The most recently asked stays longest: the source, asked on every re-check of a draft
    // that changes each time, was the first to go after a few edits (and its lines with it).
    recent.delete(whole);
    recent.set(whole, known);
    return known;
  }
  const guess = guessLanguage(whole);
  if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
  recent.set(whole, guess);
  return guess;
}

/** Language codes in list order, and each function word's languages as indexes into it. */
const CODES = Object.keys(STOPWORDS);
const LANGUAGE_INDEXES = new Map([...LANGUAGES_OF].map(([w, codes]) => [w, codes.map((c) => CODES.indexOf(c))]));

/**
 * What guessLanguage counts in one line: letters by script, and words (read both ways, the
 * plain regex's and the Unicode one's: which counts is decided by the whole sample) with the
 * function words of each language among them. A line's counts are its own (no letter, word or
 * lower-case mapping reaches across a line break), so a text's are the sum of its lines'.
 */
interface LineCounts {
  readonly latin: number;
  readonly other: number;
  readonly nonAsciiLetters: number;
  /** Letters by script code, in the order they first occur. */
  readonly byScript: ReadonlyMap<string, number>;
  readonly asciiWords: number;
  readonly unicodeWords: number;
  /** Function words per language (CODES' order), of each reading. */
  readonly asciiHits: readonly number[];
  readonly unicodeHits: readonly number[];
}

/**
 * Lines counted in this guess and the one before: an editor re-checks the draft after every
 * keystroke, and all of it but the edited line reads as it did (a 10,000-word draft's guess
 * took 3 ms of every re-check). Bounded by the two texts' sample size.
 */
let linesNow = new Map<string, LineCounts>();
let linesBefore = new Map<string, LineCounts>();

function lineCounts(line: string): LineCounts {
  let counts = linesNow.get(line) ?? linesBefore.get(line);
  if (!counts) counts = countLine(line);
  linesNow.set(line, counts);
  return counts;
}

function countLine(text: string): LineCounts {
  // Letters by script: one pass, counting Latin letters and each other script's.
  // ASCII first, without a Unicode-property test: its letters are Latin and nothing else in it
  // is a letter. (Two such tests on every character were most of a short check's time here.)
  // Counted by the regex engine, not a loop over every character in the interpreter: the
  // language guess read a long draft's every character, a visible share of its check.
  let latin = text.length - text.replace(/[A-Za-z]/g, '').length;
  let other = 0;
  let nonAsciiLetters = 0;
  const byScript = new Map<string, number>();
  const nonAscii = /[^\x00-\x7f]/g;
  for (let m = nonAscii.exec(text); m !== null; m = nonAscii.exec(text)) {
    const i = m.index;
    // One character: a surrogate pair (both its halves), or one code unit (a lone surrogate too).
    let ch: string;
    if (text.codePointAt(i)! > 0xffff) {
      ch = text.slice(i, i + 2);
      nonAscii.lastIndex = i + 2;
    } else {
      ch = text[i]!;
    }
    if (!/\p{L}/u.test(ch)) continue;
    nonAsciiLetters++;
    if (/\p{Script=Latin}/u.test(ch)) {
      latin++;
      continue;
    }
    other++;
    const s = SCRIPTS.find((x) => x.re.test(ch));
    if (s) byScript.set(s.code, (byScript.get(s.code) ?? 0) + 1);
  }
  const lower = text.toLowerCase();
  const hits = (words: readonly string[]) => {
    const out = new Array<number>(CODES.length).fill(0);
    for (const w of words) for (const k of LANGUAGE_INDEXES.get(w) ?? []) out[k]!++;
    return out;
  };
  const ascii = lower.match(/[a-z]+(?:['’][a-z]+)?/g) ?? [];
  // With no letter outside ASCII in the line, both readings find the same words (see guessLanguage).
  const unicode = nonAsciiLetters === 0 ? ascii : lower.match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  const asciiHits = hits(ascii);
  return { latin, other, nonAsciiLetters, byScript, asciiWords: ascii.length, unicodeWords: unicode.length, asciiHits, unicodeHits: unicode === ascii ? asciiHits : hits(unicode) };
}

function guessLanguage(whole: string): LanguageGuess | null {
  const text = whole.length > SAMPLE_CHARS ? whole.slice(0, SAMPLE_CHARS) : whole;
  let latin = 0;
  let other = 0;
  let nonAsciiLetters = 0;
  const byScript = new Map<string, number>();
  const lines: LineCounts[] = [];
  for (const line of text.split('\n')) {
    const c = lineCounts(line);
    lines.push(c);
    latin += c.latin;
    other += c.other;
    nonAsciiLetters += c.nonAsciiLetters;
    for (const [code, n] of c.byScript) byScript.set(code, (byScript.get(code) ?? 0) + n);
  }
  linesBefore = linesNow;
  linesNow = new Map();
  if (latin + other < MIN_LETTERS) return null;
  if (other > latin) {
    // Kana with Han is Japanese; Han alone is Chinese.
    const best = [...byScript].sort((a, b) => b[1] - a[1] || (a[0] === 'ja' ? -1 : 1))[0];
    if (!best) return null;
    const code = best[0] === 'zh' && byScript.has('ja') ? 'ja' : best[0];
    const s = SCRIPTS.find((x) => x.code === code)!;
    return { code: s.code, name: s.name };
  }
  // With no letter outside ASCII, the letters of the lower-cased text are a-z (lower-casing
  // makes no letter of a non-letter), and a plain regex finds the same words far faster.
  const ascii = nonAsciiLetters === 0;
  let words = 0;
  const counts = new Array<number>(CODES.length).fill(0);
  for (const c of lines) {
    words += ascii ? c.asciiWords : c.unicodeWords;
    const hits = ascii ? c.asciiHits : c.unicodeHits;
    for (let k = 0; k < counts.length; k++) counts[k]! += hits[k]!;
  }
  if (words < MIN_WORDS) return null;
  const share = (code: string) => counts[CODES.indexOf(code)]! / words;
  const english = share('en');
  let best: { code: string; share: number } | null = null;
  for (const code of CODES) {
    if (code === 'en') continue;
    const s = share(code);
    if (!best || s > best.share) best = { code, share: s };
  }
  // Clearly another language: a fair share of its function words, and far more than English's.
  if (best && best.share >= 0.15 && best.share > 2 * english) return { code: best.code, name: STOPWORDS[best.code]!.name };
  return null;
}

/**
 * The one finding for a pair either of whose texts is not English (kind 'language'), on the
 * rewrite's first sentence, or null when both look English. The engine then compares nothing.
 */
export function languageFinding(src: PreparedText, rw: PreparedText): RawFinding | null {
  const source = nonEnglishLanguage(src.text);
  const rewrite = nonEnglishLanguage(rw.text);
  if (!source && !rewrite) return null;
  let which: string;
  if (source && rewrite) which = source.name === rewrite.name ? `this source and rewrite look like ${rewrite.name}` : `this source looks like ${source.name} and this rewrite like ${rewrite.name}`;
  else if (source) which = `this source looks like ${source.name}`;
  else which = `this rewrite looks like ${rewrite!.name}`;
  const first = firstSentence(rw);
  return {
    kind: 'language',
    rewrite: first,
    source: source ? firstSentence(src) : null,
    message: `Not compared: Faithful checks English text; ${which}, so its claims were not compared (the rules would misread them). The rewrite begins ${q(rw.text.slice(first.start, first.end))}.`,
    suggestion: null,
  };
}

function firstSentence(t: PreparedText): Span {
  const first = t.sentences.find((s) => s.tokens.length > 0);
  if (first) return spanOf(first.tokens);
  const start = t.text.search(/\S/);
  return start < 0 ? { start: 0, end: 0 } : { start, end: Math.min(t.text.length, start + 1) };
}
