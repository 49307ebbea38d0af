// Starting the language server as another editor would (`faithful lsp --stdio`) for the
// hardening tests, and small helpers around it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspPeer } from '../../scripts/lspClient';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'bin', 'faithful.js');

export interface StartOptions {
  /** The workspace folder, or null for none (a single file opened). */
  readonly root?: string | null;
  readonly clientManagesPairs?: boolean;
  readonly cwd?: string;
}

export async function startServer(options: StartOptions = {}): Promise<LspPeer> {
  const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { cwd: options.cwd ?? ROOT });
  const peer = new LspPeer(child);
  await peer.request('initialize', {
    processId: process.pid,
    rootUri: options.root ? pathToFileURL(options.root).toString() : null,
    capabilities: {},
    initializationOptions: { clientManagesPairs: options.clientManagesPairs === true, settings: { severity: {}, debounceMs: 0 } },
  });
  peer.notify('initialized', {});
  return peer;
}

/** Resolves when `promise` does, or rejects after `ms` (a bound, not a sleep). */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]);
}
