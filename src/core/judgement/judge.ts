// The replaced-word judgement: the probability that a replaced stretch changed what the
// sentence claims, from a logistic model over its features (features.ts) whose weights were
// fitted on SummEdits' seven non-news domains (scripts/fitWordJudgement.ts; weights.json).
// A synonym never gets here (the wording rule stays quiet); a stretch at or above
// CHANGED_AT is reported as a meaning change (a warning), below it as a word choice (info).
import type { PairContext } from '../context';
import { describeReplacement, FEATURES, type Replacement } from './features';
import fitted from './weights.json';

export const CHANGED_AT: number = fitted.threshold;

let enabled = true;

/** For the fitting script only: measure the other rules with every replaced word left at info. */
export function setJudgementEnabled(on: boolean): void {
  enabled = on;
}

const weights = Float64Array.from(FEATURES.map((name) => (fitted.weights as Record<string, number>)[name] ?? 0));

let observer: ((j: Judgement, ctx: PairContext, rWords: readonly number[], sWords: readonly number[]) => void) | null = null;

/** For measuring scripts only: every judgement made, whatever the threshold (the judgement is then always asked). */
export function setJudgementObserver(f: typeof observer): void {
  observer = f;
}

/** False when the fitted threshold is above any probability (the judgement raises no warning). */
export function judgementCanWarn(): boolean {
  return observer !== null || (enabled && CHANGED_AT <= 1);
}

export function probabilityChanged(vector: Float64Array): number {
  let z = 0;
  for (let i = 0; i < vector.length; i++) z += vector[i]! * weights[i]!;
  return 1 / (1 + Math.exp(-z));
}

export interface Judgement extends Replacement {
  readonly probability: number;
  readonly changed: boolean;
}

export function judgeReplacement(ctx: PairContext, rWords: readonly number[], sWords: readonly number[]): Judgement {
  const d = describeReplacement(ctx, rWords, sWords);
  const probability = probabilityChanged(d.vector);
  const j = { ...d, probability, changed: enabled && probability >= CHANGED_AT };
  observer?.(j, ctx, rWords, sWords);
  return j;
}
