// The comparison webview: source and draft side by side, aligned, beside the draft. One panel
// per draft. Its data comes from the language server (faithful/comparison), fetched again after
// every check, so it follows edits to either side, accepts and severity settings. Rendering is
// the page script's (src/comparison/page/main.ts, the same as the HTML report's); this file
// wires it to the editor: click-to-reveal, the cursor's row, revoke, export.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { readPageAssets } from '../comparison/assets';
import { inlineScript, pageMarkup, type PageAssets } from '../comparison/html';
import { firstRows, rowAtDraftOffset, type ComparisonModel } from '../comparison/model';
import type { AcceptedChange } from '../core/types';

/** What the page reports after each render; the extension's tests read it. */
export interface RenderedState {
  readonly totalRows: number;
  readonly matchingRows: number;
  readonly renderedRows: number;
  readonly rowTypes: string[];
  readonly marks: Array<{ side: string; kinds: string; text: string }>;
  readonly severityChips: string[];
  readonly kindChips: Array<{ text: string; pressed: boolean }>;
  readonly accepted: string[];
  readonly selectedRow: number | null;
  readonly focusedRow: number | null;
  readonly hasFocus: boolean;
  readonly injected: number;
  readonly scriptsRun: number;
  readonly theme: string;
}

/** The page's timing of a scroll from top to bottom, one screen a frame. */
export interface ScrollMeasure {
  readonly frames: number;
  readonly worstFrameMs: number;
  readonly medianFrameMs: number;
  /** Frames over 50 ms. */
  readonly longFrames: number;
  readonly totalMs: number;
  readonly rows: number;
}

export interface ComparisonHost {
  /** The current comparison of a draft, or a sentence saying why there is none. */
  model(draft: vscode.Uri): Promise<ComparisonModel | string>;
  revoke(draft: vscode.Uri, change: AcceptedChange): Promise<void>;
  exportComparison(draft: vscode.Uri): Promise<void>;
  /** Where the draft's source is, to highlight the row's source sentences if it is open. */
  sourceUri(draft: vscode.Uri): vscode.Uri | undefined;
}

type PageMessage =
  | { type: 'ready' }
  | { type: 'reveal'; row: number }
  | { type: 'revoke'; change: AcceptedChange }
  | { type: 'export' }
  | { type: 'rendered'; state: RenderedState }
  | { type: 'measured'; measure: ScrollMeasure }
  | { type: 'painted'; timing: PageTiming };

/** The page's clock (ms since epoch) at its script's start, the first model's arrival, its rows built and painted. */
export interface PageTiming {
  readonly scriptStarted: number;
  readonly received: number;
  readonly rendered: number;
  readonly painted: number;
}

/**
 * When each step of opening a comparison happened (ms since epoch; the page's steps by its own
 * clock, the same machine's): what the integration suite reports to say where the time goes.
 */
export interface OpenTimings {
  opened: number;
  created: number;
  ready?: number;
  modelFetched?: number;
  modelPosting?: number;
  modelSent?: number;
  firstRendered?: number;
  page?: PageTiming;
}

/** Rows sent ahead of the rest: more than a tall screen shows (rows are at least a line or two high). */
const FIRST_SCREEN_ROWS = 40;
/** How long the rest of the model waits for the page to paint the first rows, at most. */
const FIRST_SCREEN_WAIT_MS = 1500;

class ComparisonPanel {
  model: ComparisonModel | null = null;
  state: RenderedState | null = null;
  /** A row to select once the model arrives (a code action names a finding). */
  pendingFinding: string | null = null;
  readonly rendered = new vscode.EventEmitter<RenderedState>();
  measure: ScrollMeasure | null = null;
  readonly timings: OpenTimings;
  private refreshing: Promise<void> | null = null;
  private again = false;
  /** Fetched while a new page loads, so the two overlap. */
  private prefetched: Promise<ComparisonModel | string> | null = null;

  constructor(readonly draft: vscode.Uri, readonly panel: vscode.WebviewPanel, private readonly host: ComparisonHost, opened: number) {
    this.timings = { opened, created: Date.now() };
  }

  /** The page (re)loaded and shows nothing yet: it gets the first screen's rows before the whole model. */
  fresh = true;

  /** Called when the page has painted its first rows. */
  painted: () => void = () => undefined;

  prefetch(): void {
    this.prefetched = this.host.model(this.draft);
    this.prefetched.then(() => (this.timings.modelFetched ??= Date.now()), () => undefined);
  }

  /** Fetches the comparison and sends it to the page; calls during a fetch coalesce into one more. */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.again = false;
        const model = await (this.prefetched ?? this.host.model(this.draft));
        this.prefetched = null;
        if (typeof model === 'string') {
          void this.panel.webview.postMessage({ type: 'problem', text: model });
          continue;
        }
        this.model = model;
        this.timings.modelPosting ??= Date.now();
        // A long document's model is a megabyte, which the webview's channel takes a while to
        // carry: an empty page gets its first screen's rows at once, the whole model after them.
        if (this.fresh && model.rows.length > FIRST_SCREEN_ROWS) {
          this.fresh = false;
          // Posted together, the two would cross as one batch and the first rows would wait for
          // the rest; the rest goes when the page says the first screen is painted (or soon anyway).
          const painted = new Promise<void>((resolve) => {
            this.painted = resolve;
            setTimeout(resolve, FIRST_SCREEN_WAIT_MS);
          });
          await this.panel.webview.postMessage({ type: 'model', model: firstRows(model, FIRST_SCREEN_ROWS), partial: true });
          await painted;
        }
        this.fresh = false;
        await this.panel.webview.postMessage({ type: 'model', model });
        this.timings.modelSent ??= Date.now();
        if (this.pendingFinding) {
          const row = model.changes.find((c) => c.id === this.pendingFinding)?.row;
          this.pendingFinding = null;
          if (row !== undefined) await this.panel.webview.postMessage({ type: 'select', row });
        }
      } while (this.again);
    })().finally(() => (this.refreshing = null));
    return this.refreshing;
  }
}

export class ComparisonPanels implements vscode.Disposable {
  private readonly panels = new Map<string, ComparisonPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly sourceHighlight = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    isWholeLine: false,
  });

  constructor(private readonly extensionUri: vscode.Uri, private readonly host: ComparisonHost) {
    this.disposables.push(
      vscode.window.onDidChangeTextEditorSelection((e) => this.cursorMoved(e.textEditor)),
      this.sourceHighlight,
    );
  }

  /** Opens (or shows) the comparison of a draft beside it; `findingId` selects that finding's row. */
  async open(draft: vscode.Uri, findingId?: string): Promise<void> {
    const opened = Date.now();
    const key = draft.toString();
    let p = this.panels.get(key);
    if (p) {
      p.panel.reveal(undefined, true);
    } else {
      const panel = vscode.window.createWebviewPanel('faithful.comparison', `Comparison: ${draft.path.split('/').pop()}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        // The page carries everything it shows (html() puts its stylesheet and script in it): it may load no file at all.
        localResourceRoots: [],
        enableFindWidget: true,
      });
      panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'comparison-icon.svg');
      p = new ComparisonPanel(draft, panel, this.host, opened);
      const created = p;
      this.panels.set(key, p);
      p.prefetch();
      panel.webview.html = this.html();
      panel.webview.onDidReceiveMessage((m: PageMessage) => void this.onMessage(created, m).catch((e) => vscode.window.showErrorMessage(`Faithful: ${(e as Error).message}`)));
      panel.onDidDispose(() => {
        this.panels.delete(key);
        created.rendered.dispose();
      });
    }
    if (findingId) p.pendingFinding = findingId;
    // The page asks for the model when it has loaded ('ready'); a shown panel gets it now.
    if (p.state) await p.refresh();
  }

  /** After a check of `draft`: the open comparison shows the new result. */
  checked(draft: string): void {
    const p = this.panels.get(draft);
    if (p) void p.refresh();
  }

  close(draft: string): void {
    this.panels.get(draft)?.panel.dispose();
  }

  /** The draft of the comparison that has focus, if one has. */
  activeDraft(): vscode.Uri | undefined {
    return [...this.panels.values()].find((p) => p.panel.active)?.draft;
  }

  isOpen(draft: vscode.Uri): boolean {
    return this.panels.has(draft.toString());
  }

  // ---- for the extension's tests: what the page shows, and pressing its controls ----------

  /** The page's last reported state for a draft's comparison. */
  state(draft: vscode.Uri): RenderedState | null {
    return this.panels.get(draft.toString())?.state ?? null;
  }

  /** The page's last scroll measurement ({type:'measureScroll'} asks for one). */
  scrollMeasure(draft: vscode.Uri): ScrollMeasure | null {
    return this.panels.get(draft.toString())?.measure ?? null;
  }

  timings(draft: vscode.Uri): OpenTimings | null {
    return this.panels.get(draft.toString())?.timings ?? null;
  }

  modelOf(draft: vscode.Uri): ComparisonModel | null {
    return this.panels.get(draft.toString())?.model ?? null;
  }

  /** Sends the page a message: {type:'click', selector}, {type:'type', selector, value}, {type:'select', row}. */
  async post(draft: vscode.Uri, message: unknown): Promise<boolean> {
    return (await this.panels.get(draft.toString())?.panel.webview.postMessage(message)) ?? false;
  }

  /** The page's stylesheet and script, read once. */
  private assets: PageAssets | null = null;

  /**
   * The page, its stylesheet and script inside it: a webview fetches each file of its own through
   * the editor (in code-server, across the network), and the page cannot run before both arrive.
   * Nonces keep the Content-Security-Policy as strict as with files: nothing inline runs or
   * styles without the nonce, nothing loads from anywhere.
   */
  private html(): string {
    this.assets ??= readPageAssets(this.extensionUri.fsPath);
    const nonce = randomBytes(16).toString('base64');
    const csp = ["default-src 'none'", `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, 'img-src data:', "base-uri 'none'", "form-action 'none'"].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">${this.assets.css}</style>
<title>Faithful comparison</title>
</head>
<body>
${pageMarkup({ exportButton: true })}
<script nonce="${nonce}">${inlineScript(this.assets.script)}</script>
</body>
</html>`;
  }

  private async onMessage(p: ComparisonPanel, m: PageMessage): Promise<void> {
    switch (m.type) {
      case 'ready':
        p.timings.ready ??= Date.now();
        p.fresh = true;
        await p.refresh();
        break;
      case 'rendered':
        if (m.state.totalRows > 0) p.timings.firstRendered ??= Date.now();
        p.state = m.state;
        p.rendered.fire(m.state);
        break;
      case 'painted':
        p.timings.page ??= m.timing;
        p.painted();
        break;
      case 'measured':
        p.measure = m.measure;
        break;
      case 'reveal':
        await this.reveal(p, m.row);
        break;
      case 'revoke':
        await this.host.revoke(p.draft, m.change);
        break;
      case 'export':
        await this.host.exportComparison(p.draft);
        break;
    }
  }

  /** A row was clicked: select its sentences in the draft, and mark its source sentences where the source is open. */
  private async reveal(p: ComparisonPanel, rowIndex: number): Promise<void> {
    const row = p.model?.rows[rowIndex];
    if (!row) return;
    const sourceUri = this.host.sourceUri(p.draft);
    if (sourceUri) {
      for (const editor of vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === sourceUri.toString())) {
        const ranges = row.source.map((s) => new vscode.Range(editor.document.positionAt(s.start), editor.document.positionAt(s.end)));
        editor.setDecorations(this.sourceHighlight, ranges);
        if (ranges[0]) editor.revealRange(ranges[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
    }
    if (row.draft.length === 0) return;
    const doc = await vscode.workspace.openTextDocument(p.draft);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === p.draft.toString());
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: true });
    const first = row.draft[0]!;
    const last = row.draft[row.draft.length - 1]!;
    const range = new vscode.Range(doc.positionAt(first.start), doc.positionAt(last.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** The draft's cursor moved: highlight the row showing that sentence. */
  private cursorMoved(editor: vscode.TextEditor): void {
    const p = this.panels.get(editor.document.uri.toString());
    if (!p?.model) return;
    const row = rowAtDraftOffset(p.model, editor.document.offsetAt(editor.selection.active));
    if (row >= 0 && row !== p.state?.selectedRow) void p.panel.webview.postMessage({ type: 'select', row });
  }

  dispose(): void {
    for (const p of this.panels.values()) p.panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
