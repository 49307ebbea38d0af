// The Faithful language server: checks paired drafts against their sources off the editor's
// main thread and publishes findings as diagnostics, hovers and quick fixes. VS Code's
// extension sends pairings explicitly (faithful/pair); other editors get pairings from front
// matter and faithful.json. Start it with `faithful lsp --stdio`.
//
// The engine runs on a worker thread (checker.ts): this thread only keeps documents, answers
// requests and turns findings into diagnostics, so `initialize` is answered before any engine
// code loads, and an edit that arrives mid-check cancels that check instead of waiting for it.
// (The analysis is set up first of all, in earlyChecker.ts, after v8Tiering.ts has set how soon
// V8 optimises and compileCacheSetup.ts has made sure the engine's bundles are compiled with a
// code cache: a short draft's first check runs on this thread before the worker has started.)
import './v8Tiering';
import './compileCacheSetup';
import { checker } from './earlyChecker';
import {
  CodeActionKind,
  createConnection,
  type Diagnostic,
  DiagnosticSeverity,
  type InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AcceptedChange, AnalysisResult, TextFormat } from '../core/types';
import { buildComparison } from '../comparison/model';
import {
  COMPARISON_REQUEST,
  COUNTS_NOTIFICATION,
  PAIR_NOTIFICATION,
  SETTINGS_NOTIFICATION,
  type ComparisonParams,
  type ComparisonResponse,
  type CountsParams,
  type FindingData,
  type PairParams,
  type SettingsParams,
} from '../shared/protocol';
import { codeActionsFor } from './codeActions';
import { MAX_PUBLISHED_DIAGNOSTICS, ReusedDiagnostics, sameDiagnostics, toCappedDiagnostics, type PublishedFindings } from './findingsToDiagnostics';
import { hoverMarkdown } from './hover';
import { pairingFromDisk } from './pairingFromDisk';
import { guardedStdio } from './framing';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { frontMatterField } from '../shared/faithfulConfig';

interface Pairing {
  readonly sourceUri: string;
  readonly label: string;
  readonly source: TextDocument;
  readonly accepted: readonly AcceptedChange[];
  /** From the client (kept while the draft is closed) or read from disk (refreshed on open). */
  readonly fromClient: boolean;
  diagnostics: Diagnostic[];
  /** What `diagnostics` stand for, by the finding id in each one's `data`; null when none were published. */
  findings: PublishedFindings | null;
  /** The last check's diagnostics by finding id, given again where their finding did not change. */
  readonly reuse: ReusedDiagnostics;
  /** The last check's result and the texts it read, for the comparison view; null when it could not run. */
  last: { result: AnalysisResult; draftText: string; sourceText: string } | null;
  /** Why the last check could not run, or null. */
  problem: string | null;
  /** The scheduled check: a debounce timer, or an immediate when there is no delay. */
  timer?: { cancel(): void };
}

// Over stdio (other editors, `faithful lsp --stdio`) the editor's bytes are checked first
// (framing.ts); VS Code's client talks over Node IPC, which carries whole messages. The writer is
// passed as a writer (the cast is for the typings), so that a parse error is written through it.
const stdio = process.argv.includes('--stdio') ? guardedStdio() : null;
const connection = stdio ? createConnection(ProposedFeatures.all, stdio.input, stdio.output as unknown as NodeJS.WritableStream) : createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const pairings = new Map<string, Pairing>();
let settings: SettingsParams = { severity: {}, debounceMs: 250 };
let clientManagesPairs = false;
let docsUrl: string | null = null;
/** The workspace folders the editor opened (absolute paths); sources from disk must lie inside them. */
let roots: string[] = [];
/** What the editor was last sent for each document, so that a check that changes nothing sends nothing. */
const shown = new Map<string, Diagnostic[]>();

/**
 * Sends a document's diagnostics, unless they are exactly what the editor already shows. A
 * 10,000-word draft's list is hundreds of kilobytes for the server to encode and the editor to
 * decode and redraw, and most edits (a word typed after the last finding of its line, or on a
 * line with none) leave every diagnostic where it was. The faithful/counts notification still
 * follows every check.
 */
function publish(uri: string, diagnostics: Diagnostic[], version?: number): void {
  const before = shown.get(uri);
  if (before && sameDiagnostics(before, diagnostics)) return;
  if (diagnostics.length === 0) shown.delete(uri);
  else shown.set(uri, diagnostics);
  void connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
}

/** Drafts paired from disk (or refused), with the `source:` value they were paired from. */
const frontSeen = new Map<string, string | null>();

function filePathsOf(uris: ReadonlyArray<string | null | undefined>): string[] {
  const out: string[] = [];
  for (const uri of uris) {
    if (!uri?.startsWith('file:')) continue;
    try {
      out.push(fileURLToPath(uri));
    } catch {
      // Not a local folder: nothing on disk can be inside it.
    }
  }
  return out;
}

connection.onInitialize((params): InitializeResult => {
  const options = (params.initializationOptions ?? {}) as { clientManagesPairs?: boolean; settings?: SettingsParams; docsUrl?: string };
  clientManagesPairs = options.clientManagesPairs === true;
  docsUrl = options.docsUrl ?? null;
  if (options.settings) settings = options.settings;
  roots = filePathsOf(params.workspaceFolders?.map((f) => f.uri) ?? [params.rootUri ?? (params.rootPath ? pathToFileURL(params.rootPath).toString() : null)]);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'faithful', version: '0.1.0' },
  };
});

/** Markdown when either side is Markdown, as in the CLI: ignoring Markdown syntax in plain text is harmless. */
function formatOf(doc: TextDocument, sourceUri: string): TextFormat {
  const markdown = /\.(md|markdown)$/i;
  return doc.languageId === 'markdown' || markdown.test(doc.uri) || markdown.test(sourceUri) ? 'markdown' : 'plain';
}

function setPairing(draftUri: string, p: { sourceUri: string; label: string; text: string; accepted: readonly AcceptedChange[] } | null, fromClient: boolean): void {
  const old = pairings.get(draftUri);
  old?.timer?.cancel();
  if (!p) {
    pairings.delete(draftUri);
    checker.forget(draftUri);
    publish(draftUri, []);
    return;
  }
  const sameSource = old && old.source.getText() === p.text && old.sourceUri === p.sourceUri;
  pairings.set(draftUri, {
    sourceUri: p.sourceUri,
    label: p.label,
    source: sameSource ? old.source : TextDocument.create(p.sourceUri, 'plaintext', 0, p.text),
    accepted: p.accepted,
    fromClient,
    diagnostics: old?.diagnostics ?? [],
    findings: old?.findings ?? null,
    reuse: old?.reuse ?? new ReusedDiagnostics(),
    last: null,
    problem: null,
  });
  checker.warmUp();
  schedule(draftUri, 0);
}

function nameOf(uri: string): string {
  return decodeURIComponent(uri.split('/').pop() ?? uri);
}

/** The user's time budget in milliseconds, when they set a valid one (a client may send anything). */
function timeBudgetMs(): number | undefined {
  const s = settings.timeoutSeconds;
  return typeof s === 'number' && s > 0 && Number.isFinite(s) ? Math.round(s * 1000) : undefined;
}

function schedule(uri: string, delay = settings.debounceMs): void {
  const p = pairings.get(uri);
  if (!p) return;
  p.timer?.cancel();
  // No delay: at the next turn of the event loop (a timer of 0 ms waits at least 1 ms).
  if (delay <= 0) {
    const immediate = setImmediate(() => void check(uri));
    p.timer = { cancel: () => clearImmediate(immediate) };
  } else {
    const timeout = setTimeout(() => void check(uri), delay);
    p.timer = { cancel: () => clearTimeout(timeout) };
  }
}

async function check(uri: string): Promise<void> {
  const p = pairings.get(uri);
  const draft = documents.get(uri);
  if (!p || !draft) return;
  const version = draft.version;
  const source = p.source;
  const outcome = await checker.check({
    draftUri: uri,
    source: source.getText(),
    draft: draft.getText(),
    format: formatOf(draft, p.sourceUri),
    accepted: p.accepted,
    ...(timeBudgetMs() !== undefined ? { timeBudgetMs: timeBudgetMs() } : {}),
  });
  // Superseded or cancelled: a newer check of this draft publishes. Unpaired meanwhile: nothing to say.
  if (outcome.type === 'superseded' || outcome.type === 'cancelled' || pairings.get(uri) !== p) return;
  // A newer edit arrived while this ran (and its own check will publish).
  if (documents.get(uri)?.version !== version) return;
  let counts: CountsParams;
  if (outcome.type === 'result') {
    const { result } = outcome;
    const capped = toCappedDiagnostics(result, draft, { uri: p.sourceUri, doc: source }, settings.severity, docsUrl, MAX_PUBLISHED_DIAGNOSTICS, p.reuse);
    p.diagnostics = capped.diagnostics;
    p.findings = capped.findings;
    p.last = { result, draftText: draft.getText(), sourceText: source.getText() };
    p.problem = null;
    // After the user's severity settings, so the status bar agrees with Problems (and, when the
    // list is capped, counts every finding).
    counts = {
      draftUri: uri, sourceLabel: p.label, elapsedMs: result.stats.elapsedMs, problem: null,
      error: capped.counts.error, warning: capped.counts.warning, info: capped.counts.information, hint: capped.counts.hint,
    };
    connection.console.log(`${nameOf(uri)} vs ${p.label}: ${p.diagnostics.length} finding(s)${capped.leftOut ? ` (${capped.leftOut} more not listed)` : ''} in ${result.stats.elapsedMs} ms`);
  } else {
    const message = outcome.limit ? outcome.message : `Faithful could not check this draft: ${outcome.message}`;
    p.diagnostics = [];
    p.findings = null;
    p.last = null;
    p.problem = message;
    counts = { draftUri: uri, sourceLabel: p.label, error: 0, warning: 0, info: 0, hint: 0, elapsedMs: 0, problem: message };
    connection.console.error(`${nameOf(uri)}: ${message}`);
  }
  publish(uri, p.diagnostics, version);
  void connection.sendNotification(COUNTS_NOTIFICATION, counts);
}

connection.onInitialized(() => {
  connection.console.info(`Faithful language server started (${clientManagesPairs ? 'pairings from the editor' : 'pairings from front matter and faithful.json'})`);
  // VS Code starts the server only to check a draft it is pairing: get the engine ready while
  // the pairing is on its way. Other editors start it for any text file; for them the engine
  // loads with the first paired draft. (One handler: a second onInitialized would replace it.)
  if (clientManagesPairs) checker.warmUp();
});

connection.onNotification(PAIR_NOTIFICATION, (params: PairParams) => {
  setPairing(params.draftUri, params.source ? { sourceUri: params.source.uri, label: params.source.label, text: params.source.text, accepted: params.accepted } : null, true);
});

/** How long a comparison request waits for a draft's first check (just paired, or re-paired). */
const FIRST_CHECK_WAIT_MS = 20_000;

connection.onRequest(COMPARISON_REQUEST, async (params: ComparisonParams): Promise<ComparisonResponse> => {
  // A draft paired a moment ago is being checked: answer with that check, not with "not yet".
  const deadline = Date.now() + FIRST_CHECK_WAIT_MS;
  let p = pairings.get(params.draftUri);
  while (p && !p.last && !p.problem && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    p = pairings.get(params.draftUri);
  }
  if (!p) return { model: null, problem: 'This draft is not compared with a source.' };
  if (!p.last) return { model: null, problem: p.problem ?? 'The draft has not been checked yet.' };
  const severity = Object.fromEntries(Object.entries(settings.severity).map(([k, v]) => [k, v === 'information' || v === 'hint' ? 'info' : v]));
  const model = buildComparison({
    result: p.last.result,
    sourceText: p.last.sourceText,
    draftText: p.last.draftText,
    sourceLabel: p.label,
    draftLabel: params.draftLabel,
    accepted: p.accepted,
    severity,
  });
  return { model, problem: null };
});

connection.onNotification(SETTINGS_NOTIFICATION, (params: SettingsParams) => {
  settings = params;
  for (const uri of pairings.keys()) schedule(uri, 0);
});

/**
 * Pairs a draft from its front matter or faithful.json (editors other than VS Code). A source
 * that cannot be read is shown as one diagnostic on the `source:` line (or the first line, for
 * faithful.json) instead of a silent nothing, a stack trace or a hang.
 */
function pairFromDisk(document: TextDocument): void {
  const text = document.getText();
  frontSeen.set(document.uri, frontMatterField(text, 'source')?.value ?? null);
  let disk;
  try {
    disk = pairingFromDisk(document.uri, text, roots);
  } catch (e) {
    disk = { kind: 'problem' as const, message: `Faithful could not read this draft's source: ${(e as Error).message}`, at: null };
  }
  if (disk?.kind === 'pair') return setPairing(document.uri, { sourceUri: disk.sourceUri, label: disk.label, text: disk.text, accepted: disk.accepted }, false);
  if (pairings.has(document.uri)) setPairing(document.uri, null, false);
  if (!disk) return publish(document.uri, []);
  connection.console.warn(`${nameOf(document.uri)}: ${disk.message}`);
  const range = disk.at
    ? { start: document.positionAt(disk.at.start), end: document.positionAt(disk.at.end) }
    : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  publish(document.uri, [{ range, severity: DiagnosticSeverity.Warning, source: 'Faithful', code: 'source-unreadable', message: disk.message }], document.version);
}

/**
 * TextDocuments reports an opened document twice, as an open and then, with the same event, as
 * a change: the open is handled by onDidOpen, at once, and its echo must not re-schedule the
 * check behind the typing debounce (it did: the first diagnostics of every draft waited 250 ms).
 */
let openEvent: unknown;

documents.onDidOpen((event) => {
  openEvent = event;
  const { document } = event;
  // A pairing may arrive before the draft's text: check once the text is here.
  if (pairings.has(document.uri)) return schedule(document.uri, 0);
  if (clientManagesPairs) return;
  pairFromDisk(document);
});

documents.onDidChangeContent((event) => {
  if (event === openEvent) return;
  const { document } = event;
  // The running check of this draft is stale now: stop it rather than let it finish.
  checker.cancel(document.uri);
  // A new `source:` in the front matter pairs again (or shows why it cannot).
  if (!clientManagesPairs && frontSeen.has(document.uri) && (frontMatterField(document.getText(), 'source')?.value ?? null) !== frontSeen.get(document.uri)) {
    return pairFromDisk(document);
  }
  schedule(document.uri);
});

// A closed draft's problems go away, as ESLint's and cspell's do; reopening it pairs it again.
documents.onDidClose(({ document }) => {
  frontSeen.delete(document.uri);
  if (pairings.has(document.uri)) setPairing(document.uri, null, false);
  else if (!clientManagesPairs) publish(document.uri, []);
});

const sameDiagnostic = (a: Diagnostic, b: Diagnostic) => a.message === b.message && a.code === b.code &&
  a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character &&
  a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;

/**
 * The finding behind a Faithful diagnostic, from the server's record of what it published: by
 * the finding id in the diagnostic's `data`, or, when the editor sends a diagnostic back without
 * it, by the published diagnostic with the same range, code and message.
 */
function findingDataOf(p: Pairing, d: Diagnostic): FindingData | undefined {
  const findings = p.findings;
  if (!findings) return undefined;
  if (typeof d.data === 'string' && findings.has(d.data)) return findings.dataOf(d.data);
  const published = p.diagnostics.find((x) => sameDiagnostic(x, d));
  return typeof published?.data === 'string' ? findings.dataOf(published.data) : undefined;
}

connection.onHover(({ textDocument, position }) => {
  const p = pairings.get(textDocument.uri);
  const draft = documents.get(textDocument.uri);
  if (!p || !draft) return null;
  const value = hoverMarkdown(p.diagnostics, position, draft.getText(), p.source.getText(), p.label, (d) => findingDataOf(p, d));
  return value ? { contents: { kind: 'markdown', value } } : null;
});

connection.onCodeAction(({ textDocument, context }) => {
  const p = pairings.get(textDocument.uri);
  const draft = documents.get(textDocument.uri);
  if (!p || !draft) return [];
  // The quick fixes read the finding's data, which the server keeps: a diagnostic it cannot place carries none.
  const withData = context.diagnostics.map((d) => ({ ...d, data: findingDataOf(p, d) }));
  return codeActionsFor(draft, withData);
});

connection.onShutdown(() => checker.dispose());

documents.listen(connection);
connection.listen();
