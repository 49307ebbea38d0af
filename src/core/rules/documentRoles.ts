// `roles-swapped` across sentences: a rewrite sentence that names two parties of an act the
// aligned source sentence does not name, where another source sentence tells the same act
// with the two the other way round ("Harrowgate Foods has agreed to buy Crumbwell" … "Completion
// of the deal is expected" / "Completion of Crumbwell's takeover of Harrowgate is expected").
// The pair rule (rolesSwapped.ts) compares a sentence with its own source sentence only; a
// rewrite repeats who did what in sentences of its own far more often than a source does, so
// the source is read as a whole for the acts this sentence names.
import { q, type PairContext, type PairRule, type RawFinding } from '../context';
import { framesOf, sameParticipant, type Argument, type Frame } from '../syntax/frames';
import { syntaxOf } from '../syntax/sentenceSyntax';
import { dependentsOf } from '../syntax/tree';
import type { SentenceSyntax } from '../syntax';
import { isPersonNoun, samePredicate } from '../wordnet';
import { REPORTING_VERBS } from '../lexicon';
import { participantFrames, swapFinding } from './rolesSwapped';
import type { Token } from '../tokens';

/**
 * The named doer and receiver of a frame, when it has one of each: attached by the parse, or a
 * subject the grammar fixes ("agreed to buy").
 */
function namedParties(f: Frame): { doer: Argument; receiver: Argument } | null {
  const doer = f.args.find((a) => a.role === 'subj' && (a.explicit || a.controlled) && a.filler.named);
  const receiver = f.args.find((a) => a.role === 'obj' && a.explicit && a.filler.named);
  if (!doer || !receiver || sameParticipant(doer.filler, receiver.filler)) return null;
  return { doer, receiver };
}

export const documentRolesRule: PairRule = (ctx) => {
  const aligned = new Set(ctx.sTok.map((t) => t.lemma));
  const sentenceLemmas = ctx.memo('source-sentence-lemmas', () => ctx.source.sentences.map((s) => new Set(s.tokens.map((t) => t.lemma))));
  const out = actOfAnother(ctx, aligned, sentenceLemmas);
  // Cheap test before parsing: a name here that the aligned source sentences lack and the
  // source names elsewhere.
  const sourceNames = ctx.memo('source-name-lemmas', () => new Set(ctx.source.sentences.flatMap((s) => s.tokens.filter((t) => t.pos === 'PROPN').map((t) => t.lemma))));
  const elsewhere = new Set(ctx.rTok.filter((t) => t.pos === 'PROPN' && !aligned.has(t.lemma) && sourceNames.has(t.lemma)).map((t) => t.lemma));
  if (elsewhere.size === 0) return out;
  for (const rf of participantFrames(ctx.rTok, framesOf(ctx.rTok, ctx.syntax.rewrite()))) {
    const pred = ctx.rTok[rf.predicate]!;
    if (pred.lemma === 'be' || pred.lemma === 'have' || REPORTING_VERBS.has(pred.lemma)) continue;
    const parties = namedParties(rf);
    if (!parties || ![...parties.doer.filler.words, ...parties.receiver.filler.words].some((w) => elsewhere.has(w))) continue;
    const idx = [rf.predicate, ...parties.doer.filler.tokens, ...parties.receiver.filler.tokens];
    if (idx.some((i) => ctx.claimed.has(i))) continue;
    let reversed: { tokens: readonly Token[]; frame: Frame } | null = null;
    let told = false;
    for (const s of ctx.source.sentences) {
      const lemmas = sentenceLemmas[s.index]!;
      const names = (w: ReadonlySet<string>) => [...w].some((x) => lemmas.has(x));
      if (!names(parties.doer.filler.words) || !names(parties.receiver.filler.words)) continue;
      for (const sf of participantFrames(s.tokens, framesOf(s.tokens, syntaxOf(s.tokens)))) {
        if (sf.key !== rf.key && !samePredicate(sf.key, rf.key)) continue;
        const theirs = namedParties(sf);
        if (!theirs) continue;
        if (sameParticipant(theirs.doer.filler, parties.doer.filler) && sameParticipant(theirs.receiver.filler, parties.receiver.filler)) told = true;
        else if (sameParticipant(theirs.doer.filler, parties.receiver.filler) && sameParticipant(theirs.receiver.filler, parties.doer.filler)) reversed ??= { tokens: s.tokens, frame: sf };
      }
    }
    if (!reversed || told) continue;
    const sf = reversed.frame;
    const sParties = namedParties(sf)!;
    const sIdx = [sf.predicate, ...sParties.doer.filler.tokens, ...sParties.receiver.filler.tokens];
    out.push(swapFinding(ctx, idx, sIdx,
      `${q(nameOf(ctx.rTok, parties.doer))} is the doer of ${q(pred.text)} here, where the source has ${q(nameOf(reversed.tokens, sParties.doer))} do it to ${q(nameOf(reversed.tokens, sParties.receiver))}`, reversed.tokens));
  }
  return out;
};

/**
 * "Eilidh Muñoz, who apologised to passengers, said …" where the source's "Callum Ferreira
 * apologised to passengers" is another sentence: an act this sentence tells of one named person
 * that the source tells, with the same thing or place it was done to, of another named person
 * only, in a sentence this one was not aligned with (a merged clause hung on the wrong name).
 * (Read only where the act's verb is missing from the aligned source sentences and stands in
 * another.)
 */
function actOfAnother(ctx: PairContext, aligned: ReadonlySet<string>, sentenceLemmas: readonly ReadonlySet<string>[]): RawFinding[] {
  const verbs = ctx.rTok.filter((t) => t.pos === 'VERB' && !aligned.has(t.lemma) && sentenceLemmas.some((l) => l.has(t.lemma)));
  if (verbs.length === 0) return [];
  const out: RawFinding[] = [];
  // (A doer named, or a person described, "Skarra's councillor, Eilidh Muñoz, who apologised".)
  const doerOf = (f: Frame) => f.args.find((a) => a.role === 'subj' && a.explicit && (a.filler.named || isPersonNoun(a.filler.headLemma) || isPersonNoun(ctx.rTok[a.filler.head]!.lower)));
  for (const rf of participantFrames(ctx.rTok, framesOf(ctx.rTok, ctx.syntax.rewrite()))) {
    const pred = ctx.rTok[rf.predicate]!;
    if (!verbs.includes(pred) || pred.lemma === 'be' || pred.lemma === 'have' || REPORTING_VERBS.has(pred.lemma)) continue;
    const doer = doerOf(rf);
    const things = rf.args.filter((a) => a.role !== 'subj' && a.explicit);
    if (!doer || things.length === 0 || ctx.claimed.has(rf.predicate)) continue;
    let other: { tokens: readonly Token[]; frame: Frame; doer: Argument } | null = null;
    let told = false;
    for (const s of ctx.source.sentences) {
      if (!sentenceLemmas[s.index]!.has(pred.lemma)) continue;
      const sSyn = syntaxOf(s.tokens);
      for (const sf of participantFrames(s.tokens, framesOf(s.tokens, sSyn))) {
        if (sf.key !== rf.key) continue;
        // (The same act at the same time, told the same way: "Nowicki, who chaired the fund" /
        // "Ferreira, who now chairs it" tells a successor; "the boards approved the merger" /
        // "the Commission must approve the deal" another step.)
        if (s.tokens[sf.predicate]!.lower !== pred.lower || auxiliaries(s.tokens, sSyn, sf.predicate) !== auxiliaries(ctx.rTok, ctx.syntax.rewrite(), rf.predicate)) continue;
        const theirs = sf.args.find((a) => a.role === 'subj' && a.explicit);
        if (!theirs || sameParticipant(theirs.filler, doer.filler)) { told = true; continue; }
        if (theirs.filler.named && things.some((a) => sf.args.some((b) => b.role === a.role && sameParticipant(b.filler, a.filler)))) other ??= { tokens: s.tokens, frame: sf, doer: theirs };
      }
    }
    if (!other || told) continue;
    out.push(swapFinding(ctx, [rf.predicate, ...doer.filler.tokens], [other.frame.predicate, ...other.doer.filler.tokens],
      `the doer of ${q(pred.text)} is ${q(nameOf(ctx.rTok, doer))} here, where the source has ${q(nameOf(other.tokens, other.doer))}`, other.tokens));
  }
  return out;
}

/** A participant's words as written. */
function nameOf(tokens: readonly Token[], a: Argument): string {
  return a.filler.tokens.map((i) => tokens[i]!.text).join(' ');
}

/** A verb's auxiliaries and adverbs of time, as words ("has now", "must"): the tense and modality it is told in. */
function auxiliaries(tokens: readonly Token[], syn: SentenceSyntax, v: number): string {
  return dependentsOf(syn, v, /^(aux|advmod)/).filter((d) => syn.labels[d]!.startsWith('aux') || /^(now|still|already|no longer)$/.test(tokens[d]!.lower)).map((d) => tokens[d]!.lower).join(' ');
}
