// Where the comparison page's two static files are at run time: the bundled page script
// (dist/comparisonPage.js, built by scripts/build.mjs) and its stylesheet (media/comparison.css).
// The CLI and the extension run from dist/, the unit tests from src/comparison/: both find the
// package root by walking up from here.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PageAssets } from './html';

export const PAGE_SCRIPT = join('dist', 'comparisonPage.js');
export const PAGE_STYLE = join('media', 'comparison.css');

/** The folder holding dist/ and media/, or null when they cannot be found (a broken install). */
export function packageRoot(from: string = __dirname): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, PAGE_STYLE)) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

export function readPageAssets(root: string | null = packageRoot()): PageAssets {
  const script = root && join(root, PAGE_SCRIPT);
  if (!root || !script || !existsSync(script)) {
    throw new Error(`the comparison page's files are missing (${PAGE_SCRIPT}); run \`npm run build\``);
  }
  return { css: readFileSync(join(root, PAGE_STYLE), 'utf8'), script: readFileSync(script, 'utf8') };
}
