// The language server's analysis thread (bundled to dist/checkWorker.js). It runs the engine so
// the server's main thread stays free to read the editor's messages: when a newer edit arrives,
// the main thread writes the running check's ticket into a shared slot, and the engine, which
// asks isCancelled() every few dozen sentences, stops within milliseconds. Checks never queue
// behind a stale one.
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, AnalysisCancelledError, AnalysisLimitError, PreparationCache } from '../core';
import { flushCompileCache } from '../shared/compileCacheThreads';
import { useSharedDataFiles } from '../shared/sharedDataFiles';
import type { AnalysisResult } from '../core/types';
import type { CheckWorkerData, WorkerRequest, WorkerResponse } from './checkProtocol';
import { REHEARSAL_MIN_CHARS, rehearse } from './rehearsal';
import { packResult } from './resultCodec';

const port = parentPort;
if (!port) throw new Error('checkWorker.js must be started as a worker thread');
/** [0]: the ticket of the check to abandon; [1]: how many requests the main thread has posted. */
const cancel = new Int32Array((workerData as CheckWorkerData).cancel);
// The data files the main thread is reading for this thread (sharedDataFiles.ts).
const shared = (workerData as CheckWorkerData).data;
if (shared) useSharedDataFiles(shared, undefined, (workerData as CheckWorkerData).only);
/** Tokenised paragraphs and rule results per draft, so a re-check redoes only what an edit touched. */
const caches = new Map<string, PreparationCache>();
/** Each draft's source as last sent: a request sends null when it is unchanged (checker.ts). */
const sources = new Map<string, string>();

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'forget') {
    caches.delete(request.draftUri);
    sources.delete(request.draftUri);
    return;
  }
  if (request.type === 'flush') {
    writeCompileCache();
    port.postMessage({ type: 'flushed' } satisfies WorkerResponse);
    return;
  }
  const { ticket } = request;
  const source = request.source ?? sources.get(request.draftUri);
  if (source === undefined) {
    // Cannot happen: the checker sends the text whenever this thread may not have it.
    port.postMessage({ type: 'error', ticket, message: 'the analysis thread has no source for this draft', limit: false } satisfies WorkerResponse);
    return;
  }
  sources.set(request.draftUri, source);
  let cache = caches.get(request.draftUri);
  if (!cache) caches.set(request.draftUri, (cache = new PreparationCache()));
  let response: WorkerResponse;
  let result: AnalysisResult | undefined;
  try {
    result = analyze(source, request.draft, {
      format: request.format,
      cache,
      accepted: request.accepted,
      ...(request.timeBudgetMs !== undefined ? { timeBudgetMs: request.timeBudgetMs } : {}),
      isCancelled: () => Atomics.load(cancel, 0) === ticket,
    });
    response = { type: 'result', ticket, result };
  } catch (e) {
    if (e instanceof AnalysisCancelledError) response = { type: 'cancelled', ticket };
    else response = { type: 'error', ticket, message: (e as Error).message, limit: e instanceof AnalysisLimitError };
  }
  // Packed (resultCodec.ts), its numbers handed over rather than copied; as it is when it will not pack.
  const packed = result && packResult(result);
  if (packed) port.postMessage({ type: 'packed', ticket, packed } satisfies WorkerResponse, [packed.ints.buffer as ArrayBuffer]);
  else port.postMessage(response);
  // Once, after the first check of a long draft, rehearse its edits (rehearsal.ts) until the
  // next request is posted; queued after any message already waiting.
  if (response.type === 'result' && !rehearsed && request.draft.length >= REHEARSAL_MIN_CHARS) {
    rehearsed = true;
    const posted = Atomics.load(cancel, 1);
    const input = { source, draft: request.draft, format: request.format, accepted: request.accepted };
    const draftCache = cache;
    setImmediate(() => rehearse(input, draftCache, () => Atomics.load(cancel, 1) !== posted));
  }
  // With a compile cache (see checker.ts), write it once the first check has compiled what
  // checks run: this thread is terminated with the server, and never sees an exit event. (A
  // server stopped before this runs asks for it on shutdown: a 'flush' request.)
  writeCompileCache();
});
let cacheWritten = false;

function writeCompileCache(): void {
  if (cacheWritten) return;
  cacheWritten = true;
  flushCompileCache();
}
let rehearsed = false;

/**
 * The practice check's texts: a short news story and a rewrite with the kinds of change the
 * rules look for (a figure, a date, a name, a negation, a speaker, a quote, roles), so that a
 * draft paired after this thread has started meets code V8 has already run, and the parts of
 * the models and WordNet most texts need already read. (A seed draft paired 1.5 s after the
 * server started: didOpen to first diagnostics 126 -> 108 ms against one sentence of practice;
 * running it more often gained nothing.) A request posted meanwhile stops it.
 */
const PRACTICE_SOURCE = [
  'The city council approved a plan on Monday to build 300 affordable homes near the river, officials said.',
  'Mayor Helen Ortiz said the project would cost about $45 million and take three years to complete.',
  '"We cannot wait any longer," she told reporters at City Hall.',
  'Opponents, including the Riverside Residents Association, argued that the site floods regularly.',
  'The state environmental agency has not yet reviewed the proposal, according to a spokesman.',
  'Construction is expected to begin in March, and the first tenants could move in by 2027.',
].join(' ');
const PRACTICE_DRAFT = [
  'The city council rejected a plan on Tuesday to build 500 affordable homes near the river, officials said.',
  'Mayor Helen Ortiz said the project would certainly cost $54 million and take two years to complete.',
  '"We can wait a little longer," the council told reporters at City Hall.',
  'Supporters, including the Riverside Residents Association, argued that the site never floods.',
  'The state environmental agency has approved the proposal, according to a spokesman.',
  'Construction began in May, and the first tenants moved in by 2026.',
].join(' ');

// Load the tagger's model and the WordNet table now, while the editor is still sending the
// draft: the first check needs them anyway. Messages that arrive meanwhile wait in the port.
// When a check is already waiting (a draft opened while this thread booted, as VS Code and the
// bench do), it loads them itself: a practice check first would only keep it waiting.
if (Atomics.load(cancel, 1) === 0) {
  try {
    analyze(PRACTICE_SOURCE, PRACTICE_DRAFT, { isCancelled: () => Atomics.load(cancel, 1) !== 0 });
  } catch {
    // Stopped by a real request (or anything else): it was only practice.
  }
}
port.postMessage({ type: 'ready' } satisfies WorkerResponse);
