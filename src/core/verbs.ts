// Verb groups: a main verb with the auxiliaries, modals, negators and adverbs in front of it,
// and the tense the group expresses. The tense, modality, negation and roles-swapped rules all
// reason about these groups rather than about single words.
import { hyphenatedWithNext, type Token } from './tokens';
import { offsetFree } from './offsetFree';
import { syntaxOf } from './syntax/sentenceSyntax';
import type { SentenceSyntax } from './syntax/index';
import { isCausingVerb, isDirectingVerb } from './wordnet';
import { LIGHT_VERBS } from './lexicon';

export type Tense = 'past' | 'present' | 'future' | 'conditional' | 'none';

export interface VerbGroup {
  /** Index of the main verb (or of a copula standing alone). */
  readonly head: number;
  /** Index of the first auxiliary, negator or adverb that belongs to the group. */
  readonly first: number;
  readonly tense: Tense;
  readonly passive: boolean;
}

const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'wo']);
const CONDITIONAL_AUX = new Set(['would', 'could', 'might', 'may', 'should', 'must', "'d", 'can']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
const PERFECT_AUX = new Set(['has', 'have', "'ve", 'had']);
const NON_FINITE_AUX = new Set(['being', 'having']);
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'do', 'does', 'be']);

const MODALS = new Set(['will', "'ll", 'shall', 'wo', 'would', 'could', 'might', 'may', 'should', 'must', 'can', 'ca']);

/**
 * "each will set its own quota": a modal the tokenizer took for a noun after a determiner, where
 * the parse, which reads the whole sentence, tags it an auxiliary.
 */
function taggedModal(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.pos === 'NOUN' && MODALS.has(tokens[k]!.lower) && syntaxOf(tokens).tags[k] === 'AUX';
}

function isVerbLike(t: Token | undefined): boolean {
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * The tagger sometimes reads a bare verb after a modal as an adjective or noun ("will close",
 * "will narrow"); after a modal, a word in its dictionary form is the verb.
 */
function verbTags(tokens: readonly Token[]): boolean[] {
  return tokens.map((t, i) => {
    if (invertedCondition(tokens, i)) return false;
    if (isVerbLike(t)) return true;
    // An infinitive the tokenizer took for an adverb, noun or adjective of the same spelling
    // ("was expected to back the offer", "plans to stage a walkout") is a verb where the parse,
    // which reads the whole sentence, tags it one.
    if (tokens[i - 1]?.lower === 'to' && t.lower === t.lemma && /^(ADV|NOUN|ADJ)$/.test(t.pos) && syntaxOf(tokens).tags[i] === 'VERB') return true;
    // So is a word in -s right after a relative pronoun, taken for a plural ("who trains with
    // Sorokin", "which runs the port"), where the parse tags it one.
    if (/^(who|which|that)$/.test(tokens[i - 1]?.lower ?? '') && t.pos === 'NOUN' && /s$/.test(t.lower) && t.lower !== t.lemma && syntaxOf(tokens).tags[i] === 'VERB') return true;
    // And one between a singular noun and a determiner ("The school shares a headteacher",
    // "the firm owns the site"), where the parse makes it the verb of that noun.
    if (t.pos === 'NOUN' && /s$/.test(t.lower) && t.lower !== t.lemma && /^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '') && tokens[i - 1]!.lower === tokens[i - 1]!.lemma &&
      tokens[i + 1]?.pos === 'DET') {
      const syn = syntaxOf(tokens);
      if (syn.tags[i] === 'VERB' && syn.heads[i - 1] === i && /^nsubj/.test(syn.labels[i - 1]!)) return true;
    }
    // (An adjective right after a modal is a verb whatever its lemma: "may lower", "could slow".)
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || (t.lower !== t.lemma && t.pos !== 'ADJ')) return false;
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.lemma === 'not')) k--;
    return k >= 0 && MODALS.has(tokens[k]!.lower);
  });
}

/**
 * "Had he not pleaded guilty", "were the council to refuse", "should prices fall": an auxiliary
 * before its own subject, with no subject before it, opens a condition. It is no tense of its own
 * (the clause's verb keeps its form), and the verb before it ("would have been longer had he …")
 * does not end at it.
 */
function invertedCondition(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'AUX' || !/^(had|were|should)$/.test(t.lower)) return false;
  const prev = tokens[i - 1];
  if (prev && /^(NOUN|PROPN|PRON|SCONJ)$/.test(prev.pos)) return false;
  let k = i + 1;
  if (tokens[k]?.pos === 'PRON' && /^(i|he|she|it|we|they|you)$/.test(tokens[k]!.lower)) k++;
  else {
    const start = k;
    while (k < start + 4 && tokens[k] && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) k++;
    if (k === start || !/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) return false;
  }
  while (tokens[k] && (tokens[k]!.lemma === 'not' || tokens[k]!.pos === 'ADV')) k++;
  if (tokens[k]?.lower === 'to') k++;
  return isVerbLike(tokens[k]);
}

/** Form of a bare verb from its surface and lemma. */
function bareForm(t: Token): Tense {
  if (t.lower === t.lemma) return 'present';
  if (/ing$/.test(t.lower)) return 'none';
  if (/s$/.test(t.lower) && (t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es` || t.lower === `${t.lemma.slice(0, -1)}ies`)) return 'present';
  // (Third-person forms not spelled lemma + s: "has", "does".)
  if (['is', 'are', 'am', "'s", "'re", 'has', 'does'].includes(t.lower)) return 'present';
  return 'past';
}

const groupCache = new WeakMap<readonly Token[], VerbGroup[]>();

/** Verb groups of a token list; cached, since several rules ask about the same sentence. */
/** Verbs whose past is spelled like their present: "cut", "set", "put", "hit", "cost". */
const SAME_FORM = new Set(['cut', 'set', 'put', 'hit', 'cost', 'shut', 'hurt', 'quit', 'spread', 'let', 'cast', 'split', 'bet', 'bid', 'burst', 'shed', 'slit', 'thrust', 'upset', 'broadcast', 'forecast']);

/**
 * "The company cut 200 jobs": with a singular subject the present would be "cuts", so a bare
 * "cut" right after a singular noun is past.
 */
function sameFormPast(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!SAME_FORM.has(t.lower)) return false;
  const prev = tokens[i - 1];
  return !!prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && prev.lower === prev.lemma && !/s$/.test(prev.lower);
}

export function findVerbGroups(tokens: readonly Token[]): VerbGroup[] {
  // By the offset-free token list (offsetFree.ts): groups hold token indexes, read from words
  // and tags, so a sentence's copies at other offsets share them.
  const own = offsetFree(tokens);
  let groups = groupCache.get(own);
  if (!groups) {
    groups = computeVerbGroups(tokens);
    groupCache.set(own, groups);
  }
  return groups;
}

function computeVerbGroups(tokens: readonly Token[]): VerbGroup[] {
  const out: VerbGroup[] = [];
  const verb = verbTags(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!verb[i]) continue;
    // An auxiliary followed (after adverbs/negators) by another verb is not a head.
    // (Not one before "to": "had to lower", "is to resign" tell their own time, and the
    // infinitive after them has none.)
    if (t.pos === 'AUX') {
      let k = i + 1;
      while (tokens[k] && (tokens[k]!.pos === 'ADV' || (tokens[k]!.pos === 'PART' && tokens[k]!.lower !== 'to') || tokens[k]!.lemma === 'not')) k++;
      while (hyphenatedWithNext(tokens, k) && tokens[k]!.isWord) k += 2;
      if (verb[k]) continue;
    }
    const aux: Token[] = [];
    // "would be double-checked", "was re-elected": the words joined to a verb by hyphens are
    // part of it, and its auxiliaries stand before the whole word.
    let whole = i;
    while (whole >= 2 && tokens[whole - 2]!.isWord && hyphenatedWithNext(tokens, whole - 2)) whole -= 2;
    let first = whole;
    let toInfinitive = false;
    for (let k = whole - 1; k >= 0 && whole - k <= 5; k--) {
      const p = tokens[k]!;
      if (p.pos === 'AUX' || p.lemma === 'not' || p.lower === 'never' || taggedModal(tokens, k)) {
        aux.push(p);
        first = k;
      } else if (p.pos === 'ADV') {
        first = k;
      } else if (p.lower === 'to' && p.pos === 'PART') {
        toInfinitive = true;
        break;
      } else if (p.lower === 'going' && tokens[k + 1]?.lower === 'to') {
        aux.push(p);
        first = k;
      } else {
        break;
      }
    }
    // Adverbs before the first auxiliary belong to the clause, not the group, unless there is no auxiliary.
    if (aux.length > 0) {
      const firstAux = tokens.indexOf(aux[aux.length - 1]!);
      if (firstAux > first && !tokens.slice(first, firstAux).some((x) => x.pos !== 'ADV')) first = Math.min(first, firstAux);
    }
    const words = aux.map((a) => a.lower);
    // A form of "be" before a past participle, also one spelled like the present ("has been set").
    const passive = aux.some((a) => a.lemma === 'be' || a.lower === 'being') && (bareForm(t) === 'past' || (t.pos === 'VERB' && !/ing$/.test(t.lower)));
    let tense: Tense;
    // (Nor do a gerund's or participle's own auxiliaries, "after being cleaned", "having left":
    // a clause with no finite verb takes its time from the one it hangs on.)
    if (toInfinitive || (words.length > 0 && words.every((w) => NON_FINITE_AUX.has(w)))) tense = 'none';
    else if (words.some((w) => FUTURE_AUX.has(w)) || words.includes('going')) tense = 'future';
    else if (words.some((w) => CONDITIONAL_AUX.has(w))) tense = 'conditional';
    else if (words.some((w) => PAST_AUX.has(w) || PERFECT_AUX.has(w))) tense = 'past';
    else if (words.some((w) => PRESENT_AUX.has(w))) tense = 'present';
    else tense = sameFormPast(tokens, i) ? 'past' : bareForm(t);
    out.push({ head: i, first, tense, passive });
  }
  return out;
}

export function groupAt(groups: readonly VerbGroup[], head: number): VerbGroup | undefined {
  return groups.find((g) => g.head === head);
}

/** The group whose span [first, head] contains token i. */
export function groupContaining(groups: readonly VerbGroup[], i: number): VerbGroup | undefined {
  return groups.find((g) => g.first <= i && i <= g.head);
}

/**
 * A noun of intending, before an infinitive, that a verb of making or asking takes as its object
 * ("forced earlier attempts to be abandoned", "urged its plans to be dropped"): the infinitive is
 * that verb's, whatever the parse attached it to, and tells neither a plan nor an aim. (Not a
 * light verb's, which makes the noun the act: "made repeated attempts to contact him" tried.)
 */
export function objectOfMaking(tokens: readonly Token[], syntax: SentenceSyntax, k: number): boolean {
  const v = syntax.heads[k] ?? -1;
  if (tokens[k]?.pos !== 'NOUN' || tokens[k + 1]?.lower !== 'to' || v < 0 || syntax.labels[k] !== 'obj' || LIGHT_VERBS.has(tokens[v]!.lemma)) return false;
  return isDirectingVerb(tokens[v]!.lemma) || isCausingVerb(tokens[v]!.lemma);
}
