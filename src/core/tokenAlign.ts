// Word-level alignment inside one sentence pair: which rewrite token corresponds to which
// source token, and which stretches were replaced. jsdiff's diffArrays does the ordered part;
// an edit-length cap keeps a pathological pair from running away (it is quadratic in edits),
// and tokens that merely moved (clause reordering, active/passive) are matched afterwards.
import { diffArrays } from 'diff';
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
  return t.isWord ? t.lemma.replace(/([^su])s$/, '$1') : t.text;
}

export function alignTokens(source: readonly Token[], rewrite: readonly Token[]): TokenMatch {
  const rToS = new Int32Array(rewrite.length).fill(-1);
  const sToR = new Int32Array(source.length).fill(-1);
  const hunks: Hunk[] = [];
  const changes = diffArrays(source.map(matchKey), rewrite.map(matchKey), { maxEditLength: MAX_EDIT_LENGTH });
  if (changes) {
    let si = 0;
    let ri = 0;
    let pending: { s: number[]; r: number[] } | null = null;
    const flush = () => {
      if (pending && (pending.s.length || pending.r.length)) hunks.push(pending);
      pending = null;
    };
    for (const c of changes) {
      const count = c.count ?? c.value.length;
      if (c.added) {
        pending ??= { s: [], r: [] };
        for (let k = 0; k < count; k++) pending.r.push(ri++);
      } else if (c.removed) {
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
  matchMovedWords(source, rewrite, rToS, sToR);
  return { rToS, sToR, hunks };
}

/** Content words that appear once on each side but out of order still correspond. */
function matchMovedWords(source: readonly Token[], rewrite: readonly Token[], rToS: Int32Array, sToR: Int32Array): void {
  const free = new Map<string, number[]>();
  source.forEach((t, i) => {
    const k = matchKey(t);
    if (sToR[i] === -1 && t.isWord) (free.get(k) ?? free.set(k, []).get(k)!).push(i);
  });
  rewrite.forEach((t, i) => {
    if (rToS[i] !== -1 || !t.isWord) return;
    const list = free.get(matchKey(t));
    const s = list?.shift();
    if (s === undefined) return;
    rToS[i] = s;
    sToR[s] = i;
  });
}
