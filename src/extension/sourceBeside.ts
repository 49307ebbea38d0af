// "Show source side by side": the source opens beside the draft, wrapped (a news source is long
// paragraphs; unwrapped, the aligned sentence is scrolled sideways and line starts are cut off),
// with the aligned sentence selected and highlighted. The highlight goes when the user moves in
// the source, when the draft stops being compared, or when the source closes.
import * as vscode from 'vscode';
import type { ShowSourceArgs } from '../shared/protocol';
import { SOURCE_SCHEME } from './sources';

interface Shown {
  readonly range: vscode.Range;
  readonly draftUri: string | undefined;
}

export class SourceBeside implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    isWholeLine: false,
  });
  /** The highlighted sentence per source document. */
  private readonly shown = new Map<string, Shown>();
  /** Source documents whose word wrap Faithful turned on; VS Code keeps it while the document is open. */
  private readonly wrapped = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.paint()),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.wrapped.delete(doc.uri.toString());
        this.shown.delete(doc.uri.toString());
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        // The user moved in the source (not our own selection): the pointer has done its job.
        const key = e.textEditor.document.uri.toString();
        if (e.kind !== undefined && e.kind !== vscode.TextEditorSelectionChangeKind.Command && this.shown.delete(key)) this.paint();
      }),
    );
  }

  async show(args: ShowSourceArgs, draftLanguage: string | undefined): Promise<void> {
    let doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.sourceUri));
    // A read-only copy (Git HEAD, clipboard) gets the draft's language, so Markdown reads as Markdown.
    if (doc.uri.scheme === SOURCE_SCHEME && draftLanguage && doc.languageId !== draftLanguage) {
      doc = await vscode.languages.setTextDocumentLanguage(doc, draftLanguage);
    }
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false });
    const key = doc.uri.toString();
    const wrap = vscode.workspace.getConfiguration('editor', doc).get<string>('wordWrap', 'off');
    if (wrap === 'off' && !this.wrapped.has(key) && vscode.window.activeTextEditor === editor) {
      await vscode.commands.executeCommand('editor.action.toggleWordWrap');
      this.wrapped.add(key);
    }
    const range = new vscode.Range(doc.positionAt(args.start), doc.positionAt(args.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    this.shown.set(key, { range, draftUri: args.draftUri });
    this.paint();
  }

  /** The draft is no longer compared: its pointers into the source go. */
  clearFor(draftUri: string): void {
    let changed = false;
    for (const [key, s] of this.shown) {
      if (s.draftUri === draftUri || s.draftUri === undefined) changed = this.shown.delete(key) || changed;
    }
    if (changed) this.paint();
  }

  /** The highlighted range in a source document, if any (for tests). */
  highlighted(sourceUri: vscode.Uri): vscode.Range | undefined {
    return this.shown.get(sourceUri.toString())?.range;
  }

  /** True when Faithful turned word wrap on for this source document. */
  isWrapped(sourceUri: vscode.Uri): boolean {
    return this.wrapped.has(sourceUri.toString());
  }

  private paint(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const s = this.shown.get(editor.document.uri.toString());
      editor.setDecorations(this.decoration, s ? [s.range] : []);
    }
  }

  dispose(): void {
    this.decoration.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
