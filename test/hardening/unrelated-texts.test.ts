// Issue 11, item 5: a rewrite that shares almost nothing with its source (the wrong file picked)
// is reported once, with counts, in the engine result that the CLI, batch and the editor all
// show, instead of one unsupported finding per rewrite sentence and one omitted per source one.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core';
import { buildCli, runBuiltCli, tempDir } from '../unit/cli-helpers';

const root = path.join(__dirname, '..', '..');
const corpus = path.join(root, 'test', 'corpus');
const pairs = fs.readdirSync(corpus).filter((d) => fs.existsSync(path.join(corpus, d, 'source.txt'))).sort();
// The wire story of examples/ against the other news articles of test/corpus: nothing in common.
const source = fs.readFileSync(path.join(root, 'examples', 'source.txt'), 'utf8');
const rewrite = pairs.map((d) => fs.readFileSync(path.join(corpus, d, 'source.txt'), 'utf8').trim()).join('\n\n');

describe('hardening: unrelated texts (issue 11, item 5)', function () {
  this.timeout(120_000);

  it('a rewrite of other articles gets one unrelated finding with counts, not one per sentence', () => {
    const res = analyze(source, rewrite);
    assert.ok(res.stats.rewriteSentences >= 150, `${res.stats.rewriteSentences} rewrite sentences`);
    const unrelated = res.findings.filter((f) => f.kind === 'unrelated');
    assert.equal(unrelated.length, 1);
    assert.match(unrelated[0]!.message, /shares almost nothing with the source: is this the right source\?/);
    assert.match(unrelated[0]!.message, /\d+ of \d+ rewrite sentences match a source sentence and \d+ of \d+ source sentences appear in the rewrite/);
    assert.equal(res.findings.filter((f) => f.kind === 'unsupported' || f.kind === 'omitted').length, 0);
    // Bounded: whatever the few chance matches find, far fewer findings than sentences.
    assert.ok(res.findings.length <= 1 + res.stats.alignedPairs * 3, `${res.findings.length} findings`);
    assert.ok(res.findings.length < res.stats.rewriteSentences / 5, `${res.findings.length} findings for ${res.stats.rewriteSentences} sentences`);
    // On the rewrite's first sentence, so the editor shows it at the top of the draft.
    assert.equal(unrelated[0]!.rewrite!.start, rewrite.indexOf(rewrite.trim().slice(0, 5)));
  });

  it('the CLI and batch show it (text, JSON and a batch line)', async () => {
    await buildCli();
    const tmp = tempDir();
    try {
      const s = tmp.file('source.txt', source);
      const r = tmp.file('rewrite.txt', rewrite);
      const text = await runBuiltCli([s, r]);
      assert.match(text.stdout, /is this the right source\?/);
      assert.ok(text.stdout.split('\n').length < 100, 'one line per finding, not one per sentence');
      const json = JSON.parse((await runBuiltCli(['--format', 'json', s, r])).stdout);
      const kinds = (json.findings ?? json).map((f: { kind: string }) => f.kind);
      assert.equal(kinds.filter((k: string) => k === 'unrelated').length, 1);
      const lines = tmp.file('pairs.jsonl', JSON.stringify({ id: 'wrong-source', source, rewrite }) + '\n');
      const batch = await runBuiltCli(['batch', lines]);
      const out = JSON.parse(batch.stdout.trim().split('\n')[0]!);
      assert.equal(out.findings.filter((f: { kind: string }) => f.kind === 'unrelated').length, 1, batch.stdout.slice(0, 500));
    } finally {
      tmp.cleanup();
    }
  });

  it('a real rewrite of its source is not called unrelated', () => {
    for (const d of pairs) {
      const res = analyze(fs.readFileSync(path.join(corpus, d, 'source.txt'), 'utf8'), fs.readFileSync(path.join(corpus, d, 'rewrite.txt'), 'utf8'));
      assert.ok(!res.findings.some((f) => f.kind === 'unrelated'), d);
    }
  });
});
