// The cache an editor keeps between checks must never change the answer: a re-check with the
// cache gives exactly what a fresh analysis of the same texts gives, across edits.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, PreparationCache } from '../../src/core';
import { prepareText } from '../../src/core/document';
import { findEntities, namesAsked } from '../../src/core/mentions/entities';
import { findNumbers } from '../../src/core/mentions/numbers';
import { offsetFree } from '../../src/core/offsetFree';
import { termKeys } from '../../src/core/terms';
import { addOrRemoveSentence } from './edit-helpers';

const root = join(__dirname, '..', '..');
const source = readFileSync(join(root, 'examples/source.txt'), 'utf8');
const rewrite = readFileSync(join(root, 'examples/rewrite.txt'), 'utf8');

const edits: Array<[string, (text: string) => string]> = [
  ['unchanged', (t) => t],
  ['a figure changed in one sentence', (t) => t.replace('three MSS officials', 'four MSS officials')],
  ['a sentence inserted at the top', (t) => `A new opening line was added today.\n\n${t}`],
  ['a paragraph deleted', (t) => t.replace(/The US is now collaborating[^\n]*\n\n/, '')],
  ['a name capitalised differently', (t) => t.replace('the MSS had them', 'the Mss had them')],
  ['a quote opened in an earlier sentence', (t) => t.replace('The Ministry of State Security', '"The Ministry of State Security')],
  ['back to the original', (t) => t],
];

describe('analysis cache', () => {
  it('gives the same findings and pairs as a fresh analysis after every edit', () => {
    const cache = new PreparationCache();
    for (const [name, edit] of edits) {
      const text = edit(rewrite);
      const cached = analyze(source, text, { cache });
      const fresh = analyze(source, text);
      assert.deepEqual(cached.findings, fresh.findings, name);
      assert.deepEqual(cached.pairs, fresh.pairs, name);
    }
  });

  it('reuses the token arrays of paragraphs an edit did not move, with the findings of a fresh analysis', () => {
    const cache = new PreparationCache();
    // A repeated paragraph (each occurrence keeps its own arrays) and edits that move the
    // paragraphs after them (a longer figure) or not (a figure of the same length).
    const doubled = `${rewrite.trim()}\n\n${rewrite.trim()}`;
    const versions = [
      doubled,
      doubled.replace('three MSS officials', 'four MSS officials'),
      doubled.replace('three MSS officials', 'nine MSS officials'),
      doubled.replace('three MSS officials', 'seventeen MSS officials'),
      doubled,
    ];
    let previous: ReturnType<typeof prepareText> | undefined;
    for (const [k, text] of versions.entries()) {
      const cached = analyze(source, text, { cache });
      assert.deepEqual(cached.findings, analyze(source, text).findings, `version ${k}`);
      assert.deepEqual(cached.pairs, analyze(source, text).pairs, `version ${k}`);
      const prepared = prepareText(text, 'plain', () => {}, cache);
      cache.sweep();
      if (previous) {
        // The first sentence lies before every edit: the same array, and the same tokens.
        assert.equal(prepared.sentences[0]!.tokens, previous.sentences[0]!.tokens, `version ${k}`);
        const last = prepared.sentences.length - 1;
        const moved = text.length !== versions[k - 1]!.length;
        assert.equal(prepared.sentences[last]!.tokens === previous.sentences[last]!.tokens, !moved, `version ${k}: last sentence reused only if it did not move`);
      }
      for (const s of prepared.sentences) for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
      previous = prepared;
    }
  });

  it('compares a "He said" opening a paragraph again when the speaker named just before changes', () => {
    // The sentence before is in another paragraph: its text is part of the pair's key. (The
    // names both texts use are the same in both versions, so they did not tell.)
    const src = 'Harbour master Tom Reeve said the port would reopen in May.\n\nTom Reeve said landings had dropped by a third this year.\n\nOn Friday, Ann Cole and Tom Reeve met to discuss the harbour.\n';
    const v1 = 'Harbour master Tom Reeve said the port would reopen in May.\n\nHe said landings had dropped by a third this year.\n\nOn Friday, Ann Cole and Tom Reeve met to discuss the harbour.\n';
    const v2 = v1.replace('Harbour master Tom Reeve', 'Mayor Ann Cole');
    const cache = new PreparationCache();
    for (const [k, text] of [v1, v2, v1].entries()) {
      const cached = analyze(src, text, { cache });
      assert.deepEqual(cached.findings, analyze(src, text).findings, `version ${k}`);
    }
    assert.ok(analyze(src, v2, { cache }).findings.some((f) => f.kind === 'attribution' && /rewrite to "He"/.test(f.message)));
  });

  it('keeps what a moved sentence says (terms, amounts) from the check before: only its offsets changed', () => {
    const cache = new PreparationCache();
    const before = prepareText(rewrite, 'plain', () => {}, cache);
    cache.sweep();
    const keys = before.sentences.map((s) => termKeys(s.tokens));
    const amounts = before.sentences.map((s) => findNumbers(s.tokens));
    // A longer word in the first sentence moves every sentence after it.
    const edited = rewrite.replace(/\bthe\b/, 'thee');
    const after = prepareText(edited, 'plain', () => {}, cache);
    cache.sweep();
    assert.equal(after.sentences.length, before.sentences.length);
    const last = after.sentences.length - 1;
    assert.notEqual(after.sentences[last]!.tokens, before.sentences[last]!.tokens, 'the last sentence moved: new tokens');
    assert.equal(after.sentences[last]!.tokens[0]!.start, before.sentences[last]!.tokens[0]!.start + 1);
    assert.equal(offsetFree(after.sentences[last]!.tokens), offsetFree(before.sentences[last]!.tokens));
    // (The edited paragraph is tokenised again; every one after it only moved.)
    const moved = after.sentences.filter((x) => x.paragraph > after.sentences[0]!.paragraph).map((x) => x.index);
    assert.ok(moved.length > 10);
    for (const k of moved) {
      assert.equal(termKeys(after.sentences[k]!.tokens), keys[k], `sentence ${k}: the same keys, not computed again`);
      assert.equal(findNumbers(after.sentences[k]!.tokens), amounts[k], `sentence ${k}: the same amounts`);
    }
  });

  /**
   * Sentences from `extra` added and removed at random (seeded) in the seed pair doubled, `edits`
   * times: each re-check with the cache equals a fresh analysis (findings and pairs, and the
   * sentences when `sentences`).
   */
  function cachedEqualsFresh(seed: number, extra: readonly string[], edits: number, sentences: boolean): void {
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const S = `${source.trim()}\n\n${source.trim()}`;
    let text = `${rewrite.trim()}\n\n${rewrite.trim()}`;
    const cache = new PreparationCache();
    for (let i = 0; i < edits; i++) {
      text = addOrRemoveSentence(text, rnd, extra);
      const cached = analyze(S, text, { cache });
      const fresh = analyze(S, text);
      assert.deepEqual(cached.findings, fresh.findings, `edit ${i}`);
      assert.deepEqual(cached.pairs, fresh.pairs, `edit ${i}`);
      if (sentences) assert.deepEqual(cached.sentences, fresh.sentences, `edit ${i}`);
    }
  }

  it('gives a fresh analysis\'s findings after random sentences added and removed', () => {
    // Every sentence after (and before) the edit moves its expected place in the alignment.
    cachedEqualsFresh(7, ['The talks will resume on Friday.', 'Officials declined to comment.', 'China denied the accusations.', 'Three officers were named.'], 25, true);
  });

  it('gives a fresh analysis\'s findings after sentences that bring names new to the draft, some of them words opening other sentences', () => {
    // "Assistance", "These", "Further", "Responding" open sentences of the seed texts: once the
    // draft capitalises one mid-sentence it is a name, and those sentences read differently.
    cachedEqualsFresh(11, ['The talks will resume, Ms Okonkwo said.', 'Officials praised the Assistance Office.', 'They wrote to These Days magazine.',
      'He met Further Holdings in Oslo.', 'Analysts at Responding Partners disagreed.', 'Quillfire declined to comment.', 'Three officers were named.'], 30, false);
  });

  it('gives a fresh analysis\'s findings when a word opening a source sentence becomes a name, and back', () => {
    // "These Days Magazine" (acronym TDM) is a name of the source only once "These" is a name.
    const S = 'These Days Magazine reported the deal on Monday.\n\nThe firm said it was pleased with the price.';
    const v1 = 'The firm said it was pleased with the price, TDM reported.';
    const v2 = `${v1}\n\nAnalysts at These Ltd were not consulted.`;
    const cache = new PreparationCache();
    for (const text of [v1, v2, v1, v2]) assert.deepEqual(analyze(S, text, { cache }).findings, analyze(S, text).findings);
  });

  it('gives a fresh analysis\'s findings when the draft\'s voice changes in another paragraph ("Q:" lines, an author\'s name over it)', () => {
    const S = 'Officers said the machine held about £27,000.\n\n“It took six years,” Saadeh said.\n\nWestmarch Police said the road was closed for four hours.';
    const body = 'The machine held about £27,000.\n\nA: It took six years.\n\nThe road was closed for four hours, Westmarch Police said.';
    const asked = `Q: How long did the translation take?\n\n${body}`;
    const stated = `WESTMARCH POLICE\n\n${body}`;
    const dropped = (text: string) => analyze(S, text).findings.filter((f) => f.kind === 'attribution').map((f) => text.slice(f.rewrite!.start, f.rewrite!.end));
    // (The voice decides: each version drops a different attribution, so a stale pair would show.)
    assert.notDeepEqual(dropped(body), dropped(asked));
    assert.notDeepEqual(dropped(body), dropped(stated));
    const cache = new PreparationCache();
    for (const text of [body, asked, body, stated, asked, body]) assert.deepEqual(analyze(S, text, { cache }).findings, analyze(S, text).findings);
  });

  it('compares again only the pairs a name new to the draft can change', () => {
    class CountingCache extends PreparationCache {
      compared = 0;
      override setPair<T>(key: string, value: T): void {
        this.compared++;
        super.setPair(key, value);
      }
    }
    const cache = new CountingCache();
    const base = analyze(source, rewrite, { cache });
    const all = cache.compared;
    assert.ok(all >= 10);
    // A name no sentence opens with: the edited sentence's pair is compared again (and any whose
    // rules read the whole draft, as after every edit), not every pair.
    const named = rewrite.replace('The US is now collaborating', 'The US is now, Ms Okonkwo said, collaborating');
    cache.compared = 0;
    assert.deepEqual(analyze(source, named, { cache }).findings, analyze(source, named).findings);
    const fewer = cache.compared;
    assert.ok(fewer <= 3, `${fewer} of ${all} pairs compared again`);
    // "These" opens sentences of both texts: made a name, their pairs are compared again too.
    const these = rewrite.replace('The US is now collaborating', 'The US, said These Days magazine, is now collaborating');
    cache.compared = 0;
    assert.deepEqual(analyze(source, these, { cache }).findings, analyze(source, these).findings);
    assert.ok(cache.compared > fewer, `${cache.compared} pairs compared again`);
    cache.compared = 0;
    assert.deepEqual(analyze(source, rewrite, { cache }).findings, base.findings);
  });

  it('asks the names about no word but those namesAsked lists (pairs are reused by those answers)', () => {
    const dir = join(root, 'test', 'corpus-dev');
    const texts = [source, rewrite];
    for (const name of readdirSync(dir).sort().slice(0, 80)) {
      for (const f of ['source.txt', 'rewrite.txt']) {
        try {
          texts.push(readFileSync(join(dir, name, f), 'utf8'));
        } catch {
          // not a pair
        }
      }
    }
    let askedAbout = 0;
    for (const text of texts) {
      const doc = prepareText(text, 'plain', () => {});
      const sentences = doc.sentences.map((s) => s.tokens);
      // Sentences joined, as a pair's source sentences are (sTok).
      for (let k = 0; k + 1 < sentences.length; k += 2) sentences.push([...sentences[k]!, ...sentences[k + 1]!]);
      for (const tokens of sentences) {
        const allowed = new Set(namesAsked(tokens));
        const asked: string[] = [];
        // Every word a name, so that no question is skipped by an earlier answer; a new set each time (findEntities memoises by the set).
        const names = new (class extends Set<string> {
          override has(w: string): boolean {
            asked.push(w);
            return true;
          }
          override [Symbol.iterator](): SetIterator<string> {
            throw new Error('the names were read whole');
          }
        })();
        findEntities(tokens, names);
        for (const w of asked) assert.ok(allowed.has(w), `"${w}" asked about, not in namesAsked: ${tokens.map((t) => t.text).join(' ')}`);
        askedAbout += asked.length;
      }
    }
    assert.ok(askedAbout > 100);
  });

  it('has the names read only where a cached pair\'s names check expects them (analyze.ts, CachedPair)', () => {
    // A tripwire: a cached pair is reused while the names answer what its sentences (and, through
    // the source's name memos, the source's sentences) can ask (namesAsked). A rule that read
    // the names another way, or found names in other sentences, would need that check widened.
    const core = join(root, 'src', 'core');
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const readers = files(core).filter((f) => /'known-names'|findEntities\(/.test(readFileSync(f, 'utf8'))).map((f) => f.slice(core.length + 1)).sort();
    assert.deepEqual(readers, ['analyze.ts', 'mentions/entities.ts', 'rules/entity.ts']);
    const entity = readFileSync(join(core, 'rules', 'entity.ts'), 'utf8');
    assert.deepEqual([...entity.matchAll(/findEntities\(([^,]+),/g)].map((m) => m[1]), ['s.tokens', 'ctx.rTok', 'ctx.sTok', 's.tokens', 'x.tokens']);
    // (The abbreviations the draft sets out read no names: a memo of the whole draft, DRAFT_WIDE_MEMO's.)
    assert.deepEqual([...entity.matchAll(/ctx\.memo\('([^']+)'/g)].map((m) => m[1]), ['lowercase', 'known-names', 'source-entities', 'source-names-by-word', 'source-entities-located', 'rewrite-entity-names', 'rewrite-abbreviations-set-out']);
  });

  it('gives a pair whose speaker check read how the draft elsewhere describes a name the findings of a fresh analysis after that description is edited', () => {
    const src = 'The inquiry found that the authority had identified the damage in a 2021 survey. Repairs were completed in October.';
    const described = 'According to Brayford Flood Action, the authority had spotted the damage in a 2021 survey. Repairs were completed in October. Residents\' group Brayford Flood Action welcomed the report.';
    const plain = described.replace('Residents\' group Brayford', 'Brayford');
    const cache = new PreparationCache();
    const first = analyze(src, described, { cache });
    assert.ok(first.findings.some((f) => f.kind === 'attribution' && described.slice(f.rewrite!.start, f.rewrite!.end) === 'Brayford Flood Action'), 'the group the draft describes is another speaker than the inquiry');
    const cached = analyze(src, plain, { cache });
    assert.deepEqual(cached.findings, analyze(src, plain).findings);
  });

  it('gives a pair whose name check read an abbreviation the draft sets out elsewhere the findings of a fresh analysis after that is edited', () => {
    const src = 'The board will be asked to open an urgent treatment centre at the hospital. Local GPs support the plan.';
    const setOut = 'The board is asked to approve an urgent treatment centre (UTC) at the hospital. Local GPs support the UTC.';
    const notSetOut = setOut.replace(' (UTC)', '');
    const cache = new PreparationCache();
    const first = analyze(src, setOut, { cache });
    const named = (f: { kind: string }) => f.kind === 'entity' || f.kind === 'added-detail';
    assert.ok(!first.findings.some((f) => named(f) && f.rewrite && setOut.slice(f.rewrite.start, f.rewrite.end) === 'UTC'), 'an abbreviation set out for the source\'s words is no new name');
    const cached = analyze(src, notSetOut, { cache });
    assert.deepEqual(cached.findings, analyze(src, notSetOut).findings);
    assert.ok(cached.findings.some((f) => named(f) && f.rewrite && notSetOut.slice(f.rewrite.start, f.rewrite.end) === 'UTC'), 'not set out, it is a name the source never gives');
  });

  it('notices a changed source', () => {
    const cache = new PreparationCache();
    analyze(source, rewrite, { cache });
    const changedSource = source.replace('three MSS officers', 'three MSS officials');
    const cached = analyze(changedSource, rewrite, { cache });
    assert.deepEqual(cached.findings, analyze(changedSource, rewrite).findings);
    assert.ok(!cached.findings.some((f) => f.kind === 'role'));
  });
});
