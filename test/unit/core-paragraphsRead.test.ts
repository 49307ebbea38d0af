// One analysis reads a paragraph once (document.ts, ParagraphsRead): a paragraph the rewrite
// keeps from its source, or one a text repeats, is tokenised once and its copies share what is
// remembered by offset-free tokens. The answer must be exactly that of reading every paragraph
// afresh.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, PreparationCache } from '../../src/core';
import { keptVerbatim } from '../../src/core/analyze';
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

describe('sentences kept word for word', () => {
  const none = () => undefined;
  const at = (text: string) => prepareText(text, 'plain', none);
  it('skips the rules only for a sentence kept in its own paragraph and place, after the same sentence', () => {
    const source = at('The council met on Monday. It approved the budget.\n\nThe mayor said it was fair. Critics disagreed.');
    const same = at('The council met on Monday. It approved the budget.\n\nThe mayor said it was fair. Critics disagreed.');
    const edited = at('The council met on Monday. It rejected the budget.\n\nThe mayor said it was fair. Critics disagreed.');
    const moved = at('It approved the budget.\n\nThe mayor said it was fair. Critics disagreed.');
    const s = source.sentences;
    assert.ok(keptVerbatim(source, same, s[1]!, same.sentences[1]!), 'kept in a kept paragraph');
    assert.ok(!keptVerbatim(source, edited, s[0]!, edited.sentences[0]!), 'its paragraph changed elsewhere');
    assert.ok(!keptVerbatim(source, edited, s[2]!, edited.sentences[2]!), 'the sentence before it (across the break) changed');
    assert.ok(keptVerbatim(source, edited, s[3]!, edited.sentences[3]!), 'a later sentence of a kept paragraph, after a kept sentence');
    assert.ok(!keptVerbatim(source, moved, s[1]!, moved.sentences[0]!), 'the same words in another paragraph');
  });

  it('a draft that keeps most paragraphs gives the findings of its changed ones', () => {
    const paragraphs = source.split('\n\n');
    const kept = paragraphs.map((p, k) => (k === 2 ? rewrite.split('\n\n')[2]! : p)).join('\n\n');
    const result = analyze(source, kept);
    const changed = { start: kept.indexOf(rewrite.split('\n\n')[2]!), end: kept.indexOf(rewrite.split('\n\n')[2]!) + rewrite.split('\n\n')[2]!.length };
    for (const f of result.findings) if (f.rewrite) assert.ok(f.rewrite.start >= changed.start && f.rewrite.end <= changed.end, f.message);
    assert.deepEqual(result.findings, analyze(source, kept, { cache: new PreparationCache() }).findings);
  });
});
