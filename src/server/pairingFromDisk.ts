// For LSP editors other than VS Code (Neovim, Helix, Zed), which send no pairing of their own:
// a draft's source comes from its front matter (`source: ../wires/story.txt`) or from
// faithful.json in the draft's folder or any folder above it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { acceptedFor, sourceForDraft, sourceFromFrontMatter } from '../shared/faithfulConfig';
import { nearestConfig } from '../shared/nearestConfig';
import type { AcceptedChange } from '../core/types';

export interface DiskPairing {
  readonly sourceUri: string;
  readonly label: string;
  readonly text: string;
  readonly accepted: AcceptedChange[];
}

export function pairingFromDisk(draftUri: string, draftText: string): DiskPairing | null {
  if (!draftUri.startsWith('file:')) return null;
  const draftPath = fileURLToPath(draftUri);
  const found = nearestConfig(draftPath);
  let sourcePath: string | null = null;
  const fromFront = sourceFromFrontMatter(draftText);
  if (fromFront) sourcePath = resolve(dirname(draftPath), fromFront);
  else if (found) {
    const rel = sourceForDraft(found.config, found.relativePath);
    if (rel) sourcePath = resolve(found.dir, rel);
  }
  if (!sourcePath || !existsSync(sourcePath)) return null;
  return {
    sourceUri: pathToFileURL(sourcePath).toString(),
    label: sourcePath.split(sep).pop()!,
    text: readFileSync(sourcePath, 'utf8').replace(/^\uFEFF/, ''),
    accepted: found ? acceptedFor(found.config, found.relativePath) : [],
  };
}
