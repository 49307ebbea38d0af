// Scoring used by `npm run eval` (scripts/evalLib.ts), on hand-made findings and labels.
import * as assert from 'node:assert/strict';
import type { Kind, Severity, Span } from '../../src/core/types';
import {
  balancedAccuracy, countsAsChange, emptyBinary, firstOccurrence, matchFindings, matchScore, median, overlapLength,
  overlaps, precision, predictsChanged, recall, resolveExpected, spanProblems, sumCounts, tallyBinary, tallyByKind,
  topCounts, type KindCounts, type ResolvedExpected, type ScoredFinding,
} from '../../scripts/evalLib';

type Range = [number, number] | null;
const span = (r: Range): Span | null => (r === null ? null : { start: r[0], end: r[1] });

/** A predicted finding with the given spans. */
function pred(kind: Kind, rewrite: Range, source: Range = null, severity: Severity = 'error'): ScoredFinding {
  return { kind, severity, rewrite: span(rewrite), source: span(source) };
}

/** A label already located in its texts. */
function label(kind: Kind, rewrite: Range, source: Range = null): ResolvedExpected {
  return { kind, rewrite: span(rewrite), source: span(source), rewriteText: rewrite ? 'r' : null, sourceText: source ? 's' : null };
}

describe('eval scoring: span overlap', () => {
  const cases: Array<[string, Range, Range, number]> = [
    ['disjoint', [0, 3], [5, 9], -1],
    ['touching half-open ranges do not overlap', [0, 5], [5, 10], -1],
    ['touching the other way', [5, 10], [0, 5], -1],
    ['one unit shared', [0, 6], [5, 10], 1],
    ['contained', [3, 4], [0, 10], 1],
    ['containing', [0, 10], [3, 7], 4],
    ['identical', [2, 8], [2, 8], 6],
    ['empty span inside', [5, 5], [0, 10], 0],
    ['empty span at the start', [0, 0], [0, 10], 0],
    ['empty span at the end is outside', [10, 10], [0, 10], -1],
    ['empty span as the second argument', [0, 10], [4, 4], 0],
    ['two empty spans', [4, 4], [4, 4], -1],
  ];
  for (const [name, a, b, expected] of cases) {
    it(`${name}: ${JSON.stringify(a)} vs ${JSON.stringify(b)} → ${expected}`, () => {
      assert.equal(overlapLength(span(a)!, span(b)!), expected);
      assert.equal(overlaps(span(a)!, span(b)!), expected >= 0);
    });
  }
});

describe('eval scoring: one prediction against one label', () => {
  const cases: Array<[string, ScoredFinding, ResolvedExpected, number]> = [
    ['same kind, rewrite spans overlap', pred('number', [10, 20]), label('number', [15, 25], [0, 5]), 5],
    ['different kind never matches', pred('date', [10, 20]), label('number', [10, 20]), -1],
    ['same kind, rewrite spans apart', pred('number', [0, 5]), label('number', [10, 20]), -1],
    ['label has a rewrite string, prediction has no rewrite span', pred('number', null, [10, 20]), label('number', [10, 20], [10, 20]), -1],
    ['only the rewrite side counts when the label has one', pred('entity', [0, 3], [10, 20]), label('entity', [50, 60], [10, 20]), -1],
    ['omitted: source spans overlap', pred('omitted', null, [30, 80]), label('omitted', null, [40, 90]), 40],
    ['omitted: source spans apart', pred('omitted', null, [0, 20]), label('omitted', null, [40, 90]), -1],
    ['omitted: a rewrite span is ignored', pred('omitted', [40, 90], null), label('omitted', null, [40, 90]), -1],
  ];
  for (const [name, p, e, expected] of cases) {
    it(name, () => assert.equal(matchScore(p, e), expected));
  }
});

describe('eval scoring: one-to-one greedy matching', () => {
  const cases: Array<{
    name: string; preds: ScoredFinding[]; labels: ResolvedExpected[];
    pairs: Array<[number, number]>; extra: number[]; missed: number[];
  }> = [
    { name: 'nothing at all', preds: [], labels: [], pairs: [], extra: [], missed: [] },
    { name: 'a prediction on a pure paraphrase is extra', preds: [pred('wording', [0, 4], [0, 4], 'info')], labels: [], pairs: [], extra: [0], missed: [] },
    { name: 'a label with no prediction is missed', preds: [], labels: [label('date', [3, 9])], pairs: [], extra: [], missed: [0] },
    {
      name: 'two predictions on one label: one matches, one is extra',
      preds: [pred('number', [10, 14]), pred('number', [12, 20])], labels: [label('number', [10, 20])],
      pairs: [[1, 0]], extra: [0], missed: [],
    },
    {
      name: 'one prediction over two labels: the larger overlap is matched, the other missed',
      preds: [pred('negation', [0, 50])], labels: [label('negation', [5, 10]), label('negation', [30, 40])],
      pairs: [[0, 1]], extra: [], missed: [0],
    },
    {
      name: 'equal overlaps: the earlier label wins',
      preds: [pred('negation', [0, 50])], labels: [label('negation', [30, 40]), label('negation', [5, 15])],
      pairs: [[0, 0]], extra: [], missed: [1],
    },
    {
      // Taking predictions in order would give A→e0 and leave e1 unmatched; largest overlap first matches both.
      name: 'largest overlap first, so both labels are matched',
      preds: [pred('quantifier', [9, 30]), pred('quantifier', [0, 8])],
      labels: [label('quantifier', [5, 10]), label('quantifier', [20, 30])],
      pairs: [[1, 0], [0, 1]], extra: [], missed: [],
    },
    {
      name: 'kinds keep apart predictions at the same place',
      preds: [pred('tense', [0, 10]), pred('modality', [0, 10])], labels: [label('modality', [2, 6])],
      pairs: [[1, 0]], extra: [0], missed: [],
    },
    {
      name: 'omitted label matched on the source side next to a rewrite-side label',
      preds: [pred('omitted', null, [100, 150], 'warning'), pred('number', [5, 9], [20, 24])],
      labels: [label('number', [5, 9], [20, 24]), label('omitted', null, [100, 160])],
      pairs: [[1, 0], [0, 1]], extra: [], missed: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = matchFindings(c.preds, c.labels);
      assert.deepEqual(result.pairs, c.pairs);
      assert.deepEqual(result.extra, c.extra);
      assert.deepEqual(result.missed, c.missed);
    });
  }
});

describe('eval scoring: per-kind counts, precision and recall', () => {
  it('tallies TP, FP and FN per kind and sums them', () => {
    const preds = [pred('number', [0, 4]), pred('number', [50, 54]), pred('date', [10, 14]), pred('wording', [60, 64], null, 'info')];
    const labels = [label('number', [0, 4]), label('date', [10, 14]), label('date', [30, 34]), label('entity', [40, 44])];
    const counts = new Map<string, KindCounts>();
    tallyByKind(counts, preds, labels, matchFindings(preds, labels));
    assert.deepEqual(Object.fromEntries(counts), {
      number: { tp: 1, fp: 1, fn: 0 },
      date: { tp: 1, fp: 0, fn: 1 },
      wording: { tp: 0, fp: 1, fn: 0 },
      entity: { tp: 0, fp: 0, fn: 1 },
    });
    assert.deepEqual(sumCounts(counts.values()), { tp: 2, fp: 2, fn: 2 });
  });

  const cases: Array<[KindCounts, number | null, number | null]> = [
    [{ tp: 2, fp: 1, fn: 2 }, 2 / 3, 0.5],
    [{ tp: 0, fp: 3, fn: 0 }, 0, null],
    [{ tp: 0, fp: 0, fn: 4 }, null, 0],
    [{ tp: 0, fp: 0, fn: 0 }, null, null],
    [{ tp: 5, fp: 0, fn: 0 }, 1, 1],
    [{ tp: 3, fp: 1, fn: 9 }, 0.75, 0.25],
  ];
  for (const [c, p, r] of cases) {
    it(`${JSON.stringify(c)} → precision ${p}, recall ${r}`, () => {
      assert.equal(precision(c), p);
      assert.equal(recall(c), r);
    });
  }
});

describe('eval scoring: labels located in the texts', () => {
  it('uses the first occurrence of each string', () => {
    const [e] = resolveExpected([{ kind: 'number', rewrite: '42', source: '24' }], 'was 24, not 24', 'is 42 or 42');
    assert.deepEqual(e!.rewrite, { start: 3, end: 5 });
    assert.deepEqual(e!.source, { start: 4, end: 6 });
  });
  it('keeps null sides null', () => {
    const [e] = resolveExpected([{ kind: 'omitted', rewrite: null, source: 'B.' }], 'A. B.', 'A.');
    assert.equal(e!.rewrite, null);
    assert.deepEqual(e!.source, { start: 3, end: 5 });
  });
  it('throws when a labelled string is missing', () => {
    assert.throws(() => resolveExpected([{ kind: 'date', rewrite: 'May', source: 'June' }], 'in June', 'in April'), /not found/);
  });
  it('firstOccurrence of an empty or absent needle is null', () => {
    assert.equal(firstOccurrence('abc', ''), null);
    assert.equal(firstOccurrence('abc', 'd'), null);
    assert.deepEqual(firstOccurrence('abcabc', 'bc'), { start: 1, end: 3 });
  });
});

describe('eval scoring: the "changed" predicate for the public corpora', () => {
  const f = (kind: Kind, severity: Severity) => ({ kind, severity });
  const cases: Array<[string, Array<{ kind: Kind; severity: Severity }>, boolean]> = [
    ['no findings', [], false],
    ['an info wording finding', [f('wording', 'info')], false],
    ['a number error', [f('number', 'error')], true],
    ['an info finding of an error kind', [f('number', 'info')], false],
    ['an omitted warning (compression is faithful there)', [f('omitted', 'warning')], false],
    ['an attribution warning (dropped attribution is faithful there)', [f('attribution', 'warning')], false],
    ['an attribution error', [f('attribution', 'error')], false],
    ['omitted and attribution together', [f('omitted', 'warning'), f('attribution', 'warning')], false],
    ['attribution plus a role warning', [f('attribution', 'warning'), f('role', 'warning')], true],
    ['an added-detail warning', [f('added-detail', 'warning')], true],
    ['an unsupported error', [f('unsupported', 'error')], true],
  ];
  for (const [name, findings, expected] of cases) {
    it(`${name} → ${expected ? 'changed' : 'unchanged'}`, () => {
      assert.equal(predictsChanged(findings), expected);
      assert.equal(findings.some(countsAsChange), expected);
    });
  }
});

describe('eval scoring: confusion counts and balanced accuracy', () => {
  it('tallies each (label, prediction) combination into its cell', () => {
    const c = emptyBinary();
    const rows: Array<[boolean, boolean]> = [[true, true], [true, false], [true, false], [false, true], [false, false], [false, false], [false, false]];
    for (const [actual, predicted] of rows) tallyBinary(c, actual, predicted);
    assert.deepEqual(c, { tp: 1, fn: 2, fp: 1, tn: 3 });
  });

  const cases: Array<[string, { tp: number; fp: number; tn: number; fn: number }, number | null]> = [
    ['TPR 0.8, TNR 0.6', { tp: 8, fn: 2, tn: 6, fp: 4 }, 0.7],
    ['perfect', { tp: 5, fn: 0, tn: 7, fp: 0 }, 1],
    ['always "changed"', { tp: 10, fn: 0, tn: 0, fp: 30 }, 0.5],
    ['never "changed"', { tp: 0, fn: 10, tn: 30, fp: 0 }, 0.5],
    ['always wrong', { tp: 0, fn: 4, tn: 0, fp: 6 }, 0],
    ['imbalanced: TPR 0.25, TNR 0.99', { tp: 1, fn: 3, tn: 99, fp: 1 }, 0.62],
    ['no positive rows: undefined', { tp: 0, fn: 0, tn: 5, fp: 1 }, null],
    ['no negative rows: undefined', { tp: 3, fn: 1, tn: 0, fp: 0 }, null],
  ];
  for (const [name, c, expected] of cases) {
    it(`${name} → ${expected}`, () => {
      const got = balancedAccuracy(c);
      if (expected === null) assert.equal(got, null);
      else assert.ok(got !== null && Math.abs(got - expected) < 1e-12, `got ${got}`);
    });
  }
  it('precision and recall of "changed" use the same cells', () => {
    const c = { tp: 29, fp: 12, tn: 361, fn: 344 };
    assert.equal(precision(c), 29 / 41);
    assert.equal(recall(c), 29 / 373);
  });
});

describe('eval scoring: span range check', () => {
  const cases: Array<[string, Range, Range, number]> = [
    ['both in range', [0, 5], [2, 10], 0],
    ['null spans are fine', null, null, 0],
    ['empty span at the very end', [10, 10], [10, 10], 0],
    ['rewrite end past the text', [5, 11], null, 1],
    ['negative start', null, [-1, 3], 1],
    ['start after end', [6, 4], null, 1],
    ['both sides wrong', [0, 99], [0, 99], 2],
    ['non-integer bounds', [Infinity, -Infinity], null, 1],
  ];
  for (const [name, rewrite, source, problems] of cases) {
    it(`${name} → ${problems} problem(s)`, () => {
      assert.equal(spanProblems({ rewrite: span(rewrite), source: span(source) }, 'x'.repeat(10), 'y'.repeat(10)).length, problems);
    });
  }
});

describe('eval scoring: helpers', () => {
  it('topCounts sorts by count, then name, and cuts to n', () => {
    const m = new Map([['quantifier', 5], ['date', 1], ['modality', 3], ['entity', 1], ['number', 1], ['tense', 1]]);
    assert.deepEqual(topCounts(m, 4), [['quantifier', 5], ['modality', 3], ['date', 1], ['entity', 1]]);
  });
  it('median of odd and even lists', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(median([7]), 7);
    assert.throws(() => median([]));
  });
});
