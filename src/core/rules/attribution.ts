// `attribution`: who a claim comes from. Flags a source attribution the rewrite dropped ("said
// Blinken in a statement" gone, so a claim reads as established fact), a claim moved to another
// speaker, and a reporting verb that changes the claim's standing ("reported" vs "claimed").
import { q, spanOf, textOf, type PairContext, type PairRule, type RawFinding } from '../context';
import { REPORTING_VERBS } from '../lexicon';
import type { Token } from '../tokens';

interface Attribution {
  /** The reporting verb, or "according" of "according to". */
  readonly verb: number;
  /** Token indexes of the speaker. */
  readonly speaker: readonly number[];
  /** Whole attribution phrase, e.g. "said Blinken in a statement" or "Blinken said". */
  readonly first: number;
  readonly last: number;
  /** True when the phrase follows the claim ("..., said Blinken"). */
  readonly trailing: boolean;
}

const SPEAKER_POS = new Set(['PROPN', 'NOUN', 'PRON']);

function speakerRun(tokens: readonly Token[], from: number, step: 1 | -1): number[] {
  const out: number[] = [];
  for (let k = from; k >= 0 && k < tokens.length && Math.abs(k - from) < 6; k += step) {
    const t = tokens[k]!;
    if (SPEAKER_POS.has(t.pos) && t.lower !== 'that' && t.lower !== 'it') out.push(k);
    else if (t.pos === 'DET' || t.pos === 'ADJ' || t.lower === 'of' || /^\p{Lu}\.?$/u.test(t.text) || t.lower === "'s") continue;
    else break;
  }
  return out.sort((a, b) => a - b);
}

export function findAttributions(tokens: readonly Token[]): Attribution[] {
  const out: Attribution[] = [];
  tokens.forEach((t, i) => {
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const speaker = speakerRun(tokens, i + 2, 1);
      if (speaker.length) out.push({ verb: i, speaker, first: i, last: Math.max(...speaker), trailing: i > tokens.length / 2 });
      return;
    }
    if (t.pos !== 'VERB' || !REPORTING_VERBS.has(t.lemma)) return;
    // "X said" / "said X": the speaker sits next to the verb.
    const before = speakerRun(tokens, i - 1, -1).filter((k) => k >= i - 4);
    const after = speakerRun(tokens, i + 1, 1).filter((k) => k <= i + 4);
    const prev = tokens[i - 1];
    const trailing = !!prev && (prev.text === ',' || prev.text === '"' || prev.text === '”') && after.length > 0;
    const speaker = trailing ? after : before.length ? before : after;
    if (!speaker.length) return;
    let last = trailing ? tokens.length - 1 : i;
    while (last > i && !tokens[last]!.isWord) last--;
    out.push({ verb: i, speaker, first: trailing ? i : Math.min(...speaker), last: trailing ? last : i, trailing });
  });
  return out;
}

function speakerWords(tokens: readonly Token[], a: Attribution): Set<string> {
  return new Set(a.speaker.map((k) => tokens[k]!.lemma));
}

export const attributionRule: PairRule = (ctx) => {
  const sAttr = findAttributions(ctx.sTok);
  if (sAttr.length === 0) return [];
  const rAttr = findAttributions(ctx.rTok);
  const out: RawFinding[] = [];
  if (rAttr.length === 0) {
    // A split sentence may carry the attribution in its other half.
    if (ctx.siblings.some((s) => findAttributions(s.tokens).length > 0)) return [];
    // Report a dropped attribution once, on the half where it would be put back: the last
    // for a trailing "..., said X", the first for a leading "X said ...".
    const first = sAttr[0]!;
    const others = ctx.siblings.map((s) => s.index);
    if (first.trailing ? others.some((i) => i > ctx.r.index) : others.some((i) => i < ctx.r.index)) return [];
    return [dropped(ctx, first)];
  }
  const s = sAttr[0]!;
  const r = rAttr[0]!;
  const sWords = speakerWords(ctx.sTok, s);
  const rWords = speakerWords(ctx.rTok, r);
  const sameSpeaker = [...rWords].some((w) => sWords.has(w)) || ctx.rTok[r.speaker[0]!]?.pos === 'PRON' || ctx.sTok[s.speaker[0]!]?.pos === 'PRON';
  const sSpan = spanOf(ctx.sTok.slice(s.first, s.last + 1));
  const rSpan = spanOf(ctx.rTok.slice(r.first, r.last + 1));
  if (!sameSpeaker) {
    out.push({
      kind: 'attribution', rewrite: spanOf(r.speaker.map((k) => ctx.rTok[k]!)), source: spanOf(s.speaker.map((k) => ctx.sTok[k]!)),
      message: `Attribution changed: source attributes this to ${q(textOf(ctx.source, spanOf(s.speaker.map((k) => ctx.sTok[k]!))))}, rewrite to ${q(textOf(ctx.rewrite, spanOf(r.speaker.map((k) => ctx.rTok[k]!))))}.`,
      suggestion: textOf(ctx.source, spanOf(s.speaker.map((k) => ctx.sTok[k]!))),
    });
  }
  const sStance = REPORTING_VERBS.get(ctx.sTok[s.verb]!.lemma) ?? 'neutral';
  const rStance = REPORTING_VERBS.get(ctx.rTok[r.verb]!.lemma) ?? 'neutral';
  if ((sStance === 'doubt') !== (rStance === 'doubt')) {
    const sv = spanOf([ctx.sTok[s.verb]!]);
    const rv = spanOf([ctx.rTok[r.verb]!]);
    out.push({
      kind: 'attribution', rewrite: rv, source: sv,
      message: `Attribution verb changed: source says ${q(textOf(ctx.source, sv))}, rewrite says ${q(textOf(ctx.rewrite, rv))}.`,
      suggestion: textOf(ctx.source, sv),
    });
  }
  void rSpan; void sSpan;
  return out;
};

function dropped(ctx: PairContext, s: Attribution): RawFinding {
  const phrase = spanOf(ctx.sTok.slice(s.first, s.last + 1));
  const phraseText = textOf(ctx.source, phrase);
  // Anchor on the rewrite's last word, where the attribution can be put back.
  let last = ctx.rTok.length - 1;
  while (last > 0 && !ctx.rTok[last]!.isWord) last--;
  const rSpan = spanOf([ctx.rTok[last]!]);
  const lastWord = textOf(ctx.rewrite, rSpan);
  return {
    kind: 'attribution',
    rewrite: rSpan,
    source: phrase,
    message: `Attribution dropped: source attributes this claim (${q(phraseText)}); the rewrite states it as fact.`,
    suggestion: s.trailing ? `${lastWord}, ${phraseText}` : `${lastWord}, ${textOf(ctx.source, spanOf(s.speaker.map((k) => ctx.sTok[k]!)))} ${ctx.sTok[s.verb]!.text}`,
  };
}
