// Offset-free identity of token arrays, for memos of what a sentence says rather than where.
import type { Token } from './tokens';

/**
 * The token array another one was copied from with every offset moved by one amount (an
 * editor's cache rebases a paragraph's tokens when an edit before it moves it: document.ts):
 * the same words, tags and spacing at other offsets. What is memoised from a sentence's tokens
 * and reads no absolute offset (its terms, its amounts, its capitals: only words, tags and the
 * gaps between tokens) is keyed by this array, so it survives an edit elsewhere in the text.
 */
const offsetFreeOf = new WeakMap<readonly Token[], readonly Token[]>();

/** The array `tokens` were rebased from (see above), or `tokens` themselves. */
export function offsetFree(tokens: readonly Token[]): readonly Token[] {
  return offsetFreeOf.get(tokens) ?? tokens;
}

/** Records that `copy` is `original` with every offset moved by one amount. */
export function rebasedFrom(copy: readonly Token[], original: readonly Token[]): void {
  offsetFreeOf.set(copy, offsetFree(original));
}
