// Whole-process timing for `npm run bench`: runs a command as a child process a few times after
// a warm-up and reports the median wall time and the peak resident memory (from GNU time's %M,
// when /usr/bin/time exists). What a user waits for, start-up included.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface ProcessTiming {
  /** Median wall time of the measured runs, milliseconds. */
  readonly medianMs: number;
  /**
   * Median CPU time (user + system, all threads) of the measured runs, milliseconds, 10 ms
   * resolution; null without GNU time. On a machine shared with other work, wall time grows
   * with the load while CPU time stays close to what an idle machine would show.
   */
  readonly cpuMs: number | null;
  readonly runs: number;
  /** Largest peak RSS over the measured runs, bytes; null when it could not be read. */
  readonly peakRss: number | null;
}

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = (() => {
  try {
    return spawnSync(GNU_TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;
  } catch {
    return false;
  }
})();

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs `command args` `warmup + runs` times (stdout and stderr discarded) and times the last
 * `runs`. `okStatus` lists the exit codes that mean success (diff tools exit 1 on a difference).
 */
export function timeProcess(command: string, args: readonly string[], options: { runs: number; warmup: number; okStatus?: readonly number[]; cwd?: string; input?: string; env?: NodeJS.ProcessEnv }): ProcessTiming {
  const ok = options.okStatus ?? [0];
  const rssFile = path.join(os.tmpdir(), `faithful-bench-rss-${process.pid}.txt`);
  const times: number[] = [];
  const cpu: number[] = [];
  let peak: number | null = null;
  for (let i = 0; i < options.warmup + options.runs; i++) {
    const [file, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, [...args]];
    const started = performance.now();
    const r = spawnSync(file, argv, { cwd: options.cwd, env: options.env, input: options.input, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - started;
    if (r.error) throw r.error;
    if (!ok.includes(r.status ?? -1)) {
      throw new Error(`${command} ${args.join(' ')} exited with ${r.status}: ${r.stderr?.toString().trim().split('\n').pop()}`);
    }
    if (i < options.warmup) continue;
    times.push(ms);
    if (hasGnuTime) {
      // GNU time writes "Command exited with non-zero status N" before the figures when N != 0.
      const [kb, user, sys] = fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
      if (Number.isFinite(kb)) peak = Math.max(peak ?? 0, kb! * 1024);
      if (Number.isFinite(user) && Number.isFinite(sys)) cpu.push((user! + sys!) * 1000);
    }
  }
  fs.rmSync(rssFile, { force: true });
  return { medianMs: median(times), cpuMs: cpu.length ? median(cpu) : null, runs: options.runs, peakRss: peak };
}

/**
 * Several commands timed side by side: each round runs every command once, in turn, in the
 * order A B ... then ... B A (so that a drift in the machine's load falls on all alike), after
 * `warmup` rounds that are not timed. One timing per command, as timeProcess gives.
 */
export function timeProcessesInterleaved(commands: ReadonlyArray<{ command: string; args: readonly string[]; env?: NodeJS.ProcessEnv }>, options: { runs: number; warmup: number; okStatus?: readonly number[] }): ProcessTiming[] {
  const samples = commands.map(() => ({ times: [] as number[], cpu: [] as number[], peak: null as number | null }));
  for (let round = 0; round < options.warmup + options.runs; round++) {
    const order = commands.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) {
      const t = timeProcess(commands[i]!.command, commands[i]!.args, { runs: 1, warmup: 0, okStatus: options.okStatus, env: commands[i]!.env });
      if (round < options.warmup) continue;
      samples[i]!.times.push(t.medianMs);
      if (t.cpuMs !== null) samples[i]!.cpu.push(t.cpuMs);
      if (t.peakRss !== null) samples[i]!.peak = Math.max(samples[i]!.peak ?? 0, t.peakRss);
    }
  }
  return samples.map((s) => ({ medianMs: median(s.times), cpuMs: s.cpu.length ? median(s.cpu) : null, runs: options.runs, peakRss: s.peak }));
}

/** Median wall time of an in-process function after a warm-up call. */
export function timeInProcess(fn: () => unknown, runs: number): { medianMs: number; runs: number } {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return { medianMs: median(times), runs };
}

/** Peak RSS of a running process from /proc (Linux), bytes, or null. */
export function peakRssOfPid(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system, all threads) a running process has used so far, ms (Linux /proc), or null. */
export function cpuMsOfPid(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Kernel clock ticks a second (USER_HZ), 100 on Linux unless getconf says otherwise. */
const CLOCK_TICKS = (() => {
  const r = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const n = Number(r.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
})();

/**
 * The environment less NODE_EXTRA_CA_CERTS, or null when it is not set. Node reads and parses
 * that file of certificates as every process starts (40-50 ms a process on the machine the
 * README's figures come from): part of what a user with it set waits for, not Faithful's. The
 * bench then times the processes both ways; VS Code's extension starts the language server
 * without it (src/shared/serverEnvironment.ts).
 */
export function envWithoutExtraCerts(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv | null {
  if (env.NODE_EXTRA_CA_CERTS === undefined) return null;
  const out = { ...env };
  delete out.NODE_EXTRA_CA_CERTS;
  return out;
}

/** "AMD EPYC, 2 cores, load 1.2" — what the figures were taken on. */
export function machineLine(): string {
  const cpus = os.cpus();
  const load = os.loadavg()[0]!.toFixed(1);
  // NODE_EXTRA_CA_CERTS makes every Node process read those certificates as it starts (40-50 ms
  // a process on the machine the README's figures come from): part of what a user with it set
  // waits for, and of "Node alone" below, but not Faithful's.
  const ca = process.env.NODE_EXTRA_CA_CERTS ? '; NODE_EXTRA_CA_CERTS is set (every Node process reads it at start)' : '';
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, load average ${load} at start; Node ${process.version}, ${process.platform} ${process.arch}${ca}`;
}

export const fmtMs = (ms: number) => (ms >= 100 ? Math.round(ms).toLocaleString('en') : ms.toFixed(1));
export const fmtCpu = (ms: number | null) => (ms === null ? 'n/a' : `${Math.round(ms).toLocaleString('en')} ms`);
export const fmtMb = (bytes: number | null) => (bytes === null ? 'n/a' : `${Math.round(bytes / 2 ** 20).toLocaleString('en')} MB`);
export const fmtX = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(1));
