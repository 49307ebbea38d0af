// Text written all in lower case (some feeds and research sets): names are recognised without
// capitals, through WordNet, so a swapped place or person is still an entity change.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core';

const kindsOn = (source: string, rewrite: string, kind: string) =>
  analyze(source, rewrite).findings.filter((f) => f.kind === kind).map((f) => rewrite.slice(f.rewrite!.start, f.rewrite!.end));

describe('lower-case text', () => {
  it('finds a changed place name', () => {
    assert.deepEqual(kindsOn('the striker joined from leeds last summer.', 'the striker joined from fulham last summer.', 'entity'), ['fulham']);
  });

  it('finds a changed person name', () => {
    assert.deepEqual(kindsOn('the bout with mayweather was cancelled.', 'the bout with pacquiao was cancelled.', 'entity'), ['pacquiao']);
  });

  it('does not take plural common nouns for names', () => {
    assert.deepEqual(kindsOn('the alliance won many departments.', 'the alliance won the elections.', 'entity'), []);
  });

  it('leaves capitalised text to capitals', () => {
    // "Elections" capitalised mid-sentence would be a name; in ordinary text WordNet is not asked.
    assert.deepEqual(kindsOn('The striker joined from Leeds last summer.', 'The striker joined from Leeds last summer.', 'entity'), []);
  });
});
