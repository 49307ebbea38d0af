// Finds names of people, organisations and places (runs of proper nouns, allowing "of" and
// "the" inside: "Ministry of State Security") and decides when two names refer to the same
// thing: a shorter form ("Blinken" for "Antony J. Blinken"), an acronym ("PRC" for "People's
// Republic of China") or a common alias ("US" for "United States").
import { offsetFree } from '../offsetFree';
import { ALIASES, MONTH_ABBR, MONTHS, PEOPLE_GROUPS, ROLE_NOUNS, STOPWORDS, WEEKDAYS } from '../lexicon';
import { inhabitantOf, isAdjectiveLemma, isKinNoun, isPersonNoun, pertains, probablyName } from '../wordnet';
import type { Token } from '../tokens';
import { inAmountUnit } from './numbers';
import { weekdayAbbreviation } from './dates';

export interface EntityMention {
  readonly first: number;
  readonly last: number;
  /** Lower-case words that identify it (no "of", "the", initials or honorifics). */
  readonly words: readonly string[];
  /** Initials of those words plus connectors skipped: "People's Republic of China" -> "prc". */
  readonly acronym: string;
  readonly alias: number;
  /** Those of its words written cut short with a full stop ("calif" for "Calif."), which the word in full names too. */
  readonly shortened?: readonly string[];
}

const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'da', 'del', 'von', 'van', 'al', 'bin', 'on', '&', 'and', "'s"]);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'mr.', 'mrs.', 'ms.', 'dr.']);
const NOT_NAMES = new Set([...MONTHS, ...WEEKDAYS, 'i', 'a', 'an', 'the', 'it', 'this', 'that']);

const ALIAS_INDEX = new Map<string, number>();
ALIASES.forEach((group, id) => group.forEach((name) => ALIAS_INDEX.set(name, id)));

function startsSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // A dateline's dash opens the sentence too ("DENVER — Walkers can …"); so do stars typed for
  // bold before its first word ("**Money raised:** …").
  return !prev || /^["“‘'(\[:•\-–—]$/.test(prev.text) || /[.!?]$/.test(prev.text) || (/^[*_]+$/.test(prev.text) && tokens.slice(0, i).every((t) => /^[*_]+$/.test(t.text)));
}

/** Capitalised words not at the start of a sentence: the words a text itself treats as names. */
export function midSentenceCapitals(sentences: ReadonlyArray<{ readonly tokens: readonly Token[] }>): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (t.isWord && /^\p{Lu}/u.test(t.text) && !startsSentence(s.tokens, i)) out.add(t.lower);
    });
  }
  return out;
}

/**
 * The words findEntities(tokens, names) may ask `names` about (isNameLike: a capitalised word
 * opening a sentence), a superset: its answer depends on `names` only through whether each of
 * these is in it. An editor's cached pair stays valid while those answers are unchanged
 * (analyze.ts), so a name new to the draft does not make every pair be compared again.
 */
export function namesAsked(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (t.isWord && /^\p{Lu}/u.test(t.text) && startsSentence(tokens, i)) out.push(t.lower);
  });
  return out;
}

function isNameLike(tokens: readonly Token[], i: number, names: ReadonlySet<string> | null, lowercase: boolean): boolean {
  const t = tokens[i]!;
  // (A weekday in the plural is the same day, recurring: "on Thursdays".)
  // (Nor one cut short where a date is told: "on Thu", "Sat 11 Oct".)
  if (!t.isWord || NOT_NAMES.has(t.lower) || WEEKDAYS.includes(t.lower.replace(/s$/, '')) || weekdayAbbreviation(tokens, i) !== null) return false;
  // "Feb 11", "9 Oct": a month's abbreviation beside a day or a year is a date ("Jan" alone may be a name).
  if (MONTH_ABBR.includes(t.lower.replace(/\.$/, '')) && (/^\d{1,4}(st|nd|rd|th)?$/.test(tokens[i + 1]?.lower ?? '') || /^\d{1,2}(st|nd|rd|th)?$/.test(tokens[i - 1]?.lower ?? ''))) return false;
  // "5.2 GWh", "300 MW", "CHF 1.9bn", "1.9 billion Swiss francs": part of an amount's unit.
  if (inAmountUnit(tokens, i)) return false;
  if (ROLE_NOUNS.has(t.lemma) && t.pos !== 'PROPN') return false;
  // In text written all in lower case, capitals say nothing: ask WordNet whether it is a name.
  // (The lemma is asked, so "elections" is the known word "election", not an unknown name.)
  if (lowercase) return (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'X') && !STOPWORDS.has(t.lower) && probablyName(t.lemma);
  if (!/^\p{Lu}/u.test(t.text)) return false;
  // In a run of words in capitals ("NEWS ALERT", "HARWICK BUS PAY DEAL: BY THE NUMBERS"), or one
  // such word labelling the sentence before a colon ("ALERT: …"), capitals say nothing either:
  // only a word WordNet does not know as a common word is a name.
  const shouted = (k: number) => /^\p{Lu}{2,}$/u.test(tokens[k]?.text ?? '');
  // (Or a label's value in capitals: "Status: CLOSED".)
  if (shouted(i) && (shouted(i - 1) || shouted(i + 1) || (startsSentence(tokens, i) && tokens[i + 1]?.text === ':') || tokens[i - 1]?.text === ':')) {
    // (Asked of the singular too: "NUMBERS" is no book of the Bible here.)
    return !STOPWORDS.has(t.lower) && probablyName(t.lower) && !(/s$/.test(t.lower) && !probablyName(t.lower.slice(0, -1)));
  }
  if (startsSentence(tokens, i)) {
    // Every sentence starts with a capital: trust it only for acronyms, for words the texts
    // capitalise elsewhere, or when a name continues after it ("Antony Blinken said").
    if (/^\p{Lu}[\p{Lu}.]+$/u.test(t.text)) return true;
    // (The only question asked of `names`: see namesAsked.)
    if (names?.has(t.lower)) return true;
    const next = tokens[i + 1];
    if (next && (next.lower === "'s" || next.lower === '’s') && t.pos === 'PROPN') return true; // "Acme's chairman"
    return t.pos === 'PROPN' && !!next && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text);
  }
  // "the Spaniard", "the Briton": one capitalised word for a kind of person, after "the" and
  // with no name after it, describes someone; it names no one. (So with words in lower case
  // between, describing it, as the phrase's last word: "The 24-year-old Nigerian", "a veteran
  // Briton"; "a German contractor" names a country's firm.)
  let det = i - 1;
  while (det > 0 && i - det <= 7 && tokens[det]!.lower !== 'the' && !/^\p{Lu}/u.test(tokens[det]!.text) && (/^(ADJ|NUM|ADV)$/.test(tokens[det]!.pos) || tokens[det]!.text === '-' ||
    (tokens[det]!.pos === 'NOUN' && (tokens[det - 1]?.text === '-' || tokens[det + 1]?.text === '-')))) det--;
  const described = det === i - 1 ? tokens[det]?.lower === 'the' : /^(the|a|an)$/.test(tokens[det]?.lower ?? '') && tokens[i + 1]?.pos !== 'NOUN';
  if (described && t.lower === t.lemma && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && isPersonNoun(t.lemma)) return false;
  if (t.pos === 'PROPN') return true;
  // A capitalised noun or adjective inside a sentence is usually part of a name.
  return t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X';
}

/** Whether two names are aliases of one place or body ("U.K." / "British", "US" / "America"). */
export function sameAlias(a: string, b: string): boolean {
  const x = ALIAS_INDEX.get(a);
  return x !== undefined && x === ALIAS_INDEX.get(b);
}

function aliasKey(words: readonly string[]): number {
  return ALIAS_INDEX.get(words.join(' ')) ?? -1;
}

const BODIES = new Set(['ministry', 'department', 'republic', 'bank', 'university', 'institute', 'office', 'council', 'court',
  'house', 'museum', 'school', 'college', 'board', 'bureau', 'union', 'league', 'federation', 'association', 'society', 'church',
  'state', 'states', 'kingdom', 'city', 'county', 'province', 'secretary', 'minister', 'chamber', 'party', 'army', 'navy', 'isle',
  'port', 'gulf', 'bay', 'sea', 'lake', 'river', 'mount', 'cape', 'duke', 'prince', 'princess', 'king', 'queen', 'archbishop', 'bishop']);

/**
 * "Ministry of State Security", "Bank of England": "of" joins a body to what it belongs to.
 * "Ruth Calloway of Southern Marlin" is a person and a place: two names.
 */
function bodyBeforeOf(tokens: readonly Token[], first: number, of: number): boolean {
  const before = tokens.slice(first, of);
  return before.length === 1 || before.some((t) => BODIES.has(t.lower));
}

/**
 * Each sentence's names, by the set of known names and then by the offset-free token array
 * (offsetFree.ts: mentions hold token indexes, read from words and tags): an editor's re-check
 * keeps the set while the names are the same (analyze.ts), and finds a whole draft's names
 * (entity.ts) again only in the sentences an edit touched.
 */
const entitiesMemo = new WeakMap<object, WeakMap<readonly Token[], [EntityMention[]?, EntityMention[]?]>>();
const NO_NAMES = {};

/** `names`: words known to be names (see midSentenceCapitals), to read sentence-initial capitals. */
export function findEntities(tokens: readonly Token[], names: ReadonlySet<string> | null = null, lowercase = false): EntityMention[] {
  const byNames = names ?? NO_NAMES;
  let memo = entitiesMemo.get(byNames);
  if (!memo) entitiesMemo.set(byNames, (memo = new WeakMap()));
  const own = offsetFree(tokens);
  let found = memo.get(own);
  if (!found) memo.set(own, (found = []));
  const k = lowercase ? 1 : 0;
  return (found[k] ??= computeEntities(tokens, names, lowercase)).slice();
}

function computeEntities(tokens: readonly Token[], names: ReadonlySet<string> | null, lowercase: boolean): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameLike(tokens, i, names, lowercase)) continue;
    let last = i;
    for (let k = i + 1; k < tokens.length; k++) {
      if (isNameLike(tokens, k, names, lowercase)) {
        last = k;
      } else if (!lowercase && /^\p{Lu}/u.test(tokens[k]!.text) && k + 1 < tokens.length && isNameLike(tokens, k + 1, names, lowercase)) {
        // A capitalised word between two parts of a name belongs to it whatever its tag
        // ("National Retrofit Agency", "Save Our Shops").
        last = k;
      } else if (CONNECTORS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'and' && k + 1 < tokens.length && isNameLike(tokens, k + 1, names, lowercase) &&
        (tokens[k]!.lower !== 'of' || bodyBeforeOf(tokens, i, k))) {
        continue;
      } else {
        break;
      }
    }
    const span = tokens.slice(i, last + 1);
    // (A title runs on in words for people after a listed one, before a first name and a
    // surname: "Detective Superintendent Carys Whitcombe", "Deputy Chief Constable Ian Roe".)
    let title = 0;
    while (title < span.length && (ROLE_NOUNS.has(span[title]!.lemma) || (title > 0 && span.length - title > 2 && isPersonNoun(span[title]!.lower)))) title++;
    const kept = span
      // Titles are the role rule's business: "Deputy David Machado" is David Machado, and
      // "Recorder Miriam Okoro" Miriam Okoro (titleBeforeName).
      .filter((t, k) => t.isWord && !CONNECTORS.has(t.lower) && !HONORIFICS.has(t.lower) && !ROLE_NOUNS.has(t.lemma) && k >= title && !/^\p{L}\.?$/u.test(t.text) &&
        !(k === 0 && titleBeforeName(tokens, i)));
    const words = kept.map((t) => t.norm.replace(/\.$/, ''));
    // ("Calif.", "Mass.": a name cut short, three letters or more before its full stop.)
    const shortened = kept.filter((t) => /^\p{Lu}\p{Ll}{2,}\.$/u.test(t.text)).map((t) => t.norm.replace(/\.$/, ''));
    if (words.length === 0) {
      i = last;
      continue;
    }
    const acronym = span.filter((t) => t.isWord && !CONNECTORS.has(t.lower)).map((t) => t.lower[0]).join('');
    const full = span.filter((t) => t.isWord).map((t) => t.lower).join(' ');
    out.push({ first: i, last, words, acronym, alias: ALIAS_INDEX.get(full) ?? aliasKey(words), ...(shortened.length ? { shortened } : {}) });
    i = last;
  }
  return out;
}

/**
 * A capitalised word for a kind of person opening a full name ("Recorder Miriam Okoro",
 * "Coroner Ian Pryce"): a title, however it was tagged. (Before a first name and a surname
 * only: "Baker Street", "Tom Baker" are names.)
 */
export function titleBeforeName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const opens = i === 0 || !/^\p{Lu}/u.test(tokens[i - 1]!.text);
  return opens && /^\p{Lu}\p{Ll}/u.test(t.text) && tokens[i + 1]?.pos === 'PROPN' && tokens[i + 2]?.pos === 'PROPN' && !PEOPLE_GROUPS.has(t.lower) &&
    isPersonNoun(t.lower) && !isKinNoun(t.lower) && !probablyName(t.lower);
}

/** An all-capitals word whose letters are the initials of the words from `at` on ("CFO", "FOB" for "free on board"). */
export function abbreviates(short: Token, tokens: readonly Token[], at: number): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(short.text)) return false;
  const initials = tokens.slice(at, at + short.text.length).map((t) => t.lower[0]).join('');
  return initials === short.lower;
}

/** Letters and digits only, lower case: "O 'brien" and "O'Brien", "Fall Beil" and "Fallbeil" meet. */
export function squeeze(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A place name and the word for its people share a stem once the endings that make them are
 * taken off: Asia/Asian, Portugal/Portuguese, China/Chinese, Sweden/Swedish, Austria/Austrian
 * (but not Austria/Australia). Irregular pairs (France/French) need a list and are left alone.
 */
function nameStem(w: string): string {
  // The people in the plural ("Valdorians", "Asians") have the stem of one of them, and so has
  // a place named in the plural ("the Faroes", "Faroese").
  const m = /^(.{3,}?)(ese|ian|ish|an|al|ia|en|n|a|y|i|e)$/.exec(/(ians|ans|is|[^s]es)$/.test(w) ? w.slice(0, -1) : w);
  return m ? m[1]! : w;
}

/** The stems of a text's words that carry an ending, and each of those less its last letter. */
interface NameStems { readonly stems: Set<string>; readonly shortened: Set<string> }

const stemsOf = new WeakMap<ReadonlySet<string>, NameStems>();

function sharesNameStem(w: string, words: ReadonlySet<string>): boolean {
  let known = stemsOf.get(words);
  if (!known) {
    known = { stems: new Set(), shortened: new Set() };
    for (const x of words) {
      const stem = x.length >= 4 ? nameStem(x) : x;
      if (stem === x) continue;
      known.stems.add(stem);
      known.shortened.add(stem.slice(0, -1));
    }
    stemsOf.set(words, known);
  }
  const stem = nameStem(w);
  // Both words must carry an ending: "Iran" and "Iraq" share no stem.
  if (w.length < 4 || stem === w) return false;
  // One stem may keep a letter the other lost ("portug-al", "portugu-ese").
  return known.stems.has(stem) || known.stems.has(stem.slice(0, -1)) || known.shortened.has(stem);
}

/**
 * "Dutch" for "the Netherlands", "French" for "France": WordNet's pertainyms join the irregular
 * pairs that no shared stem can, and its inhabitant nouns the people to their place ("Spaniard"
 * for "Spain"). Asked only when every cheaper test has failed.
 */
function pertainsToOne(w: string, words: ReadonlySet<string>): boolean {
  if (w.length < 3) return false;
  // Remembered by the set: a whole source's words (entity.ts) are one set while the source and
  // the names are unchanged, and asking each of them about a word costs a WordNet look-up each.
  let answers = pertainsAnswers.get(words);
  if (!answers) pertainsAnswers.set(words, (answers = new Map()));
  let found = answers.get(w);
  if (found === undefined) {
    found = false;
    for (const x of words) {
      // (And a word for a place's people: "Spaniard" for "Spain".)
      if (x.length >= 3 && x !== w && (pertains(w, x) || inhabitantOf(w, x))) {
        found = true;
        break;
      }
    }
    answers.set(w, found);
  }
  return found;
}

/** pertainsToOne's answers by the set asked about (sets are not changed once made). */
const pertainsAnswers = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/**
 * "Det" or "Insp." for "Detective Inspector", "Cllr" for "Councillor", "Supt" for
 * "Superintendent": a title the other text has, cut short (its first letters) or contracted (its
 * first and last letters and some between, in order).
 */
function titleCutShort(w: string, words: ReadonlySet<string>): boolean {
  const cut = w.replace(/\.$/, '');
  const contracts = (role: string) => {
    if (role[0] !== cut[0] || role[role.length - 1] !== cut[cut.length - 1]) return false;
    let k = 0;
    for (const ch of role) if (ch === cut[k]) k++;
    return k === cut.length;
  };
  if (cut.length < 3) return false;
  // A title both in the list and among the words: whichever of the two is the smaller is read
  // (a name's two or three words, not every title the list knows, for each word asked about).
  const title = (role: string) => role.length > cut.length + 1 && (role.startsWith(cut) || contracts(role));
  if (words.size < ROLE_NOUNS.size) {
    for (const x of words) if (ROLE_NOUNS.has(x) && title(x)) return true;
    return false;
  }
  for (const role of ROLE_NOUNS) if (words.has(role) && title(role)) return true;
  return false;
}

/**
 * Whether `e` names something that the other side names with `others`, spells out in `words`,
 * or writes with other spacing or punctuation somewhere in `squeezed` (see squeeze()).
 */
export function entitySupported(e: EntityMention, others: readonly EntityMention[], words: ReadonlySet<string>, squeezed = ''): boolean {
  const known = (w: string) => words.has(w) || sharesNameStem(w, words) || pertainsToOne(w, words);
  // A person of a people, "the Dutchman" / "the Dutch rider", "a Welshwoman": the people's word and "man".
  const personOf = (w: string) => {
    const m = /^(\p{L}{3,}?)(?:wo)?m[ae]n$/u.exec(w);
    return !!m && known(m[1]!);
  };
  // A name of several words whose member noun is plural on one side: "the Liberal Democrats" /
  // "a Liberal Democrat candidate" (not a surname, "Williams" / "William": a member noun is a
  // person noun of WordNet's).
  // (One word too, where the member word is also an adjective, which no given name is: "the
  // Conservatives" / "the Conservative candidate", "a Socialist" / "the Socialists".)
  // (Or a one-word name whose singular is an adjective, however WordNet files its noun: "the
  // Greens" / "the Green candidate".)
  const memberWord = (singular: string) => (isPersonNoun(singular) && e.words.length >= 2) || (e.words.length === 1 && isAdjectiveLemma(singular));
  // (Or a surname in the plural, its family, where the other side tells of the family: "the
  // Galbraiths" / "the Galbraith family".)
  const member = (w: string) => (/[^s]s$/.test(w) && words.has(w.slice(0, -1)) && (memberWord(w.slice(0, -1)) || words.has('family'))) || (words.has(`${w}s`) && memberWord(w));
  // A title's initials before a name the other side gives in full: "DI Ocampo" / "Detective
  // Inspector Maeve Ocampo".
  const initialsOfOther = (w: string) => e.words.length >= 2 && /^\p{Ll}{2,4}$/u.test(w) && others.some((o) => o.words.length >= 2 && o.acronym.includes(w));
  // A name cut short on one side and written in full on the other: "Calif." / "California".
  const cutFrom = (short: string, full: string) => full.length > short.length + 1 && full.startsWith(short);
  const cutShort = (w: string) => others.some((o) => o.shortened?.some((x) => cutFrom(x, w))) || (!!e.shortened?.includes(w) && [...words].some((x) => cutFrom(w, x)));
  const has = (w: string) => known(w) || words.has(w.replace(/'s$/, '')) || titleCutShort(w, words) || personOf(w) || member(w) || initialsOfOther(w) || cutShort(w);
  if (e.words.every(has)) return true;
  // (An alias the source says as a word that is no name of its own: "the US investment group" /
  // "the American investment group".)
  if (e.alias >= 0 && ALIASES[e.alias]!.some((a) => !a.includes(' ') && words.has(a))) return true;
  const joined = squeeze(e.words.join(''));
  if (joined.length >= 4 && squeezed.includes(joined)) return true;
  const single = e.words.length === 1 ? e.words[0]!.replace(/\./g, '') : null;
  for (const o of others) {
    if (e.alias >= 0 && e.alias === o.alias) return true;
    // Acronym either way: "PRC" / "People's Republic of China".
    if (single && single.length >= 2 && single === o.acronym && o.words.length >= 2) return true;
    if (o.words.length === 1 && e.words.length >= 2 && o.words[0]!.replace(/\./g, '') === e.acronym) return true;
  }
  return false;
}
