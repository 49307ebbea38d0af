// For LSP editors other than VS Code (Neovim, Helix, Zed), which send no pairing of their own:
// a draft's source comes from its front matter (`source: ../wires/story.txt`) or from
// faithful.json in the draft's folder or any folder above it.
//
// The source is read through the shared reader (src/shared/readTextFile.ts) as a regular file
// only: a FIFO, /dev/stdin or /dev/zero named in front matter used to hang the server for good.
// A source that cannot be read, or that lies outside the workspace folders the editor opened,
// becomes a problem the server shows as a diagnostic on the `source:` line.
import { realpathSync } from 'node:fs';
import { dirname, relative, resolve, sep, isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { acceptedFor, frontMatterField, sourceForDraft } from '../shared/faithfulConfig';
import { nearestConfig } from '../shared/nearestConfig';
import { readTextFile } from '../shared/readTextFile';
import { InputProblem } from '../shared/textInput';
import type { AcceptedChange } from '../core/types';

export interface DiskPairing {
  readonly kind: 'pair';
  readonly sourceUri: string;
  readonly label: string;
  readonly text: string;
  readonly accepted: AcceptedChange[];
}

export interface DiskProblem {
  readonly kind: 'problem';
  readonly message: string;
  /** Offsets of the `source:` value in the draft, or null when the pairing came from faithful.json. */
  readonly at: { readonly start: number; readonly end: number } | null;
}

/**
 * The draft's source from disk, a problem to show, or null when nothing pairs the draft.
 * `roots`: the workspace folders (absolute paths); when given, sources outside them are refused.
 */
export function pairingFromDisk(draftUri: string, draftText: string, roots: readonly string[] = []): DiskPairing | DiskProblem | null {
  if (!draftUri.startsWith('file:')) return null;
  const draftPath = fileURLToPath(draftUri);
  const found = nearestConfig(draftPath);
  let sourcePath: string | null = null;
  const front = frontMatterField(draftText, 'source');
  let written: string | null = null;
  if (front) {
    written = front.value;
    sourcePath = resolve(dirname(draftPath), front.value);
  } else if (found) {
    const rel = sourceForDraft(found.config, found.relativePath);
    if (rel) {
      written = rel;
      sourcePath = resolve(found.dir, rel);
    }
  }
  if (!sourcePath || !written) return null;
  const problem = (reason: string): DiskProblem => ({
    kind: 'problem',
    message: `Faithful cannot compare with the source "${written}"${front ? '' : ' (from faithful.json)'}: ${reason}`,
    at: front ? { start: front.start, end: front.end } : null,
  });
  let text: string;
  try {
    if (roots.length > 0 && !roots.some((root) => isInside(realOrSelf(sourcePath), realOrSelf(root)))) {
      return problem('it is outside the workspace folders; Faithful reads sources only inside them');
    }
    text = readTextFile(sourcePath, { regularOnly: true }).text;
  } catch (err) {
    if (err instanceof InputProblem) return problem(err.message);
    throw err;
  }
  return {
    kind: 'pair',
    sourceUri: pathToFileURL(sourcePath).toString(),
    label: sourcePath.split(sep).pop()!,
    text,
    accepted: found ? acceptedFor(found.config, found.relativePath) : [],
  };
}

/** The path with symbolic links resolved (a link inside the workspace may point out of it). */
function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
