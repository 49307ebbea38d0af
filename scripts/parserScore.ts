// Scores of the tagger and parser on a treebank, run as the engine runs them (the tokenizer's
// tags refined by the tagger, then parsed): tag accuracy, UAS (right head) and LAS (right head
// and relation, relations without subtypes), over every token, punctuation included.
import type { TreebankSentence } from './conllu';
import type { ParserModel } from '../src/core/syntax/model';
import { tagAndParse } from '../src/core/syntax/index';

/** LAS is scored on universal relations, as in the CoNLL shared tasks: "nsubj:pass" counts as "nsubj". */
function baseRelation(label: string): string {
  return label.split(':')[0]!;
}

export interface ParserScore { readonly tagAccuracy: number; readonly uas: number; readonly las: number; readonly tokens: number; readonly ms: number }

export function scoreParses(model: ParserModel, sentences: readonly TreebankSentence[]): ParserScore {
  let tokens = 0;
  let tagsRight = 0;
  let heads = 0;
  let both = 0;
  const started = performance.now();
  for (const s of sentences) {
    const p = tagAndParse(model, s.forms, s.words, s.hints);
    const tags = p.tags;
    for (let i = 0; i < s.forms.length; i++) {
      tokens++;
      if (tags[i] === s.upos[i]) tagsRight++;
      if (p.heads[i]! + 1 === s.heads[i + 1]) {
        heads++;
        if (baseRelation(p.labels[i]!) === baseRelation(s.labels[i + 1]!)) both++;
      }
    }
  }
  return { tagAccuracy: tagsRight / tokens, uas: heads / tokens, las: both / tokens, tokens, ms: performance.now() - started };
}
