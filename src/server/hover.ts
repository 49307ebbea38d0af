// The hover on a finding: the source sentence and the draft sentence, the compared words in bold.
import type { Diagnostic, Position } from 'vscode-languageserver/node';
import type { FindingData } from '../shared/protocol';

type Span = { readonly start: number; readonly end: number };

function contains(d: Diagnostic, p: Position): boolean {
  const { start, end } = d.range;
  const after = p.line > start.line || (p.line === start.line && p.character >= start.character);
  const before = p.line < end.line || (p.line === end.line && p.character <= end.character);
  return after && before;
}

const escapeMarkdown = (t: string) => t.replace(/([\\`*_{}[\]()#+\-.!|>~<])/g, '\\$1').replace(/\s+/g, ' ');

/** Longer passages (a dropped paragraph) are cut, so the hover never needs scrolling. */
const MAX_HOVER_CHARS = 600;

/** The sentence as Markdown, with the words of `mark` (if inside it) in bold. */
export function markedSentence(text: string, sentence: Span, mark: Span | null): string {
  if (!mark || mark.end <= sentence.start || mark.start >= sentence.end || (mark.start === sentence.start && mark.end === sentence.end)) {
    const whole = text.slice(sentence.start, sentence.end);
    const cut = whole.length > MAX_HOVER_CHARS ? `${whole.slice(0, MAX_HOVER_CHARS).trimEnd()}…` : whole;
    return mark && mark.start === sentence.start && mark.end === sentence.end ? `**${escapeMarkdown(cut)}**` : escapeMarkdown(cut);
  }
  const a = Math.max(sentence.start, mark.start);
  const b = Math.min(sentence.end, mark.end);
  return `${escapeMarkdown(text.slice(sentence.start, a))}**${escapeMarkdown(text.slice(a, b))}**${escapeMarkdown(text.slice(b, sentence.end))}`;
}

export function hoverMarkdown(
  diagnostics: readonly Diagnostic[],
  position: Position,
  draftText: string,
  sourceText: string,
  sourceLabel: string,
  /** The finding behind a diagnostic (the server keeps it; the diagnostic carries only its id). */
  dataOf: (d: Diagnostic) => FindingData | undefined,
): string | null {
  const parts: string[] = [];
  for (const d of diagnostics) {
    if (d.source !== 'Faithful' || !contains(d, position)) continue;
    const data = dataOf(d);
    // The editor already shows the diagnostic's message; the hover adds the two sentences.
    const lines = [`**Faithful · ${String(d.code)}**`];
    if (data?.sourceSentence) lines.push(`*Source (${escapeMarkdown(sourceLabel)}):* ${markedSentence(sourceText, data.sourceSentence, data.sourceSpan)}`);
    if (data?.rewriteSentence) lines.push(`*Draft:* ${markedSentence(draftText, data.rewriteSentence, data.rewriteSpan)}`);
    parts.push(lines.join('\n\n'));
  }
  return parts.length ? parts.join('\n\n---\n\n') : null;
}
