// Feature keys for the tagger and the parser: a template id and a few atoms mixed into one
// 32-bit number, which the model looks up (model.ts).

/** Atom value for "no such token" (before the sentence, past its end). */
export const NONE = 0x7fff0001;
/** Atom value for the parser's root. */
export const ROOT = 0x7fff0002;

/** 32-bit mixing (MurmurHash3's finaliser over a running hash). */
export function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x5bd1e995);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
