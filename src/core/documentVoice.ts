// Who a rewrite speaks as, read once from the whole draft: a transcript, whose questions stand on
// "Q:" lines and whose "A:" lines are the answerer's own words, or a statement set out under its
// author's name in capitals ("WESTMARCH POLICE" over a press statement, "FERNBROOK OUTDOOR" over
// a results announcement), whose sentences are that author's word, or a text told as "we" or "I"
// (a company's release or alerts, an official's speech or letter), whose writer is the party the
// source reports on. A claim the source credits to that voice keeps its speaker in such a text
// without a "said".
import type { PreparedText } from './document';
import type { Token } from './tokens';
import { stemOf } from './terms';

export interface DocumentVoice {
  /** The text puts questions on "Q:" lines: a line opened "A:" answers in the interviewee's voice. */
  readonly transcript: boolean;
  /** The stemmed words of an author's name set in capitals as the text's first line; empty when none. */
  readonly author: readonly string[];
  /**
   * When the text speaks as "we" or "I" in more than one sentence with no quotation in it (its
   * writer is a party the story is about, and its sentences are that party's word): the names on
   * its first line, which may say who writes ("Speech by the Mayor, Oluwaseun Adeyemi"). Null
   * when it does not.
   */
  readonly writer: readonly string[] | null;
}

/** Whether a word is one of the writer's own pronouns: "we", "our", "I" (in capitals: a lone "i" is a list's numeral). */
export function firstPersonPronoun(t: Token): boolean {
  return t.pos === 'PRON' && /^(we|our|us|ours|i|me|my)$/.test(t.lower) && (t.lower !== 'i' || t.text === 'I');
}

/** The most words an author's name over a statement runs to ("NORTH WESTMARCH FIRE AND RESCUE SERVICE"). */
const AUTHOR_WORDS = 6;

export function documentVoice(doc: PreparedText): DocumentVoice {
  const transcript = /(^|\n)[ \t>*_-]*Q[ \t*_]*:/.test(doc.text);
  const first = doc.sentences[0];
  const words = first ? first.tokens.filter((t) => t.isWord) : [];
  // (A line of its own over a body, in capitals, with no figure: a name, not a shouted headline's claim.)
  const named = first !== undefined && doc.sentences.length > 2 && words.length > 0 && words.length <= AUTHOR_WORDS &&
    doc.sentences[1]!.start > first.end && /\n/.test(doc.text.slice(first.end, doc.sentences[1]!.start)) &&
    first.tokens.every((t) => !/[\p{Ll}\p{N}]/u.test(t.text));
  let told = 0;
  for (const s of doc.sentences) {
    if (told >= 2) break;
    // (A sentence with a quotation mark may be quoting someone: only one with none counts.)
    if (s.tokens.some(firstPersonPronoun) && !s.tokens.some((t) => /^["“”'‘’]$/.test(t.text))) told++;
  }
  const writer = told >= 2 ? words.filter((t) => t.pos === 'PROPN').map((t) => t.text) : null;
  return { transcript, author: named ? words.map((t) => stemOf(t.lemma)) : [], writer };
}
