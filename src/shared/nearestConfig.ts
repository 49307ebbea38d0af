// The faithful.json that governs a file on disk: the nearest one in its folder or a folder
// above it. Shared by the CLI and the language server (VS Code's client reads the workspace
// root's through its own file system API, which also works in virtual workspaces).
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { EMPTY_CONFIG, parseConfig, type FaithfulConfig } from './faithfulConfig';
import { readTextFile } from './readTextFile';
import { InputProblem } from './textInput';

export interface NearestConfig {
  /** The folder holding faithful.json; paths in it are relative to this folder. */
  readonly dir: string;
  readonly config: FaithfulConfig;
  readonly problems: string[];
  /** The file's path relative to `dir`, with forward slashes, as faithful.json writes it. */
  readonly relativePath: string;
}

export function nearestConfig(filePath: string): NearestConfig | null {
  const absolute = resolve(filePath);
  for (let dir = dirname(absolute); ; dir = dirname(dir)) {
    const file = join(dir, 'faithful.json');
    if (existsSync(file)) {
      const relativePath = relative(dir, absolute).split(sep).join('/');
      let text: string;
      try {
        // Through the shared reader: a directory, a FIFO or a binary named faithful.json is named
        // as such (and the file is then ignored) instead of failing with EISDIR or hanging.
        text = readTextFile(file, { regularOnly: true }).text;
      } catch (err) {
        if (!(err instanceof InputProblem)) throw err;
        return { dir, config: EMPTY_CONFIG, problems: [`${file}: ${err.message}; it is ignored`], relativePath };
      }
      const { config, problems } = parseConfig(text);
      return { dir, config, problems, relativePath };
    }
    if (dirname(dir) === dir) return null;
  }
}
