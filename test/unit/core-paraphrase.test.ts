// Pure paraphrases: the rewrite says the same as the source in other words, so the engine must
// not report any error or warning (info-level wording notes are allowed).
import * as assert from 'node:assert/strict';
import { analyze, type TextFormat } from '../../src/core';

interface Pair {
  readonly name: string;
  readonly source: string;
  readonly rewrite: string;
  readonly format?: TextFormat;
}

const GROUPS: ReadonlyArray<readonly [string, readonly Pair[]]> = [
  ['UK/US spelling', [
    {
      name: 'organise/programme/behaviour/centre',
      source: 'The council will organise a programme to tackle antisocial behaviour in the town centre.',
      rewrite: 'The council will organize a program to tackle antisocial behavior in the town center.',
    },
    {
      name: 'defence/licence/judgement',
      source: 'The defence ministry said the licence had been withdrawn after a judgement in March.',
      rewrite: 'The defense ministry said the license had been withdrawn after a judgment in March.',
    },
    {
      name: 'harbour/kilometres',
      source: 'The marathon route is 42 kilometres long and passes the harbour.',
      rewrite: 'The marathon route is 42 km long and passes the harbor.',
    },
  ]],
  ['name variants', [
    {
      name: '"Antony J. Blinken" -> "Antony Blinken" -> "Blinken"',
      source: "US Secretary of State Antony J. Blinken arrived in Tokyo on Monday. Antony J. Blinken will meet Japan's foreign minister on Tuesday.",
      rewrite: "US Secretary of State Antony Blinken arrived in Tokyo on Monday. Blinken will meet Japan's foreign minister on Tuesday.",
    },
    {
      name: '"Antony J. Blinken" -> "Blinken"',
      source: 'Antony J. Blinken arrived in Tokyo on Monday for talks on trade.',
      rewrite: 'Blinken arrived in Tokyo on Monday for talks on trade.',
    },
    {
      name: '"Antony Blinken" -> "Antony J. Blinken"',
      source: 'Antony Blinken said the talks were constructive.',
      rewrite: 'Antony J. Blinken said the talks were constructive.',
    },
  ]],
  ['synonyms', [
    {
      name: 'rose -> climbed',
      source: "The firm's profits rose sharply in the third quarter.",
      rewrite: "The firm's profits climbed sharply in the third quarter.",
    },
    {
      name: 'began an inquiry -> launched an investigation',
      source: 'Officials began an inquiry into the cause of the blaze.',
      rewrite: 'Officials launched an investigation into the cause of the blaze.',
    },
    {
      name: 'major -> significant',
      source: 'The storm caused major damage to homes along the coast.',
      rewrite: 'The storm caused significant damage to homes along the coast.',
    },
  ]],
  ['active/passive', [
    {
      name: 'active -> passive',
      source: 'Police arrested two men after the robbery at the jewellery shop.',
      rewrite: 'Two men were arrested by police after the robbery at the jewellery shop.',
    },
    {
      name: 'passive -> active',
      source: 'The bridge was repaired by engineers from the regional council.',
      rewrite: 'Engineers from the regional council repaired the bridge.',
    },
    {
      name: 'active -> passive with an amount',
      source: 'The regulator fined the bank £3 million for failing to protect customers.',
      rewrite: 'The bank was fined £3 million by the regulator for failing to protect customers.',
    },
  ]],
  ['clause reordering', [
    {
      name: 'subordinate clause moved to the end',
      source: 'After the storm passed, crews restored power to 2,000 homes.',
      rewrite: 'Crews restored power to 2,000 homes after the storm passed.',
    },
    {
      name: 'cause moved to the end',
      source: 'Because of the strike, trains were cancelled across the region.',
      rewrite: 'Trains were cancelled across the region because of the strike.',
    },
    {
      name: 'attribution moved to the front',
      source: 'The hospital treated 40 patients for burns, a spokeswoman said.',
      rewrite: 'A spokeswoman said the hospital treated 40 patients for burns.',
    },
  ]],
  ['reported-speech backshift', [
    {
      name: 'will reopen -> would reopen',
      source: 'The mayor said the library will reopen in the spring after repairs.',
      rewrite: 'The mayor said the library would reopen in the spring after repairs.',
    },
    {
      name: 'will hire -> would hire',
      source: 'The company said it will hire 500 workers at the new plant.',
      rewrite: 'The company said it would hire 500 workers at the new plant.',
    },
    {
      name: 'will rise -> would rise',
      source: 'The minister told parliament that the tax will rise next April.',
      rewrite: 'The minister told parliament that the tax would rise next April.',
    },
  ]],
  ['equal amounts written differently', [
    {
      name: '"three" = "3"',
      source: 'Three climbers were rescued from the mountain on Sunday.',
      rewrite: '3 climbers were rescued from the mountain on Sunday.',
    },
    {
      name: '"three hundred" = "300"',
      source: 'The factory employs three hundred people.',
      rewrite: 'The factory employs 300 people.',
    },
    {
      name: '"40 kilometres" = "40 km"',
      source: 'The pipeline will run for 40 kilometres across the valley.',
      rewrite: 'The pipeline will run for 40 km across the valley.',
    },
    {
      name: '"five per cent" = "5%"',
      source: 'Rents in the city rose by five per cent last year.',
      rewrite: 'Rents in the city rose by 5% last year.',
    },
    {
      name: '"1.5 million" = "1,500,000"',
      source: 'The population of the city grew to 1.5 million last year.',
      rewrite: 'The population of the city grew to 1,500,000 last year.',
    },
    {
      name: '"£2 million" = "£2m" pairs the sentences (an amount is one term, whatever its notation)',
      source: 'Schools can apply for funding of up to £2 million each.',
      rewrite: 'Each school can bid for up to £2m in funding.',
    },
    {
      name: '"14 March 2025" = "March 14, 2025"',
      source: 'The vote will take place on 14 March 2025, the electoral commission said.',
      rewrite: 'The vote will take place on March 14, 2025, the electoral commission said.',
    },
  ]],
  ['sentence split and merge', [
    {
      name: 'one sentence split in two',
      source: 'The hospital opened a new cancer ward on Monday, and it will treat 300 patients a year.',
      rewrite: 'The hospital opened a new cancer ward on Monday. It will treat 300 patients a year.',
    },
    {
      name: 'a long sentence split in two',
      source: 'The theatre will close for renovation in July and reopen in 2026 with a larger stage and a new café.',
      rewrite: 'The theatre will close for renovation in July. It will reopen in 2026 with a larger stage and a new café.',
    },
    {
      name: 'two sentences merged with "and"',
      source: 'The storm cut power to 12,000 homes. Engineers restored supplies by Tuesday evening.',
      rewrite: 'The storm cut power to 12,000 homes, and engineers restored supplies by Tuesday evening.',
    },
    {
      name: 'two sentences merged with a relative clause',
      source: 'The council met on Tuesday to discuss the budget. It approved new funding for road repairs.',
      rewrite: 'The council, which met on Tuesday to discuss the budget, approved new funding for road repairs.',
    },
  ]],
  ['paragraphs reordered', [
    {
      name: 'three paragraphs in another order',
      source: 'The museum reopened on Saturday after a two-year renovation costing £12 million.\n\n' +
        'Visitor numbers are expected to double, the director said.\n\n' +
        'The new east wing houses a collection of Roman coins found in a local field.',
      rewrite: 'The new east wing houses a collection of Roman coins found in a local field.\n\n' +
        'The museum reopened on Saturday after a two-year renovation costing £12 million.\n\n' +
        'Visitor numbers are expected to double, the director said.',
    },
    {
      name: 'two sentences swapped',
      source: 'Firefighters spent six hours tackling the blaze at the paint factory. Two workers were treated for smoke inhalation.',
      rewrite: 'Two workers were treated for smoke inhalation. Firefighters spent six hours tackling the blaze at the paint factory.',
    },
  ]],
  ['several paraphrases at once', [
    {
      name: 'a short article: spelling, units, backshift, voice and order',
      source: 'The regional council will organise a programme of flood defences along the river.\n\n' +
        'Engineers will build a 40 kilometres embankment, the council said. Work starts on 14 March 2025.\n\n' +
        'Three villages were flooded last winter.',
      rewrite: 'Three villages were flooded last winter.\n\n' +
        'The regional council will organize a program of flood defenses along the river.\n\n' +
        'The council said engineers would build a 40 km embankment. Work starts on March 14, 2025.',
    },
  ]],
];

describe('core paraphrase: no error or warning on pure paraphrases', () => {
  for (const [group, pairs] of GROUPS) {
    describe(group, () => {
      for (const p of pairs) {
        it(p.name, () => {
          const res = analyze(p.source, p.rewrite, { format: p.format ?? 'plain' });
          const bad = res.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
          const shown = bad.map((f) => `${f.kind}/${f.severity}: ${f.message}`);
          assert.deepEqual(shown, [], `false positives on a pure paraphrase:\n${shown.join('\n')}`);
          // Every rewrite sentence found its source: nothing unsupported, nothing dropped.
          assert.equal(res.stats.alignedPairs, res.stats.rewriteSentences);
        });
      }
    });
  }
});
