// Human descriptions of each finding kind, as SARIF rules (and later hover text in the editor)
// need them. Kept next to the CLI rather than in src/core because they are presentation, not
// analysis; a test checks every kind in KINDS has an entry.

import type { Kind } from '../core';

export interface RuleDoc {
  /** PascalCase identifier, per SARIF's convention for reportingDescriptor.name. */
  readonly name: string;
  /** One short phrase. */
  readonly short: string;
  /** One or two sentences on what the rule detects. */
  readonly full: string;
  /** What to do about a finding. */
  readonly help: string;
}

export const RULE_DOCS: Readonly<Record<Kind, RuleDoc>> = {
  number: {
    name: 'ChangedNumber',
    short: 'A figure differs from the source.',
    full: 'An amount, count, percentage or measurement in the rewrite differs from the corresponding figure in the source.',
    help: 'Check the figure against the source and restore it, including its unit and any rounding the source used.',
  },
  date: {
    name: 'ChangedDate',
    short: 'A date or time differs from the source.',
    full: 'A date, day, year or time reference in the rewrite does not match the one in the source.',
    help: 'Restore the date from the source; relative dates ("on Monday") must still point to the same day.',
  },
  entity: {
    name: 'ChangedEntity',
    short: 'A person, organisation or place differs from the source.',
    full: 'A named person, organisation, country or place in the rewrite is not the one the source names for this claim.',
    help: 'Use the name the source uses for this claim; abbreviations are fine only if they refer to the same entity.',
  },
  role: {
    name: 'ChangedRole',
    short: 'A title or role differs from the source.',
    full: 'A person is given a different title, office or role than in the source.',
    help: 'Give the person the title or role the source gives them.',
  },
  negation: {
    name: 'FlippedNegation',
    short: 'A claim is negated or un-negated.',
    full: 'The rewrite asserts what the source denies, or denies what the source asserts.',
    help: 'Restore the polarity of the claim as stated in the source.',
  },
  tense: {
    name: 'ChangedTense',
    short: 'The time of an event changed.',
    full: 'The rewrite reports as past, ongoing or future something the source places at a different time, for example a plan reported as done.',
    help: 'Use the tense of the source so the event happens when the source says it does.',
  },
  modality: {
    name: 'ChangedCertainty',
    short: 'The certainty of a claim changed.',
    full: 'The rewrite states as certain what the source presents as possible, likely or required, or the other way round (may, might, will, must).',
    help: 'Restore the hedge or the certainty of the source.',
  },
  quantifier: {
    name: 'ChangedQuantifier',
    short: 'How many or how much changed.',
    full: 'A quantifier such as all, most, some, few or none differs from the source, changing how general the claim is.',
    help: 'Use the quantifier of the source.',
  },
  quote: {
    name: 'AlteredQuote',
    short: 'A quotation differs from the source.',
    full: 'Text inside quotation marks in the rewrite does not match the words quoted in the source.',
    help: 'Quote the source verbatim, or drop the quotation marks and paraphrase with attribution.',
  },
  attribution: {
    name: 'ChangedAttribution',
    short: 'A claim is attributed differently.',
    full: 'The rewrite credits a claim to a different speaker or source, or drops or adds an attribution the source has or lacks.',
    help: 'Attribute the claim to whoever the source says made it.',
  },
  'roles-swapped': {
    name: 'SwappedRoles',
    short: 'Who did what to whom is reversed.',
    full: 'The participants of a claim are swapped relative to the source, for example the accuser reported as the accused, or a description is moved from one thing to another that both texts name.',
    help: 'Restore who acts and who is acted upon as in the source.',
  },
  wording: {
    name: 'ChangedWording',
    short: 'Wording changed in a way that may shift meaning.',
    full: 'A word or phrase was replaced by one that may carry a different connotation or strength than the source wording. A replacement judged to mean something else can be reported as a warning.',
    help: 'Review whether the new wording still says what the source says; accept it if it does.',
  },
  unsupported: {
    name: 'UnsupportedSentence',
    short: 'A sentence has no support in the source.',
    full: 'A sentence in the rewrite does not correspond to anything in the source.',
    help: 'Remove the sentence, or add the source it comes from.',
  },
  omitted: {
    name: 'OmittedClaim',
    short: 'A claim of the source is missing from the rewrite.',
    full: 'A claim in the source has no counterpart in the rewrite.',
    help: 'Decide whether leaving it out changes the story; restore it if it does.',
  },
  'added-detail': {
    name: 'AddedDetail',
    short: 'The rewrite adds a detail the source does not have.',
    full: 'A sentence matches the source but adds a detail (a figure, a name, a qualifier) that the source does not state.',
    help: 'Remove the added detail, or check it against another source and cite it.',
  },
  unrelated: {
    name: 'UnrelatedSource',
    short: 'The rewrite shares almost nothing with the source.',
    full: 'Almost no rewrite sentence matches a source sentence and almost no source sentence appears in the rewrite: the pair is reported once, with counts, instead of every sentence as unsupported and omitted.',
    help: 'Check that the right source was picked; compare the rewrite with the article it was written from.',
  },
  language: {
    name: 'NotEnglish',
    short: 'A text of the pair is not English, so the pair was not compared.',
    full: 'Faithful checks English text. When the source or the rewrite looks like another language (by its script, or by its commonest words), the pair gets this one finding instead of findings from rules that would misread it.',
    help: 'Compare English texts; for a translation, compare the English version with an English source.',
  },
};
