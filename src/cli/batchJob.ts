// What one line of a batch file means: parsing it into a job, running the engine on it, and
// the output line for it. Pure and synchronous, so the worker, the in-thread runner and the
// tests all share exactly this code.

import type { TextFormat } from '../core';
import { oneLine } from './errors';
import { IndexedText, toJsonFinding } from './findingJson';
import { runAnalysis, type Analyzer } from './runAnalysis';

export type BatchId = string | number;

export interface BatchJob {
  readonly source: string;
  readonly rewrite: string;
  readonly format: TextFormat;
}

export type ParsedLine =
  | { readonly kind: 'job'; readonly id: BatchId; readonly job: BatchJob }
  | { readonly kind: 'error'; readonly id: BatchId | null; readonly message: string };

/** Runs jobs somewhere (worker threads, or this thread) and yields each job's findings JSON. */
export interface JobRunner {
  /** Resolves to the JSON text of the findings array; rejects with the reason the job failed. */
  run(job: BatchJob): Promise<string>;
  close(): Promise<void>;
}

/** Raised by a runner that cannot run anything at all (e.g. workers fail to start): abort. */
export class FatalRunnerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FatalRunnerError';
  }
}

/** Parses one non-blank input line `{"id","source","rewrite"[,"format"]}`. Never throws. */
export function parseBatchLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { kind: 'error', id: null, message: `invalid JSON: ${oneLine(err)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'error', id: null, message: 'expected a JSON object with "id", "source" and "rewrite"' };
  }
  const record = value as Record<string, unknown>;

  // The id is echoed back even when the rest of the line is wrong, so the caller can match the
  // error to their record.
  const rawId = record.id;
  const idValid = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId));
  const id = idValid ? (rawId as BatchId) : null;
  const fail = (message: string): ParsedLine => ({ kind: 'error', id, message });

  if (rawId === undefined) return fail('missing "id"');
  if (!idValid) return fail('"id" must be a string or a number');

  for (const field of ['source', 'rewrite'] as const) {
    const text = record[field];
    if (text === undefined) return fail(`missing "${field}"`);
    if (typeof text !== 'string') return fail(`"${field}" must be a string`);
    // Same rule as for files: there is nothing to compare in an empty text.
    if (text.trim() === '') return fail(`"${field}" is empty`);
  }

  const format = record.format ?? 'plain';
  if (format !== 'plain' && format !== 'markdown') return fail('"format" must be "plain" or "markdown"');

  return {
    kind: 'job',
    id: rawId as BatchId,
    job: { source: record.source as string, rewrite: record.rewrite as string, format },
  };
}

/**
 * Runs the engine on one job and returns the findings array as JSON text. Serialising here
 * (in the worker) keeps the main thread to string concatenation, and a string is the cheapest
 * thing to send between threads.
 */
export function analyzeJob(job: BatchJob, analyzer: Analyzer = runAnalysis): string {
  const result = analyzer(job.source, job.rewrite, { format: job.format });
  const rewrite = new IndexedText(job.rewrite);
  const source = new IndexedText(job.source);
  return JSON.stringify(result.findings.map((f) => toJsonFinding(f, rewrite, source)));
}

export function resultLine(id: BatchId, findingsJson: string): string {
  return `{"id":${JSON.stringify(id)},"findings":${findingsJson}}`;
}

/** `line` is the 1-based physical line in the input, counting blank lines, as editors show it. */
export function errorLine(id: BatchId | null, line: number, message: string): string {
  return JSON.stringify({ id, line, error: message });
}

/** Runs jobs in this thread. Used by tests, and usable where workers are unavailable. */
export class InlineRunner implements JobRunner {
  constructor(private readonly analyzer: Analyzer = runAnalysis) {}

  async run(job: BatchJob): Promise<string> {
    return analyzeJob(job, this.analyzer);
  }

  async close(): Promise<void> {}
}
