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

    it('is not merged where the word it shares is a bare plural, which names no one in particular', () => {
      const source = "An experimental vaccine against shingles cut hospital admissions among older adults by 64% in a late-stage trial, its developer, Norhalt Vaccines, said on Monday. The trial enrolled 12,900 people aged 60 and over in seven countries. Half received the vaccine and half a placebo.\nA minority of participants reported side effects, most commonly a sore arm or a headache. The vaccine failed to show a significant benefit in people over 85, a group that made up about 7% of the trial. Neither deaths nor serious adverse events were more common in the vaccine group than in the placebo group.";
      const rewrite = "Norhalt Vaccines said on Monday that its experimental vaccine against shingles had reduced hospital admissions among older adults by 64 per cent in a late-stage trial. In all, 12,900 people aged 60 or older took part, in seven countries. Participants were split evenly between the vaccine and a placebo.\nFewer than half of the participants reported side effects, the commonest being a sore arm or a headache. In people over 85, who accounted for roughly 7% of those in the trial, the vaccine did not manage to show a significant benefit. Deaths or serious adverse events were not more common among those given the vaccine than among those given the placebo.";
      const result = analyze(source, rewrite, { format: 'plain' });
      assert.deepEqual(result.pairs.map((p) => p.sources.length), [1, 1, 1, 1, 1, 1]);
      assert.ok(!result.findings.some((f) => f.severity !== 'info'), JSON.stringify(result.findings.filter((f) => f.severity !== 'info').map((f) => f.message)));
    });

    it('stays merged where a shared word is a participant the other sentence describes', () => {
      const source = 'Petra Lind, the challenger, faced Ivan Sokol, the reigning champion, in Oslo. Lind beat Sokol in the final round.';
      const rewrite = 'Petra Lind, the challenger, faced Ivan Sokol, the reigning champion, in Oslo. The champion beat the challenger in the final round.';
      const result = analyze(source, rewrite, { format: 'plain' });
      assert.equal(result.pairs[1]!.sources.length, 2);
    });
  });
});
