// Repairs to a parse that the rules would otherwise misread. The greedy parser's commonest
// error on news sentences is a long subject read as the sentence's head, with the main verb
// hanging from it as a modifier ("Operations at the Dunmore yard began on Monday": root
// "Operations", "began" an acl). A noun that heads a sentence while a verb after it has no
// subject of its own is that verb's subject: the tree is turned around there.
import type { SentenceSyntax } from './index';

const HANGING = /^(acl|parataxis|conj|dep|appos)$/;

export function repairParse(syntax: SentenceSyntax): SentenceSyntax {
  const { heads, labels, tags } = syntax;
  const root = heads.indexOf(-1);
  if (root < 0 || (tags[root] !== 'NOUN' && tags[root] !== 'PROPN')) return syntax;
  const childrenOf = (h: number) => {
    const out: number[] = [];
    heads.forEach((x, d) => { if (x === h) out.push(d); });
    return out;
  };
  // A copula makes the noun a predicate ("Kessel is the largest town"): no verb is missing.
  if (childrenOf(root).some((d) => labels[d] === 'cop')) return syntax;
  const verb = childrenOf(root).find((d) => d > root && tags[d] === 'VERB' && HANGING.test(labels[d]!) &&
    !childrenOf(d).some((c) => /^(nsubj|csubj|expl|mark)/.test(labels[c]!)));
  if (verb === undefined) return syntax;
  // A comma right before the verb sets it off as a description ("the trains, built in Spain").
  if (tags[verb - 1] === 'PUNCT') return syntax;
  const newHeads = Int32Array.from(heads);
  const newLabels = labels.slice();
  newHeads[verb] = -1;
  newLabels[verb] = 'root';
  newHeads[root] = verb;
  newLabels[root] = childrenOf(verb).some((c) => labels[c] === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
  // The sentence's own punctuation belongs to the new head.
  childrenOf(root).forEach((d) => { if (labels[d] === 'punct' && d > verb) newHeads[d] = verb; });
  return { heads: newHeads, labels: newLabels, tags };
}
