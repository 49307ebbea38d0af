// After pairing, a rewrite sentence no source carries and a source sentence nothing carried are
// each other's likeliest counterpart: reworded past the pairing threshold, they pair when each
// shares enough of its words (or their synonyms) with the other, instead of showing as an
// unsupported sentence beside an omitted one.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core';

const SOURCE = [
  'Prosecutors in Lindenfeld have charged a former bank employee with defrauding elderly customers of more than 450,000 euros.',
  'The bank said it had reimbursed all affected customers and tightened its internal controls.',
  'If convicted, she faces up to 10 years in prison.',
  'Her lawyer declined to comment.',
].join(' ');

describe('alignment: leftover sentences', () => {
  it('pairs a reworded sentence with the uncarried source sentence it restates, wherever it moved', () => {
    const rewrite = [
      'She could be jailed for as long as 10 years if found guilty.',
      'A former bank employee has been charged by prosecutors in Lindenfeld with defrauding elderly customers of over €450,000.',
      'The bank said all the affected customers had been reimbursed and its internal controls tightened.',
      'Her lawyer refused to comment.',
    ].join(' ');
    const result = analyze(SOURCE, rewrite, { format: 'plain' });
    const kinds = result.findings.filter((f) => f.severity !== 'info').map((f) => f.kind);
    assert.ok(!kinds.includes('unsupported') && !kinds.includes('omitted'), kinds.join(', '));
    assert.equal(result.pairs.length, 4);
  });

  it('leaves an invented sentence unsupported, and the dropped one omitted, when they share little', () => {
    const rewrite = [
      'A former bank employee has been charged by prosecutors in Lindenfeld with defrauding elderly customers of over €450,000.',
      'The bank said all the affected customers had been reimbursed and its internal controls tightened.',
      'The branch where she worked has since closed.',
      'Her lawyer refused to comment.',
    ].join(' ');
    const result = analyze(SOURCE, rewrite, { format: 'plain' });
    const kinds = result.findings.filter((f) => f.severity !== 'info').map((f) => f.kind);
    assert.ok(kinds.includes('unsupported') && kinds.includes('omitted'), kinds.join(', '));
  });
});
