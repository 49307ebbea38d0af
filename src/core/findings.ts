// Turns raw rule output into public findings: severity, a stable id, and no duplicates.
import type { RawFinding } from './context';
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

function overlaps(a: Span | null, b: Span | null): boolean {
  return !!a && !!b && a.start < b.end && b.start < a.end;
}

/**
 * Attaches severity and ids, drops exact duplicates and lower-severity findings that sit on
 * the same rewrite words as a stronger one, and sorts by position.
 */
export function finalize(raw: readonly RawFinding[], rewriteText: string, sourceText: string): Finding[] {
  const severityOf = (f: RawFinding) => f.severity ?? DEFAULT_SEVERITY[f.kind];
  const ranked = [...raw].sort((a, b) => SEVERITY_RANK[severityOf(a)] - SEVERITY_RANK[severityOf(b)]);
  const kept: RawFinding[] = [];
  for (const f of ranked) {
    const dup = kept.some((k) =>
      (k.kind === f.kind && k.rewrite?.start === f.rewrite?.start && k.rewrite?.end === f.rewrite?.end &&
        k.source?.start === f.source?.start) ||
      (f.kind === 'wording' && overlaps(k.rewrite, f.rewrite)));
    if (!dup) kept.push(f);
  }
  kept.sort((a, b) => (a.rewrite?.start ?? Infinity) - (b.rewrite?.start ?? Infinity) ||
    (a.source?.start ?? 0) - (b.source?.start ?? 0));
  const seen = new Map<string, number>();
  return kept.map((f) => {
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
      suggestion: f.suggestion,
    };
  });
}
