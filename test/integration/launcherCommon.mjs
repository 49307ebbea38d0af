// Shared by runCodeServer.mjs and runElectron.mjs: paths, argument parsing, the fixture workspace,
// and reading and printing the result file the suite's run() writes (test/integration/suite/index.ts).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const defaultSuite = join(repoRoot, 'dist-test/integration/index.js');
export const fixtureWorkspace = join(repoRoot, 'test/integration/fixtures/workspace');
export const artifactsDir = join(repoRoot, 'test/integration/artifacts');
export const RESULT_ENV = 'FAITHFUL_TEST_RESULT';
export const SCREENSHOT_ENV = 'FAITHFUL_SCREENSHOT_DIR';

export class UsageError extends Error {}

/**
 * Options common to both launchers:
 *   --timeout SECONDS                 wait this long for the suite's result (default 300)
 *   --vsix PATH                       install this packaged extension instead of loading the repo
 *   --extension-development-path DIR  the extension under development (default: the repo root)
 *   --suite FILE                      the bundled suite (default dist-test/integration/index.js)
 *   --keep-temp                       keep the temporary profile and workspace for inspection
 */
export function parseArgs(argv, extra = {}) {
  const opts = {
    timeoutS: 300,
    vsix: undefined,
    extensionDevelopmentPath: repoRoot,
    suite: defaultSuite,
    keepTemp: false,
    ...Object.fromEntries(Object.values(extra).map((f) => [f.key, f.default])),
  };
  const value = (i, name) => {
    if (i + 1 >= argv.length) throw new UsageError(`${name} needs a value`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const take = () => (inline !== undefined ? inline : value(i++, name));
    switch (name) {
      case '--timeout': {
        const t = Number(take());
        if (!Number.isFinite(t) || t <= 0) throw new UsageError('--timeout needs a positive number of seconds');
        opts.timeoutS = t;
        break;
      }
      case '--vsix':
        opts.vsix = resolve(take());
        break;
      case '--extension-development-path':
        opts.extensionDevelopmentPath = resolve(take());
        break;
      case '--suite':
        opts.suite = resolve(take());
        break;
      case '--keep-temp':
        opts.keepTemp = true;
        break;
      case '-h':
      case '--help':
        opts.help = true;
        break;
      default: {
        const flag = extra[name];
        if (!flag) throw new UsageError(`unknown option ${a}`);
        opts[flag.key] = flag.takesValue ? take() : true;
      }
    }
  }
  return opts;
}

/** Fails with a message saying how to build what is missing. */
export function checkInputs(opts) {
  const problems = [];
  if (!existsSync(opts.suite)) {
    problems.push(`the bundled suite ${opts.suite} does not exist: run \`node scripts/build-integration.mjs\``);
  }
  if (opts.vsix) {
    if (!existsSync(opts.vsix)) problems.push(`--vsix ${opts.vsix} does not exist`);
  } else {
    const pkgPath = join(opts.extensionDevelopmentPath, 'package.json');
    if (!existsSync(pkgPath)) {
      problems.push(`no package.json in the extension development path ${opts.extensionDevelopmentPath}`);
    } else {
      let main;
      try {
        main = JSON.parse(readFileSync(pkgPath, 'utf8')).main;
      } catch (err) {
        problems.push(`${pkgPath} is not valid JSON: ${err.message}`);
      }
      if (main) {
        const mainFile = resolve(opts.extensionDevelopmentPath, main);
        if (![mainFile, `${mainFile}.js`].some((f) => existsSync(f))) {
          problems.push(`the extension's main ${mainFile} does not exist: run \`npm run build\``);
        }
      } else if (opts.extensionDevelopmentPath === repoRoot) {
        problems.push('package.json has no "main" (dist/extension.js): the extension entry point is not wired up yet');
      }
    }
  }
  if (problems.length) throw new UsageError(problems.join('\n'));
}

/** A throwaway directory under os.tmpdir() with a copy of the fixture workspace in it. */
export function makeTempRun(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const workspace = join(dir, 'workspace');
  cpSync(fixtureWorkspace, workspace, { recursive: true });
  return {
    dir,
    workspace,
    userDataDir: join(dir, 'user-data'),
    extensionsDir: join(dir, 'extensions'),
    resultFile: join(dir, 'result.json'),
    remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }),
  };
}

export function readResult(file) {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Prints the suite's result; returns true when it passed (no failures and at least one test). */
export function printResult(result, log = console.log) {
  const tests = Array.isArray(result.tests) ? result.tests : [];
  for (const t of tests) {
    const mark = t.state === 'passed' ? 'ok  ' : t.state === 'pending' ? 'skip' : 'FAIL';
    const ms = typeof t.durationMs === 'number' ? ` (${t.durationMs} ms)` : '';
    log(`  ${mark} ${t.fullTitle ?? t.title}${ms}`);
  }
  const failed = tests.filter((t) => t.state === 'failed');
  if (failed.length) {
    log('');
    failed.forEach((t, i) => {
      log(`  ${i + 1}) ${t.fullTitle ?? t.title}`);
      log(String(t.error ?? '(no message)').split('\n').map((l) => `     ${l}`).join('\n'));
    });
  }
  log('');
  const timings = Object.entries(result.timings ?? {});
  if (timings.length) {
    log('  timings (this machine, this run):');
    for (const [name, ms] of timings) log(`    ${name}: ${ms} ms`);
    log('');
  }
  log(`  ${result.passes} passing, ${result.failures} failing${result.pending ? `, ${result.pending} pending` : ''}`);
  if (!result.failures && !result.passes) log('  no test ran: counted as a failure');
  return result.failures === 0 && result.passes > 0;
}
