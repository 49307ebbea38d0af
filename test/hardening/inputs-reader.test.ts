// Issue 11, items 10, 15 and 16: one input reader for the CLI and the language server. The
// server reads a draft's source (front matter, faithful.json) as a regular file only, within the
// size cap, decoded like the CLI's inputs, and shows why it cannot as a diagnostic on the
// `source:` line, while it keeps answering.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readTextFile } from '../../src/shared/readTextFile';
import { InputProblem } from '../../src/shared/textInput';
import type { LspPeer } from '../../scripts/lspClient';
import { CLI, startServer, within } from './lspHarness';

const SOURCE = 'The council approved the budget on Tuesday. It will cost $4 million.\n';
const REWRITE = 'The council rejected the budget on Tuesday. It will cost $5 million.\n';

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

function refusal(path: string, regularOnly: boolean): string {
  try {
    readTextFile(path, { regularOnly });
  } catch (err) {
    if (err instanceof InputProblem) return err.message;
    throw err;
  }
  return 'read';
}

describe('hardening: one input reader for the CLI and the server (issue 11, items 10, 15, 16)', function () {
  this.timeout(60000);
  let dir: string;
  let fifo: string | null;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'faithful-inputs-'));
    writeFileSync(join(dir, 'source.txt'), SOURCE);
    writeFileSync(join(dir, 'rewrite.txt'), REWRITE);
    writeFileSync(join(dir, 'utf16.txt'), utf16le(SOURCE));
    mkdirSync(join(dir, 'folder'));
    fifo = join(dir, 'pipe');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      fifo = null;
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses, in the server\'s mode, whatever is not a regular text file, without blocking', function () {
    if (fifo) assert.match(refusal(fifo, true), /is a pipe \(FIFO\), not a regular file/);
    assert.match(refusal('/dev/zero', true), /is a device, not a regular file/);
    assert.match(refusal(join(dir, 'folder'), true), /is a directory/);
    assert.match(refusal(join(dir, 'missing.txt'), true), /^no such file$/);
    if (existsSync('/bin/ls')) assert.match(refusal('/bin/ls', true), /binary/);
    assert.equal(readTextFile(join(dir, 'utf16.txt'), { regularOnly: true }).text, SOURCE);
    // The CLI may read a device or a pipe, but never past the size cap.
    assert.match(refusal('/dev/zero', false), /larger than the 8 MB limit/);
  });

  describe('the language server, a draft whose front matter names a bad source', () => {
    let peer: LspPeer;
    before(async () => {
      peer = await startServer({ root: null, cwd: dir });
    });
    after(() => peer?.close());

    const cases: Array<[string, () => string | null, RegExp]> = [
      ['a FIFO', () => fifo, /is a pipe \(FIFO\), not a regular file/],
      ['/dev/stdin (the server\'s own input)', () => '/dev/stdin', /not a regular file/],
      ['/dev/zero', () => '/dev/zero', /is a device, not a regular file/],
      ['a directory', () => 'folder', /is a directory/],
      ['a missing file', () => 'missing.txt', /no such file/],
      ['/bin/ls', () => (existsSync('/bin/ls') ? '/bin/ls' : null), /binary/],
    ];
    let n = 0;
    for (const [name, path, reason] of cases) {
      it(`${name}: one diagnostic on the source: line, and hovers still answered`, async function () {
        const source = path();
        if (!source) this.skip();
        const uri = pathToFileURL(join(dir, `draft-${++n}.md`)).toString();
        const text = `---\ntitle: Draft\nsource: ${source}\n---\n\n${REWRITE}`;
        peer.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
        const msg = await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 10000);
        assert.equal(msg.params.diagnostics.length, 1);
        const d = msg.params.diagnostics[0];
        assert.match(d.message, reason);
        assert.match(d.message, new RegExp(`source "${source!.replace(/[/.]/g, '\\$&')}"`));
        assert.deepEqual(d.range, { start: { line: 2, character: 8 }, end: { line: 2, character: 8 + source!.length } });
        const hover = await within(peer.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 2 } }), 5000, 'hover');
        assert.equal(hover.result, null);
      });
    }

    it('a UTF-16 source with a byte order mark is decoded, and fixing source: pairs again', async () => {
      const uri = pathToFileURL(join(dir, 'draft-utf16.md')).toString();
      const text = `---\nsource: nowhere.txt\n---\n\n${REWRITE}`;
      peer.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && /no such file/.test(m.params.diagnostics[0]?.message), 10000);
      peer.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: text.replace('nowhere.txt', 'utf16.txt') }] });
      const msg = await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === 2, 10000);
      const codes = msg.params.diagnostics.map((d: any) => d.code).sort();
      assert.deepEqual(codes, ['negation', 'number'].filter((c) => codes.includes(c)));
      assert.ok(codes.includes('number'), `findings against the decoded source: ${codes}`);
    });
  });

  it('the server refuses a source outside the workspace folders', async () => {
    const peer = await startServer({ root: join(dir, 'folder'), cwd: dir });
    try {
      const uri = pathToFileURL(join(dir, 'folder', 'draft.md')).toString();
      peer.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: `---\nsource: ../source.txt\n---\n\n${REWRITE}` } });
      const msg = await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 10000);
      assert.match(msg.params.diagnostics[0].message, /outside the workspace folders/);
    } finally {
      await peer.close();
    }
  });

  it('the CLI refuses /dev/zero at the size cap and a directory, with exit 2', () => {
    const zero = spawnSync(process.execPath, [CLI, '/dev/zero', join(dir, 'rewrite.txt')], { encoding: 'utf8' });
    assert.equal(zero.status, 2);
    assert.match(zero.stderr, /^faithful: \/dev\/zero: file is larger than the 8 MB limit\n$/);
    const folder = spawnSync(process.execPath, [CLI, join(dir, 'folder'), join(dir, 'rewrite.txt')], { encoding: 'utf8' });
    assert.equal(folder.status, 2);
    assert.match(folder.stderr, /folder: is a directory, expected a text file/);
  });

  it("item 16: '-' in pair mode reads standard input, on either side, but not both", () => {
    const viaStdin = spawnSync(process.execPath, [CLI, join(dir, 'source.txt'), '-', '--format', 'json'], { input: REWRITE, encoding: 'utf8' });
    const viaFile = spawnSync(process.execPath, [CLI, join(dir, 'source.txt'), join(dir, 'rewrite.txt'), '--format', 'json'], { encoding: 'utf8' });
    assert.equal(viaStdin.status, 1, viaStdin.stderr);
    assert.deepEqual(JSON.parse(viaStdin.stdout).findings, JSON.parse(viaFile.stdout).findings);
    assert.equal(JSON.parse(viaStdin.stdout).rewrite.path, 'stdin');
    const source = spawnSync(process.execPath, [CLI, '-', join(dir, 'rewrite.txt')], { input: SOURCE, encoding: 'utf8' });
    assert.equal(source.status, 1, source.stderr);
    const both = spawnSync(process.execPath, [CLI, '-', '-'], { input: SOURCE, encoding: 'utf8' });
    assert.equal(both.status, 2);
    assert.match(both.stderr, /only one of SOURCE and REWRITE can be '-'/);
  });

  it('item 15: a directory named faithful.json is named as such, and the comparison still runs', () => {
    const project = mkdtempSync(join(tmpdir(), 'faithful-configdir-'));
    try {
      writeFileSync(join(project, 'source.txt'), SOURCE);
      writeFileSync(join(project, 'rewrite.txt'), REWRITE);
      mkdirSync(join(project, 'faithful.json'));
      const r = spawnSync(process.execPath, [CLI, 'source.txt', 'rewrite.txt'], { cwd: project, encoding: 'utf8' });
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /faithful\.json: is a directory, expected a text file; it is ignored/);
      assert.doesNotMatch(r.stderr, /internal error|EISDIR/);
      const check = spawnSync(process.execPath, [CLI, 'check'], { cwd: project, encoding: 'utf8' });
      assert.equal(check.status, 2);
      assert.match(check.stderr, /^faithful: check: .*faithful\.json: is a directory, expected a text file\n$/);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
