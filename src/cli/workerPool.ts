// A fixed-size pool of worker threads running batch jobs, so a batch uses every core while the
// main thread only reads input and writes output.
//
// Workers are started lazily (a 3-line file does not pay for 64 engine loads) and replaced if
// one dies: a job that crashes or kills its worker fails alone, and the batch goes on. If a
// worker cannot even start, nothing would ever succeed, so the pool fails fast instead of
// producing one error line per input line.

import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { startWorker } from '../shared/compileCacheThreads';
import { readDataFilesShared, type SharedDataFiles } from '../shared/sharedDataFiles';
import { FatalRunnerError, type BatchJob, type JobRunner } from './batchJob';
import { CliError, oneLine } from './errors';
import type { BatchWorkerData, WorkerRequest, WorkerResponse } from './workerProtocol';

interface Task {
  readonly seq: number;
  readonly job: BatchJob;
  readonly resolve: (findings: string) => void;
  readonly reject: (err: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  task: Task | null;
  ready: boolean;
  /** Set once the slot's task was settled by an 'error' event, before 'exit' arrives. */
  dead: boolean;
}

export class WorkerPool implements JobRunner {
  private readonly slots = new Set<Slot>();
  private readonly idle: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextSeq = 0;
  private closing = false;
  private broken: FatalRunnerError | null = null;
  /**
   * The engine's data files, read once for all workers (shared/sharedDataFiles.ts): each worker
   * would otherwise read its own 17 MB copy. Read when the first worker starts, while it boots.
   */
  private data: SharedDataFiles | undefined;

  constructor(
    private readonly workerPath: string,
    private readonly size: number,
  ) {
    if (!fs.existsSync(workerPath)) {
      throw new CliError(`batch worker not found at ${workerPath} (run 'npm run build')`);
    }
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size must be a positive integer, got ${size}`);
  }

  run(job: BatchJob): Promise<string> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closing) return Promise.reject(new Error('worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.nextSeq++, job, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const workers = [...this.slots].map((s) => s.worker);
    await Promise.all(workers.map((w) => w.terminate()));
  }

  /**
   * Hands queued tasks to idle workers, starting new ones up to the pool size. A worker gets
   * its first task only after it said 'ready': an error before that is then surely a failure to
   * start, whatever order the 'error' and 'message' events arrive in.
   */
  private pump(): void {
    while (this.queue.length > 0 && !this.closing && !this.broken) {
      const slot = this.idle.pop();
      if (!slot) {
        let starting = 0;
        for (const s of this.slots) if (!s.ready) starting++;
        if (this.slots.size < this.size && starting < this.queue.length) {
          this.spawn();
          continue;
        }
        return;
      }
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.postMessage({ seq: task.seq, job: task.job } satisfies WorkerRequest);
    }
  }

  private spawn(): Slot {
    this.data ??= readDataFilesShared();
    const options = { workerData: { data: this.data } satisfies BatchWorkerData };
    // Started by bin/faithful.js on a Node without a compile cache of its own, this process
    // compiles its bundles with compileCache.ts: the workers do the same (as the language
    // server's analysis thread does), instead of compiling the engine afresh in every batch.
    const worker = startWorker(this.workerPath, options);
    const slot: Slot = { worker, task: null, ready: false, dead: false };
    this.slots.add(slot);

    worker.on('message', (message: WorkerResponse) => {
      if (message.type === 'ready') {
        slot.ready = true;
        this.idle.push(slot);
        this.pump();
        return;
      }
      const task = slot.task;
      if (!task || task.seq !== message.seq) return; // Stale reply; cannot happen with one task a worker.
      slot.task = null;
      if (message.type === 'result') task.resolve(message.findings);
      else task.reject(new Error(message.error));
      this.idle.push(slot);
      this.pump();
    });

    // An uncaught exception in the worker: it is about to exit. 'exit' always follows.
    worker.on('error', (err) => {
      slot.dead = true;
      if (!slot.ready) {
        this.breakPool(`batch worker failed to start: ${oneLine(err)}`);
        return;
      }
      this.failTask(slot, `worker crashed: ${oneLine(err)}`);
    });

    worker.on('exit', (code) => {
      this.slots.delete(slot);
      const i = this.idle.indexOf(slot);
      if (i >= 0) this.idle.splice(i, 1);
      if (this.closing) return;
      if (!slot.ready && !slot.dead) {
        this.breakPool(`batch worker exited with code ${code} before it was ready`);
        return;
      }
      this.failTask(slot, `worker exited with code ${code}`);
      this.pump(); // Start a replacement if work is waiting.
    });

    return slot;
  }

  private failTask(slot: Slot, message: string): void {
    const task = slot.task;
    slot.task = null;
    task?.reject(new Error(message));
  }

  private breakPool(message: string): void {
    if (this.broken) return;
    this.broken = new FatalRunnerError(message);
    const waiting = [...this.queue];
    this.queue.length = 0;
    for (const slot of this.slots) {
      const task = slot.task;
      slot.task = null;
      if (task) waiting.push(task);
    }
    for (const task of waiting) task.reject(this.broken);
  }
}
