// The comparison page's markup, shared by VS Code's webview and the self-contained HTML report.
// The rows are filled in by the page script (page/main.ts) from the model with DOM calls. The
// report also carries every row as escaped markup (staticHtml.ts) inside <noscript>, so it reads
// completely with scripts off; its filters, which need the script, stay hidden until the script
// shows them. The report
// embeds the model as JSON, escaped so that no text in it can close the script element, under a
// Content-Security-Policy that allows only its own nonce'd style and script: no network, no
// external fonts, nothing inline besides.
import type { ComparisonModel } from './model';
import { countsLine, escapeHtml, staticAccepted, staticRows } from './staticHtml';
import { reportTitle } from './labels';

export { escapeHtml };

const ACCEPTED_HINT = 'Accepted on purpose, so they are not reported while both sides read the same.';

export interface PageAssets {
  /** media/comparison.css */
  readonly css: string;
  /** The bundled page script (dist/comparisonPage.js). */
  readonly script: string;
}

/**
 * The page's body: title, counts and filters, the aligned rows, accepted changes. The report
 * passes `title` (the heading before the script runs) and `fallback`, the whole comparison as
 * markup inside <noscript>: a browser running scripts does not even build it (the page opens as
 * fast as without it), one that does not shows it. The filters, which need the script, are
 * hidden until the script shows them.
 */
export function pageMarkup(options: { readonly exportButton: boolean; readonly title?: string; readonly fallback?: string }): string {
  return `<header class="top">
  <div class="title-line">
    <h1 id="title">${escapeHtml(options.title ?? 'Comparison')}</h1>
    ${options.exportButton ? '<button type="button" id="export" class="action" title="Save this comparison as an HTML page or a Markdown summary">Export…</button>' : ''}
  </div>
  <div class="toolbar" role="toolbar" aria-label="Filters"${options.fallback ? ' hidden' : ''}>
    <div id="severity-filters" class="chips" role="group" aria-label="Severity"></div>
    <div id="kind-filters" class="chips" role="group" aria-label="Kind of change"></div>
    <label class="unchanged"><input type="checkbox" id="show-unchanged" checked> unchanged rows</label>
    <input type="search" id="search" placeholder="Search both texts" aria-label="Search both texts">
    <span id="row-count" class="row-count" aria-hidden="true"></span>
  </div>
  <div class="columns" aria-hidden="true"><span>Source</span><span>Draft</span></div>
</header>
<main>
  <p id="problem" class="problem" role="status" hidden></p>${options.fallback ? `\n${options.fallback}` : ''}
  <ol id="rows" class="rows" role="list" aria-label="Source and draft sentences, aligned"></ol>
  <p id="empty" class="empty" hidden>No row matches the filters.</p>
  <section id="accepted" class="accepted" hidden aria-labelledby="accepted-heading">
    <h2 id="accepted-heading">Accepted changes (<span id="accepted-count">0</span>)</h2>
    <p class="hint">${ACCEPTED_HINT}</p>
    <ul id="accepted-list"></ul>
  </section>
</main>
<div id="live" class="sr-only" aria-live="polite"></div>`;
}

/** Script text that is safe inside a <script> element: its text ends at the first "</script", which the bundle never needs to say literally. */
export function inlineScript(script: string): string {
  return script.replace(/<\/(script)/gi, '<\\/$1');
}

/** JSON that is safe inside a <script> element: nothing in it can end the element or start a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Theme colours for the report, which has no VS Code around it: the same variables VS Code
 * gives a webview, with light and dark values (the reader's system setting picks, and
 * data-theme on <html> forces one).
 */
const REPORT_THEME = `
:root, :root[data-theme="light"] {
  color-scheme: light;
  --vscode-font-family: system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif;
  --vscode-font-size: 14px;
  --vscode-editor-font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace;
  --vscode-editor-background: #ffffff;
  --vscode-foreground: #1f2328;
  --vscode-descriptionForeground: #59636e;
  --vscode-panel-border: #d1d9e0;
  --vscode-editorError-foreground: #cf222e;
  --vscode-editorWarning-foreground: #9a6700;
  --vscode-editorInfo-foreground: #0969da;
  --vscode-focusBorder: #0969da;
  --vscode-list-activeSelectionBackground: #ddf4ff;
  --vscode-list-hoverBackground: #f6f8fa;
  --vscode-input-background: #ffffff;
  --vscode-input-foreground: #1f2328;
  --vscode-input-border: #d1d9e0;
  --vscode-button-background: #0969da;
  --vscode-button-foreground: #ffffff;
  --vscode-button-secondaryBackground: #eff2f5;
  --vscode-button-secondaryForeground: #1f2328;
  --vscode-sideBar-background: #f6f8fa;
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme="light"]) { color-scheme: dark; }
}
:root[data-theme="dark"] { color-scheme: dark; }
@media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { DARK } }
:root[data-theme="dark"] { DARK }
`.replace(/DARK/g, `
  --vscode-editor-background: #0d1117;
  --vscode-foreground: #e6edf3;
  --vscode-descriptionForeground: #9198a1;
  --vscode-panel-border: #3d444d;
  --vscode-editorError-foreground: #ff7b72;
  --vscode-editorWarning-foreground: #d29922;
  --vscode-editorInfo-foreground: #58a6ff;
  --vscode-focusBorder: #58a6ff;
  --vscode-list-activeSelectionBackground: #1f2f45;
  --vscode-list-hoverBackground: #151b23;
  --vscode-input-background: #0d1117;
  --vscode-input-foreground: #e6edf3;
  --vscode-input-border: #3d444d;
  --vscode-button-background: #1f6feb;
  --vscode-button-foreground: #ffffff;
  --vscode-button-secondaryBackground: #212830;
  --vscode-button-secondaryForeground: #e6edf3;
  --vscode-sideBar-background: #151b23;
`);

export interface ReportOptions {
  /** Force a theme (screenshots, tests); default: follow the reader's system setting. */
  readonly theme?: 'light' | 'dark';
  /** Shown under the title, e.g. "Generated by faithful 0.1.0". */
  readonly generator?: string;
}

/** One self-contained HTML page: the aligned comparison of one or more drafts, filters working offline, printable. */
export function renderHtmlReport(models: readonly ComparisonModel[], assets: PageAssets, options: ReportOptions = {}): string {
  // Required here, not at the top: only a report needs it, and loading node:crypto costs every
  // CLI run a few milliseconds of start-up.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  const nonce = randomBytes(16).toString('base64');
  const title = `${reportTitle(models)} — Faithful`;
  const accepted = staticAccepted(models);
  const fallback = `<noscript>
<p class="hint noscript">Scripts are off: every row is shown; filtering and searching need JavaScript, which runs only inside this file.</p>
<p class="static-counts">${escapeHtml(countsLine(models))}</p>
<ol class="rows static" role="list" aria-label="Source and draft sentences, aligned">
${staticRows(models)}
</ol>
${accepted.count ? `<section class="accepted static"><h2>Accepted changes (${accepted.count})</h2><p class="hint">${ACCEPTED_HINT}</p><ul class="accepted-list">${accepted.items}</ul></section>` : ''}
</noscript>`;
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const script = inlineScript(assets.script);
  return `<!DOCTYPE html>
<html lang="en"${options.theme ? ` data-theme="${options.theme}"` : ''}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(options.generator ?? 'Faithful')}">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${REPORT_THEME}
${assets.css}</style>
</head>
<body class="report">
${pageMarkup({ exportButton: false, title: reportTitle(models), fallback })}
<footer class="generator">${escapeHtml(options.generator ?? 'Faithful')}</footer>
<script type="application/json" id="faithful-data">${jsonForScript(models)}</script>
<script nonce="${nonce}">${script}</script>
</body>
</html>
`;
}
