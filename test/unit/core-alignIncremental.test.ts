// Issue 10: an edit re-check realigns only the sentences the edit touched (AlignmentMemo), and
// the result is exactly what a full alignment gives, after any sequence of edits.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, PreparationCache } from '../../src/core';
import { alignmentMemoFor, alignSentences, AlignmentMemo } from '../../src/core/align';
import { prepareText } from '../../src/core/document';

const root = join(__dirname, '..', '..');
const seedSource = readFileSync(join(root, 'examples/source.txt'), 'utf8').trim();
const seedRewrite = readFileSync(join(root, 'examples/rewrite.txt'), 'utf8').trim();
const copies = (t: string, k: number) => Array.from({ length: k }, () => t).join('\n\n');

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXTRA = ['The talks will resume on Friday.', 'Officials declined to comment.', 'China denied the accusations.', 'Three officers were named.'];

/** One random edit of the kind a writer makes: a word changed, a sentence added, removed or moved, a paragraph moved or duplicated. */
function edit(text: string, rnd: () => number): string {
  const paras = text.split('\n\n');
  const p = Math.floor(rnd() * paras.length);
  const sentences = paras[p]!.split(/(?<=\.) /);
  const s = Math.floor(rnd() * sentences.length);
  switch (Math.floor(rnd() * 7)) {
    case 0: { // a word replaced
      const words = sentences[s]!.split(' ');
      words[Math.floor(rnd() * words.length)] = ['four', 'Beijing', 'never', 'will', 'officials', '2019'][Math.floor(rnd() * 6)]!;
      sentences[s] = words.join(' ');
      break;
    }
    case 1: sentences.splice(s, 0, EXTRA[Math.floor(rnd() * EXTRA.length)]!); break;
    case 2: if (sentences.length > 1) sentences.splice(s, 1); break;
    case 3: { const [x] = sentences.splice(s, 1); sentences.push(x!); break; }
    case 4: { const q = Math.floor(rnd() * paras.length); [paras[p], paras[q]] = [paras[q]!, paras[p]!]; return paras.join('\n\n'); }
    case 5: paras.splice(p, 0, paras[p]!); return paras.join('\n\n');
    default: sentences[s] = sentences[s]!.replace(/\.$/, ', officials said.'); break;
  }
  paras[p] = sentences.join(' ');
  return paras.join('\n\n');
}

describe('incremental alignment', function () {
  this.timeout(120_000);
  const source = prepareText(copies(seedSource, 4), 'plain', () => {});

  it('after 150 random edits, the memo gives exactly the full alignment each time', () => {
    const rnd = random(11);
    const memo = new AlignmentMemo();
    let text = copies(seedRewrite, 4);
    for (let i = 0; i < 150; i++) {
      text = edit(text, rnd);
      const rewrite = prepareText(text, 'plain', () => {});
      const incremental = alignSentences(source.sentences, rewrite.sentences, () => {}, { memo, sourceKey: 1 });
      const full = alignSentences(source.sentences, rewrite.sentences, () => {});
      assert.deepEqual(incremental, full, `edit ${i}`);
    }
  });

  it('analyze with an editor cache gives exactly a fresh analysis after random edits', () => {
    const rnd = random(5);
    const cache = new PreparationCache();
    const S = copies(seedSource, 2);
    let text = copies(seedRewrite, 2);
    for (let i = 0; i < 30; i++) {
      text = edit(text, rnd);
      const cached = analyze(S, text, { cache });
      const fresh = analyze(S, text);
      assert.deepEqual(cached.findings, fresh.findings, `edit ${i}`);
      assert.deepEqual(cached.pairs, fresh.pairs, `edit ${i}`);
      assert.deepEqual(cached.sentences, fresh.sentences, `edit ${i}`);
    }
  });

  it('a one-word edit in a 6,000-word draft re-pairs only the sentences around it', () => {
    const cache = new PreparationCache();
    const S = copies(seedSource, 16);
    const R = copies(seedRewrite, 16);
    analyze(S, R, { cache });
    const memo = alignmentMemoFor(cache);
    assert.equal(memo.reused, 0);
    analyze(S, R.replace('three MSS officials', 'four MSS officials'), { cache });
    assert.ok(memo.computed <= 3, `${memo.computed} sentences paired afresh`);
    assert.ok(memo.reused >= 250, `${memo.reused} sentences reused`);
  });

  it('a changed source is aligned afresh', () => {
    const cache = new PreparationCache();
    analyze(seedSource, seedRewrite, { cache });
    const changed = seedSource.replace('three MSS officers', 'three MSS officials');
    const res = analyze(changed, seedRewrite, { cache });
    assert.equal(alignmentMemoFor(cache).reused, 0);
    assert.deepEqual(res.findings, analyze(changed, seedRewrite).findings);
  });
});
