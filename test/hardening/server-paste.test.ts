// Issue 11, item 12: a huge paste. Requests (hover) stay answered while its analysis runs, a
// newer edit cancels the stale analysis (only the newest version is published), and the
// diagnostics published per draft are capped, with one summary diagnostic saying how many more.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import { MAX_PUBLISHED_DIAGNOSTICS } from '../../src/server/findingsToDiagnostics';
import type { LspPeer } from '../../scripts/lspClient';
import { ROOT, startServer, within } from './lspHarness';

const draftUri = 'file:///tmp/faithful-paste/draft.md';
const sourceRef = { uri: 'file:///tmp/faithful-paste/source.txt', label: 'source.txt' };

/** `n` sentences, each with its own figure; the rewrite changes every figure. */
function manyChanges(n: number): { source: string; rewrite: string } {
  const names = ['Avenco', 'Brightwater', 'Caldera', 'Dunmore', 'Eastleigh', 'Fenwick', 'Glenrock'];
  const s: string[] = [];
  const r: string[] = [];
  for (let k = 0; k < n; k++) {
    const who = `${names[k % names.length]} ${Math.floor(k / names.length) + 1}`;
    s.push(`Ward ${who} counted ${1000 + k * 7} voters.`);
    r.push(`Ward ${who} counted ${5000 + k * 7} voters.`);
  }
  return { source: s.join('\n\n'), rewrite: r.join('\n\n') };
}

describe('hardening: a huge paste in the language server (issue 11, item 12)', function () {
  this.timeout(120000);
  let peer: LspPeer;
  let version = 1;

  before(async () => {
    peer = await startServer({ clientManagesPairs: true });
    peer.notify('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version, text: 'Start.' } });
  });
  after(() => peer?.close());

  const pairAndEdit = (source: string, rewrite: string) => {
    version++;
    peer.notify('faithful/pair', { draftUri, source: { ...sourceRef, text: source }, accepted: [] });
    peer.notify('textDocument/didChange', { textDocument: { uri: draftUri, version }, contentChanges: [{ text: rewrite }] });
    return version;
  };

  it(`publishes at most ${MAX_PUBLISHED_DIAGNOSTICS} diagnostics and one summary saying how many more`, async () => {
    const pair = manyChanges(700);
    const total = analyze(pair.source, pair.rewrite).findings.length;
    assert.ok(total > MAX_PUBLISHED_DIAGNOSTICS, `${total} findings`);
    const v = pairAndEdit(pair.source, pair.rewrite);
    const msg = await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.version === v, 60000);
    const diagnostics = msg.params.diagnostics as Array<{ code: string; message: string; severity: number }>;
    const summaries = diagnostics.filter((d) => d.code === 'more-findings');
    assert.equal(summaries.length, 1);
    assert.equal(diagnostics.length, MAX_PUBLISHED_DIAGNOSTICS + 1);
    const more = total - MAX_PUBLISHED_DIAGNOSTICS;
    assert.match(summaries[0]!.message, new RegExp(`found ${total.toLocaleString('en')} changes; only the first ${MAX_PUBLISHED_DIAGNOSTICS} .* ${more.toLocaleString('en')} more are not`));
    // The status bar still counts them all.
    const counts = await peer.waitFor((m) => m.method === 'faithful/counts' && m.params.draftUri === draftUri && m.params.error + m.params.warning + m.params.info + m.params.hint === total, 10000);
    assert.equal(counts.params.problem, null);
  });

  it('answers a hover while a huge paste is analysed, and a newer edit cancels that analysis', async () => {
    const seedSource = readFileSync(join(ROOT, 'examples', 'source.txt'), 'utf8').trim();
    const seedRewrite = readFileSync(join(ROOT, 'examples', 'rewrite.txt'), 'utf8').trim();
    const copies = 200; // about 70,000 words a side: seconds of analysis
    const pasted = Array.from({ length: copies }, () => seedRewrite).join('\n\n');
    peer.notifications.length = 0;
    const big = pairAndEdit(Array.from({ length: copies }, () => seedSource).join('\n\n'), pasted);
    const started = Date.now();
    const hover = await within(peer.request('textDocument/hover', { textDocument: { uri: draftUri }, position: { line: 0, character: 1 } }), 2000, 'hover during analysis');
    assert.ok('result' in hover);
    assert.ok(!peer.notifications.some((m) => m.method === 'textDocument/publishDiagnostics' && m.params.version === big), 'the hover was answered before the analysis ended');
    // The user pastes over it with a short text: only that version is published, promptly.
    version++;
    peer.notify('textDocument/didChange', { textDocument: { uri: draftUri, version }, contentChanges: [{ text: seedRewrite }] });
    const small = version;
    await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.version === small, 30000);
    const published = peer.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics').map((m) => m.params.version);
    assert.deepEqual(published, [small], 'the stale analysis published nothing');
    assert.ok(Date.now() - started < 30000);
  });
});
