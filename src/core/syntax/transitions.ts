// The arc-eager transition system (Nivre 2003) with a single root: SHIFT, REDUCE, LEFT-ARC and
// RIGHT-ARC over a stack and a buffer, and the dynamic oracle's transition costs (Goldberg &
// Nivre 2012), which training uses to learn from its own mistakes.
import type { ParseState } from './features';

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const MOVES = 4;

export function isValid(st: ParseState, move: number): boolean {
  const s0 = st.stack[st.sp - 1]!;
  const hasBuffer = st.b <= st.n;
  switch (move) {
    case SHIFT: return hasBuffer;
    case REDUCE: return s0 !== 0 && st.head[s0] !== -1;
    case LEFT: return hasBuffer && s0 !== 0 && st.head[s0] === -1;
    // One word only hangs from the root.
    case RIGHT: return hasBuffer && (s0 !== 0 || st.nRight[0] === 0);
    default: return false;
  }
}

function addArc(st: ParseState, h: number, d: number): void {
  st.head[d] = h;
  if (d < h) {
    if (st.lc1[h] === -1 || d < st.lc1[h]!) { st.lc2[h] = st.lc1[h]!; st.lc1[h] = d; } else if (st.lc2[h] === -1 || d < st.lc2[h]!) st.lc2[h] = d;
    st.nLeft[h]!++;
  } else {
    if (st.rc1[h] === -1 || d > st.rc1[h]!) { st.rc2[h] = st.rc1[h]!; st.rc1[h] = d; } else if (st.rc2[h] === -1 || d > st.rc2[h]!) st.rc2[h] = d;
    st.nRight[h]!++;
  }
}

export function apply(st: ParseState, move: number): void {
  const s0 = st.stack[st.sp - 1]!;
  switch (move) {
    case SHIFT: st.stack[st.sp++] = st.b++; break;
    case REDUCE: st.sp--; break;
    case LEFT: addArc(st, st.b, s0); st.sp--; break;
    case RIGHT: addArc(st, s0, st.b); st.stack[st.sp++] = st.b++; break;
  }
}

/**
 * Words left without a head when the buffer runs out hang from the root's dependent (or,
 * when nothing hangs from the root yet, the first of them becomes it).
 */
export function finish(st: ParseState): void {
  for (let p = 1; p <= st.n; p++) {
    if (st.head[p] !== -1) continue;
    const top = st.rc1[0]!;
    addArc(st, top === -1 ? 0 : top, p);
  }
}

/** How many gold arcs a move makes unreachable (0 = the move is on a best path). */
export function cost(st: ParseState, move: number, gold: Int32Array): number {
  const s0 = st.stack[st.sp - 1]!;
  const b = st.b;
  const n = st.n;
  let c = 0;
  switch (move) {
    case LEFT: {
      if (gold[s0]! > b) c++;
      for (let d = b; d <= n; d++) if (gold[d] === s0) c++;
      return c;
    }
    case RIGHT: {
      const g = gold[b]!;
      if (g !== s0) {
        if (g > b) c++;
        else for (let i = 0; i < st.sp; i++) if (st.stack[i] === g) { c++; break; }
      }
      for (let i = 0; i < st.sp; i++) {
        const k = st.stack[i]!;
        if (k !== 0 && st.head[k] === -1 && gold[k] === b) c++;
      }
      return c;
    }
    case REDUCE: {
      for (let d = b; d <= n; d++) if (gold[d] === s0) c++;
      return c;
    }
    case SHIFT: {
      const g = gold[b]!;
      for (let i = 0; i < st.sp; i++) {
        const k = st.stack[i]!;
        if (k === g) c++;
        if (k !== 0 && st.head[k] === -1 && gold[k] === b) c++;
      }
      return c;
    }
  }
  return Infinity;
}
