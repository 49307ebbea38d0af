#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI and the language server are bundled into dist/ by `npm run build`
// (run by `npm ci`). `faithful lsp --stdio` starts the language server for any LSP editor.
// On Node 22.1 and later, compiled bundles are kept in Node's compile cache (in the OS temp
// folder) between runs, so a start-up does not compile them again; older Node compiles as usual.
require('node:module').enableCompileCache?.();
if (process.argv[2] === 'lsp') {
  require('../dist/server.js');
} else {
  require('../dist/cli.js');
}
