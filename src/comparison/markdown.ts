// A short Markdown summary of one or more comparisons, for a pull-request comment or a memo:
// the counts, then one line a finding with both texts. It reads as plain text too. Document
// text is escaped so it cannot format, link, mention (@name) or reference (#12) anything.
import type { ChangeView, ComparisonModel } from './model';

/** Longest quoted text; an omitted sentence is shortened with an ellipsis. */
const MAX_QUOTE = 160;

export function formatMarkdown(models: readonly ComparisonModel[]): string {
  const out: string[] = [];
  const total = { error: 0, warning: 0, info: 0 };
  for (const m of models) for (const s of ['error', 'warning', 'info'] as const) total[s] += m.counts[s];
  if (models.length !== 1) {
    out.push(`## Faithful: ${models.length} drafts checked`, '', countsLine(total), '');
  }
  for (const m of models) {
    out.push(`${models.length === 1 ? '##' : '###'} Faithful: ${escapeMarkdown(m.draftLabel)} compared with ${escapeMarkdown(m.sourceLabel)}`, '');
    out.push(countsLine(m.counts));
    const kinds = Object.entries(m.counts.byKind).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
    if (kinds.length) out.push(`By kind: ${kinds.map(([k, n]) => `${k} ${n}`).join(', ')}.`);
    if (m.accepted.length) out.push(`${m.accepted.length} accepted change${m.accepted.length === 1 ? '' : 's'} left out (faithful.json).`);
    out.push('');
    const ordered = [...m.changes].sort((a, b) => rank(a) - rank(b) || (a.draft?.start ?? Infinity) - (b.draft?.start ?? Infinity) || (a.source?.start ?? 0) - (b.source?.start ?? 0));
    for (const c of ordered) out.push(changeLine(c, m));
    if (ordered.length) out.push('');
  }
  return out.join('\n');
}

function rank(c: ChangeView): number {
  return c.severity === 'error' ? 0 : c.severity === 'warning' ? 1 : 2;
}

function countsLine(c: { error: number; warning: number; info: number }): string {
  if (c.error + c.warning + c.info === 0) return 'No changed claims found.';
  const n = (x: number, w: string) => `${x} ${w}${x === 1 || w === 'info' ? '' : 's'}`;
  return `**${n(c.error, 'error')}**, ${n(c.warning, 'warning')}, ${n(c.info, 'info')}.`;
}

function changeLine(c: ChangeView, m: ComparisonModel): string {
  const where = c.draftLine !== null ? `${m.draftLabel}:${c.draftLine}` : c.sourceLine !== null ? `${m.sourceLabel}:${c.sourceLine}` : m.draftLabel;
  const head = `- **${c.severity}** \`${c.kind}\` ${escapeMarkdown(where)}`;
  if (c.kind === 'unsupported') return `${head}: not in the source: ${quote(c.draftText)}`;
  if (c.kind === 'omitted') return `${head}: left out of the draft: ${quote(c.sourceText)}`;
  if (c.sourceText === null) return `${head}: draft adds ${quote(c.draftText)}`;
  return `${head}: source ${quote(c.sourceText)} → draft ${quote(c.draftText)}`;
}

function quote(text: string | null): string {
  if (text === null) return '(nothing)';
  let one = text.replace(/\s+/g, ' ').trim();
  if (one.length > MAX_QUOTE) one = `${one.slice(0, MAX_QUOTE - 1).trimEnd()}…`;
  return `“${escapeMarkdown(one)}”`;
}

/** Backslash-escapes what Markdown (GitHub's included) would read as formatting, HTML, links, mentions or references. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\`*_{}[\]()<>#!|~@&$]/g, (c) => `\\${c}`);
}
