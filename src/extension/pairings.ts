// Which source each draft is compared with. An explicit choice (the palette) is remembered per
// workspace across restarts; otherwise a Markdown draft's front matter, then faithful.json.
import * as vscode from 'vscode';
import { parseConfig, sourceForDraft, sourceFromFrontMatter, type FaithfulConfig } from '../shared/faithfulConfig';
import type { SourceRef } from './sources';

const STATE_KEY = 'faithful.pairings';

export class PairingStore {
  constructor(private readonly state: vscode.Memento) {}

  private all(): Record<string, SourceRef> {
    return this.state.get<Record<string, SourceRef>>(STATE_KEY, {});
  }

  remembered(draft: vscode.Uri): SourceRef | undefined {
    return this.all()[draft.toString()];
  }

  async remember(draft: vscode.Uri, ref: SourceRef | undefined): Promise<void> {
    const next = { ...this.all() };
    if (ref) next[draft.toString()] = ref;
    else delete next[draft.toString()];
    await this.state.update(STATE_KEY, next);
  }
}

export function workspaceRoot(uri: vscode.Uri): vscode.Uri | undefined {
  return vscode.workspace.getWorkspaceFolder(uri)?.uri;
}

export async function readConfig(root: vscode.Uri | undefined): Promise<{ config: FaithfulConfig; text: string | null; problems: string[] }> {
  if (!root) return { config: { pairs: [], accepted: [] }, text: null, problems: [] };
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, 'faithful.json'));
    const text = new TextDecoder().decode(bytes);
    return { ...parseConfig(text), text };
  } catch {
    return { config: { pairs: [], accepted: [] }, text: null, problems: [] };
  }
}

/** The source a draft is paired with, or undefined. Remembered choices win. */
export async function findPairing(store: PairingStore, doc: vscode.TextDocument): Promise<SourceRef | undefined> {
  const remembered = store.remembered(doc.uri);
  if (remembered) return remembered;
  if (doc.languageId === 'markdown') {
    const rel = sourceFromFrontMatter(doc.getText());
    if (rel && !doc.isUntitled) return { kind: 'file', uri: vscode.Uri.joinPath(doc.uri, '..', rel).toString() };
  }
  const root = workspaceRoot(doc.uri);
  if (!root) return undefined;
  const { config } = await readConfig(root);
  const relDraft = vscode.workspace.asRelativePath(doc.uri, false);
  const source = sourceForDraft(config, relDraft);
  return source ? { kind: 'file', uri: vscode.Uri.joinPath(root, source).toString() } : undefined;
}
