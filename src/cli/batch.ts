// `faithful batch`: streams JSON Lines in, runs each pair on the job runner (a worker pool in
// the CLI), and streams results out in input order.
//
// Memory stays bounded however long the input is: at most `window` lines are in flight or
// finished-but-waiting for an earlier line, reading pauses while that window is full or while
// the output stream is backed up, and each result is written and dropped as soon as every
// line before it has been written.

import * as readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { FatalRunnerError, errorLine, parseBatchLine, resultLine, type JobRunner } from './batchJob';
import { oneLine } from './errors';
import { Progress } from './progress';

export interface BatchOptions {
  readonly input: Readable;
  readonly output: Writable;
  readonly runner: JobRunner;
  /** Most lines held at once (running, or done and waiting for an earlier line). */
  readonly window: number;
  readonly progress?: Progress;
}

export interface BatchStats {
  /** Non-blank lines processed. */
  readonly lines: number;
  /** Lines answered with an error object. */
  readonly failed: number;
}

interface Pending {
  /** The output line once known; null while the job runs. */
  text: string | null;
  failed: boolean;
}

export async function runBatch(options: BatchOptions): Promise<BatchStats> {
  const { input, output, runner, progress } = options;
  const window = Math.max(1, options.window);
  const pending: Pending[] = [];
  let written = 0;
  let failed = 0;
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;

  /** Writes every finished line at the head of the queue; keeps input order. */
  const flush = (): void => {
    while (pending.length > 0 && pending[0].text !== null) {
      const done = pending.shift()!;
      output.write(done.text + '\n');
      written++;
      if (done.failed) failed++;
    }
    progress?.update(written, failed);
    const w = wake;
    wake = null;
    w?.();
  };

  /** Resolves at the next completion, so the reader can re-check whether it may go on. */
  const nextCompletion = (): Promise<void> => new Promise((resolve) => (wake = resolve));

  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const raw of lines) {
      lineNo++;
      // A UTF-8 BOM, as some editors write, would make the first line invalid JSON.
      const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') continue;

      const slot: Pending = { text: null, failed: false };
      pending.push(slot);
      const parsed = parseBatchLine(line);
      if (parsed.kind === 'error') {
        slot.text = errorLine(parsed.id, lineNo, parsed.message);
        slot.failed = true;
        flush();
      } else {
        const { id } = parsed;
        const at = lineNo;
        runner.run(parsed.job).then(
          (findings) => {
            slot.text = resultLine(id, findings);
            flush();
          },
          (err: unknown) => {
            if (err instanceof FatalRunnerError) fatal ??= err;
            slot.text = errorLine(id, at, oneLine(err));
            slot.failed = true;
            flush();
          },
        );
      }

      while (!fatal && pending.length >= window) await nextCompletion();
      if (fatal) throw fatal;
      if (output.writableNeedDrain) await waitForDrain(output);
    }
    while (!fatal && pending.length > 0) await nextCompletion();
    if (fatal) throw fatal;
  } finally {
    lines.close();
    progress?.finish();
  }
  return { lines: written, failed };
}

function waitForDrain(output: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('close', done);
      output.off('error', done);
      resolve();
    };
    output.on('drain', done);
    // A closed or failed stream never drains; do not hang on it (main.ts handles the error).
    output.on('close', done);
    output.on('error', done);
  });
}
