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

function readFrequencies(tokens: readonly Token[]): FrequencyMention[] {
  const out: FrequencyMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
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
        out.push({ first: i, last: k, period: days * count, alternate });
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
