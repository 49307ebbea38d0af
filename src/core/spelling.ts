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

/** The other spellings' keys back to their words, for the few whole-word keys. */
const WHOLE_WORD_SOURCES = new Map<string, string[]>();
for (const [word, key] of Object.entries(WHOLE_WORD)) (WHOLE_WORD_SOURCES.get(key) ?? WHOLE_WORD_SOURCES.set(key, []).get(key)!).push(word);

/** Each suffix rule of computeKey read backwards: the spelling it may have come from. */
const UNDO: readonly [RegExp, string][] = [
  [/or(s|ed|ing|ite|ites|able|ably|er|ers|ful|less)?$/, 'our$1'],
  [/(i|y)z(e|es|ed|ing|er|ers|ation|ations)$/, '$1s$2'],
  [/([^aeiou])([tb])er(s)?$/, '$1$2re$3'],
  [/og(s)?$/, 'ogue$1'],
  [/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
];

/**
 * The spellings other than the key itself that give this key ("raize" <- "raise", "labor" <-
 * "labour"): a dictionary that lists words as written (WordNet) is asked for these when it does
 * not know the key, since the engine's lemmas are keys.
 */
export function spellingsOf(key: string): string[] {
  const out = [...(WHOLE_WORD_SOURCES.get(key) ?? [])];
  for (const [pattern, replacement] of UNDO) {
    if (!pattern.test(key)) continue;
    const word = key.replace(pattern, replacement);
    if (word !== key && computeKey(word) === key) out.push(word);
  }
  return out;
}
