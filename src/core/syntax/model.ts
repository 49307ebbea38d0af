// The parser's trained model: vocabularies and three linear classifiers (part-of-speech tags,
// transitions, arc labels) whose weight rows are keyed by 32-bit feature keys (features.ts). Stored as one
// compact binary file: a small JSON header, then per classifier its keys (sorted, as varint
// gaps), which classes each row has weights for, and the weights quantised to 8 bits on a
// logarithmic scale; decoded into typed arrays in one pass, with no parsing of megabytes.
//
// Layout (little-endian): "FDP3", u32 header length, header JSON (UTF-8), zero padding to a
// multiple of 4; then for each classifier (tagger, transitions, labeller): u32 rows, u32 classes,
// u32 entries, u32 key bytes, f32 smallest weight, f32 step ratio; the keys' gaps in unsigned
// order as LEB128 varints; per row a class bit mask (classes <= 8) or a length byte, then (more
// than 8 classes) each entry's class byte; each entry's weight as an i8 q: |w| = smallest *
// ratio^(|q| - 1) with q's sign. Every section is padded to a multiple of 4.

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
 * A linear classifier over hashed features: score(class) = sum over the features of their
 * weight for that class. Rows are sparse (a feature keeps only the classes it has a weight
 * for: a perceptron touches few), which keeps the model small and scoring fast. Weights are
 * 8-bit levels on a logarithmic grid (within about 3% of the trained value), as stored.
 */
export class LinearClassifier {
  private readonly mask: number;
  /**
   * Open-addressing table: slot i holds a key (odd, 0 = empty) at 2i and at 2i + 1 either the
   * row itself, one level byte per class (classes <= 4, the transition classifier: a feature
   * costs one memory read), or where its entries are, as start << 8 | length.
   */
  private readonly slots: Int32Array;
  private readonly inline: boolean;
  /** Each entry as class | level byte << 8. */
  private readonly entries: Int32Array;
  private readonly levels: Float32Array;

  constructor(
    readonly classes: number,
    private readonly keys: Int32Array,
    /** Row r's entries are rowStart[r] .. rowStart[r + 1] - 1 of cls and q. */
    private readonly rowStart: Int32Array,
    private readonly cls: Uint8Array,
    private readonly q: Int8Array,
    private readonly smallest: number,
    private readonly ratio: number,
  ) {
    // Built at load time (a few milliseconds): scoring is bound by memory reads, so each
    // feature costs one probe into one table and at most one contiguous read of its weights.
    if (q.length >= 1 << 24) throw new Error('classifier too large for its row index');
    this.levels = levelTable(smallest, ratio);
    this.inline = classes <= 4;
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r]! & this.mask;
      while (this.slots[s * 2] !== 0) s = (s + 1) & this.mask;
      this.slots[s * 2] = keys[r]!;
      let payload = 0;
      if (this.inline) {
        for (let j = rowStart[r]!; j < rowStart[r + 1]!; j++) payload |= (q[j]! & 255) << (8 * cls[j]!);
      } else {
        payload = (rowStart[r]! << 8) | (rowStart[r + 1]! - rowStart[r]!);
      }
      this.slots[s * 2 + 1] = payload;
    }
    this.entries = this.inline ? new Int32Array(0) : Int32Array.from(q, (v, j) => cls[j]! | ((v & 255) << 8));
  }

  get rows(): number { return this.keys.length; }
  get entryCount(): number { return this.q.length; }

  /** The hash slot holding a feature key, or -1 when the model never saw it (one probe per feature). */
  private slotOf(key: number): number {
    const slots = this.slots, mask = this.mask;
    let s = key & mask;
    let k = slots[s * 2]!;
    while (k !== key && k !== 0) { s = (s + 1) & mask; k = slots[s * 2]!; }
    return k === 0 ? -1 : s;
  }

  /** Adds the weights of the given features into `scores` (length `classes`, zeroed by the caller). */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    const slots = this.slots, levels = this.levels;
    if (this.inline) {
      const classes = this.classes;
      for (let i = 0; i < count; i++) {
        const s = this.slotOf(features[i]!);
        if (s < 0) continue;
        const row = slots[s * 2 + 1]!;
        for (let c = 0; c < classes; c++) scores[c]! += levels[(row >>> (8 * c)) & 255]!;
      }
      return;
    }
    const entries = this.entries;
    for (let i = 0; i < count; i++) {
      const s = this.slotOf(features[i]!);
      if (s < 0) continue;
      const row = slots[s * 2 + 1]!;
      const start = row >>> 8;
      const end = start + (row & 255);
      for (let j = start; j < end; j++) {
        const e = entries[j]!;
        scores[e & 255]! += levels[(e >>> 8) & 255]!;
      }
    }
  }

  /** The same classifier without weights smaller than minWeight in magnitude (a smaller model), on the same grid. */
  pruned(minWeight: number): LinearClassifier {
    const keys: number[] = [];
    const rowStart: number[] = [0];
    const cls: number[] = [];
    const q: number[] = [];
    for (let r = 0; r < this.keys.length; r++) {
      for (let j = this.rowStart[r]!; j < this.rowStart[r + 1]!; j++) {
        if (Math.abs(this.levels[this.q[j]! & 255]!) < minWeight) continue;
        cls.push(this.cls[j]!);
        q.push(this.q[j]!);
      }
      if (cls.length === rowStart[rowStart.length - 1]) continue;
      keys.push(this.keys[r]!);
      rowStart.push(cls.length);
    }
    return new LinearClassifier(this.classes, Int32Array.from(keys), Int32Array.from(rowStart), Uint8Array.from(cls), Int8Array.from(q), this.smallest, this.ratio);
  }

  /** Builds a classifier from dense rows, dropping weights smaller than minWeight in magnitude. */
  static fromDense(classes: number, keys: Int32Array, weights: Float32Array, minWeight = 0): LinearClassifier {
    const order = [...keys.keys()].sort((a, b) => keys[a]! - keys[b]!);
    const rowKeys: number[] = [];
    const rowStart: number[] = [0];
    const cls: number[] = [];
    const val: number[] = [];
    for (const r of order) {
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

  /** A classifier from sparse rows of real-valued weights, put on their 8-bit grid. */
  static fromWeights(classes: number, keys: Int32Array, rowStart: Int32Array, cls: Uint8Array, val: Float32Array): LinearClassifier {
    const { smallest, ratio } = gridFor(val);
    // Weights that round to level 0 are dropped from their rows.
    const q = quantise(val, smallest, ratio);
    const full = new LinearClassifier(classes, keys, rowStart, cls, q, smallest, ratio);
    return q.every((v) => v !== 0) ? full : full.pruned(smallest / 2);
  }

  /** The stored form (see the file layout above). */
  encode(): { keys: Uint8Array; rows: number; shape: Uint8Array; cls: Uint8Array; q: Int8Array; smallest: number; ratio: number } {
    const order = [...this.keys.keys()].sort((a, b) => (this.keys[a]! >>> 0) - (this.keys[b]! >>> 0));
    const keyBytes: number[] = [];
    let prev = 0;
    for (const r of order) {
      let gap = (this.keys[r]! >>> 0) - prev;
      prev = this.keys[r]! >>> 0;
      while (gap >= 0x80) { keyBytes.push((gap & 0x7f) | 0x80); gap = Math.floor(gap / 128); }
      keyBytes.push(gap);
    }
    const masks = this.classes <= 8;
    const shape = new Uint8Array(order.length);
    const cls: number[] = [];
    const q: number[] = [];
    order.forEach((r, i) => {
      // Entries in class order, so that a mask says which classes they are.
      const entries: [number, number][] = [];
      for (let j = this.rowStart[r]!; j < this.rowStart[r + 1]!; j++) entries.push([this.cls[j]!, this.q[j]!]);
      entries.sort((a, b) => a[0] - b[0]);
      if (entries.length > 255) throw new Error('a row has more than 255 weights');
      let mask = 0;
      for (const [c, v] of entries) {
        mask |= 1 << c;
        if (!masks) cls.push(c);
        q.push(v);
      }
      shape[i] = masks ? mask : entries.length;
    });
    return { keys: Uint8Array.from(keyBytes), rows: order.length, shape, cls: Uint8Array.from(cls), q: Int8Array.from(q), smallest: this.smallest, ratio: this.ratio };
  }

  static decode(
    classes: number, rows: number, keyBytes: Uint8Array, shape: Uint8Array, cls: Uint8Array | null, q: Int8Array, smallest: number, ratio: number,
  ): LinearClassifier {
    const keys = new Int32Array(rows);
    let at = 0;
    let prev = 0;
    for (let r = 0; r < rows; r++) {
      let gap = 0, mult = 1, b: number;
      do {
        if (at >= keyBytes.length) throw new ModelFormatError('parser model is truncated (keys)');
        b = keyBytes[at++]!;
        gap += (b & 0x7f) * mult;
        mult *= 128;
      } while (b & 0x80);
      prev += gap;
      keys[r] = prev | 0;
    }
    const rowStart = new Int32Array(rows + 1);
    const outCls = new Uint8Array(q.length);
    let e = 0;
    for (let r = 0; r < rows; r++) {
      if (cls) {
        for (let j = 0; j < shape[r]!; j++, e++) outCls[e] = cls[e]!;
      } else {
        for (let c = 0; c < classes && e < q.length; c++) if (shape[r]! & (1 << c)) outCls[e++] = c;
      }
      rowStart[r + 1] = e;
    }
    if (e !== q.length) throw new ModelFormatError('parser model is inconsistent (row lengths)');
    return new LinearClassifier(classes, keys, rowStart, outCls, q, smallest, ratio);
  }
}

export interface ParserModel {
  readonly header: ModelHeader;
  /** Part-of-speech tagger (tagger.ts), classes in UPOS order. */
  readonly tagger: LinearClassifier;
  readonly transitions: LinearClassifier;
  readonly labeller: LinearClassifier;
  readonly vocab: ReadonlyMap<string, number>;
  readonly suffixes: ReadonlyMap<string, number>;
}

const MAGIC = 0x33504446; // "FDP3"

export function encodeModel(header: ModelHeader, tables: readonly LinearClassifier[]): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const pad4 = (n: number) => (n + 3) & ~3;
  const encoded = tables.map((t) => t.encode());
  let size = 8 + pad4(headerBytes.length);
  for (const e of encoded) size += 24 + pad4(e.keys.length) + pad4(e.shape.length) + pad4(e.cls.length) + pad4(e.q.length);
  const buf = new ArrayBuffer(size);
  const view = new DataView(buf);
  const bytes = new Uint8Array(buf);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  bytes.set(headerBytes, 8);
  let at = 8 + pad4(headerBytes.length);
  const put = (a: ArrayBufferView) => {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at = pad4(at + a.byteLength);
  };
  encoded.forEach((e, i) => {
    view.setUint32(at, e.rows, true);
    view.setUint32(at + 4, tables[i]!.classes, true);
    view.setUint32(at + 8, e.q.length, true);
    view.setUint32(at + 12, e.keys.length, true);
    view.setFloat32(at + 16, e.smallest, true);
    view.setFloat32(at + 20, e.ratio, true);
    at += 24;
    put(e.keys); put(e.shape); put(e.cls); put(e.q);
  });
  return bytes;
}

export class ModelFormatError extends Error {}

export function decodeModel(data: Uint8Array): ParserModel {
  // Copy into an aligned buffer of our own, so typed-array views line up.
  const buf = new ArrayBuffer(data.byteLength);
  new Uint8Array(buf).set(data);
  const view = new DataView(buf);
  if (data.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new ModelFormatError('not a Faithful parser model (bad magic number)');
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > buf.byteLength) throw new ModelFormatError('parser model is truncated');
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 8, headerLength))) as ModelHeader;
  if (header.format !== 'faithful-dependency-parser') throw new ModelFormatError('not a Faithful parser model (bad header)');
  const pad4 = (n: number) => (n + 3) & ~3;
  let at = pad4(8 + headerLength);
  const take = <T>(make: (b: ArrayBuffer, o: number, n: number) => T, n: number, width: number): T => {
    if (at + n * width > buf.byteLength) throw new ModelFormatError('parser model is truncated');
    const out = make(buf, at, n);
    at = pad4(at + n * width);
    return out;
  };
  const tables: LinearClassifier[] = [];
  for (let i = 0; i < 3; i++) {
    if (at + 24 > buf.byteLength) throw new ModelFormatError('parser model is truncated');
    const rows = view.getUint32(at, true);
    const classes = view.getUint32(at + 4, true);
    const entries = view.getUint32(at + 8, true);
    const keyBytes = view.getUint32(at + 12, true);
    const smallest = view.getFloat32(at + 16, true);
    const ratio = view.getFloat32(at + 20, true);
    at += 24;
    const keys = take((b, o, n) => new Uint8Array(b, o, n), keyBytes, 1);
    const shape = take((b, o, n) => new Uint8Array(b, o, n), rows, 1);
    const cls = classes <= 8 ? null : take((b, o, n) => new Uint8Array(b, o, n), entries, 1);
    const q = take((b, o, n) => new Int8Array(b, o, n), entries, 1);
    tables.push(LinearClassifier.decode(classes, rows, keys, shape, cls, q, smallest, ratio));
  }
  return {
    header,
    tagger: tables[0]!,
    transitions: tables[1]!,
    labeller: tables[2]!,
    vocab: new Map(header.vocab.map((w, i) => [w, i + 2])),
    suffixes: new Map(header.suffixes.map((s, i) => [s, i + 2])),
  };
}
