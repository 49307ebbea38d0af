// Types for scripts/winkExceptions.mjs (used by its unit test).
export declare const EXCEPTION_FILES: RegExp;
export declare function compactExceptionsModule(file: string): string;
export declare const compactWinkExceptions: { name: string; setup(build: unknown): void };
