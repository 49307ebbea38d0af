// The bundles' wink-nlp asks for each lexeme's entry before it reads it from the lexicon
// (scripts/winkLexicon.mjs), so that a short check reads the lexicon a page at a time: every read
// must be covered, or wink would read zeros from a page not read yet, and tokens, tags and lemmas
// must be the package's own.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { createNlp } from '../../src/core/winkModel';

const REPO = path.resolve(__dirname, '..', '..');
const CACHE_JS = require.resolve('wink-nlp/src/cache.js');

describe("wink's lexicon read a page at a time (bundles)", function () {
  this.timeout(60_000);

  it('rewrites every read of the lexicon in wink-nlp/src/cache.js, and the result compiles', async () => {
    const { pagedLexiconSource } = await import('../../scripts/winkLexicon.mjs');
    const source = fs.readFileSync(CACHE_JS, 'utf8');
    const out = pagedLexiconSource(source);
    const reads = source.match(/\blexicon\[/g)!.length;
    assert.ok(reads >= 10);
    assert.equal(out.match(/needLexeme\( \w+ \)/g)!.length, reads);
    assert.match(out, /module\.exports\.pagesLexicon = true;\n$/);
    assert.doesNotThrow(() => new vm.Script(`(function (module, require) {${out}\n})`));
    // A wink whose reads are not all in the expected form is refused, not half paged.
    assert.throws(() => pagedLexiconSource(`${source}\nvar n = lexicon.length;\n`), /reads the lexicon/);
  });

  it("gives the same tokens, tags and lemmas as the package's wink, reading the lexicon as used", async () => {
    const { build } = await import('esbuild');
    const { pagedWinkLexicon } = await import('../../scripts/winkLexicon.mjs');
    const { compactWinkExceptions } = await import('../../scripts/winkExceptions.mjs');
    const outdir = path.join(REPO, 'node_modules', '.cache', 'faithful-wink-lexicon-test');
    // Beside the data files' usual place relative to src/core/ (dataFile.ts looks in ../../dist).
    const entry = path.join(REPO, 'src', 'core', 'winkModel.ts');
    await build({
      absWorkingDir: REPO, entryPoints: { wink: entry }, outdir, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
      logLevel: 'silent', plugins: [compactWinkExceptions as never, pagedWinkLexicon as never],
      // dataFile.ts finds the data files from __dirname: point it at the repository's dist/.
      define: { __dirname: JSON.stringify(path.join(REPO, 'src', 'core')) },
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundled = require(path.join(outdir, 'wink.js')) as typeof import('../../src/core/winkModel');
    const texts = [
      'The council approved the budget on Tuesday. It will cost $4 million.',
      "Geese weren't seen; the mice ran, and Dr. O'Neill's wolves howled at 3:30 p.m. in São Paulo.",
      'Zyxqwv flibbertigibbets e-mailed the U.K.-based co-op about its 2,500 re-elected members!',
    ];
    const read = (nlp: ReturnType<typeof createNlp>, text: string) => {
      const its = nlp.its;
      const doc = nlp.readDoc(text);
      return ['value', 'pos', 'lemma', 'type', 'normal'].map((p) => doc.tokens().out(its[p as 'value']));
    };
    const plain = createNlp();
    const paged = bundled.createNlp();
    for (const text of texts) assert.deepEqual(read(paged, text), read(plain, text), text);
  });
});
