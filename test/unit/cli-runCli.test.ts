// runCli in-process, with a fake engine where findings matter: exit codes, error reporting,
// format selection and colour decisions, without depending on what the real engine finds.

import * as assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { AnalysisLimitError, type AnalysisResult, type Finding, type Severity } from '../../src/core';
import { InlineRunner } from '../../src/cli/batchJob';
import { runCli, type CliDeps } from '../../src/cli/runCli';
import type { Analyzer, RunOptions } from '../../src/cli/runAnalysis';
import { finding, memoryIo, tempDir } from './cli-helpers';

function result(findings: Finding[]): AnalysisResult {
  return { findings, pairs: [], sentences: { source: [], rewrite: [] }, stats: { sourceSentences: 1, rewriteSentences: 1, alignedPairs: 1, elapsedMs: 0 } };
}

function fakeEngine(findings: Finding[]): Analyzer & { calls: Array<{ source: string; rewrite: string; options?: RunOptions }> } {
  const calls: Array<{ source: string; rewrite: string; options?: RunOptions }> = [];
  const fn = ((source: string, rewrite: string, options?: RunOptions) => {
    calls.push({ source, rewrite, options });
    return result(findings);
  }) as Analyzer & { calls: typeof calls };
  fn.calls = calls;
  return fn;
}

describe('cli runCli', () => {
  let tmp: ReturnType<typeof tempDir>;
  let src: string;
  let rw: string;
  before(() => {
    tmp = tempDir();
    src = tmp.file('source.txt', 'The mayor said 3 people were hurt.\n');
    rw = tmp.file('rewrite.txt', 'The mayor said 4 people were hurt.\n');
  });
  after(() => tmp.cleanup());

  async function run(argv: string[], deps: CliDeps = {}, ioOverrides = {}) {
    const { io, out, err } = memoryIo(ioOverrides);
    const code = await runCli(argv, io, deps);
    return { code, stdout: out(), stderr: err() };
  }

  function oneErrorLine(stderr: string, pattern: RegExp): void {
    assert.match(stderr, /^faithful: [^\n]+\n$/);
    assert.match(stderr, pattern);
  }

  it('prints help and version with exit 0', async () => {
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage:\n {2}faithful SOURCE REWRITE/);
    assert.match(help.stdout, /byte order mark\s+is stripped and not counted/);
    const version = await run(['--version']);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\S*\n$/);
  });

  describe('--timeout', () => {
    it('passes the budget to the engine in milliseconds, and the engine default without it', async () => {
      const engine = fakeEngine([]);
      assert.equal((await run([src, rw, '--timeout', '2.5'], { analyze: engine })).code, 0);
      assert.equal(engine.calls[0]!.options?.timeBudgetMs, 2500);
      await run([src, rw], { analyze: engine });
      assert.equal(engine.calls[1]!.options?.timeBudgetMs, undefined);
    });

    it('with the real engine, a budget that runs out exits 2 with one line naming the budget and the option', async () => {
      // Large enough that tokenising alone outlasts a 1 ms budget.
      const big = tmp.file('big.txt', 'The mayor said 3 people were hurt on Monday in the city centre.\n\n'.repeat(3000));
      const { code, stdout, stderr } = await run([big, rw, '--timeout', '0.001']);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      oneErrorLine(stderr, /time budget.*--timeout SECONDS/);
    });

    it('is documented in --help', async () => {
      assert.match((await run(['--help'])).stdout, /--timeout SECONDS/);
    });
  });

  describe('exit codes with --fail-on', () => {
    const cases: Array<[Severity, string | undefined, number]> = [
      ['error', undefined, 1],
      ['warning', undefined, 0],
      ['info', undefined, 0],
      ['error', 'warning', 1],
      ['warning', 'warning', 1],
      ['info', 'warning', 0],
      ['info', 'info', 1],
      ['warning', 'info', 1],
      ['error', 'never', 0],
      ['error', 'error', 1],
    ];
    for (const [severity, failOn, expected] of cases) {
      it(`exits ${expected} for a${severity === 'error' ? 'n' : ''} ${severity} with --fail-on ${failOn ?? '(default error)'}`, async () => {
        const argv = [src, rw, ...(failOn ? ['--fail-on', failOn] : [])];
        for (const format of ['text', 'json', 'sarif']) {
          const r = await run([...argv, '--format', format], { analyze: fakeEngine([finding({ severity, rewrite: { start: 15, end: 16 } })]) });
          assert.equal(r.code, expected, format);
          assert.equal(r.stderr, '');
        }
      });
    }

    it('exits 0 with no findings whatever --fail-on says', async () => {
      for (const failOn of ['error', 'warning', 'info', 'never']) {
        assert.equal((await run([src, rw, '--fail-on', failOn], { analyze: fakeEngine([]) })).code, 0);
      }
    });
  });

  it('reports AnalysisLimitError with exit 2 and its message', async () => {
    const analyze: Analyzer = () => {
      throw new AnalysisLimitError('rewrite is longer than 8000000 characters');
    };
    const r = await run([src, rw], { analyze });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    oneErrorLine(r.stderr, /^faithful: rewrite is longer than 8000000 characters\n$/);
  });

  it('reports an unexpected engine failure as an internal error, exit 2', async () => {
    const analyze: Analyzer = () => {
      throw new TypeError('boom\nat somewhere');
    };
    const r = await run([src, rw], { analyze });
    assert.equal(r.code, 2);
    oneErrorLine(r.stderr, /internal error: boom at somewhere/);
  });

  describe('input errors exit 2 with one line on stderr', () => {
    const cases: Array<[string, string | Buffer | null, RegExp]> = [
      ['missing.txt', null, /missing\.txt: no such file/],
      ['empty.txt', '', /empty\.txt: file is empty/],
      ['blank.txt', '  \n\n ', /blank\.txt: file contains only whitespace/],
      ['binary.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]), /binary\.bin: looks like a binary file/],
      ['latin1.txt', Buffer.from('caf\xe9 au lait', 'latin1'), /latin1\.txt: not valid UTF-8/],
    ];
    for (const [name, content, pattern] of cases) {
      it(name, async () => {
        const p = content === null ? `${tmp.dir}/${name}` : tmp.file(name, content);
        for (const argv of [
          [p, rw],
          [src, p],
        ]) {
          const engine = fakeEngine([]);
          const r = await run(argv, { analyze: engine });
          assert.equal(r.code, 2);
          assert.equal(r.stdout, '');
          oneErrorLine(r.stderr, pattern);
          assert.equal(engine.calls.length, 0, 'the engine never sees a bad input');
        }
      });
    }

    it('a directory', async () => {
      const r = await run([tmp.dir, rw]);
      assert.equal(r.code, 2);
      oneErrorLine(r.stderr, /is a directory/);
    });

    it('usage errors', async () => {
      for (const argv of [[], [src], [src, rw, '--format', 'yaml'], [src, rw, '--nope'], ['batch']]) {
        const r = await run(argv);
        assert.equal(r.code, 2, argv.join(' '));
        assert.equal(r.stdout, '');
        oneErrorLine(r.stderr, /./);
      }
    });
  });

  it('decodes UTF-16 input and passes the decoded text to the engine', async () => {
    const text = 'The mayor said 3 people were hurt.';
    const u16 = tmp.file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const engine = fakeEngine([]);
    assert.equal((await run([u16, rw], { analyze: engine })).code, 0);
    assert.equal(engine.calls[0].source, text);
  });

  it('reads .md and .markdown files as Markdown', async () => {
    const md = tmp.file('rewrite.md', '# Title\n\nThe mayor said **4** people were hurt.\n');
    const mdUpper = tmp.file('source.MARKDOWN', 'The mayor said 3 people were hurt.\n');
    const engine = fakeEngine([]);
    await run([src, rw], { analyze: engine });
    await run([src, md], { analyze: engine });
    await run([mdUpper, rw], { analyze: engine });
    assert.deepEqual(
      engine.calls.map((c) => c.options?.format),
      ['plain', 'markdown', 'markdown'],
    );
  });

  it('colours text output only on a TTY without NO_COLOR', async () => {
    const analyze = fakeEngine([finding({ rewrite: { start: 15, end: 16 } })]);
    const tty = await run([src, rw], { analyze }, { stdoutIsTTY: true, env: {} });
    assert.match(tty.stdout, /\x1b\[/);
    const noColor = await run([src, rw], { analyze }, { stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    assert.doesNotMatch(noColor.stdout, /\x1b\[/);
    const pipe = await run([src, rw], { analyze }, { stdoutIsTTY: false, env: {} });
    assert.doesNotMatch(pipe.stdout, /\x1b\[/);
    assert.equal(pipe.stdout, `${rw}:1:16: error [number] changed number\n1 error, 0 warnings, 0 infos\n`);
    // JSON never carries colour, TTY or not.
    const json = await run([src, rw, '--format', 'json'], { analyze }, { stdoutIsTTY: true, env: {} });
    assert.doesNotThrow(() => JSON.parse(json.stdout));
  });

  it('uses the paths as given, and SOURCE for an omitted claim', async () => {
    const analyze = fakeEngine([finding({ kind: 'omitted', rewrite: null, source: { start: 4, end: 9 } })]);
    const text = await run([src, rw], { analyze });
    assert.equal(text.stdout.split('\n')[0], `${src}:1:5: warning [omitted] changed omitted`);
    const json = JSON.parse((await run([src, rw, '--format', 'json'], { analyze })).stdout);
    assert.deepEqual(json.source, { path: src });
    assert.deepEqual(json.rewrite, { path: rw });
    assert.deepEqual(json.findings[0].source, { start: 4, end: 9, line: 1, column: 5, text: 'mayor' });
  });

  describe('batch (in-thread runner)', () => {
    const deps = (analyze: Analyzer): CliDeps => ({ createRunner: () => new InlineRunner(analyze) });

    it('reads a file and writes one line per pair', async () => {
      const p = tmp.file('pairs.jsonl', '{"id":"a","source":"x y","rewrite":"x z"}\n{"id":"b","source":"p","rewrite":"q"}\n');
      const r = await run(['batch', p], deps(fakeEngine([finding({ rewrite: { start: 2, end: 3 }, source: { start: 2, end: 3 } })])));
      assert.equal(r.code, 0);
      const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(lines.map((l) => l.id), ['a', 'b']);
      assert.deepEqual(lines[0].findings[0].rewrite, { start: 2, end: 3, line: 1, column: 3, text: 'z' });
    });

    it("reads stdin when the path is '-'", async () => {
      const stdin = Readable.from(['{"id":1,"source":"a","rewrite":"b"}\n', '\n', '{"id":2,"source":"a","rewrite":"b"}']);
      const r = await run(['batch', '-'], deps(fakeEngine([])), { stdin });
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '{"id":1,"findings":[]}\n{"id":2,"findings":[]}\n');
    });

    it('exits 2 when the file cannot be read', async () => {
      const missing = await run(['batch', `${tmp.dir}/none.jsonl`], deps(fakeEngine([])));
      assert.equal(missing.code, 2);
      oneErrorLine(missing.stderr, /none\.jsonl: no such file/);
      const dir = await run(['batch', tmp.dir], deps(fakeEngine([])));
      assert.equal(dir.code, 2);
      oneErrorLine(dir.stderr, /is a directory/);
    });

    it('exits 2 when the stream fails mid-read', async () => {
      const stdin = new Readable({
        read() {
          this.push('{"id":1,"source":"a","rewrite":"b"}\n');
          this.destroy(new Error('EIO: i/o error, read'));
        },
      });
      const r = await run(['batch', '-'], deps(fakeEngine([])), { stdin });
      assert.equal(r.code, 2);
      oneErrorLine(r.stderr, /^faithful: stdin: EIO/);
    });

    it('draws progress on stderr only when stderr is a TTY', async () => {
      const p = tmp.file('two.jsonl', '{"id":1,"source":"a","rewrite":"b"}\n{"id":2,"source":"a","rewrite":"b"}\n');
      const quiet = await run(['batch', p], deps(fakeEngine([])), { stderrIsTTY: false });
      assert.equal(quiet.stderr, '');
      const tty = await run(['batch', p], deps(fakeEngine([])), { stderrIsTTY: true });
      assert.match(tty.stderr, /faithful: \d+ pairs? checked/);
      assert.ok(tty.stderr.endsWith('\r\x1b[K'), 'the progress line is erased at the end');
      assert.equal(tty.stdout, quiet.stdout, 'progress never reaches stdout');
    });
  });
});
