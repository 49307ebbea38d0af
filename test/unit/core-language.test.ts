// nonEnglishLanguage counts ASCII letters without a regex, finds words with a plain regex when no
// letter is outside ASCII, and remembers its last few answers (language.ts); it must answer
// exactly as the straightforward version does, kept here as the reference (over the same tables).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { nonEnglishLanguage, SCRIPTS, STOPWORDS } from '../../src/core/language';

function reference(whole: string): { code: string; name: string } | null {
  const text = whole.length > 50_000 ? whole.slice(0, 50_000) : whole;
  let latin = 0;
  let other = 0;
  const byScript = new Map<string, number>();
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    if (/\p{Script=Latin}/u.test(ch)) {
      latin++;
      continue;
    }
    other++;
    const s = SCRIPTS.find((x) => x.re.test(ch));
    if (s) byScript.set(s.code, (byScript.get(s.code) ?? 0) + 1);
  }
  if (latin + other < 40) return null;
  if (other > latin) {
    const best = [...byScript].sort((a, b) => b[1] - a[1] || (a[0] === 'ja' ? -1 : 1))[0];
    if (!best) return null;
    const code = best[0] === 'zh' && byScript.has('ja') ? 'ja' : best[0];
    const s = SCRIPTS.find((x) => x.code === code)!;
    return { code: s.code, name: s.name };
  }
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  if (words.length < 8) return null;
  const share = (code: string) => words.filter((w) => STOPWORDS[code]!.words.has(w)).length / words.length;
  const english = share('en');
  let best: { code: string; share: number } | null = null;
  for (const code of Object.keys(STOPWORDS)) {
    if (code === 'en') continue;
    const s = share(code);
    if (!best || s > best.share) best = { code, share: s };
  }
  if (best && best.share >= 0.15 && best.share > 2 * english) return { code: best.code, name: STOPWORDS[best.code]!.name };
  return null;
}

// Function words of every language, English words, other scripts, accents, apostrophes,
// astral characters and lone surrogates, digits and punctuation.
const PIECES = [...Object.values(STOPWORDS).flatMap((s) => [...s.words].slice(0, 12)), 'council', 'Budget', 'approved',
  'Привет', 'мир', 'שלום', 'مرحبا', 'Γειά', 'こんにちは', 'カタカナ', '漢字', '한국어', 'नमस्ते', 'สวัสดี', 'café', 'İstanbul', 'ǅ',
  "don't", 'it’s', '𝒜𝒷', '😀', '\ud800', '\udc00', 'Ⓐ', 'Ⅻ', 'K', '42', '3.5', ' ', ' ', ' ', '\n', ',', '.', '“', '”', '—'];
const texty = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));

describe('nonEnglishLanguage', () => {
  it('reads a short English sentence that uses words other languages share ("door", "in") as English', () => {
    assert.equal(nonEnglishLanguage('The 42-year-old denied assaulting a door supervisor outside a nightclub in Farley in August.'), null);
    assert.equal(nonEnglishLanguage('De rechter zei dat de verdachte in augustus een portier voor de deur van een nachtclub had aangevallen.')?.code, 'nl');
  });

  it('answers as the reference version on random mixes of languages and scripts', () => {
    fc.assert(fc.property(texty, (text) => {
      assert.deepEqual(nonEnglishLanguage(text), reference(text));
    }), { numRuns: 4000 });
  });

  it('answers as the reference version near its thresholds (function-word shares about 15%, twice English)', () => {
    const codes = Object.keys(STOPWORDS);
    const neutral = ['council', 'budget', 'approved', 'Tuesday', 'million', 'café', 'naïve', 'rates', '2024', 'road'];
    const nearThreshold = fc.record({
      lang: fc.constantFrom(...codes),
      foreign: fc.integer({ min: 0, max: 30 }),
      english: fc.integer({ min: 0, max: 15 }),
      other: fc.integer({ min: 0, max: 120 }),
      seed: fc.integer(),
    }).map(({ lang, foreign, english, other, seed }) => {
      const pick = (list: readonly string[], k: number) => list[Math.abs(seed * 31 + k * 17) % list.length]!;
      const fw = [...STOPWORDS[lang]!.words];
      const ew = [...STOPWORDS.en!.words];
      const words = [
        ...Array.from({ length: foreign }, (_, k) => pick(fw, k)),
        ...Array.from({ length: english }, (_, k) => pick(ew, k + 7)),
        ...Array.from({ length: other }, (_, k) => pick(neutral, k + 3)),
      ];
      // Interleaved deterministically, so every mix of positions occurs across runs.
      return words.sort((a, b) => ((a.length * 7 + seed) % 5) - ((b.length * 7 + seed) % 5)).join(' ');
    });
    let foreignAnswers = 0;
    fc.assert(fc.property(nearThreshold, (text) => {
      const expected = reference(text);
      if (expected) foreignAnswers++;
      assert.deepEqual(nonEnglishLanguage(text), expected);
    }), { numRuns: 3000 });
    // The generator does reach both answers.
    assert.ok(foreignAnswers > 100 && foreignAnswers < 2900, `${foreignAnswers} foreign answers`);
  });

  it('answers as the reference version past the sample length, and again from memory', () => {
    const long = 'Le conseil a approuvé le budget mardi et les élus sont contents. '.repeat(900) + 'x\ud83d';
    assert.deepEqual(nonEnglishLanguage(long), reference(long));
    assert.deepEqual(nonEnglishLanguage(long), reference(long));
    const english = 'The council approved the budget on Tuesday, and it was said that the members were pleased. '.repeat(700);
    assert.deepEqual(nonEnglishLanguage(english), null);
    assert.deepEqual(reference(english), null);
  });
});
