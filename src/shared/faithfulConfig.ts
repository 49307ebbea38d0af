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
}

export const EMPTY_CONFIG: FaithfulConfig = { pairs: [], accepted: [] };

function isKind(k: unknown): k is Kind {
  return typeof k === 'string' && (KINDS as readonly string[]).includes(k);
}

/** Parses faithful.json leniently: unknown fields are kept out, malformed entries skipped, errors named. */
export function parseConfig(text: string): { config: FaithfulConfig; problems: string[] } {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { config: EMPTY_CONFIG, problems: [`faithful.json is not valid JSON: ${(e as Error).message}`] };
  }
  if (typeof raw !== 'object' || raw === null) return { config: EMPTY_CONFIG, problems: ['faithful.json must be an object'] };
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
  return { config: { pairs, accepted }, problems };
}

/** Adds an accepted change, keeping the rest of the file's content and order. */
export function withAccepted(text: string | null, entry: AcceptedEntry): string {
  let obj: Record<string, unknown> = {};
  if (text && text.trim()) {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) obj = parsed as Record<string, unknown>;
  }
  const list = Array.isArray(obj.accepted) ? [...obj.accepted] : [];
  const same = (a: AcceptedEntry) => a.draft === entry.draft && a.kind === entry.kind && a.rewriteText === entry.rewriteText && a.sourceText === entry.sourceText;
  if (!list.some((a) => same(a as AcceptedEntry))) list.push(entry);
  obj.accepted = list;
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

/** `source:` in a Markdown draft's YAML front matter, as written (relative to the draft). */
export function sourceFromFrontMatter(text: string): string | null {
  const front = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!front) return null;
  const line = /^source[ \t]*:[ \t]*(.+?)[ \t]*$/m.exec(front[1]!);
  if (!line) return null;
  return line[1]!.replace(/^(["'])(.*)\1$/, '$2').trim() || null;
}
