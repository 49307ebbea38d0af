import { strict as assert } from 'node:assert';
import { prepareText } from '../../src/core/document';
import { describedBy, describedNamesIn } from '../../src/core/mentions/descriptions';

/** The described names of a text, as "noun=name words" sorted. */
function described(text: string): string[] {
  const doc = prepareText(text, 'plain', () => {});
  return [...describedNamesIn(doc.sentences)].map(([noun, names]) => `${noun}=${[...names].join('+')}`).sort();
}

describe('descriptions of named parties', () => {
  const rows: Array<[string, string, string[]]> = [
    ['a description after a name', 'Petra Lind, the challenger, won in Oslo.', ['challenger=petra+lind']],
    ['a name after a description, by its noun and by the title with its describing word', 'The reigning champion, Ivan Sokol, lost in Oslo.', ['champion=ivan+sokol', 'reigning champion=ivan+sokol']],
    ['a title that tells apart two names the noun alone cannot', 'Head coach Dafydd Pryce named the squad. The assistant coach, Tom Hale, agreed.', ['assistant coach=tom+hale', 'head coach=dafydd+pryce']],
    ['a description right before a name', 'In the final, challenger Petra Lind beat Sokol.', ['challenger=petra+lind']],
    ['one name given in full and by surname', 'Petra Lind, the challenger, won. Lind, the challenger, was happy.', ['challenger=petra+lind']],
    ['a noun for two names describes neither', 'Anna Berg, the minister, met Olav Dahl, the minister for trade.', []],
    ['a noun that names no person or body', 'Petra Lind, the weather, was fine.', []],
    ['a name ending in a word for a body is described by that word', 'The Halvergate Philharmonic lost its grant.', ['=philharmonic=halvergate+philharmonic']],
    ['a name ending in a surname that is also a word is not', 'Petra Lind lost in Oslo.', []],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(described(text), expected));
  const lookups: Array<[string, string, string, string | undefined]> = [
    ['a description by the name\'s own word', 'The Halvergate Philharmonic lost its grant.', 'philharmonic', 'halvergate+philharmonic'],
    ['a description by a synonym of the name\'s own word', 'The Halvergate Philharmonic lost its grant.', 'orchestra', 'halvergate+philharmonic'],
    ['not by a synonym of a description the text gives', 'The publisher Marlow Media bought it.', 'newspaper', undefined],
  ];
  for (const [name, text, noun, expected] of lookups) {
    it(name, () => {
      const doc = prepareText(text, 'plain', () => {});
      const found = describedBy(describedNamesIn(doc.sentences), noun);
      assert.equal(found ? [...found].join('+') : undefined, expected);
    });
  }
});
