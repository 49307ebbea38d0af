// Issue 11, Security: the CLI and the language server never reach out. Two proofs:
// - run them with networking denied (a network namespace of their own, `unshare -rn`, where the
//   system allows it) and they still do their whole job;
// - run them with every Node network API replaced by a tripwire (networkTripwire.cjs, preloaded
//   into the process and its worker threads) and nothing trips.
// The escaping of document text in the webview and the HTML report is tested elsewhere: see
// test/integration ("escapes <script>, <img onerror> and javascript: in both texts") and
// test/unit/comparison-formats.test.ts.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspPeer } from '../../scripts/lspClient';
import { CLI, ROOT } from './lspHarness';

const TRIPWIRE = join(__dirname, 'networkTripwire.cjs');

/** Whether this system lets an unprivileged process make a network namespace of its own. */
function unshareWorks(): boolean {
  return spawnSync('unshare', ['-rn', 'true']).status === 0;
}

describe('hardening: nothing reaches the network (issue 11, Security)', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'faithful-offline-'));
    writeFileSync(join(dir, 'source.txt'), readFileSync(join(ROOT, 'examples', 'source.txt')));
    writeFileSync(join(dir, 'rewrite.txt'), readFileSync(join(ROOT, 'examples', 'rewrite.txt')));
    writeFileSync(join(dir, 'draft.md'), `---\nsource: source.txt\n---\n\n${readFileSync(join(ROOT, 'examples', 'rewrite.txt'), 'utf8')}`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** The CLI on the seed pair in every output format, under `prefix` (a command and its arguments). */
  function runCli(prefix: string[], nodeArgs: string[]): void {
    for (const format of ['text', 'json', 'html']) {
      const [cmd, ...args] = [...prefix, process.execPath, ...nodeArgs, CLI, join(dir, 'source.txt'), join(dir, 'rewrite.txt'), '--format', format];
      const r = spawnSync(cmd!, args, { encoding: 'utf8' });
      assert.equal(r.status, 1, `${format}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /FAITHFUL-NETWORK-ATTEMPT/);
      assert.ok(r.stdout.length > 100, format);
    }
    const [cmd, ...args] = [...prefix, process.execPath, ...nodeArgs, CLI, 'batch', '-', '--jobs', '2'];
    const batch = spawnSync(cmd!, args, {
      input: `${JSON.stringify({ id: 1, source: 'It cost $4 million.', rewrite: 'It cost $5 million.' })}\n`, encoding: 'utf8',
    });
    assert.equal(batch.status, 0, batch.stderr);
    assert.match(batch.stdout, /"kind":"number"/);
    assert.doesNotMatch(batch.stderr, /FAITHFUL-NETWORK-ATTEMPT/);
  }

  /** The language server under `prefix`: initialize, pair by front matter, diagnostics, hover, shutdown. */
  async function runServer(prefix: string[], nodeArgs: string[]): Promise<void> {
    const [cmd, ...args] = [...prefix, process.execPath, ...nodeArgs, CLI, 'lsp', '--stdio'];
    const child = spawn(cmd!, args, { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const peer = new LspPeer(child);
    try {
      await peer.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: {} });
      peer.notify('initialized', {});
      const uri = pathToFileURL(join(dir, 'draft.md')).toString();
      peer.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(join(dir, 'draft.md'), 'utf8') } });
      const msg = await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length > 0, 30000);
      const hover = await peer.request('textDocument/hover', { textDocument: { uri }, position: msg.params.diagnostics[0].range.start });
      assert.ok(hover.result);
      await peer.close();
    } finally {
      if (child.exitCode === null) child.kill();
    }
    assert.doesNotMatch(stderr, /FAITHFUL-NETWORK-ATTEMPT/);
  }

  it('the CLI (text, JSON, the HTML report, and batch with workers) calls no network API', () => runCli([], ['-r', TRIPWIRE]));

  it('the language server and its analysis thread call no network API', () => runServer([], ['-r', TRIPWIRE]));

  it('the CLI works with networking denied (unshare -rn)', function () {
    if (!unshareWorks()) this.skip(); // not permitted here (no user namespaces): the tripwire tests still hold
    runCli(['unshare', '-rn'], []);
  });

  it('the language server works with networking denied (unshare -rn)', async function () {
    if (!unshareWorks()) this.skip();
    await runServer(['unshare', '-rn'], []);
  });

  it('the tripwire itself trips on a network call', () => {
    const r = spawnSync(process.execPath, ['-r', TRIPWIRE, '-e', "require('node:dns').lookup('example.com', () => {})"], { encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /FAITHFUL-NETWORK-ATTEMPT dns.lookup/);
  });
});
