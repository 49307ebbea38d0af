// A Markdown heading with no figure and no name names a section: a rewrite renames sections
// freely, so such a heading is neither unsupported nor omitted. A heading with a figure or a
// name is a claim like any other sentence.
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
});
