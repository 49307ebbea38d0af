// runBatch with runners the test controls: output order under out-of-order completion,
// streaming, bounded memory, survival of bad lines, and backpressure.

import * as assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import type { AnalysisResult } from '../../src/core';
import { runBatch } from '../../src/cli/batch';
import { FatalRunnerError, InlineRunner, parseBatchLine, type BatchJob, type JobRunner } from '../../src/cli/batchJob';
import type { Analyzer } from '../../src/cli/runAnalysis';
import { Collector, finding } from './cli-helpers';

/** A runner whose jobs finish only when the test says so. */
class ControlledRunner implements JobRunner {
  readonly jobs: Array<{ job: BatchJob; resolve: (s: string) => void; reject: (e: Error) => void; settled: boolean }> = [];
  inFlight = 0;
  maxInFlight = 0;
  private waiters: Array<{ n: number; resolve: () => void }> = [];

  run(job: BatchJob): Promise<string> {
    return new Promise((resolve, reject) => {
      const entry = {
        job,
        settled: false,
        resolve: (s: string) => {
          entry.settled = true;
          this.inFlight--;
          resolve(s);
        },
        reject: (e: Error) => {
          entry.settled = true;
          this.inFlight--;
          reject(e);
        },
      };
      this.jobs.push(entry);
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      for (const w of this.waiters.filter((w) => this.jobs.length >= w.n)) w.resolve();
      this.waiters = this.waiters.filter((w) => this.jobs.length < w.n);
    });
  }

  /** Resolves once `n` jobs have been handed to the runner. */
  received(n: number): Promise<void> {
    if (this.jobs.length >= n) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ n, resolve }));
  }

  async close(): Promise<void> {}
}

/** Lets every pending promise callback run (one macrotask turn); not a timed sleep. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function pair(id: unknown, source = 'a b', rewrite = 'a c', extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ id, source, rewrite, ...extra });
}

function outputLines(out: Collector): Array<Record<string, unknown>> {
  return out.text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

describe('cli batch', () => {
  it('keeps input order when jobs finish in reverse, streaming each line as soon as it can', async () => {
    const runner = new ControlledRunner();
    const out = new Collector();
    const input = Readable.from([[0, 1, 2, 3, 4].map((i) => pair(`p${i}`)).join('\n') + '\n']);
    const done = runBatch({ input, output: out, runner, window: 10 });
    await runner.received(5);

    // Finish 4, 3, 2: nothing may be written while p0 is outstanding.
    for (const i of [4, 3, 2]) runner.jobs[i].resolve(`[${i}]`);
    await settle();
    assert.equal(out.text, '');

    // p0 done: it goes out at once, p1 still blocks the rest.
    runner.jobs[0].resolve('[0]');
    await settle();
    assert.equal(out.text, '{"id":"p0","findings":[0]}\n');

    runner.jobs[1].resolve('[1]');
    const stats = await done;
    assert.deepEqual(outputLines(out).map((l) => l.id), ['p0', 'p1', 'p2', 'p3', 'p4']);
    assert.deepEqual(outputLines(out).map((l) => l.findings), [[0], [1], [2], [3], [4]]);
    assert.deepEqual(stats, { lines: 5, failed: 0 });
  });

  it('holds at most `window` lines at once, however long the input', async () => {
    const runner = new ControlledRunner();
    const out = new Collector();
    const total = 50;
    const input = Readable.from(Array.from({ length: total }, (_, i) => pair(i) + '\n'));
    const done = runBatch({ input, output: out, runner, window: 4 });

    // Hold job 0 back: the reader must stop after the window fills.
    await runner.received(4);
    await settle();
    assert.equal(runner.jobs.length, 4);
    for (let i = 1; i < 4; i++) runner.jobs[i].resolve('[]');
    await settle();
    assert.equal(runner.jobs.length, 4, 'finished lines waiting for line 0 still count against the window');
    runner.jobs[0].resolve('[]');

    // Then let everything run, finishing jobs as they arrive.
    for (let i = 4; i < total; i++) {
      await runner.received(i + 1);
      runner.jobs[i].resolve('[]');
    }
    await done;
    assert.ok(runner.maxInFlight <= 4, `max in flight ${runner.maxInFlight}`);
    assert.deepEqual(outputLines(out).map((l) => l.id), Array.from({ length: total }, (_, i) => i));
  });

  it('survives bad lines: each gets an error object with its line number, the rest goes on', async () => {
    const lines = [
      pair('ok1'), // 1
      '', // 2: blank, skipped
      '{"id": "broken", "source": ', // 3
      '[1, 2, 3]', // 4
      JSON.stringify({ source: 'a', rewrite: 'b' }), // 5
      JSON.stringify({ id: { nested: true }, source: 'a', rewrite: 'b' }), // 6
      JSON.stringify({ id: 'no-rewrite', source: 'a' }), // 7
      JSON.stringify({ id: 'num-source', source: 42, rewrite: 'b' }), // 8
      JSON.stringify({ id: 'empty', source: 'a', rewrite: '  \n' }), // 9
      pair('bad-format', 'a', 'b', { format: 'html' }), // 10
      '   ', // 11: whitespace only, skipped
      pair('engine-fails', 'boom', 'b'), // 12
      pair(7, 'a', 'b', { format: 'markdown' }), // 13
    ];
    const seen: string[] = [];
    const analyze: Analyzer = (source, rewrite, options) => {
      seen.push(`${source}|${rewrite}|${options?.format}`);
      if (source === 'boom') throw new Error('engine exploded\nwith details');
      return { findings: [], pairs: [], sentences: { source: [], rewrite: [] }, stats: { sourceSentences: 1, rewriteSentences: 1, alignedPairs: 1, elapsedMs: 0 } };
    };
    const out = new Collector();
    const stats = await runBatch({ input: Readable.from([lines.join('\r\n')]), output: out, runner: new InlineRunner(analyze), window: 3 });
    const got = outputLines(out);
    assert.deepEqual(got[0], { id: 'ok1', findings: [] });
    assert.deepEqual(
      got.slice(1, 9).map((l) => [l.id, l.line]),
      [
        [null, 3],
        [null, 4],
        [null, 5],
        [null, 6],
        ['no-rewrite', 7],
        ['num-source', 8],
        ['empty', 9],
        ['bad-format', 10],
      ],
    );
    assert.match(got[1].error as string, /^invalid JSON: /);
    assert.match(got[2].error as string, /expected a JSON object/);
    assert.equal(got[3].error, 'missing "id"');
    assert.equal(got[4].error, '"id" must be a string or a number');
    assert.equal(got[5].error, 'missing "rewrite"');
    assert.equal(got[6].error, '"source" must be a string');
    assert.equal(got[7].error, '"rewrite" is empty');
    assert.equal(got[8].error, '"format" must be "plain" or "markdown"');
    assert.deepEqual(got[9], { id: 'engine-fails', line: 12, error: 'engine exploded with details' });
    assert.deepEqual(got[10], { id: 7, findings: [] });
    assert.equal(got.length, 11);
    for (const l of got) if ('error' in l) assert.deepEqual(Object.keys(l), ['id', 'line', 'error']);
    assert.deepEqual(stats, { lines: 11, failed: 9 });
    assert.deepEqual(seen, ['a b|a c|plain', 'boom|b|plain', 'a|b|markdown']);
  });

  it('reports a job the runner rejects, and continues', async () => {
    const runner = new ControlledRunner();
    const out = new Collector();
    const done = runBatch({ input: Readable.from([`${pair('x')}\n${pair('y')}\n`]), output: out, runner, window: 8 });
    await runner.received(2);
    runner.jobs[0].reject(new Error('worker crashed: out of memory'));
    runner.jobs[1].resolve('[]');
    await done;
    assert.equal(out.text, '{"id":"x","line":1,"error":"worker crashed: out of memory"}\n{"id":"y","findings":[]}\n');
  });

  it('strips a BOM from the first line', async () => {
    const out = new Collector();
    await runBatch({ input: Readable.from(['\uFEFF' + pair('bom') + '\n']), output: out, runner: new InlineRunner(emptyEngine), window: 2 });
    assert.equal(out.text, '{"id":"bom","findings":[]}\n');
  });

  it('gives offsets relative to the inline texts', async () => {
    const source = 'Line one.\r\nThe 😀 mayor resigned.';
    const rewrite = 'Line one.\r\nThe 😀 mayor did not resign.';
    const analyze: Analyzer = () => ({
      findings: [finding({ id: 'neg', kind: 'negation', rewrite: { start: 24, end: 38 }, source: { start: 24, end: 32 } })],
      pairs: [],
      sentences: { source: [], rewrite: [] },
      stats: { sourceSentences: 2, rewriteSentences: 2, alignedPairs: 2, elapsedMs: 0 },
    });
    const out = new Collector();
    await runBatch({ input: Readable.from([pair('o', source, rewrite)]), output: out, runner: new InlineRunner(analyze), window: 2 });
    const [line] = outputLines(out);
    const f = (line.findings as Array<Record<string, unknown>>)[0];
    assert.deepEqual(f.rewrite, { start: 24, end: 38, line: 2, column: 14, text: 'did not resign' });
    assert.deepEqual(f.source, { start: 24, end: 32, line: 2, column: 14, text: 'resigned' });
    assert.deepEqual(Object.keys(f), ['id', 'kind', 'severity', 'message', 'rewrite', 'source', 'suggestion']);
  });

  it('aborts when the runner cannot run anything', async () => {
    const runner = new ControlledRunner();
    const done = runBatch({ input: Readable.from([`${pair(1)}\n${pair(2)}\n`]), output: new Collector(), runner, window: 8 });
    await runner.received(2);
    runner.jobs[0].reject(new FatalRunnerError('batch worker failed to start: missing module'));
    runner.jobs[1].reject(new FatalRunnerError('batch worker failed to start: missing module'));
    await assert.rejects(done, /batch worker failed to start/);
  });

  it('waits for a slow output stream to drain, keeping every line', async () => {
    let written = '';
    let maxBuffered = 0;
    const slow = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _enc, callback) {
        written += chunk.toString();
        setImmediate(callback); // A consumer slower than the producer.
      },
    });
    const total = 300;
    const input = Readable.from(Array.from({ length: total }, (_, i) => pair(i) + '\n'));
    const runner = new InlineRunner(emptyEngine);
    const originalWrite = slow.write.bind(slow);
    slow.write = ((chunk: string) => {
      maxBuffered = Math.max(maxBuffered, slow.writableLength);
      return originalWrite(chunk);
    }) as typeof slow.write;
    await runBatch({ input, output: slow, runner, window: 8 });
    await new Promise<void>((resolve) => slow.end(resolve));
    assert.equal(written.split('\n').filter(Boolean).length, total);
    assert.ok(maxBuffered < 64 + 8 * 40, `buffered ${maxBuffered} bytes`);
  });

  it('handles 2,000 lines in order', async () => {
    const total = 2000;
    const input = Readable.from(Array.from({ length: total }, (_, i) => (i % 100 === 99 ? 'not json\n' : pair(`id-${i}`) + '\n')));
    const out = new Collector();
    const stats = await runBatch({ input, output: out, runner: new InlineRunner(emptyEngine), window: 16 });
    const got = outputLines(out);
    assert.equal(got.length, total);
    got.forEach((l, i) => {
      if (i % 100 === 99) assert.deepEqual([l.id, l.line], [null, i + 1]);
      else assert.equal(l.id, `id-${i}`);
    });
    assert.deepEqual(stats, { lines: total, failed: 20 });
  });

  it('parses lines without throwing, whatever they hold', () => {
    for (const line of ['null', '1', '"s"', 'true', '{}', '{"id":null}', '\u0000']) {
      assert.equal(parseBatchLine(line).kind, 'error', line);
    }
  });
});

function emptyEngine(): AnalysisResult {
  return { findings: [], pairs: [], sentences: { source: [], rewrite: [] }, stats: { sourceSentences: 0, rewriteSentences: 0, alignedPairs: 0, elapsedMs: 0 } };
}
