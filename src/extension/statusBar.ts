// "Faithful: 3 errors · 5 warnings vs source.txt" for the active draft; a click offers to change
// the source or stop comparing.
import * as vscode from 'vscode';
import { COMMANDS, type CountsParams } from '../shared/protocol';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('faithful.status', vscode.StatusBarAlignment.Left, 100);

  constructor() {
    this.item.name = 'Faithful';
    this.item.command = COMMANDS.statusMenu;
  }

  /** undefined: not a paired draft (hidden); null: paired, first check pending. */
  show(counts: CountsParams | null | undefined): void {
    if (counts === undefined) {
      this.item.hide();
      return;
    }
    if (counts === null) {
      this.item.text = '$(sync~spin) Faithful: checking…';
    } else if (counts.problem) {
      this.item.text = `$(warning) Faithful: not checked vs ${counts.sourceLabel}`;
      this.item.tooltip = counts.problem;
    } else {
      const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
      this.item.text = `$(checklist) Faithful: ${parts.join(' · ')} vs ${counts.sourceLabel}`;
      this.item.tooltip = `Compared with ${counts.sourceLabel} in ${counts.elapsedMs} ms. Click to change the source or stop comparing.`;
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
