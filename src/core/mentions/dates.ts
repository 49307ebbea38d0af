// Finds dates and times and reduces each to comparable keys: "July 19, 2021" gives
// {monthday:7-19, year:2021}; "Thursday" gives {weekday:thursday}; "2021-07-19" gives both
// month-day and year. Two mentions agree when every key of one is among the other side's keys.
import { DAY_RANGE_JOINER, MONTHS, MONTH_ABBR, NUMBER_WORDS, RELATIVE_DAYS, TIME_UNITS, WEEKDAYS } from '../lexicon';
import type { Token } from '../tokens';
import { offsetFree } from '../offsetFree';
import { abbreviatedYearEnd, clockInWordsAt, countsSomething, earlyYear, ordinalDayAt, ordinalOf, splitClock, spokenYearAt, YEAR_RANGE_JOINER } from './numbers';

export interface DateMention {
  readonly first: number;
  readonly last: number;
  /** Keys like "weekday:thursday", "month:7", "monthday:7-19", "year:2021", "time:15:00", "relative:today". */
  readonly keys: readonly string[];
}

/** A small count written as a figure or a word ("3", "three"), or null. */
function countBefore(t: Token | undefined): number | null {
  if (!t) return null;
  if (/^\d{1,2}$/.test(t.lower)) return Number(t.lower);
  return NUMBER_WORDS.get(t.lower) ?? null;
}

/** Months in the period a word at `i` names, counted or by its name: "three months" 3, "year" 12, "quarter" 3. */
function monthsEndingAt(tokens: readonly Token[], i: number): number | null {
  const word = tokens[i]?.lower;
  if (word === 'months') return countBefore(tokens[i - 1]);
  return PERIOD_MONTHS.get(word ?? '') ?? null;
}

/**
 * "Fri 3 October", "Sat, 11 Oct": a capitalised weekday cut short (as a programme, a timetable or
 * a text alert writes it), right before a date's day or month, after a preposition of time ("on
 * Thu", "since Wed") or before a part of the day or a time ("Thu evening", "Sat 9am"). Elsewhere
 * "Sun", "Sat" and "Wed" are words.
 */
export function weekdayAbbreviation(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  const short = t.lower.replace(/\.$/, '');
  if (!/^\p{Lu}/u.test(t.text) || !WEEKDAY_ABBREVIATIONS.includes(short)) return null;
  const next = tokens[i + 1]?.text === ',' ? tokens[i + 2] : tokens[i + 1];
  const dated = dayNumber(next) !== null || monthOf(next?.lower ?? '') !== null || /^(on|since|until|till|by|from|before|after|last|next|every)$/.test(tokens[i - 1]?.lower ?? '') ||
    /^(morning|afternoon|evening|night|\d{1,2}(?:[:.]\d{2})?(?:am|pm)?)$/.test(tokens[i + 1]?.lower ?? '');
  return dated ? WEEKDAYS.find((d) => d.startsWith(short))! : null;
}

/** The weekdays cut short, each the start of its day's name. */
const WEEKDAY_ABBREVIATIONS: readonly string[] = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];

const PERIOD_MONTHS: ReadonlyMap<string, number> = new Map([['year', 12], ['quarter', 3]]);

function monthOf(lower: string): number | null {
  // "mid-October", "early-March": the month, a part of it named ("the middle of October").
  const clean = lower.replace(/\.$/, '').replace(/^(mid|early|late)-(?=[a-z])/, '');
  const full = MONTHS.indexOf(clean);
  // "may" is far more often the verb; the caller decides when it is the month.
  if (full >= 0) return clean === 'may' ? null : full + 1;
  const abbr = MONTH_ABBR.indexOf(clean);
  return abbr >= 0 && clean !== 'may' ? abbr + 1 : null;
}

/** A month named right after a day number ("12 May": "May" is the month there). */
function monthAfterDay(t: Token | undefined): number | null {
  return monthOf(t?.lower ?? '') ?? (t?.text === 'May' ? 5 : null);
}

/**
 * The month at token k, or after the list of days and ranges of days that k opens ("21–22 and
 * 28–29 June", "4, 11 and 18 May"): each day of the list is in that month. Else null.
 */
function monthAfterDays(tokens: readonly Token[], k: number): number | null {
  for (let j = k; j < k + 8 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (dayNumber(t) !== null || /^\d{1,2}[-–]\d{1,2}$/.test(t.lower) || /^(and|,|&|-|–|to|until|till)$/.test(t.lower)) continue;
    return monthAfterDay(t);
  }
  return null;
}

/** "the" or "a" before an ordinal, over "early", "mid" or "late": "the late second century". */
function centuryArticle(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (/^(early|mid|late|-)$/.test(tokens[k]?.lower ?? '')) k--;
  if (/^(early|mid|late)$/.test(tokens[k]?.lower ?? '')) k--;
  return /^(the|a)$/.test(tokens[k]?.lower ?? '');
}

function dayNumber(t: Token | undefined): number | null {
  const m = t && /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.lower);
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

/** The day of an ordinal ending at `end` with "the" before it: "the 16th", "the twenty-first". */
function dayOrdinalEndingAt(tokens: readonly Token[], end: number): { day: number; first: number } | null {
  for (const start of [end, end - 2]) {
    const said = tokens[start - 1]?.lower === 'the' ? ordinalDayAt(tokens, start) : null;
    if (said?.last === end) return { day: said.day, first: start };
  }
  return null;
}

/** How many of a unit make one of a larger period: twelve months a year, seven days a week. */
const ONE_LARGER_PERIOD: Readonly<Record<string, readonly [number, string]>> = { months: [12, 'year'], days: [7, 'week'] };

/**
 * Every word (lower case, with no digit) that a date below can start with besides a month: the
 * words each branch of findDates tests the token itself against. Every other branch needs a digit.
 */
const DATE_START_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS, ...WEEKDAYS.map((d) => `${d}s`), ...WEEKDAY_ABBREVIATIONS, ...RELATIVE_DAYS, 'may', 'midday', 'noon', 'midnight',
  'next', 'following', 'previous', 'preceding', 'last', 'this', 'prior', 'coming', 'past',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'a', 'one', 'day', 'morning', 'night', 'evening', 'twelve', 'seven',
  // The first half of a year said aloud: "twenty twenty-one", "nineteen ninety-eight".
  'eleven', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
  // A time of day in words: "half past nine", "a quarter to six", "ten o'clock", "five past two".
  'half', 'quarter', 'two', 'three', 'four', 'five', 'six', 'eight', 'nine', 'ten', 'thirty', 'forty', 'fifty',
]);

/**
 * The dates of a token list, by the list: the date rule reads both sentences of every pair, and
 * a sentence's token list is one array for the whole analysis (or the same words copied at other
 * offsets: offset-free, since mentions hold token indices and the reading compares offsets only
 * with each other's, splitClock). Read-only, since it is shared.
 */
const datesOf = new WeakMap<readonly Token[], readonly DateMention[]>();

export function findDates(tokens: readonly Token[]): readonly DateMention[] {
  const own = offsetFree(tokens);
  let found = datesOf.get(own);
  if (!found) datesOf.set(own, (found = readDates(tokens)));
  return found;
}

/** Whether a stretch of tokens (a list made for the question, not a sentence's own) holds a date. */
export function holdsDate(tokens: readonly Token[]): boolean {
  return readDates(tokens).length > 0;
}

function readDates(tokens: readonly Token[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const month = monthOf(t.lower);
    // Most tokens can start no date (the rules ask about every participant of every frame):
    // skipped before the tests below, none of which could match.
    if (month === null && !DATE_START_WORDS.has(t.lower) && !/\d/.test(t.lower) && tokens[i + 1]?.lower !== 'century' && tokens[i + 2]?.lower !== 'century') continue;
    const clean = t.lower.replace(/\.$/, '');
    const keys: string[] = [];
    let last = i;
    let dayFirst = false;
    let dayStart = -1;
    const spokenYear = spokenYearAt(tokens, i);
    const clockWords = clockInWordsAt(tokens, i);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.lower);
    // "May" is a month only when capitalised next to a day or a year.
    // (Or after a preposition or "last"/"next", where the verb cannot stand: "in May", "until
    // May", "by early May".)
    // ("between March and May": after another month and a conjunction.)
    const afterPreposition = tokens[i - 1]?.pos === 'ADP' || /^(last|next|early|late|mid|this)$/.test(tokens[i - 1]?.lower ?? '') ||
      (/^(and|or|to|-|–)$/.test(tokens[i - 1]?.lower ?? '') && monthOf(tokens[i - 2]?.lower ?? '') !== null);
    const isMay = t.lower === 'may' && t.text === 'May' && (dayNumber(tokens[i + 1]) !== null || /^\d{4}$/.test(tokens[i + 1]?.lower ?? '') || dayNumber(tokens[i - 1]) !== null ||
      (afterPreposition && t.pos !== 'AUX' && t.pos !== 'VERB'));
    // A range of days before one month: "from 4 to 12 May", "between 4 and 12 May", "4-12 May":
    // the first day is in that month too.
    const joined = /^(\d{1,2})[-–](\d{1,2})$/.exec(t.lower);
    // (Read only where a range or a list of days may open: "21–22", "4 to 12", "4, 11 and 18".)
    const dayList = dayNumber(t) !== null && /^(to|and|until|till|-|–|,)$/.test(tokens[i + 1]?.lower ?? '');
    const daysMonth = joined || dayList ? monthAfterDays(tokens, i + 1) : null;
    // (A programme's short weekday: "Fri 3 October".)
    const short = weekdayAbbreviation(tokens, i);
    if (iso) {
      keys.push(`year:${iso[1]}`, `monthday:${Number(iso[2])}-${Number(iso[3])}`);
    } else if (joined && Number(joined[1]) >= 1 && Number(joined[2]) <= 31 && daysMonth !== null) {
      keys.push(`monthday:${daysMonth}-${Number(joined[1])}`, `monthday:${daysMonth}-${Number(joined[2])}`);
      // (The month itself is the mention's when it follows the range; in a list it is the last range's.)
      last = monthAfterDay(tokens[i + 1]) !== null ? i + 1 : i;
    } else if (dayList && dayNumber(tokens[i + 2]) !== null && daysMonth !== null) {
      keys.push(`monthday:${daysMonth}-${dayNumber(t)}`);
    } else if (short !== null) {
      keys.push(`weekday:${short}`);
    } else if (WEEKDAYS.includes(t.lower.replace(/s$/, ''))) {
      // (No weekday ends in "s": "on Thursdays", every Thursday, names the day "a Thursday
      // supplement" does.)
      keys.push(`weekday:${t.lower.replace(/s$/, '')}`);
    } else if (month !== null || isMay) {
      const m = month ?? 5;
      // "May the first" and "the first of May", "the 16th of May": the day said as an ordinal.
      const afterSaid = tokens[i + 1]?.lower === 'the' ? ordinalDayAt(tokens, i + 2) : null;
      const after = afterSaid?.day ?? dayNumber(tokens[i + 1]);
      const beforeSaid = tokens[i - 1]?.lower === 'of' ? dayOrdinalEndingAt(tokens, i - 2) : null;
      const before = dayNumber(tokens[i - 1]) ?? beforeSaid?.day ?? null;
      if (after !== null) {
        keys.push(`monthday:${m}-${after}`);
        last = afterSaid?.last ?? i + 1;
        // "from October 12 to 20": the range's second day is in that month too.
        const end = DAY_RANGE_JOINER.test(tokens[i + 2]?.lower ?? '') ? dayNumber(tokens[i + 3]) : null;
        if (end !== null && end > after && !/^\d{4}$/.test(tokens[i + 3]!.lower)) {
          keys.push(`monthday:${m}-${end}`);
          last = i + 3;
        }
      } else if (before !== null) {
        keys.push(`monthday:${m}-${before}`);
        dayFirst = true;
        if (beforeSaid) dayStart = beforeSaid.first;
      } else {
        keys.push(`month:${m}`);
        // "next April" = "April next year", "last November" = "November last year": the month
        // of the year told from now.
        if (/^(next|last|this)$/.test(tokens[i - 1]?.lower ?? '')) {
          keys.push(`relative:${tokens[i - 1]!.lower} year`);
          dayFirst = true;
        }
        // "the three months to June" is April, May and June: a quarter told by its end ("the
        // year to March", "the quarter to June", likewise: a period named by the month it ends in).
        const span = /^(to|until|through|ending)$/.test(tokens[i - 1]?.lower ?? '') ? monthsEndingAt(tokens, i - 2) : null;
        if (span !== null && span > 1 && span <= 12) for (let back = 1; back < span; back++) keys.push(`month:${monthFrom(m, -back)}`);
      }
      let k = last + 1;
      if (tokens[k]?.text === ',') k++;
      const spoken = /^\d{4}$/.test(tokens[k]?.lower ?? '') ? null : spokenYearAt(tokens, k);
      if (/^\d{4}$/.test(tokens[k]?.lower ?? '')) {
        keys.push(`year:${tokens[k]!.lower}`);
        last = k;
      } else if (spoken) {
        keys.push(`year:${spoken.year}`);
        last = spoken.last;
      } else if (after === null && before === null && /^(next|last|this)$/.test(tokens[last + 1]?.lower ?? '') && tokens[last + 2]?.lower === 'year') {
        keys.push(`relative:${tokens[last + 1]!.lower} year`);
        last += 2;
      }
    } else if (spokenYear) {
      // "since twenty twenty-one", a radio script's 2021.
      keys.push(`year:${spokenYear.year}`);
      if (spokenYear.end) keys.push(`year:${spokenYear.end}`);
      last = spokenYear.last;
    } else if (yearAt(tokens, i)) {
      keys.push(`year:${t.lower}`);
      // A range of years is one mention: "between 875 and 880", "2019–2021".
      if (YEAR_RANGE_JOINER.test(tokens[i + 1]?.lower ?? '') && yearAt(tokens, i + 2)) {
        keys.push(`year:${tokens[i + 2]!.lower}`);
        last = i + 2;
      } else {
        const end = abbreviatedYearEnd(tokens, i + 2);
        if (end !== null) {
          keys.push(`year:${end}`);
          last = i + 2;
        }
      }
    } else if (/^\d{2}00s$/.test(t.lower)) {
      // "the 1600s" is the 17th century.
      keys.push(`century:${Number(t.lower.slice(0, 2)) + 1}`);
    } else if (ordinalOf(t) !== null && (/\d/.test(t.lower) || centuryArticle(tokens, i)) && (tokens[i + 1]?.lower === 'century' || (tokens[i + 1]?.text === '-' && tokens[i + 2]?.lower === 'century'))) {
      // "the 2nd century", "the late second century", "a twelfth-century church" (not a
      // batsman's "his fifth century", a hundred runs).
      keys.push(`century:${ordinalOf(t)}`);
      last = tokens[i + 1]!.text === '-' ? i + 2 : i + 1;
    } else if (/^\d{4}s$/.test(t.lower) || /^'\d0s$/.test(t.lower)) {
      keys.push(`decade:${t.lower}`);
    } else if (RELATIVE_DAYS.has(t.lower)) {
      keys.push(`relative:${t.lower}`);
    } else if (/^\d{1,2}$/.test(t.lower) && splitClock(tokens, i)) {
      // "4.12am" that the tokenizer cut into "4", ".", "12am": one clock time.
      const m = /^(\d{2})(?:([ap])\.?m\.?)?$/.exec(tokens[i + 2]!.lower)!;
      const ap = m[2] ?? (TIME_UNITS.has(tokens[i + 3]?.lower ?? '') ? tokens[i + 3]!.lower[0] : undefined);
      keys.push(`time:${clockHour(Number(t.lower), ap)}:${m[1]}`);
      last = !m[2] && ap ? i + 3 : i + 2;
    } else if (/^\d{1,2}([:.]\d{2})?$/.test(t.lower) && TIME_UNITS.has(tokens[i + 1]?.lower ?? '')) {
      const [h, min] = t.lower.split(/[:.]/);
      keys.push(`time:${clockHour(Number(h), tokens[i + 1]!.lower[0])}:${min ?? '00'}`);
      last = i + 1;
    } else if (/^\d{1,2}([:.]\d{2})?(am|pm|a\.m|p\.m)$/.test(clean)) {
      // "9:40am" and, in British style, "9.40am".
      const m = /^(\d{1,2})(?:[:.](\d{2}))?([ap])/.exec(clean)!;
      keys.push(`time:${clockHour(Number(m[1]), m[3])}:${m[2] ?? '00'}`);
    } else if (clockWords) {
      // "one minute past midnight" / "00:01", "half past nine" / "9.30": a time of day in words.
      keys.push(`time:${clockWords.hour}:${String(clockWords.minute).padStart(2, '0')}`);
      last = clockWords.last;
    } else if (/^(midday|noon|midnight)$/.test(t.lower)) {
      // "until midday on Friday" / "to 12:00 on Friday": a time of day by its name.
      keys.push(t.lower === 'midnight' ? 'time:0:00' : 'time:12:00');
    } else if (/^\d{1,2}:\d{2}$/.test(t.lower) && Number(t.lower.split(':')[0]) < 24) {
      // (Not "31:02": past the 24th hour it is a race time, an amount.)
      const [h, min] = t.lower.split(':');
      keys.push(`time:${Number(h)}:${min}`);
    } else if (/^(next|following|previous|preceding)$/.test(t.lower) && /^(day|morning)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i - 1]?.lower === 'the') {
      // Reported speech moves the day: "from tomorrow morning," the service said / the service
      // said they could return "from the following morning"; "yesterday" / "the previous day".
      keys.push(/^(next|following)$/.test(t.lower) ? 'relative:tomorrow' : 'relative:yesterday');
      last = i + 1;
    } else if (/^(last|next|this|previous|prior|preceding|coming|following|past)$/.test(t.lower) && /^(week|month|year|weekend|night|morning|evening|season|decade|century)$/.test(tokens[i + 1]?.lower ?? '') &&
      !(tokens[i + 2]?.lower === 'and' && /^(a|an)$/.test(tokens[i + 3]?.lower ?? '') && /^(half|quarter)$/.test(tokens[i + 4]?.lower ?? '')) &&
      // ("the last year of his contract" is its final year, no time told from now.)
      !(tokens[i - 1]?.lower === 'the' && tokens[i + 2]?.lower === 'of')) {
      // "last year" = "the previous year" = "the prior year"; "next week" = "the coming week".
      // ("over the coming year and a half" is a length of time, 18 months: numbers.ts.)
      // "over the past year" = "in the last year": the stretch up to now, as news uses "last year"
      // for it too.
      const direction = /^(previous|prior|preceding|past)$/.test(t.lower) ? 'last' : /^(coming|following)$/.test(t.lower) ? 'next' : t.lower;
      // ("last night" = "the previous evening": one stretch of the day, told two ways.)
      keys.push(`relative:${direction} ${tokens[i + 1]!.lower === 'night' ? 'evening' : tokens[i + 1]!.lower}`);
      last = i + 1;
    } else if (tokens[i - 1]?.lower === 'the' && /^(day|morning|night|evening)$/.test(t.lower) && tokens[i + 1]?.lower === 'before' &&
      !/^(DET|PROPN|NOUN|NUM|PRON)$/.test(tokens[i + 2]?.pos ?? '')) {
      // "the night before" = "the previous evening", "the day before" = "the previous day" (not
      // "the night before the race", a time told from another event).
      keys.push(/^(day|morning)$/.test(t.lower) ? 'relative:yesterday' : 'relative:last evening');
      last = i + 1;
    } else if (SEASONS.test(t.lower) && /^(last|next|this)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'year') {
      // "spring next year" = "next spring", "autumn last year" = "last autumn".
      keys.push(`relative:${tokens[i + 1]!.lower} ${season(t.lower)}`, `season:${season(t.lower)}`);
      last = i + 2;
    } else if (/^(last|next|this|coming|following|previous)$/.test(t.lower) && SEASONS.test(tokens[i + 1]?.lower ?? '')) {
      // "next summer", "last autumn": a season told from now.
      const direction = t.lower === 'previous' ? 'last' : /^(coming|following)$/.test(t.lower) ? 'next' : t.lower;
      keys.push(`relative:${direction} ${season(tokens[i + 1]!.lower)}`, `season:${season(tokens[i + 1]!.lower)}`);
      last = i + 1;
    } else if (SEASONS.test(t.lower) && (/^\d{4}$/.test(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.lower === 'of' ||
        (t.lower === 'fall' ? tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'in'
          : /^(late|early)$/.test(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.pos === 'ADP')))) {
      // "in the spring", "from the summer", "in late spring", "summer 2027", "the fall of 2025":
      // a season ("fall" and "spring" are verbs and nouns otherwise, "behind the fall in waits";
      // "in winter", with no article, is as often every winter).
      keys.push(`season:${season(t.lower)}`);
      const year = tokens[i + 1]?.lower === 'of' ? i + 2 : i + 1;
      if (/^\d{4}$/.test(tokens[year]?.lower ?? '')) { keys.push(`year:${tokens[year]!.lower}`); last = year; }
      // ("the autumn of next year" = "next autumn".)
      else if (/^(last|next|this)$/.test(tokens[year]?.lower ?? '') && tokens[year + 1]?.lower === 'year' && year === i + 2) {
        keys.push(`relative:${tokens[year]!.lower} ${season(t.lower)}`);
        last = year + 1;
      }
    } else if (/^(a|one)$/.test(t.lower) && /^(week|month|year)$/.test(tokens[i + 1]?.lower ?? '') && (/^(earlier|ago|before)$/.test(tokens[i + 2]?.lower ?? '') ||
      (tokens[i + 2]?.lower === 'after' && /^(DET|PRON|PROPN|NOUN|ADJ)$/.test(tokens[i + 3]?.pos ?? '') && !/^(once|twice|thrice|times|for)$/.test(tokens[i - 1]?.lower ?? '')))) {
      // "a year earlier", "a year ago" = "last year" (the period a comparison looks back to).
      // ("The move comes a week after its rival cut prices", "after rival Brantley's lowered
      // prices": what it comes after was a week earlier, "A week earlier, its rival cut prices";
      // "once a week after …" is how often, and "shut 11 shops for a week after plastic was
      // found" how long.)
      keys.push(`relative:last ${tokens[i + 1]!.lower}`);
      last = i + 2;
    } else if (ONE_LARGER_PERIOD[tokens[i + 1]?.lower ?? '']?.[0] === countBefore(t) &&
      /^(earlier|ago|before)$/.test(tokens[i + 2]?.lower ?? '') && !/^(DET|PRON|PROPN|NOUN)$/.test(tokens[i + 3]?.pos ?? '')) {
      // "twelve months earlier" = "a year earlier", "seven days ago" = "a week ago": a count of a
      // unit that makes one of the larger period, looked back to as "last year" is.
      keys.push(`relative:last ${ONE_LARGER_PERIOD[tokens[i + 1]!.lower]![1]}`);
      last = i + 2;
    } else if (t.lower === 'day' && /^(a|one|the)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'after' && /^(DET|PRON|PROPN|NOUN)$/.test(tokens[i + 2]?.pos ?? '')) {
      // "on Saturday, the day after the match": what it comes after was the day before, as "a
      // week after the match" has it a week earlier.
      keys.push('relative:yesterday');
      dayFirst = true;
      last = i + 1;
    }
    if (keys.length) {
      const first = dayStart >= 0 ? dayStart : dayFirst ? i - 1 : i;
      const part = partOfPeriod(tokens, first);
      out.push({ first: part?.first ?? first, last, keys: part ? [...keys, part.key] : keys });
      i = last;
    }
  }
  return out;
}

/** The stretch of a period a word before its date names ("early 2026"), and one a noun names ("the end of 2026"). */
const STRETCH_BEFORE: ReadonlyMap<string, string> = new Map([['early', 'early'], ['mid', 'mid'], ['late', 'late']]);
const STRETCH_NAMED: ReadonlyMap<string, string> = new Map([['beginning', 'early'], ['start', 'early'], ['middle', 'mid'], ['end', 'late']]);

/**
 * "the first half of October", "the last quarter of 2025": a part of the period the date names,
 * counted off by an ordinal, as a key of its own ("part:half-1"); or its early, middle or late
 * stretch ("part:early").
 */
function partOfPeriod(tokens: readonly Token[], first: number): { first: number; key: string } | null {
  // "early next year", "late 2026", "mid-March", "the end of 2026", "the start of next year": the
  // stretch of the period, one key for the words that name it alike.
  if (/^mid-?\p{L}/u.test(tokens[first]?.lower ?? '')) return { first, key: 'part:mid' };
  const before = tokens[first - 1]?.text === '-' && tokens[first - 2]?.lower === 'mid' ? first - 2 : first - 1;
  const bare = STRETCH_BEFORE.get(tokens[before]?.lower ?? '');
  if (bare) return { first: before, key: `part:${bare}` };
  const named = tokens[first - 1]?.lower === 'of' && tokens[first - 3]?.lower === 'the' ? STRETCH_NAMED.get(tokens[first - 2]?.lower ?? '') : undefined;
  if (named) return { first: first - 3, key: `part:${named}` };
  if (tokens[first - 1]?.lower !== 'of' || !/^(half|quarter)$/.test(tokens[first - 2]?.lower ?? '')) return null;
  const word = tokens[first - 3];
  const n = word && /^(last|final)$/.test(word.lower) ? 'last' : word ? ordinalOf(word) : null;
  return n === null || n === undefined ? null : { first: first - 3, key: `part:${tokens[first - 2]!.lower}-${n}` };
}

/** A year: four figures in the range news writes years in, or three in a year's place (earlyYear). */
function yearAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  return (/^\d{4}$/.test(t.lower) && Number(t.lower) >= 1000 && Number(t.lower) <= 2199 && t.pos !== 'NOUN' && !countsSomething(tokens[i + 1])) || earlyYear(tokens, i);
}

const SEASONS = /^(spring|summer|autumn|fall|winter)$/;

/**
 * The seasons a text names however it uses the word ("winter pressures"): enough to support a
 * rewrite's "over the winter". ("spring" and "fall" are other words as often.)
 */
export function seasonsNamed(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => /^(summer|autumn|winter)$/.test(t.lower)).map((t) => `season:${t.lower}`);
}
/** "fall" is the American "autumn". */
const season = (word: string) => (word === 'fall' ? 'autumn' : word);

/** The month (1–12) `step` months after (or, negative, before) month `month`: monthFrom(1, -1) is 12. */
export function monthFrom(month: number, step: number): number {
  return ((((month - 1 + step) % 12) + 12) % 12) + 1;
}

/** The kind of a key ("weekday", "year", ...), used to pair a changed date with its original. */
export function keyType(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

/**
 * The hour of a 24-hour clock for an hour read with "am" or "pm" (`ap` 'a' or 'p'; other values
 * leave it as written): "12.01am" is 00:01, "12.30pm" 12:30, "3pm" 15:00.
 */
function clockHour(hour: number, ap: string | undefined): number {
  if (ap === 'p') return hour < 12 ? hour + 12 : hour;
  if (ap === 'a') return hour === 12 ? 0 : hour;
  return hour;
}

/**
 * The months of a part of the year a sentence names by its place in it: "the second quarter"
 * (April to June), "Q3", "the first three months of the year", "the second half". A rewrite that
 * gives the part's first and last months ("the April–June quarter") names the same stretch; the
 * date rule reads them only beside such a rewrite ("the second half" of a match is never told as
 * "July to December").
 */
export function partsOfYear(tokens: readonly Token[]): ReadonlyArray<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  tokens.forEach((t, i) => {
    const q = /^q([1-4])$/.exec(t.lower);
    if (q) out.push([3 * Number(q[1]) - 2, 3 * Number(q[1])]);
    const next = tokens[i + 1]?.lower;
    const place = /^(last|final)$/.test(t.lower) ? 'last' : ordinalOf(t);
    if (place === null) return;
    if (next === 'quarter' || next === 'half') {
      const parts = next === 'quarter' ? 4 : 2, size = 12 / parts;
      const n = place === 'last' ? parts : place;
      if (n >= 1 && n <= parts) out.push([size * (n - 1) + 1, size * n]);
      return;
    }
    // "the first three months of the year", "the last six months of 2024".
    const count = countBefore(tokens[i + 1]);
    if (count === null || count < 1 || count > 11 || tokens[i + 2]?.lower !== 'months' || tokens[i + 3]?.lower !== 'of') return;
    if (place === 'last') out.push([13 - count, 12]);
    else if (place === 1) out.push([1, count]);
  });
  return out;
}

/**
 * The lengths of time between the dates a sentence names, in days, months and years: "began on
 * Sunday … early on Wednesday" is three days apart (or four, read the other way round),
 * "between January 2022 and June 2024" 29 months (30 counting both ends).
 */
export function lengthsBetween(dates: readonly DateMention[]): { hours: ReadonlySet<number>; days: ReadonlySet<number>; months: ReadonlySet<number>; years: ReadonlySet<number> } {
  const hours = new Set<number>(), days = new Set<number>(), months = new Set<number>(), years = new Set<number>();
  const read = (d: DateMention) => {
    const key = (type: string) => d.keys.find((k) => keyType(k) === type)?.slice(type.length + 1);
    const md = key('monthday')?.split('-').map(Number);
    const month = md ? md[0] : key('month') !== undefined ? Number(key('month')) : undefined;
    const year = key('year') !== undefined ? Number(key('year')) : undefined;
    const weekday = key('weekday');
    return { day: md?.[1], month, year, weekday: weekday === undefined ? undefined : WEEKDAYS.indexOf(weekday) };
  };
  const all = dates.map(read);
  // A clock time names the hour of the day told next to it ("09:00 on Thursday 10 July",
  // "Monday 14 July at 18:00"): between two such, a length in hours ("105 hours in all").
  const clock = (i: number) => {
    const time = dates[i]?.keys.find((k) => keyType(k) === 'time');
    if (!time) return undefined;
    const [h, m] = time.slice(5).split(':').map(Number);
    return Number.isNaN(h) ? undefined : h! + (m ?? 0) / 60;
  };
  const timed: number[] = [];
  all.forEach((d, i) => {
    if (d.day === undefined || d.month === undefined) return;
    // (The time before it, with at most a weekday between, or the one right after it.)
    const before = clock(i - 1) ?? (all[i - 1]?.weekday !== undefined ? clock(i - 2) : undefined);
    const hour = before ?? clock(i + 1);
    if (hour !== undefined) timed.push(Date.UTC(d.year ?? 2001, d.month - 1, d.day) / 3600000 + hour);
  });
  for (let i = 0; i < timed.length; i++) for (let j = i + 1; j < timed.length; j++) hours.add(Math.round(Math.abs(timed[j]! - timed[i]!) * 60) / 60);
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!, b = all[j]!;
      if (a.weekday !== undefined && a.weekday >= 0 && b.weekday !== undefined && b.weekday >= 0 && a.weekday !== b.weekday) {
        days.add((b.weekday - a.weekday + 7) % 7);
        days.add((a.weekday - b.weekday + 7) % 7);
      }
      if (a.month !== undefined && b.month !== undefined) {
        // (A date without a year is in the other's year, or both in one year.)
        const ya = a.year ?? b.year, yb = b.year ?? a.year;
        const ma = (ya ?? 0) * 12 + a.month - 1, mb = (yb ?? 0) * 12 + b.month - 1;
        const gap = Math.abs(mb - ma);
        if (a.day !== undefined && b.day !== undefined) {
          const ta = Date.UTC(ya ?? 2001, a.month - 1, a.day), tb = Date.UTC(yb ?? 2001, b.month - 1, b.day);
          days.add(Math.round(Math.abs(tb - ta) / 86400000));
        }
        if (gap > 0) {
          months.add(gap);
          months.add(gap + 1);
        }
      }
      if (a.year !== undefined && b.year !== undefined && a.year !== b.year) {
        years.add(Math.abs(b.year - a.year));
        years.add(Math.abs(b.year - a.year) + 1);
      }
    }
  }
  return { hours, days, months, years };
}
