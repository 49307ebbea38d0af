// The descriptions a text gives its named people and bodies, read from the words: "Petra Lind,
// the challenger", "the reigning champion, Ivan Sokol,", "challenger Petra Lind". A later "the
// champion" with no name of its own is that person, when the text describes one name only with
// that noun. Read without the parse (every sentence of both texts is scanned, and only the
// sentences that differ are parsed), so only the plain shapes of apposition count.
import type { Token } from '../tokens';
import { GROUP_FILE, mayMeanTheSame, namesOrganization, namesPeople, nounFile } from '../wordnet';

/** A description's noun and the words of the one name it describes (lemmas of the name's words). */
export type DescribedNames = ReadonlyMap<string, ReadonlySet<string>>;

/** Marks a name's own last word among the description nouns ("=philharmonic"). */
const NAME_HEAD = '=';

/** Words that may open a description before its noun: "the", "its", "a". */
const OPENERS = /^(the|a|an|its|their|his|her)$/;

/**
 * Each person or body noun the sentences use to describe exactly one name, with that name's
 * words. A noun used for two names ("the minister" for two ministers) describes neither.
 */
export function describedNamesIn(sentences: ReadonlyArray<{ readonly tokens: readonly Token[] }>): DescribedNames {
  const found = new Map<string, Set<string>[]>();
  // (And with the word before it, where that is a describing noun or adjective: "head coach",
  // "forwards coach", so that "the head coach" names the one of two coaches it describes.)
  const add = (noun: Token, name: readonly Token[], before?: Token, opens = false) => {
    if (!namesPeople(noun.lemma) || noun.text !== noun.lower) return;
    addName(noun.lemma, name);
    // (A title opening the sentence is capitalised: "Head coach Dafydd Pryce".)
    if (before && (/^(NOUN|ADJ)$/.test(before.pos) || (before.pos === 'PROPN' && opens))) addName(`${before.lower} ${noun.lemma}`, name);
  };
  const addName = (noun: string, name: readonly Token[]) => {
    const words = new Set(name.map((t) => t.lemma));
    const list = found.get(noun) ?? [];
    // One name however often and however fully it is given ("Petra Lind", "Lind").
    const same = list.find((w) => [...w].every((x) => words.has(x)) || [...words].every((x) => w.has(x)));
    if (!same) list.push(words);
    else if (words.size > same.size) list.splice(list.indexOf(same), 1, words);
    found.set(noun, list);
  };
  for (const { tokens } of sentences) {
    const nameAt = (i: number, step: 1 | -1): Token[] => {
      const out: Token[] = [];
      for (let k = i; tokens[k]?.pos === 'PROPN' && out.length < 4; k += step) out.push(tokens[k]!);
      return step === 1 ? out : out.reverse();
    };
    tokens.forEach((t, i) => {
      // "the Halvergate Philharmonic", "Tarrow City Council": a name that ends in a word naming
      // a body is described by that word ("the council"), and by its synonyms ("the orchestra";
      // see describedBy).
      // (Or a word with a sense that names an organisation, whatever its first: "Harrowgate Bank" is
      // "the bank".)
      if (t.pos === 'PROPN' && tokens[i + 1]?.pos !== 'PROPN' && tokens[i - 1]?.pos === 'PROPN' && (nounFile(t.lower) === GROUP_FILE || namesOrganization(t.lower))) {
        addName(NAME_HEAD + t.lower, nameAt(i, -1));
      }
      if (t.pos !== 'NOUN') return;
      // "challenger Petra Lind", "the reigning champion Ivan Sokol": the noun right before a name.
      const after = nameAt(i + 1, 1);
      if (after.length) add(t, after, tokens[i - 1], i === 1);
      // "the champion, Ivan Sokol,": a name set off after the description.
      if (tokens[i + 1]?.text === ',') {
        const name = nameAt(i + 2, 1);
        const close = tokens[i + 2 + name.length];
        if (name.length && (close?.text === ',' || close?.pos === 'PUNCT')) add(t, name, tokens[i - 1], i === 1);
      }
      // "Petra Lind, the challenger,": the description set off after a name.
      // (Its describing words may be nouns: "Astraline, the launch company,".)
      let start = i;
      while (start > 0 && (tokens[start - 1]!.pos === 'ADJ' || tokens[start - 1]!.pos === 'NOUN')) start--;
      if (start > 0 && OPENERS.test(tokens[start - 1]!.lower)) start--;
      // (Its own phrase may follow before the comma: "the minister for trade,".)
      let end = i + 1;
      while (end < i + 6 && /^(ADP|DET|ADJ|NOUN|PROPN)$/.test(tokens[end]?.pos ?? '')) end++;
      if (tokens[start - 1]?.text === ',' && tokens[end]?.pos === 'PUNCT') {
        const name = nameAt(start - 2, -1);
        if (name.length) add(t, name, tokens[i - 1], i === 1);
      }
    });
  }
  const out = new Map<string, ReadonlySet<string>>();
  for (const [noun, names] of found) if (names.length === 1) out.set(noun, names[0]!);
  return out;
}

/**
 * The one name a description noun stands for: its own entry, or else the entry of the one noun
 * it may mean the same as ("the orchestra" for "the Halvergate Philharmonic").
 */
export function describedBy(names: DescribedNames, noun: string): ReadonlySet<string> | undefined {
  const own = names.get(noun) ?? names.get(NAME_HEAD + noun);
  if (own) return own;
  // (Only a name's own word: "the newspaper" is not "the publisher Marlow Media" for "newspaper
  // publisher" being one sense; the text calls Marlow Media a publisher, not a newspaper.)
  const like = [...names.keys()].filter((k) => k.startsWith(NAME_HEAD) && mayMeanTheSame(k.slice(NAME_HEAD.length), noun));
  return like.length === 1 ? names.get(like[0]!) : undefined;
}
