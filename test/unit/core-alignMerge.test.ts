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

  describe('a source sentence another rewrite sentence carries', () => {
    const stage = [
      'A breakaway of six riders led for most of the day but was caught with 3 kilometres to go.',
      '"My legs were empty today, but the Tour is not over," Marchetti said.',
    ].join(' ');

    it('is not merged into a sentence that shares only words the other sentence has too', () => {
      const rewrite = 'Six riders spent most of the day out in front, but the breakaway was reeled in 3 km from the line. Marchetti said his legs had been empty that day, but the Tour was not over.';
      const result = analyze(stage, rewrite, { format: 'plain' });
      assert.deepEqual(result.pairs.map((p) => p.sources.length), [1, 1]);
      assert.ok(!result.findings.some((f) => f.severity !== 'info'), JSON.stringify(result.findings.filter((f) => f.severity !== 'info').map((f) => f.message)));
    });

    it('stays merged where a shared word is a name the sentence takes from it', () => {
      const source = 'Grand Regent Theatre to close after 112 years. The Grand Regent Theatre in Whitmore will close its doors on 31 January after 112 years, its trustees announced on Monday, blaming rising energy bills and a fall in audiences.';
      const rewrite = "After 112 years, Whitmore's Grand Regent is to close. Blaming higher energy bills and falling audiences, the trustees of the Grand Regent Theatre in Whitmore said on Monday that it would close its doors on January 31 after 112 years.";
      const result = analyze(source, rewrite, { format: 'plain' });
      assert.equal(result.pairs[0]!.sources.length, 2, JSON.stringify(result.pairs.map((p) => p.sources.length)));
      assert.ok(!result.findings.some((f) => f.kind === 'entity'));
    });

    it('stays merged where a shared word is a participant the other sentence describes', () => {
      const source = 'Petra Lind, the challenger, faced Ivan Sokol, the reigning champion, in Oslo. Lind beat Sokol in the final round.';
      const rewrite = 'Petra Lind, the challenger, faced Ivan Sokol, the reigning champion, in Oslo. The champion beat the challenger in the final round.';
      const result = analyze(source, rewrite, { format: 'plain' });
      assert.equal(result.pairs[1]!.sources.length, 2);
    });
  });
});
