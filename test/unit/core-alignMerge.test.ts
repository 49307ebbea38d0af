// A rewrite sentence that merges several source sentences (a syndicated rewrite's paragraph)
// is paired with each of them, so a change to any one is compared with its own source words.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core';

describe('alignment: merged sentences', () => {
  const source = [
    'The company said in a statement that it had spent more than $60 million upgrading the tailings facility since 2022.',
    'It said water testing since then had shown metal levels within provincial guidelines.',
    'Its chief executive, Gordon Pryde, said the company wanted to "rebuild trust" with the communities.',
  ].join(' ');

  it('pairs one rewrite sentence with the three source sentences it merges', () => {
    const rewrite = 'Norcastle said it had spent more than $60m upgrading the tailings facility and that water tests since 2022 had shown metal levels within provincial guidelines; chief executive Gordon Pryde said it wanted to "rebuild trust" with the communities.';
    const result = analyze(source, rewrite, { format: 'plain' });
    assert.equal(result.pairs.length, 1);
    assert.equal(result.pairs[0]!.sources.length, 3);
  });

  it('so a tense changed in the third part is reported against its own sentence', () => {
    const rewrite = 'Norcastle said it would spend more than $60m upgrading the tailings facility and that water tests since 2022 had shown metal levels within provincial guidelines; chief executive Gordon Pryde said it wanted to "rebuild trust" with the communities.';
    const result = analyze(source, rewrite, { format: 'plain' });
    assert.ok(result.findings.some((f) => f.kind === 'tense' && rewrite.slice(f.rewrite!.start, f.rewrite!.end) === 'would spend'),
      JSON.stringify(result.findings.map((f) => f.kind)));
  });
});
