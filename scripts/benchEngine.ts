// The engine's own cost for `npm run bench`: how its time and memory grow with document size
// (each size in a fresh child process, so its peak memory is its own), next to jsdiff's
// diffWords over the same whole documents in this process, a one-sentence edit re-checked with
// the editor's cache, and a book-length run against the default time budget. Start-up is not
// in the times (see bench.ts for whole processes).
import { spawnSync } from 'node:child_process';
import { diffWords } from 'diff';
import { AnalysisLimitError, analyze, DEFAULT_TIME_BUDGET_MS, PreparationCache } from '../src/core';
import { alignmentMemoFor } from '../src/core/align';
import { fmtMs, fmtX, median } from './benchProcess';

/** Copies of the seed pair: 16× is the 6,000-word pair. */
const SIZES = [1, 4, 16, 64, 256] as const;
/** Faithful runs per size: the median of 3 where runs are short, one run at 64×. */
const faithfulRuns = (copies: number) => (copies >= 64 ? 1 : 3);
/** Skip a diffWords run whose estimated time exceeds this; it is also passed as jsdiff's timeout. */
const DIFF_LIMIT_MS = 60_000;
/**
 * The estimate is quadratic from the previous size, times this margin: at 64× jsdiff grows faster
 * than quadratic (measured: 3.4 s at 16×, 116 s at 64×, where the plain estimate said 54 s).
 */
const DIFF_ESTIMATE_MARGIN = 2;
/** diffWords is repeated (up to 3 runs, median) only while one run is shorter than this. */
const DIFF_REPEAT_BELOW_MS = 2_000;
/** The scaling rows measure time, so they get a budget far above any run's length. */
const MEASURE_BUDGET_MS = 30 * 60_000;

/** `copies` copies of the text joined with a blank line. */
export function repeat(text: string, copies: number): string {
  return Array.from({ length: copies }, () => text.trim()).join('\n\n');
}

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

let peakRss = 0;
function sampleRss(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = fn();
  const ms = performance.now() - started;
  sampleRss();
  return { ms, value };
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;

const COLUMNS = [['size', 5], ['words', 8], ['findings', 8], ['Faithful ms', 12], ['runs', 4], ['ms/1k words', 11], ['peak RSS', 9], ['over 1×', 8], ['diffWords ms', 12], ['runs', 4], ['diffWords/Faithful', 18]] as const;
function row(cells: readonly string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(COLUMNS[i]![1]) : c.padStart(COLUMNS[i]![1]))).join('  ');
}

/**
 * What an editor pays per keystroke: a 16× draft (about 6,000 words of rewrite) re-checked
 * after a one-sentence edit, with the paragraph cache the language server keeps, next to a
 * full analysis of the same texts in the same run.
 */
function editRecheck(source: string, rewrite: string): void {
  const S = repeat(source, 16);
  const R = repeat(rewrite, 16);
  const cache = new PreparationCache();
  const sentences = analyze(S, R, { cache }).stats.rewriteSentences;
  const memo = alignmentMemoFor(cache);
  const edits: number[] = [];
  const cpus: number[] = [];
  const fulls: number[] = [];
  let repaired = 0;
  // Edits one after another, as an editor makes them; the full analyses after them, so their
  // garbage is not collected inside an edit's time.
  for (let k = 0; k < 9; k++) {
    const edited = R.replace('three MSS officials', `${k + 4} MSS officials`);
    const cpu = process.cpuUsage();
    edits.push(time(() => analyze(S, edited, { cache })).ms);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
    repaired = Math.max(repaired, memo.computed);
  }
  for (let k = 0; k < 5; k++) fulls.push(time(() => analyze(S, R.replace('three MSS officials', `${k + 4} MSS officials`))).ms);
  const e = median(edits);
  const f = median(fulls);
  console.log(`\nedit re-check at 16× (one sentence changed, the editor's cache: tokenised paragraphs, sentence pairings, rule results): ${fmtMs(e)} ms wall, ${fmtMs(median(cpus))} ms CPU (median of 9; at most ${repaired} of ${sentences.toLocaleString('en')} sentences re-paired); full analysis ${fmtMs(f)} ms (${fmtX(f / e)}× less work; median of 5)`);
  console.log(`  target (issue 10) ≤ 30 ms including parsing: ${e <= 30 ? 'PASS' : 'FAIL'}`);
}

/** What a child process measures for one size of the scale table. */
interface ScaleRun {
  readonly ms: number;
  readonly findings: number;
  readonly peakRss: number;
}

/**
 * `node dist/bench.js --scale-child COPIES RUNS`: analyses COPIES copies of the seed pair RUNS
 * times after a warm-up and prints one JSON line: median time, findings, and this process's peak
 * resident memory (the NLP model and the data included, as a user's process has them).
 */
export function scaleChild(copies: number, runs: number, seedSource: string, seedRewrite: string): void {
  analyze(seedSource, seedRewrite);
  const source = repeat(seedSource, copies);
  const rewrite = repeat(seedRewrite, copies);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const r = time(() => analyze(source, rewrite, { timeBudgetMs: MEASURE_BUDGET_MS }));
    times.push(r.ms);
    findings = r.value.findings.length;
  }
  const out: ScaleRun = { ms: median(times), findings, peakRss: process.resourceUsage().maxRSS * 1024 };
  console.log(JSON.stringify(out));
}

function runScaleChild(copies: number, runs: number): ScaleRun {
  const child = spawnSync(process.execPath, [process.argv[1]!, '--scale-child', String(copies), String(runs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`scale child at ${copies}× failed (${child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as ScaleRun;
}

export function runEngineBench(opts: { quick: boolean; bookWords: number }, seedSource: string, seedRewrite: string): void {
  const seedWords = countWords(seedSource) + countWords(seedRewrite);

  console.log(`\n## The engine alone (examples/ seed, ${seedWords} words, copies joined with a blank line; each size in a fresh child process: time is the analysis alone, peak RSS the whole process's)${opts.quick ? '; --quick: no 64× and 256× rows, no book run' : ''}`);

  // Warm-up: the engine lazy-loads its NLP model on first use; diffWords gets one run too.
  const warm = time(() => analyze(seedSource, seedRewrite));
  time(() => diffWords(seedSource, seedRewrite));
  console.log(`warm-up (includes loading the NLP model): ${fmtMs(warm.ms)} ms\n`);

  console.log(row(COLUMNS.map(([h]) => h)));
  console.log(row(COLUMNS.map(([, w]) => '-'.repeat(w))));
  const faithfulMs = new Map<number, number>();
  const scaleRss = new Map<number, number>();
  const diffMs = new Map<number, number>();
  const skipped: string[] = [];
  let lastDiff: { copies: number; ms: number } | null = null;
  for (const copies of SIZES) {
    if (opts.quick && copies >= 64) continue;
    const source = repeat(seedSource, copies);
    const rewrite = repeat(seedRewrite, copies);
    const words = countWords(source) + countWords(rewrite);

    const runs = faithfulRuns(copies);
    const scale = runScaleChild(copies, runs);
    const fMs = scale.ms;
    const findings = scale.findings;
    faithfulMs.set(copies, fMs);
    scaleRss.set(copies, scale.peakRss);
    sampleRss();

    // diffWords is quadratic here: estimate from the previous size and skip when too slow.
    let dCell = 'skipped';
    let dRuns = '—';
    let ratioCell = '—';
    const estimate = lastDiff ? lastDiff.ms * (copies / lastDiff.copies) ** 2 * DIFF_ESTIMATE_MARGIN : 0;
    const dTimes: number[] = [];
    let timedOut = false;
    if (estimate > DIFF_LIMIT_MS) {
      skipped.push(`diffWords at ${copies}×: skipped, estimated ${fmtMs(estimate)} ms (${fmtMs(lastDiff!.ms)} ms at ${lastDiff!.copies}× × ${(copies / lastDiff!.copies) ** 2} for quadratic growth × ${DIFF_ESTIMATE_MARGIN} margin) exceeds the ${fmtMs(DIFF_LIMIT_MS)} ms limit`);
    } else {
      do {
        const r = time(() => diffWords(source, rewrite, { timeout: DIFF_LIMIT_MS }));
        if (r.value === undefined) timedOut = true; // jsdiff gives up after `timeout` ms
        else dTimes.push(r.ms);
      } while (!timedOut && dTimes.length < 3 && dTimes[dTimes.length - 1]! < DIFF_REPEAT_BELOW_MS);
      if (timedOut) skipped.push(`diffWords at ${copies}×: stopped by jsdiff's ${fmtMs(DIFF_LIMIT_MS)} ms timeout`);
    }
    if (dTimes.length > 0) {
      const dMs = median(dTimes);
      diffMs.set(copies, dMs);
      lastDiff = { copies, ms: dMs };
      dCell = fmtMs(dMs);
      dRuns = String(dTimes.length);
      ratioCell = `${fmtX(dMs / fMs)}×`;
    }
    const base = scaleRss.get(1);
    const over = base !== undefined && copies > 1 ? mb(scale.peakRss - base) : '—';
    console.log(row([`${copies}×`, words.toLocaleString('en'), String(findings), fmtMs(fMs), String(runs), (fMs / (words / 1000)).toFixed(1), mb(scale.peakRss), over, dCell, dRuns, ratioCell]));
  }
  for (const s of skipped) console.log(s);
  console.log('(ms: median of the runs; diffWords is repeated only while a run takes under 2 s)\n');

  const f16 = faithfulMs.get(16);
  const d16 = diffMs.get(16);
  if (f16 !== undefined && d16 !== undefined) {
    const speedup = d16 / f16;
    console.log(`16×: Faithful is ${fmtX(speedup)}× faster than diffWords (target ≥ 20×): ${speedup >= 20 ? 'PASS' : 'FAIL'}`);
  } else {
    console.log('16×: no diffWords time to compare with (target ≥ 20×): not measured');
  }
  // Linear growth: each row is 4× the words of the one before.
  for (const [from, to] of [[16, 64], [64, 256]] as const) {
    const a = faithfulMs.get(from);
    const b = faithfulMs.get(to);
    if (a !== undefined && b !== undefined) {
      const growth = b / a;
      console.log(`${to}× costs ${growth.toFixed(1)}× of ${from}× (4× the words; linear growth is 4×, target ≤ 5×): ${growth <= 5 ? 'PASS' : 'FAIL'}`);
    } else {
      console.log(`${to}× costs ?× of ${from}× (target ≤ 5×): not measured (--quick)`);
    }
  }

  editRecheck(seedSource, seedRewrite);

  if (!opts.quick) {
    const copies = Math.max(1, Math.round(opts.bookWords / seedWords));
    const source = repeat(seedSource, copies);
    const rewrite = repeat(seedRewrite, copies);
    const sw = countWords(source);
    const rw = countWords(rewrite);
    console.log(`\nbook: ${copies} copies of the seed, ${(sw + rw).toLocaleString('en')} words (source ${sw.toLocaleString('en')}, rewrite ${rw.toLocaleString('en')}), default time budget ${DEFAULT_TIME_BUDGET_MS.toLocaleString('en')} ms`);
    const started = performance.now();
    try {
      const result = analyze(source, rewrite);
      const ms = performance.now() - started;
      sampleRss();
      console.log(`book: finished in ${fmtMs(ms)} ms with ${result.findings.length.toLocaleString('en')} findings; within the default time budget: ${ms <= DEFAULT_TIME_BUDGET_MS ? 'yes' : 'no'}`);
    } catch (err) {
      const ms = performance.now() - started;
      sampleRss();
      if (!(err instanceof AnalysisLimitError)) throw err;
      console.log(`book: stopped after ${fmtMs(ms)} ms; within the default time budget: no`);
      console.log(`book: AnalysisLimitError: ${err.message}`);
    }
  }

  console.log(`\npeak RSS: ${mb(peakRss)} (process.memoryUsage().rss sampled after each run); OS max RSS: ${mb(process.resourceUsage().maxRSS * 1024)}`);
}
