// What to do when the language server stops unexpectedly (a crash, an out-of-memory kill, a
// framing error it exits on): restart it, and tell the user once. Pure, so a unit test can
// drive it with a clock; extension.ts turns its answers into vscode-languageclient's
// CloseAction. The client's own default restarts silently (up to four times in three minutes)
// and then shows a message naming "the Faithful server", which users do not know they run.

/** Restarts allowed within WINDOW_MS; one more crash in that window stops restarting. */
export const MAX_RESTARTS = 4;
export const WINDOW_MS = 3 * 60_000;

export interface RestartDecision {
  readonly restart: boolean;
  /** What to tell the user, or null: said on the first crash and when giving up, never again. */
  readonly tell: string | null;
}

export class ServerRestarts {
  private readonly crashes: number[] = [];
  private told = false;
  private gaveUp = false;

  /** The server stopped at `now` (milliseconds). */
  crashed(now: number): RestartDecision {
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0]! > WINDOW_MS) this.crashes.shift();
    if (this.crashes.length > MAX_RESTARTS) {
      const tell = this.gaveUp ? null : `Faithful's checker stopped ${this.crashes.length} times in ${WINDOW_MS / 60_000} minutes, so it was not restarted again. Run "Developer: Reload Window" to start it; the Faithful output has the details.`;
      this.gaveUp = true;
      return { restart: false, tell };
    }
    const tell = this.told ? null : "Faithful's checker stopped unexpectedly and was restarted; your drafts are being checked again. The Faithful output has the details.";
    this.told = true;
    return { restart: true, tell };
  }

  /** The user restarted it on purpose (a reload): start counting afresh. */
  reset(): void {
    this.crashes.length = 0;
    this.gaveUp = false;
  }
}
