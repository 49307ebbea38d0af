// Who did what to whom, read off a dependency parse: for every predicate, its participants
// by role, normalised so that paraphrases agree.
//   - Voice: the subject of a passive is the receiver ("the city was sued" = "sued the city"),
//     its "by" phrase the doer.
//   - Possession: "X's Y" and "the Y of X" both make X the owner ("of") of Y.
//   - Relative clauses: "the firm that bought X" makes the firm the doer of "bought";
//     participles too ("games involving X", "the deal announced on Tuesday").
//   - Shared subjects: "X agreed to buy Y", "X bought Y and sold Z", "after reading Y, X ..."
//     give X as the doer of every verb.
//   - Coordination: "A and B sued C" makes both A and B doers.
import type { Token } from '../tokens';
import type { SentenceSyntax } from './index';

/** A participant: a noun phrase's head and the words that name it (compounds and flat names). */
export interface Participant {
  readonly head: number;
  /** Lemma of the head word. */
  readonly headLemma: string;
  /** Whether any of its words is a name (tagged PROPN). */
  readonly named: boolean;
  readonly tokens: readonly number[];
  /** Lemmas of its content words ("tabaci", "river"). */
  readonly words: ReadonlySet<string>;
}

/**
 * `subj` the doer (or the thing described, for a copular predicate), `obj` the receiver, `iobj`
 * the recipient, `of` the owner, `obl:P` / `nmod:P` a phrase introduced by the preposition P.
 */
export interface Argument {
  readonly role: string;
  readonly filler: Participant;
  /** A dependent of the predicate in the parse, not shared from another verb or a participle's noun. */
  readonly explicit: boolean;
  /** The receiver named as a passive verb's subject ("the deal was accepted"). */
  readonly fromPassive?: boolean;
}

export interface Frame {
  readonly predicate: number;
  readonly args: readonly Argument[];
}

const NAME_PARTS = new Set(['compound', 'flat', 'fixed', 'flat:name']);
const FUNCTION_TAGS = new Set(['DET', 'PUNCT', 'ADP', 'PART', 'CCONJ', 'SCONJ', 'AUX', 'SYM']);
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'that']);
/** Words that are prepositions before a noun and subordinators before a clause. */
const SUBORDINATING_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'once']);

const base = (label: string) => label.split(':')[0]!;

const framesCache = new WeakMap<SentenceSyntax, { tokens: readonly Token[]; frames: Frame[] }>();

/** The frames of a parsed sentence, read once per parse (several rules ask for them). */
export function framesOf(tokens: readonly Token[], syn: SentenceSyntax): Frame[] {
  const hit = framesCache.get(syn);
  if (hit && hit.tokens === tokens) return hit.frames;
  const frames = readFrames(tokens, syn);
  framesCache.set(syn, { tokens, frames });
  return frames;
}

function readFrames(tokens: readonly Token[], syn: SentenceSyntax): Frame[] {
  const n = tokens.length;
  const kids: { d: number; label: string }[][] = Array.from({ length: n }, () => []);
  syn.heads.forEach((h, d) => { if (h >= 0) kids[h]!.push({ d, label: syn.labels[d]! }); });

  const participant = (head: number): Participant | null => {
    const t = tokens[head]!;
    if (syn.tags[head] === 'PRON' || t.pos === 'PRON' || !t.isWord) return null;
    const members = [head];
    for (let i = 0; i < members.length; i++) {
      for (const k of kids[members[i]!]!) {
        // "the broadband provider Norrnet": a name in apposition names the same participant.
        if (NAME_PARTS.has(k.label) || (k.label === 'appos' && syn.tags[k.d] === 'PROPN')) members.push(k.d);
      }
    }
    members.sort((a, b) => a - b);
    const content = members.filter((m) => tokens[m]!.isWord && !FUNCTION_TAGS.has(syn.tags[m]!));
    const words = new Set(content.map((m) => tokens[m]!.lemma));
    if (words.size === 0) return null;
    return {
      head, headLemma: t.lemma, tokens: members, words,
      named: content.some((m) => syn.tags[m] === 'PROPN'),
    };
  };
  const caseOf = (d: number) => kids[d]!.find((k) => k.label === 'case');
  // Passive: marked by the parse, or a form of "be"/"get" helping a verb that is not an -ing form
  // (the parser sometimes labels "were investigated" plain aux + nsubj).
  const isPassive = (p: number) => kids[p]!.some((k) => k.label === 'aux:pass' || k.label === 'nsubj:pass' || k.label === 'csubj:pass' || k.label === 'obl:agent') ||
    (syn.tags[p] === 'VERB' && !tokens[p]!.lower.endsWith('ing') && kids[p]!.some((k) => base(k.label) === 'aux' && (tokens[k.d]!.lemma === 'be' || tokens[k.d]!.lemma === 'get')));

  // Direct arguments; `subjects` keeps those that came from the subject relation, which
  // verbs sharing that subject inherit.
  const args: Argument[][] = Array.from({ length: n }, () => []);
  const subjects: Argument[][] = Array.from({ length: n }, () => []);
  const add = (p: number, role: string, d: number, fromSubject = false, fromPassive = false) => {
    // A relative pronoun stands for the noun its clause describes.
    let target = d;
    if (RELATIVE_PRONOUNS.has(tokens[d]!.lower) && syn.labels[p] === 'acl:relcl' && syn.heads[p]! >= 0) target = syn.heads[p]!;
    const targets = [target, ...kids[target]!.filter((k) => k.label === 'conj').map((k) => k.d)];
    for (const x of targets) {
      const filler = participant(x);
      if (!filler) continue;
      args[p]!.push({ role, filler, explicit: true, ...(fromPassive && { fromPassive }) });
      if (fromSubject) subjects[p]!.push({ role, filler, explicit: true });
    }
  };
  for (let p = 0; p < n; p++) {
    const passive = isPassive(p);
    for (const { d, label } of kids[p]!) {
      const rel = base(label);
      if (label === 'nsubj:pass' || label === 'csubj:pass' || (passive && (rel === 'nsubj' || rel === 'csubj'))) add(p, 'obj', d, true, true);
      else if (rel === 'nsubj' || rel === 'csubj') add(p, 'subj', d, true);
      else if (rel === 'obj') add(p, 'obj', d);
      else if (rel === 'iobj') add(p, 'iobj', d);
      else if (label === 'obl:agent') add(p, 'subj', d);
      else if (label === 'nmod:poss') add(p, 'of', d);
      else if (/^(obl|nmod):(npmod|tmod|unmarked)$/.test(label)) continue; // "two sailings a day", "all week"
      else if (rel === 'obl' || rel === 'nmod') {
        const c = caseOf(d);
        if (!c) continue;
        const prep = tokens[c.d]!.lemma;
        const h = syn.heads[p]!;
        if (prep === 'by' && rel === 'obl' && passive) add(p, 'subj', d);
        else if (prep === 'of') add(p, 'of', d);
        // "replaced Aaren Russell with Alex Davison": a name takes no such modifier; the phrase
        // is the verb's, whatever the parse hung it on.
        else if (rel === 'nmod' && syn.tags[p] === 'PROPN' && h >= 0 && syn.tags[h] === 'VERB' && /^(obj|iobj)$/.test(syn.labels[p]!)) add(h, `obl:${prep}`, d);
        else add(p, `${rel}:${prep}`, d);
      }
    }
  }

  // A finite verb always has a subject; two misparses leave it without one, and it is the noun
  // phrase right before the verb's auxiliaries: "after Conrad was arrested", where a word that is
  // a preposition and a subordinator was read as a preposition (the subject hung on the main
  // verb), and a name read as the sentence's head with the verb hanging from it.
  for (let p = 0; p < n; p++) {
    if (syn.tags[p] !== 'VERB' || subjects[p]!.length) continue;
    const auxes = kids[p]!.filter((k) => base(k.label) === 'aux' && k.d < p).map((k) => k.d);
    if (auxes.length === 0) continue;
    let k = Math.min(...auxes) - 1;
    if (k < 0 || !(syn.tags[k] === 'NOUN' || syn.tags[k] === 'PROPN')) continue;
    // The head of the name the word belongs to ("Aamir Khan": "Aamir").
    while (NAME_PARTS.has(syn.labels[k]!) && syn.heads[k]! >= 0 && syn.heads[k]! < k) k = syn.heads[k]!;
    const c = caseOf(k);
    if (c && SUBORDINATING_PREPOSITIONS.has(tokens[c.d]!.lemma) && /^(obl|nmod)/.test(syn.labels[k]!)) {
      // The phrase no longer belongs to the verb it was hung on.
      const h = syn.heads[k]!;
      if (h >= 0) args[h] = args[h]!.filter((a) => a.filler.head !== k);
    } else if (syn.heads[p] !== k) {
      // "Aamir Khan has agreed …" parsed with the name as the sentence's head and the verb
      // hanging from it: the name is the verb's subject.
      continue;
    }
    add(p, isPassive(p) ? 'obj' : 'subj', k, true);
  }

  // Shared subjects and participles, top-down so that chains ("agreed to try to buy") carry.
  for (const p of topDown(syn.heads, kids)) {
    const h = syn.heads[p]!;
    if (h < 0 || syn.tags[p] !== 'VERB') continue;
    const label = syn.labels[p]!;
    const rel = base(label);
    if (subjects[p]!.length === 0 && (rel === 'xcomp' || rel === 'advcl' || rel === 'conj')) {
      const ownVoice = rel !== 'conj' || kids[p]!.some((k) => base(k.label) === 'aux');
      for (const a of subjects[h]!) {
        // "X was arrested and charged": a conjoined verb without auxiliaries shares the voice too.
        const shared = { role: ownVoice ? (isPassive(p) ? 'obj' : 'subj') : a.role, filler: a.filler, explicit: false };
        args[p]!.push(shared);
        subjects[p]!.push(shared);
      }
    } else if (label === 'acl' && !kids[p]!.some((k) => base(k.label) === 'mark' || base(k.label) === 'aux')) {
      // "games involving X": the noun does the -ing; "the deal announced on Tuesday": it
      // undergoes. ("a plan to cut taxes" says nothing of who cuts.)
      const filler = participant(h);
      if (!filler) continue;
      const role = tokens[p]!.lower.endsWith('ing') ? 'subj' : 'obj';
      if (!args[p]!.some((a) => a.role === role)) args[p]!.push({ role, filler, explicit: false });
    }
  }

  const frames: Frame[] = [];
  args.forEach((a, p) => { if (a.length) frames.push({ predicate: p, args: a }); });
  return frames;
}

/** Token indexes ordered so that every head comes before its dependents. */
function topDown(heads: Int32Array, kids: readonly (readonly { d: number }[])[]): number[] {
  const n = heads.length;
  const out: number[] = [];
  const seen = new Uint8Array(n);
  const queue: number[] = [];
  heads.forEach((h, d) => { if (h < 0) queue.push(d); });
  while (queue.length) {
    const x = queue.shift()!;
    if (seen[x]) continue;
    seen[x] = 1;
    out.push(x);
    for (const k of kids[x]!) queue.push(k.d);
  }
  // A malformed tree (a cycle) still visits every token once.
  for (let d = 0; d < n; d++) if (!seen[d]) out.push(d);
  return out;
}

/** The same participant: one's naming words include the other's ("Khan" / "Aamir Khan"). */
export function sameParticipant(a: Participant, b: Participant): boolean {
  return nested(a.words, b.words);
}

/** Whether the smaller of two word sets lies inside the larger. */
export function nested(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (!big.has(w)) return false;
  return true;
}
