// `tense`: a past fact turned into a prediction, or a prediction reported as done
// ("indiscriminately compromised" vs "will randomly compromise"). Reported-speech backshift
// ("will" -> "would") is conditional, not past, so it stays quiet.
import { claim, hunkOfRewrite, q, spanOf, textOf, type PairRule, type RawFinding } from '../context';
import { findVerbGroups, groupAt, type Tense, type VerbGroup } from '../verbs';

const LABEL: Readonly<Record<Tense, string>> = {
  past: 'past', future: 'future', present: 'present', conditional: 'conditional', none: 'untensed',
};

function flipped(a: Tense, b: Tense): boolean {
  return (a === 'past' && b === 'future') || (a === 'future' && b === 'past');
}

export const tenseRule: PairRule = (ctx) => {
  const out: RawFinding[] = [];
  const rGroups = findVerbGroups(ctx.rTok);
  const sGroups = findVerbGroups(ctx.sTok);
  const usedSource = new Set<VerbGroup>();
  for (const rg of rGroups) {
    // The source verb: the same verb matched by the aligner, else a verb in the same replaced stretch.
    const sHead = ctx.match.rToS[rg.head] ?? -1;
    let sg = sHead >= 0 ? groupAt(sGroups, sHead) : undefined;
    if (!sg) {
      const hunk = hunkOfRewrite(ctx, rg.head);
      sg = hunk ? sGroups.find((g) => hunk.s.includes(g.head) && !usedSource.has(g)) : undefined;
    }
    if (!sg || !flipped(sg.tense, rg.tense)) continue;
    usedSource.add(sg);
    const rIdx = Array.from({ length: rg.head - rg.first + 1 }, (_v, k) => rg.first + k);
    if (rIdx.some((i) => ctx.claimed.has(i))) continue;
    claim(ctx, rIdx);
    const rSpan = spanOf(ctx.rTok.slice(rg.first, rg.head + 1));
    const sSpan = spanOf(ctx.sTok.slice(sg.first, sg.head + 1));
    const sText = textOf(ctx.source, sSpan);
    out.push({
      kind: 'tense',
      rewrite: rSpan,
      source: sSpan,
      message: `Tense changed: source says ${q(sText)} (${LABEL[sg.tense]}), rewrite says ${q(textOf(ctx.rewrite, rSpan))} (${LABEL[rg.tense]}).`,
      suggestion: sText,
    });
  }
  return out;
};
