// Turns raw rule output into public findings: severity, a stable id, and no duplicates.
import { q, type RawFinding } from './context';
import { DEFAULT_SEVERITY, type Finding, type Severity, type Span } from './types';

/** 64-bit FNV-1a, printed as hex: stable across runs and platforms, no dependency. */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x85ebca6b) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The longest text a finding suggests: a restore is meant to be read and applied, and a
 * megabyte-long "sentence" (a paste with no full stops) is neither. Longer means no suggestion.
 */
export const MAX_SUGGESTION_CHARS = 2_000;

/** How many findings pass between two budget checks: cheap enough to ask often, rare enough not to cost. */
const BUDGET_EVERY = 1024;

/** The identity an exact duplicate shares: kind, rewrite span and source start. */
function dedupKey(f: RawFinding): string {
  return `${f.kind}\u0000${f.rewrite ? `${f.rewrite.start}:${f.rewrite.end}` : '-'}\u0000${f.source ? f.source.start : '-'}`;
}

/**
 * The rewrite spans kept so far, answering "does any overlap [start, end)?" in O(log n):
 * spans [a, b) and [c, d) overlap when a < d and c < b, so the question is whether, among the
 * kept spans starting before d, the furthest end passes c. A Fenwick tree over the sorted
 * start positions keeps that prefix maximum as spans are added (ends only ever grow).
 */
class KeptSpans {
  private readonly starts: number[];
  private readonly maxEnd: Float64Array;

  constructor(spans: Iterable<Span>) {
    this.starts = [...new Set([...spans].map((s) => s.start))].sort((a, b) => a - b);
    this.maxEnd = new Float64Array(this.starts.length + 1).fill(-Infinity);
  }

  add(span: Span): void {
    for (let i = this.countBelow(span.start) + 1; i < this.maxEnd.length; i += i & -i) {
      if (this.maxEnd[i]! < span.end) this.maxEnd[i] = span.end;
    }
  }

  overlaps(span: Span): boolean {
    let furthest = -Infinity;
    for (let i = this.countBelow(span.end); i > 0; i -= i & -i) furthest = Math.max(furthest, this.maxEnd[i]!);
    return span.start < furthest;
  }

  /** Whether an empty span (an insertion point) sits inside or at the start of a kept span. */
  covers(span: Span): boolean {
    if (span.start !== span.end) return false;
    let furthest = -Infinity;
    for (let i = this.countBelow(span.start + 1); i > 0; i -= i & -i) furthest = Math.max(furthest, this.maxEnd[i]!);
    return span.start < furthest;
  }

  /** How many known start positions are below `x` (binary search). */
  private countBelow(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Attaches severity and ids, drops exact duplicates and wording findings that sit on the same
 * rewrite words as a stronger (or earlier) one, and sorts by position. Linear-logarithmic in the
 * number of findings, and it asks `checkBudget` as it goes: a huge paste can yield a great many.
 */
export function finalize(raw: readonly RawFinding[], rewriteText: string, sourceText: string, checkBudget: () => void = () => {},
  quotations: () => readonly Span[] = () => []): Finding[] {
  const severityOf = (f: RawFinding) => f.severity ?? DEFAULT_SEVERITY[f.kind];
  // By severity, in their order within each (what a stable sort by severity gives, without a
  // comparison that looked both findings' severities up, some ten times a finding).
  const bySeverity: RawFinding[][] = [[], [], []];
  for (const f of raw) bySeverity[SEVERITY_RANK[severityOf(f)]]!.push(f);
  const ranked = bySeverity[0]!.concat(bySeverity[1]!, bySeverity[2]!);
  const kept: RawFinding[] = [];
  const keys = new Set<string>();
  const spans = new KeptSpans(raw.flatMap((f) => (f.rewrite ? [f.rewrite] : [])));
  // Restore suggestions never overlap, so "fix all" has one edit per stretch of text: where two
  // findings would rewrite the same words (a quote and its attribution both restoring the
  // speaker), the stronger (or earlier) keeps its suggestion and the other is reported without.
  const suggested = new KeptSpans(raw.flatMap((f) => (f.rewrite && f.suggestion !== null ? [f.rewrite] : [])));
  const withoutSuggestion = new Set<RawFinding>();
  ranked.forEach((f, i) => {
    if (i % BUDGET_EVERY === 0) checkBudget();
    const key = dedupKey(f);
    if (keys.has(key)) return;
    if (f.kind === 'wording' && f.rewrite && spans.overlaps(f.rewrite)) return;
    keys.add(key);
    if (f.rewrite) spans.add(f.rewrite);
    if (f.rewrite && f.suggestion !== null) {
      if (suggested.overlaps(f.rewrite) || suggested.covers(f.rewrite)) withoutSuggestion.add(f);
      else suggested.add(f.rewrite);
    }
    kept.push(f);
  });
  kept.sort((a, b) => (a.rewrite?.start ?? Infinity) - (b.rewrite?.start ?? Infinity) ||
    (a.source?.start ?? 0) - (b.source?.start ?? 0));
  const merged = mergeAddedDetails(withinQuotes(kept, quotations), rewriteText);
  const seen = new Map<string, number>();
  return merged.map((f, i) => {
    if (i % BUDGET_EVERY === 0) checkBudget();
    const rText = f.rewrite ? rewriteText.slice(f.rewrite.start, f.rewrite.end) : '';
    const sText = f.source ? sourceText.slice(f.source.start, f.source.end) : '';
    const base = `${f.kind}\u0000${rText}\u0000${sText}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      id: `${f.kind}-${stableHash(`${base}\u0000${n}`)}`,
      kind: f.kind,
      severity: severityOf(f),
      message: f.message,
      rewrite: f.rewrite,
      source: f.source,
      suggestion: f.suggestion === null || f.suggestion.length > MAX_SUGGESTION_CHARS || withoutSuggestion.has(f) ? null : f.suggestion,
    };
  });
}

/**
 * Added details side by side in one phrase are one addition ("over three months in 2025", a
 * figure and a date the number and date rules each found): one finding on the whole phrase,
 * not one a figure. Two are one phrase when at most two words and no punctuation part them.
 */
function mergeAddedDetails(sorted: readonly RawFinding[], rewriteText: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'added-detail' && f.kind === 'added-detail' && prev.rewrite && f.rewrite && prev.source && f.source &&
      prev.source.start === f.source.start && prev.source.end === f.source.end && f.rewrite.start >= prev.rewrite.end) {
      const gap = rewriteText.slice(prev.rewrite.end, f.rewrite.start);
      if (!/[^\p{L}\p{N}\s'’-]/u.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 2) {
        const rewrite = { start: prev.rewrite.start, end: f.rewrite.end };
        out[out.length - 1] = { ...prev, rewrite, message: `Added detail: rewrite says ${q(rewriteText.slice(rewrite.start, rewrite.end))}, which the source never mentions.` };
        continue;
      }
    }
    out.push(f);
  }
  return out;
}

/**
 * A changed quotation is one finding: the quote finding shows the source's words whole, so a
 * second finding on words inside the same quotation ("most of the afternoon" / "the whole
 * afternoon" inside it) says nothing more. `quotations` are the rewrite's quotations
 * (quotes.ts quoteSpans), asked for only when there is a quote finding.
 */
function withinQuotes(sorted: readonly RawFinding[], quotations: () => readonly Span[]): readonly RawFinding[] {
  const quoted = sorted.filter((f) => f.kind === 'quote' && f.rewrite);
  if (quoted.length === 0) return sorted;
  const spans = quotations();
  const around = quoted.map((f) => spans.find((q) => q.start <= f.rewrite!.start && f.rewrite!.end <= q.end) ?? f.rewrite!);
  return sorted.filter((f) => f.kind === 'quote' || !f.rewrite || !around.some((q) => q.start <= f.rewrite!.start && f.rewrite!.end <= q.end));
}
