import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CliError } from '../../src/cli/errors';
import { MAX_INPUT_BYTES, decodeInput, looksBinary, readInput } from '../../src/cli/readInput';
import { tempDir } from './cli-helpers';

function rejects(fn: () => unknown, pattern: RegExp): void {
  assert.throws(fn, (err: unknown) => err instanceof CliError && err.exitCode === 2 && pattern.test(err.message));
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('cli readInput', () => {
  let tmp: ReturnType<typeof tempDir>;
  before(() => (tmp = tempDir()));
  after(() => tmp.cleanup());

  it('reads UTF-8 as is', () => {
    const p = tmp.file('plain.txt', 'Héllo 😀\r\nworld\n');
    assert.deepEqual(readInput(p), { path: p, text: 'Héllo 😀\r\nworld\n', encoding: 'utf-8', hadBom: false });
  });

  it('strips a UTF-8 BOM, which then does not count in offsets', () => {
    const input = decodeInput('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hi there')]));
    assert.equal(input.text, 'Hi there');
    assert.equal(input.hadBom, true);
    assert.equal(input.text.indexOf('H'), 0);
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const text = 'Café costs €3 😀\r\nsecond line';
    const le = decodeInput('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    assert.equal(le.text, text);
    assert.equal(le.encoding, 'utf-16le');
    const be = decodeInput('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]));
    assert.equal(be.text, text);
    assert.equal(be.encoding, 'utf-16be');
  });

  it('rejects a missing file', () => {
    rejects(() => readInput(`${tmp.dir}/nope.txt`), /nope\.txt: no such file$/);
  });

  it('rejects a directory', () => {
    rejects(() => readInput(tmp.dir), /is a directory/);
  });

  it('rejects empty and whitespace-only files', () => {
    rejects(() => readInput(tmp.file('empty.txt', '')), /empty\.txt: file is empty/);
    rejects(() => readInput(tmp.file('blank.txt', ' \n\t\r\n  ')), /blank\.txt: file contains only whitespace/);
    rejects(() => decodeInput('bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf])), /file is empty/);
  });

  it('rejects binary files: NUL bytes or mostly control characters', () => {
    rejects(() => readInput(tmp.file('nul.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]))), /looks like a binary file/);
    rejects(() => decodeInput('ctl.bin', Buffer.from('\x01\x02\x03\x04\x05\x06abc\x07\x08')), /looks like a binary file/);
    // UTF-16 without a BOM is full of NUL bytes; the message hints at the cause.
    rejects(() => decodeInput('u16.txt', Buffer.from('hello', 'utf16le')), /byte order mark/);
  });

  it('does not mistake ordinary whitespace controls for binary', () => {
    assert.equal(looksBinary('a\tb\r\nc\fd\ve'), false);
    assert.equal(looksBinary('text with one \x1b escape in a longer line of prose'), false);
  });

  it('rejects invalid UTF-8 without a BOM', () => {
    rejects(() => readInput(tmp.file('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]))), /latin1\.txt: not valid UTF-8/);
  });

  it('rejects UTF-32 and malformed UTF-16', () => {
    rejects(() => decodeInput('u32.txt', Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00])), /UTF-32/);
    rejects(() => decodeInput('odd.txt', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42])), /odd number of bytes/);
    // A lone high surrogate followed by an ordinary character.
    rejects(() => decodeInput('lone.txt', Buffer.from([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00])), /not valid UTF-16LE/);
  });

  it('rejects files over the size limit', () => {
    const p = `${tmp.dir}/big.txt`;
    fs.writeFileSync(p, 'a');
    fs.truncateSync(p, MAX_INPUT_BYTES + 1); // Sparse: no 8 MB written to disk.
    rejects(() => readInput(p), /big\.txt: file is larger than the 8 MB limit/);
    // The limit is also enforced while reading, for inputs whose size stat cannot tell.
    rejects(() => readInput(tmp.file('small.txt', 'x'.repeat(100)), 10), /larger than the 10 bytes limit/);
  });

  it('keeps messages on one line', () => {
    try {
      readInput(tmp.dir);
      assert.fail('should have thrown');
    } catch (err) {
      assert.ok(err instanceof CliError);
      assert.ok(!/\n/.test(err.message));
    }
  });
});
