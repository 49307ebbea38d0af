// Helpers for integration tests running inside VS Code's extension host.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export interface WaitForOptions {
  /** Give up after this long (default 10 s). */
  timeoutMs?: number;
  /** Check this often (default 50 ms). */
  intervalMs?: number;
  /** Said in the timeout error, e.g. "diagnostics on draft.md". */
  what?: string;
}

/**
 * Polls `condition` until it returns a truthy value (which is returned) or the time runs out, in
 * which case it throws, with the last value or error the condition gave. Bounded polling instead of
 * fixed sleeps: fast when the editor is fast, and a clear failure when it never gets there.
 * A condition that throws counts as "not yet".
 */
export async function waitFor<T>(
  condition: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  options: WaitForOptions = {},
): Promise<T> {
  const { timeoutMs = 10_000, intervalMs = 50, what = 'condition' } = options;
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, Math.max(0, deadline - Date.now()))));
  }
  const detail = last instanceof Error ? `last error: ${last.message}` : `last value: ${JSON.stringify(last)}`;
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (${detail})`);
}

/** Env var naming the directory where the launcher answers screenshot requests (runCodeServer.mjs). */
export const SCREENSHOT_ENV = 'FAITHFUL_SCREENSHOT_DIR';

/** True when a launcher that can take screenshots is driving this run. */
export function canScreenshot(): boolean {
  return Boolean(process.env[SCREENSHOT_ENV]);
}

/**
 * Asks the launcher for a screenshot of the browser page, i.e. what a user sees (squiggles, hovers,
 * the Problems panel). Writes NAME.request into the screenshot directory and waits for the launcher
 * to write NAME.png next to it. Returns the PNG's path, or undefined when no launcher answers
 * screenshots (e.g. runElectron.mjs). Throws when the launcher does not answer in time.
 */
export async function screenshot(name: string, options: { timeoutMs?: number } = {}): Promise<string | undefined> {
  const dir = process.env[SCREENSHOT_ENV];
  if (!dir) return undefined;
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'screenshot';
  mkdirSync(dir, { recursive: true });
  const png = join(dir, `${safe}.png`);
  const request = join(dir, `${safe}.request`);
  // A screenshot of the same name from an earlier test is replaced, not returned.
  const before = existsSync(png) ? statSync(png).mtimeMs : -1;
  const tmp = `${request}.tmp`;
  writeFileSync(tmp, JSON.stringify({ name: safe, requestedAt: new Date().toISOString() }));
  renameSync(tmp, request);
  await waitFor(() => !existsSync(request) && existsSync(png) && statSync(png).mtimeMs !== before && statSync(png).size > 0, {
    timeoutMs: options.timeoutMs ?? 20_000,
    intervalMs: 100,
    what: `screenshot ${safe}.png from the launcher`,
  });
  return png;
}

/**
 * Presses keys in the browser page as a user would ("Control+F8"), through the launcher; returns
 * false when no launcher can (runElectron.mjs), so the caller can skip.
 */
export async function pressKeys(keys: string[], options: { timeoutMs?: number } = {}): Promise<boolean> {
  const dir = process.env[SCREENSHOT_ENV];
  if (!dir) return false;
  mkdirSync(dir, { recursive: true });
  const name = `keys-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const done = join(dir, `${name}.pressed`);
  writeFileSync(`${join(dir, name)}.tmp`, JSON.stringify({ keys }));
  renameSync(`${join(dir, name)}.tmp`, join(dir, `${name}.keys`));
  await waitFor(() => existsSync(done), { timeoutMs: options.timeoutMs ?? 20_000, intervalMs: 50, what: `the launcher to press ${keys.join(', ')}` });
  const outcome = readFileSync(done, 'utf8');
  unlinkSync(done);
  if (outcome !== 'ok') throw new Error(`pressing ${keys.join(', ')} ${outcome}`);
  return true;
}

/** The first workspace folder; fails the test when none is open. */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open');
  return folder;
}

/** A URI inside the first workspace folder. */
export function workspaceUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...segments);
}

/** Opens a workspace file in an editor and returns the editor. */
export async function openWorkspaceFile(...segments: string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  return vscode.window.showTextDocument(doc);
}

/** Closes every editor, so each test starts from the same screen. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Timings the suite measured, by name, in milliseconds; run() puts them in the result file. */
export const timings: Record<string, number> = {};

export function recordTiming(name: string, ms: number): void {
  timings[name] = Math.round(ms);
}

/**
 * Resolves with `uri`'s diagnostics as soon as `test` accepts them (checked now and on every
 * diagnostics change, so the time it resolves is the time they arrived), or throws after
 * `timeoutMs`.
 */
export function diagnosticsWhen(uri: vscode.Uri, test: (d: readonly vscode.Diagnostic[]) => boolean, timeoutMs: number, what: string): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const d = vscode.languages.getDiagnostics(uri);
      if (!test(d)) return false;
      finish();
      resolve(d);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const finish = () => {
      sub.dispose();
      clearTimeout(timer);
    };
    check();
  });
}
