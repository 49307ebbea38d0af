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
    for (const span of splitSentences(prose, para)) {
      const tokens = tokenize(prose, span.start, span.end);
      if (tokens.some((t) => t.isWord)) {
        sentences.push({ ...span, index: sentences.length, paragraph, tokens });
      }
    }
    if (paragraph % 64 === 0) checkBudget();
  });
  return { text, prose, paragraphs, sentences };
}
