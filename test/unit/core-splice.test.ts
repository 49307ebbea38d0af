// roles-swapped for spliced clauses: a participant from elsewhere in the source sentence put in
// the subject, object or prepositional-object slot of a verb the source used for someone else.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core';

const cases: Array<{ name: string; source: string; rewrite: string; expect: string | null }> = [
  {
    name: 'a subject taken from another clause',
    source: 'Seven games were investigated after Conrad was arrested last November.',
    rewrite: 'Seven games were arrested last November.',
    expect: 'games were arrested',
  },
  {
    name: 'an object taken from another clause',
    source: 'The council bought the old depot and the mayor opened a new library on Friday.',
    rewrite: 'The mayor opened the old depot on Friday.',
    expect: 'opened the old depot',
  },
  {
    name: 'a named place moved after a preposition',
    source: 'The winger made a move from Leeds in the summer, but Fulham have struggled since.',
    rewrite: 'The winger made a move from Fulham in the summer.',
    expect: 'move from Fulham',
  },
  {
    name: 'lower-case text: any noun moved after a preposition counts',
    source: 'the scotland international made a move from leeds in the summer but fulham have struggled since.',
    rewrite: 'the scotland international made a move from fulham in the summer.',
    expect: 'move from fulham',
  },
  {
    name: 'quiet: a common noun restructured in cased text',
    source: 'The library is closed for the purpose of carrying out repairs to the roof.',
    rewrite: 'The library is closed for repairs to its roof.',
    expect: null,
  },
  {
    name: 'quiet: active to passive keeps the roles',
    source: 'The union sued the city over pensions.',
    rewrite: 'The city was sued by the union over pensions.',
    expect: null,
  },
  {
    name: 'quiet: a copula read either way',
    source: 'Ray Bloch was the announcer.',
    rewrite: 'The announcer was Ray Bloch.',
    expect: null,
  },
];

describe('roles-swapped: spliced clauses', () => {
  for (const c of cases) {
    it(c.name, () => {
      const found = analyze(c.source, c.rewrite).findings.filter((f) => f.kind === 'roles-swapped');
      if (c.expect === null) {
        assert.deepEqual(found.map((f) => f.message), []);
      } else {
        assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
        assert.equal(c.rewrite.slice(found[0]!.rewrite!.start, found[0]!.rewrite!.end), c.expect);
        assert.equal(found[0]!.severity, 'error');
      }
    });
  }
});

describe('tense with verbs whose past looks like their present', () => {
  it('reads "The company cut" as past after a singular subject', () => {
    const found = analyze('The company cut 200 jobs last year.', 'The company will cut 200 jobs.').findings.filter((f) => f.kind === 'tense');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /\(past\).*\(future\)/);
  });

  it('stays quiet where the form could be present ("The companies cut")', () => {
    const found = analyze('The companies cut jobs every year.', 'The companies will cut jobs.').findings.filter((f) => f.kind === 'tense');
    assert.deepEqual(found, []);
  });
});
