// The language server as VS Code's extension starts it: dist/server.js forked directly (not
// through bin/faithful.js), in the extension host's environment less NODE_EXTRA_CA_CERTS
// (shared/serverEnvironment.ts). It installs the compile cache itself (compileCacheSetup.ts),
// writes it once the first findings are out, and reads it on the next start, with the same
// findings; and it never needs the certificates it is started without.
import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspPeer } from '../../scripts/lspClient';
import { SERVER_ENV_DROPPED, serverEnvironment } from '../../src/shared/serverEnvironment';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');

describe('language server started by the editor', function () {
  this.timeout(120_000);

  before(() => {
    if (!['server.js', 'serverMain.js', 'inlineCheck.js', 'checkWorker.js', 'compileCache.js'].every((f) => fs.existsSync(join(dist, f)))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
  });

  it('is started without NODE_EXTRA_CA_CERTS, merged over the environment as vscode-languageclient does', () => {
    const host = { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt', HOME: '/home/someone' };
    const entries = serverEnvironment(host);
    assert.deepEqual(Object.keys(entries), ['NODE_EXTRA_CA_CERTS']);
    // vscode-languageclient's getEnvironment: the host's variables, then these over them.
    const merged: Record<string, string | undefined> = { ...host, ...entries };
    const seen = execFileSync(process.execPath, ['-e', 'process.stdout.write(JSON.stringify(Object.keys(process.env)))'], { env: merged, encoding: 'utf8' });
    assert.ok(!JSON.parse(seen).includes('NODE_EXTRA_CA_CERTS'));
    assert.ok(JSON.parse(seen).includes('HOME'));
    assert.deepEqual(serverEnvironment({ PATH: '/bin' }), {}, 'nothing to drop: nothing merged');
  });

  it('loads no module that could use the certificates it is started without', () => {
    assert.deepEqual([...SERVER_ENV_DROPPED], ['NODE_EXTRA_CA_CERTS']);
    for (const bundle of ['server.js', 'serverMain.js', 'inlineCheck.js', 'checkWorker.js', 'compileCache.js']) {
      const text = fs.readFileSync(join(dist, bundle), 'utf8');
      const modules = [...text.matchAll(/require\(["']((?:node:)?[a-z_/0-9]+)["']\)/g)].map((m) => m[1]!.replace(/^node:/, ''));
      assert.ok(modules.length > 0, `${bundle}: its requires were read`);
      for (const tlsUser of ['https', 'tls', 'http2', 'http']) assert.ok(!modules.includes(tlsUser), `${bundle} requires ${tlsUser}`);
      assert.ok(!/\bfetch\(/.test(text), `${bundle} calls fetch`);
    }
  });

  it('compiles its engine with a code cache, written after the first findings and read on the next start', async () => {
    const tmp = fs.mkdtempSync(join(os.tmpdir(), 'faithful-editor-server-'));
    const work = join(tmp, 'work');
    fs.mkdirSync(work);
    fs.writeFileSync(join(work, 'source.txt'), fs.readFileSync(join(root, 'examples/source.txt')));
    const draftText = `---\nsource: source.txt\n---\n\n${fs.readFileSync(join(root, 'examples/rewrite.txt'), 'utf8')}`;
    fs.writeFileSync(join(work, 'draft.md'), draftText);
    const draftUri = pathToFileURL(join(work, 'draft.md')).toString();
    const cacheFiles = () => fs.readdirSync(tmp, { recursive: true }).map(String).filter((f) => f.endsWith('.v8'));
    const inlineCache = () => cacheFiles().filter((f) => /inlineCheck\.js-.*\.v8$/.test(f));
    // The server's own bundle (dist/serverMain.js, required by the small dist/server.js entry once
    // the cache is installed: src/server/main.ts) is compiled with the cache too.
    const serverCache = () => cacheFiles().filter((f) => /serverMain\.js-.*\.v8$/.test(f));
    const start = async (): Promise<{ diagnostics: unknown[]; cachesAfterFirst: string[] }> => {
      const env = { ...process.env, TMPDIR: tmp, TEMP: tmp, TMP: tmp, ...serverEnvironment() };
      const peer = new LspPeer(spawn(process.execPath, [join(dist, 'server.js'), '--stdio'], { cwd: work, env }));
      try {
        await peer.request('initialize', { processId: process.pid, rootUri: pathToFileURL(work).toString(), capabilities: {} });
        peer.notify('initialized', {});
        peer.notify('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: draftText } });
        const msg = await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === draftUri, 60_000);
        // Written just after the findings go out (bounded wait), not only at exit.
        for (const until = Date.now() + 30_000; inlineCache().length === 0 && Date.now() < until;) await new Promise((r) => setTimeout(r, 20));
        const cachesAfterFirst = inlineCache();
        return { diagnostics: msg.params.diagnostics, cachesAfterFirst };
      } finally {
        peer.child.kill('SIGKILL');
        await new Promise((r) => peer.child.once('exit', r));
      }
    };
    try {
      assert.deepEqual(cacheFiles(), []);
      const first = await start();
      assert.ok(first.diagnostics.length > 0);
      // Killed, not asked to exit: the cache is there all the same.
      assert.equal(first.cachesAfterFirst.length, 1, `cache files: ${cacheFiles().join(', ')}`);
      assert.equal(serverCache().length, 1, `the server's own bundle has a cache too: ${cacheFiles().join(', ')}`);
      const file = join(tmp, first.cachesAfterFirst[0]!);
      const mtime = fs.statSync(file).mtimeMs;
      const serverFile = join(tmp, serverCache()[0]!);
      const serverMtime = fs.statSync(serverFile).mtimeMs;
      const second = await start();
      assert.deepEqual(second.diagnostics, first.diagnostics);
      assert.equal(fs.statSync(file).mtimeMs, mtime, 'the cache was accepted, not written again');
      assert.equal(fs.statSync(serverFile).mtimeMs, serverMtime, "the server bundle's cache was accepted, not written again");
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
