// Messages between the language server's main thread (checker.ts) and its analysis worker
// (checkWorker.ts). The worker keeps one PreparationCache per draft, so only the texts travel.
import type { AcceptedChange, AnalysisResult, TextFormat } from '../core/types';
import type { SharedDataFiles } from '../shared/sharedDataFiles';
import type { PackedResult } from './resultCodec';

export interface CheckRequest {
  readonly type: 'check';
  /** Increases with every request; the cancel flag names the ticket to abandon. */
  readonly ticket: number;
  readonly draftUri: string;
  /**
   * null: the source of this draft's last request, unchanged. An editor's re-checks all read the
   * same source, and posting its text again at every keystroke cost the main thread a copy of it.
   */
  readonly source: string | null;
  readonly draft: string;
  readonly format: TextFormat;
  readonly accepted: readonly AcceptedChange[];
  /** The time budget in milliseconds; absent means the engine's default. */
  readonly timeBudgetMs?: number;
}

/** The draft is no longer paired: drop its cache. */
export interface ForgetRequest {
  readonly type: 'forget';
  readonly draftUri: string;
}

/**
 * The server is shutting down: write the compile cache now if the first check has not yet (see
 * checkWorker.ts), then answer 'flushed'. Without it a server stopped right after its first
 * check (terminated mid-write) left no cache, and every start compiled the engine again.
 */
export interface FlushRequest {
  readonly type: 'flush';
}

export type WorkerRequest = CheckRequest | ForgetRequest | FlushRequest;

export type CheckOutcome =
  | { readonly type: 'result'; readonly result: AnalysisResult }
  | { readonly type: 'cancelled' }
  /** `limit`: the text is too long or the check too slow (say so plainly); otherwise an engine bug. */
  | { readonly type: 'error'; readonly message: string; readonly limit: boolean };

/** A result as the worker posts it (resultCodec.ts); the checker unpacks it into a 'result'. */
export interface PackedOutcome {
  readonly type: 'packed';
  readonly packed: PackedResult;
}

export type WorkerResponse = ((CheckOutcome | PackedOutcome) & { readonly ticket: number }) | { readonly type: 'ready' } | { readonly type: 'flushed' };

/**
 * workerData: a two-slot Int32Array over this buffer holds the ticket to cancel, and how many
 * requests the main thread has posted (a rehearsal stops when that grows).
 */
export interface CheckWorkerData {
  readonly cancel: SharedArrayBuffer;
  /** The engine's data files, read by the main thread (absent: the worker reads them itself). */
  readonly data?: SharedDataFiles;
  /** Those of `data` the worker takes (absent: all); it reads the others itself, a page at a time. */
  readonly only?: readonly string[];
}
