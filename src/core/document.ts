// A text prepared for comparison: its prose view, paragraphs and tokenised sentences.
import { toProse } from './prose';
import { counterLength, countedLabels, splitParagraphs, splitSentences } from './sentences';
import { tokenize, type Token } from './tokens';
import { rebasedFrom } from './offsetFree';
import { spellingKey } from './spelling';
import { isCommonWord } from './wordnet';
import type { Span, TextFormat } from './types';

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  readonly tokens: readonly Token[];
}

export interface PreparedText {
  /** The original text; every span refers to it. */
  readonly text: string;
  /** The same text with markup blanked out (see prose.ts). */
  readonly prose: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Sentence[];
}

/**
 * A headline over the story ("Ruiz-Hale century takes Westmarch top"): the text's first sentence,
 * alone in its paragraph above a body of more, with no closing punctuation but a question mark
 * ("Did the outbreak start at Hollins Park?": a headline may ask what the story answers).
 */
export function isHeadline(doc: PreparedText, s: Sentence): boolean {
  return s.index === 0 && doc.sentences.length > 2 && doc.sentences[1]!.paragraph !== s.paragraph &&
    !/^[.!…:;]$/.test(s.tokens[s.tokens.length - 1]?.text ?? '');
}

/**
 * A sentence's line up to its first character, in the text as written: what opens the line
 * before the sentence ("## ", "| ", "- ") and the sentence's first character.
 */
export function lineOpening(doc: PreparedText, s: Sentence): string {
  return doc.text.slice(doc.text.lastIndexOf('\n', s.start - 1) + 1, s.start + 1);
}

/** A paragraph's sentences as cached: offsets relative to the paragraph. */
interface CachedParagraph {
  sentences: { start: number; end: number; tokens: Token[] }[];
  /**
   * The sentences' tokens rebased to each paragraph start they were used at in the last
   * analysis (a paragraph may occur more than once), and in this one. An edit leaves most
   * paragraphs where they were, and these keep the very same token arrays: no copy, and
   * whatever is remembered by token array (a sentence's terms) stays valid.
   */
  rebased?: Map<number, readonly Token[][]>;
  rebasedNow?: Map<number, readonly Token[][]>;
}

/**
 * Tokenised paragraphs kept between analyses of the same texts, keyed by the paragraph's prose.
 * An editor re-checks a draft on every keystroke; with this, only the paragraphs an edit touched
 * go through the tagger again. Offsets are stored relative to the paragraph and rebased on reuse.
 */
export class PreparationCache {
  private readonly entries = new Map<string, CachedParagraph>();
  private generation = new Set<string>();

  constructor(private readonly maxEntries = 20_000) {}

  get(key: string) {
    const hit = this.entries.get(key);
    if (hit) this.generation.add(key);
    return hit;
  }

  set(key: string, value: CachedParagraph): void {
    if (this.entries.size >= this.maxEntries) this.sweep();
    this.entries.set(key, value);
    this.generation.add(key);
  }

  /**
   * The sentences of the paragraphs kept here, by their prose, each with its paragraph: a
   * paragraph an edit touched is tokenised again, and its sentences the edit left alone are
   * then known as copies of what they were (sameTokensMoved), not new sentences.
   */
  readonly sentences = new Map<string, { readonly tokens: readonly Token[]; readonly owner: CachedParagraph }>();

  /** Forgets paragraphs not used since the last sweep (texts that were edited away). */
  sweep(): void {
    let removed = false;
    for (const [key, entry] of this.entries) {
      if (!this.generation.has(key)) {
        this.entries.delete(key);
        removed = true;
      } else if (entry.rebasedNow) {
        entry.rebased = entry.rebasedNow;
        entry.rebasedNow = undefined;
      }
    }
    if (removed) {
      const live = new Set(this.entries.values());
      for (const [key, s] of this.sentences) if (!live.has(s.owner)) this.sentences.delete(key);
    }
    this.generation = new Set();
    for (const key of this.pairs.keys()) if (!this.pairGeneration.has(key)) this.pairs.delete(key);
    this.pairGeneration = new Set();
    for (const key of this.textIds.keys()) if (!this.textGeneration.has(key)) this.textIds.delete(key);
    this.textGeneration = new Set();
  }

  // Numbers for texts (a paragraph of the draft), so that a pair's key names its paragraph by a
  // number instead of holding its text: keys of kilobytes were built, copied and hashed for
  // every pair on every check. A number is never given to another text.
  private readonly textIds = new Map<string, number>();
  private textGeneration = new Set<string>();
  private nextTextId = 1;

  /** The number of this text, the same while it is used in every analysis (see sweep). */
  textId(text: string): number {
    let id = this.textIds.get(text);
    if (id === undefined) {
      // A copy, not the slice of the draft it was cut from: a slice keeps the whole draft of
      // that version in memory for as long as the text goes unedited.
      text = `${text} `.slice(0, -1);
      this.textIds.set(text, (id = this.nextTextId++));
    }
    this.textGeneration.add(text);
    return id;
  }

  // Rule results per aligned pair, keyed by everything the rules read (see analyze.ts), with
  // rewrite offsets relative to the rewrite sentence.
  private readonly pairs = new Map<string, unknown>();
  private pairGeneration = new Set<string>();

  getPair<T>(key: string): T | undefined {
    const hit = this.pairs.get(key) as T | undefined;
    if (hit !== undefined) this.pairGeneration.add(key);
    return hit;
  }

  setPair<T>(key: string, value: T): void {
    this.pairs.set(key, value);
    this.pairGeneration.add(key);
  }

  private lastNames: ReadonlySet<string> | null = null;
  private namesGeneration = 0;

  /**
   * The names both texts use (analyze.ts), as the set of the check before when it holds the
   * same names in the same order, with a number that changes whenever the set does (pair keys:
   * the rules read it).
   */
  sameNames(names: ReadonlySet<string>): { names: ReadonlySet<string>; version: number } {
    const last = this.lastNames;
    if (last && last.size === names.size) {
      const it = last.values();
      let same = true;
      for (const n of names) {
        if (it.next().value !== n) {
          same = false;
          break;
        }
      }
      if (same) return { names: last, version: this.namesGeneration };
    }
    this.lastNames = names;
    return { names, version: ++this.namesGeneration };
  }

  private source: { readonly text: string; readonly format: TextFormat; readonly prepared: PreparedText; readonly keys: readonly string[] } | undefined;

  /**
   * The source as the last analysis prepared it, while its text and format are the same: an
   * editor re-checks the draft after every keystroke against a source that has not changed, and
   * preparing it again (its prose, its paragraphs and every sentence's rebased tokens, all from
   * this cache) gave the very same sentences and token arrays. Its paragraphs are kept as used,
   * as preparing it again kept them, for when the source is edited.
   */
  preparedSource(text: string, format: TextFormat, prepare: () => PreparedText): PreparedText {
    const last = this.source;
    if (last && last.format === format && last.text === text) {
      for (const key of last.keys) if (this.entries.has(key)) this.generation.add(key);
      return last.prepared;
    }
    const prepared = prepare();
    this.source = { text, format, prepared, keys: prepared.paragraphs.map((p) => prepared.prose.slice(p.start, p.end)) };
    return prepared;
  }

  private readonly draftVersions = new TextVersion();
  private readonly sourceVersions = new TextVersion();

  /** A number that changes whenever the draft text does, for results that depend on the whole draft. */
  draftVersion(draft: string): number {
    return this.draftVersions.of(draft);
  }

  /** A number that changes whenever the source text does, for keys that depend on the whole source. */
  sourceVersion(source: string): number {
    return this.sourceVersions.of(source);
  }
}

/** A counter that moves on whenever the text it is asked about differs from the last one. */
class TextVersion {
  private last: string | null = null;
  private version = 0;

  of(text: string): number {
    if (text !== this.last) {
      this.last = text;
      this.version++;
    }
    return this.version;
  }
}

function rebase(tokens: readonly Token[], delta: number): Token[] {
  const copy = tokens.map((t) => ({ ...t, start: t.start + delta, end: t.end + delta }));
  rebasedFrom(copy, tokens);
  return copy;
}

/** Splits and tokenises one paragraph; offsets relative to `base` (the paragraph start when cached). */
function prepareParagraph(prose: string, para: Span, base: number, counted: ReadonlySet<string>): { start: number; end: number; tokens: Token[] }[] {
  const spans = splitSentences(prose, para, counted);
  // One tagger call a paragraph (cheaper than one a sentence), tokens then dealt out by offset.
  const all = spans.length ? tokenize(prose, spans[0]!.start, spans[spans.length - 1]!.end) : [];
  const out: { start: number; end: number; tokens: Token[] }[] = [];
  let k = 0;
  for (const span of spans) {
    while (k < all.length && all[k]!.start < span.start) k++;
    const mine: Token[] = [];
    while (k < all.length && all[k]!.end <= span.end) {
      const t = all[k++]!;
      (t as { i: number }).i = mine.length;
      if (base !== 0) {
        (t as { start: number }).start -= base;
        (t as { end: number }).end -= base;
      }
      mine.push(t);
    }
    const first = mine.findIndex((t) => t.isWord);
    if (first >= 0) {
      const plural = commonPluralOpening(mine[first]!);
      if (plural) mine[first] = plural;
    }
    if (mine.some((t) => t.isWord)) out.push({ start: span.start - base, end: span.end - base, tokens: mine });
  }
  return out;
}

/**
 * The paragraphs one analysis has read so far (both texts), by their prose, with where the first
 * of each was read: analyze passes one to both prepareText calls when there is no
 * PreparationCache. A paragraph read again (a rewrite keeps most of its source's paragraphs
 * word for word; a long text may repeat one) is not split and tagged again: its tokens are the
 * first one's, copied at its own offsets (the same tokens: a paragraph is tokenised on its own,
 * whatever comes before it), and what is remembered by a sentence's offset-free tokens (its
 * terms, amounts, names and facts: offsetFree.ts) is worked out once for all its copies, as an
 * editor's cache does for the paragraphs an edit left alone.
 */
export type ParagraphsRead = Map<string, { readonly start: number; readonly sentences: readonly { start: number; end: number; tokens: Token[] }[] }>;

/**
 * The sentences of the paragraphs one analysis has read (ParagraphsRead), by their prose: a
 * sentence both texts have in paragraphs that differ (a rewrite keeps many of its source's
 * sentences in paragraphs it changed) is the same tokens at other offsets (sameTokensMoved), and
 * what is remembered by a sentence's offset-free tokens (its terms, amounts, parse, frames) is
 * worked out once for both.
 */
const sentencesRead = new WeakMap<ParagraphsRead, Map<string, readonly Token[]>>();

/**
 * Whether `tokens` are `earlier` with every offset moved by one amount: the same words, tags,
 * lemmas and gaps, as a paragraph's rebased copy is (offsetFree.ts). A sentence's tokens can
 * depend on the words around it (the tagger reads a paragraph at a time), so the same prose
 * alone does not say so.
 */
function sameTokensMoved(tokens: readonly Token[], earlier: readonly Token[]): boolean {
  if (tokens.length !== earlier.length || tokens.length === 0) return false;
  const delta = tokens[0]!.start - earlier[0]!.start;
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]! as unknown as Record<string, unknown>;
    const b = earlier[i]! as unknown as Record<string, unknown>;
    if ((a.start as number) - (b.start as number) !== delta || (a.end as number) - (b.end as number) !== delta) return false;
    let keys = 0;
    for (const k in a) {
      keys++;
      if (k !== 'start' && k !== 'end' && a[k] !== b[k]) return false;
    }
    for (const _k in b) keys--;
    if (keys !== 0) return false;
  }
  return true;
}

export function prepareText(text: string, format: TextFormat, checkBudget: () => void, cache?: PreparationCache, read?: ParagraphsRead): PreparedText {
  const prose = toProse(text, format);
  const paragraphs = splitParagraphs(prose);
  const counted = countedLabels(prose);
  // (A paragraph opened by a counter the text counts its parts by is split without it: its key
  // says so, for the same words elsewhere keep their counter.)
  const keyOf = (para: Span) => {
    const own = prose.slice(para.start, para.end);
    return counterLength(own, counted) > 0 ? `${own}\u0000counted` : own;
  };
  const sentences: Sentence[] = [];
  paragraphs.forEach((para, paragraph) => {
    // Before every paragraph: one paragraph can be long enough to overrun the budget by itself.
    checkBudget();
    if (!cache) {
      const key = read ? keyOf(para) : '';
      const first = read?.get(key);
      if (first) {
        const delta = para.start - first.start;
        for (const s of first.sentences) sentences.push({ start: s.start + delta, end: s.end + delta, tokens: rebase(s.tokens, delta), index: sentences.length, paragraph });
        return;
      }
      // Fresh tokens with their final offsets: nothing to copy.
      const prepared = prepareParagraph(prose, para, 0, counted);
      if (read) {
        let known = sentencesRead.get(read);
        if (!known) sentencesRead.set(read, (known = new Map()));
        for (const s of prepared) {
          const text = prose.slice(s.start, s.end);
          const first = known.get(text);
          if (!first) known.set(text, s.tokens);
          else if (sameTokensMoved(s.tokens, first)) rebasedFrom(s.tokens, first);
        }
      }
      read?.set(key, { start: para.start, sentences: prepared });
      for (const s of prepared) sentences.push({ ...s, index: sentences.length, paragraph });
    } else {
      const key = keyOf(para);
      let prepared = cache.get(key);
      if (!prepared) {
        prepared = { sentences: prepareParagraph(prose, para, para.start, counted) };
        for (const s of prepared.sentences) {
          const text = prose.slice(s.start + para.start, s.end + para.start);
          const known = cache.sentences.get(text);
          if (!known) cache.sentences.set(text, { tokens: s.tokens, owner: prepared });
          else if (sameTokensMoved(s.tokens, known.tokens)) rebasedFrom(s.tokens, known.tokens);
        }
        cache.set(key, prepared);
      }
      const p = prepared;
      const rebased = p.rebasedNow?.get(para.start) ?? p.rebased?.get(para.start) ?? p.sentences.map((s) => rebase(s.tokens, para.start));
      (p.rebasedNow ??= new Map()).set(para.start, rebased);
      prepared.sentences.forEach((s, k) => {
        sentences.push({
          start: s.start + para.start,
          end: s.end + para.start,
          index: sentences.length,
          paragraph,
          tokens: rebased[k]!,
        });
      });
    }
  });
  return { text, prose, paragraphs, sentences };
}

/**
 * A plural noun opening a sentence is tagged as a name and keeps its plural as its lemma
 * ("Members of the union rejected …", "Prices had …"): the common noun it is, with the lemma of
 * its singular, when WordNet knows the singular as a word and neither form as a name.
 */
function commonPluralOpening(t: Token): Token | null {
  if (t.pos !== 'PROPN' || t.lemma !== t.norm || !/^\p{Lu}\p{Ll}+s$/u.test(t.text)) return null;
  const lower = t.lower;
  const singular = /ies$/.test(lower) ? lower.slice(0, -3) + 'y' : /(ss|x|ch|sh)es$/.test(lower) ? lower.slice(0, -2) : lower.slice(0, -1);
  if (singular.length < 3 || !isCommonWord(singular)) return null;
  return { ...t, pos: 'NOUN', lemma: spellingKey(singular) };
}
