// A plural noun opening a sentence is tagged as a name by the tagger and keeps its plural as
// its lemma; the document reads it as the common noun it is (document.ts).
import { strict as assert } from 'node:assert';
import { prepareText } from '../../src/core/document';

describe('sentence-opening plurals', () => {
  it('a plural noun opening a sentence is the common noun, with its singular lemma ("Members of the union …")', () => {
    const doc = prepareText('Members of the union rejected the offer. Prices rose. Jones said it had closed.', 'plain', () => {});
    const first = doc.sentences.map((s) => s.tokens[0]!);
    assert.deepEqual(first.map((t) => [t.pos, t.lemma]), [['NOUN', 'member'], ['NOUN', 'price'], ['PROPN', 'jones']]);
  });
});
