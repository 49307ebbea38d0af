// The pair contexts of a plain-text source and rewrite, built as the engine builds them for its
// rules (sentence alignment, token match, parses), for the fitting script and the unit tests.
import { alignSentences } from '../align';
import type { PairContext } from '../context';
import { prepareText } from '../document';
import { alignTokens } from '../tokenAlign';
import { pairSyntax } from '../syntax/sentenceSyntax';
import { documentVoice } from '../documentVoice';

/** One context per rewrite sentence, or null for a sentence paired with no source sentence. */
export function pairContexts(source: string, rewrite: string): (PairContext | null)[] {
  const src = prepareText(source, 'plain', () => {});
  const rw = prepareText(rewrite, 'plain', () => {});
  const alignment = alignSentences(src.sentences, rw.sentences, () => {});
  const voice = documentVoice(rw);
  return rw.sentences.map((r, ri) => {
    const sourceIdx = alignment.sourcesOf[ri]!;
    if (sourceIdx.length === 0) return null;
    const sources = sourceIdx.map((i) => src.sentences[i]!);
    const sTok = sources.flatMap((s) => s.tokens);
    const memo = new Map<string, unknown>();
    return {
      source: src, rewrite: rw, r, sources, rTok: r.tokens, sTok, match: alignTokens(sTok, r.tokens), siblings: [],
      claimed: new Set<number>(), claimedSource: new Set<number>(),
      memo: <T>(k: string, f: () => T) => (memo.has(k) ? memo.get(k) as T : (memo.set(k, f()), memo.get(k) as T)),
      syntax: pairSyntax(r.tokens, sources.map((s) => s.tokens)),
      voice,
    };
  });
}
