// `roles-swapped`: who did what to whom changed. Both sentences are parsed and read as
// predicates with participants by role (syntax/frames.ts: voice, possession, relative
// clauses and shared subjects normalised), and each participant the rewrite gives a predicate
// is looked up in the source's reading of the same predicate:
//   - swapped: "the union sued the city" / "the city sued the union", "X is a tributary of Y" /
//     "Y is a tributary of X", "after reading Mehra's script, Khan agreed" / "… Khan's script,
//     Mehra agreed";
//   - spliced: a participant from elsewhere in the source put in a role the source gave to
//     someone else ("seven games were investigated after Conrad was arrested" / "seven games
//     were arrested").
//   - across related predicates: an event noun and its verb ("agreed to buy Millstead" / "agreed
//     to a takeover by Millstead"), a verb and its generalisation ("acquire" / "be taken over
//     by"), compared role by role (wordnet.ts samePredicate);
//   - across converse verbs, which tell one event from its other party ("X paid Z" = "Z
//     received from X"): the same doer for both is a swap (converseSwaps).
// A participant the source never names is the entity rule's business; a changed speaker is the
// attribution rule's.
import { claim, q, sourceSentenceAt, spanOf, textOf, type PairContext, type PairRule, type RawFinding } from '../context';
import type { Token } from '../tokens';
import { offsetFree } from '../offsetFree';
import { holdsDate } from '../mentions/dates';
import { findNumbers, sameAmount, type NumberMention } from '../mentions/numbers';
import { areConverse, areOpposites, eventSenses, isPersonNoun, isVerbLemma, lexicalRelation, mayMeanTheSame, namesPeople, samePredicate, transferSide } from '../wordnet';
import { describedBy, describedNamesIn } from '../mentions/descriptions';
import { areAntonyms, REPORTING_VERBS, setsAsideBy } from '../lexicon';
import { answersTo } from './attribution';
import { framesOf, isPronounPerson, sameOrSynonym, sameParticipant, sameWords, type Argument, type Frame, type Participant } from '../syntax/frames';
import { dependentsOf, hasDependent, subtreeOf } from '../syntax/tree';
import type { SentenceSyntax } from '../syntax';

/** Roles whose filler is a doer or a receiver; others are prepositional phrases. */
const CORE = new Set(['subj', 'obj', 'iobj', 'of']);

const DOER_OR_RECEIVER = new Set(['subj', 'obj', 'iobj']);

const ROLE_NAMES: Readonly<Record<string, string>> = { subj: 'doer', obj: 'receiver', iobj: 'recipient', of: 'owner' };

function roleName(role: string): string {
  return ROLE_NAMES[role] ?? `"${role.split(':')[1]}" phrase`;
}

interface Change {
  readonly arg: Argument;
  readonly frame: Frame;
  readonly source: Argument;
  /** The source gives this participant the same role of the same verb, with `source` in the other role. */
  readonly across?: boolean;
}

type SameParticipant = (a: Participant, b: Participant) => boolean;


/**
 * A doer or receiver the source gives this verb only in another clause, beside another doer (or
 * receiver) than this frame's, while this frame's is the source's in a clause of its own: two
 * clauses of one verb spliced ("The council fined Harbour Foods, and the regulator fined Tilde
 * Dairy" / "The council fined Harbour Foods and Tilde Dairy"). Returns that clause and its other
 * participant. Only participants the parse attaches directly count, on both sides.
 */
function acrossClauses(arg: Argument, rf: Frame, matches: readonly Frame[], same: SameParticipant): { frame: Frame; other: Argument } | undefined {
  if (!DOER_OR_RECEIVER.has(arg.role) || arg.role === 'iobj') return undefined;
  const otherRole = arg.role === 'subj' ? 'obj' : 'subj';
  const mine = rf.args.filter((a) => a.role === otherRole && a.explicit);
  if (mine.length === 0) return undefined;
  const supporters = matches.filter((sf) => sf.args.some((b) => b.role === arg.role && b.explicit && same(b.filler, arg.filler)));
  if (supporters.length === 0) return undefined;
  let found: { frame: Frame; other: Argument } | undefined;
  for (const sf of supporters) {
    const theirs = sf.args.filter((b) => b.role === otherRole && b.explicit);
    if (theirs.length === 0 || theirs.some((b) => mine.some((a) => same(a.filler, b.filler)))) return undefined;
    found ??= { frame: sf, other: theirs[0]! };
  }
  // (Not where that clause's doer, fixed by control, is this very party: "Nørgaard, who won the
  // title, has yet to win a game" / "…, who took the title, has not yet won a game" is one party
  // in both clauses, the verbs paired otherwise. A doer shared by coordination is too often a
  // misparse to count.)
  const ownClause = mine.some((a) => matches.some((sf) => !supporters.includes(sf) && sf.args.some((b) => b.role === otherRole && b.explicit && same(b.filler, a.filler)) &&
    !sf.args.some((b) => b.role === arg.role && b.controlled && same(b.filler, arg.filler))));
  return ownClause ? found : undefined;
}

/**
 * Whether token d lies in a's phrase short of a relative clause: "the referee who was shoved by
 * the captain" does not shorten to "the captain", whose clause only describes the referee.
 */
function withinPhrase(syntax: SentenceSyntax, a: number, d: number): boolean {
  for (let x = d, steps = 0; x >= 0 && steps <= syntax.heads.length; x = syntax.heads[x]!, steps++) {
    if (x === a) return true;
    if (syntax.labels[x] === 'acl:relcl') return false;
  }
  return false;
}

/**
 * Whether the rewrite frame's figure ties it to another source frame than `sf`: one that tells
 * the same figure with the same doer, where `sf` tells another figure. "Organisers estimated the
 * crowd at 8,000; police put it at around 5,000" tells the source's "police estimated it at about
 * 5,000", not its "Organisers put the crowd at 8,000", whatever the verbs.
 */
function figureToldElsewhere(ctx: PairContext, rf: Frame, sf: Frame, sFrames: readonly Frame[], same: SameParticipant): boolean {
  const rFigures = figuresOf(ctx.rTok, ctx.syntax.rewrite(), rf.predicate);
  if (rFigures.length === 0) return false;
  const sFigures = figuresOf(ctx.sTok, ctx.syntax.source(), sf.predicate);
  if (sFigures.length === 0 || sFigures.some((m) => rFigures.some((x) => sameAmount(m, x)))) return false;
  // (A frame whose predicate is the figure itself, "Harbourline's 1.9 million", is that amount's:
  // another amount, "its rival's 3.4 million", is another party's, whoever holds each.)
  const figure = (ms: readonly NumberMention[], p: number) => ms.some((m) => m.first <= p && p <= m.last);
  if (figure(rFigures, rf.predicate) && figure(sFigures, sf.predicate)) return true;
  const doer = rf.args.find((a) => a.role === 'subj' && a.explicit);
  return !!doer && sFrames.some((o) => o !== sf && o.args.some((b) => b.role === 'subj' && same(b.filler, doer.filler)) &&
    figuresOf(ctx.sTok, ctx.syntax.source(), o.predicate).some((m) => rFigures.some((x) => sameAmount(m, x))));
}

/** The amounts a predicate's own phrases tell ("put it at around 5,000"): a figure the parse hangs on it, or on a word hung on it. */
function figuresOf(tokens: readonly Token[], syn: SentenceSyntax, predicate: number): NumberMention[] {
  // (Not through another clause's verb: "police estimated it at about 5,000" hung on "put".)
  const on = (k: number) => syn.heads[k] === predicate || (syn.heads[k]! >= 0 && !/^(VERB|AUX)$/.test(syn.tags[syn.heads[k]!] ?? '') && syn.heads[syn.heads[k]!] === predicate);
  return findNumbers(tokens).filter((m) => m.value !== null && Array.from({ length: m.last - m.first + 1 }, (_v, n) => m.first + n).some(on));
}

/** Whether `name` is a name (its head a name) and `description` a definite description with no name of its own ("the League Two club"). */
function nameAgainstDescription(nameTokens: readonly Token[], name: Participant, descTokens: readonly Token[], description: Participant): boolean {
  const opening = Math.min(...description.tokens);
  const definite = descTokens[opening]!.lower === 'the' || descTokens[opening - 1]?.lower === 'the';
  // (Not a description with a name of its own after it: "the Dutch group Velt".)
  const ownName = description.tokens.some((k) => k > description.head && descTokens[k]!.pos === 'PROPN');
  return nameTokens[name.head]!.pos === 'PROPN' && descTokens[description.head]!.pos === 'NOUN' && definite && !ownName;
}

/** A passive verb with an infinitive complement and no "by" phrase of its own ("is expected to fall"). */
function raised(syntax: SentenceSyntax, verb: number): boolean {
  const complements = dependentsOf(syntax, verb).filter((d) => syntax.labels[d] === 'xcomp');
  // (A "by" phrase of the infinitive's own passive leaves the raising alone: "jobs are expected
  // to be created by the expansion".)
  return complements.length > 0 && !hasDependent(syntax, verb, /^obl:agent$/) &&
    complements.every((c) => !hasDependent(syntax, c, /^obl:agent$/) || hasDependent(syntax, c, /^aux:pass$/));
}

/** Frames with their parties only: quantities and dates are the number and date rules' business ("last November" is when, not whom). */
export function participantFrames(tokens: readonly Token[], frames: readonly Frame[]): readonly Frame[] {
  return participantsOf(tokens, frames).frames;
}

/** A sentence's participant frames, with what the rule reads of them and of the sentence. */
interface Participants {
  readonly frames: readonly Frame[];
  /** Every role of every frame, in order. */
  readonly roles: readonly Argument[];
  /** The predicate of each role's frame. */
  readonly frameOf: ReadonlyMap<Argument, number>;
  /** The sentence's lemmas, and its participants' words. */
  readonly lemmas: ReadonlySet<string>;
  /** The roles' fillers, each once (a participant may fill roles of several frames). */
  readonly fillers: readonly Participant[];
}

/**
 * By the frames (framesOf keeps one frames array per parse and offset-free token list) and the
 * offset-free token list they were read from: the rules ask for both sentences' participant
 * frames for every pair, several times a pair, and each answer filtered every frame again.
 */
const participantsCache = new WeakMap<readonly Frame[], { tokens: readonly Token[]; participants: Participants }>();

function participantsOf(tokens: readonly Token[], all: readonly Frame[]): Participants {
  const own = offsetFree(tokens);
  const hit = participantsCache.get(all);
  if (hit && hit.tokens === own) return hit.participants;
  const frames = all.map((f) => ({ ...f, args: f.args.filter((a) => tokens[a.filler.head]!.pos !== 'NUM' && !isMeasure(tokens, a.filler) && !isDate(tokens, a.filler)) })).filter((f) => f.args.length);
  const participants: Participants = {
    frames,
    roles: frames.flatMap((f) => f.args),
    frameOf: new Map<Argument, number>(frames.flatMap((f) => f.args.map((a) => [a, f.predicate] as [Argument, number]))),
    // (With the persons its pronouns stand for: "‹he›", "‹she›".)
    lemmas: new Set([...tokens.map((t) => t.lemma), ...frames.flatMap((f) => f.args.flatMap((a) => [...a.filler.words]))]),
    fillers: [...new Set(frames.flatMap((f) => f.args.map((a) => a.filler)))],
  };
  participantsCache.set(all, { tokens: own, participants });
  return participants;
}

export const rolesSwappedRule: PairRule = (ctx) => {
  // Only a pair whose participants moved, or whose stretches that changed hold a participant,
  // can have changed roles; other pairs are not parsed.
  if (!mayMoveParticipants(ctx)) return [];
  const rSyntax = ctx.syntax.rewrite();
  const sSyntax = ctx.syntax.source();
  // "The champion beat the challenger" for "Lind beat Sokol": a description with no name of its
  // own is the one name the source gives it elsewhere ("Petra Lind, the challenger").
  const [rAll, sAll] = namedByDescription(ctx, framesOf(ctx.rTok, rSyntax), framesOf(ctx.sTok, sSyntax));
  const rParticipants = participantsOf(ctx.rTok, rAll);
  const rFrames = rParticipants.frames;
  const sParticipants = participantsOf(ctx.sTok, sAll);
  const sFrames = sParticipants.frames;
  const sLemmas = sParticipants.lemmas;
  const rLemmas = rParticipants.lemmas;
  const inSource = (p: Participant) => [...p.words].every((w) => sLemmas.has(w));
  const inRewrite = (p: Participant) => [...p.words].every((w) => rLemmas.has(w));
  // In all-lower-case text names cannot be told from common nouns, so any noun may be one.
  const cased = /\p{Lu}/u.test(ctx.rewrite.prose) && /\p{Lu}/u.test(ctx.source.prose);
  // Every role each participant has anywhere in the source: a splice or swap moves one of them.
  const sourceRoles = sParticipants.roles;
  const sourceFrameOf = sParticipants.frameOf;
  const rRoles = rParticipants.roles;
  // A participant both sentences name in the same words is that participant and no other: a
  // rare sense must not make "a man" and "a group" one party of "attacked" (sameOrSynonym).
  // (Remembered by participant: `same` asks it of both sides of every comparison, and each
  // answer scanned every role of both sentences.)
  const anchoredAnswers = new Map<Participant, boolean>();
  const anchored = (p: Participant) => {
    let answer = anchoredAnswers.get(p);
    if (answer === undefined) {
      answer = sParticipants.fillers.some((b) => sameParticipant(b, p)) && rParticipants.fillers.some((a) => sameParticipant(a, p));
      anchoredAnswers.set(p, answer);
    }
    return answer;
  };
  const same: SameParticipant = (a, b) => sameParticipant(a, b) || (!anchored(a) && !anchored(b) && sameOrSynonym(a, b));
  const reported = new Set<string>();
  const swapped: Set<string>[] = [];
  const out: RawFinding[] = [];

  // An infinitive's doer fixed by control, each side the explicit doer of the verb that controls
  // it (or of the verb whose object the infinitive completes: "signed a deal … to build"): a doer
  // carried down a chain the parse got wrong, "replaced by the band, who had been due to play",
  // is no evidence, nor a participle's, read off a clause that may have two ("merged with
  // Daybus, creating").
  const controlledBy = (all: readonly Frame[], syn: SentenceSyntax, f: Frame, a: Argument) => {
    const h = syn.heads[f.predicate]!;
    const up = h >= 0 && syn.labels[f.predicate] === 'acl' && syn.labels[h] === 'obj' ? syn.heads[h]! : h;
    return all.some((c) => c.predicate === up && c.args.some((x) => x.role === 'subj' && x.explicit && sameParticipant(x.filler, a.filler)));
  };
  // (Or the source's own doer, explicit and gone from the rewrite, which puts the controlling
  // verb's doer in its place: "were hoping the clouds stay away" / "were hoping to stay away".)
  const gone = (p: Participant) => !rParticipants.fillers.some((a) => same(a, p));
  const infinitiveDoerChanged = (arg: Argument, rf: Frame, matches: readonly Frame[]) => arg.controlled === true && arg.role === 'subj' &&
    dependentsOf(rSyntax, rf.predicate, /^mark$/).some((m) => ctx.rTok[m]!.lower === 'to') && controlledBy(rAll, rSyntax, rf, arg) &&
    matches.some((m) => m.args.some((b) => b.role === 'subj' && !same(b.filler, arg.filler) && ((b.controlled && controlledBy(sAll, sSyntax, m, b)) || (b.explicit && gone(b.filler)))));

  // A headline (no closing punctuation) drops the passive's auxiliary: "Town centre parking
  // charges approved" says the charges were approved, not that they approved anything.
  const headline = !/^[.!?…"”’')]$/.test(ctx.rTok[ctx.rTok.length - 1]?.text ?? '.');
  const headlinePassive = (rf: Frame) => headline && ctx.rTok[rf.predicate]!.pos === 'VERB' && /ed$/.test(ctx.rTok[rf.predicate]!.lower) &&
    !rf.args.some((a) => a.role === 'obj') && !rSyntax.heads.some((h, d) => h === rf.predicate && /^aux/.test(rSyntax.labels[d]!));
  for (const rf of rFrames) {
    const pred = ctx.rTok[rf.predicate]!;
    if (headlinePassive(rf)) continue;
    // A reporting verb's speaker is the attribution rule's; but one with a thing for its object
    // ("the episode was written by Chuck Tatham") is an ordinary act, and so is one with the
    // party it told ("she twice warned Brekke" / "Brekke twice warned her"), and so is one that
    // tells whom someone answers to ("Fisk will report to Mbeki-Strand").
    if (pred.lemma === 'be' || pred.lemma === 'have' || (REPORTING_VERBS.has(pred.lemma) && !rf.args.some((a) => /^i?obj$/.test(a.role)) && !answersTo(ctx.rTok, ctx.syntax.rewrite, rf.predicate))) continue;
    // The same predicate: the matched word, or the same lemma used as the same sort of word
    // ("the authority's chair" is not "chairs the authority").
    // (An event noun and its verb are one predicate, "takeover" and "take over", and so are a
    // verb and its near generalisation, "take over" and "acquire": wordnet.ts samePredicate.)
    // (Only where neither word is aligned with another: "lyrics by Earl Brent" / "texts by Matt
    // Dennis" puts "lyrics" in the place of "texts", not of "composed".)
    // (Nor one another rewrite verb of its sense tells with its own doer: "the raiders fled" is
    // "the thieves escaped", not "the alarm went off", whatever rare sense "go off" shares with
    // "flee".)
    const toldElsewhere = (sf: Frame) => rFrames.some((other) => other !== rf && (samePredicate(sf.key, other.key) || mayMeanTheSame(sf.key, other.key)) &&
      other.args.some((a) => a.role === 'subj' && a.explicit && sf.args.some((b) => b.role === 'subj' && same(b.filler, a.filler))));
    const free = (sf: Frame) => (ctx.match.sToR[sf.predicate]! < 0 || ctx.match.sToR[sf.predicate] === rf.predicate) && ctx.match.rToS[rf.predicate]! < 0;
    // A verb put in place of a synonym says what that verb said, not what the source says
    // elsewhere with the same word: "includes a conversation about a case involving a woman" /
    // "involves a conversation about a case involving a woman". (Not so a verb of another
    // meaning: "after Conrad was arrested" / "after Conrad was investigated" borrows the other
    // clause's. The synonym's own frame is compared only as samePredicate allows, "acquire" /
    // "be taken over": two single verbs' roles differ too often.)
    // (A frame a construction tells, "took X to court" for "sue", is its own predicate, whatever word carries it.)
    const replaced = rf.construed ? undefined : synonymReplaced(ctx, rf, sFrames, same);
    // (Unless both are verbs of one sense with a doer and a receiver each, the same slots
    // filled: "Petra Lind beat Ivan Sokol" / "Ivan Sokol defeated Petra Lind".)
    // (Only the same two parties each side, doer and receiver exchanged: otherwise the synonym
    // tells another act, or the same one with its slots named otherwise, "provides businesses
    // with tools" / "equips businesses with tools".)
    // (Or the thing chosen and the thing set aside: "chose Anna Berg instead of Olav Dahl" /
    // "picked Olav Dahl rather than Anna Berg".)
    // (A party fixed by a participle clause counts: "Having overtaken Alemu, Kiprotich …" /
    // "Having been passed by Alemu, Kiprotich …".)
    const bothParties = (sf: Frame) => [['subj', 'obj'], ['obj', 'obl:instead']].some(([x, y]) => {
      const found = [x, y].map((role) => rf.args.find((a) => a.role === role && (a.explicit || a.controlled))).map((a) => a ? sf.args.find((b) => same(b.filler, a.filler)) : undefined);
      return found[0]?.role === y && found[1]?.role === x;
    });
    // (A choice needs no doer: "was picked over Velora" has the chosen and the set-aside parties.)
    const choice = (f: Frame) => f.args.some((a) => a.role === 'obl:instead');
    const oneSense = !!replaced && ((transitive(replaced) && transitive(rf)) || (choice(replaced) && choice(rf))) && ctx.match.rToS[rf.predicate]! < 0 && bothParties(replaced) &&
      (lexicalRelation(ctx.sTok[replaced.predicate]!.lemma, ctx.rTok[rf.predicate]!.lemma) === 'same' || sisterAct(replaced.key, rf.key));
    if (replaced && !samePredicate(replaced.key, rf.key) && !oneSense) continue;
    const matches = sFrames.filter((sf) => (ctx.match.rToS[rf.predicate] === sf.predicate || sf.key === rf.key || (free(sf) && samePredicate(sf.key, rf.key) && !toldElsewhere(sf)) || (oneSense && sf === replaced)) &&
      !figureToldElsewhere(ctx, rf, sf, sFrames, same));
    if (matches.length === 0) continue;
    const sourceArgs = matches.flatMap((sf) => sf.args.map((arg) => ({ arg, frame: sf })));
    // (A count of a whole stands for it: "42 of its branches".)
    const partOf = (part: Participant, whole: Participant) => sSyntax.tags[part.head] === 'NUM' &&
      sAll.some((x) => x.predicate === part.head && x.args.some((o) => o.role === 'of' && same(o.filler, whole)));
    const supported = (a: Argument) => sourceArgs.some((b) => b.arg.role === a.role && same(b.arg.filler, a.filler));
    // The whole act told by a synonym (another word) the source uses of the same doer and thing:
    // "launched a crowdfunding campaign to set up a news website" / "set up a crowdfunding
    // campaign for a news website", the rewrite's "set up" matched by its word with the source's.
    const doerAndThing = rf.args.filter((a) => a.explicit && (a.role === 'subj' || a.role === 'obj'));
    if (doerAndThing.length === 2 && sFrames.some((sf) => sf.key !== rf.key && samePredicate(sf.key, rf.key) && doerAndThing.every((a) => sf.args.some((b) => b.role === a.role && same(b.filler, a.filler))))) continue;
    const changes: Change[] = [];
    for (const arg of rf.args) {
      const f = arg.filler;
      // Evidence of a change comes from what the parse attaches directly; shared subjects help
      // match a paraphrase but are too often a misparse to accuse one.
      // (A doer fixed by control against one fixed by control is as direct: "signed a deal with B
      // to supply" / "B agreed with A to supply", the supplier changed.)
      if (!arg.explicit && !infinitiveDoerChanged(arg, rf, matches)) continue;
      // The subject of a passive verb with an infinitive and no "by" phrase is the infinitive's
      // participant, raised ("emissions are expected to fall", "the plant is set to close"):
      // its role is read in the infinitive's own frame, not as the receiver of "expected".
      if (arg.fromPassive && raised(rSyntax, rf.predicate)) continue;
      const core = CORE.has(arg.role) && arg.role !== 'of';
      const rolesThere = sourceRoles.filter((b) => same(b.filler, f));
      if (!inSource(f) || rolesThere.length === 0) continue;
      // Supported, or the role is also filled by a participant the source has there (a second
      // filler of one role is a coordination or a misparse, not a swap).
      // A passive subject beside an object of the same verb is a misparse ("A dispute … is over
      // after workers accepted a settlement": "dispute" read as what was accepted).
      const misparsed = arg.role === 'obj' && rf.args.some((a) => a !== arg && a.role === 'obj' && a.explicit && a.fromPassive !== arg.fromPassive);
      if (misparsed) continue;
      // "The bank is to close 42 branches" / "42 of its branches are to close": a verb with no
      // object of its own whose subject is what the source's same verb acts on tells the change
      // itself, with its cause left out (the causative alternation: "X ended the battle" / "the
      // battle ended"); nobody took the doer's part. (Not a subject that holds the doer too, a
      // misparse of two names as one: "Deane Jesse L. Lasky recruited".)
      // (A thing, not a name or a person: what a cause acts on by itself is a thing,
      // "the branches closed"; "Lasky recruited" says Lasky did the recruiting.)
      const aThing = () => ctx.rTok[f.head]!.pos !== 'PROPN' && rSyntax.tags[f.head] !== 'PROPN' && !isPersonNoun(ctx.rTok[f.head]!.lemma);
      if (arg.role === 'subj' && !rf.args.some((a) => a.role === 'obj' || a.role === 'iobj') && aThing() &&
        matches.some((sf) => { const all = sAll.find((x) => x.predicate === sf.predicate) ?? sf; return sf.key === rf.key &&
          all.args.some((b) => b.role === 'obj' && !b.fromPassive && (same(b.filler, f) || partOf(b.filler, f))) && !all.args.some((b) => b.role === 'subj' && same(b.filler, f)); })) continue;
      if (supported(arg) || rf.args.some((a) => a !== arg && a.role === arg.role && supported(a))) {
        const crossed = acrossClauses(arg, rf, matches, same);
        if (crossed && !f.tokens.every((x) => surfacePreserved(ctx, rf.predicate, x))) changes.push({ arg, frame: crossed.frame, source: crossed.other, across: true });
        continue;
      }
      // The predicate and this participant stand in the source as they stand here, words
      // between them included: whatever the parses say, the relation is the source's.
      if (f.tokens.every((x) => surfacePreserved(ctx, rf.predicate, x))) continue;
      // The participant the source has in this role instead, or the role this participant has there.
      // (A subject fixed by control or a participle clause counts: "agreed to buy", "after rejecting".)
      // (A "he" or "she" against a name may be that name: only a pronoun displaces a pronoun.)
      const displaced = sourceArgs.find((b) => (b.arg.explicit || b.arg.controlled) && b.arg.role === arg.role && !rf.args.some((a) => a.role === arg.role && same(a.filler, b.arg.filler)) &&
        isPronounPerson(b.arg.filler) === isPronounPerson(f));
      const elsewhere = sourceArgs.find((b) => b.arg.role !== arg.role && same(b.arg.filler, f));
      let found: { arg: Argument; frame: Frame } | undefined;
      if (displaced) {
        const g = displaced.arg.filler;
        // Swapped: the displaced participant took a role this one had in the source.
        // (An event noun's phrase counts by its verb's role or as the parse gave it: "texts by
        // X" / "lyrics by X", where only one noun is derived from a verb.)
        // (In any predicate: parties exchanged between two clauses are swapped too, "trained by
        // X and ridden by Y" / "trained by Y and ridden by X". Requiring the same predicate on
        // both sides cost PAWS 0.681 -> 0.658 for one development false alarm.)
        // (A receiver and a recipient are one side of the act here: "had fined Castor Mining £2
        // million" / "Castor Mining had fined the regulator, OFCAM, £2m", whose parse lost the
        // second object beside the apposition.)
        // (Only for a doer made of the one done to: a receiver and a recipient exchanged with
        // each other are the parse's two readings of "thanked her coach, X, in her speech".)
        const otherSide = (x: string, y: string) => x === y || (arg.role === 'subj' && /^i?obj$/.test(x) && /^i?obj$/.test(y));
        // (Not between two opposite acts, each told of the other's party: "Sales rose and costs
        // fell" / "Sales fell and costs rose" turns each act round, the negation rule's two changes.)
        // (Only where the rewrite's act stands in the place of its opposite, which the negation
        // rule reports: "rejected by Chile and approved by Argentina" / "accepted by Chile and
        // rejected by Argentina" keeps each word and exchanges the parties.)
        const sAct = ctx.match.rToS[rf.predicate] ?? -1;
        const inPlaceOfOpposite = sAct >= 0 && oppositeActs(ctx.sTok[sAct]!.lemma, ctx.rTok[rf.predicate]!.lemma);
        const opposed = (a: Argument) => inPlaceOfOpposite && rAll.some((x) => x.args.includes(a) && oppositeActs(ctx.rTok[x.predicate]!.lemma, ctx.rTok[rf.predicate]!.lemma));
        const swapped = rRoles.some((a) => same(a.filler, g) && !opposed(a) && rolesThere.some((b) => otherSide(b.role, a.role) || (b.surface ?? b.role) === (a.surface ?? a.role)));
        // Spliced: the displaced participant is gone, and this one was a doer or receiver of
        // something else in the source (an owner is too often the same party described
        // another way: "the shipping firm Nordlys" ... "the company").
        // (Within one source sentence: across two merged ones, "a former employee" and "the
        // 39-year-old woman" may well be one person described twice.)
        const sameSentence = (b: Argument) => sourceFrameOf.get(b) === undefined || sourceSentenceAt(ctx, sourceFrameOf.get(b)!) === sourceSentenceAt(ctx, displaced.frame.predicate);
        // (A subject only fixed by control is no evidence of a splice: "the two sides agreed to
        // reopen the crossing" / "the crossing would reopen".)
        // (Not a description and the name right after it, "the band Hollow Kings", which a
        // misparse split into two parties.)
        const oneNounPhrase = rolesThere.some((b) => Math.min(...b.filler.tokens) === Math.max(...g.tokens) + 1 && ctx.sTok[Math.max(...g.tokens)]!.pos === 'NOUN');
        // (Nor a party the source only describes, "the theatre's gamble", against one the rewrite
        // names, "the Corran Playhouse gambled": a definite description is as often that name.)
        // (Unless the name is the other party of that very act: "the chain was undercut by the
        // discounter Hollins & Pryce" names two parties; "its doors" are still its owner's.)
        const described = cased && g.tokens.length === 1 && ctx.sTok[g.tokens[0]!]!.pos === 'NOUN' && /^(the|its|their)$/.test(ctx.sTok[g.tokens[0]! - 1]?.lower ?? '') && f.named &&
          !(ctx.sTok[g.tokens[0]! - 1]!.lower === 'the' && displaced.frame.args.some((b) => b !== displaced.arg && same(b.filler, f))) &&
          !subtreeOf(sSyntax, g.tokens[0]!).some((i) => ctx.sTok[i]!.pos === 'PROPN') && !(ctx.sTok[g.tokens[0]! + 1]?.text === ',' && ctx.sTok[g.tokens[0]! + 2]?.pos === 'PROPN');
        // (Neither is a common noun put for one of the same sense, "the fall, which followed" /
        // "the decline followed", with no "fall" left: the displaced one renamed, whatever roles the
        // word has elsewhere.)
        // (WordNet keeps some plural-only senses under the plural: "talks" is "negotiation".)
        const renamed = !g.named && !f.named && !inRewrite(g) && (mayMeanTheSame(g.headLemma, f.headLemma) ||
          mayMeanTheSame(ctx.rTok[f.head]!.lower, g.headLemma) || mayMeanTheSame(ctx.sTok[g.head]!.lower, f.headLemma));
        // (Nor the receiver made the subject of the same verb with no receiver of its own, the doer
        // left out: "the company will move its bakery to a larger unit" / "its bakery is moving to
        // a bigger unit", a verb told of what undergoes it; or by another verb, the source's passive
        // left with no partner: "An alarm was triggered" / "the alarm went off".)
        const undergoes = (b: Argument) => b.role === 'obj' && rf.args.every((a) => a.role !== 'obj') && sourceFrameOf.get(b) !== undefined &&
          (matches.some((m) => m.predicate === sourceFrameOf.get(b)) || (!!b.fromPassive && (ctx.match.sToR[sourceFrameOf.get(b)!] ?? -1) < 0));
        // (That role the participant's own, not a word of another noun's phrase that holds it:
        // "have seen applications drop", read as one noun, is no act of the applications.)
        const ownRole = (b: Argument) => b.filler.headLemma === f.headLemma || (b.filler.named && f.named);
        const spliced = displaced.arg.explicit && !inRewrite(g) && !oneNounPhrase && !described && rolesThere.some((b) => DOER_OR_RECEIVER.has(b.role) && ownRole(b) && sameSentence(b) && !(arg.role === 'subj' && undergoes(b))) && (core || !cased || f.named);
        // (Nor an act's noun told as its verb over the new receiver: "require registration" /
        // "require drones to be registered".)
        // (However the parse hung the infinitive: "registered" an oblique of "require".)
        const actTold = !g.named && dependentsOf(rSyntax, rf.predicate, /^(xcomp|obl|advcl|ccomp)$/).concat(dependentsOf(rSyntax, f.head, /^(xcomp|acl)$/))
          .some((v) => rSyntax.tags[v] === 'VERB' && samePredicate(`n:${g.headLemma}`, ctx.rTok[v]!.lemma));
        // (A "he" or "she" is known only by the pronoun: two parties exchanged, not one lost.)
        if ((swapped || (spliced && !isPronounPerson(f))) && !renamed && !actTold) found = displaced;
      }
      // (Also, for a doer named in a "by" phrase, when the participant displaced is still there
      // in another role: "Orvane agreed to buy Millstead" / "Orvane agreed to a takeover by
      // Millstead". A bare subject there is as often a verb that alternates or a misparse:
      // "the crossing would reopen", "diplomats hosted".)
      // (Not the "of" phrase of the act's own noun, which names its doer as often as not: "the
      // approval of Copperline's shareholders" / "approved by Copperline's shareholders".)
      const ownNounsOf = elsewhere?.arg.role === 'of' && elsewhere.frame.key.startsWith('n:') && samePredicate(elsewhere.frame.key, rf.key);
      // (Or where the act's other party here is only a "her" or "him": "Ibáñez visited Tulloch" /
      // "Tulloch visited her" makes the one visited the visitor, whoever the pronoun is.)
      // (Or the one told: "she twice warned Brekke" / "Brekke twice warned her".)
      const pronounReceiver = arg.role === 'subj' && /^i?obj$/.test(elsewhere?.arg.role ?? '') && matches.includes(elsewhere!.frame) &&
        rf.args.some((a) => /^i?obj$/.test(a.role) && a.explicit && isPronounPerson(a.filler));
      if (!found && (!displaced || arg.agent || pronounReceiver) && elsewhere && core && !isPronounPerson(f) && !ownNounsOf && CORE.has(elsewhere.arg.role) && (transitive(elsewhere.frame) || (pronounReceiver && elsewhere.arg.role === 'iobj') || (transitive(rf) && pronounBeside(sSyntax, ctx.sTok, elsewhere)) ||
        (arg.agent && elsewhere.arg.role !== 'subj' && elsewhere.arg.explicit && elsewhere.frame.key !== rf.key))) {
        // ("the festival closes" / "close the festival": a verb that alternates, not a swap;
        // nor "the two sides agreed to reopen the crossing" / "the crossing would reopen",
        // whose doer the source only implies through the verb that controls it. A doer named
        // in a "by" phrase is no alternation: "taken over by X" where the source's X is acquired,
        // with a predicate of another word (the same verb in both is read as before).)
        found = elsewhere;
      }
      if (!found) continue;
      // (A receiver told as a recipient, or the other way round, is the parse's two readings of
      // one object: "making it Europe's third-largest group" / "makes Brålund the third-largest",
      // "handing over the centre" / "delivering the centre four months late".)
      if (found === elsewhere && found !== displaced && /^i?obj$/.test(arg.role) && /^i?obj$/.test(found.arg.role)) continue;
      // A phrase's attachment is the parser's commonest error ("kept blood sugar under control …
      // according to a study in the journal X": "in the journal" hung on "keep"): a place or
      // other oblique changes hands only between two names ("from Paris to Rome").
      // (In all-lower-case text, where names cannot be told, any noun may be one.)
      // (Or two parties that exchanged two roles of one act, each taking the other's: "the union's
      // offer to Castlereagh" / "Castlereagh's offer to the union".)
      const other = found.arg.filler;
      const exchanged = found === displaced && rf.args.some((a) => a !== arg && a.explicit && same(a.filler, other) && displaced.frame.args.some((b) => b.role === a.role && same(b.filler, f)));
      if (!core && cased && !(f.named && other.named) && !exchanged) continue;
      // (Nor a name and a definite description of it exchanged between two acts, the name told
      // first in both texts: "takeover of Harrowgate … uncertainty at the League Two club" /
      // "uncertainty at Harrowgate … takeover of the League Two club" names a party and then
      // points back to it. Not a description the source gives another name: "the agency" for
      // "the Aldermark Anti-Doping Agency" is not Wróbel.)
      if (found === displaced && !exchanged && cased) {
        const [name, description, descTokens] = nameAgainstDescription(ctx.rTok, f, ctx.sTok, other) ? [f, other, ctx.sTok]
          : nameAgainstDescription(ctx.sTok, other, ctx.rTok, f) ? [other, f, ctx.rTok] : [];
        // (The description in its own words: "the league" is no mention of "the League Two club".)
        const firstIn = (side: Participants, p: Participant, like: SameParticipant) => Math.min(...side.fillers.filter((x) => like(x, p)).flatMap((x) => x.tokens));
        const namedFirst = (side: Participants) => firstIn(side, name!, same) < firstIn(side, description!, sameWords);
        if (name && description && namedFirst(sParticipants) && namedFirst(rParticipants)) {
          const described = describedBy(ctx.memo('source-described-names', () => describedNamesIn(ctx.source.sentences)), descTokens![description.head]!.lemma);
          if (!described || [...name.names].some((w) => described.has(w))) continue;
        }
      }
      // (And only within one event: two subjects that are different things tell two events, "Best
      // actor went to Asante" / "the best actress award went to Ruiz".)
      const [rDoer, sDoer] = [explicitDoer(rf), explicitDoer(found.frame)];
      // (Not where the doers are themselves exchanged: each is in the other's frame.)
      if (!core && rDoer && sDoer && !same(rDoer, sDoer) && !rf.args.some((a) => same(a.filler, sDoer)) && !found.frame.args.some((a) => same(a.filler, rDoer))) continue;
      // "closed for the purpose of carrying out repairs" / "closed for repairs": a phrase
      // shortened to a participant inside it is a compression, not a move.
      const g = other.head;
      const distinctive = [...f.words].filter((w) => !other.words.has(w));
      const occurrences = ctx.sTok.flatMap((t, i) => (distinctive.includes(t.lemma) ? [i] : []));
      // (Two names are never one phrase shortened: "Aaren Russell with Alex Davison" hung together is a misparse.)
      const bothNamed = f.named && other.named;
      if (!bothNamed && occurrences.some((i) => withinPhrase(sSyntax, g, i) || withinPhrase(sSyntax, i, g))) continue;
      changes.push({ arg, frame: found.frame, source: found.arg });
    }
    if (changes.length === 0) continue;
    const words = changes.flatMap((c) => [...c.arg.filler.words, ...c.source.filler.words]);
    const key = [...words].sort().join(' ');
    if (reported.has(key) || changes.some((c) => c.arg.filler.tokens.some((i) => ctx.claimed.has(i)))) continue;
    // (The same two parties exchanged again in another frame of the sentence, "was sin-binned
    // for a high tackle on X", is the swap already reported.)
    if (swapped.some((done) => words.every((w) => done.has(w)) || [...done].every((w) => words.includes(w)))) continue;
    reported.add(key);
    swapped.push(new Set(words));
    const rIdx = [rf.predicate, ...changes.flatMap((c) => c.arg.filler.tokens)];
    const sIdx = [changes[0]!.frame.predicate, ...changes.flatMap((c) => c.source.filler.tokens)];
    const rName = (p: Participant) => participantText(ctx, 'rewrite', p);
    const sName = (p: Participant) => participantText(ctx, 'source', p);
    const what = changes.map((c) => c.across
      ? `${rName(c.arg.filler)} is the ${roleName(c.arg.role)} of ${q(pred.text)} here, where the source's ${roleName(c.source.role)} of that ${q(ctx.sTok[c.frame.predicate]!.text)} is ${sName(c.source.filler)}`
      : c.source.role === c.arg.role
      ? `the ${roleName(c.arg.role)} of ${q(pred.text)} is ${rName(c.arg.filler)}, where the source has ${sName(c.source.filler)}`
      : `${rName(c.arg.filler)} is now the ${roleName(c.arg.role)} of ${q(pred.text)}, where the source has it as the ${roleName(c.source.role)}`);
    out.push(swapFinding(ctx, rIdx, sIdx, what.join('; ')));
  }
  // Two verbs for one act on one thing, its doer and other party exchanged: "an offer which the
  // airline made to the union" / "an offer that the union put to the airline", "lodged a
  // complaint against X" / "filed a complaint against Y". (The same verb is read above.)
  for (const rf of rFrames) {
    const rObj = rf.args.find((a) => a.role === 'obj');
    const rSubj = rf.args.find((a) => a.role === 'subj' && a.explicit);
    if (!rObj || !rSubj || ctx.rTok[rf.predicate]!.pos !== 'VERB' || rf.args.some((a) => a.role === 'obj' && a !== rObj)) continue;
    // (A recipient told as an indirect object is the "to" phrase: "has given Helmdal the data".)
    const told = (a: Argument) => a.surface ?? a.role;
    for (const rOther of rf.args.filter((a) => told(a).startsWith('obl:') && a.explicit)) {
      const sf = sFrames.find((f) => f.key !== rf.key && ctx.sTok[f.predicate]!.pos === 'VERB' &&
        f.args.some((a) => a.role === 'obj' && sameParticipant(a.filler, rObj.filler)) &&
        f.args.some((a) => a.role === 'subj' && a.explicit && sameParticipant(a.filler, rOther.filler)) &&
        f.args.some((a) => told(a) === told(rOther) && a.explicit && sameParticipant(a.filler, rSubj.filler)));
      if (!sf || sameParticipant(rSubj.filler, rOther.filler)) continue;
      const words = [...rSubj.filler.words, ...rOther.filler.words];
      const key = [...words].sort().join(' ');
      if (reported.has(key) || swapped.some((done) => words.every((w) => done.has(w))) || [rf.predicate, ...rSubj.filler.tokens].some((i) => ctx.claimed.has(i))) continue;
      reported.add(key);
      swapped.push(new Set(words));
      const rIdx = [rf.predicate, ...rSubj.filler.tokens, ...rOther.filler.tokens];
      const sDoers = sf.args.filter((a) => a.role === 'subj');
      const sIdx = [sf.predicate, ...[...sDoers, ...sf.args.filter((a) => told(a) === told(rOther))].flatMap((a) => a.filler.tokens)];
      out.push(swapFinding(ctx, rIdx, sIdx, `the doer of ${q(ctx.rTok[rf.predicate]!.text)} is ${participantText(ctx, 'rewrite', rSubj.filler)}, where the source's doer of ${q(ctx.sTok[sf.predicate]!.text)} is ${participantText(ctx, 'source', sDoers.find((a) => sameParticipant(a.filler, rOther.filler))!.filler)}`));
    }
  }
  // The act chosen and the act set aside exchanged: "chose to extend the runway instead of
  // building a terminal" / "opted to build a terminal in place of lengthening the runway", each
  // act known by its object.
  const alternatives = (tokens: readonly Token[], syn: SentenceSyntax, frames: readonly Frame[]) => frames.flatMap((chosen) => {
    const object = chosen.args.find((a) => a.role === 'obj' && a.explicit);
    if (!object) return [];
    return dependentsOf(syn, chosen.predicate, /^advcl$/).filter((v) => dependentsOf(syn, v, /^mark$/).some((m) => setsAside(tokens, syn, m)))
      .flatMap((v) => frames.filter((f) => f.predicate === v).flatMap((f) => f.args.filter((a) => a.role === 'obj' && a.explicit).map((a) => ({ chosen, object, aside: f, asideObject: a }))));
  });
  for (const r of alternatives(ctx.rTok, rSyntax, rFrames)) {
    const s = alternatives(ctx.sTok, sSyntax, sFrames).find((x) => same(x.object.filler, r.asideObject.filler) && same(x.asideObject.filler, r.object.filler));
    if (!s || [r.chosen.predicate, r.aside.predicate].some((i) => ctx.claimed.has(i))) continue;
    const rIdx = [r.chosen.predicate, ...r.object.filler.tokens, r.aside.predicate, ...r.asideObject.filler.tokens];
    const sIdx = [s.chosen.predicate, ...s.object.filler.tokens, s.aside.predicate, ...s.asideObject.filler.tokens];
    out.push(swapFinding(ctx, rIdx, sIdx, `the act done is ${q(ctx.rTok[r.chosen.predicate]!.text)} ${participantText(ctx, 'rewrite', r.object.filler)}, the one set aside ${q(ctx.rTok[r.aside.predicate]!.text)} ${participantText(ctx, 'rewrite', r.asideObject.filler)}: the source has them the other way round`));
  }
  // A giver and a receiver exchanged, however each side tells the transfer: "a £5m loan from
  // Brenmoor to Wexley" / "Wexley agreed to lend Brenmoor £5m", "received a loan from its parent"
  // / "a loan went from Northmoor to its parent".
  // Each pair of parties reported once, and not over words another finding claimed.
  const reportOnce = (words: Iterable<string>, rIdx: readonly number[], sIdx: readonly number[], why: () => string) => {
    const key = [...words].sort().join(' ');
    if (reported.has(key) || rIdx.some((i) => ctx.claimed.has(i))) return;
    reported.add(key);
    out.push(swapFinding(ctx, rIdx, sIdx, why()));
  };
  // (The rewrite's first: most sentences tell no transfer or order, and the source's are then not read.)
  // (Told of names and nouns only: two parties of one transfer, order or converse may both be a
  // "her", and a pronoun's referent is not known to be the same across the texts.)
  const rNamed = withoutPronouns(rFrames), sNamed = withoutPronouns(sFrames);
  const rTransfers = transfersIn(rNamed);
  const sTransfers = rTransfers.length ? transfersIn(sNamed) : [];
  for (const rt of rTransfers) {
    // (Where a party's shorter name lies inside the other's, "the zoo" / "Vindelholm Zoo", each
    // may be read as the other: the direction whose parties match word for word is the one told.)
    const exact = (a: Argument, b: Argument) => (sameWords(a.filler, b.filler) ? 1 : 0);
    const asTold = (x: Transfer) => same(x.giver.filler, rt.giver.filler) && same(x.receiver.filler, rt.receiver.filler) &&
      exact(x.giver, rt.giver) + exact(x.receiver, rt.receiver) >= exact(x.giver, rt.receiver) + exact(x.receiver, rt.giver);
    const st = sTransfers.find((x) => sameTransfer(ctx, x.frame, rt.frame) && same(x.giver.filler, rt.receiver.filler) && same(x.receiver.filler, rt.giver.filler) && !asTold(x));
    if (!st) continue;
    reportOnce([...rt.giver.filler.words, ...rt.receiver.filler.words], [rt.frame.predicate, ...rt.giver.filler.tokens, ...rt.receiver.filler.tokens],
      [st.frame.predicate, ...st.giver.filler.tokens, ...st.receiver.filler.tokens],
      () => `the giver is ${participantText(ctx, 'rewrite', rt.giver.filler)} and the receiver ${participantText(ctx, 'rewrite', rt.receiver.filler)}, the other way round from the source`);
  }
  // The one chosen and the one set aside exchanged, whatever the verb of choosing: "picked Calvo
  // instead of Feeney" / "has gone for Feeney rather than Calvo". ("Instead of", "rather than",
  // "in place of" mark the party set aside; the chosen one is the act's other party, told as its
  // object or in a phrase of its own.) Only between acts of the same doer, or with none named.
  const setAside = (f: Frame) => f.args.find((a) => a.role === 'obl:instead' && a.explicit);
  const chosen = (f: Frame, aside: Argument) => f.args.filter((a) => a !== aside && a.explicit && (a.role === 'obj' || /^obl:(for|over|as)$/.test(a.role)));
  for (const rf of rNamed) {
    const rAside = setAside(rf);
    if (!rAside) continue;
    for (const sf of sNamed) {
      const sAside = setAside(sf);
      if (!sAside || same(rAside.filler, sAside.filler)) continue;
      const rChosen = chosen(rf, rAside).find((a) => same(a.filler, sAside.filler));
      const sChosen = chosen(sf, sAside).find((a) => same(a.filler, rAside.filler));
      const [rDoer, sDoer] = [explicitDoer(rf), explicitDoer(sf)];
      if (!rChosen || !sChosen || (rDoer && sDoer && !same(rDoer, sDoer))) continue;
      reportOnce([...rChosen.filler.words, ...rAside.filler.words], [rf.predicate, ...rChosen.filler.tokens, ...rAside.filler.tokens],
        [sf.predicate, ...sChosen.filler.tokens, ...sAside.filler.tokens],
        () => `${participantText(ctx, 'rewrite', rChosen.filler)} is chosen over ${participantText(ctx, 'rewrite', rAside.filler)}, where the source has them the other way round`);
      break;
    }
  }
  // A leader and the one behind it exchanged: "Kelso Bank overtook Merrion Trust" / "Merrion
  // Trust moved ahead of Kelso Bank", "Kaldera finished above Rumelia" / "Rumelia ended ahead of
  // Kaldera"; and a winner and a loser: "Wójcik's defeat of Lacombe" / "Lacombe's win over Wójcik".
  const rOrders = precedencesIn(ctx.rTok, rSyntax, rNamed);
  const sOrders = rOrders.length ? precedencesIn(ctx.sTok, sSyntax, sNamed) : [];
  for (const r of rOrders) {
    // (Not when each party is word for word the one in the same place: "online sales" read as
    // plain "sales" is within "in-store sales" too.)
    const s = sOrders.find((x) => same(x.leader.filler, r.follower.filler) && same(x.follower.filler, r.leader.filler) &&
      !(sameWords(x.leader.filler, r.leader.filler) && sameWords(x.follower.filler, r.follower.filler)));
    if (!s) continue;
    reportOnce([...r.leader.filler.words, ...r.follower.filler.words], [r.at, ...r.leader.filler.tokens, ...r.follower.filler.tokens],
      [s.at, ...s.leader.filler.tokens, ...s.follower.filler.tokens],
      () => `${participantText(ctx, 'rewrite', r.leader.filler)} ${r.contest ? 'wins over' : 'is put ahead of'} ${participantText(ctx, 'rewrite', r.follower.filler)}, where the source has them the other way round`);
  }
  for (const c of converseSwaps(ctx, rNamed, sNamed)) {
    const rPred = ctx.rTok[c.rPredicate]!.text;
    const sPred = ctx.sTok[c.sPredicate]!.text;
    reportOnce(c.doer.words, c.rIdx, c.sIdx, () => (c.reversed
      ? `"to" and "from" exchanged: the direction of ${q(rPred)} is reversed`
      : `${q(rPred)} tells the event from the other side of ${q(sPred)}, but the doer is still ${participantText(ctx, 'rewrite', c.doer)}`));
  }
  return out;
};

/**
 * A swap of roles, from the first to the last word of each side's reading (the rewrite's words
 * claimed, so no other rule reports them again), and why in the reader's terms. The source's
 * words are the aligned sentence's, or another source sentence's (`sTokens`).
 */
export function swapFinding(ctx: PairContext, rIdx: readonly number[], sIdx: readonly number[], why: string, sTokens: readonly Token[] = ctx.sTok): RawFinding {
  claim(ctx, rIdx);
  const rSpan = spanOf(ctx.rTok.slice(Math.min(...rIdx), Math.max(...rIdx) + 1));
  const sSpan = spanOf(sTokens.slice(Math.min(...sIdx), Math.max(...sIdx) + 1));
  return {
    kind: 'roles-swapped',
    rewrite: rSpan,
    source: sSpan,
    message: `Roles swapped: source says ${q(textOf(ctx.source, sSpan))}, rewrite says ${q(textOf(ctx.rewrite, rSpan))} (${why}).`,
    suggestion: null,
  };
}

/** A participant's words as its own text writes them, quoted. */
function participantText(ctx: PairContext, side: 'source' | 'rewrite', p: Participant): string {
  const tokens = side === 'source' ? ctx.sTok : ctx.rTok;
  return q(textOf(side === 'source' ? ctx.source : ctx.rewrite, spanOf(p.tokens.map((i) => tokens[i]!))));
}

/**
 * Whether the source's verb at `si` and the rewrite's at `ri` are converses told from the same
 * doer (converseSwaps): a swap of roles, which this rule reports, not an opposite for the
 * negation rule ("X paid Y" / "X received from Y", "Acme sold the plant to Globex" / "Acme
 * bought the plant from Globex").
 */
export function converseSwapAt(ctx: PairContext, si: number, ri: number): boolean {
  const rSyntax = ctx.syntax.rewrite();
  const rFrames = withoutPronouns(participantFrames(ctx.rTok, framesOf(ctx.rTok, rSyntax)));
  const sFrames = withoutPronouns(participantFrames(ctx.sTok, framesOf(ctx.sTok, ctx.syntax.source())));
  return converseSwaps(ctx, rFrames.filter((f) => f.predicate === ri), sFrames.filter((f) => f.predicate === si), rFrames, sFrames).length > 0;
}

/** Frames with their "he"/"she" participants left out (the same frames where they have none). */
function withoutPronouns(frames: readonly Frame[]): readonly Frame[] {
  if (!frames.some((f) => f.args.some((a) => isPronounPerson(a.filler)))) return frames;
  return frames.map((f) => ({ ...f, args: f.args.filter((a) => !isPronounPerson(a.filler)) })).filter((f) => f.args.length);
}

/** A converse frame's other party, and how it is marked: "to"/"from" phrases, a recipient, the owner of what is received, else the object. */
function otherParty(frames: readonly Frame[], f: Frame): { filler: Participant; marker: string } | null {
  const direct = f.args.find((a) => a.role === 'iobj' || a.role === 'obl:to' || a.role === 'obl:from');
  // (A "to" phrase naming a thing beside a named object is where the act got to, not its other
  // party: "beat de Graaf to third place".)
  const namedObject = f.args.some((a) => a.role === 'obj' && a.filler.named);
  if (direct && (direct.filler.named || !namedObject)) return { filler: direct.filler, marker: direct.role };
  // "receive a fee from Kessing": the phrase hung on the object.
  for (const o of f.args.filter((a) => a.role === 'obj')) {
    const nested = frames.find((g) => g.predicate === o.filler.head)?.args.find((a) => /^(nmod|obl):(to|from)$/.test(a.role));
    if (nested) return { filler: nested.filler, marker: `obl:${nested.role.split(':')[1]}` };
    // "bought Ardmore Capital's holding": what a verb of receiving takes, its owner gave.
    const owner = transferSide(f.key) === 'receiver' ? frames.find((g) => g.predicate === o.filler.head)?.args.find((a) => a.role === 'of' && a.filler.named) : undefined;
    if (owner) return { filler: owner.filler, marker: 'obl:from' };
  }
  const obj = f.args.find((a) => a.role === 'obj' && a.filler.named);
  return obj ? { filler: obj.filler, marker: 'obj' } : null;
}

/** Who is ahead and who behind, as a frame tells it, and the word that tells it. */
interface Precedence { readonly at: number; readonly leader: Argument; readonly follower: Argument; readonly contest?: boolean }

/** Verbs whose doer gets ahead of their receiver, by sense ("overtake", "surpass", "beat"), and whose doer is behind ("trail"). */
const AHEAD_SENSES = ['overtake', 'surpass', 'outstrip'];
const BEHIND_SENSES = ['trail'];
const bySense = (lemma: string, senses: readonly string[]) => senses.some((x) => lemma === x || mayMeanTheSame(lemma, x));

/**
 * The orders frames tell: a verb of getting ahead ("overtook", "outsold": "out-" before a verb)
 * puts its doer before its receiver, one of trailing after it; "ahead of", "above", "behind",
 * "below" put the clause's doer before or after their party.
 */
function precedencesIn(tokens: readonly Token[], syn: SentenceSyntax, frames: readonly Frame[]): Precedence[] {
  const out: Precedence[] = [];
  const doer = (f: Frame | undefined) => f?.args.find((a) => a.role === 'subj' && (a.explicit || a.controlled));
  for (const f of frames) {
    const contest = winnerAndLoser(tokens, f, doer(f));
    if (contest) out.push({ at: f.predicate, leader: contest[0], follower: contest[1], contest: true });
    if (f.key.startsWith('n:')) continue;
    const lemma = tokens[f.predicate]!.lemma;
    const subj = doer(f);
    const obj = f.args.find((a) => a.role === 'obj' && a.explicit);
    const outVerb = /^out[a-z]{3,}$/.test(lemma) && isVerbLemma(lemma.slice(3));
    if (subj && obj && (outVerb || bySense(lemma, AHEAD_SENSES))) out.push({ at: f.predicate, leader: subj, follower: obj });
    else if (subj && obj && bySense(lemma, BEHIND_SENSES)) out.push({ at: f.predicate, leader: obj, follower: subj });
    // "finished above Rumelia", "ended ahead of Kaldera" (a phrasal "end_ahead" with its "of"),
    // "went past Reyes".
    for (const a of f.args) {
      const ahead = a.role === 'obl:above' || a.role === 'obl:past' || (a.role === 'of' && f.key.endsWith('_ahead'));
      const behind = a.role === 'obl:below' || a.role === 'obl:behind';
      if (subj && ahead) out.push({ at: f.predicate, leader: subj, follower: a });
      if (subj && behind) out.push({ at: f.predicate, leader: a, follower: subj });
    }
    // "moved ahead of Kelso Bank": "ahead" with its "of", the doer the verb's it hangs on.
    if (lemma === 'ahead' || lemma === 'behind') {
      const of = f.args.find((a) => a.role === 'of');
      const host = frames.find((g) => g.predicate === syn.heads[f.predicate]);
      const d = doer(host);
      if (of && d) out.push(lemma === 'ahead' ? { at: f.predicate, leader: d, follower: of } : { at: f.predicate, leader: of, follower: d });
    }
  }
  return out;
}

/** Nouns and verbs of winning over a party ("Lacombe's win over Wójcik", "a victory over"). */
const WINNING = /^(win|victory|triumph|win_over)$/;
/** Nouns and verbs of losing to a party ("lost to Kellingham", "a defeat by Kellingham"). */
const LOSING = /^(lose|loss|defeat)$/;

/**
 * The winner and the loser of a contest a frame tells, however it is worded: "X beat Y", "X's
 * defeat of Y", "X's win over Y", "X's victory over Y"; "X lost to Y", "X's loss to Y", "X's
 * defeat by Y". Null for a frame that tells none.
 */
function winnerAndLoser(tokens: readonly Token[], f: Frame, subj: Argument | undefined): [Argument, Argument] | null {
  const base = f.key.replace(/^n:/, '');
  const noun = f.key.startsWith('n:');
  const role = (re: RegExp) => f.args.find((a) => re.test(a.role));
  const obj = role(/^obj$/);
  // (A noun's owner is its doer: "Dunmere's win", parsed as a noun or as a verb.)
  const owner = role(/^of$/) ?? subj;
  if (WINNING.test(base)) {
    const over = base === 'win_over' ? obj : role(/^(obl|nmod):over$/);
    return owner && over ? [base === 'win_over' ? subj ?? owner : owner, over] : null;
  }
  // "X's defeat by Y" (the "by" party the frame's agent), "lost to Y".
  const to = role(/^(obl|nmod):to$/);
  const agent = f.args.find((a) => a.agent);
  if (LOSING.test(base) && (to || (noun && agent))) {
    const winner = to ?? agent!;
    const loser = noun ? role(/^(of|obj)$/) : subj;
    return loser && loser !== winner ? [winner, loser] : null;
  }
  // "X beat Y", "X's defeat of Y": a verb (or its noun) of defeating, doer over receiver.
  if (subj && obj && !obj.fromPassive && !subj.agent && bySense(tokens[f.predicate]!.lemma, ['defeat'])) return [subj, obj];
  return null;
}

/** The doer a frame's parse names itself (not one fixed by control). */
function explicitDoer(f: Frame): Participant | undefined {
  return f.args.find((a) => a.role === 'subj' && a.explicit)?.filler;
}

/** A transfer's giver and receiver, as a frame tells them. */
interface Transfer { readonly frame: Frame; readonly giver: Argument; readonly receiver: Argument }

/**
 * The transfers frames tell: a "from" party gives and a "to" party receives ("a loan from
 * Brenmoor to Wexley"); otherwise a giving verb's doer gives to its "to" party or recipient
 * ("lent the association £5m"), a receiving verb's doer receives from its "from" party
 * ("borrowed £5m from the club"). Named or described parties only, never an amount.
 */
function transfersIn(frames: readonly Frame[]): Transfer[] {
  const out: Transfer[] = [];
  for (const f of frames) {
    const from = f.args.find((a) => /^(obl|nmod):from$/.test(a.role) && a.explicit);
    // (Or the recipient a light verb handed the act to: "provide Northfield with a loan", "give
    // Northfield a loan", read as the loan's receiver.)
    const to = f.args.find((a) => (/^(obl|nmod):to$/.test(a.role) || a.role === 'iobj' || a.surface === 'iobj') && a.explicit);
    const doer = f.args.find((a) => a.role === 'subj' && (a.explicit || a.controlled));
    const side = from && to ? null : transferSide(f.key);
    const pair = from && to ? [from, to] : side === 'giver' && doer && to ? [doer, to] : side === 'receiver' && doer && from ? [from, doer] : null;
    if (pair) out.push({ frame: f, giver: pair[0]!, receiver: pair[1]! });
  }
  return out;
}

/** Whether two frames tell one transfer: the same predicate, one of the same sense, or its converse. */
function sameTransfer(ctx: PairContext, sf: Frame, rf: Frame): boolean {
  const s = ctx.sTok[sf.predicate]!.lemma, r = ctx.rTok[rf.predicate]!.lemma;
  return sf.key === rf.key || s === r || mayMeanTheSame(s, r) || samePredicate(sf.key, rf.key) || areConverse(sf.key.replace(/^n:/, ''), rf.key.replace(/^n:/, ''));
}

interface ConverseSwap { readonly rPredicate: number; readonly sPredicate: number; readonly doer: Participant; readonly rIdx: number[]; readonly sIdx: number[]; readonly reversed: boolean }

/**
 * Converse verbs ("pay" / "receive", "sell" / "buy", "beat" / "lose to") tell one event from its
 * two parties, so the doer of one is the other party of the other: "Tarrow paid Kessing" =
 * "Kessing received money from Tarrow". The rewrite's doer the same as the source's, with the
 * same other party, swaps them ("Tarrow will receive a fee from Kessing"). Only frames with two
 * parties marked differently count ("to" / "from", a recipient / "from", an object / "to"):
 * antonyms that take the same marks are opposites, not converses ("accepted the offer from X" /
 * "rejected the offer from X" is the negation rule's).
 */
function converseSwaps(ctx: PairContext, rFrames: readonly Frame[], sFrames: readonly Frame[], rAll = rFrames, sAll = sFrames): ConverseSwap[] {
  const out: ConverseSwap[] = [];
  const doer = (f: Frame) => f.args.find((a) => a.role === 'subj' && (a.explicit || a.controlled))?.filler;
  for (const rf of rFrames) {
    if (rf.key.startsWith('n:') || ctx.rTok[rf.predicate]!.pos !== 'VERB') continue;
    const rDoer = doer(rf);
    const rOther = otherParty(rAll, rf);
    if (!rDoer || !rOther) continue;
    for (const sf of sFrames) {
      // The same verb with "to" and "from" exchanged reverses its direction just as a converse
      // verb does ("lease the building to the college" / "lease the building from the college").
      // So does any verb of the same thing moved with them: "sold the striker to Ashcombe" /
      // "signed the striker from Ashcombe", where "to" marks whom it went to and "from" whom it
      // came from, whatever the verbs.
      const sameVerb = rf.key === sf.key;
      if (sf.key.startsWith('n:') || ctx.sTok[sf.predicate]!.pos !== 'VERB') continue;
      const sDoer = doer(sf);
      const sOther = otherParty(sAll, sf);
      if (!sDoer || !sOther || sOther.marker === rOther.marker) continue;
      const crossed = [sOther.marker, rOther.marker].sort().join(' ') === 'obl:from obl:to';
      // (A counted amount at one end of a change is no party: "cut the limit from 36 vessels to
      // 24" / "reduced the limit to 24 vessels from 36" hangs the noun on either figure.)
      if (crossed && (hasDependent(ctx.syntax.rewrite(), rOther.filler.head, /^nummod$/) || hasDependent(ctx.syntax.source(), sOther.filler.head, /^nummod$/))) continue;
      const object = (f: Frame) => f.args.find((a) => a.role === 'obj' && a.explicit)?.filler;
      const rObject = object(rf), sObject = object(sf);
      const moved = crossed && !!rObject && !!sObject && sameParticipant(rObject, sObject);
      if (!sameVerb && !moved && !areConverse(rf.key, sf.key)) continue;
      if (sameVerb && !crossed) continue;
      // (A "to" or "from" phrase right after another phrase's noun may be that noun's: "apply for
      // approval from the regulators" = "apply to the regulators for approval".)
      if (sameVerb && (afterAnotherPhrase(sf, sOther.filler) || afterAnotherPhrase(rf, rOther.filler))) continue;
      if (rOther.marker === 'obj' && sOther.marker === 'obj') continue;
      if (!sameParticipant(rDoer, sDoer) || !sameParticipant(rOther.filler, sOther.filler) || sameParticipant(rDoer, rOther.filler)) continue;
      out.push({
        rPredicate: rf.predicate, sPredicate: sf.predicate, doer: rDoer, reversed: sameVerb || (moved && !areConverse(rf.key, sf.key)),
        rIdx: [rf.predicate, ...rDoer.tokens, ...rOther.filler.tokens],
        sIdx: [sf.predicate, ...sDoer.tokens, ...sOther.filler.tokens],
      });
    }
  }
  return out;
}

/** Whether a party's phrase starts right after the noun of another of the frame's prepositional phrases. */
function afterAnotherPhrase(f: Frame, party: Participant): boolean {
  const marker = Math.min(...party.tokens) - 1;
  return f.args.some((a) => a.role.startsWith('obl:') && a.filler !== party && Math.max(...a.filler.tokens) === marker - 1);
}

const numbersOf = new WeakMap<readonly Token[], ReturnType<typeof findNumbers>>();

/** An amount of something measured ("ten years", "$40 million", "12%"), not a counted party ("seven games"). */
function isMeasure(tokens: readonly Token[], p: Participant): boolean {
  let numbers = numbersOf.get(tokens);
  if (!numbers) numbersOf.set(tokens, (numbers = findNumbers(tokens)));
  return numbers.some((m) => m.unit !== null && m.first <= p.head && p.head <= m.last);
}

/**
 * The source frame of the verb a rewrite verb replaced, when the two can mean the same ("includes"
 * / "involves"): the verb in the stretch the rewrite replaced, or one the alignment matched with
 * the same word elsewhere while a synonym's clause holds its parties ("older year groups have
 * been taught …, while pupils have been learning at the centre" / "pupils have been taught at
 * the centre, with older year groups using …": this "taught" is that "learning", which has more
 * of its parties than the other "taught" has).
 */
/**
 * Two verbs, or two event nouns, that are kinds of one act (WordNet sister terms) and no converse
 * pair ("oust" / "unseat", "Halvorsen's takeover of Brightmoor" / "the purchase of Brightmoor by
 * Halvorsen").
 */
function sisterAct(a: string, b: string): boolean {
  const verbs = !/^[na]:/.test(a) && !/^[na]:/.test(b);
  const nouns = a.startsWith('n:') && b.startsWith('n:');
  if (!(verbs || nouns) || a === b) return false;
  const [x, y] = [a, b].map((key) => key.replace(/^n:/, '')) as [string, string];
  // (Not two verbs of transfer, "lend" / "sell": which side each doer is on is the transfer rule's.)
  return lexicalRelation(x, y) === 'sister' && !areConverse(x, y) && !(transferSide(x) && transferSide(y));
}

function synonymReplaced(ctx: PairContext, rf: Frame, sFrames: readonly Frame[], same: SameParticipant): Frame | undefined {
  const r = rf.predicate;
  const lemma = ctx.rTok[r]!.lemma;
  const synonym = (sf: Frame) => ctx.sTok[sf.predicate]!.lemma !== lemma && ctx.sTok[sf.predicate]!.pos === ctx.rTok[r]!.pos && mayMeanTheSame(ctx.sTok[sf.predicate]!.lemma, lemma);
  const parties = rf.args.filter((a) => a.explicit).map((a) => a.filler);
  const shared = (sf: Frame) => parties.filter((p) => sf.args.some((b) => same(b.filler, p))).length;
  if (ctx.match.rToS[r]! < 0) {
    const hunk = ctx.match.hunks.find((h) => h.r.includes(r));
    // (Or, where the participants moved round it, the unmatched synonym that tells of both:
    // "Petra Lind beat Ivan Sokol" / "Ivan Sokol defeated Petra Lind".)
    // (A sister verb too, two kinds of one act, where both parties are told of it and the two
    // are no converse pair: "Ibarra unseated Mallory" / "Mallory ousted Ibarra", "brought in
    // Ibáñez as an adviser" / "Ibáñez has taken Ashdown on".)
    return (hunk && sFrames.find((sf) => hunk.s.includes(sf.predicate) && synonym(sf))) ??
      (parties.length >= 2 ? sFrames.find((sf) => ctx.match.sToR[sf.predicate]! < 0 && (synonym(sf) || sisterAct(sf.key, rf.key)) && shared(sf) >= 2) : undefined);
  }
  if (parties.length === 0) return undefined;
  const ownFrames = sFrames.filter((sf) => sf.key === rf.key || ctx.match.rToS[r] === sf.predicate);
  const own = Math.max(0, ...ownFrames.map(shared));
  // (One party is enough where it keeps its role, and either the source's own word tells of
  // parties the rewrite never names, "the catch will fall to 41,000 tonnes, after … stocks had
  // dropped" / "the catch will now drop to 41,000 tonnes", or the two words share a main sense,
  // "the run will stay closed, while the other slopes are set to remain open" / "the run is to
  // remain shut; the other slopes will stay open". Words that share only a lesser sense, crossed
  // between two acts, tell two other acts: "moved to London … before returning to South Africa"
  // / "moved to South Africa … before returning to London".)
  const sameRoles = (sf: Frame) => rf.args.every((a) => !a.explicit || sf.args.some((b) => b.role === a.role && same(b.filler, a.filler)));
  const rLemmas = new Set(ctx.rTok.map((t) => t.lemma));
  const unnamed = () => ownFrames.every((sf) => sf.args.every((b) => !b.explicit || ![...b.filler.words].every((w) => rLemmas.has(w))));
  const nominal = ctx.rTok[r]!.pos === 'NOUN';
  const mainSense = (sf: Frame) => { const a = eventSenses(lemma, nominal); return eventSenses(ctx.sTok[sf.predicate]!.lemma, nominal).some((x) => a.includes(x)); };
  return sFrames.find((sf) => synonym(sf) && shared(sf) > own && (shared(sf) >= 2 || (parties.length === 1 && sameRoles(sf) && (mainSense(sf) || unnamed()))));
}

/**
 * Both sentences' frames with each participant told only by a description ("the champion")
 * given the name the source describes with it, where one side names a party the other only
 * describes. Unchanged frames when there is none.
 */
function namedByDescription(ctx: PairContext, rFrames: readonly Frame[], sFrames: readonly Frame[]): [readonly Frame[], readonly Frame[]] {
  const described = (frames: readonly Frame[]) => frames.some((f) => f.args.some((a) => !a.filler.named && a.filler.words.size <= 2 && namesPeople(a.filler.headLemma)));
  const named = (frames: readonly Frame[]) => frames.some((f) => f.args.some((a) => a.filler.named));
  if (!((described(rFrames) && named(sFrames)) || (described(sFrames) && named(rFrames)))) return [rFrames, sFrames];
  // (The source's descriptions: a pair compared after an edit of the draft does not depend on
  // the rest of the draft. A rewrite mostly keeps the source's appositions; one it gives in the
  // same sentence is the participant's own alias.)
  const sourceNames = ctx.memo('source-described-names', () => describedNamesIn(ctx.source.sentences));
  const nameFor = (noun: string) => describedBy(sourceNames, noun);
  const resolved = new Map<Participant, Participant>();
  // (Only a definite description points back: "a set designer who died in 2015" is no one named.)
  const definite = (tokens: readonly Token[], p: Participant) => {
    const first = Math.min(...p.tokens);
    return [first, first - 1].some((k) => /^(the|its|their|his|her)$/.test(tokens[k]?.lower ?? ''));
  };
  const resolveIn = (tokens: readonly Token[]) => (p: Participant): Participant => {
    if (p.named || p.words.size > 2 || !definite(tokens, p)) return p;
    let q = resolved.get(p);
    if (!q) {
      const names = nameFor(p.headLemma);
      q = names ? { ...p, named: true, names, words: names, aliases: [...p.aliases, names] } : p;
      resolved.set(p, q);
    }
    return q;
  };
  // (Frames with no participant to name are kept as they are, with what is remembered of them.)
  const map = (tokens: readonly Token[], frames: readonly Frame[]) => {
    const resolve = resolveIn(tokens);
    if (!frames.some((f) => f.args.some((a) => resolve(a.filler) !== a.filler))) return frames;
    return frames.map((f) => ({ ...f, args: f.args.map((a) => ({ ...a, filler: resolve(a.filler) })) }));
  };
  return [map(ctx.rTok, rFrames), map(ctx.sTok, sFrames)];
}

/** Whether the marker at `m` sets its clause aside: "instead (of)", "rather (than)", "in (place of)". */
function setsAside(tokens: readonly Token[], syn: SentenceSyntax, m: number): boolean {
  const fixed = dependentsOf(syn, m, /^fixed$/).map((k) => tokens[k]!.lower).join(' ');
  const word = tokens[m]!.lower;
  // ("instead" alone too, where the parse left its "of" elsewhere.)
  return word === 'instead' || setsAsideBy(word, fixed);
}

/** Two acts of opposite sense, by the curated list or WordNet: "rise" / "fall", "accept" / "reject". */
function oppositeActs(a: string, b: string): boolean {
  return areAntonyms(a, b) || areOpposites(a, b);
}

/** A frame with both a doer (its own, or fixed by control) and a receiver. */
function transitive(f: Frame): boolean {
  return f.args.some((a) => a.role === 'subj' && (a.explicit || a.controlled)) && f.args.some((a) => a.role === 'obj');
}

/**
 * A personal pronoun as the other party of the act a named participant does or undergoes ("she
 * was appointed by Dunmore", "Dunmore appointed her"): frames match a pronoun only with the same
 * pronoun, but a pronoun and a name that are two parties of one verb are two people, so the act
 * had both, and the name put in the pronoun's place changed sides (a reflexive aside). Asked only
 * where the rewrite's act has both parties too: "we are opening two theatres" / "two theatres
 * would open" tells the act without its doer, a verb that alternates.
 */
function pronounBeside(syn: SentenceSyntax, tokens: readonly Token[], a: { arg: Argument; frame: Frame }): boolean {
  if (!a.arg.explicit || (a.arg.role !== 'subj' && a.arg.role !== 'obj')) return false;
  // (A passive's subject may be labelled as an active one's: "when she was hired by Halvorsen".)
  const passive = hasDependent(syn, a.frame.predicate, /^aux:pass$/);
  const other = a.arg.role === 'subj' ? (passive ? /^(obj|nsubj(:pass)?)$/ : /^obj$/) : passive ? /^obl:agent$/ : /^nsubj$/;
  return dependentsOf(syn, a.frame.predicate, other).some((d) => !a.arg.filler.tokens.includes(d) && syn.tags[d] === 'PRON' &&
    /^(he|she|him|her|they|them|we|us|i|me|you)$/.test(tokens[d]!.lower));
}

function isDate(tokens: readonly Token[], p: Participant): boolean {
  return holdsDate(p.tokens.map((i) => tokens[i]!));
}

const OPEN_CLASS_NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'VERB', 'NUM']);

/**
 * Rewrite tokens a and b match source tokens in the same order, and every source word between
 * those is still between a and b in the rewrite, or is only a modifier, a determiner or punctuation
 * ("pattern of irresponsible … behaviour" / "pattern of reckless … behavior"). A swap reverses
 * the order; a splice drops the participants and verbs that stood between.
 */
function surfacePreserved(ctx: PairContext, a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const sLo = ctx.match.rToS[lo]!;
  const sHi = ctx.match.rToS[hi]!;
  if (sLo < 0 || sHi < 0 || sLo >= sHi) return false;
  for (let k = sLo + 1; k < sHi; k++) {
    const r = ctx.match.sToR[k]!;
    if (r > lo && r < hi) continue;
    const t: Token = ctx.sTok[k]!;
    // (An auxiliary or preposition the rewrite dropped may have carried the voice: "Roper was
    // fouled by" / "Roper fouled".)
    if (OPEN_CLASS_NOMINAL.has(t.pos) || t.pos === 'AUX' || t.pos === 'ADP') return false;
  }
  // Nor did the rewrite put words of its own between them that change the voice or the
  // relation ("Whitcombe sued" / "Whitcombe was sued by").
  for (let k = lo + 1; k < hi; k++) {
    const s = ctx.match.rToS[k]!;
    if (s > sLo && s < sHi) continue;
    const t: Token = ctx.rTok[k]!;
    if (OPEN_CLASS_NOMINAL.has(t.pos) || t.pos === 'AUX' || t.pos === 'ADP') return false;
  }
  return true;
}

const NOMINAL = new Set(['NOUN', 'PROPN']);
const PARTY_MARKERS = new Set(['by', 'to', 'from', 'ahead', 'behind', 'above', 'below', 'past']);

/**
 * Cheap test before parsing: a replaced or deleted stretch holds a noun or name, or matched
 * nouns and names appear in another order than in the source.
 */
function mayMoveParticipants(ctx: PairContext): boolean {
  if (ctx.match.hunks.length === 0) return false;
  for (const h of ctx.match.hunks) {
    if (h.r.some((i) => NOMINAL.has(ctx.rTok[i]!.pos)) || h.s.some((i) => NOMINAL.has(ctx.sTok[i]!.pos))) return true;
    // A "by", "to" or "from" added or dropped can turn the roles round with the nouns in place:
    // "has agreed to acquire X" / "is to be taken over by X", "beat X" / "lost to X", "was
    // fouled by X" / "fouled X"; so can a word of place ("overtook X" / "fell behind X").
    if (h.r.some((i) => PARTY_MARKERS.has(ctx.rTok[i]!.lower)) || h.s.some((i) => PARTY_MARKERS.has(ctx.sTok[i]!.lower))) return true;
  }
  let last = -1;
  for (let i = 0; i < ctx.rTok.length; i++) {
    const s = ctx.match.rToS[i]!;
    if (s < 0 || !(NOMINAL.has(ctx.rTok[i]!.pos) || ctx.rTok[i]!.pos === 'VERB')) continue;
    if (s < last) return true;
    last = s;
  }
  return false;
}
