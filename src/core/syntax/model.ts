// The parser's trained model: vocabularies and three linear classifiers (part-of-speech tags,
// transitions, arc labels) whose weight rows are keyed by 32-bit feature keys (features.ts),
// with the weights quantised to 8 bits on a logarithmic scale. Stored as one binary file whose
// tables are used where they lie: loading reads a small JSON header (labels, vocabularies) and
// makes typed-array views into the file's bytes, with no per-entry decoding (a short CLI run
// pays for reading the file, not for rebuilding tables from it).
//
// Layout (little-endian; every part starts at a multiple of 8): "FDP5", u32 header length,
// header JSON (UTF-8: format, labels, provenance); then for each classifier (tagger, transitions, labeller) a 32-byte block
// of u32 classes, u32 home slots, u32 slots, u32 entries, f32 smallest weight, f32 step ratio,
// 8 bytes unused; then its slots, two i32 each: a key (odd; 0 = empty) and its row, which is
// one level byte per class when there are at most 4 classes, else where its entries are
// (start << 8 | length); then the entries, u16 each: class | level byte << 8. Keys ascend along
// the slots, each at its home slot (its unsigned value scaled to the home slots) or just after
// the key before it, and the last slot is empty. A level byte q stands for the weight
// ±smallest * ratio^(|q| - 1) (two's complement, 0 = 0). Then the two vocabularies (words, then
// suffixes), each a hash table of its distinct entries (see WordTable): a 16-byte block of u32
// entries, u32 slots (a power of two), u32 text bytes, 4 bytes unused; the slots, u32 each (0 =
// empty, else entry + 1), searched from the FNV-1a hash of the word's UTF-8 bytes onwards; each
// entry's id, u32; the entries' starts in the text, u32, one more than the entries; the text,
// the entries' UTF-8 bytes one after another. (FDP4 kept the vocabularies as JSON lists in the
// header: parsing them and indexing the words cost a seed-pair run about 9 ms and 10,000 strings.)

import { wasmScorer, type WasmScoreFunction } from './wasmScore';

export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;

export interface ModelHeader {
  readonly format: 'faithful-dependency-parser';
  /** Arc labels (Universal Dependencies relations without subtypes), indexed by class. */
  readonly labels: readonly string[];
  /** Word forms with an id of their own (index + 2; 1 is an unknown word). */
  readonly vocab: readonly string[];
  /** Three-letter word endings with an id of their own (index + 2). */
  readonly suffixes: readonly string[];
  /** Provenance, shown by `npm run eval:parser` and credited in the README. */
  readonly trainedOn: string;
}

/** A model's header as stored and decoded: the vocabularies are tables of their own (ParserModel.vocab and .suffixes). */
export type ModelInfo = Omit<ModelHeader, 'vocab' | 'suffixes'>;

/** The weight of each 8-bit level (indexed by the level's byte, two's complement): 0 for 0, else ±smallest * ratio^(|level| - 1). */
function levelTable(smallest: number, ratio: number): Float32Array {
  const t = new Float32Array(256);
  for (let l = 1; l < 128; l++) {
    const v = smallest * Math.pow(ratio, l - 1);
    t[l] = v;
    t[256 - l] = -v;
  }
  return t;
}

/**
 * The 8-bit logarithmic grid for a set of weights: 127 levels from the smallest magnitude (but
 * no less than 1/10,000 of the largest, so that a few tiny weights do not stretch the grid) to
 * the largest, each level about 7% above the one before it at most.
 */
function gridFor(val: Float32Array): { smallest: number; ratio: number } {
  let min = Infinity, max = 0;
  for (const v of val) { const a = Math.abs(v); if (a > 0) { min = Math.min(min, a); max = Math.max(max, a); } }
  if (!(max > 0)) return { smallest: 1, ratio: 1.01 };
  const smallest = Math.max(min, max * 1e-4);
  return { smallest, ratio: Math.max(1 + 1e-6, Math.pow(max / smallest, 1 / 126)) };
}

function quantise(val: Float32Array, smallest: number, ratio: number): Int8Array {
  const logRatio = Math.log(ratio);
  return Int8Array.from(val, (v) => {
    const a = Math.abs(v);
    if (a < smallest / 2) return 0;
    const level = Math.min(127, 1 + Math.max(0, Math.round(Math.log(a / smallest) / logRatio)));
    return v < 0 ? -level : level;
  });
}

/**
 * How many slots a table of `rows` rows gets: about 15% more than rows (a look-up scans a few
 * neighbouring slots, in one or two cache lines), plus a tail for the rows that the last slots
 * push past the end.
 */
function homeSlots(rows: number): number {
  return Math.max(8, Math.ceil(rows / 0.85));
}

/** The slot where a key's search starts: its unsigned value scaled to the table, so that slots follow key order. */
function homeOf(key: number, home: number): number {
  return Math.floor(((key >>> 0) * home) / 4294967296);
}

/** The tables of a classifier, as stored (see the layout above). */
export interface ClassifierTables {
  readonly classes: number;
  readonly smallest: number;
  readonly ratio: number;
  /** Home slots (searches start below this; the table may run past it). */
  readonly home: number;
  /** Slot i: key at 2i (0 = empty), at 2i + 1 the row inline (classes <= 4) or its entries as start << 8 | length. */
  readonly slots: Int32Array;
  /** Sparse rows' entries, class | level byte << 8 (empty when rows are inline). */
  readonly entries: Uint16Array;
}

/** A row as training and tests see it: its key and its (class, level) pairs. */
interface Row { key: number; cls: number[]; q: number[] }

/**
 * A linear classifier over hashed features: score(class) = sum over the features of their
 * weight for that class. Rows are sparse (a feature keeps only the classes it has a weight
 * for: a perceptron touches few), which keeps the model small and scoring fast. Weights are
 * 8-bit levels on a logarithmic grid (within about 3% of the trained value), as stored.
 *
 * Rows sit in one open-addressing table in key order (a key at its home slot or just after
 * the rows before it), which is what the model file holds: loading makes a view of it, and a
 * look-up reads a few neighbouring slots, where a transition feature's four weights sit beside
 * its key (one memory read per feature).
 */
export class LinearClassifier {
  readonly classes: number;
  private readonly home: number;
  private readonly levels: Float32Array;
  private readonly slots: Int32Array;
  private readonly inline: boolean;
  private readonly entries: Uint16Array;
  /** Scoring in WebAssembly, for tables in a WebAssembly memory (useWasm). */
  private wasm: WasmScoring | undefined;

  constructor(readonly tables: ClassifierTables) {
    this.classes = tables.classes;
    this.home = tables.home;
    this.levels = levelTable(tables.smallest, tables.ratio);
    this.slots = tables.slots;
    this.inline = tables.classes <= 4;
    this.entries = tables.entries;
  }

  /** Whether this classifier scores in WebAssembly (its tables lie in a WebAssembly memory). */
  get scoresInWasm(): boolean { return this.wasm !== undefined; }

  get rows(): number { let n = 0; for (let i = 0; i < this.slots.length; i += 2) if (this.slots[i] !== 0) n++; return n; }
  get entryCount(): number { return this.inline ? this.rows * this.classes : this.entries.length; }

  /**
   * Adds the weights of the given features into `scores` (length `classes`, zeroed by the caller).
   * The slot search is written out in the loop, with the tables in locals, rather than a call per
   * feature to a look-up method: a short run (the CLI, a server's first check) scores its first sentences
   * in V8's interpreter, long before the loop is optimised, and there a method call and the
   * property reads behind it cost more than the search itself. Same look-ups, same order of
   * additions, so the same float32 scores.
   */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    const w = this.wasm;
    // In WebAssembly (wasmScore.ts) when the features and scores fit its working space: the
    // features whole (a caller's buffer is a few dozen, of which `count` are used), the scores
    // in and out.
    if (w !== undefined && features.length <= w.features.length && scores.length === this.classes) {
      w.features.set(features);
      w.scores.set(scores);
      w.run(w.slotsAt, this.home, this.classes, this.inline ? 1 : 0, w.entriesAt, w.levelsAt, w.features.byteOffset, count, w.scores.byteOffset);
      scores.set(w.scores);
      return;
    }
    const slots = this.slots, levels = this.levels, home = this.home;
    if (this.inline) {
      const classes = this.classes;
      for (let i = 0; i < count; i++) {
        const want = features[i]! >>> 0;
        // Keys ascend along the table from the key's home slot: stop at it, a larger key or an empty slot.
        let at = Math.floor((want * home) / 4294967296) * 2;
        let k = slots[at]! >>> 0;
        while (k < want && k !== 0) {
          at += 2;
          k = slots[at]! >>> 0;
        }
        if (k !== want) continue;
        const row = slots[at + 1]!;
        for (let c = 0; c < classes; c++) scores[c]! += levels[(row >>> (8 * c)) & 255]!;
      }
      return;
    }
    const entries = this.entries;
    for (let i = 0; i < count; i++) {
      const want = features[i]! >>> 0;
      let at = Math.floor((want * home) / 4294967296) * 2;
      let k = slots[at]! >>> 0;
      while (k < want && k !== 0) {
        at += 2;
        k = slots[at]! >>> 0;
      }
      if (k !== want) continue;
      const row = slots[at + 1]!;
      const end = (row >>> 8) + (row & 255);
      for (let j = row >>> 8; j < end; j++) {
        const e = entries[j]!;
        scores[e & 255]! += levels[e >>> 8]!;
      }
    }
  }

  /**
   * Scores in WebAssembly from now on: `run` over the memory the tables lie in, with this
   * classifier's level table at `levelsAt` and the features' and scores' working space (see
   * attachWasm).
   */
  useWasm(run: WasmScoreFunction, memory: WebAssembly.Memory, levelsAt: number, features: Int32Array, scores: Float32Array): void {
    new Float32Array(memory.buffer, levelsAt, 256).set(this.levels);
    this.wasm = {
      run, levelsAt, features,
      scores: new Float32Array(scores.buffer, scores.byteOffset, this.classes),
      slotsAt: this.slots.byteOffset,
      entriesAt: this.entries.byteOffset,
    };
  }

  /** Every row with its key, classes and levels, in key order. */
  private rowList(): Row[] {
    const out: Row[] = [];
    for (let s = 0; s * 2 < this.slots.length; s++) {
      const key = this.slots[s * 2]!;
      if (key === 0) continue;
      const payload = this.slots[s * 2 + 1]!;
      const row: Row = { key, cls: [], q: [] };
      if (this.inline) {
        for (let c = 0; c < this.classes; c++) {
          const v = (payload << (24 - 8 * c)) >> 24;
          if (v !== 0) { row.cls.push(c); row.q.push(v); }
        }
      } else {
        for (let j = payload >>> 8; j < (payload >>> 8) + (payload & 255); j++) { row.cls.push(this.entries[j]! & 255); row.q.push((this.entries[j]! << 16) >> 24); }
      }
      out.push(row);
    }
    return out;
  }

  /** The same classifier without weights smaller than minWeight in magnitude (a smaller model), on the same grid. */
  pruned(minWeight: number): LinearClassifier {
    const rows: Row[] = [];
    for (const row of this.rowList()) {
      const kept: Row = { key: row.key, cls: [], q: [] };
      row.q.forEach((q, j) => {
        if (Math.abs(this.levels[q & 255]!) < minWeight) return;
        kept.cls.push(row.cls[j]!);
        kept.q.push(q);
      });
      if (kept.q.length > 0) rows.push(kept);
    }
    return LinearClassifier.fromRows(this.classes, rows, this.tables.smallest, this.tables.ratio);
  }

  /** Builds the stored table from rows of 8-bit levels (keys odd and distinct; levels of 0 are dropped). */
  private static fromRows(classes: number, rows: Row[], smallest: number, ratio: number): LinearClassifier {
    if (classes > 256) throw new Error('at most 256 classes');
    const sorted = [...rows].sort((a, b) => (a.key >>> 0) - (b.key >>> 0));
    const home = homeSlots(sorted.length);
    const inline = classes <= 4;
    // Each row at its home slot or right after the row before it; the last ones may run past `home`.
    const at = new Int32Array(sorted.length);
    let next = 0;
    sorted.forEach((row, r) => {
      if ((row.key & 1) === 0) throw new Error(`feature key ${row.key} is even (keys are odd; 0 marks an empty slot)`);
      if (r > 0 && row.key === sorted[r - 1]!.key) throw new Error(`feature key ${row.key} has two rows`);
      at[r] = Math.max(next, homeOf(row.key, home));
      next = at[r]! + 1;
    });
    const slots = new Int32Array(Math.max(home, next) * 2 + 2); // an empty slot ends every search
    const entries: number[] = [];
    sorted.forEach((row, r) => {
      const kept = row.cls.map((c, j) => [c, row.q[j]!] as const).filter(([, q]) => q !== 0).sort((a, b) => a[0] - b[0]);
      let payload = 0;
      if (inline) {
        for (const [c, q] of kept) payload |= (q & 255) << (8 * c);
      } else {
        if (kept.length > 255) throw new Error('a row has more than 255 weights');
        if (entries.length >= 1 << 23) throw new Error('classifier too large for its row index');
        payload = (entries.length << 8) | kept.length;
        for (const [c, q] of kept) entries.push(c | ((q & 255) << 8));
      }
      slots[at[r]! * 2] = row.key;
      slots[at[r]! * 2 + 1] = payload;
    });
    return new LinearClassifier({ classes, smallest, ratio, home, slots, entries: Uint16Array.from(entries) });
  }

  /** Builds a classifier from dense rows, dropping weights smaller than minWeight in magnitude. */
  static fromDense(classes: number, keys: Int32Array, weights: Float32Array, minWeight = 0): LinearClassifier {
    const rowKeys: number[] = [];
    const rowStart: number[] = [0];
    const cls: number[] = [];
    const val: number[] = [];
    for (let r = 0; r < keys.length; r++) {
      let kept = 0;
      for (let j = 0; j < classes; j++) {
        const v = weights[r * classes + j]!;
        if (v === 0 || Math.abs(v) < minWeight) continue;
        cls.push(j);
        val.push(v);
        kept++;
      }
      if (kept === 0) continue;
      rowKeys.push(keys[r]!);
      rowStart.push(cls.length);
    }
    return LinearClassifier.fromWeights(classes, Int32Array.from(rowKeys), Int32Array.from(rowStart), Uint8Array.from(cls), Float32Array.from(val));
  }

  /** A classifier from sparse rows of real-valued weights (row r: rowStart[r] .. rowStart[r + 1] - 1 of cls and val), put on their 8-bit grid. */
  static fromWeights(classes: number, keys: Int32Array, rowStart: Int32Array, cls: Uint8Array, val: Float32Array): LinearClassifier {
    const { smallest, ratio } = gridFor(val);
    // Weights that round to level 0 are dropped from their rows.
    const q = quantise(val, smallest, ratio);
    const rows: Row[] = [];
    for (let r = 0; r < keys.length; r++) {
      const row: Row = { key: keys[r]!, cls: [], q: [] };
      for (let j = rowStart[r]!; j < rowStart[r + 1]!; j++) {
        if (q[j] === 0) continue;
        row.cls.push(cls[j]!);
        row.q.push(q[j]!);
      }
      if (row.q.length > 0) rows.push(row);
    }
    return LinearClassifier.fromRows(classes, rows, smallest, ratio);
  }
}

/** What LinearClassifier.score needs to score in WebAssembly: byte addresses in its memory, and views of the working space. */
interface WasmScoring {
  readonly run: WasmScoreFunction;
  readonly slotsAt: number;
  readonly entriesAt: number;
  readonly levelsAt: number;
  /** Where the features are copied (its length is the most a call may pass). */
  readonly features: Int32Array;
  /** Where the scores are added up (the classifier's classes). */
  readonly scores: Float32Array;
}

/** Most features one score call may pass to WebAssembly (the parser passes up to 96, the tagger 40); more are scored in JavaScript. */
const WASM_FEATURES = 256;

/**
 * Gives the classifiers of a model whose bytes lie in `memory` WebAssembly scoring, with their
 * working space in the memory past the file (from byte `spareAt`): an int32 counting the working
 * spaces taken, then one working space for each thread that decodes the model from this memory
 * (a language server's threads share one memory: sharedDataFiles.ts), each a level table per
 * classifier (256 float32), the features (WASM_FEATURES int32) and the scores (256 float32, so
 * that a class byte of any value stays inside), which the thread's classifiers share (a thread
 * scores one at a time). Nothing changes where WebAssembly cannot run or the spare bytes are
 * all taken.
 */
function attachWasm(classifiers: readonly LinearClassifier[], memory: WebAssembly.Memory, spareAt: number): void {
  const spaceBytes = classifiers.length * 1024 + WASM_FEATURES * 4 + 1024;
  const firstSpace = spareAt + 8;
  const spaces = Math.floor((memory.buffer.byteLength - firstSpace) / spaceBytes);
  if (spaces < 1) return;
  const run = wasmScorer(memory);
  if (!run) return;
  const space = Atomics.add(new Int32Array(memory.buffer, spareAt, 1), 0, 1);
  if (space >= spaces) return;
  const at = firstSpace + space * spaceBytes;
  const featuresAt = at + classifiers.length * 1024;
  const features = new Int32Array(memory.buffer, featuresAt, WASM_FEATURES);
  const scores = new Float32Array(memory.buffer, featuresAt + WASM_FEATURES * 4, 256);
  classifiers.forEach((c, i) => c.useWasm(run, memory, at + i * 1024, features, scores));
}

export interface ParserModel {
  readonly header: ModelInfo;
  /** Part-of-speech tagger (tagger.ts), classes in UPOS order. */
  readonly tagger: LinearClassifier;
  readonly transitions: LinearClassifier;
  readonly labeller: LinearClassifier;
  readonly vocab: WordIdLookup;
  readonly suffixes: WordIdLookup;
}

/** Word -> id look-up (what the parser asks of a vocabulary; a Map is one). */
export interface WordIdLookup {
  get(word: string): number | undefined;
}

const MAGIC = 0x35504446; // "FDP5"
const BLOCK = 32;
const WORDS_BLOCK = 16;
const pad8 = (n: number) => (n + 7) & ~7;

/** FNV-1a of UTF-8 bytes (the word tables' hash). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
function fnv1a(bytes: Uint8Array): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return h;
}

/** A vocabulary's table as stored (see the layout above): each distinct word once, with the id of its last place in the list (index + 2). */
function encodeWords(list: readonly string[]): Uint8Array {
  const last = new Map<string, number>();
  list.forEach((w, i) => last.set(w, i));
  const words = [...last.keys()];
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const texts = words.map((w) => {
    const t = encoder.encode(w);
    // (A lone surrogate would come back as U+FFFD.)
    if (decoder.decode(t) !== w) throw new Error(`parser model: the vocabulary word ${JSON.stringify(w)} is not well-formed text`);
    return t;
  });
  const n = words.length;
  let slotCount = 8;
  while (slotCount < n * 1.5) slotCount *= 2;
  const textBytes = texts.reduce((sum, t) => sum + t.length, 0);
  const size = WORDS_BLOCK + pad8(slotCount * 4) + pad8(n * 4) + pad8((n + 1) * 4) + pad8(textBytes);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, n, true);
  view.setUint32(4, slotCount, true);
  view.setUint32(8, textBytes, true);
  let at = WORDS_BLOCK;
  const slotsAt = at;
  const idsAt = (at += pad8(slotCount * 4));
  const startsAt = (at += pad8(n * 4));
  const textAt = (at += pad8((n + 1) * 4));
  let textEnd = 0;
  texts.forEach((t, e) => {
    view.setUint32(idsAt + e * 4, last.get(words[e]!)! + 2, true);
    view.setUint32(startsAt + e * 4, textEnd, true);
    bytes.set(t, textAt + textEnd);
    textEnd += t.length;
    let slot = (fnv1a(t) >>> 0) & (slotCount - 1);
    while (view.getUint32(slotsAt + slot * 4, true) !== 0) slot = (slot + 1) & (slotCount - 1);
    view.setUint32(slotsAt + slot * 4, e + 1, true);
  });
  view.setUint32(startsAt + n * 4, textEnd, true);
  return bytes;
}

export function encodeModel(header: ModelHeader, classifiers: readonly LinearClassifier[]): Uint8Array {
  const { vocab, suffixes, ...info } = header;
  const headerBytes = new TextEncoder().encode(JSON.stringify(info));
  const tables = classifiers.map((c) => c.tables);
  const wordTables = [encodeWords(vocab), encodeWords(suffixes)];
  let size = pad8(8 + headerBytes.length);
  for (const t of tables) size += BLOCK + pad8(t.slots.byteLength) + pad8(t.entries.byteLength);
  for (const w of wordTables) size += w.byteLength;
  const buf = new ArrayBuffer(size);
  const view = new DataView(buf);
  const bytes = new Uint8Array(buf);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  bytes.set(headerBytes, 8);
  let at = pad8(8 + headerBytes.length);
  for (const t of tables) {
    view.setUint32(at, t.classes, true);
    view.setUint32(at + 4, t.home, true);
    view.setUint32(at + 8, t.slots.length / 2, true);
    view.setUint32(at + 12, t.entries.length, true);
    view.setFloat32(at + 16, t.smallest, true);
    view.setFloat32(at + 20, t.ratio, true);
    at += BLOCK;
    // Typed arrays are in the machine's byte order; the file is little-endian (checked on load).
    for (const a of [t.slots, t.entries]) {
      bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
      at += pad8(a.byteLength);
    }
  }
  for (const w of wordTables) {
    bytes.set(w, at);
    at += w.byteLength;
  }
  return bytes;
}

export class ModelFormatError extends Error {}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * The model in a file's bytes: its tables are views into `data` (copied once only if misaligned), so `data` must not change afterwards.
 * With `memory`, the WebAssembly memory `data` lies in (readDataFile, with spare bytes
 * past it), the classifiers score in WebAssembly (wasmScore.ts): same scores, sooner.
 */
export function decodeModel(data: Uint8Array, memory?: WebAssembly.Memory): ParserModel {
  if (!LITTLE_ENDIAN) throw new ModelFormatError('the parser model needs a little-endian machine');
  const bytes = data.byteOffset % 8 === 0 ? data : new Uint8Array(data);
  const buf = bytes.buffer;
  const base = bytes.byteOffset;
  const length = bytes.byteLength;
  const view = new DataView(buf, base, length);
  if (length < 8 || view.getUint32(0, true) !== MAGIC) throw new ModelFormatError('not a Faithful parser model (bad magic number)');
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > length) throw new ModelFormatError('parser model is truncated');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as ModelInfo;
  if (header.format !== 'faithful-dependency-parser') throw new ModelFormatError('not a Faithful parser model (bad header)');
  let at = pad8(8 + headerLength);
  const take = <T>(make: new (b: ArrayBufferLike, o: number, n: number) => T, n: number, width: number): T => {
    if (at + n * width > length) throw new ModelFormatError('parser model is truncated');
    const out = new make(buf, base + at, n);
    at += pad8(n * width);
    return out;
  };
  const classifiers: LinearClassifier[] = [];
  for (let i = 0; i < 3; i++) {
    if (at + BLOCK > length) throw new ModelFormatError('parser model is truncated');
    const classes = view.getUint32(at, true);
    const home = view.getUint32(at + 4, true);
    const slotCount = view.getUint32(at + 8, true);
    const entryCount = view.getUint32(at + 12, true);
    const smallest = view.getFloat32(at + 16, true);
    const ratio = view.getFloat32(at + 20, true);
    at += BLOCK;
    const slots = take(Int32Array, slotCount * 2, 4);
    const entries = take(Uint16Array, entryCount, 2);
    // Every search must end inside the table: at an empty last slot, past every home.
    if (classes < 1 || classes > 256 || home < 1 || slotCount <= home || slots[slotCount * 2 - 2] !== 0) {
      throw new ModelFormatError('parser model is inconsistent (table shape)');
    }
    classifiers.push(new LinearClassifier({ classes, smallest, ratio, home, slots, entries }));
  }
  const words: WordTable[] = [];
  for (let i = 0; i < 2; i++) {
    if (at + WORDS_BLOCK > length) throw new ModelFormatError('parser model is truncated');
    const n = view.getUint32(at, true);
    const slotCount = view.getUint32(at + 4, true);
    const textBytes = view.getUint32(at + 8, true);
    at += WORDS_BLOCK;
    const slots = take(Uint32Array, slotCount, 4);
    const ids = take(Uint32Array, n, 4);
    const starts = take(Uint32Array, n + 1, 4);
    const text = take(Uint8Array, textBytes, 1);
    // Every search must end: at an empty slot, which a power-of-two table with room to spare has.
    if (slotCount < 1 || (slotCount & (slotCount - 1)) !== 0 || slotCount <= n || starts[n] !== textBytes) {
      throw new ModelFormatError('parser model is inconsistent (word table shape)');
    }
    words.push(new WordTable(slots, ids, starts, text));
  }
  if (memory !== undefined && bytes.buffer === memory.buffer) attachWasm(classifiers, memory, pad8(base + length));
  return {
    header,
    tagger: classifiers[0]!,
    transitions: classifiers[1]!,
    labeller: classifiers[2]!,
    vocab: words[0]!,
    suffixes: words[1]!,
  };
}

/**
 * Word -> id for a vocabulary, as the model file stores it (see the layout above): the id of the
 * word's last place in the vocabulary list (index + 2), looked up where the table lies, with
 * nothing built on loading. (FDP4's header held the lists as JSON: parsing them made 10,500
 * strings, and a text asking about more than a few dozen words then indexed all 8,500 in a Map,
 * some 9 ms and 400 pages of fresh memory of a seed-pair run on the machine the bench runs on.)
 */
class WordTable implements WordIdLookup {
  private encoder: InstanceType<typeof TextEncoder> | undefined;
  private decoder: InstanceType<typeof TextDecoder> | undefined;

  constructor(
    private readonly slots: Uint32Array,
    private readonly ids: Uint32Array,
    private readonly starts: Uint32Array,
    private readonly text: Uint8Array,
  ) {}

  get(word: string): number | undefined {
    // The UTF-8 bytes of the word: its UTF-16 code units while they are ASCII (most words,
    // hashed here without encoding them).
    let h = FNV_OFFSET;
    let ascii = true;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c > 0x7f) {
        ascii = false;
        break;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    let utf8: Uint8Array | undefined;
    if (!ascii) {
      utf8 = (this.encoder ??= new TextEncoder()).encode(word);
      h = fnv1a(utf8);
    }
    const length = utf8 ? utf8.length : word.length;
    const slots = this.slots, starts = this.starts, text = this.text;
    const mask = slots.length - 1;
    for (let slot = (h >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const e = slots[slot]!;
      if (e === 0) return undefined;
      const from = starts[e - 1]!;
      if (starts[e]! - from !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i++) same = text[from + i] === (utf8 ? utf8[i] : word.charCodeAt(i));
      // A string that is not well-formed UTF-16 (a lone surrogate) encodes as U+FFFD: equal
      // bytes, but not the same word.
      if (same && (utf8 === undefined || (this.decoder ??= new TextDecoder()).decode(text.subarray(from, from + length)) === word)) return this.ids[e - 1];
    }
  }
}
