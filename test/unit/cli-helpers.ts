// Shared helpers for the CLI tests (not a test file itself: mocha only loads *.test.ts).

import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { DEFAULT_SEVERITY, type Finding, type Kind, type Span } from '../../src/core';
import type { CliIo } from '../../src/cli/runCli';

export const REPO = path.resolve(__dirname, '..', '..');

/** A hand-made finding; only what a test cares about needs to be given. */
export function finding(fields: Partial<Finding> & { kind?: Kind; rewrite?: Span | null; source?: Span | null }): Finding {
  const kind = fields.kind ?? 'number';
  return {
    id: fields.id ?? `${kind}-${fields.rewrite?.start ?? 'x'}-${fields.source?.start ?? 'x'}`,
    kind,
    severity: fields.severity ?? DEFAULT_SEVERITY[kind],
    message: fields.message ?? `changed ${kind}`,
    rewrite: fields.rewrite === undefined ? { start: 0, end: 1 } : fields.rewrite,
    source: fields.source === undefined ? { start: 0, end: 1 } : fields.source,
    suggestion: fields.suggestion ?? null,
  };
}

/** Span of the first occurrence of `needle` in `text`; fails loudly if absent. */
export function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`'${needle}' not in text`);
  return { start, end: start + needle.length };
}

/** A fresh directory under the OS temp dir, removed by the returned cleanup. */
export function tempDir(): { dir: string; file: (name: string, content: string | Uint8Array) => string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faithful-cli-test-'));
  return {
    dir,
    file(name, content) {
      const p = path.join(dir, name);
      fs.writeFileSync(p, content);
      return p;
    },
    cleanup() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** In-memory stdio for runCli; `out()`/`err()` return what was written so far. */
export function memoryIo(overrides: Partial<CliIo> = {}): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new Collector();
  const stderr = new Collector();
  const io: CliIo = {
    stdout,
    stderr,
    stdin: Readable.from([]),
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd: REPO,
    ...overrides,
  };
  return { io, out: () => stdout.text, err: () => stderr.text };
}

/** A Writable that keeps everything written to it, synchronously. */
export class Collector extends Writable {
  text = '';

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    callback();
  }
}

// --- Building and spawning the real CLI ------------------------------------------------------

export interface Built {
  readonly cli: string;
  readonly worker: string;
}

let built: Promise<Built> | undefined;

/**
 * Bundles the CLI and its worker once per test run, with the options of scripts/build.mjs.
 * Only the two CLI entries are built (scripts/build.mjs also bundles eval/bench, which are not
 * the CLI's to test), and into node_modules/.cache rather than dist/ so a test run never races
 * a developer's `npm run build`; inside the repo, so the bundle still resolves its external
 * runtime dependencies from node_modules.
 */
export function buildCli(): Promise<Built> {
  built ??= (async () => {
    const { build } = await import('esbuild');
    const outdir = path.join(REPO, 'node_modules', '.cache', 'faithful-cli-test');
    await build({
      absWorkingDir: REPO,
      entryPoints: { cli: 'src/cli/main.ts', compileCache: 'src/cli/compileCache.ts', runCli: 'src/cli/runCli.ts', batchWorker: 'src/cli/batchWorker.ts' },
      outdir,
      // As scripts/build.mjs: cli.js requires runCli.js only when there is work to do, and
      // wink's lemmatizer exception tables are looked up in the data file
      // (scripts/winkExceptions.mjs), and its lexicon read a page at a time (winkLexicon.mjs).
      plugins: [(await import('../../scripts/winkExceptions.mjs')).compactWinkExceptions as never, (await import('../../scripts/winkLexicon.mjs')).pagedWinkLexicon as never, {
        name: 'split-cli-entry',
        setup(b) {
          b.onResolve({ filter: /^\.\/runCli$/ }, (args) => (/[\\/]cli[\\/]main\.ts$/.test(args.importer) ? { path: './runCli.js', external: true } : undefined));
        },
      }],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: true,
      external: ['vscode'],
      logLevel: 'silent',
    });
    // The data files the engine reads at run time sit beside the bundle, as in dist/.
    copyDataFiles(outdir);
    return { cli: path.join(outdir, 'cli.js'), worker: path.join(outdir, 'batchWorker.js') };
  })();
  return built;
}

/** Copies dist/*.bin (building them first if needed) next to a test bundle in `outdir`. */
export function copyDataFiles(outdir: string): void {
  const dist = path.join(REPO, 'dist');
  const present = () => (fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => f.endsWith('.bin')) : []);
  if (present().length === 0) execFileSync(process.execPath, ['scripts/buildData.mjs'], { cwd: REPO });
  for (const f of present()) fs.copyFileSync(path.join(dist, f), path.join(outdir, f));
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI with `args`, optionally feeding `input` on stdin. Never uses a shell. */
export async function runBuiltCli(args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const { cli } = await buildCli();
  const env = { ...process.env, ...options.env };
  delete env.NO_COLOR;
  if (options.env?.NO_COLOR !== undefined) env.NO_COLOR = options.env.NO_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: REPO, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.on('error', () => {}); // The CLI may exit before reading stdin (usage errors).
    child.stdin.end(options.input ?? '');
  });
}
