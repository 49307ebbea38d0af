// Runs checks on the analysis worker (checkWorker.ts), one at a time, newest edit first.
//
// - At most one check runs and at most one waits per draft: a newer request for a draft replaces
//   its waiting one (whose caller hears 'superseded') and cancels its running one.
// - cancel(draft) abandons the running check at once (the worker stops within milliseconds), for
//   the moment an edit arrives, before its debounce has even expired.
// The worker starts on the first check, so `initialize` is answered before any engine code loads.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { startWorker } from '../shared/compileCacheThreads';
import { WHOLE_DATA_FILES } from '../core/dataFile';
import { readDataFilesShared, type SharedDataFiles } from '../shared/sharedDataFiles';
import type { CheckOutcome, CheckRequest, CheckWorkerData, WorkerRequest, WorkerResponse } from './checkProtocol';

const YOUNG_GENERATION_MB = 64;

export type CheckInput = Omit<CheckRequest, 'type' | 'ticket'>;
export type Outcome = CheckOutcome | { readonly type: 'superseded' };

interface Job {
  readonly ticket: number;
  readonly input: CheckInput;
  readonly done: (outcome: Outcome) => void;
}

export class Checker {
  private worker: Worker | undefined;
  /** [0]: the ticket to cancel; [1]: how many requests were posted to the worker (a rehearsal stops when it grows). */
  private readonly cancelSlot = new Int32Array(new SharedArrayBuffer(8));
  private nextTicket = 1;
  private running: Job | undefined;
  /** Waiting checks, at most one per draft, in the order they were asked for. */
  private readonly waiting = new Map<string, Job>();
  /** The engine's data files, read by this thread while the worker starts (sharedDataFiles.ts); kept for a replacement worker. */
  private data: SharedDataFiles | undefined;

  constructor(private readonly workerPath = path.join(__dirname, 'checkWorker.js')) {}

  /** Checks a draft against its source; resolves with the result, or why there is none. */
  check(input: CheckInput): Promise<Outcome> {
    return new Promise((done) => {
      const job: Job = { ticket: this.nextTicket++, input, done };
      this.waiting.get(input.draftUri)?.done({ type: 'superseded' });
      this.waiting.delete(input.draftUri);
      this.waiting.set(input.draftUri, job);
      this.cancel(input.draftUri);
      this.pump();
    });
  }

  /** Starts the worker (which loads the engine's models) ahead of the first check. */
  warmUp(): void {
    this.ensureWorker();
  }

  /** Abandons the draft's running check, if any (its caller hears 'cancelled'). */
  cancel(draftUri: string): void {
    if (this.running?.input.draftUri === draftUri) Atomics.store(this.cancelSlot, 0, this.running.ticket);
  }

  /** Forgets a draft: its waiting check, its running check and its cache in the worker. */
  forget(draftUri: string): void {
    this.waiting.get(draftUri)?.done({ type: 'superseded' });
    this.waiting.delete(draftUri);
    this.cancel(draftUri);
    if (this.worker) Atomics.add(this.cancelSlot, 1, 1);
    this.worker?.postMessage({ type: 'forget', draftUri } satisfies WorkerRequest);
  }

  /**
   * Stops the worker; checks still running or waiting end as 'superseded' (nobody needs them).
   * First the worker writes its compile cache if it has not yet (waiting at most `flushMs`): a
   * server stopped right after its first check otherwise left none, and every start compiled
   * the engine again. Resolves once the worker is stopped.
   */
  async dispose(flushMs = 1000): Promise<void> {
    const jobs = [...(this.running ? [this.running] : []), ...this.waiting.values()];
    if (this.running) Atomics.store(this.cancelSlot, 0, this.running.ticket);
    this.running = undefined;
    this.waiting.clear();
    for (const j of jobs) j.done({ type: 'superseded' });
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    // A rehearsal stops when a request is posted.
    Atomics.add(this.cancelSlot, 1, 1);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, flushMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      worker.on('message', (m: WorkerResponse) => m.type === 'flushed' && done());
      worker.once('exit', done);
      worker.postMessage({ type: 'flush' } satisfies WorkerRequest);
    });
    await worker.terminate();
  }

  private pump(): void {
    if (this.running) return;
    const next = this.waiting.values().next();
    if (next.done) return;
    const job = next.value;
    this.waiting.delete(job.input.draftUri);
    this.running = job;
    const request: CheckRequest = { type: 'check', ticket: job.ticket, ...job.input };
    const worker = this.ensureWorker();
    Atomics.add(this.cancelSlot, 1, 1);
    worker.postMessage(request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // Read on the thread pool while the worker boots; the worker waits for what is still being
    // read. Not WordNet, which the worker reads a page at a time as its checks use it.
    this.data ??= readDataFilesShared(WHOLE_DATA_FILES, true);
    const options = {
      workerData: { cancel: this.cancelSlot.buffer as SharedArrayBuffer, data: this.data } satisfies CheckWorkerData,
      // Loading the models allocates tens of megabytes of short-lived objects; a larger young
      // generation collects them in a few scavenges instead of dozens.
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    };
    // Started by bin/faithful.js on a Node without a compile cache of its own, this process
    // compiles its bundles with src/cli/compileCache.ts: the analysis thread does the same.
    const worker = startWorker(this.workerPath, options);
    worker.on('message', (m: WorkerResponse) => {
      if (m.type === 'ready' || m.type === 'flushed' || m.ticket !== this.running?.ticket) return;
      const job = this.running;
      this.running = undefined;
      job.done(m);
      this.pump();
    });
    const fail = (why: string) => {
      // The worker is gone: fail what runs and waits; the next check starts a new worker.
      this.worker = undefined;
      const message = `Faithful's analysis thread stopped: ${why}`;
      const jobs = [...(this.running ? [this.running] : []), ...this.waiting.values()];
      this.running = undefined;
      this.waiting.clear();
      for (const j of jobs) j.done({ type: 'error', message, limit: false });
    };
    worker.on('error', (e) => fail(e.message));
    worker.on('exit', (code) => {
      if (this.worker === worker) fail(`exit code ${code}`);
    });
    // The server may exit while the worker waits for work.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
