// Figures said aloud, as a radio script or a read-out bulletin writes them: the amount and the
// date each phrase names, read over all its words, so that "two thousand, three hundred and
// eighteen" is 2,318 and "twenty twenty-one" the year 2021, not four counts.
import { strict as assert } from 'node:assert';
import { findDates } from '../../src/core/mentions/dates';
import { findNumbers } from '../../src/core/mentions/numbers';
import { tokenize } from '../../src/core/tokens';

const tokensOf = (s: string) => tokenize(s, 0, s.length);

/** [sentence, the phrase of one amount, its value, its unit] */
const amounts: Array<[string, string, number, string | null]> = [
  ['Wróbel took two thousand, three hundred and eighteen votes.', 'two thousand , three hundred and eighteen', 2318, null],
  // (A share told as so many out of every hundred, or out of so many of a set.)
  ['In the town, 81 out of every 100 children have had the second dose.', '81 out of every 100', 81, '%'],
  ['Seven out of ten voters backed the plan.', 'Seven out of ten', 70, '%'],
  // (A temperature below zero, by its sign or by "minus".)
  ['It fell to minus 5C overnight.', 'minus 5 C', -5, 'degC'],
  ['It works from −10C to 40C.', '− 10 C', -10, 'degC'],
  ['It cost two thousand five hundred dollars.', 'two thousand five hundred dollars', 2500, 'usd'],
  ['One hundred and twenty people were moved.', 'One hundred and twenty', 120, null],
  ['Around four hundred thousand euros changed hands.', 'four hundred thousand euros', 400000, 'eur'],
  ['Turnout was thirty-one point two per cent.', 'thirty - one point two per cent', 31.2, '%'],
  ['The plant cost one point five million euros.', 'one point five million euros', 1500000, 'eur'],
  ['The museum took nineteen hundred objects.', 'nineteen hundred', 1900, null],
  ['Twenty one people were hurt.', 'Twenty one', 21, null],
  ['The twenty-six-year-old joins on a three-year deal.', 'twenty - six', 26, 'year'],
  ['It will cost a hundred and eighty-five million pounds.', 'a hundred and eighty - five million pounds', 185000000, 'gbp'],
];

/** [sentence, the phrase read as separate amounts, their values]: where a spoken number stops. */
const separate: Array<[string, number[]]> = [
  // A comma goes on only into a group of hundreds.
  ['Ten thousand, two of them children, fled.', [10000, 2]],
  // "at one point" is a moment, not a decimal: no unit follows the digits.
  ['At one point two men ran onto the pitch.', [1, 2]],
  // A second half that counts a unit is no year: twenty sessions of twenty minutes.
  ['She ran twenty twenty-minute sessions.', [20, 20]],
  // A vote and a range with "to" are counts, not a time of day.
  ['The committee voted seven to two.', [7, 2]],
  ['Pupils aged four to eleven take part.', [4, 11]],
  // "one" as a verb's object before a purpose stands for a thing already named.
  ['You cannot use one to fill a paddling pool.', []],
  // A time of day said in words is no amount at all.
  ['It starts at one minute past midnight and ends at half past nine.', []],
];

/** [sentence, the keys of its one date] */
const dates: Array<[string, string[]]> = [
  ['He has played there since twenty twenty-one.', ['year:2021']],
  ['The seat had been held since twenty-fourteen.', ['year:2014']],
  ['The company was founded in nineteen ninety-eight.', ['year:1998']],
  ['The law dates from twenty oh five.', ['year:2005']],
  ['The dates run to the thirtieth of April, twenty twenty-six.', ['monthday:4-30', 'year:2026']],
  ['The fair opens on the 16th of May.', ['monthday:5-16']],
  ['The fair opens on the twenty-first of June.', ['monthday:6-21']],
  ['The fair opens on May the first.', ['monthday:5-1']],
  ['The ban starts at one minute past midnight.', ['time:0:01']],
  ['The doors open at half past nine.', ['time:9:30']],
  ['The train leaves at a quarter to six.', ['time:5:45']],
  ['The shop shuts at twenty minutes to three.', ['time:2:40']],
  ['The bells ring at ten o\'clock.', ['time:10:00']],
  ['The ground will be ready for the twenty twenty-eight to twenty-nine season.', ['year:2028', 'year:2029']],
];

describe('spoken numbers: figures and dates said in words', () => {
  for (const [sentence, phrase, value, unit] of amounts) {
    it(`"${sentence}" counts ${value}${unit ? ` ${unit}` : ''}`, () => {
      const tokens = tokensOf(sentence);
      const found = findNumbers(tokens).map((m) => ({ text: tokens.slice(m.first, m.last + 1).map((t) => t.text).join(' '), value: m.value, unit: m.unit }));
      assert.deepEqual(found.find((m) => m.text === phrase), { text: phrase, value, unit }, JSON.stringify(found));
    });
  }
  for (const [sentence, values] of separate) {
    it(`"${sentence}" holds the separate amounts ${values.join(', ')}`, () => {
      assert.deepEqual(findNumbers(tokensOf(sentence)).map((m) => m.value), values);
    });
  }
  for (const [sentence, keys] of dates) {
    it(`"${sentence}" names ${keys.join(', ')}`, () => {
      const tokens = tokensOf(sentence);
      assert.deepEqual(findDates(tokens).map((d) => d.keys), [keys]);
      // The year said aloud is the date's, not a count of its own.
      assert.deepEqual(findNumbers(tokens).filter((m) => m.unit !== 'ordinal' && m.unit !== 'year').map((m) => m.value), []);
    });
  }
});
