// The bundles answer wink's lemmatizer exception tables from the core model's data file
// (scripts/winkExceptions.mjs, winkExceptionTable in src/core/winkModel.ts): every answer must be
// the package's own, or lemmas (and so every finding) could change.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { winkExceptionEntries, winkExceptionTable, type WinkExceptionKind } from '../../src/core/winkModel';

const PACKAGE_DIST = path.dirname(require.resolve('wink-eng-lite-web-model/dist/lemmatize.js'));

describe('wink exception tables from the data file', () => {
  for (const kind of ['noun', 'verb', 'adjective'] as const satisfies readonly WinkExceptionKind[]) {
    it(`answers every look-up of the package's ${kind} table as the package's object does`, () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const original = require(path.join(PACKAGE_DIST, `wn-${kind}-exceptions.js`)) as Record<string, string>;
      assert.equal(Object.getPrototypeOf(original), null);
      const table = winkExceptionTable(kind);
      const words = Object.keys(original);
      assert.ok(words.length > 1000);
      // The same words and lemmas, nothing more.
      const sorted = Object.entries(original).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      assert.deepEqual(winkExceptionEntries(kind), sorted);
      for (const word of words) assert.equal(table[word], original[word], word);
      // Words that are not listed, near ones and keys an ordinary object would answer.
      const others = ['', 'a', 'zzzz', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'caf\u00e9', '\u00e9', 'x\u0000', '\uffff'];
      for (const word of words.slice(0, 300)) others.push(`${word}s`, word.slice(0, -1), word.toUpperCase(), ` ${word}`, `${word}\u00e9`);
      for (const word of others) assert.equal(table[word], original[word], JSON.stringify(word));
      assert.equal((table as Record<symbol, unknown>)[Symbol.toPrimitive], undefined);
      assert.equal(words[0]! in table, true);
      assert.equal('constructor' in table, false);
    });
  }

  it('is what the bundles give wink in place of the package modules', async () => {
    const { compactExceptionsModule, EXCEPTION_FILES } = await import('../../scripts/winkExceptions.mjs');
    for (const kind of ['noun', 'verb', 'adjective']) {
      const file = path.join(PACKAGE_DIST, `wn-${kind}-exceptions.js`);
      assert.ok(EXCEPTION_FILES.test(file), 'the plugin applies to the file');
      const module = { exports: {} as unknown };
      const requireShim = (id: string) => {
        assert.match(id, /[\\/]src[\\/]core[\\/]winkModel\.ts$/);
        return { winkExceptionTable };
      };
      new Function('module', 'require', compactExceptionsModule(file))(module, requireShim);
      assert.equal(module.exports, winkExceptionTable(kind as WinkExceptionKind));
    }
  });
});
