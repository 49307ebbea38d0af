// Changes accepted in the editor (faithful.json) are honoured by the CLI with the real engine.
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { runCli } from '../../src/cli/runCli';
import { memoryIo, tempDir } from './cli-helpers';

describe('cli honours faithful.json', () => {
  const source = 'The company reported that sales fell in March.\n';
  const rewrite = 'The company reported that sales will fall in March.\n';

  async function kinds(dir: ReturnType<typeof tempDir>): Promise<{ code: number; kinds: string[]; stderr: string }> {
    const { io, out, err } = memoryIo();
    const code = await runCli([`${dir.dir}/source.txt`, `${dir.dir}/drafts/rewrite.txt`, '--format', 'json'], io);
    return { code, kinds: JSON.parse(out()).findings.map((f: { kind: string }) => f.kind), stderr: err() };
  }

  it('reports the change without an accepted entry, and leaves it out with one', async () => {
    const dir = tempDir();
    try {
      dir.file('source.txt', source);
      mkdirSync(`${dir.dir}/drafts`);
      dir.file('drafts/rewrite.txt', rewrite);
      const before = await kinds(dir);
      assert.ok(before.kinds.includes('tense'), `tense reported: ${before.kinds}`);
      assert.equal(before.code, 1);
      dir.file('faithful.json', JSON.stringify({ accepted: [{ draft: 'drafts/rewrite.txt', kind: 'tense', rewriteText: 'will fall', sourceText: 'fell' }] }));
      const after = await kinds(dir);
      assert.ok(!after.kinds.includes('tense'), `tense accepted: ${after.kinds}`);
      // Accepted for another draft: no effect here.
      dir.file('faithful.json', JSON.stringify({ accepted: [{ draft: 'other.txt', kind: 'tense', rewriteText: 'will fall', sourceText: 'fell' }] }));
      assert.ok((await kinds(dir)).kinds.includes('tense'));
      // A broken faithful.json is named on stderr and ignored.
      dir.file('faithful.json', '{ not json');
      const broken = await kinds(dir);
      assert.match(broken.stderr, /faithful\.json is not valid JSON/);
      assert.ok(broken.kinds.includes('tense'));
    } finally {
      dir.cleanup();
    }
  });
});
