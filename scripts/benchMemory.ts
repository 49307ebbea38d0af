// Memory of a long-lived process reading novel words, for `npm run bench` (issue 11, item 8):
// the engine, in-process, on pairs made of words it has never seen (each pair new words, as a
// language server open for hours meets them), with the heap measured after a full collection at
// checkpoints (48 novel words a pair, 24 a side). Flat means the last checkpoint is within a few megabytes of the first.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyze } from '../src/core';
import { fmtMs } from './benchProcess';

/** A word wink's lexicon does not hold: letters from a counter, different for every call. */
function novelWords(counter: { n: number }, count: number): string[] {
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    let n = counter.n++;
    let w = '';
    do {
      w += 'bcdfghjklmnpqrstvwxz'[n % 20]! + 'aeiou'[Math.floor(n / 20) % 5]!;
      n = Math.floor(n / 100);
    } while (n > 0);
    words.push(`${w}ax`);
  }
  return words;
}

function collect(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Runs `total` novel pairs and prints the heap after a full collection at checkpoints. */
export function runMemoryBench(total: number): void {
  console.log(`\n## Memory over ${total.toLocaleString('en')} pairs of novel words (the engine in this process; heap after a full garbage collection)`);
  const gc = collect();
  const counter = { n: 0 };
  const checkpoints = [1_000, Math.round(total / 4), Math.round(total / 2), total].filter((c, i, a) => c <= total && a.indexOf(c) === i);
  const heaps: Array<{ pairs: number; heap: number; rss: number }> = [];
  const started = performance.now();
  for (let i = 1; i <= total; i++) {
    const side = () => `The council approved ${novelWords(counter, 12).join(' ')} on Monday, said ${novelWords(counter, 12).join(' and ')}.`;
    analyze(side(), side());
    if (checkpoints.includes(i)) {
      gc();
      const m = process.memoryUsage();
      heaps.push({ pairs: i, heap: m.heapUsed, rss: m.rss });
      console.log(`after ${i.toLocaleString('en').padStart(9)} pairs (${counter.n.toLocaleString('en')} novel words): heap ${mb(m.heapUsed)}, RSS ${mb(m.rss)}, ${fmtMs(performance.now() - started)} ms so far`);
    }
  }
  const first = heaps[0]!;
  const last = heaps[heaps.length - 1]!;
  const growth = last.heap - first.heap;
  console.log('target (issue 11, item 8):');
  console.log(`  flat memory: heap after ${last.pairs.toLocaleString('en')} pairs within 16 MB of the heap after ${first.pairs.toLocaleString('en')}: ${growth >= 0 ? '+' : ''}${mb(growth)}: ${growth <= 16 * 2 ** 20 ? 'PASS' : 'FAIL'}`);
}

// Run directly (tsx scripts/benchMemory.ts N). Bundled into dist/bench.js this module is the
// main module too, so the file name is checked as well: bench.ts calls runMemoryBench itself.
if (require.main === module && /benchMemory\.[tj]s$/.test(process.argv[1] ?? '')) runMemoryBench(Number(process.argv[2] ?? 100_000));
