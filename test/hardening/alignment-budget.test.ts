// Issue 11, items 1 and 7: the time budget is asked inside the alignment, every 256 sentences
// of every loop over sentences (indexing the source, pairing, carried source sentences, gaps), so
// a book-length pair cannot run unchecked there. (Linear cost is shown by `npm run bench`'s scale
// table, 1× to 256×.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { alignSentences } from '../../src/core/align';
import { prepareText } from '../../src/core/document';

const root = path.join(__dirname, '..', '..');
const seedSource = fs.readFileSync(path.join(root, 'examples', 'source.txt'), 'utf8').trim();
const seedRewrite = fs.readFileSync(path.join(root, 'examples', 'rewrite.txt'), 'utf8').trim();
const copies = (t: string, k: number) => Array.from({ length: k }, () => t).join('\n\n');

describe('hardening: the time budget inside the alignment (issue 11, items 1 and 7)', function () {
  this.timeout(120_000);
  const source = prepareText(copies(seedSource, 64), 'plain', () => {}).sentences;
  const rewrite = prepareText(copies(seedRewrite, 64), 'plain', () => {}).sentences;

  it('asks the budget at least once every 256 sentences in each of its four loops', () => {
    let asked = 0;
    alignSentences(source, rewrite, () => void asked++);
    const per = (n: number) => Math.ceil(n / 256);
    // Source index, pairing, carried source sentences, gap filling.
    const expected = per(source.length) + per(rewrite.length) + per(source.length) + per(rewrite.length);
    assert.ok(asked >= expected, `asked ${asked} times for ${source.length} source and ${rewrite.length} rewrite sentences; expected at least ${expected}`);
  });

  it('stops as soon as the budget says so, in whichever loop it is', () => {
    for (const stopAt of [1, 2, 4, 6, 8, 10]) {
      let asked = 0;
      assert.throws(() => alignSentences(source, rewrite, () => {
        if (++asked >= stopAt) throw new Error('budget');
      }), /budget/);
      assert.equal(asked, stopAt);
    }
  });
});
