// The pipeline: prepare both texts, align sentences, run every rule on every aligned pair,
// report unsupported and omitted sentences, and finalise the findings.
import { alignmentMemoFor, alignSentences } from './align';
import type { PairContext, PairRule, RawFinding } from './context';
import { q, spanOf } from './context';
import { isHeadline, lineOpening, prepareText, type ParagraphsRead, type PreparedText, type Sentence } from './document';
import { midSentenceCapitals, namesAsked } from './mentions/entities';
import { finalize } from './findings';
import { attributionRule } from './rules/attribution';
import { comparisonRule } from './rules/comparison';
import { dateRule } from './rules/date';
import { entityRule } from './rules/entity';
import { modalityRule } from './rules/modality';
import { negationRule } from './rules/negation';
import { numberRule } from './rules/number';
import { frequencyRule } from './rules/frequency';
import { quantifierRule } from './rules/quantifier';
import { quoteRule } from './rules/quote';
import { roleRule } from './rules/role';
import { rolesSwappedRule } from './rules/rolesSwapped';
import { describedPartiesRule } from './rules/describedParties';
import { documentRolesRule } from './rules/documentRoles';
import { modifierMovedRule } from './rules/modifierMoved';
import { tenseRule } from './rules/tense';
import { wordingRule } from './rules/wording';
import { findNumbers, locatedNumbers, sameAmount, type NumberMention } from './mentions/numbers';
import { findDates } from './mentions/dates';
import { alignTokens, type TokenMatch } from './tokenAlign';
import { newRankClaims, rankLemmas } from './superlatives';
import { pairSyntax, syntaxOf } from './syntax/sentenceSyntax';
import type { PreparationCache } from './document';
import { sharesAlmostNothing, unrelatedFinding, type PairCounts } from './unrelatedPair';
import { languageFinding } from './language';
import { isCommonWord, isTimeNoun } from './wordnet';
import { documentVoice } from './documentVoice';
import { quoteSpans } from './quotes';
import { offsetFree, rebasedFrom } from './offsetFree';
import type { Token } from './tokens';
import { isContentToken } from './terms';
import { retellsAttribution } from './retoldAttribution';
import { restatesFigures } from './restatedFigures';
import { AnalysisCancelledError, AnalysisLimitError, type SentencePair, type Span, type AcceptedChange, type AnalysisResult, type AnalyzeOptions, type Finding } from './types';

/**
 * Rules in the order they claim words: the specific kinds first, so that a changed number
 * inside a quote is reported once, as a number; wording last, on whatever is left.
 */
const PAIR_RULES: readonly PairRule[] = [
  quoteRule, frequencyRule, numberRule, dateRule, negationRule, tenseRule, modalityRule, comparisonRule, quantifierRule,
  rolesSwappedRule, describedPartiesRule, documentRolesRule, modifierMovedRule, attributionRule, roleRule, entityRule, wordingRule,
];

/** Memo keys whose values are computed from the source text alone (the rules' and this file's). */
const SOURCE_ONLY_MEMO: ReadonlySet<string> = new Set(['source-omittable', 'source-numbers', 'source-ranks', 'source-date-keys', 'source-word-key', 'source-modifier-before-noun', 'source-speakers', 'source-texts', 'source-name-lemmas', 'source-sentence-lemmas', 'source-names-asked', 'source-descriptors', 'source-described-names', 'source-name-words', 'source-scope-nouns']);
/**
 * Memo keys whose values are computed from the source, the names both texts use and whether
 * either text has a capital (entity.ts): kept with an editor's cache while those are unchanged
 * (the names as far as the source's sentences ask about them: namesAsked).
 */
const SOURCE_AND_NAMES_MEMO: ReadonlySet<string> = new Set(['source-entities', 'source-entities-located', 'source-names-by-word']);
const sourceMemos = new WeakMap<PreparationCache, { key: string; store: Map<string, unknown> }>();
const namesMemos = new WeakMap<PreparationCache, { key: string; store: Map<string, unknown> }>();

/** The memo store kept with `cache` in `memos` for `key`: a new one when the key changed. */
function keyedMemoFor(memos: WeakMap<PreparationCache, { key: string; store: Map<string, unknown> }>, cache: PreparationCache, key: string): Map<string, unknown> {
  let entry = memos.get(cache);
  if (!entry || entry.key !== key) memos.set(cache, (entry = { key, store: new Map() }));
  return entry.store;
}

function sourceMemoFor(cache: PreparationCache, sourceKey: string): Map<string, unknown> {
  return keyedMemoFor(sourceMemos, cache, sourceKey);
}

export const DEFAULT_TIME_BUDGET_MS = 60_000;
export const DEFAULT_MAX_CHARS = 8_000_000;

export function analyze(source: string, rewrite: string, options: AnalyzeOptions = {}): AnalysisResult {
  const started = Date.now();
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  for (const [name, text] of [['source', source], ['rewrite', rewrite]] as const) {
    if (text.length > maxChars) {
      throw new AnalysisLimitError(`The ${name} is ${text.length.toLocaleString('en')} characters; the limit is ${maxChars.toLocaleString('en')}. Split it into smaller parts.`);
    }
  }
  const isCancelled = options.isCancelled;
  const checkBudget = () => {
    if (isCancelled?.()) throw new AnalysisCancelledError();
    if (Date.now() - started > budget) {
      throw new AnalysisLimitError(`Analysis stopped after ${budget.toLocaleString('en')} ms (the time budget). Compare smaller parts, or raise the budget.`);
    }
  };
  const format = options.format ?? 'plain';
  // Without an editor's cache, a paragraph both texts have (or one text has twice) is read once.
  const read: ParagraphsRead | undefined = options.cache ? undefined : new Map();
  const src = options.cache ? options.cache.preparedSource(source, format, () => prepareText(source, format, checkBudget, options.cache)) : prepareText(source, format, checkBudget, options.cache, read);
  const rw = prepareText(rewrite, format, checkBudget, options.cache, read);
  options.cache?.sweep();
  const sentences = () => ({
    source: src.sentences.map((s, si) => ({ start: s.start, end: s.end, carried: alignment?.sourceCarried[si] === true })),
    rewrite: rw.sentences.map((r) => ({ start: r.start, end: r.end })),
  });
  let alignment: ReturnType<typeof alignSentences> | undefined;
  // Another language: one finding saying so (language.ts), not rules misreading it.
  const foreign = languageFinding(src, rw);
  if (foreign) {
    return {
      findings: removeAccepted(finalize([foreign], rw.text, src.text, checkBudget), rw.text, src.text, options.accepted ?? []),
      pairs: [],
      sentences: sentences(),
      stats: { sourceSentences: src.sentences.length, rewriteSentences: rw.sentences.length, alignedPairs: 0, elapsedMs: Date.now() - started },
    };
  }
  // With an editor's cache, sentences an edit did not touch keep their pairing (align.ts); the
  // result is the same as a full alignment's.
  const reuse = options.cache ? { memo: alignmentMemoFor(options.cache), sourceKey: `${options.cache.sourceVersion(source)}\u0000${format}` } : undefined;
  alignment = alignSentences(src.sentences, rw.sentences, checkBudget, reuse);

  const memoStore = new Map<string, unknown>();
  // What depends on the source alone is kept with an editor's cache while the source is
  // unchanged, so an edit of the draft does not read the whole source again.
  const sourceStore = reuse ? sourceMemoFor(options.cache!, reuse.sourceKey) : memoStore;
  // Whether the rules of the pair being compared read a memo of the whole draft (see DRAFT_WIDE_MEMO).
  let readDraftWide = false;
  // Whether they read one of the whole source read with the names (SOURCE_AND_NAMES_MEMO).
  let readSourceNames = false;
  const memo = <T>(key: string, compute: () => T): T => {
    if (DRAFT_WIDE_MEMO.has(key)) readDraftWide = true;
    if (SOURCE_AND_NAMES_MEMO.has(key)) readSourceNames = true;
    const store = SOURCE_ONLY_MEMO.has(key) ? sourceStore : reuse && SOURCE_AND_NAMES_MEMO.has(key) ? namesStore() : memoStore;
    if (!store.has(key)) store.set(key, compute());
    return store.get(key) as T;
  };
  // What depends on the source and the names both texts use is kept while neither changes (the
  // names as far as the source's sentences ask about them: a name new to the draft keeps it).
  let namesMemo: Map<string, unknown> | undefined;
  const namesStore = () => (namesMemo ??= keyedMemoFor(namesMemos, options.cache!, `${reuse!.sourceKey}\u0000${sourceNamesAnswers()}\u0000${cased()}`));
  const rewritesOf = new Map<number, number[]>();
  alignment.sourcesOf.forEach((list, ri) => list.forEach((si) => (rewritesOf.get(si) ?? rewritesOf.set(si, []).get(si)!).push(ri)));

  const raw: RawFinding[] = [];
  const pairs: SentencePair[] = [];
  const sourceVersion = options.cache?.sourceVersion(source) ?? 0;
  // The rules read the names both texts capitalise (entity.ts); a cached pair is valid only
  // while that set is unchanged.
  // Whether the draft has a capital anywhere (the rules read it: entity.ts, rolesSwapped.ts).
  let hasCapital: boolean | undefined;
  const cased = () => (hasCapital ??= /\p{Lu}/u.test(rw.prose));
  let draftGeneration: number | undefined;
  const draftVersion = () => (draftGeneration ??= options.cache!.draftVersion(rewrite));
  // Each rewrite paragraph's text as a number (pair keys).
  const paragraphIds: number[] = [];
  const paragraphId = (k: number) => (paragraphIds[k] ??= options.cache!.textId(rw.text.slice(rw.paragraphs[k]!.start, rw.paragraphs[k]!.end)));
  let names: ReadonlySet<string> | undefined;
  const knownNamesSet = () => {
    if (names === undefined) {
      // The set of the check before when it is the same (names and order): what is memoised by
      // it (entities.ts) holds across edits that leave the names alone.
      const known = options.cache!.sameNames(knownNames(src.sentences, rw.sentences));
      memo('known-names', () => known.names);
      names = known.names;
    }
    return names;
  };
  // Which of the words the source's sentences ask the names about are names (namesAsked).
  let sourceAnswers: string | undefined;
  const sourceNamesAnswers = () => (sourceAnswers ??= namedOrNot(memo('source-names-asked', () => [...new Set(src.sentences.flatMap((s) => namesAsked(s.tokens)))]), knownNamesSet()));
  // A pair that shares almost nothing is reported once (unrelatedPair.ts), not sentence by sentence.
  // A short verbless line with no figure and no name ("Key dates", "Next steps") is a heading
  // or a label: it states nothing that could be unsupported.
  // So is a Markdown heading with no figure and no name, whatever its length ("What the money
  // pays for" / "Spending plan"): it names a section, and a rewrite renames sections freely.
  const heading = (doc: PreparedText, r: Sentence) => format === 'markdown' && /^[ \t]*#{1,6}[ \t]/.test(lineOpening(doc, r));
  // And a line that only leads into a list ("Under the terms of the deal:" / "The deal means
  // that:"), with no figure and no name: the claims are the items'.
  const leadIn = (r: Sentence) => factsOf(r.tokens).leadIn;
  // And a question with no figure and no name ("Could it get worse?"): it asks, and states nothing.
  // And a line all in capitals with no figure ("AT A GLANCE", "TV NEWS SCRIPT – HARBOURSIDE
  // PARK"): a script's or a newsletter's section title, set in capitals because it is one.
  const label = (r: Sentence, doc: PreparedText = rw) => {
    const f = factsOf(r.tokens);
    if (f.shouted) return true;
    if (heading(doc, r) || f.leadIn || f.question) return !f.named;
    return f.words <= 4 && !f.named && !f.verb;
  };
  const signpost = (s: Sentence) => factsOf(s.tokens).signpost;
  // (The draft's numbered items, read once and only if a headline has a count to check against them.)
  let numbered: ReadonlySet<number> | undefined;
  const numberedParts = () => (numbered ??= numberedPartsOf(rw));
  // Who the draft speaks as by its form, read once and held in every pair's key: a pair reads it
  // only through its rules, and it changes only with a "Q:" line or the line over the text.
  const voice = documentVoice(rw);
  const voiceKey = `${voice.transcript ? 'q' : ''}|${voice.writer?.join(' ') ?? ''}|${voice.author.join(' ')}`;
  const reportable = (r: Sentence) => factsOf(r.tokens).words >= 2 && !label(r) && !signpost(r) && !factsOf(r.tokens).contact && !factsOf(r.tokens).apparatus;
  // A headline over the story ("Ruiz-Hale century takes Westmarch top") sums up what the body
  // tells: a rewrite that re-angles or drops it drops no claim the body's sentences do not carry.
  // (Nor an interviewer's prompt in a transcript, "Q: The film took a long time to make.": the
  // answer carries the claim.)
  const prompt = (s: Sentence) => /(^|\n)[ \t]*Q[ \t]*:[ \t]*$/.test(src.text.slice(Math.max(0, s.start - 12), s.start));
  // (Nor a list item's run-in heading, set in bold before the item's text: "- **A new arrival
  // in the Highlands.** Our Amur leopard Zora gave birth …": it heads its item as a headline
  // heads the story.)
  const runIn = (s: Sentence) => format === 'markdown' && /(^|\n)[ \t]*([-*+][ \t]+|\d+[.)][ \t]+)?(\*\*|__)$/.test(src.text.slice(Math.max(0, s.start - 12), s.start)) &&
    /^(\*\*|__)[ \t]*\S/.test(src.text.slice(s.end, s.end + 8));
  const omittable = (s: Sentence) => factsOf(s.tokens).words >= 4 && !signpost(s) && !factsOf(s.tokens).contact && !factsOf(s.tokens).apparatus && !isHeadline(src, s) && !runIn(s) && !((heading(src, s) || leadIn(s) || factsOf(s.tokens).question) && label(s, src)) && !prompt(s);
  // Each sentence's answer once (the source's while it is unchanged): they are asked again below.
  const reportables = rw.sentences.map(reportable);
  const omittables = memo('source-omittable', () => src.sentences.map(omittable));
  const counts: PairCounts = {
    rewriteSentences: reportables.filter(Boolean).length,
    rewriteMatched: rw.sentences.filter((_r, ri) => reportables[ri] && alignment.sourcesOf[ri]!.length > 0).length,
    sourceSentences: omittables.filter(Boolean).length,
    sourceCarried: src.sentences.filter((_s, si) => omittables[si] && alignment.sourceCarried[si]).length,
  };
  const unrelated = sharesAlmostNothing(counts);
  if (unrelated) raw.push(unrelatedFinding(rw.text, rw.sentences[0]!, counts));
  let aligned = 0;
  rw.sentences.forEach((r, ri) => {
    // Every sentence: the rules on one long sentence can take seconds, and asking costs nanoseconds.
    checkBudget();
    const sourceIdx = alignment.sourcesOf[ri]!;
    if (sourceIdx.length === 0) {
      // (Nor is a sentence that only retells a source sentence's attribution: "The agency issued
      // the warning on Wednesday.")
      if (!unrelated && reportables[ri] && !retellsAttribution(r, src.sentences)) {
        // (Nor a headline or heading that counts the text's own numbered items, "Five things to
        // know about Kestrel's move", with every name in the source.)
        if (countsOwnParts(rw, r, heading(rw, r), numberedParts) && namesAllIn(r, src)) return;
        // A figure the source never states is named in the sentence's own finding; one the
        // source states otherwise ("billions" for "million") is a changed number of its own.
        const amounts = inventedAmounts(src, rw.text, r, memo);
        // (A headline that labels the story, "Explainer: what Skyline's €1.9bn swoop on Nordavia
        // means", "Veltro outage: your questions answered", names what the story is about; with
        // every figure and name of it in the source, it claims nothing the body does not.)
        // (Nor a masthead of common words set in parts, "MORNING BRIEFING | Markets & Business":
        // it names the publication and its section.)
        if (amounts.length === 0 && labelledHeadline(rw, r) && (namesAllIn(r, src) || masthead(r))) return;
        // (Nor a sentence that only retells figures of the source's, or works one out from those
        // just told: "It will cost a hundred and eighty-five million pounds.", "That's twenty-seven
        // percentage points short.")
        const before = rw.sentences[ri - 1];
        if (namesAllIn(r, src) && restatesFigures(r, src.sentences, (alignment.sourcesOf[ri - 1] ?? []).map((i) => src.sentences[i]!), before)) return;
        const unstated = amounts.filter((f) => f.kind === 'added-detail').map((f) => q(rw.text.slice(f.rewrite!.start, f.rewrite!.end)));
        raw.push(unsupported(rw.text, r, unstated));
        raw.push(...amounts.filter((f) => f.kind !== 'added-detail'));
      }
      return;
    }
    // (A lead-in states nothing to compare: whatever it was paired with, the items carry the claims.)
    if (leadIn(r) && label(r)) return;
    // (Nor a section title in capitals made of common words, "WRAP-UP", "LATEST": its capitals
    // are no names.)
    if (shoutedCommonWords(r.tokens)) return;
    // (Nor does a short question that names nothing, "What happened?" over a section, nor a headline
    // that labels the story, "Rainbow Tower recall: what parents need to know", with no figure
    // and every name in the source: what the story tells is the body's to compare.)
    // (So does a Markdown heading that asks, whatever its length: "How it came about – and how
    // the family gets paid".)
    if ((factsOf(r.tokens).question && (factsOf(r.tokens).words <= 6 || heading(rw, r)) && label(r)) || (labelledHeadline(rw, r) && !r.tokens.some((t) => /\p{N}/u.test(t.text)) && namesAllIn(r, src))) return;
    aligned++;
    const sources = sourceIdx.map((i) => src.sentences[i]!);
    // A sentence that ranks something the source never ranks ("the first planet found to …")
    // makes a claim of its own, however many words it shares with its source sentence.
    const ranks = newRankClaims(r, memo('source-ranks', () => rankLemmas(src.sentences)), sources);
    if (ranks.length > 0) raw.push(rankedUnsupported(rw.text, r, ranks));
    pairs.push({ rewrite: { start: r.start, end: r.end }, sources: sources.map((s) => ({ start: s.start, end: s.end })) });
    // (Most sentences are their source's only reader: no set made for them.)
    const only = sourceIdx.length === 1 ? rewritesOf.get(sourceIdx[0]!) : undefined;
    let siblings: Sentence[] = [];
    if (!only || only.length !== 1 || only[0] !== ri) {
      const siblingIdx = new Set(sourceIdx.flatMap((si) => rewritesOf.get(si) ?? []));
      siblingIdx.delete(ri);
      siblings = [...siblingIdx].map((i) => rw.sentences[i]!);
    }
    if (siblings.length === 0 && sources.length === 1 && keptVerbatim(src, rw, sources[0]!, r)) return;
    // (The names set is made before any rule reads it, so that they read the set of the check before when it is the same.)
    const key = options.cache && knownNamesSet() ? pairKey(rw, r, sourceIdx, siblings, sourceVersion, cased(), voiceKey, paragraphId, (t) => options.cache!.textId(t)) : null;
    const cached = key ? options.cache!.getPair<CachedPair>(key) : undefined;
    if (cached && (cached.draftVersion === undefined || cached.draftVersion === draftVersion()) && sameNamesAnswers(cached, knownNamesSet(), sourceNamesAnswers)) {
      raw.push(...cached.found.map((f) => shiftRewrite(f, r.start)));
      return;
    }
    readDraftWide = false;
    readSourceNames = false;
    // One source sentence: its own token list, not a copy, so that what is remembered by a
    // token list (its amounts, dates, entities, verb groups, frames) is read once for the
    // sentence and shared by every rule and pair that reads it.
    // Several: laid end to end, as one array that the copies of the same sentences at other
    // offsets are a rebased copy of (joinSources).
    const joined = sources.length === 1 ? null : joinSources(src, sources);
    const sTok = joined ? joined.tokens : sources[0]!.tokens;
    const ctx: PairContext = {
      source: src, rewrite: rw, r, sources, rTok: r.tokens, sTok,
      match: matchOf(sTok, r.tokens),
      siblings,
      claimed: new Set(), claimedSource: new Set(), memo,
      syntax: pairSyntax(r.tokens, joined ? joined.parts : sources.map((s) => s.tokens)),
      voice,
    };
    const found = PAIR_RULES.flatMap((rule) => rule(ctx));
    if (key) {
      // The names the pair's rules asked about (entity.ts reads its own sentences' and, through
      // SOURCE_AND_NAMES_MEMO, the whole source's), with the answers they got.
      const asked = [...new Set([...namesAsked(r.tokens), ...namesAsked(sTok)])];
      const entry: CachedPair = { found: found.map((f) => shiftRewrite(f, -r.start)), asked, named: namedOrNot(asked, knownNamesSet()) };
      if (readSourceNames) entry.sourceNamed = sourceNamesAnswers();
      if (readDraftWide) entry.draftVersion = draftVersion();
      options.cache!.setPair(key, entry);
    }
    raw.push(...found);
  });

  src.sentences.forEach((s, si) => {
    if (unrelated || alignment.sourceCarried[si]) return;
    if (!omittables[si]) return;
    // (Nor a line that only labels a figure or a date, a table's row or a list's item with no
    // verb, "Original launch date | 14 May", whose every figure and date the rewrite tells.)
    if (labelsFiguresTold(s, memo('rewrite-figures', () => figuresTold(rw)))) return;
    raw.push(omitted(src.text, s));
  });

  const findings = removeAccepted(finalize(raw, rw.text, src.text, checkBudget, () => memo('rewrite-quotes', () => quoteSpans(rw))), rw.text, src.text, options.accepted ?? []);
  return {
    findings,
    pairs,
    sentences: sentences(),
    stats: {
      sourceSentences: src.sentences.length,
      rewriteSentences: rw.sentences.length,
      alignedPairs: aligned,
      elapsedMs: Date.now() - started,
    },
  };
}

/**
 * Whether rewrite sentence `r`, paired with source sentence `s` alone (and no other rewrite
 * sentence with `s`), is `s` kept word for word where it stood: the same paragraph (text and
 * prose), the same place in it, and, for a paragraph's first sentence, the same sentence before
 * it. Everything the pair rules read of a pair then reads the same on both sides (the pair key's
 * parts, pairKey: the paragraph and place, the sentence before it across a paragraph break, the
 * siblings), and the rules find nothing: on the development set, test/corpus, SummEdits, Falke
 * and PAWS (6,181 pairs), none of 1,459 byte-identical sentence pairs had a finding. A draft
 * that keeps most of its source's paragraphs is then compared only where it changed.
 */
export function keptVerbatim(src: PreparedText, rw: PreparedText, s: Sentence, r: Sentence): boolean {
  if (r.end - r.start !== s.end - s.start || offsetFree(r.tokens).length !== offsetFree(s.tokens).length) return false;
  const rp = rw.paragraphs[r.paragraph]!;
  const sp = src.paragraphs[s.paragraph]!;
  if (r.start - rp.start !== s.start - sp.start || rp.end - rp.start !== sp.end - sp.start) return false;
  if (rw.text.slice(rp.start, rp.end) !== src.text.slice(sp.start, sp.end) || rw.prose.slice(rp.start, rp.end) !== src.prose.slice(sp.start, sp.end)) return false;
  const rBefore = rw.sentences[r.index - 1];
  const sBefore = src.sentences[s.index - 1];
  // Within the paragraph, the sentence before is the same one; across a break, it must be too.
  if (!rBefore || !sBefore) return !rBefore && !sBefore;
  if (rBefore.paragraph === r.paragraph && sBefore.paragraph === s.paragraph) return true;
  if ((rBefore.paragraph === r.paragraph) !== (sBefore.paragraph === s.paragraph)) return false;
  return rw.text.slice(rBefore.start, rBefore.end) === src.text.slice(sBefore.start, sBefore.end);
}

/** What decides whether a sentence is a label, a lead-in or signposting (see analyze), from its tokens alone. */
interface SentenceFacts {
  /** Its words (and numbers). */
  readonly words: number;
  /** A figure, or a capital past its first word. */
  readonly named: boolean;
  /** A verb or an auxiliary. */
  readonly verb: boolean;
  /** Up to eight words all in capitals, with no figure: a section title. */
  readonly shouted: boolean;
  /** It ends with a colon. */
  readonly leadIn: boolean;
  /**
   * It speaks to the reader and names nothing ("Here is what you need to know.", "Our reporter
   * has the details."): signposting,
   * not a claim a rewrite can drop or invent.
   */
  readonly signpost: boolean;
  /**
   * It gives contact details or sends the reader somewhere (an e-mail address, a web address, a
   * telephone number) and tells nothing else: no verb, or only a bidding one ("Media contact:
   * Laura Nieminen, press@veltrona.example", "Join at lindenparkzoo.example/friends."). The
   * story's service line, not one of its claims: dropping it drops nothing a rewrite must keep.
   */
  readonly contact: boolean;
  /**
   * It is a letter's or a memo's apparatus, a line with no verb and no figure: ending in a comma,
   * the greeting or the close ("Dear colleagues and students,", "With respect and gratitude,"),
   * or a header field, one word and a colon before its value ("Subject: Changes to our studios",
   * "To: All staff"), or a byline; or a script's cue in brackets with no figure. It addresses,
   * files or stages the text and claims nothing a rewrite must keep.
   */
  readonly apparatus: boolean;
  /**
   * It asks: it ends with a question mark, or is a line of its own with no stop that opens with
   * a question word or an auxiliary ("What is happening", an explainer's subheading). A question
   * asserts nothing a source could fail to support, nor a claim a rewrite could drop.
   */
  readonly question: boolean;
}

/**
 * A sentence that opens "Here is" or "Here are", or ends a noun phrase with "below" or "above"
 * ("the answers below are …", "the figures above."): a place in the text, not in the world.
 */
function pointsIntoText(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.isWord);
  if (words[0]?.lower === 'here' && /^(is|are|'s|’s)$/.test(words[1]?.lower ?? '')) return true;
  return tokens.some((t, i) => /^(below|above)$/.test(t.lower) && tokens[i - 1]?.pos === 'NOUN' && (!tokens[i + 1]?.isWord || tokens[i + 1]!.pos === 'AUX'));
}

/** By the offset-free token array (offsetFree.ts): an editor's re-check reads only the sentences an edit touched. */
const sentenceFacts = new WeakMap<readonly Token[], SentenceFacts>();

/** Words that open a direct question: a question word, or an auxiliary before its subject. */
const QUESTION_OPENERS = /^(what|why|how|who|whom|whose|when|where|which|will|would|could|can|should|shall|is|are|was|were|does|do|did|has|have|had|may|might|must)$/;

function asks(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last) return false;
  if (last.text === '?') return true;
  return last.isWord && QUESTION_OPENERS.test(tokens.find((t) => t.isWord)?.lower ?? '');
}

/**
 * A headline in two parts at a colon, one of them a label or a question: "Explainer: what …
 * means" (a word with no name or figure, then an indirect question), "Veltro outage: your
 * questions answered".
 */
function labelledHeadline(doc: PreparedText, s: Sentence): boolean {
  if (!isHeadline(doc, s)) return false;
  // (Or a dash: "Fenwick & Ross outage – how the day unfolded"; or a bar: "MORNING BRIEFING |
  // Markets & Business", whose label is in capitals, common words set as a title.)
  const colon = s.tokens.findIndex((t) => t.text === ':' || /^[–—|]$/.test(t.text));
  if (colon <= 0 || colon === s.tokens.length - 1) return false;
  const parts = [s.tokens.slice(0, colon), s.tokens.slice(colon + 1)];
  return parts.some((p) => !factsOf(p).named || asks(p) || shoutedCommonWords(p));
}

/** Words in capitals, all of them common words: a section title or a label ("WRAP-UP", "MORNING BRIEFING"), no names. */
function shoutedCommonWords(tokens: readonly Token[]): boolean {
  // (Of the word or its lemma: a press release's end mark, "ENDS".)
  return factsOf(tokens).shouted && tokens.every((t) => !t.isWord || isCommonWord(t.lower) || isCommonWord(t.lemma));
}

/** A line in parts at a bar, of common words and no figure: "MORNING BRIEFING | Markets & Business". */
function masthead(s: Sentence): boolean {
  return s.tokens.some((t) => t.text === '|') &&
    s.tokens.every((t) => !/\p{N}/u.test(t.text) && (!t.isWord || isCommonWord(t.lower) || isCommonWord(t.lower.replace(/s$/, ''))));
}

/**
 * A headline or heading that counts the text's own numbered parts, "Five things to know about
 * Kestrel's move" over items 1 to 5: its figure is how the text is laid out, not a claim.
 */
function countsOwnParts(doc: PreparedText, s: Sentence, isHeading: boolean, numberedParts: () => ReadonlySet<number>): boolean {
  if (!isHeading && !isHeadline(doc, s)) return false;
  const numbers = findNumbers(s.tokens);
  const n = numbers.length === 1 ? numbers[0]!.value : null;
  if (n === null || !Number.isInteger(n) || n < 2 || n > 30) return false;
  const numbered = numberedParts();
  return numbered.size === n && Array.from({ length: n }, (_v, k) => k + 1).every((k) => numbered.has(k));
}

/** The numbers a text's lines open with as items or headings: "1. …", "## 2) …", "**3.** …". */
function numberedPartsOf(doc: PreparedText): ReadonlySet<number> {
  return new Set([...doc.text.matchAll(/^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*)?(\d{1,2})[.)][ \t]/gm)].map((m) => Number(m[1])));
}

/** The figures and the date keys a whole text tells. */
function figuresTold(doc: PreparedText): { numbers: readonly NumberMention[]; dateKeys: ReadonlySet<string> } {
  return { numbers: doc.sentences.flatMap((r) => findNumbers(r.tokens)), dateKeys: new Set(doc.sentences.flatMap((r) => findDates(r.tokens).flatMap((d) => d.keys))) };
}

/** Whether a verbless line's figures and dates (one at least) are all among those `told`. */
function labelsFiguresTold(s: Sentence, told: ReturnType<typeof figuresTold>): boolean {
  const numbers = findNumbers(s.tokens).filter((m) => m.value !== null);
  const dateKeys = findDates(s.tokens).flatMap((d) => d.keys);
  if (numbers.length + dateKeys.length === 0) return false;
  // (By the parse's tags, which read the whole line: the word tagger takes "launch" in "Original
  // launch date" for a verb.)
  if (syntaxOf(s.tokens).tags.some((t) => t === 'VERB' || t === 'AUX')) return false;
  return numbers.every((m) => told.numbers.some((x) => sameAmount(m, x))) && dateKeys.every((k) => told.dateKeys.has(k));
}

/** Whether every capitalised word past a sentence's start is a word of the source's text. */
function namesAllIn(s: Sentence, src: PreparedText): boolean {
  const text = src.text.toLowerCase();
  // (A capital after a colon opens what follows, and a common word set in capitals is a label's
  // type, "FACT CHECK: Did …", "BREAKING": neither is a name.)
  const named = (t: Token, k: number) => k > 0 && t.isWord && /^\p{Lu}/u.test(t.text) && s.tokens[k - 1]!.text !== ':' &&
    !(/^\p{Lu}{2,}$/u.test(t.text) && isCommonWord(t.lower));
  return s.tokens.every((t, k) => !named(t, k) || text.includes(t.lower.replace(/['’]s$/, '')));
}

/** An e-mail address, a web address (with or without its scheme) or an international telephone number. */
const CONTACT_DETAIL = /[\w.+-]+@[\w-]+\.\w|https?:\/\/|\bwww\.|\b[\w-]+(\.[\w-]+)+\/|\+\d{1,3}[ \d]{6,}/;

/** A sentence's text from its tokens, a space wherever there was a gap between them. */
function joinedText(tokens: readonly Token[]): string {
  return tokens.map((t, i) => (i > 0 && t.start > tokens[i - 1]!.end ? ' ' : '') + t.text).join('');
}

function factsOf(tokens: readonly Token[]): SentenceFacts {
  const own = offsetFree(tokens);
  let f = sentenceFacts.get(own);
  if (!f) {
    const words = tokens.filter((t) => t.isWord);
    const verb = words.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const figure = tokens.some((t) => /\p{N}/u.test(t.text));
    f = {
      words: words.length,
      // (A capital after a colon opens what follows it, no name: "Verdict: False." Nor is "I" one:
      // "Can I still water by hand?")
      named: tokens.some((t, i) => t.isWord && (t.pos === 'NUM' || /\p{N}/u.test(t.text) || (t !== words[0] && /^\p{Lu}/u.test(t.text) && tokens[i - 1]?.text !== ':' && t.text !== 'I'))),
      shouted: words.length <= 8 && !figure && tokens.map((t) => t.text).join('').replace(/[^\p{L}]/gu, '').length >= 4 &&
        !tokens.some((t) => /\p{Ll}/u.test(t.text)),
      verb,
      leadIn: tokens[tokens.length - 1]?.text === ':',
      signpost: (tokens.some((t) => t.lower === 'you') && !tokens.some((t) => /^(NOUN|PROPN|NUM)$/.test(t.pos))) ||
        // (Or a script's link, the teller speaking of the telling: "Our reporter has the details.",
        // "And we're off.", "Let me set out what it involves.", with no name, no figure and no quotation.)
        (words.length <= 8 && tokens.some((t) => /^(we|our|us|me)$/.test(t.lower)) && !tokens.some((t) => /^(PROPN|NUM)$/.test(t.pos) || /["“”]/.test(t.text))) ||
        // (Or the text pointing into itself, with no name or figure: "Here is what went wrong – and
        // what comes next.", "Her answers below are in her own words.")
        (words.length <= 12 && !figure && !tokens.some((t) => t.pos === 'PROPN') && pointsIntoText(tokens)),
      question: asks(tokens),
      apparatus: (!verb && !figure && (tokens[tokens.length - 1]?.text === ',' || (tokens[1]?.text === ':' && words[0] === tokens[0]) ||
        // (Or a byline, "By Priya Venkataraman, Business Reporter": it says who wrote the story.)
        (words[0]?.text === 'By' && /^\p{Lu}/u.test(words[1]?.text ?? '')))) ||
        // (Or a script's cue in brackets with no figure, "[ON SCREEN: End card]", "[MUSIC: fades
        // out]": it directs the production.)
        (!figure && tokens[0]?.text === '[' && tokens[tokens.length - 1]?.text === ']' && tokens.findIndex((t) => t.text === ':') > 1 && /^\p{Lu}+$/u.test(words[0]?.text ?? '')),
      contact: (!verb || (words[0]!.pos === 'VERB' && !words.slice(1).some((t) => t.pos === 'VERB' || t.pos === 'AUX'))) && CONTACT_DETAIL.test(joinedText(tokens)),
    };
    sentenceFacts.set(own, f);
  }
  return f;
}

/**
 * The word alignment of a source sentence and a rewrite sentence, by their offset-free token
 * arrays (offsetFree.ts): it holds token indexes, never offsets, so a pair that recurs at other
 * offsets (paragraphs a text repeats) is aligned once. Nothing writes to a TokenMatch. Several
 * source sentences laid end to end are one array that their copies elsewhere are rebased from
 * (joinSources), so their alignment is shared as well.
 */
const matches = new WeakMap<readonly Token[], WeakMap<readonly Token[], TokenMatch>>();

function matchOf(source: readonly Token[], rewrite: readonly Token[]): TokenMatch {
  const s = offsetFree(source);
  const r = offsetFree(rewrite);
  let byRewrite = matches.get(s);
  if (!byRewrite) matches.set(s, (byRewrite = new WeakMap()));
  let m = byRewrite.get(r);
  if (!m) byRewrite.set(r, (m = alignTokens(source, rewrite)));
  return m;
}

/** Several source sentences' tokens laid end to end, made before (see joinSources). */
interface JoinedSources {
  /** The sentences' offset-free token arrays. */
  readonly own: readonly (readonly Token[])[];
  /** Where each sentence starts, from the first one's start. */
  readonly at: readonly number[];
  /** The source's text and prose from the first sentence's start to the last one's end. */
  readonly text: string;
  readonly prose: string;
  /** The first array made of them, and the sentences' token arrays it was made of. */
  readonly tokens: readonly Token[];
  readonly parts: readonly (readonly Token[])[];
}

const joinedSources = new WeakMap<readonly Token[], JoinedSources[]>();

/**
 * The tokens of a pair's source sentences (more than one) laid end to end, the pair context's
 * `sTok`, and the token arrays to parse them by. The same sentences (by their offset-free token
 * arrays) at the same places from one another, spanning the same text, are the first such
 * array with every offset moved by one amount: the new array is recorded as a rebased copy of
 * it (offsetFree.ts), so that what the rules remember by the offset-free array (amounts, dates,
 * verb groups, terms, entities) is read once for all copies, and they are parsed by the first
 * one's arrays (sentenceSyntax.ts remembers a joined parse by its first array), so that what is
 * remembered with a parse object (frames, attributions) is shared too. A single source
 * sentence's own token array has this already: document.ts rebases a repeated paragraph's.
 */
function joinSources(src: PreparedText, sources: readonly Sentence[]): { tokens: readonly Token[]; parts: readonly (readonly Token[])[] } {
  const parts = sources.map((s) => s.tokens);
  const tokens = sources.flatMap((s) => s.tokens);
  const own = parts.map((t) => offsetFree(t));
  const first = sources[0]!;
  const last = sources[sources.length - 1]!;
  const at = sources.map((s) => s.start - first.start);
  const text = src.text.slice(first.start, last.end);
  const prose = src.prose.slice(first.start, last.end);
  let known = joinedSources.get(own[0]!);
  if (!known) joinedSources.set(own[0]!, (known = []));
  for (const k of known) {
    if (k.own.length !== own.length || !k.own.every((t, i) => t === own[i] && k.at[i] === at[i]) || k.text !== text || k.prose !== prose) continue;
    rebasedFrom(tokens, k.tokens);
    return { tokens, parts: k.parts };
  }
  // (A few a first sentence at most: its pairings with other sentences.)
  if (known.length < 8) known.push({ own, at, text, prose, tokens, parts });
  return { tokens, parts };
}

/** Each sentence's capitals past its start (midSentenceCapitals), by the offset-free token array. */
const capitalsOf = new WeakMap<readonly Token[], readonly string[]>();

/**
 * The names both texts capitalise mid-sentence, in the order midSentenceCapitals finds them
 * (source first): an editor's re-check reads only the sentences an edit touched.
 */
function knownNames(source: readonly Sentence[], rewrite: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of [...source, ...rewrite]) {
    const own = offsetFree(s.tokens);
    let caps = capitalsOf.get(own);
    if (!caps) capitalsOf.set(own, (caps = [...midSentenceCapitals([s])]));
    for (const c of caps) out.add(c);
  }
  return out;
}

/**
 * Memos of the whole draft that a pair's rules may read beyond what its key holds (entity.ts:
 * the names the draft uses on their own anywhere, and the abbreviations it sets out;
 * attribution.ts: the nouns the draft describes a name by). A pair whose rules read one is
 * reused only while the draft is unchanged: such pairs are few, and are compared again after
 * every edit.
 */
const DRAFT_WIDE_MEMO: ReadonlySet<string> = new Set(['rewrite-entity-names', 'rewrite-descriptors', 'rewrite-abbreviations-set-out']);

/**
 * A pair's findings with rewrite offsets relative to its sentence; `draftVersion` when they hold
 * only for that draft (DRAFT_WIDE_MEMO). The names both texts use are not in the pair's key (a
 * name new to the draft changed every key, and every pair was compared again, about 300 ms in a
 * 10,000-word draft): the rules read them only by asking whether a word opening a sentence is
 * one (entities.ts, namesAsked), so the entry holds the words its rules could ask about and the
 * answers (`named`), and, when they read the whole source with the names, the source's answers
 * (`sourceNamed`). It is reused only while every answer is the same.
 */
interface CachedPair {
  readonly found: RawFinding[];
  readonly asked: readonly string[];
  readonly named: string;
  sourceNamed?: string;
  draftVersion?: number;
}

/** Which of `words` are in `names`, one character a word ('1' or '0'). */
function namedOrNot(words: readonly string[], names: ReadonlySet<string>): string {
  let out = '';
  for (const w of words) out += names.has(w) ? '1' : '0';
  return out;
}

/** Whether the names answer every question a cached pair's rules asked of them as they did then. */
function sameNamesAnswers(cached: CachedPair, names: ReadonlySet<string>, sourceAnswers: () => string): boolean {
  for (let k = 0; k < cached.asked.length; k++) if (names.has(cached.asked[k]!) !== (cached.named.charCodeAt(k) === 49)) return false;
  return cached.sourceNamed === undefined || cached.sourceNamed === sourceAnswers();
}

/**
 * Everything the pair rules read, as a cache key: the rewrite sentence's paragraph (its text,
 * by the number PreparationCache.textId gives it) and place in it (quotes can open in an
 * earlier sentence), the sentence before it when that one ends
 * the paragraph before (attribution reads a "He said" against the speaker named just before),
 * the source sentences and the source's version, the sibling sentences and their order
 * (attribution), whether the draft has any capital (entity.ts and rolesSwapped.ts read text
 * with none differently), and whether the sentence is the draft's headline (number.ts). The
 * names both texts use are checked beside the key (CachedPair).
 */
function pairKey(rw: PreparedText, r: Sentence, sourceIdx: readonly number[], siblings: readonly Sentence[], sourceVersion: number, cased: boolean, voice: string, paragraphId: (k: number) => number, textId: (text: string) => number): string {
  const para = rw.paragraphs[r.paragraph]!;
  // Another sentence by its text's number.
  const sentence = (s: Sentence) => textId(rw.text.slice(s.start, s.end));
  // With each sibling, whether it comes before or after this sentence (attribution reports a
  // dropped speaker on one half of a split sentence by their order).
  const siblingText = siblings.map((s) => `${s.index < r.index ? '<' : '>'}${sentence(s)}`).join(' ');
  const before = rw.sentences[r.index - 1];
  const beforeText = before && before.paragraph !== r.paragraph ? sentence(before) : '';
  return `${sourceVersion}\u0001${sourceIdx.join(',')}\u0001${r.start - para.start}\u0001${paragraphId(r.paragraph)}\u0001${beforeText}\u0001${siblingText}\u0001${cased ? 1 : 0}${isHeadline(rw, r) ? 'h' : ''}\u0001${voice}`;
}

function shiftRewrite(f: RawFinding, delta: number): RawFinding {
  return f.rewrite ? { ...f, rewrite: { start: f.rewrite.start + delta, end: f.rewrite.end + delta } } : f;
}

function rankedUnsupported(text: string, r: Sentence, ranks: readonly number[]): RawFinding {
  const span = spanOf(r.tokens);
  const words = ranks.map((i) => q(r.tokens[i]!.text)).join(', ');
  return {
    kind: 'unsupported',
    rewrite: span,
    source: null,
    message: `Unsupported: no source sentence says ${q(text.slice(span.start, span.end))}; the source never ranks it (${words}).`,
    suggestion: null,
  };
}

function unsupported(text: string, r: Sentence, unstated: readonly string[]): RawFinding {
  const span = spanOf(r.tokens);
  const figures = unstated.length ? `; the source never mentions ${unstated.join(', ')}` : '';
  return {
    kind: 'unsupported',
    rewrite: span,
    source: null,
    // "No source sentence", not "nothing in the source": a figure in it may still be compared
    // with the source's (inventedAmounts), and the two messages must not contradict each other.
    message: `Unsupported: no source sentence says ${q(text.slice(span.start, span.end))}${figures}.`,
    suggestion: null,
  };
}

/**
 * A sentence's amounts (findNumbers, one array a sentence) that no amount of the source's states
 * (`located`, one array while the source is unchanged), remembered by the two: an editor's
 * re-check asks again for every unsupported sentence, each amount against every one of the
 * source's.
 */
const unstated = new WeakMap<readonly unknown[], WeakMap<readonly NumberMention[], readonly NumberMention[]>>();

function unstatedAmounts(found: readonly NumberMention[], located: ReturnType<typeof locatedNumbers>): readonly NumberMention[] {
  let known = unstated.get(located);
  if (!known) unstated.set(located, (known = new WeakMap()));
  let out = known.get(found);
  // (A rank, "the first planet", is a claim of the sentence's, not an amount.)
  if (!out) known.set(found, (out = found.filter((m) => m.unit !== 'ordinal' && !located.some((s) => sameAmount(m, s.m)))));
  return out;
}

/** Inside an unsupported sentence, the amounts the source never states: the likeliest invented facts. */
function inventedAmounts(src: PreparedText, text: string, r: Sentence, memo: <T>(key: string, compute: () => T) => T): RawFinding[] {
  const located = memo('source-numbers', () => locatedNumbers(src.sentences));
  return unstatedAmounts(findNumbers(r.tokens), located)
    .map((m) => {
      const span = spanOf(r.tokens.slice(m.first, m.last + 1));
      // The source's only amount in the same unit ("billions of dollars" for "million dollars")
      // is what the invented figure distorts; with several, guessing would mislead.
      const sameUnit = m.unit ? located.filter((s) => s.m.unit === m.unit) : [];
      const distinct = new Set(sameUnit.map((s) => src.text.slice(s.span.start, s.span.end).toLowerCase()));
      // (Only one told of something the sentence shares with the source's: "could collapse within
      // a decade" is no figure that "the worst dispute in four decades" distorts.)
      const shares = (at: Span) => {
        const sentence = src.sentences.find((s) => s.start <= at.start && at.end <= s.end);
        const own = new Set(r.tokens.filter((t, i) => isContentToken(t) && (i < m.first || i > m.last)).map((t) => t.lemma));
        return !!sentence && sentence.tokens.some((t) => isContentToken(t) && t.pos !== 'NUM' && own.has(t.lemma));
      };
      // (Nor a length of time, the commonest amount in news: the source's "over the past three
      // years" is no figure that "the chain's 60-year history" distorts.)
      if (sameUnit.length > 0 && distinct.size === 1 && !isTimeNoun(m.unit!) && shares(sameUnit[0]!.span)) {
        const sourceText = src.text.slice(sameUnit[0]!.span.start, sameUnit[0]!.span.end);
        return {
          kind: 'number' as const,
          rewrite: span,
          source: sameUnit[0]!.span,
          message: `Number changed: the source's only such amount is ${q(sourceText)}; this sentence says ${q(text.slice(span.start, span.end))}.`,
          suggestion: sourceText,
        };
      }
      return {
        kind: 'added-detail' as const,
        rewrite: span,
        source: null as Span | null,
        message: `Added detail: rewrite says ${q(text.slice(span.start, span.end))}, which the source never mentions.`,
        suggestion: null,
      };
    });
}

function omitted(text: string, s: Sentence): RawFinding {
  const span = spanOf(s.tokens);
  const sentence = text.slice(span.start, span.end);
  return {
    kind: 'omitted',
    rewrite: null,
    source: span,
    message: `Omitted: the rewrite drops the source's claim ${q(sentence)}.`,
    suggestion: sentence,
  };
}

/** An accepted change stays accepted while both sides still read exactly the same. */
function removeAccepted(findings: Finding[], rewrite: string, source: string, accepted: readonly AcceptedChange[]): Finding[] {
  if (accepted.length === 0) return findings;
  return findings.filter((f) => !accepted.some((a) =>
    a.kind === f.kind &&
    a.rewriteText === (f.rewrite ? rewrite.slice(f.rewrite.start, f.rewrite.end) : null) &&
    a.sourceText === (f.source ? source.slice(f.source.start, f.source.end) : null)));
}

