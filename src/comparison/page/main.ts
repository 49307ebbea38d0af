// The comparison page's script, run in a browser: VS Code's webview, or the self-contained HTML
// report. It renders ComparisonModel data with DOM calls only (textContent, never innerHTML),
// so no document text can ever become markup. Rows are rendered in chunks as they scroll into
// view, so a long document opens at once; filters and search work on the data, not the DOM.
import type { ChangeView, ComparisonModel, RowView, SentenceView } from '../model';
import { plural, reportTitle, ROW_LABEL } from '../labels';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** When this script started (ms since epoch): the extension times the page's start against its own clock. */
const scriptStarted = Date.now();
const vscode: VsCodeApi | null = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;
const SEVERITIES = ['error', 'warning', 'info'] as const;
type Sev = (typeof SEVERITIES)[number];
/** Rows added to the page at a time; more come as the last one scrolls into view. */
const CHUNK = 120;

interface Filters {
  severities: Set<Sev>;
  kinds: Set<string>;
  unchanged: boolean;
  search: string;
}

interface Entry {
  /** Which model (a directory report has several). */
  readonly m: number;
  readonly r: number;
}

let models: ComparisonModel[] = [];
let entries: Entry[] = [];
let shown = 0;
let selected: Entry | null = null;
const filters: Filters = { severities: new Set(SEVERITIES), kinds: new Set(), unchanged: true, search: '' };
let kindsInitialised = false;
/** Only the first rows are here; the rest of the model is on its way (a long document's first screen comes first). */
let partial = false;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Changes by kind, from the models' counts (a first screen's model carries only its rows' changes, but the whole document's counts). */
function allKinds(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of models) for (const [k, n] of Object.entries(m.counts.byKind)) if (n > 0) counts.set(k, (counts.get(k) ?? 0) + n);
  return counts;
}

// ---- header: counts and filters -------------------------------------------------------------

function renderHeader(): void {
  const totals = { error: 0, warning: 0, info: 0 };
  for (const m of models) for (const s of SEVERITIES) totals[s] += m.counts[s];
  const title = $('title');
  title.textContent = reportTitle(models);

  const sev = $('severity-filters');
  sev.replaceChildren();
  for (const s of SEVERITIES) {
    const b = chip(s === 'info' ? `${totals[s]} info` : plural(totals[s], s), `sev-${s}`, filters.severities.has(s));
    b.dataset.severity = s;
    b.title = `Show or hide ${s} findings`;
    b.addEventListener('click', () => toggle(filters.severities, s));
    sev.append(b);
  }

  const kinds = allKinds();
  if (!kindsInitialised) {
    for (const k of kinds.keys()) filters.kinds.add(k);
    kindsInitialised = true;
  } else {
    // A kind that appears after an edit starts shown.
    for (const k of kinds.keys()) if (!knownKinds.has(k)) filters.kinds.add(k);
  }
  knownKinds = new Set(kinds.keys());
  const kindBox = $('kind-filters');
  kindBox.replaceChildren();
  for (const [k, n] of [...kinds.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const b = chip(`${k} ${n}`, `kind kind-${k}`, filters.kinds.has(k));
    b.dataset.kind = k;
    b.title = `Show or hide ${k} changes`;
    b.addEventListener('click', () => toggle(filters.kinds, k));
    kindBox.append(b);
  }
  const unchanged = $<HTMLInputElement>('show-unchanged');
  unchanged.checked = filters.unchanged;
}

let knownKinds = new Set<string>();

function chip(text: string, cls: string, pressed: boolean): HTMLButtonElement {
  const b = el('button', `chip ${cls}`, text);
  b.type = 'button';
  b.setAttribute('aria-pressed', String(pressed));
  return b;
}

function toggle<T>(set: Set<T>, value: T): void {
  if (set.has(value)) set.delete(value);
  else set.add(value);
  refresh();
}

// ---- rows -------------------------------------------------------------------------------------

function rowMatches(m: ComparisonModel, row: RowView): boolean {
  const changes = row.changes.map((ci) => m.changes[ci]!);
  const visible = changes.filter((c) => filters.severities.has(c.severity) && filters.kinds.has(c.kind));
  if (changes.length > 0 && visible.length === 0) return false;
  if (changes.length === 0 && !filters.unchanged) return false;
  if (filters.search) {
    const needle = filters.search.toLowerCase();
    const text = [...row.source, ...row.draft].map(sentenceText).join(' ') + ' ' + changes.map((c) => c.message).join(' ');
    if (!text.toLowerCase().includes(needle)) return false;
  }
  return true;
}

function sentenceText(s: SentenceView): string {
  return s.parts.map((p) => p.text).join('');
}

/**
 * Renders the rows that match the filters. `keep` (a new model: an edit, a re-check) keeps the
 * reader where they were: as many rows as before (else a reader far down a long document would be
 * thrown back to the end of the first chunk), the same scroll position, and the keyboard focus
 * on the same row (else the rebuilt rows drop it, and the arrow keys stop working).
 */
function refresh(keep = false): void {
  const focused = keep ? entryOf(document.activeElement) : null;
  const before = shown;
  const y = window.scrollY;
  renderHeader();
  entries = [];
  models.forEach((m, mi) => m.rows.forEach((row, ri) => {
    if (rowMatches(m, row)) entries.push({ m: mi, r: ri });
  }));
  const list = $('rows');
  list.replaceChildren();
  shown = 0;
  renderMore(keep ? before : 0);
  if (keep) {
    if (window.scrollY !== y) window.scrollTo(0, y);
    if (focused) rowElement(focused)?.focus({ preventScroll: true });
  }
  showCounts();
  renderAccepted();
  report();
}

function showCounts(): void {
  const total = models.reduce((a, m) => a + m.rows.length, 0);
  // While only the first rows are here the count would be theirs, not the document's: none yet.
  $('row-count').textContent = partial ? '' : entries.length === total ? plural(total, 'row') : `${entries.length} of ${plural(total, 'row')}`;
  $('empty').hidden = entries.length > 0;
}

function renderMore(until = 0): void {
  const list = $('rows');
  const target = Math.min(entries.length, Math.max(shown + CHUNK, until));
  const frag = document.createDocumentFragment();
  let lastModel = shown > 0 ? entries[shown - 1]!.m : -1;
  for (; shown < target; shown++) {
    const e = entries[shown]!;
    if (models.length > 1 && e.m !== lastModel) frag.append(sectionHeading(e.m));
    lastModel = e.m;
    frag.append(renderRow(e));
  }
  list.append(frag);
  sentinel.hidden = shown >= entries.length;
}

function sectionHeading(mi: number): HTMLElement {
  const m = models[mi]!;
  const h = el('h2', 'section', `${m.draftLabel} compared with ${m.sourceLabel}`);
  h.append(el('span', 'section-counts', ` ${plural(m.counts.error, 'error')} · ${plural(m.counts.warning, 'warning')} · ${m.counts.info} info`));
  return h;
}

function renderRow(e: Entry): HTMLElement {
  const m = models[e.m]!;
  const row = m.rows[e.r]!;
  const changes = row.changes.map((ci) => m.changes[ci]!);
  const li = el('li', `row type-${row.type}${row.severity ? ` has-${row.severity}` : ''}`);
  // One row is in the Tab order (the selected one, else the first); arrows move between rows.
  li.tabIndex = (selected ? selected.m === e.m && selected.r === e.r : shown === 0) ? 0 : -1;
  li.dataset.model = String(e.m);
  li.dataset.row = String(e.r);
  li.setAttribute('role', 'listitem');
  li.setAttribute('aria-label', rowLabel(row, changes, e.r));
  if (selected && selected.m === e.m && selected.r === e.r) li.classList.add('selected');

  const src = el('div', 'side source');
  const dft = el('div', 'side draft');
  if (row.source.length === 0) src.append(el('p', 'none', row.type === 'unsupported' ? 'No source sentence supports this.' : '—'));
  if (row.draft.length === 0) dft.append(el('p', 'none', row.type === 'omitted' ? 'The draft leaves this out.' : '—'));
  for (const s of row.source) src.append(sentence(s, m, 'source'));
  for (const s of row.draft) dft.append(sentence(s, m, 'draft'));
  const label = ROW_LABEL[row.type];
  if (label) li.append(el('div', `row-label type-${row.type}`, label));
  const body = el('div', 'row-body');
  body.append(src, dft);
  li.append(body);
  if (changes.length) {
    const ul = el('ul', 'changes');
    for (const c of changes) {
      if (!filters.severities.has(c.severity) || !filters.kinds.has(c.kind)) continue;
      const item = el('li', `change sev-${c.severity}`);
      item.append(el('span', `badge sev-${c.severity}`, c.kind), el('span', 'sev-text', c.severity), el('span', 'message', c.message));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

function rowLabel(row: RowView, changes: readonly ChangeView[], index: number): string {
  const what = ROW_LABEL[row.type] || 'Aligned';
  const list = changes.length ? changes.map((c) => `${c.kind} ${c.severity}`).join(', ') : 'no changes';
  return `Row ${index + 1}, ${what}: ${list}`;
}

function sentence(s: SentenceView, m: ComparisonModel, side: 'source' | 'draft'): HTMLElement {
  const p = el('p', 'sentence');
  const line = el('span', 'line', `L${s.line}`);
  line.title = `${side === 'draft' ? 'Draft' : 'Source'} line ${s.line}`;
  line.setAttribute('aria-hidden', 'true');
  p.append(line);
  for (const part of s.parts) {
    if (!part.changes) {
      p.append(document.createTextNode(part.text));
      continue;
    }
    const cs = part.changes.map((ci) => m.changes[ci]!);
    const visible = cs.filter((c) => filters.severities.has(c.severity) && filters.kinds.has(c.kind));
    if (visible.length === 0) {
      p.append(document.createTextNode(part.text));
      continue;
    }
    const first = visible[0]!;
    const mark = el('mark', `chg sev-${first.severity} kind-${first.kind}`);
    mark.dataset.kinds = visible.map((c) => c.kind).join(' ');
    mark.dataset.side = side;
    // Screen readers hear the kind before the words; sighted users see it as the label after.
    const sr = el('span', 'sr-only', `${visible.map((c) => c.kind).join(', ')} change: `);
    mark.append(sr, document.createTextNode(part.text));
    mark.title = visible.map((c) => c.message).join('\n');
    p.append(mark);
    const badge = el('sup', `kind-label sev-${first.severity}`, visible.map((c) => c.kind).join('+'));
    badge.setAttribute('aria-hidden', 'true');
    p.append(badge);
  }
  return p;
}

// ---- accepted changes -----------------------------------------------------------------------

function renderAccepted(): void {
  const box = $('accepted');
  const list = $('accepted-list');
  list.replaceChildren();
  const all = models.flatMap((m, mi) => m.accepted.map((a, ai) => ({ a, mi, ai })));
  box.hidden = all.length === 0;
  $('accepted-count').textContent = String(all.length);
  for (const { a, mi, ai } of all) {
    const li = el('li', 'accepted-item');
    li.append(el('span', 'badge', a.kind));
    const texts = el('span', 'accepted-texts');
    texts.append(el('span', 'was', a.sourceText ?? '(nothing)'), el('span', 'arrow', ' → '), el('span', 'now', a.rewriteText ?? '(nothing)'));
    li.append(texts);
    if (vscode) {
      const b = el('button', 'revoke', 'Revoke');
      b.type = 'button';
      b.dataset.model = String(mi);
      b.dataset.index = String(ai);
      b.setAttribute('aria-label', `Revoke the accepted ${a.kind} change from "${a.sourceText ?? ''}" to "${a.rewriteText ?? ''}"`);
      b.addEventListener('click', () => vscode!.postMessage({ type: 'revoke', change: a }));
      li.append(b);
    }
    list.append(li);
  }
}

// ---- selection, keyboard ----------------------------------------------------------------------

function rowElement(e: Entry): HTMLElement | null {
  return document.querySelector<HTMLElement>(`#rows li.row[data-model="${e.m}"][data-row="${e.r}"]`);
}

function select(e: Entry | null, options: { focus?: boolean; scroll?: boolean } = {}): void {
  document.querySelectorAll<HTMLElement>('#rows li.row.selected').forEach((x) => {
    x.classList.remove('selected');
    x.tabIndex = -1;
  });
  selected = e;
  if (!e) return;
  const at = entries.findIndex((x) => x.m === e.m && x.r === e.r);
  if (at >= shown) renderMore(at + 1);
  const li = rowElement(e);
  if (!li) return;
  li.classList.add('selected');
  li.tabIndex = 0;
  if (options.scroll) li.scrollIntoView({ block: 'nearest' });
  if (options.focus) li.focus();
}

function entryOf(target: EventTarget | null): Entry | null {
  const li = (target as HTMLElement | null)?.closest?.('li.row') as HTMLElement | null;
  return li ? { m: Number(li.dataset.model), r: Number(li.dataset.row) } : null;
}

function activate(e: Entry): void {
  select(e);
  report();
  vscode?.postMessage({ type: 'reveal', row: e.r });
}

function onKey(ev: KeyboardEvent): void {
  const e = entryOf(ev.target);
  if (!e) return;
  const at = entries.findIndex((x) => x.m === e.m && x.r === e.r);
  let next = -1;
  if (ev.key === 'ArrowDown' || ev.key === 'j') next = Math.min(entries.length - 1, at + 1);
  else if (ev.key === 'ArrowUp' || ev.key === 'k') next = Math.max(0, at - 1);
  else if (ev.key === 'Home') next = 0;
  else if (ev.key === 'End') next = entries.length - 1;
  else if (ev.key === 'Enter' || ev.key === ' ') {
    ev.preventDefault();
    activate(e);
    return;
  }
  if (next < 0) return;
  ev.preventDefault();
  const old = rowElement(e);
  if (old) old.tabIndex = -1;
  select(entries[next]!, { focus: true, scroll: true });
  report();
}

// ---- state for the extension (and its tests) ----------------------------------------------

function report(): void {
  // The extension (and its tests) hear about the whole document only.
  if (!vscode || partial) return;
  const rows = [...document.querySelectorAll<HTMLElement>('#rows li.row')];
  vscode.postMessage({
    type: 'rendered',
    state: {
      totalRows: models.reduce((a, m) => a + m.rows.length, 0),
      matchingRows: entries.length,
      renderedRows: rows.length,
      rowTypes: rows.map((r) => [...r.classList].find((c) => c.startsWith('type-'))!.slice(5)),
      marks: [...document.querySelectorAll<HTMLElement>('#rows mark.chg')].slice(0, 400).map((mk) => ({
        side: mk.dataset.side,
        kinds: mk.dataset.kinds,
        text: mk.lastChild?.textContent ?? '',
      })),
      severityChips: [...document.querySelectorAll<HTMLElement>('#severity-filters .chip')].map((c) => c.textContent),
      kindChips: [...document.querySelectorAll<HTMLElement>('#kind-filters .chip')].map((c) => ({ text: c.textContent, pressed: c.getAttribute('aria-pressed') === 'true' })),
      accepted: [...document.querySelectorAll('#accepted-list li')].map((li) => li.textContent),
      selectedRow: selected?.r ?? null,
      /** Where keys go: the row holding the keyboard focus, and whether the page has it at all. */
      focusedRow: entryOf(document.activeElement)?.r ?? null,
      hasFocus: document.hasFocus(),
      /** Elements document text could have created if it were ever parsed as markup. */
      injected: document.querySelectorAll('#rows img, #rows script, #rows iframe, #rows a, #accepted img, #accepted script').length,
      scriptsRun: (window as unknown as { __faithfulInjected?: number }).__faithfulInjected ?? 0,
      /** VS Code's theme class on <body> (vscode-light, vscode-dark, vscode-high-contrast). */
      theme: document.body.className,
    },
  });
}

/**
 * Scrolls from the top to the bottom one screen a frame, the way a fast reader flings through it,
 * and times each frame: what "scrolls without jank" means, measured where it happens.
 */
async function measureScroll(): Promise<{ frames: number; worstFrameMs: number; medianFrameMs: number; longFrames: number; totalMs: number; rows: number }> {
  window.scrollTo(0, 0);
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const times: number[] = [];
  const started = await frame();
  let last = started;
  for (let i = 0; i < 5000; i++) {
    window.scrollBy(0, window.innerHeight);
    const now = await frame();
    times.push(now - last);
    last = now;
    if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2 && shown >= entries.length) break;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    frames: times.length,
    worstFrameMs: Math.round(sorted[sorted.length - 1] ?? 0),
    medianFrameMs: Math.round(sorted[sorted.length >> 1] ?? 0),
    // Frames a reader would see stutter (more than three of a 60 Hz screen's).
    longFrames: times.filter((t) => t > 50).length,
    totalMs: Math.round(last - started),
    rows: shown,
  };
}

/**
 * Tells the extension that the first rows are on screen, and when each step happened: the frame
 * after they were added (a requestAnimationFrame callback runs before that frame's paint; a task
 * queued from it runs after). The extension sends the rest of a long model only then, so that
 * carrying it does not hold up this first screen.
 */
function timePaint(received: number): void {
  const rendered = Date.now();
  requestAnimationFrame(() => setTimeout(() => vscode?.postMessage({ type: 'painted', timing: { scriptStarted, received, rendered, painted: Date.now() } }), 0));
}

// ---- wiring -----------------------------------------------------------------------------------

const sentinel = el('div', 'sentinel');

function load(next: ComparisonModel[], isPartial = false): void {
  $('problem').hidden = true;
  // The rest of the rows whose start the page shows: rows already on screen stay as they are.
  const completing = partial && !isPartial;
  partial = isPartial;
  models = next;
  if (selected && !partial && !models[selected.m]?.rows[selected.r]) selected = null;
  if (completing) complete();
  else refresh(true);
  if (selected) select(selected);
}

/** The whole model arrived after its first rows: add what is new, keep the rows already built (and focus, and scroll). */
function complete(): void {
  const before = entries.slice(0, shown);
  const next: Entry[] = [];
  models.forEach((m, mi) => m.rows.forEach((row, ri) => {
    if (rowMatches(m, row)) next.push({ m: mi, r: ri });
  }));
  if (before.some((e, i) => next[i]?.m !== e.m || next[i]?.r !== e.r)) return refresh();
  entries = next;
  renderHeader();
  if (shown < CHUNK) renderMore();
  else sentinel.hidden = shown >= entries.length;
  showCounts();
  renderAccepted();
  report();
}

function init(): void {
  // The report hides its filters from a reader without scripts (its <noscript> rows show instead).
  document.querySelector<HTMLElement>('.toolbar')!.hidden = false;
  $('rows').after(sentinel);
  new IntersectionObserver((es) => {
    if (es.some((x) => x.isIntersecting) && shown < entries.length) {
      renderMore();
      report();
    }
  }, { rootMargin: '800px' }).observe(sentinel);
  $('rows').addEventListener('click', (ev) => {
    const e = entryOf(ev.target);
    if (e) activate(e);
  });
  $('rows').addEventListener('keydown', onKey);
  $('rows').addEventListener('focusin', (ev) => {
    const e = entryOf(ev.target);
    if (e && !(selected && selected.m === e.m && selected.r === e.r)) select(e);
  });
  const search = $<HTMLInputElement>('search');
  let timer: number | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      filters.search = search.value.trim();
      refresh();
      $('live').textContent = `${plural(entries.length, 'row')} shown`;
    }, 120);
  });
  $<HTMLInputElement>('show-unchanged').addEventListener('change', (ev) => {
    filters.unchanged = (ev.target as HTMLInputElement).checked;
    refresh();
  });
  // Printing shows every matching row, not only those scrolled to.
  window.addEventListener('beforeprint', () => renderMore(entries.length));
  const exportButton = document.getElementById('export');
  if (exportButton) exportButton.addEventListener('click', () => vscode?.postMessage({ type: 'export' }));

  if (vscode) {
    window.addEventListener('message', (ev: MessageEvent) => {
      const msg = ev.data as { type: string; model?: ComparisonModel; partial?: boolean; row?: number | null; selector?: string; value?: string; text?: string };
      if (msg.type === 'model' && msg.model) {
        const received = Date.now();
        const first = models.length === 0;
        load([msg.model], msg.partial === true);
        if (first) timePaint(received);
      }
      else if (msg.type === 'problem') {
        // Not checked (not paired any more, input too large): say so above the last rows shown.
        const problem = $('problem');
        problem.textContent = msg.text ?? '';
        problem.hidden = false;
      }
      else if (msg.type === 'select') {
        select(msg.row === null || msg.row === undefined ? null : { m: 0, r: msg.row }, { scroll: true });
        report();
      } else if (msg.type === 'click' && msg.selector) {
        // The extension's own scripted interactions (its tests press the same buttons a user does).
        document.querySelector<HTMLElement>(msg.selector)?.click();
      } else if (msg.type === 'focus' && msg.selector) {
        document.querySelector<HTMLElement>(msg.selector)?.focus();
        report();
      } else if (msg.type === 'type' && msg.selector) {
        const input = document.querySelector<HTMLInputElement>(msg.selector);
        if (input) {
          input.value = msg.value ?? '';
          input.dispatchEvent(new Event('input'));
        }
      } else if (msg.type === 'report') report();
      else if (msg.type === 'measureScroll') void measureScroll().then((m) => vscode!.postMessage({ type: 'measured', measure: m }));
    });
    // A theme change re-colours the page by itself; it is reported so the extension (and its tests) know.
    new MutationObserver(() => report()).observe(document.body, { attributes: true, attributeFilter: ['class'] });
    vscode.postMessage({ type: 'ready' });
  } else {
    const data = document.getElementById('faithful-data');
    load(JSON.parse(data?.textContent ?? '[]') as ComparisonModel[]);
  }
}

init();
