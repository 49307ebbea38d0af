// Where the quotations are: spans between matching quotation marks within a paragraph.
// Straight quotes alternate open/close; a quote left open runs to the paragraph's end, as in
// wire copy where a quoted paragraph has no closing mark.
import type { PreparedText } from './document';
import type { Span } from './types';

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

/** Every quotation mark above and '"': the only characters quoteSpans stops at. */
const MARK = new RegExp(`[${[...OPEN, ...CLOSE, '"'].join('')}]`, 'g');

/** A script's cue opening a paragraph: a label in capitals in brackets, then a colon, "[ON SCREEN: …]", "[GRAPHIC: …]". */
const SCRIPT_CUE = /^\[\p{Lu}[\p{Lu} /-]*:/u;

/** Ascending and disjoint: each starts after the previous one's closing mark. */
export function quoteSpans(doc: PreparedText): Span[] {
  const out: Span[] = [];
  const { prose } = doc;
  // The marks' offsets, found by one regex search (this reads the whole text on every check:
  // a character-by-character loop cost most of a millisecond of a 10,000-word draft's re-check),
  // then dealt out to the paragraphs in order.
  const marks: number[] = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(prose); m; m = MARK.exec(prose)) marks.push(m.index);
  let k = 0;
  for (const para of doc.paragraphs) {
    let open = -1;
    while (k < marks.length && marks[k]! < para.start) k++;
    // (A script's cue in brackets, "[ON SCREEN: Caption – "Recorded 18 September"]", puts words
    // on screen in quotation marks: display, not anyone's words.)
    const cueEnd = prose[para.start] === '[' && SCRIPT_CUE.test(prose.slice(para.start, para.start + 40)) ? prose.indexOf(']', para.start) : -1;
    for (; k < marks.length && marks[k]! < para.end; k++) {
      const i = marks[k]!;
      if (i < cueEnd) continue;
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
