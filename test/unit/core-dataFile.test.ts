// Data files (src/core/dataFile.ts, written by scripts/dataFile.mjs): the container the WordNet
// table, wink's core model and any trained model are shipped in, beside the bundles in dist/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataFileError, dataFileCandidates, dataFilePath, ENGINE_DATA_FILES, lazyDataFile, MEMORY_DATA_FILES, PagedDataFile, parseDataSections, prefetchDataFiles, readDataFile } from '../../src/core/dataFile';
import { MODEL_FILE } from '../../src/core/syntax/loadModel';
import { WINK_CORE_FILE } from '../../src/core/winkModel';
import { WORDNET_FILE, WORDNET_FORMAT } from '../../src/core/wordnet';
import { readDataFilesShared, readsSettled, useSharedDataFiles } from '../../src/shared/sharedDataFiles';

const REPO = path.resolve(__dirname, '..', '..');

type Writer = (file: string, version: number, sections: Record<string, string | ArrayBufferView>) => number;

async function writer(): Promise<Writer> {
  const mod = (await import(path.join(REPO, 'scripts', 'dataFile.mjs'))) as { writeDataFile: Writer };
  return mod.writeDataFile;
}

describe('data files', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faithful-data-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('round-trips text, u32, i32 and f32 sections, each aligned for a zero-copy view', async () => {
    const write = await writer();
    const file = path.join(dir, 'round.bin');
    write(file, 7, {
      header: '{"labels":["nsubj","obj"]}',
      odd: new Uint8Array([1, 2, 3]),
      ids: Uint32Array.from([0, 1, 4_000_000_000]),
      deltas: Int32Array.from([-5, 5]),
      weights: Float32Array.from([0.5, -1.25]),
    });
    const d = parseDataSections(file, fs.readFileSync(file), 7);
    assert.equal(d.version, 7);
    assert.deepEqual(JSON.parse(d.text('header')), { labels: ['nsubj', 'obj'] });
    assert.deepEqual([...d.bytes('odd')], [1, 2, 3]);
    assert.deepEqual([...d.uint32('ids')], [0, 1, 4_000_000_000]);
    assert.deepEqual([...d.int32('deltas')], [-5, 5]);
    assert.deepEqual([...d.float32('weights')], [0.5, -1.25]);
    assert.equal(d.bytes('ids').byteOffset % 8, 0);
    assert.equal(d.has('missing'), false);
    assert.throws(() => d.bytes('missing'), /no section "missing"/);
  });

  it('refuses a stale or foreign file with a message that says what to do', async () => {
    const write = await writer();
    const file = path.join(dir, 'stale.bin');
    write(file, 1, { a: 'x' });
    assert.throws(() => parseDataSections(file, fs.readFileSync(file), 2), (e: Error) => e instanceof DataFileError && /format version 1, this build expects 2; run `npm run build`/.test(e.message));
    const junk = path.join(dir, 'junk.bin');
    fs.writeFileSync(junk, 'not a data file at all');
    assert.throws(() => parseDataSections(junk, fs.readFileSync(junk), 1), /not a Faithful data file \(wrong header\)/);
    const cut = fs.readFileSync(file).subarray(0, 20);
    assert.throws(() => parseDataSections(file, cut, 1), /truncated section table/);
  });

  it('finds a file beside the bundle first, then in the repository dist/ when run from source', () => {
    const candidates = dataFileCandidates('wordnet.bin');
    assert.equal(candidates[0], path.join(REPO, 'src', 'core', 'wordnet.bin'));
    assert.equal(candidates[1], path.join(REPO, 'dist', 'wordnet.bin'));
    assert.equal(dataFilePath('wordnet.bin'), path.join(REPO, 'dist', 'wordnet.bin'));
    assert.throws(() => dataFilePath('no-such-model.bin'), (e: Error) => e instanceof DataFileError && /no-such-model\.bin is missing .*npm run build/.test(e.message));
  });

  it('reads a lazy data file once, on first use', () => {
    let decodes = 0;
    const load = lazyDataFile('wordnet.bin', WORDNET_FORMAT, (d) => {
      decodes++;
      return d.uint32('lemmaStart').length;
    });
    assert.equal(decodes, 0, 'nothing is read before the first call');
    const n = load();
    assert.ok(n > 80_000, `${n} lemmas`);
    assert.equal(load(), n);
    assert.equal(decodes, 1);
  });
});

describe('data files read by another thread (src/shared/sharedDataFiles.ts)', () => {
  it('names every data file the engine reads', () => {
    assert.deepEqual([...ENGINE_DATA_FILES].sort(), [WINK_CORE_FILE, MODEL_FILE, WORDNET_FILE].sort());
  });

  it('reads each file whole into a shared buffer, says which it could not, and provides them to the engine', async () => {
    const names = [...ENGINE_DATA_FILES, 'no-such-file.bin'];
    const shared = readDataFilesShared(names);
    const state = new Int32Array(shared.state);
    await readsSettled(shared, 10_000);
    assert.deepEqual([...state], [1, 1, 1, 2]);
    ENGINE_DATA_FILES.forEach((name, i) => {
      assert.ok(Buffer.from(shared.buffers[i]!, 0, shared.sizes[i]).equals(fs.readFileSync(dataFilePath(name))), name);
      // The parser model is read into a shared WebAssembly memory (scored there: syntax/wasmScore.ts).
      assert.equal(shared.memories[i] !== null, MEMORY_DATA_FILES.includes(name), name);
    });
    // Provided under a name the engine never reads, so other tests keep reading from disk.
    const bytes = new SharedArrayBuffer(4);
    new Uint8Array(bytes).set([1, 2, 3, 4]);
    const done = new Int32Array(new SharedArrayBuffer(8));
    done[0] = 1;
    done[1] = 2;
    useSharedDataFiles({ names: ['provided-test.bin', 'failed-test.bin'], buffers: [bytes, new SharedArrayBuffer(0)], sizes: [4, 0], memories: [null, null], state: done.buffer as SharedArrayBuffer });
    assert.deepEqual([...readDataFile('provided-test.bin').bytes], [1, 2, 3, 4]);
    // A failed read falls back to the disk, which says plainly what is missing.
    assert.throws(() => readDataFile('failed-test.bin'), (e: Error) => e instanceof DataFileError && /failed-test\.bin is missing/.test(e.message));
  });
  it('waits without blocking until no read is under way, and at most as long as it is told', async () => {
    // A read that never finishes: readsSettled gives up at its bound instead of hanging.
    const stuck = { names: ['stuck-test.bin'], buffers: [new SharedArrayBuffer(0)], sizes: [0], memories: [null], state: new Int32Array(new SharedArrayBuffer(4)).buffer as SharedArrayBuffer };
    const started = Date.now();
    await readsSettled(stuck, 50);
    assert.ok(Date.now() - started >= 40 && Date.now() - started < 5_000, `${Date.now() - started} ms`);
    // A read that finishes meanwhile on another turn of the event loop ends the wait then.
    const later = new Int32Array(new SharedArrayBuffer(4));
    setImmediate(() => { Atomics.store(later, 0, 1); Atomics.notify(later, 0); });
    await readsSettled({ names: ['later-test.bin'], buffers: [new SharedArrayBuffer(0)], sizes: [0], memories: [null], state: later.buffer as SharedArrayBuffer }, 10_000);
    assert.equal(Atomics.load(later, 0), 1);
  });
});

describe('data files read ahead by the CLI (prefetchDataFiles)', () => {
  it('gives the engine the file as on disk, whether or not the read ahead has finished', async () => {
    const name = ENGINE_DATA_FILES[0];
    const onDisk = fs.readFileSync(dataFilePath(name));
    // At once (the read ahead is still under way or has not started) and after it finished.
    prefetchDataFiles([name, 'no-such-file.bin']);
    assert.ok(Buffer.from(readDataFile(name).bytes).equals(onDisk));
    prefetchDataFiles([name]);
    // Wait, bounded, for the read ahead to fill its buffer (it reads on libuv's thread pool).
    const ahead = ((globalThis as Record<symbol, unknown>)[Symbol.for('faithful.prefetchedDataFiles')] as Map<string, { buffer: Uint8Array }>).get(name)!.buffer;
    for (const until = Date.now() + 10_000; !Buffer.from(ahead).equals(onDisk) && Date.now() < until;) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.ok(Buffer.from(ahead).equals(onDisk), 'the read ahead finished');
    const second = readDataFile(name).bytes;
    assert.ok(Buffer.from(second).equals(onDisk));
    // Each prefetched buffer is handed out once; a later read comes from the disk as usual.
    assert.notEqual(readDataFile(name).bytes.buffer, second.buffer);
    assert.throws(() => readDataFile('no-such-file.bin'), (e: Error) => e instanceof DataFileError);
  });

  it('takes a read ahead that has said it read the whole file as it is, without reading it again', async () => {
    const name = ENGINE_DATA_FILES[0];
    const onDisk = fs.readFileSync(dataFilePath(name));
    prefetchDataFiles([name]);
    const entry = ((globalThis as Record<symbol, unknown>)[Symbol.for('faithful.prefetchedDataFiles')] as Map<string, { buffer: Uint8Array; whole?: boolean }>).get(name)!;
    // Its callback, in a turn of this thread's event loop, says the read has ended.
    for (const until = Date.now() + 10_000; entry.whole !== true && Date.now() < until;) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(entry.whole, true, 'the read ahead finished');
    const bytes = readDataFile(name).bytes;
    assert.equal(bytes, entry.buffer);
    assert.ok(Buffer.from(bytes).equals(onDisk));
  });
});

describe('data files read a page at a time (PagedDataFile, for WordNet)', () => {
  it('reads only the pages asked for, with the bytes on disk, and the rest at once after many reads', () => {
    const onDisk = fs.readFileSync(dataFilePath(WORDNET_FILE));
    const paged = PagedDataFile.open(WORDNET_FILE, WORDNET_FORMAT);
    // The header and section table only.
    assert.equal(paged.pagesRead, 1);
    const lemmaStart = paged.sections.uint32('lemmaStart');
    const full = parseDataSections('wordnet.bin', onDisk, WORDNET_FORMAT).uint32('lemmaStart');
    // A range across a page boundary, and one element at the end.
    const cross = (4096 - (lemmaStart.byteOffset % 4096)) / 4 - 1;
    paged.needElements(lemmaStart, cross, cross + 2);
    paged.needElements(lemmaStart, lemmaStart.length - 1, lemmaStart.length);
    assert.deepEqual([lemmaStart[cross], lemmaStart[cross + 1], lemmaStart[lemmaStart.length - 1]], [full[cross], full[cross + 1], full[full.length - 1]]);
    assert.ok(paged.pagesRead <= 5, `${paged.pagesRead} pages read`);
    // An empty range reads nothing; a range read before is not read again.
    const before = paged.pagesRead;
    paged.need(100, 100);
    paged.needElements(lemmaStart, cross, cross + 2);
    assert.equal(paged.pagesRead, before);
    // Page by page until the whole file is read at once.
    const pages = Math.ceil(onDisk.length / 4096);
    for (let page = 0; page < pages && paged.pagesRead < pages; page++) paged.need(page * 4096, page * 4096 + 1);
    assert.equal(paged.pagesRead, pages);
    assert.ok(Buffer.from(paged.buffer).equals(onDisk));
  });

  it('takes a file the CLI read ahead whole (a long comparison) as read', () => {
    prefetchDataFiles([WORDNET_FILE]);
    const paged = PagedDataFile.open(WORDNET_FILE, WORDNET_FORMAT);
    assert.equal(paged.pagesRead, Math.ceil(fs.statSync(dataFilePath(WORDNET_FILE)).size / 4096));
    assert.ok(Buffer.from(paged.buffer).equals(fs.readFileSync(dataFilePath(WORDNET_FILE))));
  });

  it('takes a file given whole (batch workers) as read', () => {
    const bytes = new Uint8Array(fs.readFileSync(dataFilePath(WORDNET_FILE)));
    const done = new Int32Array(new SharedArrayBuffer(4));
    done[0] = 1;
    const shared = new SharedArrayBuffer(bytes.length);
    new Uint8Array(shared).set(bytes);
    // Provided under another name, so other tests keep reading WordNet from disk.
    useSharedDataFiles({ names: ['paged-test.bin'], buffers: [shared], sizes: [bytes.length], memories: [null], state: done.buffer as SharedArrayBuffer });
    const paged = PagedDataFile.open('paged-test.bin', WORDNET_FORMAT);
    assert.equal(paged.pagesRead, Math.ceil(bytes.length / 4096));
    assert.deepEqual(paged.sections.uint32('lemmaStart').subarray(0, 4), parseDataSections('x', bytes, WORDNET_FORMAT).uint32('lemmaStart').subarray(0, 4));
  });
});
