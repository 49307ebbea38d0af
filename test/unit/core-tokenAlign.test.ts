// diffKeys is jsdiff's diffArrays over numbers: it must make the same changes as jsdiff itself
// (the rules read its hunks), on random sequences and with the edit-length cap.
import { strict as assert } from 'node:assert';
import { diffArrays } from 'diff';
import fc from 'fast-check';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { prepareText } from '../../src/core/document';
import { diffKeys, matchKey } from '../../src/core/tokenAlign';

/** jsdiff's changes as [kind, count] pairs (0 common, 1 added, 2 removed), or null. */
function reference(a: number[], b: number[], maxEditLength: number): number[] | null {
  const changes = diffArrays(a, b, { maxEditLength });
  if (!changes) return null;
  return changes.flatMap((c) => [c.added ? 1 : c.removed ? 2 : 0, c.count ?? c.value.length]);
}

describe('diffKeys (jsdiff diffArrays over numbers)', () => {
  it('makes the changes jsdiff makes, on random sequences', () => {
    const seq = (alphabet: number) => fc.array(fc.integer({ min: 0, max: alphabet }), { maxLength: 60 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(seq(n), seq(n))), fc.integer({ min: 1, max: 130 }), ([a, b], cap) => {
      assert.deepEqual(diffKeys(Int32Array.from(a), Int32Array.from(b), cap), reference(a, b, cap));
    }), { numRuns: 3000 });
  });

  it('on edge cases: empty sides, identical, disjoint, the cap reached exactly', () => {
    const cases: Array<[number[], number[]]> = [[[], []], [[1], []], [[], [1]], [[1, 2, 3], [1, 2, 3]], [[1, 2, 3], [4, 5, 6]], [[1, 1, 1, 2], [2, 1, 1, 1]]];
    for (const [a, b] of cases) for (const cap of [1, 2, 3, 5, 6, 400]) {
      assert.deepEqual(diffKeys(Int32Array.from(a), Int32Array.from(b), cap), reference(a, b, cap), `${a} / ${b} cap ${cap}`);
    }
  });

  it('on the seed pair, sentence by sentence, as alignTokens calls it', () => {
    const root = join(__dirname, '..', '..');
    const s = prepareText(fs.readFileSync(join(root, 'examples/source.txt'), 'utf8'), 'plain', () => undefined);
    const r = prepareText(fs.readFileSync(join(root, 'examples/rewrite.txt'), 'utf8'), 'plain', () => undefined);
    const ids = new Map<string, number>();
    const keys = (tokens: readonly Parameters<typeof matchKey>[0][]) => tokens.map((t) => ids.get(matchKey(t)) ?? ids.set(matchKey(t), ids.size).get(matchKey(t))!);
    for (const a of s.sentences) for (const b of r.sentences) {
      const ka = keys(a.tokens), kb = keys(b.tokens);
      assert.deepEqual(diffKeys(Int32Array.from(ka), Int32Array.from(kb), 400), reference(ka, kb, 400));
    }
  });
});
