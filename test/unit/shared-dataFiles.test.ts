// The data files a language server reads for its analysis (src/shared/sharedDataFiles.ts): a
// short draft's first check waits for, and takes, only some of them (`only`).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { dataFilePath, readDataFile } from '../../src/core/dataFile';
import { filesRead, keepOnly, readDataFilesShared, readsSettled, useSharedDataFiles } from '../../src/shared/sharedDataFiles';

describe('data files read into shared memory', () => {
  const names = ['en-ewt-parser.bin', 'wink-core.bin'];

  it('readsSettled with `only` waits for those reads alone, and every read ends with the file\'s bytes', async () => {
    const shared = readDataFilesShared(names);
    const state = new Int32Array(shared.state);
    await readsSettled(shared, 10_000, ['en-ewt-parser.bin']);
    assert.equal(Atomics.load(state, 0), 1, 'the parser model is read');
    await readsSettled(shared, 10_000);
    assert.deepEqual([...state], [1, 1]);
    assert.deepEqual(filesRead(shared), names);
    // Each file at the start of its buffer (the parser model's is a WebAssembly memory's, longer).
    names.forEach((name, i) => assert.ok(Buffer.from(shared.buffers[i]!, 0, shared.sizes[i]).equals(readFileSync(dataFilePath(name))), name));
    assert.ok(shared.memories[0] instanceof WebAssembly.Memory && shared.memories[0].buffer === shared.buffers[0]);
    assert.equal(shared.memories[1], null);
  });

  it('useSharedDataFiles with `only` provides just those files; the engine reads the others from disk', async () => {
    const shared = readDataFilesShared(names);
    await readsSettled(shared, 10_000);
    useSharedDataFiles(shared, 0, ['en-ewt-parser.bin']);
    // A provided file is named by its name alone; one read from disk, by its path.
    const parser = readDataFile('en-ewt-parser.bin');
    assert.equal(parser.file, 'en-ewt-parser.bin');
    assert.ok(Buffer.from(parser.bytes).equals(readFileSync(dataFilePath('en-ewt-parser.bin'))));
    assert.equal(readDataFile('wink-core.bin').file, dataFilePath('wink-core.bin'));
  });

  it('keepOnly keeps the named files\' buffers and empties the others', async () => {
    const shared = readDataFilesShared(names);
    await readsSettled(shared, 10_000);
    const kept = keepOnly(shared, ['en-ewt-parser.bin']);
    assert.equal(kept.buffers[0], shared.buffers[0]);
    assert.equal(kept.buffers[1]!.byteLength, 0);
    assert.deepEqual(kept.sizes, [shared.sizes[0], 0]);
    assert.deepEqual(kept.memories, [shared.memories[0], null]);
    assert.equal(kept.state, shared.state);
  });
});
