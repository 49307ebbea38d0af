// The language server's analysis thread compiles its bundle with the code cache when the server
// process does (bin/faithful.js on Node before 22.1; src/server/checker.ts): its checks must
// give exactly the engine's findings, and the cache must be written after the first check and
// read by the next thread.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import { Checker } from '../../src/server/checker';

const root = join(__dirname, '..', '..');
const source = fs.readFileSync(join(root, 'examples/source.txt'), 'utf8');
const rewrite = fs.readFileSync(join(root, 'examples/rewrite.txt'), 'utf8');
const KEY = Symbol.for('faithful.compileCache');

describe('analysis thread with the compile cache', function () {
  this.timeout(120_000);
  let tmp: string;
  let savedTmp: string | undefined;

  before(() => {
    const dist = join(root, 'dist');
    if (!fs.existsSync(join(dist, 'checkWorker.js')) || !fs.existsSync(join(dist, 'compileCache.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
    tmp = fs.mkdtempSync(join(os.tmpdir(), 'faithful-worker-cache-'));
    savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    // What bin/faithful.js leaves for the server's worker threads once it installed the cache.
    (globalThis as Record<symbol, unknown>)[KEY] = { file: join(dist, 'compileCache.js'), dir: fs.realpathSync(dist) };
  });
  after(() => {
    delete (globalThis as Record<symbol, unknown>)[KEY];
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const workerCaches = () => fs.readdirSync(tmp, { recursive: true }).map(String).filter((f) => /checkWorker\.js-.*\.v8$/.test(f));

  it('gives the engine\'s findings, writes the cache after the first check, and the next thread reads it', async () => {
    const expected = analyze(source, rewrite).findings;
    const checkOnce = async (waitForCache: boolean, stopAtOnce = false) => {
      const checker = new Checker(join(root, 'dist', 'checkWorker.js'));
      try {
        const outcome = await checker.check({ draftUri: 'file:///draft.txt', source, draft: rewrite, format: 'plain', accepted: [] });
        assert.equal(outcome.type, 'result');
        assert.deepEqual(outcome.type === 'result' && outcome.result.findings, expected);
        // The thread writes the cache just after answering: wait for it (bounded) before stopping it.
        for (const until = Date.now() + 30_000; waitForCache && workerCaches().length === 0 && Date.now() < until;) await new Promise((r) => setTimeout(r, 20));
      } finally {
        // Stopped at once, as a server shut down right after its first check: dispose() has the thread write its cache first.
        if (stopAtOnce) await checker.dispose();
        else void checker.dispose();
      }
    };
    assert.deepEqual(workerCaches(), []);
    await checkOnce(true);
    const written = workerCaches();
    assert.equal(written.length, 1, `cache files: ${written.join(', ')}`);
    const file = join(tmp, written[0]!);
    const mtime = fs.statSync(file).mtimeMs;
    await checkOnce(false);
    assert.equal(fs.statSync(file).mtimeMs, mtime, 'the cache was accepted, not written again');
  });

  it('is written when the server stops right after its first check', async () => {
    for (const f of workerCaches()) fs.rmSync(join(tmp, f));
    const checker = new Checker(join(root, 'dist', 'checkWorker.js'));
    const outcome = await checker.check({ draftUri: 'file:///draft.txt', source, draft: rewrite, format: 'plain', accepted: [] });
    assert.equal(outcome.type, 'result');
    await checker.dispose();
    assert.equal(workerCaches().length, 1);
  });
});
