// Turns engine findings into LSP diagnostics: ranges in the draft, the user's severity for each
// kind, a link to the kind's explanation, and the exact source span as related information.
// A diagnostic's `data` is only its finding's id: what hovers and quick fixes need (FindingData)
// is kept on the server (PublishedFindings) and worked out when one is asked for. Carried in every
// diagnostic it was half of each publishDiagnostics message, and encoding it was the server's
// largest cost per edit.
import { Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SEVERITY, type AnalysisResult, type Finding, type Kind, type Span } from '../core/types';
import type { DiagnosticData, FindingData, SeveritySetting } from '../shared/protocol';

const LSP_SEVERITY: Readonly<Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The user's setting for the kind, else the finding's own severity (a kind's default, or the engine's judgement of this finding). */
export function severityFor(kind: Kind, overrides: Partial<Record<Kind, SeveritySetting>>, own?: Finding['severity']): SeveritySetting {
  const set = overrides[kind];
  if (set) return set;
  const d = own ?? DEFAULT_SEVERITY[kind];
  return d === 'info' ? 'information' : d;
}

function rangeOf(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

/** The least index in sorted `xs` whose value is at least `x` (xs.length when none is). */
function lowerBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every aligned source sentence's start with its pair's rewrite sentence, by start (pairs in
 * rewrite order among equal starts): omissionAnchor looks the nearest one up instead of reading
 * every pair for every omitted passage.
 */
interface SourceStarts {
  readonly starts: Float64Array;
  readonly rewrites: readonly Span[];
}

function sourceStartsOf(result: AnalysisResult): SourceStarts {
  const all: Array<{ start: number; rewrite: Span }> = [];
  for (const p of result.pairs) for (const s of p.sources) all.push({ start: s.start, rewrite: p.rewrite });
  all.sort((a, b) => a.start - b.start); // stable: pair order kept among equal starts
  return { starts: Float64Array.from(all, (e) => e.start), rewrites: all.map((e) => e.rewrite) };
}

/**
 * An omitted source claim has no words in the draft: place it on the last word of the draft
 * sentence paired with the nearest source sentence before it, where the claim would go back.
 */
function omissionAnchor(result: AnalysisResult, index: SourceStarts, omitted: Span, draft: TextDocument): Range {
  // The last aligned source sentence starting before the claim (of equal starts, the last pair's).
  const before = lowerBound(index.starts, omitted.start) - 1;
  const best = before >= 0 ? index.rewrites[before]! : null;
  const text = draft.getText();
  const anchor = best ?? result.pairs[0]?.rewrite;
  if (!anchor) {
    const end = Math.min(text.length, Math.max(1, text.search(/\s|$/)));
    return rangeOf(draft, { start: 0, end });
  }
  if (!best) {
    // Nothing before it: the claim belongs before the first paired sentence; mark its first word.
    const m = /^\S+/.exec(text.slice(anchor.start, anchor.end));
    return rangeOf(draft, { start: anchor.start, end: anchor.start + (m?.[0].length ?? 1) });
  }
  // The sentence's last word: back over trailing spaces, then over the word.
  let end = anchor.end;
  while (end > anchor.start && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > anchor.start && !/\s/.test(text[start - 1]!)) start--;
  if (start === end) start = Math.max(anchor.start, anchor.end - 1);
  return rangeOf(draft, { start, end: anchor.end });
}

function pairOf(result: AnalysisResult, f: Finding) {
  return f.rewrite ? result.pairs.find((p) => p.rewrite.start <= f.rewrite!.start && f.rewrite!.end <= p.rewrite.end) : undefined;
}

function alignedSource(result: AnalysisResult, f: Finding): Span | null {
  if (f.kind === 'omitted') return f.source;
  const pair = pairOf(result, f);
  if (!pair || pair.sources.length === 0) return f.source;
  return { start: pair.sources[0]!.start, end: pair.sources[pair.sources.length - 1]!.end };
}

export interface SourceSide {
  readonly uri: string;
  readonly doc: TextDocument;
}

/**
 * What the published diagnostics of one check stand for, by finding id (each diagnostic's
 * `data`): the hover's sentences and the quick fixes' texts are worked out from the check's
 * result when the editor asks, for the one diagnostic it asks about.
 */
export class PublishedFindings {
  private readonly byId = new Map<string, { readonly finding: Finding; readonly passage: readonly Finding[] | null }>();
  private readonly made = new Map<string, FindingData>();

  constructor(
    private readonly result: AnalysisResult,
    private readonly draftText: string,
    private readonly sourceText: string,
    private readonly sourceUri: string,
  ) {}

  /** @internal toDiagnostics records each published finding (an omitted passage under its first). */
  add(finding: Finding, passage: readonly Finding[] | null): void {
    this.byId.set(finding.id, { finding, passage });
  }

  has(findingId: string): boolean {
    return this.byId.has(findingId);
  }

  /** The finding's data, or undefined when it is not among the published ones. */
  dataOf(findingId: string): FindingData | undefined {
    const done = this.made.get(findingId);
    if (done) return done;
    const entry = this.byId.get(findingId);
    if (!entry) return undefined;
    const data = entry.passage ? this.passageData(entry.passage) : this.findingData(entry.finding);
    this.made.set(findingId, data);
    return data;
  }

  private findingData(f: Finding): FindingData {
    const { result, draftText, sourceText } = this;
    return {
      findingId: f.id,
      kind: f.kind,
      suggestion: f.suggestion,
      rewriteText: f.rewrite ? draftText.slice(f.rewrite.start, f.rewrite.end) : null,
      sourceText: f.source ? sourceText.slice(f.source.start, f.source.end) : null,
      sourceUri: this.sourceUri,
      sourceSentence: alignedSource(result, f),
      rewriteSentence: pairOf(result, f)?.rewrite ?? f.rewrite,
      rewriteSpan: f.rewrite,
      sourceSpan: f.source,
    };
  }

  private passageData(passage: readonly Finding[]): FindingData {
    const { sourceText } = this;
    const first = passage[0]!;
    const span: Span = { start: first.source!.start, end: passage[passage.length - 1]!.source!.end };
    const textOf = (f: Finding) => sourceText.slice(f.source!.start, f.source!.end);
    return {
      findingId: first.id,
      kind: 'omitted',
      suggestion: sourceText.slice(span.start, span.end),
      rewriteText: null,
      sourceText: textOf(first),
      sourceUri: this.sourceUri,
      sourceSentence: span,
      rewriteSentence: null,
      rewriteSpan: null,
      sourceSpan: span,
      alsoAccepts: passage.slice(1).map((f) => ({ kind: 'omitted' as const, rewriteText: null, sourceText: textOf(f) })),
    };
  }
}

/** A published diagnostic and what it was made from (see ReusedDiagnostics). */
interface MadeFrom {
  readonly diagnostic: Diagnostic;
  readonly message: string;
  readonly severity: DiagnosticSeverity;
  readonly docsUrl: string | null;
  readonly source: SourceSide['doc'];
  readonly sourceUri: string;
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

/**
 * A draft's diagnostics of its last check, by finding id, given again as the same objects when
 * their finding comes back the same (message, severity, source span, and a range that worked out
 * the same in the edited draft): a one-word edit in a long draft changes one or two of its
 * hundreds of findings, and each diagnostic is five objects (its range, related location and
 * their positions) made anew at every re-check, then compared field by field with what the
 * editor was sent. Findings of the last check that did not come back are forgotten.
 */
export class ReusedDiagnostics {
  private last = new Map<string, MadeFrom>();
  private next = new Map<string, MadeFrom>();

  /** The last check's diagnostic for this finding, when it would be made the same now. */
  find(f: Finding, range: Range, severity: DiagnosticSeverity, docsUrl: string | null, source: SourceSide): Diagnostic | undefined {
    const m = this.last.get(f.id);
    if (!m || m.message !== f.message || m.severity !== severity || m.docsUrl !== docsUrl || !sameRange(m.diagnostic.range, range)) return undefined;
    if (f.source ? m.source !== source.doc || m.sourceUri !== source.uri || m.sourceStart !== f.source.start || m.sourceEnd !== f.source.end : m.sourceStart !== -1) return undefined;
    this.keep(f, m);
    return m.diagnostic;
  }

  /** Records the diagnostic made for a finding in this check. */
  keep(f: Finding, made: MadeFrom): void {
    this.next.set(f.id, made);
  }

  /** This check's diagnostics become the ones to reuse next time. */
  done(): void {
    this.last = this.next;
    this.next = new Map();
  }
}

export interface Diagnostics {
  readonly diagnostics: Diagnostic[];
  /** What they stand for, by the finding id in each one's `data`. */
  readonly findings: PublishedFindings;
}

export function toDiagnostics(
  result: AnalysisResult,
  draft: TextDocument,
  source: SourceSide,
  overrides: Partial<Record<Kind, SeveritySetting>>,
  /** Where the kinds are explained (the README's "What it reports"); none when unknown. */
  docsUrl: string | null,
  /** The check's whole result, when `result` holds only the findings to publish (toCappedDiagnostics). */
  whole: AnalysisResult = result,
  /** The draft's diagnostics of its last check, to give again where nothing changed. */
  reuse?: ReusedDiagnostics,
): Diagnostics {
  const findings = new PublishedFindings(whole, draft.getText(), source.doc.getText(), source.uri);
  const out: Diagnostic[] = [];
  const passages = omittedPassages(result);
  let starts: SourceStarts | undefined;
  for (const f of result.findings) {
    const level = severityFor(f.kind, overrides, f.severity);
    if (level === 'off') continue;
    if (f.kind === 'omitted') {
      const passage = passages.get(f);
      if (passage) {
        out.push(passageDiagnostic(passage, result, (starts ??= sourceStartsOf(result)), draft, source, LSP_SEVERITY[level], docsUrl));
        findings.add(f, passage);
      }
      continue;
    }
    if (!f.rewrite) continue;
    const range = rangeOf(draft, f.rewrite);
    const severity = LSP_SEVERITY[level];
    findings.add(f, null);
    // The id stands for the kind and both sides' texts (findings.ts), so the code and the data are the same too.
    const again = reuse?.find(f, range, severity, docsUrl, source);
    if (again) {
      out.push(again);
      continue;
    }
    const diagnostic = Diagnostic.create(range, f.message, severity, f.kind, 'Faithful');
    if (docsUrl) diagnostic.codeDescription = { href: docsUrl };
    diagnostic.data = f.id satisfies DiagnosticData;
    if (f.source) {
      diagnostic.relatedInformation = [{
        location: { uri: source.uri, range: rangeOf(source.doc, f.source) },
        message: 'The source says this',
      }];
    }
    reuse?.keep(f, { diagnostic, message: f.message, severity, docsUrl, source: source.doc, sourceUri: source.uri, sourceStart: f.source?.start ?? -1, sourceEnd: f.source?.end ?? -1 });
    out.push(diagnostic);
  }
  reuse?.done();
  return { diagnostics: out, findings };
}

/**
 * Omitted source sentences that follow one another, with no carried sentence between them, are
 * one dropped passage: one diagnostic, not one per sentence piled on the same draft word. The map
 * holds each passage under its first finding; the others are absent.
 */
function omittedPassages(result: AnalysisResult): Map<Finding, Finding[]> {
  const omitted = result.findings.filter((f) => f.kind === 'omitted' && f.source).sort((a, b) => a.source!.start - b.source!.start);
  if (omitted.length === 0) return new Map();
  const carried = Float64Array.from(result.pairs.flatMap((p) => p.sources.map((s) => s.start))).sort();
  const out = new Map<Finding, Finding[]>();
  let current: Finding[] = [];
  for (const f of omitted) {
    const last = current[current.length - 1];
    // A carried sentence starts at or after the last one's end and before this one.
    const between = last && (carried[lowerBound(carried, last.source!.end)] ?? Infinity) < f.source!.start;
    if (!last || between) {
      current = [f];
      out.set(f, current);
    } else current.push(f);
  }
  return out;
}

/** Quotes an excerpt for a message; text that holds double quotes itself gets single ones. */
function quoted(text: string, max = 90): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const cut = one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
  return /["“”]/.test(cut) ? `‘${cut}’` : `"${cut}"`;
}

function passageDiagnostic(passage: Finding[], result: AnalysisResult, starts: SourceStarts, draft: TextDocument, source: SourceSide, severity: DiagnosticSeverity, docsUrl: string | null): Diagnostic {
  const sourceText = source.doc.getText();
  const first = passage[0]!;
  const textOf = (f: Finding) => sourceText.slice(f.source!.start, f.source!.end);
  const message = passage.length === 1
    ? `Omitted: the rewrite drops the source's claim ${quoted(textOf(first), 200)}.`
    : `Omitted: the rewrite drops a passage of ${passage.length} source sentences, from ${quoted(textOf(first), 60)} to ${quoted(textOf(passage[passage.length - 1]!), 60)}.`;
  const diagnostic = Diagnostic.create(omissionAnchor(result, starts, first.source!, draft), message, severity, 'omitted', 'Faithful');
  if (docsUrl) diagnostic.codeDescription = { href: docsUrl };
  diagnostic.data = first.id satisfies DiagnosticData;
  diagnostic.relatedInformation = passage.map((f, i) => ({
    location: { uri: source.uri, range: rangeOf(source.doc, f.source!) },
    message: passage.length === 1 ? 'The dropped source claim' : `Dropped source sentence ${i + 1} of ${passage.length}`,
  }));
  return diagnostic;
}

/** Diagnostics published for one draft at most; a summary diagnostic says how many more there are. */
export const MAX_PUBLISHED_DIAGNOSTICS = 500;

const SEVERITY_RANK: Readonly<Record<Exclude<SeveritySetting, 'off'>, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

export interface CappedDiagnostics {
  /** What is published: at most `max` findings' diagnostics, plus the summary when some were left out. */
  readonly diagnostics: Diagnostic[];
  /** Per LSP severity, for the status bar: the published diagnostics, or every finding (not 'off') when some were left out. */
  readonly counts: Readonly<Record<Exclude<SeveritySetting, 'off'>, number>>;
  /** Findings left out of `diagnostics`. */
  readonly leftOut: number;
  /** What the published diagnostics stand for, by the finding id in each one's `data`. */
  readonly findings: PublishedFindings;
}

/**
 * toDiagnostics for at most `max` findings, the most severe first (document order among equals),
 * and one summary diagnostic at the top of the draft naming how many more there are. A pasted
 * book once published 57,538 diagnostics, and building them all (each looks up its sentence
 * pair) held the server's thread.
 */
export function toCappedDiagnostics(
  result: AnalysisResult,
  draft: TextDocument,
  source: SourceSide,
  overrides: Partial<Record<Kind, SeveritySetting>>,
  docsUrl: string | null,
  max = MAX_PUBLISHED_DIAGNOSTICS,
  /** The draft's diagnostics of its last check, to give again where nothing changed (toDiagnostics). */
  reuse?: ReusedDiagnostics,
): CappedDiagnostics {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  const shown: Array<{ f: Finding; rank: number; index: number }> = [];
  result.findings.forEach((f, index) => {
    const level = severityFor(f.kind, overrides, f.severity);
    if (level === 'off') return;
    counts[level]++;
    shown.push({ f, rank: SEVERITY_RANK[level], index });
  });
  if (shown.length <= max) {
    // All listed: count what is published (an omitted passage is one diagnostic for several findings).
    const { diagnostics, findings } = toDiagnostics(result, draft, source, overrides, docsUrl, result, reuse);
    const published = (s: DiagnosticSeverity) => diagnostics.filter((d) => d.severity === s).length;
    return {
      diagnostics,
      counts: { error: published(DiagnosticSeverity.Error), warning: published(DiagnosticSeverity.Warning), information: published(DiagnosticSeverity.Information), hint: published(DiagnosticSeverity.Hint) },
      leftOut: 0,
      findings,
    };
  }
  const kept = new Set(shown.sort((a, b) => a.rank - b.rank || a.index - b.index).slice(0, max).map((s) => s.f));
  const { diagnostics, findings } = toDiagnostics({ ...result, findings: result.findings.filter((f) => kept.has(f)) }, draft, source, overrides, docsUrl, result, reuse);
  const leftOut = shown.length - max;
  diagnostics.unshift({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'Faithful',
    code: 'more-findings',
    message: `Faithful found ${shown.length.toLocaleString('en')} changes; only the first ${max.toLocaleString('en')} (the most severe first) are listed, ${leftOut.toLocaleString('en')} more are not. Open the comparison, or run the faithful command line, to see them all.`,
  });
  return { diagnostics, counts, leftOut, findings };
}

const sameRange = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character &&
  a.end.line === b.end.line && a.end.character === b.end.character;

/**
 * Whether two lists of diagnostics would show the same to the user: the same ranges, severities,
 * codes, messages, links, related locations and data, in the same order. (An edit often leaves
 * every diagnostic where it was: a word typed after the last finding of its line, or on a line
 * with none, moves no line or character position.)
 */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    // The same object: a diagnostic given again (ReusedDiagnostics).
    if (x === y) continue;
    if (x.message !== y.message || x.code !== y.code || x.severity !== y.severity || x.source !== y.source || x.data !== y.data ||
      x.codeDescription?.href !== y.codeDescription?.href || !sameRange(x.range, y.range) || (x.tags?.length ?? 0) !== (y.tags?.length ?? 0)) return false;
    const rx = x.relatedInformation ?? [];
    const ry = y.relatedInformation ?? [];
    if (rx.length !== ry.length) return false;
    for (let j = 0; j < rx.length; j++) {
      const u = rx[j]!;
      const v = ry[j]!;
      if (u.message !== v.message || u.location.uri !== v.location.uri || !sameRange(u.location.range, v.location.range)) return false;
    }
  }
  return true;
}
