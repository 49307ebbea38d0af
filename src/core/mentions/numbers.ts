// Finds amounts in a token list and reduces each to a comparable value: "three" = "3",
// "$2.4 million" = 2,400,000 USD, "40 kilometres" = 40 km, "billions of dollars" = a vague
// magnitude of 1e9 USD. Years, times and day-of-month numbers belong to dates, not here.
import { CHOOSING_VERBS, DAY_RANGE_JOINER, MONTHS, MONTH_ABBR, NUMBER_WORDS, POSSESSIVE_DETERMINERS, SCALE_WORDS, SCOPE_CUES, TIME_UNITS, type ScopeClass } from '../lexicon';
import { offsetFree } from '../offsetFree';
import { hyphenatedWithNext, phraseEndingBefore, type Token } from '../tokens';
import { isKnownWord, isTimeNoun, isVerbLemma, nounFile } from '../wordnet';

export interface NumberMention {
  /** Token index range [first, last] in the list given. */
  readonly first: number;
  readonly last: number;
  /** Exact value, or null for a vague plural ("thousands of", "billions of"). */
  readonly value: number | null;
  /** Order of magnitude of a vague plural. */
  readonly magnitude: number | null;
  readonly unit: string | null;
  /** A bound or hedge in front of it: "at least", "about", "nearly". */
  readonly qualifier: ScopeClass | null;
  readonly qualifierFirst: number;
  /**
   * Another reading of the same words, where the notation is ambiguous: "1.1m" is 1.1 million
   * or 1.1 metres. Two amounts are the same when any reading of one is a reading of the other.
   */
  readonly alternative?: { readonly value: number; readonly unit: string | null };
}

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: 'usd', '£': 'gbp', '€': 'eur', '¥': 'jpy', '₹': 'inr' };
/** Dollars marked by their country: "A$6.8bn", "US$5m", "NZ$40", "HK$1bn". */
const PREFIXED_DOLLARS: Readonly<Record<string, string>> = { A: 'aud', AU: 'aud', US: 'usd', C: 'cad', CA: 'cad', NZ: 'nzd', HK: 'hkd', S: 'sgd', SG: 'sgd' };
function currencyOfSymbol(text: string): string | undefined {
  const prefixed = /^([A-Z]{1,2})\$$/.exec(text);
  return prefixed ? PREFIXED_DOLLARS[prefixed[1]!] : CURRENCY_SYMBOLS[text] ?? CURRENCY_CODES[text];
}
/**
 * ISO 4217 codes, in capitals before or after an amount ("CHF 1.9bn", "NOK 390", "390 SEK"): the
 * money their names below are ("francs", "kroner", "kronor"). (Capitals only: "try", "all" and
 * "top" are words.)
 */
const CURRENCY_CODES: Readonly<Record<string, string>> = {
  USD: 'usd', GBP: 'gbp', EUR: 'eur', JPY: 'jpy', CNY: 'cny', RMB: 'cny', INR: 'inr', CHF: 'chf', NOK: 'nok', SEK: 'sek',
  AUD: 'aud', CAD: 'cad', NZD: 'nzd', HKD: 'hkd', SGD: 'sgd', ZAR: 'zar', PLN: 'pln', TRY: 'try', RUB: 'rub', ILS: 'ils',
  AED: 'aed', MYR: 'myr', THB: 'thb', NGN: 'ngn', MXN: 'peso', ARS: 'peso', CLP: 'peso', COP: 'peso', PHP: 'peso',
};
/** Currencies by name. (Other currencies, "2.1 billion crowns", are each their own money, so one put for another is a changed figure.) */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'usd', dollars: 'usd', usd: 'usd', pound: 'gbp', pounds: 'gbp', gbp: 'gbp', sterling: 'gbp',
  euro: 'eur', euros: 'eur', eur: 'eur', yen: 'jpy', yuan: 'cny', renminbi: 'cny', rupee: 'inr', rupees: 'inr',
  crown: 'crown', crowns: 'crown', krona: 'sek', kronor: 'sek', krone: 'nok', kroner: 'nok', franc: 'chf', francs: 'chf',
  rand: 'zar', peso: 'peso', pesos: 'peso', zloty: 'pln', zlotys: 'pln', lira: 'try', rouble: 'rub', roubles: 'rub',
  ruble: 'rub', rubles: 'rub', shekel: 'ils', shekels: 'ils', dinar: 'dinar', dinars: 'dinar', dirham: 'aed', dirhams: 'aed',
  ringgit: 'myr', baht: 'thb', naira: 'ngn', shilling: 'shilling', shillings: 'shilling',
};
const UNIT_WORDS: Readonly<Record<string, string>> = {
  ...CURRENCY_WORDS,
  // (A percentage point is read as a percent: rate stories use the two for one move, "a cut of
  // 0.25%" / "a quarter-point cut".)
  '%': '%', percent: '%', pct: '%', 'per cent': '%', 'percentage point': '%', 'percentage points': '%', km: 'km', kilometer: 'km', kilometers: 'km', mile: 'mile',
  miles: 'mile', meter: 'm', meters: 'm', cm: 'cm', centimeter: 'cm', centimeters: 'cm', mm: 'mm', millimeter: 'mm', millimeters: 'mm',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', gram: 'g', grams: 'g', tonne: 't', tonnes: 't',
  ton: 't', tons: 't', lb: 'lb', lbs: 'lb', stone: 'st', foot: 'ft', feet: 'ft', inch: 'inch', inches: 'inch', yard: 'yard', yards: 'yard', hectare: 'ha', hectares: 'ha', acre: 'acre',
  mph: 'mph', kph: 'kmh', kmh: 'kmh', 'km/h': 'kmh',
  acres: 'acre', liter: 'l', liters: 'l', gallon: 'gal', gallons: 'gal', degree: 'deg', degrees: 'deg',
  year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight', day: 'day', days: 'day',
  hour: 'hour', hours: 'hour', minute: 'minute', minutes: 'minute', h: 'hour', hr: 'hour', hrs: 'hour', min: 'minute', mins: 'minute', decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century', millennium: 'millennium', millennia: 'millennium', millenniums: 'millennium',
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  // Working time counts five working days a week: "10 working days" = "two working weeks".
  'working day': 'working day', 'working days': 'working day', 'business day': 'working day', 'business days': 'working day',
  'working week': 'working week', 'working weeks': 'working week',
  // A currency's hundredth part: "642 cents" is $6.42, "80p" 80 pence.
  cent: 'cent', cents: 'cent', penny: 'cent', pence: 'cent', p: 'cent',
  // Power and energy, as energy stories write them: "300 megawatts" = "300MW", "5.2 gigawatt-hours" = "5.2 GWh".
  kw: 'kw', kilowatt: 'kw', kilowatts: 'kw', mw: 'mw', megawatt: 'mw', megawatts: 'mw', gw: 'gw', gigawatt: 'gw', gigawatts: 'gw',
  kwh: 'kwh', mwh: 'mwh', gwh: 'gwh', twh: 'twh', 'kilowatt-hour': 'kwh', 'kilowatt-hours': 'kwh', 'megawatt-hour': 'mwh',
  'megawatt-hours': 'mwh', 'gigawatt-hour': 'gwh', 'gigawatt-hours': 'gwh', 'terawatt-hour': 'twh', 'terawatt-hours': 'twh',
};
/** Conversions to a base unit so that "40 km" and "25 miles" compare. */
const TO_BASE: Readonly<Record<string, readonly [string, number]>> = {
  km: ['m', 1000], mile: ['m', 1609.344], m: ['m', 1], cm: ['m', 0.01], mm: ['m', 0.001], ft: ['m', 0.3048], inch: ['m', 0.0254], yard: ['m', 0.9144], kg: ['kg', 1], g: ['kg', 0.001], t: ['kg', 1000],
  mph: ['m/s', 0.44704], kmh: ['m/s', 1 / 3.6],
  // (Temperatures share a scale but not a zero: sameReading converts them; a bare "40 degrees"
  // is either.)
  degC: ['temperature', 1], degF: ['temperature', 1], deg: ['temperature', 1],
  lb: ['kg', 0.45359237], st: ['kg', 6.35029318], ha: ['m2', 10000], acre: ['m2', 4046.86], l: ['l', 1], gal: ['l', 3.78541],
  // Lengths of time share one base, so "12 months" = "a year" and "three centuries" = "300 years".
  year: ['day', 365.25], decade: ['day', 3652.5], century: ['day', 36525], millennium: ['day', 365250], month: ['day', 30.44], fortnight: ['day', 14], week: ['day', 7], day: ['day', 1],
  hour: ['day', 1 / 24], minute: ['day', 1 / 1440], second: ['day', 1 / 86400], 'working day': ['working day', 1], 'working week': ['working day', 5],
  kw: ['w', 1e3], mw: ['w', 1e6], gw: ['w', 1e9], kwh: ['wh', 1e3], mwh: ['wh', 1e6], gwh: ['wh', 1e9], twh: ['wh', 1e12],
};

/** Plural shares after a count: "three quarters", "two-thirds", "four fifths". */
const PLURAL_FRACTIONS: ReadonlyMap<string, number> = new Map([['thirds', 100 / 3], ['quarters', 25], ['fifths', 20], ['sixths', 100 / 6], ['eighths', 12.5], ['tenths', 10]]);

const MONTH_NAMES = new Set([...MONTHS, ...MONTH_ABBR]);
// Longest first, so that "just under" is read before "under" and "no more than" before "more than".
const QUALIFIERS = SCOPE_CUES.filter(([, c]) => c === 'at-least' || c === 'at-most' || c === 'about' || c === 'almost' || c === 'only' || c === 'all-but')
  .sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** QUALIFIERS with each cue's words, split once. */
const QUALIFIER_WORDS = QUALIFIERS.map(([cue, cls]) => [cue, cls, cue.split(' ')] as const);

/** Unicode vulgar fractions ("7½ years", "a 33⅓% stake"). */
const VULGAR_FRACTIONS: Readonly<Record<string, number>> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};

/** What every numeral below has but a number word: a digit, a vulgar fraction or a hyphen ("forty-two"). */
const NUMERAL_MARK = /[\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞-]/u;

function parseNumeral(t: Token): number | null {
  // Most tokens are no numeral: one test instead of the five below, which would all fail.
  if (!NUMERAL_MARK.test(t.lower) && !NUMBER_WORDS.has(t.lower)) return null;
  const clean = t.lower.replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(clean)) return Number(clean);
  // ("-10", "−10": the figure; whether it is below zero is belowZero's to read.)
  if (/^[-−–]\d+(\.\d+)?$/.test(clean)) return Number(clean.slice(1));
  const vulgar = /^(\d*)([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])$/u.exec(clean);
  if (vulgar) return Number(vulgar[1] || 0) + VULGAR_FRACTIONS[vulgar[2]!]!;
  const suffixed = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)$/.exec(clean);
  if (suffixed) return Number(suffixed[1]) * (SCALE_WORDS.get(suffixed[2]!) ?? 1);
  if (t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'ADJ') {
    const word = NUMBER_WORDS.get(t.lower);
    if (word !== undefined && !/^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|once|single|double|triple)$/.test(t.lower)) {
      return word;
    }
  }
  const hyphen = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(t.lower);
  if (hyphen) return (NUMBER_WORDS.get(hyphen[1]!) ?? 0) + (NUMBER_WORDS.get(hyphen[2]!) ?? 0);
  return null;
}

const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15],
  ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fiftieth', 50], ['hundredth', 100],
]);

const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 50], ['third', 100 / 3], ['quarter', 25], ['fifth', 20], ['sixth', 100 / 6], ['eighth', 12.5], ['tenth', 10], ['hundredth', 1], ['thousandth', 0.1],
]);

/**
 * "for a third month in a row", "a fifth year": an ordinal word that is also a fraction, before
 * a calendar period in the singular, counts the period off ("a quarter mile", "a half-hour" are
 * shares of their unit).
 */
function countedPeriod(t: Token, next: Token): boolean {
  return t.lower !== 'half' && t.lower !== 'quarter' && ordinalOf(t) !== null && /^(day|week|month|year|decade|season|term)$/.test(next.lower);
}

/** The value of an ordinal ("fourth", "4th", "21st"), or null. */
export function ordinalOf(t: Token): number | null {
  const digits = /^(\d+)(st|nd|rd|th)$/.exec(t.lower);
  if (digits) return Number(digits[1]);
  return ORDINAL_WORDS.get(t.lower) ?? null;
}

/**
 * An ordinal from `i` as a day of a month is said: "16th", "first", "thirtieth", or "twenty-first"
 * over the tokenizer's three tokens; its value (1-31) and last token, or null.
 */
export function ordinalDayAt(tokens: readonly Token[], i: number): { day: number; last: number } | null {
  const t = tokens[i];
  if (!t) return null;
  let day = ordinalOf(t);
  let last = i;
  if (/^(twenty|thirty)$/.test(t.lower) && tokens[i + 1]?.text === '-' && hyphenatedWithNext(tokens, i)) {
    const unit = tokens[i + 2] ? ordinalOf(tokens[i + 2]!) : null;
    day = unit !== null && unit < 10 ? NUMBER_WORDS.get(t.lower)! + unit : null;
    last = i + 2;
  }
  return day !== null && day >= 1 && day <= 31 ? { day, last } : null;
}

/** "1500 residents": a plural noun after a number makes it a count, not a year. */
export function countsSomething(next: Token | undefined): boolean {
  if (!next || next.pos !== 'NOUN') return false;
  return (next.lower !== next.lemma && /s$/.test(next.lower)) || /^(people|children|men|women|police|staff|cattle|personnel)$/.test(next.lower);
}

/** Words joining the two ends of a range of years: "between 875 and 880", "2019–2021". */
export const YEAR_RANGE_JOINER = /^(and|to|-|–)$/;

/** Words before a number that make a three-digit one a year: "in 875", "between 875 and 880", "AD 875". */
const EARLY_YEAR_CUES = /^(in|since|between|until|circa|c|ad)$/;

/**
 * A year written in three figures ("buried between 875 and 880", "founded in 962", "AD 410"):
 * after a word that places it in time, or as the other end of a range that starts with one,
 * or before "AD"/"BC"; never before what it counts ("in 875 cases").
 */
export function earlyYear(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/^\d{3}$/.test(t.lower) || countsSomething(tokens[i + 1]) || isUnitWord(tokens[i + 1]) || tokens[i + 1]?.text === '%') return false;
  if (/^(ad|bc|ce|bce)$/.test(tokens[i + 1]?.lower.replace(/\./g, '') ?? '')) return true;
  const cue = tokens[i - 1]?.lower.replace(/\./g, '') ?? '';
  if (EARLY_YEAR_CUES.test(cue)) return true;
  // The far end of a range: "between 875 and 880", "in 865–870".
  return YEAR_RANGE_JOINER.test(cue) && /^\d{3}$/.test(tokens[i - 2]?.lower ?? '') && EARLY_YEAR_CUES.test(tokens[i - 3]?.lower.replace(/\./g, '') ?? '');
}

/**
 * The end of a range of years written with its last two figures ("1612–19", "the 2024–25
 * season"): the full year, or null.
 */
export function abbreviatedYearEnd(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i];
  const start = tokens[i - 2];
  if (!t || !start || !/^\d{2}$/.test(t.lower) || !/^(-|–|\/)$/.test(tokens[i - 1]!.text) || !/^\d{4}$/.test(start.lower)) return null;
  const from = Number(start.lower);
  const end = Math.floor(from / 100) * 100 + Number(t.lower);
  return from >= 1000 && from <= 2199 && end > from ? end : null;
}

/** A cardinal word's value below a hundred ("seven", "twelve", "forty"), or null; a digit is no word. */
function cardinalWord(t: Token | undefined): number | null {
  const v = t && !/\d/.test(t.lower) && t.lower !== 'dozen' && ordinalOf(t) === null ? NUMBER_WORDS.get(t.lower) : undefined;
  return v !== undefined && Number.isInteger(v) && v < 100 && !/^(single|twice|double|triple|once)$/.test(t!.lower) ? v : null;
}

/**
 * A number under a hundred said in words from `i`: "seven", "forty", "forty-seven" (split by the
 * tokenizer at the hyphen) or "forty seven"; its value and last token, or null.
 */
function wordsUnderHundred(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const v = cardinalWord(tokens[i]);
  if (v === null) return null;
  if (v >= 20 && v % 10 === 0) {
    const hyphen = tokens[i + 1]?.text === '-' && hyphenatedWithNext(tokens, i);
    const unit = cardinalWord(tokens[hyphen ? i + 2 : i + 1]);
    if (unit !== null && unit >= 1 && unit <= 9) return { value: v + unit, last: hyphen ? i + 2 : i + 1 };
  }
  return { value: v, last: i };
}

/**
 * A number spelled out in words from `i`, the way it is said aloud: "two thousand, three hundred
 * and eighteen", "four hundred thousand", "thirty-one point two". Groups under a thousand are
 * joined by falling scale words, with "and" or a comma between them; a decimal part is "point"
 * and its digits one word each. Its value and last token, or null where no word number starts.
 */
function spelledNumberAt(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  let total = 0;
  let last = -1;
  let k = i;
  let scaleAbove = Infinity;
  let afterComma = false;
  for (;;) {
    // A group under a thousand: "three hundred and eighteen", "forty-seven", "hundred"; the
    // first may be "a" before its scale ("a hundred and eighty-five million").
    const head = k === i && /^(a|an)$/.test(tokens[k]?.lower ?? '') && /^(hundred|thousand|million|billion)$/.test(tokens[k + 1]?.lower ?? '')
      ? { value: 1, last: k } : wordsUnderHundred(tokens, k);
    if (!head) break;
    let { value: group, last: end } = head;
    // ("nineteen hundred", "twenty-five hundred": any group under a hundred counts hundreds.)
    // (After a comma only a group of hundreds goes on: "ten thousand, two of them children".)
    if (afterComma && tokens[end + 1]?.lower !== 'hundred') break;
    if (tokens[end + 1]?.lower === 'hundred') {
      group *= 100;
      end++;
      const rest = tokens[end + 1]?.lower === 'and' ? end + 2 : end + 1;
      const tail = wordsUnderHundred(tokens, rest);
      if (tail) {
        group += tail.value;
        end = tail.last;
      }
    }
    const scaleWord = tokens[end + 1]?.lower ?? '';
    const scale = /^(thousand|million|billion|trillion)$/.test(scaleWord) ? SCALE_WORDS.get(scaleWord)! : 1;
    if (scale >= scaleAbove) break;
    total += group * scale;
    last = scale > 1 ? end + 1 : end;
    if (scale === 1) break;
    scaleAbove = scale;
    // The next, smaller group: after "and" ("two thousand and five") or a comma ("two thousand,
    // three hundred").
    k = last + 1;
    afterComma = tokens[k]?.text === ',';
    if (afterComma) k++;
    if (tokens[k]?.lower === 'and') k++;
    if (cardinalWord(tokens[k]) === null) break;
  }
  if (last < 0) return null;
  // "thirty-one point two per cent", "one point five million": the decimal digits, a word each,
  // before what they measure ("at one point two men ran" has no decimal).
  if (tokens[last + 1]?.lower === 'point') {
    let digits = '';
    let d = last + 2;
    for (let v = cardinalWord(tokens[d]); v !== null && v < 10; v = cardinalWord(tokens[++d])) digits += String(v);
    if (digits && (unitOf(tokens[d]) || UNIT_WORDS[`${tokens[d]?.lower} ${tokens[d + 1]?.lower}`] || SCALE_WORDS.has(tokens[d]?.lower ?? ''))) {
      return { value: Number(`${total}.${digits}`), last: d - 1 };
    }
  }
  return { value: total, last };
}

/** The first two figures of a year said aloud: "nineteen" (ninety-eight), "twenty" (twenty-one). */
const SPOKEN_CENTURIES = /^(eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)$/;

/**
 * A year said aloud in two halves (a radio script's "twenty twenty-one", "nineteen ninety-eight",
 * "twenty-fourteen", "twenty oh five"): the year and its last token, or null. A second half under
 * ten ("twenty one") is a count, 21.
 */
export function spokenYearAt(tokens: readonly Token[], i: number): { year: number; last: number; end?: number } | null {
  const year = spokenYearOnly(tokens, i);
  if (!year) return null;
  // "the twenty twenty-eight to twenty-nine season" = "the 2028–29 season": the range's end said
  // as its last two figures is the year after in the same century (read as one mention, whose
  // last year the dates add).
  const to = tokens[year.last + 1]?.text;
  const end = to && /^(to|-|–)$/.test(to.toLowerCase()) ? wordsUnderHundred(tokens, year.last + 2) : null;
  const endYear = end ? Math.floor(year.year / 100) * 100 + end.value : 0;
  return end && endYear > year.year && endYear <= year.year + 20 ? { year: year.year, last: end.last, end: endYear } : year;
}

/** A single year said aloud in two halves (spokenYearAt without a range's end). */
function spokenYearOnly(tokens: readonly Token[], i: number): { year: number; last: number } | null {
  const t = tokens[i];
  if (!t || !SPOKEN_CENTURIES.test(t.lower)) return null;
  let k = i + 1;
  if (tokens[k]?.text === '-' && hyphenatedWithNext(tokens, i)) k++;
  const century = NUMBER_WORDS.get(t.lower)! * 100;
  if (/^(oh|o)$/.test(tokens[k]?.lower ?? '')) {
    const unit = cardinalWord(tokens[k + 1]);
    return unit !== null && unit >= 1 && unit <= 9 ? { year: century + unit, last: k + 1 } : null;
  }
  const rest = wordsUnderHundred(tokens, k);
  // ("twenty twenty-minute sessions", "nineteen forty-tonne lorries": the second half counts.)
  const counts = (x: Token | undefined) => x !== undefined && (unitOf(x) !== undefined || TIME_UNITS.has(x.lemma) || countsSomething(x));
  if (!rest || rest.value < 10 || counts(tokens[rest.last + 1]) || (tokens[rest.last + 1]?.text === '-' && counts(tokens[rest.last + 2]))) return null;
  return { year: century + rest.value, last: rest.last };
}

/**
 * A time of day said in words from `i`, the way a script or a quote says it: "one minute past
 * midnight", "half past nine", "a quarter to six", "twenty past ten", "ten o'clock"; its hour (0–23
 * where it says, else as said), minute and last token, or null.
 */
export function clockInWordsAt(tokens: readonly Token[], i: number): { hour: number; minute: number; last: number } | null {
  const hourAt = (k: number) => {
    const w = tokens[k]?.lower ?? '';
    if (w === 'midnight') return 0;
    if (w === 'noon' || w === 'midday') return 12;
    const v = cardinalWord(tokens[k]) ?? (/^\d{1,2}$/.test(w) ? Number(w) : null);
    return v !== null && v >= 1 && v <= 12 ? v : null;
  };
  // "ten o'clock"
  const whole = hourAt(i);
  if (whole !== null && tokens[i + 1]?.lower === "o'clock") return { hour: whole, minute: 0, last: i + 1 };
  let k = i;
  if (/^(a|an)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'quarter') k++;
  let minutes: number | null;
  if (tokens[k]?.lower === 'quarter') minutes = 15;
  else if (tokens[k]?.lower === 'half') minutes = 30;
  else {
    const said = wordsUnderHundred(tokens, k) ?? (/^\d{1,2}$/.test(tokens[k]?.lower ?? '') ? { value: Number(tokens[k]!.lower), last: k } : null);
    if (!said || said.value < 1 || said.value >= 60) return null;
    minutes = said.value;
    k = said.last;
    if (/^minutes?$/.test(tokens[k + 1]?.lower ?? '')) k++;
  }
  // ("Seven to two", "aged four to 11" are a vote and a range: before "to" only a quarter or
  // minutes named as such tell a time.)
  const side = tokens[k + 1]?.lower;
  const named = /^(quarter|minutes?)$/.test(tokens[k]?.lower ?? '');
  if (side !== 'past' && !(side === 'to' && named)) return null;
  const hour = hourAt(k + 2);
  // (Nor "past two hours": the hour is no count of something.)
  const after = tokens[k + 3];
  if (hour === null || (minutes === 30 && side !== 'past') || (after && after.lower !== "o'clock" && (after.pos === 'NOUN' || unitOf(after) !== undefined))) return null;
  const last = tokens[k + 3]?.lower === "o'clock" ? k + 3 : k + 2;
  return side === 'to' ? { hour: (hour + 23) % 24, minute: 60 - minutes, last } : { hour, minute: minutes, last };
}

function looksLikeDateNumber(tokens: readonly Token[], i: number, value: number): boolean {
  if (earlyYear(tokens, i) || abbreviatedYearEnd(tokens, i) !== null) return true;
  const t = tokens[i]!;
  const prev = tokens[i - 1]?.lower ?? '';
  const next = tokens[i + 1]?.lower ?? '';
  // A bare four-digit number is a year; counts that large are written "1,500" in news copy.
  if (/^\d{4}$/.test(t.lower) && value >= 1000 && value <= 2199 && !countsSomething(tokens[i + 1])) return true;
  if (MONTH_NAMES.has(prev) || MONTH_NAMES.has(next)) return true;
  // The other end of a range of days in one month: "12–20 October", "October 12 to 20".
  const day = (k: number) => /^\d{1,2}$/.test(tokens[k]?.lower ?? '');
  if (day(i) && value >= 1 && value <= 31) {
    if (DAY_RANGE_JOINER.test(next) && day(i + 2) && MONTH_NAMES.has(tokens[i + 3]?.lower ?? '')) return true;
    if (DAY_RANGE_JOINER.test(prev) && day(i - 2) && MONTH_NAMES.has(tokens[i - 3]?.lower ?? '')) return true;
  }
  if (TIME_UNITS.has(next) || /^\d{1,2}:\d{2}$/.test(t.lower)) return true;
  return false;
}

/** Words that say a bound is close to its figure: "just", "slightly", "a little", "a bit", "marginally". */
const SMALL_DEGREES = [['just'], ['slightly'], ['marginally'], ['fractionally'], ['a', 'little'], ['a', 'bit'], ['a', 'shade']];

/** Where a small-degree word ending right before `i` starts, or -1. */
function smallDegreeBefore(tokens: readonly Token[], i: number): number {
  for (const words of SMALL_DEGREES) {
    const first = phraseEndingBefore(tokens, words, i);
    if (first >= 0) return first;
  }
  return -1;
}

/**
 * Whether the amount at `i` describes the noun after it, "11km cycle lanes", "200 jobs": a thing
 * the amount is of, not a length of time ("two field seasons").
 */
function describesThing(tokens: readonly Token[], i: number): boolean {
  let head = isUnitWord(tokens[i + 1] ?? tokens[i]!) ? i + 2 : i + 1;
  if (parseNumeral(tokens[i]!) === null || tokens[head]?.pos !== 'NOUN' || isUnitWord(tokens[head]!)) return false;
  while (tokens[head + 1]?.pos === 'NOUN') head++;
  return !isTimeNoun(tokens[head]!.lemma);
}

function qualifierBefore(tokens: readonly Token[], i: number): { cls: ScopeClass; first: number } | null {
  // "push prices past $4", "climbed beyond 1,000": a preposition of passing after a verb (and its
  // object) bounds the figure from below. (Not "the past 10 years", "half past 10".)
  if (i >= 2 && /^(past|beyond)$/.test(tokens[i - 1]!.lower)) {
    let k = i - 2;
    // (Its object a noun phrase, an adjective only after its determiner, "taking the top price
    // beyond €250": "said warm conditions beyond 30km had …" tells a place.)
    const inPhrase = (t: Token, before: Token | undefined) => /^(NOUN|PROPN|DET)$/.test(t.pos) || (t.pos === 'ADJ' && /^(DET|ADJ)$/.test(before?.pos ?? ''));
    if (/^(NOUN|PROPN)$/.test(tokens[k]!.pos)) while (k > 0 && k > i - 6 && inPhrase(tokens[k]!, tokens[k - 1])) k--;
    if (tokens[k]!.pos === 'VERB') return { cls: 'at-least', first: i - 1 };
  }
  // "over the age of 65" bounds the age as "over 65" does.
  if (i >= 4 && tokens[i - 1]!.lower === 'of' && tokens[i - 2]!.lower === 'age' && tokens[i - 3]!.lower === 'the') {
    const bound = qualifierBefore(tokens, i - 3);
    if (bound) return bound;
  }
  // "a maximum height of 149m", "a minimum stake of £5": a bound ending in "of" with the measured
  // dimension before its "of" bounds the figure as the bound alone does ("a maximum of 149m").
  // (Or a compound of two: "a minimum purchase amount of $3,000".)
  let dimension = i - 1;
  while (dimension > i - 3 && tokens[dimension - 1]?.pos === 'NOUN' && !isUnitWord(tokens[dimension - 1]!)) dimension--;
  if (dimension < i - 1 && tokens[i - 1]!.lower === 'of') {
    const bound = QUALIFIER_WORDS.find(([, , words]) => words.length >= 3 && words[words.length - 1] === 'of' && phraseEndingBefore(tokens, words.slice(0, -1), dimension) >= 0);
    if (bound) return { cls: bound[1], first: phraseEndingBefore(tokens, bound[2].slice(0, -1), dimension) };
  }
  // "at about the 35km mark", "nearly the 2019 level": a hedge before the phrase a figure opens
  // hedges the figure (only a hedge: "more than the 40 required" compares with them).
  if (i >= 2 && tokens[i - 1]!.lower === 'the') {
    const hedge = qualifierBefore(tokens, i - 1);
    if (hedge && (hedge.cls === 'about' || hedge.cls === 'almost')) return hedge;
  }
  // "at least a 50% reduction", "more than a 10-point lead": a bound of two words or more before
  // the "a" of the phrase a figure opens bounds the figure, the size of the thing, and so does a
  // hedge ("about a 60% probability", as "a roughly 60 per cent chance"). (Not one preposition:
  // "under a three-year contract" is by its terms.)
  if (i >= 2 && /^an?$/.test(tokens[i - 1]!.lower)) {
    const bound = qualifierBefore(tokens, i - 1);
    if (bound && (bound.first < i - 2 || bound.cls === 'about' || bound.cls === 'almost')) return bound;
  }
  for (const [cue, cls, words] of QUALIFIER_WORDS) {
    const first = phraseEndingBefore(tokens, words, i);
    if (first < 0) continue;
    // "sued the developer over £2.3m", "a row over £40m of cuts", "lose fight over 11km cycle
    // lanes": "over" and a sum of money, or an amount describing the thing after it, after a
    // singular noun is the preposition of what the dispute is about ("salaries over £100,000",
    // after a plural, are bounded; and "over two seasons" may be when as much as how long).
    const before = tokens[first - 1];
    if (cue === 'over' && before && (before.pos === 'NOUN' || before.pos === 'PROPN') && before.lower === before.lemma && !isUnitWord(before) && !/s$/.test(before.lower) &&
      (/^\p{Sc}/u.test(tokens[i]?.text ?? '') || describesThing(tokens, i))) return null;
    // ("going back over 3,912 ballot papers": after a verb and its adverb, "over" is the
    // preposition of what the act goes across; not before a length of time, "dating back over
    // 40 years", which it bounds.)
    if (cue === 'over' && before?.pos === 'ADV' && tokens[first - 2]?.pos === 'VERB' && !isTimeNoun(tokens[i + 1]?.lemma ?? '')) return null;
    // "lower the track under 11 bridges", "flats above 12 shops": a preposition of place between a
    // noun and a count of things (no unit of measure) says where the noun is, not how many.
    const counted = tokens[i + 1];
    // (The noun inside a noun phrase, "the track": a lone word read as a noun may be a verb's
    // participle, "having ridden over 1,400 winners".)
    const phrase = /^(DET|ADJ|NOUN|NUM)$/.test(tokens[first - 2]?.pos ?? '');
    if (/^(under|over|below|above|beneath)$/.test(cue) && before?.pos === 'NOUN' && phrase && !isUnitWord(before) && counted?.pos === 'NOUN' && counted.lower !== counted.lemma && !isUnitWord(counted)) return null;
    // "a film about two sisters", "the report, about 40 migrant workers": "about" after a noun
    // that tells or thinks something (a film, a report, a dispute, a worry) is what it is about,
    // not a hedge on the count. (Not before a unit or a time: "a speech about 40 minutes long".)
    const teller = tokens[first - 1]?.text === ',' ? tokens[first - 2] : before;
    // (So is "over" after a noun of thought or feeling: "concerns over 32 ballot papers", "fears
    // over 40 jobs"; not "orders over £40", which bounds the orders.)
    const topicNouns = cue === 'about' ? TELLING_FILES : cue === 'over' ? THOUGHT_FILES : null;
    if (topicNouns && teller?.pos === 'NOUN' && counted && !isUnitWord(counted) && !TIME_UNITS.has(counted.lemma) && topicNouns.has(nounFile(teller.lemma))) return null;
    // "just under three days", "a little over 40", "slightly more than half": a small degree
    // before a bound puts the amount near the figure, a hedge ("almost", "about"), not a bound.
    // ("had chosen Thornbury over three other universities": after a verb of choosing and what it
    // chose, "over" sets the rest aside.)
    if (cue === 'over' && tokens.slice(Math.max(0, first - 6), first).some((t) => t.pos === 'VERB' && CHOOSING_VERBS.has(t.lemma))) return null;
    const degree = smallDegreeBefore(tokens, first);
    if (degree >= 0 && (cls === 'at-most' || cls === 'at-least')) return { cls: cls === 'at-most' ? 'almost' : 'about', first: degree };
    return { cls, first };
  }
  // "as deep as 300 metres", "as far as 40 km": an equative names the far end of a range, as
  // "up to" does, whatever the dimension ("as few as 3" and the like name the near end).
  const degree = tokens[i - 2];
  const graded = !!degree && (degree.pos === 'ADJ' || degree.pos === 'ADV');
  // (Not "as well as", which adds a thing: "16 weeks' pay as well as six months of cover".)
  if (i >= 3 && tokens[i - 3]!.lower === 'as' && tokens[i - 1]!.lower === 'as' && graded && degree.lower !== 'well') {
    return { cls: LOW_END.test(degree.lower) ? 'at-least' : 'at-most', first: i - 3 };
  }
  // "faster than 90mph", "older than 40": a comparative bounds the figure as "more than" does
  // ("younger than 18", "cheaper than £5" as "less than" does).
  const bound = comparativeBound(degree);
  if (bound && tokens[i - 1]!.lower === 'than') return { cls: bound, first: i - 2 };
  return null;
}

/**
 * The bound a comparative sets on a figure, "faster", "older", "warmer": at least; one of the low
 * end of its scale, "younger", "cheaper", "colder": at most. Null for a word that is none.
 */
function comparativeBound(t: Token | undefined): ScopeClass | null {
  if (!t || !/^(ADJ|ADV)$/.test(t.pos) || NOT_COMPARATIVES.has(t.lower)) return null;
  const comparative = /^(\p{L}{2,}?)i?er$/u.exec(t.lower);
  if (!comparative) return null;
  return LOW_END.test(comparative[1]!) || LOW_END.test(t.lemma) ? 'at-most' : 'at-least';
}

/** WordNet's noun files of thought and telling (noun.cognition, noun.communication): what a film or a dispute is about. */
const TELLING_FILES = new Set([9, 10]);
/** WordNet's noun files of thought and feeling (noun.cognition, noun.feeling): what a concern or a fear is over. */
const THOUGHT_FILES = new Set([9, 12]);

/** Degree words of the low end of their scale: a bound with them points down. */
const LOW_END = /^(few|little|less|low|small|short|young|early|soon|slow|cheap|light|close|near|narrow|quick|cold|cool)$/;
/** Words in -er that are not comparatives. */
const NOT_COMPARATIVES = new Set(['other', 'rather', 'either', 'neither', 'whether', 'former', 'latter', 'over', 'under', 'after', 'never', 'ever', 'later', 'sooner']);

/** Whether a word names a share of a whole ("half", "quarter", "third"). */
export function isFractionWord(t: Token | undefined): boolean {
  return !!t && FRACTIONS.has(t.lower);
}

/** Whether a word is a unit of measure ("GWh", "km", "MW"): after a figure it is the figure's, not a name. */
export function isUnitWord(t: Token | undefined): boolean {
  return unitOf(t) !== undefined;
}

/**
 * Whether a word is part of an amount's unit rather than a name: after a figure ("5.2 GWh",
 * "390 NOK"), a currency's code before one ("CHF 1.9bn"), or the country telling a currency
 * after one ("1.9 billion Swiss francs").
 */
/** "No." in "world No. 31": the mark of a place in a ranking, before its figure. */
function rankMarkerAt(tokens: readonly Token[], i: number): boolean {
  return /^No\.?$/.test(tokens[i]!.text) && /^\d+$/.test(tokens[i + 1]?.text ?? '');
}

export function inAmountUnit(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (rankMarkerAt(tokens, i)) return true;
  const afterFigure = /\d/.test(tokens[i - 1]?.text ?? '') || SCALE_WORDS.has(tokens[i - 1]?.lower ?? '');
  if (afterFigure && isUnitWord(t)) return true;
  // ("35 degrees Celsius", "95 °F": the scale of a temperature is no name.)
  if (/^(celsius|fahrenheit|centigrade|f|c)$/.test(t.lower) && (/^(degrees?|°)$/.test(tokens[i - 1]?.lower ?? '') || (/\d$/.test(tokens[i - 1]?.text ?? '') && tokens[i - 1]!.end === t.start))) return true;
  // (And a dollar sign with its country's letters before a figure: "A$120 million", "NZ$85m".)
  if (/^\p{Lu}{1,3}\$$/u.test(t.text) && /^\d/.test(tokens[i + 1]?.text ?? '')) return true;
  // (So is a code in an exchange rate's pair, "EUR/krone", "GBP/USD".)
  if (CURRENCY_CODES[t.text] !== undefined && (/^\d/.test(tokens[i + 1]?.text ?? '') || tokens[i + 1]?.text === '/' || tokens[i - 1]?.text === '/')) return true;
  return afterFigure && currencyToldByCountry(tokens, i) !== undefined;
}

/**
 * The currency a capitalised word before a currency word tells ("Swiss francs" = "CHF"), or
 * undefined. (Not dollars, whose country tells which: "Australian dollars".)
 */
function currencyToldByCountry(tokens: readonly Token[], k: number): string | undefined {
  const unit = unitOf(tokens[k + 1]);
  return /^\p{Lu}/u.test(tokens[k]?.text ?? '') && isMoney(unit ?? null) && !/^dollars?$/.test(tokens[k + 1]!.lower) ? unit : undefined;
}

/** The last index of "basis points" (or "basis-point", "bps") starting at `k`, or -1. */
function basisPointsAt(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text === '-') k++;
  if (/^(bps?|bp)$/.test(tokens[k]?.lower ?? '')) return k;
  if (tokens[k]?.lower !== 'basis') return -1;
  const p = tokens[k + 1]?.text === '-' ? k + 2 : k + 1;
  return /^points?$/.test(tokens[p]?.lower ?? '') ? p : -1;
}

/**
 * Whether "both" or "neither" at `i` counts the noun phrase after it ("both clubs", "both of
 * the school's previous inspections"), not a pair of phrases joined by "and" or "nor" ("both
 * its name and its office").
 */
function countsPair(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.pos === 'NOUN') return true;
  if (tokens[i + 1]?.lower !== 'of') return false;
  for (let k = i + 2; k < tokens.length && k <= i + 8; k++) {
    const w = tokens[k]!;
    if (w.pos === 'NOUN' && w.lower !== w.lemma) return true;
    if (!/^(DET|PRON|PROPN|ADJ|NOUN|PART)$/.test(w.pos)) return false;
  }
  return false;
}

/**
 * A temperature or a speed after an amount read so far (its unit and last token), as a story
 * localised for another market converts them: "95F", "35°C", "35 degrees Celsius", "97 km/h",
 * "60 miles per hour". Its unit and last token, or null where none follows.
 */
function scaleOrSpeedAfter(tokens: readonly Token[], last: number, unit: string | null): { unit: string; last: number } | null {
  const at = (k: number) => tokens[k]?.lower ?? '';
  if (unit === null || unit === 'deg') {
    // "95F" (the tokenizer cuts the letter off the figure), "95 °F", "35 degrees Celsius".
    let k = last + 1;
    if (tokens[k]?.text === '°') k++;
    const glued = tokens[k]?.start === tokens[k - 1]?.end;
    // (A scale letter ending its sentence keeps the full stop, as an initial does: "hit 86F.")
    const word = at(k).replace(/\.$/, '');
    const scale = /^(f|fahrenheit)$/.test(word) ? 'degF' : /^(c|celsius|centigrade)$/.test(word) ? 'degC' : null;
    if (scale && (unit === 'deg' || k > last + 1 || (glued && /^[FC]\.?$/.test(tokens[k]!.text)))) return { unit: scale, last: k };
    if (unit === null && k > last + 1) return { unit: 'deg', last: last + 1 };
  }
  if (unit === 'km' || unit === 'mile') {
    const speed = unit === 'km' ? 'kmh' : 'mph';
    if (at(last + 1) === '/' && /^(h|hr|h\.)$/.test(at(last + 2))) return { unit: speed, last: last + 2 };
    if (/^(per|an|a)$/.test(at(last + 1)) && at(last + 2) === 'hour') return { unit: speed, last: last + 2 };
  }
  return null;
}

/** A temperature in degrees Celsius, where its scale is known. */
function celsius(m: NumberMention): number | null {
  return m.value === null ? null : m.unit === 'degC' ? m.value : m.unit === 'degF' ? ((m.value - 32) * 5) / 9 : null;
}

/** A word in -s the tagger may read as a plural noun, with an object after it: the verb "costs" in "costs nothing". */
function verbWithObject(tokens: readonly Token[], k: number): boolean {
  return /s$/.test(tokens[k]?.lower ?? '') && /^(DET|PRON|NUM)$/.test(tokens[k + 1]?.pos ?? '');
}

/** The unit a word names, by its form or its lemma ("kilometre" is km), or undefined. */
export function unitOf(t: Token | undefined): string | undefined {
  // (A short unit ending its sentence keeps the full stop: "will edge up to 61p." gives "p.".)
  return t ? UNIT_WORDS[t.lower] ?? UNIT_WORDS[t.lemma] ?? CURRENCY_CODES[t.text] ?? (/^[a-z]{1,3}\.$/.test(t.lower) ? UNIT_WORDS[t.lower.slice(0, -1)] : undefined) : undefined;
}

/** The index of a plural share word after a count ("three quarters", "two - thirds"), or -1. */
function pluralShareAfter(tokens: readonly Token[], i: number): number {
  const k = tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
  const w = tokens[k];
  // "two quarters" on its own may be a company's quarters; a share is "of" something or hyphenated.
  return w && PLURAL_FRACTIONS.has(w.lower) && (k === i + 2 || tokens[k + 1]?.lower === 'of') ? k : -1;
}

/**
 * Amounts written in one token that are not one number: a score or vote "9-4" (two counts,
 * read as "nine votes to four") and a race time "31:02" or "1:02:45" (a duration in seconds;
 * two parts only when the first cannot be an hour of the day, "31:02", not "10:30").
 */
function compoundFigures(t: Token, i: number): NumberMention[] | null {
  const at = (value: number, unit: string | null): NumberMention => ({ first: i, last: i, value, magnitude: null, unit, qualifier: null, qualifierFirst: i });
  const score = /^(\d{1,3})[-–](\d{1,3})$/.exec(t.lower);
  if (score && t.pos === 'NUM') return [at(Number(score[1]), null), at(Number(score[2]), null)];
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t.lower);
  if (clock && (clock[3] !== undefined || Number(clock[1]) >= 24)) {
    const [a, b, c] = [Number(clock[1]), Number(clock[2]), clock[3] === undefined ? null : Number(clock[3])];
    return [at(c === null ? a * 60 + b : a * 3600 + b * 60 + c, 'second')];
  }
  return null;
}

/**
 * The lengths of time a bare clock-shaped token may also be ("1:12": 1 minute 12 seconds, or 1
 * hour 12 minutes), in seconds: a race gap or a running time where the other text spells it out.
 */
export function clockAsDurations(t: Token): number[] {
  const clock = /^(\d{1,2}):(\d{2})$/.exec(t.lower);
  if (!clock || Number(clock[2]) >= 60) return [];
  const [a, b] = [Number(clock[1]), Number(clock[2])];
  return [a * 60 + b, a * 3600 + b * 60];
}

/** A length of time in seconds, where its unit is an exact number of them; else null. */
export function inSeconds(m: NumberMention): number | null {
  const factor = m.value === null || m.unit === null ? null : exactly(m.unit, 'second');
  return factor === null ? null : Math.round(m.value! * factor);
}

/** How many of the second unit make one of the first, where that is exact (a year is 12 months, not 365.25 days). */
const EXACT_STEPS: ReadonlyArray<readonly [string, string, number]> = [
  ['millennium', 'century', 10], ['century', 'decade', 10], ['decade', 'year', 10], ['year', 'month', 12],
  ['fortnight', 'week', 2], ['week', 'day', 7], ['day', 'hour', 24], ['hour', 'minute', 60], ['minute', 'second', 60],
];

/** Words before a unit of time that make it one of it: "a year", "the next decade", "the past year", "the first fortnight", "over the decade". */
const ONE_PERIOD = /^(a|an|one|the|next|coming|past|last|previous|following|first|final)$/;

/**
 * Whether `value` of `unit` is exactly one of a unit the tokens write with "a", "an" or "one"
 * before it ("12 months" for "a year", "60 minutes" for "an hour"), or name as a period of one
 * ("ten years" for "the next decade", "12 months" for "the past year").
 */
export function oneWholeUnitIn(tokens: readonly Token[], value: number, unit: string): boolean {
  return tokens.some((t, i) => {
    // ("over the next decade" / "over the next ten years": a period named by its unit alone is one of it.)
    if (!ONE_PERIOD.test(t.lower)) return false;
    const big = unitOf(tokens[i + 1]);
    return big !== undefined && big !== unit && exactly(big, unit) === value;
  });
}

/** The unit of time an amount is told per ("£18m a year", "40 per week", "£5 each month"), or undefined. */
export function periodOfRate(tokens: readonly Token[], m: NumberMention): string | undefined {
  // (Past what it counts: "6,000 operations a year".)
  let k = m.last + 1;
  while (k <= m.last + 2 && tokens[k]?.pos === 'NOUN' && unitOf(tokens[k]) === undefined) k++;
  if (!/^(a|an|per|each|every)$/.test(tokens[k]?.lower ?? '')) return undefined;
  const unit = unitOf(tokens[k + 1]);
  // (A unit of time: one counted in seconds exactly, or a year, a month or a decade.)
  const ofTime = unit !== undefined && (exactly(unit, 'second') !== null || unit === 'year' || unit === 'month' || unit === 'decade');
  return ofTime ? unit : undefined;
}

/** How many of `period` a length of time is ("25 years" in years, "two years" in months), where that is exact; else null. */
export function periodsIn(m: NumberMention, period: string): number | null {
  const factor = m.value === null || m.unit === null ? null : exactly(m.unit, period);
  return factor === null ? null : m.value! * factor;
}

/**
 * "£18m a year" / "£1.5m a month": one rate told per another period, the amounts in the same
 * unit and in proportion to the periods (which must convert exactly: a year is 12 months, not
 * 52 weeks).
 */
export function sameRate(aTokens: readonly Token[], a: NumberMention, bTokens: readonly Token[], b: NumberMention): boolean {
  const pa = periodOfRate(aTokens, a), pb = periodOfRate(bTokens, b);
  if (!pa || !pb || pa === pb || a.value === null || b.value === null || a.unit !== b.unit) return false;
  const down = exactly(pa, pb), up = exactly(pb, pa);
  return (down !== null && close(a.value, b.value * down, 0.01)) || (up !== null && close(b.value, a.value * up, 0.01));
}

/**
 * How many of one period's rate make a rate per another: a rate per day is 7 a week, one per
 * year a twelfth a month; null where the two do not convert exactly.
 */
export function periodRatio(to: string, from: string): number | null {
  const up = exactly(to, from);
  if (up !== null) return up;
  const down = exactly(from, to);
  return down === null ? null : 1 / down;
}

/** `big` expressed in `small`, exactly, following the steps down; null where no exact chain exists. */
function exactly(big: string, small: string): number | null {
  let factor = 1;
  for (let unit = big; unit !== small;) {
    const step = EXACT_STEPS.find(([from]) => from === unit);
    if (!step) return null;
    factor *= step[2];
    unit = step[1];
  }
  return factor;
}

/**
 * Consecutive lengths of time in falling units are one duration, in the smaller unit:
 * "31 minutes 2 seconds" (1,862 seconds), "two years and eight months" (32 months).
 */
function joinDurations(out: NumberMention[], tokens: readonly Token[]): NumberMention[] {
  const joined: NumberMention[] = [];
  for (const m of out) {
    const prev = joined[joined.length - 1];
    const gap = prev ? tokens.slice(prev.last + 1, m.first) : [];
    const factor = prev?.unit && m.unit && prev.unit !== m.unit ? exactly(prev.unit, m.unit) : null;
    if (prev && prev.value !== null && m.value !== null && factor !== null && m.qualifier === null &&
      gap.every((g) => g.lower === 'and' || g.text === ',') && gap.length <= 2) {
      joined[joined.length - 1] = { ...prev, last: m.last, value: prev.value * factor + m.value, unit: m.unit };
      continue;
    }
    // (The larger unit may be one of it with no figure: "an hour and 38 minutes" is 98 minutes.)
    const one = m.qualifier === null && m.value !== null && m.unit && /^(a|an)$/.test(tokens[m.first - 3]?.lower ?? '') && tokens[m.first - 1]?.lower === 'and' ? unitOf(tokens[m.first - 2]) : undefined;
    const oneFactor = one && one !== m.unit && tokens[m.first - 2]!.lower === tokens[m.first - 2]!.lemma ? exactly(one, m.unit!) : null;
    if (oneFactor !== null && (!prev || prev.last < m.first - 3)) {
      joined.push({ ...m, first: m.first - 3, qualifierFirst: m.first - 3, value: oneFactor + m.value! });
      continue;
    }
    joined.push(m);
  }
  return joined;
}

/**
 * The amounts of a token list, by the list: several rules read the same sentence's amounts
 * (number, quantifier, roles, an unsupported sentence's figures), each for every pair, and a
 * sentence's token list is one array for the whole analysis. Read-only, since it is shared.
 */
const numbersOf = new WeakMap<readonly Token[], readonly NumberMention[]>();

/**
 * The whole a count is part of: "Nine of the bank's 14 branches", "three of its 12 stores" (a
 * plain count, then "of" and a larger plain count a few words on); undefined when it is none.
 */
export function partitiveWhole(tokens: readonly Token[], numbers: readonly NumberMention[], part: NumberMention): NumberMention | undefined {
  if (part.unit !== null || part.value === null) return undefined;
  return countAfterOf(tokens, numbers, part, 5, (m) => m.value! > part.value!);
}

/**
 * The whole a share is told of: "a quarter of the 48,000 cars", "half of its 300 staff" (a
 * share, then "of" and a plain count a few words on); undefined when it is none.
 */
export function shareWhole(tokens: readonly Token[], numbers: readonly NumberMention[], share: NumberMention): NumberMention | undefined {
  if (share.unit !== '%' || share.value === null) return undefined;
  return countAfterOf(tokens, numbers, share, 4, () => true);
}

/** A plain count within `reach` words after "of" right after `part`, in the same phrase (no mark or verb between), that `fits`. */
function countAfterOf(tokens: readonly Token[], numbers: readonly NumberMention[], part: NumberMention, reach: number, fits: (m: NumberMention) => boolean): NumberMention | undefined {
  if (tokens[part.last + 1]?.lower !== 'of') return undefined;
  return numbers.find((m) => m.first > part.last + 1 && m.first <= part.last + reach && m.unit === null && m.value !== null && fits(m) &&
    !tokens.slice(part.last + 2, m.first).some((t) => t.pos === 'PUNCT' || t.pos === 'VERB'));
}

export function findNumbers(tokens: readonly Token[]): readonly NumberMention[] {
  // By the offset-free array (tokens.ts): mentions hold token indices, and the reading compares
  // tokens' offsets only with each other's ("1.1m", "£2-3m").
  const own = offsetFree(tokens);
  let found = numbersOf.get(own);
  if (!found) numbersOf.set(own, (found = exceptedFromAll(withBoundsAfter(rangesShareScale(belowZero(joinDurations(findAmounts(tokens), tokens), tokens), tokens), tokens), tokens)));
  return found;
}

/**
 * "−10C", "–5C", "minus 5 degrees": a temperature after a minus sign set against it, or the
 * word "minus" (not after another figure, where it takes one from the other), is below zero.
 * (Only a temperature: a signed count, "17 seats (−3)", is a change told by its sign.)
 */
function belowZero(found: NumberMention[], tokens: readonly Token[]): NumberMention[] {
  return found.map((m) => {
    if (m.value === null || m.value <= 0 || m.first !== m.qualifierFirst || !/^deg/.test(m.unit ?? '')) return m;
    if (/^[-−–]\d/.test(tokens[m.first]!.text)) return { ...m, value: -m.value };
    const sign = tokens[m.first - 1];
    if (!sign || !((/^[-−–]$/.test(sign.text) && sign.end === tokens[m.first]!.start) || sign.lower === 'minus')) return m;
    if (tokens[m.first - 2]?.pos === 'NUM' || /\d$/.test(tokens[m.first - 2]?.text ?? '')) return m;
    return { ...m, first: m.first - 1, qualifierFirst: m.first - 1, value: -m.value };
  });
}

/** Whether two amounts are a range's ends: "4 to 6", "between 4 and 6", "£3–4 million". */
function rangeEnds(tokens: readonly Token[], m: NumberMention, far: NumberMention): boolean {
  if (m.value === null || far.value === null || far.first !== m.last + 2) return false;
  const joiner = tokens[m.last + 1]!;
  // (A dash with spaces round it sets off an aside: "stage 10 – 162 km of flat road".)
  const dash = /^[-–]$/.test(joiner.text) && joiner.start === tokens[m.last]!.end && tokens[far.first]!.start === joiner.end;
  return joiner.lower === 'to' || dash || (joiner.lower === 'and' && tokens[m.qualifierFirst - 1]?.lower === 'between');
}

/**
 * Which end of a rising range an amount is ("highs of 34–36°C": 36 its top, 34 its bottom), and
 * the other end; null when it ends none. `mentions` are the sentence's amounts, `m` among them.
 */
export function endOfRange(tokens: readonly Token[], mentions: readonly NumberMention[], m: NumberMention): { end: 'top' | 'bottom'; other: NumberMention } | null {
  const j = mentions.indexOf(m);
  const near = mentions[j - 1], far = mentions[j + 1];
  if (near && rangeEnds(tokens, near, m) && near.value! < m.value!) return { end: 'top', other: near };
  if (far && rangeEnds(tokens, m, far) && m.value! < far.value!) return { end: 'bottom', other: far };
  return null;
}

/**
 * "between 4 and 6 million euros", "from 20 to 30%": the near end of a rising range, written
 * without the scale or unit of the far end, has them, as a reader reads it.
 */
function rangesShareScale(found: NumberMention[], tokens: readonly Token[]): NumberMention[] {
  const scaleIn = (m: NumberMention) => {
    for (let k = m.first; k <= m.last; k++) {
      const w = tokens[k]!.lower.replace(/\.$/, '');
      if (SCALE_WORDS.has(w)) return SCALE_WORDS.get(w)!;
    }
    return 1;
  };
  return found.map((m, j) => {
    const far = found[j + 1], near = found[j - 1];
    // (The far end takes the unit written once before the near end: "£3–4 million" is £3m to £4m.)
    const own = near && m.unit === null && near.unit !== null && near.magnitude === null && rangeEnds(tokens, near, m) ? { ...m, unit: near.unit } : m;
    if (!far || m.magnitude !== null || (m.unit !== null && far.unit !== null && m.unit !== far.unit) || !rangeEnds(tokens, m, far)) return own;
    const scale = scaleIn(m) === 1 ? scaleIn(far) : 1;
    if ((scale === 1 && (m.unit !== null || far.unit === null)) || m.value! * scale >= far.value!) return own;
    return { ...m, value: m.value! * scale, unit: far.unit ?? m.unit };
  });
}

/** Words that hedge a figure from the gloss after its dash: "– roughly how many", "– estimated number of". */
const GLOSS_HEDGES = /^(roughly|about|around|approximately|approximate|estimated|nearly|almost)$/;

/** Words that take a count out of a universal after its noun: "every care home except one". */
const EXCEPTING = /^(except|bar|barring|save|but)$/;

/**
 * "every care home in the town except one", "every drilling programme bar two": a count taken
 * out of a universal after its noun is an exception, as "all but one" says before it. (The
 * universal in the same phrase: no verb or mark between.)
 */
function exceptedFromAll(found: NumberMention[], tokens: readonly Token[]): NumberMention[] {
  return found.map((m) => {
    const before = m.qualifierFirst - 1;
    if (m.qualifier !== null || m.unit !== null || !EXCEPTING.test(tokens[before]?.lower ?? '')) return m;
    for (let k = before - 1; k >= 0 && k >= before - 10; k--) {
      const t = tokens[k]!;
      if (/^(every|all|each)$/.test(t.lower)) return { ...m, qualifier: 'all-but' as ScopeClass, qualifierFirst: before };
      if (t.pos === 'VERB' || t.pos === 'AUX' || /^[,;:.!?]$/.test(t.text)) break;
    }
    return m;
  });
}

/**
 * "six months or more", "aged 65 and over", "20 or fewer": a bound written after the figure
 * (and its counted noun) bounds it as "at least" / "at most" before it would.
 */
function withBoundsAfter(found: NumberMention[], tokens: readonly Token[]): NumberMention[] {
  return found.map((m) => {
    if (m.value === null) return m;
    let k = m.last + 1;
    while (k <= m.last + 2 && tokens[k]?.pos === 'NOUN') k++;
    // (Past what the figure is a share of: "85% of capacity or less", "40% of the vote or more".)
    if (tokens[k]?.lower === 'of' && m.unit === '%') {
      const noun = tokens[k + 1]?.pos === 'DET' ? k + 2 : k + 1;
      if (tokens[noun]?.pos === 'NOUN' && /^(or|and)$/.test(tokens[noun + 1]?.lower ?? '')) k = noun + 1;
    }
    // "1,000 or so rhinos", "40 or thereabouts": a hedge after the figure, as "about" before it
    // (which, nearer the figure, it outranks: "just 1,000 or so" = "only around 1,000").
    const hedge = [m.last + 1, k].find((j) => tokens[j]?.lower === 'or' && /^(so|thereabouts)$/.test(tokens[j + 1]?.lower ?? ''));
    if (hedge !== undefined && (m.qualifier === null || m.qualifier === 'only')) return { ...m, qualifier: 'about', last: Math.max(m.last, hedge + 1) };
    if (m.qualifier !== null) return m;
    // "10% – roughly the share of a cup's price …": a gloss after a dash that tells what the
    // figure is, hedged, hedges the figure (a "by the numbers" list's item). (Where the figure
    // opens the item, the hedge may come a few words in: "38 million – roughly how many journeys
    // were made", "26,000 – estimated number of services cancelled".)
    if (/^[–—:-]$/.test(tokens[m.last + 1]?.text ?? '')) {
      const reach = m.qualifierFirst === 0 ? m.last + 5 : m.last + 2;
      for (let g = m.last + 2; g <= reach && tokens[g]?.isWord; g++) {
        const hedged = GLOSS_HEDGES.test(tokens[g]!.lower) && (reach > m.last + 2 || /^(the|a|an)$/.test(tokens[g + 1]?.lower ?? ''));
        if (hedged) return { ...m, qualifier: /^(nearly|almost)$/.test(tokens[g]!.lower) ? 'almost' : 'about' };
      }
    }
    // "500-plus lines", "62,000-odd tickets": a bound or a hedge joined to the figure by a hyphen.
    const joined = tokens[m.last + 1]?.text === '-' && tokens[m.last + 1]!.start === tokens[m.last]!.end ? tokens[m.last + 2] : undefined;
    if (joined && joined.start === tokens[m.last + 1]!.end && /^(plus|odd)$/.test(joined.lower)) {
      return { ...m, qualifier: joined.lower === 'plus' ? 'at-least' : 'about', last: m.last + 2 };
    }
    // "610,000 tonnes at most", "two hours at the least": a bound closing the amount.
    const at = tokens[k]?.lower === 'at' ? (tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1) : -1;
    // (Not "at most sites", "at least some": a scope word on a noun of its own.)
    const onNoun = tokens[at + 1]?.pos === 'NOUN' || (tokens[at + 1]?.pos === 'ADJ' && !/^(next|last|this)$/.test(tokens[at + 1]!.lower));
    if (at > 0 && /^(most|least)$/.test(tokens[at]?.lower ?? '') && !onNoun) {
      return { ...m, qualifier: tokens[at]!.lower === 'most' ? 'at-most' : 'at-least', last: at };
    }
    if (!/^(or|and)$/.test(tokens[k]?.lower ?? '')) return m;
    const word = tokens[k + 1]?.lower ?? '';
    // (Or any comparative: "22C or warmer", "aged 65 or older".)
    const cls: ScopeClass | null = /^(more|over|above|greater)$/.test(word) ? 'at-least' : /^(less|fewer|under|below)$/.test(word) ? 'at-most' : comparativeBound(tokens[k + 1]);
    // Not "five or more than six": the word must end the bound.
    if (cls === null || tokens[k + 2]?.lower === 'than') return m;
    return { ...m, qualifier: cls, last: k + 1 };
  });
}

/**
 * A clock time the tokenizer cut at its separator, with no space inside: "4" "." "12am", or
 * "4" "." "12" before "am"/"pm". (A decimal amount has no "am"/"pm": "4.12 per cent".)
 */
export function splitClock(tokens: readonly Token[], i: number): boolean {
  const sep = tokens[i + 1];
  const min = tokens[i + 2];
  if (!sep || !min || !/^[.:]$/.test(sep.text) || sep.start !== tokens[i]!.end || min.start !== sep.end) return false;
  if (/^\d{2}([ap]\.?m\.?)$/.test(min.lower)) return true;
  return /^\d{2}$/.test(min.lower) && /^[ap]\.?m\.?$/.test(tokens[i + 3]?.lower ?? '');
}

function findAmounts(tokens: readonly Token[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "12.01am", "3.15pm" cut at the separator: a clock time, the dates' (its hour is no amount).
    if (/^\d{1,2}$/.test(t.lower) && splitClock(tokens, i)) {
      i += /^\d{2}$/.test(tokens[i + 2]!.lower) ? 3 : 2;
      continue;
    }
    // "a one-time treasurer", "a one-off payment": a number word hyphened into a word WordNet
    // knows whole is that word, no count. (Not before a unit: "a one-year deal" counts a year.)
    const compound = tokens[i + 2];
    // (Nor a share, "one-third", "one-fifth", nor a number, "one-hundred".)
    if (t.lower === 'one' && compound && hyphenatedWithNext(tokens, i) && !isUnitWord(compound) && !TIME_UNITS.has(compound.lemma) &&
      ordinalOf(compound) === null && !FRACTIONS.has(compound.lemma) && parseNumeral(compound) === null && isKnownWord(`${t.lower}-${compound.lower}`)) {
      i += 2;
      continue;
    }
    // "world No. 31", "the No 2 seed": a place in a ranking, as "31st" is.
    if (rankMarkerAt(tokens, i)) {
      out.push({ first: i, last: i + 1, value: Number(tokens[i + 1]!.text), magnitude: null, unit: 'ordinal', qualifier: null, qualifierFirst: i });
      i++;
      continue;
    }
    // "since twenty twenty-one": a year said aloud, the dates'.
    const year = spokenYearAt(tokens, i);
    if (year) {
      i = year.last;
      continue;
    }
    // "the twenty-first century", "the twenty-first of June": an ordinal over the tokenizer's
    // three tokens (a day of a month the dates').
    const ordinal = tokens[i + 1]?.text === '-' ? ordinalDayAt(tokens, i) : null;
    if (ordinal && ordinal.last > i) {
      const ofMonth = tokens[ordinal.last + 1]?.lower === 'of' && MONTH_NAMES.has(tokens[ordinal.last + 2]?.lower ?? '');
      if (!ofMonth) out.push({ first: i, last: ordinal.last, value: ordinal.day, magnitude: null, unit: 'ordinal', qualifier: null, qualifierFirst: i });
      i = ordinal.last;
      continue;
    }
    // ("one minute past midnight", "half past nine": a time of day, no amount.)
    const clock = clockInWordsAt(tokens, i);
    if (clock) {
      i = clock.last;
      continue;
    }
    let first = i;
    const figures = compoundFigures(t, i);
    if (figures) {
      out.push(...figures);
      continue;
    }
    // "three quarters of its members" is 75%: the share is read here, over both words.
    const share = parseNumeral(t) !== null ? pluralShareAfter(tokens, i) : -1;
    if (share >= 0) {
      const qual = qualifierBefore(tokens, i);
      out.push({ first: i, last: share, value: parseNumeral(t)! * PLURAL_FRACTIONS.get(tokens[share]!.lower)!, magnitude: null, unit: '%', qualifier: qual?.cls ?? null, qualifierFirst: qual?.first ?? i });
      i = share;
      continue;
    }
    // "both clubs", "neither club" and "both of the school's previous inspections" count two.
    if ((t.lower === 'both' || t.lower === 'neither') && t.pos === 'DET' && countsPair(tokens, i)) {
      out.push({ first: i, last: i, value: 2, magnitude: null, unit: null, qualifier: null, qualifierFirst: i });
      continue;
    }
    // "a couple of trains" counts two.
    if (t.lower === 'a' && tokens[i + 1]?.lower === 'couple' && tokens[i + 2]?.lower === 'of' && tokens[i + 3]?.pos === 'NOUN') {
      out.push({ first: i, last: i + 1, value: 2, magnitude: null, unit: null, qualifier: null, qualifierFirst: i });
      i += 2;
      continue;
    }
    let unit: string | null = null;
    let value = parseNumeral(t);
    let magnitude: number | null = null;
    if (value === null) {
      // "billions of dollars", "thousands of computers": a vague magnitude.
      if (/^(hundreds|thousands|millions|billions|trillions|dozens)$/.test(t.lower)) {
        magnitude = t.lower === 'dozens' ? 12 : SCALE_WORDS.get(t.lower)!;
      } else if (/^(hundred|thousand|million|billion|trillion)$/.test(t.lower) && !parseNumeral(tokens[i - 1] ?? t) &&
        tokens[i - 1]?.lower !== 'a' && tokens[i - 1]?.lower !== 'an') {
        // "million dollars companies": a bare scale word is an amount of one of it.
        value = SCALE_WORDS.get(t.lower)!;
        if (!UNIT_WORDS[tokens[i + 1]?.lower ?? ''] && tokens[i - 1] && !/^(a|an|one|the)$/.test(tokens[i - 1]!.lower)) value = null;
        if (value === null) continue;
      } else if (t.lower === 'the' && /^(year|month|week)$/.test(tokens[i + 1]?.lower ?? '') && /^(to|ending|through|until)$/.test(tokens[i + 2]?.lower ?? '')) {
        // "in the year to 30 June" is a period of one year: "the 12 months to June 30".
        value = 1;
      } else if ((t.lower === 'a' || t.lower === 'an') && ((SCALE_WORDS.has(tokens[i + 1]?.lower ?? '') &&
        !/s$/.test(tokens[i + 1]!.lower)) || /^(decade|dozen|fortnight)$/.test(tokens[i + 1]?.lower ?? ''))) {
        value = 1;
      } else if (/^(half|quarter)$/.test(t.lower) && tokens[i - 1] && ordinalOf(tokens[i - 1]!) !== null && tokens[i + 1]?.lower === 'of' &&
        (/^\d{4}$/.test(tokens[i + 2]?.lower ?? '') || (/^(the|this|next|last)$/.test(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'year'))) {
        // "the first half of 2026" = "the first six months of 2026": a half or a quarter of a
        // year is its months (the ordinal is a number of its own).
        out.push({ first: i, last: i, value: t.lower === 'half' ? 6 : 3, magnitude: null, unit: 'month', qualifier: null, qualifierFirst: i });
        continue;
      } else if (FRACTIONS.has(t.lower) && tokens[i + 1]?.text === '-' && tokens[i + 1]!.start === t.end && /^points?$/.test(tokens[i + 2]?.lower ?? '')) {
        // "a quarter-point cut", "a half-point rise": a share of a percentage point.
        const start = /^(a|an)$/.test(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
        out.push({ first: start, last: i + 2, value: FRACTIONS.get(t.lower)! / 100, magnitude: null, unit: '%', qualifier: null, qualifierFirst: start });
        i += 2;
        continue;
      } else if (FRACTIONS.has(t.lower) && tokens[i + 1]?.lower === 'of' && /^(a|one)$/.test(tokens[i + 2]?.lower ?? '') &&
        (/^points?$/.test(tokens[i + 3]?.lower ?? '') || (tokens[i + 3]?.lower === 'percentage' && /^points?$/.test(tokens[i + 4]?.lower ?? '')))) {
        // "a quarter of a point", "half a percentage point" said with "of": the same share of a point.
        const start = /^(a|an)$/.test(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
        const last = tokens[i + 3]!.lower === 'percentage' ? i + 4 : i + 3;
        out.push({ first: start, last, value: FRACTIONS.get(t.lower)! / 100, magnitude: null, unit: '%', qualifier: null, qualifierFirst: start });
        i = last;
        continue;
      } else if (FRACTIONS.has(t.lower) && (t.lower === 'half' || /^(a|an|one)$/.test(tokens[i - 1]?.lower ?? '') ||
        (tokens[i - 1]?.text === '-' && tokens[i - 2]?.lower === 'one') ||
        // ("the remaining quarter", "the other third": the share left of a whole.)
        (/^(remaining|other)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower === 'the')) &&
        // "a quarter-final", "half-time", "a third-party supplier": a compound word, no share of anything.
        !(tokens[i + 1]?.text === '-' && tokens[i + 1]!.start === t.end && !unitOf(tokens[i + 2])) &&
        // "the first half", "the second quarter": a period counted off, not a share.
        !(tokens[i - 1] && ordinalOf(tokens[i - 1]!) !== null) &&
        // "has offered half that – 4.5%": a part of an amount just told, no share of a whole.
        !/^(that|this|it)$/.test(tokens[i + 1]?.lower ?? '') &&
        // "for a third consecutive month", "a third term": an ordinal before its noun, not a
        // share ("a third of the staff", "a third" alone).
        // ("a one-third stake" is a share.)
        // ("a fifth less pollen", "a third cheaper": before a comparative it is a share.)
        // (After "by" and before a time, a change's size: "rose by a third last year".)
        !(t.lower !== 'half' && /^(a|an)$/.test(tokens[i - 1]?.lower ?? '') && !(tokens[i - 2]?.lower === 'by' && /^(last|this|next)$/.test(tokens[i + 1]?.lower ?? '')) &&
          /^(ADJ|NOUN)$/.test(tokens[i + 1]?.pos ?? '') && (!unitOf(tokens[i + 1]) || countedPeriod(t, tokens[i + 1]!)) && tokens[i + 1]!.lower !== 'of' &&
          !/^(less|more|fewer|[a-z]+er)$/.test(tokens[i + 1]!.lower))) {
        // "half", "a fifth", "a one-third stake", "one in five" below: shares, comparable with percentages.
        const f = FRACTIONS.get(t.lower)!;
        const start = t.lower === 'half' ? i : tokens[i - 1]!.text === '-' ? i - 2 : i - 1;
        // "a year and a half" is 1.5 years: the fraction belongs to the unit before it. (So is
        // "the coming year and a half": a period named by its unit alone is one of it.)
        const unitBefore = unitOf(tokens[i - 3]);
        if (tokens[i - 2]?.lower === 'and' && /^(a|an)$/.test(tokens[i - 1]!.lower) && unitBefore && ONE_PERIOD.test(tokens[i - 4]?.lower ?? '')) {
          const qual = qualifierBefore(tokens, i - 4);
          out.push({ first: i - 4, last: i, value: 1 + f / 100, magnitude: null, unit: unitBefore, qualifier: qual?.cls ?? null, qualifierFirst: qual?.first ?? i - 4 });
          continue;
        }
        // "a quarter of a percent" is 0.25%, a share of a percentage point.
        // (So is "half a percentage point", with no "of".)
        const at = tokens[i + 1]?.lower === 'of' && /^(a|an|one)$/.test(tokens[i + 2]?.lower ?? '') ? i + 3 : t.lower === 'half' && /^(a|an)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : -1;
        const percent = at >= 0 ? tokens.slice(at, at + 2) : [];
        const percentWords = percent[0] && UNIT_WORDS[`${percent[0].lower} ${percent[1]?.lower ?? ''}`] === '%' ? 2
          : percent[0] && UNIT_WORDS[percent[0].lower] === '%' ? 1 : 0;
        if (percentWords) {
          out.push({ first: start, last: at - 1 + percentWords, value: f / 100, magnitude: null, unit: '%', qualifier: null, qualifierFirst: start });
          i = at - 1 + percentWords;
          continue;
        }
        const bound = qualifierBefore(tokens, start);
        // "a quarter of a kilometre" is 250 metres, "half an hour" 30 minutes: a share of one unit.
        // The unit follows after "of a" / "an" ("half an hour"), or straight on ("a half-hour", "a quarter mile").
        const article = tokens[i + 1]?.lower === 'of' ? i + 2 : i + 1;
        const unitAt = /^(a|an)$/.test(tokens[article]?.lower ?? '') ? article + 1 : article === i + 2 ? -1 : tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
        const unitShared = unitAt >= 0 ? unitOf(tokens[unitAt]) : undefined;
        if (unitShared && unitShared !== '%' && !/s$/.test(tokens[unitAt]!.lower)) {
          out.push({ first: start, last: unitAt, value: f / 100, magnitude: null, unit: unitShared, qualifier: bound?.cls ?? null, qualifierFirst: bound?.first ?? start });
          i = unitAt;
          continue;
        }
        out.push({ first: start, last: i, value: f, magnitude: null, unit: '%', qualifier: bound?.cls ?? null, qualifierFirst: bound?.first ?? start });
        continue;
      } else if (ordinalOf(t) !== null && !MONTH_NAMES.has(tokens[i - 1]?.lower ?? '') && !MONTH_NAMES.has(tokens[i + 1]?.lower ?? '') &&
        !(tokens[i + 1]?.lower === 'of' && MONTH_NAMES.has(tokens[i + 2]?.lower ?? ''))) {
        // "the fourth quarter" / "the fifth quarter"; "the 16th of May" is a date. A match's
        // "18th minute" is the time 18 minutes in ("after 18 minutes").
        const minute = /^minutes?$/.test(tokens[i + 1]?.lower ?? '');
        out.push({ first: i, last: minute ? i + 1 : i, value: ordinalOf(t), magnitude: null, unit: minute ? 'minute' : 'ordinal', qualifier: null, qualifierFirst: i });
        if (minute) i++;
        continue;
      } else {
        const compound = /^([a-z]+|\d+(?:\.\d+)?)-(year|month|week|day|hour|minute)s?(?:-old|-long)?$/.exec(t.lower);
        const amount = compound ? (NUMBER_WORDS.get(compound[1]!) ?? (/^\d/.test(compound[1]!) ? Number(compound[1]) : null)) : null;
        // "one-year anniversary", "25-year-old": a count of a unit in one token.
        if (compound && amount !== null) out.push({ first: i, last: i, value: amount, magnitude: null, unit: compound[2]!, qualifier: null, qualifierFirst: i });
        continue;
      }
    } else if (looksLikeDateNumber(tokens, i, value)) {
      continue;
    } else if ((tokens[i + 1]?.text === '-' && FRACTIONS.has(tokens[i + 2]?.lower ?? '')) || (t.lower === 'one' && FRACTIONS.has(tokens[i + 1]?.lower ?? ''))) {
      // "one-third", "one fifth": the fraction is read at its second word.
      continue;
    }
    let last = i;
    // "one in five" is a share: 20%. (So is "one in every five", "one pound in every three",
    // "one child in four": the counted noun may stand before "in", and then none after the
    // whole, "two derailments in three years" being a rate over a period.)
    const nounFirst = tokens[i + 1]?.pos === 'NOUN' && tokens[i + 2]?.lower === 'in';
    // (And "out of", of a set: "81 out of every 100 children", "seven out of ten voters"; not a
    // rating on a scale, "rated the risk at 3 out of 5".)
    const outOf = tokens[i + 1]?.lower === 'out' && tokens[i + 2]?.lower === 'of' &&
      (tokens[i + 3]?.lower === 'every' || tokens[i + 4]?.pos === 'NOUN');
    const inAt = tokens[i + 1]?.lower === 'in' ? i + 1 : outOf ? i + 2 : nounFirst ? i + 2 : -1;
    let ofAt = inAt < 0 ? -1 : tokens[inAt + 1]?.lower === 'every' ? inAt + 2 : inAt + 1;
    // (A noun after the whole makes a rate, "two derailments in three years"; not a verb the
    // tagger reads as one, with its object after it: "one event in three costs nothing".)
    if (nounFirst && /^(NOUN|PROPN|ADJ)$/.test(tokens[ofAt + 1]?.pos ?? '') && !verbWithObject(tokens, ofAt + 1)) ofAt = -1;
    // (Not a count over a length of time: "the second major one in 14 months".)
    if (ofAt > 0 && isTimeNoun(tokens[ofAt + 1]?.lemma ?? '')) ofAt = -1;
    if (value !== null && ofAt > 0 && tokens[ofAt] && parseNumeral(tokens[ofAt]!) !== null && !unit) {
      const of = parseNumeral(tokens[ofAt]!)!;
      if (of > value && of <= 1000) {
        // (With its bound: "more than four in ten". A hedge on a ratio, "roughly one in five", is
        // its roundness, which the ratio in words already says.)
        const before = qualifierBefore(tokens, i);
        const bound = before && (before.cls === 'at-least' || before.cls === 'at-most') ? before : null;
        out.push({ first: i, last: ofAt, value: (100 * value) / of, magnitude: null, unit: '%', qualifier: bound?.cls ?? null, qualifierFirst: bound?.first ?? i });
        i = ofAt;
        continue;
      }
    }
    // "one from Haldova arrived", "one at the back": "one" standing for a noun already named
    // is a pronoun, not a count ("one of the three" still counts).
    if (t.lower === 'one' && tokens[i + 1]?.pos === 'ADP' && !/^(of|in|out)$/.test(tokens[i + 1]!.lower)) continue;
    // "no one", "every one of its bolts", "any one", "not one library": a pronoun or a
    // quantifier's, not a count ("not one" is none, the negation's).
    if (t.lower === 'one' && /^(no|not|every|any|each|some)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    // "and on Sundays one every quarter of an hour": one of a thing already named, at a frequency
    // (the frequency's to compare), not a count.
    if (t.lower === 'one' && /^(every|each)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    // "The method was one the start-up had developed", "one that …": "one" with a clause right
    // after it, and no noun, stands for a thing already named.
    if (t.lower === 'one' && (/^(DET|PRON)$/.test(tokens[i + 1]?.pos ?? '') || /^(that|which|who|whose)$/.test(tokens[i + 1]?.lower ?? '')) &&
      /^(be|is|was|were|are)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    // "analysts had predicted a cut, but the bank stopped short of one, keeping …": "one" closing
    // a phrase of its preposition, for a thing the sentence named with "a" before it, stands for
    // that thing. (Not after "by", "to" or "from", which count: "won by one", "cut from two to one".)
    if (t.lower === 'one' && /^(of|for|with|into|on)$/.test(tokens[i - 1]?.lower ?? '') && /^[,.;:!?]$/.test(tokens[i + 1]?.text ?? '') &&
      tokens.slice(0, i - 1).some((x, k) => /^an?$/.test(x.lower) && tokens[k + 1]?.pos === 'NOUN')) continue;
    // "you can't use one to fill a paddling pool": "one" as a verb's object before a purpose, for
    // a thing already named, not a count.
    if (t.lower === 'one' && tokens[i - 1]?.pos === 'VERB' && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB') continue;
    // "of one another": the reciprocal pronoun, "each other".
    if (t.lower === 'one' && tokens[i + 1]?.lower === 'another' && !/^(NOUN|ADJ)$/.test(tokens[i + 2]?.pos ?? '')) continue;
    // "the third major one", "a bigger one", "this one", "a Harbourline one": after a determiner
    // and its describing words (a name's among them), "one" stands for a noun already named ("at
    // least one" still counts).
    // ("the one-year anniversary" counts: the number is part of a compound.)
    if (t.lower === 'one' && !/^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[i + 1]?.pos ?? '') && tokens[i + 1]?.text !== '-' && i > 0) {
      let k = i - 1;
      while (k > 0 && (/^(ADJ|PROPN)$/.test(tokens[k]!.pos) || ordinalOf(tokens[k]!) !== null)) k--;
      // (An owner is a determiner too: "the company's second major one", "its biggest one".)
      const owner = /^['’]s?$/.test(tokens[k]!.text) || POSSESSIVE_DETERMINERS.has(tokens[k]!.lower);
      if ((tokens[k]!.pos === 'DET' || owner) && tokens[k]!.lower !== 'no' && (k < i - 1 || /^(the|this|that|which)$/.test(tokens[k]!.lower))) continue;
    }
    // "from one year group to the next", "one after another": "one" opening a series picks out
    // each in turn; it counts nothing.
    if (t.lower === 'one' && tokens.slice(i + 1, i + 5).some((x, k) => /^(to|after)$/.test(x.lower) && /^(the|another)$/.test(tokens[i + 2 + k]?.lower ?? '') &&
      (tokens[i + 2 + k]!.lower === 'another' || /^(next|other)$/.test(tokens[i + 3 + k]?.lower ?? '')))) continue;
    // A fractional part: "7" "½" (the tokenizer splits "7½"), "seven and a half", "two and a quarter".
    if (value !== null && tokens[i + 1] && VULGAR_FRACTIONS[tokens[i + 1]!.text] !== undefined && tokens[i + 1]!.start === t.end) {
      value += VULGAR_FRACTIONS[tokens[i + 1]!.text]!;
      last = i + 1;
    } else if (value !== null && tokens[i + 1]?.lower === 'and' && /^(a|an|one)$/.test(tokens[i + 2]?.lower ?? '') &&
      /^(half|third|quarter)$/.test(tokens[i + 3]?.lower ?? '')) {
      value += FRACTIONS.get(tokens[i + 3]!.lower)! / 100;
      last = i + 3;
    }
    // A number said in words: "forty-seven" (split by the tokenizer at the hyphen), "two
    // thousand, three hundred and eighteen", "thirty-one point two".
    const spelled = value !== null && last === i ? spelledNumberAt(tokens, i) : null;
    if (spelled) ({ value, last } = spelled);
    // A currency symbol just before the number.
    const sym = currencyOfSymbol(tokens[i - 1]?.text ?? '');
    if (sym) {
      unit = sym;
      first = i - 1;
    }
    // Without a currency, "100m" is metres (the 100m sprint) or millions ("1.1m customers"): a
    // counted noun after it makes millions the first reading, and both stay, so that either
    // notation of either matches it. The tokenizer writes it as one word or as "100" "m".
    let alternative: NumberMention['alternative'];
    const glued = !sym && value !== null && /^\d+(\.\d+)?m$/.test(t.lower);
    const split = !sym && value !== null && /^m\.?$/.test(tokens[last + 1]?.lower ?? '') && tokens[last + 1]!.start === t.end;
    if (glued || split) {
      if (split) last++;
      const figure = glued ? Number(t.lower.slice(0, -1)) : value!;
      const millions = { value: figure * 1e6, unit: null };
      const metres = { value: figure, unit: 'm' };
      const counted = countsSomething(tokens[last + 1]) && !unitOf(tokens[last + 1]);
      ({ value, unit } = counted ? millions : metres);
      alternative = counted ? metres : millions;
    }
    // "four hundredths of a second"
    const part = /^(tenths?|hundredths?|thousandths?)$/.exec(tokens[i + 1]?.lower ?? '')?.[1];
    if (value !== null && part) {
      value /= part.startsWith('tenth') ? 10 : part.startsWith('hundredth') ? 100 : 1000;
    }
    // Scale words after it: "2.4 million", "a million".
    // Abbreviated scales ("$100m", "£2bn") need a currency; a bare "100m" is metres.
    const scaleAt = (k: number) => {
      // "a 1.5-billion-euro plant": a hyphen inside the figure reads as a space.
      if (tokens[k]?.text === '-' && tokens[k]!.start === tokens[k - 1]?.end) k++;
      const w = tokens[k]?.lower.replace(/\.$/, '') ?? '';
      if (!SCALE_WORDS.has(w) || /s$/.test(w)) return null;
      // (Or a currency named after it: "2.1bn crowns", "€"-less "3bn euros".)
      if (/^(k|m|mn|mln|b|bn|tn)$/.test(w) && !isMoney(unit) && !isMoney(unitOf(tokens[k + 1]) ?? null)) return null;
      return SCALE_WORDS.get(w)!;
    };
    for (let scale = scaleAt(last + 1); value !== null && scale !== null; scale = scaleAt(last + 1)) {
      value *= scale;
      last += tokens[last + 1]!.text === '-' ? 2 : 1;
      // "one hundred and twenty", "two thousand five hundred": a number spelled out in words
      // goes on in words. (Not after a figure: "€52m two years ago", "$3 million two weeks later".)
      let k = last + 1;
      if (tokens[k]?.lower === 'and') k++;
      const more = tokens[k] && !/\d/.test(t.text) ? parseNumeral(tokens[k]!) : null;
      if (more !== null && more < value && !/^\d/.test(tokens[k]!.lower)) {
        value += more;
        last = k;
      }
    }
    if (value !== null && tokens[last + 1]?.lower === 'dozen') {
      value *= 12;
      last++;
    }
    // A unit after it, possibly after "of": "dollars", "of dollars", "%", "per cent", "km".
    let k = last + 1;
    if (tokens[k]?.lower === 'of' && magnitude !== null) k++;
    // "one-year", "40-kilometre" when the tokenizer split at the hyphen. In "34-year-old" the
    // unit still counts, but the span stays on the number: the age is what an editor reads.
    let hyphenated = false;
    if (tokens[k]?.text === '-' && unitOf(tokens[k + 1])) {
      k++;
      hyphenated = tokens[k + 1]?.text === '-';
    }
    const next = tokens[k]?.lower ?? '';
    const next2 = `${next} ${tokens[k + 1]?.lower ?? ''}`;
    // "gigawatt-hours", split by the tokenizer at the hyphen.
    const joined = tokens[k + 1]?.text === '-' && tokens[k + 1]!.start === tokens[k]!.end ? `${next}-${tokens[k + 2]?.lower ?? ''}` : '';
    if (joined && UNIT_WORDS[joined]) {
      unit ??= UNIT_WORDS[joined]!;
      last = k + 2;
    } else if (UNIT_WORDS[next2]) {
      unit ??= UNIT_WORDS[next2]!;
      last = k + 1;
    } else if (unitOf(tokens[k])) {
      unit ??= unitOf(tokens[k])!;
      if (!hyphenated) last = k;
    } else if (currencyToldByCountry(tokens, k) !== undefined) {
      // "1.9 billion Swiss francs" = "CHF 1.9bn".
      unit ??= currencyToldByCountry(tokens, k)!;
      last = k + 1;
    } else if (unit === null && value !== null) {
      // "25 basis points", "a 25-basis-point cut", "25bps": hundredths of a percentage point,
      // which is read as a percent.
      const basis = basisPointsAt(tokens, k);
      if (basis > 0) {
        unit = '%';
        value /= 100;
        last = basis;
      }
    }
    const local = scaleOrSpeedAfter(tokens, last, unit);
    if (local) ({ unit, last } = local);
    // "an entry that tipped the scales at 1,092 pounds" (78 stone, localised for US readers): a
    // sum in "pounds" with no "£" is money or a weight, and either reading may match.
    if (!sym && value !== null && unit === 'gbp' && /^pounds?$/.test(tokens[last]?.lower ?? '')) alternative ??= { value, unit: 'lb' };
    let qual = qualifierBefore(tokens, first);
    // "9,000+ people": a plus sign set on a figure is "more than" it.
    // (Not a sum, "3+2".)
    if (value !== null && tokens[last + 1]?.text === '+' && tokens[last + 1]!.start === tokens[last]!.end && !/^\d/.test(tokens[last + 2]?.text ?? '')) {
      qual ??= { cls: 'at-least', first };
      last++;
    }
    // "went up to 1.2 billion dollars from 1.1 billion", "from £30,740 up to £32,123": a change's
    // end point, reached from a starting figure, is no upper bound.
    if (qual && tokens[qual.first]!.lower === 'up') {
      const fromAt = (k: number) => tokens[k]?.lower === 'from';
      // (Not a date the span runs from: "up to 10 weeks from June 2025".)
      const after = fromAt(last + 1) && tokens.slice(last + 2, last + 5).some((x) => parseNumeral(x) !== null) && !tokens.slice(last + 2, last + 5).some((x) => MONTHS.includes(x.lower));
      const before = [2, 3, 4].some((d) => fromAt(qual!.first - d) && tokens.slice(qual!.first - d + 1, qual!.first).some((x) => parseNumeral(x) !== null));
      // (Nor the particle of a verb that a pronoun object splits, "built it up to 38 musicians":
      // the figure is where the building took it.)
      // (A verb WordNet knows with "up": "costing it up to £90m" is a bound.)
      const particle = tokens[qual.first - 1]?.pos === 'PRON' && tokens[qual.first - 2]?.pos === 'VERB' && isVerbLemma(`${tokens[qual.first - 2]!.lemma}_up`);
      if (after || before || particle) qual = null;
    }
    // "jailed over £1.7m theft", "a row over a £2bn deal": a sum describing the noun after it is
    // that noun's, and "over" before it is the preposition of the noun phrase, no bound.
    if (qual && tokens[qual.first]!.lower === 'over' && qual.first === first - 1 && isMoney(unit) && tokens[last + 1]?.pos === 'NOUN') qual = null;
    out.push({ first, last, value, magnitude, unit, qualifier: qual?.cls ?? null, qualifierFirst: qual?.first ?? first, ...(alternative && { alternative }) });
    i = last;
  }
  return out;
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b), 1e-12);
}

/** A mention's readings: its own, then the other one an ambiguous notation allows. */
function readings(m: NumberMention): NumberMention[] {
  return m.alternative ? [m, { ...m, ...m.alternative, alternative: undefined }] : [m];
}

/** Whether one amount could have been edited into the other: same kind of unit. */
export function comparableAmounts(a: NumberMention, b: NumberMention): boolean {
  return readings(a).some((x) => readings(b).some((y) => comparableReadings(x, y)));
}

/** A vague plural with no unit of its own: "hundreds", "dozens of". */
function vagueCount(m: NumberMention): boolean {
  return m.value === null && m.magnitude !== null && !m.unit;
}

function comparableReadings(a: NumberMention, b: NumberMention): boolean {
  if (a.unit === b.unit) return true;
  // A rank ("for the first time") is not a count: "three" does not replace "first".
  if (a.unit === 'ordinal' || b.unit === 'ordinal') return false;
  // (A vague plural with no unit counts things, never a measure: "Hundreds told to leave" is no
  // "3.9 metres".)
  if ((vagueCount(a) && b.unit) || (vagueCount(b) && a.unit)) return false;
  if (!a.unit || !b.unit) return !isMoneyOrPercent(a.unit) && !isMoneyOrPercent(b.unit);
  const ca = TO_BASE[a.unit];
  const cb = TO_BASE[b.unit];
  return (isMoney(a.unit) && isMoney(b.unit)) || (!!ca && !!cb && ca[0] === cb[0]);
}

/** The units that are sums of money: every currency the tables above name, and cents. */
const MONEY_UNITS: ReadonlySet<string> = new Set([...Object.values(CURRENCY_SYMBOLS), ...Object.values(PREFIXED_DOLLARS), ...Object.values(CURRENCY_WORDS), ...Object.values(CURRENCY_CODES), 'cent']);

export function isMoney(unit: string | null): boolean {
  return !!unit && MONEY_UNITS.has(unit);
}

function isMoneyOrPercent(unit: string | null): boolean {
  return isMoney(unit) || unit === '%';
}

/**
 * Whether a vague plural ("hundreds", "dozens", "thousands") is what a figure comes to: two to
 * ten of its order ("hundreds" of "around 350 homes"). One way only: the figure says more.
 */
export function vaguelyCounts(vague: NumberMention, figure: NumberMention): boolean {
  const m = vague.magnitude;
  if (vague.value !== null || m === null || figure.value === null || figure.magnitude !== null) return false;
  return (vague.unit === figure.unit || vague.unit === null) && figure.value >= 2 * m && figure.value < 10 * m;
}

/** Same amount, allowing different notations and convertible units. */
export function sameAmount(a: NumberMention, b: NumberMention): boolean {
  return readings(a).some((x) => readings(b).some((y) => sameReading(x, y)));
}

function sameReading(a: NumberMention, b: NumberMention): boolean {
  if (a.value === null || b.value === null) {
    if (a.magnitude === null || b.magnitude === null) return false;
    return a.magnitude === b.magnitude && (a.unit === b.unit || !a.unit || !b.unit);
  }
  if (a.unit && b.unit && a.unit !== b.unit) {
    // "642 cents" is "$6.42": a hundredth of whichever currency the other names.
    if ((a.unit === 'cent') !== (b.unit === 'cent') && isMoney(a.unit) && isMoney(b.unit)) {
      return close(a.unit === 'cent' ? a.value / 100 : a.value, b.unit === 'cent' ? b.value / 100 : b.value, 1e-9);
    }
    const ca = TO_BASE[a.unit];
    const cb = TO_BASE[b.unit];
    if (!ca || !cb || ca[0] !== cb[0]) return false;
    // "95F" = "35C", rounded to the degree; a bare "40 degrees" is "40C" or "40F".
    if (ca[0] === 'temperature') {
      const x = celsius(a), y = celsius(b);
      return x === null || y === null ? a.value === b.value : Math.abs(x - y) <= 0.6;
    }
    // (Or converted and rounded to the figures the other writes, as an editor converts: "3 miles"
    // is 4.83km, "5km"; within 5% only, so that "1 mile" is no "2km".)
    const rounded = (x: NumberMention, y: NumberMention, cx: readonly [string, number], cy: readonly [string, number]) => {
      const places = (String(y.value).split('.')[1] ?? '').length;
      const converted = (x.value! * cx[1]) / cy[1];
      return Number(converted.toFixed(places)) === y.value && close(converted, y.value!, 0.05);
    };
    return close(a.value * ca[1], b.value * cb[1], 0.03) || rounded(a, b, ca, cb) || rounded(b, a, cb, ca);
  }
  // Shares written as words are round: "a third" is 33%, "one in five" 20%.
  return close(a.value, b.value, a.unit === '%' || b.unit === '%' ? 0.02 : 1e-9);
}

/**
 * A mention's value told in another unit, or null where the two cannot convert: "30 cents" in
 * euros is 0.30, "18 months" in years 1.5. (Any currency's hundredth is a cent.) Vague plurals
 * have no value.
 */
export function valueIn(m: NumberMention, unit: string | null): number | null {
  if (m.value === null) return null;
  if (m.unit === unit) return m.value;
  if (!m.unit || !unit) return null;
  if ((m.unit === 'cent') !== (unit === 'cent') && isMoney(m.unit) && isMoney(unit)) return m.unit === 'cent' ? m.value / 100 : m.value * 100;
  const from = TO_BASE[m.unit];
  const to = TO_BASE[unit];
  return from && to && from[0] === to[0] && from[0] !== 'temperature' ? (m.value * from[1]) / to[1] : null;
}

/**
 * The noun a count counts, read from the words after it ("12-turbine wind farm", "six new
 * turbines": turbine), or undefined for a measure or a count of nothing named.
 */
export function countedAfter(tokens: readonly Token[], m: NumberMention): string | undefined {
  if (m.unit !== null) return undefined;
  for (let k = m.last + 1; k <= m.last + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN') return t.lemma;
    if (t.text !== '-' && t.pos !== 'ADJ') return undefined;
  }
  return undefined;
}

/** Every amount in a text's sentences with its span and the noun it counts: computed once per analysis (see callers' memo). */
export function locatedNumbers(sentences: ReadonlyArray<{ readonly tokens: readonly Token[] }>): Array<{ m: NumberMention; span: { start: number; end: number }; counted: string | undefined }> {
  return sentences.flatMap((s) => findNumbers(s.tokens).map((m) => ({
    m,
    span: { start: s.tokens[m.first]!.start, end: s.tokens[m.last]!.end },
    counted: countedAfter(s.tokens, m),
  })));
}
