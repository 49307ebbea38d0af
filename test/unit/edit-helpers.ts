// Shared helpers for the re-check tests (not a test file itself: mocha only loads *.test.ts).

/**
 * One random edit of a sentence: in a random paragraph, one of `extra` added before a random
 * sentence, or (half the time, when the paragraph has two or more) a random sentence removed.
 */
export function addOrRemoveSentence(text: string, rnd: () => number, extra: readonly string[]): string {
  const paras = text.split('\n\n');
  const p = Math.floor(rnd() * paras.length);
  const sentences = paras[p]!.split(/(?<=\.) /);
  const s = Math.floor(rnd() * sentences.length);
  if (rnd() < 0.5 || sentences.length < 2) sentences.splice(s, 0, extra[Math.floor(rnd() * extra.length)]!);
  else sentences.splice(s, 1);
  paras[p] = sentences.join(' ');
  return paras.join('\n\n');
}
