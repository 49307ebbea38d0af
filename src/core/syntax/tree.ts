// Reading a dependency parse: the dependents a word has, by relation. The rules and the parse
// repairs ask "does this verb have a subject / an agent / a clause?" in many places; this is
// the one way they ask it.
import type { DependencyParse } from './parser';
import { MONTHS, WEEKDAYS } from '../lexicon';

/** The dependents of `head`, in sentence order; with `label`, only those whose relation it matches. */
export function dependentsOf(parse: DependencyParse, head: number, label?: RegExp): number[] {
  // (A loop, not heads.forEach: the repairs and the rules ask this hundreds of times a sentence,
  // mostly in a short run's interpreted code, where a call of the callback per word cost more
  // than the test it made.)
  const out: number[] = [];
  const heads = parse.heads;
  for (let d = 0; d < heads.length; d++) if (heads[d] === head && (!label || label.test(parse.labels[d]!))) out.push(d);
  return out;
}

/** Whether a phrase is marked by the preposition `word` (a "case" dependent: "for 14 May", "by Paul Garrity"). */
export function markedBy(parse: DependencyParse, words: readonly { readonly lower: string }[], phrase: number, word: string): boolean {
  const heads = parse.heads;
  for (let d = 0; d < heads.length; d++) if (heads[d] === phrase && parse.labels[d] === 'case' && words[d]?.lower === word) return true;
  return false;
}

/**
 * Whether the verb `verb`, whose first word (an auxiliary or itself) is `first`, heads an
 * adverbial clause opened by a conjunction `opener` matches ("until engineers have inspected it",
 * "before a date could be announced"). The parser may hang the conjunction on the clause's
 * subject as a preposition: the word just before the subject's phrase says it as well.
 */
export function clauseOpenedBy(parse: DependencyParse & { readonly tags: readonly string[] }, words: readonly { readonly lower: string }[], verb: number, first: number, opener: RegExp): boolean {
  if (parse.labels[verb] === 'advcl' && parse.heads.some((h, d) => h === verb && parse.labels[d] === 'mark' && opener.test(words[d]!.lower))) return true;
  let k = first - 1;
  while (k > 0 && first - k <= 6 && /^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(parse.tags[k] ?? '')) k--;
  // (A day or a month before the verb is the opener's object, no subject: "refunds on purchases
  // made before Wednesday have been suspended".)
  if (WEEKDAYS.includes(words[first - 1]?.lower ?? '') || MONTHS.includes(words[first - 1]?.lower ?? '')) return false;
  return k < first - 1 && opener.test(words[k]?.lower ?? '');
}

/**
 * The one subject of `verb` among its dependents matching `label` (-1 for none). A verb has one
 * subject: where the parse gave it two, the nearer before it ("“Safety,” she said, “is …”", "the
 * 16 that Tavish operated"), or the nearest where none stands before it.
 */
export function ownSubject(parse: DependencyParse, verb: number, label: RegExp): number {
  const all = dependentsOf(parse, verb, label);
  const before = all.filter((d) => d < verb);
  if (before.length > 0) return before[before.length - 1]!;
  return all.reduce((best, d) => (best < 0 || Math.abs(d - verb) < Math.abs(best - verb) ? d : best), -1);
}

/**
 * How much of the set the clause above word `at` is told of, read on the subject of its nearest
 * verb: all of it denied ("no patient", "none of the players", "nobody") is 'none'; all of it
 * ("every patient", "all 78 players", "everyone") is 'all'; anything else null.
 */
export function subjectScope(parse: DependencyParse & { readonly tags: readonly string[] }, words: readonly { readonly lower: string }[], at: number): 'none' | 'all' | null {
  let v = at;
  while (v >= 0 && !/^(VERB|AUX)$/.test(parse.tags[v] ?? '')) v = parse.heads[v] ?? -1;
  const subject = v >= 0 ? ownSubject(parse, v, /^nsubj/) : -1;
  if (subject < 0) return null;
  const said = [subject, ...dependentsOf(parse, subject, /^det$/)].map((k) => words[k]!.lower);
  if (said.some((w) => /^(no|none|nobody|neither)$/.test(w))) return 'none';
  if (said.some((w) => /^(all|every|each|both|everyone|everybody)$/.test(w))) return 'all';
  return null;
}

/** Whether `head` has a dependent whose relation matches `label`. */
export function hasDependent(parse: DependencyParse, head: number, label: RegExp): boolean {
  const heads = parse.heads;
  for (let d = 0; d < heads.length; d++) if (heads[d] === head && label.test(parse.labels[d]!)) return true;
  return false;
}

/** Whether token d lies in the subtree of token a (a itself included). */
export function dominates(heads: Int32Array, a: number, d: number): boolean {
  for (let x = d, steps = 0; x >= 0 && steps <= heads.length; x = heads[x]!, steps++) if (x === a) return true;
  return false;
}

/** `head` and every word below it, in sentence order. */
export function subtreeOf(parse: DependencyParse, head: number): number[] {
  const out: number[] = [];
  parse.heads.forEach((_h, d) => { if (dominates(parse.heads, head, d)) out.push(d); });
  return out;
}

/** Relations that attach a clause of its own (a verb's) to a word. */
const CLAUSAL = /^(advcl|conj|ccomp|csubj|parataxis|acl|xcomp)/;

/**
 * The words of the clause token i stands in: from its nearest verb up (or the root) down, leaving
 * out the clauses joined to or embedded in it ("X won the men's race, while Y took the women's
 * title": "men" stands in the first clause only).
 */
export function clauseOf(parse: DependencyParse & { readonly tags: readonly string[] }, i: number): number[] {
  let top = i;
  for (let steps = 0; steps <= parse.heads.length && parse.tags[top] !== 'VERB' && parse.heads[top]! >= 0; steps++) top = parse.heads[top]!;
  const out: number[] = [];
  const walk = (h: number) => {
    out.push(h);
    parse.heads.forEach((x, d) => {
      if (x === h && !(parse.tags[d] === 'VERB' && CLAUSAL.test(parse.labels[d]!))) walk(d);
    });
  };
  walk(top);
  return out.sort((a, b) => a - b);
}
