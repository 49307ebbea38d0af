// `roles-swapped` across sentences: a rewrite sentence that names two parties of an act the
// aligned source sentence does not name, where another source sentence tells the same act
// with the two the other way round ("Harrowgate Foods has agreed to buy Crumbwell" … "Completion
// of the deal is expected" / "Completion of Crumbwell's takeover of Harrowgate is expected").
// The pair rule (rolesSwapped.ts) compares a sentence with its own source sentence only; a
// rewrite repeats who did what in sentences of its own far more often than a source does, so
// the source is read as a whole for the acts this sentence names.
import { claim, q, spanOf, textOf, type PairRule, type RawFinding } from '../context';
import { framesOf, sameParticipant, type Argument, type Frame } from '../syntax/frames';
import { syntaxOf } from '../syntax/sentenceSyntax';
import { samePredicate } from '../wordnet';
import { REPORTING_VERBS } from '../lexicon';
import { participantFrames } from './rolesSwapped';
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
  // Cheap test before parsing: a name here that the aligned source sentences lack and the
  // source names elsewhere.
  const aligned = new Set(ctx.sTok.map((t) => t.lemma));
  const sourceNames = ctx.memo('source-name-lemmas', () => new Set(ctx.source.sentences.flatMap((s) => s.tokens.filter((t) => t.pos === 'PROPN').map((t) => t.lemma))));
  const elsewhere = new Set(ctx.rTok.filter((t) => t.pos === 'PROPN' && !aligned.has(t.lemma) && sourceNames.has(t.lemma)).map((t) => t.lemma));
  if (elsewhere.size === 0) return [];
  const sentenceLemmas = ctx.memo('source-sentence-lemmas', () => ctx.source.sentences.map((s) => new Set(s.tokens.map((t) => t.lemma))));
  const out: RawFinding[] = [];
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
    claim(ctx, idx);
    const sf = reversed.frame;
    const sParties = namedParties(sf)!;
    const sIdx = [sf.predicate, ...sParties.doer.filler.tokens, ...sParties.receiver.filler.tokens];
    const rSpan = spanOf(ctx.rTok.slice(Math.min(...idx), Math.max(...idx) + 1));
    const sSpan = spanOf(reversed.tokens.slice(Math.min(...sIdx), Math.max(...sIdx) + 1));
    const name = (tokens: readonly Token[], a: Argument) => a.filler.tokens.map((i) => tokens[i]!.text).join(' ');
    out.push({
      kind: 'roles-swapped',
      rewrite: rSpan,
      source: sSpan,
      message: `Roles swapped: source says ${q(textOf(ctx.source, sSpan))}, rewrite says ${q(textOf(ctx.rewrite, rSpan))} (${q(name(ctx.rTok, parties.doer))} is the doer of ${q(pred.text)} here, where the source has ${q(name(reversed.tokens, sParties.doer))} do it to ${q(name(reversed.tokens, sParties.receiver))}).`,
      suggestion: null,
    });
  }
  return out;
};
