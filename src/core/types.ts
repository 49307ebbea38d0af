import type { PreparationCache } from './document';

// The engine's public vocabulary. Every consumer (CLI, language server, extension, tests)
// speaks in these types, so they stay small and free of any editor API.

/** Every kind of change the engine reports. The order here is the order rules are documented in. */
export const KINDS = [
  'number',
  'date',
  'entity',
  'role',
  'negation',
  'tense',
  'modality',
  'quantifier',
  'quote',
  'attribution',
  'roles-swapped',
  'wording',
  'unsupported',
  'omitted',
  'added-detail',
  'unrelated',
  'language',
] as const;

export type Kind = (typeof KINDS)[number];

export type Severity = 'error' | 'warning' | 'info';

/** Default severity of each kind: facts are errors, softer signals are warnings, wording is info. */
export const DEFAULT_SEVERITY: Readonly<Record<Kind, Severity>> = {
  number: 'error',
  date: 'error',
  entity: 'error',
  role: 'warning',
  negation: 'error',
  tense: 'error',
  modality: 'error',
  quantifier: 'error',
  quote: 'error',
  attribution: 'warning',
  'roles-swapped': 'error',
  wording: 'info',
  unsupported: 'error',
  omitted: 'warning',
  'added-detail': 'warning',
  unrelated: 'error',
  language: 'warning',
};

/** A half-open range of UTF-16 code units into the original text (the unit VS Code uses). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Finding {
  /** Stable across runs for the same finding: derived from kind and the texts of both sides. */
  readonly id: string;
  readonly kind: Kind;
  readonly severity: Severity;
  readonly message: string;
  /** Where the change shows in the rewrite; null for an omitted source claim. */
  readonly rewrite: Span | null;
  /** The source wording the finding compares against; null for an unsupported rewrite sentence. */
  readonly source: Span | null;
  /** Text that would restore the source's meaning at `rewrite`, or null when none applies. */
  readonly suggestion: string | null;
}

export type TextFormat = 'plain' | 'markdown';

export interface AnalyzeOptions {
  /** How to read both texts; Markdown syntax and YAML front matter are ignored. Default: plain. */
  readonly format?: TextFormat;
  /** Stop with AnalysisLimitError after this many milliseconds. Default 60 000. */
  readonly timeBudgetMs?: number;
  /** Refuse texts longer than this many UTF-16 code units (each side). Default 8 000 000. */
  readonly maxChars?: number;
  /**
   * Keep tokenised paragraphs between calls (an editor re-checking a draft as it is typed):
   * pass the same cache each time and only edited paragraphs are processed again.
   */
  readonly cache?: PreparationCache;
  /** Findings accepted by the user; they are left out of the result while both sides read the same. */
  readonly accepted?: readonly AcceptedChange[];
  /**
   * Asked between steps (every few dozen sentences); when it returns true the analysis stops
   * with AnalysisCancelledError. An editor uses it to drop a check a newer edit made stale.
   */
  readonly isCancelled?: () => boolean;
}

/** A change the user accepted on purpose; it stays accepted while both sides read the same. */
export interface AcceptedChange {
  readonly kind: Kind;
  readonly rewriteText: string | null;
  readonly sourceText: string | null;
}

/** One rewrite sentence and the source sentence(s) it was paired with. */
export interface SentencePair {
  readonly rewrite: Span;
  readonly sources: readonly Span[];
}

/** A source sentence, and whether some rewrite sentence carries its content. */
export interface SourceSentence extends Span {
  /** False for a sentence no rewrite sentence carries (reported as `omitted` when long enough). */
  readonly carried: boolean;
}

export interface AnalysisResult {
  readonly findings: Finding[];
  /** Every aligned pair, in rewrite order: for "show the source side by side" and anchoring omissions. */
  readonly pairs: readonly SentencePair[];
  /**
   * Every sentence of both texts in text order, paired or not: with `pairs`, the whole
   * alignment, which the side-by-side comparison shows row by row.
   */
  readonly sentences: {
    readonly source: readonly SourceSentence[];
    readonly rewrite: readonly Span[];
  };
  /** How many sentences each side had and how they were paired, for reports and debugging. */
  readonly stats: {
    readonly sourceSentences: number;
    readonly rewriteSentences: number;
    readonly alignedPairs: number;
    readonly elapsedMs: number;
  };
}

/** Thrown when an input is too large or the time budget runs out; the message says which. */
export class AnalysisLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisLimitError';
  }
}

/** Thrown when AnalyzeOptions.isCancelled said to stop: nobody wants this result any more. */
export class AnalysisCancelledError extends Error {
  constructor() {
    super('Analysis cancelled');
    this.name = 'AnalysisCancelledError';
  }
}
