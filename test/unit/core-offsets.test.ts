// Span and id invariants: every finding points at real, visible words of the original text
// (UTF-16 offsets, as the editor uses), on every corpus pair and on hand-made hard cases:
// CRLF, emoji, right-to-left scripts and Markdown.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type AnalysisResult, type Finding, type Span, type TextFormat } from '../../src/core';

const REPO = path.resolve(__dirname, '..', '..');
const CORPUS = path.join(REPO, 'test', 'corpus');

interface Case {
  readonly name: string;
  readonly source: string;
  readonly rewrite: string;
  readonly format: TextFormat;
}

function readPair(dir: string): Case | null {
  for (const [ext, format] of [['txt', 'plain'], ['md', 'markdown']] as const) {
    const s = path.join(dir, `source.${ext}`);
    const r = path.join(dir, `rewrite.${ext}`);
    if (fs.existsSync(s) && fs.existsSync(r)) {
      return { name: path.basename(dir), source: fs.readFileSync(s, 'utf8'), rewrite: fs.readFileSync(r, 'utf8'), format };
    }
  }
  return null;
}

function corpusCases(): Case[] {
  const dirs = fs.readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const cases = dirs.map((d) => readPair(path.join(CORPUS, d)));
  cases.forEach((c, i) => assert.ok(c, `corpus pair ${dirs[i]} has no source/rewrite files`));
  return [
    ...(cases as Case[]),
    {
      name: 'examples (seed pair)',
      source: fs.readFileSync(path.join(REPO, 'examples', 'source.txt'), 'utf8'),
      rewrite: fs.readFileSync(path.join(REPO, 'examples', 'rewrite.txt'), 'utf8'),
      format: 'plain',
    },
  ];
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset i falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** Problems with one span, or [] if it is sound. */
function spanProblems(side: string, span: Span, text: string): string[] {
  const out: string[] = [];
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) out.push(`${side}: non-integer offsets`);
  if (span.start < 0 || span.end > text.length) out.push(`${side}: [${span.start}, ${span.end}) outside 0..${text.length}`);
  if (!(span.start < span.end)) out.push(`${side}: start ${span.start} not before end ${span.end}`);
  if (splitsPair(text, span.start)) out.push(`${side}: start ${span.start} splits a surrogate pair`);
  if (splitsPair(text, span.end)) out.push(`${side}: end ${span.end} splits a surrogate pair`);
  const slice = text.slice(span.start, span.end);
  // Visible words: at least one letter or digit (so not only whitespace, punctuation or markup).
  if (!/[\p{L}\p{N}]/u.test(slice)) out.push(`${side}: text ${JSON.stringify(slice)} has no letter or digit`);
  if (slice !== slice.trim()) out.push(`${side}: text ${JSON.stringify(slice)} has surrounding whitespace`);
  return out;
}

function findingProblems(f: Finding, c: Pick<Case, 'source' | 'rewrite'>): string[] {
  const out: string[] = [];
  if (f.kind === 'omitted') {
    if (f.rewrite !== null) out.push('omitted finding has a rewrite span');
    if (f.source === null) out.push('omitted finding has no source span');
  } else if (f.rewrite === null) {
    out.push(`${f.kind} finding has no rewrite span`);
  }
  if (f.kind === 'unsupported' && f.source !== null) out.push('unsupported finding has a source span');
  if (f.rewrite) out.push(...spanProblems('rewrite', f.rewrite, c.rewrite));
  if (f.source) out.push(...spanProblems('source', f.source, c.source));
  return out.map((p) => `${f.kind} ${f.id}: ${p}`);
}

function assertSound(res: AnalysisResult, c: Pick<Case, 'source' | 'rewrite'>): void {
  const problems = res.findings.flatMap((f) => findingProblems(f, c));
  assert.deepEqual(problems, []);
}

function textAt(text: string, span: Span | null): string | null {
  return span ? text.slice(span.start, span.end) : null;
}

/** The single finding of a kind; fails with the full list otherwise. */
function only(res: AnalysisResult, kind: string): Finding {
  const hits = res.findings.filter((f) => f.kind === kind);
  assert.equal(hits.length, 1, `expected one ${kind} finding, got: ${JSON.stringify(res.findings.map((f) => f.message))}`);
  return hits[0]!;
}

describe('core offsets: every span on the corpus is sound', () => {
  const cases = corpusCases();

  it('finds the corpus pairs', () => {
    assert.ok(cases.length >= 10, `only ${cases.length} pairs`);
    assert.ok(cases.some((c) => c.format === 'markdown'), 'no Markdown pair in the corpus');
  });

  for (const c of cases) {
    it(`${c.name} (${c.format})`, () => {
      const res = analyze(c.source, c.rewrite, { format: c.format });
      assertSound(res, c);
      // In Markdown, a finding never sits on a link target or inside front matter.
      if (c.format === 'markdown') {
        for (const f of res.findings) {
          const t = textAt(c.rewrite, f.rewrite) ?? '';
          assert.ok(!/\]\(|https?:\/\//.test(t), `${f.kind} span covers link markup: ${JSON.stringify(t)}`);
        }
      }
    });
  }
});

describe('core offsets: hard cases', () => {
  it('CRLF on both sides: the changed number is found at its exact offset', () => {
    const source = 'Flood defences were raised on Monday.\r\nThe council approved 12 new homes on the site.\r\nWork starts in June.\r\n';
    const rewrite = 'Flood defences were raised on Monday.\r\nThe council approved 21 new homes on the site.\r\nWork starts in June.\r\n';
    const res = analyze(source, rewrite);
    assertSound(res, { source, rewrite });
    const f = only(res, 'number');
    assert.deepEqual(f.rewrite, { start: rewrite.indexOf('21'), end: rewrite.indexOf('21') + 2 });
    assert.deepEqual(f.source, { start: source.indexOf('12'), end: source.indexOf('12') + 2 });
    assert.equal(res.findings.length, 1);
  });

  it('CRLF vs LF line endings alone yield no finding', () => {
    const source = 'Flood defences were raised on Monday.\nThe council approved 12 new homes on the site.\nWork starts in June.\n';
    const rewrite = source.replace(/\n/g, '\r\n');
    assert.deepEqual(analyze(source, rewrite).findings, []);
  });

  it('CRLF paragraphs: a span never takes in a line break', () => {
    const source = 'Flood defences were raised on Monday.\r\n\r\nThe council approved 12 new homes on the site, the mayor said.\r\n';
    const rewrite = 'Flood defences were raised on Monday.\r\n\r\nThe council approved 12 new homes on the site.\r\n';
    const res = analyze(source, rewrite);
    assertSound(res, { source, rewrite });
    assert.ok(res.findings.length > 0, 'the dropped attribution should be reported');
    for (const f of res.findings) {
      assert.ok(!/[\r\n]/.test(textAt(rewrite, f.rewrite) ?? ''), `rewrite span of ${f.kind} has a line break`);
      assert.ok(!/[\r\n]/.test(textAt(source, f.source) ?? ''), `source span of ${f.kind} has a line break`);
    }
  });

  it('emoji before the changed number: offsets count UTF-16 code units', () => {
    const source = '🎉🎉 The club sold 5,000 tickets for the final on Saturday.';
    const rewrite = '🎉🎉 The club sold 6,000 tickets for the final on Saturday.';
    const res = analyze(source, rewrite);
    assertSound(res, { source, rewrite });
    const f = only(res, 'number');
    assert.equal(f.rewrite!.start, rewrite.indexOf('6,000'));
    assert.equal(textAt(rewrite, f.rewrite), '6,000');
    assert.equal(textAt(source, f.source), '5,000');
  });

  it('ZWJ family emoji and a skin tone around the number', () => {
    const source = 'The club sold 👩‍👩‍👧‍👦 5,000 family tickets 👍🏽 for the final.';
    const rewrite = 'The club sold 👩‍👩‍👧‍👦 6,000 family tickets 👍🏽 for the final.';
    const res = analyze(source, rewrite);
    assertSound(res, { source, rewrite });
    const f = only(res, 'number');
    assert.deepEqual(f.rewrite, { start: rewrite.indexOf('6,000'), end: rewrite.indexOf('6,000') + 5 });
  });

  it('an emoji glued to the number is not part of its span', () => {
    const source = 'The club sold 🎉5,000 tickets for the final.';
    const rewrite = 'The club sold 🎉6,000 tickets for the final.';
    const res = analyze(source, rewrite);
    assertSound(res, { source, rewrite });
    assert.equal(textAt(rewrite, only(res, 'number').rewrite), '6,000');
  });

  it('astral-plane letters (mathematical bold) after the number keep spans whole', () => {
    const source = 'The mayor, Dalia Cohen (דליה כהן), said 250 homes were evacuated in the 𝐧𝐨𝐫𝐭𝐡.';
    const rewrite = 'The mayor, Dalia Cohen (דליה כהן), said 350 homes were evacuated in the 𝐧𝐨𝐫𝐭𝐡.';
    const res = analyze(source, rewrite);
    assertSound(res, { source, rewrite });
    const f = only(res, 'number');
    assert.equal(f.rewrite!.start, rewrite.indexOf('350'));
    assert.equal(textAt(rewrite, f.rewrite), '350');
  });

  it('Arabic text: not compared (Faithful checks English), said once on the first sentence at its exact offsets', () => {
    const source = 'قالت الوزارة إن المحطة ستنتج 300 مليون متر مكعب من المياه سنويا.';
    const rewrite = 'قالت الوزارة إن المحطة ستنتج 400 مليون متر مكعب من المياه سنويا.';
    const res = analyze(source, rewrite);
    assertSound(res, { source, rewrite });
    assert.equal(res.findings.length, 1);
    const f = only(res, 'language');
    assert.equal(textAt(rewrite, f.rewrite), rewrite);
    assert.equal(textAt(source, f.source), source);
  });

  it('Arabic name inside English copy: the changed figure is found', () => {
    const source = 'The minister, Nasser al-Khatib (ناصر الخطيب), said the plant would supply 300 million cubic metres of water.';
    const rewrite = 'The minister, Nasser al-Khatib (ناصر الخطيب), said the plant would supply 400 million cubic metres of water.';
    const res = analyze(source, rewrite);
    assertSound(res, { source, rewrite });
    const f = only(res, 'number');
    assert.equal(f.rewrite!.start, rewrite.indexOf('400'));
    assert.equal(textAt(rewrite, f.rewrite), '400 million');
    assert.equal(textAt(source, f.source), '300 million');
  });

  it('identical Arabic and Hebrew texts give no finding', () => {
    const arabic = 'قال الوزير إن المحطة ستفتح العام المقبل.';
    const hebrew = 'ראש העיר אמר כי הגשר ייפתח מחדש בשנה הבאה.';
    assert.deepEqual(analyze(arabic, arabic).findings, []);
    assert.deepEqual(analyze(hebrew, hebrew).findings, []);
  });

  it('Hebrew before an English sentence: the changed year is found at its offset', () => {
    const source = 'ראש העיר אמר כי הגשר ייפתח מחדש. The mayor said the bridge would reopen in 2026.';
    const rewrite = 'ראש העיר אמר כי הגשר ייפתח מחדש. The mayor said the bridge would reopen in 2027.';
    const res = analyze(source, rewrite);
    assertSound(res, { source, rewrite });
    assert.equal(res.findings.length, 1, JSON.stringify(res.findings.map((f) => f.message)));
    const f = res.findings[0]!;
    assert.deepEqual(f.rewrite, { start: rewrite.indexOf('2027'), end: rewrite.indexOf('2027') + 4 });
    assert.equal(textAt(source, f.source), '2026');
  });

  it('Markdown: changed front matter, heading levels, list markers, emphasis and link targets yield no finding', () => {
    const source = '---\ntitle: Budget vote\nauthor: Staff\n---\n\n# Council backs budget\n\n' +
      'The council approved a budget of $4.2 million for *road repairs*, the [finance office](https://example.org/a) said.\n\n' +
      '## Details\n\n- Work starts in **June**.\n';
    const rewrite = '---\ntitle: Budget vote (updated)\nauthor: Newsdesk\n---\n\n## Council backs budget\n\n' +
      'The council approved a budget of $4.2 million for **road repairs**, the [finance office](https://example.org/b) said.\n\n' +
      '### Details\n\n* Work starts in _June_.\n';
    const res = analyze(source, rewrite, { format: 'markdown' });
    assert.deepEqual(res.findings.map((f) => f.message), []);
    // The markup was ignored, not the text: the same prose sentences were read on both sides.
    assert.equal(res.stats.rewriteSentences, res.stats.sourceSentences);
    assert.equal(res.stats.alignedPairs, res.stats.rewriteSentences);
  });

  it('Markdown: a number changed only in a link target yields no finding', () => {
    const source = '---\ntitle: Tickets\n---\n\n# Final\n\nThe club said on Friday it had sold [5,000 tickets](https://example.org/t?n=5000) for the final.\n';
    const rewrite = '---\ntitle: Tickets 2\n---\n\n# Final\n\nThe club said on Friday it had sold [5,000 tickets](https://example.org/t?n=6000) for the final.\n';
    assert.deepEqual(analyze(source, rewrite, { format: 'markdown' }).findings.map((f) => f.message), []);
  });

  it('Markdown: a changed number inside link text is found at its exact offset', () => {
    const source = '---\ntitle: Tickets\n---\n\n# Final\n\nThe club said on *Friday* it had sold [5,000 tickets](https://example.org/t?n=5000) for the **final**.\n';
    const rewrite = '---\ntitle: Tickets\n---\n\n# Final\n\nThe club said on *Friday* it had sold [6,000 tickets](https://example.org/t?n=5000) for the **final**.\n';
    const res = analyze(source, rewrite, { format: 'markdown' });
    assertSound(res, { source, rewrite });
    const f = only(res, 'number');
    assert.deepEqual(f.rewrite, { start: rewrite.indexOf('6,000'), end: rewrite.indexOf('6,000') + 5 });
    assert.deepEqual(f.source, { start: source.indexOf('5,000'), end: source.indexOf('5,000') + 5 });
    assert.equal(res.findings.length, 1);
  });
});

describe('core offsets: finding ids', () => {
  const cases = corpusCases();

  it('are identical across two runs of every corpus pair', () => {
    for (const c of cases) {
      const a = analyze(c.source, c.rewrite, { format: c.format }).findings.map((f) => f.id);
      const b = analyze(c.source, c.rewrite, { format: c.format }).findings.map((f) => f.id);
      assert.deepEqual(b, a, c.name);
    }
  });

  it('differ between different findings of the same run, and name the kind', () => {
    let total = 0;
    for (const c of cases) {
      const findings = analyze(c.source, c.rewrite, { format: c.format }).findings;
      total += findings.length;
      const ids = findings.map((f) => f.id);
      assert.equal(new Set(ids).size, ids.length, `${c.name}: duplicate ids ${JSON.stringify(ids)}`);
      for (const f of findings) assert.match(f.id, new RegExp(`^${f.kind}-[0-9a-f]+$`), `${c.name}: id ${f.id}`);
    }
    assert.ok(total > 20, `only ${total} findings over the corpus`);
  });

  it('do not change when unrelated text before the finding moves its offsets', () => {
    const source = 'The council approved 12 new homes on the site.';
    const rewrite = 'The council approved 21 new homes on the site.';
    const intro = 'Heavy rain fell across the valley overnight.\n\n';
    const a = only(analyze(source, rewrite), 'number');
    const b = only(analyze(intro + source, intro + rewrite), 'number');
    assert.equal(b.rewrite!.start, a.rewrite!.start + intro.length);
    assert.equal(b.id, a.id);
  });

  it('differ for two findings of the same kind in one text', () => {
    const source = 'The council approved 12 new homes. It also approved 30 shops.';
    const rewrite = 'The council approved 21 new homes. It also approved 40 shops.';
    const numbers = analyze(source, rewrite).findings.filter((f) => f.kind === 'number');
    assert.deepEqual(numbers.map((f) => textAt(rewrite, f.rewrite)), ['21', '40']);
    assert.notEqual(numbers[0]!.id, numbers[1]!.id);
  });
});
