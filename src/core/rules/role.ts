// `role`: a title or role that differs from the source's ("officers" vs "officials",
// "senator" vs "governor", "professor of architecture" vs "dean of architecture"). Words for
// the same role ("spokesman", "spokesperson") are equal: listed, or WordNet synonyms.
import { claim, hunkOfRewrite, replacement, spanOf, type PairContext, type PairRule, type RawFinding } from '../context';
import { hyphenatedWithNext, type Token } from '../tokens';
import { ENDED_STATE_ADVERBS, PEOPLE_GROUPS, POSSESSIVE_DETERMINERS, ROLE_NOUNS } from '../lexicon';
import { abbreviates, titleBeforeName } from '../mentions/entities';
import { spellingKey } from '../spelling';
import type { SentenceSyntax } from '../syntax/index';
import { dependentsOf, markedBy, subtreeOf } from '../syntax/tree';
import { isInhabitantNoun, isKinNoun, isKnownWord, isPersonNoun, lexicalRelation, mayMeanTheSame, namesPeople, pertains } from '../wordnet';

const SAME_ROLE: ReadonlyArray<readonly string[]> = [
  ['spokesman', 'spokeswoman', 'spokesperson', 'representative'],
  ['chairman', 'chairwoman', 'chair', 'chairperson'],
  ['lawmaker', 'legislator', 'congressman', 'congresswoman', 'representative', 'member', 'mp'],
  ['doctor', 'physician'], ['lawyer', 'attorney', 'solicitor', 'barrister'], ['adviser', 'advisor', 'aide'],
  ['head', 'chief', 'leader'], ['ceo', 'chief executive', 'managing director', 'boss'], ['employee', 'worker', 'staff', 'staffer'],
  ['councillor', 'councilor'], ['troop', 'soldier'], ['protester', 'demonstrator', 'activist', 'campaigner'],
  ['reporter', 'journalist', 'correspondent'], ['investor', 'shareholder'], ['researcher', 'scientist'],
];
const ROLE_GROUP = new Map<string, number>();
// (Under each word's spelling key too, as lemmas are: "adviser" is read "advizer".)
SAME_ROLE.forEach((g, id) => g.forEach((w) => { ROLE_GROUP.set(w, id); ROLE_GROUP.set(spellingKey(w), id); }));

function sameRole(a: string, b: string): boolean {
  if (a === b || (ROLE_GROUP.has(a) && ROLE_GROUP.get(a) === ROLE_GROUP.get(b))) return true;
  // Beyond the listed titles, WordNet tells whether two words for people can name one role:
  // a synonym, or one the other's generalisation ("curator" / "official").
  if (ROLE_NOUNS.has(a) && ROLE_NOUNS.has(b)) return false;
  const rel = lexicalRelation(a, b);
  return rel === 'same' || rel === 'broader' || rel === 'narrower';
}

/**
 * A title or role: a listed one, or one person's title that WordNet reads as a kind of person:
 * a common noun in the singular, not a word for people at large ("man", "woman") nor for kin
 * ("son", "mother": a relation, which the same person has beside any role) nor for where
 * someone is from ("Londoner", "Frenchman": an origin, likewise), tied to whose post
 * it is (titled). (Plurals and bare nouns describe people at large in many ways: "raiders" /
 * "robbers", "the agent" / "the salesperson".)
 */
function roleNoun(tokens: readonly Token[], syntax: () => SentenceSyntax, i: number, lemma = tokens[i]!.lemma): boolean {
  if (ROLE_NOUNS.has(lemma)) return true;
  const t = tokens[i]!;
  if (t.pos === 'PROPN') return titleBeforeName(tokens, i) && !isInhabitantNoun(lemma);
  return t.pos === 'NOUN' && t.lower === lemma && !PEOPLE_GROUPS.has(lemma) && isPersonNoun(lemma) && !isKinNoun(lemma) && !isInhabitantNoun(lemma) && titled(tokens, syntax(), i);
}


/**
 * A noun told as someone's post: it has an owner ("the museum's curator"), a "<post> of/at/for"
 * phrase ("dean of architecture"), or a name beside it ("curator Ana Reyes", "Ana Reyes, curator").
 */
function titled(tokens: readonly Token[], syntax: SentenceSyntax, i: number): boolean {
  const name = (k: number) => tokens[k]?.pos === 'PROPN';
  if (dependentsOf(syntax, i, /^nmod/).length > 0) return true;
  if (dependentsOf(syntax, i, /^(compound|flat|appos)/).some(name)) return true;
  const h = syntax.heads[i] ?? -1;
  return h >= 0 && name(h) && /^(compound|appos|flat)/.test(syntax.labels[i] ?? '');
}

const RANKS = new Set(['deputy', 'chief', 'senior', 'associate', 'vice', 'acting', 'assistant', 'former', 'interim',
  'executive', 'junior', 'principal', 'lead', 'head', 'co', 'general', 'managing', 'honorary']);

/**
 * The ranks a word says: itself if it is one, and those it may mean ("main" = "chief" =
 * "principal"; "lead" = "principal"). A describing word and a rank are one where these meet.
 */
function rankSenses(word: string): string[] {
  return [...RANKS].filter((x) => x === word || mayMeanTheSame(word, x));
}

/**
 * Rank words before a role noun: "deputy chief" in "deputy chief justice", "former" in "former
 * Oxlade Bank director" (names and describing nouns in between are skipped).
 */
function ranksBefore(tokens: readonly Token[], i: number): number[] {
  const out: number[] = [];
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    const t = tokens[k]!;
    if (RANKS.has(t.lower)) out.unshift(k);
    // (Nor the nouns that name the post's field, between the rank and the noun: "assistant
    // sports director".)
    // (A post's own noun ends it: "Lead author Dr." ranks the author, not the doctor.)
    else if (t.pos !== 'PROPN' && (t.pos !== 'NOUN' || ROLE_NOUNS.has(t.lemma) || isPersonNoun(t.lemma)) && t.text !== "'s" && t.text !== '’s') break;
  }
  return out;
}

const YEAR = /^\d{4}$/;

/**
 * A post told as held over a span now ended by the words after it, as "former" tells it before:
 * "deputy prime minister from 2016 to 2020", "chair until 2019", "finance minister (2014–2018)".
 * ("Prime minister at the time" is "then-prime minister", the post when the story's event
 * happened: no rank.)
 */
function heldThen(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  // (Past the rest of the post's name: "deputy prime minister from 2016".)
  while (k <= i + 3 && /^(NOUN|ADJ)$/.test(tokens[k]?.pos ?? '')) k++;
  if (tokens[k]?.text === '(') k++;
  const w = (j: number) => tokens[k + j]?.lower ?? '';
  if (w(0) === 'from' && YEAR.test(w(1)) && /^(to|until|till|-|–)$/.test(w(2)) && YEAR.test(w(3))) return true;
  if (w(0) === 'between' && YEAR.test(w(1)) && w(2) === 'and' && YEAR.test(w(3))) return true;
  if (/^(until|till)$/.test(w(0)) && YEAR.test(w(1))) return true;
  return YEAR.test(w(0)) && /^(-|–)$/.test(w(1)) && YEAR.test(w(2));
}

/**
 * The source word a rewrite role noun is compared with: the one it is matched with, unless that
 * one names another person and a source post of the same word names this one ("Margit Halvorsen,
 * deputy prime minister …, writes that Anders Brekke, prime minister at the time, …": each
 * "minister" with its own holder, however the words were matched).
 */
function personsPost(ctx: PairContext, ri: number): number {
  const si = ctx.match.rToS[ri] ?? -1;
  if (si < 0) return si;
  const sHolder = (k: number) => nameOfRole(ctx.sTok, ctx.syntax.source(), k);
  const rHolder = (k: number) => nameOfRole(ctx.rTok, ctx.syntax.rewrite(), k);
  const holder = rHolder(ri);
  const other = sHolder(si);
  if (other.length === 0 || sameWordsAs(other, holder)) return si;
  const lemma = ctx.sTok[si]!.lemma;
  // (With no holder read on the rewrite's side, the matched one's holder may have a post of this
  // word elsewhere in the rewrite sentence: this one is then the other source post's.)
  const elsewhere = holder.length === 0 && ctx.rTok.some((x, k) => k !== ri && x.lemma === lemma && sameWordsAs(rHolder(k), other));
  if (holder.length === 0 && !elsewhere) return si;
  const own = ctx.sTok.findIndex((x, k) => k !== si && x.lemma === lemma && (holder.length ? sameWordsAs(sHolder(k), holder) : !sameWordsAs(sHolder(k), other)));
  return own >= 0 ? own : si;
}

/** "senior associate justice" -> "deputy chief justice": the same role noun, another rank. */
function rankChanges(ctx: PairContext): RawFinding[] {
  const out: RawFinding[] = [];
  ctx.rTok.forEach((t, ri) => {
    // Both sides the role noun: "who captained the side" -> "a former captain of the side" tells
    // the same past role by the verb's tense.
    // (A post WordNet does not know, "headteacher", counts when it is someone's: a name beside it.)
    const post = (tokens: readonly Token[], syntax: () => SentenceSyntax, i: number) => roleNoun(tokens, syntax, i) ||
      (tokens[i]!.pos === 'NOUN' && !isKnownWord(tokens[i]!.lemma) && titled(tokens, syntax(), i));
    if ((ctx.match.rToS[ri] ?? -1) < 0 || ctx.claimed.has(ri) || !post(ctx.rTok, ctx.syntax.rewrite, ri)) return;
    const si = personsPost(ctx, ri);
    if (!post(ctx.sTok, ctx.syntax.source, si) || !/^(NOUN|PROPN)$/.test(ctx.sTok[si]!.pos)) return;
    // A rank word that is a post too, before the post it ranks ("Chief" in "Deputy Chief
    // Constable"): the rank of that post, compared there once.
    if (RANKS.has(t.lower) && ri + 1 < ctx.rTok.length && post(ctx.rTok, ctx.syntax.rewrite, ri + 1)) return;
    const rr = ranksBefore(ctx.rTok, ri);
    const sr = ranksBefore(ctx.sTok, si);
    // "who used to be treasurer", "previously treasurer", "the ex-treasurer" = "former treasurer"
    // (and "ex-world champion" = "former world champion", the prefix on the post's first word).
    // (Within the noun's own phrase: "The bank's former chairman, Sir Hugh" is a former chairman,
    // not a former knight.)
    // (So does a hyphened word WordNet gives the sense of "former": "a one-time treasurer".)
    const hyphenedFormer = (tokens: readonly Token[], i: number) => {
      for (let k = i - 1; k >= 1 && k >= i - 4; k--) {
        if (tokens[k]!.text === '-') return hyphenatedWithNext(tokens, k - 1) && mayMeanTheSame(`${tokens[k - 1]!.lower}-${tokens[k + 1]!.lower}`, 'former');
        if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'ADP') return false;
      }
      return false;
    };
    // (Or "used to work as a nurse", "used to serve as its treasurer": the post the verb held.)
    const usedToServeAs = (tokens: readonly Token[], i: number) => {
      let k = i - 1;
      while (k > 0 && /^(DET|PRON|ADJ)$/.test(tokens[k]!.pos)) k--;
      return tokens[k]?.lower === 'as' && tokens[k - 1]?.pos === 'VERB' && tokens[k - 2]?.lower === 'to' && tokens[k - 3]?.lemma === 'use';
    };
    const past = (tokens: readonly Token[], i: number) => {
      const phrase = ownPhraseBefore(tokens, i, 5);
      return hyphenedFormer(tokens, i) || heldThen(tokens, i) || usedToServeAs(tokens, i) || phrase.some((x, k, w) => /^(former|ex)$/.test(x.lower) || (ENDED_STATE_ADVERBS.has(x.lower) && !opensClause(tokens, i - phrase.length + k)) ||
        /^ex-\p{L}/u.test(x.lower) || (x.lemma === 'use' && w[k + 1]?.lower === 'to' && w[k + 2]?.lemma === 'be'));
    };
    // ("Once its inspectors had approved": a "once" before a noun phrase and its verb opens a
    // clause of time; "X, once his business partner, had …" is a former one.)
    const opensClause = (w: readonly Token[], k: number) => {
      let j = k + 1;
      while (/^(DET|PRON|ADJ|NOUN|PROPN|NUM)$/.test(w[j]?.pos ?? '')) j++;
      return j > k + 1 && /^(VERB|AUX)$/.test(w[j]?.pos ?? '');
    };
    // (A post told by its verb in the past may be over or not: "who captained Järvelä at Tarnów"
    // is "his former captain", "who chaired the inquiry" its chair; "former" is not compared.)
    const pastVerb = (t: Token) => t.pos === 'VERB' && t.lower !== t.lemma && !/(ing|s)$/.test(t.lower);
    const told = pastVerb(ctx.rTok[ri]!) || pastVerb(ctx.sTok[si]!);
    // (A rank "former" falls inside the window too: it is counted once, with the others.)
    const ranks = (tokens: readonly Token[], idx: number[], i: number) =>
      [...idx.map((k) => tokens[k]!.lower).filter((w) => w !== 'former'), ...(!told && past(tokens, i) ? ['former'] : [])];
    // (A rank on one side may be an adjective of its sense on the other, which is no rank word:
    // "the lead contractor" / "the main contractor".)
    const describer = (tokens: readonly Token[], i: number) => tokens[i - 1]?.pos === 'ADJ' ? [tokens[i - 1]!.lower] : [];
    const rRanks = ranks(ctx.rTok, rr, ri), sRanks = ranks(ctx.sTok, sr, si);
    // (Two rank words are compared as words: "principal inspector" and "chief inspector" are two ranks.)
    const key = (words: readonly string[]) => [...words].sort().join(' ');
    const ofRank = (adjective: readonly string[], rank: readonly string[]) => adjective.length === 1 && rank.length === 1 && !RANKS.has(adjective[0]!) &&
      rankSenses(adjective[0]!).some((x) => rankSenses(rank[0]!).includes(x));
    if (key(rRanks) === key(sRanks) || (rRanks.length === 0 && ofRank(describer(ctx.rTok, ri), sRanks)) || (sRanks.length === 0 && ofRank(describer(ctx.sTok, si), rRanks))) return;
    // (A rank the other side says of the post in a phrase of its own: "replaced as leader on an
    // interim basis" / "will succeed him as interim leader".)
    const saidApart = (rank: readonly number[], tokens: readonly Token[], other: readonly Token[], otherSyntax: () => SentenceSyntax) => rank.length > 0 && rank.every((k) =>
      tokens[k]!.lower !== 'former' && other.some((x, j) => x.lower === tokens[k]!.lower && x.pos === 'ADJ' && j + 1 < other.length && !post(other, otherSyntax, j + 1)));
    if ((rr.length === 0 || sr.length === 0) && (saidApart(rr, ctx.rTok, ctx.sTok, ctx.syntax.source) || saidApart(sr, ctx.sTok, ctx.rTok, ctx.syntax.rewrite))) return;
    claim(ctx, [...rr, ri]);
    out.push(replacement(ctx, 'role', 'Role', spanOf(ctx.rTok.slice(rr[0] ?? ri, ri + 1)), spanOf(ctx.sTok.slice(sr[0] ?? si, si + 1))));
  });
  return out;
}

/**
 * Up to `n` words before `i`, back to the nearest punctuation mark or preposition (a comma closes
 * another phrase, and "The former minister was questioned by detectives" has its "former" in another).
 */
function ownPhraseBefore(tokens: readonly Token[], i: number, n: number): readonly Token[] {
  let from = Math.max(0, i - n);
  // (Nor past a coordinator: "former agronomist Chiara Benedetti and engineer Kwame Asante" has
  // its "former" on the first.)
  for (let k = i - 1; k >= from; k--) if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'CCONJ') { from = k + 1; break; }
  return tokens.slice(from, i);
}

/**
 * The words that say which post of its kind a role noun is: its describing nouns and
 * adjectives, not ranks or names ("foreign" in "Kastmark's foreign minister", "veterinary" in
 * "chief veterinary officer"; "world" in "ex-world champion", whose "ex-" is the rank).
 */
function portfolio(tokens: readonly Token[], syntax: SentenceSyntax, i: number): string[] {
  return dependentsOf(syntax, i, /^(compound|amod)$/).filter((d) => /^(NOUN|ADJ)$/.test(syntax.tags[d]!) && tokens[d]!.pos !== 'PROPN' && !RANKS.has(tokens[d]!.lower))
    .map((d) => (syntax.tags[d] === 'NOUN' ? 'n:' : 'a:') + tokens[d]!.lemma.replace(/^ex-(?=\p{L})/u, ''));
}

/** "Kastmark's foreign minister" -> "Kastmark's defence minister": the same role noun for another portfolio. */
function portfolioChanges(ctx: PairContext): RawFinding[] {
  const out: RawFinding[] = [];
  ctx.rTok.forEach((t, ri) => {
    const si = ctx.match.rToS[ri] ?? -1;
    if (si < 0 || ctx.claimed.has(ri) || !roleNoun(ctx.rTok, ctx.syntax.rewrite, ri) || !roleNoun(ctx.sTok, ctx.syntax.source, si)) return;
    // (One person's post: a singular noun for a person, not "staff" or "officers".)
    if (t.lower !== t.lemma || ctx.sTok[si]!.lower !== ctx.sTok[si]!.lemma || body(t.lemma) || !isPersonNoun(t.lemma)) return;
    const rp = portfolio(ctx.rTok, ctx.syntax.rewrite(), ri);
    const sp = portfolio(ctx.sTok, ctx.syntax.source(), si);
    // (Both must name one: "the minister" / "the housing minister" only says less. And one of
    // them a noun, "defence": two adjectives, "popular artist" / "famous artist", describe.)
    if (rp.length === 0 || sp.length === 0 || ![...rp, ...sp].some((w) => w.startsWith('n:'))) return;
    const words = (p: string[]) => p.map((w) => w.slice(2));
    if (words(rp).some((a) => words(sp).some((b) => a === b || lexicalRelation(a, b) === 'same' || pertains(a, b)))) return;
    // (Nor where the other side names it another way: "housing minister" / "minister for housing".)
    if (words(rp).some((a) => ctx.sTok.some((x) => x.lemma === a)) || words(sp).some((b) => ctx.rTok.some((x) => x.lemma === b))) return;
    const rFirst = Math.min(ri, ...dependentsOf(ctx.syntax.rewrite(), ri, /^(compound|amod)$/).filter((d) => ctx.rTok[d]!.pos !== 'PROPN'));
    const sFirst = Math.min(si, ...dependentsOf(ctx.syntax.source(), si, /^(compound|amod)$/).filter((d) => ctx.sTok[d]!.pos !== 'PROPN'));
    claim(ctx, [ri]);
    out.push(replacement(ctx, 'role', 'Role', spanOf(ctx.rTok.slice(rFirst, ri + 1)), spanOf(ctx.sTok.slice(sFirst, si + 1))));
  });
  return out;
}

/**
 * A role word's dictionary form. A plural opening a sentence may be read as a name and keep its
 * "s" ("Councillors in Elmstead have approved …"): a name in -s whose singular is a role is that role.
 */
function roleLemma(t: Token): string {
  return t.pos === 'PROPN' && /s$/.test(t.lemma) && ROLE_NOUNS.has(t.lemma.slice(0, -1)) ? t.lemma.slice(0, -1) : t.lemma;
}

/**
 * Whether the other side's one-word role is a compound word before the noun at `i` made a
 * person ("sales" in "sales agent" -> "salesperson"; not "council" -> "councillor").
 */
function compoundedInto(tokens: readonly Token[], syntax: SentenceSyntax, i: number, other: string): boolean {
  return dependentsOf(syntax, i, /^compound$/).some((c) => other.startsWith(tokens[c]!.lower) && /^(person|man|woman)$/.test(other.slice(tokens[c]!.lower.length)));
}

/** A "member" told with its group: an owner before it ("its", "the union's") or an "of" after it. */
function groupMember(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lemma !== 'member') return false;
  const before = tokens[i - 1];
  return tokens[i + 1]?.lower === 'of' || (!!before && (POSSESSIVE_DETERMINERS.has(before.lower) || /^['’]s?$/.test(before.text)));
}

/** A word for a body of people rather than a person ("board", "committee"). */
function body(lemma: string): boolean {
  return namesPeople(lemma) && !isPersonNoun(lemma);
}

/** A plural common noun ("teachers"): its form is not its lemma. */
function plural(t: Token): boolean {
  return t.pos === 'NOUN' && t.lower !== t.lemma && /s$/.test(t.lower);
}

/** A prefix that ranks a post ("ex-minister", "vice-president"), which is still the post. */
const RANK_PREFIX = /^(co|vice|ex|deputy|acting|assistant|former)-/;

/**
 * The name of the person a role noun is told of, its words in lower case: the name in apposition
 * to it either way round ("the manager, Tom Briers", "Tom Briers, the manager"), or right after
 * it ("drummer Tom Briers").
 */
function nameOfRole(tokens: readonly Token[], syntax: SentenceSyntax, i: number): string[] {
  const nameAt = (k: number) => tokens[k]?.pos === 'PROPN' || syntax.tags[k] === 'PROPN';
  const head = syntax.heads[i]!;
  const name = dependentsOf(syntax, i, /^appos$/).find(nameAt) ?? (syntax.labels[i] === 'appos' && head >= 0 && nameAt(head) ? head : undefined) ??
    (nameAt(i + 1) ? i + 1 : undefined);
  if (name === undefined) return [];
  // (Not the words of the role's own phrase, where the role hangs on the name: "Lena Brandt,
  // Veltra's chief engineer" names Lena Brandt, not Veltra.)
  const own = new Set(name === head ? subtreeOf(syntax, i) : []);
  return subtreeOf(syntax, name).filter((k) => nameAt(k) && !own.has(k)).map((k) => tokens[k]!.lower);
}

function sameWordsAs(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((w) => b.includes(w));
}

export const roleRule: PairRule = (ctx) => {
  const out: RawFinding[] = [...rankChanges(ctx), ...portfolioChanges(ctx)];
  // "co-founder", "vice-president", "ex-minister" are roles of their own.
  // (Not a noun said twice around "to" or "and", an adverbial idiom: "went head to head".)
  const doubled = (tokens: readonly Token[], i: number) => (/^(to|and)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === tokens[i]!.lower) ||
    (/^(to|and)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower === tokens[i]!.lower);
  const isRole = (tokens: readonly Token[], syntax: () => SentenceSyntax, i: number, lemma: string) =>
    (tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN') && !doubled(tokens, i) &&
    (ROLE_NOUNS.has(lemma.replace(RANK_PREFIX, '')) || roleNoun(tokens, syntax, i, lemma));
  // A listed two-word title is compared whole: "chief executive" is the "boss", though an
  // "executive" alone need not be.
  const titled = (tokens: readonly Token[], i: number, lemma: string) => { const two = `${tokens[i - 1]?.lower} ${lemma}`; return ROLE_GROUP.has(two) ? two : lemma; };
  const rRoles = ctx.rTok.map((t, i) => ({ t, i, lemma: roleLemma(t) })).filter(({ i, lemma }) => isRole(ctx.rTok, ctx.syntax.rewrite, i, lemma)).map((x) => ({ ...x, title: titled(ctx.rTok, x.i, x.lemma) }));
  const sRoles = ctx.sTok.map((t, i) => ({ t, i, lemma: roleLemma(t) })).filter(({ i, lemma }) => isRole(ctx.sTok, ctx.syntax.source, i, lemma)).map((x) => ({ ...x, title: titled(ctx.sTok, x.i, x.lemma) }));
  const same = (a: { lemma: string; title: string }, b: { lemma: string; title: string }) => sameRole(a.lemma, b.lemma) || ((a.title !== a.lemma || b.title !== b.lemma) && sameRole(a.title, b.title));
  // (A post over a field, "head of quality", is no post over the whole, "chief executive"; a
  // field is a bare noun, "the head of the race" is its leader.)
  const fielded = (tokens: readonly Token[], syn: SentenceSyntax, i: number) => dependentsOf(syn, i, /^nmod$/).some((d) => syn.tags[d] === 'NOUN' && markedBy(syn, tokens, d, 'of') &&
    !dependentsOf(syn, d, /^(det|nmod:poss)$/).length);
  const sameRoleOf = (s: (typeof sRoles)[number], r: (typeof rRoles)[number]) => same(s, r) &&
    fielded(ctx.sTok, ctx.syntax.source(), s.i) === fielded(ctx.rTok, ctx.syntax.rewrite(), r.i);
  const rFree = rRoles.filter((r) => !sRoles.some((s) => sameRoleOf(s, r)));
  const sFree = sRoles.filter((s) => !rRoles.some((r) => sameRoleOf(s, r)));
  const used = new Set<number>();
  for (const r of rFree) {
    if (ctx.claimed.has(r.i)) continue;
    // A word the source sentence uses too, as a describing word or a name ("the Liberal
    // candidate, Tom Okoye" / "Liberal Tom Okoye"), is no role the rewrite put in another's place.
    if (ctx.sTok.some((x) => x.lower === r.t.lower)) continue;
    // Pair by the replaced stretch, by matched neighbours, or when each side has just one.
    const hunk = hunkOfRewrite(ctx, r.i);
    let partner = hunk ? sFree.find((s) => hunk.s.includes(s.i) && !used.has(s.i)) : undefined;
    if (!partner) {
      const before = ctx.match.rToS[r.i - 1] ?? -1;
      const after = ctx.match.rToS[r.i + 1] ?? -1;
      partner = sFree.find((s) => !used.has(s.i) && ((before >= 0 && s.i === before + 1) || (after >= 0 && s.i === after - 1)));
    }
    // Or by the person each names, one of the two a listed title: "Kestrel Youth's manager, Tom
    // Briers" / "whose drummer, Tom Briers". (Two unlisted words may both fit one person: "the
    // holder, Maja Høgberg" / "the defending champion Maja Høgberg".)
    if (!partner) {
      const rName = nameOfRole(ctx.rTok, ctx.syntax.rewrite(), r.i);
      // (A rank on the same post, "former minister" / "an ex-minister", is the rank rule's.)
      const post = (lemma: string) => lemma.replace(RANK_PREFIX, '');
      if (rName.length) partner = sFree.find((s) => !used.has(s.i) && (ROLE_NOUNS.has(r.lemma) || ROLE_NOUNS.has(s.lemma)) && post(r.lemma) !== post(s.lemma) &&
        sameWordsAs(nameOfRole(ctx.sTok, ctx.syntax.source(), s.i), rName));
    }
    // (Only listed titles so: a word WordNet reads as a person may describe anyone in the
    // sentence, "Last year's winner" -> "a member of the panel".)
    if (!partner && rFree.length === 1 && sFree.length === 1 && ROLE_NOUNS.has(r.lemma) && ROLE_NOUNS.has(sFree[0]!.lemma)) partner = sFree[0];
    if (!partner) continue;
    // "CFO" for "chief financial officer": an acronym of the words the partner starts.
    if (abbreviates(r.t, ctx.sTok, partner.i) || abbreviates(partner.t, ctx.rTok, r.i)) continue;
    // "its members", "members of the squad": people told by the group they belong to, which
    // says nothing of their role ("teachers" / "the union's members").
    if (groupMember(ctx.rTok, r.i) || groupMember(ctx.sTok, partner.i)) continue;
    // A person for a body ("the director" / "the board") or one for many ("teachers" / "the
    // head") tells of someone else, not of a role changed.
    if (body(r.lemma) !== body(partner.lemma) || plural(r.t) !== plural(partner.t)) continue;
    // "sales agent" / "salesperson", "police officer" / "policeman": one word made of the other's compound.
    if (compoundedInto(ctx.sTok, ctx.syntax.source(), partner.i, r.lemma) || compoundedInto(ctx.rTok, ctx.syntax.rewrite(), r.i, partner.lemma)) continue;
    used.add(partner.i);
    claim(ctx, [r.i]);
    out.push(replacement(ctx, 'role', 'Role', spanOf([r.t]), spanOf([partner.t])));
  }
  return out;
};

