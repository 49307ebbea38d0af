// Worker-thread entry (bundled to dist/batchWorker.js): runs the engine on jobs posted by the
// batch pool. An engine error is reported back for that one job; the worker lives on.

import { parentPort, workerData } from 'node:worker_threads';
import { flushCompileCache } from '../shared/compileCacheThreads';
import { useSharedDataFiles } from '../shared/sharedDataFiles';
import { analyzeJob } from './batchJob';
import { oneLine } from './errors';
import type { BatchWorkerData, WorkerRequest, WorkerResponse } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('batchWorker.js must be started as a worker thread');
// The data files the pool read for every worker (shared/sharedDataFiles.ts).
const shared = (workerData as BatchWorkerData | null)?.data;
if (shared) useSharedDataFiles(shared);

let cacheWritten = false;

port.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { type: 'result', seq: request.seq, findings: analyzeJob(request.job) };
  } catch (err) {
    response = { type: 'error', seq: request.seq, error: oneLine(err) };
  }
  // With a compile cache (see workerPool.ts), write it once the first job has compiled what
  // jobs run, before answering: the pool terminates its workers when the batch ends, and a
  // worker never sees an exit event. (Nothing is written once the cache was read.)
  if (!cacheWritten) {
    cacheWritten = true;
    flushCompileCache();
  }
  port.postMessage(response);
});

port.postMessage({ type: 'ready' } satisfies WorkerResponse);
