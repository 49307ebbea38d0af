#!/usr/bin/env node
// Runs the same integration suite in VS Code desktop through @vscode/test-electron's runTests, for
// machines that can download VS Code from Microsoft's update site (not the machines of this
// project: use runCodeServer.mjs there). Build first: npm run build && node scripts/build-integration.mjs.
// On Linux without a display, run it under `xvfb-run -a`.
//
//   node test/integration/runElectron.mjs [--timeout S] [--vsix PATH] [--vscode-version V]
//        [--vscode-executable PATH] [--extension-development-path DIR] [--suite FILE] [--keep-temp]
//
// --vscode-executable (or $VSCODE_EXECUTABLE_PATH) uses an installed VS Code instead of downloading.
//
// The suite's run() writes its result to $FAITHFUL_TEST_RESULT; this launcher prints it. No screenshot
// protocol here ($FAITHFUL_SCREENSHOT_DIR is unset, so the suite's screenshot() returns undefined).
// Exit code: 0 all passed, 1 a test failed, 2 no result (download failure, crash, timeout).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { checkInputs, makeTempRun, parseArgs, printResult, readResult, RESULT_ENV, UsageError } from './launcherCommon.mjs';

const log = (...a) => console.log('[runElectron]', ...a);

async function main() {
  const opts = parseArgs(process.argv.slice(2), {
    '--vscode-version': { key: 'vscodeVersion', takesValue: true, default: process.env.VSCODE_TEST_VERSION || 'stable' },
    '--vscode-executable': { key: 'vscodeExecutable', takesValue: true, default: process.env.VSCODE_EXECUTABLE_PATH },
  });
  if (opts.help) {
    console.log(`Usage: node test/integration/runElectron.mjs [--timeout S] [--vsix PATH] [--vscode-version V]
       [--vscode-executable PATH] [--extension-development-path DIR] [--suite FILE] [--keep-temp]`);
    return 0;
  }
  checkInputs(opts);
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    log('no DISPLAY: VS Code desktop needs one on Linux; if it fails to start, run under `xvfb-run -a`');
  }

  const started = Date.now();
  let vscodeExecutablePath = opts.vscodeExecutable;
  if (!vscodeExecutablePath) {
    log(`getting VS Code ${opts.vscodeVersion} (cached in .vscode-test/)`);
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version: opts.vscodeVersion });
  }

  const tmp = makeTempRun('faithful-it-electron-');
  try {
    mkdirSync(tmp.userDataDir, { recursive: true });
    mkdirSync(tmp.extensionsDir, { recursive: true });
    const profileArgs = [`--user-data-dir=${tmp.userDataDir}`, `--extensions-dir=${tmp.extensionsDir}`];

    let extensionDevelopmentPath = opts.extensionDevelopmentPath;
    if (opts.vsix) {
      const [cli] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath, { reuseMachineInstall: true });
      log(`installing ${opts.vsix} into ${tmp.extensionsDir}`);
      const inst = spawnSync(cli, [...profileArgs, '--install-extension', opts.vsix], { encoding: 'utf8', stdio: 'inherit', timeout: 120_000 });
      if (inst.status !== 0 || readdirSync(tmp.extensionsDir).filter((f) => !f.startsWith('.') && f !== 'extensions.json').length === 0) {
        throw new Error(`installing ${opts.vsix} failed (exit ${inst.status ?? inst.signal ?? inst.error?.message})`);
      }
      // The test runner needs an extensionDevelopmentPath; an empty folder adds no extension.
      extensionDevelopmentPath = join(tmp.dir, 'no-extension-under-development');
      mkdirSync(extensionDevelopmentPath);
    }

    // runTests has no timeout of its own: on expiry, do what its Ctrl+C handler does (ask VS Code to
    // close, then kill its process tree).
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      log(`no result after ${opts.timeoutS} s (--timeout): closing VS Code`);
      process.emit('SIGINT');
      setTimeout(() => process.emit('SIGINT'), 10_000).unref();
    }, opts.timeoutS * 1000);
    try {
      await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath,
        extensionTestsPath: opts.suite,
        extensionTestsEnv: { [RESULT_ENV]: tmp.resultFile },
        launchArgs: [tmp.workspace, ...profileArgs, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      });
    } catch (err) {
      // run() throws when a test fails, so VS Code exits non-zero: the result file says more.
      log(`VS Code exited with an error: ${err.message}`);
    } finally {
      clearTimeout(timer);
    }

    const result = readResult(tmp.resultFile);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (timedOut && !result) {
      log(`timed out after ${opts.timeoutS} s`);
      return 2;
    }
    if (!result) {
      log(`the suite wrote no result to ${tmp.resultFile}`);
      return 2;
    }
    console.log('');
    const ok = printResult(result);
    console.log('');
    log(`${ok ? 'passed' : 'FAILED'} in ${seconds} s (VS Code desktop)`);
    return ok ? 0 : 1;
  } finally {
    if (opts.keepTemp) log(`kept ${tmp.dir}`);
    else tmp.remove();
  }
}

let code;
try {
  code = await main();
} catch (err) {
  if (err instanceof UsageError) console.error(`[runElectron] ${err.message}`);
  else console.error('[runElectron] error:', err?.stack ?? err);
  code = 2;
}
process.exit(code);
