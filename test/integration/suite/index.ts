// Entry point of the integration suite: VS Code's extension host calls run() (the
// extensionTestsPath contract shared by @vscode/test-electron and code-server). It is bundled by
// scripts/build-integration.mjs into dist-test/integration/index.js, with mocha and every
// test/integration/suite/*.test.ts inside the bundle, because nothing under node_modules is
// resolvable from the extension host.
//
// The result is written as JSON to the file named by FAITHFUL_TEST_RESULT (when set), because the
// extension host does not report it back to the launcher in code-server:
//   { passes, failures, pending, tests: [{ title, fullTitle, file, state, durationMs, error }] }
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Mocha from 'mocha';
import { testFiles } from 'faithful:integration-test-files';
import { timings } from './helpers';

export interface TestRecord {
  title: string;
  fullTitle: string;
  file?: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResult {
  passes: number;
  failures: number;
  pending: number;
  tests: TestRecord[];
  /** What the suite timed (helpers.recordTiming), in milliseconds. */
  timings?: Record<string, number>;
}

export const RESULT_ENV = 'FAITHFUL_TEST_RESULT';

function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const text = err.stack && err.stack.includes(err.message) ? err.stack : `${err.message}\n${err.stack ?? ''}`;
  // Drop mocha's own frames (everything from its callFn down): they are noise inside the bundle.
  const lines = text.split('\n');
  const cut = lines.findIndex((l) => /^\s+at (callFn|_?Hook\.run|_?Test\.run|Runner\.)/.test(l));
  return (cut > 0 ? lines.slice(0, cut) : lines).join('\n').trimEnd();
}

function writeResult(result: SuiteResult): void {
  const target = process.env[RESULT_ENV];
  if (!target) return;
  mkdirSync(dirname(target), { recursive: true });
  // Write then rename, so a launcher polling for the file never reads half of it.
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(result, null, 2));
  renameSync(tmp, target);
}

export async function run(): Promise<void> {
  const tests: TestRecord[] = [];
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  // FAITHFUL_TEST_GREP runs only the tests whose full title matches (one suite while working on it).
  if (process.env.FAITHFUL_TEST_GREP) mocha.grep(process.env.FAITHFUL_TEST_GREP);
  let result: SuiteResult;
  try {
    // What mocha.loadFiles() does for files on disk, for modules inside this bundle.
    for (const { file, load } of testFiles) {
      mocha.suite.emit('pre-require', globalThis, file, mocha);
      mocha.suite.emit('require', load(), file, mocha);
      mocha.suite.emit('post-require', globalThis, file, mocha);
    }
    const failures = await new Promise<number>((resolve) => {
      const runner = mocha.run(resolve);
      runner.on('pass', (t) =>
        tests.push({ title: t.title, fullTitle: t.fullTitle(), file: t.file, state: 'passed', durationMs: t.duration }),
      );
      runner.on('fail', (t, err) =>
        tests.push({
          title: t.title,
          fullTitle: t.fullTitle(),
          file: t.file,
          state: 'failed',
          durationMs: t.duration,
          error: describeError(err),
        }),
      );
      runner.on('pending', (t) => tests.push({ title: t.title, fullTitle: t.fullTitle(), file: t.file, state: 'pending' }));
    });
    result = {
      passes: tests.filter((t) => t.state === 'passed').length,
      // Mocha's count also covers failing hooks, which are reported through 'fail' too.
      failures: Math.max(failures, tests.filter((t) => t.state === 'failed').length),
      pending: tests.filter((t) => t.state === 'pending').length,
      tests,
      timings,
    };
  } catch (err) {
    tests.push({ title: 'loading or running the suite', fullTitle: 'loading or running the suite', state: 'failed', error: describeError(err) });
    result = { passes: tests.filter((t) => t.state === 'passed').length, failures: tests.filter((t) => t.state === 'failed').length, pending: 0, tests };
  }
  writeResult(result);
  if (result.failures > 0) throw new Error(`${result.failures} integration test(s) failed`);
}
