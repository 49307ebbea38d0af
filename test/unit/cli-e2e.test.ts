// The bundled CLI as users run it: a child process, real files, real exit codes. Assertions
// here do not depend on what the engine finds (that is the engine's tests' business), except
// for the one marked test on the examples.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, KINDS } from '../../src/core';
import { MAX_INPUT_BYTES } from '../../src/cli/readInput';
import { runAnalysis } from '../../src/cli/runAnalysis';
import { parseTimings } from '../../src/cli/timings';
import { REPO, buildCli, runBuiltCli, tempDir } from './cli-helpers';

const EXAMPLE_SOURCE = path.join('examples', 'source.txt');
const EXAMPLE_REWRITE = path.join('examples', 'rewrite.txt');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('cli end to end', function () {
  this.timeout(120_000); // The first test pays for bundling.

  let tmp: ReturnType<typeof tempDir>;
  let src: string;
  let rw: string;
  before(async () => {
    await buildCli();
    tmp = tempDir();
    src = tmp.file('source.txt', 'The council approved a budget of 4 million pounds on Monday.\n');
    rw = tmp.file('rewrite.txt', 'The council approved a budget of 5 million pounds on Tuesday.\n');
  });
  after(() => tmp.cleanup());

  function assertUsageError(r: { code: number | null; stdout: string; stderr: string }, pattern: RegExp): void {
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^faithful: [^\n]+\n$/);
    assert.match(r.stderr, pattern);
  }

  it('--help and --version exit 0', async () => {
    const help = await runBuiltCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /faithful batch PAIRS\.jsonl/);
    const version = await runBuiltCli(['--version']);
    assert.equal(version.code, 0);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.equal(version.stdout, `${pkg.version}\n`);
  });

  it('--help and --version load only the small entry bundle, not the engine (runCli.js)', async () => {
    const { cli } = await buildCli();
    // (cli.js names the data files, to start reading them for a comparison: dataFile.ts.)
    assert.ok(!fs.readFileSync(cli, 'utf8').includes('tagAndParse'), 'cli.js holds no engine');
    assert.ok(fs.readFileSync(path.join(path.dirname(cli), 'runCli.js'), 'utf8').includes('tagAndParse'), 'runCli.js holds the engine');
    const probe = tmp.file('probe.js', `require(${JSON.stringify(cli)});\nprocess.on('exit', () => process.stderr.write(Object.keys(require.cache).map((k) => require('path').basename(k)).join(',')));\n`);
    for (const arg of ['--version', '--help']) {
      const r = spawnSync(process.execPath, [probe, arg], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(r.stderr.split(',').sort(), ['cli.js', 'probe.js'], `${arg} loaded ${r.stderr}`);
    }
    // A real run loads the rest.
    const r = spawnSync(process.execPath, [probe, src, rw], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.ok(r.stderr.split(',').includes('runCli.js'), r.stderr);
  });

  it('FAITHFUL_TIMINGS adds one line on stderr, the phases of the run in order, and changes nothing else', async () => {
    const plain = await runBuiltCli([src, rw], { env: { FAITHFUL_TIMINGS: '' } });
    const timed = await runBuiltCli([src, rw], { env: { FAITHFUL_TIMINGS: '1' } });
    assert.equal(timed.code, plain.code);
    assert.equal(timed.stdout, plain.stdout);
    assert.equal(parseTimings(plain.stderr), null, plain.stderr);
    const phases = parseTimings(timed.stderr);
    assert.ok(phases, timed.stderr);
    // (Started without bin/faithful.js: no launcher phase.)
    assert.deepEqual([...phases.keys()], ['entry', 'engine loaded', 'done', 'exit']);
    const times = [...phases.values()];
    assert.ok(times.every((t, i) => t > 0 && (i === 0 || t >= times[i - 1]!)), timed.stderr);
    assert.equal(timed.stderr.split('\n').filter((l) => !l.startsWith('faithful timings')).join('\n'), plain.stderr);
    const off = await runBuiltCli([src, rw], { env: { FAITHFUL_TIMINGS: '0' } });
    assert.equal(off.stderr, plain.stderr);
  });

  it('exits 2 on usage errors', async () => {
    assertUsageError(await runBuiltCli([]), /missing SOURCE and REWRITE/);
    assertUsageError(await runBuiltCli([src]), /missing REWRITE/);
    assertUsageError(await runBuiltCli([src, rw, '--format', 'xml']), /invalid value 'xml' for '--format'/);
    assertUsageError(await runBuiltCli([src, rw, '--fail-on']), /needs a value/);
    assertUsageError(await runBuiltCli([src, rw, '--verbose']), /unknown option '--verbose'/);
    assertUsageError(await runBuiltCli(['batch', 'x.jsonl', '--jobs', '0']), /'--jobs'/);
  });

  it('exits 2 on unusable input files', async () => {
    assertUsageError(await runBuiltCli([path.join(tmp.dir, 'absent.txt'), rw]), /absent\.txt: no such file/);
    assertUsageError(await runBuiltCli([src, tmp.dir]), /is a directory/);
    assertUsageError(await runBuiltCli([src, tmp.file('img.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))]), /binary/);
    assertUsageError(await runBuiltCli([src, tmp.file('ctl.txt', '\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f')]), /binary/);
    assertUsageError(await runBuiltCli([tmp.file('empty.txt', ''), rw]), /empty\.txt: file is empty/);
    assertUsageError(await runBuiltCli([src, tmp.file('ws.txt', ' \r\n\t \n')]), /ws\.txt: file contains only whitespace/);
    assertUsageError(await runBuiltCli([src, tmp.file('cp1252.txt', Buffer.from([0x93, 0x48, 0x69, 0x94, 0x0a]))]), /cp1252\.txt: not valid UTF-8/);
    const big = path.join(tmp.dir, 'big.txt');
    fs.writeFileSync(big, 'x');
    fs.truncateSync(big, MAX_INPUT_BYTES + 1);
    assertUsageError(await runBuiltCli([big, rw]), /big\.txt: file is larger than the 8 MB limit/);
  });

  it('accepts UTF-16 LE and BE files with a BOM', async () => {
    const text = 'The council approved a budget of 4 million pounds on Monday.\r\n';
    const le = tmp.file('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = tmp.file('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    for (const p of [le, be]) {
      const r = await runBuiltCli([p, rw, '--fail-on', 'never', '--format', 'json']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).source.path, p);
    }
  });

  it('text output: one location line per finding and a summary, no colour in a pipe', async () => {
    const r = await runBuiltCli([EXAMPLE_SOURCE, EXAMPLE_REWRITE, '--fail-on', 'never']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.doesNotMatch(r.stdout, /\x1b\[/);
    const lines = r.stdout.trimEnd().split('\n');
    const summary = lines.pop()!;
    assert.match(summary, /^(No changed claims found\.|\d+ errors?, \d+ warnings?, \d+ infos?)$/);
    for (const line of lines) {
      assert.match(line, /^examples[\\/](rewrite|source)\.txt:\d+:\d+: (error|warning|info) \[[a-z-]+\] \S/);
    }
  });

  it('a report larger than a pipe holds, read only after a pause, arrives whole with its exit code (the process ends at once only once all is written)', async function () {
    if (process.platform === 'win32') this.skip();
    const { cli } = await buildCli();
    // JSON (the HTML report carries the time it was made); the examples six times over.
    const six = (file: string) => Array.from({ length: 6 }, () => fs.readFileSync(path.join(REPO, file), 'utf8').trim()).join('\n\n') + '\n';
    const args = [tmp.file('long-source.txt', six(EXAMPLE_SOURCE)), tmp.file('long-rewrite.txt', six(EXAMPLE_REWRITE)), '--format', 'json', '--fail-on', 'error'];
    const expected = await runBuiltCli(args);
    assert.equal(expected.code, 1, expected.stderr);
    assert.ok(expected.stdout.length > 65_536, `a report of ${expected.stdout.length} characters fills a pipe`);
    // A reader that starts a second after the report is ready; the exit code is kept in a file.
    const codeFile = path.join(tmp.dir, 'code.txt');
    const slow = spawnSync('/bin/sh', ['-c', '("$0" "$@"; echo $? > "$CODE_FILE") | (sleep 1; cat)', process.execPath, cli, ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env: { ...process.env, CODE_FILE: codeFile } });
    assert.equal(slow.status, 0, slow.stderr);
    assert.equal(slow.stdout, expected.stdout);
    assert.equal(fs.readFileSync(codeFile, 'utf8').trim(), '1');
  });

  it('a short pair, whose WordNet pages are read as looked up, gets the findings the engine gives in process', async () => {
    // Short texts take the paged path (dataFile.ts PagedDataFile): every WordNet table a rule
    // reads must go through a page read, or an unread page reads as zeros.
    const pairs: Array<[string, string]> = [
      ['Arden Rail is owned by the Dutch group Velt.', 'Arden Rail is the owner of the Dutch group Velt.'],
      ['Harrowgate agreed to buy Crumbwell on Monday.', "Harrowgate agreed to Crumbwell's takeover by it on Monday."],
      ['The firm rejected the claim.', 'The firm accepted the claim.'],
    ];
    for (const [source, rewrite] of pairs) {
      const s = tmp.file('short-source.txt', `${source}\n`);
      const r = tmp.file('short-rewrite.txt', `${rewrite}\n`);
      const cli = await runBuiltCli([s, r, '--format', 'json', '--fail-on', 'never']);
      assert.equal(cli.code, 0, cli.stderr);
      const viaCli = (JSON.parse(cli.stdout) as { findings: { kind: string; message: string }[] }).findings.map((f) => `${f.kind}: ${f.message}`);
      const inProcess = analyze(`${source}\n`, `${rewrite}\n`, { format: 'plain' }).findings.map((f) => `${f.kind}: ${f.message}`);
      assert.deepEqual(viaCli, inProcess, rewrite);
    }
  });

  it('json output has the documented shape, and the exit code follows its summary', async () => {
    const never = await runBuiltCli([EXAMPLE_SOURCE, EXAMPLE_REWRITE, '--format', 'json', '--fail-on', 'never']);
    assert.equal(never.code, 0, never.stderr);
    const json: Json = JSON.parse(never.stdout);
    assert.deepEqual(Object.keys(json), ['version', 'source', 'rewrite', 'summary', 'findings']);
    assert.deepEqual(json.source, { path: EXAMPLE_SOURCE });
    assert.deepEqual(json.rewrite, { path: EXAMPLE_REWRITE });
    assert.deepEqual(Object.keys(json.summary), ['error', 'warning', 'info']);
    const texts = { rewrite: fs.readFileSync(EXAMPLE_REWRITE, 'utf8'), source: fs.readFileSync(EXAMPLE_SOURCE, 'utf8') };
    for (const f of json.findings) {
      assert.deepEqual(Object.keys(f), ['id', 'kind', 'severity', 'message', 'rewrite', 'source', 'suggestion']);
      assert.ok((KINDS as readonly string[]).includes(f.kind));
      for (const side of ['rewrite', 'source'] as const) {
        if (f[side] === null) continue;
        assert.equal(texts[side].slice(f[side].start, f[side].end), f[side].text);
      }
    }

    // Same input with the default --fail-on error: 1 exactly when there is an error.
    const strict = await runBuiltCli([EXAMPLE_SOURCE, EXAMPLE_REWRITE, '--format', 'json']);
    assert.equal(strict.code, json.summary.error > 0 ? 1 : 0);
    const info = await runBuiltCli([EXAMPLE_SOURCE, EXAMPLE_REWRITE, '--format', 'json', '--fail-on', 'info']);
    assert.equal(info.code, json.findings.length > 0 ? 1 : 0);
  });

  it('sarif output is a SARIF 2.1.0 log', async () => {
    const r = await runBuiltCli([EXAMPLE_SOURCE, EXAMPLE_REWRITE, '--format', 'sarif', '--fail-on', 'never']);
    assert.equal(r.code, 0, r.stderr);
    const sarif: Json = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-schema-2\.1\.0\.json$/);
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'Faithful');
    assert.equal(run.tool.driver.rules.length, KINDS.length);
    for (const result of run.results) {
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      const uri = result.locations[0].physicalLocation.artifactLocation.uri;
      assert.ok(uri === 'examples/rewrite.txt' || uri === 'examples/source.txt', uri);
      assert.equal(typeof Object.values(result.partialFingerprints)[0], 'string');
    }
  });

  // Depends on the engine: passes once src/core's analyze() reports real findings. Skipped (shown
  // as pending) while analyze() is still the placeholder that returns no sentences at all.
  it('finds at least one changed claim in examples/', async function () {
    const probe = runAnalysis(fs.readFileSync(EXAMPLE_SOURCE, 'utf8'), fs.readFileSync(EXAMPLE_REWRITE, 'utf8'));
    if (probe.stats.sourceSentences === 0) this.skip();
    const r = await runBuiltCli([EXAMPLE_SOURCE, EXAMPLE_REWRITE, '--format', 'json', '--fail-on', 'never']);
    assert.ok(JSON.parse(r.stdout).findings.length >= 1);
  });

  describe('batch', () => {
    const good = (id: unknown) =>
      JSON.stringify({ id, source: 'The council approved 4 million pounds on Monday.', rewrite: 'The council approved 5 million pounds on Monday.' });

    it('keeps input order, survives bad lines and skips blank ones', async () => {
      const file = tmp.file(
        'pairs.jsonl',
        [good('a'), '', '{oops', good('b'), JSON.stringify({ id: 'c', source: 'x' }), '  ', good(4), JSON.stringify({ id: 'md', source: '# T\n\nA b.', rewrite: '# T\n\nA c.', format: 'markdown' })].join('\n') + '\n',
      );
      const r = await runBuiltCli(['batch', file, '--jobs', '2']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '', 'no progress output when stderr is not a TTY');
      const lines: Json[] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(lines.map((l) => l.id), ['a', null, 'b', 'c', 4, 'md']);
      assert.deepEqual(lines[1], { id: null, line: 3, error: lines[1].error });
      assert.match(lines[1].error, /^invalid JSON/);
      assert.deepEqual(lines[3], { id: 'c', line: 5, error: 'missing "rewrite"' });
      for (const l of [lines[0], lines[2], lines[4], lines[5]]) {
        assert.deepEqual(Object.keys(l), ['id', 'findings']);
        assert.ok(Array.isArray(l.findings));
      }
    });

    it("reads stdin when the path is '-'", async () => {
      const r = await runBuiltCli(['batch', '-'], { input: `${good(1)}\r\n${good(2)}\r\n` });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id), [1, 2]);
    });

    it('exits 2 when the file cannot be read', async () => {
      assertUsageError(await runBuiltCli(['batch', path.join(tmp.dir, 'none.jsonl')]), /none\.jsonl: no such file/);
      assertUsageError(await runBuiltCli(['batch', tmp.dir]), /is a directory/);
    });

    it('handles a 2,000-line file on all cores, in order', async () => {
      const total = 2000;
      const lines: string[] = [];
      for (let i = 0; i < total; i++) lines.push(i === 1234 ? 'not json' : good(`p${i}`));
      const file = tmp.file('many.jsonl', lines.join('\n') + '\n');
      const r = await runBuiltCli(['batch', file]);
      assert.equal(r.code, 0, r.stderr);
      const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.equal(out.length, total);
      out.forEach((l, i) => assert.equal(l.id, i === 1234 ? null : `p${i}`));
      assert.equal(out[1234].line, 1235);
    });
  });
});
