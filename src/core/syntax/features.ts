// Feature extraction for the transition-based dependency parser, shared by training
// (scripts/trainParser.ts) and parsing (parser.ts), so both see exactly the same features.
//
// A feature is a template id combined with a few atoms (word ids, tag ids, labels, distances)
// into one 32-bit key; the model maps keys to weight rows. Templates follow Zhang & Nivre
// (2011), "Transition-based dependency parsing with rich non-local features": words and tags
// of the stack top, the buffer front and their neighbours, their heads and outermost
// children, distance and valency.
import { mix, NONE, ROOT } from './hashing';

/** The configuration of an arc-eager parse. Token positions are 1..n; 0 is the root. */
export interface ParseState {
  readonly n: number;
  /** Word ids (index 0 = root). */
  readonly words: Int32Array;
  /** Tag ids (index 0 = root). */
  readonly tags: Int32Array;
  /** Suffix ids: the last three letters of each word (index 0 = root). */
  readonly suffixes: Int32Array;
  readonly stack: Int32Array;
  sp: number;
  /** Front of the buffer; n + 1 when the buffer is empty. */
  b: number;
  readonly head: Int32Array;
  /** Leftmost, second leftmost, rightmost and second rightmost dependents (or -1). */
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nLeft: Int32Array;
  readonly nRight: Int32Array;
}

export function newState(words: Int32Array, tags: Int32Array, suffixes: Int32Array): ParseState {
  const size = words.length; // n + 1
  const fill = () => new Int32Array(size).fill(-1);
  const stack = new Int32Array(size + 1);
  stack[0] = 0;
  return {
    n: size - 1, words, tags, suffixes, stack, sp: 1, b: 1,
    head: fill(), lc1: fill(), lc2: fill(), rc1: fill(), rc2: fill(),
    nLeft: new Int32Array(size), nRight: new Int32Array(size),
  };
}



function key1(t: number, a: number): number { return mix(mix(t * 0x9e3779b1, a), 0x27d4eb2f) | 1; }
function key2(t: number, a: number, b: number): number { return mix(mix(mix(t * 0x9e3779b1, a), b), 0x27d4eb2f) | 1; }
function key3(t: number, a: number, b: number, c: number): number { return mix(mix(mix(mix(t * 0x9e3779b1, a), b), c), 0x27d4eb2f) | 1; }

// Atom readers: module-level functions rather than closures, so extracting features
// allocates nothing (they run about 150 times per token).
function wordAt(words: Int32Array, p: number): number { return p < 0 ? NONE : p === 0 ? ROOT : words[p]!; }
function tagAt(tags: Int32Array, p: number): number { return p < 0 ? NONE : p === 0 ? ROOT : tags[p]!; }

/** Writes the transition features of a configuration into `out`; returns how many. */
export function transitionFeatures(st: ParseState, out: Int32Array): number {
  const words = st.words, tags = st.tags, suffixes = st.suffixes, head = st.head;
  const s0 = st.sp > 0 ? st.stack[st.sp - 1]! : -1;
  const n0 = st.b <= st.n ? st.b : -1;
  const n1 = n0 >= 0 && n0 + 1 <= st.n ? n0 + 1 : -1;
  const n2 = n1 >= 0 && n1 + 1 <= st.n ? n1 + 1 : -1;
  const s0h = s0 > 0 ? head[s0]! : -1;
  const s0h2 = s0h > 0 ? head[s0h]! : -1;
  const s0l = s0 >= 0 ? st.lc1[s0]! : -1;
  const s0l2 = s0 >= 0 ? st.lc2[s0]! : -1;
  const s0r = s0 >= 0 ? st.rc1[s0]! : -1;
  const s0r2 = s0 >= 0 ? st.rc2[s0]! : -1;
  const n0l = n0 >= 0 ? st.lc1[n0]! : -1;
  const n0l2 = n0 >= 0 ? st.lc2[n0]! : -1;
  const s1 = st.sp > 1 ? st.stack[st.sp - 2]! : -1;

  const s0w = wordAt(words, s0), s0p = tagAt(tags, s0), n0w = wordAt(words, n0), n0p = tagAt(tags, n0);
  const n1w = wordAt(words, n1), n1p = tagAt(tags, n1), n2w = wordAt(words, n2), n2p = tagAt(tags, n2);
  const s0hp = tagAt(tags, s0h), s0lp = tagAt(tags, s0l), s0rp = tagAt(tags, s0r), n0lp = tagAt(tags, n0l), s1p = tagAt(tags, s1);
  const s0h2p = tagAt(tags, s0h2), s0l2p = tagAt(tags, s0l2), s0r2p = tagAt(tags, s0r2), n0l2p = tagAt(tags, n0l2);
  const dist = s0 >= 0 && n0 >= 0 ? Math.min(n0 - s0, 6) : NONE;
  const vr = s0 >= 0 ? Math.min(st.nRight[s0]!, 4) : NONE;
  const vl = s0 >= 0 ? Math.min(st.nLeft[s0]!, 4) : NONE;
  const n0vl = n0 >= 0 ? Math.min(st.nLeft[n0]!, 4) : NONE;
  // The nearest word below the stack top still waiting for its head ("man" in "the man who won
  // the race | thanked ..."): the buffer front may be that head once the stack above it is reduced.
  let u = -1;
  for (let i = st.sp - 2; i >= 1; i--) {
    const x = st.stack[i]!;
    if (head[x] === -1) { u = x; break; }
  }
  const up = tagAt(tags, u), uw = wordAt(words, u);
  let k = 0;
  // Single words.
  out[k++] = key2(1, s0w, s0p); out[k++] = key1(2, s0w); out[k++] = key1(3, s0p);
  out[k++] = key2(4, n0w, n0p); out[k++] = key1(5, n0w); out[k++] = key1(6, n0p);
  out[k++] = key2(7, n1w, n1p); out[k++] = key1(8, n1w); out[k++] = key1(9, n1p);
  out[k++] = key2(10, n2w, n2p); out[k++] = key1(11, n2w); out[k++] = key1(12, n2p);
  out[k++] = key2(13, wordAt(suffixes, s0), s0p); out[k++] = key2(14, wordAt(suffixes, n0), n0p); out[k++] = key1(15, wordAt(suffixes, n1));
  // Word pairs.
  out[k++] = key3(20, s0w, s0p, mix(n0w, n0p)); out[k++] = key3(21, s0w, s0p, n0w);
  out[k++] = key3(22, s0w, n0w, n0p); out[k++] = key3(23, s0w, s0p, n0p);
  out[k++] = key3(24, s0p, n0w, n0p); out[k++] = key2(25, s0w, n0w);
  out[k++] = key2(26, s0p, n0p); out[k++] = key2(27, n0p, n1p);
  out[k++] = key2(28, n0w, n1w); out[k++] = key3(29, n0w, n0p, n1p);
  // Three tags.
  out[k++] = key3(30, n0p, n1p, n2p); out[k++] = key3(31, s0p, n0p, n1p);
  out[k++] = key3(32, s0hp, s0p, n0p); out[k++] = key3(33, s0p, s0lp, n0p);
  out[k++] = key3(34, s0p, s0rp, n0p); out[k++] = key3(35, s0p, n0p, n0lp);
  out[k++] = key3(36, s1p, s0p, n0p); out[k++] = key3(37, s1p, s0p, n0w);
  // Distance.
  out[k++] = key2(40, s0w, dist); out[k++] = key2(41, s0p, dist); out[k++] = key2(42, n0w, dist);
  out[k++] = key2(43, n0p, dist); out[k++] = key3(44, s0w, n0w, dist); out[k++] = key3(45, s0p, n0p, dist);
  // Valency.
  out[k++] = key2(46, s0w, vr); out[k++] = key2(47, s0p, vr); out[k++] = key2(48, s0w, vl);
  out[k++] = key2(49, s0p, vl); out[k++] = key2(50, n0w, n0vl); out[k++] = key2(51, n0p, n0vl);
  // Heads and outermost children.
  out[k++] = key1(52, wordAt(words, s0h)); out[k++] = key1(53, s0hp);
  out[k++] = key1(54, wordAt(words, s0l)); out[k++] = key1(55, s0lp);
  out[k++] = key1(56, wordAt(words, s0r)); out[k++] = key1(57, s0rp);
  out[k++] = key1(58, wordAt(words, n0l)); out[k++] = key1(59, n0lp);
  // Third order.
  out[k++] = key1(60, wordAt(words, s0h2)); out[k++] = key1(61, s0h2p);
  out[k++] = key1(62, wordAt(words, s0l2)); out[k++] = key1(63, s0l2p);
  out[k++] = key1(64, wordAt(words, s0r2)); out[k++] = key1(65, s0r2p);
  out[k++] = key1(66, wordAt(words, n0l2)); out[k++] = key1(67, n0l2p);
  out[k++] = key3(68, s0p, s0lp, s0l2p); out[k++] = key3(69, s0p, s0rp, s0r2p);
  out[k++] = key3(70, s0p, s0hp, s0h2p); out[k++] = key3(71, n0p, n0lp, n0l2p);
  // Whether the stack top already has a head (REDUCE is possible), with the pair's tags.
  out[k++] = key3(72, s0h >= 0 ? 1 : 0, s0p, n0p);
  // The waiting word.
  out[k++] = key2(73, up, n0p); out[k++] = key3(74, up, s0p, n0p); out[k++] = key2(75, uw, n0p);
  out[k++] = key2(76, up, n0w); out[k++] = key3(77, up, n0p, s0h >= 0 ? 1 : 0);
  return k;
}

export const MAX_FEATURES = 96;

/** Word or tag id at a position of a sentence with n tokens, or NONE outside it. */
function atomIn(ids: Int32Array, n: number, p: number): number { return p < 0 || p > n ? NONE : p === 0 ? ROOT : ids[p]!; }

/** A finished tree as the labeller reads it: heads (root 0) and, per token, outermost children and nearest siblings (or -1). */
export interface LabelTree {
  readonly heads: Int32Array;
  readonly lc1: Int32Array;
  readonly rc1: Int32Array;
  /** The nearest dependent of the same head before / after each token. */
  readonly prevSibling: Int32Array;
  readonly nextSibling: Int32Array;
}

/** The labeller's view of a tree given its heads (index 0 = root, heads[0] unused). */
export function labelTreeOf(heads: Int32Array): LabelTree {
  const n = heads.length;
  const lc1 = new Int32Array(n).fill(-1), rc1 = new Int32Array(n).fill(-1);
  const prevSibling = new Int32Array(n).fill(-1), nextSibling = new Int32Array(n).fill(-1);
  const last = new Int32Array(n).fill(-1);
  for (let d = 1; d < n; d++) {
    const h = heads[d]!;
    if (h < 0) continue;
    if (d < h && lc1[h] === -1) lc1[h] = d;
    if (d > h) rc1[h] = d;
    const p = last[h]!;
    if (p >= 0) { prevSibling[d] = p; nextSibling[p] = d; }
    last[h] = d;
  }
  return { heads, lc1, rc1, prevSibling, nextSibling };
}

/** Features for labelling the arc head → dep in a finished tree. */
export function labelFeatures(
  dep: number, hd: number, words: Int32Array, tags: Int32Array, suffixes: Int32Array, tree: LabelTree, out: Int32Array,
): number {
  const n = words.length - 1;
  const heads = tree.heads, lc1 = tree.lc1, rc1 = tree.rc1;
  const dw = atomIn(words, n, dep), dp = atomIn(tags, n, dep), hw = atomIn(words, n, hd), hp = atomIn(tags, n, hd);
  const dir = hd === 0 ? 0 : hd < dep ? 1 : 2;
  const dist = hd === 0 ? 0 : Math.min(Math.abs(hd - dep), 8);
  const hh = hd > 0 ? heads[hd]! : -1;
  const dl = lc1[dep]!, dr = rc1[dep]!;
  const hl = hd >= 0 ? lc1[hd]! : -1;
  const dlw = atomIn(words, n, dl);
  const ps = tree.prevSibling[dep]!, ns = tree.nextSibling[dep]!;
  const psp = atomIn(tags, n, ps), nsp = atomIn(tags, n, ns);
  let k = 0;
  out[k++] = key2(100, dw, dp); out[k++] = key1(101, dw); out[k++] = key1(102, dp);
  out[k++] = key2(103, hw, hp); out[k++] = key1(104, hw); out[k++] = key1(105, hp);
  out[k++] = key2(106, dp, hp); out[k++] = key3(107, dw, hp, dir); out[k++] = key3(108, dp, hw, dir);
  out[k++] = key2(109, dw, hw); out[k++] = key3(110, dp, hp, dir); out[k++] = key3(111, dp, hp, dist * 4 + dir);
  out[k++] = key3(112, dp, hp, atomIn(tags, n, hh)); out[k++] = key2(113, suffixes[dep]!, dp);
  out[k++] = key3(114, dp, hp, dlw); out[k++] = key3(115, dp, atomIn(tags, n, dl), atomIn(tags, n, dr));
  out[k++] = key3(116, dp, hp, atomIn(tags, n, dep - 1)); out[k++] = key3(117, dp, hp, atomIn(tags, n, dep + 1));
  out[k++] = key2(118, dw, dlw); out[k++] = key3(119, dp, hp, atomIn(words, n, hl));
  out[k++] = key3(120, dp, hp, dep === 1 ? 1 : 0); out[k++] = key3(121, dp, dlw, hp);
  out[k++] = key3(122, dp, dir, atomIn(words, n, dr)); out[k++] = key3(123, hw, dp, dir);
  out[k++] = key3(124, dp, hp, hh === 0 ? 1 : hh < 0 ? 2 : 3);
  // Siblings: another object after this one (iobj), a passive auxiliary between subject and
  // verb (nsubj:pass), a conjunction before a conjunct.
  out[k++] = key3(125, dp, hp, mix(psp, nsp)); out[k++] = key3(126, dp, dir, nsp); out[k++] = key3(127, dp, dir, psp);
  out[k++] = key3(128, dp, hp, atomIn(words, n, ns)); out[k++] = key3(129, dp, hp, atomIn(words, n, ps));
  out[k++] = key3(130, dw, hp, nsp);
  return k;
}
