// `date`: a date, day, year or time that differs from the source's.
import { claim, replacement, spanOf, type PairContext, type PairRule, type RawFinding } from '../context';
import type { Span } from '../types';
import type { Token } from '../tokens';
import { findDates, keyType, monthFrom, partsOfYear, seasonsNamed, type DateMention } from '../mentions/dates';
import { compareMentions, toldAroundAlike } from './pairMentions';
import { clockAsDurations, findNumbers, inSeconds } from '../mentions/numbers';
import { areOpposites, isSayingVerb, isTimeNoun } from '../wordnet';
import { syntaxOf } from '../syntax/sentenceSyntax';
import type { SentenceSyntax } from '../syntax/index';
import { areAntonyms, WEEKDAYS } from '../lexicon';

/** The source document's dates, each with its span in the source text (read once a document). */
function sourceDates(ctx: PairContext): readonly { readonly d: DateMention; readonly span: Span }[] {
  return ctx.memo('source-dates-located', () => ctx.source.sentences.flatMap((x) =>
    findDates(x.tokens).map((d) => ({ d, span: spanOf(x.tokens.slice(d.first, d.last + 1)) }))));
}

/**
 * The source's calendar, from the first day it dates with its weekday ("Friday, 7 March"): for a
 * weekday key, the days of the month it falls on within a week either way of that day; for a day
 * of that month, its weekday. Null when the source dates no day with its weekday.
 */
function sourceCalendar(ctx: PairContext): ((key: string) => string[]) | null {
  return ctx.memo('source-calendar', () => {
    const day = weekdayOfADay(ctx);
    if (!day) return null;
    const { weekday, month, date } = day;
    return (key: string) => {
      if (keyType(key) === 'weekday') {
        const step = [0, 1, 2, 3, 4, 5, 6].find((n) => weekdayFrom(weekday, n) === key);
        if (step === undefined) return [];
        return [date + step, date + step - 7].filter((d) => d >= 1 && d <= MONTH_DAYS[month - 1]!).map((d) => `monthday:${month}-${d}`);
      }
      const other = monthDayOf(key);
      if (!other || other[0] !== month || Math.abs(other[1] - date) > 13) return [];
      return [weekdayFrom(weekday, other[1] - date)!];
    };
  });
}

/**
 * The first source day whose weekday is known: one it dates with its weekday ("Friday, 7
 * March"), else one it dates with its year, whose weekday the calendar gives ("Issued: 14
 * January 2025" was a Tuesday).
 */
function weekdayOfADay(ctx: PairContext): { weekday: string; month: number; date: number } | null {
  const all = ctx.source.sentences.map((x) => findDates(x.tokens));
  for (const dates of all) {
    for (let k = 0; k + 1 < dates.length; k++) {
      const [a, b] = [dates[k]!, dates[k + 1]!];
      if (b.first > a.last + 2) continue;
      const weekday = [...a.keys, ...b.keys].find((key) => keyType(key) === 'weekday');
      const day = namedDay([a, b]);
      if (weekday && day && weekdayFrom(weekday, 0) !== null) return { weekday, month: day[0], date: day[1] };
    }
  }
  // (The latest such day: a story's own days come after the ones it looks back to, a birth or a
  // founding.)
  let latest: { year: number; month: number; date: number } | null = null;
  for (const d of all.flat()) {
    const day = namedDay([d]);
    const year = Number(d.keys.find((key) => keyType(key) === 'year')?.slice('year:'.length));
    if (day && year && (!latest || year > latest.year)) latest = { year, month: day[0], date: day[1] };
  }
  if (!latest) return null;
  // (getUTCDay counts from Sunday; WEEKDAYS from Monday.)
  const weekday = (new Date(Date.UTC(latest.year, latest.month - 1, latest.date)).getUTCDay() + 6) % 7;
  return { weekday: `weekday:${WEEKDAYS[weekday]}`, month: latest.month, date: latest.date };
}

function sourceDateKeys(ctx: PairContext): Set<string> {
  return ctx.memo('source-date-keys', () => new Set(sourceDates(ctx).flatMap(({ d }) => withMonths(d.keys))));
}

/**
 * The month of the source's dateline ("STOCKHOLM, 5 May –", "Lisbon, March 3 (Reuters) –"): a
 * day of a month among the first words of one of its first sentences, before a dash. Null when
 * the story has none.
 */
function datelineMonth(ctx: PairContext): number | null {
  return ctx.memo('source-dateline-month', () => {
    for (const sentence of ctx.source.sentences.slice(0, 3)) {
      const dash = sentence.tokens.findIndex((t, i) => i <= 8 && /^[–—-]$/.test(t.text));
      if (dash < 0) continue;
      const day = findDates(sentence.tokens.slice(0, dash)).flatMap((d) => d.keys).map((k) => /^monthday:(\d+)-/.exec(k)).find((m) => m);
      if (day) return Number(day[1]);
    }
    return null;
  });
}

/** The keys, and the month of each day of a month among them: "31 January" names January too. */
function withMonths(keys: readonly string[]): string[] {
  const out = [...keys];
  for (const k of keys) {
    const day = /^monthday:(\d+)-/.exec(k);
    if (day) out.push(`month:${day[1]}`);
  }
  return out;
}

/** A date key's kind for comparing: a day of a month and a month are both places in the calendar year. */
function comparedAs(key: string): string {
  const type = keyType(key);
  return type === 'monthday' ? 'month' : type;
}

/** A key for the early, middle or late stretch of a period ("early next year", "the end of 2026"). */
const STRETCH = /^part:(early|mid|late)$/;

/**
 * The dates with their stretch keys left out, where the other side names no stretch of any
 * period: "the end of March" for "March" says more, not something else; "late next year" for
 * "early next year" is another date.
 */
function stretchesCompared(dates: readonly DateMention[], other: readonly DateMention[]): readonly DateMention[] {
  if (other.some((d) => d.keys.some((k) => STRETCH.test(k))) || !dates.some((d) => d.keys.some((k) => STRETCH.test(k)))) return dates;
  return dates.map((d) => ({ ...d, keys: d.keys.filter((k) => !STRETCH.test(k)) })).filter((d) => d.keys.length > 0);
}

/**
 * "The three months to 30 September" for "to the end of September": a month's end or start,
 * said with the noun, is its last or first day. (Not "late September", a stretch of days.)
 */
function edgeDays(tokens: readonly Token[], dates: readonly DateMention[]): string[] {
  const out: string[] = [];
  for (const d of dates) {
    const month = d.keys.map((k) => /^month:(\d+)$/.exec(k)?.[1]).find((m) => m !== undefined);
    const edge = tokens.slice(d.first, d.last + 1).find((t) => /^(end|start|beginning)$/.test(t.lower))?.lower;
    if (month === undefined || edge === undefined) continue;
    const m = Number(month);
    if (edge !== 'end') out.push(`monthday:${m}-1`);
    // (February ends on the 29th in a leap year.)
    else out.push(`monthday:${m}-${MONTH_DAYS[m - 1]}`, ...(m === 2 ? ['monthday:2-29'] : []));
  }
  return out;
}

export const dateRule: PairRule = (ctx) => {
  const rFound = findDates(ctx.rTok), sFound = findDates(ctx.sTok);
  const rDates = stretchesCompared(rFound, sFound), sDates = stretchesCompared(sFound, rFound);
  const rw = countedFromEarlierWeekday(ctx, countedFromNamedDay(ctx.rTok, countedFromNamedMonth(ctx, rDates), relativeDay(sDates)), sDates);
  const src = countedFromNamedDay(ctx.sTok, sDates, relativeDay(rDates));
  const pairKeys = new Set([...src.flatMap((d) => withMonths(d.keys)), ...seasonsNamed(ctx.sTok)]);
  // "made an OBE in 1989 and retired the following year": a year counted from a year the
  // sentence names is that year's neighbour ("retired in 1990").
  for (const key of [...pairKeys]) {
    const year = /^year:(\d{4})$/.exec(key);
    if (!year) continue;
    if (pairKeys.has('relative:next year')) pairKeys.add(`year:${Number(year[1]) + 1}`);
    if (pairKeys.has('relative:last year')) pairKeys.add(`year:${Number(year[1]) - 1}`);
  }
  for (const key of countedOn(ctx.sTok, src)) pairKeys.add(key);
  for (const key of edgeDays(ctx.sTok, sFound)) pairKeys.add(key);
  // "returns this June" for "will return in June": a month named with no year is this year's.
  if (sFound.some((d) => d.keys.some((k) => keyType(k) === 'month') && !d.keys.some((k) => keyType(k) === 'year' || /^relative:.*year$/.test(k)))) {
    const months = new Set(sFound.flatMap((d) => d.keys.filter((k) => keyType(k) === 'month')));
    if (rw.some((d) => d.keys.includes('relative:this year') && d.keys.some((k) => months.has(k)))) pairKeys.add('relative:this year');
  }
  for (const key of clockShifted(ctx.sTok, pairKeys)) pairKeys.add(key);
  // "Saturday 8 March" for "On Saturday", in a story that dates "Friday, 7 March": a weekday and
  // a day of the month the source's calendar makes one day.
  const calendar = sourceCalendar(ctx);
  if (calendar) for (const key of [...pairKeys]) for (const other of calendar(key)) pairKeys.add(other);
  // "the April–June quarter" for "the second quarter": a part of the year told by its first and
  // last months, which the rewrite names both of.
  const rMonths = new Set(rw.flatMap((d) => d.keys.filter((k) => keyType(k) === 'month')));
  for (const [first, last] of partsOfYear(ctx.sTok)) {
    if (rMonths.has(`month:${first}`) && rMonths.has(`month:${last}`)) for (let m = first; m <= last; m++) pairKeys.add(`month:${m}`);
  }
  for (const key of currentPeriodsOfPoints(ctx.sTok)) pairKeys.add(key);
  // "down four points month-on-month", "year on year": a period compared with the one before it
  // names that one ("a month earlier", "last year").
  ctx.sTok.forEach((t, i) => {
    const on = ctx.sTok[i + 1]?.text === '-' ? i + 2 : i + 1;
    const again = ctx.sTok[on + 1]?.text === '-' ? on + 2 : on + 1;
    if (!/^(week|month|quarter|year)$/.test(t.lower) || ctx.sTok[on]?.lower !== 'on' || ctx.sTok[again]?.lower !== t.lower) return;
    pairKeys.add(`relative:last ${t.lower}`);
    // (Counted from a month or year the sentence names: "at the end of June, … month-on-month" / "in May".)
    for (const key of [...pairKeys]) {
      const m = /^(month|year):(\d+)$/.exec(key);
      if (m && m[1] === t.lower) pairKeys.add(m[1] === 'month' ? `month:${monthFrom(Number(m[2]), -1)}` : `year:${Number(m[2]) - 1}`);
    }
  });
  // "next month" in a story datelined "STOCKHOLM, 5 May" is June, and the other way round.
  const month = datelineMonth(ctx);
  if (month !== null) {
    for (const [word, step] of [['last', -1], ['this', 0], ['next', 1]] as const) {
      const named = `month:${monthFrom(month, step)}`;
      if (pairKeys.has(`relative:${word} month`)) pairKeys.add(named);
      if (pairKeys.has(named)) pairKeys.add(`relative:${word} month`);
    }
  }
  // "is now a protected building" / "is today a protected building": the present, said with an
  // adverb the source's sentence uses for it.
  if (ctx.sTok.some((t, i) => /^(now|currently|nowadays)$/.test(t.lower) || (t.lower === 'present' && ctx.sTok[i - 1]?.lower === 'at'))) pairKeys.add('relative:today');
  // "the lowest of the winter so far" / "the lowest so far this winter": a season with "so far"
  // is the current one.
  if (ctx.sTok.some((t, i) => t.lower === 'so' && ctx.sTok[i + 1]?.lower === 'far')) {
    for (const key of [...pairKeys]) if (key.startsWith('season:')) pairKeys.add(`relative:this ${key.slice('season:'.length)}`);
  }
  // "a late spring frost has destroyed … this year's crop" / "a frost this spring": a season
  // the source's sentence places in this year is this season.
  if (pairKeys.has('relative:this year')) {
    for (const t of ctx.sTok) if (/^(spring|summer|autumn|winter)$/.test(t.lower)) pairKeys.add(`relative:this ${t.lower}`);
  }
  // "overnight" for "night trains" or "spent the night": a night the source already names.
  const nightInSource = ctx.memo('source-night', () => ctx.source.sentences.some((s) => s.tokens.some((t) => t.lemma === 'night')));
  if (nightInSource) pairKeys.add('relative:overnight');
  // So is a stretch from a late hour to an early one ("between 11pm on Friday and 6am").
  const hours = [...pairKeys].flatMap((k) => /^time:(\d+):/.exec(k)?.[1] ?? []).map(Number);
  if (hours.some((h) => h >= 20) && hours.some((h) => h <= 8)) pairKeys.add('relative:overnight');
  // (And a clock time is a part of its day: "06:02" is "this morning", "14:30" "this afternoon".)
  for (const h of hours) pairKeys.add(h >= 4 && h < 12 ? 'relative:this morning' : h >= 12 && h < 18 ? 'relative:this afternoon' : h >= 18 ? 'relative:this evening' : 'relative:overnight');
  // "a lead of 1:12" for "leads by 1 minute 12 seconds": a bare clock time the source gives as
  // a length of time is that length.
  // (Read only for a rewrite time that is one clock-shaped token.)
  let sourceSeconds: Set<number | null> | undefined;
  const spelledOut = (r: DateMention) => {
    const lengths = r.first === r.last ? clockAsDurations(ctx.rTok[r.first]!) : [];
    return lengths.length > 0 && lengths.some((v) => (sourceSeconds ??= new Set(findNumbers(ctx.sTok).map(inSeconds))).has(v));
  };
  // (Or a date moved from another source sentence, told there with the same words around it.)
  // (Or the day an act of speaking took place, told of one in both: "Haddad spoke to us on
  // Sunday" / "the director said in an interview on Sunday".)
  const saying = (tokens: readonly Token[], syn: SentenceSyntax, d: DateMention) => { const act = actOfDate(tokens, syn, d); return act !== '' && isSayingVerb(act); };
  const movedHere = (r: DateMention) => ctx.source.sentences.some((x) => findDates(x.tokens).some((d) => r.keys.every((k) => d.keys.includes(k)) &&
    (toldAroundAlike(ctx.rTok, r, x.tokens, d) || (saying(ctx.rTok, ctx.syntax.rewrite(), r) && saying(x.tokens, syntaxOf(x.tokens), d)))));
  // (Or the day the text is told on, where the source names the day: "Today I am unveiling a plan"
  // in a speech for "unveiled a plan on Tuesday" tells it from that day.)
  const toldOnTheDay = (r: DateMention) => r.keys.every((k) => /^relative:(today|tonight|this (morning|afternoon|evening))$/.test(k)) && [...pairKeys].some((k) => /^(weekday|monthday):/.test(k));
  const agrees = (r: DateMention) => r.keys.every((k) => pairKeys.has(k)) || spelledOut(r) || movedHere(r) || toldOnTheDay(r);
  const turned = [...orderTurned(ctx), ...boundTurned(ctx, rw, src)];
  return oneDayOneFinding(ctx, turned.concat(compareMentions(ctx, {
    kind: 'date',
    label: 'Date',
    rewrite: rw,
    // (Not a source date the rewrite tells more fully, as the source does elsewhere: "from 6
    // April", told as "from 6 April 2025", is no partner left for "12 February".)
    source: src.filter((s) => !rw.some((r) => r.keys.length > s.keys.length && s.keys.every((k) => r.keys.includes(k)) && agrees(r))),
    agree: (r, s) => r.keys.every((k) => s.keys.includes(k)),
    supported: agrees,
    // (A day in the source's month says more, not something else: "in January" / "on 14 January".)
    comparable: (r, s) => r.keys.some((k) => s.keys.some((sk) => comparedAs(sk) === comparedAs(k) && !(keyType(k) === 'monthday' && withMonths([k]).includes(sk)))),
    // ("this year's rise" against "Last year rents went up by 7%": an article that names the
    // period before or after its own tells its own by contrast.)
    // ("before this weekend" in a story of a Saturday night: the weekend the story tells of.)
    // ("on Tuesday" in a story dated "14 January 2025": the day the source's calendar gives.)
    inSourceDocument: (r) => r.keys.every((k) => sourceDateKeys(ctx).has(k) || (keyType(k) === 'weekday' && (calendar?.(k) ?? []).some((d) => sourceDateKeys(ctx).has(d))) ||
      (k === 'relative:this weekend' && ['saturday', 'sunday'].some((d) => sourceDateKeys(ctx).has(`weekday:${d}`))) ||
      (/^relative:this /.test(k) && ['last', 'next'].some((w) => sourceDateKeys(ctx).has(k.replace('relative:this ', `relative:${w} `))))),
    namesakeElsewhere: (r) => dayMovedElsewhere(ctx, r),
  })));
};

/**
 * "Tuesday 11 March" for "Monday, 10 March": a weekday and the day of the month beside it are
 * one date, changed once; their two findings are one, over both.
 */
function oneDayOneFinding(ctx: PairContext, found: RawFinding[]): RawFinding[] {
  const between = (doc: PairContext['rewrite'], a: Span, b: Span) => b.start >= a.end && /^[\s,]*$/.test(doc.prose.slice(a.end, b.start));
  const dates = found.filter((f) => f.kind === 'date' && f.rewrite && f.source).sort((a, b) => a.rewrite!.start - b.rewrite!.start);
  for (let k = 0; k + 1 < dates.length; k++) {
    const [a, b] = [dates[k]!, dates[k + 1]!];
    if (!between(ctx.rewrite, a.rewrite!, b.rewrite!) || !between(ctx.source, a.source!, b.source!)) continue;
    const merged = replacement(ctx, 'date', 'Date', { start: a.rewrite!.start, end: b.rewrite!.end }, { start: a.source!.start, end: b.source!.end });
    found = found.filter((f) => f !== a && f !== b).concat(merged);
    dates[k + 1] = merged;
  }
  return found;
}

/** Which end of a stretch a date's preposition makes it: "from 3 June" its start, "by 3 June" its end. */
function endOfStretch(tokens: readonly Token[], d: DateMention): 'start' | 'end' | null {
  const before = tokens[d.first - 1]?.lower ?? '';
  return /^(from|since|after|starting)$/.test(before) ? 'start' : /^(by|until|till|before)$/.test(before) ? 'end' : null;
}

/**
 * "Owners will be contacted from 3 June" / "Letters will be sent by 3 June": the same date made
 * the other end of the stretch, a start told as a deadline or the other way round.
 */
function boundTurned(ctx: PairContext, rw: readonly DateMention[], src: readonly DateMention[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const r of rw) {
    const rEnd = endOfStretch(ctx.rTok, r);
    if (rEnd === null || ctx.claimed.has(r.first - 1)) continue;
    const same = src.filter((s) => r.keys.length > 0 && s.keys.length === r.keys.length && r.keys.every((k) => s.keys.includes(k)));
    // (Only where the source tells the date once, at the other end: told at both, either is the source's.)
    if (same.length === 0 || same.some((s) => endOfStretch(ctx.sTok, s) !== (rEnd === 'start' ? 'end' : 'start'))) continue;
    const s = same[0]!;
    // (Not told of opposite acts, which keep the claim: "will stay closed until March" / "will
    // reopen after March".)
    const rAct = actOfDate(ctx.rTok, ctx.syntax.rewrite(), r), sAct = actOfDate(ctx.sTok, ctx.syntax.source(), s);
    if (rAct && sAct && (areAntonyms(rAct, sAct) || areOpposites(rAct, sAct))) continue;
    claim(ctx, Array.from({ length: r.last - r.first + 2 }, (_v, k) => r.first - 1 + k));
    out.push(replacement(ctx, 'date', 'Date', spanOf(ctx.rTok.slice(r.first - 1, r.last + 1)), spanOf(ctx.sTok.slice(s.first - 1, s.last + 1))));
  }
  return out;
}

/** The lemma of the verb or adjective a date's phrase hangs from ("closed" in "stay closed until March"), or "". */
function actOfDate(tokens: readonly Token[], syn: SentenceSyntax, d: DateMention): string {
  let v = syn.heads[d.last] ?? -1;
  while (v >= 0 && !/^(VERB|ADJ)$/.test(syn.tags[v]!)) v = syn.heads[v]!;
  return v >= 0 ? tokens[v]!.lemma : '';
}

/** A stretch of time told from an event: "the week after [Birkett stepped down]", "two days before [the vote]". */
interface TimeFromEvent { readonly first: number; readonly opener: number; readonly event: number }

function timesFromEvents(tokens: readonly Token[]): TimeFromEvent[] {
  return tokens.flatMap((t, i) => {
    // (Or "within a week of the first warnings": a bound on the time from the event.)
    const within = t.lower === 'of' && (tokens[i - 2]?.pos === 'NUM' || /^(a|an)$/.test(tokens[i - 2]?.lower ?? '')) && tokens[i - 3]?.lower === 'within';
    if ((!/^(before|after)$/.test(t.lower) && !within) || i < 1 || !isTimeNoun(tokens[i - 1]!.lemma)) return [];
    // The event by its first noun or name ("founder Joanna Birkett stepped down": "founder").
    let event = i + 1;
    while (event < tokens.length && event <= i + 4 && !/^(NOUN|PROPN)$/.test(tokens[event]!.pos) && tokens[event]!.pos !== 'PUNCT') event++;
    if (!/^(NOUN|PROPN)$/.test(tokens[event]?.pos ?? '')) return [];
    const first = within ? i - 3 : /^(DET|NUM)$/.test(tokens[i - 2]?.pos ?? '') ? i - 2 : i - 1;
    return [{ first, opener: i, event }];
  });
}

/**
 * "withdrew the facility the week after Birkett stepped down" / "a week before Birkett stood
 * down": a stretch of time told from an event both keep, the order turned round. (The event
 * is the same where its first noun is matched across or is the same word: "A, a week after B"
 * = "B, a week before A" tells another event.)
 */
function orderTurned(ctx: PairContext): RawFinding[] {
  const rTimes = timesFromEvents(ctx.rTok);
  const sTimes = rTimes.length ? timesFromEvents(ctx.sTok) : [];
  const out: RawFinding[] = [];
  // (Or where the two events' phrases share a noun: "the first warnings from the weather service"
  // / "the weather service issued its first warnings".)
  const nouns = (tokens: readonly Token[], x: TimeFromEvent) => new Set(tokens.slice(x.event, x.event + 8).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').map((t) => t.lemma));
  const sameEvent = (r: TimeFromEvent, s: TimeFromEvent) => (ctx.match.rToS[r.event] ?? -1) === s.event || ctx.rTok[r.event]!.lemma === ctx.sTok[s.event]!.lemma ||
    (() => { const a = nouns(ctx.sTok, s); return [...nouns(ctx.rTok, r)].filter((w) => a.has(w)).length >= 2; })();
  // (A bound, "within a week of", against a stretch told as a count, "a week after", is another
  // time; against "the week after", a stretch of its own, the same.)
  const counted = (tokens: readonly Token[], x: TimeFromEvent) => x.first < x.opener - 1 && tokens[x.first]!.lower !== 'the';
  for (const r of rTimes) {
    const order = ctx.rTok[r.opener]!.lower;
    const told = sTimes.filter((s) => sameEvent(r, s) && (order !== 'of' && ctx.sTok[s.opener]!.lower !== 'of' || (counted(ctx.rTok, r) && counted(ctx.sTok, s))));
    const s = told.find((x) => ctx.sTok[x.opener]!.lower !== order);
    if (!s || told.some((x) => ctx.sTok[x.opener]!.lower === order) || ctx.claimed.has(r.opener)) continue;
    const rRange = Array.from({ length: r.opener - r.first + 1 }, (_v, k) => r.first + k);
    claim(ctx, rRange);
    const label = order === 'of' || ctx.sTok[s.opener]!.lower === 'of' ? 'Time from the event' : 'Order of events';
    out.push(replacement(ctx, 'date', label, spanOf(ctx.rTok.slice(r.first, r.opener + 1)), spanOf(ctx.sTok.slice(s.first, s.opener + 1))));
  }
  return out;
}

/**
 * "held on Saturday, June 14" where the source has "on Saturday 7 June" in another sentence,
 * which the rewrite never gives: the day of the month changed, told in a sentence of its own.
 * The one source day of the same month or weekday that the rewrite does not state.
 */
function dayMovedElsewhere(ctx: PairContext, r: DateMention): Span | null {
  const day = r.keys.find((k) => keyType(k) === 'monthday');
  if (!day) return null;
  const month = withMonths([day])[1]!;
  const weekday = r.keys.find((k) => keyType(k) === 'weekday');
  const rewriteKeys = ctx.memo('rewrite-date-keys', () => new Set(ctx.rewrite.sentences.flatMap((x) => findDates(x.tokens).flatMap((d) => d.keys))));
  const hits = sourceDates(ctx).filter(({ d }) => d.keys.some((k) => keyType(k) === 'monthday' && !rewriteKeys.has(k)) &&
    (withMonths(d.keys).includes(month) || (weekday !== undefined && d.keys.includes(weekday))));
  return hits.length === 1 ? hits[0]!.span : null;
}

/** The one day of a month a sentence's dates name, as [month, day]; null for none or several. */
function namedDay(dates: readonly DateMention[]): [number, number] | null {
  const days = dates.flatMap((d) => d.keys).filter((k) => k.startsWith('monthday:'));
  return days.length === 1 ? monthDayOf(days[0]!) : null;
}

/** A day-of-month key's month and day ("monthday:3-7" is 7 March), or null for another key. */
function monthDayOf(key: string): [number, number] | null {
  return key.startsWith('monthday:') ? key.slice('monthday:'.length).split('-').map(Number) as [number, number] : null;
}

/**
 * "to begin by the end of the month" / "to start this month": the period a point of time belongs
 * to, told with "the", is the current one ("relative:this month").
 */
function currentPeriodsOfPoints(tokens: readonly Token[]): string[] {
  return tokens.flatMap((t, i) => /^(week|month|year)$/.test(t.lower) && tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'of' &&
    /^(end|start|beginning|middle|rest|close)$/.test(tokens[i - 3]?.lower ?? '') ? [`relative:this ${t.lower}`] : []);
}

/** The day after (1) or before (-1) another that a date key tells ("tomorrow", "the previous day"), or 0. */
function dayStep(key: string): number {
  return key === 'relative:tomorrow' ? 1 : key === 'relative:yesterday' ? -1 : 0;
}

/** Whether dates tell a day as the one before or after another ("the previous day", "tomorrow"). */
function relativeDay(dates: readonly DateMention[]): boolean {
  return dates.some((d) => d.keys.some((k) => dayStep(k) !== 0));
}

/** The key of the weekday `step` days from a weekday's key ("weekday:thursday", -1: Wednesday's), or null. */
function weekdayFrom(key: string, step: number): string | null {
  const day = WEEKDAYS.indexOf(key.slice('weekday:'.length));
  return day < 0 ? null : `weekday:${WEEKDAYS[(((day + step) % 7) + 7) % 7]}`;
}

/**
 * "arrested on 3 May and charged the following day": a day counted from the one day of a month
 * the sentence names is that day's neighbour (4 May), not tomorrow. (Within the month: a count
 * across its end would need the month's length.) "lifted off on Thursday, after an attempt the
 * previous day": counted from a weekday told just before it (not a dateline's day further back),
 * it is that weekday's neighbour (Wednesday), where the other text names the day rather than
 * counting it too (two counted days are compared as told).
 */
function countedFromNamedDay(tokens: readonly Token[], dates: readonly DateMention[], otherCounts: boolean): readonly DateMention[] {
  const named = namedDay(dates);
  return dates.map((d) => {
    if (d.keys.length !== 1 || !/^(next|following|previous|preceding)$/.test(tokens[d.first]!.lower)) return d;
    const step = dayStep(d.keys[0]!);
    if (step === 0) return d;
    const before = dates.filter((x) => x.last < d.first && x.keys.some((k) => keyType(k) === 'weekday' || keyType(k) === 'monthday')).at(-1);
    const weekday = before && !otherCounts && !before.keys.some((k) => keyType(k) === 'monthday') ? weekdayFrom(before.keys.find((k) => keyType(k) === 'weekday')!, step) : null;
    if (weekday) return { ...d, keys: [weekday] };
    if (!named) return d;
    const to = named[1] + step;
    return to >= 1 && to <= 28 ? { ...d, keys: [`monthday:${named[0]}-${to}`] } : d;
  });
}

/**
 * "… cancelled all sailings on Friday. Corrosion was found the day before": a day counted from
 * the one weekday the rewrite's sentence before names, where this sentence names none, is that
 * weekday's neighbour (Thursday).
 */
function countedFromEarlierWeekday(ctx: PairContext, dates: readonly DateMention[], sourceDates: readonly DateMention[]): readonly DateMention[] {
  // (Not where the source tells the day the same way: "the next morning" / "the following morning".)
  const counted = (d: DateMention) => d.keys.length === 1 && dayStep(d.keys[0]!) !== 0 && [d.first, d.first - 1].some((k) => /^(the|previous|preceding|following|next)$/.test(ctx.rTok[k]?.lower ?? '')) &&
    !sourceDates.some((x) => x.keys.includes(d.keys[0]!));
  if (!dates.some(counted) || dates.some((d) => d.keys.some((k) => keyType(k) === 'weekday'))) return dates;
  const before = ctx.rewrite.sentences[ctx.r.index - 1];
  const weekdays = before ? [...new Set(findDates(before.tokens).flatMap((d) => d.keys).filter((k) => keyType(k) === 'weekday'))] : [];
  if (weekdays.length !== 1 || weekdayFrom(weekdays[0]!, 0) === null) return dates;
  return dates.map((d) => counted(d) ? { ...d, keys: [weekdayFrom(weekdays[0]!, dayStep(d.keys[0]!))!] } : d);
}

/**
 * "The mass start is at 8:45am, with the elite field setting off ten minutes earlier" names
 * 8:35am too: a length of minutes or hours told from a clock time the sentence names, "later"
 * or "after" on, "earlier", "before" or "ahead" back.
 */
function clockShifted(tokens: readonly Token[], keys: ReadonlySet<string>): string[] {
  const times = [...keys].flatMap((k) => { const m = /^time:(\d+):(\d+)$/.exec(k); return m ? [Number(m[1]) * 60 + Number(m[2])] : []; });
  if (times.length === 0) return [];
  return findNumbers(tokens).flatMap((n) => {
    const step = /^(later|after)$/.test(tokens[n.last + 1]?.lower ?? '') ? 1 : /^(earlier|before|ahead)$/.test(tokens[n.last + 1]?.lower ?? '') ? -1 : 0;
    const minutes = n.value === null ? null : n.unit === 'minute' ? n.value : n.unit === 'hour' ? n.value * 60 : null;
    if (!step || minutes === null || !Number.isInteger(minutes)) return [];
    return times.map((t) => (((t + step * minutes) % 1440) + 1440) % 1440).map((t) => `time:${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`);
  });
}

/** Days in each month (February at its shorter length: a count past the 28th is left alone). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * "admitted on 12 January and died two days later" names 14 January too: a length of days or
 * weeks told from the one day of a month the sentence names, "later" or "after" on, "earlier"
 * or "before" back (within that month).
 */
function countedOn(tokens: readonly Token[], dates: readonly DateMention[]): string[] {
  const named = namedDay(dates);
  if (!named) return [];
  const [month, day] = named;
  return findNumbers(tokens).flatMap((n) => {
    const step = /^(later|after)$/.test(tokens[n.last + 1]?.lower ?? '') ? 1 : /^(earlier|before)$/.test(tokens[n.last + 1]?.lower ?? '') ? -1 : 0;
    const length = n.value === null ? null : n.unit === 'day' ? n.value : n.unit === 'week' ? n.value * 7 : null;
    if (!step || length === null || !Number.isInteger(length)) return [];
    const to = day + step * length;
    return to >= 1 && to <= MONTH_DAYS[month - 1]! ? [`monthday:${month}-${to}`] : [];
  });
}

/**
 * "412,300 at the end of October, against 418,900 a month earlier": a month counted back from
 * the one month the sentence names is the month before it ("in September"), not last month.
 */
function countedFromNamedMonth(ctx: PairContext, dates: readonly DateMention[]): readonly DateMention[] {
  const months = dates.flatMap((d) => d.keys).filter((k) => k.startsWith('month:'));
  if (months.length !== 1) return dates;
  const before = monthFrom(Number(months[0]!.slice('month:'.length)), -1);
  return dates.map((d) => d.keys.length === 1 && d.keys[0] === 'relative:last month' && /^(earlier|before)$/.test(ctx.rTok[d.last]!.lower)
    ? { ...d, keys: [`month:${before}`] } : d);
}
