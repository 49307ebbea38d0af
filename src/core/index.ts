// The engine's single entry point. Text in, typed findings out.
export * from './types';
import type { AnalyzeOptions, AnalysisResult } from './types';

export function analyze(source: string, rewrite: string, options: AnalyzeOptions = {}): AnalysisResult {
  // TEMPORARY while the engine is written: returns nothing.
  void source; void rewrite; void options;
  return { findings: [], stats: { sourceSentences: 0, rewriteSentences: 0, alignedPairs: 0, elapsedMs: 0 } };
}
