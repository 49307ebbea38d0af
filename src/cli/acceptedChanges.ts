// Changes accepted in the editor (stored in faithful.json at the workspace root) are honoured by
// the CLI too: the nearest faithful.json in the rewrite's folder or above it applies.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { AcceptedChange } from '../core';
import { acceptedFor, parseConfig } from '../shared/faithfulConfig';

export function acceptedForRewrite(rewritePath: string): { accepted: AcceptedChange[]; problems: string[] } {
  const absolute = resolve(rewritePath);
  for (let dir = dirname(absolute); ; dir = dirname(dir)) {
    const file = join(dir, 'faithful.json');
    if (existsSync(file)) {
      const { config, problems } = parseConfig(readFileSync(file, 'utf8'));
      return { accepted: acceptedFor(config, relative(dir, absolute).split(sep).join('/')), problems };
    }
    if (dirname(dir) === dir) return { accepted: [], problems: [] };
  }
}
