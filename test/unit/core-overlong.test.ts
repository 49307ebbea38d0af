// Overlong tokens (issue 11, item 1): a run of printable characters longer than any word (a base64
// blob, a hash, a long URL) never reaches wink's tokenizer, whose cost grows with the square of a
// token's length, and keeps exact offsets.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { MAX_TOKEN_CHARS, tokenize } from '../../src/core/tokens';

/** Deterministic base64 of `bytes` pseudo-random bytes, one line. */
function base64Line(bytes: number): string {
  const buf = Buffer.alloc(bytes);
  let s = 12345;
  for (let i = 0; i < bytes; i++) buf[i] = (s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 24;
  return buf.toString('base64');
}

describe('overlong tokens', () => {
  it('a run longer than MAX_TOKEN_CHARS becomes one non-word token with exact offsets, words around it as before', () => {
    const blob = 'QUJD'.repeat(40) + '==';
    const text = `Before it: The council met ${blob}, and then voted.`;
    const tokens = tokenize(text, 11, text.length);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    const opaque = tokens.filter((t) => t.text.length > MAX_TOKEN_CHARS);
    assert.equal(opaque.length, 1);
    assert.equal(opaque[0]!.text, blob);
    assert.equal(opaque[0]!.isWord, false);
    assert.deepEqual(tokens.map((t) => t.text).filter((t) => t !== blob), ['The', 'council', 'met', ',', 'and', 'then', 'voted', '.']);
    assert.equal(tokens.find((t) => t.text === 'voted')!.pos, 'VERB');
  });

  it('a word of ordinary length is untouched', () => {
    const text = 'Antidisestablishmentarianism was debated.';
    assert.deepEqual(tokenize(text, 0, text.length).map((t) => t.text), ['Antidisestablishmentarianism', 'was', 'debated', '.']);
  });

  it('a rewrite with a 200 KB base64 line finishes well within a 10 s budget and still finds the change', function () {
    this.timeout(60_000);
    const blob = base64Line(150_000);
    assert.ok(blob.length >= 200_000);
    const source = 'The council approved the plan on Monday.\n\nResidents welcomed the decision at the meeting.';
    const rewrite = `The council rejected the plan on Monday.\n\n${blob}\n\nResidents welcomed the decision at the meeting.`;
    const started = Date.now();
    const result = analyze(source, rewrite, { timeBudgetMs: 10_000 });
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 10_000, `${elapsed} ms`);
    assert.ok(result.findings.some((f) => f.rewrite && rewrite.slice(f.rewrite.start, f.rewrite.end).includes('rejected')),
      JSON.stringify(result.findings.map((f) => f.message)));
    for (const f of result.findings) {
      if (f.rewrite) assert.ok(f.rewrite.end <= rewrite.length && f.rewrite.start >= 0);
    }
  });
});
