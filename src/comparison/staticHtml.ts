// The HTML report's rows as markup, for a reader whose browser runs no scripts (a mail client's
// preview, a locked-down desk, a printout from a text browser): every row, every marked change
// with its kind as text, the counts and the accepted changes, readable without the page script.
// The markup uses the classes the page script (page/main.ts) gives its own elements, so the
// stylesheet shows both alike; when scripts run, the script replaces all of it with its live,
// filterable rows. Every document text goes through escapeHtml.
import type { ChangeView, ComparisonModel, RowView, SentenceView } from './model';
import { plural, ROW_LABEL } from './labels';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** "3 errors · 1 warning · 5 info" over all models. */
export function countsLine(models: readonly ComparisonModel[]): string {
  const n = { error: 0, warning: 0, info: 0 };
  for (const m of models) {
    n.error += m.counts.error;
    n.warning += m.counts.warning;
    n.info += m.counts.info;
  }
  return `${plural(n.error, 'error')} · ${plural(n.warning, 'warning')} · ${n.info} info`;
}

/** Every row of every model, as <li> elements for the report's <ol id="rows">. */
export function staticRows(models: readonly ComparisonModel[]): string {
  const out: string[] = [];
  models.forEach((m, mi) => {
    if (models.length > 1) {
      out.push(`<h2 class="section">${escapeHtml(`${m.draftLabel} compared with ${m.sourceLabel}`)}<span class="section-counts"> ${escapeHtml(countsLine([m]))}</span></h2>`);
    }
    m.rows.forEach((row, ri) => out.push(staticRow(m, mi, row, ri)));
  });
  return out.join('\n');
}

function staticRow(m: ComparisonModel, mi: number, row: RowView, ri: number): string {
  const changes = row.changes.map((ci) => m.changes[ci]!);
  const label = ROW_LABEL[row.type];
  const what = label || 'Aligned';
  const list = changes.length ? changes.map((c) => `${c.kind} ${c.severity}`).join(', ') : 'no changes';
  const side = (sentences: readonly SentenceView[], name: 'source' | 'draft', none: string) =>
    `<div class="side ${name}">${sentences.length ? sentences.map((s) => staticSentence(s, m, name)).join('') : `<p class="none">${escapeHtml(none)}</p>`}</div>`;
  return `<li class="row type-${row.type}${row.severity ? ` has-${row.severity}` : ''}" data-model="${mi}" data-row="${ri}" aria-label="${escapeHtml(`Row ${ri + 1}, ${what}: ${list}`)}">` +
    (label ? `<div class="row-label type-${row.type}">${escapeHtml(label)}</div>` : '') +
    `<div class="row-body">${side(row.source, 'source', row.type === 'unsupported' ? 'No source sentence supports this.' : '—')}${side(row.draft, 'draft', row.type === 'omitted' ? 'The draft leaves this out.' : '—')}</div>` +
    (changes.length ? `<ul class="changes">${changes.map(staticChange).join('')}</ul>` : '') +
    '</li>';
}

function staticChange(c: ChangeView): string {
  return `<li class="change sev-${c.severity}"><span class="badge sev-${c.severity}">${escapeHtml(c.kind)}</span><span class="sev-text">${c.severity}</span><span class="message">${escapeHtml(c.message)}</span></li>`;
}

function staticSentence(s: SentenceView, m: ComparisonModel, side: 'source' | 'draft'): string {
  let html = `<p class="sentence"><span class="line" aria-hidden="true" title="${side === 'draft' ? 'Draft' : 'Source'} line ${s.line}">L${s.line}</span>`;
  for (const part of s.parts) {
    if (!part.changes?.length) {
      html += escapeHtml(part.text);
      continue;
    }
    const cs = part.changes.map((ci) => m.changes[ci]!);
    const first = cs[0]!;
    const kinds = cs.map((c) => c.kind);
    html += `<mark class="chg sev-${first.severity} kind-${first.kind}" data-kinds="${escapeHtml(kinds.join(' '))}" data-side="${side}" title="${escapeHtml(cs.map((c) => c.message).join('\n'))}">` +
      `<span class="sr-only">${escapeHtml(kinds.join(', '))} change: </span>${escapeHtml(part.text)}</mark>` +
      `<sup class="kind-label sev-${first.severity}" aria-hidden="true">${escapeHtml(kinds.join('+'))}</sup>`;
  }
  return `${html}</p>`;
}

/** The accepted changes of every model, as <li> elements for <ul id="accepted-list">. */
export function staticAccepted(models: readonly ComparisonModel[]): { count: number; items: string } {
  const all = models.flatMap((m) => m.accepted);
  const items = all.map((a) => `<li class="accepted-item"><span class="badge">${escapeHtml(a.kind)}</span><span class="accepted-texts"><span class="was">${escapeHtml(a.sourceText ?? '(nothing)')}</span><span class="arrow"> → </span><span class="now">${escapeHtml(a.rewriteText ?? '(nothing)')}</span></span></li>`);
  return { count: all.length, items: items.join('') };
}
