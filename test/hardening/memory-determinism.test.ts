// Issue 11, items 8 and 9: wink's shared vocabulary must neither grow without bound nor make a
// pair's results depend on what was read before it, in the engine, in batch (whatever the
// number of workers) and in the language server.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import { tokenize } from '../../src/core/tokens';
import { createNlp, WinkReader } from '../../src/core/winkModel';
import { LspPeer } from '../../scripts/lspClient';
import { novelWord, otherPairs, POISON, PROBE, seeded } from './history';

const root = join(__dirname, '..', '..');
const cli = join(root, 'bin', 'faithful.js');

/** What a fresh wink instance makes of a text: the reference every later read must match. */
function freshTokens(text: string): string {
  const nlp = createNlp();
  const all = nlp.readDoc(text).tokens();
  return JSON.stringify([all.out(), all.out(nlp.its.pos)]);
}

function engineTokens(text: string): string {
  const t = tokenize(text, 0, text.length);
  return JSON.stringify([t.map((k) => k.text), t.map((k) => k.pos)]);
}

describe('hardening: memory and determinism (issue 11, items 8 and 9)', function () {
  this.timeout(120000);

  it('tokenizes a text as a fresh instance would, whatever was read before', () => {
    // "14\u0301" first: the old shared vocabulary then kept a bare accent as "unknown" (tag X)
    // for good, where a fresh instance reads a word (PROPN).
    for (const p of POISON) tokenize(p, 0, p.length);
    const rnd = seeded(5);
    for (let i = 0; i < 1000; i++) {
      const text = Array.from({ length: 8 }, () => novelWord(rnd)).join(' ');
      tokenize(text, 0, text.length);
    }
    for (const text of ['Officials met \u0301 and Smith on Monday.', 'a \u0301 b', 'x14\u0301 then \u0301.', ...POISON]) {
      assert.equal(engineTokens(text), freshTokens(text), text);
      const read = new WinkReader().read(text);
      assert.equal(JSON.stringify([read.texts, read.poses]), freshTokens(text), text);
    }
  });

  it("gives a pair the same findings fresh and after 1,000 other pairs", () => {
    const fresh = JSON.stringify(analyze(PROBE.source, PROBE.rewrite));
    for (const p of otherPairs(1000)) analyze(p.source, p.rewrite);
    const after = analyze(PROBE.source, PROBE.rewrite);
    assert.equal(JSON.stringify({ ...after, stats: { ...after.stats, elapsedMs: 0 } }), JSON.stringify({ ...JSON.parse(fresh), stats: { ...JSON.parse(fresh).stats, elapsedMs: 0 } }));
  });

  it('keeps the vocabulary bounded: a reader replaces its instance past its limit', () => {
    const reader = new WinkReader(2000);
    const rnd = seeded(9);
    let most = 0;
    for (let i = 0; i < 1500; i++) {
      reader.read(Array.from({ length: 10 }, () => novelWord(rnd)).join(' '));
      most = Math.max(most, reader.addedEntries());
    }
    assert.ok(reader.instancesBuilt >= 3, `instances built: ${reader.instancesBuilt}`);
    // At most the limit plus what one text adds (ten words, their lower-case forms and features).
    assert.ok(most <= 2000 + 60, `most entries held: ${most}`);
  });

  it('builds many fresh wink instances (the model package re-encoded a table on every load)', () => {
    for (let i = 0; i < 12; i++) createNlp();
  });

  it('gives batch the same output with --jobs 1 and --jobs 2, equal to the pair read alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faithful-determinism-'));
    const lines = [...otherPairs(1000), PROBE].map((p, id) => JSON.stringify({ id, ...p }));
    writeFileSync(join(dir, 'pairs.jsonl'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'probe.jsonl'), `${JSON.stringify({ id: 1000, ...PROBE })}\n`);
    const run = (file: string, jobs: number) => {
      const r = spawnSync(process.execPath, [cli, 'batch', join(dir, file), '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 28 });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout.trim().split('\n');
    };
    const one = run('pairs.jsonl', 1);
    const two = run('pairs.jsonl', 2);
    assert.equal(one.length, 1001);
    assert.deepEqual(two.map((l) => JSON.parse(l)).sort((a, b) => a.id - b.id), one.map((l) => JSON.parse(l)).sort((a, b) => a.id - b.id));
    assert.deepEqual(JSON.parse(one.find((l) => JSON.parse(l).id === 1000)!), JSON.parse(run('probe.jsonl', 1)[0]!));
  });

  it('gives the language server the same diagnostics for a pair fresh and after 1,000 other pairs', async () => {
    const draftUri = 'file:///tmp/faithful-determinism/draft.md';
    const start = async () => {
      const peer = new LspPeer(spawn(process.execPath, [cli, 'lsp', '--stdio']));
      await peer.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { clientManagesPairs: true, settings: { severity: {}, debounceMs: 0 } } });
      peer.notify('initialized', {});
      peer.notify('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: 'Start.' } });
      return peer;
    };
    let version = 1;
    const checkPair = async (peer: LspPeer, source: string, rewrite: string) => {
      version++;
      peer.notify('faithful/pair', { draftUri, source: { uri: 'file:///tmp/faithful-determinism/source.txt', label: 'source.txt', text: source }, accepted: [] });
      peer.notify('textDocument/didChange', { textDocument: { uri: draftUri, version }, contentChanges: [{ text: rewrite }] });
      const v = version;
      return (await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.version === v, 30000)).params.diagnostics;
    };
    const fresh = await start();
    let expected;
    try {
      expected = await checkPair(fresh, PROBE.source, PROBE.rewrite);
    } finally {
      await fresh.close();
    }
    const used = await start();
    try {
      for (const p of otherPairs(1000)) await checkPair(used, p.source, p.rewrite);
      assert.deepEqual(await checkPair(used, PROBE.source, PROBE.rewrite), expected);
    } finally {
      await used.close();
    }
  });
});
