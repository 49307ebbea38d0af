// One analysis reads a paragraph once (document.ts, ParagraphsRead): a paragraph the rewrite
// keeps from its source, or one a text repeats, is tokenised once and its copies share what is
// remembered by offset-free tokens. The answer must be exactly that of reading every paragraph
// afresh.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, PreparationCache } from '../../src/core';
import { prepareText, type ParagraphsRead } from '../../src/core/document';
import { offsetFree } from '../../src/core/offsetFree';

const root = join(__dirname, '..', '..');
const source = readFileSync(join(root, 'examples/source.txt'), 'utf8').trim();
const rewrite = readFileSync(join(root, 'examples/rewrite.txt'), 'utf8').trim();
const none = () => undefined;

describe('paragraphs read once an analysis', () => {
  it('gives a repeated paragraph the tokens of a fresh reading, at its own offsets, sharing the first copy\'s offset-free tokens', () => {
    const text = `${source}\n\n${rewrite}\n\n${source}`;
    const read: ParagraphsRead = new Map();
    const shared = prepareText(text, 'plain', none, undefined, read);
    const fresh = prepareText(text, 'plain', none);
    assert.equal(shared.sentences.length, fresh.sentences.length);
    shared.sentences.forEach((s, k) => {
      const f = fresh.sentences[k]!;
      assert.deepEqual({ ...s, tokens: s.tokens.map((t) => ({ ...t })) }, { ...f, tokens: f.tokens.map((t) => ({ ...t })) });
    });
    // The third part's sentences are copies of the first part's.
    const n = prepareText(source, 'plain', none).sentences.length;
    const last = shared.sentences.slice(-n);
    last.forEach((s, k) => assert.equal(offsetFree(s.tokens), offsetFree(shared.sentences[k]!.tokens)));
  });

  it('gives the findings of an editor\'s cache and of a single copy, for texts that repeat and share paragraphs', () => {
    const cases: Array<[string, string, string]> = [
      ['the seed pair three times over', [source, source, source].join('\n\n'), [rewrite, rewrite, rewrite].join('\n\n')],
      ['a rewrite that keeps some source paragraphs word for word', source, source.split('\n\n').map((p, k) => (k % 2 ? p : rewrite.split('\n\n')[k] ?? p)).join('\n\n')],
      ['a source compared with itself', source, source],
    ];
    for (const [name, s, r] of cases) {
      const fresh = analyze(s, r);
      const cached = analyze(s, r, { cache: new PreparationCache() });
      assert.deepEqual(fresh.findings, cached.findings, name);
      assert.deepEqual(fresh.pairs, cached.pairs, name);
      assert.deepEqual(fresh.sentences, cached.sentences, name);
    }
  });
});
