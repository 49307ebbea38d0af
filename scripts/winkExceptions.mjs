// wink-eng-lite-web-model's lemmatizer reads three WordNet exception tables (irregular plurals
// and verb forms: "geese" -> "goose"), each a 50-90 kB module of some thousands of statements
// (`exceptions.geese = goose;`). Compiling and running those statements was about a sixth of
// loading wink, on every start-up. This esbuild plugin bundles each table instead as one JSON
// string turned back into the same object (null prototype, same words, same order): parsing
// JSON is far cheaper than compiling statements. test/unit/build-winkExceptions.test.ts checks
// that the object is the package's own.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The package's files this applies to. */
export const EXCEPTION_FILES = /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]wn-(noun|verb|adjective)-exceptions\.js$/;

/** The compact module for one of the package's exception tables (its absolute path). */
export function compactExceptionsModule(file) {
  const table = require(file);
  const flat = [];
  for (const [word, lemma] of Object.entries(table)) {
    if (typeof lemma !== 'string') throw new Error(`${file}: ${word} has a ${typeof lemma} lemma; expected strings only`);
    flat.push(word, lemma);
  }
  return [
    `// ${file.split(/[\\/]/).pop()} from wink-eng-lite-web-model, compacted by scripts/winkExceptions.mjs.`,
    `const list = JSON.parse(${JSON.stringify(JSON.stringify(flat))});`,
    'const exceptions = Object.create(null);',
    'for (let i = 0; i < list.length; i += 2) exceptions[list[i]] = list[i + 1];',
    'module.exports = exceptions;',
    '',
  ].join('\n');
}

/** The esbuild plugin. */
export const compactWinkExceptions = {
  name: 'compact-wink-exceptions',
  setup(b) {
    b.onLoad({ filter: EXCEPTION_FILES }, (args) => ({ contents: compactExceptionsModule(args.path), loader: 'js' }));
  },
};
