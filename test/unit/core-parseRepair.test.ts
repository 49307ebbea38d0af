// The parse repairs (src/core/syntax/repair.ts) on hand-written parses of the greedy parser's
// known misreadings: each row gives the parser's heads and labels, and the heads expected after.
import { strict as assert } from 'node:assert';
import { repairParse } from '../../src/core/syntax/repair';

interface Row { name: string; words: string; tags: string; heads: number[]; labels: string; expectHeads: number[]; expectLabels?: string; /** Give the repairs the words too (those that read them). */ readWords?: boolean }

const rows: Row[] = [
  {
    name: 'a long subject read as the head, the verb hanging from it',
    words: 'Operations at the yard began on Monday .',
    tags: 'NOUN ADP DET NOUN VERB ADP PROPN PUNCT',
    heads: [-1, 3, 3, 0, 0, 6, 4, 0],
    labels: 'root case det obl acl case obl punct',
    expectHeads: [4, 3, 3, 0, -1, 6, 4, 4],
    expectLabels: 'nsubj case det obl root case obl punct',
  },
  {
    name: 'a participle set off by commas is left as a description',
    words: 'The trains , built in Spain , arrived .',
    tags: 'DET NOUN PUNCT VERB ADP PROPN PUNCT VERB PUNCT',
    heads: [1, -1, 3, 1, 5, 3, 7, 3, 1],
    labels: 'det root punct acl case obl punct conj punct',
    expectHeads: [1, -1, 3, 1, 5, 3, 7, 3, 1],
  },
  {
    name: 'a bare verb with a by-agent made the head: the next verb is the main one',
    words: 'Talks brokered by the mediator resumed on Thursday .',
    tags: 'NOUN VERB ADP DET NOUN VERB ADP PROPN PUNCT',
    heads: [1, -1, 4, 4, 1, 4, 7, 5, 1],
    labels: 'nsubj root case det obl:agent acl case obl punct',
    expectHeads: [5, 0, 4, 4, 1, -1, 7, 5, 5],
    expectLabels: 'nsubj acl case det obl:agent root case obl punct',
  },
  {
    name: 'a participle with no agent made the head: a later verb with no subject or conjunction of its own is the main one',
    words: 'Director accused of fraud told a jury that she acted .',
    tags: 'NOUN VERB ADP NOUN VERB DET NOUN SCONJ PRON VERB PUNCT',
    heads: [1, -1, 3, 1, 1, 6, 4, 9, 9, 4, 1],
    labels: 'nsubj root case obl parataxis det iobj mark nsubj ccomp punct',
    expectHeads: [4, 0, 3, 1, -1, 6, 4, 9, 9, 4, 4],
    expectLabels: 'nsubj acl case obl root det iobj mark nsubj ccomp punct',
  },
  {
    name: 'a verb joined by a conjunction shares the subject: no participle is read in',
    words: 'Police arrested him and charged him .',
    tags: 'NOUN VERB PRON CCONJ VERB PRON PUNCT',
    heads: [1, -1, 1, 4, 1, 4, 1],
    labels: 'nsubj root obj cc conj obj punct',
    expectHeads: [1, -1, 1, 4, 1, 4, 1],
  },
  {
    name: 'a noun at the head with the verb as its xcomp: the verb is the main one',
    words: 'Figures from the authority showed growth .',
    tags: 'NOUN ADP DET NOUN VERB NOUN PUNCT',
    heads: [-1, 3, 3, 0, 0, 4, 0],
    labels: 'root case det nmod xcomp obj punct',
    expectHeads: [4, 3, 3, 0, -1, 4, 4],
    expectLabels: 'nsubj case det nmod root obj punct',
  },
  {
    name: 'inside a reported clause: a participle and its sister verb with no subject become a description and the main verb',
    words: 'Officials said a convoy planned for Monday had received guarantees .',
    tags: 'NOUN VERB DET NOUN VERB ADP PROPN AUX VERB NOUN PUNCT',
    heads: [1, -1, 3, 4, 1, 6, 4, 8, 1, 8, 1],
    labels: 'nsubj root det nsubj ccomp case obl aux ccomp obj punct',
    expectHeads: [1, -1, 3, 8, 3, 6, 4, 8, 1, 8, 1],
    expectLabels: 'nsubj root det nsubj acl case obl aux ccomp obj punct',
  },
  {
    name: 'inside a reported clause: two clauses each with a subject stay as they are',
    words: 'Officials said prices rose and wages fell .',
    tags: 'NOUN VERB NOUN VERB CCONJ NOUN VERB PUNCT',
    heads: [1, -1, 3, 1, 6, 6, 3, 1],
    labels: 'nsubj root nsubj ccomp cc nsubj conj punct',
    expectHeads: [1, -1, 3, 1, 6, 6, 3, 1],
  },
  {
    name: 'a passive with its auxiliary is a real main verb',
    words: 'Talks were brokered by the mediator .',
    tags: 'NOUN AUX VERB ADP DET NOUN PUNCT',
    heads: [2, 2, -1, 5, 5, 2, 2],
    labels: 'nsubj:pass aux:pass root case det obl:agent punct',
    expectHeads: [2, 2, -1, 5, 5, 2, 2],
  },
  {
    name: 'a verb joined to a relative clause after its comma is the main verb',
    words: 'Duval , who leads the party , called it a victory .',
    tags: 'PROPN PUNCT PRON VERB DET NOUN PUNCT VERB PRON DET NOUN PUNCT',
    heads: [-1, 3, 3, 0, 5, 3, 7, 3, 7, 10, 7, 0],
    labels: 'root punct nsubj parataxis det obj punct conj obj det xcomp punct',
    expectHeads: [7, 3, 3, 0, 5, 3, 7, -1, 7, 10, 7, 7],
    expectLabels: 'nsubj punct nsubj acl:relcl det obj punct root obj det xcomp punct',
  },
  {
    name: 'a main verb with a reported clause ("said she hoped") is still the main verb after a relative clause',
    words: 'Kaye , who lived here , said she hoped .',
    tags: 'PROPN PUNCT PRON VERB ADV PUNCT VERB PRON VERB PUNCT',
    heads: [-1, 3, 3, 0, 3, 6, 3, 8, 6, 0],
    labels: 'root punct nsubj acl:relcl advmod punct conj nsubj ccomp punct',
    expectHeads: [6, 3, 3, 0, 3, 6, -1, 8, 6, 6],
    expectLabels: 'nsubj punct nsubj acl:relcl advmod punct root nsubj ccomp punct',
  },
  {
    name: 'a first word misread as a verb with nothing of a verb\'s own is the subject',
    words: 'Work on the bridge began in May and is scheduled to finish .',
    tags: 'VERB ADP DET NOUN VERB ADP PROPN CCONJ AUX VERB PART VERB PUNCT',
    heads: [-1, 3, 3, 0, 0, 6, 4, 9, 9, 0, 11, 9, 0],
    labels: 'root case det obl advcl case obl cc aux:pass conj mark xcomp punct',
    expectHeads: [4, 3, 3, 0, -1, 6, 4, 9, 9, 4, 11, 9, 4],
    expectLabels: 'nsubj case det obl root case obl cc aux:pass conj mark xcomp punct',
  },
  {
    name: 'a clause opened by "after" read as a phrase on its own verb: the phrase\'s noun is that verb\'s subject',
    words: 'The owner was fined after inspectors found droppings .',
    tags: 'DET NOUN AUX VERB ADP NOUN VERB NOUN PUNCT',
    heads: [1, 3, 3, -1, 5, 6, 3, 6, 3],
    labels: 'det nsubj:pass aux:pass root case obl ccomp obj punct',
    expectHeads: [1, 3, 3, -1, 6, 6, 3, 6, 3],
    expectLabels: 'det nsubj:pass aux:pass root mark nsubj advcl obj punct',
    readWords: true,
  },
  {
    name: 'a verb after a noun\'s "of" phrase read as the phrase\'s object: the noun heading the sentence is its subject',
    words: 'Acme \'s takeover of Brill needs the approval .',
    tags: 'PROPN PART NOUN ADP PROPN VERB DET NOUN PUNCT',
    heads: [2, 0, -1, 5, 5, 2, 7, 5, 2],
    labels: 'nmod:poss case root case nsubj nmod det obj punct',
    expectHeads: [2, 0, 5, 4, 2, -1, 7, 5, 5],
    expectLabels: 'nmod:poss case nsubj case nmod root det obj punct',
  },
  {
    name: 'a clause opened by "after" read as a phrase on its own verb gets its subject even where no verb heads the sentence',
    words: 'Two blocks were shut after surveyors found cracks .',
    tags: 'NUM NOUN AUX VERB ADP NOUN VERB NOUN PUNCT',
    heads: [-1, 0, 3, 6, 5, 6, 0, 6, 6],
    labels: 'root nmod aux:pass advcl case obl parataxis obj punct',
    expectHeads: [-1, 0, 3, 6, 6, 6, 0, 6, 6],
    expectLabels: 'root nmod aux:pass advcl mark nsubj parataxis obj punct',
    readWords: true,
  },
  {
    name: 'a speaker closing the sentence, its hyphenated name hung before the comma as an apposition: the name is the verb\'s subject',
    words: 'Wren caused distress , Judge Ann Okafor - Hart told him .',
    tags: 'PROPN VERB NOUN PUNCT PROPN PROPN PROPN PUNCT PROPN VERB PRON PUNCT',
    heads: [1, -1, 1, 5, 5, 2, 5, 8, 5, 1, 9, 1],
    labels: 'nsubj root obj punct nmod:desc appos flat punct flat conj iobj punct',
    expectHeads: [1, -1, 1, 9, 5, 9, 5, 8, 5, 1, 9, 1],
    expectLabels: 'nsubj root obj punct nmod:desc nsubj flat punct flat parataxis iobj punct',
    readWords: true,
  },
  {
    name: 'a form of "be" before an -ing verb read as a passive auxiliary: a plain auxiliary, and the verb\'s subject a plain subject',
    words: 'The trust is also suing Farrow .',
    tags: 'DET NOUN AUX ADV VERB PROPN PUNCT',
    heads: [1, 4, 4, 4, -1, 4, 4],
    labels: 'det nsubj:pass aux:pass advmod root obj punct',
    expectHeads: [1, 4, 4, 4, -1, 4, 4],
    expectLabels: 'det nsubj aux advmod root obj punct',
    readWords: true,
  },
  {
    name: 'a passive after the -ing auxiliary "being" is left a passive',
    words: 'Farrow is being sued .',
    tags: 'PROPN AUX AUX VERB PUNCT',
    heads: [3, 3, 3, -1, 3],
    labels: 'nsubj:pass aux aux:pass root punct',
    expectHeads: [3, 3, 3, -1, 3],
    expectLabels: 'nsubj:pass aux aux:pass root punct',
    readWords: true,
  },
];

describe('parse repair', () => {
  for (const r of rows) {
    it(r.name, () => {
      const out = repairParse({ heads: Int32Array.from(r.heads), labels: r.labels.split(' '), tags: r.tags.split(' ') }, r.readWords ? r.words.toLowerCase().split(' ') : undefined);
      assert.equal(r.words.split(' ').length, r.heads.length);
      assert.deepEqual([...out.heads], r.expectHeads);
      if (r.expectLabels) assert.deepEqual(out.labels, r.expectLabels.split(' '));
    });
  }
});
