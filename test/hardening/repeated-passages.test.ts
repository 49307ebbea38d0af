// Issue 11, item 6: repeated passages. Identical texts give no findings however long they are and
// however often a sentence repeats; a repeated passage pairs with its own copy, so a pair
// concatenated k times gives exactly k times the findings of one copy.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type AnalysisResult } from '../../src/core';

const root = path.join(__dirname, '..', '..');
const seedSource = fs.readFileSync(path.join(root, 'examples', 'source.txt'), 'utf8').trim();
const seedRewrite = fs.readFileSync(path.join(root, 'examples', 'rewrite.txt'), 'utf8').trim();
const copies = (text: string, k: number, joiner = '\n\n') => Array.from({ length: k }, () => text).join(joiner);

function kindsOf(result: AnalysisResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of result.findings) out[`${f.severity} ${f.kind}`] = (out[`${f.severity} ${f.kind}`] ?? 0) + 1;
  return out;
}

const times = (tally: Record<string, number>, k: number) => Object.fromEntries(Object.entries(tally).map(([key, n]) => [key, n * k]));

describe('hardening: repeated passages (issue 11, item 6)', function () {
  this.timeout(120_000);

  for (const k of [40, 50, 500]) {
    it(`identical texts of one sentence repeated ${k} times give no findings`, () => {
      const text = copies('The committee will meet again next week to review the budget.', k, ' ');
      const res = analyze(text, text);
      assert.deepEqual(res.findings, []);
      assert.equal(res.stats.alignedPairs, k);
    });

    it(`identical texts of one sentence repeated ${k} times, one a paragraph, give no findings`, () => {
      const text = copies('The committee will meet again next week to review the budget.', k);
      assert.deepEqual(analyze(text, text).findings, []);
    });
  }

  for (const [name, text] of [['source', seedSource], ['rewrite', seedRewrite]] as const) {
    it(`the seed ${name} 64 times over, compared with itself, gives no findings`, () => {
      const many = copies(text, 64);
      const res = analyze(many, many);
      assert.deepEqual(res.findings, []);
      assert.ok(res.sentences.source.every((s) => s.carried));
    });
  }

  it('a boilerplate sentence repeated 50 times beside a real pair adds no findings', () => {
    const boiler = copies('Subscribe to our newsletter for the latest news and analysis every morning.', 50, '\n\n');
    const plain = analyze(seedSource, seedRewrite);
    const padded = analyze(`${boiler}\n\n${seedSource}`, `${boiler}\n\n${seedRewrite}`);
    assert.deepEqual(padded.findings.map((f) => f.message), plain.findings.map((f) => f.message));
  });

  const once = analyze(seedSource, seedRewrite);
  const onceTally = kindsOf(once);
  for (const k of [16, 64]) {
    it(`the seed pair ${k} times over gives ${k} times the findings of each kind and severity, each copy paired within its own copy`, () => {
      const S = copies(seedSource, k);
      const R = copies(seedRewrite, k);
      const res = analyze(S, R);
      assert.deepEqual(kindsOf(res), times(onceTally, k));
      // Copy c of the rewrite pairs only with sentences of copy c of the source.
      const copyOf = (offset: number, text: string) => Math.floor(offset / (text.length + 2));
      for (const p of res.pairs) {
        const c = copyOf(p.rewrite.start, seedRewrite);
        for (const s of p.sources) assert.equal(copyOf(s.start, seedSource), c, `rewrite sentence at ${p.rewrite.start} paired across copies`);
      }
      assert.equal(res.pairs.length, k * once.pairs.length);
    });
  }
});
