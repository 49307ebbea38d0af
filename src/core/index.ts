// The engine's single entry point. Text in, typed findings out; no editor API anywhere below.
export * from './types';
export { analyze, DEFAULT_MAX_CHARS, DEFAULT_TIME_BUDGET_MS } from './analyze';
export { stableHash } from './findings';
export { PreparationCache } from './document';
