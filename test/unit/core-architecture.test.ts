// The engine stays editor-free and pure: nothing under src/core/ reaches for the VS Code API,
// and analyze() is a function of its input alone.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type AnalysisResult } from '../../src/core';

const REPO = path.resolve(__dirname, '..', '..');
const CORE = path.join(REPO, 'src', 'core');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js|mjs|cjs|mts|cts)$/.test(e.name) ? [p] : [];
  });
}

/**
 * Every module specifier a file names: `import ... from 'x'`, `import 'x'`, `export ... from 'x'`,
 * `import x = require('x')`, `require('x')`, `import('x')`, `import type ... from 'x'`.
 */
function moduleSpecifiers(code: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*(['"`])([^'"`]+)\1/g,
    /\bimport\s*(['"`])([^'"`]+)\1/g,
    /\brequire\s*\(\s*(['"`])([^'"`]+)\1\s*\)/g,
    /\bimport\s*\(\s*(['"`])([^'"`]+)\1\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[2]!);
  return out;
}

const isVscode = (spec: string) => spec === 'vscode' || spec.startsWith('vscode/') || spec.startsWith('@vscode/');

const stats = (r: AnalysisResult) => ({ ...r.stats, elapsedMs: 0 });

describe('core architecture', () => {
  const files = sourceFiles(CORE);

  it('finds the engine sources', () => {
    assert.ok(files.length >= 10, `only ${files.length} files under src/core`);
    assert.ok(files.some((f) => f.endsWith(path.join('core', 'index.ts'))));
  });

  it('the import scanner recognises every import form (self-check)', () => {
    const lines = [
      "import * as vscode from 'vscode';",
      'import { window } from "vscode";',
      "import type { Uri } from 'vscode';",
      "import 'vscode';",
      "export { Range } from 'vscode';",
      "export * from 'vscode';",
      "import vs = require('vscode');",
      "const v = require('vscode');",
      "const w = await import('vscode');",
      "import {\n  workspace,\n  languages,\n} from 'vscode';",
    ];
    for (const line of lines) {
      assert.deepEqual(moduleSpecifiers(line).filter(isVscode), ['vscode'], line);
    }
    assert.equal(moduleSpecifiers(lines.join('\n')).filter(isVscode).length, lines.length);
    assert.deepEqual(moduleSpecifiers("import { x } from './vscodeish';\nconst s = 'vscode';"), ['./vscodeish']);
  });

  it('no file under src/core imports or requires vscode', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const specs = moduleSpecifiers(fs.readFileSync(file, 'utf8'));
      for (const s of specs.filter(isVscode)) offenders.push(`${path.relative(REPO, file)}: ${s}`);
    }
    assert.deepEqual(offenders, []);
  });

  it('no file under src/core imports from outside src/core (other than packages and node built-ins)', () => {
    const offenders: string[] = [];
    for (const file of files) {
      for (const s of moduleSpecifiers(fs.readFileSync(file, 'utf8'))) {
        if (!s.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), s);
        if (target !== CORE && !target.startsWith(CORE + path.sep)) offenders.push(`${path.relative(REPO, file)}: ${s}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  describe('purity', () => {
    const source = fs.readFileSync(path.join(REPO, 'examples', 'source.txt'), 'utf8');
    const rewrite = fs.readFileSync(path.join(REPO, 'examples', 'rewrite.txt'), 'utf8');

    it('analyze() of the same input twice gives deep-equal results', () => {
      const a = analyze(source, rewrite);
      const b = analyze(source, rewrite);
      assert.ok(a.findings.length > 0);
      assert.deepEqual(b.findings, a.findings);
      assert.deepEqual(stats(b), stats(a));
    });

    it('an analysis of other texts in between changes nothing', () => {
      const a = analyze(source, rewrite);
      analyze('The council approved 12 new homes on Monday.', 'The council approved 21 new homes on Friday.');
      analyze('# Title\n\nSome *text* here.', '# Title\n\nOther text there.', { format: 'markdown' });
      const b = analyze(source, rewrite);
      assert.deepEqual(b.findings, a.findings);
      assert.deepEqual(stats(b), stats(a));
    });

    it('does not modify the options it is given', () => {
      const accepted = [{ kind: 'wording' as const, rewriteText: 'gigantic', sourceText: 'massive' }];
      const options = { format: 'plain' as const, accepted };
      const before = JSON.stringify(options);
      analyze(source, rewrite, Object.freeze(options));
      assert.equal(JSON.stringify(options), before);
    });

    it('returns fresh result objects each time (mutating one result does not affect the next)', () => {
      const a = analyze(source, rewrite);
      const copy = structuredClone(a.findings);
      a.findings.length = 0;
      const b = analyze(source, rewrite);
      assert.deepEqual(b.findings, copy);
    });
  });
});
