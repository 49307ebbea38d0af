// `npm run eval:parser`: the committed parser model's attachment scores on UD English EWT test
// (gold tokens, the engine's own part-of-speech tags, punctuation included), and its speed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readConllu } from './conllu';
import { scoreParses } from './parserScore';
import { decodeModel } from '../src/core/syntax/model';

const root = path.resolve(__dirname, '..');
const split = process.argv.includes('--dev') ? 'dev' : 'test';
const file = path.resolve(root, '..', 'shared', 'data', 'ud-english-ewt', `${split}.conllu`);
const modelFile = path.join(root, 'models', 'en-ewt-parser.bin');
if (!fs.existsSync(file)) {
  console.error(`eval:parser: ${file} is missing (UD English EWT from ../shared/data)`);
  process.exit(2);
}
const bytes = fs.readFileSync(modelFile);
const cpu = process.cpuUsage();
const model = decodeModel(bytes);
const loadCpu = process.cpuUsage(cpu);
console.log(`model ${(bytes.length / 1e6).toFixed(1)} MB, loaded in ${((loadCpu.user + loadCpu.system) / 1000).toFixed(1)} ms CPU`);
const sentences = readConllu(file);
scoreParses(model, sentences.slice(0, 200)); // warm up the JIT before timing
const s = scoreParses(model, sentences);
console.log(`EWT ${split}: ${sentences.length} sentences, ${s.tokens} tokens, ${Math.round(s.tokens / (s.ms / 1000)).toLocaleString('en')} tokens/s`);
console.log(`part-of-speech accuracy ${s.tagAccuracy.toFixed(3)}`);
console.log(`UAS ${s.uas.toFixed(3)} LAS ${s.las.toFixed(3)}`);
