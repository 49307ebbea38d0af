// The aligned comparison model: rows of aligned sentences, unsupported and omitted rows, every
// finding in exactly one row with its words marked, counts, severity settings, merges/splits.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type AnalysisResult, type Finding } from '../../src/core';
import { buildComparison, firstRows, LineStarts, rowAtDraftOffset, splitParts, type ComparisonModel } from '../../src/comparison/model';

const REPO = path.resolve(__dirname, '..', '..');
const source = fs.readFileSync(path.join(REPO, 'examples', 'source.txt'), 'utf8');
const rewrite = fs.readFileSync(path.join(REPO, 'examples', 'rewrite.txt'), 'utf8');

const joined = (parts: readonly { text: string }[]) => parts.map((p) => p.text).join('');

describe('comparison model', () => {
  let result: AnalysisResult;
  let model: ComparisonModel;
  before(() => {
    result = analyze(source, rewrite);
    model = buildComparison({ result, sourceText: source, draftText: rewrite, sourceLabel: 'source.txt', draftLabel: 'rewrite.txt' });
  });

  it('shows every draft sentence once in draft order, every source sentence, each with its exact text', () => {
    const draftStarts = model.rows.flatMap((r) => r.draft.map((s) => s.start));
    const sourceStarts = new Set(model.rows.flatMap((r) => r.source.map((s) => s.start)));
    assert.deepEqual(draftStarts, result.sentences.rewrite.map((s) => s.start));
    assert.deepEqual([...sourceStarts].sort((a, b) => a - b), result.sentences.source.map((s) => s.start));
    for (const r of model.rows) {
      for (const s of r.draft) assert.equal(joined(s.parts), rewrite.slice(s.start, s.end));
      for (const s of r.source) assert.equal(joined(s.parts), source.slice(s.start, s.end));
    }
  });

  it('places every finding in exactly one row and marks its words on both sides', () => {
    assert.equal(model.changes.length, result.findings.length);
    const placed = model.rows.flatMap((r) => r.changes);
    assert.deepEqual([...placed].sort((a, b) => a - b), model.changes.map((_c, i) => i));
    const tense = model.changes.findIndex((c) => c.kind === 'tense' && c.draftText === 'will randomly compromise');
    assert.ok(tense >= 0);
    const row = model.rows[model.changes[tense]!.row]!;
    assert.equal(row.type, 'aligned');
    const marked = (side: 'draft' | 'source') => row[side].flatMap((s) => s.parts.filter((p) => p.changes?.includes(tense)).map((p) => p.text)).join('');
    assert.equal(marked('draft'), 'will randomly compromise');
    assert.equal(marked('source'), 'indiscriminately compromised');
    assert.equal(row.severity, 'error');
  });

  it('gives unsupported draft sentences and omitted source sentences rows of their own', () => {
    const unsupported = model.rows.find((r) => r.type === 'unsupported' && r.draft.some((s) => joined(s.parts).includes('Please enter your comment!')));
    assert.ok(unsupported, 'an unsupported row');
    assert.equal(unsupported.source.length, 0);
    assert.ok(unsupported.changes.some((c) => model.changes[c]!.kind === 'unsupported'));
    const omitted = model.rows.find((r) => r.type === 'omitted' && r.source.some((s) => joined(s.parts).startsWith('Blinken emphasized that the responsible states')));
    assert.ok(omitted, 'an omitted row');
    assert.equal(omitted.draft.length, 0);
    assert.ok(omitted.changes.some((c) => model.changes[c]!.kind === 'omitted'));
    // Whole-sentence findings describe the row and mark no words.
    assert.ok(omitted.source.every((s) => s.parts.every((p) => !p.changes)));
  });

  it('counts by severity and kind', () => {
    const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
    assert.equal(model.counts.error, count('error'));
    assert.equal(model.counts.warning, count('warning'));
    assert.equal(model.counts.info, count('info'));
    assert.equal(model.counts.byKind.tense, result.findings.filter((f) => f.kind === 'tense').length);
    assert.equal(Object.values(model.counts.byKind).reduce((a, b) => a + b, 0), result.findings.length);
  });

  it('applies severity settings: a changed level, and off leaves the kind out', () => {
    const m = buildComparison({ result, sourceText: source, draftText: rewrite, sourceLabel: 's', draftLabel: 'd', severity: { role: 'error', unsupported: 'off' } });
    assert.ok(m.changes.every((c) => c.kind !== 'unsupported'));
    assert.ok(m.changes.filter((c) => c.kind === 'role').every((c) => c.severity === 'error'));
    // The sentence stays, as a row without a finding.
    assert.ok(m.rows.some((r) => r.draft.some((s) => joined(s.parts).includes('Please enter your comment!'))));
  });

  it('shows a merge (one draft sentence from two source sentences) and a split on one row', () => {
    const src = 'The council met on Monday. It approved a budget of $4 million. The mayor was absent.';
    const draft = 'The council met on Monday and approved a budget of $4 million. The mayor was absent. She was ill. She was at home.';
    const r = analyze(src, draft);
    const m = buildComparison({ result: r, sourceText: src, draftText: draft, sourceLabel: 's', draftLabel: 'd' });
    const merged = m.rows.find((row) => row.draft.some((s) => joined(s.parts).startsWith('The council met')));
    assert.ok(merged);
    assert.equal(merged.source.length, 2, JSON.stringify(r.pairs));
    // Synthetic split: two draft sentences paired with one source sentence share its row.
    const fake: AnalysisResult = {
      findings: [],
      pairs: [
        { rewrite: { start: 0, end: 10 }, sources: [{ start: 0, end: 20 }] },
        { rewrite: { start: 11, end: 20 }, sources: [{ start: 0, end: 20 }] },
      ],
      sentences: { source: [{ start: 0, end: 20, carried: true }], rewrite: [{ start: 0, end: 10 }, { start: 11, end: 20 }] },
      stats: { sourceSentences: 1, rewriteSentences: 2, alignedPairs: 2, elapsedMs: 0 },
    };
    const split = buildComparison({ result: fake, sourceText: 'x'.repeat(20), draftText: 'y'.repeat(20), sourceLabel: 's', draftLabel: 'd' });
    assert.equal(split.rows.length, 1);
    assert.equal(split.rows[0]!.draft.length, 2);
  });

  it('puts a dropped source sentence after the row of the source sentence before it', () => {
    const src = 'Alpha Corp hired ten engineers in Boston. Beta Ltd closed its Paris office after the strike. Gamma Inc opened a plant in Ohio.';
    const draft = 'Alpha Corp hired ten engineers in Boston. Gamma Inc opened a plant in Ohio.';
    const r = analyze(src, draft);
    const m = buildComparison({ result: r, sourceText: src, draftText: draft, sourceLabel: 's', draftLabel: 'd' });
    assert.deepEqual(m.rows.map((row) => row.type), ['aligned', 'omitted', 'aligned']);
  });

  it('finds the row at a draft offset (the cursor)', () => {
    const at = rewrite.indexOf('will randomly compromise');
    const row = rowAtDraftOffset(model, at);
    assert.ok(model.rows[row]!.changes.some((c) => model.changes[c]!.kind === 'tense'));
  });

  it('splits overlapping marks into parts that carry every change over them', () => {
    const parts = splitParts('abcdefghij', { start: 0, end: 10 }, [{ ci: 0, span: { start: 2, end: 6 } }, { ci: 1, span: { start: 4, end: 8 } }, { ci: 2, span: null }]);
    assert.deepEqual(parts, [
      { text: 'ab' }, { text: 'cd', changes: [0] }, { text: 'ef', changes: [0, 1] }, { text: 'gh', changes: [1] }, { text: 'ij' },
    ]);
  });

  it('numbers lines for \\n, \\r\\n and \\r', () => {
    const l = new LineStarts('a\nb\r\nc\rd');
    assert.deepEqual([0, 2, 5, 7].map((o) => l.line(o)), [1, 2, 3, 4]);
  });

  it('cuts to its first rows with only their changes, renumbered, each still marking the same words', () => {
    const n = model.rows.findIndex((r, i) => i > 0 && r.changes.length > 0) + 1;
    assert.ok(n > 1 && n < model.rows.length);
    const head = firstRows(model, n);
    assert.equal(head.rows.length, n);
    assert.deepEqual(head.counts, model.counts);
    const shown = model.rows.slice(0, n).flatMap((r) => r.changes);
    assert.deepEqual(head.changes.map((c) => c.id), shown.map((ci) => model.changes[ci]!.id));
    head.rows.forEach((r, ri) => {
      const full = model.rows[ri]!;
      assert.deepEqual(r.changes.map((ci) => head.changes[ci]!.id), full.changes.map((ci) => model.changes[ci]!.id));
      for (const side of ['source', 'draft'] as const) {
        r[side].forEach((s, si) => s.parts.forEach((p, pi) => {
          const was = full[side][si]!.parts[pi]!;
          assert.equal(p.text, was.text);
          assert.deepEqual((p.changes ?? []).map((ci) => head.changes[ci]!.id), (was.changes ?? []).map((ci) => model.changes[ci]!.id));
        }));
      }
    });
    assert.equal(firstRows(model, model.rows.length), model);
  });

  it('is plain data (survives JSON)', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
  });

  it('keeps a finding outside every sentence visible', () => {
    const f: Finding = { id: 'x', kind: 'number', severity: 'error', message: 'm', rewrite: { start: 50, end: 52 }, source: null, suggestion: null };
    const fake: AnalysisResult = { findings: [f], pairs: [], sentences: { source: [], rewrite: [] }, stats: { sourceSentences: 0, rewriteSentences: 0, alignedPairs: 0, elapsedMs: 0 } };
    const m = buildComparison({ result: fake, sourceText: '', draftText: 'z'.repeat(60), sourceLabel: 's', draftLabel: 'd' });
    assert.equal(m.rows.length, 1);
    assert.deepEqual(m.rows[0]!.changes, [0]);
  });
});
