// The language server over stdio, as Neovim or Helix would start it (`faithful lsp --stdio`):
// pairing from front matter, diagnostics, hover and quick fixes, with no VS Code involved.
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(__dirname, '..', '..');

class LspPeer {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (msg: any) => void>();
  readonly notifications: any[] = [];
  private readonly waiters: Array<() => void> = [];

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const header = this.buffer.indexOf('\r\n\r\n');
        if (header < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, header).toString())![1]);
        if (this.buffer.length < header + 4 + length) return;
        const msg = JSON.parse(this.buffer.subarray(header + 4, header + 4 + length).toString('utf8'));
        this.buffer = this.buffer.subarray(header + 4 + length);
        if (msg.id !== undefined && this.pending.has(msg.id)) {
          this.pending.get(msg.id)!(msg);
          this.pending.delete(msg.id);
        } else if (msg.method) {
          this.notifications.push(msg);
          this.waiters.splice(0).forEach((w) => w());
        }
      }
    });
  }

  private send(msg: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** Waits (bounded) for a notification matching `test`; never a fixed sleep. */
  async waitFor(test: (msg: any) => boolean, timeoutMs = 15000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.notifications.find(test);
      if (hit) return hit;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for a notification');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}

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
    assert.deepEqual(actions.result.map((a: any) => a.title).slice(1), ["Accept tense change: 'will randomly compromise'", 'Show source side by side']);
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
