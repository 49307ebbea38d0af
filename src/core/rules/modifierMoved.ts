// `roles-swapped`, for attributes: a describing word moved from one thing to another thing
// that both texts name ("sparse orchestral music and colourless sounds" / "colourless music
// and sparse orchestral sounds", "the state-owned bank and the private insurer" / "the
// private bank and the state-owned insurer"). Read from the parses, phrase by phrase: a word
// before a noun in the rewrite that the source puts, word for word, before another noun the
// rewrite also names, and never in a phrase with this one. Phrases are compared whole, so a
// parse that hangs "national" from "weather" in one text and from "service" in the other
// ("national weather service") changes nothing.
import { claim, q, spanOf, textOf, type PairContext, type PairRule, type RawFinding } from '../context';
import { SYMMETRIC_RELATIONS } from '../lexicon';
import { isContentToken } from '../terms';
import { mayMeanTheSame, nounFile } from '../wordnet';
import type { Token } from '../tokens';
import type { SentenceSyntax } from '../syntax/index';
import { dependentsOf, markedBy, subtreeOf } from '../syntax/tree';

const MODIFIER = /^(amod|compound)$/;
const NOUN = new Set(['NOUN', 'PROPN']);
/**
 * A phrase's inner links: the words of one noun phrase before its head. (Not an owner's: a word
 * before an owner describes the owner, "last winter's record", "the old man's car".)
 */
const INNER = /^(amod|compound|flat|nummod|det)$/;

interface Described {
  readonly modifier: number;
  /** The noun the phrase is about: its last noun. */
  readonly head: number;
  /** Lemmas of the phrase's words, modifier to head. */
  readonly words: ReadonlySet<string>;
  /** The noun the phrase is "of", if any ("spell" in "a spell of hot weather"). */
  readonly of: string | null;
}

function described(tokens: readonly Token[], syn: SentenceSyntax): Described[] {
  const out: Described[] = [];
  syn.heads.forEach((h, d) => {
    if (h <= d || !MODIFIER.test(syn.labels[d]!) || !isContentToken(tokens[d]!) || !NOUN.has(syn.tags[h]!)) return;
    // Names are one name ("Tommy Lee", "Meridian Rail Systems"), and a hyphenated word one word.
    if (syn.tags[d] === 'PROPN' || /^\p{Lu}/u.test(tokens[d]!.text)) return;
    if (tokens[d + 1]?.text === '-' || tokens[d - 1]?.text === '-') return;
    let head = h;
    // A noun on a noun on a noun ("campaign group director", "hospital finance director")
    // describes the noun next to it: the director is the campaign group's, not a campaign director.
    const stacked = syn.labels[d] === 'compound' && syn.tags[d] === 'NOUN' && syn.labels[h] === 'compound' && syn.tags[h] === 'NOUN';
    while (!stacked && INNER.test(syn.labels[head]!) && syn.heads[head]! > head && NOUN.has(syn.tags[syn.heads[head]!]!)) head = syn.heads[head]!;
    if (head - d > 4 || tokens[head + 1]?.text === '-' || tokens[head - 1]?.text === '-') return;
    // The phrase with what it is of: "a customizable suite of packages" describes the packages too.
    const words = new Set(tokens.slice(d, head + 1).map((t) => t.lemma));
    for (const k of dependentsOf(syn, head, /^nmod$/)) if (NOUN.has(syn.tags[k]!)) words.add(tokens[k]!.lemma);
    const host = syn.heads[head]!;
    const of = host >= 0 && syn.labels[head] === 'nmod' && NOUN.has(syn.tags[host]!) && markedBy(syn, tokens, head, 'of') ? tokens[host]!.lemma : null;
    out.push({ modifier: d, head, words, of });
  });
  return out;
}

export const modifierMovedRule: PairRule = (ctx) => {
  const rSyn = ctx.syntax.rewrite();
  const rDesc = described(ctx.rTok, rSyn);
  if (rDesc.length === 0) return [];
  const sSyn = ctx.syntax.source();
  const sDesc = described(ctx.sTok, sSyn);
  const rNouns = new Set(ctx.rTok.filter((_t, i) => NOUN.has(rSyn.tags[i]!)).map((t) => t.lemma));
  const sNouns = new Set(ctx.sTok.filter((_t, i) => NOUN.has(sSyn.tags[i]!)).map((t) => t.lemma));
  const rLemmas = new Set(ctx.rTok.map((t) => t.lemma));
  const out: RawFinding[] = [];
  for (const r of rDesc) {
    const m = ctx.rTok[r.modifier]!.lemma;
    const h = ctx.rTok[r.head]!.lemma;
    if (!sNouns.has(h) || ctx.claimed.has(r.modifier)) continue;
    // "rival Northbright" / "its rival Skyvale": each party of a symmetric relation is the other's.
    if (SYMMETRIC_RELATIONS.has(m)) continue;
    const there = sDesc.filter((s) => ctx.sTok[s.modifier]!.lemma === m);
    // The source describes this thing so too (in a phrase holding its noun), or never uses the word.
    if (there.length === 0 || there.some((s) => s.words.has(h) || r.words.has(ctx.sTok[s.head]!.lemma))) continue;
    // Or describes the noun this phrase is "of", a noun the rewrite's phrase drops: "a spell of
    // hot weather" is a hot spell. (Not "abstract subclasses of concrete classes" / "concrete
    // subclasses of abstract classes": there the phrase keeps both nouns, each with the other's word.)
    const ofThis = new Set(there.filter((s) => s.of === h).map((s) => ctx.sTok[s.head]!.lemma));
    if (ofThis.size > 0 && !subtreeOf(rSyn, r.head).some((i) => ofThis.has(ctx.rTok[i]!.lemma))) continue;
    // Whatever the parse, the source has the word right before this noun, or before a list
    // holding it ("current projects and plans"), anywhere in the document.
    if (sourceSays(ctx).has(`${m} ${h}`)) continue;
    // The thing the source describes so is named in the rewrite too, without the word; two
    // words for one kind of thing that traded places ("payment options", "coverage plans") are
    // a paraphrase.
    const from = there.find((s) => {
      const other = ctx.sTok[s.head]!.lemma;
      return rNouns.has(other) && !mayMeanTheSame(other, h) && !rDesc.some((x) => x.words.has(other) && ctx.rTok[x.modifier]!.lemma === m);
    });
    if (!from) continue;
    // A kind noun before a name ("rival firm Oakden Foods") while the rewrite gives the source's
    // party a kind noun of the same sort, in its own words ("Brightplate, a catering company"),
    // names a kind both belong to: nothing moved off that party. (WordNet's lexical file is the
    // sort: "firm" and "company" are both groups.)
    const other = ctx.sTok[from.head]!.lemma;
    if (rSyn.tags[r.modifier] === 'NOUN' && ctx.rTok.some((t, k) => rSyn.tags[k] === 'NOUN' && nounFile(t.lemma) === nounFile(m) &&
      (ctx.rTok[rSyn.heads[k]!]?.lemma === other || dependentsOf(rSyn, k).some((d) => ctx.rTok[d]!.lemma === other)))) continue;
    // "a hospital finance director" / "a finance director at a hospital trust": the word now
    // describes a noun in a phrase of the noun it described, which says as much.
    if (phraseHost(ctx.rTok, rSyn, r.head) === ctx.sTok[from.head]!.lemma) continue;
    // (And the other way round: "the copper mine in northern Chile" / "Chile's northern copper
    // mine", the word moved from the noun of a phrase of this thing onto the thing itself. Not a
    // trade, this thing's own word moved the other way: "abstract subclasses of concrete
    // classes" / "concrete subclasses of abstract classes".)
    const traded = sDesc.some((y) => ctx.sTok[y.head]!.lemma === h && rDesc.some((x) => ctx.rTok[x.modifier]!.lemma === ctx.sTok[y.modifier]!.lemma && ctx.rTok[x.head]!.lemma !== h));
    if (phraseHost(ctx.sTok, sSyn, from.head) === h && !traded) continue;
    // Reworded, not moved: the source described this thing with a word the rewrite dropped
    // ("a new pub" -> "a different pub", with "different types" -> "various types" elsewhere).
    if (sDesc.some((y) => ctx.sTok[y.head]!.lemma === h && !rLemmas.has(ctx.sTok[y.modifier]!.lemma))) continue;
    // A noun that names a kind moved onto a noun the source left bare says the kind of what
    // belongs to it ("the ski resort … its five lifts" / "its five ski lifts"); a description
    // moved between two things is a trade: the source describes this noun too.
    if (rSyn.tags[r.modifier] === 'NOUN' && !sDesc.some((y) => ctx.sTok[y.head]!.lemma === h)) continue;
    claim(ctx, [r.modifier]);
    const rSpan = spanOf([ctx.rTok[r.modifier]!, ctx.rTok[r.head]!]);
    const sSpan = spanOf([ctx.sTok[from.modifier]!, ctx.sTok[from.head]!]);
    out.push({
      kind: 'roles-swapped',
      rewrite: rSpan,
      source: sSpan,
      message: `Description moved: the source says ${q(textOf(ctx.source, sSpan))}, the rewrite gives ${q(ctx.rTok[r.modifier]!.text)} to ${q(ctx.rTok[r.head]!.text)} (${q(textOf(ctx.rewrite, rSpan))}).`,
      suggestion: null,
    });
  }
  return out;
};

/**
 * The lemma of the word whose phrase of where or whose it is the noun at `i` heads ("director"
 * for "trust" in "a director at a hospital trust"; "at", "of", "for", "in", "with", not
 * "towards"), or null.
 */
function phraseHost(tokens: readonly Token[], syn: SentenceSyntax, i: number): string | null {
  const host = syn.heads[i]!;
  const marker = dependentsOf(syn, i, /^case$/).map((k) => tokens[k]!.lower)[0] ?? '';
  return host >= 0 && /^nmod/.test(syn.labels[i]!) && /^(at|of|for|in|with)$/.test(marker) ? tokens[host]!.lemma : null;
}

/** Every "word noun" pair of the source document where the word stands at most four words before the noun. */
function sourceSays(ctx: PairContext): ReadonlySet<string> {
  return ctx.memo('source-modifier-before-noun', () => {
    const out = new Set<string>();
    for (const sentence of ctx.source.sentences) {
      const t = sentence.tokens;
      for (let i = 0; i < t.length; i++) {
        if (!t[i]!.isWord) continue;
        for (let k = i + 1; k < Math.min(t.length, i + 5); k++) out.add(`${t[i]!.lemma} ${t[k]!.lemma}`);
      }
    }
    return out;
  });
}
