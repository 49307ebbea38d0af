// `roles-swapped`: the same action with doer and receiver exchanged ("the union sued the city"
// vs "the city sued the union"). Passive clauses are read through their "by" phrase, so an
// active/passive paraphrase with the roles kept stays quiet.
import { claim, q, spanOf, textOf, type PairContext, type PairRule, type RawFinding } from '../context';
import { REPORTING_VERBS } from '../lexicon';
import { matchKey } from '../tokenAlign';
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

const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'after', 'before', 'when', 'while', 'because', 'but', 'as', 'since', 'until', 'if', 'although', 'though']);
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|a\.m\.?|p\.m\.?|am|pm|week|weeks|month|months|year|years|decade|decades|day|days|morning|evening|night|hour|hours|minute|minutes)$/;

/**
 * The subject of a finite clause, only when it is certain: a plain noun phrase right before the
 * verb group that starts the clause (after the sentence start, a comma or a clause opener).
 * Phrases inside a prepositional phrase, a coordination or an appositive are left alone.
 */
function subjectRole(tokens: readonly Token[], g: VerbGroup): { role: 'agent' | 'patient'; phrase: Phrase } | null {
  const lemma = tokens[g.head]!.lemma;
  // Copulas say nothing about who did what; a changed speaker is the attribution rule's.
  if (g.tense === 'none' || lemma === 'be' || lemma === 'have' || REPORTING_VERBS.has(lemma)) return null;
  const phrase: Phrase = [];
  let k = g.first - 1;
  for (; k >= 0 && g.first - k <= 6; k--) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') phrase.push(k);
    else if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.lower === "'s") continue;
    else break;
  }
  const before = tokens[k];
  const opensClause = !before || /^[,;:(]$/.test(before.text) || before.pos === 'SCONJ' || CLAUSE_OPENERS.has(before.lower);
  if (!opensClause || phrase.length === 0 || phrase.some((i) => TIME_WORDS.test(tokens[i]!.lower))) return null;
  return { role: g.passive ? 'patient' : 'agent', phrase };
}

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

/** The head noun of a phrase: the last noun before any "of" ("city" in "the city of Millbrook"). */
function headOf(tokens: readonly Token[], p: Phrase): string | null {
  const sorted = [...p].sort((a, b) => a - b).filter((k) => tokens[k]!.pos !== 'PRON');
  if (sorted.length === 0) return null;
  const ofAt = tokens.findIndex((t, k) => t.lower === 'of' && k > sorted[0]! && k < sorted[sorted.length - 1]!);
  const before = ofAt >= 0 ? sorted.filter((k) => k < ofAt) : sorted;
  return matchKey(tokens[before[before.length - 1] ?? sorted[sorted.length - 1]!]!);
}

function words(tokens: readonly Token[], p: Phrase): Set<string> {
  return new Set(p.map((k) => tokens[k]!).filter((t) => t.pos !== 'PRON').map((t) => t.lemma));
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

export const rolesSwappedRule: PairRule = (ctx) => {
  const out: RawFinding[] = movedPrepositionalObjects(ctx);
  const sGroups = findVerbGroups(ctx.sTok);
  for (const rg of findVerbGroups(ctx.rTok)) {
    const sHead = ctx.match.rToS[rg.head] ?? -1;
    const sg = sGroups.find((g) => g.head === sHead);
    // "X was the announcer" = "the announcer was X": a copula has no doer to swap.
    if (!sg || ctx.rTok[rg.head]!.lemma === 'be') continue;
    const moved = movedSubject(ctx, rg, sg) ?? movedObject(ctx, rg, sg);
    if (moved) {
      out.push(moved);
      continue;
    }
    const r = rolesOf(ctx.rTok, rg);
    const s = rolesOf(ctx.sTok, sg);
    if (!r || !s) continue;
    const ra = words(ctx.rTok, r.agent);
    const rp = words(ctx.rTok, r.patient);
    const sa = words(ctx.sTok, s.agent);
    const sp = words(ctx.sTok, s.patient);
    // Swapped: each rewrite role names the other source role, and neither keeps its own; or,
    // for phrases that share words ("the city of Millbrook" / "the Millbrook teachers' union"),
    // the head nouns traded places.
    const bySets = overlap(ra, sp) && overlap(rp, sa) && !overlap(ra, sa) && !overlap(rp, sp);
    const hra = headOf(ctx.rTok, r.agent);
    const hrp = headOf(ctx.rTok, r.patient);
    const byHeads = hra !== hrp && hra === headOf(ctx.sTok, s.patient) && hrp === headOf(ctx.sTok, s.agent);
    if (!bySets && !byHeads) continue;
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

/**
 * A clause spliced onto another one's subject: "seven games involving nimes were investigated
 * after conrad was arrested" -> "seven games ... were arrested". The verb is the source's, its
 * subject is a different participant of the same source sentence.
 */
function movedSubject(ctx: PairContext, rg: VerbGroup, sg: VerbGroup): RawFinding | null {
  const r = subjectRole(ctx.rTok, rg);
  const s = subjectRole(ctx.sTok, sg);
  if (!r || !s || r.role !== s.role) return null;
  const rWords = words(ctx.rTok, r.phrase);
  const sWords = words(ctx.sTok, s.phrase);
  if (rWords.size === 0 || sWords.size === 0 || overlap(rWords, sWords)) return null;
  // The rewrite's subject must come from elsewhere in the source sentence, and the source's
  // subject must be gone from the rewrite: otherwise this is a rephrasing, not a splice.
  const sAll = new Set(ctx.sTok.map((t) => t.lemma));
  const rAll = new Set(ctx.rTok.map((t) => t.lemma));
  if (![...rWords].every((w) => sAll.has(w)) || [...sWords].some((w) => rAll.has(w))) return null;
  const idx = [...r.phrase, rg.head];
  if (idx.some((i) => ctx.claimed.has(i))) return null;
  claim(ctx, idx);
  const rSpan = spanOf(ctx.rTok.slice(Math.min(...r.phrase), rg.head + 1));
  const sSpan = spanOf(ctx.sTok.slice(Math.min(...s.phrase), sg.head + 1));
  return {
    kind: 'roles-swapped',
    rewrite: rSpan,
    source: sSpan,
    message: `Roles swapped: source says ${q(textOf(ctx.source, sSpan))}, rewrite says ${q(textOf(ctx.rewrite, rSpan))} (a different ${r.role === 'agent' ? 'doer' : 'subject'} for the same action).`,
    suggestion: null,
  };
}

/** The object of an active, non-copular verb: the noun phrase right after it. */
function objectRole(tokens: readonly Token[], g: VerbGroup): Phrase | null {
  const lemma = tokens[g.head]!.lemma;
  if (g.passive || lemma === 'be' || lemma === 'have' || REPORTING_VERBS.has(lemma)) return null;
  const phrase: Phrase = [];
  for (let k = g.head + 1; k < tokens.length && k - g.head <= 6; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') phrase.push(k);
    else if (phrase.length === 0 && (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM')) continue;
    else break;
  }
  return phrase.length && !phrase.some((i) => TIME_WORDS.test(tokens[i]!.lower)) ? phrase : null;
}

/** The same splice on the other side of the verb: "take on mayweather" -> "take the mayweather". */
function movedObject(ctx: PairContext, rg: VerbGroup, sg: VerbGroup): RawFinding | null {
  const r = objectRole(ctx.rTok, rg);
  const s = objectRole(ctx.sTok, sg);
  if (!r || !s) return null;
  const rWords = words(ctx.rTok, r);
  const sWords = words(ctx.sTok, s);
  if (rWords.size === 0 || sWords.size === 0 || overlap(rWords, sWords)) return null;
  const sAll = new Set(ctx.sTok.map((t) => t.lemma));
  const rAll = new Set(ctx.rTok.map((t) => t.lemma));
  if (![...rWords].every((w) => sAll.has(w)) || [...sWords].some((w) => rAll.has(w))) return null;
  const idx = [rg.head, ...r];
  if (idx.some((i) => ctx.claimed.has(i))) return null;
  claim(ctx, idx);
  const rSpan = spanOf(ctx.rTok.slice(rg.head, Math.max(...r) + 1));
  const sSpan = spanOf(ctx.sTok.slice(sg.head, Math.max(...s) + 1));
  return {
    kind: 'roles-swapped',
    rewrite: rSpan,
    source: sSpan,
    message: `Roles swapped: source says ${q(textOf(ctx.source, sSpan))}, rewrite says ${q(textOf(ctx.rewrite, rSpan))} (a different receiver of the same action).`,
    suggestion: null,
  };
}

/** The noun phrase after a preposition at `prep`: its nominal words. */
function prepObject(tokens: readonly Token[], prep: number): Phrase {
  const phrase: Phrase = [];
  for (let k = prep + 1; k < tokens.length && k - prep <= 5; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') phrase.push(k);
    else if (phrase.length === 0 && (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM')) continue;
    else break;
  }
  return phrase;
}

/**
 * "an 11million move from leeds" -> "an 11million move from fulham", where Fulham is named
 * elsewhere in the same source sentence: the same word and preposition, with the object taken
 * from another part of the source, and the source's own object gone from the rewrite.
 */
function movedPrepositionalObjects(ctx: PairContext): RawFinding[] {
  const out: RawFinding[] = [];
  const sAll = new Set(ctx.sTok.map((t) => t.lemma));
  const rAll = new Set(ctx.rTok.map((t) => t.lemma));
  const cased = /\p{Lu}/u.test(ctx.rewrite.prose) && /\p{Lu}/u.test(ctx.source.prose);
  ctx.rTok.forEach((prep, rp) => {
    if (prep.pos !== 'ADP' || rp === 0) return;
    const sHead = ctx.match.rToS[rp - 1] ?? -1;
    const head = ctx.rTok[rp - 1]!;
    if (sHead < 0 || !(head.pos === 'NOUN' || head.pos === 'VERB') || ctx.sTok[sHead + 1]?.lower !== prep.lower) return;
    const r = prepObject(ctx.rTok, rp);
    const s = prepObject(ctx.sTok, sHead + 1);
    if (r.length === 0 || s.length === 0) return;
    // Figures and times are the number and date rules' business. In ordinary (cased) text only
    // a moved name is telling, since paraphrase moves common nouns around all the time; in
    // all-lower-case text names cannot be told apart, so any noun counts.
    const timeOrNumber = (toks: readonly Token[], p: Phrase) => p.some((i) => TIME_WORDS.test(toks[i]!.lower) || /\d/.test(toks[i]!.text)) ||
      toks.slice(Math.max(0, p[0]! - 3), p[0]).some((t) => t.pos === 'NUM');
    if (timeOrNumber(ctx.rTok, r) || timeOrNumber(ctx.sTok, s)) return;
    if (cased && !r.some((i) => ctx.rTok[i]!.pos === 'PROPN')) return;
    const rWords = words(ctx.rTok, r);
    const sWords = words(ctx.sTok, s);
    if (rWords.size === 0 || sWords.size === 0 || overlap(rWords, sWords)) return;
    if (![...rWords].every((w) => sAll.has(w)) || [...sWords].some((w) => rAll.has(w))) return;
    if (r.some((i) => ctx.claimed.has(i))) return;
    claim(ctx, r);
    const rSpan = spanOf(ctx.rTok.slice(rp - 1, Math.max(...r) + 1));
    const sSpan = spanOf(ctx.sTok.slice(sHead, Math.max(...s) + 1));
    out.push({
      kind: 'roles-swapped',
      rewrite: rSpan,
      source: sSpan,
      message: `Roles swapped: source says ${q(textOf(ctx.source, sSpan))}, rewrite says ${q(textOf(ctx.rewrite, rSpan))} (a participant moved from elsewhere in the sentence).`,
      suggestion: textOf(ctx.source, sSpan),
    });
  });
  return out;
}
