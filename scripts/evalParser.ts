// `npm run eval:parser`: the committed parser model's attachment scores on UD English EWT test
// (gold tokens, the engine's own part-of-speech tags, punctuation included), and its speed.
// `--dev` scores the dev split instead (for development; the test split is for reporting).
//
// The speed is measured on the tagger and parser bundled by esbuild, as the engine ships them:
// run from TypeScript under tsx, every call across modules goes through a getter, which makes
// the feature extraction about four times slower than the CLI and the language server parse.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { readConllu } from './conllu';
import { scoreParses } from './parserScore';
import { decodeModel } from '../src/core/syntax/model';
import type { refineTags } from '../src/core/syntax/index';

const root = path.resolve(__dirname, '..');
const split = process.argv.includes('--dev') ? 'dev' : 'test';
const file = path.resolve(root, '..', 'shared', 'data', 'ud-english-ewt', `${split}.conllu`);
const modelFile = path.join(root, 'models', 'en-ewt-parser.bin');
if (!fs.existsSync(file)) {
  console.error(`eval:parser: ${file} is missing (UD English EWT from ../shared/data)`);
  process.exit(2);
}

interface Bundle { scoreParses: typeof scoreParses; decodeModel: typeof decodeModel; refineTags: typeof refineTags }

/** scoreParses, decodeModel and refineTags as one esbuild bundle, written into dist/ (where bundles find their data files). */
function bundled(): Bundle {
  const out = path.join(root, 'dist', 'evalParserTiming.js');
  buildSync({
    stdin: {
      contents: "export { scoreParses } from './scripts/parserScore'; export { decodeModel } from './src/core/syntax/model'; export { refineTags } from './src/core/syntax/index';",
      resolveDir: root, loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'warning',
  });
  return require(out) as Bundle;
}

const bytes = fs.readFileSync(modelFile);
const cpu = process.cpuUsage();
const model = decodeModel(bytes);
const loadCpu = process.cpuUsage(cpu);
console.log(`model ${(bytes.length / 1e6).toFixed(1)} MB, loaded in ${((loadCpu.user + loadCpu.system) / 1000).toFixed(1)} ms CPU`);
const sentences = readConllu(file);
const s = scoreParses(model, sentences);
const fast = bundled();
const fastModel = fast.decodeModel(bytes);
fast.scoreParses(fastModel, sentences.slice(0, 300)); // warm up the JIT before timing
// Best of three (other jobs on the machine slow single runs down), in CPU time: tagging and
// parsing together, and tagging alone, whose difference is the parser's (transitions and labels).
const cpuSeconds = (run: () => void) => { const started = process.cpuUsage(); run(); const used = process.cpuUsage(started); return (used.user + used.system) / 1e6; };
let both = Infinity;
let tagging = Infinity;
for (let run = 0; run < 3; run++) {
  both = Math.min(both, cpuSeconds(() => {
    const timed = fast.scoreParses(fastModel, sentences);
    if (timed.uas !== s.uas || timed.las !== s.las) throw new Error('the bundled parser disagrees with the sources');
  }));
  tagging = Math.min(tagging, cpuSeconds(() => { for (const t of sentences) fast.refineTags(fastModel, t.forms, t.words, t.hints); }));
}
const rate = (seconds: number) => Math.round(s.tokens / seconds).toLocaleString('en');
console.log(`EWT ${split}: ${sentences.length} sentences, ${s.tokens} tokens; tagging and parsing ${rate(both)} tokens/s, tagging alone ${rate(tagging)} tokens/s, ` +
  `parsing alone ${rate(both - tagging)} tokens/s (CPU time, bundled, best of 3)`);
console.log(`part-of-speech accuracy ${s.tagAccuracy.toFixed(3)}`);
console.log(`UAS ${s.uas.toFixed(3)} LAS ${s.las.toFixed(3)}`);
