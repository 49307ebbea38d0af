// Language-server latencies for `npm run bench`, measured the way an editor meets them: the
// server is started as `faithful lsp --stdio` and driven over stdio by a scripted client
// (scripts/lspClient.ts), pairing the draft through its front matter as Neovim or Helix would.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspPeer } from './lspClient';
import { cpuMsOfPid, median, peakRssOfPid } from './benchProcess';

export interface StartupTiming {
  /** Spawn to the `initialize` response. */
  readonly initializeMs: number;
  /** Spawn to the first publishDiagnostics of the opened draft (start-up, pairing and the check). */
  readonly firstDiagnosticsMs: number;
  /** didOpen to that publishDiagnostics. */
  readonly openToDiagnosticsMs: number;
  /** CPU time (all threads) the server had used by then, ms; null off Linux. */
  readonly cpuMs: number | null;
  readonly runs: number;
  /** Every run's didOpen-to-diagnostics and spawn-to-diagnostics, ms, for pooling runs of several rounds. */
  readonly samples: { readonly openToDiagnostics: number[]; readonly firstDiagnostics: number[]; readonly cpu: number[] };
}

export interface EditTiming {
  /** didChange of a one-word edit to the publishDiagnostics of that version. */
  readonly medianMs: number;
  readonly maxMs: number;
  /** Median CPU time the server process (all threads) used per edit, ms, 10 ms resolution; null off Linux. */
  readonly cpuMs: number | null;
  readonly runs: number;
  readonly draftWords: number;
  readonly debounceMs: number;
  readonly peakRss: number | null;
  /** Median size of the publishDiagnostics message body of an edit, bytes, and its diagnostics. */
  readonly messageBytes: number;
  readonly diagnostics: number;
  /** Edits after which the server sent no diagnostics (none changed). */
  readonly unchanged: number;
  /** Median time of the analysis itself (the engine, on the server's analysis thread), from the server's log line; null if absent. */
  readonly engineMs: number | null;
  /** Median of each edit's didChange-to-publishDiagnostics less its analysis: what the server and the wire add. */
  readonly beyondEngineMs: number | null;
  /** Every edit's didChange-to-publishDiagnostics, CPU, engine time and the rest, ms, for pooling runs of several rounds. */
  readonly samples: { readonly times: number[]; readonly cpu: number[]; readonly engine: number[]; readonly beyondEngine: number[] };
}

interface Session {
  readonly peer: LspPeer;
  readonly draftUri: string;
  readonly spawnedAt: number;
  readonly initializedAt: number;
  readonly openedAt: number;
}

/** Writes source + draft (front matter naming the source) to a fresh folder. */
function workspace(source: string, draftBody: string): { dir: string; draft: string; draftText: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faithful-bench-lsp-'));
  fs.writeFileSync(path.join(dir, 'source.txt'), source);
  const draftText = `---\nsource: source.txt\n---\n\n${draftBody}`;
  fs.writeFileSync(path.join(dir, 'draft.md'), draftText);
  return { dir, draft: path.join(dir, 'draft.md'), draftText };
}

/**
 * How a start-up run starts the server: `faithful lsp --stdio` by default (bin/faithful.js, as
 * Neovim or Helix would), or `server` (dist/server.js) started directly, as VS Code's extension
 * does (over stdio here, over Node IPC there), and in another environment.
 */
export interface StartOptions {
  readonly server?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Untimed runs first (default 1). */
  readonly warmup?: number;
  /**
   * The draft is opened this long after `initialize` is answered: a server started ahead of the
   * pairing, as VS Code's extension starts it while the user picks a source.
   */
  readonly openAfterMs?: number;
}

async function open(cli: string, dir: string, draft: string, draftText: string, debounceMs: number | null, nodeArgs: readonly string[] = [], start: StartOptions = {}): Promise<Session> {
  const spawnedAt = performance.now();
  const args = start.server ? [...nodeArgs, start.server, '--stdio'] : [...nodeArgs, cli, 'lsp', '--stdio'];
  const child = spawn(process.execPath, args, { cwd: dir, stdio: 'pipe', env: start.env ?? process.env });
  const peer = new LspPeer(child);
  const initializationOptions = debounceMs === null ? undefined : { settings: { severity: {}, debounceMs } };
  await peer.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: {}, initializationOptions });
  const initializedAt = performance.now();
  peer.notify('initialized', {});
  if (start.openAfterMs) await new Promise((resolve) => setTimeout(resolve, start.openAfterMs));
  const draftUri = pathToFileURL(draft).toString();
  const openedAt = performance.now();
  peer.notify('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: draftText } });
  return { peer, draftUri, spawnedAt, initializedAt, openedAt };
}

const published = (uri: string, version: number) => (m: { method: string; params: any }) =>
  m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version;

/** Start-up to first diagnostics, on a fresh server each run (one warm-up run first). */
export async function measureStartup(cli: string, source: string, rewrite: string, runs: number, nodeArgs: readonly string[] = [], start: StartOptions = {}): Promise<StartupTiming> {
  const { dir, draft, draftText } = workspace(source, rewrite);
  const init: number[] = [];
  const first: number[] = [];
  const openToFirst: number[] = [];
  const cpu: number[] = [];
  try {
    const warmup = start.warmup ?? 1;
    for (let i = 0; i < runs + warmup; i++) {
      const s = await open(cli, dir, draft, draftText, null, nodeArgs, start);
      const msg = await s.peer.waitFor(published(s.draftUri, 1), 60_000);
      const used = cpuMsOfPid(s.peer.child.pid);
      await s.peer.close();
      if (i < warmup) continue;
      if (used !== null) cpu.push(used);
      init.push(s.initializedAt - s.spawnedAt);
      first.push(msg.at - s.spawnedAt);
      openToFirst.push(msg.at - s.openedAt);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { initializeMs: median(init), firstDiagnosticsMs: median(first), openToDiagnosticsMs: median(openToFirst), cpuMs: cpu.length ? median(cpu) : null, runs,
    samples: { openToDiagnostics: openToFirst, firstDiagnostics: first, cpu } };
}

/**
 * One-word edits in the middle of a long draft: each replaces the figure in one sentence, waits
 * for the check of that version, and times didChange to its publishDiagnostics. (A server that
 * sends nothing when no diagnostic changed is timed to its faithful/counts notification, which
 * follows every check; the figure's finding changes with every edit here, so that is rare.)
 */
export async function measureEdits(cli: string, source: string, draftBody: string, runs: number, debounceMs: number, nodeArgs: readonly string[] = [], where: 'figure' | 'end' | 'sentence' | 'name' = 'figure', readMs = 0): Promise<EditTiming> {
  const { dir, draft, draftText } = workspace(source, draftBody);
  const s = await open(cli, dir, draft, draftText, debounceMs, nodeArgs);
  try {
    await s.peer.waitFor(published(s.draftUri, 1), 120_000);
    // The user reads the first findings before typing.
    if (readMs > 0) await new Promise((resolve) => setTimeout(resolve, readMs));
    const lines = draftText.split('\n');
    const middle = lines.length >> 1;
    let line: number;
    let character: number;
    let words: string[];
    let current: string;
    if (where === 'figure') {
      line = lines.findIndex((l, i) => i >= middle && /\bthree\b/.test(l));
      if (line < 0) line = lines.findIndex((l) => /\bthree\b/.test(l));
      if (line < 0) throw new Error('bench: the draft has no "three" to edit');
      character = lines[line]!.search(/\bthree\b/);
      words = ['four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'three'];
      current = 'three';
    } else if (where === 'sentence' || where === 'name') {
      // A sentence added in the middle of the draft (pasted before a sentence of a paragraph)
      // and removed again: every sentence after it moves one place in the alignment. With
      // 'name', each added sentence names someone new to the draft (and its removal takes the
      // name away again): the names both texts use change with every edit.
      line = lines.findIndex((l, i) => i >= middle && /\. \p{Lu}/u.test(l));
      if (line < 0) throw new Error('bench: the draft has no paragraph of two sentences past its middle');
      character = lines[line]!.search(/\. \p{Lu}/u) + 2;
      words = where === 'sentence'
        ? ['The talks will resume next week, officials said. ', '']
        : ['Okonkwo', 'Varga', 'Lindqvist', 'Tanaka', 'Moreau', 'Castellano', 'Nakamura', 'Oyelaran', 'Brennan', 'Halvorsen'].flatMap((n) => [`The talks will resume next week, Ms ${n} said. `, '']);
      current = '';
    } else {
      // A space typed and deleted again at the very end of the draft, after its last finding:
      // the check runs, and no diagnostic moves or changes.
      line = lines.length - 1;
      while (line > 0 && lines[line]!.trim() === '') line--;
      character = lines[line]!.length;
      words = [' ', ''];
      current = '';
    }
    const times: number[] = [];
    const cpu: number[] = [];
    const bytes: number[] = [];
    const engine: number[] = [];
    const beyondEngine: number[] = [];
    let diagnostics = 0;
    let unchanged = 0;
    const warmup = 2;
    for (let k = 0; k < warmup + runs; k++) {
      const next = words[k % words.length]!;
      const version = k + 2;
      const cpuBefore = cpuMsOfPid(s.peer.child.pid);
      s.peer.notifications.length = 0;
      const sentAt = performance.now();
      s.peer.notify('textDocument/didChange', {
        textDocument: { uri: s.draftUri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character: character + current.length } }, text: next }],
      });
      const counts = await s.peer.waitFor((m) => m.method === 'faithful/counts' && m.params.draftUri === s.draftUri, 60_000);
      const publish = s.peer.notifications.find(published(s.draftUri, version));
      const msg = publish ?? counts;
      current = next;
      const cpuAfter = cpuMsOfPid(s.peer.child.pid);
      if (k < warmup) continue;
      times.push(msg.at - sentAt);
      if (publish) {
        bytes.push(publish.bytes);
        diagnostics = publish.params.diagnostics.length;
      } else unchanged++;
      // The server logs "draft.md vs source.txt: N finding(s) in E ms" just before it publishes.
      const log = s.peer.notifications.find((m) => m.method === 'window/logMessage' && / finding\(s\).* in \d+ ms$/.test(m.params.message));
      if (log) {
        engine.push(Number(/ in (\d+) ms$/.exec(log.params.message)![1]));
        beyondEngine.push(msg.at - sentAt - engine[engine.length - 1]!);
      }
      if (cpuBefore !== null && cpuAfter !== null) cpu.push(cpuAfter - cpuBefore);
    }
    const peakRss = peakRssOfPid(s.peer.child.pid);
    return { medianMs: median(times), maxMs: Math.max(...times), cpuMs: cpu.length ? median(cpu) : null, runs, draftWords: draftBody.split(/\s+/).length, debounceMs, peakRss,
      messageBytes: bytes.length ? median(bytes) : 0, diagnostics, unchanged, engineMs: engine.length ? median(engine) : null,
      beyondEngineMs: beyondEngine.length ? median(beyondEngine) : null, samples: { times, cpu, engine, beyondEngine } };
  } finally {
    await s.peer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
