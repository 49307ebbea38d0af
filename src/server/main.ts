// The language server's process entry, bundled to dist/server.js: VS Code's extension forks it,
// and `faithful lsp` (bin/faithful.js) requires it. The server itself (server.ts, with the LSP
// library: 210 kB minified) is a bundle of its own, dist/serverMain.js, required here once V8's
// tiering is set (v8Tiering.ts) and a compile cache installed (compileCacheSetup.ts). A process
// compiles the file it was started with before any of its code runs, so while the whole server
// was dist/server.js, a server VS Code started compiled it from scratch on every start, and
// every function of the LSP library that answering `initialize` and the first check runs, each
// on its first call; now they come from the code cache like the engine's bundles (on the
// machine the bench runs on, `initialize` answered about 15 ms sooner and the seed draft's first
// diagnostics about 25 ms sooner, at 20 ms less CPU, in interleaved runs). This entry is a few
// hundred bytes.
import './v8Tiering';
import './compileCacheSetup';
// Bundled as a require of dist/serverMain.js (scripts/build.mjs, splitServerEntry), evaluated
// after the two above: the order of the imports is the order they run in.
import './server';
