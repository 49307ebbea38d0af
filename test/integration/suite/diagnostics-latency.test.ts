// Speed as a user meets it in a real VS Code (issue 10), recorded in the run's output: from
// pairing a 10,000-word draft to its first diagnostics (the language server starts here: this
// file runs first, before any other test pairs a draft), and from a one-word edit to updated
// diagnostics. The limits only catch gross regressions (a hang, a check gone quadratic): on a
// 2-core machine shared with other jobs these took up to 7 s and 1.5 s, so the limits sit well
// above that; the figures themselves are the record, printed with the run's result.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, diagnosticsWhen, recordTiming, workspaceUri } from './helpers';

/** Pairing to first diagnostics, language server start-up included. */
const FIRST_DIAGNOSTICS_LIMIT_MS = 30_000;
/** One-word edit to updated diagnostics, debounce set to 0. */
const EDIT_LIMIT_MS = 10_000;
const COPIES = 30; // 30 × the 341-word seed rewrite: about 10,000 words

const faithful = (d: readonly vscode.Diagnostic[]) => d.filter((x) => x.source === 'Faithful');

describe('diagnostics latency in VS Code', function () {
  this.timeout(120_000);
  const sourceUri = () => workspaceUri('latency-source.txt');
  const draftUri = () => workspaceUri('latency-draft.txt');

  before(async () => {
    const read = async (name: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(name))).trim();
    const repeat = (text: string) => Array.from({ length: COPIES }, () => text).join('\n\n') + '\n';
    await vscode.workspace.fs.writeFile(sourceUri(), new TextEncoder().encode(repeat(await read('source.txt'))));
    await vscode.workspace.fs.writeFile(draftUri(), new TextEncoder().encode(repeat(await read('rewrite.txt'))));
    await vscode.workspace.getConfiguration('faithful').update('debounceMs', 0, vscode.ConfigurationTarget.Workspace);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draftUri()));
  });

  after(async () => {
    await vscode.commands.executeCommand('faithful.stopComparing', draftUri());
    await vscode.workspace.getConfiguration('faithful').update('debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
    for (const uri of [draftUri(), sourceUri()]) await vscode.workspace.fs.delete(uri);
  });

  it('pairing a 10,000-word draft to its first diagnostics, server start-up included', async () => {
    const started = performance.now();
    await vscode.commands.executeCommand('faithful.compareWithSource', draftUri(), sourceUri());
    const d = await diagnosticsWhen(draftUri(), (x) => faithful(x).length > 0, 90_000, 'the first diagnostics of the long draft');
    const ms = performance.now() - started;
    recordTiming('pair a 10,000-word draft -> first diagnostics (server start-up included)', ms);
    assert.ok(faithful(d).some((x) => (typeof x.code === 'object' ? x.code.value : x.code) === 'tense'));
    assert.ok(ms < FIRST_DIAGNOSTICS_LIMIT_MS, `${Math.round(ms)} ms, over the ${FIRST_DIAGNOSTICS_LIMIT_MS} ms limit for a gross regression`);
  });

  it('a one-word edit in it to updated diagnostics (debounce 0)', async () => {
    const doc = await vscode.workspace.openTextDocument(draftUri());
    const middle = doc.getText().indexOf('three MSS officials', doc.getText().length >> 1);
    assert.ok(middle > 0, 'the draft has the figure to edit');
    const times: number[] = [];
    let current = 'three';
    for (const word of ['four', 'five', 'six', 'seven', 'eight']) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(draftUri(), new vscode.Range(doc.positionAt(middle), doc.positionAt(middle + current.length)), word);
      const started = performance.now();
      assert.ok(await vscode.workspace.applyEdit(edit));
      // The edited figure now differs from the source's "three": a number finding names it.
      await diagnosticsWhen(draftUri(), (x) => faithful(x).some((f) => f.message.includes(`"${word}`)), 30_000, `a finding on "${word}"`);
      times.push(performance.now() - started);
      current = word;
    }
    times.sort((a, b) => a - b);
    const median = times[times.length >> 1]!;
    recordTiming('one-word edit in the 10,000-word draft -> updated diagnostics, median of 5', median);
    assert.ok(median < EDIT_LIMIT_MS, `${Math.round(median)} ms, over the ${EDIT_LIMIT_MS} ms limit for a gross regression`);
  });
});
