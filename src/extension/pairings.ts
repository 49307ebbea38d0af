// Which source each draft is compared with. An explicit choice (the palette) is remembered per
// workspace across restarts; otherwise a Markdown draft's front matter, then faithful.json.
// Stop Comparing is remembered too, so an automatic pairing never comes back behind the user's
// back; `faithful: off` in front matter and faithful.json's "ignore" globs turn a file off.
import * as vscode from 'vscode';
import {
  disabledByFrontMatter,
  EMPTY_CONFIG,
  frontMatterField,
  isIgnored,
  parseConfig,
  sourceForDraft,
  type FaithfulConfig,
} from '../shared/faithfulConfig';
import type { SourceRef } from './sources';

const STATE_KEY = 'faithful.pairings';
const STOPPED_KEY = 'faithful.stopped';

export class PairingStore {
  constructor(private readonly state: vscode.Memento) {}

  private all(): Record<string, SourceRef> {
    return this.state.get<Record<string, SourceRef>>(STATE_KEY, {});
  }

  private stoppedList(): string[] {
    return this.state.get<string[]>(STOPPED_KEY, []);
  }

  remembered(draft: vscode.Uri): SourceRef | undefined {
    return this.all()[draft.toString()];
  }

  /** Remembers an explicit choice (which also lifts a Stop Comparing), or forgets it. */
  async remember(draft: vscode.Uri, ref: SourceRef | undefined): Promise<void> {
    const next = { ...this.all() };
    if (ref) next[draft.toString()] = ref;
    else delete next[draft.toString()];
    await this.state.update(STATE_KEY, next);
    if (ref) await this.setStopped(draft, false);
  }

  isStopped(draft: vscode.Uri): boolean {
    return this.stoppedList().includes(draft.toString());
  }

  async setStopped(draft: vscode.Uri, stopped: boolean): Promise<void> {
    const rest = this.stoppedList().filter((u) => u !== draft.toString());
    await this.state.update(STOPPED_KEY, stopped ? [...rest, draft.toString()] : rest);
  }

  /** A draft or source was renamed or moved: its remembered entries follow it. */
  async renamed(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    const moved = (u: string) => (u === from.toString() ? to.toString() : u.startsWith(`${from.toString()}/`) ? to.toString() + u.slice(from.toString().length) : u);
    const next: Record<string, SourceRef> = {};
    for (const [draft, ref] of Object.entries(this.all())) next[moved(draft)] = ref.kind === 'file' ? { kind: 'file', uri: moved(ref.uri) } : ref;
    await this.state.update(STATE_KEY, next);
    await this.state.update(STOPPED_KEY, this.stoppedList().map(moved));
  }
}

export function workspaceRoot(uri: vscode.Uri): vscode.Uri | undefined {
  return vscode.workspace.getWorkspaceFolder(uri)?.uri;
}

export interface ConfigRead {
  readonly config: FaithfulConfig;
  /** The file's text, or null when there is none. */
  readonly text: string | null;
  /** Set when the file could not be parsed: `config` is then the last good one. */
  readonly invalid: string | null;
}

/**
 * Reads faithful.json at a workspace root. A file that does not parse gets a diagnostic of its
 * own and the last good configuration stays in force, so a stray comma never silently brings
 * accepted changes back or drops pairings.
 */
export class ConfigReader implements vscode.Disposable {
  private readonly lastGood = new Map<string, FaithfulConfig>();
  readonly diagnostics = vscode.languages.createDiagnosticCollection('faithful-config');

  async read(root: vscode.Uri | undefined): Promise<ConfigRead> {
    if (!root) return { config: EMPTY_CONFIG, text: null, invalid: null };
    const file = vscode.Uri.joinPath(root, 'faithful.json');
    let text: string;
    try {
      // An open editor's unsaved text is not what the CLI and the team read: use the file.
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      this.diagnostics.delete(file);
      this.lastGood.delete(root.toString());
      return { config: EMPTY_CONFIG, text: null, invalid: null };
    }
    const parsed = parseConfig(text);
    if (parsed.fatal) {
      const at = positionAt(text, parsed.fatal.offset ?? 0);
      const range = new vscode.Range(at, at.translate(0, text.length > 0 ? 1 : 0));
      const d = new vscode.Diagnostic(range, `${parsed.fatal.message}. Faithful keeps using the last valid version of this file and will not write to it until it is fixed.`, vscode.DiagnosticSeverity.Error);
      d.source = 'Faithful';
      this.diagnostics.set(file, [d]);
      return { config: this.lastGood.get(root.toString()) ?? EMPTY_CONFIG, text, invalid: parsed.fatal.message };
    }
    this.diagnostics.set(file, parsed.problems.map((p) => {
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), p, vscode.DiagnosticSeverity.Warning);
      d.source = 'Faithful';
      return d;
    }));
    this.lastGood.set(root.toString(), parsed.config);
    return { config: parsed.config, text, invalid: null };
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}

function positionAt(text: string, offset: number): vscode.Position {
  const before = text.slice(0, Math.min(offset, text.length)).split('\n');
  return new vscode.Position(before.length - 1, before[before.length - 1]!.length);
}

/** Where a pairing comes from: it decides what a missing source looks like and what Stop does. */
export type PairingOrigin = 'remembered' | 'frontMatter' | 'config';

export type PairingLookup =
  | { readonly kind: 'paired'; readonly ref: SourceRef; readonly origin: PairingOrigin; /** Offsets of `source:`'s value in front matter. */ readonly at?: { start: number; end: number } }
  | { readonly kind: 'none' | 'stopped' | 'off' };

/** The source a draft is paired with. Stopped and turned-off files win; then remembered choices. */
export async function findPairing(store: PairingStore, configs: ConfigReader, doc: vscode.TextDocument): Promise<PairingLookup> {
  if (store.isStopped(doc.uri)) return { kind: 'stopped' };
  const markdown = doc.languageId === 'markdown';
  if (markdown && disabledByFrontMatter(doc.getText())) return { kind: 'off' };
  const root = workspaceRoot(doc.uri);
  const { config } = await configs.read(root);
  const relDraft = vscode.workspace.asRelativePath(doc.uri, false);
  if (root && isIgnored(config, relDraft)) return { kind: 'off' };
  const remembered = store.remembered(doc.uri);
  if (remembered) return { kind: 'paired', ref: remembered, origin: 'remembered' };
  if (markdown && !doc.isUntitled) {
    const field = frontMatterField(doc.getText(), 'source');
    if (field) return { kind: 'paired', ref: { kind: 'file', uri: vscode.Uri.joinPath(doc.uri, '..', field.value).toString() }, origin: 'frontMatter', at: field };
  }
  if (!root) return { kind: 'none' };
  const source = sourceForDraft(config, relDraft);
  return source ? { kind: 'paired', ref: { kind: 'file', uri: vscode.Uri.joinPath(root, source).toString() }, origin: 'config' } : { kind: 'none' };
}
