// A rewrite sentence that tells only the act of saying a source sentence reports: "The agency
// issued the warning on Wednesday." after "… , the Food Standards Agency said on Wednesday.", or
// "The group, ShopWatch, made the claim on Monday." A sub-editor splits an attribution off into a
// sentence of its own; the sentence states no claim beyond who said it and when, which the
// source's attribution already gives, so it is not unsupported.
import { findAttributions } from './rules/attribution';
import { LIGHT_VERBS, REPORTING_VERBS } from './lexicon';
import type { Sentence } from './document';
import type { SentenceSyntax } from './syntax/index';
import { syntaxOf } from './syntax/sentenceSyntax';
import { dependentsOf, ownSubject, subtreeOf } from './syntax/tree';
import { isContentToken } from './terms';
import type { Token } from './tokens';
import { namesPeople, nounFile } from './wordnet';

/** WordNet's lexical file of nouns of communication: a claim, a warning, a statement. */
const COMMUNICATION = 10;

/**
 * The act of saying the sentence tells, as its verb and the noun of what was said ("issued the
 * warning", "made the claim"), or a reporting verb with nothing said after it; null when the
 * sentence tells anything else (a clause after the verb is a claim).
 */
function actOfSaying(tokens: readonly Token[], syn: SentenceSyntax): { verb: number; said: number; subject: number } | null {
  const verb = syn.heads.indexOf(-1);
  if (verb < 0 || syn.tags[verb] !== 'VERB') return null;
  const subject = ownSubject(syn, verb, /^nsubj$/);
  if (subject < 0 || dependentsOf(syn, verb, /^(ccomp|xcomp|csubj|advcl)$/).length > 0) return null;
  const objects = dependentsOf(syn, verb, /^obj$/);
  if (objects.length === 0) return REPORTING_VERBS.get(tokens[verb]!.lemma) === 'neutral' ? { verb, said: -1, subject } : null;
  const said = objects[0]!;
  const noun = tokens[said]!;
  // (A verb that only makes the act happen, "made", "issued", "gave": "denied the claim" or
  // "withdrew the warning" tells an act of its own.)
  if (!LIGHT_VERBS.has(tokens[verb]!.lemma) && REPORTING_VERBS.get(tokens[verb]!.lemma) !== 'neutral') return null;
  if (objects.length > 1 || syn.tags[said] !== 'NOUN' || nounFile(noun.lemma) !== COMMUNICATION || namesPeople(noun.lemma)) return null;
  // (What was said is only named, not told: "the warning", not "a warning that bars may contain nuts".)
  if (subtreeOf(syn, said).some((k) => /^(acl|acl:relcl|ccomp)$/.test(syn.labels[k]!))) return null;
  return { verb, said, subject };
}

/**
 * Whether a rewrite sentence only retells an attribution of one source sentence: it tells an act
 * of saying, its doer shares a word with that attribution's speaker, and every other word it has
 * (a time, the speaker's name or description) is in the source.
 */
export function retellsAttribution(rewrite: Sentence, sources: readonly Sentence[]): boolean {
  const tokens = rewrite.tokens;
  const syn = syntaxOf(tokens);
  const act = actOfSaying(tokens, syn);
  if (!act) return false;
  const doer = new Set(subtreeOf(syn, act.subject).filter((k) => isContentToken(tokens[k]!)).map((k) => tokens[k]!.lemma));
  const rest = tokens.flatMap((t, k) => (k !== act.verb && k !== act.said && isContentToken(t) ? [t.lemma] : []));
  if (doer.size === 0) return false;
  // (The time of the saying may be told in another sentence of the source: "… on Monday. The
  // group, ShopWatch, said …".)
  const lemmas = new Set(sources.flatMap((s) => s.tokens.map((t) => t.lemma)));
  if (!rest.every((l) => lemmas.has(l))) return false;
  return sources.some((s) => s.tokens.some((t) => doer.has(t.lemma)) &&
    findAttributions(s.tokens, () => syntaxOf(s.tokens)).some((a) => a.speaker.some((k) => doer.has(s.tokens[k]!.lemma))));
}
