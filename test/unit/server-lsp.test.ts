// The language server over stdio, as Neovim or Helix would start it (`faithful lsp --stdio`):
// pairing from front matter, diagnostics, hover and quick fixes, with no VS Code involved.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspPeer } from '../../scripts/lspClient';

const root = join(__dirname, '..', '..');

describe('language server over stdio', function () {
  this.timeout(60000);
  let peer: LspPeer;
  let draftUri: string;
  let draftText: string;

  before(async function () {
    if (!existsSync(join(root, 'dist/server.js'))) {
      const { execFileSync } = await import('node:child_process');
      execFileSync('node', ['scripts/build.mjs'], { cwd: root });
    }
    const dir = mkdtempSync(join(tmpdir(), 'faithful-lsp-'));
    writeFileSync(join(dir, 'source.txt'), readFileSync(join(root, 'examples/source.txt')));
    draftText = `---\ntitle: Draft\nsource: source.txt\n---\n\n${readFileSync(join(root, 'examples/rewrite.txt'), 'utf8')}`;
    writeFileSync(join(dir, 'draft.md'), draftText);
    draftUri = pathToFileURL(join(dir, 'draft.md')).toString();
    const child = spawn(process.execPath, [join(root, 'bin/faithful.js'), 'lsp', '--stdio'], { cwd: dir });
    peer = new LspPeer(child);
    const init = await peer.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: {} });
    assert.ok(init.result.capabilities.hoverProvider);
    peer.notify('initialized', {});
    peer.notify('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: draftText } });
  });

  after(() => peer?.child.kill());

  it('pairs a draft through its front matter and publishes findings', async () => {
    const msg = await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === draftUri && m.params.diagnostics.length > 0);
    const tense = msg.params.diagnostics.find((d: any) => d.code === 'tense');
    assert.ok(tense, 'a tense diagnostic');
    assert.equal(tense.source, 'Faithful');
    assert.equal(tense.severity, 1);
    const lines = draftText.split('\n');
    const line = lines[tense.range.start.line]!;
    assert.equal(line.slice(tense.range.start.character, tense.range.end.character), 'will randomly compromise');
    assert.match(tense.relatedInformation[0].location.uri, /source\.txt$/);
    // Front matter never yields a finding.
    assert.ok(msg.params.diagnostics.every((d: any) => d.range.start.line > 3));
  });

  it('answers a hover with both sentences and a quick fix that restores the source wording', async () => {
    const msg = await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.diagnostics.length > 0);
    const tense = msg.params.diagnostics.find((d: any) => d.code === 'tense');
    const hover = await peer.request('textDocument/hover', { textDocument: { uri: draftUri }, position: tense.range.start });
    assert.match(hover.result.contents.value, /\*\*indiscriminately compromised\*\*/);
    assert.match(hover.result.contents.value, /\*\*will randomly compromise\*\*/);
    const actions = await peer.request('textDocument/codeAction', { textDocument: { uri: draftUri }, range: tense.range, context: { diagnostics: [tense] } });
    const restore = actions.result.find((a: any) => a.isPreferred);
    assert.equal(restore.edit.changes[draftUri][0].newText, 'indiscriminately compromised');
    assert.deepEqual(actions.result.map((a: any) => a.title).slice(1), ["Accept tense change: 'will randomly compromise'", 'Show source side by side', 'Open comparison']);
  });

  it("sends only the finding's id as a diagnostic's data; hovers and quick fixes come from what the server kept", async () => {
    const msg = await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.diagnostics.length > 0);
    const diagnostics = msg.params.diagnostics as any[];
    // The whole finding (texts, spans, the source's URI) used to travel in every diagnostic: half the message.
    for (const d of diagnostics) assert.ok(typeof d.data === 'string' && d.data.startsWith(`${d.code}-`), `data ${JSON.stringify(d.data)} is the ${d.code} finding's id`);
    const tense = diagnostics.find((d) => d.code === 'tense');
    const titles = async (ds: any[]) => (await peer.request('textDocument/codeAction', { textDocument: { uri: draftUri }, range: ds[0].range, context: { diagnostics: ds } })).result.map((a: any) => a.title);
    const expected = ["Restore source wording: 'indiscriminately compromised' (tense)", "Accept tense change: 'will randomly compromise'", 'Show source side by side', 'Open comparison'];
    assert.deepEqual(await titles([tense]), expected);
    // An editor that drops `data` gets the same quick fixes: the server finds the diagnostic by range, code and message.
    const { data: _dropped, ...bare } = tense;
    assert.deepEqual(await titles([bare]), expected);
    // A diagnostic the server never published (another message, no id it knows) gets none.
    assert.deepEqual(await titles([{ ...bare, message: 'Not from this check.' }]), []);
    assert.deepEqual(await titles([{ ...tense, data: 'tense-0000000000000000', message: 'Not from this check.' }]), []);
    // An omitted claim: its text is inserted, and accepting it names the source's words.
    const omitted = diagnostics.find((d) => d.code === 'omitted');
    const actions = (await peer.request('textDocument/codeAction', { textDocument: { uri: draftUri }, range: omitted.range, context: { diagnostics: [omitted] } })).result;
    const insert = actions.find((a: any) => a.title.startsWith('Insert omitted claim'));
    const accept = actions.find((a: any) => a.command?.command === 'faithful.acceptChange');
    assert.ok(insert.edit.changes[draftUri][0].newText.trim().length > 10);
    assert.equal(accept.command.arguments[0].change.kind, 'omitted');
    assert.ok(readFileSync(join(root, 'examples/source.txt'), 'utf8').includes(accept.command.arguments[0].change.sourceText));
    const show = actions.find((a: any) => a.command?.command === 'faithful.showSource');
    assert.match(show.command.arguments[0].sourceUri, /source\.txt$/);
    // The hover of a dropped claim still quotes the source.
    const hover = await peer.request('textDocument/hover', { textDocument: { uri: draftUri }, position: omitted.range.start });
    assert.match(hover.result.contents.value, /\*\*Faithful · omitted\*\*\n\n\*Source \(source\\\.txt\):\* \*\*Blinken emphasized/);
  });

  it('re-checks after an edit', async () => {
    const fixed = draftText.replace('will randomly compromise', 'indiscriminately compromised');
    peer.notifications.length = 0;
    peer.notify('textDocument/didChange', { textDocument: { uri: draftUri, version: 2 }, contentChanges: [{ text: fixed }] });
    const msg = await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.version === 2);
    assert.ok(!msg.params.diagnostics.some((d: any) => d.code === 'tense'));
    assert.ok(msg.params.diagnostics.some((d: any) => d.code === 'role'));
  });
});

describe('language server while typing', function () {
  this.timeout(60000);
  let peer: LspPeer;
  let draftUri: string;
  let draftText: string;

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faithful-lsp-typing-'));
    const repeat = (text: string, n: number) => Array.from({ length: n }, () => text.trim()).join('\n\n');
    writeFileSync(join(dir, 'source.txt'), repeat(readFileSync(join(root, 'examples/source.txt'), 'utf8'), 30));
    // About 10,000 words: each check takes long enough for the next keystroke to arrive mid-check.
    draftText = `---\nsource: source.txt\n---\n\n${repeat(readFileSync(join(root, 'examples/rewrite.txt'), 'utf8'), 30)}`;
    writeFileSync(join(dir, 'draft.md'), draftText);
    draftUri = pathToFileURL(join(dir, 'draft.md')).toString();
    peer = new LspPeer(spawn(process.execPath, [join(root, 'bin/faithful.js'), 'lsp', '--stdio'], { cwd: dir }));
    await peer.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: {}, initializationOptions: { settings: { severity: {}, debounceMs: 0 } } });
    peer.notify('initialized', {});
    peer.notify('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: draftText } });
    await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.version === 1, 30000);
  });

  after(() => peer?.close());

  it('publishes only for the last of a burst of edits: each edit cancels the check before it', async () => {
    const line = draftText.split('\n').findIndex((l) => l.includes('three MSS officials'));
    const character = draftText.split('\n')[line]!.indexOf('three');
    const edits = ['four', 'five', 'six', 'seven', 'eight'].map((word, k) => ({
      method: 'textDocument/didChange',
      params: { textDocument: { uri: draftUri, version: k + 2 }, contentChanges: [{ range: { start: { line, character }, end: { line, character: character + (k === 0 ? 5 : ['four', 'five', 'six', 'seven'][k - 1]!.length) } }, text: word }] },
    }));
    peer.notifications.length = 0;
    peer.notifyAll(edits);
    const last = await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.version === 6, 30000);
    const published = peer.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics').map((m) => m.params.version);
    assert.deepEqual(published, [6], 'no diagnostics for the versions typed over');
    const number = last.params.diagnostics.find((d: any) => d.code === 'number' && /eight/.test(d.message));
    assert.ok(number, 'the last version was checked');
  });

  it('applies faithful.timeoutSeconds: a check past the budget stops and the status says so', async () => {
    peer.notifications.length = 0;
    peer.notify('faithful/settings', { severity: {}, debounceMs: 0, timeoutSeconds: 0.001 });
    // The counts of the check before may still be on their way: wait for the first with a problem.
    const counts = await peer.waitFor((m) => m.method === 'faithful/counts' && m.params.draftUri === draftUri && m.params.problem !== null, 30000);
    assert.match(counts.params.problem, /time budget/);
    peer.notifications.length = 0;
    peer.notify('faithful/settings', { severity: {}, debounceMs: 0 });
    const again = await peer.waitFor((m) => m.method === 'faithful/counts' && m.params.draftUri === draftUri && m.params.problem === null, 30000);
    assert.ok(again.params.error > 0, 'without the setting, the default budget applies again');
  });

  it('keeps the engine out of the main bundle, so initialize never waits for it', () => {
    // The main thread reads the engine's data files for the analysis thread (shared/sharedDataFiles.ts);
    // the engine code it runs for a first check (inlineCheck.ts) is loaded only then.
    const engineMarks = ['wink-nlp did not load the core model', 'lemmaText'];
    for (const bundle of ['dist/server.js', 'dist/serverMain.js']) {
      const server = readFileSync(join(root, bundle), 'utf8');
      assert.ok(engineMarks.every((m) => !server.includes(m)), `${bundle} holds no engine code`);
    }
    const worker = readFileSync(join(root, 'dist/checkWorker.js'), 'utf8');
    assert.ok(engineMarks.every((m) => worker.includes(m)) && worker.includes('wink-core.bin'));
    const inline = readFileSync(join(root, 'dist/inlineCheck.js'), 'utf8');
    assert.ok(engineMarks.every((m) => inline.includes(m)));
  });
});

describe('language server on open', function () {
  this.timeout(60000);

  it('checks an opened draft at once, not after the typing debounce (an open is also reported as a change)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faithful-lsp-open-'));
    writeFileSync(join(dir, 'source.txt'), 'The council approved the budget on Tuesday.\n');
    const text = '---\nsource: source.txt\n---\n\nThe council rejected the budget on Tuesday.\n';
    writeFileSync(join(dir, 'draft.md'), text);
    const uri = pathToFileURL(join(dir, 'draft.md')).toString();
    const peer = new LspPeer(spawn(process.execPath, [join(root, 'bin/faithful.js'), 'lsp', '--stdio'], { cwd: dir }));
    try {
      // A debounce longer than the wait below: only a check started by the open itself can publish in time.
      await peer.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: {}, initializationOptions: { settings: { severity: {}, debounceMs: 5000 } } });
      peer.notify('initialized', {});
      peer.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const msg = await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === 1, 4500);
      assert.ok(msg.params.diagnostics.some((d: any) => d.code === 'negation'));
    } finally {
      await peer.close();
    }
  });
});

describe('language server after an edit that changes no diagnostic', function () {
  this.timeout(60000);

  it('sends the diagnostics only when they change; the counts follow every check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faithful-lsp-same-'));
    writeFileSync(join(dir, 'source.txt'), 'The council approved the budget on Tuesday.\n\nThe mayor spoke for an hour.\n');
    const text = '---\nsource: source.txt\n---\n\nThe council rejected the budget on Tuesday.\n\nThe mayor spoke for an hour.\n';
    writeFileSync(join(dir, 'draft.md'), text);
    const uri = pathToFileURL(join(dir, 'draft.md')).toString();
    const peer = new LspPeer(spawn(process.execPath, [join(root, 'bin/faithful.js'), 'lsp', '--stdio'], { cwd: dir }));
    const published = (v: number) => (m: { method: string; params: any }) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === v;
    const counted = (m: { method: string; params: any }) => m.method === 'faithful/counts' && m.params.draftUri === uri;
    const edit = async (version: number, change: object) => {
      peer.notifications.length = 0;
      peer.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      // The counts are sent after the diagnostics, on the same stream: by then they are here or not coming.
      const counts = await peer.waitFor(counted, 30000);
      return { counts: counts.params, publish: peer.notifications.find(published(version)) };
    };
    try {
      await peer.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: {}, initializationOptions: { settings: { severity: {}, debounceMs: 0 } } });
      peer.notify('initialized', {});
      peer.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const first = await peer.waitFor(published(1), 30000);
      // The first check's counts too, before any edit: else they could pass for the edit's.
      await peer.waitFor(counted, 30000);
      const before = first.params.diagnostics;
      assert.ok(before.some((d: any) => d.code === 'negation'));
      // A space after the last word of the draft: every finding stays on its line and character.
      const line = text.split('\n').length - 2;
      const same = await edit(2, { range: { start: { line, character: 28 }, end: { line, character: 28 } }, text: ' ' });
      assert.equal(same.publish, undefined, 'nothing new to send');
      assert.equal(same.counts.error + same.counts.warning + same.counts.info + same.counts.hint, before.length, 'the status bar still hears the check');
      // A quick fix still finds the diagnostic the editor shows.
      const negation = before.find((d: any) => d.code === 'negation');
      const actions = await peer.request('textDocument/codeAction', { textDocument: { uri }, range: negation.range, context: { diagnostics: [negation] } });
      assert.ok(actions.result.some((a: any) => a.isPreferred && a.edit.changes[uri][0].newText === 'approved'));
      // Restoring the source's word changes the findings: they are sent.
      // (Waiting for the publish itself: a check's counts may come before this edit's check
      // has run, when the machine is slow.)
      peer.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: negation.range, text: 'approved' }] });
      const fixed = await peer.waitFor(published(3), 30000);
      assert.ok(!fixed.params.diagnostics.some((d: any) => d.code === 'negation'), 'the changed diagnostics are sent');
    } finally {
      await peer.close();
    }
  });
});
