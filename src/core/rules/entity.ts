// `entity`: a person, organisation, place or group that differs from the source's
// ("Portugal" vs "Spain", "Acme's chairman" vs "Globex's chairman", "adults" vs "children").
import { mayMeanTheSame } from '../wordnet';
import { claim, replacement, spanOf, type PairContext, type PairRule, type RawFinding } from '../context';
import { PEOPLE_GROUPS } from '../lexicon';
import { matchKey } from '../tokenAlign';
import { abbreviates, entitySupported, findEntities, midSentenceCapitals, squeeze, type EntityMention } from '../mentions/entities';
import { compareMentions } from './pairMentions';
import type { Token } from '../tokens';
import { offsetFree } from '../offsetFree';

/** Both texts written without capitals (as some wire feeds and research sets are). */
function lowercase(ctx: PairContext): boolean {
  return ctx.memo('lowercase', () => !/\p{Lu}/u.test(ctx.source.prose) && !/\p{Lu}/u.test(ctx.rewrite.prose));
}

function knownNames(ctx: PairContext): Set<string> {
  return ctx.memo('known-names', () => new Set([...midSentenceCapitals(ctx.source.sentences), ...midSentenceCapitals(ctx.rewrite.sentences)]));
}

function sourceDocEntities(ctx: PairContext): { entities: EntityMention[]; words: Set<string>; squeezed: string } {
  return ctx.memo('source-entities', () => ({
    squeezed: squeeze(ctx.source.prose),
    entities: ctx.source.sentences.flatMap((s) => findEntities(s.tokens, knownNames(ctx), lowercase(ctx))),
    words: new Set(ctx.source.sentences.flatMap((s) => s.tokens.map((t) => t.norm.replace(/\.$/, '')))),
  }));
}

/**
 * Two names that are both parts of one full name the source gives ("Tevita" and "Mahe" of "prop
 * forward Tevita Mahe"): one person, called by first name in one text and by surname in the
 * other. (The source's names only: the draft's other sentences are not in a cached pair's key.)
 */
function partsOfOneName(ctx: PairContext, r: EntityMention, s: EntityMention): boolean {
  if (r.words.some((w) => s.words.includes(w))) return false;
  const longer = Math.max(r.words.length, s.words.length);
  // Only the source's full names that hold r's first word can hold all of r's words.
  const names = r.words.length > 0 ? sourceNamesByWord(ctx).get(r.words[0]!) ?? [] : sourceDocEntities(ctx).entities.map((e) => e.words);
  return names.some((words) => words.length > longer && r.words.every((w) => words.includes(w)) && s.words.every((w) => words.includes(w)));
}

/**
 * The source's names of two words or more, each distinct one once, by each of their words: the
 * question above was asked of every source name for every pair of names compared, and a long
 * source names the same people again and again (a profile of the 6,000-word pair showed it
 * among the engine's top functions).
 */
function sourceNamesByWord(ctx: PairContext): Map<string, (readonly string[])[]> {
  return ctx.memo('source-names-by-word', () => {
    const byWord = new Map<string, (readonly string[])[]>();
    const seen = new Set<string>();
    for (const e of sourceDocEntities(ctx).entities) {
      if (e.words.length < 2) continue;
      const key = e.words.join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      for (const w of new Set(e.words)) {
        let list = byWord.get(w);
        if (!list) byWord.set(w, (list = []));
        list.push(e.words);
      }
    }
    return byWord;
  });
}

export const entityRule: PairRule = (ctx) => {
  const rw = findEntities(ctx.rTok, knownNames(ctx), lowercase(ctx));
  const src = findEntities(ctx.sTok, knownNames(ctx), lowercase(ctx));
  const pairWords = wordsOf(ctx.sTok);
  const rewriteWords = wordsOf(ctx.rTok);
  const findings = compareMentions(ctx, {
    kind: 'entity',
    label: 'Name',
    rewrite: rw,
    source: src,
    agree: (r, s) => entitySupported(r, [s], wordSetOf(s)) || partsOfOneName(ctx, r, s),
    // An abbreviation of words the source spells out ("FOB" for "free on board") names nothing new.
    // (Or anywhere in the source, where the rewrite sets it out as such: "an urgent treatment
    // centre (UTC)" for the source's "an urgent treatment centre", then "the UTC".)
    supported: (r) => entitySupported(r, src, pairWords, squeeze(ctx.sources.map((s) => ctx.source.prose.slice(s.start, s.end)).join(' '))) ||
      (r.first === r.last && (ctx.sTok.some((_t, at) => abbreviates(ctx.rTok[r.first]!, ctx.sTok, at)) || abbreviationSetOut(ctx, ctx.rTok[r.first]!))),
    comparable: (_r, s) => !entitySupported(s, rw, rewriteWords),
    inSourceDocument: (r) => {
      const doc = sourceDocEntities(ctx);
      return entitySupported(r, doc.entities, doc.words, doc.squeezed);
    },
    namesakeElsewhere: (r) => {
      // A source name sharing a word with this one, that the rewrite itself never uses.
      const located = ctx.memo('source-entities-located', () => ctx.source.sentences.flatMap((s) =>
        findEntities(s.tokens, knownNames(ctx), lowercase(ctx)).map((e) => ({ e, span: spanOf(s.tokens.slice(e.first, e.last + 1)) }))));
      // Not when the shared words are a name the rewrite uses on its own elsewhere: "Lunsford Bay
      // Secondary School" beside "in Lunsford Bay" is a new place in a known town, not a renamed
      // "Municipality of Lunsford Bay".
      const standalone = ctx.memo('rewrite-entity-names', () => new Set(ctx.rewrite.sentences.flatMap((x) =>
        findEntities(x.tokens, knownNames(ctx), lowercase(ctx)).map((m) => m.words.join(' ')))));
      const hits = located.filter(({ e }) => e.words.some((w) => r.words.includes(w)) && !e.words.every((w) => r.words.includes(w)) &&
        !entitySupported(e, rw, rewriteWords) && !standalone.has(e.words.filter((w) => r.words.includes(w)).join(' ')));
      return hits.length > 0 && hits.every((h) => h.e.words.join(' ') === hits[0]!.e.words.join(' ')) ? hits[0]!.span : null;
    },
  });
  findings.push(...groupSwaps(ctx));
  return findings;
};

/**
 * Whether the rewrite sets out `short` as the initials of words before it in brackets, "an
 * urgent treatment centre (UTC)", words the source tells in that order: it names what the
 * source does. (Read over the rewrite and the source once, for the abbreviations set out.)
 */
function abbreviationSetOut(ctx: PairContext, short: Token): boolean {
  const setOut = ctx.memo('rewrite-abbreviations-set-out', () => {
    const out = new Set<string>();
    for (const s of ctx.rewrite.sentences) {
      s.tokens.forEach((t, i) => {
        const n = t.text.length;
        if (s.tokens[i - 1]?.text !== '(' || s.tokens[i + 1]?.text !== ')' || i - 1 - n < 0 || !abbreviates(t, s.tokens, i - 1 - n)) return;
        const words = s.tokens.slice(i - 1 - n, i - 1).map((x) => x.lower);
        if (ctx.source.sentences.some((x) => x.tokens.some((_y, at) => x.tokens.slice(at, at + n).every((y, j) => y.lower === words[j])))) out.add(t.text);
      });
    }
    return out;
  });
  return setOut.has(short.text);
}

/**
 * A sentence's words (norms less a final full stop), one set by the offset-free token list: what
 * entitySupported remembers by the set it is given (name stems, pertainyms) then holds for every
 * pair the sentence is in.
 */
function wordsOf(tokens: readonly Token[]): ReadonlySet<string> {
  const own = offsetFree(tokens);
  let words = wordSetsByTokens.get(own);
  if (!words) wordSetsByTokens.set(own, (words = new Set(own.map((t) => t.norm.replace(/\.$/, '')))));
  return words;
}

const wordSetsByTokens = new WeakMap<readonly Token[], ReadonlySet<string>>();

/** A sentence's matching keys and words, by its offset-free token list (groupSwaps asks for both sentences of every pair). */
function matchKeysOf(tokens: readonly Token[]): ReadonlySet<string> {
  const own = offsetFree(tokens);
  let keys = matchKeySets.get(own);
  // (And the words themselves: "Children" opening a table's row is tagged a name, whose lemma is
  // the word, where the source's "children" is the noun "child".)
  if (!keys) matchKeySets.set(own, (keys = new Set([...own.map(matchKey), ...own.map((t) => t.lower)])));
  return keys;
}

const matchKeySets = new WeakMap<readonly Token[], ReadonlySet<string>>();

/**
 * A mention's words as a set, one set for the mention (mentions are kept by their sentence's
 * token list: findEntities): what entitySupported remembers by the set it is given (the words'
 * name stems, their pertainyms) is then worked out once for the mention, not for every name it
 * is compared with.
 */
function wordSetOf(m: EntityMention): ReadonlySet<string> {
  let set = wordSets.get(m);
  if (!set) wordSets.set(m, (set = new Set(m.words)));
  return set;
}

const wordSets = new WeakMap<EntityMention, ReadonlySet<string>>();

/** "adults" -> "children": a group of people replaced by another in the same stretch. */
function groupSwaps(ctx: PairContext): RawFinding[] {
  const out: RawFinding[] = [];
  // matchKey: a capitalised "Teachers" opening a sentence is left unlemmatised by the tagger.
  const sLemmas = matchKeysOf(ctx.sTok);
  const rLemmas = matchKeysOf(ctx.rTok);
  const group = (k: string) => PEOPLE_GROUPS.has(k) || k === 'children' || k === 'men' || k === 'women';
  // A group is plural: "a 39-year-old woman" for "a former employee" describes one person
  // another way, it does not swap one group for another.
  const plural = (t: Token) => t.lower !== t.lemma || /^(children|men|women|people|staff|police)$/.test(t.lower);
  for (const h of ctx.match.hunks) {
    const rGroup = h.r.find((i) => group(matchKey(ctx.rTok[i]!)) && plural(ctx.rTok[i]!) && !sLemmas.has(matchKey(ctx.rTok[i]!)) && !ctx.claimed.has(i));
    const sGroup = h.s.find((i) => group(matchKey(ctx.sTok[i]!)) && plural(ctx.sTok[i]!) && !rLemmas.has(matchKey(ctx.sTok[i]!)));
    if (rGroup === undefined || sGroup === undefined) continue;
    // "students" / "pupils": one group by two names (a WordNet synonym, or a localised spelling of one).
    if (mayMeanTheSame(matchKey(ctx.sTok[sGroup]!), matchKey(ctx.rTok[rGroup]!))) continue;
    claim(ctx, [rGroup]);
    out.push(replacement(ctx, 'entity', 'Group', spanOf([ctx.rTok[rGroup]!]), spanOf([ctx.sTok[sGroup]!])));
  }
  return out;
}
