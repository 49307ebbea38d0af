// `roles-swapped` told by descriptions: a named party described as one side of a relation in
// the source and as the other side in the rewrite ("Tamsin Grove Partners, the seller" /
// "Tamsin Grove Partners, the buyer"; "the lender, Eastgate Savings" / "the borrower, Eastgate
// Savings"). The two descriptions name the parties of one relation (wordnet.ts
// areConverseParties: opposites, or the doers of converse verbs), so the party changed sides
// whatever verb the sentence has. The negation rule reads such a pair where it stands in one
// replaced stretch; this rule reads it by the name it describes, wherever the words stand.
// Two named people who exchanged their descriptions ("Ashcroft, the chair, told Lenz, the
// permanent secretary" / "Ashcroft, the permanent secretary, told the chair, Lenz") are swapped too.
import { claim, q, type PairRule, type RawFinding } from '../context';
import { swapFinding } from './rolesSwapped';
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

/**
 * Every name with a noun phrase set off beside it by commas, read from the words (the parser
 * often takes such a phrase for a subject or an object): "Olav Dahl, its chairman," and "the
 * club's treasurer, Anna Berg,". The noun is the phrase's last word.
 */
function namesBesideDescriptions(tokens: readonly Token[]): DescribedName[] {
  const out: DescribedName[] = [];
  const describer = (t: Token) => /^(DET|ADJ|NOUN|PROPN|PART)$/.test(t.pos) || /^(its|his|her|their)$/.test(t.lower);
  for (let a = 0; a < tokens.length; a++) {
    if (tokens[a]!.pos !== 'PROPN' || tokens[a - 1]?.pos === 'PROPN') continue;
    let b = a;
    while (tokens[b + 1]?.pos === 'PROPN') b++;
    const name = tokens.slice(a, b + 1).map((t) => t.lemma);
    // After the name: ", the club's treasurer,".
    if (tokens[b + 1]?.text === ',' && /^(the|its|his|her|their|a)$/.test(tokens[b + 2]?.lower ?? '')) {
      let e = b + 2;
      while (tokens[e + 1] && describer(tokens[e + 1]!)) e++;
      if (tokens[e]!.pos === 'NOUN' && /^[,.;]$/.test(tokens[e + 1]?.text ?? '')) out.push({ names: new Set(name), noun: e, tokens: [...range(a, b), e] });
    }
    // Before it: "the club's treasurer, Anna Berg".
    if (tokens[a - 1]?.text === ',' && tokens[a - 2]?.pos === 'NOUN') {
      let f = a - 2;
      while (f > 0 && describer(tokens[f - 1]!) && tokens[f - 1]!.text !== ',') f--;
      if (/^(the|its|his|her|their)$/.test(tokens[f]!.lower) && (tokens[b + 1]?.text ?? ',') === ',') out.push({ names: new Set(name), noun: a - 2, tokens: [a - 2, ...range(a, b)] });
    }
    a = b;
  }
  return out;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_v, k) => a + k);
}

export const describedPartiesRule: PairRule = (ctx) => {
  const out: RawFinding[] = [];
  // "Dame Fiona Ashcroft, the committee's chair, told Tobias Lenz, the permanent secretary" /
  // "Ashcroft, the permanent secretary, told the chair, Tobias Lenz": two named people who
  // exchanged their descriptions.
  const nounOf = (tokens: readonly Token[], d: DescribedName) => tokens[d.noun]!.lemma;
  // (Read from the words alone: the descriptions stand beside their names, and no parse is
  // needed to see them.)
  const rBeside = namesBesideDescriptions(ctx.rTok);
  const sBeside = rBeside.length > 1 ? namesBesideDescriptions(ctx.sTok) : [];
  for (const r1 of rBeside) {
    const s1 = sBeside.find((x) => nested(x.names, r1.names));
    if (!s1 || nounOf(ctx.sTok, s1) === nounOf(ctx.rTok, r1) || r1.tokens.some((k) => ctx.claimed.has(k))) continue;
    const r2 = rBeside.find((y) => !nested(y.names, r1.names) && nounOf(ctx.rTok, y) === nounOf(ctx.sTok, s1));
    const s2 = r2 && sBeside.find((x) => !nested(x.names, s1.names) && nested(x.names, r2.names) && nounOf(ctx.sTok, x) === nounOf(ctx.rTok, r1));
    if (!r2 || !s2) continue;
    claim(ctx, r2.tokens);
    out.push(swapFinding(ctx, r1.tokens, s1.tokens, `the two people's descriptions, ${q(ctx.sTok[s1.noun]!.text)} and ${q(ctx.sTok[s2.noun]!.text)}, are exchanged`));
  }
  // Cheap test before parsing: a person noun in each text that names the other side of one in the other.
  const people = (toks: readonly Token[]) => [...new Set(toks.filter((t) => t.pos === 'NOUN').map((t) => t.lemma))];
  const rPeople = people(ctx.rTok);
  const sPeople = people(ctx.sTok);
  if (!rPeople.some((r) => sPeople.some((s) => areConverseParties(s, r)))) return out;
  const sDescribed = describedNames(ctx.sTok, ctx.syntax.source());
  for (const r of describedNames(ctx.rTok, ctx.syntax.rewrite())) {
    if (r.tokens.some((i) => ctx.claimed.has(i))) continue;
    const s = sDescribed.find((x) => nested(x.names, r.names) && areConverseParties(ctx.sTok[x.noun]!.lemma, ctx.rTok[r.noun]!.lemma));
    if (!s) continue;
    out.push(swapFinding(ctx, r.tokens, s.tokens, `${q(ctx.sTok[s.noun]!.text)} and ${q(ctx.rTok[r.noun]!.text)} are the two sides of one relation`));
    // (The other party, described the other way round too, is the same swap.)
    break;
  }
  return out;
};
