#!/usr/bin/env node
// Checks the hand-labelled evaluation corpus in this folder:
//   node test/corpus/verify.mjs                    (this folder)
//   node test/corpus/verify.mjs test/corpus-blind  (another corpus in the same layout)
// For every pair NN-slug/ it checks that the files exist, expected.json has the agreed shape,
// every kind is known, every labelled `rewrite` / `source` string occurs in the matching text
// exactly once (so "first occurrence" in the matching rule is unambiguous), and that README.md's
// pair table lists each pair with exactly its kinds and its coverage table has the right counts.
// It also prints how many pairs and findings of each kind the corpus has. Exit code 1 on any problem.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const scriptDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(scriptDir, '..', '..');
// The corpus folder: the first argument, or this script's own folder.
const here = process.argv[2] ? resolve(process.argv[2]) : scriptDir;

const KINDS = [
  'number', 'date', 'entity', 'role', 'negation', 'tense', 'modality', 'quantifier',
  'quote', 'attribution', 'roles-swapped', 'wording', 'unsupported', 'omitted', 'added-detail', 'unrelated', 'language',
];

const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);

// The engine's own list of kinds must agree with the corpus vocabulary.
const typesPath = join(repoRoot, 'src', 'core', 'types.ts');
if (existsSync(typesPath)) {
  const m = /export const KINDS = \[([\s\S]*?)\]/.exec(readFileSync(typesPath, 'utf8'));
  if (m) {
    const engineKinds = [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]);
    const missing = KINDS.filter((k) => !engineKinds.includes(k));
    const extra = engineKinds.filter((k) => !KINDS.includes(k));
    if (missing.length || extra.length) {
      fail('src/core/types.ts', `KINDS differ from the corpus (missing ${missing}, extra ${extra})`);
    }
  }
}

function countOccurrences(text, needle) {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

const dirs = readdirSync(here)
  .filter((d) => statSync(join(here, d)).isDirectory() && d !== 'node_modules')
  .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b));

const pairs = [];
dirs.forEach((dir, i) => {
  // Two digits, or three once a set passes 99 pairs.
  if (!/^\d{2,4}-[a-z0-9]+(-[a-z0-9]+)*$/.test(dir)) {
    fail(dir, 'directory name must be NN-short-slug (lower case, digits, hyphens)');
    return;
  }
  const expectedNo = String(i + 1).padStart(2, '0');
  if (dir.slice(0, dir.indexOf('-')) !== expectedNo) fail(dir, `expected number ${expectedNo} (pairs are numbered 01.. without gaps)`);

  const files = readdirSync(join(here, dir));
  const pick = (base) => {
    const found = ['txt', 'md'].map((e) => `${base}.${e}`).filter((f) => files.includes(f));
    if (found.length !== 1) fail(dir, `needs exactly one of ${base}.txt / ${base}.md (found ${found.length})`);
    return found[0];
  };
  const srcFile = pick('source');
  const rwFile = pick('rewrite');
  if (srcFile && rwFile && srcFile.split('.').pop() !== rwFile.split('.').pop()) {
    fail(dir, 'source and rewrite must have the same extension');
  }
  const allowed = new Set([srcFile, rwFile, 'expected.json']);
  for (const f of files) if (!allowed.has(f)) fail(dir, `unexpected file ${f}`);
  if (!files.includes('expected.json')) {
    fail(dir, 'missing expected.json');
    return;
  }
  if (!srcFile || !rwFile) return;

  const source = readFileSync(join(here, dir, srcFile), 'utf8');
  const rewrite = readFileSync(join(here, dir, rwFile), 'utf8');
  for (const [name, text] of [[srcFile, source], [rwFile, rewrite]]) {
    if (!text.trim()) fail(dir, `${name} is empty`);
    if (text.includes('\uFFFD')) fail(dir, `${name} is not valid UTF-8`);
    if (text.charCodeAt(0) === 0xfeff) fail(dir, `${name} starts with a byte-order mark`);
    const crlf = (text.match(/\r\n/g) || []).length;
    const lf = (text.match(/\n/g) || []).length;
    if (crlf && crlf !== lf) fail(dir, `${name} mixes CRLF and LF line endings`);
  }

  let expected;
  try {
    expected = JSON.parse(readFileSync(join(here, dir, 'expected.json'), 'utf8'));
  } catch (e) {
    fail(dir, `expected.json is not valid JSON: ${e.message}`);
    return;
  }
  const keys = Object.keys(expected).sort().join(',');
  if (keys !== 'description,findings') fail(dir, `expected.json keys must be description, findings (got ${keys})`);
  if (typeof expected.description !== 'string' || !expected.description.trim() || expected.description.includes('\n')) {
    fail(dir, 'description must be a non-empty single line');
  }
  if (!Array.isArray(expected.findings)) {
    fail(dir, 'findings must be an array');
    return;
  }

  const seen = new Set();
  expected.findings.forEach((f, j) => {
    const at = `${dir} finding ${j}`;
    const fkeys = Object.keys(f).sort().join(',');
    if (fkeys !== 'kind,rewrite,source') fail(at, `keys must be kind, rewrite, source (got ${fkeys})`);
    if (!KINDS.includes(f.kind)) fail(at, `unknown kind ${JSON.stringify(f.kind)}`);
    for (const side of ['rewrite', 'source']) {
      const v = f[side];
      if (v !== null && (typeof v !== 'string' || !v.trim())) fail(at, `${side} must be a non-empty string or null`);
    }
    if (f.kind === 'omitted') {
      if (f.rewrite !== null) fail(at, 'omitted findings have rewrite = null');
      if (f.source === null) fail(at, 'omitted findings need the dropped source text');
    } else if (f.kind === 'unsupported') {
      if (f.source !== null) fail(at, 'unsupported findings have source = null');
      if (f.rewrite === null) fail(at, 'unsupported findings need the rewrite sentence');
    } else if (f.rewrite === null || f.source === null) {
      fail(at, `${f.kind} findings need both a rewrite and a source string`);
    }
    for (const [side, text, name] of [['rewrite', rewrite, rwFile], ['source', source, srcFile]]) {
      const v = f[side];
      if (typeof v !== 'string') continue;
      if (/[\r\n]/.test(v)) fail(at, `${side} string must not span a line break`);
      const n = countOccurrences(text, v);
      if (n === 0) fail(at, `${side} string ${JSON.stringify(v)} does not occur in ${name}`);
      else if (n > 1) fail(at, `${side} string ${JSON.stringify(v)} occurs ${n} times in ${name}; make it unique`);
    }
    const key = JSON.stringify([f.kind, f.rewrite, f.source]);
    if (seen.has(key)) fail(at, 'duplicate finding');
    seen.add(key);
  });

  pairs.push({ dir, ext: srcFile.split('.').pop(), findings: expected.findings, source, rewrite });
});

// README table: | [NN-slug](NN-slug/) | kinds | ... ; kinds as a comma-separated list, or "—" for none.
const readmePath = join(here, 'README.md');
if (!existsSync(readmePath)) {
  fail('README.md', 'missing');
} else {
  const rows = new Map();
  for (const line of readFileSync(readmePath, 'utf8').split('\n')) {
    const m = /^\|\s*\[?(\d{2,4}-[a-z0-9-]+)\]?(?:\([^)]*\))?\s*\|\s*([^|]*)\|/.exec(line);
    if (m) rows.set(m[1], m[2].trim());
  }
  for (const p of pairs) {
    const want = [...new Set(p.findings.map((f) => f.kind))].sort().join(', ') || '—';
    const got = rows.get(p.dir);
    if (got === undefined) fail('README.md', `table has no row for ${p.dir}`);
    else {
      const gotNorm = got === '—' ? '—' : got.split(',').map((s) => s.trim()).filter(Boolean).sort().join(', ');
      if (gotNorm !== want) fail('README.md', `row ${p.dir} lists "${got}", expected kinds "${want}"`);
    }
  }
  for (const d of rows.keys()) if (!pairs.some((p) => p.dir === d)) fail('README.md', `row for unknown pair ${d}`);
}

// Summary.
const perKindFindings = Object.fromEntries(KINDS.map((k) => [k, 0]));
const perKindPairs = Object.fromEntries(KINDS.map((k) => [k, 0]));
for (const p of pairs) {
  for (const f of p.findings) if (f.kind in perKindFindings) perKindFindings[f.kind]++;
  for (const k of new Set(p.findings.map((f) => f.kind))) if (k in perKindPairs) perKindPairs[k]++;
}
const paraphrase = pairs.filter((p) => p.findings.length === 0).length;

// README coverage table: | `kind` | pairs | findings |
if (existsSync(readmePath)) {
  for (const line of readFileSync(readmePath, 'utf8').split('\n')) {
    const m = /^\|\s*`([a-z-]+)`\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|/.exec(line);
    if (!m || !(m[1] in perKindPairs)) continue;
    if (Number(m[2]) !== perKindPairs[m[1]] || Number(m[3]) !== perKindFindings[m[1]]) {
      fail('README.md', `coverage row ${m[1]} says ${m[2]} pairs / ${m[3]} findings, corpus has ${perKindPairs[m[1]]} / ${perKindFindings[m[1]]}`);
    }
  }
}
const crlf = pairs.filter((p) => p.source.includes('\r\n') || p.rewrite.includes('\r\n')).length;
const markdown = pairs.filter((p) => p.ext === 'md').length;
const total = pairs.reduce((n, p) => n + p.findings.length, 0);

console.log(`${pairs.length} pairs, ${total} findings, ${paraphrase} pure-paraphrase pairs, ${markdown} Markdown, ${crlf} with CRLF`);
console.log('kind            pairs findings');
for (const k of KINDS) console.log(`${k.padEnd(15)} ${String(perKindPairs[k]).padStart(5)} ${String(perKindFindings[k]).padStart(8)}`);

if (errors.length) {
  console.error(`\n${errors.length} problem(s):`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log('\nOK');
