// What a rule sees when it compares one rewrite sentence with the source sentence(s) it came from.
import type { PreparedText, Sentence } from './document';
import type { DocumentVoice } from './documentVoice';
import type { TokenMatch } from './tokenAlign';
import type { Token } from './tokens';
import type { PairSyntax } from './syntax/sentenceSyntax';
import type { Kind, Severity, Span } from './types';

export interface PairContext {
  readonly source: PreparedText;
  readonly rewrite: PreparedText;
  readonly r: Sentence;
  readonly sources: readonly Sentence[];
  /** Tokens of the rewrite sentence. */
  readonly rTok: readonly Token[];
  /** Tokens of the source sentences, concatenated in source order. */
  readonly sTok: readonly Token[];
  readonly match: TokenMatch;
  /** Other rewrite sentences paired with the same source sentence(s) (a split sentence). */
  readonly siblings: readonly Sentence[];
  /** Rewrite token indexes an earlier rule already explained; later rules leave them alone. */
  readonly claimed: Set<number>;
  /** Source token indexes an earlier rule already compared (e.g. "allege" reported as a certainty change). */
  readonly claimedSource: Set<number>;
  /** Whole-document facts computed once per analysis and shared by every pair. */
  readonly memo: <T>(key: string, compute: () => T) => T;
  /** The parses of the rewrite sentence and of the source sentences (over `sTok`), made on first request. */
  readonly syntax: PairSyntax;
  /** Who the rewrite speaks as by its form, a transcript or a statement under its author's name (documentVoice.ts); in the pair's cache key. */
  readonly voice: DocumentVoice;
}

/** A finding before severity and id are attached. */
export interface RawFinding {
  readonly kind: Kind;
  readonly rewrite: Span | null;
  readonly source: Span | null;
  readonly message: string;
  readonly suggestion: string | null;
  /** When this finding is more or less serious than its kind usually is (a replaced word judged a meaning change). */
  readonly severity?: Severity;
}

export type PairRule = (ctx: PairContext) => RawFinding[];

export function spanOf(tokens: readonly Token[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const t of tokens) {
    start = Math.min(start, t.start);
    end = Math.max(end, t.end);
  }
  return { start, end };
}

export function textOf(doc: PreparedText, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/**
 * Quotes a text for a message, collapsing line breaks so messages stay on one line. A text that
 * holds double quotes itself gets single ones, so a quoted sentence never reads `""United…`.
 */
/** The longest excerpt a message quotes; a longer one keeps its start and end around an ellipsis. */
export const MAX_EXCERPT_CHARS = 200;

/**
 * Quotes document text for a message, on one line and at most MAX_EXCERPT_CHARS long: a
 * 50,000-character sentence quoted whole by every finding in it made megabytes of messages.
 */
export function q(text: string): string {
  // Trim before normalising, so a huge text costs no more than a short one.
  const raw = text.length > MAX_EXCERPT_CHARS * 4 ? `${text.slice(0, MAX_EXCERPT_CHARS * 2)} ${text.slice(-MAX_EXCERPT_CHARS * 2)}` : text;
  const one = raw.replace(/\s+/g, ' ').trim();
  const short = one.length > MAX_EXCERPT_CHARS || raw !== text ? abridge(one) : one;
  return /["“”]/.test(short) ? `‘${short}’` : `"${short}"`;
}

/** The first three quarters and the last quarter of MAX_EXCERPT_CHARS, never splitting a surrogate pair. */
function abridge(text: string): string {
  const headEnd = safeCut(text, Math.floor(MAX_EXCERPT_CHARS * 0.75) - 2);
  const tailStart = safeCut(text, text.length - (MAX_EXCERPT_CHARS - (Math.floor(MAX_EXCERPT_CHARS * 0.75) - 2) - 3));
  return `${text.slice(0, headEnd).trimEnd()} … ${text.slice(tailStart).trimStart()}`;
}

/** `at`, moved back one when it would fall between the halves of a surrogate pair. */
function safeCut(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff && at > 0 ? at - 1 : at;
}

/** Marks rewrite tokens as explained. Returns false if any was already claimed. */
export function claim(ctx: PairContext, indexes: Iterable<number>): boolean {
  let fresh = true;
  for (const i of indexes) {
    if (ctx.claimed.has(i)) fresh = false;
    ctx.claimed.add(i);
  }
  return fresh;
}

/** The pair's source sentence that holds token `i` of the joined source tokens (`sTok`). */
export function sourceSentenceAt(ctx: PairContext, i: number): Sentence | undefined {
  return sourceSentenceHolding(ctx, i)?.sentence;
}

/** The pair's source sentence that holds token `i` of `sTok`, with the index in `sTok` of its first token. */
export function sourceSentenceHolding(ctx: PairContext, i: number): { sentence: Sentence; first: number } | undefined {
  let first = 0;
  for (const sentence of ctx.sources) {
    if (i < first + sentence.tokens.length) return { sentence, first };
    first += sentence.tokens.length;
  }
  return undefined;
}

/** Indexes of the rewrite tokens lying inside a span. */
export function rewriteTokensIn(ctx: PairContext, span: Span): number[] {
  const out: number[] = [];
  ctx.rTok.forEach((t, i) => {
    if (t.start >= span.start && t.end <= span.end) out.push(i);
  });
  return out;
}

/**
 * The common shape of a finding that replaced source words: "<Label> changed: source says
 * "X", rewrite says "Y"." with the source words as the suggested restoration.
 */
export function replacement(ctx: PairContext, kind: Kind, label: string, rewrite: Span, source: Span): RawFinding {
  const sourceText = textOf(ctx.source, source);
  return {
    kind,
    rewrite,
    source,
    message: `${label} changed: source says ${q(sourceText)}, rewrite says ${q(textOf(ctx.rewrite, rewrite))}.`,
    suggestion: sourceText,
  };
}

/** The hunk (replaced stretch) containing rewrite token i, if any. */
export function hunkOfRewrite(ctx: PairContext, i: number) {
  return ctx.match.hunks.find((h) => h.r.includes(i));
}

export function hunkOfSource(ctx: PairContext, i: number) {
  return ctx.match.hunks.find((h) => h.s.includes(i));
}
