// wink-nlp reads each word's packed features from its lexicon, a 1.4 MB Uint32Array (87,000
// lexemes of four words), always in wink-nlp/src/cache.js and always as
// `lexicon[ <field offset> + ( <lexeme index> * pkSize ) ]`. The engine's copy of it lies in
// dist/wink-core.bin, which a short comparison reads a page at a time as used (src/core/dataFile.ts,
// PagedDataFile); but the lexicon had to be read whole before wink started, some 340 pages of
// fresh memory (10-15 us each on the machine the bench runs on) for a two-sentence check that
// reads a few dozen lexemes. This esbuild plugin bundles cache.js with each such read preceded by
// `needLexeme( <lexeme index> )`, a function the core model may carry (src/core/winkModel.ts
// sets it when the file is paged), and marks the module as doing so (`pagesLexicon`), so the
// engine reads the lexicon whole only under an unmodified wink (the unit tests, run from source).
// test/unit/build-winkLexicon.test.ts checks that every read is covered.

/** The package's file this applies to. */
export const WINK_CACHE_FILE = /[\\/]wink-nlp[\\/]src[\\/]cache\.js$/;

/** One lexicon read: the field's offset expression and the lexeme index. */
const LEXICON_READ = /lexicon\[ (\w+\[ 0 \]) \+ \( (\w+) \* pkSize \) \]/g;

/** cache.js with its lexicon reads paged (see above); throws if the file is not as expected. */
export function pagedLexiconSource(source, file = 'cache.js') {
  const declaration = 'var lexicon = model.lexicon;';
  if (source.split(declaration).length !== 2) throw new Error(`wink-lexicon: expected one "${declaration}" in ${file}`);
  let reads = 0;
  let out = source.replace(LEXICON_READ, (_, offset, index) => {
    reads++;
    return `lexicon[ ( needLexeme !== undefined && needLexeme( ${index} ), ${offset} + ( ${index} * pkSize ) ) ]`;
  });
  // Every read of the lexicon (an index or a property) must be one rewritten above.
  const uses = source.match(/\blexicon\s*(\[|\.\w)/g)?.length ?? 0;
  if (reads === 0 || uses !== reads) throw new Error(`wink-lexicon: ${file} reads the lexicon ${uses} times, ${reads} of them in the expected form`);
  out = out.replace(declaration, `${declaration}\n  var needLexeme = typeof model.needLexeme === 'function' ? model.needLexeme : undefined;`);
  return `${out}\nmodule.exports.pagesLexicon = true;\n`;
}

/** The esbuild plugin. */
export const pagedWinkLexicon = {
  name: 'paged-wink-lexicon',
  setup(b) {
    b.onLoad({ filter: WINK_CACHE_FILE }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: pagedLexiconSource(await readFile(args.path, 'utf8'), args.path), loader: 'js' };
    });
  },
};
