import * as assert from 'node:assert/strict';
import { useColor } from '../../src/cli/color';
import { formatText, summaryLine } from '../../src/cli/formatText';
import type { Report } from '../../src/cli/report';
import { finding, spanOf } from './cli-helpers';

const source = 'Officials said the bridge will reopen in June.\r\nCosts rose 10%.\r\n';
const rewrite = 'Officials said the bridge reopened in June.\r\n\r\nCosts 😀 rose 12%.\r\n';

function report(findings: Report['findings']): Report {
  return { source: { path: 'in/source.txt', text: source }, rewrite: { path: 'rewrite.txt', text: rewrite }, findings };
}

describe('cli formatText', () => {
  it('prints path:line:col: severity [kind] message, then a summary', () => {
    const out = formatText(
      report([
        finding({ kind: 'tense', message: 'reopened vs will reopen', rewrite: spanOf(rewrite, 'reopened'), source: spanOf(source, 'will reopen') }),
        finding({ kind: 'number', message: '12% vs 10%', rewrite: spanOf(rewrite, '12%'), source: spanOf(source, '10%') }),
        finding({ kind: 'wording', message: 'wording', rewrite: spanOf(rewrite, 'Costs'), source: spanOf(source, 'Costs') }),
        finding({ kind: 'attribution', message: 'who said it', rewrite: spanOf(rewrite, 'Officials'), source: spanOf(source, 'Officials') }),
      ]),
      { color: false },
    );
    assert.equal(
      out,
      [
        'rewrite.txt:1:27: error [tense] reopened vs will reopen',
        'rewrite.txt:3:15: error [number] 12% vs 10%', // the emoji counts 2 columns
        'rewrite.txt:3:1: info [wording] wording',
        'rewrite.txt:1:1: warning [attribution] who said it',
        '2 errors, 1 warning, 1 info',
        '',
      ].join('\n'),
    );
  });

  it('points an omitted claim at the SOURCE path and its source position', () => {
    const out = formatText(report([finding({ kind: 'omitted', message: 'dropped', rewrite: null, source: spanOf(source, 'Costs rose') })]), { color: false });
    assert.equal(out, 'in/source.txt:2:1: warning [omitted] dropped\n0 errors, 1 warning, 0 infos\n');
  });

  it('says so when there is nothing to report', () => {
    assert.equal(formatText(report([]), { color: false }), 'No changed claims found.\n');
  });

  it('keeps each finding on one line even if a message has line breaks', () => {
    const out = formatText(report([finding({ message: 'first\nsecond\r\nthird' })]), { color: false });
    assert.equal(out.split('\n')[0], 'rewrite.txt:1:1: error [number] first second third');
  });

  it('colours only when asked to', () => {
    const findings = [finding({ kind: 'number' }), finding({ kind: 'wording' })];
    assert.doesNotMatch(formatText(report(findings), { color: false }), /\x1b\[/);
    const coloured = formatText(report(findings), { color: true });
    assert.match(coloured, /\x1b\[1m\x1b\[31merror\x1b\[0m/);
    // Stripping the escapes gives exactly the plain output.
    assert.equal(coloured.replace(/\x1b\[[0-9;]*m/g, ''), formatText(report(findings), { color: false }));
  });

  it('uses colour only on a TTY without NO_COLOR', () => {
    assert.equal(useColor(true, {}), true);
    assert.equal(useColor(false, {}), false);
    assert.equal(useColor(true, { NO_COLOR: '1' }), false);
    assert.equal(useColor(true, { NO_COLOR: '' }), false);
  });

  it('pluralises the summary', () => {
    assert.equal(summaryLine({ error: 1, warning: 2, info: 0 }), '1 error, 2 warnings, 0 infos');
    assert.equal(summaryLine({ error: 0, warning: 0, info: 0 }), 'No changed claims found.');
  });
});
