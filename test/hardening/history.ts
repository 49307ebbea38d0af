// Pairs for the determinism tests: a probe whose findings once depended on what the engine had
// read before (a bare combining accent, first met after a digit, stayed an "unknown" token for
// good), and a deterministic stream of other pairs full of novel words.

/** The probe: a bare combining accent as a word of its own, on both sides. */
export const PROBE = {
  source: 'The council approved \u0301 the plan on Monday, said Mayor Q\u0301uimby.',
  rewrite: 'The council rejected \u0301 the plan on Tuesday, Q\u0301uimby said.',
};

/** Texts that taught the old shared vocabulary the wrong features for the probe's words. */
export const POISON = ['14\u0301 councils', 'x14\u0301 Q\u0301uimby.', '3\u0301'];

/** A small seeded generator, so every run reads the same "random" pairs. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 0x100000000;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzéüß';

/** A novel word (never in wink's lexicon), sometimes capitalised or with a digit or an accent. */
export function novelWord(rnd: () => number): string {
  let w = '';
  const n = 5 + Math.floor(rnd() * 6);
  for (let i = 0; i < n; i++) w += LETTERS[Math.floor(rnd() * LETTERS.length)];
  const r = rnd();
  if (r < 0.2) w = w[0]!.toUpperCase() + w.slice(1);
  else if (r < 0.3) w = `${Math.floor(rnd() * 100)}${w}`;
  else if (r < 0.35) w += '\u0301';
  return w;
}

/** `count` pairs of sentences made of common and novel words, the first ones poisoned. */
export function otherPairs(count: number, seed = 11): Array<{ source: string; rewrite: string }> {
  const rnd = seeded(seed);
  const sentence = () => `The ${novelWord(rnd)} said ${Math.floor(rnd() * 1000)} ${novelWord(rnd)} left ${novelWord(rnd)} on Monday.`;
  const pairs = POISON.map((p) => ({ source: p, rewrite: `${p} ${novelWord(rnd)}` }));
  while (pairs.length < count) pairs.push({ source: `${sentence()} ${sentence()}`, rewrite: `${sentence()} ${sentence()}` });
  return pairs;
}
