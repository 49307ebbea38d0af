// `roles-swapped`: the same action with doer and receiver exchanged ("the union sued the city"
// vs "the city sued the union"). Passive clauses are read through their "by" phrase, so an
// active/passive paraphrase with the roles kept stays quiet.
import { claim, q, spanOf, textOf, type PairRule, type RawFinding } from '../context';
import type { Token } from '../tokens';
import { findVerbGroups, type VerbGroup } from '../verbs';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const INSIDE_PHRASE = new Set(['DET', 'ADJ', 'NUM']);

/** A noun phrase as its token indexes, nominal words only. */
type Phrase = number[];

function isPhraseWord(t: Token): boolean {
  return NOMINAL.has(t.pos) || INSIDE_PHRASE.has(t.pos) || t.lower === "'s" || t.lower === 'of' || t.text === "'" || t.text === '’';
}

/** The subject: the noun phrase before the group, stepping back over "has agreed to" chains and appositives. */
function subjectOf(tokens: readonly Token[], g: VerbGroup): Phrase {
  let k = g.first - 1;
  // "X has agreed to buy Y": the subject of "buy" is the subject of "agreed".
  while (k >= 0 && (tokens[k]!.lower === 'to' || tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  const out: Phrase = [];
  for (; k >= 0 && out.length < 10; k--) {
    const t = tokens[k]!;
    if (NOMINAL.has(t.pos)) out.push(k);
    else if (isPhraseWord(t) || t.text === ',') continue;
    else break;
  }
  return out;
}

function objectOf(tokens: readonly Token[], from: number): Phrase {
  const out: Phrase = [];
  for (let k = from; k < tokens.length && out.length < 10; k++) {
    const t = tokens[k]!;
    if (NOMINAL.has(t.pos)) out.push(k);
    else if (isPhraseWord(t)) continue;
    else break;
  }
  return out;
}

interface Roles { agent: Phrase; patient: Phrase }

function rolesOf(tokens: readonly Token[], g: VerbGroup): Roles | null {
  const subject = subjectOf(tokens, g);
  if (subject.length === 0) return null;
  if (g.passive) {
    if (tokens[g.head + 1]?.lower !== 'by') return null;
    const agent = objectOf(tokens, g.head + 2);
    return agent.length ? { agent, patient: subject } : null;
  }
  const object = objectOf(tokens, g.head + 1);
  return object.length ? { agent: subject, patient: object } : null;
}

function words(tokens: readonly Token[], p: Phrase): Set<string> {
  return new Set(p.map((k) => tokens[k]!).filter((t) => t.pos !== 'PRON').map((t) => t.lemma));
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
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
    const ra = words(ctx.rTok, r.agent);
    const rp = words(ctx.rTok, r.patient);
    const sa = words(ctx.sTok, s.agent);
    const sp = words(ctx.sTok, s.patient);
    // Swapped: each rewrite role names the other source role, and neither keeps its own.
    if (!overlap(ra, sp) || !overlap(rp, sa) || overlap(ra, sa) || overlap(rp, sp)) continue;
    const rAll = [...r.agent, ...r.patient];
    const sAll = [...s.agent, ...s.patient];
    const lo = Math.min(...rAll);
    const hi = Math.max(...rAll);
    if (!claim(ctx, rAll)) continue;
    const rSpan = spanOf(ctx.rTok.slice(lo, hi + 1));
    const sSpan = spanOf(ctx.sTok.slice(Math.min(...sAll), Math.max(...sAll) + 1));
    const text = textOf(ctx.rewrite, rSpan);
    // Put each participant back in the other's place when both are single words.
    const single = r.agent.length === 1 && r.patient.length === 1;
    const a = ctx.rTok[Math.min(r.agent[0]!, r.patient[0]!)]!;
    const b = ctx.rTok[Math.max(r.agent[0]!, r.patient[0]!)]!;
    const suggestion = single ? b.text + text.slice(a.end - rSpan.start, b.start - rSpan.start) + a.text : null;
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
