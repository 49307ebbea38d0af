// What the extension tells the user: notifications, short confirmations in the status bar, and
// the "Faithful" output channel, which also carries the language server's log. The last messages
// are kept in memory so the extension-host tests can check what a user was told.
import * as vscode from 'vscode';

const KEEP = 50;

export class Notices implements vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel('Faithful', { log: true });
  private readonly recent: string[] = [];

  /** `logFile`: where VS Code writes the channel (the extension's log folder), for tests and bug reports. */
  constructor(readonly logFile: vscode.Uri) {}

  /** The latest messages, oldest first. */
  get said(): readonly string[] {
    return this.recent;
  }

  private record(text: string): void {
    this.recent.push(text);
    if (this.recent.length > KEEP) this.recent.shift();
  }

  info(text: string, ...actions: string[]): Thenable<string | undefined> {
    this.record(text);
    this.channel.info(text);
    return vscode.window.showInformationMessage(`Faithful: ${text}`, ...actions);
  }

  warn(text: string, ...actions: string[]): Thenable<string | undefined> {
    this.record(text);
    this.channel.warn(text);
    return vscode.window.showWarningMessage(`Faithful: ${text}`, ...actions);
  }

  error(text: string, ...actions: string[]): Thenable<string | undefined> {
    this.record(text);
    this.channel.error(text);
    return vscode.window.showErrorMessage(`Faithful: ${text}`, ...actions);
  }

  /** A confirmation that needs no answer: a few seconds in the status bar, and the log. */
  confirm(text: string): void {
    this.record(text);
    this.channel.info(text);
    vscode.window.setStatusBarMessage(`$(check) Faithful: ${text}`, 8000);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
