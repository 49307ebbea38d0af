// Changes accepted in the editor (stored in faithful.json at the workspace root) are honoured by
// the CLI too: the nearest faithful.json in the rewrite's folder or above it applies.
import type { AcceptedChange } from '../core';
import { acceptedFor } from '../shared/faithfulConfig';
import { nearestConfig } from '../shared/nearestConfig';

export function acceptedForRewrite(rewritePath: string): { accepted: AcceptedChange[]; problems: string[] } {
  const found = nearestConfig(rewritePath);
  return found ? { accepted: acceptedFor(found.config, found.relativePath), problems: found.problems } : { accepted: [], problems: [] };
}
