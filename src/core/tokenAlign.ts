// Word-level alignment inside one sentence pair: which rewrite token corresponds to which
// source token, and which stretches were replaced. jsdiff's diffArrays algorithm (diffKeys
// below: the same search, over numbers) does the ordered part; an edit-length cap keeps a
// pathological pair from running away (it is quadratic in edits), and tokens that merely moved
// (clause reordering, active/passive) are matched afterwards.
import type { Token } from './tokens';

export interface Hunk {
  /** Indexes into the source token array that were replaced or deleted. */
  readonly s: readonly number[];
  /** Indexes into the rewrite token array that replaced them or were inserted. */
  readonly r: readonly number[];
}

export interface TokenMatch {
  /** rToS[i] = index of the source token matching rewrite token i, or -1. */
  readonly rToS: Int32Array;
  readonly sToR: Int32Array;
  /** Replaced stretches in order; a pure insertion has s empty, a pure deletion r empty. */
  readonly hunks: readonly Hunk[];
}

const MAX_EDIT_LENGTH = 400;

/**
 * The matching key of a token: its lemma, with a plural "s" dropped, because the tagger leaves
 * a capitalised sentence-initial "Residents" unlemmatised (it reads it as a name).
 */
export function matchKey(t: Token): string {
  if (!t.isWord) return t.text;
  // By lemma: the aligner and the rules ask for the same words' keys pair after pair.
  let key = keysByLemma.get(t.lemma);
  if (key === undefined) {
    if (keysByLemma.size >= MAX_KEYS_REMEMBERED) keysByLemma.clear();
    keysByLemma.set(t.lemma, (key = t.lemma.replace(/([^su])s$/, '$1')));
  }
  return key;
}

const keysByLemma = new Map<string, string>();
const MAX_KEYS_REMEMBERED = 10_000;

export function alignTokens(source: readonly Token[], rewrite: readonly Token[]): TokenMatch {
  const rToS = new Int32Array(rewrite.length).fill(-1);
  const sToR = new Int32Array(source.length).fill(-1);
  const hunks: Hunk[] = [];
  // Each token's key once, as a number (equal keys, equal numbers): the diff compares numbers,
  // and the moved-word pass below reads the same keys instead of making them again.
  const ids = new Map<string, number>();
  const intern = (t: Token) => {
    const k = matchKey(t);
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    return id;
  };
  const sKeys = Int32Array.from(source, intern);
  const rKeys = Int32Array.from(rewrite, intern);
  const changes = diffKeys(sKeys, rKeys, MAX_EDIT_LENGTH);
  if (changes) {
    let si = 0;
    let ri = 0;
    let pending: { s: number[]; r: number[] } | null = null;
    const flush = () => {
      if (pending && (pending.s.length || pending.r.length)) hunks.push(pending);
      pending = null;
    };
    for (let c = 0; c < changes.length; c += 2) {
      const kind = changes[c]!;
      const count = changes[c + 1]!;
      if (kind === ADDED) {
        pending ??= { s: [], r: [] };
        for (let k = 0; k < count; k++) pending.r.push(ri++);
      } else if (kind === REMOVED) {
        pending ??= { s: [], r: [] };
        for (let k = 0; k < count; k++) pending.s.push(si++);
      } else {
        flush();
        for (let k = 0; k < count; k++) {
          rToS[ri] = si;
          sToR[si] = ri;
          ri++;
          si++;
        }
      }
    }
    flush();
  } else {
    // Too different for an ordered diff: treat the whole pair as one replaced stretch.
    hunks.push({ s: source.map((_t, i) => i), r: rewrite.map((_t, i) => i) });
  }
  matchMovedWords(source, rewrite, sKeys, rKeys, rToS, sToR);
  return { rToS, sToR, hunks };
}

/** Content words that appear once on each side but out of order still correspond. */
function matchMovedWords(source: readonly Token[], rewrite: readonly Token[], sKeys: Int32Array, rKeys: Int32Array, rToS: Int32Array, sToR: Int32Array): void {
  const free = new Map<number, number[]>();
  source.forEach((t, i) => {
    const k = sKeys[i]!;
    if (sToR[i] === -1 && t.isWord) (free.get(k) ?? free.set(k, []).get(k)!).push(i);
  });
  rewrite.forEach((t, i) => {
    if (rToS[i] !== -1 || !t.isWord) return;
    const list = free.get(rKeys[i]!);
    const s = list?.shift();
    if (s === undefined) return;
    rToS[i] = s;
    sToR[s] = i;
  });
}

const COMMON = 0;
const ADDED = 1;
const REMOVED = 2;

// The change list under construction: component c is kind[c], count[c], and the component
// before it, prev[c] (-1 for none). Components are shared between search paths, as jsdiff's are.
let kind = new Uint8Array(1024);
let count = new Int32Array(1024);
let prev = new Int32Array(1024);
let components = 0;

function component(k: number, n: number, before: number): number {
  if (components === kind.length) {
    const grow = <A extends Uint8Array | Int32Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(a.length * 2);
      b.set(a);
      return b;
    };
    kind = grow(kind);
    count = grow(count);
    prev = grow(prev);
  }
  kind[components] = k;
  count[components] = n;
  prev[components] = before;
  return components++;
}

/** jsdiff's addToPath: one more step of kind `k` after component `last`, merged with it when it is of the same kind. */
function extend(last: number, k: number): number {
  return last >= 0 && kind[last] === k ? component(k, count[last]! + 1, prev[last]!) : component(k, 1, last);
}

/** The changes ending at component `last`, first to last, as [kind, count] pairs. */
function changesTo(last: number): number[] {
  const out: number[] = [];
  for (let c = last; c >= 0; c = prev[c]!) out.push(count[c]!, kind[c]!);
  return out.reverse();
}

/**
 * jsdiff's diffArrays (diff 9.0, src/diff/base.ts, with maxEditLength and no other option) over
 * numbers: the same search, step for step, with the same choice wherever two paths tie, so the
 * same changes; its paths and change components live in typed arrays rather than an object per
 * step. Returns [kind, count, kind, count, ...], or null when more than maxEditLength edits are
 * needed. A unit test (core-tokenAlign) checks it against jsdiff on random and corpus pairs.
 */
export function diffKeys(oldKeys: Int32Array, newKeys: Int32Array, maxEditLength: number): number[] | null {
  components = 0;
  const newLen = newKeys.length, oldLen = oldKeys.length;
  const maxEdit = Math.min(newLen + oldLen, maxEditLength);
  // bestPath[d] for diagonals -maxEdit - 1 .. maxEdit + 1, at d + offset.
  const offset = maxEdit + 1;
  const size = 2 * maxEdit + 3;
  const has = new Uint8Array(size);
  const pathOld = new Int32Array(size);
  const pathLast = new Int32Array(size);
  // jsdiff's extractCommon: follows equal keys along diagonal d from a path at oldPos.
  let oldPos = -1;
  let last = -1;
  const extractCommon = (d: number): number => {
    let newPos = oldPos - d;
    let common = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && oldKeys[oldPos + 1] === newKeys[newPos + 1]) {
      newPos++;
      oldPos++;
      common++;
    }
    if (common) last = component(COMMON, common, last);
    return newPos;
  };
  let newPos = extractCommon(0);
  if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return changesTo(last);
  has[offset] = 1;
  pathOld[offset] = oldPos;
  pathLast[offset] = last;
  let minDiagonal = -Infinity, maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEdit; editLength++) {
    for (let d = Math.max(minDiagonal, -editLength); d <= Math.min(maxDiagonal, editLength); d += 2) {
      const r = d - 1 + offset, a = d + 1 + offset;
      const canRemove = has[r] === 1 && pathOld[r]! + 1 < oldLen;
      // No other diagonal reads the remove path again.
      has[r] = 0;
      let canAdd = false;
      if (has[a] === 1) {
        const addNewPos = pathOld[a]! - d;
        canAdd = 0 <= addNewPos && addNewPos < newLen;
      }
      if (!canAdd && !canRemove) {
        has[d + offset] = 0;
        continue;
      }
      // Branch from the path farthest along the old keys that stays inside the edit graph.
      if (!canRemove || (canAdd && pathOld[r]! < pathOld[a]!)) {
        oldPos = pathOld[a]!;
        last = extend(pathLast[a]!, ADDED);
      } else {
        oldPos = pathOld[r]! + 1;
        last = extend(pathLast[r]!, REMOVED);
      }
      newPos = extractCommon(d);
      if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return changesTo(last);
      has[d + offset] = 1;
      pathOld[d + offset] = oldPos;
      pathLast[d + offset] = last;
      if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
  return null;
}
