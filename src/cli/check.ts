// `faithful check`: the pairs the current folder defines, found on disk, as the editor finds them.
// For CI: every draft a faithful.json "pairs" glob matches and every Markdown draft whose front
// matter names its source (`source: ../wires/story.txt`), checked in one run. As in the editor,
// front matter wins over faithful.json, and `faithful: off` or an "ignore" glob leaves a file out.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { acceptedFor, disabledByFrontMatter, EMPTY_CONFIG, globToRegExp, isIgnored, parseConfig, sourceForDraft, sourceFromFrontMatter, type FaithfulConfig } from '../shared/faithfulConfig';
import type { AcceptedChange } from '../core';
import { FileProblem, readTextFile } from '../shared/readTextFile';
import { InputProblem } from '../shared/textInput';
import { CliError } from './errors';

export interface CheckPair {
  /** Paths relative to the folder, with forward slashes, as faithful.json writes them. */
  readonly draft: string;
  readonly source: string;
  readonly accepted: AcceptedChange[];
}

export interface CheckPlan {
  readonly pairs: CheckPair[];
  /** Problems to report on stderr: faithful.json entries skipped. */
  readonly problems: string[];
}

/** Folders never searched for drafts: tools' and version control's own. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test']);
/** A bound on the walk, so `check` run in the wrong folder (a home directory) stops with a clear message. */
const MAX_FILES = 200_000;

/** Drafts whose front matter is read: the editor pairs Markdown files by front matter, and only them. */
const MARKDOWN = /\.(md|markdown)$/i;
/** Front matter sits at the top; a draft's first 64 kB hold it (a larger block is not front matter anyone writes). */
const FRONT_MATTER_BYTES = 64 * 1024;

export function planCheck(dir: string): CheckPlan {
  const file = nodePath.join(dir, 'faithful.json');
  let text: string | null = null;
  try {
    text = readTextFile(file, { regularOnly: true }).text;
  } catch (err) {
    if (!(err instanceof InputProblem)) throw err;
    // No faithful.json: drafts paired by front matter may still be there.
    if (!(err instanceof FileProblem && err.code === 'ENOENT')) throw new CliError(`check: ${file}: ${err.message}`);
  }
  const parsed = text === null ? { config: EMPTY_CONFIG, problems: [] as string[] } : parseConfig(text.replace(/^\uFEFF/, ''));
  const { config, problems } = parsed;
  const patterns = config.pairs.map((p) => globToRegExp(p.draft));
  const pairs: CheckPair[] = [];
  for (const draft of listFiles(dir).sort()) {
    if (isIgnored(config, draft)) continue;
    const source = sourceOf(dir, draft, config, patterns);
    // A glob wide enough to match the sources too ("*.txt") must not compare a file with itself.
    if (!source || nodePath.resolve(dir, source) === nodePath.resolve(dir, draft)) continue;
    pairs.push({ draft, source: source.split(nodePath.sep).join('/'), accepted: acceptedFor(config, draft) });
  }
  if (pairs.length === 0) {
    if (text === null) throw new CliError(`check: no faithful.json in ${dir} and no Markdown draft names its source in front matter; create faithful.json with "pairs" or add "source:" to a draft's front matter (see 'faithful --help')`);
    if (config.pairs.length === 0) {
      if (problems.length) throw new CliError(`check: ${problems[0]}`);
      throw new CliError('check: faithful.json has no "pairs" entry and no Markdown draft names its source in front matter, so there is nothing to check');
    }
  }
  return { pairs, problems };
}

/**
 * The source of the draft at `rel` (relative to `dir`), relative to `dir`, or null when it is no
 * draft: front matter first (its path is relative to the draft), then faithful.json's pairs.
 */
function sourceOf(dir: string, rel: string, config: FaithfulConfig, patterns: readonly RegExp[]): string | null {
  if (MARKDOWN.test(rel)) {
    const head = readHead(nodePath.join(dir, rel));
    if (head !== null) {
      if (disabledByFrontMatter(head)) return null;
      const fromFront = sourceFromFrontMatter(head);
      if (fromFront) return nodePath.relative(dir, nodePath.resolve(dir, nodePath.dirname(rel), fromFront));
    }
  }
  return patterns.some((re) => re.test(rel)) ? sourceForDraft(config, rel) : null;
}

/** The start of a file as text, or null when it cannot be read (checkPair reports that if it is a draft). */
function readHead(file: string): string | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(FRONT_MATTER_BYTES);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(nodePath.join(dir, e.name), rel ? `${rel}/${e.name}` : e.name);
      } else if (e.isFile()) {
        out.push(rel ? `${rel}/${e.name}` : e.name);
        if (out.length > MAX_FILES) throw new CliError(`check: more than ${MAX_FILES.toLocaleString('en')} files under ${root}; run it in the project's folder`);
      }
    }
  };
  walk(root, '');
  return out;
}
