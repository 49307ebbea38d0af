// A rewrite that shares almost nothing with its source (the wrong file picked, a different
// article pasted) is one problem, not one per sentence: report the pair once, with counts,
// instead of every rewrite sentence as unsupported and every source sentence as omitted.
import type { RawFinding } from './context';
import { q, spanOf } from './context';
import type { Sentence } from './document';

/** Both sides must have at least this many sentences worth reporting: a short rewrite may simply be new material. */
export const UNRELATED_MIN_SENTENCES = 5;
/**
 * At most this share of the rewrite's sentences matched, and of the source's sentences carried
 * (another article on another subject matches a few by chance; a real rewrite, even a loose
 * paraphrase, well over half).
 */
export const UNRELATED_MATCHED_AT_MOST = 0.2;

export interface PairCounts {
  /** Rewrite sentences that would be reported unsupported if unmatched (two words or more). */
  readonly rewriteSentences: number;
  /** ...of which matched a source sentence. */
  readonly rewriteMatched: number;
  /** Source sentences that would be reported omitted if not carried (four words or more). */
  readonly sourceSentences: number;
  /** ...of which some rewrite sentence carries. */
  readonly sourceCarried: number;
}

export function sharesAlmostNothing(c: PairCounts): boolean {
  return c.rewriteSentences >= UNRELATED_MIN_SENTENCES && c.sourceSentences >= UNRELATED_MIN_SENTENCES &&
    c.rewriteMatched <= UNRELATED_MATCHED_AT_MOST * c.rewriteSentences &&
    c.sourceCarried <= UNRELATED_MATCHED_AT_MOST * c.sourceSentences;
}

/** The one finding for such a pair, on the rewrite's first sentence, with a bounded summary. */
export function unrelatedFinding(text: string, first: Sentence, c: PairCounts): RawFinding {
  const span = spanOf(first.tokens);
  const unsupported = c.rewriteSentences - c.rewriteMatched;
  const omitted = c.sourceSentences - c.sourceCarried;
  return {
    kind: 'unrelated',
    rewrite: span,
    source: null,
    message: `Unrelated: the rewrite shares almost nothing with the source: is this the right source? ` +
      `${c.rewriteMatched} of ${c.rewriteSentences} rewrite sentences match a source sentence and ${c.sourceCarried} of ${c.sourceSentences} source sentences appear in the rewrite; ` +
      `the ${unsupported} unsupported and ${omitted} omitted sentences are not listed one by one. The rewrite begins ${q(text.slice(span.start, span.end))}.`,
    suggestion: null,
  };
}
