// finalize: de-duplication that scales with the number of findings (issue 11, item 2) and keeps
// the budget, with exactly the old pairwise semantics.
import * as assert from 'node:assert/strict';
import type { RawFinding } from '../../src/core/context';
import { finalize } from '../../src/core/findings';
import { DEFAULT_SEVERITY, type Kind, type Severity, type Span } from '../../src/core/types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The original pairwise rule, kept here as the reference the fast version must agree with. */
function reference(raw: readonly RawFinding[]): RawFinding[] {
  const sev = (f: RawFinding) => f.severity ?? DEFAULT_SEVERITY[f.kind];
  const overlaps = (a: Span | null, b: Span | null) => !!a && !!b && a.start < b.end && b.start < a.end;
  const kept: RawFinding[] = [];
  for (const f of [...raw].sort((a, b) => RANK[sev(a)] - RANK[sev(b)])) {
    const dup = kept.some((k) =>
      (k.kind === f.kind && k.rewrite?.start === f.rewrite?.start && k.rewrite?.end === f.rewrite?.end &&
        k.source?.start === f.source?.start) ||
      (f.kind === 'wording' && overlaps(k.rewrite, f.rewrite)));
    if (!dup) kept.push(f);
  }
  return kept;
}

/** A small deterministic generator, so a failure reproduces. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const KINDS: readonly Kind[] = ['wording', 'wording', 'number', 'entity', 'unsupported', 'omitted', 'role'];

function randomFindings(seed: number, n: number, width: number): RawFinding[] {
  const rnd = lcg(seed);
  const span = (): Span | null => {
    if (rnd() < 0.1) return null;
    const start = Math.floor(rnd() * width);
    return { start, end: start + Math.floor(rnd() * 6) }; // empty spans included on purpose
  };
  return Array.from({ length: n }, () => {
    const kind = KINDS[Math.floor(rnd() * KINDS.length)]!;
    const severity: Severity | undefined = rnd() < 0.2 ? (['error', 'warning', 'info'] as const)[Math.floor(rnd() * 3)] : undefined;
    return { kind, rewrite: span(), source: span(), message: 'm', suggestion: null, ...(severity ? { severity } : {}) };
  });
}

describe('finalize', () => {
  it('keeps exactly what the pairwise rule kept, on random overlapping findings', () => {
    const text = 'x'.repeat(100);
    for (let seed = 1; seed <= 200; seed++) {
      const raw = randomFindings(seed, 60, 40);
      const expected = reference(raw);
      const got = finalize(raw, text, text);
      const asKey = (f: { kind: string; rewrite: Span | null; source: Span | null }) => JSON.stringify([f.kind, f.rewrite, f.source]);
      assert.deepEqual(new Set(got.map(asKey)), new Set(expected.map(asKey)), `seed ${seed}`);
      assert.equal(got.length, expected.length, `seed ${seed}`);
    }
  });

  it('looks at each finding a bounded number of times, not once per kept finding', () => {
    // Counting reads of `rewrite` measures the work without a clock: the pairwise rule reads it
    // for every kept finding again (millions of reads here), the indexed one a few times each.
    const n = 3000;
    let reads = 0;
    const counted = (f: RawFinding): RawFinding => {
      const { rewrite, ...rest } = f;
      return Object.defineProperty({ ...rest }, 'rewrite', { enumerable: true, get: () => (reads++, rewrite) }) as RawFinding;
    };
    const raw: RawFinding[] = [];
    for (let i = 0; i < n; i++) {
      raw.push(counted({ kind: 'unsupported', rewrite: { start: i * 20, end: i * 20 + 10 }, source: null, message: 'm', suggestion: null }));
      raw.push(counted({ kind: 'wording', rewrite: { start: i * 20 + (i % 2 ? 5 : 12), end: i * 20 + (i % 2 ? 7 : 14) }, source: null, message: 'm', suggestion: null }));
    }
    const text = 'x'.repeat(n * 20);
    const found = finalize(raw, text, text);
    assert.equal(found.length, n + n / 2, 'odd wording findings overlap their sentence; even ones sit beside it');
    assert.ok(reads < 40 * raw.length, `${reads} reads of rewrite for ${raw.length} findings`);
  });

  it('de-duplicates 200,000 findings within a 5 s budget, asking it as it goes', function () {
    this.timeout(60_000);
    const n = 100_000;
    const raw: RawFinding[] = [];
    for (let i = 0; i < n; i++) {
      raw.push({ kind: 'unsupported', rewrite: { start: i * 20, end: i * 20 + 10 }, source: null, message: 'm', suggestion: null });
      raw.push({ kind: 'wording', rewrite: { start: i * 20 + (i % 2 ? 5 : 12), end: i * 20 + (i % 2 ? 7 : 14) }, source: null, message: 'm', suggestion: null });
    }
    const text = 'x'.repeat(n * 20);
    const started = Date.now();
    let checks = 0;
    const found = finalize(raw, text, text, () => {
      checks++;
      if (Date.now() - started > 5_000) throw new Error('finalize ran past the budget');
    });
    assert.equal(found.length, n + n / 2);
    assert.ok(checks > 1, 'the budget is asked as finalize goes, not once');
  });

  it('stops when the budget says so', () => {
    const raw = randomFindings(7, 5000, 1000);
    const text = 'x'.repeat(2000);
    assert.throws(() => finalize(raw, text, text, () => { throw new Error('budget spent'); }), /budget spent/);
  });
});
