// Repairs to a parse that the rules would otherwise misread: the greedy parser's commonest
// errors on news sentences, each of which puts the wrong word at the sentence's head. A long
// subject read as the head, with the main verb hanging from it as a modifier ("Operations at
// the Dunmore yard began on Monday": root "Operations", "began" an acl); a participle with its
// agent read as the main verb; a main verb hung from a relative clause. Each turns the tree
// around at the right verb (reroot).
import type { SentenceSyntax } from './index';
import { dependentsOf, dominates, hasDependent, subtreeOf } from './tree';
import { isPersonNoun, isTimeNoun, mainlyAnAct, nounFile } from '../wordnet';
import { CLAUSE_OPENERS, MODAL_FORMS, PERFECT_FORMS, POSSESSIVE_DETERMINERS, REPORTING_VERBS, ROLE_NOUNS, SET_ASIDE_MARKERS } from '../lexicon';

/** A currency sign standing for a sum of money (the repairs below read word forms). */
const CURRENCY = /^[£$€¥]$/;

const HANGING = /^(acl|advcl|parataxis|conj|dep|appos|xcomp)$/;

/** Marks that open and close an apposition. */
const APPOSITION_MARKS = new Set([',', '–', '—', '-']);

/** A copy of a parse with its heads and labels changed by `edit` (the parse itself is left as it was). */
function edited(syntax: SentenceSyntax, edit: (heads: Int32Array, labels: string[]) => void): SentenceSyntax {
  // (A copy by slice(): Int32Array.from walks an iterator, one call a word in a short run's interpreted code.)
  const heads = syntax.heads instanceof Int32Array ? syntax.heads.slice() : Int32Array.from(syntax.heads);
  const labels = syntax.labels.slice();
  edit(heads, labels);
  return { ...syntax, heads, labels };
}

/**
 * "surveys suggest a second burial may lie close by": a verb with auxiliaries and no subject,
 * right after a noun phrase the parser made an earlier verb's object, is a clause that phrase is
 * the subject of, the earlier verb's complement (a clause without "that"). Read as the object,
 * the noun loses its verb, and the verb takes another subject from the sentence.
 */
function subjectReadAsObject(syntax: SentenceSyntax): SentenceSyntax {
  let out = syntax;
  for (let v = 2; v < syntax.tags.length; v++) {
    const { heads, labels, tags } = out;
    // (Or a copula's predicate: "did not believe anyone else had been on the bridge".)
    if ((tags[v] !== 'VERB' && !hasDependent(out, v, /^cop$/)) || /^(acl|amod|xcomp)/.test(labels[v]!) || hasDependent(out, v, /^(nsubj|csubj|expl|mark|cc)/)) continue;
    const auxes = dependentsOf(out, v, /^(aux|cop)/).filter((a) => a < v);
    if (auxes.length === 0) continue;
    // The noun phrase ends right before the first auxiliary.
    const end = Math.min(...auxes) - 1;
    let noun = end;
    while (noun >= 0 && /^(flat|compound|det|amod|nummod)$/.test(labels[noun]!) && heads[noun]! > noun && heads[noun]! <= end) noun = heads[noun]!;
    // ("anyone else": a pronoun's adverb after it.)
    if (labels[noun] === 'advmod' && heads[noun] === noun - 1 && tags[noun - 1] === 'PRON') noun--;
    // (A list is one phrase: "no bank account or payment card details were taken".)
    while (noun > 0 && labels[noun] === 'conj' && heads[noun]! < noun && /^(NOUN|PROPN)$/.test(tags[heads[noun]!]!)) noun = heads[noun]!;
    // (A pronoun too, "anyone else", "no one"; the parse may have made it the second object or
    // an oblique with no preposition.)
    if (noun < 0 || !/^(NOUN|PROPN|PRON)$/.test(tags[noun]!)) continue;
    const first = heads[noun]!;
    const phrase = subtreeOf(out, noun);
    if (first < 0 || first >= noun || tags[first] !== 'VERB' || Math.max(...phrase) !== end) continue;
    // Opened by a coordinator ("…, but no card details were taken"), the phrase and its verb are
    // a second clause joined to the first; otherwise, as the verb's object, its complement.
    const cc = phrase.find((d) => labels[d] === 'cc' && heads[d] === noun && d < noun && phrase.every((x) => x >= d || tags[x] === 'PUNCT'));
    if (cc === undefined ? !(labels[noun] === 'obj' || (/^(iobj|obl)$/.test(labels[noun]!) && !hasDependent(out, noun, /^case$/))) : !/^(obj|obl|ccomp|conj|parataxis)$/.test(labels[noun]!) || hasDependent(out, noun, /^(case|cop)$/)) continue;
    const passive = hasDependent(out, v, /^aux:pass$/);
    out = editedTree(out, (newHeads, newLabels) => {
      newHeads[noun] = v;
      newLabels[noun] = passive ? 'nsubj:pass' : 'nsubj';
      newHeads[v] = first;
      newLabels[v] = cc === undefined ? 'ccomp' : 'conj';
      if (cc !== undefined) for (const d of phrase) if (d <= cc) newHeads[d] = v;
    });
  }
  return out;
}

/**
 * "The board chose Anna Berg rather than Olav Dahl.": a noun phrase right after a verb with no
 * object of its own, hung on a punctuation mark (the parser made the name the full stop's
 * subject), is that verb's object: a mark heads nothing. (Not after a participle describing a
 * noun: a passive takes no object.)
 */
function hungOnPunctuation(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  // (The sentence's closing mark only: a comma after a name may open an aside the parse made its
  // own clause, "Norman Bel Geddes, born Norman Melancton Geddes, (1893–1958) was …".)
  const hung = heads.findIndex((h, d) => h === heads.length - 1 && tags[h] === 'PUNCT' && labels[d] !== 'punct' && /^(NOUN|PROPN)$/.test(tags[d]!) &&
    tags[d - 1] === 'VERB' && !/^(acl|amod)/.test(labels[d - 1]!) && !hasDependent(syntax, d - 1, /^obj$/));
  return hung < 0 ? syntax : editedTree(syntax, (newHeads, newLabels) => {
    newHeads[hung] = hung - 1;
    newLabels[hung] = 'obj';
  });
}

/**
 * "Once the deal completes, Tomás Ferreira, Corbridge's head of retail, will be succeeded by …":
 * a subject set off by commas (a fronted clause before it, an aside after it) that the parse
 * hung on the comma closing the aside (as a subject, or a list's item) is the subject of the
 * verb the words after that comma begin, when that verb has none.
 */
function subjectHungOnComma(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let d = 0; d < heads.length; d++) {
    const comma = heads[d]!;
    if (comma <= d || tags[comma] !== 'PUNCT' || labels[d] === 'punct' || !/^(NOUN|PROPN|PRON)$/.test(tags[d]!)) continue;
    // (The verb the next word is, or the one it is the auxiliary of.)
    const verb = tags[comma + 1] === 'AUX' && /^aux/.test(labels[comma + 1]!) ? heads[comma + 1]! : comma + 1;
    if (tags[verb] !== 'VERB' || hasDependent(syntax, verb, /^(nsubj|csubj|expl)/)) continue;
    // (After a comma and a noun it is that noun's aside, "the oldest ship, the MV Skarvøy Star,
    // …": asideHungOnComma's case.)
    const first = Math.min(...subtreeOf(syntax, d));
    if (tags[first - 1] === 'PUNCT' && /^(NOUN|PROPN)$/.test(tags[first - 2] ?? '')) continue;
    return editedTree(syntax, (newHeads, newLabels) => {
      newHeads[d] = verb;
      newLabels[d] = subjectLabel(syntax, verb);
      newHeads[comma] = verb;
      newLabels[comma] = 'punct';
    });
  }
  return syntax;
}

/**
 * "will be succeeded by Corbridge's head of retail, Tomás Ferreira, once …": a verb in the
 * passive takes no object, so a name set off by a comma after its "by" phrase, read as its
 * object, names the one that phrase describes.
 */
function nameAfterAgentReadAsObject(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let o = 2; o < heads.length; o++) {
    const v = heads[o]!;
    if (labels[o] !== 'obj' || tags[o] !== 'PROPN' || v < 0 || v > o || !hasDependent(syntax, v, /^aux:pass$/)) continue;
    const first = Math.min(...subtreeOf(syntax, o));
    // (The parse may not yet have made the "by" phrase the agent: any phrase a preposition marks.)
    const agent = dependentsOf(syntax, v, /^(obl|obj)/).find((n) => {
      const phrase = subtreeOf(syntax, n);
      return n < first && tags[phrase[0]!] === 'ADP' && phrase[phrase.length - 1] === first - 2;
    });
    if (agent === undefined || tags[first - 1] !== 'PUNCT' || !/^(NOUN|PROPN)$/.test(tags[agent]!)) continue;
    return editedTree(syntax, (newHeads, newLabels) => {
      newHeads[o] = agent;
      newLabels[o] = 'appos';
      newHeads[first - 1] = o;
    });
  }
  return syntax;
}

/**
 * "The largest teaching union, the National Union of Classroom Teachers (NUCT), demanded 7%": a
 * name hung on a comma (the parser made it the comma's subject) right after a noun and its comma
 * is an aside on that noun. A mark heads nothing.
 */
function asideHungOnComma(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let d = 0; d < heads.length; d++) {
    const h = heads[d]!;
    if (h < 0 || tags[h] !== 'PUNCT' || labels[d] === 'punct' || !/^(NOUN|PROPN)$/.test(tags[d]!)) continue;
    const first = Math.min(...subtreeOf(syntax, d));
    const noun = first - 2;
    if (noun < 0 || tags[first - 1] !== 'PUNCT' || !/^(NOUN|PROPN)$/.test(tags[noun]!) || /^(compound|flat)/.test(labels[noun]!)) continue;
    return editedTree(syntax, (newHeads, newLabels) => {
      newHeads[d] = noun;
      newLabels[d] = 'appos';
    });
  }
  return syntax;
}

/**
 * "Younger plantings on the valley floor have coped worse than older vineyards": a verb with an
 * auxiliary of its own read as a describing word of the comparative after it, the sentence left
 * headed by the noun before it. A verb with an auxiliary heads a clause: it heads the sentence,
 * that noun is its subject, and the word it was hung on is its own.
 */
function auxiliaryVerbReadAsModifier(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || !/^(NOUN|PROPN)$/.test(tags[root]!)) return syntax;
  const v = heads.findIndex((h, d) => d > root && tags[d] === 'VERB' && labels[d] === 'amod' && h > d && dependentsOf(syntax, d, /^aux/).some((a) => a < d && a > root));
  if (v < 0) return syntax;
  const described = heads[v]!;
  return editedTree(syntax, (newHeads, newLabels) => {
    newHeads[v] = -1;
    newLabels[v] = 'root';
    newHeads[root] = v;
    newLabels[root] = 'nsubj';
    newHeads[described] = v;
    newLabels[described] = tags[described] === 'ADJ' || tags[described] === 'ADV' ? 'advmod' : 'obj';
    for (const d of dependentsOf(syntax, root)) if (d > v) newHeads[d] = v;
  });
}

/** An edit that must leave a tree (one root, no cycle): the parse as it was when it does not. */
function editedTree(syntax: SentenceSyntax, edit: (heads: Int32Array, labels: string[]) => void): SentenceSyntax {
  const next = edited(syntax, edit);
  return isTree(next.heads) ? next : syntax;
}

/** The label of a verb's subject: "nsubj:pass" for a verb in the passive, else "nsubj". */
function subjectLabel(syntax: SentenceSyntax, verb: number): string {
  return hasDependent(syntax, verb, /^aux:pass$/) ? 'nsubj:pass' : 'nsubj';
}

/** The first repairs, in order, each reading the words: they mend phrases the later ones build on. */
const WORD_REPAIRS: ReadonlyArray<(syntax: SentenceSyntax, words: readonly string[]) => SentenceSyntax> = [
  nameBeforeTimePhrase, nameOnPostOfField, nameAfterFrontedTime, activeReadAsPassive, hyphenatedModifier, prepositionCompound, secondObject, amountAfterRecipient, comparedAmount, rateAfterAmount, frontedAgent,
  (syntax) => clauseAfterObject(syntax), (syntax) => subjectReadAsObject(syntax), setAsidePhrase, accordingTo, nameBeforeSubordinateClause,
  infinitiveReadAsConjunct, wordBeforePossessor, byTheTime, destinationReadAsSubject, obliqueReadAsConjunct, possessiveRelativeReadAsMain,
  reportedSubjectOnSayer, phraseAfterAside, whoseClause, sayingConjoinedToWhatItSays, subjectAfterConjunction,
  (syntax) => objectAfterParticle(syntax), secondThatClause, absoluteWithSubject, nameReadAsPredicate,
];

/**
 * "Under the new structure, the climate minister, Yolanda Fisk, will report to …": a name set
 * off by commas after a noun is that noun's apposition. Read as a predicate with the noun for
 * its subject, it left the main verb with none; a name with no copula of its own takes no
 * subject, so the noun is the verb's subject and the name its apposition.
 */
function nameReadAsPredicate(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let p = 2; p < words.length; p++) {
    const { heads, tags } = out;
    if (tags[p] !== 'PROPN' || words[p - 1] !== ',' || hasDependent(out, p, /^(cop|aux)/)) continue;
    const noun = dependentsOf(out, p, /^nsubj$/).find((n) => n === p - 2 && tags[n] === 'NOUN');
    const root = heads.indexOf(-1);
    if (noun === undefined || root <= p || tags[root] !== 'VERB' || hasDependent(out, root, /^(nsubj|csubj|expl)/)) continue;
    const label = subjectLabel(out, root);
    out = editedTree(out, (newHeads, newLabels) => {
      newHeads[noun] = root;
      newLabels[noun] = label;
      newHeads[p] = noun;
      newLabels[p] = 'appos';
    });
  }
  return out;
}

/**
 * "…, with the council agreeing to pay the consortium €6m": in a phrase opened by "with" or
 * "without", a noun phrase right before a participle with no subject of its own is that
 * participle's subject, "with" its marker (the absolute construction), not an oblique of the
 * participle (read so, the council pays no one).
 */
function absoluteWithSubject(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let v = 2; v < words.length; v++) {
    const { heads, labels, tags } = out;
    if (tags[v] !== 'VERB' || !/(ing|ed)$/.test(words[v]!) || hasDependent(out, v, /^(nsubj|csubj|expl|mark)/)) continue;
    const noun = v - 1;
    if (heads[noun] !== v || !/^obl/.test(labels[noun]!) || !/^(NOUN|PROPN|PRON)$/.test(tags[noun]!)) continue;
    const first = Math.min(...subtreeOf(out, noun));
    const opener = dependentsOf(out, noun, /^case$/).find((c) => c === first && /^with(out)?$/.test(words[c]!));
    if (opener === undefined) continue;
    const label = subjectLabel(out, v);
    out = editedTree(out, (newHeads, newLabels) => {
      newLabels[noun] = label;
      newHeads[opener] = v;
      newLabels[opener] = 'mark';
    });
  }
  return out;
}

/**
 * "said staff were doing their best but that leadership had failed to act": a second clause
 * opened by "that", read as a conjunct of the verb that says both, is a conjunct of the first
 * thing said (what the verb reports, not another act of saying).
 */
function secondThatClause(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  syntax.labels.forEach((label, x) => {
    const v = syntax.heads[x]!;
    if (label !== 'conj' || v < 0 || syntax.tags[v] !== 'VERB') return;
    if (!dependentsOf(syntax, x, /^mark$/).some((m) => m < x && words[m]!.toLowerCase() === 'that')) return;
    const said = dependentsOf(syntax, v, /^ccomp$/).filter((c) => c > v && c < x).pop();
    if (said === undefined) return;
    out = edited(out, (heads) => { heads[x] = said; });
  });
  return out;
}

/**
 * "Morvik edged out Halden by two votes": a name or noun right after a phrasal verb's particle,
 * hung on the verb as a modifier with no preposition of its own, while the verb has no object:
 * it is the object.
 */
function objectAfterParticle(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let a = 2; a < heads.length; a++) {
    const v = heads[a]!;
    if (!/^(advmod|dep)$/.test(labels[a]!) || !/^(PROPN|NOUN)$/.test(tags[a]!) || v < 0 || tags[v] !== 'VERB') continue;
    const particle = a - 1;
    if (heads[particle] !== v || labels[particle] !== 'compound:prt' || hasDependent(syntax, v, /^obj$/) || hasDependent(syntax, a, /^case$/)) continue;
    return editedTree(syntax, (_newHeads, newLabels) => { newLabels[a] = 'obj'; });
  }
  return syntax;
}

/**
 * "she found out about the decision to cut the budget – and Brekke twice warned her": a noun
 * after "and" or "but", read as the object an earlier verb coordinates, right before a verb with
 * no subject of its own (past adverbs only). A verb of its own after the conjunction opens a
 * second clause: the noun is that verb's subject, and the verb is conjoined to the clause it hung on.
 */
function subjectAfterConjunction(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let d = 2; d < heads.length - 1; d++) {
    // (Hung on a verb: a noun joined to another noun, "the ministers of Norland and Vest agreed",
    // is a phrase's second member.)
    if (!/^(NOUN|PROPN)$/.test(tags[d]!) || !/^(obj|obl|advcl|dep|parataxis)$/.test(labels[d]!) || heads[d]! > d || tags[heads[d]!] !== 'VERB') continue;
    const cc = dependentsOf(syntax, d, /^cc$/).find((c) => c === d - 1 && /^(and|but)$/i.test(words[c]!));
    if (cc === undefined) continue;
    // (The name's own words only, up to the verb: "Brekke", "Anders Brekke".)
    let v = d + 1;
    while (v < heads.length && (tags[v] === 'ADV' || (tags[v] === 'PROPN' && heads[v] === d))) v++;
    if (tags[v] !== 'VERB' || heads[v]! > d || /ing$/i.test(words[v]!) || hasDependent(syntax, v, /^(nsubj|csubj|expl|mark)/)) continue;
    if (!/^(ccomp|conj|parataxis|advcl|xcomp)$/.test(labels[v]!)) continue;
    return edited(syntax, (newHeads, newLabels) => {
      newHeads[d] = v;
      newLabels[d] = subjectLabel(syntax, v);
      newHeads[cc] = v;
      newLabels[v] = 'conj';
      // (Punctuation before the conjunction opens the new clause too: "– and".)
      if (tags[cc - 1] === 'PUNCT' && heads[cc - 1] === d) newHeads[cc - 1] = v;
    });
  }
  return syntax;
}

/**
 * "Dunmore Water has not ruled out further restrictions, said its chief executive, Ruairí Mac
 * Gearailt": a verb of saying after the comma that closes the clause it reports, with its speaker
 * after it and nothing else, read as a second verb conjoined to that clause, and the speaker as
 * its complement. The verb heads the sentence, the clause before the comma is what it says, and
 * the noun after it is its subject.
 */
function sayingConjoinedToWhatItSays(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || tags[root] !== 'VERB') return syntax;
  for (let v = root + 2; v < heads.length; v++) {
    if (heads[v] !== root || !/^(conj|parataxis)$/.test(labels[v]!) || tags[v] !== 'VERB' || words[v - 1] !== ',' || !reportingPast(words[v]!)) continue;
    // (Not "… and said", nor a verb with a subject or a marker of its own.)
    if (hasDependent(syntax, v, /^(nsubj|cc|mark)$/)) continue;
    const after = dependentsOf(syntax, v).filter((c) => c > v && tags[c] !== 'PUNCT');
    const speaker = after[0];
    if (after.length !== 1 || !/^(ccomp|obj|xcomp|dep)$/.test(labels[speaker!]!) || !/^(NOUN|PROPN)$/.test(tags[speaker!]!)) continue;
    // (The speaker's phrase closes the sentence: nothing after it but its own words and the stop.)
    if (tags.slice(v + 1).some((t, k) => t !== 'PUNCT' && !dominates(heads, speaker!, v + 1 + k))) continue;
    return edited(syntax, (newHeads, newLabels) => {
      newHeads[v] = -1;
      newLabels[v] = 'root';
      newHeads[root] = v;
      newLabels[root] = 'ccomp';
      newLabels[speaker!] = 'nsubj';
      // (The closing stop is the new head's.)
      for (let k = v + 1; k < heads.length; k++) if (heads[k] === root) newHeads[k] = v;
    });
  }
  return syntax;
}

/**
 * "walked out of talks with Northwave Ferries last Thursday": a name right before a time phrase
 * read as the time noun's compound ("Northwave Ferries … Thursday"). A noun phrase puts its
 * determiner and adjectives before its compounds, never between a compound and its head, so a
 * name followed by the time noun's own "last", "next" or "this" ends a phrase of its own: the
 * name takes the time noun's place, and the time phrase modifies the nearest verb above it.
 */
function nameBeforeTimePhrase(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let c = 0; c < heads.length; c++) {
    const h = heads[c]!;
    if (labels[c] !== 'compound' || tags[c] !== 'PROPN' || h <= c || !isTimeNoun(words[h]!)) continue;
    const between = dependentsOf(syntax, h, /^(det|amod)$/).filter((a) => a > c);
    if (between.length === 0 || dependentsOf(syntax, c, /./).some((d) => d > between[0]!)) continue;
    let verb = heads[h]!;
    while (verb >= 0 && !/^(VERB|AUX)$/.test(tags[verb]!)) verb = heads[verb]!;
    if (verb < 0) continue;
    const next = editedTree(syntax, (newHeads, newLabels) => {
      newHeads[c] = heads[h]!;
      newLabels[c] = labels[h]!;
      for (const d of dependentsOf(syntax, h, /./)) if (d < c) newHeads[d] = c;
      newHeads[h] = verb;
      newLabels[h] = 'obl:unmarked';
    });
    if (next !== syntax) return nameBeforeTimePhrase(next, words);
  }
  return syntax;
}

/**
 * "Veltra's head of quality, Lena Brandt, said": a name in apposition after a post's "of" phrase
 * names the person who holds the post, not the field ("quality") the parser hung it on.
 */
function nameOnPostOfField(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const moved = labels.flatMap((label, a) => {
    const field = heads[a]!;
    const post = field >= 0 ? heads[field]! : -1;
    if (label !== 'appos' || tags[a] !== 'PROPN' || post < 0 || labels[field] !== 'nmod' || tags[field] !== 'NOUN' || tags[post] !== 'NOUN') return [];
    // (The name's first word after the comma: "head of quality, Mette Kjærgaard".)
    let first = a;
    while (first > 0 && heads[first - 1] === a && /^(compound|flat)$/.test(labels[first - 1]!)) first--;
    return words[first - 1] === ',' && (isPersonNoun(words[post]!) || ROLE_NOUNS.has(words[post]!)) && !asNoun(words[field]!, isPersonNoun) && !asNoun(words[field]!, (w) => PARTY_FILES.has(nounFile(w))) ? [a] : [];
  });
  return moved.length === 0 ? syntax : editedTree(syntax, (newHeads) => { for (const a of moved) newHeads[a] = heads[heads[a]!]!; });
}

/**
 * "Last year Hollins & Prior sold its furniture division", "In May, Paul Grant took over from
 * …": a name right after a fronted time phrase (or its comma) read as the time noun's
 * apposition while the verb the phrase modifies has no subject: the name is that subject.
 */
function nameAfterFrontedTime(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let a = 1; a < heads.length; a++) {
    const t = heads[a]!;
    if (labels[a] !== 'appos' || tags[a] !== 'PROPN' || t < 0 || t >= a || !isTimeNoun(words[t]!) || !/^obl/.test(labels[t]!)) continue;
    // (Only the comma and the name's own words between: "May , Paul Grant".)
    if (words.slice(t + 1, a).some((w, k) => w !== ',' && heads[t + 1 + k] !== a)) continue;
    const v = heads[t]!;
    if (v <= a || tags[v] !== 'VERB' || hasDependent(syntax, v, /^(nsubj|csubj|expl)/)) continue;
    return editedTree(syntax, (newHeads, newLabels) => {
      newHeads[a] = v;
      newLabels[a] = subjectLabel(syntax, v);
    });
  }
  return syntax;
}

/** Finite forms of "be" that can open a plan's "be to" ("is to cut", "were to meet"). */
const BE_FORMS = /^(is|are|was|were|am|'s|’s|'re|’re)$/;

/** WordNet's noun files of parties: noun.group ("council", "university") and noun.person. */
const PARTY_FILES = new Set([14, 18]);

/**
 * "The University of Eastmoor is to cut 180 jobs": a finite "be" before the infinitive's "to",
 * with a party for its subject, makes a plan or a timetable, not a passive; the parser, seeing
 * "be" before a verb, may label it the passive's auxiliary. (A "be" after the "to", "is to be
 * cut", is the passive's; "her priority would be to reopen" names what the priority is.)
 */
function beToInfinitive(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const party = (n: number) => /^(PROPN|PRON)$/.test(syntax.tags[n]!) || (syntax.tags[n] === 'NOUN' && PARTY_FILES.has(nounFile(words[n]!)));
  const wrong = syntax.labels.flatMap((label, a) => {
    if (label !== 'aux:pass' || !BE_FORMS.test(words[a]!)) return [];
    const v = syntax.heads[a]!;
    return v > a + 1 && words[a + 1] === 'to' && syntax.heads[a + 1] === v && dependentsOf(syntax, v, /^nsubj/).some(party) ? [a] : [];
  });
  return wrong.length === 0 ? syntax : edited(syntax, (_heads, labels) => { for (const a of wrong) labels[a] = 'aux'; });
}

/** Words that mark a noun phrase's own parts, climbed to reach the phrase's head. */
const NOUN_PHRASE_PARTS = /^(det|amod|nummod|compound|flat|nmod:poss|case)$/;

/**
 * "Neither Fjeldstad nor last year's winner, Rémi Castagné, is within four minutes": the parser
 * may read the first of a "neither … nor" pair as the subject of the second ("Fjeldstad …
 * winner"), which then takes the clause's place alone. The two are one coordination: the first
 * takes the second's place in the clause, the second is its conjunct.
 */
function correlativePair(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const w = words.indexOf('neither');
  const nor = words.findIndex((x, k) => k > w + 1 && x === 'nor');
  if (w < 0 || nor < 0 || nor > w + 8) return syntax;
  const { heads, labels, tags } = syntax;
  let first = nor - 1;
  while (labels[first] === 'flat' && heads[first]! > w && heads[first]! < first) first = heads[first]!;
  let second = nor + 1;
  while (second < words.length && NOUN_PHRASE_PARTS.test(labels[second]!) && heads[second]! > second) second = heads[second]!;
  if (!/^(NOUN|PROPN|PRON)$/.test(tags[first] ?? '') || !/^(NOUN|PROPN|PRON)$/.test(tags[second] ?? '') || heads[first] !== second || heads[second]! < 0) return syntax;
  return editedTree(syntax, (newHeads, newLabels) => {
    newHeads[first] = heads[second]!;
    newLabels[first] = labels[second]!;
    newHeads[second] = first;
    newLabels[second] = 'conj';
    newHeads[nor] = second;
    newLabels[nor] = 'cc';
    newHeads[w] = first;
    newLabels[w] = tags[w] === 'DET' ? 'det' : 'cc:preconj';
  });
}

/**
 * "… and the band Kestrel Youth, whose drummer, Tom Briers, said the band was gutted": a clause
 * opened by "whose", its noun (with a name in apposition) the subject of the next verb, which
 * the parse hung elsewhere as a conjunct. The verb has no subject of its own: the owned noun is
 * its subject, and the clause describes the noun before "whose".
 */
function whoseClause(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, tags } = syntax;
  for (let w = 1; w + 2 < words.length; w++) {
    if (words[w]!.toLowerCase() !== 'whose') continue;
    const described = words[w - 1] === ',' ? w - 2 : w - 1;
    let owned = w + 1;
    while (owned < words.length && owned <= w + 3 && tags[owned] === 'ADJ') owned++;
    if (described < 0 || !/^(NOUN|PROPN)$/.test(tags[described]!) || tags[owned] !== 'NOUN') continue;
    // (A name in apposition, between commas: "whose drummer, Tom Briers, said".)
    let k = owned + 1;
    let appositive = -1;
    if (words[k] === ',') {
      let close = k + 1;
      while (close < words.length && close <= k + 6 && /^(PROPN|NOUN|DET|ADJ|NUM)$/.test(tags[close]!)) close++;
      if (words[close] !== ',' || close === k + 1) continue;
      appositive = close - 1;
      k = close + 1;
    }
    while (k < words.length && /^(AUX|ADV|PART)$/.test(tags[k]!)) k++;
    const verb = k;
    if (tags[verb] !== 'VERB' || (heads[owned] === verb && heads[verb] === described)) continue;
    // (A subject the parse took from the name in apposition is the owned noun's.)
    if (dependentsOf(syntax, verb, /^(nsubj|csubj|expl)/).some((d) => d !== owned && !(d > owned && d <= appositive))) continue;
    const passive = hasDependent(syntax, verb, /^aux:pass$/);
    return editedTree(syntax, (newHeads, newLabels) => {
      newHeads[verb] = described;
      newLabels[verb] = 'acl:relcl';
      newHeads[owned] = verb;
      newLabels[owned] = passive ? 'nsubj:pass' : 'nsubj';
      newHeads[w] = owned;
      newLabels[w] = 'nmod:poss';
      if (appositive >= 0) {
        // (The name's words hang on its last; the commas on the name.)
        for (let x = owned + 2; x < appositive; x++) if (newHeads[x]! < owned + 2 || newHeads[x]! > appositive) { newHeads[x] = appositive; newLabels[x] = tags[x] === 'PROPN' ? 'flat' : newLabels[x]!; }
        newHeads[appositive] = owned;
        newLabels[appositive] = 'appos';
      }
    });
  }
  return syntax;
}

/**
 * "SkyMerrow has hired out four aircraft, with crews, to Northjet": a phrase right after the
 * comma that closes an aside, hung by the parser on the aside's noun, belongs to what the aside
 * interrupts, the verb the aside hangs on (a noun's own phrase does not follow a comma).
 */
function phraseAfterAside(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const moves: [number, number][] = [];
  const wordsOf = (k: number) => subtreeOf(syntax, k).filter((w) => tags[w] !== 'PUNCT');
  for (let x = 0; x < words.length; x++) {
    if (!/^nmod(:|$)/.test(labels[x]!) || labels[x] === 'nmod:poss' || !/^(NOUN|PROPN)$/.test(tags[x]!)) continue;
    const first = Math.min(...wordsOf(x));
    const aside = heads[x]!;
    if (tags[first] !== 'ADP' || words[first - 1] !== ',' || aside < 0 || aside >= first - 1) continue;
    // The aside: a phrase of its own, opened by a comma and a preposition, on a verb.
    const opening = Math.min(...wordsOf(aside).filter((k) => k < first - 1));
    const verb = heads[aside]!;
    if (!/^(obl|nmod)/.test(labels[aside]!) || tags[opening] !== 'ADP' || words[opening - 1] !== ',' || verb < 0 || tags[verb] !== 'VERB') continue;
    moves.push([x, verb]);
  }
  return moves.length === 0 ? syntax : editedTree(syntax, (newHeads, newLabels) => {
    for (const [x, verb] of moves) { newHeads[x] = verb; newLabels[x] = 'obl'; }
  });
}

/**
 * "Grieve said Wróblewski paid Farrow £1,500": a verb of saying given a second subject after it,
 * with the verb after that read as its complement without one. A verb has one subject: the name
 * after "said" is the reported clause's.
 */
function reportedSubjectOnSayer(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let v = 1; v < heads.length; v++) {
    if (tags[v] !== 'VERB' || !reportingPast(words[v]!)) continue;
    const kids = dependentsOf(syntax, v);
    // (The sayer may be the subject of the verb "said" is conjoined to: "conceded that …, but
    // said a new hub opened in January".)
    const before = kids.find((c) => c < v && /^nsubj/.test(labels[c]!)) ??
      (labels[v] === 'conj' && heads[v]! >= 0 ? dependentsOf(syntax, heads[v]!, /^nsubj/).find((c) => c < v) : undefined);
    // (Or read as its object, where the verb takes none: "said a new hub … opened"; not "told",
    // whose object is whom it told.)
    const after = kids.find((c) => c > v && (labels[c] === 'nsubj' || (labels[c] === 'obj' && words[v]!.toLowerCase() !== 'told')));
    // (Or read as a second act of the sayer's with no "and": "Haddad said her publisher, Tidewell
    // Press, had told her …"; or hung on that name as a describing clause: "She said a new
    // surgical hub opened in January".)
    const clause = after === undefined ? undefined : kids.find((c) => c > after && (/^(xcomp|ccomp)$/.test(labels[c]!) || (labels[c] === 'conj' && !hasDependent(syntax, c, /^(cc|mark)$/))) && tags[c] === 'VERB') ??
      dependentsOf(syntax, after, /^acl$/).find((c) => c > after && tags[c] === 'VERB' && !hasDependent(syntax, c, /^mark$/));
    if (after === undefined || clause === undefined || hasDependent(syntax, clause, /^(nsubj|csubj|expl)/)) continue;
    // (A second subject only beside the sayer's own; an object needs none before the verb: a verb
    // that says takes its object or its clause, not both.)
    const readAsObject = labels[after] === 'obj';
    if (before === undefined && !readAsObject) continue;
    if (readAsObject) {
      // (An object before an infinitive is its doer by control, "reported his neighbour to
      // police", "asked the council to act": only a finite clause takes it as its subject.)
      if (hasDependent(syntax, clause, /^mark$/)) continue;
      // (And only right before the clause, the words between the clause's own.)
      const own = new Set(subtreeOf(syntax, clause));
      const end = Math.max(...subtreeOf(syntax, after).filter((k) => !own.has(k)));
      if (end > clause || Array.from({ length: clause - end - 1 }, (_x, k) => end + 1 + k).some((k) => !own.has(k))) continue;
    }
    return edited(syntax, (newHeads, newLabels) => {
      newHeads[after] = clause;
      newLabels[after] = subjectLabel(syntax, clause);
      newHeads[clause] = v;
      newLabels[clause] = 'ccomp';
    });
  }
  return syntax;
}

/**
 * "Residents whose details were taken will be offered credit monitoring": the verb of a relative
 * clause opened by "whose", given the described noun as a second subject, read as the sentence's
 * head, and the main verb after it as its complement with no subject. A verb has one subject:
 * the clause describes the noun, and the noun is the subject of the verb after it.
 */
function possessiveRelativeReadAsMain(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let v = 3; v < words.length; v++) {
    if (tags[v] !== 'VERB') continue;
    const subjects = dependentsOf(syntax, v, /^nsubj/).filter((d) => d < v);
    const owned = subjects.find((b) => words[b - 1] === 'whose' && heads[b - 1] === b);
    const described = owned === undefined ? undefined : subjects.find((a) => a === owned - 2 && /^(NOUN|PROPN)$/.test(tags[a]!));
    if (owned === undefined || described === undefined) continue;
    const main = dependentsOf(syntax, v).find((m) => m > v && tags[m] === 'VERB' && /^(ccomp|parataxis|conj|advcl)$/.test(labels[m]!) && !hasDependent(syntax, m, /^(nsubj|mark)/));
    if (main === undefined) continue;
    const passive = hasDependent(syntax, main, /^aux:pass$/);
    return editedTree(syntax, (newHeads, newLabels) => {
      newHeads[main] = heads[v]!;
      newLabels[main] = labels[v]!;
      newHeads[v] = described;
      newLabels[v] = 'acl:relcl';
      newHeads[described] = main;
      newLabels[described] = passive ? 'nsubj:pass' : 'nsubj';
      for (const d of dependentsOf(syntax, v)) if (d > main) newHeads[d] = main;
    });
  }
  return syntax;
}

/**
 * "sold two branches, in Pellow and Stanmoor, to the pharmacist Tomás Aguirre, who will keep
 * them open": a phrase with a preposition of its own, other than the first phrase's, and no
 * coordinator, read as that phrase's conjunct. Conjuncts share their preposition ("in Pellow
 * and Stanmoor", "to Pellow and to Stanmoor"): it is another oblique of the same verb, and what
 * follows it, hung on the first phrase, is its own.
 */
function obliqueReadAsConjunct(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let c = 2; c < words.length; c++) {
    const { heads, labels } = out;
    const first = heads[c]!;
    if (labels[c] !== 'conj' || first < 0 || first >= c || labels[first] !== 'obl' || hasDependent(out, c, /^cc$/)) continue;
    const own = dependentsOf(out, c, /^case$/).find((k) => k < c);
    const firsts = dependentsOf(out, first, /^case$/).filter((k) => k < first);
    if (own === undefined || firsts.length === 0 || firsts.some((k) => words[k] === words[own])) continue;
    out = editedTree(out, (newHeads, newLabels) => {
      newHeads[c] = heads[first]!;
      newLabels[c] = 'obl';
      for (let d = c + 1; d < words.length; d++) if (heads[d] === first) newHeads[d] = c;
    });
  }
  return out;
}

/**
 * "were transferred from St Brannoc's to Calderby General to free up beds": "to" before a noun
 * phrase and an infinitive was read as the infinitive's marker and the phrase as its subject.
 * Only "for" gives an infinitive a subject of its own ("for the hospital to free up beds"): the
 * first "to" is a preposition, its phrase where the clause above the infinitive goes.
 */
function destinationReadAsSubject(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let a = 1; a + 3 < words.length; a++) {
    const { heads, labels, tags } = out;
    const verb = heads[a]!;
    if (words[a] !== 'to' || labels[a] !== 'mark' || verb <= a || heads[verb]! < 0) continue;
    const subject = dependentsOf(out, verb, /^nsubj/).find((n) => n > a && /^(NOUN|PROPN|PRON)$/.test(tags[n]!));
    if (subject === undefined || !dependentsOf(out, verb, /^mark$/).some((m) => m > subject && words[m] === 'to')) continue;
    out = editedTree(out, (newHeads, newLabels) => {
      newLabels[a] = 'case';
      newHeads[a] = subject;
      newHeads[subject] = heads[verb]!;
      newLabels[subject] = 'obl';
    });
  }
  return out;
}

/**
 * "the thieves had fled by the time security staff reached the gallery": "by the time" opens a
 * clause of when, never a passive's agent; the parser, reading "time security staff" as one
 * compound noun, makes the staff the doer of the fleeing. The time is the verb's oblique, the
 * noun after it the subject of the clause that describes the time.
 */
function byTheTime(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let by = 0; by + 3 < words.length; by++) {
    const time = by + 2;
    if (words[by] !== 'by' || words[by + 1] !== 'the' || words[time] !== 'time') continue;
    const noun = out.heads[time]!;
    if (out.labels[time] !== 'compound' || noun <= time || !/^obl/.test(out.labels[noun] ?? '')) continue;
    const main = out.heads[noun]!;
    let verb = noun + 1;
    while (out.tags[verb] === 'AUX' && verb < noun + 3) verb++;
    if (main < 0 || out.tags[main] !== 'VERB' || out.tags[verb] !== 'VERB' || dependentsOf(out, verb, /^nsubj/).length > 0) continue;
    out = editedTree(out, (heads, labels) => {
      heads[time] = main; labels[time] = 'obl';
      heads[by] = time; labels[by] = 'case';
      heads[by + 1] = time; labels[by + 1] = 'det';
      heads[noun] = verb; labels[noun] = 'nsubj';
      heads[verb] = time; labels[verb] = 'acl:relcl';
    });
  }
  return out;
}

/**
 * "Harwell has signed a deal with Morrow, the main contractor, to supply the stone": a "to"
 * infinitive with no coordinator of its own is no conjunct of the verb before it, whatever the
 * commas around an apposition made of it; it is that verb's infinitive clause (whose doer is the
 * verb's, where a conjunct's may be anyone's).
 */
function infinitiveReadAsConjunct(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let v = 0; v < words.length; v++) {
    const h = out.heads[v]!;
    if (out.tags[v] !== 'VERB' || h < 0) continue;
    const own = dependentsOf(out, v);
    if (own.some((d) => out.labels[d] === 'cc') || !own.some((d) => out.labels[d] === 'mark' && words[d]!.toLowerCase() === 'to' && d === v - 1)) continue;
    if (out.labels[v] === 'conj' && out.tags[h] === 'VERB') out = edited(out, (_heads, labels) => { labels[v] = 'advcl'; });
    // (Nor a description of the partner a "with" phrase names: "agreed with the city council to
    // build the points" is the agreeing party's infinitive, its complement where the verb has no
    // object of its own.)
    const verb = out.heads[h]!;
    if (out.labels[v] === 'acl' && out.labels[h] === 'obl' && verb >= 0 && out.tags[verb] === 'VERB' &&
      dependentsOf(out, h, /^case$/).some((c) => words[c]!.toLowerCase() === 'with')) {
      const complement = !dependentsOf(out, verb, /^obj$/).length;
      out = edited(out, (heads, labels) => { heads[v] = verb; labels[v] = complement ? 'xcomp' : 'advcl'; });
    }
  }
  return out;
}

/**
 * A word right before a possessor that opens the phrase of the thing possessed, which the parser
 * hangs on the possessor beside it:
 *   - "no residents' bank details had been stolen": a "no" denies the thing possessed (nothing of
 *     theirs was stolen), so it is that noun's determiner, where the rules look for a
 *     participant's "no";
 *   - "passed by Ethiopia's Dawit Alemu at the 30km mark": a preposition opens the possessed
 *     noun's phrase ("by … Alemu"), never the possessor's own, and the parse may leave that phrase
 *     without a relation to its verb: hung on a verb by no relation a phrase takes, it becomes the
 *     verb's oblique (its agent after a passive's "by").
 */
function wordBeforePossessor(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let c = 0; c < words.length; c++) {
    const owner = out.heads[c]!;
    if (owner !== c + 1 || out.labels[owner] !== 'nmod:poss') continue;
    const denial = words[c]!.toLowerCase() === 'no' && out.labels[c] === 'det';
    if (!denial && (out.labels[c] !== 'case' || out.tags[c] !== 'ADP')) continue;
    const possessed = out.heads[owner]!;
    if (possessed <= owner || !/^(NOUN|PROPN)$/.test(out.tags[possessed] ?? '')) continue;
    const verb = out.heads[possessed]!;
    const stray = !denial && verb >= 0 && out.tags[verb] === 'VERB' && /^(discourse|dep|obj|iobj|nsubj|appos|parataxis|vocative)$/.test(out.labels[possessed]!);
    // (A passive's "be" may still be read as a copula here: "was requested by Harwood's agent".)
    const passive = stray && words[c]!.toLowerCase() === 'by' && dependentsOf(out, verb, /^(aux:pass|aux|cop)$/).some((d) => /^(be|is|are|was|were|been|being)$/i.test(words[d]!));
    out = editedTree(out, (heads, labels) => {
      heads[c] = possessed;
      if (stray) labels[possessed] = passive ? 'obl:agent' : 'obl';
    });
  }
  return out;
}

/**
 * "reported 214 new cases, most of them among children under five, and urged parents to …": a
 * subject is never set off from its verb by a comma and a coordinator, so a phrase the parser
 * made the subject of a conjoined verb right before ", and" is an aside on what came before (the
 * nearest noun before its comma), and the verb shares the first verb's subject.
 */
function asideReadAsSubject(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let v = 3; v < heads.length; v++) {
    if (labels[v] !== 'conj' || tags[v] !== 'VERB' || tags[v - 1] !== 'CCONJ' || tags[v - 2] !== 'PUNCT') continue;
    const subject = dependentsOf(syntax, v, /^nsubj$/).find((d) => d < v && Math.max(...subtreeOf(syntax, d)) === v - 3);
    if (subject === undefined) continue;
    const first = Math.min(...subtreeOf(syntax, subject));
    let noun = first - 1;
    while (noun >= 0 && tags[noun] === 'PUNCT') noun--;
    if (noun < 0 || !/^(NOUN|PROPN)$/.test(tags[noun]!) || tags[first - 1] !== 'PUNCT') continue;
    return editedTree(syntax, (newHeads, newLabels) => {
      newHeads[subject] = noun;
      newLabels[subject] = 'appos';
      if (heads[first - 1] === v) newHeads[first - 1] = subject;
    });
  }
  return syntax;
}

/**
 * "At the Domaine Laforêt, winemaker Hélène Castagné said": a phrase marked by a preposition is
 * never a verb's subject; beside another subject of the same verb it is the verb's oblique.
 */
function markedReadAsSubject(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const marked = heads.findIndex((h, d) => h >= 0 && labels[d] === 'nsubj' && tags[h] === 'VERB' &&
    dependentsOf(syntax, d, /^case$/).some((c) => c < d && tags[c] === 'ADP') && dependentsOf(syntax, h, /^nsubj/).some((o) => o !== d));
  return marked < 0 ? syntax : edited(syntax, (_heads, newLabels) => { newLabels[marked] = 'obl'; });
}

export function repairParse(parsed: SentenceSyntax, words?: readonly string[]): SentenceSyntax {
  // (First: the sentence's own clause must be in place before the repairs that read it.)
  const fronted = frontedRelative(auxiliaryVerbReadAsModifier(nameAfterAgentReadAsObject(asideHungOnComma(subjectHungOnComma(postnominalAdjectiveReadAsRoot(hungOnPunctuation(parsed)))))));
  const opening = markedReadAsSubject(words ? relativeReadAsRoot(verbReadAsMarker(fronted), words) : verbReadAsMarker(fronted));
  const syntax = words ? WORD_REPAIRS.reduce((s, repair) => repair(s, words), opening) : opening;
  // (An author read as an agent is found once names have taken their own phrases: "by Puigverd
  // to Harrowgate" hangs "to Harrowgate" on the name first.)
  const relatives = words ? authorReadAsAgent(nounObject(nameModifiers(adjacentNameConjunct(amountRecipient(relativeOfOwner(relativeClauses(relativeWithTwoSubjects(relativeThat(contactRelative(possessorArgument(compoundSubject(syntax)), words), words), words), words), words), words)), words)), words) : syntax;
  const described = infinitiveBeforeFiniteVerb(infinitiveReadAsRoot(describedOwnerReadAsObject(descriptionBeforeName(modifiedDescriptionBeforeName(describedName(prenominalAmount(words ? possessiveAfterAppositive(relatives, words) : relatives), words), words)))));
  const opened = words ? copulaOnVerb(invertedDo(frontedPhraseThenNamedSubject(speakerReadAsConjunct(frontedPhraseThenSubject(appositiveParticiple(subordinateSubject(timeReadAsSubject(described, words), words), words), words), words), words), words), words) : described;
  const reported = words ? reportedSubject(nameBeforeAside(relativeClauses(opened, words, true), words), words) : opened;
  const repaired = asideReadAsSubject(verbInNounPhrase(openingClause(embeddedReducedRelative(reducedRelative(mainVerbReadAsParticiple(participleReadAsRoot(openingSubjectReadAsObject(stolenSubject(invertedSpeaker(trailingSpeaker(nominalHead(participleBeforeClause(participleSubject(possessorAsSubject(vocativeSubject(reported))))), words), words))), words), words), words)))));
  // (Last: the clause a "by" phrase belongs to, the place a "neither … nor" pair takes, and the
  // speaker a second reporting verb shares, are known only once the verbs are in place.)
  return words ? secondReportingVerb(beToInfinitive(correlativePair(eventNounAgent(passiveAgent(relativeReadAsMain(finiteReadAsRelative(verbAfterRelative(subjectFromRelative(repaired), words), words), words), words), words), words), words), words) : verbAfterRelative(subjectFromRelative(repaired));
}

/**
 * "Sources close to the negotiations said …", "people familiar with the plan say …": an
 * adjective right after a noun, with no copula and its own complement after it, describes that
 * noun. Read as the sentence's head with the noun as its subject, it leaves the verb after its
 * phrase hanging from it with no subject of its own; the verb heads the sentence, the noun is
 * its subject, and the adjective modifies the noun.
 */
function postnominalAdjectiveReadAsRoot(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  const noun = root - 1;
  if (root < 1 || tags[root] !== 'ADJ' || heads[noun] !== root || labels[noun] !== 'nsubj' || !/^(NOUN|PROPN)$/.test(tags[noun]!) || hasDependent(syntax, root, /^(cop|aux)/)) return syntax;
  // The verb comes right after the adjective's own complement ("close to the negotiations").
  let verb = root + 1;
  while (verb < tags.length && tags[verb] !== 'VERB' && tags[verb] !== 'PUNCT' && dominates(heads, root, verb)) verb++;
  if (verb === root + 1 || tags[verb] !== 'VERB' || hasDependent(syntax, verb, /^(nsubj|csubj|expl|mark|cc)(:|$)/)) return syntax;
  const clause = dependentsOf(syntax, root).find((d) => d > verb && tags[d] === 'VERB' && dominates(heads, d, verb));
  return editedTree(syntax, (newHeads, newLabels) => {
    newHeads[verb] = -1;
    newLabels[verb] = 'root';
    newHeads[noun] = verb;
    newHeads[root] = noun;
    newLabels[root] = 'amod';
    for (const d of dependentsOf(syntax, root)) if (d > verb) newHeads[d] = verb;
    // The clause the verb was hung from is what it says, and a bare noun read as what it says
    // is that clause's subject.
    if (clause === undefined) return;
    newHeads[clause] = verb;
    newLabels[clause] = 'ccomp';
    for (const d of dependentsOf(syntax, verb)) {
      if (d < clause && labels[d] === 'ccomp' && /^(NOUN|PROPN|PRON)$/.test(tags[d]!)) {
        newHeads[d] = clause;
        newLabels[d] = subjectLabel(syntax, clause);
      }
    }
  });
}

/**
 * "Ines Castaño, one of the joint administrators, said the firm would try …": a verb read as the
 * marker of the clause after it (as "that" would be), the sentence left headed by the noun
 * before it. A verb marks nothing: it heads the sentence, that noun is its subject, and the
 * clause it was read as marking is its complement.
 */
function verbReadAsMarker(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || !/^(NOUN|PROPN)$/.test(tags[root]!)) return syntax;
  const v = labels.findIndex((l, i) => l === 'mark' && tags[i] === 'VERB' && i > root && heads[i]! > i && tags[i - 1] === 'PUNCT');
  if (v < 0 || !dominates(heads, root, v)) return syntax;
  const clause = heads[v]!;
  return reroot(syntax, v, root, (newHeads, newLabels) => {
    newHeads[clause] = v;
    newLabels[clause] = 'ccomp';
    for (const d of dependentsOf(syntax, root)) if (d > v && d !== clause) newHeads[d] = v;
  });
}

/**
 * "According to Lucía Ferreira, her team had been second best": the phrase after "according to"
 * is the source the clause cites, an oblique marked by it, never the clause's subject (the
 * parser, reading "According" as a verb, may give the name the subject's place).
 */
function accordingTo(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let a = 0; a + 2 < words.length; a++) {
    if (words[a] !== 'according' || words[a + 1] !== 'to') continue;
    const { heads, labels, tags } = out;
    let end = a + 2;
    // (A participle describing the noun is in the phrase: "the returning officer".)
    while (end + 1 < words.length && (/^(DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(tags[end + 1]!) || labels[end + 1] === 'amod')) end++;
    // The phrase's head: its noun or name hung outside it.
    let n = a + 2;
    while (n <= end && (heads[n]! >= a + 2 && heads[n]! <= end || !/^(NOUN|PROPN)$/.test(tags[n]!))) n++;
    if (n > end) continue;
    // ("Not one of the 32 had been rejected, according to Loughlin", the name read as the
    // sentence's head: the clause before the comma is the head, its first verb with an auxiliary.)
    const headless = labels[n] === 'root' && a >= 2 && words[a - 1] === ',';
    const v = headless ? tags.findIndex((t, k) => k < a - 1 && t === 'VERB' && heads.some((h, d) => h === k && /^aux/.test(labels[d]!))) : -1;
    // ("…, according to José Mirelles, the union's general secretary": the name hung on the
    // description after the comma, which the parse gave the clause as an argument. The
    // description is the name's apposition.)
    const described = heads[n]!;
    const describedBy = !headless && described > end + 1 && words[end + 1] === ',' && tags[described] === 'NOUN' && /^(nsubj|obj|iobj)/.test(labels[described]!);
    if (headless ? v < 0 : !describedBy && !/^(nsubj|obj|iobj|csubj)/.test(labels[n]!)) continue;
    const clause = describedBy ? heads[described]! : heads[n]!;
    out = editedTree(out, (newHeads, newLabels) => {
      if (describedBy) {
        newHeads[n] = clause;
        newHeads[described] = n;
        newLabels[described] = 'appos';
      } else if (headless) {
        for (let k = 0; k < words.length; k++) if (newHeads[k] === n && (k < a || k > end)) newHeads[k] = v;
        newHeads[v] = -1;
        newLabels[v] = 'root';
        newHeads[n] = v;
      } else if (clause < 0) newHeads[n] = heads[a]!;
      newLabels[n] = 'obl';
      newHeads[a] = n;
      newLabels[a] = 'case';
      newHeads[a + 1] = a;
      newLabels[a + 1] = 'fixed';
    });
  }
  return out;
}

/**
 * "patents held by rival device maker Tessaly Instruments when it designed its pump": a name
 * right after a description, taken as the subject of the clause a subordinator opens after it,
 * which has a subject of its own. A clause's subject stands after its opener: the name belongs
 * to the description before it, as the phrase's head (the description its compound).
 */
function nameBeforeSubordinateClause(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let v = 2; v < words.length; v++) {
    const { heads, labels, tags } = out;
    if (tags[v] !== 'VERB') continue;
    const subjects = dependentsOf(out, v, /^nsubj/);
    if (subjects.length < 2) continue;
    const a = subjects[0]!;
    const d = a - 1;
    const opener = dependentsOf(out, v, /^(advmod|mark)$/).find((m) => m > a && m < subjects[1]! && SUBORDINATORS.has(words[m]!));
    if (opener === undefined || tags[a] !== 'PROPN' || tags[d] !== 'NOUN' || heads[d]! < 0 || dominates(heads, v, d)) continue;
    out = editedTree(out, (newHeads, newLabels) => {
      newHeads[a] = heads[d]!;
      newLabels[a] = labels[d]!;
      newHeads[d] = a;
      newLabels[d] = 'compound';
      for (const k of dependentsOf(out, d, /^(case|det|amod|nmod:poss)$/)) if (k < d) newHeads[k] = a;
    });
  }
  return out;
}

/**
 * "The board chose Anna Berg instead of Olav Dahl", "opted to build a terminal in place of
 * lengthening the runway": the thing set aside is the verb's oblique (a noun) or its adverbial
 * clause (a gerund), marked by the words that set it aside, whatever the parser made of it (a
 * conjunct of the object, a clause on "place"). The verb is the nearest one the phrase before
 * the marker belongs to.
 */
function setAsidePhrase(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let a = 1; a < words.length; a++) {
    const marker = SET_ASIDE_MARKERS.find((m) => m.every((w, k) => words[a + k] === w));
    if (!marker) continue;
    const b = a + marker.length - 1;
    const { heads, labels, tags } = out;
    // The phrase set aside: its words up to a comma or the end, and its head, the one word of
    // them hung outside them.
    let end = b + 1;
    while (end < words.length && tags[end] !== 'PUNCT' && tags[end] !== 'CCONJ') end++;
    const inPhrase = (k: number) => k > b && k < end;
    const tops = Array.from({ length: end - b - 1 }, (_v, k) => b + 1 + k).filter((k) => !inPhrase(heads[k]!));
    // (A name the parser split, its words hung apart, is one: "rather than Anna Berg".)
    const splitName = tops.length > 1 && tops.every((k) => tags[k] === 'PROPN');
    const head = tops.length === 1 || splitName ? tops[0]! : -1;
    if (head < 0 || !/^(NOUN|PROPN|VERB)$/.test(tags[head]!)) continue;
    // The verb: the nearest before the marker whose phrase holds the word before the marker.
    let verb = -1;
    for (let k = a - 1; k >= 0 && verb < 0; k--) if (tags[k] === 'VERB' && dominates(heads, k, a - 1)) verb = k;
    if (verb < 0) continue;
    const clause = tags[head] === 'VERB';
    if (heads[head] === verb && labels[head] === (clause ? 'advcl' : 'obl') && heads[a] === head) continue;
    out = editedTree(out, (newHeads, newLabels) => {
      newHeads[head] = verb;
      newLabels[head] = clause ? 'advcl' : 'obl';
      if (splitName) for (const k of tops.slice(1)) { newHeads[k] = head; newLabels[k] = 'flat'; }
      newHeads[a] = head;
      newLabels[a] = clause ? 'mark' : 'case';
      for (let k = a + 1; k <= b; k++) { newHeads[k] = a; newLabels[k] = 'fixed'; }
      // (What hung on the marker's words belongs to the phrase.)
      for (let k = 0; k < words.length; k++) if (k !== a && (k < a || k > b) && newHeads[k]! >= a && newHeads[k]! <= b) newHeads[k] = head;
    });
  }
  return out;
}

/**
 * "Leeds beat Derby and York beat Hull", "the council fined Harbour Foods and the regulator
 * fined Tilde Dairy": a second clause after "and", read as a coordinated object ("Derby and
 * York") followed by a verb of its own with no subject. The conjunct is that verb's subject, and
 * the verb is the first one's conjunct, with the "and".
 */
function clauseAfterObject(syntax: SentenceSyntax): SentenceSyntax {
  let out = syntax;
  for (let v = 3; v < syntax.tags.length; v++) {
    const { heads, labels, tags } = out;
    if (tags[v] !== 'VERB' || hasDependent(out, v, /^(nsubj|aux|mark)/) || /^(acl|amod)/.test(labels[v]!)) continue;
    // The conjunct right before the verb, hung on an object of an earlier verb.
    const z = v - 1;
    let head = z;
    while (/^(flat|compound)$/.test(labels[head]!) && heads[head]! > head && heads[head]! < v) head = heads[head]!;
    if (!/^(NOUN|PROPN)$/.test(tags[z]!) && head === z) continue;
    let phraseHead = z;
    while (/^(flat|compound|det|amod)$/.test(labels[phraseHead]!) && heads[phraseHead]! > phraseHead && heads[phraseHead]! < v) phraseHead = heads[phraseHead]!;
    // (Or the phrase hung on the first verb itself, as its oblique or object, with the "and":
    // "Alemu won the women's race, and the men's title went to Kiprono".)
    const onVerb = /^(obl|obj)$/.test(labels[phraseHead]!) && tags[heads[phraseHead]!] === 'VERB';
    if (labels[phraseHead] !== 'conj' && !onVerb) continue;
    const object = heads[phraseHead]!;
    const first = onVerb ? object : heads[object]!;
    if (object < 0 || (!onVerb && labels[object] !== 'obj') || first < 0 || tags[first] !== 'VERB' || first >= phraseHead) continue;
    const cc = dependentsOf(out, phraseHead, /^cc$/).find((c) => c < phraseHead);
    if (cc === undefined || (onVerb && !dominates(heads, first, v))) continue;
    out = editedTree(out, (newHeads, newLabels) => {
      newHeads[phraseHead] = v;
      newLabels[phraseHead] = 'nsubj';
      newHeads[cc] = v;
      newHeads[v] = first;
      newLabels[v] = 'conj';
    });
  }
  return out;
}

/**
 * "By Corby, Harlow Town were beaten 3-1": a passive verb's agent fronted with its "by" and set
 * off by a comma. The parser, which meets it rarely, makes the agent a clause of its own and the
 * passive subject a conjunct of it. With no subject and no agent of its own, the passive verb
 * takes the fronted phrase as its agent and the noun phrase between the comma and its
 * auxiliaries as its subject.
 */
function frontedAgent(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  if (words[0] !== 'by') return syntax;
  const comma = words.indexOf(',');
  if (comma < 2 || comma > 6) return syntax;
  let aux = comma + 1;
  while (aux < words.length && tags[aux] !== 'AUX') aux++;
  const verb = heads[aux]!;
  // (The first auxiliary may be the perfect's: "had been overtaken".)
  if (aux === comma + 1 || aux >= words.length || !/^aux/.test(labels[aux]!) || verb < aux || !hasDependent(syntax, verb, /^aux:pass$/) ||
    hasDependent(syntax, verb, /^nsubj/) || dependentsOf(syntax, verb, /^obl:agent$/).some((a) => a > comma)) return syntax;
  const nominal = (a: number, b: number) => tags.slice(a, b).every((t) => /^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(t)) && tags.slice(a, b).some((t) => t === 'NOUN' || t === 'PROPN');
  if (!nominal(1, comma) || !nominal(comma + 1, aux)) return syntax;
  // The head of each phrase: its last noun or name (the first of a name's words).
  const headOf = (a: number, b: number) => {
    let h = b - 1;
    while (h > a && !/^(NOUN|PROPN)$/.test(tags[h]!)) h--;
    while (h > a && tags[h] === 'PROPN' && tags[h - 1] === 'PROPN') h--;
    return h;
  };
  const agent = headOf(1, comma);
  const subject = headOf(comma + 1, aux);
  return editedTree(syntax, (newHeads, newLabels) => {
    // Each phrase's other words hang on its head: a name's later words as its own, the rest by their class.
    const hangOn = (head: number, from: number, to: number) => {
      for (let k = from; k < to; k++) {
        if (k === head) continue;
        newHeads[k] = head;
        newLabels[k] = tags[k] === 'PROPN' && tags[head] === 'PROPN' && k > head ? 'flat' : tags[k] === 'DET' ? 'det' : tags[k] === 'ADJ' ? 'amod' : 'compound';
      }
    };
    hangOn(agent, 1, comma);
    hangOn(subject, comma + 1, aux);
    newHeads[0] = agent; newLabels[0] = 'case';
    newHeads[agent] = verb; newLabels[agent] = 'obl:agent';
    newHeads[comma] = agent; newLabels[comma] = 'punct';
    newHeads[subject] = verb; newLabels[subject] = 'nsubj:pass';
    // (What the parser hung on the agent as if it were a clause belongs to the verb.)
    for (let k = aux; k < words.length; k++) if (heads[k]! < aux && heads[k]! >= 0 && k !== verb) newHeads[k] = verb;
    if (heads[verb]! >= 0 && heads[verb]! < aux) { newHeads[verb] = -1; newLabels[verb] = 'root'; }
  });
}

/**
 * "more than 180 million litres", "fewer than 40 staff": a comparison that bounds an amount,
 * read with "more" as the head (the verb's object or subject, the amount's noun hung on it by
 * "than"). The noun heads the phrase and takes its place; "more" bounds the figure, as the
 * treebank reads it ("than" fixed to it).
 */
function comparedAmount(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let w = 0; w + 2 < syntax.tags.length; w++) {
    const { heads, labels, tags } = out;
    const noun = heads[w + 1]!;
    if (heads[noun] !== w || !/^(NOUN|PROPN)$/.test(tags[noun]!) || noun < w + 2 || labels[w + 1] !== 'case' || !/^(ADJ|ADV)$/.test(tags[w]!)) continue;
    const figure = dependentsOf(out, noun, /^nummod$/)[0];
    if (figure === undefined || figure > noun || !/^(more|fewer|less)$/i.test(words[w]!) || !/^than$/i.test(words[w + 1]!)) continue;
    out = editedTree(out, (newHeads, newLabels) => {
      newHeads[noun] = heads[w]!;
      newLabels[noun] = labels[w]!;
      for (const d of dependentsOf(out, w)) if (d !== noun && d !== w + 1) newHeads[d] = noun;
      newHeads[w] = figure;
      newLabels[w] = 'advmod';
      newHeads[w + 1] = w;
      newLabels[w + 1] = 'fixed';
    });
  }
  return out;
}

/**
 * "180 million litres a day", "£40,000 a year": a unit of time after an amount is its rate and
 * hangs on it, not a subject or an object of its own.
 */
function rateAfterAmount(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let t = 2; t < words.length; t++) {
    const { heads, labels, tags } = out;
    if (!/^(a|an|per)$/i.test(words[t - 1]!) || tags[t] !== 'NOUN' || !/^(second|minute|hour|day|night|week|month|year|season|quarter)$/i.test(words[t]!)) continue;
    const amount = t - 2;
    if (tags[amount] !== 'NOUN' || !dependentsOf(out, amount, /^nummod$/).length || heads[t] === amount) continue;
    if (!/^(nsubj|nsubj:pass|obj|obl|nmod|conj|appos)$/.test(labels[t]!)) continue;
    out = editedTree(out, (newHeads, newLabels) => {
      // (What the time noun had taken after it belongs to the amount's verb: "lost … a day from its pipes".)
      const verb = heads[amount]!;
      for (const d of dependentsOf(out, t)) {
        if (d === t - 1 || d < t || verb < 0) continue;
        newHeads[d] = verb;
        if (labels[d] === 'nmod' && /^(VERB|AUX|ADJ)$/.test(tags[verb]!)) newLabels[d] = 'obl';
      }
      newHeads[t] = amount;
      newLabels[t] = 'nmod:npmod';
      newHeads[t - 1] = t;
      newLabels[t - 1] = 'det';
    });
  }
  return out;
}

/**
 * "will lend two landscapes by Puigverd to Harrowgate": a "by" phrase right after an active verb's
 * object, read as the verb's passive agent. An active verb (a subject, no passive auxiliary) has
 * no agent: the phrase tells who made the object ("landscapes by Puigverd"), and hangs on it.
 */
function authorReadAsAgent(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  syntax.labels.forEach((label, d) => {
    const v = syntax.heads[d]!;
    // (Any form of "be" before the verb may be a passive the parser missed: "it is owed £2.1m by Brackwater".)
    const be = dependentsOf(syntax, v, /^aux/).some((a) => /^(is|are|was|were|be|been|being|'s|’s)$/.test(words[a]!));
    if (label !== 'obl:agent' || v < 0 || be || !hasDependent(syntax, v, /^nsubj$/) || hasDependent(syntax, v, /^(aux:pass|nsubj:pass)$/)) return;
    const object = dependentsOf(syntax, v, /^obj$/).find((o) => o < d && Math.max(...subtreeOf(syntax, o)) === Math.min(...subtreeOf(syntax, d)) - 1);
    if (object === undefined) return;
    out = edited(out, (heads, labels) => {
      heads[d] = object;
      labels[d] = 'nmod';
    });
  });
  return out;
}

/** Relations of a noun phrase to its governor. */
const NOMINAL_RELATION = /^(nsubj|obj|iobj|obl|nmod|appos|conj)/;

/**
 * "sold the state-owned bank to Beta", "bought the Grade II-listed hall", "the London-based
 * firm": a noun or name joined by a hyphen to a participle or adjective before a noun is one
 * describing word, the treebank's "London - based" (the name an unmarked oblique of the
 * participle, the participle the noun's amod). The parser often reads the name as the noun phrase's head, or
 * the participle as a clause with the noun its object ("state" the subject of "owned"), which
 * gives the rules the wrong receiver. The noun takes the place of the phrase in its clause, with
 * the relation the phrase had there.
 */
function hyphenatedModifier(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let h = 1; h + 2 < words.length; h++) {
    const { heads, labels, tags } = out;
    const describer = h + 1;
    if (words[h] !== '-' || !/^(NOUN|PROPN|NUM)$/.test(tags[h - 1]!) || !/^(VERB|ADJ)$/.test(tags[describer]!)) continue;
    // The noun described: the last of the nouns (and describing words) right after.
    let noun = -1;
    for (let k = describer + 1; k < words.length && /^(NOUN|PROPN|ADJ)$/.test(tags[k]!); k++) if (tags[k] !== 'ADJ') noun = k;
    if (noun < 0) continue;
    // The name or noun before the hyphen, with the rest of its name ("Grade II").
    let start = h - 1;
    while (start > 0 && /^(PROPN|NUM)$/.test(tags[start - 1]!) && tags[h - 1] !== 'NOUN') start--;
    const inSpan = (d: number) => d >= start && d <= describer;
    const name = Array.from({ length: h - start }, (_v, k) => start + k).find((k) => !inSpan(heads[k]!) || heads[k] === describer) ?? h - 1;
    if (heads[name] === describer && heads[describer] === noun && /^amod/.test(labels[describer]!)) continue;
    // Where the phrase stood: the word of it hung outside (a nominal relation first), or the
    // word that holds the noun.
    const outside = Array.from({ length: describer - start + 1 }, (_v, k) => start + k).filter((k) => !inSpan(heads[k]!) && heads[k] !== noun);
    const held = outside.find((k) => NOMINAL_RELATION.test(labels[k]!)) ?? outside.find((k) => dominates(heads, k, noun));
    // A phrase read as the sentence's head ("The London-based firm said …", "based" the root,
    // "said" hung on it): the verb hung on it after the noun heads the sentence, the noun its subject.
    const rooted = held !== undefined && heads[held]! < 0;
    const verb = rooted ? dependentsOf(out, held).find((d) => d > noun && tags[d] === 'VERB' && (HANGING.test(labels[d]!) || labels[d] === 'ccomp')) : undefined;
    if (rooted && verb === undefined) continue;
    const candidate = edited(out, (newHeads, newLabels) => {
      if (verb !== undefined) {
        newHeads[verb] = -1;
        newLabels[verb] = 'root';
        newHeads[noun] = verb;
        newLabels[noun] = subjectLabel(syntax, verb);
      } else if (held !== undefined && (dominates(heads, held, noun) || NOMINAL_RELATION.test(labels[held]!))) {
        newHeads[noun] = heads[held]!;
        newLabels[noun] = NOMINAL_RELATION.test(labels[held]!) ? labels[held]! : inSpan(heads[noun]!) && NOMINAL_RELATION.test(labels[noun]!) ? labels[noun]! : labels[held]!;
      }
      // What the phrase's words held beyond it: words before it (its article) go to the noun;
      // words after the noun to the clause the noun now stands in.
      for (let k = 0; k < words.length; k++) {
        if (inSpan(k) || k === noun || k === verb || !inSpan(heads[k]!)) continue;
        newHeads[k] = k < start ? noun : k > noun ? verb ?? newHeads[noun]! : noun;
      }
      newHeads[describer] = noun;
      newLabels[describer] = 'amod';
      newHeads[h] = name;
      newLabels[h] = 'punct';
      newHeads[name] = describer;
      newLabels[name] = 'obl:unmarked';
    });
    // (A phrase the parser wove through the noun's own dependents would make a cycle: left as it is.)
    if (isTree(candidate.heads)) out = candidate;
  }
  return out;
}

/**
 * "in-store sales", "on-site staff", "off-road vehicles": a preposition joined by a hyphen to a
 * noun before another noun describes that noun, as the treebank has "in - service date" ("in" the
 * case of "service", "service" a compound of "date"). The parser may read the preposition as the
 * clause's and its noun as the verb's oblique, the described noun left hanging ("overtook
 * in-store sales", "sales" a second object; "fell behind in-store sales", "behind" the verb's
 * adverb). The described noun takes the phrase's place in its clause, and a preposition the
 * parser left on the verb right before the phrase is its case ("behind in-store sales").
 */
function prepositionCompound(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let h = 1; h + 2 < words.length; h++) {
    const { heads, labels, tags } = out;
    const first = h + 1;
    if (words[h] !== '-' || tags[h - 1] !== 'ADP' || tags[first] !== 'NOUN' || !/^(NOUN|PROPN)$/.test(tags[first + 1]!)) continue;
    let noun = first + 1;
    while (/^(NOUN|PROPN)$/.test(tags[noun + 1] ?? '')) noun++;
    if (heads[h - 1] === first && heads[first] === noun) continue;
    const inSpan = (d: number) => d >= h - 1 && d <= noun;
    // Where the phrase stood: the described noun's own place if it has a nominal one outside,
    // else the hyphened noun's.
    const place = [noun, first].find((k) => !inSpan(heads[k]!) && NOMINAL_RELATION.test(labels[k]!));
    if (place === undefined) continue;
    const host = heads[place]!;
    const before = h - 2;
    const marker = before >= 0 && tags[before] === 'ADP' && heads[before] === host && !dependentsOf(out, before).length ? before : -1;
    const candidate = edited(out, (newHeads, newLabels) => {
      for (let k = 0; k < words.length; k++) if (!inSpan(k) && k !== marker && inSpan(heads[k]!) && heads[k] !== noun) newHeads[k] = noun;
      newHeads[noun] = host;
      newLabels[noun] = place === noun ? labels[noun]! : labels[first]!;
      newHeads[first] = noun;
      newLabels[first] = 'compound';
      newHeads[h - 1] = first;
      newLabels[h - 1] = 'case';
      newHeads[h] = h - 1;
      newLabels[h] = 'punct';
      if (marker >= 0) {
        newHeads[marker] = noun;
        newLabels[marker] = 'case';
        if (!/^(obl|nmod)/.test(newLabels[noun]!)) newLabels[noun] = 'obl';
      }
    });
    if (isTree(candidate.heads)) out = candidate;
  }
  return out;
}

/** A WordNet noun test of a word form, or of its singular in -s (the repairs read forms, not lemmas). */
function asNoun(form: string, test: (lemma: string) => boolean): boolean {
  return test(form) || test(form.replace(/s$/, ''));
}

/** Whether every word reaches the root by its heads (no cycle). */
function isTree(heads: Int32Array): boolean {
  for (let d = 0; d < heads.length; d++) {
    let x = d;
    for (let steps = 0; x >= 0; steps++) {
      if (steps > heads.length) return false;
      x = heads[x]!;
    }
  }
  return true;
}

/**
 * "Bluegate lent the club £5 million last summer": a sum of money right after a verb's object,
 * hung by the parser on a later noun ("£5 million last summer" read as one phrase), is what
 * the verb gave, and the object the party it went to (a recipient, as in "gave Helmdal the data").
 */
function amountAfterRecipient(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  syntax.labels.forEach((label, o) => {
    const v = syntax.heads[o]!;
    if (label !== 'obj' || v < 0 || v > o || syntax.tags[v] !== 'VERB' || !/^(NOUN|PROPN)$/.test(syntax.tags[o]!)) return;
    // (The sum may be hung inside the recipient's own phrase, as a part of its name: "lend
    // Dunmore £35 million", "£" read as a flat name word of "Dunmore".)
    const phrase = subtreeOf(syntax, o);
    // (Or read as a clause of its own right after it, past an article: "advanced Corvane a €60m loan".)
    const clauseOfItsOwn = (k: number) => syntax.labels[k] === 'parataxis' && (k === o + 1 || (k === o + 2 && /^(a|an)$/i.test(words[o + 1] ?? '')));
    const inside = phrase.find((k) => k > o && syntax.heads[k] === o && (/^(flat|appos|compound)$/.test(syntax.labels[k]!) || clauseOfItsOwn(k)) && syntax.tags[k] === 'SYM' && CURRENCY.test(words[k] ?? ''));
    const sum = inside ?? Math.max(...phrase) + 1;
    if (syntax.tags[sum] !== 'SYM' || !CURRENCY.test(words[sum] ?? '') || syntax.heads[sum] === v || subtreeOf(syntax, sum).includes(o)) return;
    if (dependentsOf(syntax, v, /^(obj|iobj)$/).length > 1) return;
    out = edited(out, (heads, labels) => {
      heads[sum] = v;
      labels[sum] = 'obj';
      labels[o] = 'iobj';
    });
  });
  return out;
}

/**
 * "has given Helmdal the rocket's flight data": the second noun phrase after a verb's indirect
 * object, read as an apposition of it, is the verb's object (what was given to whom), when no
 * comma sets it off and the verb has no object of its own; and of two objects side by side
 * after the verb, the first is the recipient.
 */
function secondObject(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  // Two objects side by side, the first right after the verb.
  syntax.heads.forEach((_h, v) => {
    if (syntax.tags[v] !== 'VERB') return;
    const objects = dependentsOf(syntax, v, /^obj$/);
    // (Not a passive's, nor a phrase with a preposition of its own: "has been signed by more than
    // 3,000 people", read with two objects, is a misparse of another kind.)
    if (objects.length !== 2 || hasDependent(syntax, v, /^aux:pass$/) || hasDependent(syntax, objects[0]!, /^case$/)) return;
    const [first, second] = objects as [number, number];
    // (Not a description and the name after it, "buy the bakery chain Millstead": one object.)
    if (syntax.tags[second] === 'PROPN' && syntax.tags[first] === 'NOUN') return;
    // (Nor a score or an amount, "beat Castlebrook 3-1", nor a phrase with a verb of its own.)
    const secondSpan = subtreeOf(syntax, second);
    if (!/^(NOUN|PROPN)$/.test(syntax.tags[second]!) || secondSpan.some((k) => /^(AUX|VERB)$/.test(syntax.tags[k]!))) return;
    // (Nor two things joined by "and", read as two objects: "offers ApexPro and ApexConnect".)
    if (hasDependent(syntax, second, /^cc$/) || hasDependent(syntax, first, /^conj$/) || /^(and|or)$/.test(words[Math.min(...secondSpan)] ?? '')) return;
    const firstSpan = subtreeOf(syntax, first);
    if (Math.min(...firstSpan) !== v + 1 || Math.min(...secondSpan) !== Math.max(...firstSpan) + 1 || /^[,;:–—-]$/.test(words[Math.max(...firstSpan) + 1] ?? '')) return;
    out = edited(out, (_heads, labels) => { labels[first] = 'iobj'; });
  });
  // "gave The Salt Orchard, Wróblewska's first feature, its Golden Lantern": an object, a noun
  // phrase set off by commas after it, and a noun phrase with no preposition closing the clause.
  // However the parser hung them (a third object, the apposition's apposition), the first is the
  // recipient, the middle one its apposition, the last what was given.
  syntax.heads.forEach((_h, v) => {
    if (syntax.tags[v] !== 'VERB' || hasDependent(syntax, v, /^(iobj|aux:pass)$/)) return;
    const o = dependentsOf(syntax, v, /^obj$/)[0];
    if (o === undefined || o < v) return;
    const nominal = (k: number) => /^(DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(syntax.tags[k]!) || (syntax.tags[k] === 'PRON' && POSSESSIVE_DETERMINERS.has(words[k]!));
    const run = (from: number) => { let k = from; while (k < words.length && nominal(k)) k++; return k; };
    const c1 = run(v + 1), c2 = run(c1 + 1), close = run(c2 + 1);
    if (words[c1] !== ',' || words[c2] !== ',' || c2 === c1 + 1 || close === c2 + 1 || o >= c1 || !/^(DET|PRON)$/.test(syntax.tags[c2 + 1]!)) return;
    if (close < words.length && !(syntax.tags[close] === 'PUNCT' && close === words.length - 1)) return;
    // Each phrase's words hung outside it: the last is its head (a noun phrase ends in its noun),
    // and the others hang on it.
    const hungOutside = (from: number, to: number) => {
      const outside: number[] = [];
      for (let k = from; k < to; k++) if (syntax.heads[k]! < from || syntax.heads[k]! >= to) outside.push(k);
      return outside;
    };
    const middleOut = hungOutside(c1 + 1, c2), lastOut = hungOutside(c2 + 1, close);
    const middle = middleOut[middleOut.length - 1], last = lastOut[lastOut.length - 1];
    if (middle === undefined || last === undefined || (syntax.labels[last] === 'obj' && syntax.heads[last] === v && syntax.labels[o] === 'iobj')) return;
    out = edited(out, (heads, labels) => {
      for (const k of [...middleOut, ...lastOut]) if (k !== middle && k !== last) heads[k] = k < c2 ? middle : last;
      heads[middle] = o;
      labels[middle] = 'appos';
      heads[last] = v;
      labels[last] = 'obj';
      labels[o] = 'iobj';
      heads[c1] = middle;
      heads[c2] = last;
    });
  });
  // A second noun phrase after an indirect object, read as its apposition.
  syntax.labels.forEach((label, d) => {
    const i = syntax.heads[d]!;
    if (label !== 'appos' || i < 0 || syntax.labels[i] !== 'iobj') return;
    const v = syntax.heads[i]!;
    if (v < 0 || hasDependent(syntax, v, /^obj$/)) return;
    const first = Math.min(...subtreeOf(syntax, d));
    if (first !== Math.max(...subtreeOf(syntax, i).filter((k) => k < first)) + 1 || /^[,;:–—-]$/.test(words[first - 1] ?? '')) return;
    out = edited(out, (heads, labels) => {
      heads[d] = v;
      labels[d] = 'obj';
    });
  });
  return out;
}

/**
 * "The trust is also suing Farrow": a form of "be" before an -ing verb read as a passive
 * auxiliary, which makes the verb's subject its object. A verb in -ing is never the passive
 * participle (in "is being sued" the -ing word is the auxiliary), so its "be" is a plain
 * auxiliary and its subject a plain subject.
 */
function activeReadAsPassive(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  // (Nor is a verb with no auxiliary at all in a sentence that ends as one, not a headline: "Álvaro
  // Ibáñez of Spain lost out to …" has no "was" to make it a passive.)
  const sentence = /^[.!?"”’')]$/.test(words[words.length - 1] ?? '');
  const bare = (v: number) => sentence && /^(root|conj|advcl|ccomp|parataxis)$/.test(labels[v]!) && !heads.some((h, d) => h === v && /^aux/.test(labels[d]!));
  // (Nor is a participle whose only auxiliaries are "have" and modals, no "be": "The board has
  // given Helmdal the data" is the perfect, active.)
  const perfect = (v: number) => {
    const auxiliaries = dependentsOf(syntax, v, /^aux/);
    return auxiliaries.length > 0 && auxiliaries.every((a) => PERFECT_FORMS.has(words[a]!) || MODAL_FORMS.has(words[a]!));
  };
  const active = (h: number, d: number) => h >= 0 && /:pass$/.test(labels[d]!) && tags[h] === 'VERB' && (words[h]!.endsWith('ing') || (/^nsubj/.test(labels[d]!) && (bare(h) || perfect(h))));
  if (!heads.some(active)) return syntax;
  return edited(syntax, (_h, newLabels) => {
    heads.forEach((h, d) => { if (active(h, d)) newLabels[d] = labels[d]!.replace(/:pass$/, ''); });
  });
}

/**
 * "Only a small part of the money has been recovered, said the company": a speaker after its
 * verb, closing the sentence, read as that verb's object, and the reported clause's subject as
 * the verb's. A verb after a comma whose clause complement stands before it, with the
 * complement's subject hung on the verb instead, takes the noun after it as its subject.
 */
function invertedSpeaker(syntax: SentenceSyntax, words?: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let v = 2; v < heads.length; v++) {
    if (tags[v] !== 'VERB' || tags[v - 1] !== 'PUNCT') continue;
    const kids = dependentsOf(syntax, v);
    const speaker = kids.find((c) => c > v && labels[c] === 'obj' && (tags[c] === 'NOUN' || tags[c] === 'PROPN'));
    if (speaker === undefined) continue;
    // (For a verb of saying, a clause before it with no word to open it is its complement, whatever
    // the parse called it: "Older residents would be hardest hit by the closures, said the leader".)
    const unopened = (c: number) => labels[c] === 'advcl' && !!words && reportingPast(words[v]!) && !hasDependent(syntax, c, /^mark$/);
    let clause = kids.find((c) => c < v && (labels[c] === 'ccomp' || unopened(c)) && tags[c] === 'VERB');
    const subject = kids.find((c) => c < (clause ?? v) && /^nsubj/.test(labels[c]!));
    if (subject === undefined) continue;
    // (Or, for a verb of saying, the complement's verb hung on its own subject as a describing
    // clause: "Small businesses and elderly people depend on branches, said Tadeusz Kamiński",
    // "depend" read as a clause describing "people". A verb in neither -ing nor -ed form, with no subject of its own, does
    // not describe a noun without a relative word.)
    const onSubject = clause === undefined;
    if (onSubject && words && reportingPast(words[v]!)) clause = subtreeOf(syntax, subject).find((k) => k < v && tags[k] === 'VERB' && labels[k] === 'acl' && !/(ing|ed)$/.test(words![k]!.toLowerCase()) &&
      !hasDependent(syntax, k, /^(nsubj|csubj|expl|mark)/));
    if (clause === undefined || hasDependent(syntax, clause, /^(nsubj|csubj|expl)/)) continue;
    const complement = clause;
    return edited(syntax, (newHeads, newLabels) => {
      if (onSubject || labels[complement] === 'advcl') { newHeads[complement] = v; newLabels[complement] = 'ccomp'; }
      newHeads[subject] = complement;
      newLabels[subject] = subjectLabel(syntax, complement);
      newLabels[speaker] = 'nsubj';
    });
  }
  return syntax;
}

/** A reporting verb's -ing form: "saying", "adding", "warning". */
function reportingIng(word: string): boolean {
  const w = word.toLowerCase();
  return /ing$/.test(w) && [w.slice(0, -3), `${w.slice(0, -3)}e`].some((b) => REPORTING_VERBS.has(b));
}

/** A past or -s form of a reporting verb ("said", "warned", "adds"): the repairs read word forms, not lemmas. */
export function reportingPast(word: string): boolean {
  const w = word.toLowerCase();
  const irregular: Record<string, string> = { said: 'say', told: 'tell', wrote: 'write', found: 'find', says: 'say' };
  const bases = [irregular[w] ?? w, w.replace(/s$/, ''), w.replace(/ed$/, ''), w.replace(/d$/, ''), w.replace(/ied$/, 'y')];
  return /(ed|s|said|told|wrote|found)$/.test(w) && bases.some((b) => REPORTING_VERBS.has(b));
}

/**
 * "London and the South East are on alert, the agency said, and said most hospitals have put off
 * operations": a second reporting verb joined by ", and" to a speaker's "…, the agency said" is
 * that verb's conjunct, with its speaker. The parser, reading the second as the sentence's head,
 * takes the sentence's first words as its subject and the first clause as the subject of the
 * first "said": the first clause heads the sentence again, with its own subject, the speaker's
 * verb its parenthetical and the second verb that verb's conjunct.
 */
function secondReportingVerb(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, tags } = syntax;
  const second = heads.indexOf(-1);
  if (second < 3 || tags[second] !== 'VERB' || !reportingPast(words[second]!) || words[second - 1] !== 'and' || words[second - 2] !== ',') return syntax;
  const subject = dependentsOf(syntax, second, /^nsubj$/)[0];
  if (subject === undefined || subject !== 0) return syntax;
  const first = dependentsOf(syntax, second, /^ccomp$/).find((c) => c < second && tags[c] === 'VERB' && reportingPast(words[c]!));
  if (first === undefined) return syntax;
  const [clause, speaker] = dependentsOf(syntax, first, /^nsubj/);
  if (clause === undefined || speaker === undefined || !(clause < speaker) || !/^(NOUN|PROPN|ADJ|VERB)$/.test(tags[clause]!)) return syntax;
  const comma = Math.min(...subtreeOf(syntax, speaker)) - 1;
  if (words[comma] !== ',' || Math.max(...subtreeOf(syntax, clause)) > comma) return syntax;
  return editedTree(syntax, (newHeads, newLabels) => {
    newHeads[clause] = -1;
    newLabels[clause] = 'root';
    newHeads[subject] = clause;
    newLabels[subject] = 'nsubj';
    newHeads[first] = clause;
    newLabels[first] = 'parataxis';
    newHeads[second] = first;
    newLabels[second] = 'conj';
    for (const d of dependentsOf(syntax, second)) if (d < first && d !== subject) newHeads[d] = clause;
    if (heads[comma] === clause) newHeads[comma] = first;
  });
}

/**
 * "Anyone refusing to leave will be fined, warned Javier Osuna, the regional governor": a
 * reporting verb after a comma with its speaker after it, read as a second verb of the clause
 * before (a conjunct with no "and", the speaker its object). A conjunct shares its head's
 * auxiliaries, so the saying took the clause's "will". It is a parenthetical with the speaker
 * its subject, as "…, the governor warned" is read.
 */
function speakerReadAsConjunct(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let v = 2; v < heads.length; v++) {
    if (tags[v] !== 'VERB' || words[v - 1] !== ',' || labels[v] !== 'conj' || heads[v]! > v || !reportingPast(words[v]!)) continue;
    const kids = dependentsOf(syntax, v);
    if (kids.some((c) => /^(cc|nsubj|aux|mark)/.test(labels[c]!))) continue;
    const speaker = kids.find((c) => c > v && labels[c] === 'obj' && /^(NOUN|PROPN)$/.test(tags[c]!));
    // (Nothing after the speaker's phrase but the full stop.)
    if (speaker === undefined || tags.slice(v + 1).some((t, k) => t !== 'PUNCT' && !dominates(heads, speaker, v + 1 + k))) continue;
    return edited(syntax, (newHeads, newLabels) => {
      newLabels[v] = 'parataxis';
      newLabels[speaker] = 'nsubj';
    });
  }
  return syntax;
}

/**
 * "Prices rose, Tranter said.", "There were no injuries, the safety report states.": a speaker
 * and its verb closing the sentence after a comma, read as the main verb's object and its open
 * complement, or as a noun with the verb describing it. A verb with nothing after it but its own
 * modifiers, right after a noun phrase that a comma sets off from a clause before, and with no
 * subject of its own, has that phrase as its subject, and is a parenthetical (parataxis) of the
 * sentence's head, as the parser reads "…, the company said".
 */
function trailingSpeaker(syntax: SentenceSyntax, words?: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  for (let v = 3; v < heads.length; v++) {
    if (tags[v] !== 'VERB' || v === root || hasDependent(syntax, v, /^(csubj|expl)/)) continue;
    // (A subject before the clause's comma is the main verb's object the parser moved: "have sold
    // striker Ilya Marek to Dunhaven, the club announced", with "the club" its apposition.)
    const subjects = dependentsOf(syntax, v, /^nsubj/);
    if (subjects.length > 1) continue;
    const taken = subjects[0];
    // (Or the one told, which the parser may have made the noun the verb describes: "…, the
    // Consumer Council advised travellers.")
    const told = heads[v]! > v && labels[v] === 'amod' && /^(NOUN|PROPN|PRON)$/.test(tags[heads[v]!]!) ? heads[v]! : -1;
    // Nothing after the verb but its own modifiers, the one told and the full stop.
    if (tags.slice(v + 1).some((t, k) => t !== 'PUNCT' && !dominates(heads, v, v + 1 + k) && !(told >= 0 && dominates(heads, told, v + 1 + k)))) continue;
    // (A hyphen inside a name is part of it: "Judge Harriet Okonkwo-Lisle told him".)
    const inName = (k: number) => words ? words[k] === '-' && tags[k - 1] === 'PROPN' && tags[k + 1] === 'PROPN' : false;
    // (So is a describing compound a hyphen joins: "the Oslo-based carrier", "a state-owned bank".)
    const describing = (k: number) => (tags[k] === 'VERB' && labels[k] === 'amod' && heads[k]! > k) ||
      (!!words && words[k] === '-' && /^(PROPN|NOUN|ADJ|NUM)$/.test(tags[k - 1] ?? '') && tags[k + 1] === 'VERB' && labels[k + 1] === 'amod');
    const phraseStart = (end: number) => {
      let k = end;
      while (k > 0 && (/^(PROPN|NOUN|DET|ADJ|PART)$/.test(tags[k - 1]!) || inName(k - 1) || describing(k - 1))) k--;
      return k;
    };
    // ", Ana Ruiz, the chief executive, told staff": the speaker with a description in apposition,
    // set off by commas of its own; the description hangs on the name.
    let described = -1;
    let inner: number[] = [];
    let end = v - 1;
    if (words?.[end] === ',' && /^(NOUN|PROPN)$/.test(tags[end - 1] ?? '')) {
      const start = phraseStart(end - 1);
      if (words[start - 1] === ',' && /^(NOUN|PROPN)$/.test(tags[start - 2] ?? '')) {
        described = end - 1;
        while (/^(flat|compound)$/.test(labels[described]!) && heads[described]! >= start && heads[described]! < end) described = heads[described]!;
        inner = [start - 1, end];
        end = start - 2;
      }
    }
    let speaker = end;
    if (tags[speaker] !== 'NOUN' && tags[speaker] !== 'PROPN') continue;
    let comma = phraseStart(speaker);
    comma--;
    // (A speaker described by a phrase after it, "…, a person briefed on the case said": the
    // noun the phrase hangs on, right after the comma.)
    if (tags[comma] !== 'PUNCT' && described < 0) {
      let a = speaker;
      while (heads[a]! > 0 && heads[a]! < v && /^(obl|nmod|acl)/.test(labels[a]!)) a = heads[a]!;
      const start = Math.min(...subtreeOf(syntax, a).filter((k) => tags[k] !== 'PUNCT'));
      if (a !== speaker && /^(NOUN|PROPN)$/.test(tags[a]!) && words?.[start - 1] === ',') {
        speaker = a;
        comma = start - 1;
      }
    }
    // (Not after a dash, which opens an apposition: "blamed Helmsby Civils – the contractor hired to …".)
    if (comma < 1 || tags[comma] !== 'PUNCT' || (words && APPOSITION_MARKS.has(words[comma]!) && words[comma] !== ',') || root < 0 || root > comma) continue;
    // The head of the name it ends.
    while (/^(flat|compound)$/.test(labels[speaker]!) && heads[speaker]! > comma && heads[speaker]! <= end) speaker = heads[speaker]!;
    // (Only a misreading: a verb hung on its own would-be subject, or that subject hung beside
    // the verb on the main verb, as its object or someone addressed, or on a word of the clause
    // before the comma, as its apposition.)
    const hungBefore = heads[speaker]! >= 0 && heads[speaker]! < comma && /^(appos|obj|iobj|conj|nmod|obl)/.test(labels[speaker]!);
    if (!(heads[v] === speaker || (heads[speaker] === heads[v] && !/^nsubj/.test(labels[speaker]!)) || hungBefore || told >= 0)) continue;
    if (taken !== undefined && !(taken < comma && heads[speaker] === taken && tags[root] === 'VERB' && !hasDependent(syntax, root, /^obj$/))) continue;
    return edited(syntax, (newHeads, newLabels) => {
      newHeads[speaker] = v;
      newLabels[speaker] = 'nsubj';
      newHeads[v] = root;
      newLabels[v] = 'parataxis';
      newHeads[comma] = v;
      if (told >= 0) {
        newHeads[told] = v;
        newLabels[told] = 'obj';
      }
      // The subject taken back as the main verb's object, with what the parser hung beside it.
      if (taken !== undefined) {
        newHeads[taken] = root;
        newLabels[taken] = 'obj';
        dependentsOf(syntax, v).forEach((d) => { if (d < comma && d !== taken) newHeads[d] = root; });
      }
      if (described >= 0) {
        newHeads[described] = speaker;
        newLabels[described] = 'appos';
        for (const c of inner) { newHeads[c] = described; newLabels[c] = 'punct'; }
      }
    });
  }
  return syntax;
}

const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PUNCT', 'ADP', 'CCONJ']);

/**
 * A sentence opened by a participle the parser made its head, with no subject: the participle
 * (after any auxiliaries, "Having mentored Threlfall early on, Ibarra …") and the comma that
 * closes its phrase; null otherwise.
 */
function openingParticiple(syntax: SentenceSyntax): { root: number; comma: number } | null {
  const { heads, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || tags[root] !== 'VERB' || tags.slice(0, root).some((t) => t !== 'AUX') || hasDependent(syntax, root, /^(nsubj|csubj|expl)/)) return null;
  const comma = tags.indexOf('PUNCT');
  return comma < 2 ? null : { root, comma };
}

/**
 * "Sentencing him on Thursday, Judge Helen Marsh said …", "Meeting in Geneva on Monday, the
 * ministers held …": an opening participle read as the sentence's head, with the main clause's
 * subject swallowed into the participle's phrase (as a conjunct or apposition of its last noun)
 * and the main verb left with no subject. The noun phrase between the comma and that verb is
 * the verb's subject, the verb the head, and the participle its adverbial.
 */
function participleSubject(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const opening = openingParticiple(syntax);
  if (!opening) return syntax;
  const { root, comma } = opening;
  // (Or a copula's predicate: "Having overtaken Fenmore in sales, the discounter Pennywise is
  // now the third-largest grocer".)
  const copula = (v: number) => dependentsOf(syntax, v, /^cop$/)[0] ?? -1;
  const verb = heads.findIndex((_, v) => v > comma + 1 && (tags[v] === 'VERB' || copula(v) > comma + 1) && dominates(heads, root, v) && /^(advcl|conj|parataxis|ccomp|dep)$/.test(labels[v]!) &&
    !hasDependent(syntax, v, /^(nsubj|csubj|expl|mark|cc)(:|$)/));
  if (verb < 0) return syntax;
  let end = (tags[verb] === 'VERB' ? verb : copula(verb)) - 1;
  while (end > comma && (tags[end] === 'AUX' || tags[end] === 'ADV')) end--;
  // (The comma closing an apposition: "Ibarra, deputy director of the museum, will start".)
  if (tags[end] === 'PUNCT' && end > comma + 1) end--;
  const span: number[] = [];
  for (let k = comma + 1; k <= end; k++) span.push(k);
  if (!span.length || span.some((k) => !NOUN_PHRASE_TAGS.has(tags[k]!)) || tags[end] === 'PUNCT' || tags[end] === 'ADP') return syntax;
  const inside = (k: number) => k > comma && k <= end;
  const loose = span.filter((k) => !inside(heads[k]!));
  const subject = loose.find((k) => tags[k] === 'NOUN' || tags[k] === 'PROPN');
  if (subject === undefined) return syntax;
  return reroot(syntax, verb, subject, (newHeads, newLabels) => {
    newHeads[root] = verb;
    newLabels[root] = 'advcl';
    for (const k of loose) if (k !== subject) { newHeads[k] = subject; if (/^(conj|flat|appos)$/.test(labels[k]!) && tags[k] === 'PROPN') newLabels[k] = 'flat'; }
    dependentsOf(syntax, root).forEach((d) => { if (d > verb && labels[d] === 'punct') newHeads[d] = verb; });
  });
}

/**
 * "Having overtaken Pennywise in sales in the 12 weeks to March 2, Fenmore is now the third-largest
 * grocer": an opening participle read as the sentence's head, and the main clause after the
 * comma, a copula's with its own subject, hung inside the participle's phrase (as a conjunct of
 * its last noun). The clause heads the sentence, and the participle is its adverbial, its
 * subject the clause's.
 */
function participleBeforeClause(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels } = syntax;
  const opening = openingParticiple(syntax);
  if (!opening) return syntax;
  const { root, comma } = opening;
  const clause = heads.findIndex((_, p) => p > comma + 1 && dominates(heads, root, p) && /^(conj|appos|dep|parataxis)$/.test(labels[p]!) &&
    hasDependent(syntax, p, /^cop$/) && dependentsOf(syntax, p).some((d) => d > comma && d < p && /^nsubj/.test(labels[d]!)));
  if (clause < 0) return syntax;
  return edited(syntax, (newHeads, newLabels) => {
    newHeads[clause] = -1;
    newLabels[clause] = 'root';
    newHeads[root] = clause;
    newLabels[root] = 'advcl';
    // The comma closing the participle's phrase, and whatever follows the clause, are the clause's.
    newHeads[comma] = clause;
    dependentsOf(syntax, root).forEach((d) => { if (d > clause) newHeads[d] = clause; });
  });
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom']);

/**
 * "a pay offer that the union put to the airline": a relative clause's "that" read as a
 * clause marker, leaving the verb with a subject and no object. It is the relative pronoun, and
 * the verb's object (the noun the clause describes); a clause with no subject has it as its
 * subject ("an offer that angered members").
 */
function relativeThat(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let p = 1; p < words.length; p++) {
    if (words[p] !== 'that' || !(labels[p] === 'mark' || (labels[p] === 'obl' && !hasDependent(syntax, p, /^case$/)))) continue;
    const verb = heads[p]!;
    if (verb <= p || tags[verb] !== 'VERB' || !/^(acl:relcl|advcl:relcl)$/.test(labels[verb]!) || !/^(NOUN|PROPN)$/.test(tags[heads[verb]!] ?? '')) continue;
    const own = dependentsOf(syntax, verb);
    // (Not a clause whose gap is further in, "an offer that he said was fair"; a clause with a
    // subject and "that" of its own hung here is another one: "… put to the airline – an offer
    // that members threw out".)
    const gapIn = (d: number) => /^(ccomp|xcomp|csubj)/.test(labels[d]!) && !(d > p && hasDependent(syntax, d, /^nsubj/) && dependentsOf(syntax, d, /^mark$/).some((m) => words[m] === 'that'));
    // (Nor a verb with a verb right after it, whose clause the parser lost: "fees that the
    // association says were never charged".)
    if (own.some((d) => /^(obj|nsubj:pass|aux:pass)/.test(labels[d]!) || gapIn(d)) || /^(AUX|VERB)$/.test(tags[verb + 1] ?? '')) continue;
    const subject = own.some((d) => /^nsubj/.test(labels[d]!));
    return edited(syntax, (newHeads, newLabels) => {
      newLabels[p] = subject ? 'obj' : 'nsubj';
      newLabels[verb] = 'acl:relcl';
    });
  }
  return syntax;
}

/** Whether `word` is inside the noun phrase headed by `head`: joined to it by names, conjuncts and phrases of nouns only. */
function inPhraseOf(heads: Int32Array, labels: readonly string[], word: number, head: number): boolean {
  for (let x = word, steps = 0; x >= 0 && steps < heads.length; x = heads[x]!, steps++) {
    if (x === head) return true;
    if (!/^(conj|flat|compound|appos|nmod)/.test(labels[x]!)) return false;
  }
  return false;
}

/**
 * "Professor Kofi Mensah, who took over the project from Brandt, later moved ...": a clause
 * opened by "who" that the parser joined to something else (a second clause, an aside)
 * describes the person named right before it. ("which" may describe a noun further back: "a
 * show at the Holbrook Gallery, which sold out"; "that" opens reported clauses too.)
 */
function relativeClauses(syntax: SentenceSyntax, words: readonly string[], subjectWhich = false): SentenceSyntax {
  const { tags } = syntax;
  let heads: Int32Array | undefined;
  let labels: string[] | undefined;
  for (let p = 1; p < words.length; p++) {
    // (Or after its preposition: "Dr Anneliese Brückner, under whom Malcolm Ferrier studied".)
    const preposition = tags[p - 1] === 'ADP' && syntax.heads[p - 1] === p && syntax.labels[p - 1] === 'case';
    // (A "which" as the subject too, where the parser made its verb no relative clause at all:
    // "a complaint from Dovetail Transport, a smaller haulier, which accused Kerrington", read
    // as a clause of the sentence's verb; asked once the asides before it are in place.)
    const h = heads ?? syntax.heads;
    const l = labels ?? syntax.labels;
    const verb = h[p]!;
    const which = subjectWhich && words[p] === 'which' && tags[p - 1] === 'PUNCT' && l[verb] !== 'acl:relcl';
    if (!(RELATIVE_PRONOUNS.has(words[p]!) || (preposition && words[p] === 'which') || which) || tags[p] !== 'PRON') continue;
    if (verb <= p || tags[verb] !== 'VERB' || !(preposition ? /^obl/ : /^(nsubj|obj)/).test(l[p]!)) continue;
    const start = preposition ? p - 1 : p;
    let noun = tags[start - 1] === 'PUNCT' ? start - 2 : start - 1;
    if (noun < 0 || (tags[noun] !== 'NOUN' && tags[noun] !== 'PROPN')) continue;
    // The head of the name or noun phrase it ends ("Professor Kofi Mensah", "the captain, Kieran
    // Lusk", "analysts at Harrington Lowe").
    // (Out of a participle's phrase describing that noun too: "a smaller haulier based in Port
    // Essen, which accused" describes the haulier.)
    const described = (n: number) => /^(obl|obj)$/.test(l[n]!) && h[n]! >= 0 && l[h[n]!] === 'acl' && h[h[n]!]! >= 0 && h[h[n]!]! < n;
    while (h[noun]! >= 0 && h[noun]! < p && (/^(flat|compound|nmod:desc|appos|nmod)$/.test(l[noun]!) || described(noun))) noun = described(noun) ? h[h[noun]!]! : h[noun]!;
    if (dominates(h, verb, noun)) continue;
    // A "who" clause describes the person right before it, however far back the parser hung
    // it ("…'s third in 18 months, according to analysts at Harrington Lowe, who said").
    // (Not one hung on the phrase holding it: "Rhys and Owen Pryce, who set up".)
    if (l[verb] === 'acl:relcl' && (h[verb]! >= noun || dominates(h, noun, h[verb]!) || inPhraseOf(h, l, noun, h[verb]!))) continue;
    heads ??= Int32Array.from(syntax.heads);
    labels ??= syntax.labels.slice();
    heads[verb] = noun;
    labels[verb] = 'acl:relcl';
  }
  return heads && labels ? { heads, labels, tags } : syntax;
}

/**
 * "Members of the Transit Workers' Union, which represents 850 drivers, …", "the office of
 * Mayor Jo Reed, who said …": a relative clause the parser hung on a noun whose "of" phrase ends
 * right before it describes the noun the pronoun can stand for: "which" a thing or a body, not
 * people ("members"); "who" a person, not a thing ("the office").
 */
function relativeOfOwner(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  const person = (k: number) => syntax.tags[k] === 'NOUN' && asNoun(words[k]!, isPersonNoun);
  for (let p = 2; p < words.length; p++) {
    if (!/^(which|who)$/.test(words[p]!) || syntax.tags[p] !== 'PRON' || words[p - 1] !== ',') continue;
    const verb = syntax.heads[p]!;
    const noun = verb > p && out.labels[verb] === 'acl:relcl' ? out.heads[verb]! : -1;
    if (noun < 0 || noun >= p) continue;
    // The "of" phrase of that noun that ends right before the comma.
    const owner = dependentsOf(out, noun, /^nmod/).find((d) => d < p && Math.max(...subtreeOf(out, d)) === p - 2 && dependentsOf(out, d, /^case$/).some((c) => words[c] === 'of'));
    if (owner === undefined) continue;
    const fits = words[p] === 'which' ? person(noun) && !person(owner) && syntax.tags[owner] !== 'PRON'
      : !person(noun) && syntax.tags[noun] !== 'PROPN' && (person(owner) || syntax.tags[owner] === 'PROPN');
    if (!fits) continue;
    out = edited(out, (heads) => { heads[verb] = owner; });
  }
  return out;
}

/**
 * "Prof Tomasz Wilk, an independent neurologist who had no role in the study, described the
 * benefit as …": with no verb to head the sentence, the main verb after the relative clause's
 * closing comma read as a second verb of that clause. A sentence headed by a noun whose
 * relative clause has a verb joined after a comma, with no subject or conjunction of its own,
 * is that verb's sentence: the noun is its subject, and what came after it in the clause is its.
 */
function verbAfterRelative(syntax: SentenceSyntax, words?: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || !/^(NOUN|PROPN)$/.test(tags[root]!)) return syntax;
  for (let v = root + 1; v < heads.length; v++) {
    if (labels[v] !== 'acl:relcl' || tags[v] !== 'VERB' || !dominates(heads, root, v)) continue;
    // (Or read as the clause's adverbial, when it is no participle: "Severnside, which serves 2.3
    // million customers, received more complaints".)
    const direct = verbAfterClosingComma(syntax, v, words ? /^(conj|advcl)$/ : /^conj$/);
    if (direct !== undefined && labels[direct] === 'advcl' && words![direct]!.endsWith('ing')) continue;
    // (Or hung on a verb deeper in the clause, one the parser read a noun as: "Lawyers for Marsh,
    // who presented the breakfast show for six years, wrote to Larkspur", "show" a verb and
    // "wrote" beside it. A finite verb only: "…, alleging that" may be the clause's.)
    const deeper = (): number | undefined => {
      for (const d of subtreeOf(syntax, v)) {
        if (d <= v || tags[d] !== 'VERB') continue;
        const c = verbAfterClosingComma(syntax, d, /^(conj|parataxis)$/);
        if (c !== undefined && !words![c]!.endsWith('ing')) return c;
      }
      return undefined;
    };
    const main = direct ?? (words ? deeper() : undefined);
    if (main === undefined) continue;
    const clauseHead = heads[main]!;
    return reroot(syntax, main, root, (newHeads) => {
      for (const d of dependentsOf(syntax, clauseHead)) if (d > main) newHeads[d] = main;
    });
  }
  return syntax;
}

/**
 * The sentence's own verb, read as a conjunct (or an aside) of the relative clause's verb `v`:
 * after a comma, with no subject, marker or conjunction of its own.
 */
function verbAfterClosingComma(syntax: SentenceSyntax, v: number, relations: RegExp): number | undefined {
  const { labels, tags } = syntax;
  return dependentsOf(syntax, v, relations).find((c) => c > v && tags[c] === 'VERB' && tags[c - 1] !== 'CCONJ' && tags.slice(v + 1, c).includes('PUNCT') &&
    !dependentsOf(syntax, c).some((d) => /^(nsubj|csubj|expl|cc|mark)(:|$)/.test(labels[d]!) || (labels[d] === 'punct' && tags[d - 1] === 'CCONJ')));
}

/**
 * "Graham Tolley, who chairs the patients' group Northmoor Voices, said …": with a name heading
 * the sentence, the main verb after the relative clause's closing comma took the clause's last
 * noun as its subject. A relative clause set off by commas ends at its closing comma: the noun
 * inside it stays there (in apposition to the noun before it), and the verb after the comma is
 * the sentence's, with the name it describes as its subject.
 */
function subjectFromRelative(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || !/^(NOUN|PROPN)$/.test(tags[root]!)) return syntax;
  for (const r of dependentsOf(syntax, root, /^acl:relcl$/)) {
    const opens = subtreeOf(syntax, r).find((k) => tags[k] !== 'PUNCT') ?? r;
    if (r < root || tags[r] !== 'VERB' || tags[opens - 1] !== 'PUNCT') continue;
    const v = heads.findIndex((h, x) => x > r && h === root && tags[x] === 'VERB' && tags[x - 1] === 'PUNCT');
    if (v < 0 || hasDependent(syntax, v, /^(cc|mark)$/)) continue;
    const subjects = dependentsOf(syntax, v, /^nsubj/);
    const n = subjects[0];
    if (subjects.length !== 1 || n === undefined || n <= r || n >= v - 1 || tags.slice(r, n).includes('PUNCT')) continue;
    let host = n - 1;
    while (host > r && !/^(NOUN|PROPN)$/.test(tags[host]!)) host--;
    if (host <= r || !dominates(heads, r, host)) continue;
    return reroot(syntax, v, root, (newHeads, newLabels) => {
      newHeads[n] = host;
      newLabels[n] = 'appos';
    });
  }
  return syntax;
}

/**
 * "The 48-year-old Croatian, whom Gary Moffatt succeeded in June 2023, guided the club to ninth
 * place": the verb of a relative clause set off by commas read as the sentence's head (the
 * described noun hung on it, as a vocative or a subject), and the sentence's own verb after the
 * closing comma as a conjunct. That verb, with no subject of its own, heads the sentence; the noun
 * is its subject, and the relative clause describes the noun.
 */
function relativeReadAsRoot(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || tags[root] !== 'VERB') return syntax;
  const pronoun = dependentsOf(syntax, root).find((d) => d < root && RELATIVE_PRONOUNS.has(words[d]!) && /^(nsubj|obj)/.test(labels[d]!));
  if (pronoun === undefined || tags[pronoun - 1] !== 'PUNCT') return syntax;
  let noun = pronoun - 2;
  // (Or a word for a kind of person read as an adjective after its article: "The Croatian, whom".)
  if (noun < 0 || !(/^(NOUN|PROPN)$/.test(tags[noun]!) || (tags[noun] === 'ADJ' && tags[noun - 1] === 'DET'))) return syntax;
  while (/^(flat|compound)$/.test(labels[noun]!) && heads[noun]! > noun && heads[noun]! < pronoun) noun = heads[noun]!;
  if (heads[noun] !== root) return syntax;
  const v = verbAfterClosingComma(syntax, root, /^(conj|parataxis)$/);
  if (v === undefined) return syntax;
  return reroot(syntax, v, noun, (newHeads, newLabels) => {
    newHeads[root] = noun;
    newLabels[root] = 'acl:relcl';
    // What came after the clause's closing comma (and the comma) is the sentence's.
    for (const d of dependentsOf(syntax, root)) if (d > v || (d === v - 1 && tags[d] === 'PUNCT')) newHeads[d] = v;
  });
}

/**
 * "Following a public vote that drew more than 9,000 entries, Kestrelmoor Wildlife Park
 * announced …": a relative clause inside a phrase that opens the sentence, read on past its
 * closing comma, took the sentence's subject (as an oblique) and its verb (as an adverbial
 * clause) and left the phrase's noun heading the sentence. A phrase opened by its preposition
 * ends at its comma: the verb after the noun phrase there heads the sentence, that noun phrase
 * is its subject, and the fronted phrase its oblique.
 */
function frontedRelative(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || !/^(NOUN|PROPN)$/.test(tags[root]!) || dependentsOf(syntax, root, /^case$/)[0] !== 0) return syntax;
  for (const r of dependentsOf(syntax, root, /^acl:relcl$/)) {
    if (tags[r] !== 'VERB') continue;
    const comma = heads.findIndex((_h, k) => k > r && tags[k] === 'PUNCT' && dominates(heads, r, k));
    if (comma < 0) continue;
    // The noun phrase after the comma, then its verb, both read inside the relative clause.
    let v = comma + 1;
    while (v < heads.length && /^(DET|ADJ|PROPN|NOUN)$/.test(tags[v]!)) v++;
    if (v === comma + 1 || tags[v] !== 'VERB' || !/^(NOUN|PROPN)$/.test(tags[v - 1]!) || !dominates(heads, r, v)) continue;
    if (hasDependent(syntax, v, /^(nsubj|csubj|expl|mark|cc)/)) continue;
    let n = v - 1;
    while (heads[n]! > comma && heads[n]! < v) n = heads[n]!;
    if (!Array.from({ length: v - comma - 1 }, (_x, k) => comma + 1 + k).every((k) => k === n || dominates(heads, n, k))) continue;
    return reroot(syntax, v, n, (newHeads, newLabels) => {
      newHeads[root] = v;
      newLabels[root] = 'obl';
      for (let k = comma; k < heads.length; k++) {
        if (k === v || k === n) continue;
        if (k === comma || heads[k] === r || heads[k] === root) newHeads[k] = v;
      }
    });
  }
  return syntax;
}

/**
 * "The association has sued Carrow Estates over repairs it says were never carried out": the
 * last verb, inside a clause with a parenthetical speaker ("it says") and no relative pronoun,
 * read as the sentence's head with the first subject as its own, and the main verb hung from it.
 * A verb with an auxiliary and no subject, between the head's subject and the head, is the main
 * verb; the head is what the parenthetical speaker says.
 */
function stolenSubject(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || tags[root] !== 'VERB') return syntax;
  const kids = (h: number) => dependentsOf(syntax, h);
  const subject = kids(root).find((d) => /^nsubj/.test(labels[d]!) && d < root);
  if (subject === undefined) return syntax;
  const main = heads.findIndex((_, x) => x > subject && x < root && tags[x] === 'VERB' && dominates(heads, root, x) &&
    kids(x).some((c) => /^aux/.test(labels[c]!) && c > subject && c < x) && !kids(x).some((c) => /^(nsubj|csubj|expl|mark|cc)(:|$)/.test(labels[c]!)));
  if (main < 0) return syntax;
  const speaker = heads.findIndex((_, y) => y > main && y < root && tags[y] === 'VERB' && dominates(heads, main, y) &&
    kids(y).some((c) => /^nsubj$/.test(labels[c]!) && c < y) && !kids(y).some((c) => /^(obj|ccomp|xcomp)$/.test(labels[c]!)));
  if (speaker < 0) return syntax;
  return reroot(syntax, main, subject, (newHeads, newLabels) => {
    newHeads[root] = speaker;
    newLabels[root] = 'ccomp';
    kids(root).forEach((d) => { if (labels[d] === 'punct' && d > root) newHeads[d] = main; });
  });
}

/**
 * "The jury was told by prosecutor Helena Strand, opening the Crown's case, that …": a name
 * right after its description, read as the subject of a participle set off by a comma after it.
 * A participle opening an aside has no subject of its own before the comma; the name belongs to
 * the description's phrase, and takes its place there, the description its compound.
 */
function nameBeforeAside(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let v = 2; v < words.length; v++) {
    const { heads, labels, tags } = out;
    if (tags[v] !== 'VERB' || !/ing$/.test(words[v]!) || words[v - 1] !== ',' || hasDependent(out, v, /^aux/)) continue;
    const s = dependentsOf(out, v, /^nsubj$/).find((d) => d < v && tags[d] === 'PROPN');
    if (s === undefined) continue;
    let first = s;
    while (tags[first - 1] === 'PROPN' && heads[first - 1] === s) first--;
    const last = Math.max(...subtreeOf(out, s));
    const d = first - 1;
    if (last !== v - 2 || tags[d] !== 'NOUN' || heads[d] === v || heads[d]! < 0) continue;
    out = edited(out, (hs, ls) => {
      hs[s] = heads[d]!; ls[s] = labels[d]!;
      dependentsOf(out, d).forEach((k) => { hs[k] = s; });
      hs[d] = s; ls[d] = 'compound';
    });
  }
  return out;
}

/**
 * "He said a review of the rules would be published", "said the number of passengers had
 * fallen": the subject of a reported clause with no "that", read as the reporting verb's object
 * (or its second subject), the reported verb left with none. A verb with an auxiliary has a
 * subject of its own: the noun phrase that ends right before its first auxiliary. So with a
 * reported verb hung on that noun as a modifier, "of" read as opening it ("said a trial of
 * ticketing would be extended"): "of" opens no clause; it takes the noun after it, and the
 * clause hangs on the reporting verb.
 */
function reportedSubject(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  let out = syntax;
  for (let v = 0; v < syntax.tags.length; v++) {
    const { heads, labels, tags } = out;
    if (tags[v] !== 'VERB') continue;
    const kids = dependentsOf(out, v);
    const auxes = kids.filter((c) => /^aux/.test(labels[c]!) && c < v);
    if (auxes.length === 0) continue;
    const firstAux = Math.min(...auxes);
    const passive = kids.some((c) => labels[c] === 'aux:pass');
    const ends = (o: number) => Math.max(...subtreeOf(out, o)) === firstAux - 1;
    if (labels[v] === 'ccomp' && !kids.some((c) => /^(nsubj|csubj|expl|mark)/.test(labels[c]!))) {
      const h = heads[v]!;
      const o = dependentsOf(out, h).find((d) => d > h && d < firstAux && /^(obj|nsubj)$/.test(labels[d]!) && ends(d));
      // (A reporting verb that tells: "Detectives investigating the theft … have released" is a
      // participle describing its noun, with no auxiliary, and the verb after it the main one.)
      if (h < 0 || tags[h] !== 'VERB' || o === undefined || (/ing$/.test(words[h]!) && !hasDependent(out, h, /^aux/))) continue;
      out = edited(out, (hs, ls) => { hs[o] = v; ls[o] = passive ? 'nsubj:pass' : 'nsubj'; });
    } else if (labels[v] === 'conj' && tags[heads[v]!] === 'VERB' && (reportingPast(words[heads[v]!]!) || reportingIng(words[heads[v]!]!))) {
      // ("saying the cost of feed and energy had gone up": the reported clause read as a second
      // verb of the reporting one, its "and" opening it and the noun after "and" its subject. The
      // noun phrase the reporting verb took ends at the auxiliary: it is the subject, the noun
      // after "and" one more of its nouns.)
      const h = heads[v]!;
      const o = dependentsOf(out, h).find((d) => d > h && d < firstAux && labels[d] === 'obj');
      const subj = kids.find((c) => /^nsubj/.test(labels[c]!) && c < firstAux);
      const and = kids.find((c) => labels[c] === 'cc' && words[c] === 'and' && subj !== undefined && c === Math.min(...subtreeOf(out, subj)) - 1);
      if (o === undefined || subj === undefined || and === undefined || Math.max(...subtreeOf(out, o)) !== and - 1 || Math.max(...subtreeOf(out, subj)) !== firstAux - 1) continue;
      const last = Math.max(...subtreeOf(out, o).filter((k) => /^(NOUN|PROPN)$/.test(tags[k]!)));
      out = edited(out, (hs, ls) => {
        hs[subj] = last; ls[subj] = 'conj';
        hs[and] = subj; ls[and] = 'cc';
        hs[o] = v; ls[o] = passive ? 'nsubj:pass' : 'nsubj';
        ls[v] = 'ccomp';
      });
    } else if (labels[v] === 'acl') {
      const n = heads[v]!;
      const h = heads[n]!;
      const of = kids.find((c) => labels[c] === 'mark' && words[c]?.toLowerCase() === 'of' && c > n);
      const inner = kids.find((c) => /^nsubj/.test(labels[c]!) && of !== undefined && c > of && c < firstAux);
      if (of === undefined || inner === undefined || labels[n] !== 'obj' || h < 0 || tags[h] !== 'VERB' || n > of) continue;
      out = edited(out, (hs, ls) => {
        hs[inner] = n; ls[inner] = 'nmod';
        hs[of] = inner; ls[of] = 'case';
        hs[v] = h; ls[v] = 'ccomp';
        hs[n] = v; ls[n] = passive ? 'nsubj:pass' : 'nsubj';
      });
    }
  }
  return out;
}

/**
 * "A tenants' association in Brindle Heath has sued ...": an owner with its possessive marker
 * ("'s", "'") read as the subject of the noun it owns. A noun has a subject only with a copula,
 * and a subject never takes the possessive marker, so it is the noun's possessor.
 */
/**
 * "Harbour Mills' agreed £40m takeover of Solway Gas was approved": an amount of money before a
 * noun describes the noun (the treebank's "a $ 2 million reward", the currency sign a compound
 * of the noun), but the treebank has few of them and news has many, and the parser makes the
 * currency sign the head of the phrase, or of the sentence, with the noun hung from it. The
 * noun takes the sign's place and everything the sign held beyond its own figures.
 */
function prenominalAmount(syntax: SentenceSyntax): SentenceSyntax {
  let out = syntax;
  for (let i = 0; i + 2 < syntax.tags.length; i++) {
    const { heads, labels, tags } = out;
    if (tags[i] !== 'SYM' || tags[i + 1] !== 'NUM') continue;
    let noun = i + 1;
    while (tags[noun] === 'NUM') noun++;
    const figures = noun;
    while (tags[noun] === 'ADJ') noun++;
    if (tags[noun] !== 'NOUN') continue;
    // (Any word of the amount may have been made the head: "£86m takeover" with "m" the root.)
    const span = Array.from({ length: figures - i }, (_v, k) => i + k);
    const inSpan = (d: number) => d >= i && d < figures;
    const moved = span.flatMap((k) => dependentsOf(out, k)).filter((d) => d !== noun && !inSpan(d));
    const top = span.find((k) => dominates(heads, k, noun));
    if (heads[i] === noun && !moved.length && top === undefined && span.every((k) => k === i || inSpan(heads[k]!) || heads[k] === noun)) continue;
    out = edited(out, (newHeads, newLabels) => {
      if (top !== undefined) {
        newHeads[noun] = heads[top]!;
        newLabels[noun] = labels[top]!;
      }
      for (const d of moved) newHeads[d] = noun;
      newHeads[i] = noun;
      newLabels[i] = 'compound';
      // (The figures hang on the currency sign, as the parser reads "£40m".)
      for (const k of span) if (k !== i && !inSpan(newHeads[k]!)) { newHeads[k] = i; newLabels[k] = 'nummod'; }
    });
  }
  return out;
}

/**
 * "… when Drey, the Rovers defender, appeared to be tripped": a name set off by commas before a
 * verb with no subject, read as someone addressed (the treebank's e-mails: "John, please send
 * …"). News addresses no one outside quotes: the name is the verb's subject.
 */
function vocativeSubject(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const subjects: Array<[number, number]> = [];
  for (let d = 0; d < heads.length; d++) {
    if (labels[d] !== 'vocative') continue;
    // (Or a name hung beside the verb right after it, both on the clause before: "Local councils
    // are opening centres, and Brampton Borough Council said it would …".)
    const beside = d + 1 < heads.length && tags[d + 1] === 'VERB' && heads[d + 1] === heads[d] && /^(conj|parataxis)$/.test(labels[d + 1]!);
    const v = beside ? d + 1 : heads[d]!;
    if (v > d && tags[v] === 'VERB' && !hasDependent(syntax, v, /^(nsubj|csubj|expl)/)) subjects.push([d, v]);
  }
  return subjects.length === 0 ? syntax : edited(syntax, (newHeads, newLabels) => {
    for (const [d, v] of subjects) {
      newHeads[d] = v;
      newLabels[d] = subjectLabel(syntax, v);
    }
  });
}

/**
 * "defeat of the veteran French star Henri Lacombe", "replaced the Hungarian conductor András
 * Kovács": a determiner, describing words (adjectives and nouns) and a name are one noun phrase
 * headed by the name, as describedName builds it. Where the parser split it into two pieces
 * hung apart (the description the object, the name a second subject), the name takes the first
 * piece's place, with the phrase's function words, and the describing words hang on it.
 */
function modifiedDescriptionBeforeName(syntax: SentenceSyntax, words?: readonly string[]): SentenceSyntax {
  let out = syntax;
  const n = syntax.tags.length;
  for (let det = 0; det + 2 < n; det++) {
    const { heads, labels, tags } = out;
    // (Or with no determiner, opening the sentence: "Defending champion Luka Brandt went past …",
    // a participle describing the noun as an adjective does.)
    const describing = (k: number) => tags[k] === 'ADJ' || tags[k] === 'NOUN' || (tags[k] === 'VERB' && labels[k] === 'amod');
    // (Not a time before the name: "Last summer Bluegate borrowed …".)
    const bare = det === 0 && tags[0] !== 'DET' && !!words;
    if (tags[det] !== 'DET' && !bare) continue;
    let name = bare ? 0 : det + 1;
    while (describing(name)) name++;
    // (At least one adjective or noun before the describing noun: "the veteran French star".)
    if (name - det < (bare ? 2 : 3) || tags[name - 1] !== 'NOUN' || tags[name] !== 'PROPN') continue;
    if (bare && asNoun(words![name - 1]!, isTimeNoun)) continue;
    let end = name;
    while (tags[end + 1] === 'PROPN') end++;
    // (Not an owner, "the tournament arbiter Helena Duarte's complaint": the phrase is the owned noun's.)
    if (tags[end + 1] === 'PART') continue;
    const inRun = (k: number) => k >= det && k <= end;
    const loose: number[] = [];
    for (let k = det; k <= end; k++) if (!inRun(heads[k]!)) loose.push(k);
    // (Or in one piece hung as a compound on a noun after its own preposition, "replaced the
    // Hungarian conductor András Kovács as music director" read as "Kovács … director": a
    // compound is never parted from its noun by that noun's preposition. The name takes the
    // noun's place, and the noun is a phrase of the word it hung on.)
    const after = loose.length === 1 && loose[0]! >= name && labels[loose[0]!] === 'compound' ? heads[loose[0]!]! : -1;
    const parted = after > end && heads[after]! >= 0 && dependentsOf(out, after, /^case$/).some((c) => c > end && c < after);
    if (!parted && (loose.length < 2 || !loose.some((k) => k >= name) || !loose.some((k) => k < name))) continue;
    const first = parted ? after : loose[0]!;
    const place = heads[first]!;
    // (A bare phrase read as the sentence's head is the head-finding repairs' to mend.)
    if (bare && place < 0) continue;
    // (The word the phrase hangs on may itself hang inside it, "defeat of the veteran French star
    // Henri Lacombe was the upset" with "defeat" under "star": it takes the name's place.)
    let lifted = -1;
    if (place >= 0 && loose.some((k) => dominates(heads, k, place))) {
      lifted = place;
      while (lifted >= 0 && !inRun(heads[lifted]!)) lifted = heads[lifted]!;
      if (lifted < 0 || parted || !loose.some((k) => k >= name)) continue;
    }
    const namePiece = loose.find((k) => k >= name) ?? name;
    const before = out;
    out = edited(out, (newHeads, newLabels) => {
      newHeads[name] = place;
      newLabels[name] = labels[first]!;
      if (parted) newLabels[after] = tags[place] === 'VERB' ? 'obl' : 'nmod';
      for (let k = det; k <= end; k++) {
        if (k === name) continue;
        newHeads[k] = name;
        newLabels[k] = k > name ? 'flat' : tags[k] === 'DET' ? 'det' : tags[k] === 'ADJ' || tags[k] === 'VERB' ? 'amod' : 'compound';
      }
      // (The phrase's preposition, and anything else hung inside it from before, goes to the name.)
      for (let d = 0; d < det; d++) if (inRun(heads[d]!)) newHeads[d] = name;
      // (And what hung on the pieces from after the phrase keeps its place on the name.)
      for (let d = end + 1; d < n; d++) if (inRun(heads[d]!) && heads[d] !== name) newHeads[d] = name;
      if (lifted >= 0) {
        newHeads[lifted] = heads[namePiece]!;
        newLabels[lifted] = labels[namePiece]!;
      }
    });
    if (!isTree(out.heads)) out = before;
    det = end;
  }
  return out;
}

/**
 * "… was tripped by Ashmoor striker Rhys Nolan", "NASA executive Fred Gregory": a name with its
 * description before it (an owner's name, a common noun, then a full name) is one noun phrase
 * headed by the name, as the treebank marks it; it has few such phrases and news many, and the
 * parser splits them, the owner's name a "by" phrase, the description an adverb, the name an
 * object. A phrase so split takes the first piece's place under the name.
 */
function describedName(syntax: SentenceSyntax, words?: readonly string[]): SentenceSyntax {
  let out = syntax;
  const n = syntax.tags.length;
  for (let i = 0; i < n; i++) {
    const { heads, labels, tags } = out;
    if (tags[i] !== 'PROPN' || tags[i - 1] === 'PROPN' || tags[i - 1] === 'NOUN') continue;
    let j = i;
    while (tags[j] === 'PROPN') j++;
    if (tags[j] !== 'NOUN') continue;
    while (tags[j] === 'NOUN') j++;
    const name = j;
    // (An ampersand joins the words of one name, a firm's: "the Glasgow firm Dunlop & Rae".)
    while (tags[j] === 'PROPN' || (words?.[j] === '&' && tags[j - 1] === 'PROPN' && tags[j + 1] === 'PROPN')) j++;
    if (j - name < 2) continue;
    const inRun = (k: number) => k >= i && k < j;
    const loose = [];
    for (let k = i; k < j; k++) if (!inRun(heads[k]!)) loose.push(k);
    // One piece, the name at its head, but the description hung on the name as a phrase of its
    // own, with the phrase's preposition ("a challenge on Dunford captain Liam Stroud", "on"
    // marking "captain"): the same phrase, built the same way.
    const inside = loose.length === 1 && loose[0] === name &&
      (labels.slice(i, name).some((l) => /^nmod/.test(l)) || heads.some((h, d) => d < i && h !== name && inRun(h)));
    if (loose.length < 2 && !inside) { i = j - 1; continue; }
    // (A possessive marker after the name makes the phrase an owner: "League leaders Preston
    // Vale's defeat of …"; the name's own attachment is the phrase's.)
    const owner = tags[j] === 'PART' && loose.includes(heads[j]!) ? heads[j]! : -1;
    // (The name as the subject of the verb right after the phrase keeps that place: "after
    // Calder defender Owen Pratt brought down …", the description hung on a noun before.)
    const subject = heads[name] === j && tags[j] === 'VERB' && /^nsubj/.test(labels[name]!) ? name : -1;
    const first = owner >= 0 ? owner : subject >= 0 ? subject : loose[0]!;
    if (heads[first]! >= 0 && loose.some((k) => dominates(heads, k, heads[first]!))) { i = j - 1; continue; }
    out = edited(out, (newHeads, newLabels) => {
      newHeads[name] = heads[first]!;
      newLabels[name] = labels[first]!;
      for (let k = i; k < j; k++) {
        if (k === name) continue;
        newHeads[k] = k < name ? k + 1 : name;
        newLabels[k] = k < name ? 'compound' : 'flat';
      }
      // The phrase's own function words ("by", "the") go with it; with its preposition it is a
      // phrase of the word it hangs on, whatever the parser called the name ("appos").
      for (let d = 0; d < i; d++) {
        if (!inRun(heads[d]!)) continue;
        newHeads[d] = name;
        if (labels[d] === 'case' && /^(appos|dep|compound|flat)/.test(newLabels[name]!)) newLabels[name] = tags[newHeads[name]!] === 'VERB' ? 'obl' : 'nmod';
      }
    });
    i = j - 1;
  }
  return out;
}

/**
 * "… has lent £12m to regional lender Eastgate Savings": a party after a verb's amount of money
 * (or after what the amount is in, "£85,000 in compensation from the Bowden family"),
 * marked by "to", "from" or "by", is the verb's (who was lent, paid or fined it), not a
 * description of the amount, which the parser makes it; "£12m of debt", "from £12m to £15m"
 * stay the amount's.
 */
function amountRecipient(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  let fixed: { heads: Int32Array; labels: string[] } | undefined;
  for (let d = 0; d < heads.length; d++) {
    let amount = heads[d]!;
    // (Also after what the amount is in, hung on the amount or on the verb: "received £85,000 in
    // compensation from the Bowden family".)
    if (amount >= 0 && tags[amount] === 'NOUN' && d > amount && heads[amount]! >= 0 && amount > heads[amount]!) {
      const up = heads[amount]!;
      if (/^nmod/.test(labels[amount]!) && tags[up] === 'SYM') amount = up;
      else if (labels[amount] === 'obl' && tags[up] === 'VERB') amount = dependentsOf(syntax, up).find((c) => tags[c] === 'SYM' && labels[c] === 'obj' && c < d) ?? amount;
    }
    // (The amount's head may be its scale, the currency hung on it: "£5m" read "£" "5" "m".)
    const money = (a: number) => tags[a] === 'SYM' || (tags[a] === 'NOUN' && dependentsOf(syntax, a).some((c) => c < a && tags[c] === 'SYM' && CURRENCY.test(words[c]!)));
    if (amount < 0 || !/^nmod/.test(labels[d]!) || (tags[d] !== 'NOUN' && tags[d] !== 'PROPN') || !money(amount) || labels[amount] !== 'obj') continue;
    const verb = heads[amount]!;
    if (verb < 0 || tags[verb] !== 'VERB') continue;
    const marker = dependentsOf(syntax, d).find((c) => labels[c] === 'case' && c < d);
    if (marker === undefined || !/^(to|from|by)$/.test(words[marker]!)) continue;
    fixed ??= { heads: Int32Array.from(heads), labels: labels.slice() };
    fixed.heads[d] = verb;
    fixed.labels[d] = words[marker] === 'by' ? 'obl:agent' : 'obl';
  }
  return fixed ? { ...syntax, ...fixed } : syntax;
}

function possessorAsSubject(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  let fixed: string[] | undefined;
  for (let d = 0; d < heads.length; d++) {
    const h = heads[d]!;
    if (h <= d || !/^nsubj/.test(labels[d]!) || (tags[h] !== 'NOUN' && tags[h] !== 'PROPN')) continue;
    if (!dependentsOf(syntax, d).some((c) => labels[c] === 'case' && tags[c] === 'PART') || hasDependent(syntax, h, /^cop$/)) continue;
    (fixed ??= labels.slice())[d] = 'nmod:poss';
  }
  return fixed ? { ...syntax, labels: fixed } : syntax;
}

/**
 * "Having overtaken Brenner on the final lap, Sato took second place": the opening participle
 * clause read as the sentence's head, with the main clause joined to it as a second clause. A
 * head verb with no subject of its own, whose later clause after a comma has one (and no
 * conjunction or subordinator), is that clause's adverbial: the main clause is the head, and its subject the
 * participle's.
 */
function openingClause(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || tags[root] !== 'VERB') return syntax;
  const own = dependentsOf(syntax, root);
  if (own.some((d) => /^(nsubj|csubj|expl)/.test(labels[d]!) || (labels[d] === 'mark' && d < root))) return syntax;
  const punctuated = (from: number, to: number) => tags.slice(from + 1, to).includes('PUNCT');
  const main = own.find((d) => d > root && tags[d] === 'VERB' && /^(conj|parataxis|advcl)$/.test(labels[d]!) &&
    dependentsOf(syntax, d).some((c) => /^nsubj/.test(labels[c]!) && c < d && punctuated(root, c)) &&
    !hasDependent(syntax, d, /^(cc|mark)$/));
  if (main === undefined) return syntax;
  return edited(syntax, (newHeads, newLabels) => {
    newHeads[main] = -1;
    newLabels[main] = 'root';
    newHeads[root] = main;
    newLabels[root] = 'advcl';
    // The sentence's own punctuation after the main verb belongs to it.
    for (const d of own) if (d > main && labels[d] === 'punct') newHeads[d] = main;
  });
}

/**
 * The same misreading inside a reported clause: "officials said a second convoy planned for next
 * week had now received guarantees", parsed as two clauses of "said", "convoy planned" and
 * "had received" with no subject. A verb with no auxiliary whose later sister clause (same head,
 * not set off by punctuation, no conjunction, no subject of its own) lacks a subject is a
 * participle describing its own subject, and that subject is the sister's.
 */
function embeddedReducedRelative(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const kids = (h: number) => dependentsOf(syntax, h);
  for (let v = 0; v < heads.length; v++) {
    const h = heads[v]!;
    if (h < 0 || tags[v] !== 'VERB' || !/^(ccomp|conj|parataxis|dep)$/.test(labels[v]!)) continue;
    const own = kids(v);
    if (own.some((d) => /^(aux|aux:pass|mark|cc)$/.test(labels[d]!))) continue;
    const subject = own.find((d) => /^nsubj$/.test(labels[d]!) && d < v && tags[d] !== 'PRON');
    if (subject === undefined) continue;
    const w = kids(h).find((d) => d > v + 1 && tags[d] === 'VERB' && labels[d] === labels[v] && tags[d - 1] !== 'PUNCT' &&
      !kids(d).some((c) => /^(nsubj|nsubj:pass|csubj|expl|cc|mark)$/.test(labels[c]!)));
    if (w === undefined || heads.slice(v + 1, w).some((x, k) => tags[v + 1 + k] === 'PUNCT' && x === v)) continue;
    return edited(syntax, (newHeads, newLabels) => {
      newHeads[subject] = w;
      newLabels[subject] = kids(w).some((c) => labels[c] === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
      newHeads[v] = subject;
      newLabels[v] = 'acl';
    });
  }
  return syntax;
}

/**
 * "A rocket carrying Norvale's first satellite failed to reach orbit": a bare "-ing" verb with
 * no auxiliary is never a clause's finite verb, so when the parser made it the sentence's head,
 * with its subject before it, a later verb hung from it with no subject, conjunction or marker
 * of its own is the main verb, and the "-ing" verb describes the noun.
 */
function participleReadAsRoot(syntax: SentenceSyntax, words?: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  if (!words || root < 0 || tags[root] !== 'VERB' || !/ing$/.test(words[root]!)) return syntax;
  const own = dependentsOf(syntax, root);
  if (own.some((d) => /^(aux|cop|mark)/.test(labels[d]!))) return syntax;
  const subject = own.find((d) => /^nsubj/.test(labels[d]!) && d < root);
  // (The subject right before the participle: "The firm, citing costs, closed" is a fronted aside.)
  if (subject === undefined || Math.max(...subtreeOf(syntax, subject)) !== root - 1) return syntax;
  // (The participle's object may have been read as that verb's subject, "The union representing
  // 1,150 dock workers has demanded": a subject between the two verbs, the later one finite by its
  // auxiliary, is the participle's object.)
  const stolen = (d: number) => {
    const subjects = dependentsOf(syntax, d, /^nsubj/);
    return subjects.length === 1 && subjects[0]! > root && hasDependent(syntax, d, /^aux$/) && !dependentsOf(syntax, d, /^(csubj|expl|cc|mark)(:.*)?$/).length ? subjects[0]! : undefined;
  };
  const verb = own.find((d) => d > root + 1 && tags[d] === 'VERB' && /^(xcomp|advcl|ccomp|parataxis|dep|conj)$/.test(labels[d]!) && !/ing$/.test(words[d]!) &&
    tags[d - 1] !== 'PUNCT' && (!dependentsOf(syntax, d, /^(nsubj|csubj|expl|cc|mark)(:.*)?$/).length || stolen(d) !== undefined));
  if (verb === undefined) return syntax;
  const object = stolen(verb);
  return reroot(syntax, verb, subject, (newHeads, newLabels) => {
    newHeads[root] = subject;
    newLabels[root] = 'acl';
    for (const d of own) if (d > verb) newHeads[d] = verb;
    if (object !== undefined) { newHeads[object] = root; newLabels[object] = 'obj'; }
  });
}

/**
 * "Nobody at the zoo had expected the transfer …": a pronoun opening the sentence read as the
 * object of the verb after it, which has no subject. An object follows its verb; a word before
 * the verb with none other is its subject, and a phrase between the two describes the word
 * ("at the zoo").
 */
function openingSubjectReadAsObject(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const a = tags.findIndex((t) => t !== 'PUNCT');
  if (a < 0 || tags[a] !== 'PRON' || labels[a] !== 'obj') return syntax;
  const v = heads[a]!;
  if (v <= a || tags[v] !== 'VERB' || hasDependent(syntax, v, /^(nsubj|csubj|expl)/)) return syntax;
  // (The objects after the verb are its own: only one before it is misread.)
  const between = dependentsOf(syntax, v).filter((d) => d > a && d < v && /^obl/.test(labels[d]!));
  return edited(syntax, (newHeads, newLabels) => {
    newLabels[a] = subjectLabel(syntax, v);
    for (const d of between) if (Math.min(...subtreeOf(syntax, d)) === a + 1) { newHeads[d] = a; newLabels[d] = 'nmod'; }
  });
}

/**
 * "A handful of supporters protested outside the ground, complaining that …": a finite verb
 * right after its subject read as a participle describing it, the sentence left headed by the
 * "-ing" verb after the comma. A bare "-ing" verb is never a clause's finite verb: the verb
 * after the subject, with no "by" agent or auxiliary of its own, heads the sentence, and the
 * "-ing" clause says how.
 */
function mainVerbReadAsParticiple(syntax: SentenceSyntax, words?: readonly string[]): SentenceSyntax {
  const { heads, tags } = syntax;
  const root = heads.indexOf(-1);
  if (!words || root < 1 || tags[root] !== 'VERB' || !/ing$/.test(words[root]!) || words[root - 1] !== ',') return syntax;
  if (hasDependent(syntax, root, /^(aux|cop|mark)/)) return syntax;
  const subject = dependentsOf(syntax, root, /^nsubj/).find((d) => d < root);
  if (subject === undefined) return syntax;
  const verb = dependentsOf(syntax, subject, /^acl$/).find((v) => v > subject && tags[v] === 'VERB' && !/ing$/.test(words[v]!) &&
    !hasDependent(syntax, v, /^(aux|obl:agent|nsubj|mark)/) && Math.max(...subtreeOf(syntax, v)) < root - 1);
  if (verb === undefined) return syntax;
  // (Right after the subject's own words: "A handful of supporters protested".)
  const clause = subtreeOf(syntax, verb);
  if (Math.max(...subtreeOf(syntax, subject).filter((k) => !clause.includes(k) && tags[k] !== 'PUNCT')) !== verb - 1) return syntax;
  return reroot(syntax, verb, subject, (newHeads, newLabels) => {
    newHeads[root] = verb;
    newLabels[root] = 'advcl';
  });
}

/**
 * "Talks brokered by the state mediator resumed on Thursday": a bare verb with a "by" agent
 * and no auxiliary is a participle describing the noun before it (an active verb has no
 * agent), so when the parser made it the sentence's head, the next verb after the agent is the
 * main verb, and the noun is its subject.
 */
function reducedRelative(syntax: SentenceSyntax, words?: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || tags[root] !== 'VERB') return syntax;
  const kids = (h: number) => dependentsOf(syntax, h);
  const own = kids(root);
  if (own.some((d) => /^aux/.test(labels[d]!))) return syntax;
  const subject = own.find((d) => /^nsubj/.test(labels[d]!) && d < root);
  if (subject === undefined) return syntax;
  // (A "by" phrase the parse left a plain oblique is the agent all the same: "An independent
  // report commissioned by the authority found that …".)
  const byPhrase = (d: number) => labels[d] === 'obl' && !!words && kids(d).some((c) => labels[c] === 'case' && words[c]!.toLowerCase() === 'by');
  // (Of a participle's form only: "sales grew by 5%" measures.)
  const participle = /(ed|en|wn)$/.test(words?.[root]?.toLowerCase() ?? '');
  // (Not a margin, a counted thing that is no person: "ousted Ibarra by 14 votes, a recount has
  // confirmed" tells by how much, and its verb is the clause's own.)
  const margin = (d: number) => tags[d] === 'NOUN' && hasDependent(syntax, d, /^nummod$/) && !!words && !isPersonNoun(words[d]!.toLowerCase().replace(/s$/, ''));
  const agent = own.find((d) => (labels[d] === 'obl:agent' || (participle && byPhrase(d))) && d > root && !margin(d));
  // (Or one read as an adverbial or reported clause, which it cannot be with auxiliaries and
  // neither a conjunction nor a subject: "No injuries linked to the fault have been reported".)
  // (Not where the head is the adverbial one, opened by its own conjunction: "After a panel
  // ruled that …, a sergeant has been sacked".)
  // (A reported clause only right after a phrase of the participle's own: "No deaths connected
  // to the outbreak have been recorded", not "Police said a driver, 34, had been robbed", whose
  // clause lost its subject to the parse.)
  // (Nor where a word the parser read as a subject stands between: "Organisers announced on
  // Monday that heavy rain had left …", the reported clause's subject hung from "Monday".)
  // (Past the comma that closes the phrase: "The grave, found in June, is thought to be …".)
  const afterOwnPhrase = (d: number) => {
    let w = Math.min(d, ...kids(d)) - 1;
    while (w >= 0 && tags[w] === 'PUNCT') w--;
    while (w >= 0 && heads[w] !== root && !/^nsubj/.test(labels[w]!)) w = heads[w]!;
    return w >= 0 && /^obl/.test(labels[w]!);
  };
  const finiteAdverbial = (d: number) => (labels[d] === 'advcl' || (labels[d] === 'ccomp' && afterOwnPhrase(d))) &&
    kids(d).some((c) => /^aux/.test(labels[c]!)) && !own.some((c) => labels[c] === 'mark');
  // (Or a past form read as the participle's complement or adverbial, after a phrase of its own and with no
  // "to": "Not a single jar analysed in the council's laboratory contained any honey". Not
  // where the head has an object the complement describes: "found the man injured".)
  const pastComplement = (d: number) => !!words && /^(xcomp|advcl)$/.test(labels[d]!) && /ed$/.test(words[d]!) && afterOwnPhrase(d) &&
    !kids(d).some((c) => labels[c] === 'mark') && !own.some((c) => /^(obj|iobj)$/.test(labels[c]!));
  // With an agent, the first verb after it that is not a relative clause of its own ("the
  // mediator who was appointed in June"). Without one ("A former director accused of fraud told
  // a jury that …"): a clause has one finite verb for its subject, so a later verb hung from the
  // head with no subject, no conjunction and no punctuation of its own to set it apart is the
  // main verb, and the head a participle describing the noun.
  const verb = agent !== undefined
    ? heads.findIndex((_h, d) => d > agent && tags[d] === 'VERB' && labels[d] !== 'acl:relcl' && !kids(d).some((c) => /^nsubj/.test(labels[c]!) && tags[c] === 'PRON'))
    : own.find((d) => d > root + 1 && tags[d] === 'VERB' && (/^(parataxis|dep|conj)$/.test(labels[d]!) || finiteAdverbial(d) || pastComplement(d)) &&
      !kids(d).some((c) => /^(nsubj|csubj|expl|cc|mark)(:.*)?$/.test(labels[c]!))) ?? -1;
  // (A verb after a comma is the main verb only when a comma also opened the participle's phrase:
  // "The delegation, led by the deputy minister Tomasz Wróbel, presented …".)
  if (verb < 0 || (tags[verb - 1] === 'PUNCT' && tags[root - 1] !== 'PUNCT')) return syntax;
  return reroot(syntax, verb, subject, (newHeads, newLabels) => {
    newHeads[root] = subject;
    newLabels[root] = 'acl';
    for (const d of own) if (d > verb && labels[d] !== 'obl:agent') newHeads[d] = verb;
    // A name the parser split from the agent's title and made the verb's subject is the agent's.
    if (agent !== undefined) for (const d of kids(verb)) if (/^nsubj/.test(labels[d]!) && d > agent && d < verb) { newHeads[d] = agent; newLabels[d] = 'appos'; }
  });
}

/**
 * "The union wants a 9% rise, while Norrhavn Terminals, which operates the port, has offered
 * 5%": the first clause's verb read as a clause describing its subject ("the union [that]
 * wants …"), the subject given to the last verb, and the second clause's subject hung
 * elsewhere. A bare present verb right after a noun, with an object, and no subject, marker
 * or auxiliary of its own, is that noun's verb: it heads the sentence, and the later verb,
 * opened by a subordinator before the phrase just before it, takes that phrase as its subject
 * and modifies the first verb.
 */
function finiteReadAsRelative(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || tags[root] !== 'VERB') return syntax;
  const subject = dependentsOf(syntax, root, /^nsubj/).find((d) => d < root);
  const w = subject === undefined ? -1 : subject + 1;
  if (subject === undefined || heads[w] !== subject || labels[w] !== 'acl' || tags[w] !== 'VERB' || !/[^s]s$/.test(words[w]!) ||
    hasDependent(syntax, w, /^(nsubj|csubj|mark|aux|aux:pass|cc)(:|$)/) || !hasDependent(syntax, w, /^obj$/)) return syntax;
  // The later clause's subject: the phrase that ends right before the root's auxiliaries, opened by a subordinator.
  let e = root - 1;
  while (e > w && /^(AUX|ADV|PUNCT)$/.test(tags[e]!)) e--;
  const n = heads.findIndex((_h, x) => x > w && x <= e && /^(NOUN|PROPN)$/.test(tags[x]!) && Math.max(...subtreeOf(syntax, x)) === e &&
    !subtreeOf(syntax, x).includes(root) && dominates(heads, w, x));
  if (n < 0) return syntax;
  const opener = Math.min(...subtreeOf(syntax, n).filter((x) => x < n));
  const mark = [opener, n - 1, n - 2].find((x) => x > w && x < n && tags[x] === 'SCONJ');
  if (mark === undefined) return syntax;
  return reroot(syntax, w, subject, (newHeads, newLabels) => {
    newHeads[root] = w;
    newLabels[root] = 'advcl';
    newHeads[n] = root;
    newLabels[n] = subjectLabel(syntax, root);
    newHeads[mark] = root;
    newLabels[mark] = 'mark';
  });
}

/** The sentence's head when the parse made a "to" infinitive of it (the "to" right before it), or -1. */
function infinitiveRoot(syntax: SentenceSyntax): number {
  const root = syntax.heads.indexOf(-1);
  return root >= 1 && syntax.tags[root] === 'VERB' && dependentsOf(syntax, root, /^mark$/).includes(root - 1) ? root : -1;
}

/**
 * "A public meeting to discuss the scheme will be held on 12 March": an infinitive describing
 * the subject read as the sentence's head (with the subject its own), its object made the
 * subject of the finite verb after it, which the parser hung on the infinitive as its clause.
 * A head marked by "to" cannot be a sentence's: the finite verb heads it, the noun before the
 * infinitive is that verb's subject, the infinitive describes the noun and takes its object back.
 */
function infinitiveBeforeFiniteVerb(syntax: SentenceSyntax): SentenceSyntax {
  const { labels, tags } = syntax;
  const root = infinitiveRoot(syntax);
  if (root < 2) return syntax;
  const noun = dependentsOf(syntax, root, /^nsubj/).find((d) => d < root - 1 && /^(NOUN|PROPN)$/.test(tags[d]!));
  const verb = dependentsOf(syntax, root, /^ccomp$/).find((c) => c > root && tags[c] === 'VERB' && hasDependent(syntax, c, /^aux/) &&
    !hasDependent(syntax, c, /^mark$/));
  if (noun === undefined || verb === undefined) return syntax;
  const object = dependentsOf(syntax, verb, /^nsubj/).find((d) => d > root && d < verb);
  if (object === undefined) return syntax;
  return edited(syntax, (newHeads, newLabels) => {
    newHeads[verb] = -1;
    newLabels[verb] = 'root';
    newHeads[noun] = verb;
    newLabels[noun] = labels[object]!;
    newHeads[root] = noun;
    newLabels[root] = 'acl';
    newHeads[object] = root;
    newLabels[object] = 'obj';
    dependentsOf(syntax, root).forEach((d) => { if (d > verb && labels[d] === 'punct') newHeads[d] = verb; });
  });
}

/**
 * "Defending champion Luka Brandt went past Tomás Reyes in the final kilometre to claim second
 * place": the sentence's verb read as a clause describing its subject (with no relative pronoun,
 * subject, marker or auxiliary of its own), and the purpose infinitive after it made the head,
 * with that subject. A verb with none of those right after the subject's phrase heads the
 * sentence, the subject is its own, and the infinitive is its adverbial.
 */
function infinitiveReadAsRoot(syntax: SentenceSyntax): SentenceSyntax {
  const { labels, tags } = syntax;
  const root = infinitiveRoot(syntax);
  if (root < 1) return syntax;
  const subject = dependentsOf(syntax, root, /^nsubj/).find((d) => d < root);
  if (subject === undefined) return syntax;
  const verb = dependentsOf(syntax, subject, /^acl:relcl$/).find((v) => v > subject && v < root && tags[v] === 'VERB' &&
    v === Math.max(...subtreeOf(syntax, subject).filter((k) => k < v)) + 1 && !hasDependent(syntax, v, /^(nsubj|csubj|mark|aux|aux:pass|cc)(:|$)/));
  if (verb === undefined || labels[subject] !== 'nsubj') return syntax;
  return reroot(syntax, verb, subject, (newHeads, newLabels) => {
    newHeads[root] = verb;
    newLabels[root] = 'advcl';
    newHeads[subject] = verb;
    newLabels[subject] = 'nsubj';
    dependentsOf(syntax, root).forEach((d) => { if (d > root && labels[d] === 'punct') newHeads[d] = verb; });
  });
}

/**
 * "Auroral received the contract following a competition in which bids were considered": the
 * verb of a relative clause opened by a preposition and "which" read as the sentence's head, and
 * the sentence's own verb as a clause describing its subject. A verb right after the first noun,
 * with an object and no subject, marker or auxiliary of its own, heads the sentence; the later
 * verb describes the noun before the preposition, takes the phrase between "which" and it as its
 * subject, and "which" as its oblique.
 */
function relativeReadAsMain(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || tags[root] !== 'VERB') return syntax;
  const subject = dependentsOf(syntax, root, /^nsubj/).find((d) => d < root);
  if (subject === undefined) return syntax;
  // (Right after the subject's own words: "Auroral received", "Kestrel Launch Services received".)
  const w = dependentsOf(syntax, subject, /^acl$/)[0] ?? -1;
  if (w < subject || tags.slice(subject + 1, w).some((t) => t !== 'PROPN' && t !== 'NOUN') || tags[w] !== 'VERB' || hasDependent(syntax, w, /^(nsubj|csubj|mark|aux|aux:pass|cc)(:|$)/) ||
    !hasDependent(syntax, w, /^obj$/)) return syntax;
  const which = words.findIndex((x, k) => k > w + 1 && k < root && /^(which|whom)$/.test(x) && tags[k - 1] === 'ADP');
  if (which < 0) return syntax;
  let host = which - 2;
  while (host > w && !/^(NOUN|PROPN)$/.test(tags[host]!)) host--;
  const n = heads.findIndex((_h, x) => x > which && x < root && /^(NOUN|PROPN)$/.test(tags[x]!) && !dominates(heads, x, root) &&
    tags.slice(x + 1, root).every((t) => /^(AUX|ADV|ADP|NUM|ADJ|NOUN|DET)$/.test(t)));
  if (host <= w || n < 0) return syntax;
  return reroot(syntax, w, subject, (newHeads, newLabels) => {
    newHeads[root] = host;
    newLabels[root] = 'acl:relcl';
    newHeads[n] = root;
    newLabels[n] = subjectLabel(syntax, root);
    newHeads[which] = root;
    newLabels[which] = 'obl';
    newHeads[which - 1] = which;
    newLabels[which - 1] = 'case';
  });
}

function nominalHead(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  const childrenOf = (h: number) => dependentsOf(syntax, h);
  // A sentence's first word tagged as a verb with nothing of a verb's own (no subject, no
  // auxiliary, no object) is a noun the tagger misread: news has no imperatives ("Work on the
  // new bridge began in May").
  const misreadNoun = root === 0 && tags[0] === 'VERB' && !childrenOf(0).some((c) => /^(nsubj|aux|obj|mark|xcomp|ccomp)/.test(labels[c]!));
  if (root < 0 || (tags[root] !== 'NOUN' && tags[root] !== 'PROPN' && !misreadNoun)) return syntax;
  // A copula makes the noun a predicate ("Kessel is the largest town"): no verb is missing.
  if (childrenOf(root).some((d) => labels[d] === 'cop')) return syntax;
  // (A relative clause with no subject and no relative pronoun has lost its subject to the noun:
  // "A tenants' association in Brindle Heath | has been sued by ...".)
  // (Or as a complement clause with an auxiliary of its own, which a noun does not take: "“No
  // orchestra of our size can survive a cut like this,” she said", "survive" a ccomp of
  // "orchestra". A bare verb there may be a later clause's: "Figures … show trade … comes to".)
  const verbs = childrenOf(root).filter((d) => d > root && tags[d] === 'VERB' && (HANGING.test(labels[d]!) || labels[d] === 'acl:relcl' ||
    (labels[d] === 'ccomp' && dependentsOf(syntax, d, /^aux/).some((a) => a < d))) &&
    !childrenOf(d).some((c) => /^(nsubj|csubj|expl|mark)/.test(labels[c]!)));
  if (verbs.length === 0) {
    const described = verbUnderDescribingWord(syntax, root, childrenOf);
    if (described !== syntax) return described;
    const related = relativeThenVerb(syntax, root, childrenOf);
    if (related !== syntax) return related;
    const spoken = verbTakenBySpeaker(syntax, root, childrenOf);
    if (spoken !== syntax) return spoken;
    const modifying = verbReadAsModifier(syntax, root, childrenOf);
    return modifying !== syntax ? modifying : buriedVerb(syntax, root, childrenOf);
  }
  // A comma right before the verb sets it off as a description ("the trains, built in Spain"):
  // the verb after it, if any, is the sentence's ("The cuts, announced on Friday, will fall …").
  // (A verb the parser itself joined as a clause of its own, parataxis or conj, is the main verb still.)
  // (But one that runs to the sentence's end, after an aside that closed with its comma, is
  // the sentence's own: "Harbour Lines, which has run the crossing since 1994, collapsed into
  // administration overnight.")
  const toTheEnd = (d: number) => { const end = Math.max(...subtreeOf(syntax, d)) + 1; return end >= heads.length || (end === heads.length - 1 && tags[end] === 'PUNCT'); };
  const afterAside = (d: number) => tags[d - 1] === 'PUNCT' && childrenOf(root).some((c) => c < d - 1 && labels[c] === 'acl:relcl' && Math.max(...subtreeOf(syntax, c)) === d - 2);
  const verb = verbs.find((d) => !(tags[d - 1] === 'PUNCT' && /^(acl|appos)$/.test(labels[d]!))) ?? verbs.find((d) => labels[d] === 'acl' && afterAside(d) && toTheEnd(d));
  if (verb === undefined) return syntax;
  // The sentence's own punctuation, and verbs joined after the new head, belong to it.
  const repaired = reroot(syntax, verb, root, (newHeads) => {
    childrenOf(root).forEach((d) => { if (d > verb && (labels[d] === 'punct' || (labels[d] === 'conj' && tags[d] === 'VERB'))) newHeads[d] = verb; });
  });
  return misreadNoun ? { ...repaired, tags: tags.map((t, i) => (i === root ? 'NOUN' : t)) } : repaired;
}

/**
 * "Older vineyards on the northern slopes have coped better than younger plantings": the parser
 * made the subject the head, the comparative its describing word and the verb, auxiliary and
 * all, a describing word of the comparative. A verb with an auxiliary describes no word: it is
 * the sentence's verb, the head noun its subject, the describing word its adverb.
 */
function verbUnderDescribingWord(syntax: SentenceSyntax, root: number, childrenOf: (h: number) => number[]): SentenceSyntax {
  const { labels, tags } = syntax;
  const describer = childrenOf(root).find((h) => h > root && /^(ADJ|ADV)$/.test(tags[h]!) && /^(amod|advmod)$/.test(labels[h]!));
  if (describer === undefined) return syntax;
  const verb = childrenOf(describer).find((v) => v < describer && tags[v] === 'VERB' && labels[v] === 'amod' &&
    dependentsOf(syntax, v, /^aux/).some((a) => a < v) && !hasDependent(syntax, v, /^(nsubj|csubj|expl|mark)/));
  if (verb === undefined) return syntax;
  return reroot(syntax, verb, root, (newHeads, newLabels) => {
    newHeads[describer] = verb;
    newLabels[describer] = 'advmod';
    // (What hung after the verb from the head noun, its punctuation, belongs to the verb.)
    childrenOf(root).forEach((d) => { if (d > verb && d !== describer) newHeads[d] = verb; });
    childrenOf(describer).forEach((d) => { if (labels[d] === 'punct') newHeads[d] = verb; });
  });
}

/**
 * "Astrelle, a Franco-Italian group, beat Orbitek to the contract": the parser made the name the
 * head and the verb after the aside's closing comma a describing word of the noun after it. A
 * verb with no subject or auxiliary of its own, right after that comma and before its noun, is
 * the sentence's verb: the name its subject, the noun its object, and the phrases the parser
 * hung on the noun the verb's.
 */
function verbReadAsModifier(syntax: SentenceSyntax, root: number, childrenOf: (h: number) => number[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const verb = tags.findIndex((t, d) => d > root + 1 && t === 'VERB' && labels[d] === 'amod' && heads[d] === d + 1 && /^(NOUN|PROPN)$/.test(tags[d + 1]!) &&
    tags[d - 1] === 'PUNCT' && dominates(heads, root, d) && childrenOf(d).length === 0);
  if (verb < 0) return syntax;
  const object = verb + 1;
  return reroot(syntax, verb, root, (newHeads, newLabels) => {
    newHeads[object] = verb;
    newLabels[object] = 'obj';
    childrenOf(object).forEach((d) => {
      if (d < object || !/^(nmod|punct)/.test(labels[d]!)) return;
      newHeads[d] = verb;
      if (labels[d] !== 'punct') newLabels[d] = 'obl';
    });
    childrenOf(root).forEach((d) => { if (d > object && labels[d] === 'punct') newHeads[d] = verb; });
  });
}

/**
 * "Marta Ellingham, 52, took legal action against Corvel Estates, …, over a land deal": the
 * parser made the name the head, a later noun a clause of it and the verb a clause of that noun.
 * The first verb hung as a clause of its own below the head, through nouns only, with no subject
 * or marker of its own, is the sentence's verb; what hung after it from the name is its own.
 */
function buriedVerb(syntax: SentenceSyntax, root: number, childrenOf: (h: number) => number[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const throughNouns = (d: number) => {
    for (let h = heads[d]!; h !== root; h = heads[h]!) if (h < 0 || !/^(NOUN|PROPN|NUM)$/.test(tags[h]!)) return false;
    return true;
  };
  // (A clause of its own, not a participle describing the noun: "a song written by …".)
  // (Or the word right after the name, a verb with its object that the parser hung as a
  // modifier elsewhere: "Tewkesbury Rugby Club owes the brewery Hobbs & Sons £85,000".)
  let nameEnd = root;
  while (nameEnd + 1 < heads.length && /^(flat|compound)$/.test(labels[nameEnd + 1]!) && dominates(heads, root, nameEnd + 1) && tags[nameEnd + 1] === 'PROPN') nameEnd++;
  const next = nameEnd + 1;
  const rightAfter = root === 0 && tags[root] === 'PROPN' && tags[next] === 'VERB' && /^(compound|amod|nmod|acl)$/.test(labels[next]!) &&
    childrenOf(next).some((c) => labels[c] === 'obj' && c > next) && !childrenOf(next).some((c) => /^(nsubj|csubj|expl|mark|aux)/.test(labels[c]!)) ? next : -1;
  const verb = rightAfter >= 0 ? rightAfter : tags.findIndex((t, d) => d > root && t === 'VERB' && /^(parataxis|conj|dep)$/.test(labels[d]!) && heads[d] !== root && throughNouns(d) &&
    !childrenOf(d).some((c) => /^(nsubj|csubj|expl|mark)/.test(labels[c]!)));
  if (verb < 0) return syntax;
  return reroot(syntax, verb, root, (newHeads, newLabels) => {
    childrenOf(root).forEach((d) => {
      if (d < verb) return;
      newHeads[d] = verb;
      // ("over a land deal", hung from the name as a clause, is the verb's oblique.)
      if (/^(NOUN|PROPN)$/.test(tags[d]!) && childrenOf(d).some((c) => labels[c] === 'case')) newLabels[d] = 'obl';
    });
  });
}

/**
 * "No services to the hospital will be affected, the council said": the noun's own verb, with
 * its auxiliaries and no subject, hung from the speaker's verb after it. The verb heads the
 * sentence with the noun as its subject; the speaker's clause is set beside it.
 */
function verbTakenBySpeaker(syntax: SentenceSyntax, root: number, childrenOf: (h: number) => number[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const verb = tags.findIndex((t, d) => d > root && t === 'VERB' && heads[d]! > d && tags[heads[d]!] === 'VERB' && heads[heads[d]!] === root &&
    childrenOf(heads[d]!).some((c) => /^nsubj$/.test(labels[c]!) && c > d) && childrenOf(d).some((c) => /^aux/.test(labels[c]!)) &&
    !childrenOf(d).some((c) => /^(nsubj|csubj|expl|mark|cc)/.test(labels[c]!)));
  if (verb < 0) return syntax;
  const speaker = heads[verb]!;
  return reroot(syntax, verb, root, (newHeads, newLabels) => {
    newHeads[speaker] = verb;
    newLabels[speaker] = 'parataxis';
    childrenOf(root).forEach((d) => { if (labels[d] === 'punct' && d > verb) newHeads[d] = verb; });
  });
}

/**
 * "Clara Duval, who leads the opposition, called the reversal a victory": the parser hung the
 * relative clause from the name and the main verb from the relative clause's verb, as if both
 * were the relative pronoun's. A verb joined to a relative clause after its closing comma, with
 * no subject of its own, is the sentence's verb, and the name its subject.
 */
function relativeThenVerb(syntax: SentenceSyntax, root: number, childrenOf: (h: number) => number[]): SentenceSyntax {
  const { labels, tags } = syntax;
  for (const rel of childrenOf(root)) {
    if (rel < root || tags[rel] !== 'VERB' || !childrenOf(rel).some((c) => /^nsubj/.test(labels[c]!) && tags[c] === 'PRON' && c < rel)) continue;
    // (The comma closes the relative clause before the verb's own words: ", later moved".)
    const opening = (c: number) => { let i = c - 1; while (i > rel && tags[i] !== 'PUNCT' && dominates(syntax.heads, c, i)) i--; return i; };
    const main = childrenOf(rel).find((c) => c > rel && tags[c] === 'VERB' && /^(conj|parataxis)$/.test(labels[c]!) && tags[opening(c)] === 'PUNCT' &&
      !childrenOf(c).some((x) => /^(nsubj(:pass)?|cc)$/.test(labels[x]!)));
    if (main === undefined) continue;
    return reroot(syntax, main, root, (newHeads, newLabels) => {
      newLabels[rel] = 'acl:relcl';
      childrenOf(root).forEach((d) => { if (labels[d] === 'punct' && d > main) newHeads[d] = main; });
    });
  }
  return syntax;
}

/**
 * "Skyvale's acquisition of Northbright needs the approval of …": the verb after a noun's
 * "of" phrase read as that phrase's object, with the phrase's noun as its subject. A
 * preposition hung on a verb whose subject stands between them is the noun's: the noun is the
 * phrase's object, the phrase describes the noun before it, and that noun, heading the
 * sentence, is the verb's subject.
 */
function verbInNounPhrase(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || !/^(NOUN|PROPN)$/.test(tags[root]!)) return syntax;
  for (let p = root + 1; p < heads.length; p++) {
    const v = heads[p]!;
    if (labels[p] !== 'case' || tags[p] !== 'ADP' || v <= p || tags[v] !== 'VERB' || heads[v] !== root || !/^(nmod|obl)/.test(labels[v]!)) continue;
    const n = dependentsOf(syntax, v, /^nsubj/).find((d) => d > p && d < v && /^(NOUN|PROPN)$/.test(tags[d]!));
    if (n === undefined) continue;
    return reroot(syntax, v, root, (newHeads, newLabels) => {
      newHeads[p] = n;
      newHeads[n] = root;
      newLabels[n] = 'nmod';
      dependentsOf(syntax, root).forEach((d) => { if (labels[d] === 'punct' && d > v) newHeads[d] = v; });
    });
  }
  return syntax;
}

/**
 * The parse with `verb` as the sentence's head and `subject` as its subject (passive when the
 * verb has a passive auxiliary); `adjust` moves whatever else each repair moves.
 */
function reroot(syntax: SentenceSyntax, verb: number, subject: number, adjust: (heads: Int32Array, labels: string[]) => void): SentenceSyntax {
  const heads = Int32Array.from(syntax.heads);
  const labels = syntax.labels.slice();
  heads[verb] = -1;
  labels[verb] = 'root';
  heads[subject] = verb;
  labels[subject] = subjectLabel(syntax, verb);
  adjust(heads, labels);
  return { heads, labels, tags: syntax.tags };
}

/**
 * "Perić was brought down in the box by Calder's Sean Doherty", "… in the area by Wexmoor
 * defender Luka Perić, and Doherty scored": a passive verb with no agent, and a "by" phrase
 * naming someone after it in the same clause, hung by the parser on the place before it or made
 * the next clause's subject. A "by" phrase is no subject, and a name is no place's modifier: it
 * is the passive verb's agent; so is any noun phrase the parser hung on a time.
 */
function passiveAgent(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  let fixed: { heads: Int32Array; labels: string[] } | undefined;
  for (let v = 0; v < heads.length; v++) {
    // (Or a participle describing a noun: "the claim, brought against Skylark by Corvane".)
    const participle = labels[v] === 'acl' && !/ing$/.test(words[v]!) && !hasDependent(syntax, v, /^nsubj/);
    if (tags[v] !== 'VERB' || !(participle || hasDependent(syntax, v, /^aux:pass$/)) || hasDependent(syntax, v, /^obl:agent$/)) continue;
    let by = -1;
    for (let k = v + 1; k < heads.length && by < 0; k++) {
      // (A conjunction joining two nouns stays in the clause: "on bread and milk by the discounter".)
      const joinsNouns = tags[k] === 'CCONJ' && /^(NOUN|PROPN)$/.test(tags[heads[k]!] ?? '') && labels[k] === 'cc';
      if (tags[k] === 'VERB' || tags[k] === 'AUX' || tags[k] === 'SCONJ' || (tags[k] === 'CCONJ' && !joinsNouns) || /^[;:]$/.test(words[k]!)) break;
      if (words[k] === 'by') by = k;
    }
    if (by < 0) continue;
    // The phrase "by" opens: climb from its first word through the words that modify a word after them.
    let top = heads[by]!;
    if (top <= by) continue;
    while (heads[top]! > top && (tags[heads[top]!] === 'NOUN' || tags[heads[top]!] === 'PROPN') && /^(compound|flat|nmod|nmod:poss|nmod:desc|amod)$/.test(labels[top]!)) top = heads[top]!;
    // (A common noun too when hung on a time, which no "by" phrase describes: "spotted at 22:40
    // on Sunday by the council's duty manager".)
    const onTime = heads[top]! >= 0 && (tags[heads[top]!] === 'NUM' || isTimeNoun(words[heads[top]!]!));
    // (Or a description of a name, "the discounter Hollins & Pryce", its name in apposition.)
    const describesName = tags[top] === 'NOUN' && dependentsOf(syntax, top, /^(appos|flat|compound)$/).some((d) => d > top && tags[d] === 'PROPN');
    // (Or any noun or name the parser made the passive verb's own object, which a passive has
    // none of: "was requested by Harwood's agent", "by" hung on the owner; "was told by Detective
    // Inspector Collier", the name read as the one told.)
    const passiveObject = /^(NOUN|PROPN)$/.test(tags[top]!) && heads[top] === v && /^i?obj$/.test(labels[top]!) && hasDependent(syntax, v, /^aux:pass$/);
    if (passiveObject) {
      fixed ??= { heads: Int32Array.from(heads), labels: labels.slice() };
      fixed.labels[top] = 'obl:agent';
      fixed.heads[by] = top;
      fixed.labels[by] = 'case';
      continue;
    }
    if (!(tags[top] === 'PROPN' || (tags[top] === 'NOUN' && (onTime || describesName))) || heads[top] === v || dominates(heads, top, v)) continue;
    // Only a phrase the parser put where no "by" phrase goes: a place's modifier, or a subject.
    if (!/^(appos|nmod|nsubj|nsubj:pass|obj)$/.test(labels[top]!)) continue;
    fixed ??= { heads: Int32Array.from(heads), labels: labels.slice() };
    fixed.heads[top] = v;
    fixed.labels[top] = 'obl:agent';
    // ("by" marks the whole phrase, not its first word; and the rest of the name, hung with
    // the name before "by", is this one's: "Skylark Regional by Corvane Aero Services".)
    fixed.heads[by] = top;
    fixed.labels[by] = 'case';
    if (heads[top]! < top) takeRestOfName(syntax, fixed.heads, top, heads[top]!);
  }
  return fixed ? { ...syntax, ...fixed } : syntax;
}

/**
 * "The acquisition of X by Tallow Creek Mills, the Orrin County-based flour miller, has been
 * completed": a noun takes no object; a noun phrase the parser made one, set off by a comma, is
 * in apposition to the name or noun the comma follows.
 */
function nounObject(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  let fixed: { heads: Int32Array; labels: string[] } | undefined;
  for (let d = 2; d < heads.length; d++) {
    const h = heads[d]!;
    if (labels[d] !== 'obj' || h < 0 || h >= d || !/^(NOUN|PROPN)$/.test(tags[h]!) || !/^(NOUN|PROPN)$/.test(tags[d]!)) continue;
    const first = Math.min(d, ...subtreeOf(syntax, d));
    const comma = first - 1;
    if (comma < 1 || tags[comma] !== 'PUNCT') continue;
    // The phrase the comma closes: up from the word before it while it hangs on a later name word.
    let host = comma - 1;
    while (heads[host]! > host && heads[host]! < comma && /^(flat|compound)$/.test(labels[host]!)) host = heads[host]!;
    if (!/^(NOUN|PROPN)$/.test(tags[host]!) || host === d || dominates(heads, d, host)) continue;
    fixed ??= { heads: Int32Array.from(heads), labels: labels.slice() };
    fixed.heads[d] = host;
    fixed.labels[d] = 'appos';
  }
  return fixed ? { ...syntax, ...fixed } : syntax;
}

/**
 * "by Tallow Creek Mills": the parser made "Mills" a conjunct of "Tallow", with nothing between
 * them. Conjuncts are joined by a conjunction or a comma; names side by side with neither are one
 * name.
 */
function adjacentNameConjunct(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  let fixed: { heads: Int32Array; labels: string[] } | undefined;
  for (let d = 1; d < heads.length; d++) {
    const h = heads[d]!;
    if (labels[d] !== 'conj' || tags[d] !== 'PROPN' || h < 0 || h >= d || tags[h] !== 'PROPN') continue;
    if (tags.slice(h + 1, d).some((t) => t !== 'PROPN') || hasDependent(syntax, d, /^cc$/)) continue;
    fixed ??= { heads: Int32Array.from(heads), labels: labels.slice() };
    fixed.labels[d] = 'flat';
    for (let k = h + 1; k < d; k++) if (heads[k] === d) { fixed.heads[k] = h; fixed.labels[k] = 'flat'; }
  }
  return fixed ? { ...syntax, ...fixed } : syntax;
}

/**
 * "In January Westvale complained to …", "In March Corvane sued …", "in the 11th game Ferrante
 * handed …": a fronted phrase read with the name after it as one phrase ("in January Westvale",
 * "the 11th game Ferrante", or "March Corvane" as the subject with the preposition still on
 * it). A preposition's noun (a time, or a thing: not a person, whose name may follow it, "with
 * manager Tom Reed"), then a name right before a verb with no subject of its own, are two
 * phrases: the noun the verb's, the name its subject.
 */
function frontedPhraseThenSubject(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let t = 1; t + 1 < heads.length; t++) {
    if (tags[t + 1] !== 'PROPN' || !(tags[t] === 'NOUN' ? !isPersonNoun(words[t]!) : tags[t] === 'PROPN' && isTimeNoun(words[t]!))) continue;
    let p = t - 1;
    while (p > 0 && /^(DET|ADJ|NUM)$/.test(tags[p]!)) p--;
    // (Or a phrase of time with no preposition, opening the sentence: "Last year Quorra was
    // warned", "This week Norhalt said".)
    const bare = p === 0 && /^(DET|ADJ|NUM)$/.test(tags[0]!) && isTimeNoun(words[t]!.toLowerCase());
    // (Or a noun with phrases of its own, opening the sentence: "After the ninth round of the
    // group stage Nowicka overtook Li Wen" read with the name as the last noun's.)
    let e = t + 1;
    while (tags[e + 1] === 'PROPN') e++;
    if (tags[p] !== 'ADP' && !bare) {
      const fixed = opensNestedPhrase(syntax, words, p) ? nestedPhraseThenSubject(syntax, 0, t, e) : null;
      if (fixed) return fixed;
      continue;
    }
    let v = e + 1;
    while (tags[v] === 'AUX' || tags[v] === 'ADV') v++;
    if (tags[v] !== 'VERB' || dependentsOf(syntax, v, /^(nsubj|csubj|expl)/).some((d) => d < p || d > e)) continue;
    const phrase = (x: number) => x >= p && x <= e;
    // Only a phrase the parser read as one: its words hang on each other and on the verb (or on
    // the verb's phrase before it: "In a thrilling match on Saturday Sefton Park drew").
    const onVerb = (h: number) => h === v || (h >= 0 && h < p && tags[h] === 'NOUN' && heads[h] === v && /^obl/.test(labels[h]!));
    if (!Array.from({ length: e - p + 1 }, (_v, k) => p + k).every((x) => phrase(heads[x]!) || onVerb(heads[x]!))) continue;
    return edited(syntax, (newHeads, newLabels) => {
      for (let k = p; k < t; k++) { newHeads[k] = t; if (k === p && !bare) newLabels[k] = 'case'; }
      newHeads[t] = v;
      newLabels[t] = bare ? 'obl:unmarked' : 'obl';
      for (let k = t + 1; k < e; k++) { newHeads[k] = e; newLabels[k] = 'flat'; }
      newHeads[e] = v;
      newLabels[e] = subjectLabel(syntax, v);
    });
  }
  return syntax;
}

/**
 * Whether the sentence opens with a preposition whose phrase runs to `p` in nouns, describing
 * words (a participle among them, "opening") and "of" phrases ("After the ninth round of the
 * group").
 */
function opensNestedPhrase(syntax: SentenceSyntax, words: readonly string[], p: number): boolean {
  const { tags } = syntax;
  let k = p;
  while (k > 0 && (/^(DET|ADJ|NUM)$/.test(tags[k]!) || (tags[k] === 'NOUN' && !isPersonNoun(words[k]!)) || (tags[k] === 'VERB' && syntax.labels[k] === 'amod') ||
    (words[k]!.toLowerCase() === 'of' && tags[k - 1] === 'NOUN'))) k--;
  return k === 0 && tags[0] === 'ADP' && p > 0;
}

/**
 * The fronted phrase from `p` to `t`, then a name to `e` read as its last noun's, mended: the
 * phrase's words on the nouns they describe (its last noun where the name had it), the phrase
 * on the verb after the name, the name that verb's subject. Null where the verb has a subject
 * outside the phrase, or the parse hung the phrase's words elsewhere.
 */
function nestedPhraseThenSubject(syntax: SentenceSyntax, p: number, t: number, e: number): SentenceSyntax | null {
  const { heads, labels, tags } = syntax;
  let v = e + 1;
  while (tags[v] === 'AUX' || tags[v] === 'ADV') v++;
  const inside = (x: number) => x >= p && x <= e;
  if (tags[v] !== 'VERB' || dependentsOf(syntax, v, /^(nsubj|csubj|expl)/).some((d) => !inside(d))) return null;
  if (!Array.from({ length: e - p + 1 }, (_v, k) => p + k).every((x) => inside(heads[x]!) || heads[x] === v)) return null;
  const name = (x: number) => x > t && x <= e;
  // The phrase's head: the noun the parse hung on the verb (as its subject), or the last noun.
  const top = Array.from({ length: t - p }, (_v, k) => p + 1 + k).find((x) => heads[x] === v && tags[x] === 'NOUN') ?? t;
  return edited(syntax, (newHeads, newLabels) => {
    for (let k = p; k < t; k++) if (name(heads[k]!)) newHeads[k] = t;
    if (name(heads[t]!) || heads[t] === v) {
      const under = heads[e]!;
      newHeads[t] = top !== t && !name(under) && inside(under) ? under : v;
      newLabels[t] = newHeads[t] === v ? 'obl' : labels[e]!;
    }
    if (top !== t) newLabels[top] = 'obl';
    if (!inside(heads[p]!) || heads[p] === v) { newHeads[p] = top; newLabels[p] = 'case'; }
    for (let k = t + 1; k < e; k++) { newHeads[k] = e; newLabels[k] = 'flat'; }
    newHeads[e] = v;
    newLabels[e] = subjectLabel(syntax, v);
  });
}

/**
 * "At none of its six monitoring points did the agency find chlorine", "Only then did the council
 * act": after a fronted negative or restricting phrase the auxiliary "do" comes before the
 * subject, and the parser reads it as the main verb with the real verb's clause as its
 * complement. A "do" with a bare verb after its subject, and no object of its own, is that
 * verb's auxiliary; what hung on it (the fronted phrase, the clause's place in the sentence)
 * hangs on the verb.
 */
function invertedDo(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let v = 1; v < heads.length; v++) {
    if (!/^(did|does|do)$/i.test(words[v]!) || tags[v] !== 'VERB' || hasDependent(syntax, v, /^(obj|nsubj)/)) continue;
    const verb = dependentsOf(syntax, v, /^(ccomp|xcomp)$/).find((c) => c > v + 1 && tags[c] === 'VERB' && /^[a-z]+$/.test(words[c]!) && !/(ed|ing)$/.test(words[c]!) &&
      dependentsOf(syntax, c, /^nsubj/).some((n) => n > v && n < c));
    if (verb === undefined) continue;
    return editedTree(syntax, (newHeads, newLabels) => {
      newHeads[verb] = heads[v]!;
      newLabels[verb] = labels[v]!;
      for (let d = 0; d < heads.length; d++) if (heads[d] === v && d !== verb) newHeads[d] = verb;
      newHeads[v] = verb;
      newLabels[v] = 'aux';
    });
  }
  return syntax;
}

/**
 * "A full recount was requested by Harwood's agent": a form of "be" read as the copula of a
 * participle. A copula joins a noun or an adjective to its subject, never a verb: on a verb it
 * is the passive's auxiliary, and the subject is the passive's.
 */
function copulaOnVerb(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { tags } = syntax;
  const verbs = tags.map((_t, v) => v).filter((v) => tags[v] === 'VERB' && /ed$|en$/.test(words[v]!.toLowerCase()) && dependentsOf(syntax, v, /^cop$/).some((c) => /^(is|are|was|were|be|been|being)$/i.test(words[c]!)));
  if (verbs.length === 0) return syntax;
  return edited(syntax, (_heads, newLabels) => {
    for (const v of verbs) {
      for (const c of dependentsOf(syntax, v, /^cop$/)) newLabels[c] = 'aux:pass';
      for (const n of dependentsOf(syntax, v, /^nsubj$/)) newLabels[n] = 'nsubj:pass';
    }
  });
}

/**
 * "At the invitation of the union's general secretary, Dolores Ibáñez, the port's chief
 * executive, Graham Tulloch, visited her": a fronted phrase with names in apposition, read as
 * one long phrase that swallows the subject, and the main verb left with none. A name set off by
 * commas right before a main verb that has no subject is that verb's subject, with the
 * description before it (set off by its own commas) its apposition.
 */
function frontedPhraseThenNamedSubject(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  if (tags[0] !== 'ADP') return syntax;
  const v = heads.indexOf(-1);
  if (v < 4 || tags[v] !== 'VERB' || words[v - 1] !== ',' || hasDependent(syntax, v, /^(nsubj|csubj|expl)/)) return syntax;
  let start = v - 2;
  if (tags[start] !== 'PROPN') return syntax;
  while (start > 0 && tags[start - 1] === 'PROPN') start--;
  if (words[start - 1] !== ',') return syntax;
  // (Its head: the name's first word, as the treebank heads a name; it must hang inside the
  // fronted phrase, not already on the verb.)
  const name = start;
  if (heads[name] === v || dominates(heads, name, v)) return syntax;
  const description = tags[start - 2] === 'NOUN' && words[start - 3] !== undefined ? start - 2 : -1;
  return editedTree(syntax, (newHeads, newLabels) => {
    newHeads[name] = v;
    newLabels[name] = subjectLabel(syntax, v);
    for (let k = start + 1; k <= v - 2; k++) { newHeads[k] = name; newLabels[k] = 'flat'; }
    newHeads[v - 1] = v;
    newLabels[v - 1] = 'punct';
    // (The description before it, in its own commas, describes it: "the port's chief executive".)
    if (description >= 0 && /^(appos|conj|flat|compound)$/.test(labels[description]!)) {
      newHeads[description] = name;
      newLabels[description] = 'appos';
      newHeads[start - 1] = description;
      newLabels[start - 1] = 'punct';
    }
  });
}

/**
 * "… will be offered free breakfast, following a decision by the school board": a "by" phrase
 * right after a noun that names an act tells who did that act; the parser hung it on the
 * passive verb further back, as its agent. It is the noun's.
 */
function eventNounAgent(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  let fixed: { heads: Int32Array; labels: string[] } | undefined;
  for (let by = 1; by < heads.length; by++) {
    const noun = by - 1;
    if (words[by] !== 'by' || tags[noun] !== 'NOUN' || labels[by] !== 'case' || !mainlyAnAct(words[noun]!)) continue;
    const d = heads[by]!;
    const v = heads[d]!;
    // (Only where the parser made it a passive verb's agent: elsewhere it is no one's agent.)
    const agentOfPassive = labels[d] === 'obl:agent' || (labels[d] === 'obl' && hasDependent(syntax, v, /^aux:pass$/));
    if (d <= by || v < 0 || v >= noun || tags[v] !== 'VERB' || !agentOfPassive || !dominates(heads, v, noun)) continue;
    fixed ??= { heads: Int32Array.from(heads), labels: labels.slice() };
    fixed.heads[d] = noun;
    fixed.labels[d] = 'nmod';
  }
  return fixed ? { ...syntax, ...fixed } : syntax;
}

/**
 * "Police said Gavin Harlow, 29, attacked Rhys Penman": the name before the verb, cut from it by
 * an age in commas, hung on the verb as a compound. A verb takes no compound noun: a noun or name
 * before a verb with no subject, hung on it as one, is its subject. So is one hung on it as an
 * oblique with no preposition that names someone ("Calderline's managing director, Owen Pryce,
 * criticised …": an owner or a name beside it): an oblique without a preposition is a time
 * ("Last week the union …"), and a time has neither.
 */
function compoundSubject(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  let fixed: { heads: Int32Array; labels: string[] } | undefined;
  const uncasedParty = (d: number) => labels[d] === 'obl' && !hasDependent(syntax, d, /^case$/) && hasDependent(syntax, d, /^(nmod:poss|appos)$/);
  for (let d = 0; d < heads.length; d++) {
    const v = heads[d]!;
    if (v <= d || (labels[d] !== 'compound' && !uncasedParty(d)) || tags[v] !== 'VERB' || !/^(NOUN|PROPN)$/.test(tags[d]!) || hasDependent(syntax, v, /^(nsubj|csubj|expl)/)) continue;
    fixed ??= { heads: Int32Array.from(heads), labels: labels.slice() };
    fixed.labels[d] = subjectLabel(syntax, v);
  }
  return fixed ? { ...syntax, ...fixed } : syntax;
}

/**
 * "Dervla Kinsella, Linkway's director of operations, put the problem down to …": a name and a
 * possessive description in apposition, read with the possessive marker on the name before the
 * comma (the name made the owner of "director", the owner after the comma a conjunct of it). A
 * possessive marker belongs to the word it follows: that word owns the noun, and the name the
 * parser made the owner takes the noun's place, with the noun in apposition to it.
 */
function possessiveAfterAppositive(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let p = 2; p < heads.length; p++) {
    if (!/^['’]s?$/.test(words[p]!) || labels[p] !== 'case') continue;
    let owner = p - 1;
    if (!/^(NOUN|PROPN)$/.test(tags[owner]!)) continue;
    if (labels[owner] === 'flat' && heads[owner]! < owner) owner = heads[owner]!;
    const wrong = heads[p]!;
    if (wrong < 0 || wrong >= owner || labels[wrong] !== 'nmod:poss' || heads[owner] !== wrong || !/^(conj|appos)$/.test(labels[owner]!)) continue;
    const possessed = heads[wrong]!;
    if (possessed <= p || heads[possessed]! < 0 || !/^(NOUN|PROPN)$/.test(tags[possessed]!)) continue;
    // (A comma between the first name and the owner: "Dervla Kinsella, Linkway's".)
    if (!words.slice(wrong + 1, owner).includes(',')) continue;
    return edited(syntax, (newHeads, newLabels) => {
      newHeads[p] = owner;
      newHeads[owner] = possessed;
      newLabels[owner] = 'nmod:poss';
      newHeads[wrong] = heads[possessed]!;
      newLabels[wrong] = labels[possessed]!;
      newHeads[possessed] = wrong;
      newLabels[possessed] = 'appos';
    });
  }
  return syntax;
}

/**
 * "after Helmsby Civils, the firm contracted to maintain the pumps, blamed Marrow Valley",
 * "blamed Helmsby Civils – the contractor hired to maintain the pumps – for …": a name described
 * by an apposition whose participle the parser read as the description's own verb, "the firm
 * contracted …" as a clause. Set off by commas or dashes, with no auxiliary, it describes the
 * noun, and the noun is the name's apposition. A name left with no place of its own (hung on
 * the description) is the subject of a verb right after the closing mark that has none, and that
 * verb takes over the participle's place and its marker ("after").
 */
function appositiveParticiple(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let v = 2; v < heads.length; v++) {
    if (tags[v] !== 'VERB' || !/(ed|en|wn|lt|nt)$/.test(words[v]!)) continue;
    const own = dependentsOf(syntax, v);
    if (own.some((d) => /^(aux|aux:pass|expl|csubj)/.test(labels[d]!))) continue;
    // (Or the parser made the noun the name's apposition but hung the participle elsewhere.)
    const subject = own.find((d) => d < v && /^nsubj/.test(labels[d]!));
    const noun = subject !== undefined ? subject : labels[v - 1] === 'appos' && heads[v - 1]! < v - 1 ? v - 1 : -1;
    if (noun < 0 || tags[noun] !== 'NOUN') continue;
    let open = noun;
    while (open > 0 && /^(DET|ADJ|NOUN|NUM)$/.test(tags[open - 1]!) && heads[open - 1] !== v) open--;
    open--;
    const mark = words[open]!;
    if (!APPOSITION_MARKS.has(mark) || tags[open - 1] !== 'PROPN') continue;
    // (Nothing else of the participle's before it but the name, its marker and punctuation.)
    if (own.some((d) => d < open - 1 && !(tags[d] === 'PROPN' && d < open) && !/^(mark|punct)/.test(labels[d]!))) continue;
    // The closing mark: the next one after the participle (the parser may have hung the verb
    // after it on the participle as well), or the sentence's end.
    let close = words.indexOf(mark, v + 1);
    if (close < 0) close = tags[heads.length - 1] === 'PUNCT' ? heads.length - 1 : heads.length;
    // The name: the run of names before the opening mark, and the word it hangs from.
    let first = open - 1;
    while (first > 0 && tags[first - 1] === 'PROPN') first--;
    const run = (k: number) => k >= first && k < open;
    const name = [...Array(open - first).keys()].map((k) => first + k).find((k) => !run(heads[k]!))!;
    const hungOnDescription = heads[name] === noun || heads[name] === v;
    const next = close + 1;
    const verb = hungOnDescription && words[close] === mark && tags[next] === 'VERB' && !hasDependent(syntax, next, /^(nsubj|csubj|expl)/) ? next : -1;
    if (hungOnDescription && verb < 0) continue;
    return edited(syntax, (newHeads, newLabels) => {
      newHeads[noun] = name;
      newLabels[noun] = 'appos';
      newHeads[v] = noun;
      newLabels[v] = 'acl';
      if (heads[open] === v) newHeads[open] = noun;
      if (words[close] === mark && heads[close] === v) newHeads[close] = noun;
      if (verb < 0) return;
      newHeads[name] = verb;
      newLabels[name] = subjectLabel(syntax, verb);
      for (const d of own) if (labels[d] === 'mark' && d < noun) newHeads[d] = verb;
      if (heads[v] !== verb && !dominates(heads, verb, heads[v]!)) {
        newHeads[verb] = heads[v]!;
        newLabels[verb] = labels[v]!;
      }
    });
  }
  return syntax;
}

/** Those and the words that open a clause of condition or concession. */
const SUBORDINATORS = new Set([...CLAUSE_OPENERS, 'if', 'although', 'though', 'whereas']);

/**
 * "Olusegun Bakare, headteacher since September 2025, said …": a time after a clause opener
 * ("since", "until", "after") read as the subject of the verb after it, the opener its marker.
 * A time is when, never who: it is a phrase of that verb, the opener its preposition.
 */
function timeReadAsSubject(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const n = heads.findIndex((v, d) => v > d && /^nsubj/.test(labels[d]!) && /^(NOUN|PROPN)$/.test(tags[d]!) && isTimeNoun(words[d]!) &&
    CLAUSE_OPENERS.has(words[d - 1] ?? '') && heads[d - 1] === v && labels[d - 1] === 'mark');
  if (n < 0) return syntax;
  return edited(syntax, (newHeads, newLabels) => {
    newLabels[n] = 'obl';
    newHeads[n - 1] = n;
    newLabels[n - 1] = 'case';
  });
}

/**
 * "Rovers won a penalty after Calder defender Owen Pratt brought down winger Dario Feliz": a
 * clause opened by "after" read as a phrase, "after Owen Pratt", on the noun before it or on
 * the clause's own subject. A verb right after such a phrase, with no subject of its own or with
 * the phrase's noun as its subject or oblique, has that noun as its subject and the opener as
 * its marker, and the clause modifies the verb the phrase was under.
 */
function subordinateSubject(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let p = 0; p < heads.length; p++) {
    const n = heads[p]!;
    if (!CLAUSE_OPENERS.has(words[p]!) || labels[p] !== 'case' || n <= p || !/^(NOUN|PROPN)$/.test(tags[n]!)) continue;
    // ("since September 2025, said": a time is when, never the clause's subject.)
    if (isTimeNoun(words[n]!)) continue;
    // (Nor a noun with one conjunct after ", and", which opens the next clause: "closed until
    // further notice, and flights may be disrupted"; a list of parties takes no comma for two.)
    const conjuncts = dependentsOf(syntax, n, /^conj$/);
    if (conjuncts.length === 1 && words[conjuncts[0]! - 1] === 'and' && words[conjuncts[0]! - 2] === ',') continue;
    // (The verb may hang on the phrase's noun as its description, "after Marrow Valley blamed
    // Helmsby Civils" with "blamed" read as a participle of "Valley": a participle with an object
    // describes nothing, it is the clause's verb.)
    const hung = heads[n + 1] === n && labels[n + 1] === 'acl' && hasDependent(syntax, n + 1, /^obj$/);
    let v = hung ? n + 1 : Math.max(...subtreeOf(syntax, n)) + 1;
    // (Past a name in apposition and its closing comma: "after the chief executive, Ingrid
    // Solberg, hired Tomás Ibáñez".)
    if (words[v] === ',' && dependentsOf(syntax, n, /^appos$/).some((a) => a > n && words[a - 1] === ',')) v++;
    // (Past a relative clause set off by commas, wherever the parse hung it: "after Northwave
    // Ferries, which operates the route, walked out".)
    let relative = -1;
    if (words[v] === ',' && /^(which|who)$/.test(words[v + 1] ?? '') && /^nsubj/.test(labels[v + 1]!) && heads[v + 1]! > v + 1) {
      const end = Math.max(...subtreeOf(syntax, heads[v + 1]!));
      if (words[end + 1] === ',') {
        relative = heads[v + 1]!;
        v = end + 2;
      }
    }
    // (Past the verb's own auxiliaries: "after the regulator, OFIMA, had fined the company".)
    while (tags[v] === 'AUX' && heads[v]! > v && tags[heads[v]!] === 'VERB' && heads[v]! <= v + 3) v = heads[v]!;
    if (tags[v] !== 'VERB' || /ing$/.test(words[v]!)) continue;
    // (The phrase may hang on that verb itself, as its subject or as an oblique: "fined after
    // inspectors found droppings", "after inspectors" read as when they found them.)
    const isSubject = heads[n] === v && /^(nsubj|obl$|nmod$)/.test(labels[n]!);
    if (!isSubject && (hasDependent(syntax, v, /^(nsubj|csubj|expl)/) || dominates(heads, v, n))) continue;
    // The verb the clause modifies: the one the phrase was under, or the one the verb hangs on.
    let up = isSubject ? heads[v]! : heads[n]!;
    while (up >= 0 && tags[up] !== 'VERB') up = heads[up]!;
    // (With no verb above it, in a parse gone wrong elsewhere, the clause keeps its place but
    // still gets its subject: "… were shut in September after surveyors discovered …".)
    const placed = up >= 0 && up !== v && !dominates(heads, v, up);
    if (!placed && !(isSubject && up < 0)) continue;
    return edited(syntax, (newHeads, newLabels) => {
      newHeads[n] = v;
      newLabels[n] = subjectLabel(syntax, v);
      newHeads[p] = v;
      newLabels[p] = 'mark';
      if (relative >= 0) {
        newHeads[relative] = n;
        newLabels[relative] = 'acl:relcl';
      }
      if (placed) {
        newHeads[v] = up;
        newLabels[v] = 'advcl';
      }
    });
  }
  return syntax;
}

/**
 * "The report the council published on Monday criticised the board", "Of the 620 farms the
 * association surveyed, roughly a quarter had been unable to …": a relative clause with no
 * pronoun, its object the noun just before its subject, read as the sentence's head with that
 * noun a second subject (or an oblique) and the main verb hung on it. A verb has one subject, and
 * a noun right before another noun phrase and its verb, with no comma between, is what that verb
 * acts on: the clause describes the noun, and the verb after the clause heads the sentence, the
 * noun in the place it had.
 */
function contactRelative(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const v = heads.indexOf(-1);
  // (With an object or a passive auxiliary it has no gap: no relative clause of this kind.)
  if (v < 0 || tags[v] !== 'VERB' || hasDependent(syntax, v, /^(obj|aux:pass)$/)) return syntax;
  const before = dependentsOf(syntax, v).filter((d) => d < v && /^(nsubj|obl)$/.test(labels[d]!) && /^(NOUN|PROPN|PRON)$/.test(tags[d]!));
  const subject = before.filter((d) => labels[d] === 'nsubj').pop();
  const noun = subject === undefined ? undefined : before.filter((d) => d < subject && tags[d] !== 'PRON').pop();
  if (subject === undefined || noun === undefined) return syntax;
  // Adjacent: the subject's phrase starts right after the noun, and nothing but the subject's
  // phrase stands between it and the verb.
  const phrase = subtreeOf(syntax, subject);
  if (phrase[0] !== noun + 1 || phrase[phrase.length - 1] !== v - 1 || words[noun + 1] === ',') return syntax;
  // The main verb: one hung on the clause's verb after it, as a clause of its own.
  const clauseEnd = (d: number) => Math.min(...subtreeOf(syntax, d));
  const main = dependentsOf(syntax, v).find((d) => d > v && /^(VERB|ADJ)$/.test(tags[d]!) && /^(xcomp|ccomp|parataxis|conj|advcl)$/.test(labels[d]!) && clauseEnd(d) > v);
  if (main === undefined) return syntax;
  // The noun the subject of the main verb, which has none of its own; or, a phrase of its own
  // ("Of the 620 farms …"), the main verb a clause after a comma with its own subject ("On Tuesday
  // the council failed to approve" is no relative clause).
  const ownSubject = hasDependent(syntax, main, /^nsubj/);
  const afterComma = words[clauseEnd(main)] === ',' || words[clauseEnd(main) - 1] === ',';
  if (labels[noun] === 'nsubj' ? ownSubject : !ownSubject || !afterComma || isTimeNoun(words[noun]!)) return syntax;
  return edited(syntax, (newHeads, newLabels) => {
    newHeads[main] = -1;
    newLabels[main] = 'root';
    newHeads[noun] = main;
    newLabels[noun] = labels[noun] === 'nsubj' ? subjectLabel(syntax, main) : labels[noun]!;
    newHeads[v] = noun;
    newLabels[v] = 'acl:relcl';
    // What stood after the main verb, and the closing marks, belong to it.
    for (const d of dependentsOf(syntax, v)) if (d > main || (labels[d] === 'punct' && d > v && d < main && words[d] === ',')) newHeads[d] = main;
  });
}

/**
 * "Court papers show that Brackwater Construction, which built the homes, has taken legal action
 * against …": the parser gave the relative clause's verb two subjects, the name and the relative
 * pronoun, and the main verb after the clause's closing comma the reporting verb's subject. A verb
 * has one subject: the clause opened by the pronoun describes the name, the name is the subject of
 * the verb after the clause, and a reporting verb the first clause hung from, with "that" before
 * the name, takes that verb's clause as its complement and its own subject back.
 */
function relativeWithTwoSubjects(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let v = 0; v < heads.length; v++) {
    if (tags[v] !== 'VERB') continue;
    const subjects = dependentsOf(syntax, v).filter((d) => d < v && /^nsubj/.test(labels[d]!));
    // (Or "whom", the clause's object, with the clause's own subject after it: "Melissa Crane,
    // whom Rhona Tait defeated in the final, is seeded third".)
    const pronoun = dependentsOf(syntax, v).find((d) => d < v && words[d - 1] === ',' &&
      ((/^(which|who)$/.test(words[d]!) && /^nsubj/.test(labels[d]!)) || (words[d] === 'whom' && /^(obj|nsubj)/.test(labels[d]!))));
    const name = subjects.find((d) => d < (pronoun ?? -1) && /^(NOUN|PROPN)$/.test(tags[d]!));
    if (pronoun === undefined || name === undefined) continue;
    // The verb after the clause: the first after its last word and a comma. (Or one the parser
    // hung on the clause's verb itself, made the head, after a comma and its auxiliaries.)
    const afterComma = (d: number) => {
      let k = d - 1;
      while (k > v && tags[k] === 'AUX') k--;
      return words[k] === ',';
    };
    const hung = dependentsOf(syntax, v).find((d) => d > v && tags[d] === 'VERB' && /^(ccomp|parataxis|conj|advcl)$/.test(labels[d]!) && afterComma(d));
    const end = Math.max(...subtreeOf(syntax, v));
    let main = end + 2;
    while (main < heads.length && tags[main] === 'AUX') main++;
    const underClause = words[end + 1] !== ',' && hung !== undefined;
    // (Or a clause that ends the sentence after a speaker set after its verb: "…, said Lena
    // Vasquez, whom Martin Doyle succeeded as chief executive." The name is the speaker.)
    const speaking = heads[v]!;
    if (!underClause && words[end + 1] !== ',' && speaking >= 0 && speaking < name && tags[speaking] === 'VERB' && /^(ccomp|parataxis)$/.test(labels[v]!) &&
      !dependentsOf(syntax, speaking).some((d) => /^nsubj/.test(labels[d]!))) {
      return editedTree(syntax, (newHeads, newLabels) => {
        newHeads[v] = name; newLabels[v] = 'acl:relcl';
        newHeads[name] = speaking; newLabels[name] = 'nsubj';
      });
    }
    if (underClause) main = hung;
    else if (words[end + 1] !== ',') continue;
    if (main >= heads.length || tags[main] !== 'VERB' || (dominates(heads, v, main) && !underClause)) continue;
    return edited(syntax, (newHeads, newLabels) => {
      if (underClause) {
        newHeads[main] = heads[v]!;
        newLabels[main] = labels[v]!;
        for (const d of dependentsOf(syntax, v)) if (d > main && labels[d] === 'punct') newHeads[d] = main;
      }
      newHeads[v] = name;
      newLabels[v] = 'acl:relcl';
      const other = dependentsOf(syntax, main).find((d) => d < name && /^nsubj/.test(labels[d]!));
      newHeads[name] = main;
      newLabels[name] = subjectLabel(syntax, main);
      const reporter = heads[v]!;
      const that = name - 1 >= 0 && words[name - 1] === 'that' ? name - 1 : -1;
      if (other !== undefined && reporter >= 0 && reporter < name && tags[reporter] === 'VERB' && that > reporter && heads[main] === -1) {
        newHeads[reporter] = -1;
        newLabels[reporter] = 'root';
        newHeads[other] = reporter;
        newLabels[other] = 'nsubj';
        newHeads[main] = reporter;
        newLabels[main] = 'ccomp';
        newHeads[that] = main;
        newLabels[that] = 'mark';
        for (const d of dependentsOf(syntax, main)) if (labels[d] === 'punct' && d > main) newHeads[d] = reporter;
      }
    });
  }
  return syntax;
}

/**
 * "Skylark Regional by Corvane Aero Services": the words of the name at `name` that the parser
 * hung, as the flat rest of a name, on the name `wrong` before it are this name's (in `heads`).
 */
function takeRestOfName(syntax: SentenceSyntax, heads: Int32Array, name: number, wrong: number): void {
  const { tags, labels } = syntax;
  for (let k = name + 1; k < tags.length && tags[k] === 'PROPN' && syntax.heads[k] === wrong && labels[k] === 'flat'; k++) heads[k] = name;
}

/**
 * "a lawsuit by Brightlane Systems against Harlow Freight", "brought against Skylark Regional by
 * Corvane Aero Services", "complained to the Care Standards Authority about Westvale": the parser
 * hangs the second party on the first party's name and the
 * rest of its words on that name too. A name takes no such phrase (only "of": "Bank of
 * England"); the phrase is the word the name hangs on's, and the words after the preposition
 * are one name.
 */
function nameModifiers(syntax: SentenceSyntax, words: readonly string[]): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  let fixed: { heads: Int32Array; labels: string[] } | undefined;
  for (let d = 0; d < heads.length; d++) {
    const h = heads[d]!;
    if (h < 0 || h > d || !/^nmod$/.test(labels[d]!) || (tags[d] !== 'PROPN' && tags[d] !== 'NOUN')) continue;
    // (A name may end in a common noun, "Harvest Ridge Co-operative": names before it make it one.)
    const name = tags[h] === 'PROPN' || (tags[h] === 'NOUN' && dependentsOf(syntax, h).some((c) => c < h && tags[c] === 'PROPN' && /^(compound|flat)$/.test(labels[c]!)));
    if (!name) continue;
    const marker = dependentsOf(syntax, d).find((c) => labels[c] === 'case' && c < d);
    if (marker === undefined || !/^(by|against|to|from|with|about|over)$/.test(words[marker]!)) continue;
    const governor = heads[h]!;
    if (governor < 0 || !/^(NOUN|VERB)$/.test(tags[governor]!)) continue;
    fixed ??= { heads: Int32Array.from(heads), labels: labels.slice() };
    takeRestOfName(syntax, fixed.heads, d, h);
    fixed.heads[d] = governor;
    fixed.labels[d] = tags[governor] === 'NOUN' ? 'nmod' : words[marker] === 'by' ? 'obl:agent' : 'obl';
  }
  return fixed ? { ...syntax, ...fixed } : syntax;
}

/**
 * "a proposal from external member Kwame Asante": a description and the name right after it
 * hung side by side on one word, the description with the phrase's preposition. They are one
 * phrase, as describedName makes "Harlow captain Ben Ode": the name heads it, the description
 * is part of it, and the preposition is the name's.
 */
function descriptionBeforeName(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let n = 0; n + 1 < heads.length; n++) {
    if (tags[n] !== 'NOUN' || tags[n + 1] !== 'PROPN' || heads[n]! < 0) continue;
    let end = n + 1;
    // (A name joined by an ampersand or "and" is one run: "the firm Bruun & Ferrante", its last
    // word the first's conjunct.)
    const joined = (k: number) => labels[k + 1] === 'cc' && heads[k + 1] === k + 2 && tags[k + 2] === 'PROPN' && heads[k + 2] === k && labels[k + 2] === 'conj';
    while (tags[end + 1] === 'PROPN' || joined(end)) end += tags[end + 1] === 'PROPN' ? 1 : 2;
    const run = (k: number) => k > n && k <= end;
    const loose = [];
    for (let k = n + 1; k <= end; k++) if (!run(heads[k]!)) loose.push(k);
    const name = loose[0];
    // (Or one the parse hung on a punctuation mark, which heads nothing: "carried out by the
    // firm Bruun & Ferrante, which …".)
    const onMark = name !== undefined && heads[name]! >= 0 && tags[heads[name]!] === 'PUNCT';
    if (loose.length !== 1 || name === undefined || (!onMark && (heads[name] !== heads[n] || !/^(nmod|obl|obj|appos|dep)/.test(labels[name]!)))) continue;
    const own = dependentsOf(syntax, n);
    if (own.some((d) => d > n) || hasDependent(syntax, name, /^case$/) || !own.some((d) => labels[d] === 'case')) continue;
    return editedTree(syntax, (newHeads, newLabels) => {
      newHeads[name] = heads[n]!;
      newLabels[name] = labels[n]!;
      newHeads[n] = name;
      newLabels[n] = 'compound';
      for (const d of own) if (labels[d] === 'case') newHeads[d] = name;
    });
  }
  return syntax;
}

/**
 * "bought private equity firm Ardmore Capital's 25% holding": a description right before a name
 * that owns the verb's real object, the description read as the object and the owned noun hung
 * on the verb as a clause of its own. The owned noun is the object; the description is part of
 * its owner's name.
 */
function describedOwnerReadAsObject(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  for (let n = 0; n + 1 < heads.length; n++) {
    if (tags[n] !== 'NOUN' || labels[n] !== 'obj' || tags[n + 1] !== 'PROPN') continue;
    const v = heads[n]!;
    let owner = n + 1;
    while (tags[owner + 1] === 'PROPN') owner++;
    const owned = heads[owner]!;
    if (labels[owner] !== 'nmod:poss' || owned <= owner || tags[owned] !== 'NOUN' || heads[owned] !== v || labels[owned] === 'obj') continue;
    return editedTree(syntax, (newHeads, newLabels) => {
      newLabels[owned] = 'obj';
      newHeads[n] = owner;
      newLabels[n] = 'compound';
    });
  }
  return syntax;
}

/**
 * "was summoned by Veldmark's foreign ministry": the parser made the possessor the verb's agent
 * and the possessed noun a second argument (an object). A possessor ("X's") and the noun phrase
 * right after it, both hung on one verb, are one phrase: the noun takes the possessor's place
 * and its preposition, the possessor describes the noun.
 */
function possessorArgument(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  let fixed: { heads: Int32Array; labels: string[] } | undefined;
  for (let d = 0; d < heads.length; d++) {
    const v = heads[d]!;
    if (v < 0 || tags[v] !== 'VERB' || labels[d] === 'nmod:poss' || (tags[d] !== 'PROPN' && tags[d] !== 'NOUN')) continue;
    const kids = dependentsOf(syntax, d);
    const owner = kids.find((c) => c > d && labels[c] === 'case' && tags[c] === 'PART');
    if (owner === undefined) continue;
    let n = owner + 1;
    while (n < heads.length && (tags[n] === 'ADJ' || tags[n] === 'NUM' || ((tags[n] === 'NOUN' || tags[n] === 'PROPN') && heads[n] !== v))) n++;
    if (n >= heads.length || heads[n] !== v || (tags[n] !== 'NOUN' && tags[n] !== 'PROPN')) continue;
    fixed ??= { heads: Int32Array.from(heads), labels: labels.slice() };
    fixed.heads[n] = v;
    fixed.labels[n] = labels[d]!;
    fixed.heads[d] = n;
    fixed.labels[d] = 'nmod:poss';
    for (const c of kids) if (labels[c] === 'case' && c < d) fixed.heads[c] = n;
    for (let k = owner + 1; k < n; k++) if (heads[k] === d) fixed.heads[k] = n;
  }
  return fixed ? { ...syntax, ...fixed } : syntax;
}
