// The wink-nlp instance the tokenizer uses, built fast. The package's own loader
// (wink-eng-lite-web-model) parses a 3 MB JSON file, decodes two base64 tables, deep-copies the
// whole model and loads every annotator's model: about 170 ms, most of a short check. Here the
// core model comes from dist/wink-core.bin (scripts/buildWinkModel.mjs: the same tables, stored
// raw), and only the annotator Faithful reads is run: part-of-speech tags (lemmas follow from
// tags; the engine splits sentences itself). Named entities, negation and sentiment are never
// read by the engine, so their models are left empty; sentence boundaries are loaded (3 kB) but
// not run. Measured on 5,000 pairs of the public sets, findings are identical to the package's
// full pipe; a unit test (core-winkModel) checks that the core model equals the package's and
// that tokens, tags and lemmas are unchanged.
import type { DataSections } from './dataFile';
import { lazyDataFile } from './dataFile';

/** Must match WINK_CORE_FORMAT in scripts/buildWinkModel.mjs. */
const WINK_CORE_FORMAT = 1;

/** The annotators the engine reads. */
export const WINK_PIPE = ['pos'] as const;

/** An empty finite-state machine, as wink's own emptyModelJSON() writes it. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

type Layout = Record<string, number[]>;
interface FeatureData { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }
interface CoreModel {
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, FeatureData>;
  pos: { hash: Record<string, number> };
  lexicon: Uint32Array;
  xpansions: Uint32Array;
}

/**
 * The core model as wink-eng-lite-web-model's read-core-model.js + load-core-model.js build it,
 * from the raw sections instead of base64, and with no deep copy (each call parses afresh).
 */
export function coreModelFrom(d: DataSections): CoreModel {
  const model = JSON.parse(d.text('model')) as CoreModel;
  model.features.lexeme!.list = d.text('lexemes').split('\0');
  model.lexicon = d.uint32('lexicon');
  model.xpansions = d.uint32('xpansions');
  const { packing, features, pos } = model;
  const hashOf = (list: readonly unknown[]) => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
    return hash;
  };
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list);
  features.lexeme!.hash = mapBackedHash(features.lexeme!.list);
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

/**
 * The lexeme index (word -> position in the list, the last position for a repeated word, as
 * the package's loop leaves it), read and written by wink as `hash[word]`. A Map behind a Proxy
 * builds in a third of the time of an 87,000-key object (8 ms instead of 25) and costs about
 * the same per lookup.
 */
function mapBackedHash(list: readonly unknown[]): Record<string, number> {
  const map = new Map<string, number>();
  for (let k = 0; k < list.length; k++) map.set(list[k] as string, k);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? map.get(key) : undefined),
    set: (_, key, value: number) => {
      if (typeof key !== 'string') return false;
      map.set(key, value);
      return true;
    },
    has: (_, key) => typeof key === 'string' && map.has(key),
  });
}

const readCoreSections = lazyDataFile('wink-core.bin', WINK_CORE_FORMAT, (d) => d);

/* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, not at import */
/** The wink model object: the fast core, the annotators in WINK_PIPE, empty machines for the rest. */
export function fastWinkModel(): object {
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = require('wink-eng-lite-web-model/dist/porter-stemmer.js');
  addons.lemmatize = require('wink-eng-lite-web-model/dist/lemmatize.js');
  addons.readabilityStats = require('wink-eng-lite-web-model/dist/readability-stats.js');
  addons.wordVectors = undefined;
  return {
    core: () => coreModelFrom(readCoreSections()),
    sbd: require('wink-eng-lite-web-model/dist/load-sbd-model.js'),
    pos: require('wink-eng-lite-web-model/dist/load-pos-model.js'),
    ner: () => ({ machines: [EMPTY_MACHINE], transformers: [] }),
    negation: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    metaCER: require('wink-eng-lite-web-model/dist/load-cer-meta-model.js'),
    featureFn: require('wink-eng-lite-web-model/dist/feature.js'),
    addons,
  };
}

type WinkNlp = ReturnType<typeof import('wink-nlp').default>;

/** A wink-nlp instance with the fast model and the engine's pipe. */
export function createNlp(): WinkNlp {
  const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
  return winkNLP(fastWinkModel() as Parameters<typeof winkNLP>[0], [...WINK_PIPE]);
}
/* eslint-enable @typescript-eslint/no-require-imports */
