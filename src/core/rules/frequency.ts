// How often, changed: "every other week" -> "every week", "fortnightly" -> "weekly", "twice a
// day" -> "every hour". Each side's frequencies are read as periods (mentions/frequencies.ts), so
// "every two weeks" = "fortnightly" = "every other week" stays quiet however it is worded. A
// change of how often is a change of scope when one side tells it as every other one ("every
// other week" / "every week"), and of a number otherwise.
import { claim, replacement, spanOf, type PairRule, type RawFinding } from '../context';
import { findFrequencies, type FrequencyMention } from '../mentions/frequencies';

/** Periods this close are one ("monthly" / "every 30 days"). */
const SAME_PERIOD = 0.05;

export const frequencyRule: PairRule = (ctx) => {
  const rewrite = findFrequencies(ctx.rTok);
  if (rewrite.length === 0) return [];
  const source = findFrequencies(ctx.sTok);
  if (source.length === 0) return [];
  const out: RawFinding[] = [];
  // Paired by the aligned words: a word of the mention, or the word it describes, matched with
  // one of the source mention's ("a daily that sells …" / "a daily with sales of …"); or, one
  // a side, the one with the other.
  const touches = (r: FrequencyMention, s: FrequencyMention) => [r.first - 1, ...span(r), r.last + 1].some((i) => {
    const j = ctx.match.rToS[i] ?? -1;
    return j >= s.first - 1 && j <= s.last + 1;
  });
  // (The same period in other words first, wherever it moved: "every six months instead of once
  // a year" / "twice a year rather than annually". Claimed, so that the figure of "every 12
  // hours" is not read as an amount the source never gives: "twice a day".)
  const same = (r: FrequencyMention, s: FrequencyMention) => Math.abs(r.period - s.period) <= SAME_PERIOD * Math.max(r.period, s.period);
  const used = new Set<FrequencyMention>();
  const take = (r: FrequencyMention, s: FrequencyMention) => {
    claim(ctx, span(r));
    for (const i of span(s)) ctx.claimedSource.add(i);
  };
  const left = rewrite.filter((r) => {
    const s = source.find((x) => !used.has(x) && same(r, x));
    if (!s) return true;
    used.add(s);
    take(r, s);
    return false;
  });
  left.forEach((r) => {
    const free = source.filter((x) => !used.has(x));
    const s = free.find((x) => touches(r, x)) ?? (left.length === 1 && free.length === 1 ? free[0] : undefined);
    if (!s) return;
    // (A count of things in each unit of time is a frequency only against the time between two
    // of them, "three trains an hour" / "every 20 minutes"; against another frequency it is the
    // amount of something, "120 patients a day" / "daily clinics".)
    if ((r.told === 'count' || s.told === 'count') && r.told !== 'between' && s.told !== 'between') return;
    used.add(s);
    if (span(r).some((i) => ctx.claimed.has(i))) return;
    take(r, s);
    const kind = r.alternate || s.alternate ? 'quantifier' : 'number';
    out.push(replacement(ctx, kind, 'Frequency', spanOf(ctx.rTok.slice(r.first, r.last + 1)), spanOf(ctx.sTok.slice(s.first, s.last + 1))));
  });
  return out;
};

function span(m: FrequencyMention): number[] {
  return Array.from({ length: m.last - m.first + 1 }, (_v, k) => m.first + k);
}
