// Issue 10: an edit re-check realigns only the sentences the edit touched (AlignmentMemo), and
// the result is exactly what a full alignment gives, after any sequence of edits.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, PreparationCache } from '../../src/core';
import { alignmentMemoFor, alignSentences, AlignmentMemo } from '../../src/core/align';
import { prepareText } from '../../src/core/document';
import { addOrRemoveSentence } from './edit-helpers';

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

  it('after 120 random sentences added and removed, the memo gives exactly the full alignment each time', () => {
    // Adding or removing a sentence moves every other sentence's expected place: their
    // pairings come from the place-free memo (TermsMemo), kept only far from any tie.
    const rnd = random(23);
    const memo = new AlignmentMemo();
    const src = prepareText(copies(seedSource, 8), 'plain', () => {});
    let text = copies(seedRewrite, 8);
    let moved = 0;
    // (Prepared as an editor's re-check prepares them: a paragraph the edit did not touch keeps its terms.)
    const prepared = new PreparationCache();
    for (let i = 0; i < 120; i++) {
      text = addOrRemoveSentence(text, rnd, EXTRA);
      const rewrite = prepareText(text, 'plain', () => {}, prepared);
      prepared.sweep();
      const incremental = alignSentences(src.sentences, rewrite.sentences, () => {}, { memo, sourceKey: 1 });
      const full = alignSentences(src.sentences, rewrite.sentences, () => {});
      assert.deepEqual(incremental, full, `edit ${i}`);
      moved += memo.moved;
    }
    assert.ok(moved > 1000, `${moved} pairings kept for moved sentences`);
  });

  it('a sentence added to a 6,000-word draft scores again only a few of the sentences it moved', () => {
    const cache = new PreparationCache();
    const S = copies(seedSource, 16);
    const R = copies(seedRewrite, 16);
    analyze(S, R, { cache });
    const memo = alignmentMemoFor(cache);
    const at = R.indexOf('. ', R.length >> 1) + 2;
    const added = `${R.slice(0, at)}The talks will resume on Friday. ${R.slice(at)}`;
    const res = analyze(S, added, { cache });
    assert.deepEqual(res.findings, analyze(S, added).findings);
    // Every sentence's place moved (the draft has one sentence more), so none is reused as is.
    assert.equal(memo.reused, 0);
    assert.ok(memo.moved >= 150, `${memo.moved} pairings kept`);
    assert.ok(memo.rescored <= 120, `${memo.rescored} sentences scored again`);
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
