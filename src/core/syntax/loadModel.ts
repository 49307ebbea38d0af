// Finds and loads the committed parser model (models/en-ewt-parser.bin) once, on first use,
// so that a pair whose sentences need no parse never pays for it. The file sits beside the
// bundles' folder in every layout that ships it: the repository (dist/ and src/), the npm
// package and the .vsix.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeModel, type ParserModel } from './model';

export const MODEL_FILE = 'en-ewt-parser.bin';

let loaded: ParserModel | undefined;

export function modelCandidates(): string[] {
  return [
    path.join(__dirname, '..', 'models', MODEL_FILE), // dist/*.js
    path.join(__dirname, '..', '..', '..', 'models', MODEL_FILE), // src/core/syntax/*.ts
  ];
}

export function parserModel(): ParserModel {
  if (loaded) return loaded;
  const file = modelCandidates().find((f) => fs.existsSync(f));
  if (!file) throw new Error(`Faithful's parser model (${MODEL_FILE}) is missing; looked in ${modelCandidates().join(', ')}. Reinstall Faithful, or run npm run train:parser in a checkout.`);
  loaded = decodeModel(fs.readFileSync(file));
  return loaded;
}
