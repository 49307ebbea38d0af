// Names spelled with Latin letters past Latin-1 ("Perić", "Łukasz Wiśniewski", "Ayşe Yıldız",
// "Jiří") are one word each, with the tag of a name and exact offsets; wink alone breaks them at
// every such letter.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { tokenize } from '../../src/core/tokens';

describe('names with letters past Latin-1', () => {
  const cases: Array<[string, string[]]> = [
    ['Luka Perić scored', ['Luka', 'Perić', 'scored']],
    ['shop owner Łukasz Wiśniewski', ['shop', 'owner', 'Łukasz', 'Wiśniewski']],
    ['Ayşe Yıldız and Jiří Novák', ['Ayşe', 'Yıldız', 'and', 'Jiří', 'Novák']],
    ['a Łódź-based firm', ['a', 'Łódź', '-', 'based', 'firm']],
  ];
  for (const [text, words] of cases) {
    it(`reads "${text}" word by word, at the original offsets`, () => {
      const tokens = tokenize(text, 0, text.length);
      assert.deepEqual(tokens.map((t) => t.text), words);
      for (const t of tokens) {
        assert.equal(text.slice(t.start, t.end), t.text);
        if (/^\p{Lu}/u.test(t.text) && t.start > 0) assert.equal(t.pos, 'PROPN', t.text);
      }
    });
  }
  it('keeps the original spelling as the lemma', () => {
    const [, name] = tokenize('Luka Perić', 0, 10);
    assert.equal(name!.lemma, 'perić');
  });
  it('finds a swap between two such names in a passive "by" phrase', () => {
    const r = analyze('Wexmoor defender Luka Perić was brought down in the box by Calder\'s Sean Doherty.',
      'Calder\'s Sean Doherty was brought down in the area by Wexmoor defender Luka Perić.', { format: 'plain' });
    assert.ok(r.findings.some((f) => f.kind === 'roles-swapped'), JSON.stringify(r.findings.map((f) => f.kind)));
  });
  it('reads a changed name spelled with such letters as a changed name', () => {
    const r = analyze('The goal was scored by Luka Perić.', 'The goal was scored by Luka Perović.', { format: 'plain' });
    assert.ok(r.findings.some((f) => f.kind === 'entity'), JSON.stringify(r.findings.map((f) => f.kind)));
  });
});
