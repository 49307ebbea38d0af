// The Faithful extension: pairs drafts with sources and hands them to the language server,
// which does the analysis in its own process. This file wires commands, the status bar and
// the pairing life cycle; it never analyses text itself.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { KINDS, type AcceptedChange, type Kind } from '../core/types';
import { acceptedFor, withAccepted } from '../shared/faithfulConfig';
import {
  COMMANDS,
  COUNTS_NOTIFICATION,
  PAIR_NOTIFICATION,
  SETTINGS_NOTIFICATION,
  type AcceptArgs,
  type CountsParams,
  type PairParams,
  type SettingsParams,
  type SeveritySetting,
  type ShowSourceArgs,
} from '../shared/protocol';
import { chooseSource } from './chooseSource';
import { findPairing, PairingStore, readConfig, workspaceRoot } from './pairings';
import { readSource, SnapshotProvider, SOURCE_SCHEME, type SourceRef } from './sources';
import { StatusBar } from './statusBar';

const DRAFT_LANGUAGES = new Set(['markdown', 'plaintext']);

interface Active {
  readonly ref: SourceRef;
  readonly sourceUri: vscode.Uri;
}

export class FaithfulController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly active = new Map<string, Active>();
  /** One watcher per source file on disk, for edits made outside VS Code. */
  private readonly sourceWatchers = new Map<string, vscode.FileSystemWatcher>();
  private readonly counts = new Map<string, CountsParams>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly highlight = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    isWholeLine: false,
  });

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly store: PairingStore,
    private readonly snapshots: SnapshotProvider,
    private readonly status: StatusBar,
  ) {}

  private async ensureClient(): Promise<LanguageClient> {
    if (this.client) return this.client;
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: 'markdown' }, { language: 'plaintext' }],
      initializationOptions: {
        clientManagesPairs: true,
        settings: readSettings(),
        // The diagnostic code links to the bundled README's explanation of each kind.
        docsUrl: vscode.Uri.joinPath(this.context.extensionUri, 'README.md').with({ fragment: 'what-it-reports' }).toString(),
      },
      diagnosticCollectionName: 'faithful',
    };
    const client = new LanguageClient('faithful', 'Faithful', serverOptions, clientOptions);
    this.client = client;
    await client.start();
    client.onNotification(COUNTS_NOTIFICATION, (c: CountsParams) => {
      // Say a problem once, not on every keystroke; the status bar keeps showing it.
      if (c.problem && this.counts.get(c.draftUri)?.problem !== c.problem) void vscode.window.showWarningMessage(`Faithful: ${c.problem}`);
      this.counts.set(c.draftUri, c);
      this.refreshStatus();
    });
    return client;
  }

  /** Pairs (or re-pairs, after a change) a draft and sends the source text to the server. */
  async pair(doc: vscode.TextDocument, ref: SourceRef): Promise<void> {
    const source = await readSource(ref, doc.uri, this.snapshots);
    if (source.uri.toString() === doc.uri.toString()) throw new Error('A draft cannot be compared with itself.');
    const client = await this.ensureClient();
    this.active.set(doc.uri.toString(), { ref, sourceUri: source.uri });
    this.watchSource(source.uri);
    const params: PairParams = {
      draftUri: doc.uri.toString(),
      source: { uri: source.uri.toString(), label: source.label, text: source.text },
      accepted: await this.acceptedFor(doc.uri),
    };
    await client.sendNotification(PAIR_NOTIFICATION, params);
    this.refreshStatus();
  }

  private watchSource(uri: vscode.Uri): void {
    const key = uri.toString();
    if (uri.scheme !== 'file' || this.sourceWatchers.has(key)) return;
    const dir = vscode.Uri.joinPath(uri, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, uri.path.split('/').pop()!));
    // An open editor's text wins over the file (it is what the user sees); onDidChangeTextDocument covers it.
    const changed = () => {
      if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) this.sourceChanged(uri);
    };
    watcher.onDidChange(changed);
    watcher.onDidCreate(changed);
    this.sourceWatchers.set(key, watcher);
  }

  async unpair(draft: vscode.Uri): Promise<void> {
    this.active.delete(draft.toString());
    this.counts.delete(draft.toString());
    await this.store.remember(draft, undefined);
    const params: PairParams = { draftUri: draft.toString(), source: null, accepted: [] };
    await this.client?.sendNotification(PAIR_NOTIFICATION, params);
    this.refreshStatus();
  }

  /** Pairs an opened draft if it has a remembered, front-matter or faithful.json pairing. */
  async consider(doc: vscode.TextDocument): Promise<void> {
    if (!DRAFT_LANGUAGES.has(doc.languageId) || doc.uri.scheme === SOURCE_SCHEME) return;
    const ref = await findPairing(this.store, doc);
    if (!ref) return;
    try {
      await this.pair(doc, ref);
    } catch (e) {
      void vscode.window.showWarningMessage(`Faithful: ${vscode.workspace.asRelativePath(doc.uri)} is paired with a source that cannot be read: ${(e as Error).message}`);
    }
  }

  private readonly sourceTimers = new Map<string, NodeJS.Timeout>();

  /**
   * A source changed (typed in another editor, or on disk): re-send it to its drafts, once the
   * typing pauses (the whole text goes to the server each time).
   */
  sourceChanged(uri: vscode.Uri): void {
    const key = uri.toString();
    if (![...this.active.values()].some((a) => a.sourceUri.toString() === key)) return;
    clearTimeout(this.sourceTimers.get(key));
    const delay = vscode.workspace.getConfiguration('faithful').get<number>('debounceMs', 250);
    this.sourceTimers.set(key, setTimeout(() => {
      this.sourceTimers.delete(key);
      void this.resendSource(uri);
    }, delay));
  }

  private async resendSource(uri: vscode.Uri): Promise<void> {
    for (const [draft, a] of this.active) {
      if (a.sourceUri.toString() !== uri.toString()) continue;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === draft);
      if (doc) await this.pair(doc, a.ref).catch(() => undefined);
    }
  }

  private async acceptedFor(draft: vscode.Uri): Promise<AcceptedChange[]> {
    const root = workspaceRoot(draft);
    if (!root) return this.context.workspaceState.get<AcceptedChange[]>(`faithful.accepted:${draft.toString()}`, []);
    const { config } = await readConfig(root);
    return acceptedFor(config, vscode.workspace.asRelativePath(draft, false));
  }

  async accept(args: AcceptArgs): Promise<void> {
    const draft = vscode.Uri.parse(args.draftUri);
    const root = workspaceRoot(draft);
    if (root) {
      const file = vscode.Uri.joinPath(root, 'faithful.json');
      const { text } = await readConfig(root);
      const next = withAccepted(text, { draft: vscode.workspace.asRelativePath(draft, false), ...args.change });
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(next));
    } else {
      // Untitled or outside the workspace: remembered for this workspace only.
      const key = `faithful.accepted:${draft.toString()}`;
      const list = this.context.workspaceState.get<AcceptedChange[]>(key, []);
      await this.context.workspaceState.update(key, [...list, args.change]);
    }
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.draftUri);
    const a = this.active.get(args.draftUri);
    if (doc && a) await this.pair(doc, a.ref);
  }

  async showSource(args: ShowSourceArgs): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.sourceUri));
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false });
    const range = new vscode.Range(doc.positionAt(args.start), doc.positionAt(args.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    editor.setDecorations(this.highlight, [range]);
  }

  /** Moves the cursor to the next (or previous) Faithful finding in the active draft. */
  walk(direction: 1 | -1): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const diags = vscode.languages.getDiagnostics(editor.document.uri)
      .filter((d) => d.source === 'Faithful')
      .sort((a, b) => a.range.start.compareTo(b.range.start));
    if (diags.length === 0) {
      void vscode.window.showInformationMessage('Faithful: no changed claims in this draft.');
      return;
    }
    // From the start of the current selection going back, from its end going forward.
    const here = direction === 1 ? editor.selection.end : editor.selection.start;
    const next = direction === 1
      ? diags.find((d) => d.range.start.isAfter(here)) ?? diags[0]!
      : [...diags].reverse().find((d) => d.range.start.isBefore(here)) ?? diags[diags.length - 1]!;
    editor.selection = new vscode.Selection(next.range.start, next.range.end);
    editor.revealRange(next.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  isPaired(uri: vscode.Uri): boolean {
    return this.active.has(uri.toString());
  }

  refreshStatus(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const key = doc?.uri.toString();
    this.status.show(key && this.active.has(key) ? this.counts.get(key) ?? null : undefined);
  }

  async sendSettings(): Promise<void> {
    await this.client?.sendNotification(SETTINGS_NOTIFICATION, readSettings());
  }

  dispose(): void {
    this.highlight.dispose();
    for (const w of this.sourceWatchers.values()) w.dispose();
    for (const t of this.sourceTimers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
    void this.client?.stop();
  }
}

export function readSettings(): SettingsParams {
  const config = vscode.workspace.getConfiguration('faithful');
  const severity: Partial<Record<Kind, SeveritySetting>> = {};
  for (const kind of KINDS) {
    const value = config.get<SeveritySetting | 'default'>(`severity.${kind}`, 'default');
    if (value !== 'default') severity[kind] = value;
  }
  return { severity, debounceMs: config.get<number>('debounceMs', 250) };
}

function draftOf(uri?: vscode.Uri): vscode.TextDocument | undefined {
  if (uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return vscode.window.activeTextEditor?.document;
}

export function activate(context: vscode.ExtensionContext): FaithfulController {
  const snapshots = new SnapshotProvider();
  const status = new StatusBar();
  const store = new PairingStore(context.workspaceState);
  const controller = new FaithfulController(context, store, snapshots, status);
  const report = (e: unknown) => void vscode.window.showErrorMessage(`Faithful: ${(e as Error).message}`);
  /** An explicit choice: pair now and remember it for this workspace; a failure is reported, not thrown. */
  const pairAndRemember = async (doc: vscode.TextDocument, ref: SourceRef) => {
    try {
      await controller.pair(doc, ref);
      await store.remember(doc.uri, ref);
    } catch (e) {
      report(e);
    }
  };

  context.subscriptions.push(
    controller,
    status,
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, snapshots),
    // (draft?, source?): from the explorer or title bar the draft comes as an argument; other
    // extensions and tests may also pass the source and skip the picker.
    vscode.commands.registerCommand(COMMANDS.compareWithSource, async (uri?: vscode.Uri, sourceUri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : draftOf();
      if (!doc) return void vscode.window.showWarningMessage('Faithful: open the draft first, then compare it with its source.');
      const ref: SourceRef | undefined = sourceUri ? { kind: 'file', uri: sourceUri.toString() } : await chooseSource(doc);
      if (ref) await pairAndRemember(doc, ref);
    }),
    vscode.commands.registerCommand(COMMANDS.compareWithGitHead, async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : draftOf();
      if (!doc) return void vscode.window.showWarningMessage('Faithful: open the draft first.');
      await pairAndRemember(doc, { kind: 'git', ref: 'HEAD' });
    }),
    vscode.commands.registerCommand(COMMANDS.stopComparing, async (uri?: vscode.Uri) => {
      const doc = draftOf(uri);
      if (doc) await controller.unpair(doc.uri);
    }),
    vscode.commands.registerCommand(COMMANDS.nextChange, () => controller.walk(1)),
    vscode.commands.registerCommand(COMMANDS.previousChange, () => controller.walk(-1)),
    vscode.commands.registerCommand(COMMANDS.acceptChange, (args: AcceptArgs) => controller.accept(args).catch(report)),
    vscode.commands.registerCommand(COMMANDS.showSource, (args: ShowSourceArgs) => controller.showSource(args).catch(report)),
    vscode.commands.registerCommand(COMMANDS.statusMenu, async () => {
      const doc = draftOf();
      if (!doc) return;
      const pick = await vscode.window.showQuickPick(['Change source…', 'Stop comparing'], { title: 'Faithful' });
      if (pick === 'Change source…') await vscode.commands.executeCommand(COMMANDS.compareWithSource, doc.uri);
      if (pick === 'Stop comparing') await controller.unpair(doc.uri);
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => void controller.consider(doc)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) controller.sourceChanged(e.document.uri);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => controller.refreshStatus()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('faithful')) void controller.sendSettings();
    }),
  );
  // faithful.json can pair drafts and accept changes: re-read it when it changes.
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/faithful.json');
  const reconsider = () => {
    for (const doc of vscode.workspace.textDocuments) void controller.consider(doc);
  };
  context.subscriptions.push(configWatcher, configWatcher.onDidChange(reconsider), configWatcher.onDidCreate(reconsider), configWatcher.onDidDelete(reconsider));
  for (const doc of vscode.workspace.textDocuments) void controller.consider(doc);
  return controller;
}

export function deactivate(): void {
  // Disposables registered in activate() stop the language client.
}
