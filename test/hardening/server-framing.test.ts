// Issue 11, items 11 and 14: broken LSP framing must not wedge the language server (it exits at
// once with a logged reason, so the editor can restart it), a body that is not JSON gets a
// -32700 parse error and the server reads on, and `faithful lsp` without a transport prints
// its usage instead of a stack trace through minified code.
import { strict as assert } from 'node:assert';
import { spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { CLI, startServer as startLsp, within } from './lspHarness';
import { seeded } from './history';

function exited(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
  });
}

function stderrOf(child: ChildProcessWithoutNullStreams): () => string {
  let text = '';
  child.stderr.on('data', (d: Buffer) => (text += d.toString()));
  return () => text;
}

describe('hardening: the language server and broken framing (issue 11, items 11 and 14)', function () {
  this.timeout(30000);
  const started: ChildProcessWithoutNullStreams[] = [];
  const startServer = async () => {
    const peer = await startLsp();
    started.push(peer.child);
    return peer;
  };
  // A server that failed a test must not keep mocha alive.
  afterEach(() => started.splice(0).forEach((c) => c.exitCode === null && c.kill()));

  it('exits promptly, saying why, after 4 KB of random bytes', async () => {
    const peer = await startServer();
    const stderr = stderrOf(peer.child);
    const rnd = seeded(3);
    peer.child.stdin.write(Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rnd() * 256))));
    assert.equal(await within(exited(peer.child), 5000, 'exit after random bytes'), 1);
    assert.match(stderr(), /not an LSP header.*exiting so that the editor can start the server again/s);
  });

  it('exits promptly, saying why, after "Content-Length: abc"', async () => {
    const peer = await startServer();
    const stderr = stderrOf(peer.child);
    peer.child.stdin.write('Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","id":9,"method":"shutdown"}');
    assert.equal(await within(exited(peer.child), 5000, 'exit after a bad Content-Length'), 1);
    assert.match(stderr(), /"Content-Length: abc", which is not a number of bytes/);
  });

  it('answers a body that is not JSON with -32700 and goes on answering', async () => {
    const peer = await startServer();
    let out = '';
    peer.child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const body = '{"jsonrpc":"2.0","id":5,"method":';
    peer.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const hover = await within(peer.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } }), 5000, 'hover after bad JSON');
    assert.equal(hover.result, null);
    const parseError = /Content-Length: \d+\r\n\r\n(\{[^\r]*?"code":-32700[^\r]*?\})(?=Content-Length|$)/.exec(out);
    assert.ok(parseError, `a parse error was written: ${out.slice(0, 300)}`);
    const msg = JSON.parse(parseError[1]!);
    assert.equal(msg.id, null);
    assert.equal(msg.error.code, -32700);
    await within(peer.close(), 5000, 'shutdown');
    assert.equal(peer.child.exitCode, 0);
  });

  it('`faithful lsp` without --stdio prints its usage, not the bundle', () => {
    const r = spawnSync(process.execPath, [CLI, 'lsp'], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^faithful lsp: say how the editor talks to the server\nusage: faithful lsp --stdio\n/);
    assert.ok(r.stderr.length < 1000, `${r.stderr.length} characters`);
    const help = spawnSync(process.execPath, [CLI, 'lsp', '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^usage: faithful lsp --stdio/);
  });

  it('still starts with --stdio (the guard passes whole messages through)', async () => {
    const peer = await within(startServer(), 10000, 'initialize');
    try {
      const hover = await within(peer.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } }), 5000, 'hover');
      assert.equal(hover.result, null);
    } finally {
      await peer.close();
    }
  });
});
