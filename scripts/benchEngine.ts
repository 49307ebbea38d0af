// The engine's own cost, in-process, for `npm run bench`: how its time grows with document size,
// next to jsdiff's diffWords over the same whole documents, a one-sentence edit re-checked with
// the paragraph cache, and a book-length run against the default time budget. Start-up is not
// in these figures (see bench.ts for whole processes).
import { diffWords } from 'diff';
import { AnalysisLimitError, analyze, DEFAULT_TIME_BUDGET_MS, PreparationCache } from '../src/core';
import { fmtMs, fmtX, median } from './benchProcess';

const SIZES = [1, 4, 16, 64] as const;
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

const COLUMNS = [['size', 5], ['words', 8], ['findings', 8], ['Faithful ms', 12], ['runs', 4], ['diffWords ms', 12], ['runs', 4], ['diffWords/Faithful', 18]] as const;
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
  analyze(S, R, { cache });
  const edits: number[] = [];
  const fulls: number[] = [];
  for (let k = 0; k < 5; k++) {
    const edited = R.replace('three MSS officials', `${k + 4} MSS officials`);
    edits.push(time(() => analyze(S, edited, { cache })).ms);
    fulls.push(time(() => analyze(S, edited)).ms);
  }
  const e = median(edits);
  const f = median(fulls);
  console.log(`\nedit re-check at 16× (one sentence changed, paragraph cache): ${fmtMs(e)} ms, full analysis ${fmtMs(f)} ms (${fmtX(f / e)}× less work); median of 5`);
}

export function runEngineBench(opts: { quick: boolean; bookWords: number }, seedSource: string, seedRewrite: string): void {
  const seedWords = countWords(seedSource) + countWords(seedRewrite);

  console.log(`\n## The engine alone, in this process (examples/ seed, ${seedWords} words, copies joined with a blank line)${opts.quick ? '; --quick: no 64× row, no book run' : ''}`);

  // Warm-up: the engine lazy-loads its NLP model on first use; diffWords gets one run too.
  const warm = time(() => analyze(seedSource, seedRewrite));
  time(() => diffWords(seedSource, seedRewrite));
  console.log(`warm-up (includes loading the NLP model): ${fmtMs(warm.ms)} ms\n`);

  console.log(row(COLUMNS.map(([h]) => h)));
  console.log(row(COLUMNS.map(([, w]) => '-'.repeat(w))));
  const faithfulMs = new Map<number, number>();
  const diffMs = new Map<number, number>();
  const skipped: string[] = [];
  let lastDiff: { copies: number; ms: number } | null = null;
  for (const copies of SIZES) {
    if (opts.quick && copies >= 64) continue;
    const source = repeat(seedSource, copies);
    const rewrite = repeat(seedRewrite, copies);
    const words = countWords(source) + countWords(rewrite);

    const runs = faithfulRuns(copies);
    const fTimes: number[] = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      const r = time(() => analyze(source, rewrite, { timeBudgetMs: MEASURE_BUDGET_MS }));
      fTimes.push(r.ms);
      findings = r.value.findings.length;
    }
    const fMs = median(fTimes);
    faithfulMs.set(copies, fMs);

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
    console.log(row([`${copies}×`, words.toLocaleString('en'), String(findings), fmtMs(fMs), String(runs), dCell, dRuns, ratioCell]));
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
  const f64 = faithfulMs.get(64);
  if (f16 !== undefined && f64 !== undefined) {
    const growth = f64 / f16;
    console.log(`64× costs ${growth.toFixed(1)}× of 16× (target ≤ 5×): ${growth <= 5 ? 'PASS' : 'FAIL'}`);
  } else {
    console.log('64× costs ?× of 16× (target ≤ 5×): not measured (--quick)');
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
