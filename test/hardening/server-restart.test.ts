// Issue 11, item 13: the extension restarts a server that stopped and tells the user once
// (src/extension/serverRestarts.ts, wired into vscode-languageclient's error handler in
// extension.ts, which also sends every pairing again once the new server runs).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_RESTARTS, ServerRestarts, WINDOW_MS } from '../../src/extension/serverRestarts';

describe('hardening: a server that stops is restarted, and the user told once (issue 11, item 13)', () => {
  it('restarts, telling the user on the first crash only', () => {
    const r = new ServerRestarts();
    const first = r.crashed(0);
    assert.equal(first.restart, true);
    assert.match(first.tell!, /stopped unexpectedly and was restarted/);
    for (let k = 1; k < MAX_RESTARTS; k++) assert.deepEqual(r.crashed(k * 1000), { restart: true, tell: null });
  });

  it(`gives up after ${MAX_RESTARTS + 1} crashes in ${WINDOW_MS / 60_000} minutes, saying so once`, () => {
    const r = new ServerRestarts();
    for (let k = 0; k < MAX_RESTARTS; k++) assert.equal(r.crashed(k * 1000).restart, true);
    const gaveUp = r.crashed(MAX_RESTARTS * 1000);
    assert.equal(gaveUp.restart, false);
    assert.match(gaveUp.tell!, /stopped 5 times in 3 minutes, so it was not restarted again/);
    assert.deepEqual(r.crashed(MAX_RESTARTS * 1000 + 1), { restart: false, tell: null });
  });

  it('keeps restarting a server that crashes now and then', () => {
    const r = new ServerRestarts();
    for (let k = 0; k < 20; k++) assert.equal(r.crashed(k * (WINDOW_MS / 2)).restart, true, `crash ${k + 1}`);
  });

  it('is what the extension gives the language client, which pairs the drafts again after a restart', () => {
    const source = readFileSync(join(__dirname, '..', '..', 'src', 'extension', 'extension.ts'), 'utf8');
    assert.match(source, /errorHandler: \{[\s\S]*?this\.restarts\.crashed\(Date\.now\(\)\)/);
    assert.match(source, /onDidChangeState\([\s\S]*?State\.Running[\s\S]*?this\.pairAllAgain\(\)/);
  });
});
