// The JSON shape of one finding, shared by `--format json` and `batch` so that tools reading
// either get identical objects.
//
// start/end are 0-based UTF-16 offsets into the text as read (after decoding; a UTF-8 BOM is
// stripped and not counted), line/column are 1-based with the column in UTF-16 code units,
// and `text` is exactly text.slice(start, end).

import type { Finding, Span } from '../core';
import { LineIndex, clamp } from './lineIndex';

export interface JsonSpan {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

export interface JsonFinding {
  readonly id: string;
  readonly kind: string;
  readonly severity: string;
  readonly message: string;
  readonly rewrite: JsonSpan | null;
  readonly source: JsonSpan | null;
  readonly suggestion: string | null;
}

/** A text plus its line index, built once per text however many findings point into it. */
export class IndexedText {
  private index: LineIndex | undefined;

  constructor(readonly text: string) {}

  get lines(): LineIndex {
    // Lazy: a text with no findings never needs its line starts.
    return (this.index ??= new LineIndex(this.text));
  }

  /** The span clamped into the text, so a malformed span cannot produce nonsense offsets. */
  clampSpan(span: Span): Span {
    const start = clamp(span.start, 0, this.text.length);
    const end = clamp(span.end, start, this.text.length);
    return { start, end };
  }
}

export function toJsonSpan(span: Span | null, doc: IndexedText): JsonSpan | null {
  if (span === null) return null;
  const { start, end } = doc.clampSpan(span);
  const { line, column } = doc.lines.position(start);
  return { start, end, line, column, text: doc.text.slice(start, end) };
}

/** Key order follows the documented shape, since people diff and eyeball this output. */
export function toJsonFinding(finding: Finding, rewrite: IndexedText, source: IndexedText): JsonFinding {
  return {
    id: finding.id,
    kind: finding.kind,
    severity: finding.severity,
    message: finding.message,
    rewrite: toJsonSpan(finding.rewrite, rewrite),
    source: toJsonSpan(finding.source, source),
    suggestion: finding.suggestion ?? null,
  };
}
