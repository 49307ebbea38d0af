// Findings stay readable at any size (issue 11, item 4): messages quote at most a bounded excerpt
// of the text, and no finding suggests a huge text.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { MAX_EXCERPT_CHARS, q } from '../../src/core/context';
import { MAX_SUGGESTION_CHARS } from '../../src/core/findings';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** One sentence of `n` distinct-looking words, no full stop until the end. */
function longSentence(n: number, word: string): string {
  return `${Array.from({ length: n }, (_, i) => `${word}${i % 97} and`).join(' ')} ended.`;
}

describe('readable findings at any size', () => {
  it('quotes a short text whole, on one line', () => {
    assert.equal(q('The council\n  approved it'), '"The council approved it"');
  });

  it('quotes a long text as its start and end around an ellipsis, at most MAX_EXCERPT_CHARS', () => {
    const text = `Start of it ${'word '.repeat(200_000)}end of it`;
    const quoted = q(text);
    assert.ok(quoted.length <= MAX_EXCERPT_CHARS + 2, `${quoted.length} characters`);
    assert.match(quoted, /^"Start of it word .* … .*word end of it"$/);
  });

  it('never cuts an emoji in half', () => {
    for (let n = 90; n < 260; n++) {
      assert.doesNotMatch(q('a😀'.repeat(n)), LONE_SURROGATE, `n=${n}`);
      assert.doesNotMatch(q('😀a'.repeat(n)), LONE_SURROGATE, `n=${n}`);
    }
  });

  it('a 50,000-character sentence gives short messages and no huge suggestion', function () {
    this.timeout(60_000);
    const hugeSource = longSentence(4000, 'harbour');
    const hugeRewrite = longSentence(4000, 'meadow');
    assert.ok(hugeSource.length > 50_000 && hugeRewrite.length > 50_000);
    const source = `${hugeSource}\n\nThe council approved the new budget for the city parks on Monday.`;
    const { findings } = analyze(source, hugeRewrite);
    const unsupported = findings.find((f) => f.kind === 'unsupported');
    const omittedHuge = findings.find((f) => f.kind === 'omitted' && f.source!.end - f.source!.start > 50_000);
    const omittedShort = findings.find((f) => f.kind === 'omitted' && f.source!.end - f.source!.start < 100);
    assert.ok(unsupported && omittedHuge && omittedShort, JSON.stringify(findings.map((f) => f.kind)));
    for (const f of findings) {
      assert.ok(f.message.length < 2 * MAX_EXCERPT_CHARS + 100, `${f.kind}: ${f.message.length} characters`);
      assert.ok(f.suggestion === null || f.suggestion.length <= MAX_SUGGESTION_CHARS, `${f.kind}: suggestion of ${f.suggestion?.length}`);
    }
    assert.equal(omittedHuge.suggestion, null, 'no 50,000-character restore');
    assert.equal(omittedShort.suggestion, 'The council approved the new budget for the city parks on Monday.', 'a sentence of normal length is still suggested');
  });
});
