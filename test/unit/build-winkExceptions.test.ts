// The bundles carry wink's lemmatizer exception tables as JSON (scripts/winkExceptions.mjs):
// the object they build must be the package's own, or lemmas (and so every finding) could change.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';

const PACKAGE_DIST = path.dirname(require.resolve('wink-eng-lite-web-model/dist/lemmatize.js'));

describe('compacted wink exception tables', () => {
  for (const kind of ['noun', 'verb', 'adjective']) {
    it(`builds the package's ${kind} table: null prototype, the same words and lemmas in the same order`, async () => {
      const { compactExceptionsModule, EXCEPTION_FILES } = await import('../../scripts/winkExceptions.mjs');
      const file = path.join(PACKAGE_DIST, `wn-${kind}-exceptions.js`);
      assert.ok(EXCEPTION_FILES.test(file), 'the plugin applies to the file');
      const module = { exports: {} as Record<string, string> };
      new Function('module', compactExceptionsModule(file))(module);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const original = require(file) as Record<string, string>;
      assert.equal(Object.getPrototypeOf(module.exports), Object.getPrototypeOf(original));
      assert.deepEqual(Object.entries(module.exports), Object.entries(original));
      assert.ok(Object.keys(original).length > 1000);
    });
  }
});
