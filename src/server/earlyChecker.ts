// The analysis, set up as the server process starts: server.ts imports this module first, so
// the engine's data files are read on the thread pool while this thread is still loading the LSP
// library and answering `initialize`. A short draft's first check then runs on this thread
// (inlineCheck.ts) instead of waiting for the analysis thread to boot a Node environment; that
// thread starts after it, for the checks that follow, or a second after start when no draft
// came (an editor that pairs drafts later finds it ready), or for a long draft's first check
// (checker.ts). An editor that starts the server for a file it never pairs pays for the loaded
// models in memory; every editor that starts Faithful's server does so to check drafts.
import * as path from 'node:path';
import { Checker } from './checker';

export const checker = new Checker(undefined, path.join(__dirname, 'inlineCheck.js'));
checker.warmUp();
