// Loads the parser model (models/en-ewt-parser.bin, copied beside the bundles into dist/ by
// the build; see dataFile.ts) once, on first use, so a pair whose sentences need no parse never
// pays for it.
import { readDataFile } from '../dataFile';
import { decodeModel, type ParserModel } from './model';

export const MODEL_FILE = 'en-ewt-parser.bin';

let loaded: ParserModel | undefined;

export function parserModel(): ParserModel {
  if (loaded === undefined) {
    const { bytes, memory } = readDataFile(MODEL_FILE);
    loaded = decodeModel(bytes, memory);
  }
  return loaded;
}
