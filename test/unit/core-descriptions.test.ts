import { strict as assert } from 'node:assert';
import { prepareText } from '../../src/core/document';
import { describedNamesIn } from '../../src/core/mentions/descriptions';

/** The described names of a text, as "noun=name words" sorted. */
function described(text: string): string[] {
  const doc = prepareText(text, 'plain', () => {});
  return [...describedNamesIn(doc.sentences)].map(([noun, names]) => `${noun}=${[...names].join('+')}`).sort();
}

describe('descriptions of named parties', () => {
  const rows: Array<[string, string, string[]]> = [
    ['a description after a name', 'Petra Lind, the challenger, won in Oslo.', ['challenger=petra+lind']],
    ['a name after a description', 'The reigning champion, Ivan Sokol, lost in Oslo.', ['champion=ivan+sokol']],
    ['a description right before a name', 'In the final, challenger Petra Lind beat Sokol.', ['challenger=petra+lind']],
    ['one name given in full and by surname', 'Petra Lind, the challenger, won. Lind, the challenger, was happy.', ['challenger=petra+lind']],
    ['a noun for two names describes neither', 'Anna Berg, the minister, met Olav Dahl, the minister for trade.', []],
    ['a noun that names no person or body', 'Petra Lind, the weather, was fine.', []],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(described(text), expected));
});
