// A comparison key that makes British and American spellings equal ("behaviour" = "behavior",
// "organise" = "organize", "centre" = "center"). The key is only ever compared with another key
// built the same way, so folding a few unrelated words together ("rise" and "rize") is harmless.

const WHOLE_WORD: Readonly<Record<string, string>> = {
  programme: 'program', programmes: 'programs', defence: 'defense', offence: 'offense',
  licence: 'license', pretence: 'pretense', grey: 'gray', tyre: 'tire', tyres: 'tires',
  aluminium: 'aluminum', cheque: 'check', cheques: 'checks', kerb: 'curb', plough: 'plow',
  sceptical: 'skeptical', sceptic: 'skeptic', mould: 'mold', moult: 'molt', storey: 'story',
  judgement: 'judgment', ageing: 'aging', enrol: 'enroll', fulfil: 'fulfill', manoeuvre: 'maneuver',
  paediatric: 'pediatric', anaesthetic: 'anesthetic', oestrogen: 'estrogen', foetus: 'fetus',
  haemorrhage: 'hemorrhage', leukaemia: 'leukemia', diarrhoea: 'diarrhea', orthopaedic: 'orthopedic',
  kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  metre: 'meter', metres: 'meters', litre: 'liter', litres: 'liters',
};

const cache = new Map<string, string>();

export function spellingKey(lower: string): string {
  let key = cache.get(lower);
  if (key === undefined) {
    key = computeKey(lower);
    // Bounded: a long document's vocabulary fits, a hostile one cannot grow it without limit.
    if (cache.size > 200_000) cache.clear();
    cache.set(lower, key);
  }
  return key;
}

function computeKey(lower: string): string {
  const whole = WHOLE_WORD[lower];
  if (whole) return whole;
  let w = lower;
  if (w.length > 4) {
    w = w.replace(/our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less)?$/, 'or$1');
    w = w.replace(/(i|y)s(e|es|ed|ing|er|ers|ation|ations)$/, '$1z$2');
    w = w.replace(/([^aeiou])(tre|bre)(s)?$/, (_m, c: string, end: string, s?: string) => `${c}${end[0]}er${s ?? ''}`);
    w = w.replace(/ogue(s)?$/, 'og$1');
    w = w.replace(/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2');
  }
  return w;
}
