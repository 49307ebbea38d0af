// The analysis thread, started as the server process starts: server.ts imports this module
// first, so the thread boots and loads the engine's models (checkWorker.ts) while this thread
// is still loading the LSP library and answering `initialize`. On two cores the two overlap,
// and a draft opened right after start-up is checked that much sooner. (Before, the thread
// started when the first draft was paired, and start-up stood in line before its first check.)
// An editor that starts the server for a file it never pairs pays for the loaded models in
// memory; every editor that starts Faithful's server does so to check drafts.
import { Checker } from './checker';

export const checker = new Checker();
checker.warmUp();
