// Where a draft's source comes from and how its text is read: a file (an open editor's unsaved
// text wins), the clipboard, or the draft's own last committed version. Clipboard and Git
// texts are served under the faithful-source: scheme so diagnostics can link to them.
import * as vscode from 'vscode';
import { checkText, decodeText, InputProblem } from '../shared/textInput';

export type SourceRef =
  | { readonly kind: 'file'; readonly uri: string }
  | { readonly kind: 'clipboard'; readonly text: string }
  | { readonly kind: 'git'; readonly ref: 'HEAD' };

export interface ResolvedSource {
  readonly uri: vscode.Uri;
  readonly label: string;
  readonly text: string;
}

export const SOURCE_SCHEME = 'faithful-source';

/** A source that cannot be compared with (missing, empty, binary…): said plainly, never a raw error. */
export class SourceProblem extends Error {
  constructor(message: string, readonly missing = false) {
    super(message);
    this.name = 'SourceProblem';
  }
}

function nameOf(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.toString();
}

/** Read-only documents for sources that are not files. */
export class SnapshotProvider implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  put(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

interface GitRepository {
  show(ref: string, path: string): Promise<string>;
}

interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

async function gitHeadText(draft: vscode.Uri): Promise<string> {
  const ext = vscode.extensions.getExtension<{ getAPI(v: 1): GitApi }>('vscode.git');
  if (!ext) throw new Error('the Git extension is not available');
  const api = (ext.isActive ? ext.exports : await ext.activate()).getAPI(1);
  // The Git extension may not have scanned the folder yet: ask it to open the repository.
  const folder = vscode.workspace.getWorkspaceFolder(draft)?.uri;
  const repo = api.getRepository(draft) ?? (folder && api.openRepository ? await api.openRepository(folder) : null);
  if (!repo) throw new Error(`${vscode.workspace.asRelativePath(draft)} is not in a Git repository`);
  try {
    return await repo.show('HEAD', draft.fsPath);
  } catch {
    throw new Error(`${vscode.workspace.asRelativePath(draft)} has no committed version at HEAD`);
  }
}

/**
 * The text of a file source: an open editor's (unsaved) text wins; otherwise the bytes on disk,
 * decoded and checked as the CLI checks them. Never a stale copy of a deleted file.
 */
async function fileText(uri: vscode.Uri): Promise<string> {
  const rel = vscode.workspace.asRelativePath(uri);
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    throw new SourceProblem(`the source ${rel} does not exist (deleted, moved or renamed?)`, true);
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  try {
    if (open) {
      checkText(open.getText());
      return open.getText();
    }
    return decodeText(await vscode.workspace.fs.readFile(uri)).text;
  } catch (e) {
    if (e instanceof InputProblem) throw new SourceProblem(`the source ${rel} cannot be compared with: ${e.message}`);
    throw new SourceProblem(`the source ${rel} cannot be read: ${(e as Error).message}`);
  }
}

export async function readSource(ref: SourceRef, draft: vscode.Uri, snapshots: SnapshotProvider): Promise<ResolvedSource> {
  if (ref.kind === 'file') {
    const uri = vscode.Uri.parse(ref.uri);
    return { uri, label: nameOf(uri), text: await fileText(uri) };
  }
  // Read-only copies are titled after the draft and what they are ("rewrite.txt (HEAD)"), so a
  // tab never looks like the draft itself.
  if (ref.kind === 'clipboard') {
    try {
      checkText(ref.text);
    } catch (e) {
      throw new SourceProblem(`the clipboard source cannot be compared with: ${(e as Error).message}`);
    }
    const uri = vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${nameOf(draft)} (Clipboard)`, query: draft.toString() });
    snapshots.put(uri, ref.text);
    return { uri, label: 'Clipboard', text: ref.text };
  }
  const text = await gitHeadText(draft);
  const uri = vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${nameOf(draft)} (HEAD)`, query: draft.toString() });
  snapshots.put(uri, text);
  return { uri, label: 'HEAD', text };
}
