// `roles-swapped`: the same action with doer and receiver exchanged ("the union sued the city"
// vs "the city sued the union"). Passive clauses are read through their "by" phrase, so an
// active/passive paraphrase with the roles kept stays quiet.
import { claim, q, spanOf, textOf, type PairRule, type RawFinding } from '../context';
import type { Token } from '../tokens';
import { findVerbGroups, type VerbGroup } from '../verbs';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/** Head of the noun phrase just before the group: the subject. */
function subjectOf(tokens: readonly Token[], g: VerbGroup): number {
  for (let k = g.first - 1; k >= 0 && g.first - k <= 4; k--) {
    const t = tokens[k]!;
    if (NOMINAL.has(t.pos)) return k;
    if (t.pos === 'ADV' || t.text === ',') continue;
    return -1;
  }
  return -1;
}

/** Head of the noun phrase after a position: the last noun of the run that starts there. */
function nounAfter(tokens: readonly Token[], from: number): number {
  let head = -1;
  for (let k = from; k < tokens.length && k - from <= 5; k++) {
    const t = tokens[k]!;
    if (NOMINAL.has(t.pos)) head = k;
    else if (head >= 0) break;
    else if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && t.lower !== "'s") return -1;
  }
  return head;
}

interface Roles { agent: number; patient: number }

function rolesOf(tokens: readonly Token[], g: VerbGroup): Roles | null {
  const subject = subjectOf(tokens, g);
  if (subject < 0) return null;
  if (g.passive) {
    if (tokens[g.head + 1]?.lower !== 'by') return null;
    const agent = nounAfter(tokens, g.head + 2);
    return agent >= 0 ? { agent, patient: subject } : null;
  }
  const object = nounAfter(tokens, g.head + 1);
  return object >= 0 ? { agent: subject, patient: object } : null;
}

export const rolesSwappedRule: PairRule = (ctx) => {
  const out: RawFinding[] = [];
  const sGroups = findVerbGroups(ctx.sTok);
  for (const rg of findVerbGroups(ctx.rTok)) {
    const sHead = ctx.match.rToS[rg.head] ?? -1;
    const sg = sGroups.find((g) => g.head === sHead);
    if (!sg) continue;
    const r = rolesOf(ctx.rTok, rg);
    const s = rolesOf(ctx.sTok, sg);
    if (!r || !s) continue;
    const ra = ctx.rTok[r.agent]!.lemma;
    const rp = ctx.rTok[r.patient]!.lemma;
    if (ra === rp || ra !== ctx.sTok[s.patient]!.lemma || rp !== ctx.sTok[s.agent]!.lemma) continue;
    const lo = Math.min(r.agent, r.patient);
    const hi = Math.max(r.agent, r.patient);
    if (!claim(ctx, [lo, hi])) continue;
    const rSpan = spanOf(ctx.rTok.slice(lo, hi + 1));
    const sSpan = spanOf(ctx.sTok.slice(Math.min(s.agent, s.patient), Math.max(s.agent, s.patient) + 1));
    // Put each participant back in the other's place.
    const text = textOf(ctx.rewrite, rSpan);
    const a = ctx.rTok[lo]!;
    const b = ctx.rTok[hi]!;
    const suggestion = b.text + text.slice(a.end - rSpan.start, b.start - rSpan.start) + a.text;
    out.push({
      kind: 'roles-swapped',
      rewrite: rSpan,
      source: sSpan,
      message: `Roles swapped: source says ${q(textOf(ctx.source, sSpan))}, rewrite says ${q(text)} (who did what to whom changed).`,
      suggestion,
    });
  }
  return out;
};
