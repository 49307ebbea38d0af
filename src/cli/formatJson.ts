// `--format json`: one document with exactly the documented keys, meant for scripts.
//
// Offsets are 0-based UTF-16 code units into each file's text as read: after decoding, with a
// UTF-8 byte order mark stripped and not counted (UTF-16 files are decoded the same way).
// line/column are 1-based, the column also in UTF-16 code units; lines end at \n, \r\n or \r.

import { IndexedText, toJsonFinding, type JsonFinding } from './findingJson';
import type { Report } from './report';
import { countBySeverity, type SeverityCounts } from './summary';

/** Bumped only on a breaking change to this shape. */
export const JSON_FORMAT_VERSION = 1;

export interface JsonReport {
  readonly version: typeof JSON_FORMAT_VERSION;
  readonly source: { readonly path: string };
  readonly rewrite: { readonly path: string };
  readonly summary: SeverityCounts;
  readonly findings: JsonFinding[];
}

export function toJsonReport(report: Report): JsonReport {
  const rewrite = new IndexedText(report.rewrite.text);
  const source = new IndexedText(report.source.text);
  return {
    version: JSON_FORMAT_VERSION,
    source: { path: report.source.path },
    rewrite: { path: report.rewrite.path },
    summary: countBySeverity(report.findings),
    findings: report.findings.map((f) => toJsonFinding(f, rewrite, source)),
  };
}

export function formatJson(report: Report): string {
  return JSON.stringify(toJsonReport(report), null, 2) + '\n';
}
