// A ranking reversed: "The Rhinos made more tackles than the Miners" / "the Rhinos made fewer
// tackles than the Miners", "Severnside received more complaints than Eastgate Water" /
// "Eastgate Water's complaint total was higher than that of Severnside". Each side's comparisons
// (syntax/comparisons.ts) are matched by their parties: the same two parties in the same order on
// opposite scale words, or in the other order on the same one, rank them the other way round
// (a roles swap). The other order on opposite words ("more than the Miners" / "the Miners made
// fewer") says the same and stays quiet.
import { claim, type PairRule, type RawFinding } from '../context';
import { areAntonyms } from '../lexicon';
import { comparisonsIn, mayCompare, type Comparison } from '../syntax/comparisons';
import { mayMeanTheSame } from '../wordnet';
import { swapFinding } from './rolesSwapped';

const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((w) => b.has(w));

/** The two scale words say the same direction (+1), the opposite (-1), or cannot be told apart (0). */
function direction(r: Comparison, s: Comparison): -1 | 0 | 1 {
  if (r.polarity !== 0 && s.polarity !== 0) return r.polarity === s.polarity ? 1 : -1;
  if (r.lemma === s.lemma || mayMeanTheSame(r.lemma, s.lemma)) return 1;
  return areAntonyms(r.lemma, s.lemma) ? -1 : 0;
}

export const comparisonRule: PairRule = (ctx) => {
  // (Asked before either side is parsed: most pairs compare nothing.)
  if (!mayCompare(ctx.rTok) || !mayCompare(ctx.sTok)) return [];
  const rewrite = comparisonsIn(ctx.rTok, ctx.syntax.rewrite());
  if (rewrite.length === 0) return [];
  const source = comparisonsIn(ctx.sTok, ctx.syntax.source());
  const out: RawFinding[] = [];
  for (const r of rewrite) {
    for (const s of source) {
      // (Parties that share words on both sides, "Kestrel's sales" / "Kestrel", tell no order.)
      const same = shares(r.first, s.first) && shares(r.second, s.second);
      const crossed = shares(r.first, s.second) && shares(r.second, s.first);
      if (same === crossed) continue;
      const dir = direction(r, s);
      if (dir === 0 || (same && dir === 1)) continue;
      const rIdx = Array.from({ length: r.to - r.from + 1 }, (_v, k) => r.from + k);
      if (rIdx.some((i) => ctx.claimed.has(i))) continue;
      // (The same ranking told from the other party: its words are this rule's, not a swap of
      // doers or a scope word for the other rules to read.)
      // (Only the scale word and the first party: the second may take part in another act the
      // rewrite does change, "…than the Ridgeway hospital, which also handles more cases".)
      if (crossed && dir === -1) { claim(ctx, rIdx.filter((i) => i <= r.degree)); break; }
      out.push(swapFinding(ctx, rIdx, [s.from, s.to], 'the rewrite ranks the two parties the other way round'));
      break;
    }
  }
  return out;
};
