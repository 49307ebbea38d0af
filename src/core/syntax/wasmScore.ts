// LinearClassifier.score (model.ts) as a WebAssembly function, for a model whose tables lie in a
// WebAssembly memory (the CLI and the evaluation read the model file straight into one:
// dataFile.ts, readDataFile). A short run scores its sentences in V8's interpreter, long
// before the JavaScript loop is optimised, and there every float32 read from a weight table and
// every sum is a new heap number: on the machine the bench runs on, scoring took 13 ms of a
// two-sentence comparison (112 calls) and 45-50 ms of the seed pair's, with some 370 pages of
// fresh memory for the garbage. WebAssembly is compiled before it runs (V8's baseline compiler,
// well under a millisecond for this one function), and adds float32s without boxing them.
//
// The same look-ups in the same order and the same sums: JavaScript adds two float32 values as
// doubles and rounds the sum to float32 when it stores it; `f32.add` rounds the exact sum to
// float32 at once; the two agree for every pair of float32 values (a double's 53 bits are at
// least twice float32's 24, plus two, so rounding twice gives what rounding once does). A unit
// test compares the two on the real model.
//
// The function, in WebAssembly's text format (one exported function over an imported memory):
//
//   (func (export "s") (param $slots $home $classes $inline $entries $levels $feat $count $scores i32)
//     (local $i $want $a $k $row $c $j $end $e $p i32)
//     loop over i < count:
//       want = i32.load(feat + 4i); i += 1
//       a = slots + 8 * i32.wrap(u64(want) * u64(home) >> 32)        ;; the key's home slot
//       while (k = i32.load(a)) <u want and k != 0: a += 8          ;; keys ascend along the slots
//       if k != want: next feature
//       row = i32.load(a + 4)
//       if inline: for c < classes: f32[scores + 4c] += f32[levels + 4 * ((row >>> 8c) & 255)]
//       else: for j from row >>> 8 to (row >>> 8) + (row & 255):
//               e = u16[entries + 2j]; f32[scores + 4 * (e & 255)] += f32[levels + 4 * (e >>> 8)]
//
// `want * home / 2^32` in JavaScript is exact (both are below 2^32 and the home slots below 2^21,
// so the product is below 2^53), so its floor is the 64-bit product shifted down by 32.

import { WASM_PAGE } from '../dataFile';

/** Opcodes used below (WebAssembly 1.0). */
const enum Op {
  Block = 0x02, Loop = 0x03, If = 0x04, Else = 0x05, End = 0x0b, Br = 0x0c, BrIf = 0x0d,
  LocalGet = 0x20, LocalSet = 0x21, LocalTee = 0x22,
  I32Load = 0x28, F32Load = 0x2a, I32Load16U = 0x2f, F32Store = 0x38,
  I32Const = 0x41, I64Const = 0x42,
  I32Eqz = 0x45, I32Ne = 0x47, I32GeU = 0x4f,
  I32Add = 0x6a, I32And = 0x71, I32Shl = 0x74, I32ShrU = 0x76,
  I64Mul = 0x7e, I64ShrU = 0x88, I32WrapI64 = 0xa7, I64ExtendI32U = 0xad, F32Add = 0x92,
}
const VOID = 0x40;
const I32 = 0x7f;

/** Unsigned LEB128. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 of a non-negative 32-bit constant. */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>>= 7;
    if (n === 0 && (b & 0x40) === 0) return [...out, b];
    out.push(b | 0x80);
  }
}

// Parameters, then locals, by index.
const SLOTS = 0, HOME = 1, CLASSES = 2, INLINE = 3, ENTRIES = 4, LEVELS = 5, FEAT = 6, COUNT = 7, SCORES = 8;
const I = 9, WANT = 10, A = 11, K = 12, ROW = 13, C = 14, J = 15, END = 16, E = 17, P = 18;
const PARAMS = 9, LOCALS = 10;

const get = (x: number) => [Op.LocalGet, x];
const set = (x: number) => [Op.LocalSet, x];
const tee = (x: number) => [Op.LocalTee, x];
const i32 = (n: number) => [Op.I32Const, ...sleb(n)];
/** A load or store with its alignment (log2 bytes) and offset. */
const mem = (op: Op, align: number, offset = 0) => [op, align, ...uleb(offset)];
/** `loop` in a `block`: branch 1 leaves, branch 0 goes round again. */
const loop = (...body: number[][]) => [Op.Block, VOID, Op.Loop, VOID, ...body.flat(), Op.Br, 0, Op.End, Op.End];
/** scores[at] += levels[level] (both byte addresses computed by the code given). */
const addLevel = (scoreAddress: number[], levelAddress: number[]) => [
  ...scoreAddress, ...tee(P), ...get(P), ...mem(Op.F32Load, 2),
  ...levelAddress, ...mem(Op.F32Load, 2),
  Op.F32Add, ...mem(Op.F32Store, 2),
];

const BODY = [
  ...loop(
    [...get(I), ...get(COUNT), Op.I32GeU, Op.BrIf, 1],
    [...get(FEAT), ...get(I), ...i32(2), Op.I32Shl, Op.I32Add, ...mem(Op.I32Load, 2), ...set(WANT)],
    [...get(I), ...i32(1), Op.I32Add, ...set(I)],
    [...get(WANT), Op.I64ExtendI32U, ...get(HOME), Op.I64ExtendI32U, Op.I64Mul, Op.I64Const, 32, Op.I64ShrU, Op.I32WrapI64, ...i32(3), Op.I32Shl, ...get(SLOTS), Op.I32Add, ...set(A)],
    loop(
      [...get(A), ...mem(Op.I32Load, 2), ...tee(K), ...get(WANT), Op.I32GeU, Op.BrIf, 1],
      [...get(K), Op.I32Eqz, Op.BrIf, 1],
      [...get(A), ...i32(8), Op.I32Add, ...set(A)],
    ),
    // A key not in the table: on to the next feature (branch 0 is the outer loop here).
    [...get(K), ...get(WANT), Op.I32Ne, Op.BrIf, 0],
    [...get(A), ...mem(Op.I32Load, 2, 4), ...set(ROW)],
    [...get(INLINE), Op.If, VOID],
    [...i32(0), ...set(C)],
    loop(
      [...get(C), ...get(CLASSES), Op.I32GeU, Op.BrIf, 1],
      addLevel(
        [...get(SCORES), ...get(C), ...i32(2), Op.I32Shl, Op.I32Add],
        [...get(LEVELS), ...get(ROW), ...get(C), ...i32(3), Op.I32Shl, Op.I32ShrU, ...i32(255), Op.I32And, ...i32(2), Op.I32Shl, Op.I32Add],
      ),
      [...get(C), ...i32(1), Op.I32Add, ...set(C)],
    ),
    [Op.Else],
    [...get(ROW), ...i32(8), Op.I32ShrU, ...tee(J), ...get(ROW), ...i32(255), Op.I32And, Op.I32Add, ...set(END)],
    loop(
      [...get(J), ...get(END), Op.I32GeU, Op.BrIf, 1],
      [...get(ENTRIES), ...get(J), ...i32(1), Op.I32Shl, Op.I32Add, ...mem(Op.I32Load16U, 1), ...set(E)],
      addLevel(
        [...get(SCORES), ...get(E), ...i32(255), Op.I32And, ...i32(2), Op.I32Shl, Op.I32Add],
        [...get(LEVELS), ...get(E), ...i32(8), Op.I32ShrU, ...i32(2), Op.I32Shl, Op.I32Add],
      ),
      [...get(J), ...i32(1), Op.I32Add, ...set(J)],
    ),
    [Op.End],
  ),
  Op.End,
];

const name = (s: string) => [s.length, ...Array.from(s, (ch) => ch.charCodeAt(0))];
const section = (id: number, bytes: number[]) => [id, ...uleb(bytes.length), ...bytes];

/** The module's bytes; `shared`: its memory is a shared one (a SharedArrayBuffer, for threads), of `pages` pages. */
function moduleBytes(shared: boolean, pages: number): Uint8Array<ArrayBuffer> {
  const code = [1, LOCALS, I32, ...BODY];
  // Memory limits: 0x00 min (unshared, any size); 0x03 min max (shared, which needs a maximum).
  const limits = shared ? [0x03, ...uleb(pages), ...uleb(pages)] : [0x00, 0];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, PARAMS, ...new Array<number>(PARAMS).fill(I32), 0]),
    ...section(2, [1, ...name('e'), ...name('m'), 0x02, ...limits]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...name('s'), 0x00, 0]),
    ...section(10, [1, ...uleb(code.length), ...code]),
  ]);
}

/** The scoring function over `memory`, as the module exports it. */
export type WasmScoreFunction = (slots: number, home: number, classes: number, inline: number, entries: number, levels: number, features: number, count: number, scores: number) => void;

/** Instantiates the scorer over `memory` (synchronously: the module is a few hundred bytes), or undefined where WebAssembly cannot run (V8 without it, e.g. --jitless). */
export function wasmScorer(memory: WebAssembly.Memory): WasmScoreFunction | undefined {
  try {
    const shared = typeof SharedArrayBuffer === 'function' && memory.buffer instanceof SharedArrayBuffer;
    const module = new WebAssembly.Module(moduleBytes(shared, memory.buffer.byteLength / WASM_PAGE));
    return new WebAssembly.Instance(module, { e: { m: memory } }).exports.s as WasmScoreFunction;
  } catch {
    return undefined;
  }
}
