// A pair repeated k times gets k times the findings (each copy aligns to its own copy, rarity is
// measured against the rarest source term), and a headline that swaps a source word for a
// synonym is not an unsupported sentence (issue 9, item 17).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core';

const root = path.join(__dirname, '..', '..');
const source = fs.readFileSync(path.join(root, 'examples', 'source.txt'), 'utf8');
const rewrite = fs.readFileSync(path.join(root, 'examples', 'rewrite.txt'), 'utf8');

function tally(k: number): Record<string, number> {
  const copies = (t: string) => Array.from({ length: k }, () => t).join('\n\n');
  const out: Record<string, number> = {};
  for (const f of analyze(copies(source), copies(rewrite)).findings) out[`${f.severity} ${f.kind}`] = (out[`${f.severity} ${f.kind}`] ?? 0) + 1;
  return out;
}

describe('repeated passages', () => {
  const once = tally(1);
  for (const k of [4, 8]) {
    it(`the seed pair ${k} times over has ${k} times the errors of each kind, and ${k} times the warnings`, () => {
      const many = tally(k);
      const errors = (t: Record<string, number>) => Object.fromEntries(Object.entries(t).filter(([key]) => key.startsWith('error ')));
      const sum = (t: Record<string, number>, severity: string) => Object.entries(t).filter(([key]) => key.startsWith(severity)).reduce((a, [, n]) => a + n, 0);
      assert.deepEqual(errors(many), Object.fromEntries(Object.entries(errors(once)).map(([key, n]) => [key, n * k])));
      assert.equal(sum(many, 'warning '), k * sum(once, 'warning '));
    });
  }
});

describe('short sentences paraphrased with synonyms', () => {
  it('a headline saying "rebukes" for the source\'s "reprimanded" is not unsupported', () => {
    const headline = 'Blinken rebukes China over hacking';
    const res = analyze(source, `${headline}\n\n${rewrite}`);
    assert.ok(!res.findings.some((f) => f.kind === 'unsupported' && f.rewrite && f.rewrite.start < headline.length));
  });

  it('a short sentence with nothing from the source stays unsupported', () => {
    const res = analyze(source, `Please enter your comment!\n\n${rewrite}`);
    assert.ok(res.findings.some((f) => f.kind === 'unsupported' && f.rewrite?.start === 0));
  });
});
