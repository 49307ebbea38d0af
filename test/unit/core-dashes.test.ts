// A dash written between two words with no spaces ("Harlow Cross–Easterby", "9 October–18
// January") links two things: each is a word of its own for the rules, with exact offsets.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { tokenize } from '../../src/core/tokens';

describe('dashes between words', () => {
  const cases: Array<[string, string[]]> = [
    ['the Harlow Cross–Easterby route', ['the', 'Harlow', 'Cross', '–', 'Easterby', 'route']],
    ['from 9 October–18 January', ['from', '9', 'October', '–', '18', 'January']],
    ['the London—Paris line', ['the', 'London', '—', 'Paris', 'line']],
  ];
  for (const [text, words] of cases) {
    it(`splits "${text}" at the dash, each part at its own offsets`, () => {
      const tokens = tokenize(text, 0, text.length);
      assert.deepEqual(tokens.map((t) => t.text), words);
      for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
      assert.deepEqual(tokens.filter((t) => !t.isWord).map((t) => t.text), words.filter((w) => /^[–—]$/.test(w)));
    });
  }
  it('reads a route written with a dash as the two places the source names', () => {
    const r = analyze('Northvale will cut journey times between Harlow Cross and Easterby by 12 minutes.',
      'Journeys on the Harlow Cross–Easterby route will be 12 minutes shorter.', { format: 'plain' });
    assert.deepEqual(r.findings.filter((f) => f.severity !== 'info').map((f) => f.kind), []);
  });
  it('reads a range of dates written with a dash as the source\'s range', () => {
    const r = analyze('The exhibition will run from 9 October to 18 January.', 'The exhibition runs 9 October–18 January.', { format: 'plain' });
    assert.deepEqual(r.findings.filter((f) => f.severity !== 'info').map((f) => f.kind), []);
  });
  it('still reports a changed end of a range written with a dash', () => {
    const r = analyze('The exhibition will run from 9 October to 18 January.', 'The exhibition runs 9 October–28 January.', { format: 'plain' });
    assert.ok(r.findings.some((f) => f.kind === 'date'), JSON.stringify(r.findings.map((f) => f.kind)));
  });
});
