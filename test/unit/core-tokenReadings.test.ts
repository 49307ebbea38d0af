// Words the tagger reads as one part of speech where the sentence makes them another, put right
// in tokens.ts before any rule or the aligner sees them: a capitalised irregular plural opening a
// sentence ("Children", read as a name), and a gerund with its object after a verb ("considering
// closing the unit", read as a noun).
import { strict as assert } from 'node:assert';
import { tokenize } from '../../src/core/tokens';

const read = (text: string, word: string) => {
  const t = tokenize(text, 0, text.length).find((x) => x.text === word);
  assert.ok(t, `no token "${word}" in ${text}`);
  return `${t.pos}/${t.lemma}`;
};

describe('token readings put right', () => {
  const table: [string, string, string][] = [
    ['Children in every other country consume less sugar.', 'Children', 'NOUN/child'],
    ['It rained. Women queued for hours.', 'Women', 'NOUN/woman'],
    ['“Men first,” he said.', 'Men', 'NOUN/man'],
    ['The board is considering closing the unit.', 'closing', 'VERB/close'],
    ['She denied taking it.', 'taking', 'VERB/take'],
  ];
  for (const [text, word, want] of table) it(`reads "${word}" in "${text}" as ${want}`, () => assert.equal(read(text, word), want));
  it('leaves a noun in -ing that is the verb\'s object as a noun ("increased spending on schools")', () => {
    assert.equal(read('The council increased spending on schools.', 'spending'), 'NOUN/spending');
  });
  it('leaves a capitalised irregular plural inside a sentence as the tagger read it', () => {
    assert.equal(read('The film Little Women opened on Friday.', 'Women').split('/')[0], 'PROPN');
  });
});
