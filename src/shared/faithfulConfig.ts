// faithful.json, the team-shared file at a workspace root: which drafts pair with which sources
// (by glob), and which changes were accepted on purpose. Parsed here, without file access, so
// the CLI, the language server and the extension read it identically.
import { KINDS, type AcceptedChange, type Kind } from '../core/types';

export interface PairRule {
  /** Glob over workspace-relative draft paths: "drafts/**\/*.md". */
  readonly draft: string;
  /** Source path, relative to the workspace root. "${name}" is the draft's file name without extension. */
  readonly source: string;
}

export interface AcceptedEntry extends AcceptedChange {
  /** Workspace-relative path of the draft the change was accepted in. */
  readonly draft: string;
}

export interface FaithfulConfig {
  readonly pairs: readonly PairRule[];
  readonly accepted: readonly AcceptedEntry[];
  /** Globs over workspace-relative draft paths that are never checked ("drafts/legal/**"). */
  readonly ignore: readonly string[];
}

export const EMPTY_CONFIG: FaithfulConfig = { pairs: [], accepted: [], ignore: [] };

export interface ParsedConfig {
  readonly config: FaithfulConfig;
  readonly problems: string[];
  /**
   * Set when the file could not be read as a configuration at all (not JSON, not an object):
   * callers keep the last good configuration and never write over the file.
   */
  readonly fatal: { readonly message: string; readonly offset: number | null } | null;
}

function isKind(k: unknown): k is Kind {
  return typeof k === 'string' && (KINDS as readonly string[]).includes(k);
}

/** Parses faithful.json leniently: unknown fields are kept out, malformed entries skipped, errors named. */
export function parseConfig(text: string): ParsedConfig {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = `faithful.json is not valid JSON: ${(e as Error).message}`;
    // V8 names the offset ("... in JSON at position 45"); the editor marks it.
    const at = /position (\d+)/.exec((e as Error).message);
    return { config: EMPTY_CONFIG, problems: [message], fatal: { message, offset: at ? Number(at[1]) : null } };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const message = 'faithful.json must be an object ({ "pairs": [...], "accepted": [...] })';
    return { config: EMPTY_CONFIG, problems: [message], fatal: { message, offset: 0 } };
  }
  const obj = raw as Record<string, unknown>;
  const pairs: PairRule[] = [];
  for (const p of Array.isArray(obj.pairs) ? obj.pairs : []) {
    if (p && typeof p.draft === 'string' && typeof p.source === 'string') pairs.push({ draft: p.draft, source: p.source });
    else problems.push(`faithful.json: a "pairs" entry needs "draft" and "source" strings`);
  }
  const accepted: AcceptedEntry[] = [];
  for (const a of Array.isArray(obj.accepted) ? obj.accepted : []) {
    const okText = (v: unknown) => v === null || typeof v === 'string';
    if (a && typeof a.draft === 'string' && isKind(a.kind) && okText(a.rewriteText) && okText(a.sourceText)) {
      accepted.push({ draft: a.draft, kind: a.kind, rewriteText: a.rewriteText, sourceText: a.sourceText });
    } else {
      problems.push('faithful.json: an "accepted" entry needs "draft", a known "kind", "rewriteText" and "sourceText"');
    }
  }
  const ignore: string[] = [];
  for (const g of Array.isArray(obj.ignore) ? obj.ignore : []) {
    if (typeof g === 'string' && g.trim()) ignore.push(g);
    else problems.push('faithful.json: an "ignore" entry must be a glob string');
  }
  return { config: { pairs, accepted, ignore }, problems, fatal: null };
}

/** True when faithful.json's "ignore" globs exclude this workspace-relative draft path. */
export function isIgnored(config: FaithfulConfig, draftPath: string): boolean {
  return config.ignore.some((g) => globToRegExp(g).test(draftPath));
}

/** The file's object, or an error naming faithful.json: a file that cannot be parsed is never rewritten. */
function objectOf(text: string | null): Record<string, unknown> {
  if (!text || !text.trim()) return {};
  const parsed = parseConfig(text);
  if (parsed.fatal) throw new Error(`${parsed.fatal.message}. Fix it first; Faithful left the file unchanged.`);
  return JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
}

function sameEntry(a: AcceptedEntry, b: AcceptedEntry): boolean {
  return a.draft === b.draft && a.kind === b.kind && a.rewriteText === b.rewriteText && a.sourceText === b.sourceText;
}

/** Adds accepted changes, keeping the rest of the file's content and order. */
export function withAccepted(text: string | null, ...entries: AcceptedEntry[]): string {
  const obj = objectOf(text);
  const list = Array.isArray(obj.accepted) ? [...obj.accepted] : [];
  for (const entry of entries) if (!list.some((a) => sameEntry(a as AcceptedEntry, entry))) list.push(entry);
  obj.accepted = list;
  return `${JSON.stringify(obj, null, 2)}\n`;
}

/** Removes accepted changes (an undo), keeping the rest of the file. */
export function withoutAccepted(text: string | null, ...entries: AcceptedEntry[]): string {
  const obj = objectOf(text);
  const list = Array.isArray(obj.accepted) ? obj.accepted : [];
  obj.accepted = list.filter((a) => !entries.some((e) => sameEntry(a as AcceptedEntry, e)));
  return `${JSON.stringify(obj, null, 2)}\n`;
}

export function acceptedFor(config: FaithfulConfig, draftPath: string): AcceptedChange[] {
  return config.accepted.filter((a) => a.draft === draftPath).map(({ kind, rewriteText, sourceText }) => ({ kind, rewriteText, sourceText }));
}

/** Glob to RegExp: "**" any depth, "*" within a segment, "?" one character. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The workspace-relative source path configured for a draft, if any rule matches. */
export function sourceForDraft(config: FaithfulConfig, draftPath: string): string | null {
  for (const rule of config.pairs) {
    if (globToRegExp(rule.draft).test(draftPath)) {
      const name = draftPath.split('/').pop()!.replace(/\.[^.]*$/, '');
      return rule.source.replace(/\$\{name\}/g, name);
    }
  }
  return null;
}

/** A key of a Markdown draft's YAML front matter, with the offsets of its value (for a diagnostic there). */
export function frontMatterField(text: string, key: string): { value: string; start: number; end: number } | null {
  const front = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!front) return null;
  const body = front[1]!;
  const bodyStart = front.index + front[0].indexOf(body);
  const line = new RegExp(`^${key}[ \\t]*:[ \\t]*(.+?)[ \\t]*$`, 'm').exec(body);
  if (!line) return null;
  const value = line[1]!.replace(/^(["'])(.*)\1$/, '$2').trim();
  if (!value) return null;
  const start = bodyStart + line.index + line[0].indexOf(line[1]!);
  return { value, start, end: start + line[1]!.length };
}

/** `source:` in a Markdown draft's YAML front matter, as written (relative to the draft). */
export function sourceFromFrontMatter(text: string): string | null {
  return frontMatterField(text, 'source')?.value ?? null;
}

/** `faithful: off` (or false/no) in a Markdown draft's front matter turns checking off for that file. */
export function disabledByFrontMatter(text: string): boolean {
  const v = frontMatterField(text, 'faithful')?.value.toLowerCase();
  return v === 'off' || v === 'false' || v === 'no';
}
