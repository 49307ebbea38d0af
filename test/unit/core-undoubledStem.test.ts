// A one-syllable verb ending in one consonant doubles it before "-ed" and "-ing" ("fin" /
// "finned"), so an undoubled form is of the verb in silent "e" ("fined" is "fine"): the lemma
// wink gives ("fin", "din") is put right (tokens.ts).
import { strict as assert } from 'node:assert';
import { tokenize } from '../../src/core/tokens';

const lemmas = (text: string) => Object.fromEntries(tokenize(text, 0, text.length).filter((t) => t.pos === 'VERB').map((t) => [t.lower, t.lemma]));

describe('verbs in silent "e" before "-ed" and "-ing"', () => {
  it('reads "fined" and "fining" as "fine", and leaves doubled and other forms as they were', () => {
    const got = lemmas('The regulator fined the firm and was fining others; it pinned one, planned another and opened a third.');
    assert.equal(got.fined, 'fine');
    assert.equal(got.fining, 'fine');
    assert.equal(got.pinned, 'pin');
    assert.equal(got.planned, 'plan');
    assert.equal(got.opened, 'open');
  });
});
