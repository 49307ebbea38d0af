// A Markdown heading with no figure and no name names a section: a rewrite renames sections
// freely, so such a heading is neither unsupported nor omitted. A heading with a figure or a
// name is a claim like any other sentence. So is a line that only leads into a list: the
// items carry the claims.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

const body = 'Tessaline Bank has lent €40 million to Corran Ferries.\n\nThe loan runs for five years.\n';
const kinds = (source: string, rewrite: string) =>
  analyze(source, rewrite, { format: 'markdown' }).findings.filter((f) => f.severity !== 'info').map((f) => f.kind);

describe('Markdown headings', () => {
  it('does not report a renamed section heading as unsupported or omitted', () => {
    assert.deepEqual(kinds(`## What the money pays for\n\n${body}`, `### Where the cash goes\n\n${body}`), []);
  });
  it('still reports an invented heading that states a figure', () => {
    assert.ok(kinds(`${body}`, `## Loan of €60 million approved\n\n${body}`).some((k) => k === 'unsupported' || k === 'added-detail' || k === 'number'));
  });
  it('reads the same words as a claim in plain text', () => {
    const r = analyze('Tessaline Bank has lent €40 million to Corran Ferries.', 'Tessaline Bank has lent €40 million to Corran Ferries. What the money pays for is a secret.', { format: 'plain' });
    assert.ok(r.findings.some((f) => f.kind === 'unsupported'));
  });
  const deal = 'Loomworks has agreed to buy Quillby for £14 million.\n\n';
  const items = (a: string, b: string) => `- ${a}\n- ${b}\n\nThe deal is expected to close in June.\n`;
  it('neither compares, reports nor misses a list lead-in with no figure and no name', () => {
    assert.deepEqual(kinds(`${deal}Under the terms of the deal:\n\n${items("Quillby's 38 staff will join Loomworks", 'the brand will be kept')}`,
      `${deal}The deal means that:\n\n${items('the brand will be kept', "Quillby's 38 staff will join Loomworks")}`), []);
  });
  it('still reads the items under a lead-in', () => {
    assert.ok(kinds(`${deal}Under the terms of the deal:\n\n${items("Quillby's 38 staff will join Loomworks", 'the brand will be kept')}`,
      `${deal}The deal means that:\n\n${items("Quillby's 45 staff will join Loomworks", 'the brand will be kept')}`).includes('number'));
  });

  // A plain-text headline over the story (the first line, alone in its paragraph, with no closing
  // punctuation) sums up the body: dropping it drops nothing the body's sentences do not carry.
  const headlined = 'Fuel bill grounds Kessel ferry for months\n\nThe Kessel harbour ferry will not run its winter timetable this year, its operator said on Monday. Boats will stop on 31 October and resume in April. The operator blamed the rising cost of fuel.\n';
  const omittedOf = (rewrite: string) => analyze(headlined, rewrite, { format: 'plain' }).findings.filter((f) => f.kind === 'omitted').map((f) => headlined.slice(f.source!.start, f.source!.end));
  it('does not report a dropped plain-text headline as omitted', () => {
    assert.deepEqual(omittedOf('Ferry operator scraps winter timetable\n\nThe operator of the Kessel harbour ferry said on Monday that it would not run a winter timetable this year. Sailings will end on 31 October and restart in April. It put the decision down to the rising cost of fuel.\n'), []);
  });
  it('still reports a body sentence dropped under a headline', () => {
    assert.deepEqual(omittedOf('The operator of the Kessel harbour ferry said on Monday that it would not run a winter timetable this year. Sailings will end on 31 October and restart in April.\n'), ['The operator blamed the rising cost of fuel.']);
  });
  // A heading that asks names a section, however long; a table's row drops a passive's
  // auxiliaries, as a headline does, and its cells name the groups the source names.
  const family = 'The Marlow family, which owns 87% of the business, will receive most of its payment in Kestrel shares.\n';
  it('neither compares nor reports a long heading that asks and names nothing', () => {
    assert.deepEqual(kinds(family, `## How it came about, and how the family gets paid\n\nThe Marlow family holds 87% of the business and will take the bulk of its payment in Kestrel shares.\n`), []);
  });
  it('still reads a heading that asks and names someone (a guard)', () => {
    assert.ok(kinds(family, `## How the Dunmore family gets paid\n\nThe Marlow family holds 87% of the business and will take the bulk of its payment in Kestrel shares.\n`).length > 0);
  });
  const budget = "Children's services will receive £74 million.\n\nThe council will draw £6.5 million from its reserves to close a gap in its finances.\n";
  it('reads a bare participle opening a table row as no past, and a plural opening one as the source\'s group', () => {
    assert.deepEqual(kinds(budget, "| Item | 2025–26 | Note |\n|---|---|---|\n| Children's services | £74m | |\n| Drawn from reserves | £6.5m | To close a gap in the finances |\n"), []);
  });
  it('still reads a table row\'s changed figure (a guard)', () => {
    assert.ok(kinds(budget, "| Item | 2025–26 | Note |\n|---|---|---|\n| Children's services | £74m | |\n| Drawn from reserves | £8.5m | To close a gap in the finances |\n").includes('number'));
  });
});
