// A lower-case word with the sentence's full stop ("fallen ill.", "in mass.") is a word and a
// stop, not a state's abbreviation (wink reads "ill." as Illinois): the rules compare the word.
import * as assert from 'node:assert/strict';
import { tokenize } from '../../src/core/tokens';

describe('a word with the sentence\'s full stop', () => {
  const cases: Array<[string, string[], string]> = [
    ['A customer had fallen ill. The court heard more.', ['A', 'customer', 'had', 'fallen', 'ill', '.', 'The', 'court', 'heard', 'more', '.'], 'ill'],
    ['They met in mass. Then they left.', ['They', 'met', 'in', 'mass', '.', 'Then', 'they', 'left', '.'], 'mass'],
  ];
  for (const [text, words, word] of cases) {
    it(`reads "${word}." before a capital as the word "${word}" and a full stop, at their own offsets`, () => {
      const tokens = tokenize(text, 0, text.length);
      assert.deepEqual(tokens.map((t) => t.text), words);
      for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
      const w = tokens.find((t) => t.text === word)!;
      assert.equal(w.lemma, word);
      assert.notEqual(w.pos, 'PROPN');
      assert.equal(tokens[tokens.indexOf(w) + 1]!.pos, 'PUNCT');
    });
  }
  it('keeps a lower-case abbreviation inside a sentence whole ("etc." before a lower-case word)', () => {
    const text = 'He bought fruit, veg, etc. and more.';
    const tokens = tokenize(text, 0, text.length);
    assert.ok(tokens.some((t) => t.text === 'etc.'));
  });
});
