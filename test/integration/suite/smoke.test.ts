// Smoke test: the suite runs inside a real VS Code extension host with the fixture workspace open.
import * as assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import * as vscode from 'vscode';
import { canScreenshot, closeAllEditors, openWorkspaceFile, screenshot, waitFor, workspaceFolder, workspaceUri } from './helpers';

describe('smoke: real VS Code', () => {
  after(closeAllEditors);

  it('runs in VS Code 1.x', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/, `vscode.version is ${vscode.version}`);
    assert.equal(typeof vscode.window.showTextDocument, 'function');
  });

  it('has the fixture workspace open', async () => {
    assert.equal(vscode.workspace.workspaceFolders?.length, 1, 'exactly one workspace folder');
    assert.equal(vscode.workspace.isTrusted, true, 'workspace is trusted (--disable-workspace-trust)');
    for (const name of ['draft.md', 'source.txt', 'rewrite.txt']) {
      const stat = await vscode.workspace.fs.stat(workspaceUri(name));
      assert.equal(stat.type, vscode.FileType.File, `${name} is a file`);
      assert.ok(stat.size > 0, `${name} is not empty`);
    }
    const found = await vscode.workspace.findFiles('*.md');
    assert.deepEqual(found.map((u) => u.path.split('/').pop()), ['draft.md']);
  });

  it('opens draft.md with its front matter', async () => {
    const editor = await openWorkspaceFile('draft.md');
    const active = await waitFor(() => vscode.window.activeTextEditor, { what: 'an active editor' });
    assert.equal(active.document.uri.toString(), editor.document.uri.toString());
    assert.equal(active.document.lineAt(0).text, '---');
    assert.equal(active.document.lineAt(1).text, 'source: source.txt');
    await waitFor(() => active.document.languageId === 'markdown', { what: 'draft.md to be Markdown' });
    assert.ok(workspaceFolder().uri.path.length > 1);
  });

  it('waitFor returns as soon as the condition holds and times out when it never does', async () => {
    let calls = 0;
    const value = await waitFor(() => (++calls >= 3 ? 'ready' : undefined), { intervalMs: 5, timeoutMs: 2_000 });
    assert.equal(value, 'ready');
    assert.equal(calls, 3);

    const started = Date.now();
    await assert.rejects(waitFor(() => false, { timeoutMs: 200, intervalMs: 20, what: 'never' }), /Timed out after 200 ms waiting for never/);
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 190 && elapsed < 2_000, `gave up after ${elapsed} ms`);
  });

  it('takes a screenshot of what the user sees', async function () {
    if (!canScreenshot()) this.skip();
    await openWorkspaceFile('draft.md');
    const png = await screenshot('smoke-draft-open');
    assert.ok(png, 'a screenshot path');
    assert.ok(statSync(png).size > 1_000, 'the PNG has content');
  });
});
