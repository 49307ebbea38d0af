// The parse of an engine sentence (its Token list), made on first request and remembered by
// the sentence's words, so a source sentence compared with several rewrite sentences, or
// re-checked after an edit elsewhere, is parsed once.
import type { Token } from '../tokens';
import { offsetFree } from '../offsetFree';
import { analyseSentence, type SentenceSyntax } from './index';
import { parserModel } from './loadModel';
import { repairParse } from './repair';
import { namesPeople } from '../wordnet';
import { POSSESSIVE_DETERMINERS } from '../lexicon';

const cache = new Map<string, SentenceSyntax>();
const MAX_CACHED = 20_000;

export function syntaxOf(tokens: readonly Token[]): SentenceSyntax {
  // First by the offset-free token list (the same words and tags): the rules ask for a
  // sentence's parse pair after pair, and each question built the key string below.
  const own = offsetFree(tokens);
  let hit = byTokens.get(own);
  if (hit) return hit;
  const key = tokens.map((t) => `${t.text}\u0001${t.pos}`).join('\u0002');
  hit = cache.get(key);
  if (!hit) {
    hit = parseClauses(tokens);
    // Bounded, like the tokenizer's caches: a long session cannot grow it without limit.
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, hit);
  }
  byTokens.set(own, hit);
  return hit;
}

const byTokens = new WeakMap<readonly Token[], SentenceSyntax>();

/**
 * Two clauses joined by a semicolon are two sentences' worth of grammar ("The group had argued
 * that …; Dilys Ferreira, its chair, said …"), and the parser, trained on sentences, reads the
 * pair as one (the second speaker made a conjunct of the first clause). Each clause with a verb
 * of its own is parsed alone, the later one hung on the first as parataxis, as the treebank
 * does. (A list of phrases set off by semicolons has no verbs: it is parsed whole.)
 */
function parseClauses(tokens: readonly Token[]): SentenceSyntax {
  const hasVerb = (part: readonly Token[]) => part.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const cuts: number[] = [];
  let from = 0;
  tokens.forEach((t, i) => {
    if (t.text === ';' && hasVerb(tokens.slice(from, i)) && hasVerb(tokens.slice(i + 1))) {
      cuts.push(i + 1);
      from = i + 1;
    }
  });
  if (cuts.length === 0) return parseAfterDateline(tokens);
  const heads: number[] = [];
  const labels: string[] = [];
  const tags: string[] = [];
  let firstRoot = -1;
  for (const [a, b] of [0, ...cuts].map((c, k) => [c, cuts[k] ?? tokens.length] as const)) {
    const s = parseAfterDateline(tokens.slice(a, b));
    s.heads.forEach((h, i) => {
      if (h >= 0) heads.push(h + a);
      else if (firstRoot < 0) { firstRoot = a + i; heads.push(-1); }
      else heads.push(firstRoot);
    });
    s.labels.forEach((l, i) => labels.push(s.heads[i]! < 0 && a > 0 ? 'parataxis' : l));
    tags.push(...s.tags);
  }
  return { heads: Int32Array.from(heads), labels, tags };
}

/** A dash that ends a dateline. */
const DATELINE_DASH = /^[–—-]$/;

/**
 * "Varenna, Saturday – The jury … gave …", "LONDON (Reuters) — …": a dateline, a place and a day
 * or an agency before a dash, opens the story's first sentence. The treebank has none, and the
 * parser, meeting one, makes the place the sentence's head and loses the clause. The clause after
 * the dash is parsed alone; the dateline hangs on its head as a loose modifier.
 */
function parseAfterDateline(part: readonly Token[]): SentenceSyntax {
  // (A dash set off by spaces: the hyphen of "Delgado-Finch" joins a name.)
  const dash = part.findIndex((t, i) => i > 0 && i <= 8 && DATELINE_DASH.test(t.text) && t.start > part[i - 1]!.end && part[i + 1]?.start !== t.end);
  const dated = dash > 0 && /^\p{Lu}/u.test(part[0]!.text) && part.slice(0, dash).every((t) => /^(PROPN|NUM|PUNCT)$/.test(t.pos) || (t.pos === 'NOUN' && /^\p{Lu}/u.test(t.text))) &&
    part.slice(dash + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX') && part.length - dash > 3;
  if (!dated) return parseAroundQuotes(part);
  const clause = parseAroundQuotes(part.slice(dash + 1));
  const root = clause.heads.indexOf(-1) + dash + 1;
  const heads: number[] = [], labels: string[] = [], tags: string[] = [];
  part.slice(0, dash + 1).forEach((t, i) => {
    heads.push(i === 0 ? root : i === dash ? root : 0);
    labels.push(i === 0 ? 'dep' : t.pos === 'PUNCT' ? 'punct' : 'flat');
    tags.push(t.pos);
  });
  clause.heads.forEach((h, i) => {
    heads.push(h < 0 ? -1 : h + dash + 1);
    labels.push(clause.labels[i]!);
    tags.push(clause.tags[i]!);
  });
  return { heads: Int32Array.from(heads), labels, tags };
}

/** A quotation mark on its own (not the apostrophe of "'s", a token of its own too). */
const QUOTE_MARK = /^[“”"‘’']$/;

/**
 * "said his team had “lost their discipline”", "urged ministers to “think again”": a quotation
 * opened inside a verb group, between an auxiliary (or "to") and its verb. The treebank has
 * almost none, and the parser, meeting one, splits the verb group into two clauses. The mark
 * says where the quoted words begin, nothing of the grammar: the sentence is parsed without it,
 * and the mark hangs on the word it opens.
 */
function parseAroundQuotes(part: readonly Token[]): SentenceSyntax {
  const inside = part.map((t, i) => QUOTE_MARK.test(t.text) && i > 0 && (part[i - 1]!.pos === 'AUX' || part[i - 1]!.lower === 'to') && !!part[i + 1]?.isWord);
  if (!inside.some(Boolean)) return parseAppositivesAside(part);
  const kept: number[] = [];
  inside.forEach((q, i) => { if (!q) kept.push(i); });
  const { heads, labels, tags } = spreadOver(parseAppositivesAside(kept.map((i) => part[i]!)), kept, part.length);
  inside.forEach((q, i) => {
    if (!q) return;
    heads[i] = i + 1;
    labels[i] = 'punct';
    tags[i] = 'PUNCT';
  });
  return { heads, labels, tags };
}

/** Word classes a description set off by commas may be made of ("Kestria's captain", "regional manager at the Northern Rivers Authority"). */
const DESCRIPTION_TAGS = /^(DET|ADJ|NOUN|PROPN|PART|ADP|NUM)$/;
/** What may follow an aside inside its clause: the clause goes on with a verb, a phrase or an adverb. */
const AFTER_ASIDE = /^(AUX|VERB|ADP|ADV|SCONJ|PART)$/;

/**
 * "The champion, Ivan Sokol, was beaten by the challenger, Petra Lind, in the final round",
 * "Leon Varga, Kestria's captain, fell to Ørsted": a name after a description, or a short
 * description after a name, set off by commas inside a clause. The treebank has few such
 * asides stacked in one clause, and the parser, meeting them, loses the clause (the name made
 * its root, the verb a complement). Each aside is parsed on its own and hung on the word before
 * it as its apposition; the clause is parsed without it.
 */
function parseAppositivesAside(part: readonly Token[]): SentenceSyntax {
  const asides: Array<{ open: number; close: number }> = [];
  for (let open = 1; open < part.length; open++) {
    if (part[open]!.text !== ',') continue;
    const close = part.findIndex((t, k) => k > open && t.text === ',');
    if (close < 0 || close - open < 2 || close - open > 8 || !AFTER_ASIDE.test(part[close + 1]?.pos ?? '')) continue;
    const inner = part.slice(open + 1, close);
    const before = part[open - 1]!;
    // (Not before a relative clause, which tells of the name: "the director, Dr Anneliese
    // Brückner, under whom Ferrier studied".)
    if (part.slice(close + 1, close + 3).some((t) => /^(who|whom|whose|which|that)$/.test(t.lower))) continue;
    // A name after a description of a person or a body ("the challenger", "the airline"), the
    // description opening its phrase ("Having mentored him early in his career, Ibarra, …" has
    // none; in "Rask, its leader, Marten Holby, told" the description is itself an aside).
    let start = open - 1;
    while (start > 0 && (/^(DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(part[start - 1]!.pos) || POSSESSIVE_DETERMINERS.has(part[start - 1]!.lower))) start--;
    // (A definite one, "the champion", "the band's manager": "as a junior, Lena Brandt, now …"
    // describes no one named after it.)
    const definite = part[start]!.lower === 'the' || POSSESSIVE_DETERMINERS.has(part[start]!.lower) || part.slice(start, open).some((t) => t.lower === "'s" || t.pos === 'PROPN');
    const nameOnly = inner.every((t) => t.pos === 'PROPN') && before.pos === 'NOUN' && namesPeople(before.lemma) && definite && part[start - 1]?.text !== ',';
    // A description of a person or a body after a name ("Kestria's captain", "regional manager
    // at the Northern Rivers Authority"): its head is the last noun before any phrase of its own.
    const ofOwn = inner.findIndex((t) => t.pos === 'ADP');
    const head = [...inner.slice(0, ofOwn < 0 ? inner.length : ofOwn)].reverse().find((t) => t.pos === 'NOUN');
    const described = before.pos === 'PROPN' && inner.every((t) => DESCRIPTION_TAGS.test(t.pos)) && !!head && namesPeople(head.lemma) &&
      inner[inner.length - 1]!.pos !== 'ADP' && inner[0]!.pos !== 'ADP';
    if (!nameOnly && !described) continue;
    asides.push({ open, close });
    open = close;
  }
  if (asides.length === 0) return parseHyphenChainsWhole(part);
  // Only the asides the whole sentence's parse misread: where it hung the aside on the word
  // before it, and that word on the clause (not made the sentence's head, its verb a
  // complement of something after: "The band's manager, Rick Olsen, was sacked by …"), its
  // reading stands.
  const whole = parseHyphenChainsWhole(part);
  const readRight = ({ open, close }: { open: number; close: number }) => {
    const top = Array.from({ length: close - open - 1 }, (_v, k) => open + 1 + k).filter((i) => whole.heads[i]! <= open || whole.heads[i]! >= close);
    if (top.length !== 1) return false;
    const anchor = whole.heads[top[0]!]!;
    return whole.labels[top[0]!] === 'appos' && anchor < open && anchor >= open - 6 && whole.heads[anchor]! >= 0;
  };
  const misread = asides.filter((a) => !readRight(a));
  if (misread.length === 0) return whole;
  const aside = new Array<boolean>(part.length).fill(false);
  for (const { open, close } of misread) for (let k = open; k <= close; k++) aside[k] = true;
  const kept = part.map((_t, i) => i).filter((i) => !aside[i]);
  const { heads, labels, tags } = spreadOver(parseHyphenChainsWhole(kept.map((i) => part[i]!)), kept, part.length);
  for (const { open, close } of misread) {
    // The word the aside describes: the head of the phrase ending before it.
    let anchor = open - 1;
    // ("Her chief of staff, Derek Hale,": the phrase's head, past its "of" phrase.)
    while (/^(flat|compound|nmod)$/.test(labels[anchor]!) && heads[anchor]! >= 0 && heads[anchor]! < anchor && /^(NOUN|PROPN)$/.test(tags[heads[anchor]!]!)) anchor = heads[anchor]!;
    const inner = parseHyphenChainsWhole(part.slice(open + 1, close));
    inner.heads.forEach((h, k) => {
      const i = open + 1 + k;
      heads[i] = h < 0 ? anchor : open + 1 + h;
      labels[i] = h < 0 ? 'appos' : inner.labels[k]!;
      tags[i] = inner.tags[k]!;
    });
    const root = open + 1 + inner.heads.indexOf(-1);
    for (const c of [open, close]) { heads[c] = root; labels[c] = 'punct'; tags[c] = 'PUNCT'; }
  }
  return { heads, labels, tags };
}

/**
 * "a trial of pay-as-you-go ticketing", "the cost-of-living crisis", "state-of-the-art trains":
 * three or more words joined by hyphens, with no space, make one describing word. The tokenizer
 * splits them and the parser, meeting a clause's worth of words ("you go"), reads one, which
 * derails the sentence's tree. Each chain is parsed as a single adjective standing where its
 * last word stands; its other words and hyphens then hang on that word.
 */
function parseHyphenChainsWhole(part: readonly Token[]): SentenceSyntax {
  const parse = (p: readonly Token[]) => repairParse(analyseSentence(parserModel(), p), p.map((t) => t.lower));
  const lastOf = new Array<number>(part.length).fill(-1);
  const suspended: number[] = [];
  const chainEnd = (i: number) => {
    let k = i;
    while (part[k + 2]?.isWord && part[k + 1]!.text === '-' && part[k]!.end === part[k + 1]!.start && part[k + 1]!.end === part[k + 2]!.start) k += 2;
    return k;
  };
  for (let i = 0; i < part.length; i++) {
    const k = chainEnd(i);
    // A first part left hanging before a coordinator shares the second's last word ("London- and
    // Casablanca-listed Atlas Ridge", "short- and long-term loans"): it is parsed as absent, then
    // hung on the second part as its conjunct.
    if (k === i && part[i]!.isWord && part[i + 1]?.text === '-' && part[i]!.end === part[i + 1]!.start && /^(and|or|to)$/.test(part[i + 2]?.lower ?? '') && part[i + 3]?.isWord && chainEnd(i + 3) > i + 3) {
      suspended.push(i);
      i += 2;
      continue;
    }
    if (!part[i]!.isWord || k - i < 4) continue;
    for (let j = i; j <= k; j++) lastOf[j] = k;
    i = k;
  }
  if (!lastOf.some((k) => k >= 0) && suspended.length === 0) return parse(part);
  const left = new Set(suspended.flatMap((i) => [i, i + 1, i + 2]));
  const kept = part.map((_t, i) => i).filter((i) => !left.has(i) && (lastOf[i]! < 0 || lastOf[i] === i));
  const chainText = (k: number) => part.slice(part.findIndex((_t, j) => lastOf[j] === k), k + 1).map((t) => t.text).join('');
  const reduced = kept.map((i) => {
    if (lastOf[i]! < 0) return part[i]!;
    const text = chainText(i);
    const lower = text.toLowerCase();
    return { ...part[i]!, text, lower, norm: lower, lemma: lower, pos: 'ADJ' };
  });
  const { heads, labels, tags } = spreadOver(parse(reduced), kept, part.length);
  part.forEach((t, i) => {
    const k = lastOf[i]!;
    if (k < 0 || k === i) return;
    heads[i] = k;
    labels[i] = t.isWord ? 'compound' : 'punct';
    tags[i] = t.isWord ? tags[k]! : 'PUNCT';
  });
  for (const i of suspended) {
    [heads[i], labels[i], tags[i]] = [i + 3, 'conj', tags[i + 3]!];
    [heads[i + 1], labels[i + 1], tags[i + 1]] = [i, 'punct', 'PUNCT'];
    [heads[i + 2], labels[i + 2], tags[i + 2]] = [i, 'cc', 'CCONJ'];
  }
  return { heads, labels, tags };
}

/**
 * The parse of some of a sentence's words (`kept`: their indices in the whole, in order) laid out
 * over the whole sentence of `length` words, heads renumbered; the words left out are for the
 * caller to hang.
 */
function spreadOver(s: SentenceSyntax, kept: readonly number[], length: number): { heads: Int32Array; labels: string[]; tags: string[] } {
  const heads = new Int32Array(length);
  const labels = new Array<string>(length);
  const tags = new Array<string>(length);
  kept.forEach((i, k) => {
    const h = s.heads[k]!;
    heads[i] = h < 0 ? -1 : kept[h]!;
    labels[i] = s.labels[k]!;
    tags[i] = s.tags[k]!;
  });
  return { heads, labels, tags };
}

/** A pair's parses, each made on its first request (pairs whose rules need no parse are not parsed). */
export interface PairSyntax {
  readonly rewrite: () => SentenceSyntax;
  readonly source: () => SentenceSyntax;
}

export function pairSyntax(rewrite: readonly Token[], sources: readonly (readonly Token[])[]): PairSyntax {
  let r: SentenceSyntax | undefined;
  let s: SentenceSyntax | undefined;
  return { rewrite: () => (r ??= syntaxOf(rewrite)), source: () => (s ??= syntaxOfSentences(sources)) };
}

/**
 * The parses of several sentences laid end to end, as one tree list over their concatenated
 * tokens (the pair context's `sTok`): heads are shifted into the concatenated numbering.
 */
const joined = new WeakMap<readonly Token[], SentenceSyntax>();

export function syntaxOfSentences(sentences: readonly (readonly Token[])[]): SentenceSyntax {
  if (sentences.length === 1) return syntaxOf(sentences[0]!);
  // Remembered by the first sentence's token list while the others are the same ones.
  const hit = joined.get(sentences[0]!);
  if (hit && hit.heads.length === sentences.reduce((n, t) => n + t.length, 0) && (hit as JoinedSyntax).parts === sentences.length) return hit;
  const made = join(sentences);
  joined.set(sentences[0]!, made);
  return made;
}

interface JoinedSyntax extends SentenceSyntax { readonly parts: number }

function join(sentences: readonly (readonly Token[])[]): JoinedSyntax {
  const heads: number[] = [];
  const labels: string[] = [];
  const tags: string[] = [];
  let offset = 0;
  for (const tokens of sentences) {
    const s = syntaxOf(tokens);
    s.heads.forEach((h) => heads.push(h < 0 ? -1 : h + offset));
    labels.push(...s.labels);
    tags.push(...s.tags);
    offset += tokens.length;
  }
  return { heads: Int32Array.from(heads), labels, tags, parts: sentences.length };
}
