// Types for scripts/winkLexicon.mjs (used by its unit test and the unit tests' CLI build).
export declare const WINK_CACHE_FILE: RegExp;
export declare function pagedLexiconSource(source: string, file?: string): string;
export declare const pagedWinkLexicon: { name: string; setup(build: unknown): void };
