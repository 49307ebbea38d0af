// How often something happens, told as a period: "every two weeks", "every other week",
// "fortnightly", "once a month", "three times a day", "hourly". Read as the length of time between
// two occurrences, in days, so that "every two weeks" = "fortnightly" = "every other week" and
// "twice a day" = "every 12 hours".
import type { Token } from '../tokens';
import { NUMBER_WORDS } from '../lexicon';

export interface FrequencyMention {
  /** Token index range [first, last] in the list given. */
  readonly first: number;
  readonly last: number;
  /** Days between two occurrences. */
  readonly period: number;
  /** Told as every other one ("every other week", "every second Sunday", "alternate weeks"). */
  readonly alternate: boolean;
  /**
   * How it is told: as the time between occurrences ("every 20 minutes"), as a count of things
   * in each unit of time ("three trains an hour", which may be any amount of anything, "120
   * patients a day"), or otherwise ("weekly", "twice a day").
   */
  readonly told?: 'between' | 'count';
}

/** Units of time a frequency counts in, in days. */
const UNIT_DAYS: Readonly<Record<string, number>> = {
  minute: 1 / 1440, hour: 1 / 24, day: 1, night: 1, week: 7, fortnight: 14, month: 30.44, quarter: 91.31, year: 365.25,
  // A named day comes round once a week.
  monday: 7, tuesday: 7, wednesday: 7, thursday: 7, friday: 7, saturday: 7, sunday: 7, weekend: 7,
};

/** Adverbs (and adjectives) of frequency: "weekly", "a fortnightly service". */
const FREQUENCY_WORDS: Readonly<Record<string, number>> = {
  hourly: 1 / 24, daily: 1, nightly: 1, weekly: 7, fortnightly: 14, biweekly: 14, monthly: 30.44, bimonthly: 60.88, quarterly: 91.31,
  annually: 365.25, yearly: 365.25, annual: 365.25, biannually: 182.6, biennially: 730.5,
};

/** "once", "twice", "three times": how many occurrences in the unit that follows. */
function timesAt(tokens: readonly Token[], i: number): { count: number; last: number } | null {
  const t = tokens[i]!;
  if (t.lower === 'once') return { count: 1, last: i };
  if (t.lower === 'twice') return { count: 2, last: i };
  if (t.lower === 'thrice') return { count: 3, last: i };
  if (tokens[i + 1]?.lower !== 'times') return null;
  const n = /^\d+$/.test(t.lower) ? Number(t.lower) : NUMBER_WORDS.get(t.lower);
  return n ? { count: n, last: i + 1 } : null;
}

function unitDays(word: string | undefined): number | undefined {
  if (!word) return undefined;
  return UNIT_DAYS[word] ?? UNIT_DAYS[word.replace(/s$/, '')];
}

const memo = new WeakMap<readonly Token[], readonly FrequencyMention[]>();

export function findFrequencies(tokens: readonly Token[]): readonly FrequencyMention[] {
  let found = memo.get(tokens);
  if (!found) memo.set(tokens, (found = readFrequencies(tokens)));
  return found;
}

/** A count as a figure or a word ("3", "three"), or undefined. */
function countAt(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  return /^\d+$/.test(t.lower) ? Number(t.lower) : NUMBER_WORDS.get(t.lower);
}

/** Words that set a second frequency against the one just told: "every 20 minutes instead of every 15". */
const CONTRASTED = /^(instead of|rather than|compared with|compared to|down from|up from|from|than)$/;

function readFrequencies(tokens: readonly Token[]): FrequencyMention[] {
  const out: FrequencyMention[] = [];
  // The unit of the last frequency told, and whether it counted the unit's occurrences ("three
  // an hour") or the units between them ("every 20 minutes"): a contrasted bare count after it
  // ("instead of four", "instead of every 15") is told in the same unit.
  let told: { days: number; perUnit: boolean; last: number } | null = null;
  const push = (m: FrequencyMention, days: number | null, perUnit: boolean) => {
    out.push(m);
    told = days === null ? null : { days, perUnit, last: m.last };
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "three trains an hour", "40 buses per hour": a count of things in each unit of time.
    const n = countAt(t);
    if (n) {
      let k = i + 1;
      while (k <= i + 2 && tokens[k]?.pos === 'NOUN' && unitDays(tokens[k]!.lower) === undefined) k++;
      const days = k > i + 1 && /^(a|an|per|each|every)$/.test(tokens[k]?.lower ?? '') ? unitDays(tokens[k + 1]?.lower) : undefined;
      if (days !== undefined) {
        push({ first: i, last: k + 1, period: days / n, alternate: false, told: 'count' }, days, true);
        i = k + 1;
        continue;
      }
      // "seven days a week", "five nights a week": a count of days in a longer unit of time is
      // how often, as "every day" and "five times a week" are. (Not of hours or minutes: "20
      // minutes a day" is how long.)
      const shorter = /^(days?|nights?)$/.test(tokens[i + 1]?.lower ?? '') ? 1 : undefined;
      const longer = /^(a|an|per)$/.test(tokens[i + 2]?.lower ?? '') ? unitDays(tokens[i + 3]?.lower) : undefined;
      if (shorter !== undefined && longer !== undefined && longer > shorter && n * shorter <= longer) {
        push({ first: i, last: i + 3, period: longer / n, alternate: false }, null, false);
        i += 3;
        continue;
      }
    }
    // "… instead of four", "… instead of every 15": the contrasted count in the unit just told.
    if (told !== null) {
      const prior: { days: number; perUnit: boolean; last: number } = told;
      const gap = tokens.slice(prior.last + 1, i).map((x) => x.lower).join(' ');
      const every = t.lower === 'every' ? 1 : 0;
      const count = countAt(tokens[i + every]);
      const after = tokens[i + every + 1];
      if (CONTRASTED.test(gap) && count && !(prior.perUnit && every) && (!after || (after.pos !== 'NOUN' && unitDays(after.lower) === undefined && !/^(a|an|per|each|every|times)$/.test(after.lower)))) {
        push({ first: i, last: i + every, period: prior.perUnit ? prior.days / count : prior.days * count, alternate: false, told: prior.perUnit ? 'count' : 'between' }, null, false);
        i += every;
        continue;
      }
    }
    const word = FREQUENCY_WORDS[t.lower];
    // ("the annual report" names a report, not how often; only the adverbs and "a weekly" before a noun count.)
    if (word !== undefined && (t.lower !== 'annual' || /^(an)$/.test(tokens[i - 1]?.lower ?? ''))) {
      // "half-hourly", "twice-weekly", "three-weekly": a count joined to it by a hyphen.
      const joined = tokens[i - 1]?.text === '-' && tokens[i - 1]!.end === t.start ? tokens[i - 2] : undefined;
      const n = joined ? (/^\d+$/.test(joined.lower) ? Number(joined.lower) : NUMBER_WORDS.get(joined.lower)) : undefined;
      // "twice daily", "three times weekly": a count of times before it shares out its period.
      const times = [i - 1, i - 2].find((k) => k >= 0 && timesAt(tokens, k)?.last === i - 1) ?? -1;
      const counted = times >= 0 ? timesAt(tokens, times) : null;
      if (joined && /^(half|twice)$/.test(joined.lower)) out.push({ first: i - 2, last: i, period: word / 2, alternate: false });
      else if (joined && n) out.push({ first: i - 2, last: i, period: word * n, alternate: false });
      else if (counted) out.push({ first: times, last: i, period: word / counted.count, alternate: false });
      else out.push({ first: i, last: i, period: word, alternate: false });
      continue;
    }
    // "every week", "every two weeks", "every other week", "every second Sunday", "each month".
    if (/^(every|each)$/.test(t.lower)) {
      let k = i + 1;
      let count = 1;
      let alternate = false;
      const n = tokens[k];
      if (n && /^(other|second|alternate)$/.test(n.lower)) { count = 2; alternate = true; k++; }
      else if (n && n.lower === 'third') { count = 3; alternate = true; k++; }
      else if (n && (/^\d+$/.test(n.lower) || NUMBER_WORDS.has(n.lower)) && tokens[k + 1] && unitDays(tokens[k + 1]!.lower) !== undefined) {
        count = /^\d+$/.test(n.lower) ? Number(n.lower) : NUMBER_WORDS.get(n.lower)!;
        k++;
      }
      let days = unitDays(tokens[k]?.lower);
      // ("every quarter of an hour", "every half hour": a part of an hour.)
      if (/^(quarter|half)$/.test(tokens[k]?.lower ?? '')) {
        const hour = tokens[k + 1]?.lower === 'hour' ? k + 1 : tokens[k + 1]?.lower === 'of' && tokens[k + 3]?.lower === 'hour' ? k + 3 : -1;
        if (hour >= 0) { days = (tokens[k]!.lower === 'quarter' ? 0.25 : 0.5) / 24; k = hour; }
        else if (tokens[k]!.lower === 'half') days = undefined;
      }
      if (days !== undefined && count > 0) {
        push({ first: i, last: k, period: days * count, alternate, told: 'between' }, days, false);
        i = k;
      }
      continue;
    }
    // "alternate weeks", "on alternate Sundays".
    if (t.lower === 'alternate' && unitDays(tokens[i + 1]?.lower) !== undefined) {
      out.push({ first: i, last: i + 1, period: unitDays(tokens[i + 1]!.lower)! * 2, alternate: true });
      i++;
      continue;
    }
    // "once a week", "twice a day", "three times a month", "four times per year".
    const times = timesAt(tokens, i);
    if (times && /^(a|an|per|each|every)$/.test(tokens[times.last + 1]?.lower ?? '')) {
      const days = unitDays(tokens[times.last + 2]?.lower);
      if (days !== undefined) {
        out.push({ first: i, last: times.last + 2, period: days / times.count, alternate: false });
        i = times.last + 2;
      }
    }
  }
  return out;
}
