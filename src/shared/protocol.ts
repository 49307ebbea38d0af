// Messages between the VS Code extension (client) and the Faithful language server, beyond
// standard LSP. Other LSP editors need none of these: the server then finds pairings itself
// from front matter and faithful.json (see server/pairingFromDisk.ts).
import type { ComparisonModel } from '../comparison/model';
import type { AcceptedChange, Kind } from '../core/types';

/** Pairs a draft with a source (text sent inline, so unsaved, clipboard and git sources work), or unpairs it. */
export const PAIR_NOTIFICATION = 'faithful/pair';
export interface PairParams {
  readonly draftUri: string;
  readonly source: {
    readonly uri: string;
    /** What the status bar and messages call it: "source.txt", "Clipboard", "HEAD". */
    readonly label: string;
    readonly text: string;
  } | null;
  readonly accepted: readonly AcceptedChange[];
}

/** Settings the server applies to every draft. */
export const SETTINGS_NOTIFICATION = 'faithful/settings';
export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';
export interface SettingsParams {
  readonly severity: Partial<Record<Kind, SeveritySetting>>;
  readonly debounceMs: number;
  /** The time budget of one check, in seconds; absent means the engine's default (60). */
  readonly timeoutSeconds?: number;
}

/** Sent by the server after each check, for the status bar: what was published, by the user's severities. */
export const COUNTS_NOTIFICATION = 'faithful/counts';
export interface CountsParams {
  readonly draftUri: string;
  readonly sourceLabel: string;
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly hint: number;
  readonly elapsedMs: number;
  /** Set when the check could not run (input too large, time budget). */
  readonly problem: string | null;
}

/** Asks the server for a draft's aligned comparison (src/comparison/model.ts), built from its last check. */
export const COMPARISON_REQUEST = 'faithful/comparison';
export interface ComparisonParams {
  readonly draftUri: string;
  /** What the page calls the draft (a workspace-relative path). */
  readonly draftLabel: string;
}
/** The model, or `problem` when the draft is not paired or could not be checked. */
export type ComparisonResponse = { readonly model: ComparisonModel; readonly problem: null } | { readonly model: null; readonly problem: string };

/**
 * A Faithful diagnostic's `data`: the id of the finding it reports (Finding.id; an omitted
 * passage's first finding). The server keeps what hovers and quick fixes need (FindingData) for
 * the diagnostics it last published and finds it by this id, or, when an editor sends a
 * diagnostic back without its `data`, by range, code and message. (The whole FindingData used to
 * travel in every diagnostic: half of each message, read by nobody but the server.)
 */
export type DiagnosticData = string;

/** What the server knows of a published diagnostic's finding, for its hover and quick fixes (not sent to the editor). */
export interface FindingData {
  readonly findingId: string;
  readonly kind: Kind;
  readonly suggestion: string | null;
  readonly rewriteText: string | null;
  readonly sourceText: string | null;
  readonly sourceUri: string;
  /** The aligned source sentence(s), for the hover and "Show source side by side". */
  readonly sourceSentence: { readonly start: number; readonly end: number } | null;
  /** The draft sentence the finding sits in, for the hover. */
  readonly rewriteSentence: { readonly start: number; readonly end: number } | null;
  /** Offsets of the finding's own words on each side, for marking them in the hover. */
  readonly rewriteSpan: { readonly start: number; readonly end: number } | null;
  readonly sourceSpan: { readonly start: number; readonly end: number } | null;
  /** Further findings this diagnostic stands for (the other sentences of an omitted passage). */
  readonly alsoAccepts?: readonly AcceptedChange[];
}

export const COMMANDS = {
  compareWithSource: 'faithful.compareWithSource',
  compareWithGitHead: 'faithful.compareWithGitHead',
  stopComparing: 'faithful.stopComparing',
  nextChange: 'faithful.nextChange',
  previousChange: 'faithful.previousChange',
  acceptChange: 'faithful.acceptChange',
  showSource: 'faithful.showSource',
  statusMenu: 'faithful.statusMenu',
  undoAccept: 'faithful.undoAccept',
  showOutput: 'faithful.showOutput',
  openExample: 'faithful.openExample',
  openComparison: 'faithful.openComparison',
  exportComparison: 'faithful.exportComparison',
  showAcceptedChanges: 'faithful.showAcceptedChanges',
} as const;

/** Arguments of Open Comparison from a finding's code action: that finding's row is selected. */
export interface OpenComparisonArgs {
  readonly draftUri: string;
  readonly findingId: string;
}

export interface AcceptArgs {
  readonly draftUri: string;
  readonly change: AcceptedChange;
  /** Accepted together with `change` (every sentence of an omitted passage). */
  readonly more?: readonly AcceptedChange[];
  /** What the confirmation calls it: "tense change 'will randomly compromise'". */
  readonly label?: string;
}

export interface ShowSourceArgs {
  readonly sourceUri: string;
  /** The draft the request comes from, so its pairing can clear the highlight later. */
  readonly draftUri?: string;
  readonly start: number;
  readonly end: number;
}

