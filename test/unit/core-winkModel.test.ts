// The fast wink model (src/core/winkModel.ts) must be the package's model, loaded faster: the
// same core tables, and the same tokens, tags and lemmas as wink's own loader with its full pipe.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { lazyDataFile } from '../../src/core/dataFile';
import { coreModelFrom, createNlp, WINK_CORE_FORMAT } from '../../src/core/winkModel';

const REPO = path.resolve(__dirname, '..', '..');

describe('fast wink model', function () {
  this.timeout(30000);

  it('builds the same core model as the package loader', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const theirs = require('wink-eng-lite-web-model/dist/load-core-model.js')();
    const ours = coreModelFrom(lazyDataFile('wink-core.bin', WINK_CORE_FORMAT, (d) => d)()) as any;
    assert.deepEqual([...ours.lexicon], [...theirs.lexicon]);
    assert.deepEqual([...ours.xpansions], [...theirs.xpansions]);
    assert.deepEqual(ours.packing, theirs.packing);
    for (const f of Object.keys(theirs.features)) {
      const a = ours.features[f];
      const b = theirs.features[f];
      // The lexeme list is read from the file as wink asks for each entry (a Proxy): compare entry by entry.
      assert.deepEqual(f === 'lexeme' ? Array.from({ length: a.list.length }, (_, i) => a.list[i]) : a.list, b.list, `${f}.list`);
      for (const k of ['intrinsicSize', 'index', 'maxIndex']) assert.equal(a[k], b[k], `${f}.${k}`);
      if (b.hash) for (const w of b.list) if (typeof w === 'string') assert.equal(a.hash[w], b.hash[w], `${f}.hash[${w}]`);
    }
    // Words that are not lexemes, including Object.prototype's names, are unknown to both.
    for (const w of ['zzqxv', 'toString', 'hasOwnProperty', '__proto__', '', 'Ünïcödé', '😀']) assert.equal(ours.features.lexeme.hash[w], theirs.features.lexeme.hash[w], w);
    // Words wink adds at run time (out of vocabulary) are listed and found like the others.
    const lx = ours.features.lexeme;
    const n = lx.list.length;
    assert.equal(lx.list.push('zzqxv-new'), n + 1);
    lx.hash['zzqxv-new'] = n;
    assert.equal(lx.list[n], 'zzqxv-new');
    assert.equal(lx.hash['zzqxv-new'], n);
    assert.equal(lx.list.length, n + 1);
    assert.ok('zzqxv-new' in lx.hash && !('zzqxv-other' in lx.hash));
    for (const k of ['header', 'tcat', 'pos', 'trex', 'preserve']) assert.deepEqual(ours[k], theirs[k], k);
  });

  it('gives the same tokens, tags and lemmas as wink with its full pipe', () => {
    const full = winkNLP(model);
    const fast = createNlp();
    const texts = [
      fs.readFileSync(path.join(REPO, 'examples', 'source.txt'), 'utf8'),
      fs.readFileSync(path.join(REPO, 'examples', 'rewrite.txt'), 'utf8'),
      "Dr. O'Neill didn't say the U.S. would cut 3.5% of jobs by Jan. 1 — \"we won't\", she said. 😀 #news @wire https://x.test",
      ...fs.readdirSync(path.join(REPO, 'test', 'corpus')).flatMap((d) => {
        const dir = path.join(REPO, 'test', 'corpus', d);
        return fs.statSync(dir).isDirectory() ? fs.readdirSync(dir).filter((f) => /^(source|rewrite)\./.test(f)).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) : [];
      }),
    ];
    const out = (nlp: ReturnType<typeof winkNLP>, text: string) => {
      const tokens = nlp.readDoc(text).tokens();
      return { text: tokens.out(), pos: tokens.out(nlp.its.pos), lemma: tokens.out(nlp.its.lemma as any), type: tokens.out(nlp.its.type) };
    };
    assert.ok(texts.length > 100);
    for (const text of texts) for (const para of text.split(/\n\s*\n/)) assert.deepEqual(out(fast, para), out(full, para), para.slice(0, 60));
  });
});
