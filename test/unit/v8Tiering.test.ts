// Every Faithful process sets one V8 tiering budget: bin/faithful.js for the CLI, batch and
// `faithful lsp`, server/v8Tiering.ts for the server VS Code starts without bin/faithful.js.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

describe('V8 tiering flags', () => {
  it('bin/faithful.js and the server set the same flags', () => {
    const bin = fs.readFileSync(join(root, 'bin', 'faithful.js'), 'utf8');
    const server = fs.readFileSync(join(root, 'src', 'server', 'v8Tiering.ts'), 'utf8');
    const flags = /V8_TIERING_FLAGS = '([^']+)'/.exec(server)?.[1];
    assert.ok(flags, 'v8Tiering.ts names its flags');
    assert.ok(bin.includes(`setFlags('${flags}')`), 'bin/faithful.js sets the same flags');
  });

  it('the flags are ones this Node knows (an unknown flag would be ignored without a word)', () => {
    const server = fs.readFileSync(join(root, 'src', 'server', 'v8Tiering.ts'), 'utf8');
    const flags = /V8_TIERING_FLAGS = '([^']+)'/.exec(server)![1]!;
    const name = flags.replace(/=.*$/, '');
    const help = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    assert.ok(help.includes(`  ${name} `), `${name} is a V8 option`);
  });
});
