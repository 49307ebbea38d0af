// The faithful.json that governs a file on disk: the nearest one in its folder or a folder
// above it. Shared by the CLI and the language server (VS Code's client reads the workspace
// root's through its own file system API, which also works in virtual workspaces).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseConfig, type FaithfulConfig } from './faithfulConfig';

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
      const { config, problems } = parseConfig(readFileSync(file, 'utf8'));
      return { dir, config, problems, relativePath: relative(dir, absolute).split(sep).join('/') };
    }
    if (dirname(dir) === dir) return null;
  }
}
