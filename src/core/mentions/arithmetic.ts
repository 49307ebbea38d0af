// Amounts a sub-editor works out from the source's: "rose by 2,100 to 19,400" told as "climbed
// from 17,300 to 19,400", "three of its seven libraries" as "which would leave four open", "96 of
// the 240 homes" as "40 per cent of the homes", "half of the 600 pickers" as "300 of the 600",
// "a third less" as "two-thirds of". The figure is new words for what the source states, so it is
// neither a changed number nor an added detail.
import { countedAfter, isMoney, periodOfRate, periodRatio, periodsIn, sameAmount, valueIn, type NumberMention } from './numbers';
import { NUMBER_WORDS } from '../lexicon';
import type { Token } from '../tokens';
import type { DependencyParse } from '../syntax/parser';

/**
 * How many arcs of the parse lie between the nearest words of two amounts (Infinity in different
 * sentences): "risen by 2,100 to 19,400" puts both on one verb, two arcs apart.
 */
function arcsBetween(parse: DependencyParse, a: NumberMention, b: NumberMention): number {
  const up = (i: number) => { const path = [i]; for (let h = parse.heads[i]!; h >= 0 && path.length < 64; h = parse.heads[h]!) path.push(h); return path; };
  let best = Infinity;
  for (let i = a.first; i <= a.last; i++) {
    const pa = up(i);
    for (let j = b.first; j <= b.last; j++) {
      const pb = up(j);
      const k = pa.findIndex((x) => pb.includes(x));
      if (k >= 0) best = Math.min(best, k + pb.indexOf(pa[k]!));
    }
  }
  return best;
}

/** The source's amounts an edit could have worked a figure out from. */
export interface SourceAmounts {
  /** The amounts of the sentence(s) the figure's sentence was rewritten from, over `tokens`. */
  readonly near: readonly NumberMention[];
  readonly tokens: readonly Token[];
  readonly parse: () => DependencyParse;
  /** Every amount of the source, and the noun each counts (`countedAfter`). */
  readonly all: readonly NumberMention[];
  readonly countedIn: (m: NumberMention) => string | undefined;
  /** The noun the rewrite's figure counts. */
  readonly figureCounts: string | undefined;
  /**
   * Whether either side tells the figure as what is left of a whole ("the remaining 550", "the
   * rest were passengers"): then the whole may be told in another sentence of the source.
   */
  readonly remainder: boolean;
  /** Whether the figure is a difference told by a comparison ("three more than her final margin"). */
  readonly difference: boolean;
  /** The period the figure is told per, where it is a rate ("220 a day": day). */
  readonly period?: string;
  /** Whether the figure is a ratio of two counts ("four people for every ticket"). */
  readonly ratio?: boolean;
  /** Whether the figure is a multiple of one amount by another ("more than six times the £6m"). */
  readonly multiple?: boolean;
}

/**
 * The noun a count counts: the one it is a number of ("four officers"), or the one its "of"
 * names ("one of their hackers", "three of its libraries").
 */
function countedNoun(parse: DependencyParse, tokens: readonly Token[], m: NumberMention): string | undefined {
  // (A measure's noun is its unit: "1.10 euros per kilo" counts no kilos.)
  if (m.unit !== null) return undefined;
  for (let i = m.first; i <= m.last; i++) {
    const h = parse.heads[i]!;
    if (parse.labels[i] === 'nummod' && h >= 0 && tokens[h]!.pos === 'NOUN') return tokens[h]!.lemma;
  }
  for (let j = m.last + 1; j < tokens.length; j++) {
    if (parse.heads[j] >= m.first && parse.heads[j] <= m.last && parse.labels[j] === 'nmod' && tokens[j]!.pos === 'NOUN') return tokens[j]!.lemma;
  }
  return undefined;
}

/** Whether a figure is `x` as precisely as it is written ("1.9 years", "40 per cent"); a share in words is round. */
function comesToValue(m: NumberMention, x: number): boolean {
  const v = m.value!;
  const decimals = Number.isInteger(v) ? 0 : Math.min(String(v).split('.')[1]!.length, 6);
  return Math.abs(x - v) <= 0.5 * 10 ** -decimals + 1e-9 * v || (m.unit === '%' && decimals > 2 && Math.abs(x - v) <= 0.02 * v);
}

/**
 * Whether a hedged or bounded share allows `x` per cent: "just over half" for 52.5%, "more than
 * a third" for 36%, "almost 60%" for 58%. (Near the share only, within a few points: a bound is
 * not read as anything past it; and a hedged count or sum is no share, a small addend would
 * pass within its hedge.)
 */
function hedgedShareFits(m: NumberMention, x: number): boolean {
  if (m.unit !== '%') return false;
  const v = m.value!;
  switch (m.qualifier) {
    case 'about': return Math.abs(x - v) <= 3;
    case 'almost': return x <= v && x >= v - 3;
    case 'at-least': return x >= v && x <= v + 5;
    case 'at-most': return x <= v && x >= v - 5;
    default: return false;
  }
}

/**
 * Whether a figure is `x` the way an editor rounds or hedges what a product or a quotient comes
 * to: a round figure for what rounds to it at its last digit, within 2% ("5,300" for 5,320,
 * "8,000" for 8,040), a hedged one for what its hedge allows ("roughly 1.3 billion" for 1.33
 * billion, "over four" for 4.3). (Not for a sum or a difference: a small addend would pass as
 * rounding.)
 */
function roundedFits(m: NumberMention, x: number): boolean {
  const v = m.value!;
  if (comesToValue(m, x) || hedgedShareFits(m, x)) return true;
  if (m.unit === '%') return false;
  switch (m.qualifier) {
    case 'about': return Math.abs(x - v) <= 0.05 * v;
    case 'almost': return x <= v && x >= 0.9 * v;
    case 'at-least': return x >= v && x <= 1.25 * v;
    case 'at-most': return x <= v && x >= 0.8 * v;
  }
  // (Within 2%: "£2m a month" is no rounding of £1.5m.)
  const zeros = Number.isInteger(v) && v >= 100 ? /0*$/.exec(String(v))![0].length : 0;
  return zeros > 0 && Math.abs(x - v) <= Math.min(0.5 * 10 ** zeros, 0.02 * v);
}

/** Whether `count` is `share` of `whole` ("half of the 600 pickers" = "300"), in `count`'s unit. */
export function comesTo(count: NumberMention, share: NumberMention, whole: NumberMention, fit: (m: NumberMention, x: number) => boolean = comesToValue): boolean {
  if (count.value === null || share.value === null || share.unit !== '%' || count.unit === '%' || whole.unit === '%') return false;
  const w = valueIn(whole, count.unit);
  return w !== null && fit(count, (share.value / 100) * w);
}

/** Whether a figure is told as a multiple: "six times the £6m", "three times as many". */
export function multipleAfter(tokens: readonly Token[], m: NumberMention): boolean {
  return m.unit === null && tokens[m.last + 1]?.lower === 'times';
}

/**
 * Whether a count is told for each one of another thing: "four people for every ticket", "two
 * nurses to each ward", "three beds per nurse" (a rate per a unit of time is a period, not this).
 */
export function ratioAfter(tokens: readonly Token[], m: NumberMention): boolean {
  for (let k = m.last + 1; k <= m.last + 3 && k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if ((w === 'for' || w === 'to') && /^(every|each)$/.test(tokens[k + 1]?.lower ?? '')) return true;
    if (w === 'per') return tokens[k + 1]?.pos === 'NOUN' && !periodOfRate(tokens, { ...m, last: k - 1 });
    if (tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'ADJ') return false;
  }
  return false;
}

/** Words that name a year as the period a total is told over: "last year", "this year", "in 2024". */
function overAYear(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => (t.lower === 'year' && /^(last|this|that|previous|past)$/.test(tokens[i - 1]?.lower ?? '')) ||
    (/^\d{4}$/.test(t.lower) && tokens[i - 1]?.lower === 'in'));
}

/** Verbs that tell a change as a multiple, with the factor each multiplies by: "doubled", "has halved". */
export const MULTIPLYING_VERBS: Readonly<Record<string, number>> = { halve: 1 / 2, double: 2, triple: 3, treble: 3, quadruple: 4 };

/**
 * The amount at the other end of a change a multiplying verb tells with "to" or "from" right
 * before the amount ("doubled to 40": from 20; "halved from 80": to 40), or undefined.
 */
function otherEndOfMultiple(tokens: readonly Token[], m: NumberMention): number | undefined {
  const marker = tokens[m.qualifierFirst - 1]?.lower;
  const factor = MULTIPLYING_VERBS[tokens[m.qualifierFirst - 2]?.lemma ?? ''];
  if (factor === undefined || (marker !== 'to' && marker !== 'from')) return undefined;
  return marker === 'to' ? m.value! / factor : m.value! * factor;
}

/** The multiple "twice as many as", "three times as much as" right after an amount tells of it against another's; undefined where none does. */
function multipleOfOther(tokens: readonly Token[], m: NumberMention): number | undefined {
  let k = m.last + 1;
  while (k <= m.last + 3 && (tokens[k]?.pos === 'NOUN' || tokens[k]?.text === ',')) k++;
  const factor = tokens[k]?.lower === 'twice' ? 2 : tokens[k + 1]?.lower === 'times' ? NUMBER_WORDS.get(tokens[k]!.lower) ?? (/^\d+$/.test(tokens[k]!.text) ? Number(tokens[k]!.text) : undefined) : undefined;
  const at = tokens[k]?.lower === 'twice' ? k + 1 : k + 2;
  return factor !== undefined && factor > 1 && tokens[at]?.lower === 'as' && /^(many|much)$/.test(tokens[at + 1]?.lower ?? '') && tokens[at + 2]?.lower === 'as' ? factor : undefined;
}

/** A measure told as a gap by a comparison after it: "52 seconds faster than", "£3 more than". */
function comparedBy(tokens: readonly Token[], m: NumberMention): boolean {
  const next = tokens[m.last + 1];
  return !!next && /^(ADJ|ADV)$/.test(next.pos) && (/er$/.test(next.lower) || /^(more|less|fewer)$/.test(next.lower)) && tokens[m.last + 2]?.lower === 'than';
}

/**
 * Whether `r`'s value is one step of arithmetic over two of the source's amounts, one of them in
 * the sentence it was rewritten from, the other anywhere in the source: their sum or difference
 * in `r`'s unit, one as a share of the other, a share's complement, or a share of a whole.
 * `stated` are the amounts of `r`'s own sentence.
 */
export function workedOutFrom(r: NumberMention, source: SourceAmounts, stated: readonly NumberMention[]): boolean {
  if (r.value === null || r.value <= 0 || r.unit === 'ordinal') return false;
  const fits = (x: number) => comesToValue(r, x) || hedgedShareFits(r, x);
  const amounts = (ms: readonly NumberMention[]) => ms.filter((m) => m.value !== null && m.unit !== 'ordinal');
  const kept = (m: NumberMention) => stated.some((x) => x !== r && sameAmount(x, m));
  // Two amounts one clause tells together ("by 2,100 to 19,400", "three of its seven"), or that
  // the rewrite states beside the figure ("1.2 billion – 800 million less than the 2 billion"):
  // amounts told apart are separate facts, and amounts of different things ("four officers and
  // one hacker") have no difference worth telling.
  const together = (a: NumberMention, b: NumberMention) => {
    const p = source.parse();
    const na = countedNoun(p, source.tokens, a);
    const nb = countedNoun(p, source.tokens, b);
    // (A figure the rewrite tells as a difference, "2,800 more applicants than places", "flew
    // 612,000, 93,000 fewer than in 2022", is one beside either amount it is worked out from.)
    if (source.difference && (kept(a) || kept(b))) return true;
    return !(na && nb && na !== nb) && (arcsBetween(p, a, b) <= 4 || (kept(a) && kept(b)));
  };
  const near = amounts(source.near);
  const all = amounts(source.all);
  const rounded = (x: number) => roundedFits(r, x);
  const period = source.period;
  if (period) {
    for (const a of near) {
      if (a.unit !== r.unit) continue;
      // A rate told per another period: "190 million litres a day" = "roughly 1.3 billion a week".
      const per = periodOfRate(source.tokens, a);
      const ratio = per && per !== period ? periodRatio(period, per) : null;
      if (ratio !== null && rounded(a.value! * ratio)) return true;
      if (per) continue;
      // A total over the length of time it took, told as a rate: "1,100 deaths over five days" =
      // "an average of 220 a day", "96,000 cars last year" = "about 8,000 a month".
      if (near.some((b) => { const n = periodsIn(b, period); return b !== a && n !== null && n > 1 && together(a, b) && rounded(a.value! / n); })) return true;
      const months = periodRatio('year', period);
      if (months !== null && months > 1 && overAYear(source.tokens) && rounded(a.value! / months)) return true;
    }
  }
  // One count for every one of another ("900,000 people … about 210,000 tickets" = "over four
  // people for every ticket"). (Counts of two things, so told together by the parse or by the
  // rewrite's keeping both.)
  const told = (a: NumberMention, b: NumberMention) => (kept(a) && kept(b)) || arcsBetween(source.parse(), a, b) <= 4;
  // (Or an amount for each one of a count: "£2.4 million on 12 new buses" = "£200,000 for each bus".)
  if (source.ratio && near.some((a) => a.unit === r.unit && near.some((b) => b !== a && b.unit === null && b.value! > 0 && (a.unit !== null || a.value! > b.value!) && told(a, b) && rounded(a.value! / b.value!)))) return true;
  // One amount as a multiple of another of its unit, the one told beside the figure, the other
  // anywhere in the source: "£38m, more than six times the £6m Northgate paid in 2022".
  // (Either way round: the sentence rewritten may be the one with the smaller amount.)
  if (source.multiple && near.some((a) => a.unit !== null && a.value! > 0 && all.some((b) => b.unit === a.unit && b.value! > 0 && b.value !== a.value && (kept(a) || kept(b)) &&
    rounded(Math.max(a.value!, b.value!) / Math.min(a.value!, b.value!))))) return true;
  // The rest of a whole split in shares, the share taken told elsewhere ("Redgum holds 70 per
  // cent. The remaining stake is owned by …" / "holds the other 30%").
  if (source.remainder && r.unit === '%' && all.some((b) => b.unit === '%' && b.value! < 100 && fits(100 - b.value!))) return true;
  const from = (m: NumberMention) => source.tokens[m.qualifierFirst - 1]?.lower === 'from';
  for (const a of near) {
    // A share's complement: "a third less than" = "two-thirds of".
    if (r.unit === '%' && a.unit === '%' && a.value! < 100 && fits(100 - a.value!)) return true;
    // A rate over the length of time it runs for: "£1.5 million a year … for 25 years" = "£37.5
    // million in all".
    const period = r.unit === a.unit ? periodOfRate(source.tokens, a) : undefined;
    if (period && near.some((b) => { const n = periodsIn(b, period); return n !== null && n > 1 && fits(a.value! * n) && together(a, b); })) return true;
    // The other end of a change told as a multiple: "doubled to £40,000" starts from £20,000,
    // "halved from 80" ends at 40.
    const other = otherEndOfMultiple(source.tokens, a);
    if (other !== undefined && fits(other)) return true;
    // And the other party's amount of a comparison by a multiple: "42 winners, twice as many as
    // Ibáñez" gives her 21.
    const times = multipleOfOther(source.tokens, a);
    if (times !== undefined && fits(a.value! / times)) return true;
    for (const b of near) {
      if (b === a) continue;
      // (A bare figure told beside an amount is in its unit: "1.2 billion kroner … the 2 billion".)
      const unit = r.unit ?? a.unit ?? b.unit;
      const x = a.unit === null ? a.value : valueIn(a, unit);
      const y = b.unit === null ? b.value : valueIn(b, unit);
      // (A total of counts of different things the rewrite gives beside it is one: "243 people –
      // 212 passengers and 31 members of the crew".)
      if (x !== null && y !== null && ((fits(x + y) && (together(a, b) || (kept(a) && kept(b)))) || (fits(Math.abs(x - y)) && together(a, b)))) return true;
      // The change from one amount to the other as a share of the first: "fell from 4,800 to
      // 3,600" = "down by a quarter", "by 25%". (The first is the one "from" marks, wherever it
      // stands, "200,000, up from 150,000"; with none, the one told first.)
      const base = from(a) || (!from(b) && a.first < b.first);
      if (r.unit === '%' && a.unit === b.unit && a.unit !== '%' && base && a.value! > 0 && fits((100 * Math.abs(a.value! - b.value!)) / a.value!) && together(a, b)) return true;
    }
    for (const b of all) {
      if (b.value === a.value && b.unit === a.unit) continue;
      // The gap between a measure the rewrite states beside the figure and one of the same unit
      // the source gives in another sentence ("took 35 seconds off the previous record of
      // 2:22:15", the winning 2:21:40 told elsewhere), in the figure's unit ("87 cents above its
      // level at the start of the year", $3.48 now and $2.61 then). (Measures only: counts of
      // different things have no gap worth telling.)
      if (a.unit !== null && b.unit !== null && kept(a)) {
        const x = valueIn(a, r.unit), y = valueIn(b, r.unit);
        if (x !== null && y !== null && fits(Math.abs(x - y))) return true;
        // (And the other end of a gap the source tells by a comparison, "52 seconds faster than
        // the mark Tesfaye set", the winning 2:21:14 told elsewhere: the 2:22:06 she ran.)
        if (x !== null && y !== null && comparedBy(source.tokens, a) && fits(x + y)) return true;
      }
      // A further amount told from another ("Romania took bronze, a further 1.2 seconds back", the
      // winners 0.4 seconds ahead of the second): the figure from the first ("1.6 seconds adrift
      // of the winners") is the two together.
      if (a.unit !== null && b.unit === a.unit && r.unit === a.unit && /^(further|another|additional)$/.test(source.tokens[a.qualifierFirst - 1]?.lower ?? '') && fits(a.value! + b.value!)) return true;
      // (Or counts of the one thing the figure counts: "dropped six turbines from its original
      // 18", the 12-turbine farm told in another sentence.)
      if (kept(a) && a.unit === null && b.unit === null && r.unit === null && source.figureCounts !== undefined && source.countedIn(b) === source.figureCounts && !near.some((x) => x.value === b.value) &&
        (countedAfter(source.tokens, a) ?? source.figureCounts) === source.figureCounts && fits(Math.abs(a.value! - b.value!))) return true;
      // (Or the difference a comparison tells between two counts of one thing: "a margin of 12
      // votes" here, "won by nine votes" in another sentence / "12 votes – three more than her
      // final margin".)
      if (source.difference && kept(a) && a.unit === null && b.unit === null && source.countedIn(b) !== undefined && countedAfter(source.tokens, a) === source.countedIn(b) &&
        fits(Math.abs(a.value! - b.value!))) return true;
      // What is left of a whole the source gives elsewhere ("the first 600 jobs" of "1,150
      // jobs" / "the remaining 550"): a part taken from a larger count.
      if (source.remainder && a.unit === b.unit && a.value! < b.value! && fits(b.value! - a.value!)) return true;
      // One count as a share of a larger one ("96 of the 240 homes" = "40 per cent", "one
      // vacancy in five" = "20%"), or a sum of money as a share of a larger sum the rewrite keeps
      // beside it ("£11m – two-thirds of the cost", the £16.5m scheme told elsewhere). (Not a
      // length of time or a sum of money over another thing: that is a rate, not a share.)
      if (r.unit === '%' && ((a.unit === null && b.unit === null) || (kept(a) && a.unit !== null && a.unit === b.unit && isMoney(a.unit)))) {
        const [part, whole] = a.value! < b.value! ? [a.value!, b.value!] : [b.value!, a.value!];
        if (part > 0 && fits((100 * part) / whole)) return true;
      }
      // A share of a whole ("half of the 600" = "300").
      const share = a.unit === '%' ? a : b.unit === '%' ? b : undefined;
      if (share && comesTo(r, share, share === a ? b : a, roundedFits)) return true;
    }
  }
  return false;
}
