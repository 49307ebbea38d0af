// Runs checks on the analysis worker (checkWorker.ts), one at a time, newest edit first.
//
// - At most one check runs and at most one waits per draft: a newer request for a draft replaces
//   its waiting one (whose caller hears 'superseded') and cancels its running one.
// - cancel(draft) abandons the running check at once (the worker stops within milliseconds), for
//   the moment an edit arrives, before its debounce has even expired.
// - With `inline` (the server: earlyChecker.ts), a short draft's check that comes before the worker
//   has started runs on this thread instead (inlineCheck.ts): the first check of a draft opened
//   as the server starts no longer waits for the worker to boot. The worker starts after it (and
//   first checks that draft, to know it for the edits that follow), or a second after warmUp()
//   when no check came, or for a long draft, which is never checked here (a check here cannot be
//   cancelled, and holds up this thread's answers while it runs).
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { flushCompileCache, startWorker } from '../shared/compileCacheThreads';
import { PAGED_BELOW_BYTES, PAGED_DATA_FILES, WHOLE_DATA_FILES } from '../core/dataFile';
import { filesRead, keepOnly, readDataFilesShared, readsSettled, type SharedDataFiles } from '../shared/sharedDataFiles';
import type { CheckOutcome, CheckRequest, CheckWorkerData, WorkerRequest, WorkerResponse } from './checkProtocol';
import { unpackResult } from './resultCodec';

const YOUNG_GENERATION_MB = 64;

/**
 * The data files this thread reads for the analysis (into shared memory, on the thread pool, as
 * the server starts): the parser model first, which every check needs whole, then the wink
 * model and WordNet, which a draft's first check here used to read a page at a time as it
 * looked words up: for the seed draft, hundreds of small reads in the middle of the check,
 * 15-50 ms of its first diagnostics on the machine the bench runs on (they are read while this
 * thread loads the LSP library, on the other core, for 2 MB more memory at first diagnostics).
 * A short draft's first check here (PAGED_BELOW_BYTES) still reads those two a page at a time
 * unless their reads have ended, as the CLI does for short texts. The analysis thread takes the
 * parser model alone and pages the other two as before: given all three, a long draft's first
 * check there waited for all 17 MB, and the early edits after it were 4-12 ms slower (bench).
 */
const SERVER_DATA_FILES: readonly string[] = [...WHOLE_DATA_FILES, ...PAGED_DATA_FILES];

/** The longest pair (source + draft, characters) checked on this thread: about the seed pair's size four times over, under 200 ms. */
export const INLINE_MAX_CHARS = 20_000;
/** When no check has come this long after warmUp(), the worker starts anyway, ready for the first. */
const WORKER_START_DELAY_MS = 1000;
/** The ticket of the check that shows the worker the draft checked on this thread (its result is not needed). */
const PRIMING_TICKET = -1;

type InlineEngine = typeof import('./inlineCheck');

export type CheckInput = Omit<CheckRequest, 'type' | 'ticket' | 'source'> & { readonly source: string };
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

  private disposed = false;
  /** The source text the worker last received for each draft: a request with the same one sends null instead. */
  private readonly sentSources = new Map<string, string>();
  /** dist/inlineCheck.js, once loaded. */
  private inlineEngine: InlineEngine | undefined;

  /** `inline`: dist/inlineCheck.js, to run a short draft's check here while the worker has not started (see above). */
  constructor(
    private readonly workerPath = path.join(__dirname, 'checkWorker.js'),
    private readonly inline?: string,
  ) {}

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

  /**
   * Starts the worker (which loads the engine's models) ahead of the first check; with `inline`,
   * reads the data files now and starts the worker later (see above).
   */
  warmUp(): void {
    if (!this.inline) {
      this.ensureWorker();
      return;
    }
    this.data ??= readDataFilesShared(SERVER_DATA_FILES, true);
    setTimeout(() => this.worker ?? (this.disposed || this.ensureWorker()), WORKER_START_DELAY_MS).unref();
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
    this.sentSources.delete(draftUri);
  }

  /**
   * Stops the worker; checks still running or waiting end as 'superseded' (nobody needs them).
   * First the worker writes its compile cache if it has not yet (waiting at most `flushMs`): a
   * server stopped right after its first check otherwise left none, and every start compiled
   * the engine again. Resolves once the worker is stopped.
   */
  async dispose(flushMs = 1000): Promise<void> {
    this.disposed = true;
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
    if (this.inline && !this.worker && job.input.source.length + job.input.draft.length <= INLINE_MAX_CHARS) {
      void this.runInline(job);
      return;
    }
    const worker = this.ensureWorker();
    Atomics.add(this.cancelSlot, 1, 1);
    worker.postMessage(this.request(job.ticket, job.input));
  }

  /** Runs a check on this thread (see above), then starts the worker with that draft. */
  private async runInline(job: Job): Promise<void> {
    // The engine's bundle is loaded (20-30 ms) while the thread pool is still reading the data
    // files, not after: the first check used to wait for the reads and then load it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.inlineEngine ??= require(this.inline!) as InlineEngine;
    // This thread ends the reads it started (their callbacks run here): wait for them without
    // blocking. A short draft waits only for the parser model and reads the wink model and WordNet
    // a page at a time as it looks words up (as the CLI does for short texts), unless they have
    // been read already; a longer one waits for them and takes them whole (see SERVER_DATA_FILES).
    const data = this.data;
    const only = data && job.input.source.length + job.input.draft.length < PAGED_BELOW_BYTES ? [...new Set([...WHOLE_DATA_FILES, ...filesRead(data)])] : undefined;
    if (data) await readsSettled(data, 2000, only);
    let outcome: Outcome;
    if (Atomics.load(this.cancelSlot, 0) === job.ticket || this.running !== job) {
      outcome = { type: 'cancelled' };
    } else {
      outcome = this.inlineEngine.checkInline(job.input, data, only);
    }
    if (this.running === job) this.running = undefined;
    job.done(outcome);
    // The code cache of what this thread compiled (the engine's bundle, after its first check),
    // written once the findings are out, rather than only when the process exits: an editor
    // that kills the server instead of asking it to exit otherwise left none, and every start
    // compiled the engine again. Nothing is written when the cache was read (or there is none).
    setImmediate(flushCompileCache);
    if (this.disposed) return;
    if (!this.worker) {
      // The worker checks the same draft first (its result is not needed), so that the edits that
      // follow re-check only what they touch; it skips its practice check (a request is waiting).
      const worker = this.ensureWorker();
      Atomics.add(this.cancelSlot, 1, 1);
      worker.postMessage(this.request(PRIMING_TICKET, job.input));
    }
    this.pump();
  }

  /** The request for the worker, without the source when the worker has it already (see sentSources). */
  private request(ticket: number, input: CheckInput): CheckRequest {
    const same = this.sentSources.get(input.draftUri) === input.source;
    this.sentSources.set(input.draftUri, input.source);
    return { type: 'check', ticket, ...input, source: same ? null : input.source };
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // Read on the thread pool while the worker boots; the worker waits for what is still being read.
    this.data ??= readDataFilesShared(SERVER_DATA_FILES, true);
    // The worker takes every check from now on: the wink model and WordNet read whole for a first
    // check here are let go (the worker pages them; a long draft's server held 16 MB more).
    this.data = keepOnly(this.data, WHOLE_DATA_FILES);
    const options = {
      workerData: { cancel: this.cancelSlot.buffer as SharedArrayBuffer, data: this.data, only: WHOLE_DATA_FILES } satisfies CheckWorkerData,
      // Loading the models allocates tens of megabytes of short-lived objects; a larger young
      // generation collects them in a few scavenges instead of dozens.
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    };
    // Started by bin/faithful.js on a Node without a compile cache of its own, this process
    // compiles its bundles with src/cli/compileCache.ts: the analysis thread does the same.
    const worker = startWorker(this.workerPath, options);
    // A new worker has no sources yet.
    this.sentSources.clear();
    worker.on('message', (m: WorkerResponse) => {
      if (m.type === 'ready' || m.type === 'flushed' || m.ticket !== this.running?.ticket) return;
      const job = this.running;
      this.running = undefined;
      job.done(m.type === 'packed' ? { type: 'result', result: unpackResult(m.packed) } : m);
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
