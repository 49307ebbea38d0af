// The language server's stdio, guarded: every message the editor sends is checked for LSP's
// framing (ASCII headers, a numeric Content-Length, a body within reach) and for JSON before
// vscode-jsonrpc sees it. vscode-jsonrpc on its own went deaf for good on a bad frame (4 KB of
// random bytes, `Content-Length: abc`): alive, answering nothing, not even shutdown. Here:
// - a body that is not JSON, in a well-framed message, gets JSON-RPC's parse error (-32700,
//   id null) and the server reads on: the framing tells where the next message starts;
// - broken framing cannot be resynchronised reliably, so the server says why on stderr (which
//   editors keep in their log) and exits with code 1, and the editor can start it again.
import { format } from 'node:util';
import { PassThrough } from 'node:stream';
import { StreamMessageWriter } from 'vscode-languageserver/node';

/** Headers are a line or two; anything longer without the blank line is not LSP. */
const MAX_HEADER_BYTES = 8 * 1024;
/** Far above any document Faithful checks (the engine refuses long before); a larger length is a broken frame. */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

export interface FrameHandlers {
  /** A well-framed message whose body is JSON, as received (headers and body). */
  readonly message: (frame: Buffer) => void;
  /** A well-framed message whose body is not JSON. */
  readonly parseError: (reason: string) => void;
  /** The framing is broken; nothing more can be read. */
  readonly broken: (reason: string) => void;
}

/** Splits the editor's byte stream into checked messages. */
export class FrameGuard {
  private buffer: Buffer = Buffer.alloc(0);
  private dead = false;

  constructor(private readonly on: FrameHandlers) {}

  push(chunk: Buffer): void {
    if (this.dead) return;
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      const header = end < 0 ? this.buffer : this.buffer.subarray(0, end);
      const bad = header.findIndex((b) => (b < 0x20 || b > 0x7e) && b !== 0x0d && b !== 0x0a);
      if (bad >= 0) return this.fail(`the editor sent bytes that are not an LSP header (byte 0x${header[bad]!.toString(16).padStart(2, '0')} at offset ${bad} of a header)`);
      if (end < 0) {
        if (this.buffer.length > MAX_HEADER_BYTES) this.fail(`the editor sent ${this.buffer.length} bytes of header without the blank line that ends it`);
        return;
      }
      let length: number | null = null;
      for (const line of header.toString('ascii').split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0) return this.fail(`the editor sent a header line without "Name: value": ${JSON.stringify(line.slice(0, 80))}`);
        if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
        const value = line.slice(colon + 1).trim();
        if (!/^\d+$/.test(value)) return this.fail(`the editor sent "Content-Length: ${value.slice(0, 40)}", which is not a number of bytes`);
        length = Number(value);
      }
      if (length === null) return this.fail('the editor sent a message without a Content-Length header');
      if (length > MAX_MESSAGE_BYTES) return this.fail(`the editor announced a ${length}-byte message, over the ${MAX_MESSAGE_BYTES}-byte limit`);
      if (this.buffer.length < end + 4 + length) return;
      const frame = this.buffer.subarray(0, end + 4 + length);
      const body = frame.subarray(end + 4);
      this.buffer = this.buffer.subarray(end + 4 + length);
      try {
        JSON.parse(body.toString('utf8'));
      } catch (e) {
        this.on.parseError((e as Error).message);
        continue;
      }
      this.on.message(frame);
    }
  }

  private fail(reason: string): void {
    this.dead = true;
    this.buffer = Buffer.alloc(0);
    this.on.broken(reason);
  }
}

/**
 * stdin through a FrameGuard and stdout through one writer, for createConnection. The input is a
 * stream, so vscode-languageserver still exits when the editor closes it.
 */
export function guardedStdio(): { input: PassThrough; output: StreamMessageWriter } {
  const input = new PassThrough();
  const output = new StreamMessageWriter(process.stdout);
  // stdout carries the protocol: anything a library prints goes to stderr instead.
  const toStderr = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);
  console.log = console.info = console.warn = console.error = console.debug = toStderr;
  const guard = new FrameGuard({
    message: (frame) => input.write(frame),
    parseError: (reason) => {
      process.stderr.write(`Faithful language server: a message from the editor is not JSON (${reason}); answered with a parse error\n`);
      void output.write({ jsonrpc: '2.0', id: null, error: { code: -32700, message: `Parse error: ${reason}` } } as never);
    },
    broken: (reason) => {
      process.stderr.write(`Faithful language server: ${reason}. The connection cannot be read any further; exiting so that the editor can start the server again.\n`);
      process.exit(1);
    },
  });
  process.stdin.on('data', (chunk: Buffer) => guard.push(chunk));
  process.stdin.on('end', () => input.end());
  process.stdin.on('close', () => input.end());
  return { input, output };
}
