// The term keys that sentence alignment weighs (terms.ts): a figure or a clock time meets its
// counterpart whatever the notation, so a reworded sentence finds its source by them.
import { strict as assert } from 'node:assert';
import { tokenize } from '../../src/core/tokens';
import { termKeys } from '../../src/core/terms';

const keysOf = (text: string) => termKeys(tokenize(text, 0, text.length));
/** The keys of figures and clock times. */
const figureKeys = (text: string) => keysOf(text).filter((k) => /^L:(#|time:)/.test(k)).sort();

const SAME: ReadonlyArray<readonly [string, string]> = [
  ['A decision will be made by 14:00.', 'A decision is due no later than 2pm.'],
  ['The next update will be issued at 12:00.', 'The next update is due at midday.'],
  ['The bulletin was issued at 06:40.', 'The bulletin came out at 6.40am.'],
  ['The 17:30 sailing will run.', 'The 5.30pm crossing will go ahead.'],
  ['The fund raised £2 million.', 'The fund raised £2,000,000.'],
  // (A year said aloud meets its digits.)
  ['The barriers were installed in 2017.', 'The barriers went in in twenty-seventeen.'],
];

describe('term keys: figures and clock times meet whatever their notation', () => {
  for (const [a, b] of SAME) {
    it(`"${a}" / "${b}"`, () => {
      assert.ok(figureKeys(a).length > 0, JSON.stringify(keysOf(a)));
      assert.deepEqual(figureKeys(a), figureKeys(b));
    });
  }
  it('another time is another key (a guard)', () => {
    assert.notDeepEqual(figureKeys('A decision will be made by 14:00.'), figureKeys('A decision is due by 3pm.'));
  });
  it('a clock time\'s digits are no word of their own', () => {
    assert.ok(!keysOf('A decision will be made by 14:00.').some((k) => /14:00$|1400$/.test(k) && !k.startsWith('L:time:')), JSON.stringify(keysOf('A decision will be made by 14:00.')));
  });
});

describe('term keys: a word negated by its prefix', () => {
  it('meets its base and, for a participle, the base\'s verb: "unaffected" / "not affected"', () => {
    const keys = keysOf('Its shops were unaffected.');
    assert.ok(keys.includes('L:affected') && keys.includes('L:affect'), JSON.stringify(keys));
    assert.ok(keysOf('Its stores were not affected.').includes('L:affect'));
  });
});
