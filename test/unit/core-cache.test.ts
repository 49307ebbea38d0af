// The cache an editor keeps between checks must never change the answer: a re-check with the
// cache gives exactly what a fresh analysis of the same texts gives, across edits.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, PreparationCache } from '../../src/core';

const root = join(__dirname, '..', '..');
const source = readFileSync(join(root, 'examples/source.txt'), 'utf8');
const rewrite = readFileSync(join(root, 'examples/rewrite.txt'), 'utf8');

const edits: Array<[string, (text: string) => string]> = [
  ['unchanged', (t) => t],
  ['a figure changed in one sentence', (t) => t.replace('three MSS officials', 'four MSS officials')],
  ['a sentence inserted at the top', (t) => `A new opening line was added today.\n\n${t}`],
  ['a paragraph deleted', (t) => t.replace(/The US is now collaborating[^\n]*\n\n/, '')],
  ['a name capitalised differently', (t) => t.replace('the MSS had them', 'the Mss had them')],
  ['a quote opened in an earlier sentence', (t) => t.replace('The Ministry of State Security', '"The Ministry of State Security')],
  ['back to the original', (t) => t],
];

describe('analysis cache', () => {
  it('gives the same findings and pairs as a fresh analysis after every edit', () => {
    const cache = new PreparationCache();
    for (const [name, edit] of edits) {
      const text = edit(rewrite);
      const cached = analyze(source, text, { cache });
      const fresh = analyze(source, text);
      assert.deepEqual(cached.findings, fresh.findings, name);
      assert.deepEqual(cached.pairs, fresh.pairs, name);
    }
  });

  it('notices a changed source', () => {
    const cache = new PreparationCache();
    analyze(source, rewrite, { cache });
    const changedSource = source.replace('three MSS officers', 'three MSS officials');
    const cached = analyze(changedSource, rewrite, { cache });
    assert.deepEqual(cached.findings, analyze(changedSource, rewrite).findings);
    assert.ok(!cached.findings.some((f) => f.kind === 'role'));
  });
});
