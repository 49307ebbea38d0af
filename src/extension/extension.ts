// The Faithful extension: pairs drafts with sources and hands them to the language server,
// which does the analysis in its own process. This file wires commands, the status bar and
// the pairing life cycle (a source deleted, renamed, emptied or put back; front matter edited;
// a draft closed); it never analyses text itself.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { KINDS, type AcceptedChange, type Kind } from '../core/types';
import { acceptedFor, disabledByFrontMatter, frontMatterField, withAccepted, withoutAccepted, type AcceptedEntry } from '../shared/faithfulConfig';
import { serverEnvironment } from '../shared/serverEnvironment';
import { readPageAssets } from '../comparison/assets';
import { renderHtmlReport } from '../comparison/html';
import { formatMarkdown } from '../comparison/markdown';
import type { ComparisonModel } from '../comparison/model';
import {
  COMMANDS,
  COMPARISON_REQUEST,
  COUNTS_NOTIFICATION,
  PAIR_NOTIFICATION,
  SETTINGS_NOTIFICATION,
  type AcceptArgs,
  type ComparisonParams,
  type ComparisonResponse,
  type CountsParams,
  type OpenComparisonArgs,
  type PairParams,
  type SettingsParams,
  type SeveritySetting,
  type ShowSourceArgs,
} from '../shared/protocol';
import { chooseSource } from './chooseSource';
import { ComparisonPanels } from './comparisonPanel';
import { Notices } from './notices';
import { ConfigReader, findPairing, PairingStore, workspaceRoot, type PairingOrigin } from './pairings';
import { ServerRestarts } from './serverRestarts';
import { SourceBeside } from './sourceBeside';
import { readSource, SnapshotProvider, SOURCE_SCHEME, SourceProblem, type SourceRef } from './sources';
import { StatusBar, type StatusState } from './statusBar';

const DRAFT_LANGUAGES = new Set(['markdown', 'plaintext']);
/** Documents that are never drafts: Faithful's own read-only copies, Git's versions (quick diff), output. */
const NOT_DRAFTS = new Set([SOURCE_SCHEME, 'git', 'output']);
/** Context key: the focused editor is a draft being compared (key bindings, title-bar button). */
const PAIRED_CONTEXT = 'faithful.pairedDraft';

interface Active {
  readonly ref: SourceRef;
  readonly origin: PairingOrigin;
  /** The source's document (for a file source, the file, even while it is missing). */
  readonly sourceUri: vscode.Uri;
  readonly label: string;
  /** Why the draft is not checked now (source missing, empty, binary); diagnostics are cleared meanwhile. */
  readonly problem?: string;
}

/** An accept that can still be undone. */
interface LastAccept {
  readonly draftUri: string;
  readonly changes: readonly AcceptedChange[];
  readonly label: string;
}

export interface MenuItem {
  readonly label: string;
  readonly command: string;
  readonly args?: unknown[];
}

/** How often the paired source files are looked at directly, beside their watchers. */
const SOURCE_POLL_MS = 2000;

export class FaithfulController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly restarts = new ServerRestarts();
  /** Set when the server stopped and is being restarted: its pairings are sent again once it runs. */
  private restarting = false;
  private readonly active = new Map<string, Active>();
  /** One watcher per source file, for edits, deletions and re-creations outside VS Code. */
  private readonly sourceWatchers = new Map<string, vscode.FileSystemWatcher>();
  private readonly counts = new Map<string, CountsParams>();
  /** The problem last told to the user per draft, so it is said once, not on every check. */
  private readonly told = new Map<string, string>();
  /** The front matter each Markdown draft was last paired from, to notice edits to it. */
  private readonly frontSeen = new Map<string, string>();
  private readonly frontTimers = new Map<string, NodeJS.Timeout>();
  private readonly sourceTimers = new Map<string, NodeJS.Timeout>();
  /**
   * File watchers can miss an event (one that comes before the watch is ready, a network or
   * container file system): every few seconds the paired source files are looked at directly,
   * so a deleted source is noticed and a restored one pairs again whatever the watcher said.
   */
  private readonly sourcePoll = setInterval(() => void this.pollSources(), SOURCE_POLL_MS);
  private readonly missingSources = new Set<string>();
  private readonly pairingDiagnostics = vscode.languages.createDiagnosticCollection('faithful-pairing');
  private lastAccept: LastAccept | undefined;
  private lastDraft: string | undefined;
  /** How many times the user paired each draft by choice: consider() leaves alone such a pairing made while it looked. */
  private readonly pairCount = new Map<string, number>();
  /**
   * Drafts whose source the user is choosing right now (paired, not yet remembered). A look at
   * the pairings made in that window (faithful.json changed, the draft reopened) would find no
   * remembered choice and undo the one being made: consider() leaves such a draft alone.
   */
  private readonly choosing = new Map<string, number>();
  /**
   * The latest pairing asked for each draft: a pairing still reading its source when a newer one
   * starts (a rename followed while the source poll re-pairs the old path) is dropped, so the
   * newest request wins whatever order the reads finish in.
   */
  private readonly latestPairing = new Map<string, { readonly ref: SourceRef }>();

  /** The aligned comparison webviews, one per draft. */
  readonly comparisons: ComparisonPanels;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly store: PairingStore,
    private readonly configs: ConfigReader,
    private readonly snapshots: SnapshotProvider,
    private readonly status: StatusBar,
    readonly notices: Notices,
    readonly beside: SourceBeside,
  ) {
    this.comparisons = new ComparisonPanels(context.extensionUri, {
      model: (draft) => this.comparisonModel(draft),
      revoke: (draft, change) => this.revoke(draft, change),
      exportComparison: async (draft) => {
        await this.exportComparison(draft);
      },
      sourceUri: (draft) => this.active.get(draft.toString())?.sourceUri,
    });
  }

  private async ensureClient(): Promise<LanguageClient> {
    if (this.client) return this.client;
    const module = this.context.asAbsolutePath('dist/server.js');
    // Without NODE_EXTRA_CA_CERTS, which costs every Node start 40-50 ms and the server never uses (shared/serverEnvironment.ts).
    const options = { env: serverEnvironment() };
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options },
      debug: { module, transport: TransportKind.ipc, options },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: 'markdown' }, { language: 'plaintext' }],
      initializationOptions: {
        clientManagesPairs: true,
        settings: readSettings(),
        docsUrl: kindsDocUri(this.context.extensionUri).toString(),
      },
      diagnosticCollectionName: 'faithful',
      // The server's log goes to the same "Faithful" channel as the extension's own messages.
      outputChannel: this.notices.channel,
      // A server that stops is restarted, and the user told once (serverRestarts.ts).
      errorHandler: {
        error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
        closed: () => {
          const decision = this.restarts.crashed(Date.now());
          if (decision.tell) void (decision.restart ? this.notices.warn(decision.tell) : this.notices.error(decision.tell));
          this.restarting = decision.restart;
          return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
        },
      },
    };
    const client = new LanguageClient('faithful', 'Faithful', serverOptions, clientOptions);
    this.client = client;
    // A restarted server knows no pairings: send every draft's again once it runs.
    client.onDidChangeState((e) => {
      if (e.newState !== State.Running || !this.restarting) return;
      this.restarting = false;
      void this.pairAllAgain();
    });
    await client.start();
    client.onNotification(COUNTS_NOTIFICATION, (c: CountsParams) => {
      if (!this.active.has(c.draftUri)) return;
      // Say a problem once, not on every keystroke; the status bar keeps showing it.
      if (c.problem && this.counts.get(c.draftUri)?.problem !== c.problem) void this.notices.warn(c.problem);
      this.counts.set(c.draftUri, c);
      this.refreshStatus();
      this.comparisons.checked(c.draftUri);
    });
    return client;
  }

  /**
   * Pairs (or re-pairs, after a change) a draft and sends the source text to the server. A source
   * that cannot be compared with leaves the draft paired but unchecked, with the reason in the
   * status bar, and throws the SourceProblem for the caller to show.
   */
  async pair(doc: vscode.TextDocument, ref: SourceRef, origin: PairingOrigin): Promise<void> {
    const key = doc.uri.toString();
    if (origin === 'remembered') this.pairCount.set(key, (this.pairCount.get(key) ?? 0) + 1);
    const intended = ref.kind === 'file' ? vscode.Uri.parse(ref.uri) : undefined;
    if (intended?.toString() === key) throw new SourceProblem('a draft cannot be compared with itself');
    const ticket = { ref };
    this.latestPairing.set(key, ticket);
    const stale = () => this.latestPairing.get(key) !== ticket;
    if (intended) this.watchSource(intended);
    // The source is read while the language server starts, not after (the first pairing of a
    // session starts the server).
    const starting = this.ensureClient();
    // (A source that cannot be read throws first: the start's failure, if any, is met by the next pairing.)
    starting.catch(() => undefined);
    let source;
    try {
      source = await readSource(ref, doc.uri, this.snapshots);
    } catch (e) {
      if (stale()) return;
      if (!(e instanceof SourceProblem) || !intended) throw e;
      const client = await starting;
      if (stale()) return;
      this.active.set(key, { ref, origin, sourceUri: intended, label: intended.path.split('/').pop()!, problem: e.message });
      this.counts.delete(key);
      await client.sendNotification(PAIR_NOTIFICATION, { draftUri: key, source: null, accepted: [] } satisfies PairParams);
      this.refreshStatus();
      throw e;
    }
    if (stale()) return;
    const client = await starting;
    if (stale()) return;
    const was = this.active.get(key);
    this.active.set(key, { ref, origin, sourceUri: source.uri, label: source.label });
    if (was?.problem || was?.sourceUri.toString() !== source.uri.toString()) this.counts.delete(key);
    this.told.delete(key);
    this.pairingDiagnostics.delete(doc.uri);
    const params: PairParams = {
      draftUri: key,
      source: { uri: source.uri.toString(), label: source.label, text: source.text },
      accepted: await this.acceptedFor(doc.uri),
    };
    if (stale()) return;
    await client.sendNotification(PAIR_NOTIFICATION, params);
    this.refreshStatus();
  }

  /** Every compared draft paired again (after a server restart), with the current settings. */
  private async pairAllAgain(): Promise<void> {
    await this.sendSettings();
    for (const [draft, a] of [...this.active]) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === draft);
      if (!doc) continue;
      this.counts.delete(draft);
      await this.pair(doc, a.ref, a.origin).catch((e) => this.sourceTrouble(doc, (e as Error).message, a.origin));
    }
  }

  private watchSource(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.sourceWatchers.has(key) || uri.scheme === SOURCE_SCHEME || uri.scheme === 'untitled') return;
    const dir = vscode.Uri.joinPath(uri, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, uri.path.split('/').pop()!));
    // An open editor's text wins over the file (it is what the user sees); onDidChangeTextDocument covers it.
    watcher.onDidChange(() => {
      if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) this.sourceChanged(uri);
    });
    // Put back after a deletion (or created at last): pair again.
    watcher.onDidCreate(() => this.sourceChanged(uri, true));
    watcher.onDidDelete(() => void this.sourceDeleted(uri));
    this.sourceWatchers.set(key, watcher);
  }

  /** Stops comparing a draft. `stop`: the user's choice, remembered so no automatic pairing brings it back. */
  async unpair(draft: vscode.Uri, stop: boolean): Promise<void> {
    const key = draft.toString();
    // A pairing still reading its source when the user stops comparing becomes stale, so it
    // cannot pair the draft again when its read completes.
    this.latestPairing.delete(key);
    this.comparisons.close(key);
    this.active.delete(key);
    this.counts.delete(key);
    this.told.delete(key);
    this.pairingDiagnostics.delete(draft);
    this.beside.clearFor(key);
    if (stop) {
      await this.store.remember(draft, undefined);
      await this.store.setStopped(draft, true);
    }
    const params: PairParams = { draftUri: key, source: null, accepted: [] };
    await this.client?.sendNotification(PAIR_NOTIFICATION, params);
    this.refreshStatus();
  }

  /** Pairs an opened (or edited) draft if it has a remembered, front-matter or faithful.json pairing. */
  async consider(doc: vscode.TextDocument): Promise<void> {
    if (!DRAFT_LANGUAGES.has(doc.languageId) || NOT_DRAFTS.has(doc.uri.scheme)) return;
    const key = doc.uri.toString();
    if (doc.languageId === 'markdown') this.frontSeen.set(key, frontMatterSignature(doc));
    if (this.choosing.has(key)) return;
    const pairedBefore = this.pairCount.get(key);
    const found = await findPairing(this.store, this.configs, doc);
    // Paired while faithful.json was read (the user picked a source, say the clipboard, whose
    // choice is remembered only once the pairing is made): that pairing stands.
    if (this.choosing.has(key) || this.pairCount.get(key) !== pairedBefore) return;
    if (found.kind !== 'paired') {
      // Front matter or faithful.json no longer pair it (or turn it off): stop quietly.
      if (this.active.has(key)) await this.unpair(doc.uri, false);
      this.pairingDiagnostics.delete(doc.uri);
      return;
    }
    try {
      await this.pair(doc, found.ref, found.origin);
    } catch (e) {
      this.sourceTrouble(doc, (e as Error).message, found.origin, found.at);
    }
  }

  /**
   * Says why a draft is not checked: on the front matter's `source:` line when that is where the
   * source is named, otherwise once as a notification with the ways out.
   */
  private sourceTrouble(doc: vscode.TextDocument, message: string, origin: PairingOrigin, at?: { start: number; end: number }): void {
    const key = doc.uri.toString();
    if (origin === 'frontMatter') {
      const field = at ?? frontMatterField(doc.getText(), 'source');
      if (field) {
        const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(field.start), doc.positionAt(field.end)), `Faithful: ${message}. Correct the path in "source:" or remove it.`, vscode.DiagnosticSeverity.Warning);
        d.source = 'Faithful';
        d.code = 'source';
        this.pairingDiagnostics.set(doc.uri, [d]);
      }
      return;
    }
    if (this.told.get(key) === message) return;
    this.told.set(key, message);
    const name = vscode.workspace.asRelativePath(doc.uri);
    void this.notices.warn(`${name} is not checked: ${message}.`, 'Choose Source…', 'Stop Comparing').then((pick) => {
      if (pick === 'Choose Source…') void vscode.commands.executeCommand(COMMANDS.compareWithSource, doc.uri);
      if (pick === 'Stop Comparing') void this.unpair(doc.uri, true);
    });
  }

  /**
   * Starts the language server ahead of a pairing that is coming (while the user picks a source
   * in Compare with Source…), so that the draft's first check does not wait for it to start: by
   * the time a source is picked the server has answered `initialize`, read the engine's data and
   * (a second on) warmed its analysis thread. A failure is left to the pairing to report.
   */
  prepare(): void {
    this.ensureClient().catch(() => undefined);
  }

  /**
   * The user's explicit choice of a source: pairs the draft, then remembers the choice for this
   * workspace (only a pairing that was made is remembered). Throws what pair() throws.
   */
  async choose(doc: vscode.TextDocument, ref: SourceRef): Promise<void> {
    const key = doc.uri.toString();
    this.choosing.set(key, (this.choosing.get(key) ?? 0) + 1);
    try {
      await this.pair(doc, ref, 'remembered');
      await this.store.remember(doc.uri, ref);
    } finally {
      const left = this.choosing.get(key)! - 1;
      if (left > 0) this.choosing.set(key, left);
      else this.choosing.delete(key);
    }
  }

  /** A draft closed: its problems go (as ESLint's do); the pairing comes back when it is reopened. */
  async closed(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    this.frontSeen.delete(key);
    this.pairingDiagnostics.delete(doc.uri);
    if (this.active.has(key)) await this.unpair(doc.uri, false);
  }

  /** A Markdown draft was edited: if its front matter now names another source (or none, or off), pair again. */
  frontMatterMaybeChanged(doc: vscode.TextDocument): void {
    if (doc.languageId !== 'markdown' || NOT_DRAFTS.has(doc.uri.scheme)) return;
    const key = doc.uri.toString();
    const now = frontMatterSignature(doc);
    if (this.frontSeen.get(key) === now) return;
    this.frontSeen.set(key, now);
    clearTimeout(this.frontTimers.get(key));
    this.frontTimers.set(key, setTimeout(() => {
      this.frontTimers.delete(key);
      void this.consider(doc);
    }, debounceMs()));
  }

  /**
   * A source changed (typed in another editor, or on disk, or put back): re-send it to its drafts,
   * once the typing pauses (the whole text goes to the server each time).
   */
  sourceChanged(uri: vscode.Uri, evenWithProblem = false): void {
    const key = uri.toString();
    if (![...this.active.values()].some((a) => a.sourceUri.toString() === key && (evenWithProblem || a.ref.kind === 'file'))) return;
    clearTimeout(this.sourceTimers.get(key));
    this.sourceTimers.set(key, setTimeout(() => {
      this.sourceTimers.delete(key);
      void this.resendSource(uri);
    }, debounceMs()));
  }

  private async resendSource(uri: vscode.Uri): Promise<void> {
    for (const [draft, a] of [...this.active]) {
      if (a.sourceUri.toString() !== uri.toString()) continue;
      // A newer pairing was asked for meanwhile (the source renamed and followed): leave it be.
      const latest = this.latestPairing.get(draft);
      if (latest && latest.ref !== a.ref) continue;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === draft);
      if (!doc) continue;
      try {
        await this.pair(doc, a.ref, a.origin);
      } catch (e) {
        this.sourceTrouble(doc, (e as Error).message, a.origin);
      }
    }
  }

  private polling = false;

  private async pollSources(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const sources = new Map<string, { uri: vscode.Uri; problem: boolean }>();
      for (const a of this.active.values()) {
        if (a.sourceUri.scheme !== 'file') continue;
        const prev = sources.get(a.sourceUri.toString());
        sources.set(a.sourceUri.toString(), { uri: a.sourceUri, problem: (prev?.problem ?? false) || !!a.problem });
      }
      for (const [key, { uri, problem }] of sources) {
        let exists = true;
        try {
          await vscode.workspace.fs.stat(uri);
        } catch {
          exists = false;
        }
        if (!exists) {
          const first = !this.missingSources.has(key);
          this.missingSources.add(key);
          if (first && !problem) await this.sourceDeleted(uri);
        } else if (exists && this.missingSources.has(key)) {
          this.missingSources.delete(key);
          await this.resendSource(uri);
        }
      }
    } finally {
      this.polling = false;
    }
  }

  /** The source file went away: its drafts stop being checked against a stale copy, and say why. */
  private async sourceDeleted(uri: vscode.Uri): Promise<void> {
    // A deletion event can arrive late, after the file was put back.
    try {
      await vscode.workspace.fs.stat(uri);
      return;
    } catch {
      /* really gone */
    }
    await this.resendSource(uri);
  }

  /** Files renamed or moved in VS Code (F2, drag and drop): remembered pairings follow them. */
  async renamed(files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      await this.store.renamed(oldUri, newUri);
      const from = oldUri.toString();
      for (const [draft, a] of [...this.active]) {
        const src = a.sourceUri.toString();
        if (a.ref.kind !== 'file' || (src !== from && !src.startsWith(`${from}/`))) continue;
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === draft);
        if (!doc) continue;
        if (a.origin === 'remembered') {
          const ref: SourceRef = { kind: 'file', uri: newUri.toString() + src.slice(from.length) };
          await this.pair(doc, ref, 'remembered').catch((e) => this.sourceTrouble(doc, (e as Error).message, 'remembered'));
        } else {
          // Front matter and faithful.json name the old path; Faithful does not edit them: say so.
          await this.consider(doc);
        }
      }
    }
  }

  private async acceptedFor(draft: vscode.Uri): Promise<AcceptedChange[]> {
    const root = workspaceRoot(draft);
    if (!root) return this.context.workspaceState.get<AcceptedChange[]>(`faithful.accepted:${draft.toString()}`, []);
    const { config } = await this.configs.read(root);
    return acceptedFor(config, vscode.workspace.asRelativePath(draft, false));
  }

  /** Records (or, with `undo`, removes) accepted changes: in faithful.json, or for untitled drafts in the workspace state. */
  private async recordAccepted(draft: vscode.Uri, changes: readonly AcceptedChange[], undo: boolean): Promise<string> {
    const root = workspaceRoot(draft);
    if (root) {
      const file = vscode.Uri.joinPath(root, 'faithful.json');
      const read = await this.configs.read(root);
      if (read.invalid) throw new Error(`${vscode.workspace.asRelativePath(file)} is not valid, so Faithful did not change it: ${read.invalid}. Fix the file, then try again.`);
      const entries: AcceptedEntry[] = changes.map((c) => ({ draft: vscode.workspace.asRelativePath(draft, false), ...c }));
      const next = undo ? withoutAccepted(read.text, ...entries) : withAccepted(read.text, ...entries);
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(next));
      return vscode.workspace.asRelativePath(file);
    }
    // Untitled or outside the workspace: remembered for this workspace only.
    const key = `faithful.accepted:${draft.toString()}`;
    const list = this.context.workspaceState.get<AcceptedChange[]>(key, []);
    const same = (a: AcceptedChange, b: AcceptedChange) => a.kind === b.kind && a.rewriteText === b.rewriteText && a.sourceText === b.sourceText;
    await this.context.workspaceState.update(key, undo ? list.filter((a) => !changes.some((c) => same(a, c))) : [...list, ...changes]);
    return 'this workspace';
  }

  private async recheck(draftUri: string): Promise<void> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === draftUri);
    const a = this.active.get(draftUri);
    if (doc && a) await this.pair(doc, a.ref, a.origin);
  }

  async accept(args: AcceptArgs): Promise<void> {
    const draft = vscode.Uri.parse(args.draftUri);
    const changes = [args.change, ...(args.more ?? [])];
    const where = await this.recordAccepted(draft, changes, false);
    const label = args.label ?? `${args.change.kind} change`;
    this.lastAccept = { draftUri: args.draftUri, changes, label };
    await this.recheck(args.draftUri);
    this.notices.confirm(`accepted ${label} (recorded in ${where})`);
    void vscode.window.showInformationMessage(`Faithful: accepted ${label}, recorded in ${where}.`, 'Undo').then((pick) => {
      if (pick === 'Undo') void vscode.commands.executeCommand(COMMANDS.undoAccept);
    });
  }

  /** Takes back the last accept: the finding shows again and faithful.json no longer lists it. */
  async undoAccept(): Promise<void> {
    const last = this.lastAccept;
    if (!last) {
      void this.notices.info('there is no accepted change to undo in this session.');
      return;
    }
    this.lastAccept = undefined;
    const where = await this.recordAccepted(vscode.Uri.parse(last.draftUri), last.changes, true);
    await this.recheck(last.draftUri);
    this.notices.confirm(`took back the accepted ${last.label} (removed from ${where})`);
  }

  canUndoAccept(): boolean {
    return this.lastAccept !== undefined;
  }

  /** Revoke: an accepted change is removed from faithful.json (or this workspace's memory) and reported again. */
  async revoke(draft: vscode.Uri, change: AcceptedChange): Promise<void> {
    const where = await this.recordAccepted(draft, [change], true);
    await this.recheck(draft.toString());
    this.notices.confirm(`revoked the accepted ${change.kind} change (removed from ${where})`);
  }

  /** The draft's aligned comparison from the server's last check, or why there is none. */
  async comparisonModel(draft: vscode.Uri): Promise<ComparisonModel | string> {
    if (!this.active.has(draft.toString())) return 'This draft is not compared with a source.';
    const client = await this.ensureClient();
    const params: ComparisonParams = { draftUri: draft.toString(), draftLabel: vscode.workspace.asRelativePath(draft, false) };
    const response = await client.sendRequest<ComparisonResponse>(COMPARISON_REQUEST, params);
    return response.model ?? response.problem;
  }

  /** Opens the comparison beside the draft; a draft not yet paired is paired first. */
  async openComparison(draft: vscode.Uri, findingId?: string): Promise<void> {
    if (!this.active.has(draft.toString())) {
      await vscode.commands.executeCommand(COMMANDS.compareWithSource, draft);
      if (!this.active.has(draft.toString())) return;
    }
    await this.comparisons.open(draft, findingId);
  }

  /** Saves the comparison as a self-contained HTML page, or a Markdown summary when the name ends in .md. */
  async exportComparison(draft: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const model = await this.comparisonModel(draft);
    if (typeof model === 'string') throw new Error(model);
    const name = draft.path.split('/').pop()!.replace(/\.[^.]*$/, '');
    target ??= await vscode.window.showSaveDialog({
      title: 'Export Comparison',
      defaultUri: vscode.Uri.joinPath(draft, '..', `${name}.comparison.html`),
      filters: { 'HTML page': ['html'], 'Markdown summary': ['md'] },
      saveLabel: 'Export',
    });
    if (!target) return undefined;
    const text = /\.(md|markdown)$/i.test(target.path)
      ? formatMarkdown([model])
      : renderHtmlReport([model], readPageAssets(this.context.extensionPath), { generator: `Exported by Faithful ${this.context.extension.packageJSON.version}` });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    return target;
  }

  /** The draft's accepted changes in a picker, each with a Revoke button; picking one opens the comparison. */
  async showAcceptedChanges(draft: vscode.Uri): Promise<void> {
    const list = await this.acceptedFor(draft);
    if (list.length === 0) {
      void this.notices.info(`no accepted changes for ${vscode.workspace.asRelativePath(draft)}.`);
      return;
    }
    const revokeButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('discard'), tooltip: 'Revoke: report this change again' };
    const quote = (t: string | null) => (t === null ? '(nothing)' : `"${t.replace(/\s+/g, ' ').slice(0, 80)}"`);
    type Item = vscode.QuickPickItem & { change: AcceptedChange };
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = `Accepted changes in ${vscode.workspace.asRelativePath(draft)}`;
    pick.placeholder = 'Pick one to see the comparison; the button revokes it';
    pick.items = list.map((change) => ({ label: change.kind, description: `${quote(change.sourceText)} → ${quote(change.rewriteText)}`, buttons: [revokeButton], change }));
    pick.onDidTriggerItemButton(async ({ item }) => {
      await this.revoke(draft, item.change);
      pick.items = pick.items.filter((i) => i !== item);
      if (pick.items.length === 0) pick.hide();
    });
    pick.onDidAccept(() => {
      pick.hide();
      void this.openComparison(draft);
    });
    pick.onDidHide(() => pick.dispose());
    pick.show();
  }

  async showSource(args: ShowSourceArgs): Promise<void> {
    const draft = args.draftUri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.draftUri) : undefined;
    await this.beside.show(args, draft?.languageId);
  }

  /** From the palette or the menu: the active draft's source, at the finding under the cursor (or the top). */
  async showSourceHere(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const a = editor && this.active.get(editor.document.uri.toString());
    if (!editor || !a || a.problem) return void this.notices.info('open a draft that is compared with a source first.');
    const here = vscode.languages.getDiagnostics(editor.document.uri)
      .find((d) => d.source === 'Faithful' && d.range.contains(editor.selection.active) && d.relatedInformation?.length)
      ?.relatedInformation![0]!.location;
    let start = 0;
    let end = 0;
    if (here && here.uri.toString() === a.sourceUri.toString()) {
      const source = await vscode.workspace.openTextDocument(a.sourceUri);
      start = source.offsetAt(here.range.start);
      end = source.offsetAt(here.range.end);
    }
    await this.showSource({ sourceUri: a.sourceUri.toString(), start, end, draftUri: editor.document.uri.toString() });
  }

  /**
   * Moves the selection to the next (or previous) Faithful finding in the active draft, in order
   * of start then end, so a finding nested in a longer one is visited too. Returns the range it
   * moved to, or undefined (after saying why).
   */
  walk(direction: 1 | -1): vscode.Range | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const key = editor.document.uri.toString();
    const a = this.active.get(key);
    const name = vscode.workspace.asRelativePath(editor.document.uri);
    if (!a) {
      void this.notices.info(`${name} is not compared with a source yet. Pair it first.`, 'Compare with Source…').then((pick) => {
        if (pick) void vscode.commands.executeCommand(COMMANDS.compareWithSource, editor.document.uri);
      });
      return undefined;
    }
    if (a.problem) {
      void this.notices.warn(`${name} is not checked: ${a.problem}.`);
      return undefined;
    }
    const order = (x: vscode.Range, y: vscode.Range) => x.start.compareTo(y.start) || x.end.compareTo(y.end);
    const ranges = vscode.languages.getDiagnostics(editor.document.uri)
      .filter((d) => d.source === 'Faithful')
      .map((d) => d.range)
      .sort(order);
    if (ranges.length === 0) {
      void this.notices.info(`no changed claims in ${name}.`);
      return undefined;
    }
    const here = new vscode.Range(editor.selection.start, editor.selection.end);
    const next = direction === 1
      ? ranges.find((r) => order(r, here) > 0) ?? ranges[0]!
      : [...ranges].reverse().find((r) => order(r, here) < 0) ?? ranges[ranges.length - 1]!;
    editor.selection = new vscode.Selection(next.start, next.end);
    editor.revealRange(next, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return next;
  }

  isPaired(uri: vscode.Uri): boolean {
    const a = this.active.get(uri.toString());
    return Boolean(a && !a.problem);
  }

  /** Re-reads every open draft's pairing (faithful.json changed); resolves when done. */
  async reconsiderAll(): Promise<void> {
    await Promise.all(vscode.workspace.textDocuments.map((doc) => this.consider(doc)));
  }

  private statusFor(doc: vscode.TextDocument | undefined): StatusState {
    if (!doc) return { kind: 'hidden' };
    const key = doc.uri.toString();
    const a = this.active.get(key);
    if (a) {
      if (a.problem) return { kind: 'problem', text: `${a.label} cannot be read`, detail: `${a.problem}. Click for the Faithful menu.` };
      const counts = this.counts.get(key);
      return counts ? { kind: 'counts', counts } : { kind: 'checking', sourceLabel: a.label };
    }
    // The source itself is focused: show the draft it is the source of (the last one worked on).
    const drafts = [...this.active].filter(([, s]) => s.sourceUri.toString() === key && !s.problem).map(([d]) => d);
    if (drafts.length === 0) return { kind: 'hidden' };
    const draft = drafts.includes(this.lastDraft ?? '') ? this.lastDraft! : drafts[0]!;
    const name = decodeURIComponent(draft.split('/').pop()!);
    const sourceOf = drafts.length > 1 ? `${name} and ${drafts.length - 1} more` : name;
    const counts = this.counts.get(draft);
    return counts ? { kind: 'counts', counts, sourceOf } : { kind: 'checking', sourceLabel: this.active.get(draft)!.label, sourceOf };
  }

  refreshStatus(): void {
    const editor = vscode.window.activeTextEditor;
    // Focus in a panel or a non-text editor: keep showing the last draft's status.
    if (!editor) return;
    const doc = editor.document;
    if (this.active.has(doc.uri.toString())) this.lastDraft = doc.uri.toString();
    this.status.show(this.statusFor(doc));
    void vscode.commands.executeCommand('setContext', PAIRED_CONTEXT, this.isPaired(doc.uri));
  }

  get statusText(): string | undefined {
    return this.status.text;
  }

  /** What the status bar's menu offers for a draft: everything Faithful can do with it. */
  async menuItems(doc: vscode.TextDocument): Promise<MenuItem[]> {
    const paired = this.active.get(doc.uri.toString());
    const items: MenuItem[] = [];
    if (paired && !paired.problem) {
      items.push({ label: '$(arrow-down) Next Change', command: COMMANDS.nextChange });
      items.push({ label: '$(arrow-up) Previous Change', command: COMMANDS.previousChange });
      // The aligned comparison and its report, where this build has them.
      items.push({ label: '$(split-horizontal) Open Comparison', command: COMMANDS.openComparison, args: [doc.uri] });
      items.push({ label: '$(export) Export Comparison…', command: COMMANDS.exportComparison, args: [doc.uri] });
      items.push({ label: '$(checklist) Show Accepted Changes', command: COMMANDS.showAcceptedChanges, args: [doc.uri] });
      items.push({ label: `$(go-to-file) Show Source Side by Side (${paired.label})`, command: COMMANDS.showSource });
    }
    if (this.lastAccept) items.push({ label: `$(discard) Undo Accept: ${this.lastAccept.label}`, command: COMMANDS.undoAccept });
    items.push({ label: paired ? '$(replace) Change Source…' : '$(compare-changes) Compare with Source…', command: COMMANDS.compareWithSource, args: [doc.uri] });
    if (paired) items.push({ label: '$(debug-stop) Stop Comparing', command: COMMANDS.stopComparing, args: [doc.uri] });
    items.push({ label: '$(output) Show Log', command: COMMANDS.showOutput });
    items.push({ label: '$(gear) Settings', command: 'workbench.action.openSettings', args: ['@ext:faithful.faithful'] });
    return items;
  }

  async sendSettings(): Promise<void> {
    await this.client?.sendNotification(SETTINGS_NOTIFICATION, readSettings());
  }

  dispose(): void {
    this.comparisons.dispose();
    this.pairingDiagnostics.dispose();
    for (const w of this.sourceWatchers.values()) w.dispose();
    for (const t of [...this.sourceTimers.values(), ...this.frontTimers.values()]) clearTimeout(t);
    clearInterval(this.sourcePoll);
    void this.client?.stop();
  }
}

/** Where each kind is explained: a page shipped inside the extension, so the link works from the installed .vsix. */
export function kindsDocUri(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media', 'kinds.md');
}

function frontMatterSignature(doc: vscode.TextDocument): string {
  const text = doc.getText();
  return `${frontMatterField(text, 'source')?.value ?? ''}\u0000${disabledByFrontMatter(text)}`;
}

function debounceMs(): number {
  return vscode.workspace.getConfiguration('faithful').get<number>('debounceMs', 250);
}

export function readSettings(): SettingsParams {
  const config = vscode.workspace.getConfiguration('faithful');
  const severity: Partial<Record<Kind, SeveritySetting>> = {};
  for (const kind of KINDS) {
    const value = config.get<SeveritySetting | 'default'>(`severity.${kind}`, 'default');
    if (value !== 'default') severity[kind] = value;
  }
  return { severity, debounceMs: config.get<number>('debounceMs', 250), timeoutSeconds: config.get<number>('timeoutSeconds', 60) };
}

function draftOf(uri?: vscode.Uri): vscode.TextDocument | undefined {
  if (uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return vscode.window.activeTextEditor?.document;
}

export function activate(context: vscode.ExtensionContext): FaithfulController {
  const snapshots = new SnapshotProvider();
  const status = new StatusBar();
  const store = new PairingStore(context.workspaceState);
  const configs = new ConfigReader();
  const notices = new Notices(vscode.Uri.joinPath(context.logUri, 'Faithful.log'));
  const beside = new SourceBeside();
  const controller = new FaithfulController(context, store, configs, snapshots, status, notices, beside);
  const report = (e: unknown) => void notices.error((e as Error).message);
  /** An explicit choice: pair now and remember it for this workspace; a failure is reported, not thrown. */
  const pairAndRemember = async (doc: vscode.TextDocument, ref: SourceRef) => {
    const found = await findPairing(store, configs, doc);
    if (found.kind === 'off') {
      void notices.info(`${vscode.workspace.asRelativePath(doc.uri)} is turned off for Faithful (front matter "faithful: off" or an "ignore" glob in faithful.json).`);
      return;
    }
    try {
      await controller.choose(doc, ref);
    } catch (e) {
      report(e);
    }
  };

  context.subscriptions.push(
    controller,
    status,
    configs,
    notices,
    beside,
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, snapshots),
    // (draft?, source?): from the explorer or title bar the draft comes as an argument; other
    // extensions and tests may also pass the source and skip the picker.
    vscode.commands.registerCommand(COMMANDS.compareWithSource, async (uri?: vscode.Uri, sourceUri?: vscode.Uri) => {
      const doc = uri ? draftOf(uri) ?? await vscode.workspace.openTextDocument(uri) : draftOf();
      if (!doc) return void notices.warn('open the draft first, then compare it with its source.');
      // The server starts while the user picks the source (FaithfulController.prepare).
      if (!sourceUri) controller.prepare();
      const ref: SourceRef | undefined = sourceUri ? { kind: 'file', uri: sourceUri.toString() } : await chooseSource(doc);
      if (ref) await pairAndRemember(doc, ref);
    }),
    vscode.commands.registerCommand(COMMANDS.compareWithGitHead, async (uri?: vscode.Uri) => {
      const doc = uri ? draftOf(uri) ?? await vscode.workspace.openTextDocument(uri) : draftOf();
      if (!doc) return void notices.warn('open the draft first.');
      await pairAndRemember(doc, { kind: 'git', ref: 'HEAD' });
    }),
    vscode.commands.registerCommand(COMMANDS.stopComparing, async (uri?: vscode.Uri) => {
      const doc = draftOf(uri);
      if (doc) await controller.unpair(doc.uri, true);
    }),
    vscode.commands.registerCommand(COMMANDS.nextChange, () => controller.walk(1)),
    vscode.commands.registerCommand(COMMANDS.previousChange, () => controller.walk(-1)),
    vscode.commands.registerCommand(COMMANDS.acceptChange, (args: AcceptArgs) => controller.accept(args).catch(report)),
    vscode.commands.registerCommand(COMMANDS.undoAccept, () => controller.undoAccept().catch(report)),
    vscode.commands.registerCommand(COMMANDS.showSource, (args?: ShowSourceArgs) => (args ? controller.showSource(args) : controller.showSourceHere()).catch(report)),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => notices.channel.show(true)),
    vscode.commands.registerCommand(COMMANDS.openExample, async () => {
      // A copy of the bundled draft (untitled, so trying fixes never touches the installed files),
      // compared with the bundled source.
      const source = vscode.Uri.joinPath(context.extensionUri, 'examples', 'source.txt');
      const draftText = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'examples', 'rewrite.txt')));
      const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: draftText });
      await vscode.window.showTextDocument(doc);
      await controller.pair(doc, { kind: 'file', uri: source.toString() }, 'remembered').catch(report);
      return doc.uri;
    }),
    // (draft?) from the palette or title bar; ({draftUri, findingId}) from a finding's code action.
    vscode.commands.registerCommand(COMMANDS.openComparison, async (arg?: vscode.Uri | OpenComparisonArgs) => {
      const args = arg && !(arg instanceof vscode.Uri) ? arg : undefined;
      const uri = args ? vscode.Uri.parse(args.draftUri) : (arg as vscode.Uri | undefined) ?? draftOf()?.uri ?? controller.comparisons.activeDraft();
      if (!uri) return void notices.info('open the draft first, then open its comparison.');
      await controller.openComparison(uri, args?.findingId).catch(report);
    }),
    vscode.commands.registerCommand(COMMANDS.exportComparison, async (uri?: vscode.Uri, target?: vscode.Uri) => {
      const draft = uri ?? controller.comparisons.activeDraft() ?? draftOf()?.uri;
      if (!draft) return void notices.info('open the draft first, then export its comparison.');
      try {
        const saved = await controller.exportComparison(draft, target);
        if (saved && !target) notices.confirm(`comparison saved to ${vscode.workspace.asRelativePath(saved)}`);
        return saved;
      } catch (e) {
        report(e);
        return undefined;
      }
    }),
    vscode.commands.registerCommand(COMMANDS.showAcceptedChanges, async (uri?: vscode.Uri) => {
      const draft = uri ?? controller.comparisons.activeDraft() ?? draftOf()?.uri;
      if (!draft) return void notices.info('open the draft first, then show its accepted changes.');
      await controller.showAcceptedChanges(draft).catch(report);
    }),
    vscode.commands.registerCommand(COMMANDS.statusMenu, async () => {
      const doc = draftOf();
      if (!doc) return;
      const items = await controller.menuItems(doc);
      const pick = await vscode.window.showQuickPick(items, { title: `Faithful: ${vscode.workspace.asRelativePath(doc.uri)}` });
      if (pick) await vscode.commands.executeCommand(pick.command, ...(pick.args ?? []));
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => void controller.consider(doc)),
    vscode.workspace.onDidCloseTextDocument((doc) => void controller.closed(doc)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!e.contentChanges.length) return;
      controller.sourceChanged(e.document.uri);
      controller.frontMatterMaybeChanged(e.document);
    }),
    vscode.workspace.onDidRenameFiles((e) => void controller.renamed(e.files)),
    vscode.window.onDidChangeActiveTextEditor(() => controller.refreshStatus()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('faithful')) void controller.sendSettings();
    }),
  );
  // faithful.json can pair drafts, accept changes and turn files off: re-read it when it changes.
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/faithful.json');
  const reconsider = () => void controller.reconsiderAll();
  context.subscriptions.push(configWatcher, configWatcher.onDidChange(reconsider), configWatcher.onDidCreate(reconsider), configWatcher.onDidDelete(reconsider));
  void controller.reconsiderAll();
  return controller;
}

export function deactivate(): void {
  // Disposables registered in activate() stop the language client.
}
