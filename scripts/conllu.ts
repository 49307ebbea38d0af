// Reads Universal Dependencies CoNLL-U files and tags their (gold) tokens with the engine's own
// tokenizer and tagger, so the parser is trained and evaluated on exactly the tags it will see.
import * as fs from 'node:fs';
import { tokenize } from '../src/core/tokens';
import { spellingKey } from '../src/core/spelling';
import { wordForm } from '../src/core/syntax/parser';

export interface TreebankSentence {
  readonly id: string;
  readonly words: readonly string[];
  /** Word forms as features see them (lower case, spelling folded, digits as 0). */
  readonly forms: readonly string[];
  /** The tokenizer's (wink-nlp's) part-of-speech tags for the gold tokens. */
  readonly hints: readonly string[];
  /** Gold Universal POS tags. */
  readonly upos: readonly string[];
  /** Gold heads, 1-based positions with 0 for the root (index 0 unused). */
  readonly heads: Int32Array;
  /** Gold relations with their subtypes ("nmod:poss"), index 0 unused. */
  readonly labels: readonly string[];
}

export function readConllu(file: string): TreebankSentence[] {
  const out: TreebankSentence[] = [];
  let id = '';
  let words: string[] = [];
  let heads: number[] = [0];
  let labels: string[] = [''];
  let upos: string[] = [];
  const flush = () => {
    if (words.length > 0) out.push(tagSentence(id, words, upos, Int32Array.from(heads), labels));
    words = []; heads = [0]; labels = ['']; upos = [];
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# sent_id = ')) id = line.slice(12).trim();
    if (line.startsWith('#')) continue;
    if (!line.trim()) { flush(); continue; }
    const cols = line.split('\t');
    // Multi-word token ranges (3-4) and empty nodes (8.1) are not syntactic words here.
    if (!/^\d+$/.test(cols[0]!)) continue;
    words.push(cols[1]!);
    upos.push(cols[3]!);
    heads.push(Number(cols[6]));
    labels.push(cols[7]!);
  }
  flush();
  return out;
}

/** Tags gold tokens by running the engine on them joined with spaces and reading the tag of the token at each word's start. */
function tagSentence(id: string, words: string[], upos: string[], heads: Int32Array, labels: string[]): TreebankSentence {
  const text = words.join(' ');
  const tokens = tokenize(text, 0, text.length);
  const hints: string[] = [];
  let at = 0;
  let k = 0;
  for (const w of words) {
    while (k < tokens.length && tokens[k]!.end <= at) k++;
    const t = tokens[k];
    hints.push(t && t.start < at + w.length ? t.pos : 'X');
    at += w.length + 1;
  }
  const forms = words.map((w) => wordForm(spellingKey(w.toLowerCase().replace(/’/g, "'"))));
  return { id, words, forms, hints, upos, heads, labels };
}
