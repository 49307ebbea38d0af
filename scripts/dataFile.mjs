// Writes a Faithful data file: named sections, each 8-byte aligned, in the layout that
// src/core/dataFile.ts reads (see the comment there). Build scripts write data files into dist/,
// beside the bundles that read them, so the .vsix (.vscodeignore keeps dist/*.bin) and an npm
// install ship them with no extra step.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const MAGIC = 'FTHFUL01';
const NAME_BYTES = 24;
const align8 = (n) => (n + 7) & ~7;

/** A section's bytes from a string (UTF-8), a Buffer or any typed array. */
function toBytes(value) {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (ArrayBuffer.isView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new Error(`data file section must be a string or a typed array, got ${typeof value}`);
}

/**
 * @param {string} file where to write
 * @param {number} version the content's format version (the reader checks it)
 * @param {Record<string, string | ArrayBufferView>} sections
 */
export function writeDataFile(file, version, sections) {
  const entries = Object.entries(sections).map(([name, value]) => {
    if (!/^[\x21-\x7e]{1,24}$/.test(name)) throw new Error(`bad section name ${JSON.stringify(name)}`);
    return [name, toBytes(value)];
  });
  const tableEnd = 16 + entries.length * (NAME_BYTES + 8);
  let at = align8(tableEnd);
  const placed = entries.map(([name, bytes]) => {
    const offset = at;
    at = align8(at + bytes.length);
    return { name, bytes, offset };
  });
  const out = Buffer.alloc(at);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(version, 8);
  out.writeUInt32LE(entries.length, 12);
  placed.forEach(({ name, bytes, offset }, i) => {
    const row = 16 + i * (NAME_BYTES + 8);
    out.write(name, row, 'latin1');
    out.writeUInt32LE(offset, row + NAME_BYTES);
    out.writeUInt32LE(bytes.length, row + NAME_BYTES + 4);
    bytes.copy(out, offset);
  });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, out);
  return out.length;
}
