// Word relations from WordNet 3.1 (built by scripts/buildLexicon.mjs into generated/wordnet.json,
// loaded on first use: about 4 MB, 100 ms). Tells a synonym from a different thing of the same
// sort, which is what separates paraphrase from a changed fact in a replaced word.

interface WordNetData {
  readonly words: Readonly<Record<string, readonly number[]>>;
  readonly hyper: Readonly<Record<string, readonly number[]>>;
  readonly similar: Readonly<Record<string, readonly number[]>>;
  readonly opposite: Readonly<Record<string, readonly number[]>>;
  readonly instances: readonly number[];
}

let instanceSet: Set<number> | undefined;

/**
 * Whether a lower-case word is most likely a name: WordNet's main sense is an instance (a city,
 * a person, a river), or WordNet does not know the word at all. For texts written all in lower
 * case, where capitals cannot tell names apart.
 */
export function probablyName(word: string): boolean {
  if (!/^\p{L}[\p{L}'-]*$/u.test(word) || word.length < 3) return false;
  const senses = sensesOf(word);
  if (senses.length === 0) return true;
  instanceSet ??= new Set(load().instances);
  return instanceSet.has(senses[0]!);
}

let data: WordNetData | undefined;

function load(): WordNetData {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  data ??= require('./generated/wordnet.json') as WordNetData;
  return data;
}

function sensesOf(word: string, limit = Infinity): readonly number[] {
  const d = load();
  if (!Object.hasOwn(d.words, word)) return [];
  const s = d.words[word]!;
  return limit < s.length ? s.slice(0, limit) : s;
}

function related(table: Readonly<Record<string, readonly number[]>>, id: number): readonly number[] {
  return Object.hasOwn(table, String(id)) ? table[String(id)]! : [];
}

/**
 * A word-pair relation, remembered: the rules ask about the same pairs sentence after sentence.
 * Bounded, so a huge document cannot grow it without limit.
 */
function cachedRelation(compute: (a: string, b: string) => boolean): (a: string, b: string) => boolean {
  const cache = new Map<string, boolean>();
  return (a, b) => {
    const key = `${a}\u0000${b}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(a, b);
      if (cache.size > 100_000) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

const sameRelation = cachedRelation((a, b) => computeSame(a, b));

/**
 * Whether two words can mean the same: they share a sense, one sense is "similar to" the
 * other (adjectives: "massive" ~ "large" ~ "gigantic"), or one is the other's direct
 * generalisation ("businesses" -> "companies").
 */
export function mayMeanTheSame(a: string, b: string): boolean {
  return a === b || sameRelation(a, b);
}

function computeSame(a: string, b: string): boolean {
  const sa = sensesOf(a);
  const sb = new Set(sensesOf(b));
  if (sa.length === 0 || sb.size === 0) return false;
  const d = load();
  const aSimilar = new Set<number>();
  for (const x of sa) {
    if (sb.has(x)) return true;
    for (const y of related(d.similar, x)) {
      if (sb.has(y)) return true;
      aSimilar.add(y);
    }
    for (const y of related(d.hyper, x)) if (sb.has(y)) return true;
  }
  for (const y of sb) {
    for (const z of related(d.similar, y)) if (aSimilar.has(z) || sa.includes(z)) return true;
    for (const z of related(d.hyper, y)) if (sa.includes(z)) return true;
  }
  return false;
}

/**
 * Whether two words are opposites in their main senses: a direct WordNet antonym ("increase" /
 * "decrease"), or an antonym of a word "similar to" the other ("thriving" ~ "prosperous" /
 * "unprosperous" ~ "struggling"). Only the first three senses count: rare senses make
 * nearly anything an opposite of something.
 */
const oppositeRelation = cachedRelation((a, b) => computeOpposites(a, b));

export function areOpposites(a: string, b: string): boolean {
  return a !== b && oppositeRelation(a, b);
}

function computeOpposites(a: string, b: string): boolean {
  if (mayMeanTheSame(a, b)) return false;
  const d = load();
  const near = (w: string) => {
    const out = new Set<number>();
    for (const x of sensesOf(w, 3)) {
      out.add(x);
      for (const y of related(d.similar, x)) out.add(y);
    }
    return out;
  };
  const nb = near(b);
  for (const x of near(a)) for (const y of related(d.opposite, x)) if (nb.has(y)) return true;
  return false;
}
