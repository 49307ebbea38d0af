// An analysis result packed for its trip from the analysis thread to the server's main thread
// (checkWorker.ts -> checker.ts). Posted as it is, a 10,000-word draft's result (about 700
// findings, 400 pairs, 900 sentences: some 4,000 small objects) cost the structured clone about
// 4 ms on the worker and 1 ms more on the main thread at every re-check, about a fifth of what a
// one-word edit took beyond the analysis (bench, traced). Packed, each distinct string travels
// once (a draft repeats its findings' kinds, severities and many messages) and every offset
// travels in one Int32Array whose memory is handed over, not copied; the main thread builds the
// same objects again, with the same fields in the same order.
import type { AnalysisResult, Finding, Kind, Severity, SentencePair, SourceSentence, Span } from '../core/types';

export interface PackedResult {
  /** Every distinct string of the findings, each once. */
  readonly strings: readonly string[];
  /** Findings, pairs and sentences as numbers: offsets, string indexes, counts (see packResult). */
  readonly ints: Int32Array;
  readonly stats: AnalysisResult['stats'];
}

/** The fields of a finding, in the order the engine writes them. */
const FINDING_FIELDS = 7;
/** Numbers per finding: id, kind, severity, message, rewrite start and end, source start and end, suggestion. */
const FINDING_INTS = 9;
/** Stands for null: a missing span's start, a missing suggestion. */
const NONE = -1;

const isPlainSpan = (s: Span | null): boolean => s === null || (Object.keys(s).length === 2 && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0);

/**
 * The result packed, or null when it holds anything this packing would not give back exactly
 * (a field it does not know, a fractional offset): then the result travels as it is.
 */
export function packResult(result: AnalysisResult): PackedResult | null {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const str = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const { findings, pairs, sentences } = result;
  let size = 4 + findings.length * FINDING_INTS + pairs.length * 3 + sentences.source.length * 3 + sentences.rewrite.length * 2;
  for (const p of pairs) size += p.sources.length * 2;
  const ints = new Int32Array(size);
  let at = 0;
  ints[at++] = findings.length;
  for (const f of findings) {
    if (Object.keys(f).length !== FINDING_FIELDS || !isPlainSpan(f.rewrite) || !isPlainSpan(f.source) || typeof f.message !== 'string' ||
      (f.suggestion !== null && typeof f.suggestion !== 'string')) return null;
    ints[at++] = str(f.id);
    ints[at++] = str(f.kind);
    ints[at++] = str(f.severity);
    ints[at++] = str(f.message);
    ints[at++] = f.rewrite ? f.rewrite.start : NONE;
    ints[at++] = f.rewrite ? f.rewrite.end : NONE;
    ints[at++] = f.source ? f.source.start : NONE;
    ints[at++] = f.source ? f.source.end : NONE;
    ints[at++] = f.suggestion === null ? NONE : str(f.suggestion);
  }
  ints[at++] = pairs.length;
  for (const p of pairs) {
    if (Object.keys(p).length !== 2 || !isPlainSpan(p.rewrite)) return null;
    ints[at++] = p.rewrite.start;
    ints[at++] = p.rewrite.end;
    ints[at++] = p.sources.length;
    for (const s of p.sources) {
      if (!isPlainSpan(s)) return null;
      ints[at++] = s.start;
      ints[at++] = s.end;
    }
  }
  ints[at++] = sentences.source.length;
  for (const s of sentences.source) {
    if (Object.keys(s).length !== 3 || typeof s.carried !== 'boolean' || !Number.isInteger(s.start) || !Number.isInteger(s.end)) return null;
    ints[at++] = s.start;
    ints[at++] = s.end;
    ints[at++] = s.carried ? 1 : 0;
  }
  ints[at++] = sentences.rewrite.length;
  for (const s of sentences.rewrite) {
    if (!isPlainSpan(s)) return null;
    ints[at++] = s.start;
    ints[at++] = s.end;
  }
  if (Object.keys(result).length !== 4 || Object.keys(sentences).length !== 2) return null;
  return { strings, ints, stats: result.stats };
}

/** The result packResult packed: equal to it field for field. */
export function unpackResult(packed: PackedResult): AnalysisResult {
  const { strings, ints } = packed;
  let at = 0;
  const span = (start: number, end: number): Span | null => (start === NONE ? null : { start, end });
  // Filled by push, not by index into new Array(n): the engine's arrays are packed, not holey.
  const findings: Finding[] = [];
  for (let i = 0, n = ints[at++]!; i < n; i++) {
    const suggestion = ints[at + 8]!;
    findings.push({
      id: strings[ints[at]!]!,
      kind: strings[ints[at + 1]!] as Kind,
      severity: strings[ints[at + 2]!] as Severity,
      message: strings[ints[at + 3]!]!,
      rewrite: span(ints[at + 4]!, ints[at + 5]!),
      source: span(ints[at + 6]!, ints[at + 7]!),
      suggestion: suggestion === NONE ? null : strings[suggestion]!,
    });
    at += FINDING_INTS;
  }
  const pairs: SentencePair[] = [];
  for (let i = 0, n = ints[at++]!; i < n; i++) {
    const rewrite = { start: ints[at]!, end: ints[at + 1]! };
    const sources: Span[] = [];
    const count = ints[at + 2]!;
    at += 3;
    for (let j = 0; j < count; j++, at += 2) sources.push({ start: ints[at]!, end: ints[at + 1]! });
    pairs.push({ rewrite, sources });
  }
  const source: SourceSentence[] = [];
  for (let i = 0, n = ints[at++]!; i < n; i++, at += 3) source.push({ start: ints[at]!, end: ints[at + 1]!, carried: ints[at + 2] === 1 });
  const rewrite: Span[] = [];
  for (let i = 0, n = ints[at++]!; i < n; i++, at += 2) rewrite.push({ start: ints[at]!, end: ints[at + 1]! });
  return { findings, pairs, sentences: { source, rewrite }, stats: packed.stats };
}
