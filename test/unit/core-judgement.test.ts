// The replaced-word judgement (src/core/judgement/): its features, one row per relation or
// feature, and a model that loads and scores the same way every time.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeReplacement, FEATURES } from '../../src/core/judgement/features';
import { pairContexts } from '../../src/core/judgement/contexts';
import { CHANGED_AT, judgementCanWarn, probabilityChanged } from '../../src/core/judgement/judge';
import { replacedWords } from '../../src/core/rules/wording';
import { loadWordVectors } from '../../src/core/judgement/vectors';
import fitted from '../../src/core/judgement/weights.json';

/** The features of the one replaced stretch between two sentences. */
function judged(source: string, rewrite: string, i = 0) {
  const ctx = pairContexts(source, rewrite)[i];
  assert.ok(ctx, 'the rewrite sentence is paired');
  const found = replacedWords(ctx);
  assert.equal(found.length, 1, `one replaced stretch in ${JSON.stringify(rewrite)}`);
  const d = describeReplacement(ctx, found[0]!.rWords, found[0]!.sWords);
  const on = new Set<string>(FEATURES.filter((_, k) => d.vector[k] !== 0));
  return { relation: d.relation, on, vector: d.vector };
}

describe('replaced-word judgement', () => {
  const cases: { source: string; rewrite: string; relation: string; on?: string[]; off?: string[] }[] = [
    { source: 'The club got a grant from the council.', rewrite: 'The club got a loan from the council.', relation: 'unrelated', on: ['rel:unrelated', 'pos:noun', 'same-slot', 'slot-and-apart'] },
    { source: 'Prices rose sharply in March.', rewrite: 'Prices fell sharply in March.', relation: 'sister', on: ['rel:sister', 'pos:verb', 'slot-and-apart'] },
    { source: 'The star is a red dwarf.', rewrite: 'The star is a white dwarf.', relation: 'sister', on: ['rel:sister', 'pos:adj', 'modifier'] },
    { source: 'Police stopped a truck near the station.', rewrite: 'Police stopped a vehicle near the station.', relation: 'broader', on: ['rel:broader'], off: ['slot-and-apart'] },
    { source: 'Police stopped a vehicle near the station.', rewrite: 'Police stopped a truck near the station.', relation: 'narrower', on: ['rel:narrower'], off: ['slot-and-apart', 'modifier'] },
    { source: 'The mayor visited the zorbleflax on Friday.', rewrite: 'The mayor visited the quindlewump on Friday.', relation: 'unknown', on: ['rel:unknown'] },
  ];
  for (const c of cases) {
    it(`${c.relation}: ${c.rewrite}`, () => {
      const j = judged(c.source, c.rewrite);
      assert.equal(j.relation, c.relation);
      for (const f of c.on ?? []) assert.ok(j.on.has(f), `${f} is set (set: ${[...j.on].join(', ')})`);
      for (const f of c.off ?? []) assert.ok(!j.on.has(f), `${f} is not set`);
    });
  }

  it('moved: the old word is still in another sentence of the rewrite', () => {
    const ctx = pairContexts('The club got a grant. Fans cheered.', 'The club got a loan. Fans cheered the grant.')[0]!;
    const [c] = replacedWords(ctx);
    assert.ok(c);
    const d = describeReplacement(ctx, c.rWords, c.sWords);
    assert.equal(d.vector[FEATURES.indexOf('moved')], 1);
    assert.equal(d.vector[FEATURES.indexOf('from-elsewhere')], 0);
  });

  it('the fitted model loads deterministically and has a weight for every feature', () => {
    for (const f of FEATURES) assert.equal(typeof (fitted.weights as Record<string, number>)[f], 'number', f);
    const j1 = judged('The club got a grant from the council.', 'The club got a loan from the council.');
    const j2 = judged('The club got a grant from the council.', 'The club got a loan from the council.');
    assert.deepEqual([...j1.vector], [...j2.vector]);
    const p = probabilityChanged(j1.vector);
    assert.ok(p > 0 && p < 1);
    assert.equal(p, probabilityChanged(j2.vector));
    assert.equal(CHANGED_AT, fitted.threshold);
    assert.equal(judgementCanWarn(), fitted.threshold <= 1);
  });

  it('word vectors: a distilled table gives cosines, and null for a word it lacks', async () => {
    const { writeDataFile } = (await import(path.join(__dirname, '..', '..', 'scripts', 'dataFile.mjs'))) as {
      writeDataFile: (file: string, version: number, sections: Record<string, string | ArrayBufferView>) => void;
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faithful-vectors-'));
    const file = path.join(dir, 'v.bin');
    writeDataFile(file, 1, {
      header: JSON.stringify({ dims: 2, words: 3, scale: 254 }),
      words: 'game\nloan\nmatch',
      vectors: Int8Array.from([100, 0, 0, 100, 90, 10]),
    });
    const sim = loadWordVectors(file);
    assert.ok(sim(['game'], ['match'])! > 0.9);
    assert.ok(Math.abs(sim(['game'], ['loan'])!) < 1e-9);
    assert.equal(sim(['game'], ['zorble']), null);
    assert.ok(sim(['Games', 'game'], ['MATCH'])! > 0.9, 'the first form found, case folded');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
