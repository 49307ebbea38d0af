// Tokenisation, part-of-speech tags and lemmas, with exact UTF-16 offsets into the original text.
// wink-nlp does the linguistics (about 180,000 words a second here, measured against
// compromise's 11,000); this module only pins every token back onto the characters it came from.
import { spellingKey } from './spelling';
import { irregularNounLemma, irregularVerbLemma, WinkReader } from './winkModel';
import { isVerbLemma, nounFile, verbOfForm } from './wordnet';

export interface Token {
  /** Index of the token within its sentence. */
  readonly i: number;
  readonly text: string;
  readonly lower: string;
  /** Lower case, British spellings folded to American, curly apostrophes straightened. */
  readonly norm: string;
  /** Dictionary form, folded like `norm`. */
  readonly lemma: string;
  /** Universal part-of-speech tag (NOUN, VERB, AUX, PROPN, NUM, ...). */
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  /** True for words and numbers, false for punctuation, symbols and emoji. */
  readonly isWord: boolean;
}

/**
 * Loads wink on first use (about 25 ms, see winkModel.ts), so that importing the engine is free.
 * It reads each text as a fresh instance would: tokens never depend on texts read before, and
 * its vocabulary stays bounded however many novel words a long-lived process reads.
 */
const wink = new WinkReader();

const LEMMA_FIXES: Readonly<Record<string, string>> = {
  cannot: 'can', "n't": 'not', 'n’t': 'not', "'s": "'s", '’s': "'s", wo: 'will', ca: 'can', sha: 'shall',
};

/** A one-syllable stem ending in a single consonant after a single vowel ("fin", "din", "pin"). */
const UNDOUBLED_STEM = /^[^aeiouy]*[aeiou][bcdfgklmnprstvz]$/;

/**
 * A run of printable ASCII without spaces longer than any word: a base64 blob, a hash, a long
 * URL, minified code. wink's tokenizer costs the square of a token's length on such runs (a
 * 200,000-character one took a minute), so they never reach it and become one opaque token.
 * Other scripts (Chinese, Japanese) write whole sentences without spaces and still go to wink.
 */
export const MAX_TOKEN_CHARS = 100;
const OVERLONG_RUN = new RegExp(`[\\x21-\\x7e]{${MAX_TOKEN_CHARS + 1},}`, 'g');
const OPENING = '([{"\'`';
const CLOSING = '.,;:!?)]}"\'`';

/**
 * Whether token i, a "-" and the token after it are written as one hyphenated word, with no
 * space on either side of the hyphen ("by-election", "frost-free").
 */
export function hyphenatedWithNext(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i + 1];
  return dash?.text === '-' && dash.start === tokens[i]!.end && tokens[i + 2]?.start === dash.end;
}

/** Where the lower-case `words` stand ending right before token `end` ("just" before "under"), or -1. */
export function phraseEndingBefore(tokens: readonly Token[], words: readonly string[], end: number): number {
  const first = end - words.length;
  return first >= 0 && words.every((w, k) => tokens[first + k]!.lower === w) ? first : -1;
}

/**
 * Tokenises text[start..end) (the caller passes one sentence or paragraph at a time, which
 * keeps the cost linear) and returns tokens with offsets relative to the full text.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  if (!slice.trim()) return [];
  const out: Token[] = [];
  let from = 0;
  for (const run of slice.matchAll(OVERLONG_RUN)) {
    // Brackets, quotes and sentence punctuation around the run stay with the prose.
    let a = run.index;
    let b = run.index + run[0].length;
    while (a < b && OPENING.includes(slice[a]!)) a++;
    while (b > a && CLOSING.includes(slice[b - 1]!)) b--;
    if (b - a <= MAX_TOKEN_CHARS) continue;
    tokenizeWithWink(slice.slice(from, a), start + from, out);
    const runText = slice.slice(a, b);
    const lower = runText.toLowerCase();
    // Not a word: no tag, no lemma, and it makes no sentence worth comparing on its own.
    out.push({ i: out.length, text: runText, lower, norm: lower, lemma: lower, pos: 'X', start: start + a, end: start + b, isWord: false });
    from = b;
  }
  tokenizeWithWink(from === 0 ? slice : slice.slice(from), start + from, out);
  return out;
}

/** Latin letters past Latin-1 with no decomposition to an ASCII base letter. */
const LATIN_BASE: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', ı: 'i', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŋ: 'n', Ŋ: 'N', œ: 'o', Œ: 'O' };
const EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]/gu;

/**
 * wink reads a Latin letter past Latin-1 as a word break ("Perić" -> "Peri" + "ć", "Łukasz" ->
 * "Ł" + "ukasz"), which splits names and misleads the tagger around them. It reads instead a
 * copy with each such letter replaced by its base letter, one code unit for one, so every
 * offset still holds in the original ("Peric"), and the tokens keep the original spelling.
 */
function withBaseLetters(slice: string): string {
  return slice.replace(EXTENDED_LATIN, (c) => {
    const base = c.normalize('NFD')[0]!;
    if (/^[A-Za-z]$/.test(base)) return base;
    return LATIN_BASE[c] ?? (c === c.toUpperCase() ? 'X' : 'x');
  });
}

/** A lower-case word cut from a token wink read as one with something else, read again on its own, at `start` in the full text. */
function wordReadAlone(word: string, i: number, start: number): Token {
  const read = wink.read(word);
  const low = word.replace(/’/g, "'");
  const lemma = LEMMA_FIXES[low] ?? (read.lemmas[0] ?? low).toLowerCase();
  return { i, text: word, lower: low, norm: spellingKey(low), lemma: spellingKey(lemma), pos: read.poses[0] ?? 'X', start, end: start + word.length, isWord: true };
}

/** Whether a word after `prev` opens a sentence: nothing before it, or a full stop, question or exclamation mark, or an opening quote or bracket. */
function startsSentence(prev: Token | undefined): boolean {
  return !prev || /^[.!?"“‘'(\[]$/.test(prev.text);
}

/** wink's tokens for `slice` (which starts at `start` in the full text), appended to `out`. */
function tokenizeWithWink(original: string, start: number, out: Token[]): void {
  if (!original.trim()) return;
  const slice = withBaseLetters(original);
  const rewritten = slice !== original;
  const { texts, poses, lemmas, types } = wink.read(slice);
  let cursor = 0;
  for (let k = 0; k < texts.length; k++) {
    const shadow = texts[k]!;
    const at = slice.indexOf(shadow, cursor);
    // wink may normalise a token's text; if it cannot be found verbatim, skip it rather than
    // risk a wrong offset.
    if (at < 0) continue;
    cursor = at + shadow.length;
    const t = rewritten ? original.slice(at, at + shadow.length) : shadow;
    const lower = t.toLowerCase().replace(/’/g, "'");
    // (A word spelled with replaced letters keeps its own spelling as its lemma.)
    const rawLemma = t !== shadow ? lower : (lemmas[k] ?? lower).toLowerCase().replace(/’/g, "'");
    let lemma = LEMMA_FIXES[lower] ?? (rawLemma === 'undefined' ? lower : rawLemma);
    let pos = poses[k] ?? 'X';
    // An irregular past form wink does not know, read as a noun of its own spelling ("Okafor
    // overtook Lund", "mistook", "outran"): the verb, when WordNet has no such noun ("rose",
    // "saw", "found" are nouns too and stay as wink read them).
    if (pos === 'NOUN' && lemma === lower && t === lower) {
      const verb = irregularVerbLemma(lower);
      if (verb !== null && nounFile(lower) < 0) { pos = 'VERB'; lemma = verb; }
    }
    // A sentence's capitalised first word read as a name, when it is a common noun's irregular
    // plural ("Children in every other country consume less"): the noun, as it is anywhere else.
    const previous = out[out.length - 1];
    if (pos === 'PROPN' && lemma === lower && t !== lower && startsSentence(previous)) {
      const noun = irregularNounLemma(lower);
      if (noun !== null) { pos = 'NOUN'; lemma = noun; }
    }
    // A gerund with an object of its own right after a verb, read as a noun ("is considering
    // closing the unit", "denied taking it"): the verb's complement, the verb "close" as "decided
    // to close" has it. (Not a noun in -ing for the verb's object: "increased spending on
    // schools", "secured funding for".)
    if (pos === 'NOUN' && lemma === lower && previous?.pos === 'VERB' && /^\p{Ll}{3,}ing$/u.test(lower) && /^(DET|PRON|PROPN|NUM)$/.test(poses[k + 1] ?? '')) {
      const verb = verbOfForm(lower);
      if (verb !== null) { pos = 'VERB'; lemma = verb; }
    }
    // "fined", "dined" read as "fin", "din": a one-syllable stem ending in one consonant doubles
    // it before "-ed" and "-ing" ("finned"), so an undoubled form is of the verb in silent "e".
    if (pos === 'VERB' && UNDOUBLED_STEM.test(lemma) && (lower === `${lemma}ed` || lower === `${lemma}ing`) && isVerbLemma(`${lemma}e`)) lemma = `${lemma}e`;
    const isWord = types[k] === 'word' || types[k] === 'number' || /[\p{L}\p{N}]/u.test(t) && types[k] !== 'emoji';
    // wink splits a clock time written with a point ("9.40am") into "9.4" and "0am": one token again.
    const prev = out[out.length - 1];
    if (prev && prev.end === start + at && /^\d{1,2}\.\d$/.test(prev.text) && /^\d(am|pm|a\.m\.?|p\.m\.?)\.?$/i.test(t)) {
      const text = prev.text + t;
      const low = text.toLowerCase();
      out[out.length - 1] = { ...prev, text, lower: low, norm: low, lemma: low, pos: 'SYM', end: start + at + t.length };
      continue;
    }
    // wink reads a lower-case word with a full stop at a sentence's end as a state's abbreviation
    // ("fallen ill." as "Ill.", Illinois; "in mass." as Massachusetts): a word and the stop. (An
    // abbreviation written in lower case, "etc.", "approx.", has no capital after it only
    // mid-sentence, and keeps its stop there.)
    const stopped = t.length > 2 && t.endsWith('.') ? /^(\p{Ll}{2,})\.$/u.exec(t) : null;
    if (stopped && /^\s*(?:$|[\p{Lu}"“‘'(])/u.test(slice.slice(at + t.length)) && (poses[k] === 'PROPN' || lemmas[k] !== stopped[1])) {
      const word = stopped[1]!;
      out.push(wordReadAlone(word, out.length, start + at));
      out.push({ i: out.length, text: '.', lower: '.', norm: '.', lemma: '.', pos: 'PUNCT', start: start + at + word.length, end: start + at + t.length, isWord: false });
      continue;
    }
    // wink keeps a lower-case word hyphened to a number as one token ("magnitude-7", "level-3"),
    // and splits a decimal there ("magnitude-6" "." "4"), which hides the number from every
    // rule: the word, the hyphen and the number, each a token of its own. (A capitalised name
    // with a number, "Covid-19", "A-10", stays one word.)
    const wordNumber = /^(\p{Ll}{2,})-(\d+)$/u.exec(t);
    if (wordNumber && isWord) {
      let number = wordNumber[2]!;
      const next = texts[k + 1], after = texts[k + 2];
      if (next === '.' && after !== undefined && /^\d+$/.test(after) && slice.startsWith(`.${after}`, at + t.length)) {
        number += `.${after}`;
        k += 2;
        cursor = at + t.length + 1 + after.length;
      }
      const word = wordNumber[1]!;
      let from = start + at;
      out.push(wordReadAlone(word, out.length, from));
      from += word.length;
      out.push({ i: out.length, text: '-', lower: '-', norm: '-', lemma: '-', pos: 'PUNCT', start: from, end: from + 1, isWord: false });
      from += 1;
      out.push({ i: out.length, text: number, lower: number, norm: number, lemma: number, pos: 'NUM', start: from, end: from + number.length, isWord: true });
      continue;
    }
    // wink keeps an en or em dash between two words as one token ("Harlow Cross–Easterby", "9
    // October–18 January"): a range or a link between two things, each a word of its own.
    const dashed = (t.includes('–') || t.includes('—')) ? /^([\p{L}\p{N}][^–—]*)([–—])([\p{L}\p{N}].*)$/u.exec(t) : null;
    if (dashed && isWord) {
      let from = start + at;
      for (const part of [dashed[1]!, dashed[2]!, dashed[3]!]) {
        const low = part.toLowerCase().replace(/’/g, "'");
        const dash = part === dashed[2];
        out.push({
          i: out.length, text: part, lower: low, norm: spellingKey(low), lemma: spellingKey(low),
          pos: dash ? 'PUNCT' : /^\p{N}+$/u.test(part) ? 'NUM' : poses[k] ?? 'X',
          start: from, end: from + part.length, isWord: !dash,
        });
        from += part.length;
      }
      continue;
    }
    out.push({
      i: out.length,
      text: t,
      lower,
      norm: spellingKey(lower),
      lemma: spellingKey(lemma),
      pos,
      start: start + at,
      end: start + at + t.length,
      isWord,
    });
  }
}
