// A one-line progress counter for long batches. Only drawn on a terminal: in a log file or a
// pipe, carriage-return redraws turn into noise.

import type { Writable } from 'node:stream';

const REDRAW_MS = 100;

export class Progress {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: Writable,
    private readonly enabled: boolean,
    private readonly now: () => number = Date.now,
  ) {}

  update(done: number, failed: number): void {
    if (!this.enabled) return;
    const t = this.now();
    if (this.drawn && t - this.lastDraw < REDRAW_MS) return; // Redrawing per line would cost more than the work.
    this.lastDraw = t;
    this.drawn = true;
    const errors = failed ? `, ${failed} failed` : '';
    this.stream.write(`\r\x1b[Kfaithful: ${done} pair${done === 1 ? '' : 's'} checked${errors}`);
  }

  /** Erases the counter so the shell prompt (or a final message) starts on a clean line. */
  finish(): void {
    if (this.enabled && this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
