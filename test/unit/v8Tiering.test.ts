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
    assert.ok(bin.includes(`const V8_FLAGS = '${flags}';`), 'bin/faithful.js sets the same flags');
    assert.ok(bin.includes('setFlags(longLived ? V8_FLAGS :'), 'and only those for the language server');
  });

  it("a comparison run by bin/faithful.js keeps V8's young generation small; the language server and batch do not", () => {
    const bin = join(root, 'bin', 'faithful.js');
    const flagsOf = (args: string[]) => execFileSync(process.execPath, ['-e', `process.argv.splice(1, 1, ${JSON.stringify(bin)}); globalThis[Symbol.for('faithful.v8Flags')] = ''; require('node:module').prototype.require = new Proxy(require('node:module').prototype.require, { apply: (f, self, a) => (/dist/.test(a[0]) ? {} : Reflect.apply(f, self, a)) }); require(${JSON.stringify(bin)}); console.log(globalThis[Symbol.for('faithful.v8Flags')])`, 'x', ...args], { encoding: 'utf8' }).trim();
    assert.match(flagsOf(['a.txt', 'b.txt']), /--semi-space-growth-factor=1/);
    assert.doesNotMatch(flagsOf(['lsp', '--help']), /semi-space/);
    assert.doesNotMatch(flagsOf(['batch', 'pairs.jsonl']), /semi-space/);
  });

  it('the flags are ones this Node knows (an unknown flag would be ignored without a word)', () => {
    const server = fs.readFileSync(join(root, 'src', 'server', 'v8Tiering.ts'), 'utf8');
    const flags = /V8_TIERING_FLAGS = '([^']+)'/.exec(server)![1]!;
    const bin = fs.readFileSync(join(root, 'bin', 'faithful.js'), 'utf8');
    const shortRun = /SHORT_RUN_V8_FLAGS = '([^']+)'/.exec(bin)![1]!;
    const help = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    for (const flag of [...flags.split(' '), ...shortRun.split(' ')]) {
      const name = flag.replace(/=.*$/, '');
      assert.ok(help.includes(`  ${name} `), `${name} is a V8 option`);
    }
  });
});
