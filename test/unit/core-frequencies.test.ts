import { strict as assert } from 'node:assert';
import { tokenize } from '../../src/core/tokens';
import { findFrequencies } from '../../src/core/mentions/frequencies';

/** Each frequency a sentence tells: its words, and the days between two occurrences (to four places). */
function frequencies(text: string): Array<[string, number]> {
  const tokens = tokenize(text, 0, text.length);
  return findFrequencies(tokens).map((f) => [text.slice(tokens[f.first]!.start, tokens[f.last]!.end), Math.round(f.period * 1e4) / 1e4]);
}

describe('frequencies (how often, as a period)', () => {
  const rows: Array<[string, string, Array<[string, number]>]> = [
    ['an adverb of frequency', 'Bins are emptied weekly.', [['weekly', 7]]],
    ['"every" with a count of units', 'Buses run every 30 minutes.', [['every 30 minutes', 0.0208]]],
    ['"every" with a number word', 'The ferry sails every two weeks.', [['every two weeks', 14]]],
    ['every other one is every second one', 'Bins are emptied every other week.', [['every other week', 14]]],
    ['a named day comes round weekly', 'The market opens every Sunday.', [['every Sunday', 7]]],
    ['"once", "twice", "N times" a unit', 'The drug is taken twice a day and checked three times a month.', [['twice a day', 0.5], ['three times a month', 10.1467]]],
    ['a count joined to the adverb', 'A twice-weekly boat and a half-hourly bus.', [['twice-weekly', 3.5], ['half-hourly', 0.0208]]],
    ['a count of times before the adverb shares out its period', 'Decks are cleaned twice daily and checked three times weekly.', [['twice daily', 0.5], ['three times weekly', 2.3333]]],
    ['a quarter of an hour', 'Trams run every quarter of an hour.', [['every quarter of an hour', 0.0104]]],
    ['"alternate" weeks', 'Collections happen on alternate weeks.', [['alternate weeks', 14]]],
    ['"annual" names a thing unless said as "an annual"', 'The annual report came out; it is an annual event.', [['annual', 365.25]]],
    ['"every" without a unit of time tells no frequency', 'Every household will get a bin.', []],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(frequencies(text), expected));
});
