// Renders the CLI's report on the bundled example as a terminal-style PNG for the README
// (media/cli-example.png). Needs Debian's chromium: `apt-get install chromium`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let out;
try {
  out = execFileSync('node', ['bin/faithful.js', 'examples/source.txt', 'examples/rewrite.txt'], { encoding: 'utf8' });
} catch (e) {
  out = e.stdout; // exit 1: findings at error level, as expected
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const colour = { error: '#f14c4c', warning: '#cca700', info: '#3794ff' };
const lines = out.trim().split('\n').filter((l) => !/ info \[/.test(l)).map((l) => {
  const m = /^(\S+:\d+:\d+:) (error|warning|info) (\[[^\]]+\]) (.*)$/.exec(l);
  if (!m) return `<b>${esc(l)}</b>`;
  return `<span style="color:#888">${esc(m[1])}</span> <span style="color:${colour[m[2]]}">${m[2]}</span> <span style="color:#4ec9b0">${esc(m[3])}</span> ${esc(m[4])}`;
});
const html = `<html><body style="margin:0;background:#1e1e1e"><pre style="font:13px/1.45 'DejaVu Sans Mono',monospace;color:#ddd;padding:16px;margin:0;white-space:pre-wrap;width:1250px"><span style="color:#6a9955">$ npx faithful examples/source.txt examples/rewrite.txt</span>  <span style="color:#888">(info lines hidden)</span>\n${lines.join('\n')}</pre></body></html>`;
const dir = mkdtempSync(join(tmpdir(), 'faithful-shot-'));
writeFileSync(join(dir, 'cli.html'), html);
execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', `--user-data-dir=${join(dir, 'profile')}`,
  '--window-size=1290,350', '--screenshot=media/cli-example.png', `file://${join(dir, 'cli.html')}`], { stdio: 'ignore' });
console.log('wrote media/cli-example.png');
