// The language server's V8 tiering, as bin/faithful.js sets it for every `faithful` process
// (see there why): VS Code's extension starts dist/server.js without bin/faithful.js, so the
// server sets it itself, first of all, before its analysis thread starts. Setting the same
// value again under bin/faithful.js changes nothing.
import * as v8 from 'node:v8';

/** Must equal the flag bin/faithful.js sets (a unit test checks). */
export const V8_TIERING_FLAGS = '--interrupt-budget=1000000';

v8.setFlagsFromString(V8_TIERING_FLAGS);
