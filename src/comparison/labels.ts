// Words the comparison shows, shared by the page script (page/main.ts, in the browser) and the
// report's no-script rows (staticHtml.ts), so both say the same thing. No DOM, no Node.
import type { ComparisonModel, RowView } from './model';

/** The label of a row that is not an aligned pair. */
export const ROW_LABEL: Record<RowView['type'], string> = {
  aligned: '',
  unsupported: 'Not in the source',
  omitted: 'Left out of the draft',
  'draft-only': 'Draft only',
  'source-only': 'Source only',
};

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The page title: "draft.md compared with wire.txt", or "3 drafts compared with their sources". */
export function reportTitle(models: readonly ComparisonModel[]): string {
  return models.length === 1 ? `${models[0]!.draftLabel} compared with ${models[0]!.sourceLabel}` : `${plural(models.length, 'draft')} compared with their sources`;
}
