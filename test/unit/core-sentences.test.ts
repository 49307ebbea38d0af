// Sentence splitting at a full stop after a figure's unit letter or a name in any script, and not after an initial.
import * as assert from 'node:assert/strict';
import { splitParagraphs, splitSentences } from '../../src/core/sentences';
import { analyze } from '../../src/core';

const sentences = (text: string) => splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  const cases: Array<[string, string[]]> = [
    ['The deal is worth £310m. Completion is expected in May.', ['The deal is worth £310m.', 'Completion is expected in May.']],
    ['Shares cost 245p. Analysts said the price was generous.', ['Shares cost 245p.', 'Analysts said the price was generous.']],
    ['It raised $2.5k. Donors were thanked.', ['It raised $2.5k.', 'Donors were thanked.']],
    ['Antony J. Blinken said talks would resume.', ['Antony J. Blinken said talks would resume.']],
    ['The meeting starts at 9 a.m. on Monday.', ['The meeting starts at 9 a.m. on Monday.']],
    // (A name ending in a letter outside ASCII closes its sentence: its last letter is no initial.)
    ['The statement came from its chief executive, Ángel Castaño. Officials said no data was taken.', ['The statement came from its chief executive, Ángel Castaño.', 'Officials said no data was taken.']],
    ['The award went to Zoë Sjöström. She thanked her team.', ['The award went to Zoë Sjöström.', 'She thanked her team.']],
    ['The report was written by María Ö. Núñez and colleagues.', ['The report was written by María Ö. Núñez and colleagues.']],
    // A speaker's label in a script or a transcript is layout, like a bullet; a speaker's name stays.
    ['PRESENTER (to camera): Rovers have been given the go-ahead.', ['Rovers have been given the go-ahead.']],
    ['REPORTER: The ban covers homes in two districts.', ['The ban covers homes in two districts.']],
    ['Q: How many jobs will go?', ['How many jobs will go?']],
    ['CLIP – AURÉLIE DUMONT: "We don\'t take this lightly."', ['AURÉLIE DUMONT: "We don\'t take this lightly."']],
    ['DUMONT: We don\'t take this lightly.', ['DUMONT: We don\'t take this lightly.']],
    // A list of figures, each told with a dash and what it is, is a line an item however long;
    // a short line before a figure ends too.
    ['Fares: by the numbers\n£2.50 – the single fare from 1 April, 50p more than the current £2.00 fare\n25% – the size of the increase\n46 – routes covered',
      ['Fares: by the numbers', '£2.50 – the single fare from 1 April, 50p more than the current £2.00 fare', '25% – the size of the increase', '46 – routes covered']],
    // A podcast's timestamp in brackets is layout, like a bullet.
    ['[03:15] Harbour City beat Westford 24-17 on Saturday.', ['Harbour City beat Westford 24-17 on Saturday.']],
    // An alert's label before its time is layout; the time stays ("BREAKING 09:14 – …").
    ['BREAKING 09:14 – Real Vallera have agreed a fee for Tomás Ibarrola.', ['09:14 – Real Vallera have agreed a fee for Tomás Ibarrola.']],
    // (A long wrapped line of prose before a figure goes on.)
    ['The authority said on Tuesday that single fares across the whole of the region would rise by\n25% from April.', ['The authority said on Tuesday that single fares across the whole of the region would rise by\n25% from April.']],
  ];
  for (const [text, want] of cases) it(`splits ${JSON.stringify(text)}`, () => assert.deepEqual(sentences(text), want));
  it('reads each timestamped line of a podcast\'s notes as its own paragraph, with no blank line between them', () => {
    const text = '[00:35] Harbour City won 24-17\n[02:10] The first half: two tries for the hosts';
    const got = splitParagraphs(text).flatMap((p) => splitSentences(text, p)).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(got, ['Harbour City won 24-17', 'The first half: two tries for the hosts']);
  });
  it('reads each line of a series of push alerts as its own paragraph, with no blank line between them', () => {
    const text = 'BREAKING 09:14 – Rovers have agreed a fee for Ibarrola\nUPDATE 10:30 – Ibarrola is travelling to Madrid for a medical';
    const got = splitParagraphs(text).flatMap((p) => splitSentences(text, p)).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(got, ['09:14 – Rovers have agreed a fee for Ibarrola', '10:30 – Ibarrola is travelling to Madrid for a medical']);
  });
  it('leaves a numbered bullet out before cutting, even in an item of lower-case words', () => {
    assert.deepEqual(sentences('1. a portfolio of some 1,200 patents'), ['a portfolio of some 1,200 patents']);
  });
  it('reads each Markdown list item as its own sentence, items ending in ";" included', () => {
    const source = '# Priorities\n\n- raising attendance, which fell to 89 per cent last year;\n- improving behaviour in corridors;\n- making sure that pupils receive support.\n';
    const r = analyze(source, source, { format: 'markdown' });
    assert.equal(r.pairs.length, 4, JSON.stringify(r.pairs.map((p) => p.rewrite && source.slice(p.rewrite.start, p.rewrite.end))));
  });
  it('compares the sentence after a figure with its own source sentence', () => {
    const r = analyze('Harrowgate agreed to buy Crumbwell for £186m. Completion is expected in March.',
      'Harrowgate agreed to buy Crumbwell for £186m. Completion is expected in May.', { format: 'plain' });
    const date = r.findings.find((f) => f.kind === 'date');
    assert.ok(date, JSON.stringify(r.findings.map((f) => f.kind)));
    assert.equal(r.pairs.length, 2);
  });
});
