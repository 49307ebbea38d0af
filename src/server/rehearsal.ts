// A rehearsal of the edits to come, run once by the analysis thread (checkWorker.ts) after the
// first check of a long draft, while the user reads its findings: a few re-checks of the draft
// with one word changed, each followed by a re-check of the draft itself, results discarded.
// Why: the first real edits after opening ran the engine before V8 had optimised the code an
// incremental re-check runs (the language server sets a high interrupt budget, see
// v8Tiering.ts), at up to twice the time of later edits. The rehearsal gets that over with
// before the user types. It stops as soon as a real request arrives (isCancelled), and leaves
// the draft's cache as a re-check of the draft itself leaves it: the engine's incremental
// analysis gives exactly a full analysis's result whatever the cache holds.
import { analyze, type PreparationCache } from '../core';
import type { AcceptedChange, TextFormat } from '../core/types';

/** Drafts shorter than this (about 3,000 words) are re-checked fast enough without a rehearsal. */
export const REHEARSAL_MIN_CHARS = 20_000;
/** Edited re-checks in a rehearsal (each followed by a re-check of the draft as it is). */
export const REHEARSAL_EDITS = 6;

export interface RehearsalInput {
  readonly source: string;
  readonly draft: string;
  readonly format: TextFormat;
  readonly accepted: readonly AcceptedChange[];
}

/** Runs the rehearsal; returns how many edited re-checks completed. Never throws: it is only practice. */
export function rehearse(input: RehearsalInput, cache: PreparationCache, isCancelled: () => boolean, edits = REHEARSAL_EDITS): number {
  const { source, draft, format, accepted } = input;
  const options = { format, cache, accepted, isCancelled };
  let done = 0;
  try {
    for (let i = 0; i < edits && !isCancelled(); i++) {
      // A different word each time, from a third of the way in: it gets one more letter.
      const at = draft.indexOf(' ', Math.floor(draft.length * (0.3 + (0.4 * i) / edits)));
      if (at < 0) break;
      analyze(source, `${draft.slice(0, at)}s${draft.slice(at)}`, options);
      analyze(source, draft, options);
      done++;
    }
  } catch {
    // Cancelled by a request, or anything else: nothing depends on a rehearsal.
  }
  return done;
}
