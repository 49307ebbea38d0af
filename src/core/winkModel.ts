// The wink-nlp instance the tokenizer uses, built fast. The package's own loader
// (wink-eng-lite-web-model) parses a 3 MB JSON file, decodes two base64 tables, deep-copies the
// whole model and loads every annotator's model: about 170 ms, most of a short check. Here the
// core model comes from dist/wink-core.bin (scripts/buildWinkModel.mjs: the same tables, stored
// raw), and only the annotator Faithful reads is run: part-of-speech tags (lemmas follow from
// tags; the engine splits sentences itself). Named entities, negation and sentiment are never
// read by the engine, so their models are left empty; sentence boundaries are loaded (3 kB) but
// not run. Measured on 5,000 pairs of the public sets, findings are identical to the package's
// full pipe; a unit test (core-winkModel) checks that the core model equals the package's and
// that tokens, tags and lemmas are unchanged.
import type { DataSections } from './dataFile';
import { PagedDataFile } from './dataFile';

/** Must match WINK_CORE_FORMAT in scripts/buildWinkModel.mjs. */
export const WINK_CORE_FORMAT = 3;

/** The annotators the engine reads. */
export const WINK_PIPE = ['pos'] as const;

/** An empty finite-state machine, as wink's own emptyModelJSON() writes it. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

type Layout = Record<string, number[]>;
interface FeatureData { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }
interface CoreModel {
  packing: { layout: Layout; efList?: string[]; size: number };
  features: Record<string, FeatureData>;
  pos: { hash: Record<string, number> };
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  /**
   * Called by the bundled wink (scripts/winkLexicon.mjs) before it reads a lexeme's entry in the
   * lexicon, when the lexicon is read a page at a time (see readCoreFile).
   */
  needLexeme?: (index: number) => void;
}

/**
 * The core model as wink-eng-lite-web-model's read-core-model.js + load-core-model.js build it,
 * from the raw sections instead of base64, and with no deep copy (each call parses afresh).
 */
export function coreModelFrom(d: DataSections): CoreModel {
  return trackedCoreModelFrom(d).model;
}

/** Reads the bytes of a range of a section's view before they are read (a paged file), or nothing (a file read whole). */
type Need = (view: { readonly byteOffset: number; readonly BYTES_PER_ELEMENT: number }, from: number, to: number) => void;

function trackedCoreModelFrom(d: DataSections, need?: Need): { model: CoreModel; lexemes: TrackedHash } {
  const model = JSON.parse(d.text('model')) as CoreModel;
  const lexemes = new LexemeTable(d, need);
  model.features.lexeme!.list = lexemes.list;
  const lexicon = (model.lexicon = d.uint32('lexicon'));
  model.xpansions = d.uint32('xpansions');
  if (need && winkPagesLexicon()) {
    const size = model.packing.size;
    const count = Math.floor(lexicon.length / size);
    model.needLexeme = (index) => {
      if (index >= 0 && index < count) need(lexicon, index * size, index * size + size);
    };
  }
  const { packing, features, pos } = model;
  const hashOf = (list: readonly unknown[]) => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
    return hash;
  };
  // (The lexemes have their own hash, read from the file: indexing them here is what it saves.)
  for (const f in packing.layout) if (packing.layout[f]![3] === 0 && f !== 'lexeme') features[f]!.hash = hashOf(features[f]!.list);
  features.lexeme!.hash = lexemes.hash;
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return { model, lexemes };
}

/** The lexeme hash wink reads and writes, with a way to forget the words it added (WinkReader does after each text). */
interface TrackedHash {
  readonly hash: Record<string, number>;
  /** Forgets every word added since the last call. */
  forgetAdded(): void;
}

/** FNV-1a over UTF-16 code units; the same function as lexemeHash() in scripts/buildWinkModel.mjs. */
export function lexemeHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * wink's lexemes (87,000 words) straight from the data file, as the list and the word -> index
 * hash wink reads and writes (`list[i]`, `list.length`, `list.push(word)`, `hash[word]`,
 * `hash[word] = i`). Nothing is split or indexed at start-up: a lexeme becomes a string when wink
 * first asks for it, and the hash probes the table built with the data file. Building the list
 * and a Map of all words cost a short check about 15 ms of CPU and 5 MB of heap; a check reads
 * only the few hundred lexemes its words hit. Words wink adds at run time (out of vocabulary)
 * live in a plain array and Map beside the table; forgetAdded() drops them from the hash (their
 * positions in the list stay taken: wink's table of unknown words' features is indexed by them).
 */
/** Words LexemeTable keeps the index of (see `found`); a long text uses a few thousand. */
const MAX_FOUND = 20_000;

class LexemeTable implements TrackedHash {
  private readonly text: Buffer;
  private readonly offsets: Uint32Array;
  private readonly table: Uint32Array;
  private readonly mask: number;
  private readonly count: number;
  /**
   * Lexemes made into strings so far, by index: a Map, since a check reads a few hundred of the
   * 87,000 (an array of them all was 700 kB of holes to allocate and fill on every start).
   */
  private readonly decoded = new Map<number, string>();
  private readonly added: string[] = [];
  private readonly addedIndex = new Map<string, number>();
  readonly list: string[];
  readonly hash: Record<string, number>;

  private readonly need: Need | undefined;
  private readonly bytes: Uint8Array;

  constructor(d: DataSections, need?: Need) {
    const bytes = d.bytes('lexemes');
    this.need = need;
    this.bytes = bytes;
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.offsets = d.uint32('lexemeOffsets');
    this.table = d.uint32('lexemeTable');
    this.mask = this.table.length - 1;
    this.count = this.offsets.length - 1;
    const self = this;
    const push = (...words: string[]) => {
      for (const w of words) self.added.push(w);
      return self.count + self.added.length;
    };
    this.list = new Proxy([] as string[], {
      get(target, key, receiver) {
        if (typeof key === 'string') {
          const c = key.charCodeAt(0);
          if (c >= 48 && c <= 57) return self.at(Number(key));
          if (key === 'length') return self.count + self.added.length;
          if (key === 'push') return push;
        }
        return Reflect.get(target, key, receiver);
      },
      has: (target, key) => (typeof key === 'string' && /^\d+$/.test(key) ? Number(key) < self.count + self.added.length : Reflect.has(target, key)),
    });
    this.hash = new Proxy(Object.create(null) as Record<string, number>, {
      get: (_, key) => (typeof key === 'string' ? self.indexOf(key) : undefined),
      set: (_, key, value: number) => {
        if (typeof key !== 'string') return false;
        self.addedIndex.set(key, value);
        return true;
      },
      has: (_, key) => typeof key === 'string' && self.indexOf(key) !== undefined,
    });
  }

  forgetAdded(): void {
    this.addedIndex.clear();
  }

  /** The lexeme at `i`, or undefined past the end. */
  at(i: number): string | undefined {
    if (!(i >= 0 && i < this.count)) return Number.isInteger(i) ? this.added[i - this.count] : undefined;
    let s = this.decoded.get(i);
    if (s === undefined) {
      this.need?.(this.offsets, i, i + 2);
      const from = this.offsets[i]!;
      const to = this.offsets[i + 1]! - 1;
      this.need?.(this.bytes, from, to);
      this.decoded.set(i, (s = this.text.toString('utf8', from, to)));
    }
    return s;
  }

  /**
   * Words found in the table, by word: wink looks every token up in the hash, mostly words it has
   * met before in the same text, and a hit here costs one Map lookup instead of hashing the word,
   * probing the table (asking for its pages) and comparing the lexeme. Only hits are kept, and
   * at most MAX_FOUND of them (then it starts again, like the parse cache), so a long-lived
   * process reading novel words holds no more than that.
   */
  private readonly found = new Map<string, number>();

  /** The index of `word` (the last one for a repeated lexeme), or undefined. */
  indexOf(word: string): number | undefined {
    const added = this.addedIndex.get(word);
    if (added !== undefined) return added;
    const known = this.found.get(word);
    if (known !== undefined) return known;
    for (let slot = lexemeHash(word) & this.mask; ; slot = (slot + 1) & this.mask) {
      this.need?.(this.table, slot, slot + 1);
      const v = this.table[slot]!;
      if (v === 0) return undefined;
      if (this.at(v - 1) === word) {
        if (this.found.size >= MAX_FOUND) this.found.clear();
        this.found.set(word, v - 1);
        return v - 1;
      }
    }
  }
}

/** wink's core model, beside the bundles (scripts/buildWinkModel.mjs writes it). */
export const WINK_CORE_FILE = 'wink-core.bin';

/**
 * The core model's file, paged (dataFile.ts): the sections wink reads itself are read whole at
 * once; the lexemes (their text, offsets and hash table, 2.2 MB) a page at a time as the words
 * of a check are looked up (a two-sentence check reads a few dozen of their 545 pages).
 */
let coreFile: PagedDataFile | undefined;
function readCoreFile(): PagedDataFile {
  if (!coreFile) {
    const file = PagedDataFile.open(WINK_CORE_FILE, WINK_CORE_FORMAT);
    // The lexicon (1.4 MB) too, unless this wink asks for each lexeme's entry before reading it.
    for (const name of winkPagesLexicon() ? ['model', 'xpansions'] : ['model', 'lexicon', 'xpansions']) file.needElements(file.sections.bytes(name), 0, file.sections.bytes(name).length);
    coreFile = file;
  }
  return coreFile;
}
const readCoreSections = (): DataSections => readCoreFile().sections;
const coreNeed: Need = (view, from, to) => readCoreFile().needElements(view, from, to);

/** wink's lemmatizer exception tables, as scripts/buildWinkModel.mjs stores them (EXCEPTION_KINDS). */
export type WinkExceptionKind = 'noun' | 'verb' | 'adjective';

/**
 * One of wink's lemmatizer exception tables (irregular forms and their lemmas: "geese" ->
 * "goose", "threw" -> "throw"), looked up in the core model's file instead of built: wink's own
 * module is a few thousand assignments to a null-prototype object, and building the three
 * objects (even from JSON) was 5-10 ms and some hundreds of pages of fresh memory of every
 * start-up, for the few dozen forms a short check asks about. The words are stored sorted
 * (code-unit order), each followed by its lemma; a look-up is a binary search over them, reading
 * the file's pages as it goes, and its answer is remembered.
 */
class ExceptionTable {
  private readonly text: Uint8Array;
  private readonly starts: Uint32Array;
  private readonly count: number;
  /** Answers so far (null: not in the table); bounded like LexemeTable's. */
  private readonly known = new Map<string, string | null>();

  constructor(kind: WinkExceptionKind) {
    const d = readCoreSections();
    this.text = d.bytes(`${kind}Exceptions`);
    this.starts = d.uint32(`${kind}ExceptionStarts`);
    this.count = this.starts.length - 1;
  }

  /** The lemma listed for `word`, or undefined. */
  lemma(word: string): string | undefined {
    const known = this.known.get(word);
    if (known !== undefined) return known ?? undefined;
    const found = this.search(word);
    if (this.known.size >= MAX_FOUND) this.known.clear();
    this.known.set(word, found ?? null);
    return found;
  }

  private search(word: string): string | undefined {
    const { text, starts } = this;
    const n = word.length;
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      coreNeed(starts, mid, mid + 2);
      const from = starts[mid]!;
      // Enough of the entry to compare the word and its NUL.
      coreNeed(text, from, Math.min(starts[mid + 1]!, from + n + 1));
      // The stored word against `word`, by code unit (stored words are ASCII, NUL-terminated).
      let cmp = 0;
      for (let i = 0; ; i++) {
        const b = text[from + i]!;
        if (b === 0) {
          cmp = i === n ? 0 : -1;
          break;
        }
        if (i === n) {
          cmp = 1;
          break;
        }
        cmp = b - word.charCodeAt(i);
        if (cmp !== 0) break;
      }
      if (cmp === 0) {
        const lemmaFrom = from + n + 1;
        const lemmaTo = starts[mid + 1]! - 1;
        coreNeed(text, lemmaFrom, lemmaTo);
        return Buffer.from(text.buffer, text.byteOffset + lemmaFrom, lemmaTo - lemmaFrom).toString('latin1');
      }
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Every word and its lemma, in stored order (for tests). */
  entries(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    coreNeed(this.starts, 0, this.starts.length);
    coreNeed(this.text, 0, this.text.length);
    const all = Buffer.from(this.text.buffer, this.text.byteOffset, this.text.byteLength).toString('latin1');
    for (let i = 0; i < this.count; i++) {
      const [word, lemma] = all.slice(this.starts[i]!, this.starts[i + 1]! - 1).split('\0');
      out.push([word!, lemma!]);
    }
    return out;
  }
}

const exceptionTables = new Map<WinkExceptionKind, Readonly<Record<string, string>>>();

/**
 * An exception table as the object wink's lemmatizer reads (`table[word]`, a lemma or
 * undefined): what the bundles give lemmatize.js in place of the package's module
 * (scripts/winkExceptions.mjs). Only look-ups are answered: like the package's object, it has no
 * prototype, so any key that is not a listed word (a symbol, "constructor", "__proto__") gives
 * undefined.
 */
export function winkExceptionTable(kind: WinkExceptionKind): Readonly<Record<string, string>> {
  let table = exceptionTables.get(kind);
  if (!table) {
    let lookup: ExceptionTable | undefined;
    const get = (key: string | symbol) => (typeof key === 'string' ? (lookup ??= new ExceptionTable(kind)).lemma(key) : undefined);
    table = new Proxy(Object.create(null) as Record<string, string>, {
      get: (_, key) => get(key),
      has: (_, key) => get(key) !== undefined,
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
    });
    exceptionTables.set(kind, table);
  }
  return table;
}

/** Every entry of an exception table as stored (for tests: they must be the package's own). */
export function winkExceptionEntries(kind: WinkExceptionKind): Array<[string, string]> {
  return new ExceptionTable(kind).entries();
}

/* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, not at import */
/**
 * Whether the wink-nlp loaded here asks for each lexeme's entry before it reads it from the
 * lexicon (model.needLexeme): the bundles' wink does (scripts/winkLexicon.mjs marks its
 * cache.js), the package as installed (the unit tests, run from source) does not.
 */
let pagesLexicon: boolean | undefined;
function winkPagesLexicon(): boolean {
  return (pagesLexicon ??= (require('wink-nlp/src/cache.js') as { pagesLexicon?: boolean }).pagesLexicon === true);
}

/**
 * wink-eng-lite-web-model's loader for this model stringifies its module-level table in place on
 * every call, so the second instance gets the JSON of a JSON string, and the tenth fails with
 * "Invalid string length". Called once, its result serves every instance.
 */
let metaCerModel: unknown;
const metaCer = () => (metaCerModel ??= require('wink-eng-lite-web-model/dist/load-cer-meta-model.js')());

/**
 * The verb an irregular form is of, from wink's own WordNet exception table ("overtook" ->
 * "overtake", "threw" -> "throw"), or null: what the lemmatizer gives a word only when it was
 * tagged a verb.
 */
export function irregularVerbLemma(form: string): string | null {
  return irregularLemma('verb', form);
}

/**
 * The singular of an irregular plural noun ("children" -> "child", "women" -> "woman"), or null:
 * what the lemmatizer gives a word only when it was tagged a common noun.
 */
export function irregularNounLemma(form: string): string | null {
  return irregularLemma('noun', form);
}

/** A form's lemma in the lemmatizer's exception table of its kind, when that is another word; null otherwise. */
function irregularLemma(kind: WinkExceptionKind, form: string): string | null {
  const lemma = winkExceptionTable(kind)[form];
  return typeof lemma === 'string' && lemma !== form ? lemma : null;
}

/** The wink model object: the fast core, the annotators in WINK_PIPE, empty machines for the rest. */
export function fastWinkModel(core: () => CoreModel = () => trackedCoreModelFrom(readCoreSections(), coreNeed).model): object {
  const addons = Object.create(null) as Record<string, unknown>;
  // The stemmer and the readability statistics (its.stem, its.readabilityStats: the engine asks
  // for neither) are loaded if ever called: their modules build tables as they load.
  let stem: ((word: string) => string) | undefined;
  let readabilityStats: ((...args: unknown[]) => unknown) | undefined;
  addons.stem = (word: string) => (stem ??= require('wink-eng-lite-web-model/dist/porter-stemmer.js'))(word);
  addons.lemmatize = require('wink-eng-lite-web-model/dist/lemmatize.js');
  addons.readabilityStats = (...args: unknown[]) => (readabilityStats ??= require('wink-eng-lite-web-model/dist/readability-stats.js'))(...args);
  addons.wordVectors = undefined;
  return {
    core,
    sbd: require('wink-eng-lite-web-model/dist/load-sbd-model.js'),
    pos: require('wink-eng-lite-web-model/dist/load-pos-model.js'),
    ner: () => ({ machines: [EMPTY_MACHINE], transformers: [] }),
    negation: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    metaCER: metaCer,
    featureFn: require('wink-eng-lite-web-model/dist/feature.js'),
    addons,
  };
}

type WinkNlp = ReturnType<typeof import('wink-nlp').default>;

/** A wink-nlp instance with the fast model and the engine's pipe. */
export function createNlp(): WinkNlp {
  return createTrackedNlp().nlp;
}

function createTrackedNlp(): { nlp: WinkNlp; model: CoreModel; lexemes: TrackedHash } {
  const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
  let built: { model: CoreModel; lexemes: TrackedHash } | undefined;
  const core = () => (built = trackedCoreModelFrom(readCoreSections(), coreNeed)).model;
  const nlp = winkNLP(fastWinkModel(core) as Parameters<typeof winkNLP>[0], [...WINK_PIPE]);
  if (!built) throw new Error('wink-nlp did not load the core model');
  return { nlp, ...built };
}
/* eslint-enable @typescript-eslint/no-require-imports */

/** What the engine reads of one text: wink's tokens with their tags, lemmas and types. */
export interface WinkTokens {
  readonly texts: readonly string[];
  readonly poses: readonly string[];
  readonly lemmas: readonly (string | undefined)[];
  readonly types: readonly string[];
}

/**
 * Entries wink may add to its vocabulary (out-of-vocabulary words, their features and new
 * prefix/suffix/shape values) before the instance is replaced by a fresh one. Each entry costs
 * some tens of bytes, so an instance holds at most a few megabytes more than a fresh one; a
 * fresh one costs about 40 ms to build, once per this many unknown words read.
 */
export const MAX_ADDED_ENTRIES = 100_000;

/**
 * wink-nlp with no memory of earlier texts. wink keeps every unknown word it meets in a
 * vocabulary shared by all documents, with the features of its first occurrence (a bare combining
 * accent first seen after a digit stays "unknown" rather than "word" for good), and that
 * vocabulary grows with every new word: a language server reading novel words for hours grew
 * to gigabytes, and the same text could be tagged differently depending on what came before.
 * Here every text is read as if by a fresh instance: the words it added are forgotten once its
 * tokens are out, and the instance itself is replaced after MAX_ADDED_ENTRIES additions (the
 * positions wink handed out are never reused, since its private table of unknown words' features
 * is indexed by them).
 */
export class WinkReader {
  private current: ReturnType<typeof createTrackedNlp> | undefined;
  private intrinsicSizes: Record<string, number> = {};
  /** How many fresh instances were built, for tests and the memory bench. */
  instancesBuilt = 0;

  constructor(private readonly maxAdded = MAX_ADDED_ENTRIES) {}

  read(text: string): WinkTokens {
    const { nlp, lexemes } = this.instance();
    const { its } = nlp;
    let tokens: WinkTokens;
    try {
      const all = nlp.readDoc(text).tokens();
      tokens = {
        texts: all.out() as string[],
        poses: all.out(its.pos) as string[],
        lemmas: all.out(its.lemma as unknown as typeof its.pos) as (string | undefined)[],
        types: all.out(its.type) as string[],
      };
    } finally {
      lexemes.forgetAdded();
      this.recycleIfFull();
    }
    return tokens;
  }

  /** Entries added to the current instance's vocabulary and feature tables since it was built. */
  addedEntries(): number {
    if (!this.current) return 0;
    let added = 0;
    for (const [name, size] of Object.entries(this.intrinsicSizes)) added += this.current.model.features[name]!.list.length - size;
    return added;
  }

  private instance(): ReturnType<typeof createTrackedNlp> {
    if (this.current) return this.current;
    const made = createTrackedNlp();
    this.instancesBuilt++;
    this.intrinsicSizes = {};
    for (const [name, f] of Object.entries(made.model.features)) if (f.hash) this.intrinsicSizes[name] = f.list.length;
    this.current = made;
    return made;
  }

  private recycleIfFull(): void {
    if (this.addedEntries() > this.maxAdded) this.current = undefined;
  }
}
