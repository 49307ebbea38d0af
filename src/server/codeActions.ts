// Quick fixes for a Faithful diagnostic: restore the source's wording (preferred), delete an
// unsupported sentence, insert an omitted claim, accept the change on purpose, open the source
// beside the draft at the aligned sentence, or open the aligned comparison at the finding's row.
// Each title names the finding's kind and words, so overlapping findings give distinguishable actions. Edits are ordinary workspace edits: undoable.
import { CodeAction, CodeActionKind, type Diagnostic, TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { COMMANDS, type AcceptArgs, type FindingData, type OpenComparisonArgs, type ShowSourceArgs } from '../shared/protocol';

export function codeActionsFor(draft: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const draftUri = draft.uri;
  const out: CodeAction[] = [];
  const titles = new Set<string>();
  const add = (a: CodeAction, d: Diagnostic) => {
    if (titles.has(a.title)) return;
    titles.add(a.title);
    a.diagnostics = [d];
    out.push(a);
  };
  for (const d of diagnostics) {
    if (d.source !== 'Faithful' || !d.data) continue;
    const data = d.data as FindingData;
    const what = describe(data);
    if (data.suggestion !== null && data.rewriteText !== null && data.kind !== 'unsupported') {
      const restore = CodeAction.create(`Restore source wording: '${short(data.suggestion)}' (${data.kind})`, CodeActionKind.QuickFix);
      restore.isPreferred = true;
      restore.edit = { changes: { [draftUri]: [TextEdit.replace(d.range, data.suggestion)] } };
      add(restore, d);
    }
    if (data.kind === 'unsupported' && data.rewriteSpan) {
      const text = draft.getText();
      // The sentence and the spaces after it, so no double space is left behind.
      let end = data.rewriteSpan.end;
      while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
      const del = CodeAction.create(`Delete unsupported sentence: '${short(data.rewriteText ?? '')}'`, CodeActionKind.QuickFix);
      del.edit = { changes: { [draftUri]: [TextEdit.del({ start: draft.positionAt(data.rewriteSpan.start), end: draft.positionAt(end) })] } };
      add(del, d);
    }
    if (data.kind === 'omitted' && data.suggestion) {
      // After the draft sentence the omission is anchored on (its nearest aligned sentence), or
      // before the first one when the claim belongs at the top.
      const atEnd = d.range.end.character > 0 || d.range.end.line > d.range.start.line;
      const insertAt = atEnd ? d.range.end : d.range.start;
      const claim = data.suggestion.replace(/\s+/g, ' ').trim();
      const insert = CodeAction.create(`Insert omitted claim: '${short(claim)}'`, CodeActionKind.QuickFix);
      insert.edit = { changes: { [draftUri]: [TextEdit.insert(insertAt, atEnd ? ` ${claim}` : `${claim} `)] } };
      add(insert, d);
    }
    const acceptArgs: AcceptArgs = {
      draftUri,
      change: { kind: data.kind, rewriteText: data.rewriteText, sourceText: data.sourceText },
      more: data.alsoAccepts,
      label: what,
    };
    const acceptTitle = `Accept ${what}`;
    add(CodeAction.create(acceptTitle, { title: acceptTitle, command: COMMANDS.acceptChange, arguments: [acceptArgs] }, CodeActionKind.QuickFix), d);
    const target = data.sourceSentence ?? data.sourceSpan;
    if (target) {
      const args: ShowSourceArgs = { sourceUri: data.sourceUri, start: target.start, end: target.end, draftUri };
      add(CodeAction.create('Show source side by side', { title: 'Show source side by side', command: COMMANDS.showSource, arguments: [args] }, CodeActionKind.QuickFix), d);
    }
    const compareArgs: OpenComparisonArgs = { draftUri, findingId: data.findingId };
    add(CodeAction.create('Open comparison', { title: 'Open comparison', command: COMMANDS.openComparison, arguments: [compareArgs] }, CodeActionKind.QuickFix), d);
  }
  return out;
}

/** "tense change: 'will randomly compromise'", "omitted claim: 'Blinken emphasized…'". */
export function describe(data: FindingData): string {
  if (data.kind === 'omitted') return `omitted claim: '${short(data.sourceText ?? '')}'`;
  if (data.kind === 'unsupported') return `unsupported sentence: '${short(data.rewriteText ?? '')}'`;
  return `${data.kind} change: '${short(data.rewriteText ?? data.sourceText ?? '')}'`;
}

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 50 ? `${one.slice(0, 49).trimEnd()}…` : one;
}
