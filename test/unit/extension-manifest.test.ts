// The extension's manifest and code agree: every contributed command has a handler and a
// "Faithful" category, every setting is documented, and the README names every command.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS } from '../../src/core/types';
import { COMMANDS } from '../../src/shared/protocol';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const extensionSource = readFileSync(join(root, 'src/extension/extension.ts'), 'utf8');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('extension manifest', () => {
  const commands: Array<{ command: string; title: string; category: string }> = manifest.contributes.commands;

  it('contributes exactly the commands the code defines', () => {
    assert.deepEqual(commands.map((c) => c.command).sort(), Object.values(COMMANDS).sort());
  });

  for (const c of commands) {
    it(`${c.command} has a handler, the Faithful category and a README entry`, () => {
      const key = Object.entries(COMMANDS).find(([, v]) => v === c.command)?.[0];
      assert.ok(key, 'listed in COMMANDS');
      assert.match(extensionSource, new RegExp(`registerCommand\\(COMMANDS\\.${key}\\b`));
      assert.equal(c.category, 'Faithful');
      assert.ok(readme.includes(c.title), `README mentions "${c.title}"`);
    });
  }

  it('has a severity setting for every kind, documented in the README', () => {
    const props = manifest.contributes.configuration.properties;
    for (const kind of KINDS) {
      const p = props[`faithful.severity.${kind}`];
      assert.ok(p, `faithful.severity.${kind}`);
      assert.deepEqual(p.enum, ['default', 'error', 'warning', 'information', 'hint', 'off']);
      assert.ok(p.markdownDescription.length > 20);
    }
    assert.ok(readme.includes('faithful.severity.'), 'README documents the severity settings');
    assert.ok(readme.includes('faithful.debounceMs'), 'README documents faithful.debounceMs');
    assert.ok(readme.includes('faithful.timeoutSeconds'), 'README documents faithful.timeoutSeconds');
    assert.equal(props['faithful.timeoutSeconds']?.default, 60, 'faithful.timeoutSeconds defaults to the engine budget');
  });

  it('explains every kind in media/kinds.md, the page each diagnostic code links to', () => {
    const page = readFileSync(join(root, 'media/kinds.md'), 'utf8');
    for (const kind of KINDS) assert.match(page, new RegExp(`^## ${kind}$`, 'm'), kind);
  });

  it('lists every key binding in the README, only for compared drafts', () => {
    for (const b of manifest.contributes.keybindings as Array<{ key: string; when: string }>) {
      assert.match(b.when, /faithful\.pairedDraft/);
      const shown = b.key.split('+').map((k) => (k.length <= 3 ? k.toUpperCase() : k[0]!.toUpperCase() + k.slice(1))).join('+');
      assert.ok(readme.includes(shown), `README lists ${shown}`);
    }
  });

  it('documents every setting in the README', () => {
    for (const key of Object.keys(manifest.contributes.configuration.properties)) {
      if (key.startsWith('faithful.severity.')) continue;
      assert.ok(readme.includes(key), `README documents ${key}`);
    }
  });

  it('activates on its files and commands, never on "*"', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(manifest.activationEvents.includes('workspaceContains:faithful.json'));
  });
});
