// The engine on the language server's main thread (bundled to dist/inlineCheck.js, loaded on the
// first check that runs there; see checker.ts). A server started for a draft that is opened at
// once (Neovim, Helix, the bench) used to wait for its analysis thread to boot a whole Node
// environment and load the engine before the draft's first check could start, while this thread
// sat idle; now a short draft's first check runs here, and the analysis thread starts after it,
// for the checks that follow (which a newer edit can cancel: one here cannot).
import { analyze, AnalysisLimitError } from '../core';
import { useSharedDataFiles, type SharedDataFiles } from '../shared/sharedDataFiles';
import type { CheckOutcome } from './checkProtocol';
import type { CheckInput } from './checker';

let dataGiven = false;

/**
 * Checks a draft on this thread. `data`: the files this thread has read for the analysis thread,
 * read completely by now (this thread must not wait for its own reads, whose ends it signals);
 * with `only`, just those of them, and the engine reads the others itself.
 */
export function checkInline(input: CheckInput, data: SharedDataFiles | undefined, only?: readonly string[]): CheckOutcome {
  if (data && !dataGiven) {
    dataGiven = true;
    useSharedDataFiles(data, 0, only);
  }
  try {
    const result = analyze(input.source, input.draft, {
      format: input.format,
      accepted: input.accepted,
      ...(input.timeBudgetMs !== undefined ? { timeBudgetMs: input.timeBudgetMs } : {}),
    });
    return { type: 'result', result };
  } catch (e) {
    return { type: 'error', message: (e as Error).message, limit: e instanceof AnalysisLimitError };
  }
}
