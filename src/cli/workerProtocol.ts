// Messages between the batch main thread and its workers. Kept in its own module so both
// sides import the same types and neither bundle pulls in the other's code.

import type { SharedDataFiles } from '../shared/sharedDataFiles';
import type { BatchJob } from './batchJob';

/** workerData: the engine's data files, read once by the main thread for every worker (absent: each reads its own). */
export interface BatchWorkerData {
  readonly data?: SharedDataFiles;
}

export interface WorkerRequest {
  readonly seq: number;
  readonly job: BatchJob;
}

export type WorkerResponse =
  /** Sent once the worker has loaded the engine, so a failure to start is told from a bad job. */
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly seq: number; readonly findings: string }
  | { readonly type: 'error'; readonly seq: number; readonly error: string };
