// Closed-class word lists the rules share. Each list says what it is for; keeping them in one
// place makes it easy to see what the engine knows and to extend it with evidence.
import { spellingKey } from './spelling';

export const STOPWORDS = new Set(`a an the and or but nor so yet of in on at to for from by with without into onto
upon about above below over under between among through during before after since until as than
that this these those which who whom whose what when where why how whether if then there here it its
itself they them their theirs themselves he him his himself she her hers herself we us our ours
ourselves you your yours i me my mine be is am are was were been being have has had having do does
did doing will would shall should can could may might must also too very just only even still
such both either each every all any some no not own same other another more most much many few
up down out off again further once 's said says say told tell according added add`.split(/\s+/));

/** Words that flip a clause's polarity. */
export const NEGATORS = new Set(['not', 'no', 'never', 'none', 'neither', 'nor', 'without', 'nobody',
  'nothing', 'nowhere', 'cannot', 'hardly', 'barely', 'scarcely', 'lack', 'lacks', 'lacking', 'lacked']);

/** Negators that deny a set's members ("no patients", "none of the boats", "nobody"). */
export const NEGATED_QUANTIFIERS: ReadonlySet<string> = new Set(['no', 'none', 'nobody', 'nothing']);

/** Words that open a clause as well as a noun phrase ("after the vote", "after Pratt fouled him"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'once', 'as', 'because', 'when', 'while']);

/** Verbs that deny their infinitive: "declined to comment" = did not comment (negation, attribution). */
export const DECLINING_VERBS: ReadonlySet<string> = new Set(['decline', 'refuse', 'reject', 'fail']);

/** Verbs that, in the passive, put their subject's event at a later date: "the hearing was set for 14 May", "is due to finish" (tense, modality). */
export const SCHEDULED: ReadonlySet<string> = new Set(['schedule', 'set', 'plan', 'due', 'fix', 'slate', 'arrange']);

/**
 * Light verbs: verbs that lend their tense to an event their object names ("filed a legal
 * challenge" = "challenged", "made an offer" = "offered", "took a decision"), unlike a verb of
 * its own ("approved a cap" is not "capped") (tense).
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['make', 'take', 'give', 'have', 'do', 'file', 'lodge', 'launch', 'bring', 'issue', 'hold', 'mount', 'pay', 'put', 'submit', 'stage', 'carry', 'conduct', 'reach']);

/**
 * Verbs of choosing one thing over another: "chose", "picked", "selected", "preferred". (A list:
 * WordNet's rarer senses make "take" one, and "took over Carrington" no choice.)
 */
export const CHOOSING_VERBS: ReadonlySet<string> = new Set(['choose', 'pick', 'select', 'prefer', 'favour', 'favor', 'opt']);

/** Verbs that tell an act named by their object's noun finished: "completed its review", "concluded its inquiry". */
export const COMPLETING_VERBS: ReadonlySet<string> = new Set(['complete', 'finish', 'conclude', 'finalise', 'finalize']);

/** Modal auxiliaries as written (the parse's repairs read word forms): a verb follows one. */
export const MODAL_FORMS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', "'ll"]);

/** Forms of "have" that make a perfect ("has given", "having outbid"). */
export const PERFECT_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', "'ve"]);

/** Words that tell what is left of a whole once a part is taken ("the remaining 550", "the rest were passengers"). */
export const REMAINDER_WORDS: ReadonlySet<string> = new Set(['rest', 'remainder', 'remaining', 'other']);

/**
 * Adverbs that tell a state or a post as over: "previously held the record", "formerly
 * treasurer", "once ranked 31st" (the role rule's former post, the tense rule's ended state).
 */
export const ENDED_STATE_ADVERBS: ReadonlySet<string> = new Set(['previously', 'formerly', 'once']);

/** Verbs of committing to an act: what they govern is decided, no longer planned ("has decided to double"). */
export const DECIDING_VERBS: ReadonlySet<string> = new Set(['decide', 'agree', 'vote', 'resolve', 'opt', 'choose', 'elect']);

/** Pairs of opposite meaning: swapping one for the other flips the claim. Keys are lemmas. */
const ANTONYM_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['approve', 'reject'], ['accept', 'reject'], ['accept', 'refuse'], ['admit', 'deny'], ['confirm', 'deny'],
  ['open', 'shut'], ['open', 'close'], ['reopen', 'close'], ['win', 'lose'], ['victory', 'defeat'], ['win', 'defeat'], ['win', 'loss'],
  ['rise', 'fall'], ['increase', 'decrease'], ['increase', 'decline'], ['growth', 'decline'], ['grow', 'decline'],
  ['struggle', 'thrive'], ['struggling', 'thriving'], ['boom', 'slump'], ['surge', 'plunge'], ['ahead', 'back'], ['ahead', 'backwards'], ['ahead', 'behind'], ['forward', 'back'], ['forward', 'backwards'], ['increase', 'reduce'], ['increase', 'cut'], ['grow', 'shrink'],
  ['rise', 'drop'], ['rise', 'decline'], ['gain', 'loss'], ['gain', 'lose'], ['profit', 'loss'],
  ['guilty', 'innocent'], ['convict', 'acquit'], ['allow', 'ban'], ['allow', 'forbid'], ['allow', 'prohibit'],
  ['permit', 'ban'], ['legal', 'illegal'], ['lawful', 'unlawful'], ['support', 'oppose'], ['include', 'exclude'],
  ['alive', 'dead'], ['survive', 'die'], ['succeed', 'fail'], ['success', 'failure'], ['pass', 'fail'],
  ['start', 'stop'], ['begin', 'end'], ['hire', 'fire'], ['hire', 'lay'], ['join', 'leave'], ['enter', 'exit'],
  ['arrive', 'depart'], ['buy', 'sell'], ['import', 'export'], ['lend', 'borrow'], ['raise', 'lower'],
  ['raise', 'cut'], ['higher', 'lower'], ['more', 'less'], ['more', 'fewer'], ['above', 'below'],
  ['strengthen', 'weaken'], ['improve', 'worsen'], ['positive', 'negative'], ['safe', 'unsafe'],
  ['agree', 'disagree'], ['like', 'dislike'], ['able', 'unable'], ['likely', 'unlikely'], ['possible', 'impossible'],
  ['true', 'false'], ['praise', 'criticize'], ['welcome', 'condemn'], ['endorse', 'oppose'],
  ['expand', 'shrink'], ['expand', 'cut'], ['add', 'remove'], ['add', 'cut'], ['resume', 'suspend'],
  ['lift', 'impose'], ['ease', 'tighten'], ['boost', 'cut'], ['up', 'down'], ['cheap', 'expensive'],
  ['old', 'new'], ['old', 'young'], ['first', 'last'], ['before', 'after'], ['early', 'late'],
  ['majority', 'minority'], ['maximum', 'minimum'], ['surplus', 'deficit'], ['stay', 'leave'],
  ['remain', 'leave'], ['keep', 'drop'], ['keep', 'lose'], ['present', 'absent'], ['public', 'private'],
  ['domestic', 'foreign'], ['male', 'female'], ['men', 'women'], ['man', 'woman'], ['boy', 'girl'],
  ['north', 'south'], ['east', 'west'], ['northern', 'southern'], ['eastern', 'western'],
  ['acquittal', 'conviction'], ['arrest', 'acquit'], ['charge', 'acquit'], ['release', 'arrest'], ['release', 'detain'], ['free', 'jail'],
  ['attack', 'defend'], ['sue', 'settle'], ['friend', 'enemy'], ['ally', 'enemy'], ['ally', 'rival'],
];

const ANTONYMS = new Map<string, Set<string>>();
// (Lemmas are spelling keys, "raise" read as "raize": each word is entered under its key too.)
for (const [a, b] of ANTONYM_PAIRS) {
  for (const x of new Set([a, spellingKey(a)])) for (const y of new Set([b, spellingKey(b)])) {
    (ANTONYMS.get(x) ?? ANTONYMS.set(x, new Set()).get(x)!).add(y);
    (ANTONYMS.get(y) ?? ANTONYMS.set(y, new Set()).get(y)!).add(x);
  }
}

export function areAntonyms(a: string, b: string): boolean {
  return ANTONYMS.get(a)?.has(b) ?? false;
}

/** The words listed as opposite in meaning to a lemma. */
export function antonymsOf(a: string): ReadonlySet<string> {
  return ANTONYMS.get(a) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();

/** Certainty cues, each with the class of certainty it expresses. Multi-word cues are matched on lemmas. */
export type CertaintyClass = 'possible' | 'probable' | 'necessary' | 'alleged' | 'indicated' | 'proven' | 'planned' | 'considered';

export const CERTAINTY_CUES: ReadonlyArray<readonly [string, CertaintyClass]> = [
  ['may', 'possible'], ['might', 'possible'], ['could', 'possible'], ['can', 'possible'], ['unable to', 'possible'], ['possibly', 'possible'],
  ['perhaps', 'possible'], ['maybe', 'possible'], ['potentially', 'possible'], ['potential', 'possible'],
  ['possible', 'possible'], ['risk', 'possible'], ['chance', 'possible'], ['chances', 'possible'],
  ['likely', 'probable'], ['probably', 'probable'], ['expect to', 'probable'], ['expected to', 'probable'], ['expected', 'probable'],
  ['be set to', 'planned'], ['plan to', 'planned'], ['intend to', 'planned'], ['aim to', 'planned'],
  // An aim or a wish puts the event ahead without stating it, as a plan does ("hoped to clear
  // all waits" is not "will clear all waits").
  ['hope to', 'planned'], ['want to', 'planned'], ['wish to', 'planned'], ['seek to', 'planned'], ['try to', 'planned'], ['attempt to', 'planned'], ['poised to', 'probable'], ['should', 'probable'], ['ought to', 'probable'],
  ['unlikely', 'probable'], ['predict', 'probable'], ['forecast', 'probable'],
  ['must', 'necessary'], ['have to', 'necessary'], ['has to', 'necessary'], ['need to', 'necessary'], ['need not', 'necessary'],
  // An obligation or a permission put on the doer: "is required to limit" = "must limit", "is
  // allowed to confine" = "may confine".
  ['be required to', 'necessary'], ['be obliged to', 'necessary'], ['be allowed to', 'possible'], ['be permitted to', 'possible'],
  // (A choice left to the doer: "has the option of planting" = "may plant", "is free to sell".)
  ['have the option', 'possible'], ['be free to', 'possible'],
  ['certainly', 'necessary'], ['definitely', 'necessary'], ['undoubtedly', 'necessary'],
  ['alleged', 'alleged'], ['allegedly', 'alleged'], ['allege', 'alleged'], ['reportedly', 'alleged'], ['suspected', 'alleged'],
  ['purportedly', 'alleged'], ['apparently', 'alleged'], ['accused of', 'alleged'], ['claim', 'alleged'],
  // A belief no one is named for, put on the claim's subject: "is thought to have taken" =
  // "reportedly took", not "took".
  ['be thought to', 'alleged'], ['be believed to', 'alleged'], ['be understood to', 'alleged'], ['be said to', 'alleged'],
  ['be reported to', 'alleged'], ['be rumoured to', 'alleged'], ['be rumored to', 'alleged'],
  ['suggest', 'indicated'], ['indicate', 'indicated'], ['hint', 'indicated'], ['appear to', 'indicated'],
  ['seem to', 'indicated'], ['point to', 'indicated'], ['link to', 'indicated'],
  ['prove', 'proven'], ['establish', 'proven'], ['demonstrate', 'proven'], ['confirm', 'proven'],
  ['verify', 'proven'],
  // Deliberation: the act weighed is not yet decided ("is considering closing", "has proposed
  // closing", "is weighing whether to sell"). The act is read from the parse (modality.ts).
  ['consider', 'considered'], ['propose', 'considered'], ['weigh', 'considered'], ['explore', 'considered'],
  ['contemplate', 'considered'], ['mull', 'considered'], ['debate', 'considered'],
];

/** Scope and hedged-amount words, in classes that mean the same ("mostly" = "the majority"). */
export type ScopeClass = 'all' | 'nearly-all' | 'most' | 'many' | 'some' | 'few' | 'half' | 'third' | 'quarter' | 'two-thirds' |
  'three-quarters' | 'minority' | 'at-least' | 'at-most' | 'about' | 'almost' | 'only' | 'all-but';

export const SCOPE_CUES: ReadonlyArray<readonly [string, ScopeClass]> = [
  ['all', 'all'], ['every', 'all'], ['each', 'all'], ['both', 'all'], ['entire', 'all'], ['whole', 'all'], ['everyone', 'all'],
  ['everybody', 'all'], ['everything', 'all'], ['always', 'all'], ['universally', 'all'], ['any', 'all'],
  ['most', 'most'], ['mostly', 'most'], ['majority', 'most'], ['bulk', 'most'], ['greater part', 'most'], ['better part', 'most'], ['larger part', 'most'], ['bigger part', 'most'], ['largely', 'most'],
  ['mainly', 'most'], ['predominantly', 'most'], ['primarily', 'most'], ['chiefly', 'most'], ['usually', 'most'],
  ['typically', 'most'], ['generally', 'most'], ['normally', 'most'],
  ['many', 'many'], ['numerous', 'many'], ['often', 'many'], ['frequently', 'many'], ['lots', 'many'], ['plenty', 'many'], ['a large number of', 'many'],
  ['some', 'some'], ['several', 'some'], ['a few', 'some'], ['certain', 'some'], ['sometimes', 'some'], ['a number of', 'some'], ['a small number of', 'some'],
  ['few', 'few'], ['rarely', 'few'], ['seldom', 'few'], ['handful', 'some'], ['a handful', 'some'], ['not many', 'few'], ['not much', 'few'],
  ['half', 'half'], ['third', 'third'], ['quarter', 'quarter'], ['two-thirds', 'two-thirds'],
  ['two thirds', 'two-thirds'], ['three-quarters', 'three-quarters'], ['three quarters', 'three-quarters'],
  ['minority', 'minority'],
  ['at least', 'at-least'], ['more than', 'at-least'], ['over', 'at-least'], ['above', 'at-least'], ['upwards of', 'at-least'],
  ['in excess of', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['a minimum of', 'at-least'],
  ['up to', 'at-most'], ['as many as', 'at-most'], ['as much as', 'at-most'], ['as long as', 'at-most'],
  ['as high as', 'at-most'], ['at most', 'at-most'], ['less than', 'at-most'], ['fewer than', 'at-most'],
  ['under', 'at-most'], ['no more than', 'at-most'], ['below', 'at-most'], ['younger than', 'at-most'],
  ['within', 'at-most'], ['a maximum of', 'at-most'],
  ['older than', 'at-least'],
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['approx', 'about'], ['approx.', 'about'],
  ['an estimated', 'about'], ['estimated', 'about'], ['some', 'about'], ['circa', 'about'], ['close to', 'about'],
  ['nearly', 'almost'], ['almost', 'almost'], ['virtually', 'almost'], ['practically', 'almost'], ['just short of', 'almost'], ['only', 'only'], ['just', 'only'], ['as little as', 'only'],
  // (An equative of smallness is the same bound whatever the adjective: "as low as 82%" = "as little as 82%".)
  ['as low as', 'only'], ['as few as', 'only'], ['as small as', 'only'], ['as short as', 'only'],
  // An exception: "all but two of the 14 stations" counts the twelve, not the two.
  ['all but', 'all-but'], ['all except', 'all-but'],
];

/** Verbs that attribute a claim to a speaker, grouped by what they imply about the claim. */
export type ReportingStance = 'neutral' | 'doubt' | 'emphasis' | 'contested';

export const REPORTING_VERBS: ReadonlyMap<string, ReportingStance> = new Map([
  ['say', 'neutral'], ['tell', 'neutral'], ['add', 'neutral'], ['state', 'neutral'], ['note', 'neutral'],
  ['explain', 'neutral'], ['report', 'neutral'], ['announce', 'neutral'], ['write', 'neutral'],
  ['tweet', 'neutral'], ['post', 'neutral'], ['reply', 'neutral'], ['respond', 'neutral'], ['answer', 'neutral'],
  ['testify', 'neutral'], ['acknowledge', 'neutral'], ['confirm', 'neutral'], ['disclose', 'neutral'],
  ['reveal', 'neutral'], ['observe', 'neutral'], ['remark', 'neutral'], ['comment', 'neutral'],
  ['describe', 'neutral'], ['warn', 'neutral'], ['caution', 'neutral'], ['concede', 'neutral'],
  ['recall', 'neutral'], ['conclude', 'neutral'], ['find', 'neutral'], ['show', 'neutral'],
  ['claim', 'doubt'], ['allege', 'doubt'], ['assert', 'doubt'], ['purport', 'doubt'],
  // A position argued puts one side of a dispute: told as said or as claimed, the rewrite keeps
  // it ("campaigners said" / "campaigners argued" / "the firm claimed"). So does a position held
  // against another ("the company insisted", "has maintained that").
  ['argue', 'contested'], ['contend', 'contested'], ['insist', 'contested'], ['maintain', 'contested'],
  // So does a blame laid: "Dealers blamed the rally on reports that …".
  ['blame', 'contested'],
  // "voiced disappointment that …", "expressed concern that …": said so.
  ['voice', 'neutral'], ['express', 'neutral'],
  ['emphasize', 'emphasis'], ['stress', 'emphasis'], ['reiterate', 'emphasis'], ['underline', 'emphasis'],
  ['highlight', 'emphasis'], ['point', 'emphasis'], ['urge', 'emphasis'], ['vow', 'emphasis'],
]);

/**
 * What "according to" may cite that is itself one side's claim: "according to the complaint"
 * reports an allegation as "alleges" does.
 */
export const CLAIM_DOCUMENTS = new Set(['complaint', 'lawsuit', 'suit', 'claim', 'allegation', 'indictment', 'charge', 'writ', 'petition']);

/**
 * Legal proceedings one party brings against another: "brought a claim against X", "the case
 * against X brought by Y", "a lawsuit by Y against X" tell that Y sued X. ("Lawsuit" and "suit"
 * WordNet already derives from "sue"; a claim, a case or an action it does not.)
 */
export const LEGAL_ACTIONS = new Set(['lawsuit', 'suit', 'case', 'claim', 'action', 'proceedings', 'proceeding', 'litigation', 'complaint', 'challenge']);
/**
 * Symmetric relations: what is linked, compared or merged with what may be told either way
 * round ("no illnesses have been linked to the problem" = "the problem has not been linked to
 * any illnesses"). Their receiver and their "to" or "with" party are one role.
 */
export const SYMMETRIC_PREDICATES = new Set(['link', 'connect', 'associate', 'tie', 'draw', 'relate', 'compare', 'contrast', 'equate', 'match', 'pair', 'merge', 'combine']);
/**
 * Reciprocal acts: each party does to the other what the other does to it, so "Leckie met both
 * sides" = "both sides met Leckie" = "Leckie and both sides met". Their doer, receiver and "with"
 * party are one role.
 */
export const RECIPROCAL_PREDICATES = new Set(['meet', 'marry', 'wed', 'divorce', 'date', 'collide', 'clash', 'resemble', 'confer']);
/** Nouns of a relation each party holds to the other: X's rival Y is Y's rival X. */
export const SYMMETRIC_RELATIONS = new Set(['rival', 'competitor', 'partner', 'neighbour', 'neighbor', 'counterpart', 'ally', 'opponent', 'colleague', 'peer', 'twin', 'sibling']);
/** Verbs that start proceedings: their subject brings them. */
export const LITIGATING_VERBS = new Set(['bring', 'file', 'launch', 'lodge', 'begin', 'start', 'issue', 'pursue', 'initiate', 'mount']);

/** Words joining the two ends of a range of days: "12–20 October", "October 12 to 20". */
export const DAY_RANGE_JOINER = /^(to|and|until|till|through|-|–)$/;

/** Possessive determiners ("its biggest shareholder", "their staff"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** Words that set one thing aside for another: "instead of", "rather than", "in place of". */
export const SET_ASIDE_MARKERS: ReadonlyArray<readonly string[]> = [['instead', 'of'], ['rather', 'than'], ['in', 'place', 'of']];

/** Whether a marker word and the words fixed to it ("rather" + "than") set a thing aside. */
export function setsAsideBy(word: string, fixed: string): boolean {
  return SET_ASIDE_MARKERS.some(([first, ...rest]) => first === word && rest.join(' ') === fixed);
}

/** Titles and roles of people. A swap between two of these is a `role` change. */
export const ROLE_NOUNS = new Set(`officer official minister secretary senator governor president
vice-president chairman chairwoman chair chairperson ceo cfo coo cto director manager spokesman
spokeswoman spokesperson representative congressman congresswoman lawmaker legislator mayor councillor
councilor judge justice magistrate prosecutor attorney lawyer solicitor barrister sheriff deputy
commissioner inspector detective sergeant constable agent diplomat ambassador envoy consul
general colonel major captain lieutenant admiral commander soldier troop chief head leader founder
owner executive employee worker staff staffer aide adviser advisor consultant analyst economist
researcher scientist professor lecturer teacher student doctor physician nurse surgeon paramedic
patient pilot driver passenger crew captain coach player manager referee striker goalkeeper
premier chancellor king queen prince princess emperor pope bishop priest imam rabbi cardinal
clerk auditor regulator inspector-general treasurer trustee board member partner shareholder
investor analyst journalist reporter editor correspondent activist protester campaigner volunteer
suspect defendant plaintiff victim witness juror officer-in-charge contractor hacker employee
citizen resident voter candidate nominee delegate ally partner official-in-charge`.split(/\s+/));

/** Groups of people whose swap changes who a claim is about ("adults" vs "children"). */
export const PEOPLE_GROUPS = new Set(`adult child children kid teenager teen youth infant baby man men woman
women boy girl elderly pensioner senior student pupil parent mother father patient customer consumer
voter citizen resident migrant immigrant refugee tourist visitor worker employee civilian soldier
veteran farmer driver passenger fan teacher doctor nurse parent shareholder investor`.split(/\s+/));

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12], ['single', 1], ['twice', 2], ['double', 2], ['triple', 3], ['once', 1],
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);

export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['hundreds', 1e2], ['thousand', 1e3], ['thousands', 1e3], ['k', 1e3],
  ['million', 1e6], ['millions', 1e6], ['m', 1e6], ['mn', 1e6], ['mln', 1e6],
  ['billion', 1e9], ['billions', 1e9], ['bn', 1e9], ['b', 1e9], ['trillion', 1e12], ['trillions', 1e12], ['tn', 1e12],
]);

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december'];
export const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const RELATIVE_DAYS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'overnight']);

/** Words that make a following or preceding number a date/time rather than an amount. */
export const TIME_UNITS = new Set(['am', 'pm', 'a.m.', 'p.m.', "o'clock", 'gmt', 'utc', 'bst', 'est', 'edt', 'pst', 'cet']);

/** Common aliases for the same place or body, keyed by a folded lower-case form. */
export const ALIASES: ReadonlyArray<readonly string[]> = [
  ['us', 'u.s.', 'u.s', 'usa', 'u.s.a.', 'united states', 'united states of america', 'america', 'american', 'washington'],
  ['uk', 'u.k.', 'u.k', 'united kingdom', 'britain', 'great britain', 'british'],
  ['un', 'u.n.', 'united nations'], ['eu', 'e.u.', 'european union'],
  ['prc', 'china', "people's republic of china", 'chinese', 'beijing'],
  ['russia', 'russian federation', 'russian', 'moscow'], ['uae', 'united arab emirates'],
  ['nato', 'north atlantic treaty organization'], ['who', 'world health organization'],
  ['fbi', 'federal bureau of investigation'], ['doj', 'department of justice', 'justice department'],
  ['state department', 'department of state'], ['uk government', 'british government'],
];
