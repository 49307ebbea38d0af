// Issue 11, item 17: a pair in another language gets one finding saying so ("Faithful checks
// English text; this source looks like French"), in the engine, the CLI and the language server,
// instead of nonsense findings (German weekdays as names, Arabic figures as dates).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import { nonEnglishLanguage } from '../../src/core/language';
import { CLI, startServer } from './lspHarness';

const GERMAN = {
  source: 'Der Stadtrat hat am Montag den Haushalt genehmigt. Die Steuern steigen nach Angaben der Stadt um drei Prozent, und die Schulen bekommen mehr Geld.',
  rewrite: 'Der Stadtrat hat am Dienstag den Haushalt abgelehnt. Die Steuern steigen nach Angaben der Stadt um vier Prozent, und die Schulen bekommen mehr Geld.',
};
const FRENCH = 'Le conseil municipal a approuvé lundi le budget de la ville. Selon le maire, cette décision était nécessaire pour financer les écoles et les routes.';
const ENGLISH = 'The city council approved the budget on Monday. According to the mayor, the decision was needed to pay for the schools and the roads.';

describe('hardening: texts that are not English (issue 11, item 17)', function () {
  this.timeout(60000);

  it('tells languages and scripts apart, and calls no English text foreign', () => {
    assert.equal(nonEnglishLanguage(FRENCH)?.name, 'French');
    assert.equal(nonEnglishLanguage(GERMAN.source)?.name, 'German');
    assert.equal(nonEnglishLanguage('El consejo municipal aprobó el lunes el presupuesto de la ciudad, que prevé un aumento de impuestos.')?.name, 'Spanish');
    assert.equal(nonEnglishLanguage('وافق مجلس المدينة يوم الاثنين على ميزانية المدينة التي تتضمن زيادة الضرائب')?.name, 'Arabic');
    assert.equal(nonEnglishLanguage('Городской совет в понедельник утвердил бюджет города, который предусматривает повышение налогов.')?.name, 'a Cyrillic-script language');
    assert.equal(nonEnglishLanguage('市議会は月曜日、市の予算を承認した。予算には三パーセントの増税が含まれている。市長によると、この決定は必要だった。')?.name, 'Japanese');
    assert.equal(nonEnglishLanguage(ENGLISH), null);
    assert.equal(nonEnglishLanguage('Le budget.'), null, 'too short to tell');
    assert.equal(nonEnglishLanguage('Chancellor Olaf Scholz told Der Spiegel that die Regierung would act; the plan was approved on Monday by the Bundestag.'), null);
  });

  it('the engine reports one finding for the pair, not rules misreading German', () => {
    const result = analyze(GERMAN.source, GERMAN.rewrite);
    assert.deepEqual(result.findings.map((f) => f.kind), ['language']);
    assert.match(result.findings[0]!.message, /^Not compared: Faithful checks English text; this source and rewrite look like German/);
    const translated = analyze(ENGLISH, FRENCH).findings;
    assert.deepEqual(translated.map((f) => f.kind), ['language']);
    assert.match(translated[0]!.message, /this rewrite looks like French/);
    assert.equal(translated[0]!.source, null);
  });

  it('the CLI and the language server show it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faithful-language-'));
    try {
      writeFileSync(join(dir, 'source.txt'), ENGLISH);
      writeFileSync(join(dir, 'rewrite.txt'), FRENCH);
      const r = spawnSync(process.execPath, [CLI, join(dir, 'source.txt'), join(dir, 'rewrite.txt')], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /Faithful checks English text; this rewrite looks like French/);
      const peer = await startServer({ root: dir });
      try {
        const uri = `file://${join(dir, 'draft.md')}`;
        peer.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: `---\nsource: source.txt\n---\n\n${FRENCH}` } });
        const msg = await peer.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length > 0, 30000);
        assert.deepEqual(msg.params.diagnostics.map((d: any) => d.code), ['language']);
        assert.match(msg.params.diagnostics[0].message, /this rewrite looks like French/);
      } finally {
        await peer.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
