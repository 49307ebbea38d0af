// The committed dependency parser (models/en-ewt-parser.bin, src/core/syntax/): the sentence
// shapes the structural rules rely on must come out right, parses must be repeatable, and the
// model file's format must round-trip and reject what is not a model.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MEMORY_SPARE_BYTES } from '../../src/core/dataFile';
import { analyseSentence } from '../../src/core/syntax/index';
import { decodeModel, encodeModel, LinearClassifier, ModelFormatError, type ParserModel } from '../../src/core/syntax/model';
import { tokenize } from '../../src/core/tokens';

const MODEL = path.resolve(__dirname, '..', '..', 'models', 'en-ewt-parser.bin');

/** Each token as "word -label-> head word" (the root's head is ROOT). */
function arcs(model: ParserModel, text: string): string[] {
  const tokens = tokenize(text, 0, text.length);
  const s = analyseSentence(model, tokens);
  return tokens.map((t, i) => `${t.text} -${s.labels[i]}-> ${s.heads[i]! < 0 ? 'ROOT' : tokens[s.heads[i]!]!.text}`);
}

describe('dependency parser (committed model)', () => {
  let model: ParserModel;
  before(() => {
    model = decodeModel(fs.readFileSync(MODEL));
  });

  const cases: [string, string[]][] = [
    ['The committee approved the budget.', [
      'The -det-> committee', 'committee -nsubj-> approved', 'approved -root-> ROOT', 'the -det-> budget', 'budget -obj-> approved', '. -punct-> approved',
    ]],
    ['The budget was approved by the committee.', [
      'The -det-> budget', 'budget -nsubj:pass-> approved', 'was -aux:pass-> approved', 'approved -root-> ROOT', 'by -case-> committee',
      'the -det-> committee', 'committee -obl:agent-> approved', '. -punct-> approved',
    ]],
    ["The mayor's office denied the report.", [
      'The -det-> mayor', 'mayor -nmod:poss-> office', "'s -case-> mayor", 'office -nsubj-> denied', 'denied -root-> ROOT',
      'the -det-> report', 'report -obj-> denied', '. -punct-> denied',
    ]],
    ['The man who won the race thanked his coach.', [
      'The -det-> man', 'man -nsubj-> thanked', 'who -nsubj-> won', 'won -acl:relcl-> man', 'the -det-> race', 'race -obj-> won',
      'thanked -root-> ROOT', 'his -nmod:poss-> coach', 'coach -obj-> thanked', '. -punct-> thanked',
    ]],
    ['Prices rose and sales fell.', [
      'Prices -nsubj-> rose', 'rose -root-> ROOT', 'and -cc-> fell', 'sales -nsubj-> fell', 'fell -conj-> rose', '. -punct-> rose',
    ]],
    ['She gave him a book.', [
      'She -nsubj-> gave', 'gave -root-> ROOT', 'him -iobj-> gave', 'a -det-> book', 'book -obj-> gave', '. -punct-> gave',
    ]],
  ];
  for (const [text, want] of cases) {
    it(`parses "${text}"`, () => {
      assert.deepEqual(arcs(model, text), want);
    });
  }

  it('gives the same parse twice, and the same from a second load of the model', () => {
    const text = 'The report, which the council published on Tuesday, said that 40 jobs would be cut by the company.';
    const first = arcs(model, text);
    assert.deepEqual(arcs(model, text), first);
    assert.deepEqual(arcs(decodeModel(fs.readFileSync(MODEL)), text), first);
  });

  it('returns one head, label and tag per token, heads within the sentence and one root', () => {
    const text = 'Officials said on Monday that the plan, first proposed in 2019, had been dropped.';
    const tokens = tokenize(text, 0, text.length);
    const s = analyseSentence(model, tokens);
    assert.equal(s.heads.length, tokens.length);
    assert.equal(s.labels.length, tokens.length);
    assert.equal(s.tags.length, tokens.length);
    assert.ok([...s.heads].every((h, i) => h >= -1 && h < tokens.length && h !== i));
    assert.equal([...s.heads].filter((h) => h === -1).length, 1);
  });
});

describe('parser model format', () => {
  it('round-trips a classifier, weights within the 8-bit scale\'s step', () => {
    const keys = Int32Array.from([-5, 3, 0x7ffffff1, -0x7fffffff, 12345]);
    const rowStart = Int32Array.from([0, 2, 3, 5, 6, 8]);
    const cls = Uint8Array.from([0, 3, 1, 0, 2, 3, 1, 2]);
    const val = Float32Array.from([1.5, -250, 3, -1, 0.25, 40, -7.5, 1000]);
    const small = LinearClassifier.fromWeights(4, keys, rowStart, cls, val);
    const wide = LinearClassifier.fromWeights(20, keys, rowStart, Uint8Array.from([0, 13, 1, 0, 19, 3, 1, 2]), val);
    const header = { format: 'faithful-dependency-parser', labels: ['nsubj'], vocab: ['a'], suffixes: ['b'], trainedOn: 'test' } as const;
    const back = decodeModel(encodeModel(header, [wide, small, small]));
    const wideCls = Uint8Array.from([0, 13, 1, 0, 19, 3, 1, 2]);
    for (const [classes, classOf, dec] of [[4, cls, back.transitions], [20, wideCls, back.tagger]] as const) {
      for (let r = 0; r < keys.length; r++) {
        const want = new Float32Array(classes);
        for (let j = rowStart[r]!; j < rowStart[r + 1]!; j++) want[classOf[j]!] = val[j]!;
        const got = new Float32Array(classes);
        dec.score(keys.subarray(r, r + 1), 1, got);
        for (let c = 0; c < classes; c++) assert.ok(Math.abs(got[c]! - want[c]!) <= Math.abs(want[c]!) * 0.04, `row ${r} class ${c}: ${got[c]} vs ${want[c]}`);
      }
      const none = new Float32Array(classes);
      dec.score(Int32Array.from([7]), 1, none);
      assert.ok(none.every((v) => v === 0), 'a key the model never saw adds nothing');
    }
    assert.deepEqual(back.header.labels, ['nsubj']);
  });

  it('looks words up in the stored vocabularies as the lists give them: the last place of a repeated word, nothing for others', () => {
    const small = LinearClassifier.fromWeights(4, Int32Array.from([3]), Int32Array.from([0, 1]), Uint8Array.from([0]), Float32Array.from([1]));
    const vocab = ['the', 'The', 'café', 'naïve', 'the', '日本', 'a\ufffd', 'x'.repeat(300), ''];
    const suffixes = ['ing', 'afé', 'ing', 'ed'];
    const header = { format: 'faithful-dependency-parser', labels: ['nsubj'], vocab, suffixes, trainedOn: 'test' } as const;
    const back = decodeModel(encodeModel(header, [small, small, small]));
    const asked = [...vocab, ...suffixes, 'THE', 'the ', 'cafe', 'caf\u00e9s', 'a\ud800', '\ud800', 'x'.repeat(299), 'zz'];
    for (const [list, table] of [[vocab, back.vocab], [suffixes, back.suffixes]] as const) {
      for (const w of asked) {
        const i = list.lastIndexOf(w);
        assert.equal(table.get(w), i < 0 ? undefined : i + 2, JSON.stringify(w));
      }
    }
    assert.throws(() => encodeModel({ ...header, vocab: ['a\ud800'] }, [small, small, small]), /not well-formed/);
  });

  it('loads the committed model\'s tables as views into the file\'s bytes, not copies', () => {
    const bytes = fs.readFileSync(MODEL);
    const loaded = decodeModel(bytes);
    for (const c of [loaded.tagger, loaded.transitions, loaded.labeller]) {
      assert.equal(c.tables.slots.buffer, bytes.buffer);
      assert.ok(c.tables.slots.byteOffset >= bytes.byteOffset && c.tables.slots.byteOffset < bytes.byteOffset + bytes.byteLength);
    }
    assert.ok(loaded.transitions.rows > 100_000, 'the transition table holds the trained rows');
  });

  it('scores in WebAssembly exactly as in JavaScript, for a model read into a WebAssembly memory', () => {
    const file = fs.readFileSync(MODEL);
    const memory = new WebAssembly.Memory({ initial: Math.ceil((file.byteLength + MEMORY_SPARE_BYTES) / 65536) });
    const inMemory = new Uint8Array(memory.buffer, 0, file.byteLength);
    inMemory.set(file);
    const wasm = decodeModel(inMemory, memory);
    const plain = decodeModel(file);
    // A deterministic stream of numbers (xorshift32), so a failure can be repeated.
    let seed = 0x9e3779b9;
    const next = () => {
      seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
      return seed >>> 0;
    };
    const pairs = [[wasm.tagger, plain.tagger], [wasm.transitions, plain.transitions], [wasm.labeller, plain.labeller]] as const;
    for (const [w, p] of pairs) {
      assert.ok(w.scoresInWasm && !p.scoresInWasm);
      const slots = p.tables.slots;
      for (let round = 0; round < 300; round++) {
        // Keys the model has (most) and keys it has not, as a parser's features are; scores
        // starting from values other than zero, so that every sum is rounded.
        const count = 1 + (next() % 96);
        const features = new Int32Array(96);
        for (let i = 0; i < count; i++) {
          const slot = (next() % (slots.length / 2)) * 2;
          features[i] = next() % 4 === 0 || slots[slot] === 0 ? next() | 1 : slots[slot]!;
        }
        const start = Float32Array.from({ length: p.classes }, () => ((next() % 2001) - 1000) / 7);
        const a = Float32Array.from(start), b = Float32Array.from(start);
        w.score(features, count, a);
        p.score(features, count, b);
        assert.deepEqual(new Uint32Array(a.buffer), new Uint32Array(b.buffer), `classes ${p.classes}, round ${round}`);
      }
    }
    const text = 'The report, which the council published on Tuesday, said that 40 jobs would be cut by the company.';
    assert.deepEqual(arcs(wasm, text), arcs(plain, text));
  });

  it('scores in WebAssembly from a shared memory too, each thread (each decoding) in a working space of its own', () => {
    const file = fs.readFileSync(MODEL);
    const memory = new WebAssembly.Memory({ initial: Math.ceil((file.byteLength + MEMORY_SPARE_BYTES) / 65536), maximum: Math.ceil((file.byteLength + MEMORY_SPARE_BYTES) / 65536), shared: true });
    const inMemory = new Uint8Array(memory.buffer, 0, file.byteLength);
    inMemory.set(file);
    const first = decodeModel(inMemory, memory);
    const second = decodeModel(inMemory, memory);
    const plain = decodeModel(file);
    assert.ok(first.tagger.scoresInWasm && second.tagger.scoresInWasm);
    const text = 'Officials said on Monday that the plan, first proposed in 2019, had been dropped.';
    assert.deepEqual(arcs(first, text), arcs(plain, text));
    assert.deepEqual(arcs(second, text), arcs(plain, text));
    // The spare bytes hold a dozen or so working spaces; past them a decoding scores in JavaScript.
    const many = Array.from({ length: 40 }, () => decodeModel(inMemory, memory));
    assert.ok(many.some((m) => !m.tagger.scoresInWasm));
    assert.deepEqual(arcs(many[many.length - 1]!, text), arcs(plain, text));
  });

  it('rejects what is not a parser model, and a truncated one, with a clear message', () => {
    assert.throws(() => decodeModel(new TextEncoder().encode('not a model at all')), (e: unknown) => e instanceof ModelFormatError && /bad magic/.test(e.message));
    const bytes = fs.readFileSync(MODEL);
    assert.throws(() => decodeModel(bytes.subarray(0, Math.floor(bytes.length / 2))), (e: unknown) => e instanceof ModelFormatError && /truncated/.test(e.message));
  });
});
