// Spelling keys and the dictionary: the engine's lemmas are British/American spelling keys
// ("raize" for "raise", "labor" for "labour"); WordNet, which lists words as written, must still
// know them.
import { strict as assert } from 'node:assert';
import { spellingKey, spellingsOf } from '../../src/core/spelling';
import { isKnownWord, mayMeanTheSame, prefixNegatedBase } from '../../src/core/wordnet';

describe('spelling keys and WordNet', () => {
  const keyed: ReadonlyArray<readonly [string, string]> = [
    ['raise', 'raize'], ['labour', 'labor'], ['centre', 'center'], ['catalogue', 'catalog'], ['travelled', 'traveled'], ['programme', 'program'],
  ];
  for (const [word, key] of keyed) {
    it(`"${word}" has the key "${key}", and the key leads back to it`, () => {
      assert.equal(spellingKey(word), key);
      assert.ok(spellingsOf(key).includes(word), `${spellingsOf(key)}`);
    });
  }

  it('a key that is a word as written gives no other spelling of itself', () => {
    assert.deepEqual(spellingsOf('price'), []);
  });

  it('WordNet knows a word by its key: "raize" (raise) may mean "increase"', () => {
    assert.ok(isKnownWord('raize'));
    assert.ok(mayMeanTheSame('raize', 'increase'));
    assert.ok(!mayMeanTheSame('raize', 'decrease'));
  });

  const prefixed: ReadonlyArray<readonly [string, string | null]> = [
    ['unable', 'able'], ['illegal', 'legal'], ['unaffordable', 'affordable'], ['unaffected', 'affected'],
    ['invaluable', null], ['dismay', null], ['interest', null],
  ];
  for (const [word, base] of prefixed) {
    it(`negative prefix: "${word}" -> ${base === null ? 'none' : `"${base}"`}`, () => {
      assert.equal(prefixNegatedBase(word), base);
    });
  }
});
