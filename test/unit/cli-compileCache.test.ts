// The code cache bin/faithful.js installs on Node before 22.1 (src/cli/compileCache.ts) must
// never change what the CLI says: the output with a fresh cache, a warm one and a corrupt one
// is the output without the cache, and the cache files are written, reused and replaced.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mayHaveNodeCompileCache } from '../../src/shared/nodeModuleApi';
import { buildCli, REPO, tempDir } from './cli-helpers';

/** A launcher like bin/faithful.js for the test build, always taking the cache path. */
function cachingLauncher(tmp: ReturnType<typeof tempDir>, cli: string, name = 'launch.js'): string {
  const bundles = path.dirname(cli);
  return tmp.file(name, `require(${JSON.stringify(path.join(bundles, 'compileCache.js'))}).installCompileCache(${JSON.stringify(bundles)});\nrequire(${JSON.stringify(cli)});\n`);
}

/** The environment with every temporary folder (where the cache lives) inside `dir`. */
function tempEnv(dir: string): NodeJS.ProcessEnv {
  return { ...process.env, TMPDIR: dir, TEMP: dir, TMP: dir };
}

describe('compile cache (Node before 22.1)', function () {
  this.timeout(120_000);

  it('is installed, and a comparison run, without loading node:module (its ES module loader and source maps) on a Node older than 22', async function () {
    if (mayHaveNodeCompileCache()) this.skip();
    const { cli } = await buildCli();
    const tmp = tempDir();
    try {
      const bundles = path.dirname(cli);
      const probe = tmp.file('probe.js', `process.on('exit', () => process.stderr.write(JSON.stringify({ nodeModule: process.moduleLoadList.includes('NativeModule module'), cache: !!globalThis[Symbol.for('faithful.compileCache')] })));\nrequire(${JSON.stringify(path.join(bundles, 'compileCache.js'))}).installCompileCache(${JSON.stringify(bundles)});\nrequire(${JSON.stringify(cli)});\n`);
      const args = [path.join(REPO, 'examples', 'source.txt'), path.join(REPO, 'examples', 'rewrite.txt')];
      for (let run = 0; run < 2; run++) {
        const r = spawnSync(process.execPath, [probe, ...args], { env: tempEnv(tmp.dir), encoding: 'utf8' });
        assert.equal(r.status, 1, `the examples have findings: ${r.stderr}`);
        assert.deepEqual(JSON.parse(r.stderr), { nodeModule: false, cache: true }, `run ${run + 1}`);
      }
      assert.ok(fs.readdirSync(tmp.dir, { recursive: true }).map(String).some((f) => path.basename(f).startsWith('runCli.js-')), 'the cache was written');
    } finally {
      tmp.cleanup();
    }
  });

  it('Node has its own compile cache from version 22 on (node:module is asked there)', () => {
    assert.equal(mayHaveNodeCompileCache('20.20.2'), false);
    assert.equal(mayHaveNodeCompileCache('21.7.3'), false);
    assert.equal(mayHaveNodeCompileCache('22.0.0'), true);
    assert.equal(mayHaveNodeCompileCache('24.1.0'), true);
  });

  it('gives the same output without a cache, with a new one, a reused one and a corrupt one', async () => {
    const { cli } = await buildCli();
    const bundles = path.dirname(cli);
    const tmp = tempDir();
    try {
      const launcher = cachingLauncher(tmp, cli);
      const args = [path.join(REPO, 'examples', 'source.txt'), path.join(REPO, 'examples', 'rewrite.txt'), '--format', 'json'];
      const env = tempEnv(tmp.dir);
      const run = (entry: string) => {
        try {
          return execFileSync(process.execPath, [entry, ...args], { env, encoding: 'utf8' });
        } catch (err) {
          // Findings exit with status 1; the output is what counts.
          return (err as { stdout: string }).stdout;
        }
      };
      const plain = run(cli);
      assert.ok(JSON.parse(plain).findings.length > 0);
      const cacheFiles = () => fs.readdirSync(tmp.dir, { recursive: true }).map(String).filter((f) => f.endsWith('.v8'));
      assert.equal(cacheFiles().length, 0);

      assert.equal(run(launcher), plain, 'first run, writing the cache');
      const written = cacheFiles();
      assert.ok(written.some((f) => path.basename(f).startsWith('runCli.js-')), `cache files: ${written.join(', ')}`);
      const runCliCache = path.join(tmp.dir, written.find((f) => path.basename(f).startsWith('runCli.js-'))!);
      const mtime = fs.statSync(runCliCache).mtimeMs;

      assert.equal(run(launcher), plain, 'second run, reading the cache');
      assert.equal(fs.statSync(runCliCache).mtimeMs, mtime, 'a cache V8 accepted is not written again');

      fs.writeFileSync(runCliCache, Buffer.from('not a V8 code cache at all'));
      assert.equal(run(launcher), plain, 'a corrupt cache is ignored');
      assert.ok(fs.statSync(runCliCache).size > 1000, 'and replaced by a good one');
      assert.equal(run(launcher), plain, 'the replacement is read');

      // A second copy of the bundles (another install or checkout) keeps a cache of its own:
      // neither run deletes the other's, so the first copy's cache is still read.
      const copy = path.join(tmp.dir, 'copy', '.keep');
      fs.mkdirSync(path.dirname(copy));
      for (const f of fs.readdirSync(bundles)) if (/\.(js|bin)$/.test(f)) fs.copyFileSync(path.join(bundles, f), path.join(path.dirname(copy), f));
      const copyLauncher = cachingLauncher(tmp, path.join(path.dirname(copy), path.basename(cli)), 'launch-copy.js');
      const before = fs.statSync(runCliCache).mtimeMs;
      assert.equal(run(copyLauncher), plain, 'a second copy of the bundles');
      assert.equal(cacheFiles().filter((f) => path.basename(f).startsWith('runCli.js-')).length, 2, 'each copy has its cache');
      assert.equal(run(launcher), plain);
      assert.equal(fs.statSync(runCliCache).mtimeMs, before, "the first copy's cache is kept and read");

      // A cache folder others may write to is neither read nor written (POSIX permissions).
      if (process.platform === 'win32') return;
      const folder = path.dirname(path.dirname(runCliCache));
      fs.chmodSync(folder, 0o777);
      fs.writeFileSync(runCliCache, Buffer.from('planted by someone else'));
      assert.equal(run(launcher), plain, 'an untrusted folder is ignored');
      assert.equal(fs.readFileSync(runCliCache, 'utf8'), 'planted by someone else');
      fs.chmodSync(folder, 0o700);
    } finally {
      tmp.cleanup();
    }
  });

  it("is written for the engine's bundle only by a run that compared texts, not by one that stopped early, and again after a comparison twice as long", async () => {
    const { cli } = await buildCli();
    const tmp = tempDir();
    try {
      const launcher = cachingLauncher(tmp, cli);
      const env = tempEnv(tmp.dir);
      const run = (args: readonly string[]) => {
        try {
          return execFileSync(process.execPath, [launcher, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        } catch (err) {
          return (err as { stdout: string }).stdout;
        }
      };
      const allRunCliCaches = () => fs.readdirSync(tmp.dir, { recursive: true }).map(String).filter((f) => path.basename(f).startsWith('runCli.js-') && f.endsWith('.v8'));
      // The cache of any run, and the one short comparisons keep for themselves.
      const runCliCaches = () => allRunCliCaches().filter((f) => !path.basename(f).includes('.short-'));
      const shortCaches = () => allRunCliCaches().filter((f) => path.basename(f).includes('.short-'));
      // A missing file and a usage error load the engine's bundle and stop before comparing.
      run([path.join(tmp.dir, 'no-such-source.txt'), path.join(REPO, 'examples', 'rewrite.txt')]);
      run(['--format', 'no-such-format', path.join(REPO, 'examples', 'source.txt'), path.join(REPO, 'examples', 'rewrite.txt')]);
      assert.deepEqual(runCliCaches(), [], 'no cache of a bundle whose work did not run');
      const args = [path.join(REPO, 'examples', 'source.txt'), path.join(REPO, 'examples', 'rewrite.txt'), '--format', 'json'];
      const first = run(args);
      assert.equal(runCliCaches().length, 1, 'a comparison writes it');
      const file = path.join(tmp.dir, runCliCaches()[0]!);
      const mtime = fs.statSync(file).mtimeMs;
      run([path.join(tmp.dir, 'no-such-source.txt'), path.join(REPO, 'examples', 'rewrite.txt')]);
      assert.equal(run(args), first);
      assert.equal(fs.statSync(file).mtimeMs, mtime, 'and it is read, not written again');
      // A short pair keeps a cache of its own (of the little code it runs), and leaves this one
      // as it is; a pair more than twice as long writes this one again, once.
      const short = [tmp.file('s.txt', 'The council approved the budget on Tuesday.\n'), tmp.file('r.txt', 'The council rejected the budget on Tuesday.\n'), '--format', 'json'];
      const shortOut = run(short);
      assert.equal(fs.statSync(file).mtimeMs, mtime, 'a short comparison does not write it');
      assert.equal(shortCaches().length, 1, 'a short comparison writes a cache of its own');
      const shortFile = path.join(tmp.dir, shortCaches()[0]!);
      const shortMtime = fs.statSync(shortFile).mtimeMs;
      assert.ok(fs.statSync(shortFile).size < fs.statSync(file).size, 'smaller than the cache of a longer comparison');
      assert.equal(run(short), shortOut, 'the same findings from it');
      assert.equal(fs.statSync(shortFile).mtimeMs, shortMtime, 'and it is read, not written again');
      const times = (name: string, n: number) => tmp.file(`${n}-${name}`, Array(n).fill(fs.readFileSync(path.join(REPO, 'examples', name), 'utf8')).join('\n\n'));
      const long = [times('source.txt', 3), times('rewrite.txt', 3), '--format', 'json'];
      const longOut = run(long);
      assert.ok(JSON.parse(longOut).findings.length > 0);
      const upgraded = fs.statSync(file).mtimeMs;
      assert.notEqual(upgraded, mtime, 'a comparison more than twice as long writes it again');
      assert.equal(runCliCaches().length, 1);
      assert.equal(run(long), longOut, 'the same findings with it');
      assert.equal(run(args), first);
      assert.equal(fs.statSync(file).mtimeMs, upgraded, 'and then it is read as it is');
      assert.equal(shortCaches().length, 1, "the short comparisons' cache is kept beside it");
    } finally {
      tmp.cleanup();
    }
  });
});
