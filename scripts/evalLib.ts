// Scoring logic for scripts/eval.ts, kept free of I/O so test/unit/eval-scoring.test.ts can drive it
// with hand-made findings. Spans are half-open UTF-16 ranges, as in the engine's `Span`.
import type { Finding, Kind, Severity, Span } from '../src/core/types';

/** One label from a corpus pair's expected.json. */
export interface ExpectedLabel {
  readonly kind: Kind;
  readonly rewrite: string | null;
  readonly source: string | null;
}

/** A label with its strings located in the pair's texts (first occurrence). */
export interface ResolvedExpected {
  readonly kind: Kind;
  readonly rewriteText: string | null;
  readonly sourceText: string | null;
  /** First occurrence of `rewriteText` in the rewrite; null when the label has no rewrite string. */
  readonly rewrite: Span | null;
  /** First occurrence of `sourceText` in the source; null when the label has no source string. */
  readonly source: Span | null;
}

/** The smallest slice of a Finding that scoring needs, so tests can build findings by hand. */
export type ScoredFinding = Pick<Finding, 'kind' | 'severity' | 'rewrite' | 'source'>;

/** Span of the first occurrence of `needle` in `text`, or null when absent (or needle is empty). */
export function firstOccurrence(text: string, needle: string): Span | null {
  if (needle.length === 0) return null;
  const at = text.indexOf(needle);
  return at < 0 ? null : { start: at, end: at + needle.length };
}

/** Locates every label's strings; throws when a labelled string is missing from its text. */
export function resolveExpected(labels: readonly ExpectedLabel[], source: string, rewrite: string): ResolvedExpected[] {
  return labels.map((label) => {
    const rw = label.rewrite === null ? null : firstOccurrence(rewrite, label.rewrite);
    const src = label.source === null ? null : firstOccurrence(source, label.source);
    if (label.rewrite !== null && rw === null) throw new Error(`expected rewrite string not found: ${JSON.stringify(label.rewrite)}`);
    if (label.source !== null && src === null) throw new Error(`expected source string not found: ${JSON.stringify(label.source)}`);
    return { kind: label.kind, rewriteText: label.rewrite, sourceText: label.source, rewrite: rw, source: src };
  });
}

/**
 * Number of UTF-16 units two half-open spans share. An empty span (an insertion point) has no
 * units, so it counts as overlapping, with length 0, when it lies inside the other span
 * (start <= p < end); two empty spans never overlap. Returns -1 for no overlap.
 */
export function overlapLength(a: Span, b: Span): number {
  if (a.start === a.end && b.start === b.end) return -1;
  if (a.start === a.end) return b.start <= a.start && a.start < b.end ? 0 : -1;
  if (b.start === b.end) return a.start <= b.start && b.start < a.end ? 0 : -1;
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 ? shared : -1;
}

export function overlaps(a: Span, b: Span): boolean {
  return overlapLength(a, b) >= 0;
}

/**
 * How well a prediction matches a label, or -1 for no match (the corpus README's rule): the kinds
 * are equal and the predicted rewrite span overlaps the label's rewrite string; for a label with no
 * rewrite string (omitted), the predicted source span overlaps the label's source string.
 */
export function matchScore(pred: ScoredFinding, exp: ResolvedExpected): number {
  if (pred.kind !== exp.kind) return -1;
  if (exp.rewrite !== null) return pred.rewrite ? overlapLength(pred.rewrite, exp.rewrite) : -1;
  if (exp.source !== null) return pred.source ? overlapLength(pred.source, exp.source) : -1;
  return -1;
}

export interface MatchResult {
  /** [prediction index, expected index] pairs, one-to-one. */
  readonly pairs: Array<[number, number]>;
  /** Indexes of predictions that matched no label (false positives). */
  readonly extra: number[];
  /** Indexes of labels that no prediction matched (false negatives). */
  readonly missed: number[];
}

/**
 * One-to-one greedy matching: every (prediction, label) pair that matches is a candidate; the
 * candidates are taken largest overlap first (ties: earlier label, then earlier prediction), and a
 * candidate is kept when neither side is used yet.
 */
export function matchFindings(preds: readonly ScoredFinding[], expected: readonly ResolvedExpected[]): MatchResult {
  const candidates: Array<{ p: number; e: number; score: number }> = [];
  preds.forEach((pred, p) => expected.forEach((exp, e) => {
    const score = matchScore(pred, exp);
    if (score >= 0) candidates.push({ p, e, score });
  }));
  candidates.sort((a, b) => b.score - a.score || a.e - b.e || a.p - b.p);
  const usedP = new Set<number>();
  const usedE = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedE.has(c.e)) continue;
    usedP.add(c.p);
    usedE.add(c.e);
    pairs.push([c.p, c.e]);
  }
  pairs.sort((a, b) => a[1] - b[1]);
  return {
    pairs,
    extra: preds.map((_, i) => i).filter((i) => !usedP.has(i)),
    missed: expected.map((_, i) => i).filter((i) => !usedE.has(i)),
  };
}

export interface KindCounts { tp: number; fp: number; fn: number }

/** Adds one pair's match result to per-kind counts (created on demand). */
export function tallyByKind(
  counts: Map<string, KindCounts>, preds: readonly ScoredFinding[], expected: readonly ResolvedExpected[], result: MatchResult,
): void {
  const get = (kind: string) => counts.get(kind) ?? counts.set(kind, { tp: 0, fp: 0, fn: 0 }).get(kind)!;
  for (const [p] of result.pairs) get(preds[p]!.kind).tp++;
  for (const p of result.extra) get(preds[p]!.kind).fp++;
  for (const e of result.missed) get(expected[e]!.kind).fn++;
}

/** a / b, or null when b is 0 (undefined rate, printed as "—"). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** Matched predictions / predictions. */
export function precision(c: { tp: number; fp: number }): number | null {
  return ratio(c.tp, c.tp + c.fp);
}

/** Matched labels / labels. */
export function recall(c: { tp: number; fn: number }): number | null {
  return ratio(c.tp, c.tp + c.fn);
}

export function sumCounts(all: Iterable<KindCounts>): KindCounts {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const c of all) { total.tp += c.tp; total.fp += c.fp; total.fn += c.fn; }
  return total;
}

/** True when a finding is an error or a warning (info findings are hints, not claims of change). */
export function isFlag(severity: Severity): boolean {
  return severity === 'error' || severity === 'warning';
}

/**
 * Kinds that do not count towards "changed" on the public corpora (SummEdits, Falke, PAWS).
 * Those corpora are summaries and compressions: their labels call a rewrite faithful when it
 * drops content (Falke pairs are one article sentence against a much shorter summary sentence)
 * or drops an attribution ("the abc have reported that X" → "X" is labelled correct; see
 * ../shared/data/README.md). An editor wants both reported, so the engine flags them; they are
 * left out here only so the score measures what these labels measure.
 */
export const KINDS_IGNORED_FOR_CHANGED: ReadonlySet<Kind> = new Set<Kind>(['omitted', 'attribution']);

/** Whether a finding counts towards the "changed" prediction on the public corpora. */
export function countsAsChange(f: Pick<Finding, 'kind' | 'severity'>): boolean {
  return isFlag(f.severity) && !KINDS_IGNORED_FOR_CHANGED.has(f.kind);
}

/**
 * The binary prediction scored against the public corpora's `changed` label: the engine reports
 * at least one error or warning of a kind other than omitted/attribution (see
 * KINDS_IGNORED_FOR_CHANGED for why those two are excluded). Info findings (wording) never count.
 */
export function predictsChanged(findings: readonly Pick<Finding, 'kind' | 'severity'>[]): boolean {
  return findings.some(countsAsChange);
}

export interface BinaryCounts { tp: number; fp: number; tn: number; fn: number }

export function emptyBinary(): BinaryCounts {
  return { tp: 0, fp: 0, tn: 0, fn: 0 };
}

/** Adds one row: `actual` is the human label, `predicted` the engine's verdict. */
export function tallyBinary(c: BinaryCounts, actual: boolean, predicted: boolean): void {
  if (actual && predicted) c.tp++;
  else if (actual) c.fn++;
  else if (predicted) c.fp++;
  else c.tn++;
}

/**
 * (TPR + TNR) / 2, where TPR = TP / (TP + FN) and TNR = TN / (TN + FP). Null when either class
 * has no rows (the rate is undefined, so the average is too).
 */
export function balancedAccuracy(c: BinaryCounts): number | null {
  const tpr = ratio(c.tp, c.tp + c.fn);
  const tnr = ratio(c.tn, c.tn + c.fp);
  return tpr === null || tnr === null ? null : (tpr + tnr) / 2;
}

/** Describes what is wrong with a finding's spans against the two texts; empty when fine. */
export function spanProblems(f: Pick<Finding, 'rewrite' | 'source'>, source: string, rewrite: string): string[] {
  const problems: string[] = [];
  const check = (side: 'rewrite' | 'source', span: Span | null, len: number) => {
    if (span === null) return;
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end)) problems.push(`${side} span [${start}, ${end}) has non-integer bounds`);
    else if (start < 0 || end > len || start > end) problems.push(`${side} span [${start}, ${end}) is outside 0..${len}`);
  };
  check('rewrite', f.rewrite, rewrite.length);
  check('source', f.source, source.length);
  return problems;
}

/** The `n` most frequent keys, most frequent first (ties: alphabetical). */
export function topCounts(counts: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}

/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
