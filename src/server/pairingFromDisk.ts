// For LSP editors other than VS Code (Neovim, Helix, Zed), which send no pairing of their own:
// a draft's source comes from its front matter (`source: ../wires/story.txt`) or from
// faithful.json in the draft's folder or any folder above it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { acceptedFor, parseConfig, sourceForDraft, sourceFromFrontMatter } from '../shared/faithfulConfig';
import type { AcceptedChange } from '../core/types';

export interface DiskPairing {
  readonly sourceUri: string;
  readonly label: string;
  readonly text: string;
  readonly accepted: AcceptedChange[];
}

function findConfigDir(start: string): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'faithful.json'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

export function pairingFromDisk(draftUri: string, draftText: string): DiskPairing | null {
  if (!draftUri.startsWith('file:')) return null;
  const draftPath = fileURLToPath(draftUri);
  const configDir = findConfigDir(dirname(draftPath));
  const config = configDir ? parseConfig(readFileSync(join(configDir, 'faithful.json'), 'utf8')).config : null;
  const relDraft = configDir ? relative(configDir, draftPath).split(sep).join('/') : null;
  let sourcePath: string | null = null;
  const fromFront = sourceFromFrontMatter(draftText);
  if (fromFront) sourcePath = resolve(dirname(draftPath), fromFront);
  else if (config && relDraft && configDir) {
    const rel = sourceForDraft(config, relDraft);
    if (rel) sourcePath = resolve(configDir, rel);
  }
  if (!sourcePath || !existsSync(sourcePath)) return null;
  return {
    sourceUri: pathToFileURL(sourcePath).toString(),
    label: sourcePath.split(sep).pop()!,
    text: readFileSync(sourcePath, 'utf8').replace(/^\uFEFF/, ''),
    accepted: config && relDraft ? acceptedFor(config, relDraft) : [],
  };
}
