// The "Compare with Source…" picker: the workspace's text and Markdown files, likeliest first
// (same folder, similar name), then Browse… and Clipboard.
import * as vscode from 'vscode';
import type { SourceRef } from './sources';

/** Higher is likelier: same folder, shared words in the file name, recency is not known here. */
export function likelihood(draft: vscode.Uri, candidate: vscode.Uri): number {
  const dir = (u: vscode.Uri) => u.path.slice(0, u.path.lastIndexOf('/'));
  const words = (u: vscode.Uri) => new Set(u.path.split('/').pop()!.toLowerCase().replace(/\.[^.]+$/, '').split(/[^a-z0-9]+/).filter(Boolean));
  let score = dir(draft) === dir(candidate) ? 10 : 0;
  const dw = words(draft);
  for (const w of words(candidate)) if (dw.has(w)) score += 3;
  if (/source|orig|wire|original/.test(candidate.path.toLowerCase())) score += 2;
  return score;
}

export async function chooseSource(draft: vscode.TextDocument): Promise<SourceRef | undefined> {
  const files = await vscode.workspace.findFiles('**/*.{txt,md,markdown}', '**/{node_modules,.git}/**', 500);
  const candidates = files
    .filter((f) => f.toString() !== draft.uri.toString())
    .sort((a, b) => likelihood(draft.uri, b) - likelihood(draft.uri, a) || a.path.localeCompare(b.path));
  type Item = vscode.QuickPickItem & { ref?: SourceRef; action?: 'browse' | 'clipboard' };
  const items: Item[] = [
    ...candidates.map((uri) => ({ label: uri.path.split('/').pop()!, description: vscode.workspace.asRelativePath(uri), ref: { kind: 'file' as const, uri: uri.toString() } })),
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: '$(folder-opened) Browse…', action: 'browse' },
    { label: '$(clippy) Clipboard', description: 'a source pasted from a web page', action: 'clipboard' },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: `Faithful: compare ${draft.uri.path.split('/').pop()} with…`, matchOnDescription: true });
  if (!pick) return undefined;
  if (pick.ref) return pick.ref;
  if (pick.action === 'browse') {
    const chosen = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Text and Markdown': ['txt', 'md', 'markdown'], 'All files': ['*'] } });
    return chosen?.[0] ? { kind: 'file', uri: chosen[0].toString() } : undefined;
  }
  const text = await vscode.env.clipboard.readText();
  if (!text.trim()) {
    void vscode.window.showWarningMessage('Faithful: the clipboard is empty. Copy the source text first.');
    return undefined;
  }
  return { kind: 'clipboard', text };
}
