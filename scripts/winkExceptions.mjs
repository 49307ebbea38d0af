// wink-eng-lite-web-model's lemmatizer reads three WordNet exception tables (irregular plurals
// and verb forms: "geese" -> "goose"), each a 50-90 kB module of some thousands of statements
// (`exceptions.geese = goose;`). Compiling and running those statements, or even building the
// same objects from JSON, cost every start-up 5-10 ms and some hundreds of pages of fresh memory,
// for the few dozen forms a short check asks about. This esbuild plugin bundles each table
// instead as a look-up in the core model's data file (scripts/buildWinkModel.mjs stores the
// tables there; src/core/winkModel.ts, winkExceptionTable, answers `table[word]` by binary
// search). test/unit/build-winkExceptions.test.ts checks that every answer is the package's own.
import { fileURLToPath } from 'node:url';

/** The package's files this applies to. */
export const EXCEPTION_FILES = /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]wn-(noun|verb|adjective)-exceptions\.js$/;

/** The engine's module that answers the look-ups. */
const WINK_MODEL = fileURLToPath(new URL('../src/core/winkModel.ts', import.meta.url));

/** The module that replaces one of the package's exception tables (its absolute path). */
export function compactExceptionsModule(file) {
  const kind = EXCEPTION_FILES.exec(file)?.[1];
  if (!kind) throw new Error(`${file} is not one of wink's exception tables`);
  return [
    `// ${file.split(/[\\/]/).pop()} from wink-eng-lite-web-model, read from the core model's data file (scripts/winkExceptions.mjs).`,
    `module.exports = require(${JSON.stringify(WINK_MODEL)}).winkExceptionTable(${JSON.stringify(kind)});`,
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
