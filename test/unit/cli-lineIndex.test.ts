import * as assert from 'node:assert/strict';
import { LineIndex } from '../../src/cli/lineIndex';

describe('cli lineIndex', () => {
  it('counts lines on \\n, \\r\\n and a lone \\r alike', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = `ab${nl}cd${nl}${nl}e`;
      const index = new LineIndex(text);
      assert.equal(index.lineCount, 4, JSON.stringify(nl));
      assert.deepEqual(index.position(0), { line: 1, column: 1 });
      assert.deepEqual(index.position(text.indexOf('d')), { line: 2, column: 2 });
      assert.deepEqual(index.position(text.indexOf('e')), { line: 4, column: 1 });
      assert.deepEqual(index.position(text.length), { line: 4, column: 2 });
    }
  });

  it('handles mixed line endings', () => {
    const text = 'a\r\nb\rc\nd';
    const index = new LineIndex(text);
    assert.deepEqual(['a', 'b', 'c', 'd'].map((ch) => index.position(text.indexOf(ch)).line), [1, 2, 3, 4]);
  });

  it('places the \\n of a CRLF on the line the \\r ends', () => {
    const index = new LineIndex('ab\r\ncd');
    assert.deepEqual(index.position(2), { line: 1, column: 3 }); // the \r
    assert.deepEqual(index.position(3), { line: 1, column: 4 }); // the \n
    assert.deepEqual(index.position(4), { line: 2, column: 1 });
  });

  it('counts columns in UTF-16 code units (an astral emoji is 2)', () => {
    const text = 'x😀y\n😀z';
    const index = new LineIndex(text);
    assert.deepEqual(index.position(text.indexOf('y')), { line: 1, column: 4 });
    assert.deepEqual(index.position(text.indexOf('z')), { line: 2, column: 3 });
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('ab\ncd');
    assert.deepEqual(index.position(-5), { line: 1, column: 1 });
    assert.deepEqual(index.position(99), { line: 2, column: 3 });
    assert.deepEqual(index.position(Number.NaN), { line: 1, column: 1 });
  });

  it('works on an empty text', () => {
    assert.deepEqual(new LineIndex('').position(0), { line: 1, column: 1 });
  });
});
