// The engine's sentence structure: part-of-speech tags refined for parsing, then a labelled
// dependency tree, for the tokens the tokenizer produced (so what is parsed is exactly what
// the rules see). Rules reach it through the pair context (context.ts).
import type { ParserModel } from './model';
import { encodeSentence, MAX_PARSE_TOKENS, parse, type DependencyParse, wordForm } from './parser';
import { affixesOf, shapeOf, tag } from './tagger';

/** What the parser reads of a token. */
export interface SyntaxToken {
  readonly text: string;
  /** Lower case with spellings folded (tokens.ts `norm`). */
  readonly norm: string;
  /** The tokenizer's part-of-speech tag. */
  readonly pos: string;
}

export interface SentenceSyntax extends DependencyParse {
  /** The refined part-of-speech tags the parse was made with. */
  readonly tags: readonly string[];
}

export function analyseSentence(model: ParserModel, tokens: readonly SyntaxToken[]): SentenceSyntax {
  if (tokens.length > MAX_PARSE_TOKENS) {
    return { heads: new Int32Array(tokens.length).fill(-1), labels: tokens.map(() => 'dep'), tags: tokens.map((t) => t.pos) };
  }
  const forms = tokens.map((t) => wordForm(t.norm));
  const tags = refineTags(model, forms, tokens.map((t) => t.text), tokens.map((t) => t.pos));
  return { ...parse(model, forms, tags), tags };
}

/** The tagger's tags for a sentence, given word forms, original texts and the tokenizer's tags. */
export function refineTags(model: ParserModel, forms: readonly string[], texts: readonly string[], hints: readonly string[]): string[] {
  const enc = encodeSentence(forms, hints, model.vocab, model.suffixes);
  return tag(model.tagger, {
    words: enc.words.subarray(1),
    suffixes: enc.suffixes.subarray(1),
    shapes: Int32Array.from(texts, shapeOf),
    hints: enc.tags.subarray(1),
    affixes: affixesOf(forms),
  });
}
