// A fixed-size pool of worker threads running batch jobs, so a batch uses every core while the
// main thread only reads input and writes output.
//
// Workers are started lazily (a 3-line file does not pay for 64 engine loads) and replaced if
// one dies: a job that crashes or kills its worker fails alone, and the batch goes on. If a
// worker cannot even start, nothing would ever succeed, so the pool fails fast instead of
// producing one error line per input line.
//
// Each worker holds its next job while it runs one (JOBS_PER_WORKER): with one job a worker,
// it sat idle from posting a result until the main thread had woken, taken the result and
// posted the next job, two thread wake-ups a pair, which cost a SummEdits-sized pair (about 2.5
// ms of analysis) a tenth of its time on a quiet machine and a quarter on a loaded one.

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

/**
 * Jobs a worker holds at once: the one it runs and the next, already posted, so it never waits
 * for the main thread between two jobs. A worker runs its jobs in the order they were posted.
 */
export const JOBS_PER_WORKER = 2;

interface Slot {
  readonly worker: Worker;
  /** The jobs posted to the worker and not yet answered, in order: the first is the one it runs. */
  readonly tasks: Task[];
  ready: boolean;
  /**
   * Set by an 'error' event: the worker takes no more jobs, and its 'exit' (which always
   * follows, after every message it posted has been handled) fails its job with this reason.
   */
  crashed: string | null;
}

export class WorkerPool implements JobRunner {
  private readonly slots = new Set<Slot>();
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
    private readonly jobsPerWorker: number = JOBS_PER_WORKER,
  ) {
    if (!fs.existsSync(workerPath)) {
      throw new CliError(`batch worker not found at ${workerPath} (run 'npm run build')`);
    }
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size must be a positive integer, got ${size}`);
    if (!Number.isInteger(jobsPerWorker) || jobsPerWorker < 1) throw new RangeError(`jobs per worker must be a positive integer, got ${jobsPerWorker}`);
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
   * Hands queued tasks to the ready workers holding the fewest, up to jobsPerWorker each,
   * starting new workers up to the pool size while every ready one is busy. A worker gets its
   * first task only after it said 'ready': an error before that is then surely a failure to
   * start, whatever order the 'error' and 'message' events arrive in.
   */
  private pump(): void {
    while (this.queue.length > 0 && !this.closing && !this.broken) {
      let slot: Slot | undefined;
      let starting = 0;
      for (const s of this.slots) {
        if (!s.ready) starting++;
        else if (s.crashed === null && s.tasks.length < this.jobsPerWorker && (!slot || s.tasks.length < slot.tasks.length)) slot = s;
      }
      // A new worker rather than a second job for a busy one, while the pool may grow.
      if ((!slot || slot.tasks.length > 0) && this.slots.size < this.size && starting < this.queue.length) {
        this.spawn();
        continue;
      }
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.tasks.push(task);
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
    const slot: Slot = { worker, tasks: [], ready: false, crashed: null };
    this.slots.add(slot);

    worker.on('message', (message: WorkerResponse) => {
      if (message.type === 'ready') {
        slot.ready = true;
        this.pump();
        return;
      }
      const task = slot.tasks[0];
      if (!task || task.seq !== message.seq) return; // Stale reply; cannot happen: a worker answers in order.
      slot.tasks.shift();
      if (message.type === 'result') task.resolve(message.findings);
      else task.reject(new Error(message.error));
      this.pump();
    });

    // An uncaught exception in the worker: it is about to exit. 'exit' always follows, and only
    // then is it known which job it was running: the 'error' may come before the results the
    // worker posted for the jobs before that one.
    worker.on('error', (err) => {
      slot.crashed = `worker crashed: ${oneLine(err)}`;
      if (!slot.ready) this.breakPool(`batch worker failed to start: ${oneLine(err)}`);
    });

    worker.on('exit', (code) => {
      this.slots.delete(slot);
      if (this.closing) return;
      if (!slot.ready) {
        this.breakPool(`batch worker exited with code ${code} before it was ready`);
        return;
      }
      this.failTask(slot, slot.crashed ?? `worker exited with code ${code}`);
      this.pump(); // Start a replacement if work is waiting.
    });

    return slot;
  }

  /**
   * Fails the job a worker that ended was running (the first it held: Node hands over every
   * message a worker posted before its 'exit') and queues the jobs it held after that again,
   * first and in their order, for another worker: only the job that killed it fails.
   */
  private failTask(slot: Slot, message: string): void {
    const [task, ...held] = slot.tasks.splice(0);
    this.queue.unshift(...held);
    task?.reject(new Error(message));
  }

  private breakPool(message: string): void {
    if (this.broken) return;
    this.broken = new FatalRunnerError(message);
    const waiting = [...this.queue];
    this.queue.length = 0;
    for (const slot of this.slots) waiting.push(...slot.tasks.splice(0));
    for (const task of waiting) task.reject(this.broken);
  }
}
