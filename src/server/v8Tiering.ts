// The language server's V8 tiering, as bin/faithful.js sets it for every `faithful` process
// (see there why): VS Code's extension starts dist/server.js without bin/faithful.js, so the
// server sets it itself, first of all, before its analysis thread starts. Under bin/faithful.js
// (`faithful lsp`), which says so on globalThis, the flags are set already, and node:v8 (whose
// heap-snapshot streams load Node's stream modules: 3-4 ms of the server's start) is not loaded.

/** Must equal the flag bin/faithful.js sets (a unit test checks). */
export const V8_TIERING_FLAGS = '--interrupt-budget=1000000';

/** Where bin/faithful.js records the V8 flags it set. */
const FLAGS_SET = Symbol.for('faithful.v8Flags');

if ((globalThis as Record<symbol, unknown>)[FLAGS_SET] !== V8_TIERING_FLAGS) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString(V8_TIERING_FLAGS);
  (globalThis as Record<symbol, unknown>)[FLAGS_SET] = V8_TIERING_FLAGS;
}
