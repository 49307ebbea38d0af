// Turns a plain or Markdown text into "prose": the same string, the same length, with every
// character that is markup rather than language replaced by a space. Because offsets never
// move, a span found in the prose is already a span in the user's original file.
import type { TextFormat } from './types';

/**
 * Marks text[start..end) to be blanked. The marks are a byte per UTF-16 unit, not the text split
 * into one string per character: an editor turns the whole draft into prose on every re-check,
 * and a 60,000-character draft as an array of strings cost most of a one-word edit's time.
 */
function blank(marks: Uint8Array, start: number, end: number): void {
  marks.fill(1, Math.max(0, start), Math.min(end, marks.length));
}

function blankMatches(marks: Uint8Array, text: string, pattern: RegExp, group?: number): void {
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    if (group === undefined) {
      blank(marks, start, start + m[0].length);
    } else {
      // Blank everything in the match except the given group (e.g. keep a link's text).
      const inner = m[group] ?? '';
      const innerStart = start + m[0].indexOf(inner);
      blank(marks, start, innerStart);
      blank(marks, innerStart + inner.length, start + m[0].length);
    }
  }
}

/**
 * Each pattern below with a string its every match contains: a text without that string cannot
 * match, and is not scanned (a regex scan with lookbehinds costs far more than an indexOf).
 */
const PATTERNS: ReadonlyArray<{ re: RegExp; needs: readonly string[]; group?: number }> = [
  // Fenced code blocks and HTML comments carry no prose claims.
  { re: /^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[^\n]*$/gm, needs: ['```', '~~~'] },
  { re: /<!--[\s\S]*?-->/g, needs: ['<!--'] },
  // Inline code spans.
  { re: /`[^`\n]+`/g, needs: ['`'] },
  // Images vanish; links keep their visible text.
  { re: /!\[[^\]\n]*\]\([^)\n]*\)/g, needs: ['!['] },
  { re: /\[([^\]\n]+)\]\([^)\n]*\)/g, needs: [']('], group: 1 },
  { re: /\[([^\]\n]+)\]\[[^\]\n]*\]/g, needs: [']['], group: 1 },
  // Reference-style link definitions.
  { re: /^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$/gm, needs: [']:'] },
  // HTML tags.
  { re: /<\/?[A-Za-z][^>\n]*>/g, needs: ['<'] },
  // Line-start markup: headings, block quotes, list markers, horizontal rules, table pipes.
  { re: /^[ \t]*#{1,6}[ \t]+/gm, needs: ['#'] },
  { re: /^[ \t]*(?:>[ \t]?)+/gm, needs: ['>'] },
  // (A list marker itself is kept, as in plain text: each item is then a paragraph of its own,
  // not one run-on sentence of items ending in ";". Only a task box is blanked.)
  { re: /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(?:\[[ xX]\][ \t]+)?/gm, needs: ['-', '*', '+', '.', ')'], group: 1 },
  { re: /^[ \t]*(?:[-*_][ \t]*){3,}$/gm, needs: ['-', '*', '_'] },
  { re: /^[ \t]*=+[ \t]*$|^[ \t]*-+[ \t]*$/gm, needs: ['=', '-'] },
  { re: /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{3,}:?\s*\|?\s*$/gm, needs: ['---'] },
  // (And a table's header row, the line right above that rule: column headings label the
  // figures below them and claim nothing, "| Measure | Figure |".)
  { re: /^[^\n]*\|[^\n]*(?=\r?\n[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*\|?)?[ \t]*\r?$)/gm, needs: ['---'] },
  { re: /\|/g, needs: ['|'] },
  // Emphasis markers: ** __ * _ ~~ around words (not snake_case inside words).
  { re: /(\*\*|__|~~)(?=\S)|(?<=\S)(\*\*|__|~~)/g, needs: ['**', '__', '~~'] },
  { re: /(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])/g, needs: ['*'] },
  { re: /(?<![\w_])_(?=\S)|(?<=\S)_(?![\w_])/g, needs: ['_'] },
];

/**
 * The prose of the last few Markdown texts: an editor re-checks the same source (and mostly the
 * same draft) after every keystroke. Bounded by count; the texts are the ones being compared anyway.
 */
const recent = new Map<string, string>();
const RECENT_TEXTS = 4;

export function toProse(text: string, format: TextFormat): string {
  if (format !== 'markdown') return text;
  let prose = recent.get(text);
  if (prose === undefined) {
    prose = markdownProse(text);
    if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
    recent.set(text, prose);
  }
  return prose;
}

function markdownProse(text: string): string {
  const marks = new Uint8Array(text.length);

  // YAML front matter: a leading '---' block.
  const front = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (front) blank(marks, 0, front[0].length);

  for (const p of PATTERNS) {
    if (p.needs.some((n) => text.includes(n))) blankMatches(marks, text, p.re, p.group);
  }
  // The text with every marked unit but line breaks turned into a space.
  const parts: string[] = [];
  let from = 0;
  for (let i = marks.indexOf(1); i >= 0 && i < text.length; i = marks.indexOf(1, i)) {
    parts.push(text.slice(from, i));
    let j = i;
    while (j < text.length && marks[j] === 1) j++;
    let run = '';
    for (let k = i; k < j; k++) {
      const c = text.charCodeAt(k);
      run += c === 10 ? '\n' : c === 13 ? '\r' : ' ';
    }
    parts.push(run);
    from = i = j;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
