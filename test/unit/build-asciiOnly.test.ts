// The bundles are written as ASCII (scripts/asciiOnly.mjs, applied by scripts/build.mjs), so V8
// holds their source one byte a character; the escapes must mean what the characters meant.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..');

describe('ASCII bundles', () => {
  let asciiOnly: (text: string) => string;
  before(async () => {
    ({ asciiOnly } = (await import(path.join(REPO, 'scripts', 'asciiOnly.mjs'))) as { asciiOnly: (text: string) => string });
  });

  it('escapes every other character, and the escaped regular expressions match what the originals matched', () => {
    const patterns = ['/[“”]/', '/^(\\d*)([½⅓⅔])$/u', '/[.!?]+["\'”’)\\]]*/g', '/\\’s$/', '/[😀-🙏]/u', '/^😀+$/', '/\\\\’/'];
    const samples = ['“', 'x”', '3½', '⅔', 'end.’', '’s', 'it\\’', '😀', '😀😀', '🙂', 'plain', '\\’'];
    for (const p of patterns) {
      const escaped = asciiOnly(p);
      assert.ok(/^[\x00-\x7f]*$/.test(escaped), escaped);
      const [a, b] = [p, escaped].map((src) => new Function(`return ${src};`)() as RegExp);
      for (const s of samples) assert.equal(b!.test(s), a!.test(s), `${p} -> ${escaped} on ${s}`);
    }
    assert.equal(asciiOnly('const s = "plain";'), 'const s = "plain";');
  });

  it('leaves no other character in the bundles the build wrote', () => {
    for (const f of ['cli.js', 'runCli.js', 'batchWorker.js', 'server.js', 'serverMain.js', 'checkWorker.js', 'inlineCheck.js', 'extension.js']) {
      const file = path.join(REPO, 'dist', f);
      if (!fs.existsSync(file)) continue;
      assert.ok(/^[\x00-\x7f]*$/.test(fs.readFileSync(file, 'utf8')), `${f} is ASCII`);
    }
  });
});
