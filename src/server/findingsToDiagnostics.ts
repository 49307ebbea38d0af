// Turns engine findings into LSP diagnostics: ranges in the draft, the user's severity for each
// kind, a link to the kind's explanation, and the exact source span as related information.
import { Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SEVERITY, type AnalysisResult, type Finding, type Kind, type Span } from '../core/types';
import type { FindingData, SeveritySetting } from '../shared/protocol';

const LSP_SEVERITY: Readonly<Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function severityFor(kind: Kind, overrides: Partial<Record<Kind, SeveritySetting>>): SeveritySetting {
  const set = overrides[kind];
  if (set) return set;
  const d = DEFAULT_SEVERITY[kind];
  return d === 'info' ? 'information' : d;
}

function rangeOf(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

/**
 * An omitted source claim has no words in the draft: place it on the last word of the draft
 * sentence paired with the nearest source sentence before it, where the claim would go back.
 */
function omissionAnchor(result: AnalysisResult, omitted: Span, draft: TextDocument): Range {
  let best: { rewrite: Span; sourceStart: number } | null = null;
  for (const p of result.pairs) {
    for (const s of p.sources) {
      if (s.start < omitted.start && (!best || s.start >= best.sourceStart)) best = { rewrite: p.rewrite, sourceStart: s.start };
    }
  }
  const text = draft.getText();
  const anchor = best?.rewrite ?? result.pairs[0]?.rewrite;
  if (!anchor) {
    const end = Math.min(text.length, Math.max(1, text.search(/\s|$/)));
    return rangeOf(draft, { start: 0, end });
  }
  if (!best) {
    // Nothing before it: the claim belongs before the first paired sentence; mark its first word.
    const m = /^\S+/.exec(text.slice(anchor.start, anchor.end));
    return rangeOf(draft, { start: anchor.start, end: anchor.start + (m?.[0].length ?? 1) });
  }
  const sentence = text.slice(anchor.start, anchor.end);
  const m = /(\S+)\s*$/.exec(sentence);
  const start = anchor.start + (m ? m.index : sentence.length - 1);
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

export function toDiagnostics(
  result: AnalysisResult,
  draft: TextDocument,
  source: SourceSide,
  overrides: Partial<Record<Kind, SeveritySetting>>,
  /** Where the kinds are explained (the README's "What it reports"); none when unknown. */
  docsUrl: string | null,
): Diagnostic[] {
  const draftText = draft.getText();
  const sourceText = source.doc.getText();
  const out: Diagnostic[] = [];
  for (const f of result.findings) {
    const level = severityFor(f.kind, overrides);
    if (level === 'off') continue;
    const range = f.rewrite ? rangeOf(draft, f.rewrite) : omissionAnchor(result, f.source!, draft);
    const data: FindingData = {
      findingId: f.id,
      kind: f.kind,
      suggestion: f.suggestion,
      rewriteText: f.rewrite ? draftText.slice(f.rewrite.start, f.rewrite.end) : null,
      sourceText: f.source ? sourceText.slice(f.source.start, f.source.end) : null,
      sourceUri: source.uri,
      sourceSentence: alignedSource(result, f),
      rewriteSentence: pairOf(result, f)?.rewrite ?? f.rewrite,
      rewriteSpan: f.rewrite,
      sourceSpan: f.source,
    };
    const diagnostic = Diagnostic.create(range, f.message, LSP_SEVERITY[level], f.kind, 'Faithful');
    if (docsUrl) diagnostic.codeDescription = { href: docsUrl };
    diagnostic.data = data;
    if (f.source) {
      diagnostic.relatedInformation = [{
        location: { uri: source.uri, range: rangeOf(source.doc, f.source) },
        message: f.kind === 'omitted' ? 'The dropped source claim' : 'The source says this',
      }];
    }
    out.push(diagnostic);
  }
  return out;
}
