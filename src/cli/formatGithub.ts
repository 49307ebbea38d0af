// `--format github`: GitHub Actions workflow commands, one per finding, so findings show as
// annotations on the pull request's changed files:
//   ::error file=drafts/a.md,line=9,col=199,endLine=9,endColumn=223,title=Faithful: tense::Tense changed: ...
// Escaping follows @actions/core: in the message %, CR and LF are percent-encoded (a finding can
// never start a second command); in properties also ':' and ','.
import type { Finding, Severity } from '../core';
import { IndexedText } from './findingJson';
import type { Report } from './report';
import { countBySeverity, type SeverityCounts } from './summary';
import { summaryLine } from './formatText';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One report or several (`faithful check`); a summary line closes the output. */
export function formatGithub(reports: readonly Report[]): string {
  const lines: string[] = [];
  const total: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const report of reports) {
    const rewrite = new IndexedText(report.rewrite.text);
    const source = new IndexedText(report.source.text);
    for (const f of report.findings) lines.push(annotation(f, report, rewrite, source));
    const c = countBySeverity(report.findings);
    total.error += c.error;
    total.warning += c.warning;
    total.info += c.info;
  }
  lines.push(`Faithful: ${summaryLine(total)}`);
  return lines.join('\n') + '\n';
}

function annotation(f: Finding, report: Report, rewrite: IndexedText, source: IndexedText): string {
  // An omitted claim has no words in the draft: it is annotated where the source says it.
  const [file, doc, span] = f.rewrite ? [report.rewrite.path, rewrite, f.rewrite] : [report.source.path, source, f.source];
  const props = [`file=${escapeProperty(file.split('\\').join('/'))}`];
  if (span) {
    const { start, end } = doc.clampSpan(span);
    const a = doc.lines.position(start);
    const b = doc.lines.position(end);
    props.push(`line=${a.line}`, `col=${a.column}`, `endLine=${b.line}`, `endColumn=${b.column}`);
  }
  props.push(`title=${escapeProperty(`Faithful: ${f.kind}`)}`);
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}
