// Property tests of the engine (issue 11, "Measured by"), with fast-check: random articles built
// from news-like sentences (names, figures, dates, negations, hedges, quotes, emoji, accents,
// right-to-left words) and rewrites made by random edits. For every pair:
// - every finding's offsets lie inside its text, never split a surrogate pair, and the CLI's
//   JSON quotes exactly the characters at those offsets, on the line and column they name;
// - the result is a pure function of the pair: the same again, also after unrelated pairs;
// - identical texts give no findings;
// - restore suggestions never overlap, so applying them all is well defined.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze, type AnalysisResult, type Span } from '../../src/core';
import { IndexedText, toJsonFinding } from '../../src/cli/findingJson';

const NAMES = ['Avenco', 'Maria Lopez', 'the council', 'Brightwater Ltd', 'Dr. Okafor', 'the ministry', 'Jürgen Weiß', 'Zoë'];
const VERBS = ['approved', 'rejected', 'announced', 'delayed', 'said it would review', 'has not confirmed', 'may cut', 'will open'];
const OBJECTS = ['the budget', 'a new bridge', '12 schools', '$4.5 million', 'the 2024 plan', '3,200 jobs', 'talks 🎉', 'the “final” offer', 'שלום park'];
const WHEN = ['on Monday', 'in March 2023', 'last week', 'by 2030', '', 'on 14 July', 'about 40% later'];

const sentence = fc.record({
  who: fc.constantFrom(...NAMES),
  verb: fc.constantFrom(...VERBS),
  what: fc.constantFrom(...OBJECTS),
  when: fc.constantFrom(...WHEN),
  quoted: fc.boolean(),
}).map(({ who, verb, what, when, quoted }) => {
  const core = `${who[0]!.toUpperCase()}${who.slice(1)} ${verb} ${what}${when ? ` ${when}` : ''}.`;
  return quoted ? `"${core.slice(0, -1)}," a spokesperson said.` : core;
});

/** A rewrite made from the source by edits an editor makes: replace, drop, add, reorder. */
const edit = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), from: fc.constantFrom(...VERBS, ...OBJECTS, ...NAMES), to: fc.constantFrom(...VERBS, ...OBJECTS, ...NAMES) }),
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), at: fc.nat(), text: sentence }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat() }),
);

function applyEdits(sentences: string[], edits: ReadonlyArray<fc.Arbitrary<unknown> extends never ? never : any>): string[] {
  const out = [...sentences];
  for (const e of edits) {
    const i = out.length ? e.at % out.length : 0;
    if (e.op === 'replace' && out.length) out[i] = out[i]!.replace(e.from, e.to);
    else if (e.op === 'drop' && out.length > 1) out.splice(i, 1);
    else if (e.op === 'add') out.splice(i, 0, e.text);
    else if (e.op === 'swap' && out.length > 1) [out[i], out[(i + 1) % out.length]] = [out[(i + 1) % out.length]!, out[i]!];
  }
  return out;
}

/** Sentences into paragraphs, with the line endings a pasted text may have. */
const article = (sentences: string[], breaks: string) => sentences.reduce((text, s, k) => text + (k === 0 ? '' : k % 3 === 0 ? `${breaks}${breaks}` : ' ') + s, '');

const pair = fc.record({
  sentences: fc.array(sentence, { minLength: 1, maxLength: 12 }),
  edits: fc.array(edit, { maxLength: 6 }),
  breaks: fc.constantFrom('\n', '\r\n'),
}).map(({ sentences, edits, breaks }) => ({ source: article(sentences, breaks), rewrite: article(applyEdits(sentences, edits), breaks), sentences, breaks }));

const RUNS = { numRuns: 150, seed: 20261202 };

function stable(result: AnalysisResult): string {
  return JSON.stringify({ ...result, stats: { ...result.stats, elapsedMs: 0 } });
}

function checkSpan(text: string, span: Span | null, what: string): void {
  if (!span) return;
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: [${span.start}, ${span.end}) inside ${text.length} characters`);
  const low = (i: number) => i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]!) && /[\uD800-\uDBFF]/.test(text[i - 1]!);
  assert.ok(!low(span.start) && !low(span.end), `${what}: does not split a surrogate pair`);
}

describe('hardening: engine properties (fast-check)', function () {
  this.timeout(300000);

  it('offsets lie inside the texts and quote exactly their characters', () => {
    fc.assert(fc.property(pair, ({ source, rewrite }) => {
      const result = analyze(source, rewrite);
      const src = new IndexedText(source);
      const rw = new IndexedText(rewrite);
      for (const f of result.findings) {
        checkSpan(rewrite, f.rewrite, `${f.kind} rewrite`);
        checkSpan(source, f.source, `${f.kind} source`);
        const json = toJsonFinding(f, rw, src) as any;
        for (const [side, text, span] of [['rewrite', rewrite, f.rewrite], ['source', source, f.source]] as const) {
          if (!span) continue;
          assert.equal(json[side].text, text.slice(span.start, span.end));
          const before = text.slice(0, span.start).split(/\r\n|\n|\r/);
          assert.equal(json[side].line, before.length, `${f.kind} ${side} line`);
          assert.equal(json[side].column, before[before.length - 1]!.length + 1, `${f.kind} ${side} column`);
        }
      }
    }), RUNS);
  });

  it('is deterministic: the same result again, and after unrelated pairs', () => {
    fc.assert(fc.property(pair, fc.array(pair, { minLength: 1, maxLength: 3 }), ({ source, rewrite }, others) => {
      const first = stable(analyze(source, rewrite));
      assert.equal(stable(analyze(source, rewrite)), first);
      for (const o of others) analyze(o.source, o.rewrite);
      assert.equal(stable(analyze(source, rewrite)), first);
    }), { ...RUNS, numRuns: 60 });
  });

  it('finds nothing in identical texts', () => {
    fc.assert(fc.property(pair, ({ source }) => {
      const findings = analyze(source, source).findings;
      assert.deepEqual(findings.map((f) => `${f.kind}: ${f.message}`), []);
    }), RUNS);
  });

  it('never offers restore suggestions that overlap', () => {
    fc.assert(fc.property(pair, ({ source, rewrite }) => {
      const spans = analyze(source, rewrite).findings.filter((f) => f.suggestion !== null && f.rewrite).map((f) => f.rewrite!).sort((a, b) => a.start - b.start);
      for (let k = 1; k < spans.length; k++) assert.ok(spans[k]!.start >= spans[k - 1]!.end, `suggestions at [${spans[k - 1]!.start}, ${spans[k - 1]!.end}) and [${spans[k]!.start}, ${spans[k]!.end}) overlap`);
    }), RUNS);
  });
});
