// The analysis result packed for the trip from the language server's analysis thread to its main
// thread (src/server/resultCodec.ts) comes back equal, field for field and in the same order, to
// the result the engine gave; anything the packing does not know travels as it is.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import type { AnalysisResult } from '../../src/core/types';
import { packResult, unpackResult } from '../../src/server/resultCodec';

const root = join(__dirname, '..', '..');
const seedSource = readFileSync(join(root, 'examples/source.txt'), 'utf8');
const seedRewrite = readFileSync(join(root, 'examples/rewrite.txt'), 'utf8');

/** The round trip, compared also as JSON (which keeps the order of fields). */
function roundTrip(result: AnalysisResult): void {
  const packed = packResult(result);
  assert.ok(packed, 'a result of the engine packs');
  const back = unpackResult(packed);
  assert.deepStrictEqual(back, result);
  assert.equal(JSON.stringify(back), JSON.stringify(result));
}

describe('server result packing (resultCodec.ts)', function () {
  this.timeout(60000);

  it('gives back the seed pair\'s result exactly, as plain text and as Markdown', () => {
    roundTrip(analyze(seedSource, seedRewrite));
    roundTrip(analyze(seedSource, `---\nsource: source.txt\n---\n\n${seedRewrite}`, { format: 'markdown' }));
  });

  it('gives back development pairs\' results exactly (omissions, suggestions, sentences carried or not)', () => {
    const dir = join(root, 'test/corpus-dev');
    const pairs = readdirSync(dir).sort().filter((_, i) => i % 60 === 0);
    let kinds = new Set<string>();
    for (const name of pairs) {
      // (A pair in Markdown has source.md and rewrite.md, read as the evaluation reads them.)
      const ext = existsSync(join(dir, name, 'source.md')) ? 'md' : 'txt';
      const result = analyze(readFileSync(join(dir, name, `source.${ext}`), 'utf8'), readFileSync(join(dir, name, `rewrite.${ext}`), 'utf8'), { format: ext === 'md' ? 'markdown' : 'plain' });
      roundTrip(result);
      kinds = new Set([...kinds, ...result.findings.map((f) => f.kind)]);
    }
    assert.ok(kinds.has('omitted') && kinds.size >= 5, `several kinds of finding were packed: ${[...kinds].join(', ')}`);
  });

  it('gives back an empty result', () => {
    roundTrip(analyze('Nothing happened today.', 'Nothing happened today.'));
  });

  it('declines a result with a field it does not know, or an offset that is not a whole number', () => {
    const result = analyze(seedSource, seedRewrite);
    const f = result.findings[0]!;
    assert.equal(packResult({ ...result, findings: [{ ...f, extra: 1 } as never] }), null);
    assert.equal(packResult({ ...result, findings: [{ ...f, rewrite: { start: 1.5, end: 3 } }] }), null);
    assert.equal(packResult({ ...result, pairs: [{ ...result.pairs[0]!, note: 'x' } as never] }), null);
  });
});
