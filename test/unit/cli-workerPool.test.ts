// The worker pool with stand-in worker scripts (to make workers crash on cue) and with the real
// bundled batch worker.

import * as assert from 'node:assert/strict';
import { FatalRunnerError, type BatchJob } from '../../src/cli/batchJob';
import { CliError } from '../../src/cli/errors';
import { WorkerPool } from '../../src/cli/workerPool';
import { buildCli, tempDir } from './cli-helpers';

/** Speaks the pool's protocol; the job's source says how to misbehave. */
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ seq, job }) => {
  if (job.source === 'throw') throw new Error('uncaught in worker');
  if (job.source === 'exit') process.exit(3);
  if (job.source === 'fail') return parentPort.postMessage({ type: 'error', seq, error: 'job failed' });
  parentPort.postMessage({ type: 'result', seq, findings: JSON.stringify([job.rewrite, require('node:worker_threads').threadId]) });
});
parentPort.postMessage({ type: 'ready' });
`;

const job = (source: string, rewrite = 'r'): BatchJob => ({ source, rewrite, format: 'plain' });

describe('cli workerPool', () => {
  let tmp: ReturnType<typeof tempDir>;
  before(() => (tmp = tempDir()));
  after(() => tmp.cleanup());

  it('runs jobs on several workers and returns each its own result', async () => {
    const pool = new WorkerPool(tmp.file('ok-worker.js', FAKE_WORKER), 3);
    try {
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => pool.run(job('x', `r${i}`))));
      const parsed = results.map((r) => JSON.parse(r) as [string, number]);
      assert.deepEqual(parsed.map((p) => p[0]), Array.from({ length: 12 }, (_, i) => `r${i}`));
      const threads = new Set(parsed.map((p) => p[1]));
      assert.ok(threads.size >= 1 && threads.size <= 3, `used ${threads.size} workers`);
    } finally {
      await pool.close();
    }
  });

  it('fails only the job that crashed or killed its worker, and replaces the worker', async () => {
    const pool = new WorkerPool(tmp.file('flaky-worker.js', FAKE_WORKER), 2);
    try {
      const outcomes = await Promise.allSettled([
        pool.run(job('x', 'a')),
        pool.run(job('throw')),
        pool.run(job('x', 'b')),
        pool.run(job('exit')),
        pool.run(job('fail')),
        pool.run(job('x', 'c')),
      ]);
      const summary = outcomes.map((o) => (o.status === 'fulfilled' ? JSON.parse(o.value)[0] : (o.reason as Error).message));
      assert.deepEqual(summary, ['a', 'worker crashed: uncaught in worker', 'b', 'worker exited with code 3', 'job failed', 'c']);
      // The pool still works afterwards.
      assert.equal(JSON.parse(await pool.run(job('x', 'after')))[0], 'after');
    } finally {
      await pool.close();
    }
  });

  it('posts a worker its next job while it runs one', async () => {
    // The first job is answered only once the second has reached the worker: with one job a
    // worker at a time this would never end.
    const holding = `
const { parentPort } = require('node:worker_threads');
let first = null;
parentPort.on('message', ({ seq, job }) => {
  if (first === null) { first = seq; return; }
  parentPort.postMessage({ type: 'result', seq: first, findings: JSON.stringify(['held', job.rewrite]) });
  parentPort.postMessage({ type: 'result', seq, findings: JSON.stringify(['next', job.rewrite]) });
  first = null;
});
parentPort.postMessage({ type: 'ready' });
`;
    const pool = new WorkerPool(tmp.file('holding-worker.js', holding), 1);
    try {
      const results = await Promise.all([pool.run(job('x', 'a')), pool.run(job('x', 'b'))]);
      assert.deepEqual(results.map((r) => JSON.parse(r)), [['held', 'b'], ['next', 'b']]);
    } finally {
      await pool.close();
    }
  });

  it('gives the jobs a dead worker held after the one it ran to another worker', async () => {
    const pool = new WorkerPool(tmp.file('flaky-worker-1.js', FAKE_WORKER), 1);
    try {
      const outcomes = await Promise.allSettled([pool.run(job('x', 'a')), pool.run(job('throw')), pool.run(job('x', 'b')), pool.run(job('exit')), pool.run(job('x', 'c'))]);
      const summary = outcomes.map((o) => (o.status === 'fulfilled' ? JSON.parse(o.value)[0] : (o.reason as Error).message));
      assert.deepEqual(summary, ['a', 'worker crashed: uncaught in worker', 'b', 'worker exited with code 3', 'c']);
    } finally {
      await pool.close();
    }
  });

  it('fails fast when workers cannot start', async () => {
    const pool = new WorkerPool(tmp.file('broken-worker.js', "require('no-such-module-anywhere');"), 2);
    try {
      const outcomes = await Promise.allSettled([pool.run(job('a')), pool.run(job('b')), pool.run(job('c'))]);
      for (const o of outcomes) {
        assert.equal(o.status, 'rejected');
        assert.ok((o as PromiseRejectedResult).reason instanceof FatalRunnerError);
        assert.match((o as PromiseRejectedResult).reason.message, /batch worker failed to start: .*no-such-module-anywhere/);
      }
      await assert.rejects(pool.run(job('d')), FatalRunnerError);
    } finally {
      await pool.close();
    }
  });

  it('refuses a missing worker file with a usage-level error', () => {
    assert.throws(() => new WorkerPool(`${tmp.dir}/missing.js`, 1), (err: unknown) => err instanceof CliError && /batch worker not found/.test(err.message));
  });

  it('refuses a number of jobs a worker that is not a positive integer', () => {
    const file = tmp.file('ok-worker-2.js', FAKE_WORKER);
    assert.throws(() => new WorkerPool(file, 1, 0), RangeError);
    assert.throws(() => new WorkerPool(file, 1, 1.5), RangeError);
  });

  it('runs the real bundled batch worker', async function () {
    this.timeout(120_000); // Bundling plus loading the NLP model.
    const { worker } = await buildCli();
    const pool = new WorkerPool(worker, 2);
    try {
      const findings = JSON.parse(await pool.run(job('The council approved the plan on Monday.', 'The council rejected the plan on Monday.')));
      assert.ok(Array.isArray(findings));
      for (const f of findings) assert.deepEqual(Object.keys(f), ['id', 'kind', 'severity', 'message', 'rewrite', 'source', 'suggestion']);
    } finally {
      await pool.close();
    }
  });
});
