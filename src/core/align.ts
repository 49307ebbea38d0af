// Sentence alignment: which source sentence(s) each rewrite sentence derives from.
// Order-free (paragraphs may be reordered), with a gentle preference for the position a
// rewrite sentence would have if the rewrite kept the source's order, which resolves ties
// between repeated passages. Cost is linear in the number of (term, sentence) postings, with
// very common terms dropped from the index so that long documents stay linear.
import type { Sentence } from './document';
import { keyWeightFactor, termKeys } from './terms';
import { mayMeanTheSame } from './wordnet';

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
/** Sentences with at most this many term keys (lemmas and stems: about six content words) get the synonym check. */
const SHORT_SENTENCE_KEYS = 12;

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
  // Rarity is measured against the rarest source term: a text that is several copies of one
  // passage weighs its words as one copy does, so repeating a pair never changes its findings
  // (in an ordinary article some term occurs once, and this is plain inverse document frequency).
  let rarest = Infinity;
  for (const d of df.values()) if (d < rarest) rarest = d;
  const scale = Number.isFinite(rarest) ? rarest : 1;
  const weight = (k: string) => keyWeightFactor(k) * Math.log(1 + (n / scale + 1) / ((df.get(k) ?? 0) / scale + 0.5));

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
    // Terms too common for the postings are missing from `shared`. In a long text made of
    // repeated passages every term is common, and the copies would look unsupported: score the
    // likeliest candidates on every term they share, and add the sentences that follow the
    // previous sentence's source, so each passage aligns to its own copy.
    const partial = (s: number) => (shared.get(s) ?? 0) / total - 0.04 * (Math.abs(s - expected) / Math.max(n, 1));
    const candidates = new Set([...shared.keys()].sort((a, b) => partial(b) - partial(a)).slice(0, 2 * MAX_CANDIDATES));
    const previous = sourcesOf.length > 0 ? sourcesOf[sourcesOf.length - 1]! : [];
    if (previous.length > 0) {
      const after = Math.max(...previous);
      for (let s = after + 1; s <= Math.min(n - 1, after + 2); s++) candidates.add(s);
    }
    const scored = [...candidates].map((s) => {
      const w = keys.reduce((a, k) => a + (sourceKeySets[s]!.has(k) ? weight(k) : 0), 0);
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
    // A short sentence (a headline, a one-line summary) is often the source's words swapped for
    // synonyms ("rebukes" for "reprimanded"): count a word WordNet says may mean the same as one
    // of the candidate's words as shared, before calling the sentence unsupported.
    if (cov < UNSUPPORTED_BELOW && keys.length <= SHORT_SENTENCE_KEYS) {
      const withSynonyms = top.map((cand) => ({ s: cand.s, cov: synonymCoverage(keys, sourceKeys[cand.s]!, weight) / total }))
        .sort((a, b) => b.cov - a.cov)[0]!;
      if (withSynonyms.cov >= UNSUPPORTED_BELOW) {
        chosen.splice(0, chosen.length, withSynonyms.s);
        cov = withSynonyms.cov;
      }
    }
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

/** The weight of a rewrite sentence's keys found in a source sentence, a WordNet synonym of a word counting as the word. */
function synonymCoverage(keys: readonly string[], sourceKeys: readonly string[], weight: (k: string) => number): number {
  const source = new Set(sourceKeys);
  const sourceLemmas = sourceKeys.filter((k) => k.startsWith('L:') && !k.startsWith('L:#')).map((k) => k.slice(2));
  let w = 0;
  for (const k of keys) {
    if (source.has(k)) w += weight(k);
    else if (k.startsWith('L:') && !k.startsWith('L:#') && sourceLemmas.some((l) => mayMeanTheSame(k.slice(2), l))) w += weight(k);
  }
  return w;
}
