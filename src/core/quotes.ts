// Where the quotations are: spans between matching quotation marks within a paragraph.
// Straight quotes alternate open/close; a quote left open runs to the paragraph's end, as in
// wire copy where a quoted paragraph has no closing mark.
import type { PreparedText } from './document';
import type { Span } from './types';

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

/** The character codes of every quotation mark above and '"': the only characters quoteSpans stops at. */
const MARKS = new Set([...OPEN, ...CLOSE, '"'].map((c) => c.charCodeAt(0)));

/** Ascending and disjoint: each starts after the previous one's closing mark. */
export function quoteSpans(doc: PreparedText): Span[] {
  const out: Span[] = [];
  const { prose } = doc;
  for (const para of doc.paragraphs) {
    let open = -1;
    for (let i = para.start; i < para.end; i++) {
      // By character code, not one-character strings: this reads the whole text on every check.
      if (!MARKS.has(prose.charCodeAt(i))) continue;
      const c = prose[i]!;
      const straight = c === '"';
      if (open < 0 && (OPEN.has(c) || straight)) {
        open = i + 1;
      } else if (open >= 0 && (CLOSE.has(c) || straight)) {
        if (i > open) out.push({ start: open, end: i });
        open = -1;
      }
    }
    if (open >= 0 && para.end > open) out.push({ start: open, end: para.end });
  }
  return out;
}

/** Lower-cased words only, for a "does the source say these exact words" check. */
export function wordKey(text: string): string {
  return (text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? []).join(' ');
}
