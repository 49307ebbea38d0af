// Sentence alignment: which source sentence(s) each rewrite sentence derives from.
// Order-free (paragraphs may be reordered), with a gentle preference for the position a
// rewrite sentence would have if the rewrite kept the source's order, which resolves ties
// between repeated passages.
//
// Cost is linear in the length of the texts: a rewrite sentence whose terms are exactly those of
// some source sentences is paired by a hash look-up; otherwise its candidates come from the
// postings of its terms, and a term found in many sentences (a common word, or a passage repeated
// many times) is looked up only among the sentences nearest the expected position, so no lookup
// grows with the length of the document.
import type { Sentence } from './document';
import type { Token } from './tokens';
import { offsetFree } from './offsetFree';
import { findNumbers, sameAmount } from './mentions/numbers';
import { workedOutFromSentence } from './restatedFigures';
import { keyWeightFactor, stemOf, termKeys } from './terms';
import { syntaxOf } from './syntax/sentenceSyntax';
import { dependentsOf, hasDependent } from './syntax/tree';
import { eventSenses, mayMeanTheSame, namesPeople } from './wordnet';

export interface SentenceAlignment {
  /** For each rewrite sentence, the source sentence indexes it derives from (empty: unsupported). */
  readonly sourcesOf: readonly (readonly number[])[];
  /** For each rewrite sentence, the share of its content weight found in its sources (0..1). */
  readonly coverage: readonly number[];
  /** For each source sentence, whether any rewrite sentence carries its content. */
  readonly sourceCarried: readonly boolean[];
}

/** A rewrite sentence whose content is less than this share supported by any source is unsupported. */
export const UNSUPPORTED_BELOW = 0.34;
/** ...unless it shares at least this many distinct words with its source. */
const SUPPORTED_BY_SHARED_WORDS = 5;
/** A second source sentence joins a pairing when it adds at least this much coverage. */
const MERGE_GAIN = 0.18;
/** At most this many source sentences make one rewrite sentence. */
const MAX_MERGED = 3;
/** A source sentence counts as carried when a rewrite sentence covers this share of it. */
const CARRIED_AT = 0.45;
/** A source sentence carried at least this share by one rewrite sentence is among that sentence's sources. */
const CARRIED_WHOLLY = 0.7;
const MAX_CANDIDATES = 6;
/** Sentences with at most this many term keys (lemmas and stems: about six content words) get the synonym check. */
const SHORT_SENTENCE_KEYS = 12;
/**
 * A term found in more sentences than this is looked up only in this many of them, those nearest
 * the expected position: it says little about which sentence a rewrite sentence came from, and
 * reading all its postings would make the alignment quadratic.
 */
const POSTINGS_WINDOW = 40;
/** The time budget is asked once every this many sentences in every loop over sentences. */
const BUDGET_EVERY = 256;

/** The source side of the alignment, built once per source text. */
export interface SourceIndex {
  readonly n: number;
  readonly keys: readonly (readonly string[])[];
  readonly keySets: readonly ReadonlySet<string>[];
  /** Each sentence's content weight. */
  readonly totals: readonly number[];
  /** For each term, the sentences that have it, ascending. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** A number for each term, for signatures. */
  readonly ids: ReadonlyMap<string, number>;
  /** For each signature of a set of terms, the sentences whose terms have it, ascending. */
  readonly bySignature: ReadonlyMap<string, readonly number[]>;
  weight(key: string): number;
  /**
   * For each sentence, the copies of it: every sentence with exactly its terms, ascending (a
   * repeated passage, boilerplate); undefined for a sentence that has no copy.
   */
  readonly copiesOf: readonly (readonly number[] | undefined)[];
  /** Zeroed working space, one slot a sentence, for summing shared weights. */
  readonly scratch: Float64Array;
}

/** One rewrite sentence's pairing, before the global passes (carried source sentences, gaps). */
interface Pairing {
  readonly sources: readonly number[];
  readonly coverage: number;
}

/**
 * An order-free hash of a set of terms, from the ids the source index gave them; null when a
 * term is not in the source at all (then no source sentence has exactly these terms).
 */
function signature(keys: readonly string[], ids: ReadonlyMap<string, number>): string | null {
  let x = 0;
  let y = 0;
  for (const k of keys) {
    const id = ids.get(k);
    if (id === undefined) return null;
    x ^= Math.imul(id, 0x9e3779b1) ^ (id << 7);
    y = (y + Math.imul(id ^ 0x5bd1e995, 0x27d4eb2d)) | 0;
  }
  return `${keys.length},${x},${y}`;
}

export function indexSource(source: readonly Sentence[], checkBudget: () => void): SourceIndex {
  const n = source.length;
  const keys: (readonly string[])[] = [];
  const df = new Map<string, number>();
  source.forEach((s, i) => {
    if (i % BUDGET_EVERY === 0) checkBudget();
    const k = termKeys(s.tokens);
    keys.push(k);
    for (const key of k) df.set(key, (df.get(key) ?? 0) + 1);
  });
  // Rarity is measured against the rarest source term: a text that is several copies of one
  // passage weighs its words as one copy does, so repeating a pair never changes its findings
  // (in an ordinary article some term occurs once, and this is plain inverse document frequency).
  let rarest = Infinity;
  for (const d of df.values()) if (d < rarest) rarest = d;
  const scale = Number.isFinite(rarest) ? rarest : 1;
  const weights = new Map<string, number>();
  const weight = (k: string): number => {
    let w = weights.get(k);
    if (w === undefined) {
      w = keyWeightFactor(k) * Math.log(1 + (n / scale + 1) / ((df.get(k) ?? 0) / scale + 0.5));
      weights.set(k, w);
    }
    return w;
  };
  const ids = new Map<string, number>();
  for (const k of df.keys()) ids.set(k, ids.size + 1);
  const postings = new Map<string, number[]>();
  const bySignature = new Map<string, number[]>();
  const totals: number[] = [];
  keys.forEach((k, s) => {
    if (s % BUDGET_EVERY === 0) checkBudget();
    for (const key of k) (postings.get(key) ?? postings.set(key, []).get(key)!).push(s);
    totals.push(k.reduce((a, key) => a + weight(key), 0));
    if (k.length > 0) {
      const sig = signature(k, ids)!;
      (bySignature.get(sig) ?? bySignature.set(sig, []).get(sig)!).push(s);
    }
  });
  const keySets = keys.map((k) => new Set(k));
  const copiesOf = new Array<number[] | undefined>(n).fill(undefined);
  for (const group of bySignature.values()) {
    if (group.length < 2) continue;
    // Signatures are hashes: split a group whose term sets differ.
    const classes: number[][] = [];
    for (const s of group) {
      const same = classes.find((c) => sameTerms(keys[c[0]!]!, keySets[s]!));
      if (same) same.push(s);
      else classes.push([s]);
    }
    for (const c of classes) if (c.length > 1) for (const s of c) copiesOf[s] = c;
  }
  return { n, keys, keySets, totals, postings, ids, bySignature, copiesOf, weight, scratch: new Float64Array(n) };
}

/**
 * Remembers each rewrite sentence's pairing between analyses of the same source, keyed by
 * everything the pairing reads (its terms, its place, the rewrite's length and the previous
 * sentence's pairing), so re-checking an edited draft recomputes only the sentences an edit
 * touched and gives exactly what a full alignment gives.
 */
export class AlignmentMemo {
  private index: SourceIndex | null = null;
  private sourceSentences: readonly Sentence[] | null = null;
  private sourceKey: unknown = undefined;
  private pairings = new Map<string, Pairing>();
  private used = new Map<string, Pairing>();
  /**
   * What a sentence's pairing reads that does not depend on its place (see TermsMemo), by its
   * terms array: an edit that adds or removes a sentence moves every other sentence's expected
   * place, so their pairings are computed again, but from these.
   */
  private byTerms = new WeakMap<readonly string[], TermsMemo>();

  // Numbers for sets of terms, one for each distinct list (pairing keys: the list joined into
  // the key on every check was a visible share of a re-check); by the array while it lives.
  private termIds = new Map<string, number>();
  private termIdOf = new WeakMap<readonly string[], number>();

  /** A number for these terms, the same for every array that lists the same terms in the same order. */
  termsId(keys: readonly string[]): number {
    let id = this.termIdOf.get(keys);
    if (id === undefined) {
      const text = keys.join('\u0001');
      id = this.termIds.get(text);
      if (id === undefined) {
        // Bounded: a long session of edits meets ever new sentences. (Clearing only costs reuse:
        // a number is never given to other terms.)
        if (this.termIds.size >= MAX_TERM_IDS) this.termIds.clear();
        this.termIds.set(text, (id = ++this.lastTermId));
      }
      this.termIdOf.set(keys, id);
    }
    return id;
  }
  private lastTermId = 0;

  /** The place-free part of the pairing of a sentence with these terms (the array termKeys gave). */
  termsMemo(keys: readonly string[]): TermsMemo {
    let m = this.byTerms.get(keys);
    if (!m) this.byTerms.set(keys, (m = { shared: new Map(), synonyms: new Map(), windows: new Map(), placed: new Map(), stats: this.stats }));
    return m;
  }
  /** How many rewrite sentences the last alignment took from the memo, and how many it paired afresh. */
  reused = 0;
  computed = 0;
  private readonly stats = { moved: 0, rescored: 0, alignment: 0 };
  /**
   * Of those paired afresh, how many had only moved (the same terms and previous pairing at
   * another expected place, far enough from any tie: the pairing kept), and how many were scored again.
   */
  get moved(): number {
    return this.stats.moved;
  }
  get rescored(): number {
    return this.stats.rescored;
  }

  /** The source index for `sourceKey` (anything that changes when the source text does). */
  sourceIndex(sourceKey: unknown, source: readonly Sentence[], checkBudget: () => void): SourceIndex {
    if (this.index === null || this.sourceKey !== sourceKey || this.sourceSentences?.length !== source.length) {
      this.index = indexSource(source, checkBudget);
      this.sourceKey = sourceKey;
      this.sourceSentences = source;
      this.pairings = new Map();
      this.used = new Map();
      this.byTerms = new WeakMap();
    }
    return this.index;
  }

  get(key: string): Pairing | undefined {
    const hit = this.pairings.get(key);
    if (hit) {
      this.used.set(key, hit);
      this.reused++;
    }
    return hit;
  }

  set(key: string, pairing: Pairing): void {
    this.used.set(key, pairing);
    this.computed++;
  }

  /** Keeps only the pairings the last alignment used, so memory follows the draft's size. */
  finish(): void {
    this.pairings = this.used;
    this.used = new Map();
  }

  /** Called as an alignment starts. */
  start(): void {
    this.reused = 0;
    this.computed = 0;
    this.stats.moved = 0;
    this.stats.rescored = 0;
    this.stats.alignment++;
    this.used = new Map();
  }
}

/** At most this many sets of terms are numbered by their text (AlignmentMemo.termsId). */
const MAX_TERM_IDS = 100_000;

const memos = new WeakMap<object, AlignmentMemo>();

/** The alignment memo kept with an editor's cache object (one per draft being re-checked). */
export function alignmentMemoFor(owner: object): AlignmentMemo {
  let memo = memos.get(owner);
  if (!memo) memos.set(owner, (memo = new AlignmentMemo()));
  return memo;
}

export function alignSentences(
  source: readonly Sentence[],
  rewrite: readonly Sentence[],
  checkBudget: () => void,
  reuse?: { memo: AlignmentMemo; sourceKey: unknown },
): SentenceAlignment {
  const index = reuse ? reuse.memo.sourceIndex(reuse.sourceKey, source, checkBudget) : indexSource(source, checkBudget);
  const n = index.n;
  const R = rewrite.length;
  const sourcesOf: number[][] = [];
  const coverage: number[] = [];
  const carried = new Array<boolean>(n).fill(false);
  const rewriteKeys: (readonly string[])[] = [];
  reuse?.memo.start();

  rewrite.forEach((r, ri) => {
    if (ri % BUDGET_EVERY === 0) checkBudget();
    const keys = termKeys(r.tokens);
    rewriteKeys.push(keys);
    const previous = ri > 0 ? sourcesOf[ri - 1]! : [];
    let pairing: Pairing | undefined;
    if (reuse) {
      const key = `${ri}\u0002${R}\u0002${previous.join(',')}\u0002${reuse.memo.termsId(keys)}`;
      pairing = reuse.memo.get(key);
      if (!pairing) {
        pairing = pairOne(index, keys, ri, R, previous, reuse.memo.termsMemo(keys));
        reuse.memo.set(key, pairing);
      }
    } else {
      pairing = pairOne(index, keys, ri, R, previous);
    }
    sourcesOf.push([...pairing.sources]);
    coverage.push(pairing.coverage);
    for (const s of pairing.sources) carried[s] = true;
  });
  reuse?.memo.finish();
  takeCopiesInOrder(index, sourcesOf, carried, checkBudget);

  // A source sentence nobody chose may still be carried inside a rewrite sentence that was
  // paired with another source (a merge below the threshold): check its own coverage.
  const rewritePostings = new Map<string, number[]>();
  rewriteKeys.forEach((keys, r) => {
    for (const k of keys) (rewritePostings.get(k) ?? rewritePostings.set(k, []).get(k)!).push(r);
  });
  for (let si = 0; si < n; si++) {
    if (si % BUDGET_EVERY === 0) checkBudget();
    if (carried[si]) continue;
    const keys = index.keys[si]!;
    const total = index.totals[si]!;
    if (total === 0) {
      carried[si] = true;
      continue;
    }
    const expected = n > 1 ? (si / (n - 1)) * (R - 1) : 0;
    const shared = new Map<number, number>();
    for (const k of keys) {
      const post = rewritePostings.get(k);
      if (!post) continue;
      const w = index.weight(k);
      forNearest(post, expected, (r) => shared.set(r, (shared.get(r) ?? 0) + w));
    }
    let r = -1, w = 0;
    for (const [x, v] of shared) if (v / total >= CARRIED_AT) { r = x; w = v; break; }
    // (Unless another carries it wholly beside its neighbour, which the nearest does not tell: it
    // was merged there, and the nearest shares a name or a figure with it. "… converted all three
    // of the home side's tries. Rovers converted two of their three tries." / "… perfect with his
    // three conversions …, while Rovers converted two of their three.")
    const besideNeighbour = (x: number) => sourcesOf[x]!.some((s) => s === si - 1 || s === si + 1);
    if (r >= 0 && w / total < CARRIED_WHOLLY && !besideNeighbour(r)) {
      for (const [x, v] of shared) if (v / total >= CARRIED_WHOLLY && besideNeighbour(x)) { r = x; w = v; break; }
    }
    if (r >= 0) {
      carried[si] = true;
      // A short rewrite sentence can carry most of a source sentence while adding enough
      // of its own to look unsupported: it derives from this sentence after all.
      if (sourcesOf[r]!.length === 0) sourcesOf[r] = [si];
      // And one that carries nearly all of it has it among its sources, whatever else it
      // was paired with (a speaker's name may have drawn it to another of that speaker's
      // sentences): its claims are compared with this sentence's.
      else if (w / total >= CARRIED_WHOLLY && sourcesOf[r]!.length < MAX_MERGED) sourcesOf[r] = [...sourcesOf[r]!, si].sort((a, b) => a - b);
    }
  }

  dropEchoes(index, sourcesOf, coverage, rewriteKeys, source, rewrite, checkBudget);
  // (After the echoes: a merge the echo test reads as the better sibling stays one while it runs.)
  dropBorrowedMembers(index, sourcesOf, rewriteKeys, rewrite);
  fillGaps(sourcesOf, carried, rewriteKeys, index.keySets, checkBudget);
  pairLeftovers(index, sourcesOf, coverage, carried, rewriteKeys, reuse ? (keys) => reuse.memo.termsMemo(keys) : undefined);
  mergeNeighbours(index, sourcesOf, carried, rewriteKeys);
  joinSplitPieces(index, sourcesOf, coverage, rewriteKeys, checkBudget);
  return { sourcesOf, coverage, sourceCarried: carried };
}

/** A source sentence is merged into a neighbour's rewrite sentence when that sentence's own words carry this share of it. */
const MERGED_BY_OWN_WORDS = 0.6;

/**
 * Two source sentences told as one ("… destroying three beach huts. No one was hurt." / "Three
 * beach huts were destroyed …; nobody was injured."): the second, paired with nothing, is carried
 * by the words of its neighbour's rewrite sentence that the neighbour itself does not say, by
 * synonym or derivation, which the pairing's shared words do not see. Merged there, its claims
 * are compared, not reported omitted.
 */
function mergeNeighbours(index: SourceIndex, sourcesOf: number[][], carried: boolean[], rewriteKeys: readonly (readonly string[])[]): void {
  const paired = new Set(sourcesOf.flat());
  const unpaired = Array.from({ length: index.n }, (_v, s) => s).filter((s) => !paired.has(s) && index.totals[s]! > 0);
  if (unpaired.length === 0 || unpaired.length > MAX_LEFTOVERS) return;
  for (const s of unpaired) {
    let best = -1, bestCov = MERGED_BY_OWN_WORDS;
    sourcesOf.forEach((list, r) => {
      if (list.length === 0 || list.length >= MAX_MERGED || !list.some((x) => x === s - 1 || x === s + 1)) return;
      // (Words a sibling reader of the same source sentence carries are that sibling's telling,
      // not this sentence's: "received 14 reports" told in the sentence before leaves this one's
      // "nobody has been reported injured" to "No injuries have been reported".)
      const siblings = new Set(sourcesOf.flatMap((other, x) => x !== r && other.some((o) => list.includes(o)) ? rewriteKeys[x]! : []));
      const told = new Set(list.flatMap((x) => index.keys[x]!).filter((k) => !siblings.has(k)));
      const own = rewriteKeys[r]!.filter((k) => !told.has(k));
      const cov = synonymCoverage(index.keys[s]!, own, index.weight, true) / index.totals[s]!;
      if (cov >= bestCov) { best = r; bestCov = cov; }
    });
    if (best < 0) continue;
    sourcesOf[best] = [...sourcesOf[best]!, s].sort((a, b) => a - b);
    carried[s] = true;
  }
}

/** The first paired rewrite sentence at or after each place (R past the last), from one backward sweep. */
function firstPairedFrom(sourcesOf: readonly (readonly number[])[]): Int32Array {
  const R = sourcesOf.length;
  const next = new Int32Array(R + 1);
  next[R] = R;
  for (let ri = R - 1; ri >= 0; ri--) next[ri] = sourcesOf[ri]!.length > 0 ? ri : next[ri + 1]!;
  return next;
}

/** A piece of a split sentence has at least this share of its words (or their synonyms) in its source. */
const PIECE_COVERED = 0.6;

/**
 * A sentence told as several short ones ("easy read": "The deal lasts for two years. It means the
 * dispute is over."): a piece left unpaired beside its siblings says part of the source sentence
 * they tell, in words of its own that share too little with it for the pairing. It is paired
 * with the source sentence of its nearest paired neighbours (before or after it, past other
 * pieces) that carries most of its words, by synonym or derivation too, when that is most of
 * them and it tells no figure that sentence lacks (an invented sentence beside its source
 * usually brings one: "manages more than 4,000 properties").
 */
function joinSplitPieces(index: SourceIndex, sourcesOf: number[][], coverage: number[], rewriteKeys: readonly (readonly string[])[], checkBudget: () => void): void {
  const R = sourcesOf.length;
  // (Read once: a long run of unpaired sentences, an unrelated text, is not walked again for each.)
  const nextPaired = firstPairedFrom(sourcesOf);
  const joined: [number, number, number][] = [];
  let before = -1;
  for (let ri = 0; ri < R; ri++) {
    if (ri % BUDGET_EVERY === 0) checkBudget();
    if (sourcesOf[ri]!.length > 0) {
      before = ri;
      continue;
    }
    const keys = rewriteKeys[ri]!;
    const total = keys.reduce((a, k) => a + index.weight(k), 0);
    if (total === 0) continue;
    const after = nextPaired[ri + 1]!;
    const sandwiched = before >= 0 && before === ri - 1 && after === ri + 1 && after < R ? sourcesOf[before]!.find((s) => sourcesOf[after]!.includes(s)) : undefined;
    if (sandwiched !== undefined && toldWithOtherFigure(index, sandwiched, keys, [rewriteKeys[before]!, rewriteKeys[after]!])) {
      joined.push([ri, sandwiched, 0]);
      continue;
    }
    let best = -1, bestCov = PIECE_COVERED;
    for (const s of new Set([...(sourcesOf[before] ?? []), ...(sourcesOf[after] ?? [])])) {
      if (keys.some((k) => k.startsWith('L:#') && !index.keySets[s]!.has(k))) continue;
      const cov = synonymCoverage(keys, index.keys[s]!, index.weight, true) / total;
      if (cov >= bestCov) { best = s; bestCov = cov; }
    }
    if (best >= 0) joined.push([ri, best, bestCov]);
  }
  // (Joined after the loop: a piece joins its neighbours' sources, not another piece's.)
  for (const [ri, s, cov] of joined) {
    sourcesOf[ri] = [s];
    coverage[ri] = cov;
  }
}

/**
 * Whether a short piece between two pieces of source sentence `s` tells a figure of it
 * otherwise: "The barriers run along the River Leyne. They went in in twenty-fifteen. They cost
 * six million pounds." for "…, were installed in 2017 at a cost of £6 million". Its one figure
 * is not the sentence's, the sentence has one figure of the same order that no piece tells, and
 * it says little besides (a sentence of its own would say more).
 */
function toldWithOtherFigure(index: SourceIndex, s: number, keys: readonly string[], neighbours: readonly (readonly string[])[]): boolean {
  const figures = keys.filter((k) => k.startsWith('L:#'));
  if (figures.length !== 1 || index.keySets[s]!.has(figures[0]!) || keys.filter((k) => k.startsWith('L:') && !k.startsWith('L:#')).length > 3) return false;
  const untold = index.keys[s]!.filter((k) => k.startsWith('L:#') && !neighbours.some((n) => n.includes(k)));
  if (untold.length !== 1) return false;
  // (Of one order, as a changed figure is: "thirteen thousand more seats" beside a £185 million
  // scheme works a figure out, it changes none.)
  const [a, b] = [Number(figures[0]!.slice(3)), Number(untold[0]!.slice(3))];
  return a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) < 10;
}

/** A leftover rewrite and source sentence pair when each has at least this share of its words in the other (synonyms count). */
const LEFTOVER_SHARE = 0.25;
/** Only this many leftovers a side are compared with each other (each comparison asks WordNet). */
const MAX_LEFTOVERS = 12;
/** ...and the other side at least this share. */
const LEFTOVER_LEAST = 0.15;

/**
 * After pairing, a rewrite sentence nobody's source carries and a source sentence nobody
 * carried are each other's likeliest counterpart: an unsupported sentence beside an omitted
 * one is usually one claim reworded past the pairing's threshold ("Fares will stay as they
 * are" / "Ticket prices will not change", "could be jailed for as long as 10 years" / "faces
 * up to 10 years in prison"). Pair them when each shares a good part of its words (or their
 * synonyms) with the other; the rules then compare what changed.
 */
function pairLeftovers(index: SourceIndex, sourcesOf: number[][], coverage: number[], carried: boolean[], rewriteKeys: readonly (readonly string[])[], termsMemo?: (keys: readonly string[]) => TermsMemo): void {
  const lemmas = (keys: readonly string[]) => keys.filter((k) => k.startsWith('L:')).length;
  const rLeft = sourcesOf.flatMap((list, ri) => (list.length === 0 && lemmas(rewriteKeys[ri]!) >= 2 ? [ri] : []));
  const sLeft = carried.flatMap((c, si) => (!c && lemmas(index.keys[si]!) >= 2 ? [si] : []));
  if (rLeft.length === 0 || sLeft.length === 0 || rLeft.length > MAX_LEFTOVERS || sLeft.length > MAX_LEFTOVERS) return;
  // Leftovers are a few sentences of a rewrite that otherwise follows its source: in two
  // articles that share almost nothing, every sentence is one, and none is the other's.
  if (rLeft.length > sourcesOf.length - rLeft.length) return;
  const weight = index.weight;
  const candidates: { ri: number; si: number; score: number; cov: number }[] = [];
  for (const ri of rLeft) {
    const rk = rewriteKeys[ri]!;
    const rTotal = rk.reduce((a, k) => a + weight(k), 0);
    for (const si of sLeft) {
      const sk = index.keys[si]!;
      // (With an editor's memo, each coverage is kept by the rewrite sentence's terms, as pairOne keeps it.)
      const memo = termsMemo?.(rk);
      const coverageOf = (at: string, compute: () => number) => {
        if (!memo) return compute();
        let w = memo.synonyms.get(at);
        if (w === undefined) memo.synonyms.set(at, (w = compute()));
        return w;
      };
      const cov = coverageOf(`${si}`, () => synonymCoverage(rk, sk, weight, false)) / Math.max(rTotal, 1e-9);
      const back = coverageOf(`<${si}`, () => synonymCoverage(sk, rk, weight, false)) / Math.max(index.totals[si]!, 1e-9);
      if (Math.max(cov, back) >= LEFTOVER_SHARE && Math.min(cov, back) >= LEFTOVER_LEAST) candidates.push({ ri, si, score: Math.min(cov, back), cov });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    if (sourcesOf[c.ri]!.length > 0 || carried[c.si]) continue;
    sourcesOf[c.ri] = [c.si];
    coverage[c.ri] = c.cov;
    carried[c.si] = true;
  }
}

/**
 * A source sentence repeated m times (the same terms: a repeated passage, boilerplate) is m
 * claims. Pairing picks one copy by position alone, so two rewrite sentences can take the same
 * copy while another copy looks omitted. When exactly m rewrite sentences pair with the copies
 * of such a sentence, they take one copy each, in text order: each repeated passage pairs with
 * its own copy.
 */
function takeCopiesInOrder(index: SourceIndex, sourcesOf: number[][], carried: boolean[], checkBudget: () => void): void {
  // Rewrite sentences paired with a repeated source sentence, grouped by its copies.
  const users = new Map<readonly number[], { ri: number; slot: number }[]>();
  sourcesOf.forEach((sources, ri) => {
    if (ri % BUDGET_EVERY === 0) checkBudget();
    sources.forEach((s, slot) => {
      const group = index.copiesOf[s];
      if (group) (users.get(group) ?? users.set(group, []).get(group)!).push({ ri, slot });
    });
  });
  const changed = new Set<number>();
  for (const [group, list] of users) {
    if (list.length !== group.length) continue;
    list.forEach(({ ri, slot }, i) => {
      const sources = sourcesOf[ri]!;
      if (sources[slot] === group[i] || sources.includes(group[i]!)) return; // already there, or held by a merge
      sources[slot] = group[i]!;
      changed.add(ri);
    });
  }
  for (const ri of changed) sourcesOf[ri]!.sort((a, b) => a - b);
  carried.fill(false);
  for (const sources of sourcesOf) for (const s of sources) carried[s] = true;
}

/**
 * Calls `visit` for every entry of an ascending postings list, or, when the list is longer than
 * POSTINGS_WINDOW, for the POSTINGS_WINDOW entries nearest `expected`, in ascending order.
 */
function forNearest(post: readonly number[], expected: number, visit: (s: number) => void): void {
  const from = windowStart(post, expected);
  const to = post.length > POSTINGS_WINDOW ? from + POSTINGS_WINDOW : post.length;
  for (let i = from; i < to; i++) visit(post[i]!);
}

/**
 * The part of a sentence's pairing that does not depend on its place (pairOne), kept with an
 * editor's alignment memo by the sentence's terms: its weights, its copies in the source, the
 * sentences met on its terms' postings for each choice of windows on the long lists (with their
 * shared weights, in the order met), each candidate's shared weight, and its synonym coverage.
 * Every value is the one pairOne would compute, by the same arithmetic in the same order.
 */
export interface TermsMemo {
  ws?: number[];
  total?: number;
  same?: number[] | undefined;
  /** The terms whose postings are longer than POSTINGS_WINDOW (their windows move with the place). */
  long?: number[];
  readonly windows: Map<string, { touched: number[]; acc: number[]; used: number }>;
  readonly shared: Map<number, number>;
  readonly synonyms: Map<string, number>;
  /**
   * Pairings by the windows and the previous sentence's pairing, with the place they were
   * computed at and how far the place may move without changing them (setMargin, orderMargin).
   */
  readonly placed: Map<string, { expected: number; margin: number; pairing: Pairing; used: number }[]>;
  /** Counts for the alignment under way (AlignmentMemo.moved, .rescored), and its number. */
  readonly stats: { moved: number; rescored: number; alignment: number };
}

/**
 * Sets `key` in one of a TermsMemo's maps (a sentence's terms may occur at many places: a
 * repeated passage). Past a few entries, those used neither by this alignment nor by the one
 * before are dropped, so memory follows the draft.
 */
function remember<T extends { used: number }>(map: Map<string, T>, key: string, value: T, alignment: number): void {
  if (map.size >= MAX_WINDOWS) for (const [k, v] of map) if (v.used < alignment - 1) map.delete(k);
  map.set(key, value);
}

/** At most this many places are kept for one choice of windows and previous pairing. */
const MAX_PLACES = 64;
/** Past this many entries, a TermsMemo's maps drop those the last two alignments did not use (remember). */
const MAX_WINDOWS = 8;

/** The first entry forNearest visits in `post` for `expected`. */
function windowStart(post: readonly number[], expected: number): number {
  if (post.length <= POSTINGS_WINDOW) return 0;
  let lo = 0;
  let hi = post.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (post[mid]! < expected) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(Math.max(0, lo - POSTINGS_WINDOW / 2), post.length - POSTINGS_WINDOW);
}

/**
 * The pairing of one rewrite sentence: a pure function of its terms, its place and the previous
 * sentence's pairing. With `memo` (the same terms' TermsMemo, for this source index), what does
 * not depend on the place is read from it instead of computed again; the result is the same.
 */
function pairOne(index: SourceIndex, keys: readonly string[], ri: number, R: number, previous: readonly number[], memo?: TermsMemo): Pairing {
  const { n, weight } = index;
  const total = memo ? (memo.total ??= keys.reduce((a, k) => a + weight(k), 0)) : keys.reduce((a, k) => a + weight(k), 0);
  if (total === 0 || n === 0) return { sources: [], coverage: 0 };
  const expected = R > 1 ? (ri / (R - 1)) * (n - 1) : 0;
  const after = previous.length > 0 ? Math.max(...previous) : -Infinity;

  // The same terms as some source sentences: nothing can score higher than one of them; take
  // the one nearest the expected position (takeCopiesInOrder then deals out repeated copies).
  let same: number[] | undefined;
  if (memo && 'same' in memo) same = memo.same;
  else {
    const sig = signature(keys, index.ids);
    same = sig === null ? undefined : index.bySignature.get(sig)?.filter((s) => sameTerms(keys, index.keySets[s]!));
    if (memo) memo.same = same;
  }
  if (same && same.length > 0) {
    let best = same[0]!;
    for (const s of same) if (Math.abs(s - expected) < Math.abs(best - expected)) best = s;
    return { sources: [best], coverage: 1 };
  }

  // Shared weight per source sentence, accumulated in a scratch array (sentences in the order
  // first met, which breaks ties below as the order of the postings does).
  const ws = memo ? (memo.ws ??= keys.map(weight)) : keys.map(weight);
  const acc = index.scratch;
  let touched: number[] = [];
  // With a memo: the sentences met and their sums for the windows this place gives the long
  // postings lists, when met before.
  let windows: string | undefined;
  let placedKey: string | undefined;
  const slope = 0.04 / Math.max(n, 1);
  let met: { touched: number[]; acc: number[]; used: number } | undefined;
  if (memo) {
    const long = (memo.long ??= keys.flatMap((k, i) => ((index.postings.get(k)?.length ?? 0) > POSTINGS_WINDOW ? [i] : [])));
    windows = long.map((i) => windowStart(index.postings.get(keys[i]!)!, expected)).join(',');
    placedKey = `${windows}|${previous.join(',')}`;
    // Every score below moves by at most `slope` times the distance the place moved: when no
    // two of the scores that decide the pairing are that close, it is the same pairing. (One
    // entry a place: a repeated passage's sentences share their terms' memo.)
    for (const known of memo.placed.get(placedKey) ?? []) {
      if (known.expected === expected || 2 * slope * Math.abs(expected - known.expected) + MARGIN_EPSILON < known.margin) {
        known.used = memo.stats.alignment;
        memo.stats.moved++;
        return known.pairing;
      }
    }
    memo.stats.rescored++;
    met = memo.windows.get(windows);
    if (met) met.used = memo.stats.alignment;
  }
  if (met) {
    touched = met.touched;
    for (let j = 0; j < touched.length; j++) acc[touched[j]!] = met.acc[j]!;
  } else {
    keys.forEach((k, i) => {
      const post = index.postings.get(k);
      if (!post) return;
      const w = ws[i]!;
      forNearest(post, expected, (s) => {
        if (acc[s] === 0) touched.push(s);
        acc[s] += w;
      });
    });
    if (memo) remember(memo.windows, windows!, { touched, acc: touched.map((s) => acc[s]!), used: memo.stats.alignment }, memo.stats.alignment);
  }
  // The likeliest candidates on the terms looked up, and the sentences that follow the previous
  // sentence's source, each then scored on every term it shares.
  const score12 = (s: number) => acc[s]! / total - 0.04 * (Math.abs(s - expected) / Math.max(n, 1));
  const top12 = topByScore(touched, score12, 2 * MAX_CANDIDATES, index.copiesOf);
  let margin = memo ? setMargin(touched, score12, top12, 2 * MAX_CANDIDATES, index.copiesOf) : 0;
  for (const s of touched) acc[s] = 0;
  const candidates = new Set(top12);
  if (previous.length > 0) {
    for (let s = after + 1; s <= Math.min(n - 1, after + 2); s++) candidates.add(s);
  }
  const sharedWeight = (s: number) => {
    const set = index.keySets[s]!;
    return keys.reduce((a, k, i) => a + (set.has(k) ? ws[i]! : 0), 0);
  };
  const scored = [...candidates].map((s) => {
    let w: number;
    if (memo) {
      const known = memo.shared.get(s);
      if (known === undefined) memo.shared.set(s, (w = sharedWeight(s)));
      else w = known;
    } else w = sharedWeight(s);
    const cov = w / total;
    const srcCov = w / Math.max(index.totals[s]!, 1e-9);
    const distance = Math.abs(s - expected) / Math.max(n, 1);
    return { s, cov, score: cov + 0.25 * srcCov - 0.04 * distance };
  });
  scored.sort((a, b) => b.score - a.score);
  if (memo) {
    margin = Math.min(margin, orderMargin(scored, MAX_CANDIDATES, index.copiesOf));
    const pairing = choose(index, keys, ws, total, scored, previous, memo);
    const entry = { expected, margin, pairing, used: memo.stats.alignment };
    const list = memo.placed.get(placedKey!);
    if (list && list.length < MAX_PLACES) {
      // Those the last two alignments did not use are dropped.
      const kept = list.filter((e) => e.used >= memo.stats.alignment - 1);
      kept.push(entry);
      memo.placed.set(placedKey!, kept);
    } else {
      if (memo.placed.size >= MAX_WINDOWS) for (const [k, v] of memo.placed) if (!v.some((e) => e.used >= memo.stats.alignment - 1)) memo.placed.delete(k);
      memo.placed.set(placedKey!, [entry]);
    }
    return pairing;
  }
  return choose(index, keys, ws, total, scored, previous, memo);
}

/** Rounding in the scores is far below this; a margin must exceed the largest move by it. */
const MARGIN_EPSILON = 1e-9;

/**
 * How far apart the scores that decide which sentences topByScore takes (not their order: the
 * candidates are scored again, and sorted, below) are: the lowest taken against the highest not
 * taken, and each repeated sentence's copy taken against its other copies. 0 when two are equal
 * (their order is the order met, which a move could change).
 */
function setMargin(touched: readonly number[], score: (s: number) => number, taken: readonly number[], count: number, copiesOf: SourceIndex['copiesOf']): number {
  const inSet = new Set(taken);
  const held = new Map<readonly number[], number>();
  let lowest = Infinity;
  for (const s of taken) {
    const v = score(s);
    lowest = Math.min(lowest, v);
    const group = copiesOf[s];
    if (group) held.set(group, v);
  }
  let margin = Infinity;
  let highestLeft = -Infinity;
  for (const s of touched) {
    if (inSet.has(s)) continue;
    const group = copiesOf[s];
    const heldScore = group ? held.get(group) : undefined;
    if (heldScore !== undefined) margin = Math.min(margin, heldScore - score(s));
    else highestLeft = Math.max(highestLeft, score(s));
  }
  // (With fewer than `count` taken, everything but the other copies of those taken was taken.)
  if (taken.length >= count) margin = Math.min(margin, lowest - highestLeft);
  return margin;
}

/**
 * How far apart neighbours are among the sorted candidates, down to the one after the last
 * that `keep` takes (the first copy of each repeated sentence: withoutCopies): their order
 * decides the pairing. 0 when two are equal (a stable sort keeps the order met).
 */
function orderMargin(sorted: readonly { s: number; score: number }[], keep: number, copiesOf: SourceIndex['copiesOf']): number {
  const seen = new Set<readonly number[]>();
  let kept = 0;
  let margin = Infinity;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0) margin = Math.min(margin, sorted[i - 1]!.score - sorted[i]!.score);
    if (kept >= keep) break;
    const group = copiesOf[sorted[i]!.s];
    if (!group || !seen.has(group)) {
      kept++;
      if (group) seen.add(group);
    }
  }
  return margin;
}

/** The sources a rewrite sentence is paired with, from its candidates scored and sorted (pairOne). */
function choose(index: SourceIndex, keys: readonly string[], ws: readonly number[], total: number, scored: readonly { s: number; cov: number; score: number }[], previous: readonly number[], memo: TermsMemo | undefined): Pairing {
  const { weight } = index;
  const top = withoutCopies(scored, index.copiesOf).slice(0, MAX_CANDIDATES);
  const best = top[0];
  if (!best) return { sources: [], coverage: 0 };
  const chosen = [best.s];
  let cov = best.cov;
  // One rewrite sentence built from two source sentences, or three (a syndicated rewrite's
  // merged paragraph), each adding a good share of its words.
  for (const cand of top.slice(1)) {
    if (chosen.length >= MAX_MERGED) break;
    if (cand.cov < MERGE_GAIN) continue;
    const union = keys.reduce((a, k, i) => a + (chosen.some((c) => index.keySets[c]!.has(k)) || index.keySets[cand.s]!.has(k) ? ws[i]! : 0), 0) / total;
    if (union - cov >= MERGE_GAIN) {
      chosen.push(cand.s);
      cov = union;
    }
  }
  // A long sentence paraphrased word by word can score low on weighted coverage while still
  // sharing many distinctive words with its source; count those too.
  const sharedLemmas = keys.filter((k) => k.startsWith('L:') && chosen.some((s) => index.keySets[s]!.has(k))).length;
  // A short sentence (a headline, a one-line summary) is often the source's words swapped for
  // synonyms ("rebukes" for "reprimanded"): count a word WordNet says may mean the same as one
  // of the candidate's words as shared, before calling the sentence unsupported.
  if (cov < UNSUPPORTED_BELOW && keys.length <= SHORT_SENTENCE_KEYS) {
    // (An event noun told as its verb counts only where the words already come near: WordNet's
    // derivations link too many common words for chance sentences not to find some.)
    const synonyms = (s: number, derivations: boolean) => {
      if (!memo) return synonymCoverage(keys, index.keys[s]!, weight, derivations);
      const at = `${s}${derivations ? '+' : ''}`;
      let w = memo.synonyms.get(at);
      if (w === undefined) memo.synonyms.set(at, (w = synonymCoverage(keys, index.keys[s]!, weight, derivations)));
      return w;
    };
    // (Not the previous sentence's own source over a sentence that shares more of the words
    // outright: "The chosen name will be revealed on 5 May" after the sentence told from
    // "Friends can vote for one of three names", beside "The winning name will be announced on
    // 5 May". Left unpaired, it is paired with the sentence between its neighbours' (fillGaps).)
    const rescuable = top.filter((cand) => !(previous.includes(cand.s) && cand.cov < top[0]!.cov));
    const withSynonyms = rescuable.map((cand) => ({ s: cand.s, cov: synonyms(cand.s, cand.cov >= NEAR_SUPPORT) / total }))
      .sort((a, b) => b.cov - a.cov)[0]!;
    if (withSynonyms.cov >= UNSUPPORTED_BELOW) {
      chosen.splice(0, chosen.length, withSynonyms.s);
      cov = withSynonyms.cov;
    }
  }
  if (cov < UNSUPPORTED_BELOW && !(cov >= 0.2 && sharedLemmas >= SUPPORTED_BY_SHARED_WORDS)) return { sources: [], coverage: cov };
  chosen.sort((a, b) => a - b);
  return { sources: chosen, coverage: cov };
}

function sameTerms(keys: readonly string[], set: ReadonlySet<string>): boolean {
  return keys.length === set.size && keys.every((k) => set.has(k));
}

/**
 * The `count` sentences with the highest score, best first; equal scores keep the order of
 * `sentences` (as a stable sort would), without sorting them all. Of the copies of a repeated
 * sentence only the best-scored one counts: the others say nothing new, and would crowd out
 * the second sentence of a merge.
 */
function topByScore(sentences: readonly number[], score: (s: number) => number, count: number, copiesOf: SourceIndex['copiesOf']): number[] {
  const ranked: { s: number; v: number }[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const v = score(s);
    // Not above the lowest of a full list: not above a held copy either (the list is sorted,
    // best first), so neither test below would take it.
    if (ranked.length === count && !(v > ranked[count - 1]!.v)) continue;
    const group = copiesOf[s];
    if (group) {
      // One place per repeated sentence: replace its copy only by a better-scored one.
      let held = -1;
      for (let k = 0; k < ranked.length; k++) {
        if (copiesOf[ranked[k]!.s] === group) {
          held = k;
          break;
        }
      }
      if (held >= 0) {
        if (!(v > ranked[held]!.v)) continue;
        ranked.splice(held, 1);
      }
    }
    if (ranked.length === count && !(v > ranked[count - 1]!.v)) continue;
    let at = ranked.length;
    while (at > 0 && ranked[at - 1]!.v < v) at--;
    ranked.splice(at, 0, { s, v });
    if (ranked.length > count) ranked.pop();
  }
  return ranked.map((e) => e.s);
}

/** The scored candidates keeping the first (best) of the copies of each repeated sentence. */
function withoutCopies<T extends { s: number }>(scored: readonly T[], copiesOf: SourceIndex['copiesOf']): T[] {
  const seen = new Set<readonly number[]>();
  return scored.filter(({ s }) => {
    const group = copiesOf[s];
    if (!group) return true;
    if (seen.has(group)) return false;
    seen.add(group);
    return true;
  });
}

/**
 * A rewrite sentence left unpaired between two paired neighbours, facing a few unpaired
 * source sentences between their sources, is one of them rewritten (a figure or name changed,
 * the rest reworded): pair it with the one it clearly shares most words with.
 * Otherwise one changed fact would show as an unsupported sentence plus an omitted one.
 */
function fillGaps(sourcesOf: number[][], carried: boolean[], rewriteKeys: readonly (readonly string[])[], sourceKeySets: readonly ReadonlySet<string>[], checkBudget: () => void): void {
  const R = sourcesOf.length;
  const n = carried.length;
  // (Pairing a sentence here never changes what follows it, so this is read before any.)
  const nextPaired = firstPairedFrom(sourcesOf);
  // The first uncarried source sentence at or after each place (a union-find with path
  // compression), so that counting the few uncarried sentences of a gap never walks the carried ones.
  // (Paired with none: a sentence counted carried only because a paired rewrite sentence shares
  // some of its words, "had fined the company" beside "has appealed against the fine", is still
  // the likelier source of an unpaired sentence that sits where it does.)
  const paired = new Uint8Array(n);
  for (const list of sourcesOf) for (const s of list) paired[s] = 1;
  const parent = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) parent[s] = paired[s] ? s + 1 : s;
  parent[n] = n;
  const firstUncarried = (s: number): number => {
    let root = s;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[s] !== root) {
      const up = parent[s]!;
      parent[s] = root;
      s = up;
    }
    return root;
  };
  let prev = -1;
  for (let ri = 0; ri < R; ri++) {
    if (ri % BUDGET_EVERY === 0) checkBudget();
    if (sourcesOf[ri]!.length > 0) {
      prev = ri;
      continue;
    }
    const next = nextPaired[ri + 1]!;
    // Only a single unpaired sentence between anchors: a run of them is new material.
    if (prev !== ri - 1 && prev >= 0) continue;
    if (next !== ri + 1 && next < R) continue;
    if (prev < 0 && next >= R) continue;
    const lo = prev >= 0 ? Math.max(...sourcesOf[prev]!) : -1;
    const hi = next < R ? Math.min(...sourcesOf[next]!) : n;
    const gap: number[] = [];
    for (let s = firstUncarried(lo + 1); s < hi && gap.length <= 3; s = firstUncarried(s + 1)) gap.push(s);
    if (gap.length === 0 || gap.length > 3) continue;
    // The gap sentence sharing the most words, if it clearly shares more than the others.
    const scored = gap.map((s) => ({ s, shared: rewriteKeys[ri]!.filter((k) => k.startsWith('L:') && sourceKeySets[s]!.has(k)).length }))
      .sort((a, b) => b.shared - a.shared);
    const best = scored[0]!;
    // One sentence facing one, each between the same paired neighbours, sharing no word: it is
    // the source's reworded when two of its words meet the source's by stem, synonym or
    // derivation ("No one was seriously injured" / "There were no serious injuries").
    if (best.shared === 0 && gap.length === 1 && relatedWords(rewriteKeys[ri]!, sourceKeySets[best.s]!) >= 2) best.shared = 1;
    if (best.shared === 0 || (scored[1] && scored[1].shared === best.shared)) continue;
    sourcesOf[ri] = [best.s];
    carried[best.s] = true;
    parent[best.s] = best.s + 1;
    prev = ri;
  }
}

/**
 * relatedWords' answers, by the sentence's keys (termKeys gives one array a sentence) and the
 * other's key set (the source index's, kept while the source is unchanged): an editor's re-check
 * asks again about every gap the edit left alone.
 */
const relatedWordsKnown = new WeakMap<readonly string[], WeakMap<ReadonlySet<string>, number>>();

/** How many of a sentence's content words meet another's by stem, WordNet synonym or a noun's own verb. */
function relatedWords(keys: readonly string[], other: ReadonlySet<string>): number {
  let known = relatedWordsKnown.get(keys);
  if (!known) relatedWordsKnown.set(keys, (known = new WeakMap()));
  let n = known.get(other);
  if (n === undefined) known.set(other, (n = countRelatedWords(keys, other)));
  return n;
}

function countRelatedWords(keys: readonly string[], other: ReadonlySet<string>): number {
  const lemmas = wordLemmas(other);
  let n = 0;
  for (const k of keys) {
    if (k.startsWith('S:')) {
      if (other.has(k)) n++;
    } else if (wordKey(k) && !other.has('S:' + stemOf(k.slice(2))) && meetsInMeaning(k.slice(2), lemmas, true)) n++;
  }
  return n;
}

/** A sentence whose source another rewrite sentence carries at least this well... */
const CARRIED_BY_SIBLING = 0.6;
/** ...and which adds less than this share of that source on its own, derives nothing from it. */
const OWN_SHARE = 0.1;
/** ...and fewer than this many of that source's words that no sibling has. */
const SPLIT_HALF_WORDS = 3;

/**
 * An invented sentence built from a source sentence's words ("Northgate Homes manages more
 * than 4,000 properties" beside the sentence that really carries "Northgate Homes had failed
 * to assess …") pairs with that source on the words it borrowed. When another rewrite sentence
 * carries that source better, this one adds almost nothing of it the other does not say, and it
 * states a figure found nowhere in the source, the borrowed words are all it has of the source:
 * it is unsupported. A sentence split in two is not (each half carries its own part of the
 * source), nor a summary restating a carried sentence (it states no figure of its own).
 */
function dropEchoes(index: SourceIndex, sourcesOf: number[][], coverage: readonly number[], rewriteKeys: readonly (readonly string[])[], source: readonly Sentence[], rewrite: readonly Sentence[], checkBudget: () => void): void {
  const readers = new Map<number, number[]>();
  sourcesOf.forEach((list, ri) => list.forEach((si) => (readers.get(si) ?? readers.set(si, []).get(si)!).push(ri)));
  const echoes: number[] = [];
  sourcesOf.forEach((list, ri) => {
    if (ri % BUDGET_EVERY === 0) checkBudget();
    if (list.length === 0 || coverage[ri]! >= CARRIED_BY_SIBLING) return;
    // It must bring a figure of its own that the source never states: a restatement of a
    // carried sentence (a summary bullet above the body) brings none.
    // (Or a full statement of its own, a verb and a closing full stop: "Kwikpay said no customer
    // data had been exposed" beside the sentence that carries the outage. A headline or a bullet
    // restating a carried sentence has neither.)
    if (!rewriteKeys[ri]!.some((k) => k.startsWith('L:#') && !index.postings.has(k)) && !statement(rewrite[ri]!)) return;
    const siblings = [...new Set(list.flatMap((si) => readers.get(si)!.filter((x) => x !== ri)))];
    // (A statement is no echo of a list item or a headline that sums the same source up: the
    // item "£17 – the new price of a weekly pass" beside "Weekly pass holders will pay £17".)
    const carrier = (x: number) => coverage[x]! >= CARRIED_BY_SIBLING && coverage[x]! > coverage[ri]! && (!statement(rewrite[ri]!) || statement(rewrite[x]!));
    if (!siblings.some(carrier)) return;
    // (A figure worked out from that source's own figures is none of its own: "£2.50 – the
    // single fare from 1 April, 50p more than the current £2.00", from "will rise from £2.00 to
    // £2.50 on 1 April", beside the story's sentence that tells the rise; "Right now it manages
    // 61% – 31 percentage points short", of a target of 92%.)
    if (figuresWorkedOut(rewrite[ri]!, list.map((si) => source[si]!))) return;
    const own = new Set(rewriteKeys[ri]);
    const theirs = new Set(siblings.flatMap((x) => rewriteKeys[x]!));
    let alone = 0;
    let total = 0;
    const aloneWords = new Set<string>();
    for (const si of list) {
      for (const k of index.keys[si]!) {
        const w = index.weight(k);
        total += w;
        if (!own.has(k) || theirs.has(k)) continue;
        alone += w;
        if (k.startsWith('L:')) aloneWords.add(k);
      }
    }
    // (Half of a long source sentence split in two carries several of its words the other half
    // lacks, however common: "Rovers drew level from the penalty spot through Sami Lindqvist".)
    if (total > 0 && alone / total < OWN_SHARE && aloneWords.size < SPLIT_HALF_WORDS) echoes.push(ri);
  });
  for (const ri of echoes) sourcesOf[ri] = [];
}

/**
 * A source sentence merged into a rewrite sentence only on words another rewrite sentence also
 * takes from it ("Marchetti said his legs had been empty that day" drawing "A breakaway … led
 * for most of the day" on "day", which "Six riders spent most of the day out in front" carries):
 * the other sentence is where that source sentence went, and comparing it here reads its
 * claims against words that never restated them. It leaves the merge when every word this
 * sentence shares with it alone (none of its other sources has the word) is also in a sentence
 * that carries more of it, and none of those words is a name or a figure, which a sentence
 * takes from its own source ("Whitmore's Grand Regent" from "The Grand Regent Theatre in
 * Whitmore", however many sentences name the town), nor a subject's or an object's word.
 */
const QUANTIFYING_DETERMINERS: ReadonlySet<string> = new Set(['neither', 'either', 'both', 'each', 'every', 'any', 'no', 'all']);

function dropBorrowedMembers(index: SourceIndex, sourcesOf: number[][], rewriteKeys: readonly (readonly string[])[], rewrite: readonly Sentence[]): void {
  const readers = new Map<number, number[]>();
  sourcesOf.forEach((list, ri) => list.forEach((si) => (readers.get(si) ?? readers.set(si, []).get(si)!).push(ri)));
  const sharedWords = (ri: number, si: number) => new Set(rewriteKeys[ri]!.filter((k) => index.keySets[si]!.has(k))).size;
  sourcesOf.forEach((list, ri) => {
    if (list.length < 2) return;
    const keep = list.filter((si) => {
      const mine = sharedWords(ri, si);
      const others = readers.get(si)!.filter((x) => x !== ri && sharedWords(x, si) > mine);
      if (others.length === 0) return true;
      const theirs = new Set(others.flatMap((x) => rewriteKeys[x]!));
      const alone = rewriteKeys[ri]!.filter((k) => index.keySets[si]!.has(k) && !list.some((o) => o !== si && index.keySets[o]!.has(k)));
      if (!alone.every((k) => theirs.has(k)) || alone.some((k) => k.startsWith('L:#'))) return true;
      // (Nor a word for a participant, a subject or an object, which the source sentence that
      // names it tells who it is: "The champion beat the challenger" beside "Petra Lind, the
      // challenger, faced Ivan Sokol, the reigning champion". A party, not a thing: "did not lose
      // a game" takes nothing from "after he lost his opening game", which another sentence tells.)
      const tokens = rewrite[ri]!.tokens;
      const syn = syntaxOf(tokens);
      // (A bare plural names no one in particular: "Participants were split evenly" takes no
      // one from "A minority of participants reported side effects".)
      const barePlural = (t: Token, i: number) => t.pos === 'NOUN' && t.lower !== t.lemma && !hasDependent(syn, i, /^(det|nmod:poss|nummod)/);
      // (Nor one picked out of a set by a quantifier: "Neither firm commented" takes no firm from
      // the sentence that names one.)
      const quantified = (i: number) => dependentsOf(syn, i, /^det$/).some((d) => QUANTIFYING_DETERMINERS.has(tokens[d]!.lower));
      const named = new Set(termKeys(tokens.filter((t, i) => t.pos === 'PROPN' || (/^(nsubj|obj|iobj|obl:agent)/.test(syn.labels[i] ?? '') && (t.pos !== 'NOUN' || (namesPeople(t.lemma) && !barePlural(t, i) && !quantified(i)))))));
      return alone.some((k) => named.has(k));
    });
    if (keep.length > 0 && keep.length < list.length) sourcesOf[ri] = keep;
  });
}

/** Whether every figure of `r` the sources do not state is worked out from the figures of one of them, which `r` keeps beside it. */
function figuresWorkedOut(r: Sentence, sources: readonly Sentence[]): boolean {
  const own = findNumbers(r.tokens).filter((m) => m.value !== null);
  const stated = sources.flatMap((s) => findNumbers(s.tokens));
  const novel = own.filter((m) => !stated.some((x) => sameAmount(m, x)));
  return novel.length > 0 && novel.every((m) => sources.some((s) => workedOutFromSentence(m, r.tokens, s, own)));
}

/** statement()'s answer by the sentence's offset-free tokens (it reads words and tags alone): asked of most sentences at every re-check. */
const statements = new WeakMap<readonly Token[], boolean>();

/** A sentence with a finite verb and closing punctuation: a statement, not a headline or a label. */
function statement(s: Sentence): boolean {
  const own = offsetFree(s.tokens);
  let known = statements.get(own);
  if (known === undefined) statements.set(own, (known = isStatement(s)));
  return known;
}

function isStatement(s: Sentence): boolean {
  const words = s.tokens.filter((t) => t.isWord);
  // (Past a closing quotation mark or bracket: "…, adding: “I'll be back.”")
  let end = s.tokens.length - 1;
  while (end > 0 && /^["”’')\]]$/.test(s.tokens[end]!.text)) end--;
  const last = s.tokens[end];
  return words.length >= 6 && !!last && /^[.!?]$/.test(last.text) && s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * An event noun and its own verb ("admission" / "admitted"): one act told two ways. (WordNet's
 * derivation, sense for sense; not the generalisations samePredicate allows, which are too
 * loose a match for support.)
 */
function nounOfVerb(a: string, b: string): boolean {
  if (a === b) return false;
  const derived = (noun: string, verb: string) => { const v = eventSenses(verb, false); return v.length > 0 && eventSenses(noun, true).some((x) => v.includes(x)); };
  return derived(a, b) || derived(b, a);
}

const NEAR_SUPPORT = 0.2;

/**
 * The weight of a rewrite sentence's keys found in a source sentence, a WordNet synonym of a word
 * counting as the word (and, with `derivations`, an event noun as its verb).
 */
function synonymCoverage(keys: readonly string[], sourceKeys: readonly string[], weight: (k: string) => number, derivations: boolean): number {
  const source = new Set(sourceKeys);
  const sourceLemmas = wordLemmas(sourceKeys);
  let w = 0;
  for (const k of keys) {
    if (source.has(k)) w += weight(k);
    else if (wordKey(k) && meetsInMeaning(k.slice(2), sourceLemmas, derivations)) w += weight(k);
  }
  return w;
}

/** A key of a word's lemma ("L:vote"), not of a figure ("L:#12") or a stem ("S:vot"). */
function wordKey(k: string): boolean {
  return k.startsWith('L:') && !k.startsWith('L:#');
}

/** The word lemmas among a sentence's keys. */
function wordLemmas(keys: Iterable<string>): string[] {
  return [...keys].filter(wordKey).map((k) => k.slice(2));
}

/** Whether a word may mean one of `lemmas` (WordNet), or, with `derivations`, is one's event noun or verb. */
function meetsInMeaning(word: string, lemmas: readonly string[], derivations: boolean): boolean {
  return lemmas.some((l) => mayMeanTheSame(word, l) || (derivations && nounOfVerb(word, l)));
}
