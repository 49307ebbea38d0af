// Sentence alignment: which source sentence(s) each rewrite sentence derives from.
// Order-free (paragraphs may be reordered), with a gentle preference for the position a
// rewrite sentence would have if the rewrite kept the source's order, which resolves ties
// between repeated passages. Cost is linear in the number of (term, sentence) postings, with
// very common terms dropped from the index so that long documents stay linear.
import type { Sentence } from './document';
import { keyWeightFactor, termKeys } from './terms';

export interface SentenceAlignment {
  /** For each rewrite sentence, the source sentence indexes it derives from (empty: unsupported). */
  readonly sourcesOf: readonly (readonly number[])[];
  /** For each rewrite sentence, the share of its content weight found in its sources (0..1). */
  readonly coverage: readonly number[];
  /** For each source sentence, whether any rewrite sentence carries its content. */
  readonly sourceCarried: readonly boolean[];
}

/** A rewrite sentence whose content is less than this share supported by any source is unsupported. */
export const UNSUPPORTED_BELOW = 0.34;
/** ...unless it shares at least this many distinct words with its source. */
const SUPPORTED_BY_SHARED_WORDS = 5;
/** A second source sentence joins a pairing when it adds at least this much coverage. */
const MERGE_GAIN = 0.18;
/** A source sentence counts as carried when a rewrite sentence covers this share of it. */
const CARRIED_AT = 0.45;
const MAX_CANDIDATES = 6;

interface Indexed {
  readonly keys: readonly string[];
  readonly total: number;
}

export function alignSentences(
  source: readonly Sentence[],
  rewrite: readonly Sentence[],
  checkBudget: () => void,
): SentenceAlignment {
  const n = source.length;
  const sourceKeys = source.map((s) => termKeys(s.tokens));
  const df = new Map<string, number>();
  for (const keys of sourceKeys) for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
  const weight = (k: string) => keyWeightFactor(k) * Math.log(1 + (n + 1) / ((df.get(k) ?? 0) + 0.5));

  // Postings; terms in more than a fifth of a long document's sentences say little about
  // which one a rewrite sentence came from and would make the lookup quadratic.
  const maxDf = Math.max(40, Math.ceil(n / 5));
  const postings = new Map<string, number[]>();
  sourceKeys.forEach((keys, s) => {
    for (const k of keys) {
      if ((df.get(k) ?? 0) > maxDf) continue;
      (postings.get(k) ?? postings.set(k, []).get(k)!).push(s);
    }
  });
  const sourceIndexed: Indexed[] = sourceKeys.map((keys) => ({ keys, total: keys.reduce((a, k) => a + weight(k), 0) }));
  const sourceKeySets = sourceKeys.map((keys) => new Set(keys));

  const sourcesOf: number[][] = [];
  const coverage: number[] = [];
  const carried = new Array<boolean>(n).fill(false);
  const rewriteKeys = rewrite.map((r) => termKeys(r.tokens));

  rewrite.forEach((_r, ri) => {
    if (ri % 256 === 0) checkBudget();
    const keys = rewriteKeys[ri]!;
    const total = keys.reduce((a, k) => a + weight(k), 0);
    if (total === 0 || n === 0) {
      sourcesOf.push([]);
      coverage.push(0);
      return;
    }
    const shared = new Map<number, number>();
    for (const k of keys) {
      const post = postings.get(k);
      if (!post) continue;
      const w = weight(k);
      for (const s of post) shared.set(s, (shared.get(s) ?? 0) + w);
    }
    const expected = rewrite.length > 1 ? (ri / (rewrite.length - 1)) * (n - 1) : 0;
    const scored = [...shared.entries()].map(([s, w]) => {
      const cov = w / total;
      const srcCov = w / Math.max(sourceIndexed[s]!.total, 1e-9);
      const distance = Math.abs(s - expected) / Math.max(n, 1);
      return { s, cov, score: cov + 0.25 * srcCov - 0.04 * distance };
    });
    scored.sort((a, b) => b.score - a.score);
    const top = scored.slice(0, MAX_CANDIDATES);
    const best = top[0];
    if (!best) {
      sourcesOf.push([]);
      coverage.push(0);
      return;
    }
    const chosen = [best.s];
    let cov = best.cov;
    // One rewrite sentence built from two source sentences.
    for (const cand of top.slice(1)) {
      if (cand.cov < MERGE_GAIN) continue;
      const union = keys.reduce((a, k) => a + (sourceKeySets[best.s]!.has(k) || sourceKeySets[cand.s]!.has(k) ? weight(k) : 0), 0) / total;
      if (union - cov >= MERGE_GAIN) {
        chosen.push(cand.s);
        cov = union;
        break;
      }
    }
    // A long sentence paraphrased word by word can score low on weighted coverage while still
    // sharing many distinctive words with its source; count those too.
    const sharedLemmas = keys.filter((k) => k.startsWith('L:') && chosen.some((s) => sourceKeySets[s]!.has(k))).length;
    if (cov < UNSUPPORTED_BELOW && !(cov >= 0.2 && sharedLemmas >= SUPPORTED_BY_SHARED_WORDS)) {
      sourcesOf.push([]);
      coverage.push(cov);
      return;
    }
    chosen.sort((a, b) => a - b);
    sourcesOf.push(chosen);
    coverage.push(cov);
    for (const s of chosen) carried[s] = true;
  });

  // A source sentence nobody chose may still be carried inside a rewrite sentence that was
  // paired with another source (a merge below the threshold): check its own coverage.
  const rewriteKeySets = rewriteKeys.map((keys) => new Set(keys));
  const rewritePostings = new Map<string, number[]>();
  rewriteKeys.forEach((keys, r) => {
    for (const k of keys) (rewritePostings.get(k) ?? rewritePostings.set(k, []).get(k)!).push(r);
  });
  source.forEach((_s, si) => {
    if (carried[si]) return;
    const keys = sourceKeys[si]!;
    const total = sourceIndexed[si]!.total;
    if (total === 0) {
      carried[si] = true;
      return;
    }
    const shared = new Map<number, number>();
    for (const k of keys) {
      const post = rewritePostings.get(k);
      if (!post || post.length > Math.max(40, rewrite.length / 5)) continue;
      for (const r of post) shared.set(r, (shared.get(r) ?? 0) + weight(k));
    }
    for (const [r, w] of shared) {
      if (w / total >= CARRIED_AT && rewriteKeySets[r]) {
        carried[si] = true;
        // A short rewrite sentence can carry most of a source sentence while adding enough
        // of its own to look unsupported: it derives from this sentence after all.
        if (sourcesOf[r]!.length === 0) sourcesOf[r] = [si];
        break;
      }
    }
  });

  fillGaps(sourcesOf, carried, rewriteKeys, sourceKeySets);
  return { sourcesOf, coverage, sourceCarried: carried };
}

/**
 * A rewrite sentence left unpaired between two paired neighbours, facing a few uncarried
 * source sentences between their sources, is one of them rewritten (a figure or name changed,
 * the rest reworded): pair it with the one it clearly shares most words with.
 * Otherwise one changed fact would show as an unsupported sentence plus an omitted one.
 */
function fillGaps(sourcesOf: number[][], carried: boolean[], rewriteKeys: readonly string[][], sourceKeySets: readonly Set<string>[]): void {
  for (let ri = 0; ri < sourcesOf.length; ri++) {
    if (sourcesOf[ri]!.length > 0) continue;
    let prev = ri - 1;
    while (prev >= 0 && sourcesOf[prev]!.length === 0) prev--;
    let next = ri + 1;
    while (next < sourcesOf.length && sourcesOf[next]!.length === 0) next++;
    // Only a single unpaired sentence between anchors: a run of them is new material.
    if (prev !== ri - 1 && prev >= 0) continue;
    if (next !== ri + 1 && next < sourcesOf.length) continue;
    const lo = prev >= 0 ? Math.max(...sourcesOf[prev]!) : -1;
    const hi = next < sourcesOf.length ? Math.min(...sourcesOf[next]!) : carried.length;
    if (prev < 0 && next >= sourcesOf.length) continue;
    const gap: number[] = [];
    for (let s = lo + 1; s < hi; s++) if (!carried[s]) gap.push(s);
    if (gap.length === 0 || gap.length > 3) continue;
    // The gap sentence sharing the most words, if it clearly shares more than the others.
    const scored = gap.map((s) => ({ s, shared: rewriteKeys[ri]!.filter((k) => k.startsWith('L:') && sourceKeySets[s]!.has(k)).length }))
      .sort((a, b) => b.shared - a.shared);
    const best = scored[0]!;
    if (best.shared === 0 || (scored[1] && scored[1].shared === best.shared)) continue;
    sourcesOf[ri] = [best.s];
    carried[best.s] = true;
  }
}
