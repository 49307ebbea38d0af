// The aligned comparison of a draft with its source, as plain data: one row per group of
// aligned sentences (a merge or a split spans one row), rows of their own for draft sentences
// the source does not support and source sentences the draft leaves out, and every finding
// placed in exactly one row with its words marked on both sides. Built from the engine's
// result alone (pure, no editor API, JSON-serialisable), so the CLI's reports, the exported
// page and the editor's webview all show the same thing.
import { DEFAULT_SEVERITY, KINDS, type AcceptedChange, type AnalysisResult, type Finding, type Kind, type Severity, type Span } from '../core/types';

export const COMPARISON_MODEL_VERSION = 1;

export type RowType =
  /** Draft sentence(s) paired with source sentence(s). */
  | 'aligned'
  /** A draft sentence nothing in the source supports (a finding says so). */
  | 'unsupported'
  /** A source sentence the draft drops (a finding says so). */
  | 'omitted'
  /** A draft sentence with no source, too short to report (a heading, a byline). */
  | 'draft-only'
  /** A source sentence paired with no draft sentence but not reported: carried inside another, or too short. */
  | 'source-only';

/** A run of a sentence's text; `changes` (indexes into ComparisonModel.changes) when it is marked. */
export interface TextPart {
  readonly text: string;
  readonly changes?: readonly number[];
}

export interface SentenceView {
  /** Offsets into the whole text, for revealing it in an editor. */
  readonly start: number;
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
  readonly parts: readonly TextPart[];
}

export interface ChangeView {
  readonly id: string;
  readonly kind: Kind;
  readonly severity: Severity;
  readonly message: string;
  /** The changed words on each side, or null where the finding has none (omitted, unsupported). */
  readonly draftText: string | null;
  readonly sourceText: string | null;
  readonly draft: Span | null;
  readonly source: Span | null;
  /** 1-based lines of the spans above, or null. */
  readonly draftLine: number | null;
  readonly sourceLine: number | null;
  readonly suggestion: string | null;
  /** Index of the row that shows it. */
  readonly row: number;
}

export interface RowView {
  readonly type: RowType;
  readonly source: readonly SentenceView[];
  readonly draft: readonly SentenceView[];
  /** Indexes into ComparisonModel.changes, in draft order. */
  readonly changes: readonly number[];
  /** The most severe change in the row, or null when the row has none. */
  readonly severity: Severity | null;
}

export type KindCounts = Readonly<Record<Kind, number>>;

export interface ComparisonModel {
  readonly version: typeof COMPARISON_MODEL_VERSION;
  /** What to call each side: a path, a file name, "Clipboard", "HEAD". */
  readonly sourceLabel: string;
  readonly draftLabel: string;
  readonly rows: readonly RowView[];
  readonly changes: readonly ChangeView[];
  readonly counts: {
    readonly error: number;
    readonly warning: number;
    readonly info: number;
    readonly byKind: KindCounts;
  };
  /** Changes accepted on purpose (faithful.json), which the findings above leave out. */
  readonly accepted: readonly AcceptedChange[];
  readonly stats: {
    readonly sourceSentences: number;
    readonly draftSentences: number;
    readonly alignedRows: number;
  };
}

export interface ComparisonInput {
  readonly result: AnalysisResult;
  readonly sourceText: string;
  readonly draftText: string;
  readonly sourceLabel: string;
  readonly draftLabel: string;
  readonly accepted?: readonly AcceptedChange[];
  /** The user's severity per kind (editor settings); `off` leaves the kind out. Default: the engine's. */
  readonly severity?: Partial<Record<Kind, Severity | 'off'>>;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function buildComparison(input: ComparisonInput): ComparisonModel {
  const { result, sourceText, draftText } = input;
  const sourceLines = new LineStarts(sourceText);
  const draftLines = new LineStarts(draftText);
  const findings = result.findings
    .map((f) => ({ f, severity: severityOf(f, input.severity) }))
    .filter((x): x is { f: Finding; severity: Severity } => x.severity !== 'off');

  // Sentences are identified by their start offset on each side.
  const sourceIndex = new Map(result.sentences.source.map((s, i) => [s.start, i]));
  const draftIndex = new Map(result.sentences.rewrite.map((s, i) => [s.start, i]));
  const sourcesOfDraft = new Map<number, number[]>();
  for (const p of result.pairs) {
    const di = draftIndex.get(p.rewrite.start);
    if (di === undefined) continue;
    sourcesOfDraft.set(di, p.sources.map((s) => sourceIndex.get(s.start)).filter((x): x is number => x !== undefined));
  }

  // Groups in draft order: consecutive draft sentences sharing a source sentence form one row
  // (a split); a draft sentence with two sources shows both (a merge). A source sentence that
  // distant draft sentences both use (a repeated fact) shows on each of their rows.
  const groupOfSource = new Map<number, Group>();
  const groups: Group[] = [];
  let previous: Group | null = null;
  result.sentences.rewrite.forEach((_s, di) => {
    const sources = sourcesOfDraft.get(di) ?? [];
    let group: Group;
    if (previous && previous.type === 'aligned' && sources.some((si) => previous!.source.has(si))) group = previous;
    else {
      group = { draft: [], source: new Set(), type: sources.length ? 'aligned' : 'draft-only' };
      groups.push(group);
    }
    group.draft.push(di);
    for (const si of sources) {
      group.source.add(si);
      if (!groupOfSource.has(si)) groupOfSource.set(si, group);
    }
    previous = group;
  });

  // Source sentences nobody pairs with get a row of their own after the row holding the
  // nearest earlier source sentence (where they would go back in), or first.
  const rowsInOrder: Group[] = [];
  const unpairedAfter = new Map<Group | null, number[]>();
  let lastGroup: Group | null = null;
  const lastGroupBySource: (Group | null)[] = [];
  result.sentences.source.forEach((_s, si) => {
    const g = groupOfSource.get(si);
    if (g) lastGroup = g;
    lastGroupBySource[si] = lastGroup;
  });
  result.sentences.source.forEach((_s, si) => {
    if (groupOfSource.has(si)) return;
    const after = lastGroupBySource[si] ?? null;
    (unpairedAfter.get(after) ?? unpairedAfter.set(after, []).get(after)!).push(si);
  });
  const pushUnpaired = (after: Group | null) => {
    for (const si of unpairedAfter.get(after) ?? []) rowsInOrder.push({ draft: [], source: new Set([si]), type: 'source-only' });
  };
  pushUnpaired(null);
  for (const g of groups) {
    rowsInOrder.push(g);
    pushUnpaired(g);
  }

  // Place each finding in the row holding its words: the draft words first, else the source words.
  const rowOfDraft = new Map<number, number>();
  const rowOfSource = new Map<number, number>();
  rowsInOrder.forEach((g, ri) => {
    for (const di of g.draft) rowOfDraft.set(di, ri);
    for (const si of g.source) if (!rowOfSource.has(si)) rowOfSource.set(si, ri);
  });
  const draftSentences = result.sentences.rewrite;
  const sourceSentences = result.sentences.source;
  const rowChanges: number[][] = rowsInOrder.map(() => []);
  const changes: ChangeView[] = [];
  for (const { f, severity } of findings) {
    let row: number | undefined;
    if (f.rewrite) row = rowOfDraft.get(containing(draftSentences, f.rewrite.start));
    if (row === undefined && f.source) row = rowOfSource.get(containing(sourceSentences, f.source.start));
    if (row === undefined) {
      // Words outside every sentence (cannot happen with the engine's spans): keep the finding visible.
      if (rowsInOrder.length === 0) {
        rowsInOrder.push({ draft: [], source: new Set(), type: 'draft-only' });
        rowChanges.push([]);
      }
      row = 0;
    }
    if (f.kind === 'unsupported' && rowsInOrder[row]!.type === 'draft-only') rowsInOrder[row]!.type = 'unsupported';
    if (f.kind === 'omitted' && rowsInOrder[row]!.type === 'source-only') rowsInOrder[row]!.type = 'omitted';
    rowChanges[row]!.push(changes.length);
    changes.push({
      id: f.id,
      kind: f.kind,
      severity,
      message: f.message,
      draftText: f.rewrite ? draftText.slice(f.rewrite.start, f.rewrite.end) : null,
      sourceText: f.source ? sourceText.slice(f.source.start, f.source.end) : null,
      draft: f.rewrite,
      source: f.source,
      draftLine: f.rewrite ? draftLines.line(f.rewrite.start) : null,
      sourceLine: f.source ? sourceLines.line(f.source.start) : null,
      suggestion: f.suggestion,
      row,
    });
  }

  const rows: RowView[] = rowsInOrder.map((g, ri) => {
    const ids = rowChanges[ri]!;
    // Whole-sentence findings (unsupported, omitted) describe the row; they do not mark words.
    const marking = ids.filter((ci) => changes[ci]!.kind !== 'unsupported' && changes[ci]!.kind !== 'omitted');
    const view = (spans: readonly Span[], text: string, lines: LineStarts, side: 'draft' | 'source'): SentenceView[] =>
      spans.map((s) => ({
        start: s.start,
        end: s.end,
        line: lines.line(s.start),
        parts: splitParts(text, s, marking.map((ci) => ({ ci, span: changes[ci]![side] }))),
      }));
    const worst = ids.map((ci) => changes[ci]!.severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0] ?? null;
    return {
      type: g.type,
      source: view([...g.source].sort((a, b) => a - b).map((si) => sourceSentences[si]!), sourceText, sourceLines, 'source'),
      draft: view(g.draft.map((di) => draftSentences[di]!), draftText, draftLines, 'draft'),
      changes: ids,
      severity: worst,
    };
  });

  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const counts = { error: 0, warning: 0, info: 0, byKind };
  for (const c of changes) {
    counts[c.severity]++;
    byKind[c.kind]++;
  }
  return {
    version: COMPARISON_MODEL_VERSION,
    sourceLabel: input.sourceLabel,
    draftLabel: input.draftLabel,
    rows,
    changes,
    counts,
    accepted: input.accepted ?? [],
    stats: {
      sourceSentences: sourceSentences.length,
      draftSentences: draftSentences.length,
      alignedRows: rows.filter((r) => r.type === 'aligned').length,
    },
  };
}

interface Group {
  readonly draft: number[];
  readonly source: Set<number>;
  type: RowType;
}

function severityOf(f: Finding, overrides: ComparisonInput['severity']): Severity | 'off' {
  return overrides?.[f.kind] ?? f.severity ?? DEFAULT_SEVERITY[f.kind];
}

/** Index of the sentence holding `offset` (sentences sorted by start), or -1. */
function containing(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && offset < Math.max(sentences[found]!.end, sentences[found]!.start + 1) ? found : -1;
}

/**
 * Splits a sentence's text at the edges of the marked spans inside it. Overlapping marks make
 * a part carry several changes, so no renderer has to resolve overlaps itself.
 */
export function splitParts(text: string, sentence: Span, marks: readonly { ci: number; span: Span | null }[]): TextPart[] {
  const inside = marks
    .filter((m): m is { ci: number; span: Span } => !!m.span && m.span.end > sentence.start && m.span.start < sentence.end && m.span.end > m.span.start)
    .map((m) => ({ ci: m.ci, start: Math.max(m.span.start, sentence.start), end: Math.min(m.span.end, sentence.end) }));
  const cuts = new Set<number>([sentence.start, sentence.end]);
  for (const m of inside) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: TextPart[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const covering = inside.filter((m) => m.start <= a && b <= m.end).map((m) => m.ci);
    const part: TextPart = covering.length ? { text: text.slice(a, b), changes: covering } : { text: text.slice(a, b) };
    const prev = parts[parts.length - 1];
    // Unmarked neighbours merge back into one run.
    if (prev && !prev.changes && !part.changes) parts[parts.length - 1] = { text: prev.text + part.text };
    else parts.push(part);
  }
  return parts;
}

/** 1-based line numbers of offsets (lines end at \n, \r\n or \r). */
export class LineStarts {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** The row showing a draft offset (the cursor), or -1. */
export function rowAtDraftOffset(model: ComparisonModel, offset: number): number {
  return model.rows.findIndex((r) => r.draft.some((s) => s.start <= offset && offset <= s.end));
}

/**
 * The model cut to its first `n` rows, with only the changes those rows show (renumbered): what a
 * page needs to paint its first screen. A long document's whole model is a megabyte and takes the
 * webview's message channel a noticeable while; this slice goes first and the rest follows.
 * Counts, labels and accepted changes stay the whole document's.
 */
export function firstRows(model: ComparisonModel, n: number): ComparisonModel {
  if (model.rows.length <= n) return model;
  const rows = model.rows.slice(0, n);
  const renumber = new Map<number, number>();
  const changes: ChangeView[] = [];
  for (const r of rows) {
    for (const ci of r.changes) {
      if (renumber.has(ci)) continue;
      renumber.set(ci, changes.length);
      changes.push(model.changes[ci]!);
    }
  }
  const to = (ci: number) => renumber.get(ci)!;
  const sentences = (ss: readonly SentenceView[]): SentenceView[] =>
    ss.map((s) => ({ ...s, parts: s.parts.map((p) => (p.changes ? { text: p.text, changes: p.changes.filter((ci) => renumber.has(ci)).map(to) } : p)) }));
  return {
    ...model,
    rows: rows.map((r) => ({ ...r, changes: r.changes.map(to), source: sentences(r.source), draft: sentences(r.draft) })),
    changes,
  };
}
