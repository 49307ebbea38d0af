// The report formats built on the comparison: --format markdown, github and html, and
// `faithful check` (every faithful.json pair in one report).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type AnalysisResult, type Finding } from '../../src/core';
import { escapeData, escapeProperty, formatGithub } from '../../src/cli/formatGithub';
import { runCli } from '../../src/cli/runCli';
import { escapeHtml, jsonForScript, renderHtmlReport } from '../../src/comparison/html';
import { escapeMarkdown, formatMarkdown } from '../../src/comparison/markdown';
import { buildComparison } from '../../src/comparison/model';
import { finding, memoryIo, spanOf, tempDir } from './cli-helpers';

/** Texts a hostile source could carry; nothing in them may become markup, a mention or a command. */
const HOSTILE_SOURCE = 'The mayor said <script>window.__faithfulInjected=1</script> 3 people were hurt at <img src=x onerror="window.__faithfulInjected=2">. See [link](javascript:alert(1)).';
const HOSTILE_DRAFT = 'The mayor said <script>window.__faithfulInjected=1</script> 4 people were hurt at <img src=x onerror="window.__faithfulInjected=2">. See [link](javascript:alert(1)). @everyone #12 **bold**';

function hostileModel() {
  const result = analyze(HOSTILE_SOURCE, HOSTILE_DRAFT);
  return buildComparison({ result, sourceText: HOSTILE_SOURCE, draftText: HOSTILE_DRAFT, sourceLabel: 'wire <b>.txt', draftLabel: 'draft".md', accepted: [{ kind: 'wording', rewriteText: '<img src=y onerror=alert(1)>', sourceText: null }] });
}

describe('comparison formats', () => {
  describe('markdown', () => {
    it('gives counts, then one line a finding with both texts, worst first', () => {
      const src = 'The council approved a budget of 4 million pounds on Monday.';
      const draft = 'The council approved a budget of 5 million pounds on Monday.';
      const m = buildComparison({ result: analyze(src, draft), sourceText: src, draftText: draft, sourceLabel: 'source.txt', draftLabel: 'draft.txt' });
      const md = formatMarkdown([m]);
      assert.match(md, /^## Faithful: draft\.txt compared with source\.txt\n\n\*\*1 error\*\*, 0 warnings, 0 info\.\n/);
      assert.match(md, /^- \*\*error\*\* `number` draft\.txt:1: source “4 million pounds” → draft “5 million pounds”$/m);
    });

    it('escapes document text: no HTML, links, emphasis, mentions or references; one line each', () => {
      const md = formatMarkdown([hostileModel()]);
      for (const line of md.split('\n').filter((l) => l.startsWith('- '))) {
        assert.ok(!/(^|[^\\])[<[@#*]/.test(line.replace(/^- \*\*\w+\*\* `[\w-]+` /, '')), `unescaped markup in: ${line}`);
      }
      assert.equal(escapeMarkdown('a <b> @x #1 *y* [l](u)\nz'), 'a \\<b\\> \\@x \\#1 \\*y\\* \\[l\\]\\(u\\) z');
    });

    it('says so when nothing changed, and sums several drafts', () => {
      const t = 'The council met on Monday.';
      const m = buildComparison({ result: analyze(t, t), sourceText: t, draftText: t, sourceLabel: 's', draftLabel: 'd' });
      assert.match(formatMarkdown([m]), /No changed claims found\./);
      assert.match(formatMarkdown([m, m]), /^## Faithful: 2 drafts checked\n\nNo changed claims found\.\n\n### Faithful: d compared with s/);
    });
  });

  describe('github', () => {
    const source = 'Line one.\nThe 😀 mayor resigned.';
    const rewrite = 'Line one.\nThe 😀 mayor did not resign.';

    it('writes one workflow command per finding with file, line, columns and title', () => {
      const neg = spanOf(rewrite, 'did not resign');
      const out = formatGithub([{
        source: { path: 'wires/a.txt', text: source },
        rewrite: { path: 'drafts\\a.md', text: rewrite },
        findings: [
          finding({ kind: 'negation', severity: 'error', message: 'Negation flipped.', rewrite: neg, source: spanOf(source, 'resigned') }),
          finding({ kind: 'omitted', severity: 'warning', message: 'Omitted.', rewrite: null, source: spanOf(source, 'Line one.') }),
          finding({ kind: 'wording', severity: 'info', message: 'Wording.', rewrite: spanOf(rewrite, 'Line'), source: spanOf(source, 'Line') }),
        ],
      }]);
      const lines = out.trimEnd().split('\n');
      assert.equal(lines[0], '::error file=drafts/a.md,line=2,col=14,endLine=2,endColumn=28,title=Faithful%3A negation::Negation flipped.');
      assert.equal(lines[1], '::warning file=wires/a.txt,line=1,col=1,endLine=1,endColumn=10,title=Faithful%3A omitted::Omitted.');
      assert.match(lines[2]!, /^::notice file=drafts\/a\.md,line=1,col=1,/);
      assert.equal(lines[3], 'Faithful: 1 error, 1 warning, 1 info');
    });

    it('escapes %, newlines and :: so a message cannot start another command', () => {
      const message = 'Rate 50% changed\n::error file=x::injected\r\nend :: done';
      const out = formatGithub([{ source: { path: 'a,b:c.txt', text: 'x' }, rewrite: { path: 'a,b:c.txt', text: 'x' }, findings: [finding({ message, rewrite: { start: 0, end: 1 } })] }]);
      const lines = out.trimEnd().split('\n');
      assert.equal(lines.length, 2, out);
      assert.equal(lines[0]!.match(/::/g)!.length, 2 + 3, 'the message keeps its three ::, on the same line');
      assert.match(lines[0]!, /file=a%2Cb%3Ac\.txt,/);
      assert.match(lines[0]!, /::Rate 50%25 changed%0A::error file=x::injected%0D%0Aend :: done$/);
      assert.equal(escapeData('%\r\n'), '%25%0D%0A');
      assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
    });
  });

  describe('html', () => {
    const assets = { css: 'body{}', script: 'console.log("</script><b>")' };

    it('is one self-contained page: a strict CSP, nonce on its only style and script, no URL to fetch', () => {
      const html = renderHtmlReport([hostileModel()], assets);
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      assert.ok(csp, 'a CSP meta element');
      assert.match(csp, /default-src 'none'/);
      const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
      assert.ok(nonce);
      assert.equal(html.match(/<script nonce="/g)?.length, 1);
      assert.ok(html.includes(`<script nonce="${nonce}">`));
      assert.ok(html.includes(`<style nonce="${nonce}">`));
      // (Document text such as "<img src=x>" is in the markup too, escaped: text, not an attribute.)
      assert.ok(!/<[a-z][^>]*\s(?:src|href)=/i.test(html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '')), 'no src or href attributes');
      assert.ok(!/https?:\/\//.test(html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '')), 'no remote URL');
    });

    it('escapes every document text: the data cannot close its script element, titles are entity-escaped', () => {
      const html = renderHtmlReport([hostileModel()], assets);
      const data = /<script type="application\/json" id="faithful-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
      assert.ok(data);
      assert.ok(!/[<>]/.test(data), 'no < or > inside the data');
      const models = JSON.parse(data);
      assert.equal(models[0].draftLabel, 'draft".md');
      assert.ok(JSON.stringify(models).includes('<script>window.__faithfulInjected=1</script>'), 'the text survives exactly');
      assert.match(html, /<title>draft&quot;\.md compared with wire &lt;b&gt;\.txt — Faithful<\/title>/);
      // Outside the data and the page's own script, document text appears only escaped, in the
      // rows a reader without scripts sees: never as a tag or an attribute.
      const rest = html.replace(/<script[\s\S]*?<\/script>/g, '');
      assert.ok(rest.includes('&lt;img src=y onerror=alert(1)&gt;'), 'the accepted change is in the markup, escaped');
      assert.ok(!/<img|<b>|<script/i.test(rest), 'no document text became a tag');
      assert.ok(!/<[^>]*\sonerror=/i.test(rest), 'no document text became an attribute');
      assert.ok(!html.includes('</script><b>'), "the page script's own </script is escaped");
    });

    it('escapes helpers exactly', () => {
      assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
      assert.equal(jsonForScript({ a: '</script>\u2028&' }), '{"a":"\\u003c/script\\u003e\\u2028\\u0026"}');
      assert.deepEqual(JSON.parse(jsonForScript({ a: '</script>\u2028&' })), { a: '</script>\u2028&' });
    });
  });

  describe('the CLI', () => {
    let tmp: ReturnType<typeof tempDir>;
    before(() => {
      tmp = tempDir();
      fs.mkdirSync(path.join(tmp.dir, 'drafts', 'sub'), { recursive: true });
      fs.mkdirSync(path.join(tmp.dir, 'wires'));
      fs.mkdirSync(path.join(tmp.dir, 'node_modules', 'x', 'drafts'), { recursive: true });
      tmp.file('wires/a.txt', 'The council approved a budget of 4 million pounds on Monday.\n');
      tmp.file('wires/b.txt', 'The mayor opened the new library on Friday.\n');
      tmp.file('drafts/a.txt', 'The council approved a budget of 5 million pounds on Monday.\n');
      tmp.file('drafts/sub/b.txt', 'The mayor opened the new library on Friday.\n');
      tmp.file('node_modules/x/drafts/c.txt', 'ignored');
      tmp.file('faithful.json', JSON.stringify({ pairs: [{ draft: 'drafts/**/*.txt', source: 'wires/${name}.txt' }] }));
    });
    after(() => tmp.cleanup());

    async function run(argv: string[], cwd = tmp.dir) {
      const { io, out, err } = memoryIo({ cwd });
      const code = await runCli(argv, io);
      return { code, stdout: out(), stderr: err() };
    }

    it('--format markdown, github and html for one pair', async () => {
      const args = [path.join(tmp.dir, 'wires/a.txt'), path.join(tmp.dir, 'drafts/a.txt')];
      const md = await run([...args, '--format', 'markdown']);
      assert.equal(md.code, 1);
      assert.match(md.stdout, /`number`/);
      const gh = await run([...args, '--format', 'github']);
      assert.match(gh.stdout, /^::error file=[^,]+drafts\/a\.txt,line=1,col=34,/m);
      const html = await run([...args, '--format', 'html']);
      assert.equal(html.code, 1);
      assert.match(html.stdout, /^<!DOCTYPE html>/);
      assert.match(html.stdout, /<script nonce="[^"]+">/);
    });

    it('check reads faithful.json and checks every draft it maps, in one report', async () => {
      const text = await run(['check']);
      assert.equal(text.code, 1, text.stderr);
      assert.equal(text.stderr, '');
      assert.match(text.stdout, /^drafts\/a\.txt:1:34: error \[number\]/m);
      assert.ok(!text.stdout.includes('node_modules'));
      assert.match(text.stdout, /\n1 error, 0 warnings, 0 infos\n$/);
      const json = JSON.parse((await run(['check', '--format', 'json'])).stdout);
      assert.deepEqual(json.reports.map((r: { rewrite: { path: string } }) => r.rewrite.path), ['drafts/a.txt', 'drafts/sub/b.txt']);
      assert.equal(json.summary.error, 1);
      const sarif = JSON.parse((await run(['check', '--format', 'sarif'])).stdout);
      assert.equal(sarif.runs.length, 1);
      assert.equal(sarif.runs[0].results.length, 1);
      const md = (await run(['check', '--format', 'markdown'])).stdout;
      assert.match(md, /^## Faithful: 2 drafts checked/);
      assert.match(md, /### Faithful: drafts\/sub\/b\.txt compared with wires\/b\.txt\n\nNo changed claims found\./);
      const html = (await run(['check', '--format', 'html'])).stdout;
      assert.match(html, /2 drafts compared with their sources/);
      assert.equal((await run(['check', '--fail-on', 'never'])).code, 0);
    });

    it('check: a missing source is reported and the other drafts still checked, exit 2', async () => {
      tmp.file('drafts/orphan.txt', 'Nobody wrote a source for this.\n');
      try {
        const r = await run(['check']);
        assert.equal(r.code, 2);
        assert.match(r.stderr, /^faithful: drafts\/orphan\.txt: .*wires\/orphan\.txt.*\n$/);
        assert.match(r.stdout, /drafts\/a\.txt:1:34: error \[number\]/);
      } finally {
        fs.rmSync(path.join(tmp.dir, 'drafts/orphan.txt'));
      }
    });

    it('check also reads drafts paired by front matter, which wins over faithful.json; `faithful: off` and "ignore" leave a file out', async () => {
      // Front matter names the source relative to the draft; this draft also matches no glob.
      tmp.file('drafts/sub/fm.md', '---\ntitle: Budget\nsource: ../../wires/a.txt\n---\n\nThe council approved a budget of 7 million pounds on Monday.\n');
      // Matches the faithful.json glob too, but its front matter names another source.
      tmp.file('wires/c.txt', 'The mayor opened the new library on Friday.\n');
      tmp.file('drafts/c.txt', 'The mayor opened the new library on Friday.\n');
      tmp.file('drafts/off.md', '---\nsource: ../wires/a.txt\nfaithful: off\n---\n\nThe council approved a budget of 9 million pounds.\n');
      tmp.file('drafts/notes.md', '# No front matter, no glob: not a draft\n');
      try {
        const json = JSON.parse((await run(['check', '--format', 'json'])).stdout);
        assert.deepEqual(json.reports.map((r: { rewrite: { path: string }; source: { path: string } }) => [r.rewrite.path, r.source.path]), [
          ['drafts/a.txt', 'wires/a.txt'],
          ['drafts/c.txt', 'wires/c.txt'],
          ['drafts/sub/b.txt', 'wires/b.txt'],
          ['drafts/sub/fm.md', 'wires/a.txt'],
        ]);
        const text = await run(['check']);
        assert.equal(text.code, 1, text.stderr);
        assert.match(text.stdout, /^drafts\/sub\/fm\.md:6:\d+: error \[number\]/m);
        // Front matter wins over the glob's source, as in the editor.
        tmp.file('drafts/c.md', '---\nsource: ../wires/b.txt\n---\n\nThe mayor opened the new library on Friday.\n');
        tmp.file('faithful.json', JSON.stringify({ pairs: [{ draft: 'drafts/**/*.txt', source: 'wires/${name}.txt' }, { draft: 'drafts/*.md', source: 'wires/${name}.txt' }], ignore: ['drafts/sub/b.txt'] }));
        const both = JSON.parse((await run(['check', '--format', 'json'])).stdout);
        assert.deepEqual(both.reports.map((r: { rewrite: { path: string }; source: { path: string } }) => [r.rewrite.path, r.source.path]), [
          ['drafts/a.txt', 'wires/a.txt'],
          ['drafts/c.md', 'wires/b.txt'],
          ['drafts/c.txt', 'wires/c.txt'],
          ['drafts/sub/fm.md', 'wires/a.txt'],
        ]);
      } finally {
        for (const f of ['drafts/sub/fm.md', 'wires/c.txt', 'drafts/c.txt', 'drafts/off.md', 'drafts/notes.md', 'drafts/c.md']) fs.rmSync(path.join(tmp.dir, f), { force: true });
        tmp.file('faithful.json', JSON.stringify({ pairs: [{ draft: 'drafts/**/*.txt', source: 'wires/${name}.txt' }] }));
      }
    });

    it('check works without faithful.json when drafts name their source in front matter', async () => {
      const only = tempDir();
      try {
        only.file('source.txt', 'The council approved a budget of 4 million pounds on Monday.\n');
        only.file('draft.md', '---\nsource: source.txt\n---\n\nThe council approved a budget of 5 million pounds on Monday.\n');
        const r = await run(['check'], only.dir);
        assert.equal(r.code, 1, r.stderr);
        assert.equal(r.stderr, '');
        assert.match(r.stdout, /^draft\.md:5:\d+: error \[number\]/m);
      } finally {
        only.cleanup();
      }
    });

    it('check: clear messages without faithful.json, without pairs, or with files given', async () => {
      const empty = tempDir();
      try {
        let r = await run(['check'], empty.dir);
        assert.equal(r.code, 2);
        assert.match(r.stderr, /^faithful: check: no faithful\.json in .* and no Markdown draft names its source in front matter/);
        empty.file('faithful.json', '{"accepted": []}');
        r = await run(['check'], empty.dir);
        assert.match(r.stderr, /has no "pairs" entry/);
      } finally {
        empty.cleanup();
      }
      const r = await run(['check', 'a.txt']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /check: takes no files/);
    });
  });

  it('a hand-made result with no sentences still renders every finding', () => {
    const f: Finding = { id: 'x', kind: 'number', severity: 'error', message: 'm', rewrite: { start: 0, end: 1 }, source: null, suggestion: null };
    const result: AnalysisResult = { findings: [f], pairs: [], sentences: { source: [], rewrite: [] }, stats: { sourceSentences: 0, rewriteSentences: 0, alignedPairs: 0, elapsedMs: 0 } };
    const md = formatMarkdown([buildComparison({ result, sourceText: '', draftText: 'x', sourceLabel: 's', draftLabel: 'd' })]);
    assert.match(md, /- \*\*error\*\* `number` d:1: draft adds “x”/);
  });
});
