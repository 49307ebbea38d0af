// `roles-swapped` told by descriptions: a named party described as one side of a relation in
// the source and as the other side in the rewrite ("Tamsin Grove Partners, the seller" /
// "Tamsin Grove Partners, the buyer"; "the lender, Eastgate Savings" / "the borrower, Eastgate
// Savings"). The two descriptions name the parties of one relation (wordnet.ts
// areConverseParties: opposites, or the doers of converse verbs), so the party changed sides
// whatever verb the sentence has. The negation rule reads such a pair where it stands in one
// replaced stretch; this rule reads it by the name it describes, wherever the words stand.
import { claim, q, spanOf, textOf, type PairRule, type RawFinding } from '../context';
import type { Token } from '../tokens';
import type { SentenceSyntax } from '../syntax';
import { nested } from '../syntax/frames';
import { dependentsOf } from '../syntax/tree';
import { areConverseParties, isPersonNoun } from '../wordnet';

interface DescribedName {
  /** The name's own words (lemmas of its PROPN tokens; never empty). One name in both texts when the shorter's are all in the longer's (frames.ts nested). */
  readonly names: ReadonlySet<string>;
  /** The describing noun's token. */
  readonly noun: number;
  /** The name's tokens and the noun's. */
  readonly tokens: readonly number[];
}

/** Every name with a person noun in apposition to it, either way round ("X, the seller", "the seller, X"). */
function describedNames(tokens: readonly Token[], syntax: SentenceSyntax): DescribedName[] {
  const out: DescribedName[] = [];
  const nameWords = (h: number): number[] => [h, ...dependentsOf(syntax, h, /^(compound|flat)/).filter((d) => tokens[d]!.pos === 'PROPN').flatMap(nameWords)];
  syntax.labels.forEach((label, d) => {
    const h = syntax.heads[d]!;
    if (label !== 'appos' || h < 0) return;
    const [name, noun] = tokens[h]!.pos === 'PROPN' && tokens[d]!.pos === 'NOUN' ? [h, d] : tokens[d]!.pos === 'PROPN' && tokens[h]!.pos === 'NOUN' ? [d, h] : [-1, -1];
    if (name < 0 || !isPersonNoun(tokens[noun]!.lemma)) return;
    const words = nameWords(name);
    out.push({ names: new Set(words.map((i) => tokens[i]!.lemma)), noun, tokens: [...words, noun] });
  });
  return out;
}

export const describedPartiesRule: PairRule = (ctx) => {
  // Cheap test before parsing: a person noun in each text that names the other side of one in the other.
  const people = (toks: readonly Token[]) => [...new Set(toks.filter((t) => t.pos === 'NOUN').map((t) => t.lemma))];
  const rPeople = people(ctx.rTok);
  const sPeople = people(ctx.sTok);
  if (!rPeople.some((r) => sPeople.some((s) => areConverseParties(s, r)))) return [];
  const sDescribed = describedNames(ctx.sTok, ctx.syntax.source());
  const out: RawFinding[] = [];
  for (const r of describedNames(ctx.rTok, ctx.syntax.rewrite())) {
    if (r.tokens.some((i) => ctx.claimed.has(i))) continue;
    const s = sDescribed.find((x) => nested(x.names, r.names) && areConverseParties(ctx.sTok[x.noun]!.lemma, ctx.rTok[r.noun]!.lemma));
    if (!s) continue;
    claim(ctx, r.tokens);
    const rSpan = spanOf(ctx.rTok.slice(Math.min(...r.tokens), Math.max(...r.tokens) + 1));
    const sSpan = spanOf(ctx.sTok.slice(Math.min(...s.tokens), Math.max(...s.tokens) + 1));
    out.push({
      kind: 'roles-swapped',
      rewrite: rSpan,
      source: sSpan,
      message: `Roles swapped: source says ${q(textOf(ctx.source, sSpan))}, rewrite says ${q(textOf(ctx.rewrite, rSpan))} (${q(ctx.sTok[s.noun]!.text)} and ${q(ctx.rTok[r.noun]!.text)} are the two sides of one relation).`,
      suggestion: null,
    });
    // (The other party, described the other way round too, is the same swap.)
    break;
  }
  return out;
};
