// Comparisons of two parties on one scale: "The Rhinos made more tackles than the Miners",
// "Eastgate Water's complaint total was higher than that of Severnside", "Average waits at
// Kingsmere exceeded those at St Aldric's". Each is read as (first party, scale word, second
// party), so that two texts can be asked whether they rank the same parties the same way.
import type { Token } from '../tokens';
import type { SentenceSyntax } from './index';
import { dependentsOf, dominates, subtreeOf } from './tree';

export interface Comparison {
  /** The scale word: the comparative ("more", "higher") or the verb of comparing ("exceeded"). */
  readonly degree: number;
  /** Its lemma ("high" for "higher"). */
  readonly lemma: string;
  /** +1 for more of the scale, -1 for less, 0 for a scale of its own ("faster"). */
  readonly polarity: -1 | 0 | 1;
  /** The party ranked first (the subject's names) and the party it is set against ("than" …). */
  readonly first: ReadonlySet<string>;
  readonly second: ReadonlySet<string>;
  /** The tokens from the first party to the second: where a changed ranking is shown. */
  readonly from: number;
  readonly to: number;
  /** The words of the two parties' phrases (past their relative clauses and appositions). */
  readonly partyAt: ReadonlySet<number>;
}

/** The magnitude scale: its comparatives say more or less of whatever is counted or measured. */
const MORE = new Set(['more', 'many', 'much', 'high', 'great', 'large', 'big', 'long']);
const LESS = new Set(['less', 'few', 'little', 'low', 'small', 'short']);
/** Verbs that rank their subject above or below their object ("exceeded", "trailed"). */
const RANKING_VERBS = new Map<string, 1 | -1>([['exceed', 1], ['surpass', 1], ['outnumber', 1], ['outstrip', 1], ['outpace', 1], ['trail', -1]]);

const polarityOf = (lemma: string): -1 | 0 | 1 => (MORE.has(lemma) ? 1 : LESS.has(lemma) ? -1 : 0);

/** English's irregular comparatives, whose lemma is another word ("better" / "good"). */
const IRREGULAR_COMPARATIVES = new Set(['better', 'worse', 'further', 'farther']);

/** A comparative form: "more", "fewer", an irregular one, or an -er form whose lemma is its base ("higher" / "high"). */
export function comparative(t: Token): boolean {
  if (/^(more|less|fewer)$/.test(t.lower)) return true;
  if (!/^(ADJ|ADV)$/.test(t.pos)) return false;
  return IRREGULAR_COMPARATIVES.has(t.lower) || (/er$/.test(t.lower) && t.lemma !== t.lower && t.lower.startsWith(t.lemma.slice(0, 3)));
}

/**
 * The names a party's phrase gives (its proper nouns, or its nouns where it has none), leaving
 * out a relative clause's ("Severnside, which serves 2.3 million customers").
 */
function partyWords(tokens: readonly Token[], syn: SentenceSyntax, head: number): Set<string> {
  const words = partyTokens(syn, head);
  const names = words.filter((k) => syn.tags[k] === 'PROPN');
  return new Set((names.length ? names : words.filter((k) => syn.tags[k] === 'NOUN')).map((k) => tokens[k]!.lemma.toLowerCase()));
}

/**
 * A party's phrase without a relative clause or an apposition ("the Eagles, 287 to 310"), nor a
 * relative clause the parse joined to it some other way ("bid of £18.4 million, which was …").
 */
function partyTokens(syn: SentenceSyntax, head: number): number[] {
  const inner = new Set(dependentsOf(syn, head, /^(acl|appos)/).flatMap((d) => subtreeOf(syn, d)));
  const all = subtreeOf(syn, head).filter((k) => !inner.has(k));
  const relative = all.find((k) => k > head && syn.tags[k] === 'PRON' && /^nsubj/.test(syn.labels[k]!) && syn.tags[k - 1] === 'PUNCT');
  return relative === undefined ? all : all.filter((k) => k < relative - 1);
}

/** The subject of the clause a word belongs to: up its heads to the first predicate with one. */
function subjectOver(tokens: readonly Token[], syn: SentenceSyntax, i: number): number {
  for (let at = i, steps = 0; at >= 0 && steps < 4; at = syn.heads[at]!, steps++) {
    const subject = dependentsOf(syn, at, /^nsubj/)[0];
    // (A relative pronoun stands for the noun its clause describes: "Norway, which secured a
    // larger share than Scotland".)
    if (subject !== undefined && syn.tags[subject] === 'PRON' && syn.labels[at] === 'acl:relcl' && syn.heads[at]! >= 0) return syn.heads[at]!;
    // (Where the parse joined the clause to the phrase before its comma some other way, "bid of
    // £18.4 million, which was £2.6 million lower", that phrase's head: up from the word before
    // the comma through the phrase's inner relations.)
    if (subject !== undefined && /^(which|who|that)$/.test(tokens[subject]!.lower) && tokens[subject - 1]?.text === ',') {
      let k = subject - 2;
      while (k >= 0 && /^(nmod|nummod|compound|flat)/.test(syn.labels[k]!) && syn.heads[k]! >= 0 && syn.heads[k]! < k) k = syn.heads[k]!;
      return k;
    }
    if (subject !== undefined) return subject;
  }
  return -1;
}

/** The party a comparative word is said of, by the names of its clause's subject ("Tavish's offer had been higher": tavish). */
export function comparedParty(tokens: readonly Token[], syn: SentenceSyntax, degree: number): Set<string> {
  const subject = subjectOver(tokens, syn, degree);
  return subject < 0 ? new Set() : partyWords(tokens, syn, subject);
}

/** Whether a sentence may hold a comparison, asked before it is parsed: a "than", or a verb of ranking. */
export function mayCompare(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.lower === 'than' || RANKING_VERBS.has(t.lemma));
}

/**
 * A sentence's comparisons by its parse: the negation rule asks for them at each pair of
 * opposites and the comparison rule once more. (A parse is shared only by sentences of the same
 * words and tags, and a comparison holds word positions and lemmas, no offsets.)
 */
const comparisonsOf = new WeakMap<SentenceSyntax, readonly Comparison[]>();

/** The comparisons of a sentence, read from its parse. */
export function comparisonsIn(tokens: readonly Token[], syn: SentenceSyntax): readonly Comparison[] {
  let found = comparisonsOf.get(syn);
  if (!found) comparisonsOf.set(syn, (found = readComparisons(tokens, syn)));
  return found;
}

function readComparisons(tokens: readonly Token[], syn: SentenceSyntax): Comparison[] {
  const out: Comparison[] = [];
  // (Only parties with names or nouns of their own; the span runs from the first party's first
  // word to the second's last, past neither's relative clause nor apposition.)
  // (`standsFor`: the noun a demonstrative second party stands for, "those among crew".)
  const add = (degree: number, lemma: string, polarity: -1 | 0 | 1, firstHead: number, secondHead: number, standsFor?: string) => {
    let first = partyWords(tokens, syn, firstHead);
    let second = partyWords(tokens, syn, secondHead);
    if (standsFor) second.add(standsFor);
    // (A word both parties have names what is compared, not who: "Cases among passengers
    // outnumbered those among crew" / "Crew cases outnumbered …" rank passengers and crew.)
    const both = new Set([...first].filter((w) => second.has(w)));
    if (both.size && first.size > both.size && second.size > both.size) {
      first = new Set([...first].filter((w) => !both.has(w)));
      second = new Set([...second].filter((w) => !both.has(w)));
    }
    const secondAt = partyTokens(syn, secondHead);
    if (first.size && second.size) out.push({ degree, lemma, polarity, first, second, from: Math.min(...subtreeOf(syn, firstHead)), to: Math.max(...secondAt), partyAt: new Set([...partyTokens(syn, firstHead), ...secondAt]) });
  };
  tokens.forEach((t, i) => {
    // "… than the Miners", "… than that of Severnside", "… than those at Kingsmere General".
    if (t.lower === 'than' && !/^(rather|other)$/.test(tokens[i - 1]?.lower ?? '')) {
      // The comparative right before it, or one describing the noun whose phrase "than" closes
      // ("a larger share of the mackerel stock than Scotland").
      let degree = -1;
      for (let k = i - 1; k >= 0 && k >= i - 12 && tokens[k]!.pos !== 'PUNCT' && syn.tags[k] !== 'VERB'; k--) {
        if (comparative(tokens[k]!) && (k >= i - 4 || (syn.heads[k]! > k && dominates(syn.heads, syn.heads[k]!, i - 1)))) { degree = k; break; }
      }
      if (degree < 0) return;
      // (A figure after "than" is a bound on it, "more than 40", the number rule's.)
      let k = i + 1;
      // (Past the determiners and the words describing the party's noun: "than younger plantings".)
      while (k < tokens.length && (/^(DET|PRON|ADP)$/.test(syn.tags[k]!) || tokens[k]!.text === "'s" || tokens[k]!.text === '’s' || (syn.labels[k] === 'amod' && syn.heads[k]! > k))) k++;
      if (k >= tokens.length || !/^(NOUN|PROPN)$/.test(syn.tags[k]!)) return;
      let head = k;
      while (syn.heads[head]! > head && syn.heads[head]! <= head + 4 && /^(compound|flat|nmod:poss)$/.test(syn.labels[head]!)) head = syn.heads[head]!;
      const subject = subjectOver(tokens, syn, degree);
      if (subject < 0 || subject > degree) return;
      const lemma = /^(more|less|fewer)$/.test(tokens[degree]!.lower) ? (tokens[degree]!.lower === 'fewer' ? 'few' : tokens[degree]!.lower) : tokens[degree]!.lemma;
      add(degree, lemma, polarityOf(lemma), subject, head);
      return;
    }
    const rank = t.pos === 'VERB' ? RANKING_VERBS.get(t.lemma) : undefined;
    if (rank === undefined) return;
    const subject = dependentsOf(syn, i, /^nsubj$/)[0];
    const object = dependentsOf(syn, i, /^obj$/)[0];
    // ("… outnumbered those among crew": a demonstrative stands for the subject's noun, and the
    // party is the phrase after it, wherever the parse hung it.)
    if (subject !== undefined && object !== undefined && /^(those|that)$/.test(tokens[object]!.lower)) {
      const named = tokens.findIndex((x, k) => k > object && k <= object + 3 && /^(NOUN|PROPN)$/.test(syn.tags[k]!));
      if (named >= 0) return add(i, t.lemma, rank, subject, named, tokens[subject]!.lemma.toLowerCase());
    }
    if (subject !== undefined && object !== undefined) add(i, t.lemma, rank, subject, object);
  });
  return out;
}
