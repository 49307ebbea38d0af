// "Faithful: 3 errors · 5 warnings · 2 infos vs source.txt" for the active draft (counted as
// Problems shows them, after the severity settings), "Faithful: source of rewrite.txt · …" while
// the source itself is focused, and a warning when the source cannot be read. A click opens the
// Faithful menu.
import * as vscode from 'vscode';
import { COMMANDS, type CountsParams } from '../shared/protocol';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export type StatusState =
  | { readonly kind: 'hidden' }
  | { readonly kind: 'checking'; readonly sourceLabel: string; readonly sourceOf?: string }
  | { readonly kind: 'counts'; readonly counts: CountsParams; readonly sourceOf?: string }
  | { readonly kind: 'problem'; readonly text: string; readonly detail: string };

export function countsText(c: CountsParams): string {
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning'), plural(c.info, 'info')];
  if (c.hint) parts.push(plural(c.hint, 'hint'));
  return parts.join(' · ');
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('faithful.status', vscode.StatusBarAlignment.Left, 100);
  private visible = false;

  constructor() {
    this.item.name = 'Faithful';
    this.item.command = COMMANDS.statusMenu;
  }

  /** What the item shows now (for tests and the walkthrough): undefined when hidden. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  get tooltip(): string | undefined {
    return this.visible && typeof this.item.tooltip === 'string' ? this.item.tooltip : undefined;
  }

  show(state: StatusState): void {
    this.item.backgroundColor = undefined;
    switch (state.kind) {
      case 'hidden':
        this.item.hide();
        this.visible = false;
        return;
      case 'checking':
        this.item.text = state.sourceOf ? `$(sync~spin) Faithful: source of ${state.sourceOf}, checking…` : `$(sync~spin) Faithful: checking vs ${state.sourceLabel}…`;
        this.item.tooltip = 'Faithful is comparing the draft with its source.';
        break;
      case 'counts': {
        const c = state.counts;
        if (c.problem) {
          this.item.text = `$(warning) Faithful: not checked vs ${c.sourceLabel}`;
          this.item.tooltip = c.problem;
          this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        } else if (state.sourceOf) {
          this.item.text = `$(checklist) Faithful: source of ${state.sourceOf} · ${countsText(c)}`;
          this.item.tooltip = `This file is the source ${state.sourceOf} is compared with. Click for the Faithful menu.`;
        } else {
          this.item.text = `$(checklist) Faithful: ${countsText(c)} vs ${c.sourceLabel}`;
          this.item.tooltip = `Compared with ${c.sourceLabel} in ${c.elapsedMs} ms. Click for the Faithful menu.`;
        }
        break;
      }
      case 'problem':
        this.item.text = `$(warning) Faithful: ${state.text}`;
        this.item.tooltip = state.detail;
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
    }
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.item.dispose();
  }
}
