// Word relations from WordNet 3.1 (built by scripts/buildLexicon.mjs into dist/wordnet.bin, a
// binary data file read a page at a time as lookups use it, as typed arrays: no parsing).
// Tells a synonym from a different thing of the same sort, which is what separates paraphrase
// from a changed fact in a replaced word.
import { PagedDataFile } from './dataFile';
import { spellingsOf } from './spelling';

/** Must match WORDNET_FORMAT in scripts/buildLexicon.mjs. */
export const WORDNET_FORMAT = 3;

interface WordNetData {
  /** The file the tables below are views of: a lookup reads (need) the pages it is about to read. */
  readonly file: PagedDataFile;
  readonly lemmaText: Uint8Array;
  readonly lemmaStart: Uint32Array;
  readonly senseStart: Uint32Array;
  readonly senses: Uint32Array;
  readonly hyper: Relation;
  readonly similar: Relation;
  readonly opposite: Relation;
  readonly pertain: Relation;
  readonly instance: Uint8Array;
  readonly deriv: Relation;
  readonly entail: Relation;
  /** Part of speech of each synset: 0 noun, 1 verb, 2 adjective, 3 adverb. */
  readonly pos: Uint8Array;
  /** WordNet's lexicographer file of each synset (04 noun.act, 10 noun.communication, ...). */
  readonly lexfile: Uint8Array;
}

interface Relation {
  readonly start: Uint32Array;
  readonly list: Uint32Array;
}

/** The WordNet table, beside the bundles (scripts/buildLexicon.mjs writes it). */
export const WORDNET_FILE = 'wordnet.bin';

let loaded: WordNetData | undefined;

/** The WordNet table (its section table read; its pages are read as lookups need them). */
function load(): WordNetData {
  return (loaded ??= decode(PagedDataFile.open(WORDNET_FILE, WORDNET_FORMAT)));
}

function decode(file: PagedDataFile): WordNetData {
  const d = file.sections;
  return {
  file,
  lemmaText: d.bytes('lemmaText'),
  lemmaStart: d.uint32('lemmaStart'),
  senseStart: d.uint32('senseStart'),
  senses: d.uint32('senses'),
  hyper: { start: d.uint32('hyperStart'), list: d.uint32('hyper') },
  similar: { start: d.uint32('similarStart'), list: d.uint32('similar') },
  opposite: { start: d.uint32('oppositeStart'), list: d.uint32('opposite') },
  pertain: { start: d.uint32('pertainStart'), list: d.uint32('pertain') },
  instance: d.bytes('instance'),
  deriv: { start: d.uint32('derivStart'), list: d.uint32('deriv') },
  entail: { start: d.uint32('entailStart'), list: d.uint32('entail') },
  pos: d.bytes('pos'),
  lexfile: d.bytes('lexfile'),
  };
}

/** Element i of one of WordNet's tables, its page read first. */
function at(d: WordNetData, table: Uint32Array | Uint8Array, i: number): number {
  d.file.needElements(table, i, i + 1);
  return table[i]!;
}

const NO_IDS = new Uint32Array(0);

/** Index of a lemma in the sorted table, or -1: a binary search comparing UTF-8 bytes. */
function lemmaIndex(d: WordNetData, word: string): number {
  const key = /^[\x00-\x7f]*$/.test(word) ? null : Buffer.from(word, 'utf8');
  const keyLength = key ? key.length : word.length;
  const byteAt = (i: number) => (key ? key[i]! : word.charCodeAt(i));
  let lo = 0;
  let hi = d.lemmaStart.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    d.file.needElements(d.lemmaStart, mid, mid + 2);
    const from = d.lemmaStart[mid]!;
    const length = d.lemmaStart[mid + 1]! - from;
    let cmp = 0;
    const n = Math.min(length, keyLength);
    d.file.needElements(d.lemmaText, from, from + n);
    for (let i = 0; i < n && cmp === 0; i++) cmp = d.lemmaText[from + i]! - byteAt(i);
    if (cmp === 0) cmp = length - keyLength;
    if (cmp === 0) return mid;
    if (cmp < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Whether a lower-case word is most likely a name: WordNet's main sense is an instance (a city,
 * a person, a river), or WordNet does not know the word at all. For texts written all in lower
 * case, where capitals cannot tell names apart.
 */
export function probablyName(word: string): boolean {
  if (!/^\p{L}[\p{L}'-]*$/u.test(word) || word.length < 3) return false;
  const senses = sensesOf(word);
  if (senses.length === 0) return true;
  const d = load();
  return at(d, d.instance, senses[0]!) === 1;
}

/**
 * A common word, no name: WordNet knows it and its main sense is no instance ("BREAKING",
 * "REPORTER", "Members" read as a plural opening a sentence).
 */
export function isCommonWord(word: string): boolean {
  return isKnownWord(word) && !probablyName(word);
}

/**
 * A word's senses, by word: the rules ask about the same words pair after pair (whether a word
 * is known, its senses for each word it is compared with), and each answer was a binary search
 * of the lemma table, and more of them for the word's other spellings when it is not listed.
 * Views into the table, not copies; bounded like the relations below.
 */
const sensesByWord = new Map<string, Uint32Array>();
const MAX_SENSES_REMEMBERED = 20_000;

function sensesOf(word: string, limit = Infinity): Uint32Array {
  let all = sensesByWord.get(word);
  if (all === undefined) {
    all = readSenses(word);
    if (sensesByWord.size >= MAX_SENSES_REMEMBERED) sensesByWord.clear();
    sensesByWord.set(word, all);
  }
  return limit < all.length ? all.subarray(0, limit) : all;
}

function readSenses(word: string): Uint32Array {
  const d = load();
  let i = lemmaIndex(d, word);
  // The engine's lemmas are spelling keys ("raize" for "raise"); WordNet lists words as written.
  if (i < 0) for (const spelling of spellingsOf(word)) if ((i = lemmaIndex(d, spelling)) >= 0) break;
  if (i < 0) return NO_IDS;
  d.file.needElements(d.senseStart, i, i + 2);
  const from = d.senseStart[i]!;
  const to = d.senseStart[i + 1]!;
  d.file.needElements(d.senses, from, to);
  return d.senses.subarray(from, to);
}

function related(r: Relation, id: number): Uint32Array {
  const d = loaded!;
  d.file.needElements(r.start, id, id + 2);
  const from = r.start[id]!;
  const to = r.start[id + 1]!;
  d.file.needElements(r.list, from, to);
  return r.list.subarray(from, to);
}

/**
 * Where `id`'s relations lie in `r.list` ([relatedFrom, relatedTo), their pages read), for the
 * loops the rules reach most (computeSame, shareHypernym, computeOpposites, ancestors): the same
 * entries related() returns, without a typed-array view made for each, and read by index rather
 * than by an iterator. In a short run these loops run in V8's interpreter, where the views and
 * the iterators' result objects were about a seventh of all the memory the seed pair's check
 * allocated (5 of 39 MB). Read both at once: the next call moves them.
 */
let relatedFrom = 0;
let relatedTo = 0;

function relatedRange(r: Relation, id: number): void {
  const d = loaded!;
  d.file.needElements(r.start, id, id + 2);
  relatedFrom = r.start[id]!;
  relatedTo = r.start[id + 1]!;
  d.file.needElements(r.list, relatedFrom, relatedTo);
}

/** A list's entries without repeats, in order (what iterating a Set made of it gives). */
function distinct(list: Uint32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const x = list[i]!;
    if (list.indexOf(x) === i) out.push(x);
  }
  return out;
}

/**
 * A word-pair relation, remembered: the rules ask about the same pairs sentence after sentence.
 * Bounded, so a huge document cannot grow it without limit.
 */
function cachedRelation<T>(compute: (a: string, b: string) => T): (a: string, b: string) => T {
  // By the first word, then the second: no key string built (and hashed) for every question, as
  // `${a}\0${b}` was (a CPU profile of the 6,000-word pair showed it among the engine's top
  // functions of its own).
  const cache = new Map<string, Map<string, T>>();
  let size = 0;
  return (a, b) => {
    let inner = cache.get(a);
    let value = inner?.get(b);
    if (value === undefined) {
      value = compute(a, b);
      if (size > 100_000) {
        cache.clear();
        size = 0;
        inner = undefined;
      }
      if (!inner) cache.set(a, (inner = new Map()));
      inner.set(b, value);
      size++;
    }
    return value;
  };
}

const sameRelation = cachedRelation((a, b) => computeSame(a, b));

/** Whether WordNet lists the word (as written, or in another spelling of its key). */
export function isKnownWord(word: string): boolean {
  return sensesOf(word, 1).length > 0;
}

/**
 * The word a negative prefix negates, or null: "able" for "unable" and "legal" for "illegal"
 * (WordNet's opposites), "affordable" for "unaffordable" (a word it does not list, "un-" or
 * "non-" on one it does). Not "invaluable" or "dismay", which WordNet lists and does not oppose.
 */
export function prefixNegatedBase(lemma: string): string | null {
  const m = /^(un|in|im|il|ir|non-?|dis)(\p{L}{3,})$/u.exec(lemma);
  if (!m) return null;
  let base = prefixBases.get(lemma);
  if (base === undefined) {
    const rest = m[2]!;
    // (A known word is read as its base negated only where WordNet says so, "under" is no "der";
    // but "un" before a participle is always its negation: "unharmed", "unopposed".)
    if (isKnownWord(lemma)) base = areOpposites(lemma, rest) || (m[1] === 'un' && participleOfKnownVerb(rest)) ? rest : null;
    else base = /^(un|non-?)$/.test(m[1]!) && isKnownWord(rest) ? rest : null;
    if (prefixBases.size > 20_000) prefixBases.clear();
    prefixBases.set(lemma, base);
  }
  return base;
}

const prefixBases = new Map<string, string | null>();

/** "harmed", "noticed", "planned": a regular past participle of a verb WordNet knows. */
function participleOfKnownVerb(word: string): boolean {
  if (!word.endsWith('ed')) return false;
  const stem = word.slice(0, -2);
  return isVerbLemma(stem) || isVerbLemma(`${stem}e`) || (/(\p{L})\1$/u.test(stem) && isVerbLemma(stem.slice(0, -1)));
}

/**
 * A verb of asking or ordering by its sense: the act its "to" infinitive names is wanted, not
 * done ("has been asked to submit a full account", "urged the board to resign", "told staff to
 * leave"); "forced to", which tells the act was done, is none of these. (Only asked of another,
 * its object or a passive's subject: "had asked to meet the minister" / "had requested a
 * meeting" is one act, the asking; and only while the asking stands, askedUpToNow.)
 */
const DIRECTING_SENSES = ['ask', 'order', 'urge'];
export function isDirectingVerb(lemma: string): boolean {
  return DIRECTING_SENSES.some((p) => lemma === p || mayMeanTheSame(lemma, p));
}

/**
 * A verb of making happen by its sense ("forced the attempts to be abandoned", "caused flights
 * to be diverted"): the act its object's infinitive names was done.
 */
const CAUSING_SENSES = ['force', 'cause'];
export function isCausingVerb(lemma: string): boolean {
  return CAUSING_SENSES.some((p) => lemma === p || mayMeanTheSame(lemma, p));
}

/**
 * Whether two words can mean the same: they share a sense, one sense is "similar to" the
 * other (adjectives: "massive" ~ "large" ~ "gigantic"), or one is the other's direct
 * generalisation ("businesses" -> "companies").
 */
export function mayMeanTheSame(a: string, b: string): boolean {
  // (Asked in one order: computeSame is symmetric, each of its tests read from either side, so
  // a pair asked both ways, "firm"/"company" and then "company"/"firm", is looked up once.)
  return a === b || (a < b ? sameRelation(a, b) : sameRelation(b, a));
}

function computeSame(a: string, b: string): boolean {
  const sa = sensesOf(a);
  const sbList = sensesOf(b);
  if (sa.length === 0 || sbList.length === 0) return false;
  const sb = new Set<number>();
  for (let i = 0; i < sbList.length; i++) sb.add(sbList[i]!);
  const d = load();
  const { similar, hyper } = d;
  const aSimilar = new Set<number>();
  for (let i = 0; i < sa.length; i++) {
    const x = sa[i]!;
    if (sb.has(x)) return true;
    relatedRange(similar, x);
    for (let j = relatedFrom, end = relatedTo; j < end; j++) {
      const y = similar.list[j]!;
      if (sb.has(y)) return true;
      aSimilar.add(y);
    }
    relatedRange(hyper, x);
    for (let j = relatedFrom, end = relatedTo; j < end; j++) if (sb.has(hyper.list[j]!)) return true;
  }
  let siblings = false;
  const sbDistinct = distinct(sbList);
  for (let i = 0; i < sbDistinct.length; i++) {
    const y = sbDistinct[i]!;
    relatedRange(similar, y);
    for (let j = relatedFrom, end = relatedTo; j < end; j++) {
      const z = similar.list[j]!;
      if (sa.includes(z)) return true;
      if (aSimilar.has(z)) siblings = true;
    }
    relatedRange(hyper, y);
    for (let j = relatedFrom, end = relatedTo; j < end; j++) if (sa.includes(hyper.list[j]!)) return true;
  }
  // Two adjectives "similar to" one head ("massive", "gigantic" ~ "large") usually mean the
  // same; not when their nouns are kinds of one thing: "yellow" and "green" are both
  // "chromatic", and different colours.
  return siblings && !shareHypernym(d, sa, sbDistinct);
}

function shareHypernym(d: WordNetData, sa: Uint32Array, sb: readonly number[]): boolean {
  const hyper = d.hyper;
  const above = new Set<number>();
  for (let i = 0; i < sa.length; i++) {
    relatedRange(hyper, sa[i]!);
    for (let j = relatedFrom, end = relatedTo; j < end; j++) above.add(hyper.list[j]!);
  }
  for (let i = 0; i < sb.length; i++) {
    relatedRange(hyper, sb[i]!);
    for (let j = relatedFrom, end = relatedTo; j < end; j++) if (above.has(hyper.list[j]!)) return true;
  }
  return false;
}

/**
 * Whether two words are opposites in their main senses: a direct WordNet antonym ("increase" /
 * "decrease"), or an antonym of a word "similar to" the other ("thriving" ~ "prosperous" /
 * "unprosperous" ~ "struggling"). Only the first three senses count: rare senses make
 * nearly anything an opposite of something.
 */
const oppositeRelation = cachedRelation((a, b) => computeOpposites(a, b));

export function areOpposites(a: string, b: string): boolean {
  return a !== b && oppositeRelation(a, b);
}

function computeOpposites(a: string, b: string): boolean {
  if (mayMeanTheSame(a, b)) return false;
  const d = load();
  const { similar, opposite } = d;
  const near = (w: string) => {
    const out = new Set<number>();
    const senses = sensesOf(w, 3);
    for (let i = 0; i < senses.length; i++) {
      const x = senses[i]!;
      out.add(x);
      relatedRange(similar, x);
      for (let j = relatedFrom, end = relatedTo; j < end; j++) out.add(similar.list[j]!);
    }
    return out;
  };
  const nb = near(b);
  for (const x of near(a)) {
    relatedRange(opposite, x);
    for (let j = relatedFrom, end = relatedTo; j < end; j++) if (nb.has(opposite.list[j]!)) return true;
  }
  return false;
}

/**
 * How two words' meanings relate, for judging a replaced word (judgement/):
 *   same       a shared sense, "similar to", or a direct generalisation (mayMeanTheSame)
 *   opposite   antonyms (areOpposites)
 *   broader / narrower  b is a generalisation of a within a few steps, or the reverse
 *                       ("vehicle" for "car"): less specific, not different
 *   sister     a different thing of the same kind: both sit under one near generalisation
 *              ("yellow" / "pink", "invasion" / "annexation")
 *   unrelated  both known, no near relation
 *   unknown    WordNet does not know one of them (a name, jargon)
 */
export type LexicalRelation = 'same' | 'opposite' | 'broader' | 'narrower' | 'sister' | 'unrelated' | 'unknown';

/** How far up the hypernyms a relation is looked for. */
const MAX_UP = 3;

export const lexicalRelation = cachedRelation((a, b) => computeRelation(a, b));

/** Every generalisation of a word's first `senses` senses within `up` steps, with its distance. */
function ancestors(word: string, senses: number, up: number): Map<number, number> {
  const d = load();
  const hyper = d.hyper;
  const out = new Map<number, number>();
  const own = sensesOf(word, senses);
  let frontier: number[] = [];
  for (let i = 0; i < own.length; i++) frontier.push(own[i]!);
  for (let i = 0; i < frontier.length; i++) out.set(frontier[i]!, 0);
  for (let depth = 1; depth <= up && frontier.length; depth++) {
    const next: number[] = [];
    for (let i = 0; i < frontier.length; i++) {
      relatedRange(hyper, frontier[i]!);
      for (let j = relatedFrom, end = relatedTo; j < end; j++) {
        const y = hyper.list[j]!;
        if (out.has(y)) continue;
        out.set(y, depth);
        next.push(y);
      }
    }
    frontier = next;
  }
  return out;
}

function computeRelation(a: string, b: string): LexicalRelation {
  if (mayMeanTheSame(a, b)) return 'same';
  if (areOpposites(a, b)) return 'opposite';
  if (sensesOf(a).length === 0 || sensesOf(b).length === 0) return 'unknown';
  const ua = ancestors(a, 4, MAX_UP);
  const ub = ancestors(b, 4, MAX_UP);
  let broader = Infinity;
  let narrower = Infinity;
  let sister = Infinity;
  for (const [x, da] of ua) {
    const db = ub.get(x);
    if (db === undefined) continue;
    if (da === 0) narrower = Math.min(narrower, db); // a's own sense is an ancestor of b: b is narrower
    else if (db === 0) broader = Math.min(broader, da); // b's sense is an ancestor of a: b is broader
    else if (da <= 2 && db <= 2) sister = Math.min(sister, da + db);
  }
  if (broader <= narrower && broader < Infinity && broader <= sister) return 'broader';
  if (narrower < Infinity && narrower <= sister) return 'narrower';
  if (sister < Infinity) return 'sister';
  return headOfCompound(a, b) ? 'broader' : headOfCompound(b, a) ? 'narrower' : 'unrelated';
}

/**
 * Whether `head` is the last part of a closed compound noun `compound`, the part before it a
 * noun of three letters or more: "goalkeeper" / "keeper". The compound names a kind of what its
 * head names, as "goal keeper" would. (Read only where WordNet relates the two in no other way,
 * and all three are its nouns: "headteacher", which it lacks, is left unknown.)
 */
function headOfCompound(compound: string, head: string): boolean {
  const modifier = compound.slice(0, compound.length - head.length);
  return head.length >= 4 && modifier.length >= 3 && compound.endsWith(head) &&
    [compound, head, modifier].every((w) => sensesAs(w, NOUN, 1).length > 0);
}

/**
 * Whether one word is an adjective that pertains to the other, a noun, either way round:
 * "Dutch" / "Netherlands", "French" / "France", "parliamentary" / "parliament". The word for a
 * place's people and the place are one entity to a fact checker.
 */
export const pertains = cachedRelation((a, b) => computePertains(a, b) || computePertains(b, a));

/**
 * Whether one word is a word for a place's people and the other that place ("Spaniard" /
 * "Spain", "Swede" / "Sweden", "Croat" / "Croatia"), either way round: an inhabitant noun (by
 * WordNet's hypernyms) beside a location noun that begins with the same three letters or more,
 * as those words are made, or a word in "-man" made from the place's adjective ("Frenchman" /
 * "France", as "French" pertains to it).
 */
export const inhabitantOf = cachedRelation((a, b) => computeInhabitantOf(a, b) || computeInhabitantOf(b, a));

function computeInhabitantOf(people: string, place: string): boolean {
  // ("Frenchman", "Dutchwoman": the adjective of the place with "man" after it.)
  const base = /^(\p{L}{3,}?)(?:wo)?man$/u.exec(people)?.[1];
  if (base && pertains(base, place)) return true;
  // ("Dane" / "Denmark", "Finn" / "Finland": the people's word is the stem of the place's
  // adjective, "Danish", which pertains to it.)
  const stem = people.replace(/e$/, '');
  if (stem.length >= 3 && [`${stem}ish`, `${people}ish`].some((a) => a !== people && pertains(a, place)) && inhabitantInSenses(people, '')) return true;
  let k = 0;
  while (k < people.length && k < place.length && people[k] === place[k]) k++;
  // (Beside such a place, a word whose first sense is another thing may name its people: "Pole"
  // / "Poland", whose first sense is a rod.)
  return k >= 3 && inhabitantInSenses(people, '') && nounFile(place) === LOCATION_FILE;
}

const inhabitantInSenses = kindOfPerson('inhabitant', 3);

/** WordNet's noun file of places (noun.location). */
const LOCATION_FILE = 15;

function computePertains(adjective: string, noun: string): boolean {
  const d = load();
  const nouns = sensesOf(noun);
  if (nouns.length === 0) return false;
  for (const x of sensesOf(adjective)) for (const y of related(d.pertain, x)) if (nouns.includes(y)) return true;
  return false;
}

let personSense: number | undefined;

/**
 * A cached test of whether a word's first `senses` senses fall, within six steps up, under the
 * person sense of `kind` ("relative", "inhabitant").
 */
function kindOfPerson(kind: string, senses: number): (word: string, unused: string) => boolean {
  let sense: number | undefined;
  // (The role and attribution rules ask these of every noun and verb of every pair: each walks
  // WordNet's generalisations, so the answers are kept.)
  return cachedRelation((word: string): boolean => {
    const d = load();
    sense ??= sensesOf(kind).find((x) => at(d, d.lexfile, x) === PERSON_FILE) ?? -1;
    return sense >= 0 && ancestors(word, senses, 6).has(sense);
  });
}

/**
 * Whether a person noun's main senses name someone of a body: who works for it, leads it, is
 * a member of it or represents it ("official", "executive", "councillor", "spokesman"), people
 * whose word may be the body's own, unlike "residents", "critics" or "passengers".
 */
export function isOfABody(word: string): boolean {
  return OF_A_BODY.some((relation) => relation(word, ''));
}

const OF_A_BODY = ['worker', 'leader', 'member', 'representative'].map((kind) => kindOfPerson(kind, 2));

/** Whether a person noun's main senses name kin ("son", "mother", "cousin"): a relation, not a role. */
export function isKinNoun(word: string): boolean {
  return kinRelation(word, '');
}

const kinRelation = kindOfPerson('relative', 2);

/**
 * Whether a person noun's first sense names where someone is from ("Londoner", "Frenchman",
 * "Dane", "villager"): an origin, which the same person has beside any role.
 */
export function isInhabitantNoun(word: string): boolean {
  return inhabitantRelation(word, '');
}

const inhabitantRelation = kindOfPerson('inhabitant', 1);

/** Whether a noun's main senses denote a person ("minister", "spokeswoman", "chairman"). */
export function isPersonNoun(word: string): boolean {
  return personRelation(word, '');
}

const personRelation = cachedRelation((word: string): boolean => {
  personSense ??= sensesOf('person')[0] ?? -1;
  return personSense >= 0 && ancestors(word, 2, 9).has(personSense);
});

const NOUN = 0;
const VERB = 1;
const ADJECTIVE = 2;
/** WordNet's noun files of acts: noun.act, noun.communication, noun.event, noun.process. */
const EVENT_FILES = new Set([4, 10, 11, 22]);

/** The first `limit` senses of a word that are of one part of speech. */
function sensesAs(word: string, pos: number, limit: number): number[] {
  const d = load();
  const out: number[] = [];
  for (const x of sensesOf(word)) if (at(d, d.pos, x) === pos && out.push(x) >= limit) break;
  return out;
}

/**
 * The verb senses an event word names: a verb's own main senses; an event noun's, the verbs its
 * main senses are derivationally related to in WordNet ("takeover" -> "take over", "rejection"
 * -> "reject", "lawsuit" (a sense shared with "suit") -> "sue"). A two-word verb is asked for
 * with its particle ("take_over"). Empty for a noun that names no act ("table").
 */
export function eventSenses(lemma: string, nominal: boolean): readonly number[] {
  return eventRelation(lemma, nominal ? 'n' : 'v');
}

const eventRelation = cachedRelation((lemma: string, kind: string): readonly number[] => {
  // (A two-word verb's senses are few, and its main sense in news is often not WordNet's first:
  // "take over" a company is its fifth.)
  if (kind === 'v') return sensesAs(lemma, VERB, lemma.includes('_') ? 12 : 4);
  const d = load();
  const out = new Set<number>();
  const isAct = (x: number) => EVENT_FILES.has(at(d, d.lexfile, x));
  const addVerbsOf = (x: number) => { for (const y of related(d.deriv, x)) if (at(d, d.pos, y) === VERB) out.add(y); };
  const main = sensesAs(lemma, NOUN, 3);
  // Only a sense that is an act, a communication, an event or a process ("takeover", "claim",
  // "collapse"), not a thing or a class that a verb is also made from ("type" -> "typify").
  for (const x of main) if (isAct(x)) addVerbsOf(x);
  // A noun whose first sense is an act WordNet derives from no verb is its generalisation's act:
  // "sale" (an instance of "selling") is selling's, "sell".
  if (out.size === 0 && main.length > 0 && isAct(main[0]!)) {
    for (const g of related(d.hyper, main[0]!)) if (isAct(g)) addVerbsOf(g);
  }
  return [...out];
});

/** WordNet's noun file of people (noun.person). */
const PERSON_FILE = 18;

/**
 * The verb senses a noun for the doer or receiver of an act names: those its main person senses
 * are derivationally related to ("owner" -> "own", "buyer" -> "buy", "employee" -> "employ").
 */
export function agentSenses(lemma: string): readonly number[] {
  return agentRelation(lemma, '');
}

const agentRelation = cachedRelation((lemma: string): readonly number[] => {
  const d = load();
  const out = new Set<number>();
  for (const x of sensesAs(lemma, NOUN, 2)) {
    if (at(d, d.lexfile, x) !== PERSON_FILE) continue;
    for (const y of related(d.deriv, x)) if (at(d, d.pos, y) === VERB) out.add(y);
  }
  return [...out];
});

/** WordNet's noun file of groups of people and things (noun.group): "team", "council", "orchestra". */
export const GROUP_FILE = 14;

/**
 * Whether a noun's main senses (its first two) name people, one or a body of them: "the team",
 * "the researchers", "the council". Such a party is described in many ways.
 */
export function namesPeople(lemma: string): boolean {
  return peopleRelation(lemma, '');
}

/**
 * Whether one of a noun's first two senses is an organisation ("airline", "bank", "newspaper"):
 * a body that can speak, whatever WordNet files its first sense under (an airline is first a
 * service, a bank first a financial institution).
 */
export function namesOrganization(lemma: string): boolean {
  return organizationRelation(lemma, '');
}

let organizationSenses: number[] | undefined;

const organizationRelation = cachedRelation((lemma: string): boolean => {
  const d = load();
  organizationSenses ??= Array.from(sensesOf('organization')).filter((x) => at(d, d.lexfile, x) === GROUP_FILE);
  const up = ancestors(lemma, 2, 8);
  return organizationSenses.some((o) => up.has(o));
});

const peopleRelation = cachedRelation((lemma: string): boolean => {
  const d = load();
  return isPersonNoun(lemma) || sensesAs(lemma, NOUN, 2).some((x) => at(d, d.lexfile, x) === GROUP_FILE || at(d, d.lexfile, x) === PERSON_FILE);
});

/**
 * The WordNet noun file of a noun's first sense (noun.group, noun.act, noun.communication …),
 * or -1: what kind of thing the word names first.
 */
export function nounFile(lemma: string): number {
  return firstSenseFile(lemma, NOUN);
}

/** The WordNet file of a word's first sense as a noun or a verb, or -1. */
function firstSenseFile(lemma: string, pos: number): number {
  const d = load();
  const first = sensesAs(lemma, pos, 1)[0];
  return first === undefined ? -1 : at(d, d.lexfile, first);
}

/** WordNet's noun file of times (noun.time): "Wednesday", "year", "morning". */
const TIME_FILE = 28;

/** Whether a noun's first sense is a time ("Wednesday", "week", "spring"): a phrase of time, not a party. */
export function isTimeNoun(lemma: string): boolean {
  return timeRelation(lemma, '');
}

const timeRelation = cachedRelation((lemma: string): boolean => nounFile(lemma) === TIME_FILE);

/** WordNet's verb file of moving: verb.motion. */
const MOTION_FILE = 38;

/**
 * Whether a verb's main sense is one of moving ("go", "edge", "climb", "creep"): "edged up to
 * 61p" tells where an amount moved to, where "face up to ten years" bounds the amount.
 */
export function isMotionVerb(lemma: string): boolean {
  return motionRelation(lemma, '');
}

const motionRelation = cachedRelation((lemma: string): boolean => firstSenseFile(lemma, VERB) === MOTION_FILE);

/** WordNet's verb files of thinking and telling: verb.cognition, verb.communication. */
const SAYING_FILES = new Set([31, 32]);

/**
 * Whether a verb's main sense is one of thinking or telling ("complain", "admit", "believe",
 * "predict"): with a clause after it, the clause is its subject's claim.
 */
export function isSayingVerb(lemma: string): boolean {
  return sayingRelation(lemma, '');
}

const sayingRelation = cachedRelation((lemma: string): boolean => SAYING_FILES.has(firstSenseFile(lemma, VERB)));

/**
 * The verb an inflected form in -ed or -ing is made from, by its regular endings ("closed",
 * "closing" -> "close"; "planned", "running" -> "plan", "run"; "carried" -> "carry"), if WordNet
 * has that verb; null otherwise.
 */
export function verbOfForm(form: string): string | null {
  const tries = /ed$/.test(form) ? [form.replace(/d$/, ''), form.replace(/ed$/, ''), form.replace(/(.)\1ed$/, '$1'), form.replace(/ied$/, 'y')]
    : /ing$/.test(form) ? [form.slice(0, -3), `${form.slice(0, -3)}e`, form.replace(/(.)\1ing$/, '$1')] : [];
  return tries.find((x) => x !== form && isVerbLemma(x)) ?? null;
}

/** Whether WordNet has a verb of this lemma (a two-word verb with "_": "take_over"). */
export function isVerbLemma(lemma: string): boolean {
  return sensesAs(lemma, VERB, 1).length > 0;
}

/** Whether WordNet knows the word as an adjective ("polish": "of or relating to Poland"). */
export function isAdjectiveLemma(lemma: string): boolean {
  return sensesAs(lemma, ADJECTIVE, 1).length > 0;
}

/**
 * Whether a noun's main sense (its first) is an act told as a noun, derived from a verb:
 * "decision", "takeover", "complaint"; not "line", whose act senses are rare.
 */
export function mainlyAnAct(lemma: string): boolean {
  return actRelation(lemma, '');
}

const actRelation = cachedRelation((lemma: string): boolean => {
  const d = load();
  const [x] = sensesAs(lemma, NOUN, 1);
  return x !== undefined && EVENT_FILES.has(at(d, d.lexfile, x)) && related(d.deriv, x).some((y) => at(d, d.pos, y) === VERB);
});

/** Whether a word names an act (a verb, or a noun derived from one): its frame is an event's. */
export function isEventNoun(lemma: string): boolean {
  return eventSenses(lemma, true).length > 0;
}

/** A verb sense and its generalisations within `up` steps. */
function verbAncestors(senses: readonly number[], up: number): Set<number> {
  const d = load();
  const out = new Set(senses);
  let frontier = [...senses];
  for (let depth = 1; depth <= up && frontier.length; depth++) {
    const next: number[] = [];
    for (const x of frontier) for (const y of related(d.hyper, x)) if (!out.has(y)) { out.add(y); next.push(y); }
    frontier = next;
  }
  return out;
}

/** Relations under which two event nouns name one act (samePredicate). */
const SAME_ACT: ReadonlySet<LexicalRelation> = new Set(['same', 'broader', 'narrower']);

/**
 * Whether two predicates (each a lemma, verb or event noun) name the same act, where one is an
 * event noun and the other a verb, or one is a two-word verb (a rewrite's way of saying a verb
 * without it): they share a verb
 * sense, or one's sense generalises the other's within two steps ("takeover" -> "take over"
 * (a company) -> "buy" -> "acquire"). Frames of such predicates compare role by role. Two
 * different single verbs are not matched here: their own senses and roles are too loose a
 * match ("drive" and "force", "use" and "lead"), and the word alignment pairs the ones that
 * stand in each other's place.
 */
export const samePredicate = cachedRelation((a: string, b: string): boolean => {
  const [la, na] = splitPredicate(a);
  const [lb, nb] = splitPredicate(b);
  if (la === lb && na === nb) return true;
  if (!na && !nb && !la.includes('_') && !lb.includes('_')) return false;
  // Two different nouns are not one act for sharing a verb ("type" and "symbol" both lead to
  // "typify, symbolise"): a noun is compared with its verb, and with another event noun only
  // where the one is the other or a kind of it ("a takeover" is "an acquisition").
  // (A gerund is its verb's act, though: "Petrenko's backing of Asante" is compared as "backed"
  // with "endorsement".)
  if (na && nb && a.startsWith('n:') && b.startsWith('n:')) {
    const gerund = (lemma: string) => (/ing$/.test(lemma) ? verbOfForm(lemma) : null);
    const ga = gerund(la), gb = gerund(lb);
    if (ga && !gb) return samePredicate(b, ga);
    if (gb && !ga) return samePredicate(a, gb);
  }
  if (na && nb) return a.startsWith('n:') && b.startsWith('n:') && isEventNoun(la) && isEventNoun(lb) && SAME_ACT.has(lexicalRelation(la, lb));
  const sensesOfKey = (key: string, lemma: string, nominal: boolean) => key.startsWith('a:') ? agentSenses(lemma) : eventSenses(lemma, nominal);
  const sa = sensesOfKey(a, la, na);
  const sb = sensesOfKey(b, lb, nb);
  if (sa.length === 0 || sb.length === 0) return false;
  const ua = verbAncestors(sa, 2);
  const ub = verbAncestors(sb, 2);
  // (The generalisation must be one of the other word's main senses: "carry out" is under
  // "effect, set up", the eighth sense of "set up", which is not "carry out".)
  return sb.slice(0, 3).some((y) => ua.has(y)) || sa.slice(0, 3).some((x) => ub.has(x));
});

/** A predicate key: "n:" before an event noun's lemma, "a:" before a doer's noun ("owner"), the lemma alone for a verb. */
function splitPredicate(key: string): [string, boolean] {
  return /^[na]:/.test(key) ? [key.slice(2), true] : [key, false];
}

/** The giving senses ("give": transfer possession, and its first, "cause to have") and the receiving one ("acquire"). */
let transferRoots: [ReadonlySet<number>, number] | null | undefined;

function transferRootSenses(): [ReadonlySet<number>, number] | null {
  if (transferRoots === undefined) {
    const d = load();
    const take = new Set(sensesAs('take', VERB, 50));
    const give = sensesAs('give', VERB, 50).find((x) => related(d.opposite, x).some((y) => take.has(y)));
    const get = sensesAs('acquire', VERB, 1)[0];
    // (Its first sense too: "award", "present" sit under it, not under the transfer.)
    const cause = sensesAs('give', VERB, 1)[0];
    transferRoots = give !== undefined && get !== undefined ? [new Set(cause === undefined ? [give] : [give, cause]), get] : null;
  }
  return transferRoots;
}

/**
 * The sense of causing a thing to move ("move, displace": under it "send", "ship", "transport",
 * "dispatch"): its doer is where the thing goes from, the giver of a transfer told with a "to"
 * phrase alone ("Calderby General sent 40 patients to St Brannoc's" = they were transferred
 * from Calderby General to St Brannoc's). Not a converse of receiving: only a transfer's side.
 */
let motionRoot: number | null | undefined;
function causedMotionSense(): number | null {
  if (motionRoot === undefined) {
    const displace = new Set(sensesAs('displace', VERB, 50));
    motionRoot = sensesAs('move', VERB, 50).find((x) => displace.has(x)) ?? null;
  }
  return motionRoot;
}

/**
 * Which side of a transfer a verb's doer is on, by its main senses: the giver ("lend", "sell",
 * "award": under "give", or the opposite of a receiving verb) or the receiver ("borrow", "buy",
 * "receive": under "acquire", or the opposite of a giving one); null for any other verb. An
 * event noun ("n:loan") is read by the verb it names.
 */
const transferSides = cachedRelation((key: string): 'giver' | 'receiver' | null => {
  const roots = transferRootSenses();
  if (!roots) return null;
  const [lemma, nominal] = splitPredicate(key);
  // (A noun WordNet links to no verb may be a verb's form itself: "loan".)
  const nounVerbs = nominal ? eventSenses(lemma, true).slice(0, 3) : [];
  const senses = nounVerbs.length ? nounVerbs : sensesAs(verbOfPhrase(lemma), VERB, 3);
  const moves = causedMotionSense();
  // The nearer root decides ("buy" is under "acquire" before anything gives).
  const side = (start: readonly number[]): 'giver' | 'receiver' | null => {
    const d = load();
    const seen = new Set(start);
    let frontier = [...start];
    for (let depth = 0; depth <= 3 && frontier.length; depth++) {
      const gives = frontier.some((x) => roots[0].has(x) || x === moves);
      const gets = frontier.includes(roots[1]);
      if (gives !== gets) return gives ? 'giver' : 'receiver';
      if (gives) return null;
      const next: number[] = [];
      for (const x of frontier) for (const y of related(d.hyper, x)) if (!seen.has(y)) { seen.add(y); next.push(y); }
      frontier = next;
    }
    return null;
  };
  const own = side(senses);
  if (own) return own;
  // Or the opposite of one: "sell", whose opposite "buy" acquires.
  const d = load();
  const opposite = side(senses.flatMap((x) => [...related(d.opposite, x)]));
  return opposite === 'giver' ? 'receiver' : opposite === 'receiver' ? 'giver' : null;
});
export function transferSide(key: string): 'giver' | 'receiver' | null {
  return transferSides(key, '');
}

/**
 * Whether two verbs are converses: the same event told from its other party, the roles of the
 * doer and the other party exchanged ("X sold Y to Z" = "Z bought Y from X", "A beat B" = "B
 * lost to A", "X paid Z" = "Z received money from X"). WordNet has no converse relation; its
 * antonym links between verbs, looked up through each verb's main senses, their
 * generalisations (two steps) and what they entail, give the transfer and contest pairs
 * ("sell"/"buy", "lend"/"borrow", "give"/"take", "win"/"lose", and "beat" through its entailed
 * "win"). One link is added: WordNet opposes "give" (transfer possession) only to "take", while
 * the receiving verbs ("receive", "obtain", "buy", "inherit") sit under "get, acquire", which
 * has no antonym; "acquire" (its first verb sense) is read as the other side of "give" (its transfer sense and
 * its first, "cause to have", under which "award" and "present" sit).
 * Verbs where one entails or generalises the other ("buy" entails "pay") are not converses.
 * Whether the frames have two parties to exchange is the caller's question.
 */
export const areConverse = cachedRelation((a: string, b: string): boolean => {
  if (a === b) return false;
  return conversesBySense(sensesAs(verbOfPhrase(a), VERB, 3), sensesAs(verbOfPhrase(b), VERB, 3));
});

/** A phrasal verb WordNet does not list is read as its verb ("lose_out" as "lose"). */
function verbOfPhrase(key: string): string {
  return key.includes('_') && sensesAs(key, VERB, 1).length === 0 ? key.slice(0, key.indexOf('_')) : key;
}

/** areConverse over verb senses (see there). */
function conversesBySense(sa: readonly number[], sb: readonly number[]): boolean {
  const d = load();
  const up = (senses: readonly number[]) => {
    const out = verbAncestors(senses, 2);
    for (const x of senses) for (const y of related(d.entail, x)) out.add(y);
    return out;
  };
  const ua = up(sa);
  const ub = up(sb);
  if (sa.some((x) => ub.has(x)) || sb.some((y) => ua.has(y))) return false;
  const roots = transferRootSenses();
  for (const x of ua) {
    for (const y of related(d.opposite, x)) if (ub.has(y)) return true;
    if (roots && ((roots[0].has(x) && ub.has(roots[1])) || (x === roots[1] && [...roots[0]].some((g) => ub.has(g))))) return true;
  }
  return false;
}

/**
 * Whether two person nouns name the two parties of one relation: WordNet opposites ("lender" /
 * "borrower", "employer" / "employee", "plaintiff" / "defendant") or the doers of converse
 * verbs ("buyer" / "seller": "buy" / "sell"). Said of one participant, they swap its role.
 */
export function areConverseParties(a: string, b: string): boolean {
  // The word tests, each remembered by word, before the pair's: the negation rule asks this of
  // every pair of words in a replaced stretch, few of them two person nouns, and remembering
  // each pair's "no" cost more than finding it.
  return a !== b && isPersonNoun(a) && isPersonNoun(b) && converseParties(a, b);
}

const converseParties = cachedRelation((a: string, b: string): boolean => {
  if (mayMeanTheSame(a, b)) return false;
  if (areOpposites(a, b)) return true;
  const va = doerVerbs(a);
  const vb = doerVerbs(b);
  return va.length > 0 && vb.length > 0 && conversesBySense(va, vb);
});

/** The verb senses a person noun's main senses are derived from ("buyer" -> "buy", "purchase"). */
function doerVerbs(noun: string): number[] {
  const d = load();
  const out = new Set<number>();
  for (const x of sensesAs(noun, NOUN, 2)) for (const y of related(d.deriv, x)) if (at(d, d.pos, y) === VERB) out.add(y);
  return [...out];
}
