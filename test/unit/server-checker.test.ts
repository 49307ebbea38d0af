// The language server's check runner (src/server/checker.ts + checkWorker.ts): checks run on a
// worker thread, a newer check of the same draft cancels the running one (the engine stops
// part-way) and replaces a waiting one, so typing never queues checks.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, AnalysisCancelledError, PreparationCache } from '../../src/core';
import { PAGED_BELOW_BYTES } from '../../src/core/dataFile';
import { Checker, INLINE_MAX_CHARS, type CheckInput, type Outcome } from '../../src/server/checker';
import { REHEARSAL_EDITS, REHEARSAL_MIN_CHARS, rehearse } from '../../src/server/rehearsal';

const root = join(__dirname, '..', '..');
const seedSource = readFileSync(join(root, 'examples/source.txt'), 'utf8');
const seedRewrite = readFileSync(join(root, 'examples/rewrite.txt'), 'utf8');
const repeat = (text: string, n: number) => Array.from({ length: n }, () => text.trim()).join('\n\n');

describe('cancelling a check', function () {
  this.timeout(60000);

  it('the engine stops with AnalysisCancelledError when isCancelled says so, part-way through', () => {
    let asked = 0;
    assert.throws(
      () => analyze(repeat(seedSource, 4), repeat(seedRewrite, 4), { isCancelled: () => ++asked >= 3 }),
      (e: Error) => e instanceof AnalysisCancelledError,
    );
    assert.equal(asked, 3, 'stopped at the first "yes"');
    assert.ok(analyze(seedSource, seedRewrite, { isCancelled: () => false }).findings.length > 0);
  });

  describe('Checker', () => {
    let checker: Checker;
    before(() => {
      if (!existsSync(join(root, 'dist/checkWorker.js'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
      checker = new Checker(join(root, 'dist/checkWorker.js'));
    });
    after(() => checker.dispose());

    const input = (draft: string, draftUri = 'file:///draft.txt'): CheckInput => ({ draftUri, source: repeat(seedSource, 64), draft, format: 'plain', accepted: [] });

    it('returns the engine result from the worker', async () => {
      const outcome = await checker.check({ ...input(seedRewrite), source: seedSource });
      assert.equal(outcome.type, 'result');
      // The whole result, as the worker packs it for the trip (resultCodec.ts), but the time it took.
      const expected = analyze(seedSource, seedRewrite);
      const got = outcome.type === 'result' ? outcome.result : null;
      assert.deepStrictEqual(got && { ...got, stats: { ...got.stats, elapsedMs: 0 } }, { ...expected, stats: { ...expected.stats, elapsedMs: 0 } });
    });

    it('checks each draft against its own latest source, sent once while it is unchanged', async () => {
      const ids = (o: Outcome) => (o.type === 'result' ? o.result.findings.map((f) => f.id) : o.type);
      const edited = seedSource.replace('three MSS officers', 'four MSS officers');
      assert.notDeepEqual(analyze(edited, seedRewrite).findings.map((f) => f.id), analyze(seedSource, seedRewrite).findings.map((f) => f.id));
      for (const [uri, source] of [['file:///a.txt', seedSource], ['file:///b.txt', edited], ['file:///a.txt', seedSource], ['file:///a.txt', edited], ['file:///b.txt', edited], ['file:///a.txt', edited]] as const) {
        const outcome = await checker.check({ ...input(seedRewrite, uri), source });
        assert.deepEqual(ids(outcome), analyze(source, seedRewrite).findings.map((f) => f.id), `${uri} against ${source === edited ? 'the edited' : 'the first'} source`);
      }
      // Forgotten, the draft's source is sent again with its next check.
      checker.forget('file:///a.txt');
      assert.deepEqual(ids(await checker.check({ ...input(seedRewrite, 'file:///a.txt'), source: edited })), analyze(edited, seedRewrite).findings.map((f) => f.id));
    });

    it('a newer check of the same draft cancels the running one and replaces the waiting one', async () => {
      const long = repeat(seedRewrite, 64);
      const order: string[] = [];
      const track = (name: string, p: Promise<Outcome>) => p.then((o) => (order.push(`${name}:${o.type}`), o));
      // A fresh draft uri: nothing cached, so the first check is long (tens of thousands of words).
      const first = track('first', checker.check(input(long, 'file:///long.txt')));
      const second = track('second', checker.check(input(long.replace('three MSS officials', 'four MSS officials'), 'file:///long.txt')));
      const third = track('third', checker.check(input(long.replace('three MSS officials', 'five MSS officials'), 'file:///long.txt')));
      const [a, b, c] = await Promise.all([first, second, third]);
      assert.equal(a.type, 'cancelled', 'the running check stopped part-way');
      assert.equal(b.type, 'superseded', 'the waiting check never ran');
      assert.equal(c.type, 'result');
      assert.deepEqual(order, ['second:superseded', 'first:cancelled', 'third:result']);
    });

    it('dispose() ends running and waiting checks instead of leaving them pending', async () => {
      const own = new Checker(join(root, 'dist/checkWorker.js'));
      const running = own.check(input(repeat(seedRewrite, 64), 'file:///a.txt'));
      const waiting = own.check({ ...input(seedRewrite, 'file:///b.txt'), source: seedSource });
      own.dispose();
      assert.deepEqual([(await running).type, (await waiting).type], ['superseded', 'superseded']);
    });

    it('cancel() stops the running check of that draft only', async () => {
      const other = checker.check({ ...input(seedRewrite, 'file:///other.txt'), source: seedSource });
      const long = checker.check(input(repeat(seedRewrite, 64), 'file:///long2.txt'));
      checker.cancel('file:///other.txt');
      assert.equal((await other).type, 'cancelled');
      checker.cancel('file:///nobody.txt');
      assert.equal((await long).type, 'result');
    });
  });

  describe('the rehearsal after a long draft\'s first check', () => {
    const source = repeat(seedSource, 10);
    const draft = repeat(seedRewrite, 10);
    const edited = draft.replace('three MSS officials', 'four MSS officials');
    const fresh = analyze(source, edited);
    const same = (a: ReturnType<typeof analyze>, b: ReturnType<typeof analyze>) => {
      assert.deepEqual(a.findings, b.findings);
      assert.deepEqual(a.pairs, b.pairs);
      assert.deepEqual(a.sentences, b.sentences);
    };

    it('applies to drafts as long as the one it is for', () => {
      assert.ok(draft.length >= REHEARSAL_MIN_CHARS && edited !== draft);
    });

    it('leaves the draft\'s cache giving exactly a fresh analysis, whether it runs to the end or a request cuts it short', () => {
      for (const stopAfter of [Infinity, 3, 30, 300]) {
        const cache = new PreparationCache();
        analyze(source, draft, { cache });
        let asked = 0;
        const done = rehearse({ source, draft, format: 'plain', accepted: [] }, cache, () => ++asked > stopAfter);
        if (stopAfter === Infinity) assert.equal(done, REHEARSAL_EDITS, 'every edit rehearsed');
        else assert.ok(done < REHEARSAL_EDITS, `cut short after ${stopAfter} questions (${done} edits done)`);
        same(analyze(source, edited, { cache }), fresh);
        same(analyze(source, draft, { cache }), analyze(source, draft));
      }
    });
  });
});


describe('Checker with first checks on the main thread (the server: earlyChecker.ts)', function () {
  this.timeout(60000);
  const workerPath = join(root, 'dist/checkWorker.js');
  const inlinePath = join(root, 'dist/inlineCheck.js');
  before(() => {
    if (!existsSync(inlinePath)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
  });
  const workerOf = (c: Checker) => (c as unknown as { worker?: unknown }).worker;
  const ids = (o: Outcome) => (o.type === 'result' ? o.result.findings.map((f) => f.id) : o.type);
  const pair = (source: string, draft: string): CheckInput => ({ draftUri: 'file:///draft.txt', source, draft, format: 'plain', accepted: [] });

  it('checks a short draft here before the worker has started, then starts it for the checks that follow', async () => {
    const checker = new Checker(workerPath, inlinePath);
    try {
      checker.warmUp();
      assert.equal(workerOf(checker), undefined, 'no worker before the first check');
      const first = await checker.check(pair(seedSource, seedRewrite));
      assert.deepEqual(ids(first), analyze(seedSource, seedRewrite).findings.map((f) => f.id));
      assert.ok(workerOf(checker), 'the worker started after the first check');
      const edited = seedRewrite.replace('three MSS officials', 'four MSS officials');
      const second = await checker.check(pair(seedSource, edited));
      assert.deepEqual(ids(second), analyze(seedSource, edited).findings.map((f) => f.id));
    } finally {
      await checker.dispose();
    }
  });

  it('checks a short draft here reading the wink model and WordNet a page at a time, a longer one with them read whole, with the findings of the engine in process', async () => {
    const short = pair('The council approved the budget on Tuesday. It will cost $4 million.\n', 'The council rejected the budget on Wednesday. It will cost $5 million.\n');
    assert.ok(short.source.length + short.draft.length < PAGED_BELOW_BYTES);
    assert.ok(seedSource.length + seedRewrite.length >= PAGED_BELOW_BYTES);
    for (const input of [short, pair(seedSource, seedRewrite)]) {
      const checker = new Checker(workerPath, inlinePath);
      try {
        checker.warmUp();
        const first = await checker.check(input);
        assert.equal(first.type, 'result');
        assert.deepEqual(ids(first), analyze(input.source, input.draft).findings.map((f) => f.id));
      } finally {
        await checker.dispose();
      }
    }
  });

  it('sends a long draft to the worker, and a first check superseded while the data is read is not run', async () => {
    const checker = new Checker(workerPath, inlinePath);
    try {
      checker.warmUp();
      const longSource = repeat(seedSource, 8);
      const longDraft = repeat(seedRewrite, 8);
      assert.ok(longSource.length + longDraft.length > INLINE_MAX_CHARS);
      const superseded = checker.check(pair(seedSource, seedRewrite));
      const long = checker.check(pair(longSource, longDraft));
      assert.equal((await superseded).type, 'cancelled');
      assert.ok(workerOf(checker), 'a long draft starts the worker');
      assert.deepEqual(ids(await long), analyze(longSource, longDraft).findings.map((f) => f.id));
    } finally {
      await checker.dispose();
    }
  });
});
