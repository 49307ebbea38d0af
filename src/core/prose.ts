// Turns a plain or Markdown text into "prose": the same string, the same length, with every
// character that is markup rather than language replaced by a space. Because offsets never
// move, a span found in the prose is already a span in the user's original file.
import type { TextFormat } from './types';

/** Replaces text[start..end) with spaces, keeping line breaks so line numbers survive. */
function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end && i < chars.length; i++) {
    if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  }
}

function blankMatches(chars: string[], text: string, pattern: RegExp, group?: number): void {
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    if (group === undefined) {
      blank(chars, start, start + m[0].length);
    } else {
      // Blank everything in the match except the given group (e.g. keep a link's text).
      const inner = m[group] ?? '';
      const innerStart = start + m[0].indexOf(inner);
      blank(chars, start, innerStart);
      blank(chars, innerStart + inner.length, start + m[0].length);
    }
  }
}

export function toProse(text: string, format: TextFormat): string {
  if (format !== 'markdown') return text;
  const chars = Array.from({ length: text.length }, (_, i) => text[i]!);

  // YAML front matter: a leading '---' block.
  const front = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (front) blank(chars, 0, front[0].length);

  // Fenced code blocks and HTML comments carry no prose claims.
  blankMatches(chars, text, /^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[^\n]*$/gm);
  blankMatches(chars, text, /<!--[\s\S]*?-->/g);
  // Inline code spans.
  blankMatches(chars, text, /`[^`\n]+`/g);
  // Images vanish; links keep their visible text.
  blankMatches(chars, text, /!\[[^\]\n]*\]\([^)\n]*\)/g);
  blankMatches(chars, text, /\[([^\]\n]+)\]\([^)\n]*\)/g, 1);
  blankMatches(chars, text, /\[([^\]\n]+)\]\[[^\]\n]*\]/g, 1);
  // Reference-style link definitions.
  blankMatches(chars, text, /^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$/gm);
  // HTML tags.
  blankMatches(chars, text, /<\/?[A-Za-z][^>\n]*>/g);
  // Line-start markup: headings, block quotes, list markers, horizontal rules, table pipes.
  blankMatches(chars, text, /^[ \t]*#{1,6}[ \t]+/gm);
  blankMatches(chars, text, /^[ \t]*(?:>[ \t]?)+/gm);
  blankMatches(chars, text, /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/gm);
  blankMatches(chars, text, /^[ \t]*(?:[-*_][ \t]*){3,}$/gm);
  blankMatches(chars, text, /^[ \t]*=+[ \t]*$|^[ \t]*-+[ \t]*$/gm);
  blankMatches(chars, text, /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{3,}:?\s*\|?\s*$/gm);
  blankMatches(chars, text, /\|/g);
  // Emphasis markers: ** __ * _ ~~ around words (not snake_case inside words).
  blankMatches(chars, text, /(\*\*|__|~~)(?=\S)|(?<=\S)(\*\*|__|~~)/g);
  blankMatches(chars, text, /(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])/g);
  blankMatches(chars, text, /(?<![\w_])_(?=\S)|(?<=\S)_(?![\w_])/g);
  return chars.join('');
}
