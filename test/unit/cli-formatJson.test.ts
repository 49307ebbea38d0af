import * as assert from 'node:assert/strict';
import type { JsonSpan } from '../../src/cli/findingJson';
import { formatJson, toJsonReport } from '../../src/cli/formatJson';
import { readInput } from '../../src/cli/readInput';
import type { Report } from '../../src/cli/report';
import { finding, spanOf, tempDir } from './cli-helpers';

/** Independent line/column computation: split the prefix on every kind of line break. */
function expectedPosition(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

describe('cli formatJson', () => {
  const source = 'The council approved £4m.\nIt will open in May.\n';
  const rewrite = 'The council approved £5m.\nIt opened in May.\n';

  it('has exactly the documented keys', () => {
    const report: Report = {
      source: { path: 'src.txt', text: source },
      rewrite: { path: 'dir/rw.txt', text: rewrite },
      findings: [
        finding({ id: 'n1', kind: 'number', rewrite: spanOf(rewrite, '£5m'), source: spanOf(source, '£4m'), suggestion: '£4m' }),
        finding({ id: 't1', kind: 'tense', rewrite: spanOf(rewrite, 'opened'), source: spanOf(source, 'will open') }),
      ],
    };
    const json = JSON.parse(formatJson(report));
    assert.deepEqual(Object.keys(json), ['version', 'source', 'rewrite', 'summary', 'findings']);
    assert.equal(json.version, 1);
    assert.deepEqual(json.source, { path: 'src.txt' });
    assert.deepEqual(json.rewrite, { path: 'dir/rw.txt' });
    assert.deepEqual(json.summary, { error: 2, warning: 0, info: 0 });
    assert.equal(json.findings.length, 2);
    for (const f of json.findings) {
      assert.deepEqual(Object.keys(f), ['id', 'kind', 'severity', 'message', 'rewrite', 'source', 'suggestion']);
      for (const side of ['rewrite', 'source']) assert.deepEqual(Object.keys(f[side]), ['start', 'end', 'line', 'column', 'text']);
    }
    assert.deepEqual(json.findings[0], {
      id: 'n1',
      kind: 'number',
      severity: 'error',
      message: 'changed number',
      rewrite: { start: 21, end: 24, line: 1, column: 22, text: '£5m' },
      source: { start: 21, end: 24, line: 1, column: 22, text: '£4m' },
      suggestion: '£4m',
    });
    assert.deepEqual(json.findings[1].rewrite, { start: 29, end: 35, line: 2, column: 4, text: 'opened' });
    assert.equal(json.findings[1].suggestion, null);
  });

  it('writes null for the missing side of omitted and unsupported findings', () => {
    const report: Report = {
      source: { path: 's', text: source },
      rewrite: { path: 'r', text: rewrite },
      findings: [
        finding({ kind: 'omitted', rewrite: null, source: spanOf(source, 'It will open in May.') }),
        finding({ kind: 'unsupported', rewrite: spanOf(rewrite, 'It opened in May.'), source: null }),
      ],
    };
    const json = toJsonReport(report);
    assert.equal(json.findings[0].rewrite, null);
    assert.deepEqual(json.findings[0].source, { start: 26, end: 46, line: 2, column: 1, text: 'It will open in May.' });
    assert.equal(json.findings[1].source, null);
    assert.deepEqual(json.summary, { error: 1, warning: 1, info: 0 });
  });

  it('is valid with no findings', () => {
    const json = JSON.parse(formatJson({ source: { path: 's', text: 'a' }, rewrite: { path: 'r', text: 'b' }, findings: [] }));
    assert.deepEqual(json.summary, { error: 0, warning: 0, info: 0 });
    assert.deepEqual(json.findings, []);
  });

  it('counts offsets, lines and columns correctly on CRLF, emoji and BOM input', () => {
    const tmp = tempDir();
    try {
      // The rewrite starts with a UTF-8 BOM, uses CRLF, and has astral emoji before the spans.
      const rewriteText = 'Headline 🚒🔥\r\nFire crews 👩‍🚒 arrived in 12 minutes.\r\n\r\nThe 😀 mayor said it was contained.\r\n';
      const sourceText = 'Fire crews arrived in 20 minutes.\rThe mayor said it was not contained.\n';
      const rewritePath = tmp.file('rewrite.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rewriteText, 'utf8')]));
      // The source is UTF-16 LE with a BOM and old-Mac \r line breaks.
      const sourcePath = tmp.file('source.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sourceText, 'utf16le')]));
      const rw = readInput(rewritePath);
      const src = readInput(sourcePath);
      assert.equal(rw.text, rewriteText, 'BOM stripped, text otherwise untouched');
      assert.equal(src.text, sourceText);

      const findings = [
        finding({ kind: 'number', rewrite: spanOf(rw.text, '12'), source: spanOf(src.text, '20') }),
        finding({ kind: 'negation', rewrite: spanOf(rw.text, 'was contained'), source: spanOf(src.text, 'was not contained') }),
        finding({ kind: 'wording', rewrite: spanOf(rw.text, '🔥'), source: null }),
      ];
      const json = toJsonReport({ source: { path: sourcePath, text: src.text }, rewrite: { path: rewritePath, text: rw.text }, findings });

      // Hand-checked values. The BOM is not counted. Line 1 'Headline 🚒🔥\r\n' is 9 + 2 + 2 + 2 = 15
      // units. In 'Fire crews 👩‍🚒 arrived in ' the woman firefighter is 👩 (2) + ZWJ (1) + 🚒 (2),
      // so '12' starts 28 units into line 2: offset 43, column 29.
      assert.deepEqual(json.findings[0].rewrite, { start: 43, end: 45, line: 2, column: 29, text: '12' });
      assert.deepEqual(json.findings[0].source, { start: 22, end: 24, line: 1, column: 23, text: '20' });
      // Line 2 is 39 units + CRLF, line 3 is an empty CRLF, so line 4 starts at 58;
      // 'The 😀 mayor said it ' is 4 + 2 + 15 = 21 units.
      assert.deepEqual(json.findings[1].rewrite, { start: 79, end: 92, line: 4, column: 22, text: 'was contained' });
      // The source's lone \r ends line 1 at offset 34.
      assert.deepEqual(json.findings[1].source, { start: 52, end: 69, line: 2, column: 19, text: 'was not contained' });
      assert.deepEqual(json.findings[2].rewrite, { start: 11, end: 13, line: 1, column: 12, text: '🔥' });

      // And every span agrees with an independent computation.
      for (const f of json.findings) {
        const sides: Array<[JsonSpan | null, string]> = [
          [f.rewrite, rw.text],
          [f.source, src.text],
        ];
        for (const [span, text] of sides) {
          if (!span) continue;
          assert.equal(text.slice(span.start, span.end), span.text);
          assert.deepEqual({ line: span.line, column: span.column }, expectedPosition(text, span.start));
        }
      }
    } finally {
      tmp.cleanup();
    }
  });

  it('clamps a malformed span instead of crashing', () => {
    const json = toJsonReport({
      source: { path: 's', text: 'abc' },
      rewrite: { path: 'r', text: 'abcdef' },
      findings: [finding({ rewrite: { start: 4, end: 99 }, source: { start: 2, end: 1 } })],
    });
    assert.deepEqual(json.findings[0].rewrite, { start: 4, end: 6, line: 1, column: 5, text: 'ef' });
    assert.deepEqual(json.findings[0].source, { start: 2, end: 2, line: 1, column: 3, text: '' });
  });
});
