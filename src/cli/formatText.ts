// Human-readable output in the compiler convention `path:line:col: severity [kind] message`,
// which terminals, editors and CI log viewers already turn into clickable locations.

import type { Finding, Severity } from '../core';
import { IndexedText } from './findingJson';
import type { Report } from './report';
import { countBySeverity, type SeverityCounts } from './summary';

export interface TextOptions {
  /** ANSI colours; the caller decides (TTY and NO_COLOR), this module only obeys. */
  readonly color: boolean;
}

const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
  green: '\x1b[32m',
};

const SEVERITY_COLOR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.cyan };

export function formatText(report: Report, options: TextOptions): string {
  const paint = options.color
    ? (codes: string, s: string) => (codes ? `${codes}${s}${ANSI.reset}` : s)
    : (_codes: string, s: string) => s;
  const rewrite = new IndexedText(report.rewrite.text);
  const source = new IndexedText(report.source.text);

  const lines: string[] = [];
  for (const finding of report.findings) {
    const where = locate(finding, report, rewrite, source);
    const severity = paint(ANSI.bold + SEVERITY_COLOR[finding.severity], finding.severity);
    const kind = paint(ANSI.dim, `[${finding.kind}]`);
    lines.push(`${paint(ANSI.bold, where)}: ${severity} ${kind} ${singleLine(finding.message)}`);
  }
  lines.push(summaryLine(countBySeverity(report.findings), paint));
  return lines.join('\n') + '\n';
}

/**
 * `path:line:col` of a finding: the rewrite span when there is one; an omitted claim has no
 * place in the rewrite, so it points at the source wording instead.
 */
function locate(finding: Finding, report: Report, rewrite: IndexedText, source: IndexedText): string {
  if (finding.rewrite) return `${report.rewrite.path}:${position(rewrite, finding.rewrite.start)}`;
  if (finding.source) return `${report.source.path}:${position(source, finding.source.start)}`;
  // Neither side: should not happen, but the finding is still worth showing.
  return `${report.rewrite.path}:1:1`;
}

function position(doc: IndexedText, offset: number): string {
  const { line, column } = doc.lines.position(offset);
  return `${line}:${column}`;
}

/** One finding per line is the contract, so stray line breaks in a message are flattened. */
function singleLine(message: string): string {
  return message.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ');
}

export function summaryLine(counts: SeverityCounts, paint: (codes: string, s: string) => string = (_c, s) => s): string {
  if (counts.error + counts.warning + counts.info === 0) return paint(ANSI.green, 'No changed claims found.');
  return [
    paint(counts.error ? ANSI.bold + ANSI.red : '', plural(counts.error, 'error')),
    paint(counts.warning ? ANSI.bold + ANSI.yellow : '', plural(counts.warning, 'warning')),
    paint(counts.info ? ANSI.bold + ANSI.cyan : '', plural(counts.info, 'info')),
  ].join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
