// quoteSpans finds the quotation marks with one regex search and deals them out to the
// paragraphs: it must give exactly what the character-by-character reference gives.
import { strict as assert } from 'node:assert';
import { prepareText, type PreparedText } from '../../src/core/document';
import { quoteSpans } from '../../src/core/quotes';
import type { Span } from '../../src/core/types';

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

/** The earlier implementation: every character of every paragraph. */
function reference(doc: PreparedText): Span[] {
  const out: Span[] = [];
  for (const para of doc.paragraphs) {
    let open = -1;
    for (let i = para.start; i < para.end; i++) {
      const c = doc.prose[i]!;
      const straight = c === '"';
      if (open < 0 && (OPEN.has(c) || straight)) open = i + 1;
      else if (open >= 0 && (CLOSE.has(c) || straight)) {
        if (i > open) out.push({ start: open, end: i });
        open = -1;
      }
    }
    if (open >= 0 && para.end > open) out.push({ start: open, end: para.end });
  }
  return out;
}

describe('quoteSpans', () => {
  it('gives the reference spans on random text with every kind of quotation mark', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pieces = ['"', '“', '”', '„', '«', '»', 'He said', ' ', 'the vote.', '\n', '\n\n', 'Ťhe ', '😀', "it's", ''];
    for (let n = 0; n < 300; n++) {
      let text = '';
      const len = Math.floor(rnd() * 60);
      for (let k = 0; k < len; k++) text += pieces[Math.floor(rnd() * pieces.length)];
      for (const format of ['plain', 'markdown'] as const) {
        const doc = prepareText(text, format, () => {});
        assert.deepEqual(quoteSpans(doc), reference(doc), JSON.stringify(text));
      }
    }
  });
});
