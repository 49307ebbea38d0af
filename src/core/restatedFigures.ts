// A rewrite sentence that only restates figures the source gives, so it is not unsupported
// however few words it shares with any source sentence:
// - a split-off piece of a source sentence, told in other words around the same figures and
//   dates ("It starts at one minute past midnight on Friday, the eighteenth of July." from
//   "… will impose a hosepipe ban … from 00:01 on Friday 18 July"; "It will cost a hundred and
//   eighty-five million pounds." from "the £185 million scheme");
// - a sum worked out from the figures just told ("… forty-one per cent full … the five-year
//   average is sixty-eight per cent. That's twenty-seven percentage points short.";
//   "… a hundred and ninety million litres a day. That's roughly one point three billion litres
//   every week.").
// Either tells no claim beyond its figures: a sentence with more words of its own than a verb or
// an adjective around them is a claim, and is left to be reported.
import { multipleAfter, ratioAfter, workedOutFrom } from './mentions/arithmetic';
import { findDates } from './mentions/dates';
import { countedAfter, findNumbers, periodOfRate, sameAmount, type NumberMention } from './mentions/numbers';
import type { Sentence } from './document';
import { syntaxOf } from './syntax/sentenceSyntax';
import { isContentToken } from './terms';
import type { Token } from './tokens';

/** At most this many content words outside the figures: "starts", "cost", "short". */
const OWN_WORDS = 1;

/** Words that point back at what was just told: "That's 27 points short", "This means …". */
const POINTING_BACK = /^(that|this|it|which)$/;

/** Whether a sentence opens by pointing back at what was just told ("That's eleven thousand more seats."). */
export function pointsBack(tokens: readonly Token[]): boolean {
  return POINTING_BACK.test(tokens.find((t) => t.isWord)?.lower ?? '');
}

/**
 * Whether figure `m` (of `tokens`) is worked out from the figures of sentence `from` alone, one
 * step of arithmetic over two of them told just before ("… from 21,000 to 32,000. That's
 * eleven thousand more seats."): a difference, a sum, a rate, a share. `stated` are the figures
 * the rewrite keeps beside it; `all` the source's, for a whole told elsewhere.
 */
export function workedOutFromSentence(m: NumberMention, tokens: readonly Token[], from: Sentence, stated: readonly NumberMention[], all: readonly NumberMention[] = []): boolean {
  return workedOutFrom(m, {
    near: findNumbers(from.tokens).filter((x) => x.value !== null), tokens: from.tokens, parse: () => syntaxOf(from.tokens), all,
    countedIn: () => undefined, figureCounts: countedAfter(tokens, m), remainder: false,
    // (Told right after the figures it is worked from: a difference of the two, like "short of".)
    difference: true,
    period: periodOfRate(tokens, m),
    ratio: ratioAfter(tokens, m),
    multiple: multipleAfter(tokens, m),
  }, stated);
}

/** The sentence's figures and dates, and its content words outside them. */
function figuresOf(r: Sentence): { numbers: readonly NumberMention[]; dateKeys: readonly (readonly string[])[]; own: number } {
  const numbers = findNumbers(r.tokens);
  const dates = findDates(r.tokens);
  const inside = new Set<number>();
  for (const m of [...numbers.map((n) => ({ first: n.qualifierFirst, last: n.last })), ...dates]) for (let k = m.first; k <= m.last; k++) inside.add(k);
  for (const m of numbers) {
    // (A rate's period, "a day", "every week", is part of the figure, and so is what it counts.)
    if (periodOfRate(r.tokens, m)) inside.add(m.last + 1).add(m.last + 2);
    if (r.tokens[m.last + 1]?.pos === 'NOUN') inside.add(m.last + 1);
  }
  const own = r.tokens.filter((t, k) => !inside.has(k) && isContentToken(t) && t.pos !== 'AUX').length;
  return { numbers, dateKeys: dates.map((d) => d.keys), own };
}

/**
 * Whether `r`, aligned with no source sentence, only retells figures and dates that one source
 * sentence states together, or works a figure out from those of the source sentences its
 * predecessor in the rewrite was aligned with (`previous`), over those sentences' amounts.
 */
export function restatesFigures(r: Sentence, source: readonly Sentence[], previous: readonly Sentence[], previousRewrite: Sentence | undefined): boolean {
  const { numbers, dateKeys, own } = figuresOf(r);
  if (numbers.length + dateKeys.length === 0 || own > OWN_WORDS) return false;
  const numbersOf = (s: Sentence) => findNumbers(s.tokens).filter((m) => m.value !== null);
  // A piece split off one source sentence: every figure and date of it in that sentence.
  const split = source.some((s) => {
    const theirs = numbersOf(s);
    const keys = new Set(findDates(s.tokens).flatMap((d) => d.keys));
    return numbers.every((m) => theirs.some((x) => sameAmount(m, x))) && dateKeys.every((ks) => ks.every((k) => keys.has(k)));
  });
  if (split) return true;
  // A figure worked out from the ones just told, pointed back at.
  if (!pointsBack(r.tokens) || numbers.length === 0 || dateKeys.length > 0 || previous.length === 0) return false;
  const all = source.flatMap(numbersOf);
  const stated = previousRewrite ? [...numbers, ...numbersOf(previousRewrite)] : numbers;
  return numbers.every((m) => previous.some((s) => workedOutFromSentence(m, r.tokens, s, stated, all)));
}
