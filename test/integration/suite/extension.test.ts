// The Faithful extension in a real VS Code: the seed pair's findings as diagnostics, hover,
// quick fixes, accepting, settings, front-matter pairing, untitled drafts and every command.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { FaithfulController } from '../../../src/extension/extension';
import { closeAllEditors, openWorkspaceFile, screenshot, waitFor, workspaceUri } from './helpers';

const EXTENSION_ID = 'faithful.faithful';

function faithful(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Faithful');
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function textAt(doc: vscode.TextDocument, range: vscode.Range): string {
  return doc.getText(range);
}

async function relatedText(d: vscode.Diagnostic): Promise<string> {
  const loc = d.relatedInformation?.[0]?.location;
  assert.ok(loc, `diagnostic "${d.message}" has a related source location`);
  const doc = await vscode.workspace.openTextDocument(loc.uri);
  return doc.getText(loc.range);
}

async function finding(uri: vscode.Uri, kind: string, text?: string, timeoutMs = 30_000): Promise<vscode.Diagnostic> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return waitFor(() => faithful(uri).find((d) => codeOf(d) === kind && (text === undefined || textAt(doc, d.range) === text)), {
    timeoutMs,
    what: `a ${kind} diagnostic${text ? ` on "${text}"` : ''} in ${uri.path.split('/').pop()}`,
  });
}

async function actionsFor(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
  // The command does not report which diagnostic an action fixes; the range is the diagnostic's own.
  assert.ok(all && all.length > 0, `code actions for "${d.message}"`);
  return all;
}

describe('Faithful extension', function () {
  this.timeout(120_000);
  const rewriteUri = () => workspaceUri('rewrite.txt');
  const sourceUri = () => workspaceUri('source.txt');

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    await ext.activate();
    await openWorkspaceFile('rewrite.txt');
    await vscode.commands.executeCommand('faithful.compareWithSource', rewriteUri(), sourceUri());
  });

  after(async () => {
    await vscode.workspace.getConfiguration('faithful').update('severity.unsupported', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('registers every contributed command', async () => {
    const contributed: Array<{ command: string; category: string }> = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const c of contributed) {
      assert.ok(registered.has(c.command), `${c.command} has a handler`);
      assert.equal(c.category, 'Faithful');
    }
  });

  it('shows the seed pair\'s changed claims with ranges, codes, severities and source locations', async () => {
    const doc = await vscode.workspace.openTextDocument(rewriteUri());
    const tense = await finding(rewriteUri(), 'tense', 'will randomly compromise');
    assert.equal(tense.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(await relatedText(tense), 'indiscriminately compromised');
    assert.ok(typeof tense.code === 'object' && tense.code.target.path.endsWith('/media/kinds.md'), 'the code links to the explanation');

    const role = await finding(rewriteUri(), 'role', 'officials');
    assert.equal(role.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(await relatedText(role), 'officers');

    const number = await finding(rewriteUri(), 'number', 'million dollars');
    assert.equal(number.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(await relatedText(number), 'billions of dollars');

    const unsupported = await finding(rewriteUri(), 'unsupported', 'Please enter your comment!');
    assert.equal(unsupported.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(unsupported.relatedInformation?.length ?? 0, 0, 'an unsupported sentence has no source location');

    const omitted = await finding(rewriteUri(), 'omitted');
    assert.equal(omitted.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(await relatedText(omitted), /^Blinken emphasized that the responsible states do not indiscriminately compromise/);
    assert.ok(textAt(doc, omitted.range).length > 0, 'the omission sits on draft words');

    // Paraphrase stays quiet: no error or warning on these.
    for (const d of faithful(rewriteUri())) {
      if (d.severity > vscode.DiagnosticSeverity.Warning) continue;
      const t = textAt(doc, d.range);
      for (const quiet of ['behavior', 'Antony J. Blinken', 'gigantic', 'officially affirmed']) assert.ok(!t.includes(quiet), `no error/warning on "${quiet}"`);
    }
  });

  it('hovers with the source and draft sentences, the compared words marked', async () => {
    const tense = await finding(rewriteUri(), 'tense', 'will randomly compromise');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', rewriteUri(), tense.range.start.translate(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*indiscriminately compromised\*\*/);
    assert.match(text, /\*\*will randomly compromise\*\*/);
  });

  it('saves a screenshot of the draft with squiggles, a hover and the Problems panel', async () => {
    await vscode.workspace.getConfiguration('editor').update('wordWrap', 'on', vscode.ConfigurationTarget.Workspace);
    const editor = await openWorkspaceFile('rewrite.txt');
    const tense = await finding(rewriteUri(), 'tense', 'will randomly compromise');
    editor.selection = new vscode.Selection(tense.range.start.translate(0, 3), tense.range.start.translate(0, 3));
    editor.revealRange(tense.range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.window.showTextDocument(editor.document, { preserveFocus: false });
    await vscode.commands.executeCommand('editor.action.showHover');
    await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', rewriteUri(), editor.selection.active);
      return hovers.length > 0;
    }, { what: 'the hover to be available' });
    const png = await screenshot('seed-draft');
    if (png) assert.match(png, /seed-draft\.png$/);
    await vscode.workspace.getConfiguration('editor').update('wordWrap', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('Restore source wording replaces exactly the span, and the diagnostics follow the edit', async () => {
    const doc = await vscode.workspace.openTextDocument(rewriteUri());
    const before = doc.getText();
    const tense = await finding(rewriteUri(), 'tense', 'will randomly compromise');
    const start = doc.offsetAt(tense.range.start);
    const restore = (await actionsFor(rewriteUri(), tense)).find((a) => a.isPreferred && a.title.includes('indiscriminately compromised'));
    assert.ok(restore?.edit, 'a preferred Restore source wording action with an edit');
    assert.match(restore.title, /^Restore source wording/);
    assert.ok(await vscode.workspace.applyEdit(restore.edit));
    const after = doc.getText();
    assert.equal(after, `${before.slice(0, start)}indiscriminately compromised${before.slice(start + 'will randomly compromise'.length)}`);
    await waitFor(() => !faithful(rewriteUri()).some((d) => codeOf(d) === 'tense'), { timeoutMs: 30_000, what: 'the tense finding to go away' });
    // Put the draft back for the other tests; it is never saved.
    const whole = new vscode.WorkspaceEdit();
    whole.replace(rewriteUri(), new vscode.Range(doc.positionAt(0), doc.positionAt(after.length)), before);
    assert.ok(await vscode.workspace.applyEdit(whole));
    await finding(rewriteUri(), 'tense', 'will randomly compromise');
  });

  it('Accept this change hides the finding and records it in faithful.json', async () => {
    const role = await finding(rewriteUri(), 'role', 'officials');
    const accept = (await actionsFor(rewriteUri(), role)).find((a) => a.title === "Accept role change: 'officials'");
    assert.ok(accept?.command, 'an Accept role change action');
    await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));
    await waitFor(() => !faithful(rewriteUri()).some((d) => codeOf(d) === 'role'), { timeoutMs: 30_000, what: 'the role finding to be hidden' });
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('faithful.json'))));
    assert.deepEqual(json.accepted, [{ draft: 'rewrite.txt', kind: 'role', rewriteText: 'officials', sourceText: 'officers' }]);
  });

  it('Show source side by side opens the source at the aligned sentence', async () => {
    const tense = await finding(rewriteUri(), 'tense', 'will randomly compromise');
    const show = (await actionsFor(rewriteUri(), tense)).find((a) => a.title === 'Show source side by side');
    assert.ok(show?.command);
    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
    const editor = await waitFor(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === sourceUri().toString()), { what: 'the source beside the draft' });
    assert.match(editor.document.getText(editor.selection), /indiscriminately compromised/);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(rewriteUri()), vscode.ViewColumn.One);
  });

  it('applies the severity settings', async () => {
    await vscode.workspace.getConfiguration('faithful').update('severity.unsupported', 'hint', vscode.ConfigurationTarget.Workspace);
    await waitFor(() => faithful(rewriteUri()).find((d) => codeOf(d) === 'unsupported' && d.severity === vscode.DiagnosticSeverity.Hint), { timeoutMs: 30_000, what: 'unsupported findings as hints' });
    await vscode.workspace.getConfiguration('faithful').update('severity.unsupported', 'off', vscode.ConfigurationTarget.Workspace);
    await waitFor(() => !faithful(rewriteUri()).some((d) => codeOf(d) === 'unsupported'), { timeoutMs: 30_000, what: 'unsupported findings to be off' });
    await vscode.workspace.getConfiguration('faithful').update('severity.unsupported', undefined, vscode.ConfigurationTarget.Workspace);
    await finding(rewriteUri(), 'unsupported');
  });

  it('walks the findings with Next Change and Previous Change', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(rewriteUri()), vscode.ViewColumn.One);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const sorted = faithful(rewriteUri()).sort((a, b) => a.range.start.compareTo(b.range.start));
    const firstAfterStart = sorted.find((d) => d.range.start.isAfter(new vscode.Position(0, 0)))!;
    await vscode.commands.executeCommand('faithful.nextChange');
    assert.ok(editor.selection.start.isEqual(firstAfterStart.range.start), 'Next Change goes to the first finding');
    await vscode.commands.executeCommand('faithful.nextChange');
    const second = sorted.find((d) => d.range.start.isAfter(firstAfterStart.range.start))!;
    assert.ok(editor.selection.start.isEqual(second.range.start), 'and then to the next one');
    await vscode.commands.executeCommand('faithful.previousChange');
    assert.ok(editor.selection.start.isEqual(firstAfterStart.range.start), 'Previous Change goes back');
  });

  it('pairs a Markdown draft through its front matter, with no finding in the front matter', async () => {
    const uri = workspaceUri('draft.md');
    await openWorkspaceFile('draft.md');
    const d = await waitFor(() => faithful(uri).length > 0 && faithful(uri), { timeoutMs: 30_000, what: 'findings on draft.md' });
    assert.ok(d.every((x) => x.range.start.line > 2), 'nothing in the front matter');
    assert.ok(d.some((x) => codeOf(x) === 'number' || codeOf(x) === 'unsupported'));
  });

  it('re-checks when the source changes in another editor', async () => {
    await finding(rewriteUri(), 'tense', 'will randomly compromise');
    const source = await vscode.workspace.openTextDocument(sourceUri());
    const editor = await vscode.window.showTextDocument(source, vscode.ViewColumn.Two);
    const old = 'indiscriminately compromised';
    const at = source.getText().indexOf(old);
    await editor.edit((e) => e.replace(new vscode.Range(source.positionAt(at), source.positionAt(at + old.length)), 'will randomly compromise'));
    // The (unsaved) source now says the same as the draft: the tense change is gone.
    const doc = await vscode.workspace.openTextDocument(rewriteUri());
    await waitFor(() => !faithful(rewriteUri()).some((d) => codeOf(d) === 'tense'), { timeoutMs: 30_000, what: 'the draft to be re-checked against the edited source' });
    // Put the source back (an edit, not "revert", which acts on whichever editor has focus).
    await editor.edit((e) => e.replace(new vscode.Range(source.positionAt(at), source.positionAt(at + 'will randomly compromise'.length)), old));
    await source.save();
    await finding(rewriteUri(), 'tense', 'will randomly compromise');
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  });

  it('re-checks when the source file changes on disk', async () => {
    await finding(rewriteUri(), 'tense', 'will randomly compromise');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(sourceUri()));
    const changed = original.replace('indiscriminately compromised', 'will randomly compromise');
    await vscode.workspace.fs.writeFile(sourceUri(), new TextEncoder().encode(changed));
    try {
      await waitFor(() => !faithful(rewriteUri()).some((d) => codeOf(d) === 'tense'), { timeoutMs: 30_000, what: 'a re-check against the source changed on disk' });
    } finally {
      await vscode.workspace.fs.writeFile(sourceUri(), new TextEncoder().encode(original));
    }
    await finding(rewriteUri(), 'tense', 'will randomly compromise');
  });

  it('pairs drafts with sources by glob in faithful.json', async () => {
    const file = workspaceUri('faithful.json');
    const current = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    current.pairs = [{ draft: 'notes/*.txt', source: 'source.txt' }];
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(current, null, 2)));
    const draft = workspaceUri('notes', 'brief.txt');
    await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode('Three MSS officials and one of their contract hackers were indicted today.\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
    const role = await finding(draft, 'role', 'officials');
    assert.equal(await relatedText(role), 'officers');
  });

  it('checks an untitled draft', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Three MSS officials and one of their contract hackers were indicted today.' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('faithful.compareWithSource', doc.uri, sourceUri());
    const role = await finding(doc.uri, 'role', 'officials');
    assert.equal(await relatedText(role), 'officers');
  });

  it('a look at the pairings while a source is being chosen does not undo the choice', async () => {
    // faithful.json changing, or the draft reopened, makes the extension look up every open
    // draft's pairing. A look made after the chosen source is paired but before the choice is
    // remembered found no pairing and stopped comparing (the comparison suite's flaky start).
    const controller = await vscode.extensions.getExtension<FaithfulController>(EXTENSION_ID)!.activate();
    const draft = workspaceUri('chosen', 'brief.txt');
    await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode('Three MSS officials and one of their contract hackers were indicted today.\n'));
    const doc = await vscode.workspace.openTextDocument(draft);
    await vscode.window.showTextDocument(doc);
    const pair = controller.pair;
    let looked = 0;
    controller.pair = async function (this: FaithfulController, ...args: Parameters<FaithfulController['pair']>) {
      await pair.apply(this, args);
      if (args[0].uri.toString() !== draft.toString()) return;
      await controller.consider(doc);
      looked++;
    };
    try {
      await vscode.commands.executeCommand('faithful.compareWithSource', draft, sourceUri());
    } finally {
      controller.pair = pair;
    }
    assert.equal(looked, 1, 'the pairings were looked up inside the window');
    assert.ok(controller.isPaired(draft), 'the draft is still compared');
    const role = await finding(draft, 'role', 'officials');
    assert.equal(await relatedText(role), 'officers');
    // Once remembered, another look keeps it paired.
    await controller.consider(doc);
    assert.ok(controller.isPaired(draft));
  });

  it('compares a draft with its last committed version (Git HEAD)', async function () {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: workspaceUri().fsPath, encoding: 'utf8' });
    try {
      git('--version');
    } catch {
      this.skip(); // No git on this machine: nothing to compare with.
    }
    git('init', '-q');
    git('-c', 'user.email=t@example.invalid', '-c', 'user.name=Test', 'add', 'rewrite.txt');
    git('-c', 'user.email=t@example.invalid', '-c', 'user.name=Test', 'commit', '-q', '-m', 'draft');
    const doc = await vscode.workspace.openTextDocument(rewriteUri());
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('three MSS officials');
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 5)), 'seven'));
    await vscode.commands.executeCommand('faithful.compareWithGitHead', rewriteUri());
    // The edit is first checked against the file source the draft was paired with before (it
    // has "three MSS officials" too): wait for the finding the Git HEAD pairing publishes.
    const number = await waitFor(() => faithful(rewriteUri()).find((d) => codeOf(d) === 'number' && textAt(doc, d.range) === 'seven' &&
      /^faithful-source:/.test(d.relatedInformation?.[0]?.location.uri.toString() ?? '')), { timeoutMs: 30_000, what: 'the Git HEAD pairing\'s number finding on "seven"' });
    assert.equal(await relatedText(number), 'three');
    assert.match(number.relatedInformation![0]!.location.uri.toString(), /^faithful-source:/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('faithful.compareWithSource', rewriteUri(), sourceUri());
  });

  it('runs the remaining commands without failing', async () => {
    // Git HEAD outside a repository: a clear message, no exception.
    await vscode.commands.executeCommand('faithful.compareWithGitHead', rewriteUri());
    // The pickers open and can be dismissed (they open after an asynchronous file search, so
    // keep dismissing until the command has returned).
    for (const command of ['faithful.compareWithSource', 'faithful.statusMenu']) {
      let settled = false;
      const run = Promise.resolve(vscode.commands.executeCommand(command)).finally(() => (settled = true));
      await waitFor(async () => {
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        return settled;
      }, { timeoutMs: 20_000, intervalMs: 200, what: `${command} to return after its picker is dismissed` });
      await run;
    }
    await vscode.commands.executeCommand('faithful.stopComparing', rewriteUri());
    await waitFor(() => faithful(rewriteUri()).length === 0, { timeoutMs: 30_000, what: 'diagnostics to clear after Stop Comparing' });
  });
});
