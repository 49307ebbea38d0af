// A text prepared for comparison: its prose view, paragraphs and tokenised sentences.
import { toProse } from './prose';
import { splitParagraphs, splitSentences } from './sentences';
import { tokenize, type Token } from './tokens';
import type { Span, TextFormat } from './types';

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  readonly tokens: readonly Token[];
}

export interface PreparedText {
  /** The original text; every span refers to it. */
  readonly text: string;
  /** The same text with markup blanked out (see prose.ts). */
  readonly prose: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Sentence[];
}

export function prepareText(text: string, format: TextFormat, checkBudget: () => void): PreparedText {
  const prose = toProse(text, format);
  const paragraphs = splitParagraphs(prose);
  const sentences: Sentence[] = [];
  paragraphs.forEach((para, paragraph) => {
    // One tagger call a paragraph (cheaper than one a sentence), tokens then dealt out by offset.
    const spans = splitSentences(prose, para);
    const all = spans.length ? tokenize(prose, spans[0]!.start, spans[spans.length - 1]!.end) : [];
    let k = 0;
    for (const span of spans) {
      while (k < all.length && all[k]!.start < span.start) k++;
      const mine: Token[] = [];
      while (k < all.length && all[k]!.end <= span.end) {
        // Renumber within the sentence (tokens are fresh objects, owned by this text only).
        (all[k] as { i: number }).i = mine.length;
        mine.push(all[k++]!);
      }
      if (mine.some((t) => t.isWord)) {
        sentences.push({ ...span, index: sentences.length, paragraph, tokens: mine });
      }
    }
    if (paragraph % 64 === 0) checkBudget();
  });
  return { text, prose, paragraphs, sentences };
}
