import { strict as assert } from 'node:assert';
import { acceptedFor, disabledByFrontMatter, frontMatterField, globToRegExp, isIgnored, parseConfig, sourceForDraft, sourceFromFrontMatter, withAccepted, withoutAccepted } from '../../src/shared/faithfulConfig';

describe('faithful.json', () => {
  const cases: Array<[string, string, boolean]> = [
    ['drafts/**/*.md', 'drafts/a.md', true],
    ['drafts/**/*.md', 'drafts/x/y/a.md', true],
    ['drafts/*.md', 'drafts/x/a.md', false],
    ['*.txt', 'rewrite.txt', true],
    ['story-?.md', 'story-1.md', true],
    ['story-?.md', 'story-12.md', false],
    ['a.b/*.md', 'axb/c.md', false],
  ];
  for (const [glob, path, expected] of cases) {
    it(`glob ${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      assert.equal(globToRegExp(glob).test(path), expected);
    });
  }

  it('maps a draft to its source with ${name}', () => {
    const { config } = parseConfig(JSON.stringify({ pairs: [{ draft: 'drafts/*.md', source: 'wires/${name}.txt' }] }));
    assert.equal(sourceForDraft(config, 'drafts/ani-0719.md'), 'wires/ani-0719.txt');
    assert.equal(sourceForDraft(config, 'other/ani-0719.md'), null);
  });

  it('reports invalid JSON and malformed entries instead of throwing', () => {
    assert.match(parseConfig('{').problems[0]!, /not valid JSON/);
    const { config, problems } = parseConfig(JSON.stringify({ accepted: [{ draft: 'a.md', kind: 'nonsense', rewriteText: 'x', sourceText: 'y' }], pairs: [{ draft: 1 }] }));
    assert.equal(config.accepted.length, 0);
    assert.equal(config.pairs.length, 0);
    assert.equal(problems.length, 2);
  });

  it('adds an accepted change once, keeping other content', () => {
    const entry = { draft: 'a.md', kind: 'tense' as const, rewriteText: 'will go', sourceText: 'went' };
    const once = withAccepted(JSON.stringify({ pairs: [{ draft: '*.md', source: 's.txt' }] }), entry);
    const twice = withAccepted(once, entry);
    const parsed = JSON.parse(twice);
    assert.equal(parsed.accepted.length, 1);
    assert.equal(parsed.pairs.length, 1);
    assert.deepEqual(acceptedFor(parseConfig(twice).config, 'a.md'), [{ kind: 'tense', rewriteText: 'will go', sourceText: 'went' }]);
    assert.deepEqual(acceptedFor(parseConfig(twice).config, 'b.md'), []);
  });

  it('revokes exactly one accepted change, keeping other content and entries', () => {
    const a = { draft: 'a.md', kind: 'tense' as const, rewriteText: 'will go', sourceText: 'went' };
    const b = { draft: 'a.md', kind: 'omitted' as const, rewriteText: null, sourceText: 'It rained.' };
    const c = { ...a, draft: 'b.md' };
    const text = withAccepted(withAccepted(withAccepted(JSON.stringify({ pairs: [{ draft: '*.md', source: 's.txt' }], note: 'kept' }), a), b), c);
    const after = JSON.parse(withoutAccepted(text, a));
    assert.deepEqual(after.accepted, [b, c]);
    assert.equal(after.note, 'kept');
    assert.equal(after.pairs.length, 1);
    assert.deepEqual(JSON.parse(withoutAccepted(withoutAccepted(text, b), b)).accepted, [a, c]);
    assert.throws(() => withoutAccepted('[1]', a), /unchanged/);
  });

  it('reads source: from YAML front matter, quoted or not, with CRLF', () => {
    assert.equal(sourceFromFrontMatter('---\ntitle: x\nsource: ../wires/ani-0719.txt\n---\n# Hi'), '../wires/ani-0719.txt');
    assert.equal(sourceFromFrontMatter('---\r\nsource: "a b.txt"\r\n---\r\nBody'), 'a b.txt');
    assert.equal(sourceFromFrontMatter('No front matter\nsource: x.txt'), null);
    assert.equal(sourceFromFrontMatter('---\ntitle: x\n---\nsource: y.txt'), null);
  });

  it('marks an unparseable file as fatal, with the offset, and never rewrites it', () => {
    const fatal = parseConfig('{\n  "accepted": [],\n}').fatal;
    assert.ok(fatal);
    assert.match(fatal.message, /not valid JSON/);
    assert.equal(typeof fatal.offset, 'number');
    assert.throws(() => withAccepted('{ "accepted": [], }', { draft: 'a.md', kind: 'tense', rewriteText: 'x', sourceText: 'y' }), /faithful\.json is not valid JSON.*left the file unchanged/);
    assert.equal(parseConfig('{}').fatal, null);
  });

  it('removes an accepted change (undo), keeping the rest', () => {
    const entry = { draft: 'a.md', kind: 'tense' as const, rewriteText: 'x', sourceText: 'y' };
    const text = withAccepted('{ "pairs": [] }', entry, { ...entry, rewriteText: 'z' });
    const back = JSON.parse(withoutAccepted(text, entry));
    assert.deepEqual(back, { pairs: [], accepted: [{ ...entry, rewriteText: 'z' }] });
  });

  it('turns files off by ignore glob or front matter', () => {
    const { config } = parseConfig(JSON.stringify({ ignore: ['drafts/legal/**'] }));
    assert.equal(isIgnored(config, 'drafts/legal/a.md'), true);
    assert.equal(isIgnored(config, 'drafts/a.md'), false);
    assert.equal(disabledByFrontMatter('---\nfaithful: off\n---\nText'), true);
    assert.equal(disabledByFrontMatter('---\nsource: a.txt\n---\nText'), false);
    const text = '---\ntitle: x\nsource: "../w/a.txt"\n---\n';
    const f = frontMatterField(text, 'source')!;
    assert.equal(f.value, '../w/a.txt');
    assert.equal(text.slice(f.start, f.end), '"../w/a.txt"');
  });
});
