// The seed pair (examples/source.txt vs examples/rewrite.txt): the changes a careful editor
// would flag are found, and the harmless paraphrases in it are not errors or warnings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type AnalysisResult, type Finding } from '../../src/core';

const REPO = path.resolve(__dirname, '..', '..');
const source = fs.readFileSync(path.join(REPO, 'examples', 'source.txt'), 'utf8');
const rewrite = fs.readFileSync(path.join(REPO, 'examples', 'rewrite.txt'), 'utf8');

const rText = (f: Finding) => (f.rewrite ? rewrite.slice(f.rewrite.start, f.rewrite.end) : null);
const sText = (f: Finding) => (f.source ? source.slice(f.source.start, f.source.end) : null);

function list(res: AnalysisResult): string {
  return res.findings.map((f) => `  ${f.kind}/${f.severity} rewrite=${JSON.stringify(rText(f))} source=${JSON.stringify(sText(f))}`).join('\n');
}

describe('core seed pair (examples/)', () => {
  let res: AnalysisResult;
  before(() => {
    res = analyze(source, rewrite);
  });

  it('reports the past fact turned into a prediction, with the exact message', () => {
    const f = res.findings.find((x) => x.kind === 'tense' && rText(x) === 'will randomly compromise');
    assert.ok(f, `no tense finding on "will randomly compromise":\n${list(res)}`);
    assert.equal(f.severity, 'error');
    assert.equal(sText(f), 'indiscriminately compromised');
    assert.equal(
      f.message,
      'Tense changed: source says "indiscriminately compromised" (past), rewrite says "will randomly compromise" (future).',
    );
    assert.equal(f.suggestion, 'indiscriminately compromised');
  });

  it('reports "officers" turned into "officials" as a role change', () => {
    const f = res.findings.find((x) => x.kind === 'role' && rText(x) === 'officials' && sText(x) === 'officers');
    assert.ok(f, `no role finding officials/officers:\n${list(res)}`);
    assert.equal(f.severity, 'warning');
  });

  it('reports the invented "million dollars" as an added detail or a changed number', () => {
    const at = rewrite.indexOf('million dollars');
    assert.ok(at >= 0);
    const f = res.findings.find((x) => (x.kind === 'added-detail' || x.kind === 'number') && x.rewrite &&
      x.rewrite.start <= at && x.rewrite.end >= at + 'million dollars'.length);
    assert.ok(f, `no added-detail/number finding covering "million dollars":\n${list(res)}`);
    assert.notEqual(f.severity, 'info');
  });

  it('reports the website boilerplate as unsupported', () => {
    for (const line of ['Please enter your comment!', 'Please enter your name here']) {
      const f = res.findings.find((x) => x.kind === 'unsupported' && rText(x) === line);
      assert.ok(f, `no unsupported finding on ${JSON.stringify(line)}:\n${list(res)}`);
      assert.equal(f.severity, 'error');
      assert.equal(f.source, null);
    }
  });

  it('reports the dropped "Blinken emphasized ..." paragraph as omitted', () => {
    const f = res.findings.find((x) => x.kind === 'omitted' && (sText(x) ?? '').startsWith('Blinken emphasized'));
    assert.ok(f, `no omitted finding on "Blinken emphasized ...":\n${list(res)}`);
    assert.equal(f.severity, 'warning');
    assert.equal(f.rewrite, null);
  });

  it('reports the dropped "said Blinken in a statement" as an attribution change', () => {
    const f = res.findings.find((x) => x.kind === 'attribution' && sText(x) === 'said Blinken in a statement');
    assert.ok(f, `no attribution finding on "said Blinken in a statement":\n${list(res)}`);
    assert.equal(f.severity, 'warning');
    assert.ok(f.rewrite, 'the attribution finding points at the claim in the rewrite');
  });

  for (const phrase of ['behavior', 'Antony J. Blinken', 'gigantic', 'officially affirmed']) {
    it(`raises no error or warning on the paraphrase "${phrase}"`, () => {
      assert.ok(rewrite.includes(phrase), `the rewrite no longer contains ${JSON.stringify(phrase)}`);
      const bad = res.findings.filter((f) => f.severity !== 'info' && (rText(f) ?? '').includes(phrase));
      assert.deepEqual(bad.map((f) => `${f.kind}: ${f.message}`), []);
    });
  }
});
