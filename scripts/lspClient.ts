// A minimal LSP client over a child process's stdio, as an editor such as Neovim would speak it:
// Content-Length framing, requests with ids, notifications recorded with the time they arrived.
// Used by the language server's tests and by `npm run bench` (start-up and edit latencies).
import type { ChildProcessWithoutNullStreams } from 'node:child_process';

export interface Received {
  readonly method: string;
  readonly params: any;
  /** performance.now() when the message was read. */
  readonly at: number;
  /** The message body's length in bytes, as sent over the wire (headers not counted). */
  readonly bytes: number;
}

export class LspPeer {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (msg: any) => void>();
  readonly notifications: Received[] = [];
  private readonly waiters: Array<() => void> = [];

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => {
      const at = performance.now();
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const header = this.buffer.indexOf('\r\n\r\n');
        if (header < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, header).toString())![1]);
        if (this.buffer.length < header + 4 + length) return;
        const msg = JSON.parse(this.buffer.subarray(header + 4, header + 4 + length).toString('utf8'));
        this.buffer = this.buffer.subarray(header + 4 + length);
        if (msg.id !== undefined && this.pending.has(msg.id)) {
          this.pending.get(msg.id)!(msg);
          this.pending.delete(msg.id);
        } else if (msg.method) {
          this.notifications.push({ method: msg.method, params: msg.params, at, bytes: length });
          this.waiters.splice(0).forEach((w) => w());
        }
      }
    });
  }

  private frame(msg: object): Buffer {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
  }

  request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.child.stdin.write(this.frame({ id, method, params }));
    });
  }

  notify(method: string, params: unknown): void {
    this.child.stdin.write(this.frame({ method, params }));
  }

  /** Several notifications in one write, as they arrive when an editor sends them back to back. */
  notifyAll(messages: ReadonlyArray<{ method: string; params: unknown }>): void {
    this.child.stdin.write(Buffer.concat(messages.map((m) => this.frame(m))));
  }

  /** Waits (bounded) for a notification matching `test`; never a fixed sleep. */
  async waitFor(test: (msg: Received) => boolean, timeoutMs = 15000): Promise<Received> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.notifications.find(test);
      if (hit) return hit;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for a notification');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Asks the server to shut down and exit, and waits (bounded) for the process to end. */
  async close(timeoutMs = 5000): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    const timer = setTimeout(() => this.child.kill(), timeoutMs);
    try {
      await Promise.race([this.request('shutdown', null), exited]);
      this.notify('exit', null);
    } catch {
      this.child.kill();
    }
    await exited;
    clearTimeout(timer);
  }
}
