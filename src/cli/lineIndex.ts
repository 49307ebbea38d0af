// Turns 0-based UTF-16 offsets into 1-based line/column pairs.
//
// Offsets from the engine are UTF-16 code units (what JavaScript strings and VS Code use), so
// columns are counted in the same unit: an emoji outside the BMP (a surrogate pair) is 2 columns
// wide. That matches SARIF's default columnKind "utf16CodeUnits" and LSP's default encoding,
// so every output format can share one index.

export interface Position {
  /** 1-based line number. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
}

export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] is always 0. */
  private readonly lineStarts: number[];
  readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    const starts = [0];
    // Without a \r, every line ends at a \n: found by native search, a line at a time, rather
    // than by a loop over every character (about a millisecond for the 16x pair's texts in a
    // short CLI run, which runs this loop in V8's interpreter). The same starts.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
      return;
    }
    // A line ends at \n, \r\n or a lone \r (old Mac files, and what editors accept).
    // \r\n counts as one break, so the \n is consumed together with its \r.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        starts.push(i + 1);
      } else if (c === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /**
   * Line and column of `offset`. Offsets outside the text are clamped to it, so a malformed
   * span never crashes a report. An offset between the \r and \n of a CRLF belongs to the line
   * the \r ends.
   */
  position(offset: number): Position {
    const o = clamp(offset, 0, this.length);
    // Binary search for the last line start <= o.
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1 };
  }
}

export function clamp(n: number, min: number, max: number): number {
  if (!Number.isFinite(n)) return min;
  return Math.min(max, Math.max(min, Math.trunc(n)));
}
