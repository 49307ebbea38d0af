// Quick fixes for a Faithful diagnostic: restore the source's wording (preferred), accept the
// change on purpose, or open the source beside the draft at the aligned sentence.
import { CodeAction, CodeActionKind, type Diagnostic, TextEdit } from 'vscode-languageserver/node';
import { COMMANDS, type AcceptArgs, type FindingData, type ShowSourceArgs } from '../shared/protocol';

export function codeActionsFor(draftUri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== 'Faithful' || !d.data) continue;
    const data = d.data as FindingData;
    if (data.suggestion !== null && data.rewriteText !== null) {
      const restore = CodeAction.create(`Restore source wording: "${short(data.suggestion)}"`, CodeActionKind.QuickFix);
      restore.diagnostics = [d];
      restore.isPreferred = true;
      restore.edit = { changes: { [draftUri]: [TextEdit.replace(d.range, data.suggestion)] } };
      out.push(restore);
    }
    const acceptArgs: AcceptArgs = {
      draftUri,
      change: { kind: data.kind, rewriteText: data.rewriteText, sourceText: data.sourceText },
    };
    const accept = CodeAction.create('Accept this change', { title: 'Accept this change', command: COMMANDS.acceptChange, arguments: [acceptArgs] }, CodeActionKind.QuickFix);
    accept.diagnostics = [d];
    out.push(accept);
    const target = data.sourceSentence ?? data.sourceSpan;
    if (target) {
      const args: ShowSourceArgs = { sourceUri: data.sourceUri, start: target.start, end: target.end };
      const show = CodeAction.create('Show source side by side', { title: 'Show source side by side', command: COMMANDS.showSource, arguments: [args] }, CodeActionKind.QuickFix);
      show.diagnostics = [d];
      out.push(show);
    }
  }
  return out;
}

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}
