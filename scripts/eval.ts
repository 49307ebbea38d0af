// `npm run eval`: measures the engine against the hand-labelled corpus (test/corpus) and the public
// labelled pairs in ../shared/data/*.jsonl. It measures and prints; it never fails the build.
//
//   --corpus NAME  run one corpus only: corpus (test/corpus) or a public file's short name
//                  (summedits, falke, paws: the file name up to its first "-")
//   --json         print machine-readable results instead of tables
//   --misses N     print the first N false positives and N false negatives of each public file
//   --verbose      list missed and extra findings for every test/corpus pair
//   --jobs N       worker threads (default: os.availableParallelism(); 1 runs in this thread)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { analyze } from '../src/core';
import { KINDS, type Finding, type TextFormat } from '../src/core/types';
import {
  balancedAccuracy, countsAsChange, emptyBinary, isFlag, matchFindings, precision, predictsChanged, recall,
  resolveExpected, spanProblems, sumCounts, tallyBinary, tallyByKind, topCounts,
  type BinaryCounts, type ExpectedLabel, type KindCounts, type MatchResult, type ResolvedExpected,
} from './evalLib';

// ---------------------------------------------------------------------------------------------
// Running the engine, in worker threads when bundled (dist/eval.js), else in this thread.

interface Task { readonly key: number; readonly source: string; readonly rewrite: string; readonly format: TextFormat }
interface Outcome { readonly key: number; readonly findings: Finding[]; readonly ms: number; readonly error: string | null }

function runTask(task: Task): Outcome {
  const started = performance.now();
  try {
    const result = analyze(task.source, task.rewrite, { format: task.format });
    return { key: task.key, findings: result.findings, ms: performance.now() - started, error: null };
  } catch (err) {
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { key: task.key, findings: [], ms: performance.now() - started, error: message };
  }
}

/** The engine lazy-loads its NLP model on first use; load it before any task is timed. */
function warmUp(): void {
  analyze('The council met on Monday.', 'The council met on Monday.');
}

function workerMain(): void {
  warmUp();
  parentPort!.on('message', (task: Task) => parentPort!.postMessage(runTask(task)));
}

async function runAll(tasks: readonly Task[], jobs: number): Promise<Outcome[]> {
  const results: Outcome[] = new Array(tasks.length);
  const canFork = __filename.endsWith('.js'); // under tsx the .ts file cannot start a worker by itself
  const workers = canFork ? Math.max(0, Math.min(jobs, tasks.length)) : 0;
  if (workers <= 1) {
    warmUp();
    for (const t of tasks) results[t.key] = runTask(t);
    return results;
  }
  let next = 0;
  await Promise.all(Array.from({ length: workers }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(__filename);
    const feed = () => {
      if (next < tasks.length) worker.postMessage(tasks[next++]);
      else void worker.terminate().then(() => resolve());
    };
    worker.on('message', (out: Outcome) => { results[out.key] = out; feed(); });
    worker.on('error', reject);
    feed();
  })));
  return results;
}

// ---------------------------------------------------------------------------------------------
// Inputs.

interface Options { corpus: string | null; json: boolean; misses: number; verbose: boolean; jobs: number }

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { corpus: null, json: false, misses: 0, verbose: false, jobs: os.availableParallelism() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${arg} needs a value`);
      return v;
    };
    const count = (name: string) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) usage(`${name} needs a whole number`);
      return n;
    };
    if (arg === '--corpus') opts.corpus = value();
    else if (arg === '--json') opts.json = true;
    else if (arg === '--misses') opts.misses = count('--misses');
    else if (arg === '--verbose') opts.verbose = true;
    else if (arg === '--jobs') opts.jobs = Math.max(1, count('--jobs'));
    else if (arg === '--help' || arg === '-h') { console.log(HELP); process.exit(0); }
    else usage(`unknown argument ${arg}`);
  }
  return opts;
}

const HELP = `usage: npm run eval -- [--corpus corpus|dev|blind|summedits|falke|paws] [--json] [--misses N] [--verbose] [--jobs N]`;

function usage(message: string): never {
  console.error(`eval: ${message}\n${HELP}`);
  process.exit(2);
}

/** The repository root: next to this script (scripts/ or dist/), else the working directory. */
function repoRoot(): string {
  const fromScript = path.resolve(__dirname, '..');
  return fs.existsSync(path.join(fromScript, 'test', 'corpus')) ? fromScript : process.cwd();
}

interface CorpusPair {
  readonly name: string;
  readonly source: string;
  readonly rewrite: string;
  readonly format: TextFormat;
  readonly labels: ExpectedLabel[];
}

function loadCorpus(dir: string): CorpusPair[] {
  const pairs: CorpusPair[] = [];
  for (const name of fs.readdirSync(dir).filter((n) => /^\d+-/.test(n)).sort()) {
    const pairDir = path.join(dir, name);
    const ext = fs.existsSync(path.join(pairDir, 'source.md')) ? 'md' : 'txt';
    const expected = JSON.parse(fs.readFileSync(path.join(pairDir, 'expected.json'), 'utf8')) as { findings: ExpectedLabel[] };
    pairs.push({
      name,
      source: fs.readFileSync(path.join(pairDir, `source.${ext}`), 'utf8'),
      rewrite: fs.readFileSync(path.join(pairDir, `rewrite.${ext}`), 'utf8'),
      format: ext === 'md' ? 'markdown' : 'plain',
      labels: expected.findings,
    });
  }
  return pairs;
}

interface PublicRow { readonly id: string; readonly source: string; readonly rewrite: string; readonly changed: boolean }
interface PublicFile { readonly name: string; readonly file: string; readonly rows: PublicRow[] }

/** Short name of a public file: its base name up to the first "-" (summedits, falke, paws). */
function publicName(file: string): string {
  return path.basename(file, '.jsonl').split('-')[0]!;
}

function loadPublic(dir: string): PublicFile[] {
  return fs.readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort().map((file) => ({
    name: publicName(file),
    file,
    rows: fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PublicRow),
  }));
}

// ---------------------------------------------------------------------------------------------
// Scoring.

interface PairReport {
  readonly name: string;
  readonly preds: Finding[];
  readonly expected: ResolvedExpected[];
  readonly match: MatchResult;
  readonly error: string | null;
}

interface SpanViolation { readonly corpus: string; readonly pair: string; readonly kind: string; readonly problem: string }

interface CorpusReport {
  readonly pairs: number;
  readonly labels: number;
  readonly byKind: Map<string, KindCounts>;
  readonly total: KindCounts;
  /** Totals when info predictions are left out (errors and warnings only). */
  readonly totalFlags: KindCounts;
  readonly paraphrasePairs: number;
  readonly noisyPairs: string[];
  readonly errors: Array<{ pair: string; error: string }>;
  readonly reports: PairReport[];
  readonly engineMs: number;
}

function scoreCorpus(pairs: readonly CorpusPair[], outcomes: readonly Outcome[], violations: SpanViolation[]): CorpusReport {
  const byKind = new Map<string, KindCounts>(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const flagKinds = new Map<string, KindCounts>();
  const reports: PairReport[] = [];
  const noisyPairs: string[] = [];
  const errors: Array<{ pair: string; error: string }> = [];
  let paraphrasePairs = 0;
  let labels = 0;
  let engineMs = 0;
  pairs.forEach((pair, i) => {
    const out = outcomes[i]!;
    engineMs += out.ms;
    let expected: ResolvedExpected[];
    try {
      expected = resolveExpected(pair.labels, pair.source, pair.rewrite);
    } catch (err) {
      errors.push({ pair: pair.name, error: `bad expected.json: ${(err as Error).message}` });
      return;
    }
    if (out.error) errors.push({ pair: pair.name, error: out.error });
    labels += expected.length;
    const preds = out.findings;
    for (const f of preds) {
      for (const problem of spanProblems(f, pair.source, pair.rewrite)) violations.push({ corpus: 'corpus', pair: pair.name, kind: f.kind, problem });
    }
    const match = matchFindings(preds, expected);
    tallyByKind(byKind, preds, expected, match);
    const flags = preds.filter((f) => isFlag(f.severity));
    tallyByKind(flagKinds, flags, expected, matchFindings(flags, expected));
    if (expected.length === 0) {
      paraphrasePairs++;
      if (flags.length > 0) noisyPairs.push(pair.name);
    }
    reports.push({ name: pair.name, preds, expected, match, error: out.error });
  });
  return {
    pairs: pairs.length, labels, byKind, total: sumCounts(byKind.values()), totalFlags: sumCounts(flagKinds.values()),
    paraphrasePairs, noisyPairs, errors, reports, engineMs,
  };
}

interface RowResult { readonly row: PublicRow; readonly findings: Finding[]; readonly predicted: boolean }

interface PublicReport {
  readonly name: string;
  readonly file: string;
  readonly rows: number;
  readonly positives: number;
  readonly counts: BinaryCounts;
  readonly topFalsePositiveKinds: Array<[string, number]>;
  readonly errors: Array<{ id: string; error: string }>;
  readonly falsePositives: RowResult[];
  readonly falseNegatives: RowResult[];
  readonly engineMs: number;
}

function scorePublic(file: PublicFile, outcomes: readonly Outcome[], violations: SpanViolation[]): PublicReport {
  const counts = emptyBinary();
  const fpKinds = new Map<string, number>();
  const errors: Array<{ id: string; error: string }> = [];
  const falsePositives: RowResult[] = [];
  const falseNegatives: RowResult[] = [];
  let engineMs = 0;
  file.rows.forEach((row, i) => {
    const out = outcomes[i]!;
    engineMs += out.ms;
    for (const f of out.findings) {
      for (const problem of spanProblems(f, row.source, row.rewrite)) violations.push({ corpus: file.name, pair: row.id, kind: f.kind, problem });
    }
    if (out.error) { // an engine failure is reported, not scored
      errors.push({ id: row.id, error: out.error });
      return;
    }
    const predicted = predictsChanged(out.findings);
    tallyBinary(counts, row.changed, predicted);
    const result = { row, findings: out.findings, predicted };
    if (predicted && !row.changed) {
      falsePositives.push(result);
      for (const kind of new Set(out.findings.filter(countsAsChange).map((f) => f.kind))) fpKinds.set(kind, (fpKinds.get(kind) ?? 0) + 1);
    } else if (!predicted && row.changed) {
      falseNegatives.push(result);
    }
  });
  return {
    name: file.name, file: file.file, rows: file.rows.length, positives: file.rows.filter((r) => r.changed).length,
    counts, topFalsePositiveKinds: topCounts(fpKinds, 5), errors, falsePositives, falseNegatives, engineMs,
  };
}

// ---------------------------------------------------------------------------------------------
// Printing.

const rate = (r: number | null) => (r === null ? '—' : r.toFixed(3));
const round3 = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 1000);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function countsRow(label: string, c: KindCounts): string[] {
  return [label, String(c.tp + c.fn), String(c.tp + c.fp), String(c.tp), String(c.fp), String(c.fn), rate(precision(c)), rate(recall(c))];
}

function snippet(text: string, span: { start: number; end: number } | null): string {
  if (span === null) return '—';
  return JSON.stringify(text.slice(span.start, span.end).replace(/\s+/g, ' '));
}

function describeFinding(f: Finding, source: string, rewrite: string): string {
  return `${f.kind} (${f.severity}) rewrite ${snippet(rewrite, f.rewrite)} source ${snippet(source, f.source)}: ${f.message}`;
}

function printCorpus(title: string, rep: CorpusReport, verbose: boolean, pairs: readonly CorpusPair[]): void {
  console.log(`\n== ${title} — ${rep.pairs} pairs, ${rep.labels} labelled findings (engine time, summed over pairs: ${secs(rep.engineMs)})`);
  console.log('A prediction of any severity matches a label of its kind when its span overlaps the labelled string.\n');
  const rows = KINDS.map((k) => countsRow(k, rep.byKind.get(k)!));
  for (const [k, c] of rep.byKind) if (!(KINDS as readonly string[]).includes(k)) rows.push(countsRow(k, c));
  rows.push(countsRow('total', rep.total));
  rows.push(countsRow('total, errors+warnings only', rep.totalFlags));
  console.log(table(['kind', 'expected', 'predicted', 'TP', 'FP', 'FN', 'precision', 'recall'], rows));
  console.log(`\nnoisy paraphrase pairs: ${rep.noisyPairs.length} of ${rep.paraphrasePairs}${rep.noisyPairs.length ? ` (${rep.noisyPairs.join(', ')})` : ''}`);
  console.log(`false alarms (errors and warnings matching no label) per pair: ${(rep.totalFlags.fp / Math.max(1, rep.pairs)).toFixed(2)}`);
  for (const e of rep.errors) console.log(`error on ${e.pair}: ${e.error}`);
  if (!verbose) return;
  console.log('\nPer pair (missed = false negatives, extra = false positives):');
  for (const r of rep.reports) {
    const pair = pairs.find((p) => p.name === r.name)!;
    const status = r.match.missed.length || r.match.extra.length ? '' : '  ok';
    console.log(`\n${r.name}: ${r.match.pairs.length} matched, ${r.match.missed.length} missed, ${r.match.extra.length} extra${status}`);
    for (const e of r.match.missed) {
      const x = r.expected[e]!;
      console.log(`  missed ${x.kind}: rewrite ${x.rewriteText === null ? '—' : JSON.stringify(x.rewriteText)} source ${x.sourceText === null ? '—' : JSON.stringify(x.sourceText)}`);
    }
    for (const p of r.match.extra) console.log(`  extra  ${describeFinding(r.preds[p]!, pair.source, pair.rewrite)}`);
  }
}

function printPublic(rep: PublicReport, misses: number): void {
  const c = rep.counts;
  console.log(`\n== ${rep.name} (${rep.file}): ${rep.rows} rows, ${rep.positives} changed, ${rep.rows - rep.positives} unchanged (engine time, summed over pairs: ${secs(rep.engineMs)})`);
  console.log(`TP ${c.tp}  FP ${c.fp}  TN ${c.tn}  FN ${c.fn}`);
  console.log(`balanced accuracy ${rate(balancedAccuracy(c))}   precision ${rate(precision(c))}   recall ${rate(recall(c))}`);
  const top = rep.topFalsePositiveKinds.map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`top kinds on false positives (rows): ${top || '—'}`);
  if (rep.errors.length) {
    console.log(`engine errors: ${rep.errors.length} rows (left out of the counts)`);
    for (const e of rep.errors.slice(0, 5)) console.log(`  ${e.id}: ${e.error}`);
  }
  if (misses <= 0) return;
  const show = (label: string, list: RowResult[]) => {
    console.log(`\n-- first ${Math.min(misses, list.length)} of ${list.length} ${label} (${rep.name})`);
    for (const r of list.slice(0, misses)) {
      console.log(`\n[${r.row.id}] labelled ${r.row.changed ? 'changed' : 'unchanged'}, predicted ${r.predicted ? 'changed' : 'unchanged'}`);
      console.log(`  source:  ${r.row.source}`);
      console.log(`  rewrite: ${r.row.rewrite}`);
      if (r.findings.length === 0) console.log('  findings: none');
      for (const f of r.findings) console.log(`  ${countsAsChange(f) ? '*' : '-'} ${describeFinding(f, r.row.source, r.row.rewrite)}`);
    }
  };
  show('false positives', rep.falsePositives);
  show('false negatives', rep.falseNegatives);
  console.log('\n(* = counts towards "changed"; - = info, omitted or attribution, which do not)');
}

function printViolations(violations: readonly SpanViolation[]): void {
  console.log(`\nspan range violations: ${violations.length}`);
  for (const v of violations.slice(0, 50)) console.log(`  ${v.corpus} ${v.pair} ${v.kind}: ${v.problem}`);
  if (violations.length > 50) console.log(`  … ${violations.length - 50} more`);
}

function findingJson(f: Finding, source: string, rewrite: string) {
  return {
    kind: f.kind, severity: f.severity, message: f.message, rewrite: f.rewrite, source: f.source,
    rewriteText: f.rewrite ? rewrite.slice(f.rewrite.start, f.rewrite.end) : null,
    sourceText: f.source ? source.slice(f.source.start, f.source.end) : null,
  };
}

function countsJson(c: KindCounts) {
  return { ...c, precision: round3(precision(c)), recall: round3(recall(c)) };
}

function corpusJson(rep: CorpusReport, verbose: boolean, pairs: readonly CorpusPair[]) {
  return {
    pairs: rep.pairs,
    labels: rep.labels,
    engineMs: Math.round(rep.engineMs),
    byKind: Object.fromEntries([...rep.byKind].map(([k, c]) => [k, countsJson(c)])),
    total: countsJson(rep.total),
    totalErrorsAndWarnings: countsJson(rep.totalFlags),
    noisyParaphrase: { count: rep.noisyPairs.length, of: rep.paraphrasePairs, pairs: rep.noisyPairs },
    errors: rep.errors,
    ...(verbose ? {
      perPair: rep.reports.map((r) => {
        const pair = pairs.find((p) => p.name === r.name)!;
        return {
          pair: r.name,
          matched: r.match.pairs.length,
          missed: r.match.missed.map((e) => ({ kind: r.expected[e]!.kind, rewrite: r.expected[e]!.rewriteText, source: r.expected[e]!.sourceText })),
          extra: r.match.extra.map((p) => findingJson(r.preds[p]!, pair.source, pair.rewrite)),
        };
      }),
    } : {}),
  };
}

function publicJson(rep: PublicReport, misses: number) {
  const rowJson = (r: RowResult) => ({
    id: r.row.id, changed: r.row.changed, predicted: r.predicted, source: r.row.source, rewrite: r.row.rewrite,
    findings: r.findings.map((f) => ({ ...findingJson(f, r.row.source, r.row.rewrite), countsAsChange: countsAsChange(f) })),
  });
  return {
    name: rep.name, file: rep.file, rows: rep.rows, changed: rep.positives, unchanged: rep.rows - rep.positives,
    engineMs: Math.round(rep.engineMs),
    ...rep.counts,
    balancedAccuracy: round3(balancedAccuracy(rep.counts)),
    precision: round3(precision(rep.counts)),
    recall: round3(recall(rep.counts)),
    topFalsePositiveKinds: rep.topFalsePositiveKinds.map(([kind, rows]) => ({ kind, rows })),
    errors: rep.errors,
    ...(misses > 0 ? { falsePositives: rep.falsePositives.slice(0, misses).map(rowJson), falseNegatives: rep.falseNegatives.slice(0, misses).map(rowJson) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const root = repoRoot();
  const corpusDir = path.join(root, 'test', 'corpus');
  // The blind set (test/corpus-blind) was written without looking at the engine: it is for
  // measuring only. Its per-pair details are printed only on request (--verbose).
  const blindDir = path.join(root, 'test', 'corpus-blind');
  // The development set (test/corpus-dev), also written without looking at the engine, may be studied.
  const devDir = path.join(root, 'test', 'corpus-dev');
  const publicDir = path.resolve(root, '..', 'shared', 'data');
  const notes: string[] = [];

  const publicAvailable = fs.existsSync(publicDir);
  const allPublic = publicAvailable ? loadPublic(publicDir) : [];
  const known = ['corpus', 'dev', 'blind', ...allPublic.map((f) => f.name)];
  if (opts.corpus !== null && !known.includes(opts.corpus) && !allPublic.some((f) => f.file === opts.corpus)) {
    if (!publicAvailable && ['summedits', 'falke', 'paws'].includes(opts.corpus)) usage(`${publicDir} is missing, so there is no ${opts.corpus} corpus`);
    usage(`unknown corpus ${opts.corpus}; available: ${known.join(', ')}`);
  }
  const wantCorpus = opts.corpus === null || opts.corpus === 'corpus';
  const pairs = wantCorpus ? loadCorpus(corpusDir) : [];
  const wantDev = (opts.corpus === null || opts.corpus === 'dev') && fs.existsSync(devDir);
  const devPairs = wantDev ? loadCorpus(devDir) : [];
  const wantBlind = (opts.corpus === null || opts.corpus === 'blind') && fs.existsSync(blindDir);
  const blindPairs = wantBlind ? loadCorpus(blindDir) : [];
  const publicFiles = allPublic.filter((f) => opts.corpus === null || opts.corpus === f.name || opts.corpus === f.file);
  if (!publicAvailable && opts.corpus === null) notes.push(`public corpora skipped: ${publicDir} is missing`);

  const tasks: Task[] = [];
  const add = (source: string, rewrite: string, format: TextFormat) => tasks.push({ key: tasks.length, source, rewrite, format });
  for (const p of pairs) add(p.source, p.rewrite, p.format);
  for (const p of devPairs) add(p.source, p.rewrite, p.format);
  for (const p of blindPairs) add(p.source, p.rewrite, p.format);
  for (const f of publicFiles) for (const r of f.rows) add(r.source, r.rewrite, 'plain');

  const canFork = __filename.endsWith('.js');
  const workers = canFork ? Math.min(opts.jobs, tasks.length) : 1;
  if (!opts.json) console.log(`Faithful eval: ${tasks.length} pairs on ${workers} ${workers > 1 ? 'worker threads' : 'thread'}…`);
  const outcomes = await runAll(tasks, opts.jobs);

  const violations: SpanViolation[] = [];
  let offset = 0;
  const corpus = wantCorpus ? scoreCorpus(pairs, outcomes.slice(0, pairs.length), violations) : null;
  offset += pairs.length;
  const dev = wantDev ? scoreCorpus(devPairs, outcomes.slice(offset, offset + devPairs.length), violations) : null;
  offset += devPairs.length;
  const blind = wantBlind ? scoreCorpus(blindPairs, outcomes.slice(offset, offset + blindPairs.length), violations) : null;
  offset += blindPairs.length;
  const publicReports = publicFiles.map((f) => {
    const rep = scorePublic(f, outcomes.slice(offset, offset + f.rows.length), violations);
    offset += f.rows.length;
    return rep;
  });
  const wallMs = performance.now() - started;

  if (opts.json) {
    console.log(JSON.stringify({
      workers, pairsAnalysed: tasks.length, wallMs: Math.round(wallMs), notes,
      corpus: corpus ? corpusJson(corpus, opts.verbose, pairs) : null,
      dev: dev ? corpusJson(dev, opts.verbose, devPairs) : null,
      blind: blind ? corpusJson(blind, opts.verbose, blindPairs) : null,
      public: publicReports.map((r) => publicJson(r, opts.misses)),
      spanViolations: violations,
    }, null, 2));
    return;
  }
  if (corpus) printCorpus('Corpus A: test/corpus', corpus, opts.verbose, pairs);
  if (dev) printCorpus('Corpus C: test/corpus-dev (written blind, studied since)', dev, opts.verbose, devPairs);
  if (blind) printCorpus('Corpus B: test/corpus-blind (blind, never tuned to)', blind, opts.verbose, blindPairs);
  if (publicReports.length) {
    console.log('\nPublic corpora: predicted "changed" = at least one error or warning, omitted and attribution findings excluded.');
    for (const rep of publicReports) printPublic(rep, opts.misses);
  }
  for (const n of notes) console.log(`\n${n}`);
  printViolations(violations);
  console.log(`\ndone: ${tasks.length} pairs in ${secs(wallMs)} wall time on ${workers} ${workers > 1 ? 'worker threads' : 'thread'}`);
}

if (isMainThread) {
  // No process.exit on success: it could cut off output still being written to a pipe.
  main().catch((err) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  });
} else {
  workerMain();
}
