// The shared mechanism behind the number, date and entity rules: mentions on the rewrite side
// that agree with no source mention are paired with the most plausible source mention that the
// rewrite no longer has (same type, same replaced stretch, else nearest position). Unpaired
// ones are either a detail moved from elsewhere in the source (quiet) or an added detail.
import { claim, q, replacement, spanOf, textOf, type PairContext, type RawFinding } from '../context';
import type { Kind, Span } from '../types';
import type { Token } from '../tokens';
import { isContentToken } from '../terms';

export interface Mention {
  readonly first: number;
  readonly last: number;
}

export interface MentionComparison<M extends Mention> {
  readonly kind: Kind;
  /** Noun for messages: "Number", "Date", "Name". */
  readonly label: string;
  readonly rewrite: readonly M[];
  readonly source: readonly M[];
  /** Whether two mentions say the same thing. */
  readonly agree: (r: M, s: M) => boolean;
  /** Whether the source sentence(s) support a rewrite mention, possibly through several mentions together. */
  readonly supported?: (r: M) => boolean;
  /** Whether a replacement is plausible (same sort of thing). */
  readonly comparable: (r: M, s: M) => boolean;
  /** Whether the whole source mentions it anywhere (a detail moved, not invented). */
  readonly inSourceDocument: (r: M) => boolean;
  /** Whether a candidate is about the same thing ("24 hospitals" / "34 hospitals"); such pairs go first. */
  readonly sameSubject?: (r: M, s: M) => boolean;
  /**
   * For a mention the source never states: a near namesake elsewhere in the source ("Southern
   * Marlin" for "Western Marlin" two sentences away), reported as a change rather than an addition.
   */
  readonly namesakeElsewhere?: (r: M) => Span | null;
  /**
   * Whether a source mention says less than the rewrite's (`r`): no value of its own ("hundreds"),
   * or a bound the rewrite's keeps ("more than 240" / "243"). It yields to a detail the source
   * states elsewhere.
   */
  readonly vague?: (m: M, r: M) => boolean;
}

/** Words within this many of a mention count as what it is told with. */
const AROUND = 8;

/**
 * Whether two mentions are told with the same words around them, two or more content words or
 * figures in common within eight words each side ("had scheduled the rise to 68 for 2045" /
 * "the rise to 68 was not due until 2045"): a detail moved from that source sentence, not one
 * that takes the place of the aligned sentence's own.
 */
export function toldAroundAlike(aTokens: readonly Token[], a: Mention, bTokens: readonly Token[], b: Mention): boolean {
  const around = (tokens: readonly Token[], m: Mention) => new Set(tokens.filter((t, i) => (i < m.first || i > m.last) && i >= m.first - AROUND && i <= m.last + AROUND &&
    (isContentToken(t) || t.pos === 'NUM')).map((t) => t.lemma));
  const mine = around(aTokens, a);
  let shared = 0;
  for (const w of around(bTokens, b)) if (mine.has(w) && ++shared >= 2) return true;
  return false;
}

function range(m: Mention): number[] {
  const out: number[] = [];
  for (let i = m.first; i <= m.last; i++) out.push(i);
  return out;
}

export function compareMentions<M extends Mention>(ctx: PairContext, c: MentionComparison<M>): RawFinding[] {
  const findings: RawFinding[] = [];
  // (Not a source mention another rule has already paired: "every 15 minutes", read as a
  // frequency, is no amount for the rewrite's "one" tram.)
  const sourceFree = c.source.filter((s) => !c.rewrite.some((r) => c.agree(r, s)) && !range(s).some((i) => ctx.claimedSource.has(i)));
  const used = new Set<M>();
  const open = c.rewrite.filter((r) => !(c.source.some((s) => c.agree(r, s)) || c.supported?.(r)));
  // Mentions about the same thing pair first, so that "1,640 children" cannot take the
  // "24 hospitals" that "34 hospitals" was rewritten from.
  const subjectPairs = new Map<M, M>();
  if (c.sameSubject) {
    for (const r of open) {
      const same = sourceFree.filter((s) => !used.has(s) && c.comparable(r, s) && c.sameSubject!(r, s));
      if (same.length === 1) {
        subjectPairs.set(r, same[0]!);
        used.add(same[0]!);
      }
    }
  }
  for (const r of open) {
    if (range(r).some((i) => ctx.claimed.has(i))) continue;
    const rTokens = ctx.rTok.slice(r.first, r.last + 1);
    const rSpan = spanOf(rTokens);
    const rText = textOf(ctx.rewrite, rSpan);
    const candidates = sourceFree.filter((s) => !used.has(s) && c.comparable(r, s));
    const paired = subjectPairs.get(r);
    const pick = paired ? { mention: paired, strong: true } : pickPartner(ctx, r, candidates);
    // A guess (the only candidate left) yields to a detail the source states elsewhere; so does
    // a vague partner ("Hundreds of flights were cancelled" / "About 1,400 flights", the figure
    // the source gives in its next sentence).
    const partner = pick && ((pick.strong && !c.vague?.(pick.mention, r)) || !c.inSourceDocument(r)) ? pick.mention : undefined;
    if (partner) {
      used.add(partner);
      claim(ctx, range(r));
      findings.push(replacement(ctx, c.kind, c.label, rSpan, spanOf(ctx.sTok.slice(partner.first, partner.last + 1))));
    } else if (!c.inSourceDocument(r) && c.namesakeElsewhere?.(r)) {
      claim(ctx, range(r));
      findings.push(replacement(ctx, c.kind, c.label, rSpan, c.namesakeElsewhere(r)!));
    } else if (!c.inSourceDocument(r) && !toldVerbatim(ctx.source.text, rText)) {
      claim(ctx, range(r));
      findings.push({
        kind: 'added-detail',
        rewrite: rSpan,
        source: spanOf(ctx.sTok),
        message: `Added detail: rewrite says ${q(rText)}, which the source never mentions.`,
        suggestion: null,
      });
    }
  }
  return findings;
}

function pickPartner<M extends Mention>(ctx: PairContext, r: M, candidates: readonly M[]): { mention: M; strong: boolean } | undefined {
  const found = pickByPosition(ctx, r, candidates);
  if (found) return { mention: found, strong: true };
  // Otherwise only when it is the sole candidate: guessing between several would mislead.
  return candidates.length === 1 ? { mention: candidates[0]!, strong: false } : undefined;
}

function pickByPosition<M extends Mention>(ctx: PairContext, r: M, candidates: readonly M[]): M | undefined {
  if (candidates.length === 0) return undefined;
  const rIdx = range(r);
  // Same replaced stretch: the strongest evidence that one was turned into the other.
  for (const h of ctx.match.hunks) {
    if (!rIdx.some((i) => h.r.includes(i))) continue;
    const hit = candidates.find((s) => range(s).some((i) => h.s.includes(i)));
    if (hit) return hit;
  }
  // Neighbours matched on both sides: the source mention sitting where the rewrite one sits
  // (within a few words of the nearest matched word before or after it).
  const WINDOW = 3;
  for (let d = 1; d <= WINDOW; d++) {
    const before = ctx.match.rToS[r.first - d] ?? -1;
    if (before >= 0) {
      const hit = candidates.find((s) => s.first > before && s.first <= before + WINDOW + 1 - d + 1);
      if (hit) return hit;
      break;
    }
  }
  for (let d = 1; d <= WINDOW; d++) {
    const after = ctx.match.rToS[r.last + d] ?? -1;
    if (after >= 0) {
      const hit = candidates.find((s) => s.last < after && s.last >= after - (WINDOW + 1 - d + 1));
      if (hit) return hit;
      break;
    }
  }
  return undefined;
}

/**
 * Whether the source document has these very words, as words, anywhere in its text: in a
 * table's header row ("| Band | 2024–25 | 2025–26 |"), which the prose view leaves out, as much
 * as in a sentence. A detail the source states word for word is no detail added.
 */
function toldVerbatim(sourceText: string, words: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(words)) return false;
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(sourceText);
}
