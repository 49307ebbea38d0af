// `faithful check`: the pairs faithful.json in the current folder defines, found on disk. For
// CI: every draft a "pairs" glob matches, with the source its rule names, checked in one run.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { acceptedFor, parseConfig, sourceForDraft, globToRegExp } from '../shared/faithfulConfig';
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

export function planCheck(dir: string): CheckPlan {
  const file = nodePath.join(dir, 'faithful.json');
  let text: string;
  try {
    text = readTextFile(file, { regularOnly: true }).text;
  } catch (err) {
    if (!(err instanceof InputProblem)) throw err;
    if (err instanceof FileProblem && err.code === 'ENOENT') throw new CliError(`check: no faithful.json in ${dir}; create one with "pairs" (see 'faithful --help')`);
    throw new CliError(`check: ${file}: ${err.message}`);
  }
  const { config, problems } = parseConfig(text);
  if (config.pairs.length === 0) {
    if (problems.length) throw new CliError(`check: ${problems[0]}`);
    throw new CliError('check: faithful.json has no "pairs" entry, so there is nothing to check');
  }
  const patterns = config.pairs.map((p) => globToRegExp(p.draft));
  const drafts = listFiles(dir).filter((rel) => patterns.some((re) => re.test(rel)));
  const pairs: CheckPair[] = [];
  for (const draft of drafts.sort()) {
    const source = sourceForDraft(config, draft);
    // A glob wide enough to match the sources too ("*.txt") must not compare a file with itself.
    if (!source || nodePath.resolve(dir, source) === nodePath.resolve(dir, draft)) continue;
    pairs.push({ draft, source: source.split(nodePath.sep).join('/'), accepted: acceptedFor(config, draft) });
  }
  return { pairs, problems };
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
