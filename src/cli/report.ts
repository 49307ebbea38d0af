// What every output format is given: both files (path as typed, decoded text) and the findings.
// Formatters are pure functions of a Report, which keeps them testable with hand-made findings.

import type { Finding } from '../core';

export interface ReportFile {
  /** The path exactly as given on the command line. */
  readonly path: string;
  /** The decoded text the engine analysed; all spans index into it. */
  readonly text: string;
}

export interface Report {
  readonly source: ReportFile;
  readonly rewrite: ReportFile;
  readonly findings: readonly Finding[];
}
