// The HTML report in a real browser (Debian's Chromium driven by playwright-core, both installed
// by scripts/setup-code-server.sh): rows, marks, counts, working filters and search, escaping of
// hostile text, printing every row of a long report, and light/dark screenshots.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/core';
import { readPageAssets } from '../../src/comparison/assets';
import { renderHtmlReport } from '../../src/comparison/html';
import { buildComparison, type ComparisonModel } from '../../src/comparison/model';

const REPO = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(REPO, 'test', 'integration', 'artifacts', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Minimal typings for what the test uses of playwright-core (it lives in .vscode-test, untyped here).
interface Page {
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
  waitForFunction<T>(fn: (arg: T) => unknown, arg: T, options?: { timeout?: number }): Promise<unknown>;
  evaluate<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<R>;
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  focus(selector: string): Promise<void>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  pdf(options?: object): Promise<Buffer>;
  on(event: 'pageerror' | 'console', fn: (arg: { message?: string; text?: () => string }) => void): void;
  close(): Promise<void>;
}
interface Browser {
  newPage(options: { viewport: { width: number; height: number }; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

function read(name: string): string {
  return fs.readFileSync(path.join(REPO, 'examples', name), 'utf8');
}

function seedModel(): ComparisonModel {
  const source = read('source.txt');
  const draft = read('rewrite.txt');
  return buildComparison({
    result: analyze(source, draft),
    sourceText: source,
    draftText: draft,
    sourceLabel: 'examples/source.txt',
    draftLabel: 'examples/rewrite.txt',
    accepted: [{ kind: 'wording', rewriteText: 'gigantic', sourceText: 'massive' }],
  });
}

describe('HTML report in Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;
  let tmp: string;
  const errors: string[] = [];

  before(async () => {
    const playwright = path.join(REPO, '.vscode-test', 'code-server', 'package.json');
    assert.ok(fs.existsSync(playwright) && fs.existsSync(CHROMIUM), 'playwright-core and Chromium are installed (scripts/setup-code-server.sh)');
    const { chromium } = createRequire(playwright)('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'faithful-report-'));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function open(models: ComparisonModel[], name: string, colorScheme: 'light' | 'dark' = 'light', javaScriptEnabled = true): Promise<Page> {
    const file = path.join(tmp, `${name}.html`);
    fs.writeFileSync(file, renderHtmlReport(models, readPageAssets()));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme, javaScriptEnabled });
    page.on('pageerror', (e) => errors.push(e.message ?? String(e)));
    await page.goto(`file://${file}`);
    await page.waitForSelector(javaScriptEnabled ? '#rows li.row' : 'main li.row');
    return page;
  }

  const visibleRows = (page: Page) => page.evaluate(() => document.querySelectorAll('#rows li.row').length);

  it('shows every row, the marks with their kind, the counts and the accepted changes', async () => {
    const model = seedModel();
    const page = await open([model], 'seed');
    assert.equal(await visibleRows(page), model.rows.length);
    const marks = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#rows mark.chg')].map((m) => ({ kinds: m.dataset.kinds, side: m.dataset.side, text: m.lastChild!.textContent, label: m.nextElementSibling?.textContent })));
    assert.ok(marks.some((m) => m.kinds === 'tense' && m.side === 'draft' && m.text === 'will randomly compromise' && m.label === 'tense'), JSON.stringify(marks));
    assert.ok(marks.some((m) => m.kinds === 'tense' && m.side === 'source' && m.text === 'indiscriminately compromised'));
    const chips = await page.evaluate(() => [...document.querySelectorAll('#severity-filters .chip')].map((c) => c.textContent));
    assert.deepEqual(chips, [`${model.counts.error} errors`, `${model.counts.warning} warnings`, `${model.counts.info} info`]);
    const types = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#rows li.row')].map((r) => r.className));
    assert.ok(types.some((t) => t.includes('type-unsupported')) && types.some((t) => t.includes('type-omitted')));
    const accepted = await page.evaluate(() => document.querySelector('#accepted-list')!.textContent);
    assert.match(accepted!, /wording\s*massive → gigantic/);
    assert.equal(await page.evaluate(() => document.querySelectorAll('#accepted button').length), 0, 'no Revoke outside the editor');
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-light.png') });
    await page.close();
    const dark = await open([model], 'seed-dark', 'dark');
    const bg = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(13, 17, 23)', 'the dark theme applies');
    await dark.screenshot({ path: path.join(ARTIFACTS, 'report-dark.png') });
    await dark.close();
    assert.deepEqual(errors, []);
  });

  it('with scripts off, shows every row with its marks, the counts and the accepted changes, and no filters', async () => {
    const model = seedModel();
    const page = await open([model], 'noscript', 'light', false);
    // (No named helper inside evaluate: tsx would wrap it in a __name() call the page lacks.)
    const state = await page.evaluate(() => {
      const visible = [...document.querySelectorAll<HTMLElement>('main li.row, main mark.chg, .toolbar, main section.accepted')].filter((e) => getComputedStyle(e).display !== 'none' && e.offsetHeight > 0);
      return {
        scriptRan: document.querySelectorAll('#severity-filters .chip').length > 0,
        rows: document.querySelectorAll('main li.row').length,
        rowsVisible: visible.filter((e) => e.matches('li.row')).length,
        types: [...document.querySelectorAll<HTMLElement>('main li.row')].map((r) => r.className),
        marks: [...document.querySelectorAll<HTMLElement>('main mark.chg')].map((m) => ({ kinds: m.dataset.kinds, side: m.dataset.side, text: m.lastChild!.textContent, label: m.nextElementSibling?.textContent, visible: visible.includes(m) })),
        counts: document.querySelector('.static-counts')?.textContent,
        title: document.getElementById('title')!.textContent,
        toolbarShown: visible.some((e) => e.matches('.toolbar')),
        accepted: visible.filter((e) => e.matches('section.accepted')).map((e) => e.querySelector('ul')!.textContent),
        messages: [...document.querySelectorAll('main li.row .changes .message')].map((m) => m.textContent),
      };
    });
    assert.equal(state.scriptRan, false, 'the page script did not run');
    assert.equal(state.rows, model.rows.length, 'every row is in the page');
    assert.equal(state.rowsVisible, model.rows.length, 'and every row is visible');
    assert.ok(state.types.some((t) => t.includes('type-unsupported')) && state.types.some((t) => t.includes('type-omitted')));
    assert.ok(state.marks.some((m) => m.kinds === 'tense' && m.side === 'draft' && m.text === 'will randomly compromise' && m.label === 'tense' && m.visible), JSON.stringify(state.marks));
    assert.ok(state.marks.some((m) => m.kinds === 'tense' && m.side === 'source' && m.text === 'indiscriminately compromised'));
    assert.equal(state.messages.length, model.changes.length, 'every change is listed with its message');
    assert.equal(state.counts, `${model.counts.error} errors · ${model.counts.warning} warnings · ${model.counts.info} info`);
    assert.equal(state.title, 'examples/rewrite.txt compared with examples/source.txt');
    assert.equal(state.toolbarShown, false, 'filters, which need the script, are absent');
    assert.equal(state.accepted.length, 1, 'one accepted-changes list is shown');
    assert.match(state.accepted[0]!, /wording\s*massive → gigantic/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-noscript.png') });
    await page.close();

    // The same page with scripts on: only the script's rows (the fallback is never built), and the filters.
    const live = await open([model], 'noscript-live');
    const after = await live.evaluate(() => ({
      rows: document.querySelectorAll('main li.row').length,
      fallbackRows: document.querySelectorAll('ol.rows.static').length,
      toolbar: getComputedStyle(document.querySelector('.toolbar')!).display,
      chips: document.querySelectorAll('#severity-filters .chip').length,
      acceptedShown: [...document.querySelectorAll<HTMLElement>('main section.accepted')].filter((e) => e.offsetHeight > 0).length,
    }));
    assert.deepEqual(after, { rows: model.rows.length, fallbackRows: 0, toolbar: 'flex', chips: 3, acceptedShown: 1 });
    await live.close();
    assert.deepEqual(errors, []);
  });

  it('with scripts off, hostile document text stays text', async () => {
    const source = 'The mayor said <script>window.__faithfulInjected=1</script> 3 people were hurt at <img src=x onerror="window.__faithfulInjected=2">.';
    const draft = 'The mayor said <script>window.__faithfulInjected=1</script> 4 people were hurt at <img src=x onerror="window.__faithfulInjected=2">. See <a href="javascript:window.__faithfulInjected=3">link</a>.';
    const model = buildComparison({ result: analyze(source, draft), sourceText: source, draftText: draft, sourceLabel: '<img src=x>', draftLabel: '"><script>x</script>', accepted: [{ kind: 'quote', rewriteText: '<img src=y>', sourceText: null }] });
    const page = await open([model], 'noscript-hostile', 'light', false);
    const state = await page.evaluate(() => ({
      elements: document.querySelectorAll('body img, body a, body iframe, main script, h1 script').length,
      text: document.body.textContent,
      ariaLabels: [...document.querySelectorAll('main li.row')].map((r) => r.getAttribute('aria-label')),
    }));
    assert.equal(state.elements, 0, 'no document text became an element');
    assert.ok(state.text!.includes('<script>window.__faithfulInjected=1</script>'));
    assert.ok(state.text!.includes('<a href="javascript:window.__faithfulInjected=3">link</a>'));
    assert.ok(state.text!.includes('"><script>x</script> compared with <img src=x>'));
    assert.ok(state.ariaLabels.every((l) => l !== null && /^Row \d+, /.test(l)));
    await page.close();
  });

  it('filters by severity and kind, hides unchanged rows and searches, offline', async () => {
    const model = seedModel();
    const page = await open([model], 'filters');
    const rowsWith = (pred: (r: ComparisonModel['rows'][number]) => boolean) => model.rows.filter(pred).length;
    const sevOf = (ci: number) => model.changes[ci]!.severity;
    const kindOf = (ci: number) => model.changes[ci]!.kind;

    await page.click('#severity-filters .chip[data-severity="info"]');
    assert.equal(await page.evaluate(() => document.querySelector('#severity-filters .chip[data-severity="info"]')!.getAttribute('aria-pressed')), 'false');
    assert.equal(await visibleRows(page), rowsWith((r) => r.changes.length === 0 || r.changes.some((c) => sevOf(c) !== 'info')));
    assert.equal(await page.evaluate(() => document.querySelectorAll('#rows mark.sev-info').length), 0, 'info marks are hidden');
    await page.click('#severity-filters .chip[data-severity="info"]');

    await page.click('#show-unchanged');
    assert.equal(await visibleRows(page), rowsWith((r) => r.changes.length > 0));
    for (const k of Object.keys(model.counts.byKind).filter((k) => model.counts.byKind[k as keyof typeof model.counts.byKind] > 0 && k !== 'tense')) {
      await page.click(`#kind-filters .chip[data-kind="${k}"]`);
    }
    assert.equal(await visibleRows(page), rowsWith((r) => r.changes.some((c) => kindOf(c) === 'tense')));

    await page.click('#show-unchanged');
    await page.fill('#search', 'Exchange Server');
    // One sentence mentions it: the tense change's row.
    await page.waitForFunction((n: number) => document.querySelectorAll('#rows li.row').length === n, 1);
    assert.match(await page.evaluate(() => document.querySelector('#rows li.row')!.textContent!), /Exchange Server/);
    await page.fill('#search', 'no such words anywhere');
    await page.waitForFunction(() => !(document.getElementById('empty') as HTMLElement).hidden, undefined);
    await page.close();
    assert.deepEqual(errors, []);
  });

  it('moves between rows with the keyboard, each row labelled for screen readers', async () => {
    const page = await open([seedModel()], 'keys');
    // Tab reaches the first row (the only one in the Tab order until one is selected).
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#rows li.row')].map((r) => r.tabIndex).filter((t) => t === 0).length), 1);
    assert.equal(await page.evaluate(() => (document.querySelector('#rows li.row') as HTMLElement).tabIndex), 0);
    await page.evaluate(() => (document.querySelector('#rows li.row') as HTMLElement).focus());
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => ({ row: (document.activeElement as HTMLElement).dataset.row, label: document.activeElement!.getAttribute('aria-label') }));
    assert.equal(focused.row, '1');
    assert.match(focused.label!, /^Row 2, (Not in the source|Aligned|Left out of the draft|Source only|Draft only): /);
    await page.close();
  });

  it('escapes every document text: <script>, <img onerror> and javascript: stay text', async () => {
    const source = 'The mayor said <script>window.__faithfulInjected=1</script> 3 people were hurt at <img src=x onerror="window.__faithfulInjected=2">. See [link](javascript:window.__faithfulInjected=3).';
    const draft = 'The mayor said <script>window.__faithfulInjected=1</script> 4 people were hurt at <img src=x onerror="window.__faithfulInjected=2">. See <a href="javascript:window.__faithfulInjected=3">link</a>.';
    const model = buildComparison({ result: analyze(source, draft), sourceText: source, draftText: draft, sourceLabel: '<img src=x onerror=alert(1)>', draftLabel: '<script>alert(1)</script>', accepted: [{ kind: 'quote', rewriteText: '<img src=y onerror="window.__faithfulInjected=4">', sourceText: null }] });
    const page = await open([model], 'hostile');
    const state = await page.evaluate(() => ({
      injected: (window as unknown as { __faithfulInjected?: number }).__faithfulInjected ?? 0,
      elements: document.querySelectorAll('body img, body a, body iframe, #rows script, #accepted script, h1 script').length,
      text: document.body.textContent,
    }));
    assert.equal(state.injected, 0, 'no document text ran');
    assert.equal(state.elements, 0, 'no document text became an element');
    assert.ok(state.text!.includes('<script>window.__faithfulInjected=1</script>'));
    assert.ok(state.text!.includes('<img src=x onerror="window.__faithfulInjected=2">'));
    assert.ok(state.text!.includes('<script>alert(1)</script> compared with <img src=x onerror=alert(1)>'));
    await page.close();
  });

  it('opens a 20,000-word pair at once (rows render lazily) and prints every row', async () => {
    const source = read('source.txt');
    const draft = read('rewrite.txt');
    const times = Math.ceil(20_000 / draft.split(/\s+/).length);
    const bigSource = Array.from({ length: times }, () => source).join('\n\n');
    const bigDraft = Array.from({ length: times }, () => draft).join('\n\n');
    const model = buildComparison({ result: analyze(bigSource, bigDraft), sourceText: bigSource, draftText: bigDraft, sourceLabel: 's', draftLabel: 'd' });
    assert.ok(model.rows.length > 300, `${model.rows.length} rows`);
    // The machine's own pace, measured in the same run: a one-sentence report opened the same way.
    const small = buildComparison({ result: analyze('The council met on Monday.', 'The council met on Monday.'), sourceText: 'The council met on Monday.', draftText: 'The council met on Monday.', sourceLabel: 's', draftLabel: 'd' });
    const baseStarted = Date.now();
    await (await open([small], 'small')).close();
    const baseMs = Date.now() - baseStarted;
    const started = Date.now();
    const page = await open([model], 'big');
    const openMs = Date.now() - started;
    const shown = await visibleRows(page);
    assert.ok(shown < model.rows.length, 'not every row is rendered up front');
    // A gross regression only (0.7 s on a quiet machine; every row built up front took several
    // times that): five times the quiet figure, plus what the same run's load adds to a tiny page.
    assert.ok(openMs < 3500 + 4 * baseMs, `opened in ${openMs} ms (a one-sentence report: ${baseMs} ms)`);
    console.log(`      20,000-word report: ${model.rows.length} rows, first ${shown} rendered, page ready in ${openMs} ms`);
    // Scrolling to the end renders the rest.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction((n: number) => document.querySelectorAll('#rows li.row').length > n, shown);
    await page.pdf({ format: 'A4' });
    assert.equal(await visibleRows(page), model.rows.length, 'printing renders every row');
    await page.close();
    assert.deepEqual(errors, []);
  });
});
