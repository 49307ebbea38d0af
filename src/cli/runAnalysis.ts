// The one place outside src/core that calls the engine. The CLI, the batch worker and (later)
// the language server all go through here, so options such as how a file's format is chosen
// stay identical everywhere.

import { analyze } from '../core';
import type { AcceptedChange, AnalysisResult, TextFormat } from '../core';

export interface RunOptions {
  readonly format?: TextFormat;
  /** Changes accepted on purpose (faithful.json), left out of the result. */
  readonly accepted?: readonly AcceptedChange[];
  /** Stop with AnalysisLimitError after this many milliseconds; undefined means the engine's default. */
  readonly timeBudgetMs?: number;
}

export type Analyzer = (source: string, rewrite: string, options?: RunOptions) => AnalysisResult;

export const runAnalysis: Analyzer = (source, rewrite, options = {}) =>
  analyze(source, rewrite, {
    format: options.format ?? 'plain',
    accepted: options.accepted ?? [],
    ...(options.timeBudgetMs !== undefined ? { timeBudgetMs: options.timeBudgetMs } : {}),
  });

const MARKDOWN_EXTENSION = /\.(md|markdown)$/i;

/**
 * Markdown when either file is Markdown: the engine reads both texts the same way, and ignoring
 * Markdown syntax in a plain file is harmless while reading `**` and `#` as words is not.
 */
export function textFormatForPaths(...paths: readonly string[]): TextFormat {
  return paths.some((p) => MARKDOWN_EXTENSION.test(p)) ? 'markdown' : 'plain';
}
