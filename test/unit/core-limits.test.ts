// Input limits and degenerate inputs: too long and too slow stop with AnalysisLimitError,
// empty and wordless texts neither crash nor produce findings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisLimitError, analyze } from '../../src/core';

const REPO = path.resolve(__dirname, '..', '..');
const seedSource = fs.readFileSync(path.join(REPO, 'examples', 'source.txt'), 'utf8');
const seedRewrite = fs.readFileSync(path.join(REPO, 'examples', 'rewrite.txt'), 'utf8');

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail('expected an exception');
}

describe('core limits', () => {
  describe('maxChars', () => {
    it('a source longer than maxChars throws AnalysisLimitError naming the limit', () => {
      const e = thrown(() => analyze('a'.repeat(101), 'b', { maxChars: 100 }));
      assert.ok(e instanceof AnalysisLimitError, String(e));
      assert.equal(e.name, 'AnalysisLimitError');
      assert.match(e.message, /limit/i);
      assert.match(e.message, /\b100\b/);
      assert.match(e.message, /source/);
    });

    it('a rewrite longer than maxChars throws AnalysisLimitError naming the limit', () => {
      const e = thrown(() => analyze('b', 'a'.repeat(2500), { maxChars: 2000 }));
      assert.ok(e instanceof AnalysisLimitError, String(e));
      assert.match(e.message, /limit/i);
      assert.match(e.message, /2,000|2000/);
      assert.match(e.message, /rewrite/);
    });

    it('a text of exactly maxChars is accepted', () => {
      const text = 'The council approved the budget.';
      assert.doesNotThrow(() => analyze(text, text, { maxChars: text.length }));
    });

    it('AnalysisLimitError is an Error', () => {
      const e = new AnalysisLimitError('x');
      assert.ok(e instanceof Error);
      assert.equal(e.message, 'x');
    });
  });

  describe('timeBudgetMs', () => {
    it('is asked before every paragraph and every rewrite sentence, so no one of them runs unchecked', () => {
      // The budget and cancellation share one check; counting isCancelled counts the checks.
      const paragraphs = (word: string) => Array.from({ length: 100 }, (_, i) => `The council ${word} plan ${i} on Monday.`).join('\n\n');
      let asked = 0;
      analyze(paragraphs('approved'), paragraphs('rejected'), { isCancelled: () => (asked++, false) });
      assert.ok(asked >= 300, `asked ${asked} times for 200 paragraphs and 100 rewrite sentences`);
    });

    it('a 1 ms budget on a large input throws AnalysisLimitError instead of running on', function () {
      this.timeout(60_000);
      const source = Array.from({ length: 200 }, () => seedSource).join('\n\n');
      const rewrite = Array.from({ length: 200 }, () => seedRewrite).join('\n\n');
      const e = thrown(() => analyze(source, rewrite, { timeBudgetMs: 1 }));
      assert.ok(e instanceof AnalysisLimitError, String(e));
      assert.match(e.message, /budget/i);
      assert.match(e.message, /\b1 ms\b/);
    });
  });

  describe('degenerate inputs', () => {
    it('two empty strings give no findings and zero counts', () => {
      const res = analyze('', '');
      assert.deepEqual(res.findings, []);
      assert.equal(res.stats.sourceSentences, 0);
      assert.equal(res.stats.rewriteSentences, 0);
      assert.equal(res.stats.alignedPairs, 0);
    });

    it('whitespace-only texts give no findings', () => {
      assert.deepEqual(analyze('   \n\n  ', '\r\n\t').findings, []);
      assert.deepEqual(analyze('\n\n\n', '  ', { format: 'markdown' }).findings, []);
    });

    it('an empty source: the rewrite sentence is unsupported, nothing crashes', () => {
      const rewrite = 'The council approved the budget on Tuesday.';
      const res = analyze('', rewrite);
      assert.deepEqual(res.findings.map((f) => f.kind), ['unsupported']);
      assert.deepEqual(res.findings[0]!.rewrite, { start: 0, end: rewrite.length });
    });

    it('an empty rewrite: the source sentence is omitted, nothing crashes', () => {
      const source = 'The council approved the budget on Tuesday.';
      const res = analyze(source, '');
      assert.deepEqual(res.findings.map((f) => f.kind), ['omitted']);
      assert.deepEqual(res.findings[0]!.source, { start: 0, end: source.length });
    });

    it('texts of only punctuation and emoji give no findings and no crash', () => {
      const res = analyze('!!! ... ??? 🎉🎉 — “” ()', '🎉 👍🏽 !!! ,,, ;;; 👩‍👩‍👧‍👦');
      assert.deepEqual(res.findings, []);
      assert.equal(res.stats.sourceSentences, 0);
      assert.equal(res.stats.rewriteSentences, 0);
    });

    it('punctuation/emoji against real text: no crash, and only a whole-sentence finding', () => {
      const text = 'The council approved the budget on Tuesday.';
      assert.deepEqual(analyze('!!! ... 🎉🎉', text).findings.map((f) => f.kind), ['unsupported']);
      assert.deepEqual(analyze(text, '🎉🎉 !!!').findings.map((f) => f.kind), ['omitted']);
    });

    it('Markdown that is only markup gives no findings', () => {
      const res = analyze('---\ntitle: x\n---\n', '# \n\n**\n\n- \n\n[](https://example.org)\n', { format: 'markdown' });
      assert.deepEqual(res.findings, []);
    });

    it('a lone surrogate does not crash the engine', () => {
      const text = 'The council approved 12 homes \ud83c on Tuesday.';
      assert.doesNotThrow(() => analyze(text, text.replace('12', '21')));
    });
  });
});
