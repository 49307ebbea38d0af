import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DEFAULT_SEVERITY, KINDS } from '../../src/core';
import { FINGERPRINT_KEY, SARIF_SCHEMA, artifactLocation, formatSarif } from '../../src/cli/formatSarif';
import type { Report } from '../../src/cli/report';
import { RULE_DOCS } from '../../src/cli/ruleDocs';
import { VERSION } from '../../src/cli/version';
import { finding, spanOf } from './cli-helpers';

// SARIF is checked structurally against the 2.1.0 spec's required properties; there is no
// schema validator among the dev dependencies.

const source = 'Police said three people were hurt.\nThe road reopened on Monday.\n';
const rewrite = 'Police said 😀 four people were hurt.\r\nA new sentence.\r\n';

const report: Report = {
  source: { path: 'articles/source.txt', text: source },
  rewrite: { path: 'articles/my rewrite#1.txt', text: rewrite },
  findings: [
    finding({ id: 'f-number', kind: 'number', message: 'four vs three', rewrite: spanOf(rewrite, 'four'), source: spanOf(source, 'three'), suggestion: 'three' }),
    finding({ id: 'f-omitted', kind: 'omitted', message: 'dropped', rewrite: null, source: spanOf(source, 'The road reopened on Monday.') }),
    finding({ id: 'f-unsupported', kind: 'unsupported', message: 'new', rewrite: spanOf(rewrite, 'A new sentence.'), source: null }),
    finding({ id: 'f-wording', kind: 'wording', severity: 'info', rewrite: spanOf(rewrite, 'hurt'), source: spanOf(source, 'hurt') }),
  ],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('cli formatSarif', () => {
  const sarif: Json = JSON.parse(formatSarif(report, { cwd: '/work/project' }));
  const run = sarif.runs[0];

  it('is a SARIF 2.1.0 log with one run', () => {
    assert.equal(sarif.$schema, SARIF_SCHEMA);
    assert.equal(sarif.version, '2.1.0');
    assert.ok(Array.isArray(sarif.runs));
    assert.equal(sarif.runs.length, 1);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/project/' } });
  });

  it('describes the tool with one rule per kind', () => {
    const driver = run.tool.driver;
    assert.equal(driver.name, 'Faithful');
    assert.match(driver.informationUri, /^https:\/\//);
    assert.equal(driver.version, VERSION);
    assert.deepEqual(driver.rules.map((r: Json) => r.id), [...KINDS]);
    const levels: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };
    for (const rule of driver.rules) {
      const kind = rule.id as (typeof KINDS)[number];
      assert.match(rule.name, /^[A-Z][A-Za-z]+$/);
      assert.ok(rule.shortDescription.text.length > 0);
      assert.ok(rule.fullDescription.text.length > 0);
      assert.ok(rule.help.text.length > 0);
      assert.equal(rule.defaultConfiguration.level, levels[DEFAULT_SEVERITY[kind]]);
    }
    assert.equal(new Set(driver.rules.map((r: Json) => r.name)).size, KINDS.length, 'rule names are unique');
  });

  it('has documentation for every kind', () => {
    assert.deepEqual(Object.keys(RULE_DOCS).sort(), [...KINDS].sort());
  });

  it('emits one result per finding with rule, level, message and fingerprint', () => {
    assert.equal(run.results.length, 4);
    run.results.forEach((result: Json, i: number) => {
      const f = report.findings[i];
      assert.equal(result.ruleId, f.kind);
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, f.kind);
      assert.equal(result.message.text, f.message);
      assert.deepEqual(result.partialFingerprints, { [FINGERPRINT_KEY]: f.id });
      assert.equal(result.locations.length, 1);
    });
    assert.deepEqual(run.results.map((r: Json) => r.level), ['error', 'warning', 'error', 'note']);
  });

  it('locates a result in the rewrite, with the source wording as related location', () => {
    const result = run.results[0];
    const loc = result.locations[0].physicalLocation;
    assert.deepEqual(loc.artifactLocation, { uri: 'articles/my%20rewrite%231.txt', uriBaseId: '%SRCROOT%' });
    // 'Police said 😀 ' is 12 + 2 + 1 = 15 units; SARIF's endColumn is exclusive.
    assert.deepEqual(loc.region, { startLine: 1, startColumn: 16, endLine: 1, endColumn: 20, charOffset: 15, charLength: 4, snippet: { text: 'four' } });
    assert.equal(result.relatedLocations.length, 1);
    const related = result.relatedLocations[0];
    assert.equal(related.id, 1);
    assert.deepEqual(related.physicalLocation.artifactLocation, { uri: 'articles/source.txt', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(related.physicalLocation.region, { startLine: 1, startColumn: 13, endLine: 1, endColumn: 18, charOffset: 12, charLength: 5, snippet: { text: 'three' } });
  });

  it('turns a suggestion into a fix on the rewrite', () => {
    const fix = run.results[0].fixes[0];
    assert.equal(fix.artifactChanges[0].artifactLocation.uri, 'articles/my%20rewrite%231.txt');
    assert.deepEqual(fix.artifactChanges[0].replacements[0].insertedContent, { text: 'three' });
    assert.equal(fix.artifactChanges[0].replacements[0].deletedRegion.charOffset, 15);
    assert.equal(run.results[2].fixes, undefined);
  });

  it('locates an omitted claim in the source file', () => {
    const result = run.results[1];
    const loc = result.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, 'articles/source.txt');
    assert.deepEqual(loc.region, { startLine: 2, startColumn: 1, endLine: 2, endColumn: 29, charOffset: 36, charLength: 28, snippet: { text: 'The road reopened on Monday.' } });
    assert.equal(result.relatedLocations, undefined);
  });

  it('has no related location for an unsupported sentence', () => {
    const result = run.results[2];
    assert.equal(result.relatedLocations, undefined);
    // After a CRLF the next line starts at column 1.
    assert.equal(result.locations[0].physicalLocation.region.startLine, 2);
    assert.equal(result.locations[0].physicalLocation.region.startColumn, 1);
  });

  it('is valid with no findings', () => {
    const empty: Json = JSON.parse(formatSarif({ ...report, findings: [] }));
    assert.deepEqual(empty.runs[0].results, []);
    assert.equal(empty.runs[0].tool.driver.rules.length, KINDS.length);
  });

  it('turns absolute paths into file: URLs', () => {
    const abs = path.resolve('/tmp/a b/c.txt');
    assert.deepEqual(artifactLocation(abs), { uri: 'file:///tmp/a%20b/c.txt' });
    assert.deepEqual(artifactLocation('./x/y?.md'), { uri: './x/y%3F.md', uriBaseId: '%SRCROOT%' });
  });
});
