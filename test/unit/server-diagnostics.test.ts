// A draft's diagnostics given again where their finding did not change (ReusedDiagnostics in
// src/server/findingsToDiagnostics.ts): whatever the edits, the user's settings or the source
// did meanwhile, every re-check publishes exactly what building them all anew would.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, PreparationCache } from '../../src/core';
import { ReusedDiagnostics, sameDiagnostics, toCappedDiagnostics } from '../../src/server/findingsToDiagnostics';

const root = join(__dirname, '..', '..');
const seedSource = readFileSync(join(root, 'examples/source.txt'), 'utf8');
const seedRewrite = readFileSync(join(root, 'examples/rewrite.txt'), 'utf8');

describe('server diagnostics given again for unchanged findings', function () {
  this.timeout(60000);

  it('publishes what a fresh build would, edit after edit, reusing the diagnostics of unchanged findings', () => {
    const reuse = new ReusedDiagnostics();
    const cache = new PreparationCache();
    let source = { uri: 'file:///s.txt', doc: TextDocument.create('file:///s.txt', 'plaintext', 0, seedSource) };
    let draft = `${seedRewrite}\n\n${seedRewrite}`;
    const steps: Array<{ what: string; edit: () => void; severity?: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>; docsUrl?: string | null }> = [
      { what: 'the first check', edit: () => {} },
      { what: 'the same text again', edit: () => {} },
      { what: 'a word changed in the middle', edit: () => (draft = draft.replace('three', 'four')) },
      { what: 'a line added at the top', edit: () => (draft = `A new opening line.\n${draft}`) },
      { what: 'a word inserted before the first finding', edit: () => (draft = `Indeed ${draft}`) },
      { what: 'a kind turned off and another made a hint', edit: () => {}, severity: { number: 'off', tense: 'hint' } },
      { what: 'the settings back', edit: () => {} },
      { what: 'a link to the explanations', edit: () => {}, docsUrl: 'https://example.org/faithful#kinds' },
      { what: 'the source edited', edit: () => (source = { uri: 'file:///s.txt', doc: TextDocument.create('file:///s.txt', 'plaintext', 1, `Preface.\n${seedSource}`) }) },
      { what: 'the source at another path', edit: () => (source = { uri: 'file:///t.txt', doc: TextDocument.create('file:///t.txt', 'plaintext', 0, source.doc.getText()) }) },
      { what: 'the first paragraph removed', edit: () => (draft = draft.slice(draft.indexOf('\n\n') + 2)) },
    ];
    let reused = 0;
    let previous: ReturnType<typeof toCappedDiagnostics>['diagnostics'] = [];
    for (const step of steps) {
      step.edit();
      const doc = TextDocument.create('file:///d.txt', 'plaintext', 1, draft);
      const result = analyze(source.doc.getText(), draft, { cache });
      const severity = step.severity ?? {};
      const docsUrl = step.docsUrl ?? null;
      const fresh = toCappedDiagnostics(result, doc, source, severity, docsUrl);
      const given = toCappedDiagnostics(result, doc, source, severity, docsUrl, undefined, reuse);
      assert.deepStrictEqual(given.diagnostics, fresh.diagnostics, step.what);
      assert.deepStrictEqual(given.counts, fresh.counts, step.what);
      reused += given.diagnostics.filter((d) => previous.includes(d)).length;
      assert.equal(sameDiagnostics(previous, given.diagnostics), sameDiagnostics(previous, fresh.diagnostics), step.what);
      previous = given.diagnostics;
    }
    assert.ok(reused > 20, `diagnostics were given again (${reused})`);
  });
});
