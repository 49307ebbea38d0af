// toProse keeps marks in a byte array and skips patterns whose key characters a text lacks
// (prose.ts); it must give exactly what the straightforward version gives, kept here as the
// reference: one string per character, every pattern scanned.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { toProse } from '../../src/core/prose';

function referenceProse(text: string): string {
  const chars = Array.from({ length: text.length }, (_, i) => text[i]!);
  const blank = (start: number, end: number) => {
    for (let i = start; i < end && i < chars.length; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  };
  const blankMatches = (pattern: RegExp, group?: number) => {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (group === undefined) blank(start, start + m[0].length);
      else {
        const inner = m[group] ?? '';
        const innerStart = start + m[0].indexOf(inner);
        blank(start, innerStart);
        blank(innerStart + inner.length, start + m[0].length);
      }
    }
  };
  const front = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (front) blank(0, front[0].length);
  blankMatches(/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[^\n]*$/gm);
  blankMatches(/<!--[\s\S]*?-->/g);
  blankMatches(/`[^`\n]+`/g);
  blankMatches(/!\[[^\]\n]*\]\([^)\n]*\)/g);
  blankMatches(/\[([^\]\n]+)\]\([^)\n]*\)/g, 1);
  blankMatches(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, 1);
  blankMatches(/^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$/gm);
  blankMatches(/<\/?[A-Za-z][^>\n]*>/g);
  blankMatches(/^[ \t]*#{1,6}[ \t]+/gm);
  blankMatches(/^[ \t]*(?:>[ \t]?)+/gm);
  blankMatches(/^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(?:\[[ xX]\][ \t]+)?/gm, 1);
  blankMatches(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm);
  blankMatches(/^[ \t]*=+[ \t]*$|^[ \t]*-+[ \t]*$/gm);
  blankMatches(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{3,}:?\s*\|?\s*$/gm);
  blankMatches(/^[^\n]*\|[^\n]*(?=\r?\n[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*\|?)?[ \t]*\r?$)/gm);
  blankMatches(/\|/g);
  blankMatches(/(\*\*|__|~~)(?=\S)|(?<=\S)(\*\*|__|~~)/g);
  blankMatches(/(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])/g);
  blankMatches(/(?<![\w_])_(?=\S)|(?<=\S)_(?![\w_])/g);
  return chars.join('');
}

/** Markdown-ish text: words, markup characters and line breaks in any order. */
const PIECES = ['word', 'Two', ' ', ' ', '\n', '\r\n', '\n\n', '---', '```', '~~~', '<!--', '-->', '`', '[', ']', '(', ')', '![', '](', '][', ']:',
  '<b>', '</i>', '<', '>', '#', '## ', '> ', '- ', '* ', '+ ', '1. ', '2) ', '[x] ', '***', '___', '===', '|', ':---:', '**', '__', '~~', '*', '_',
  'snake_case', '\uFEFF', '...', '😀', 'é', '\t'];
const markdownish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('toProse', () => {
  it("blanks a table's header row, which labels the figures below it", () => {
    const prose = toProse('| Measure | Figure |\n| --- | --- |\n| Rise from April | 4.99% |\n', 'markdown');
    assert.equal(prose.split('\n')[0]!.trim(), '');
    assert.equal(prose.split('\n')[2]!.trim().replace(/\s+/g, ' '), 'Rise from April 4.99%');
  });
  it('blanks exactly what the reference version blanks, on random Markdown-like text', () => {
    fc.assert(fc.property(markdownish, (text) => {
      assert.equal(toProse(text, 'markdown'), referenceProse(text));
    }), { numRuns: 3000 });
  });

  it('blanks exactly what the reference version blanks, on the Markdown corpus pairs', () => {
    const root = join(__dirname, '..', '..');
    let checked = 0;
    for (const corpus of ['corpus', 'corpus-dev', 'corpus-blind']) {
      const dir = join(root, 'test', corpus);
      // A corpus folder may be absent between blind sets.
      if (!require('node:fs').existsSync(dir)) continue;
      for (const name of require('node:fs').readdirSync(dir) as string[]) {
        for (const file of ['source.md', 'rewrite.md']) {
          let text: string;
          try { text = readFileSync(join(dir, name, file), 'utf8'); } catch { continue; }
          assert.equal(toProse(text, 'markdown'), referenceProse(text), `${corpus}/${name}/${file}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 0, 'no Markdown pairs found');
  });

  it('returns plain text unchanged', () => {
    assert.equal(toProse('**not** markup', 'plain'), '**not** markup');
  });
});
