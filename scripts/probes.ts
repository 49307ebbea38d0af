// Probe sentences by class: `npm run probes -- test/probes/FILE.txt [--quiet]`.
// A probe file is blocks of "S: source", "R: rewrite" and "K: kind" (or "K: none") separated by
// blank lines; "#" lines are comments. A `none` block is a paraphrase: any error or warning on it
// is a false alarm. A block with a kind expects an error or warning of that kind. Prints each
// false alarm and miss (unless --quiet) and a summary line.
import { readFileSync } from 'node:fs';
import { analyze } from '../src/core';
const text = readFileSync(process.argv[2]!, 'utf8').replace(/\r/g, '');
const quiet = process.argv.includes('--quiet');
const blocks = text.split(/\n\s*\n/).map((b) => b.split('\n').filter((l) => !l.startsWith('#') && l.trim()));
let noisy = 0, n = 0, hits = 0, misses = 0, changed = 0, wrongKind = 0;
for (const b of blocks) {
  const s = b.filter((l) => l.startsWith('S:')).map((l) => l.slice(2).trim()).join(' ');
  const r = b.filter((l) => l.startsWith('R:')).map((l) => l.slice(2).trim()).join(' ');
  const k = (b.find((l) => l.startsWith('K:'))?.slice(2).trim() ?? 'none');
  if (!s || !r) continue;
  const res = analyze(s, r, { format: 'plain' });
  const f = res.findings.filter((x: any) => x.severity !== 'info');
  if (k === 'none') {
    n++;
    if (f.length) { noisy++; if (!quiet) { console.log('--- FA ' + r.slice(0, 110)); for (const x of f) console.log('   ' + x.severity[0] + ' ' + x.kind + ': ' + x.message.slice(0, 170)); } }
  } else {
    changed++;
    if (f.some((x: any) => x.kind === k)) hits++;
    else {
      misses++;
      if (f.length) wrongKind++;
      if (!quiet) { console.log(`--- MISS ${k} ` + r.slice(0, 110)); for (const x of f) console.log('   ' + x.severity[0] + ' ' + x.kind + ': ' + x.message.slice(0, 170)); }
    }
  }
}
console.log(`paraphrase: ${noisy} of ${n} flagged; changed: ${hits} of ${changed} found (${wrongKind} of the misses flagged as another kind)`);
