// `quote`: any change to the words inside quotation marks. A direct quote must stay verbatim:
// a quoted fragment of the source is fine, a changed, added or dropped word inside it is not.
import { claim, q, spanOf, textOf, type PairContext, type PairRule, type RawFinding } from '../context';
import { CERTAINTY_CUES, NEGATORS, SCOPE_CUES } from '../lexicon';
import { quoteSpans, wordKey } from '../quotes';
import type { Span } from '../types';

/**
 * Whether [start, end) lies inside one of the spans. They are ascending and disjoint
 * (quoteSpans), so only the last one starting at or before `start` can hold it: a binary
 * search, not a scan of every quotation in the document for every token of every pair.
 */
function inside(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && end <= spans[lo - 1]!.end;
}

export const quoteRule: PairRule = (ctx) => {
  const spans = ctx.memo('rewrite-quotes', () => quoteSpans(ctx.rewrite));
  const quoted = ctx.rTok.map((t, i) => (t.isWord && inside(spans, t.start, t.end) ? i : -1)).filter((i) => i >= 0);
  if (quoted.length === 0) return [];
  // Verbatim somewhere in the source: nothing to say.
  const sourceWords = ctx.memo('source-word-key', () => ` ${wordKey(ctx.source.prose)} `);
  const groups = contiguousRuns(ctx, quoted);
  const out: RawFinding[] = [];
  for (const run of groups) {
    const key = runKey(ctx, run);
    if (sourceWords.includes(` ${key} `)) {
      const trimmed = limitDropped(ctx, run, key);
      if (trimmed) out.push(trimmed);
      continue;
    }
    // Two of the source's quotations joined at a dash or a semicolon, each word for word
    // ("… is worst – patients are waiting in pain …"): the words are the source's; who said
    // them is the attribution rule's to weigh.
    const pieces = piecesAtBreaks(ctx, run);
    if (pieces.length > 1 && pieces.every((p) => p.length >= 3 && sourceWords.includes(` ${runKey(ctx, p)} `))) continue;
    const changes = changesInside(ctx, new Set(run));
    out.push(...(changes.length > 1 ? [oneQuotation(ctx, changes)] : changes.map((c) => c.finding)));
  }
  return out;
};

/**
 * The words of a run of quoted tokens, read from the rewrite's own text as the source's key is:
 * joined with spaces, "that’s" (two tokens) would read "that 's" and never match the source.
 */
function runKey(ctx: PairContext, run: readonly number[]): string {
  return wordKey(ctx.rewrite.prose.slice(ctx.rTok[run[0]!]!.start, ctx.rTok[run[run.length - 1]!]!.end));
}

/**
 * Single words that limit the truth of what they modify: a negation, a hedge of certainty
 * ("possibly") or of degree ("almost", "about"). Cut from the edge of a quotation, they leave a
 * fragment that says more than the speaker did.
 */
const LIMITERS: ReadonlySet<string> = new Set([
  ...NEGATORS,
  ...CERTAINTY_CUES.filter(([cue, c]) => !cue.includes(' ') && (c === 'possible' || c === 'probable')).map(([cue]) => cue),
  ...SCOPE_CUES.filter(([cue, c]) => !cue.includes(' ') && (c === 'almost' || c === 'about')).map(([cue]) => cue),
]);

/**
 * A quoted fragment found word for word in a source quotation, cut just after a word that limits
 * it ("copies the design “almost part for part”" / "a “part for part” copy"): the quotation marks
 * claim the speaker's words, and the speaker said less. A fragment cut anywhere else is fair
 * quotation.
 */
function limitDropped(ctx: PairContext, run: readonly number[], key: string): RawFinding | null {
  const spans = ctx.memo('source-quotes', () => quoteSpans(ctx.source));
  const words = ctx.sTok.map((t, i) => (t.isWord ? i : -1)).filter((i) => i >= 0);
  const n = key.split(' ').length;
  for (let k = 1; k + n <= words.length; k++) {
    const first = ctx.sTok[words[k]!]!;
    const last = ctx.sTok[words[k + n - 1]!]!;
    if (wordKey(textOf(ctx.source, { start: first.start, end: last.end })) !== key) continue;
    const before = ctx.sTok[words[k - 1]!]!;
    if (!LIMITERS.has(before.lower) || !inside(spans, before.start, last.end)) continue;
    // (Kept outside the marks, the limit still stands, in any form: "almost “part for part”",
    // "we risk weight limits" / "risked “weight limits”".)
    let r = run[0]! - 1;
    while (r >= 0 && !ctx.rTok[r]!.isWord) r--;
    if (r >= 0 && (ctx.rTok[r]!.lower === before.lower || ctx.rTok[r]!.lemma === before.lemma)) return null;
    const rSpan = spanOf(run.map((i) => ctx.rTok[i]!));
    const sSpan = { start: before.start, end: last.end };
    return {
      kind: 'quote',
      rewrite: rSpan,
      source: sSpan,
      message: `Quote altered: the source's words are ${q(textOf(ctx.source, sSpan))}, the rewrite quotes ${q(textOf(ctx.rewrite, rSpan))} without ${q(before.text)}.`,
      suggestion: textOf(ctx.source, sSpan),
    };
  }
  return null;
}

/**
 * Several changes inside one quotation are one altered quote: reported once, from the first
 * changed word to the last, with the source's words for that whole stretch as the fix ("but
 * open to further" for "but still open to").
 */
function oneQuotation(ctx: PairContext, changes: readonly QuoteChange[]): RawFinding {
  const start = Math.min(...changes.map((c) => c.finding.rewrite!.start));
  const end = Math.max(...changes.map((c) => c.finding.rewrite!.end));
  const rIdx = ctx.rTok.map((t, i) => (t.start >= start && t.end <= end ? i : -1)).filter((i) => i >= 0);
  // The source words aligned with the stretch, and those each change replaced or dropped.
  const sIdx = [...rIdx.map((i) => ctx.match.rToS[i] ?? -1).filter((i) => i >= 0), ...changes.flatMap((c) => c.sourceWords)];
  const rSpan = { start, end };
  const sSpan = sIdx.length ? spanOf(ctx.sTok.slice(Math.min(...sIdx), Math.max(...sIdx) + 1)) : changes[0]!.finding.source!;
  const sText = textOf(ctx.source, sSpan);
  return {
    kind: 'quote',
    rewrite: rSpan,
    source: sSpan,
    message: `Quote altered: the source's words are ${q(sText)}, the rewrite quotes ${q(textOf(ctx.rewrite, rSpan))}.`,
    suggestion: sIdx.length ? sText : null,
  };
}

/** Splits quoted token indexes into one run per quotation. */
function contiguousRuns(ctx: PairContext, quoted: number[]): number[][] {
  const runs: number[][] = [];
  for (const i of quoted) {
    const cur = runs[runs.length - 1];
    const prev = cur?.[cur.length - 1];
    const gapHasQuote = prev !== undefined && /["“”„«»]/.test(ctx.rewrite.prose.slice(ctx.rTok[prev]!.end, ctx.rTok[i]!.start));
    if (cur && prev !== undefined && !gapHasQuote) cur.push(i);
    else runs.push([i]);
  }
  return runs;
}

/** A run of quoted words cut where a dash or a semicolon stands between two of them. */
function piecesAtBreaks(ctx: PairContext, run: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const i of run) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    const broken = prev === undefined || ctx.rTok.slice(prev + 1, i).some((t) => /^[–—;]$/.test(t.text));
    if (broken) out.push([i]);
    else last!.push(i);
  }
  return out;
}

/** One changed stretch inside a quotation, with the source words it replaced or dropped (none for an added word). */
interface QuoteChange {
  readonly finding: RawFinding;
  readonly sourceWords: readonly number[];
}

function changesInside(ctx: PairContext, run: ReadonlySet<number>): QuoteChange[] {
  const out: QuoteChange[] = [];
  const min = Math.min(...run);
  const max = Math.max(...run);
  for (const h of ctx.match.hunks) {
    const rIn = h.r.filter((i) => run.has(i) && ctx.rTok[i]!.isWord);
    const sWords = h.s.filter((i) => ctx.sTok[i]!.isWord);
    // A deletion counts when it falls strictly inside the quotation.
    const deletionInside = rIn.length === 0 && sWords.length > 0 && h.s.length > 0 &&
      (() => {
        const sFirst = h.s[0]!;
        const before = ctx.match.sToR[sFirst - 1] ?? -1;
        return before >= min && before < max;
      })();
    if (rIn.length === 0 && !deletionInside) continue;
    if (rIn.some((i) => ctx.claimed.has(i))) continue;
    let rSpan: Span;
    if (rIn.length) {
      rSpan = spanOf(rIn.map((i) => ctx.rTok[i]!));
      claim(ctx, rIn);
    } else {
      const before = ctx.match.sToR[h.s[0]! - 1]!;
      rSpan = spanOf([ctx.rTok[before]!, ctx.rTok[before + 1] ?? ctx.rTok[before]!]);
    }
    const sSpan = sWords.length ? spanOf(sWords.map((i) => ctx.sTok[i]!)) : null;
    const sText = sSpan ? textOf(ctx.source, sSpan) : null;
    const rText = textOf(ctx.rewrite, rSpan);
    out.push({
      finding: {
        kind: 'quote',
        rewrite: rSpan,
        source: sSpan ?? spanOf(ctx.sTok),
        message: sText
          ? `Quote altered: the source's words are ${q(sText)}, the rewrite quotes ${q(rText)}.`
          : `Quote altered: the rewrite puts ${q(rText)} inside quotation marks, but the source never says it.`,
        suggestion: rIn.length && sText ? sText : null,
      },
      sourceWords: sWords,
    });
  }
  return out;
}
