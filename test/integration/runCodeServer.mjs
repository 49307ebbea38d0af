#!/usr/bin/env node
// Runs the integration suite inside a real VS Code (code-server 4.100.3 = VS Code 1.100) driven by
// Chromium through playwright-core, for machines that cannot download VS Code desktop.
// Install once with scripts/setup-code-server.sh; build the extension (dist/extension.js) and the
// suite (node scripts/build-integration.mjs) first: this launcher builds nothing.
//
//   node test/integration/runCodeServer.mjs [--timeout S] [--vsix PATH] [--keep-temp]
//        [--extension-development-path DIR] [--suite FILE] [--chromium PATH]
//
// It starts code-server on 127.0.0.1 (free port, throwaway profile and a copy of
// test/integration/fixtures/workspace under os.tmpdir()), opens the workbench with
// extensionDevelopmentPath/extensionTestsPath in the URL payload, and waits (bounded) for the result
// file the suite's run() writes to $FAITHFUL_TEST_RESULT. Meanwhile it answers the suite's screenshot
// requests (NAME.request -> NAME.png in $FAITHFUL_SCREENSHOT_DIR = test/integration/artifacts/screenshots).
// At the end: test/integration/artifacts/last-run.png, code-server.log, browser-console.log and the
// VS Code logs (artifacts/vscode-logs). Exit code: 0 all passed, 1 a test failed, 2 no result
// (timeout, crash, setup problem).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync, cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  artifactsDir,
  checkInputs,
  makeTempRun,
  parseArgs,
  printResult,
  readResult,
  repoRoot,
  RESULT_ENV,
  SCREENSHOT_ENV,
  UsageError,
} from './launcherCommon.mjs';

const codeServerDir = join(repoRoot, '.vscode-test/code-server');
const entryJs = join(codeServerDir, 'node_modules/code-server/out/node/entry.js');
const setupMarker = join(codeServerDir, '.faithful-setup-done');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const STARTUP_TIMEOUT_MS = 60_000;
const POLL_MS = 100;

const log = (...a) => console.log('[runCodeServer]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Environment for code-server and its extension host: ours, minus what would confuse VS Code. */
function childEnv(extra) {
  const env = { ...process.env, ...extra };
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  return env;
}

const state = { codeServer: undefined, browser: undefined, tmp: undefined, keepTemp: false, cleanup: undefined, signal: undefined };

function killCodeServer(signal = 'SIGTERM') {
  const cs = state.codeServer;
  if (!cs || cs.exitCode !== null || cs.signalCode !== null) return;
  // Detached: code-server leads its own process group, which holds the extension host too.
  try {
    process.kill(-cs.pid, signal);
  } catch {
    try {
      cs.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** Stops everything once; every caller waits for the same run. */
function cleanup() {
  state.cleanup ??= doCleanup();
  return state.cleanup;
}

async function doCleanup() {
  if (state.browser) {
    await Promise.race([state.browser.close().catch(() => {}), sleep(5_000)]);
  }
  const cs = state.codeServer;
  if (cs && cs.exitCode === null && cs.signalCode === null) {
    const exited = new Promise((r) => cs.once('exit', r));
    killCodeServer('SIGTERM');
    if ((await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)])) === false) killCodeServer('SIGKILL');
  }
  // Whatever the group leader left behind.
  killCodeServer('SIGKILL');
  if (state.tmp) {
    const logs = join(state.tmp.userDataDir, 'logs');
    if (existsSync(logs)) {
      rmSync(join(artifactsDir, 'vscode-logs'), { recursive: true, force: true });
      try {
        cpSync(logs, join(artifactsDir, 'vscode-logs'), { recursive: true });
      } catch {
        /* logs are a convenience */
      }
    }
    if (state.keepTemp) log(`kept ${state.tmp.dir}`);
    else state.tmp.remove();
  }
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (state.signal) return;
    state.signal = sig;
    log(`${sig}: stopping code-server and the browser`);
    cleanup().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  });
}
// Last resort if something exits the process without going through cleanup().
process.on('exit', () => killCodeServer('SIGKILL'));

async function waitForHttp(url, deadline) {
  let last = 'no answer';
  while (Date.now() < deadline) {
    const cs = state.codeServer;
    if (cs.exitCode !== null || cs.signalCode !== null) {
      throw new Error(`code-server exited (${cs.exitCode ?? cs.signalCode}) before answering; see ${join(artifactsDir, 'code-server.log')}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err.cause?.code ?? err.message;
    }
    await sleep(POLL_MS);
  }
  throw new Error(`code-server did not answer ${url} within ${STARTUP_TIMEOUT_MS / 1000} s (${last})`);
}

async function answerScreenshotRequests(page, dir) {
  let names;
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.request'));
    await answerKeyRequests(page, dir, readdirSync(dir).filter((f) => f.endsWith('.keys')));
  } catch {
    return;
  }
  for (const req of names) {
    const name = req.slice(0, -'.request'.length);
    const png = join(dir, `${name}.png`);
    try {
      const buf = await page.screenshot({ type: 'png' });
      writeFileSync(`${png}.tmp`, buf);
      renameSync(`${png}.tmp`, png);
      log(`screenshot for the suite: ${png}`);
    } catch (err) {
      log(`screenshot ${name} failed: ${err.message}`);
    }
    try {
      unlinkSync(join(dir, req));
    } catch {
      /* the suite may have given up */
    }
  }
}

/**
 * The suite's key presses (NAME.keys holding {"keys": ["Control+F8"]}), typed into the page as a
 * user would, so key bindings and their when-clauses are tested for real; answered with NAME.pressed.
 */
async function answerKeyRequests(page, dir, names) {
  for (const req of names) {
    const name = req.slice(0, -'.keys'.length);
    let outcome = 'ok';
    try {
      const { keys } = JSON.parse(readFileSync(join(dir, req), 'utf8'));
      for (const k of keys) await page.keyboard.press(k);
      log(`pressed ${keys.join(', ')} for the suite`);
    } catch (err) {
      outcome = `failed: ${err.message}`;
    }
    try {
      unlinkSync(join(dir, req));
      // (Written whole, then renamed: the suite reads the answer as soon as the file exists, and
      // once read an empty file written in two steps as no outcome.)
      writeFileSync(join(dir, `${name}.pressed.tmp`), outcome);
      renameSync(join(dir, `${name}.pressed.tmp`), join(dir, `${name}.pressed`));
    } catch {
      /* the suite may have given up */
    }
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2), { '--chromium': { key: 'chromium', takesValue: true, default: process.env.CHROMIUM_PATH || '/usr/bin/chromium' } });
  if (opts.help) {
    console.log(readHelp());
    return 0;
  }
  state.keepTemp = opts.keepTemp;
  checkInputs(opts);
  if (!existsSync(entryJs) || !existsSync(setupMarker)) {
    throw new UsageError(`code-server is not set up in ${codeServerDir}: run scripts/setup-code-server.sh`);
  }
  if (!existsSync(opts.chromium)) {
    throw new UsageError(`no Chromium at ${opts.chromium}: run scripts/setup-code-server.sh, or pass --chromium PATH / set CHROMIUM_PATH`);
  }
  const { chromium } = createRequire(join(codeServerDir, 'package.json'))('playwright-core');

  const started = Date.now();
  mkdirSync(artifactsDir, { recursive: true });
  const screenshotDir = join(artifactsDir, 'screenshots');
  rmSync(screenshotDir, { recursive: true, force: true });
  mkdirSync(screenshotDir, { recursive: true });
  const tmp = (state.tmp = makeTempRun('faithful-it-'));
  mkdirSync(tmp.userDataDir, { recursive: true });
  mkdirSync(tmp.extensionsDir, { recursive: true });
  // A quiet, predictable screen for screenshots: no welcome page, tips or update checks.
  mkdirSync(join(tmp.userDataDir, 'User'), { recursive: true });
  writeFileSync(
    join(tmp.userDataDir, 'User/settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
      },
      null,
      2,
    ),
  );
  // code-server would otherwise create ~/.config/code-server/config.yaml (with a password) and
  // ~/.local/share/code-server: keep everything in the throwaway directory.
  const env = childEnv({
    [RESULT_ENV]: tmp.resultFile,
    [SCREENSHOT_ENV]: screenshotDir,
    XDG_CONFIG_HOME: join(tmp.dir, 'xdg-config'),
    XDG_DATA_HOME: join(tmp.dir, 'xdg-data'),
  });
  const configFile = join(tmp.dir, 'code-server.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const profileArgs = ['--config', configFile, '--user-data-dir', tmp.userDataDir, '--extensions-dir', tmp.extensionsDir];

  let developmentPath = opts.extensionDevelopmentPath;
  if (opts.vsix) {
    log(`installing ${opts.vsix} into ${tmp.extensionsDir}`);
    const inst = spawnSync(process.execPath, [entryJs, ...profileArgs, '--install-extension', opts.vsix], { env, encoding: 'utf8', timeout: 120_000 });
    const indent = (t) => (t && t.trim() ? `${t.trimEnd().replace(/^/gm, '  ')}\n` : '');
    process.stdout.write(indent(inst.stdout));
    process.stderr.write(indent(inst.stderr));
    if (inst.status !== 0 || readdirSync(tmp.extensionsDir).filter((f) => !f.startsWith('.') && f !== 'extensions.json').length === 0) {
      throw new Error(`installing ${opts.vsix} failed (exit ${inst.status ?? inst.signal ?? inst.error?.message})`);
    }
    // The test runner needs some extensionDevelopmentPath; an empty folder adds no extension, so the
    // installed one is what runs.
    developmentPath = join(tmp.dir, 'no-extension-under-development');
    mkdirSync(developmentPath);
  }

  const port = await freePort();
  const codeServerLog = join(artifactsDir, 'code-server.log');
  const logStream = createWriteStream(codeServerLog);
  log(`starting code-server on 127.0.0.1:${port} (log: ${codeServerLog})`);
  state.codeServer = spawn(
    process.execPath,
    [
      entryJs,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      ...profileArgs,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      tmp.workspace,
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  state.codeServer.stdout.pipe(logStream, { end: false });
  state.codeServer.stderr.pipe(logStream, { end: false });
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, Date.now() + STARTUP_TIMEOUT_MS);
  log(`code-server answered after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Signals are handled above (browser and code-server together), not by playwright.
  state.browser = await chromium.launch({
    executablePath: opts.chromium,
    args: CHROMIUM_ARGS,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const page = await state.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleLog = createWriteStream(join(artifactsDir, 'browser-console.log'));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.stack ?? e.message}\n`));
  let crashed = false;
  page.on('crash', () => (crashed = true));

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(developmentPath)],
    ['extensionTestsPath', remote(opts.suite)],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(tmp.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log(`opening the workbench: ${opts.vsix ? `installed ${opts.vsix}` : `extension ${developmentPath}`}, suite ${opts.suite}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: STARTUP_TIMEOUT_MS });

  log(`waiting up to ${opts.timeoutS} s for the suite's result`);
  const deadline = Date.now() + opts.timeoutS * 1000;
  let result;
  let problem;
  for (;;) {
    if (state.signal) return 2; // the signal handler is cleaning up
    await answerScreenshotRequests(page, screenshotDir);
    try {
      result = readResult(tmp.resultFile);
    } catch (err) {
      problem = `unreadable result file ${tmp.resultFile}: ${err.message}`;
      break;
    }
    if (result) break;
    const cs = state.codeServer;
    if (cs.exitCode !== null || cs.signalCode !== null) {
      problem = `code-server exited (${cs.exitCode ?? cs.signalCode}) before the suite finished`;
      break;
    }
    if (crashed || page.isClosed()) {
      problem = 'the browser page crashed or closed before the suite finished';
      break;
    }
    if (Date.now() >= deadline) {
      problem = `no result from the suite after ${opts.timeoutS} s (--timeout)`;
      break;
    }
    await sleep(POLL_MS);
  }

  // Let the workbench paint the final state, then record it.
  try {
    await answerScreenshotRequests(page, screenshotDir);
    await page.screenshot({ path: join(artifactsDir, 'last-run.png'), type: 'png' });
    log(`screenshot: ${join(artifactsDir, 'last-run.png')}`);
  } catch (err) {
    log(`final screenshot failed: ${err.message}`);
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problem) {
    log(`${problem}; logs in ${artifactsDir}`);
    return 2;
  }
  console.log('');
  const ok = printResult(result);
  console.log('');
  log(`${ok ? 'passed' : 'FAILED'} in ${seconds} s (VS Code in code-server)`);
  return ok ? 0 : 1;
}

function readHelp() {
  return `Usage: node test/integration/runCodeServer.mjs [options]
  --timeout SECONDS                 wait this long for the suite's result (default 300)
  --vsix PATH                       install this .vsix (code-server --install-extension) and test it
  --extension-development-path DIR  extension under development (default: the repo root)
  --suite FILE                      bundled suite (default dist-test/integration/index.js)
  --chromium PATH                   browser (default $CHROMIUM_PATH or /usr/bin/chromium)
  --keep-temp                       keep the temporary profile and workspace
Needs: scripts/setup-code-server.sh, npm run build, node scripts/build-integration.mjs`;
}

let code;
try {
  code = await main();
} catch (err) {
  if (err instanceof UsageError) console.error(`[runCodeServer] ${err.message}`);
  else console.error('[runCodeServer] error:', err?.stack ?? err);
  code = 2;
}
await cleanup();
process.exit(state.signal ? (state.signal === 'SIGINT' ? 130 : 143) : code);
