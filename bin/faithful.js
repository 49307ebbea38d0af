#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI and the language server are bundled into dist/ by `npm run build`
// (run by `npm ci`). `faithful lsp --stdio` starts the language server for any LSP editor.
if (process.argv[2] === 'lsp') {
  require('../dist/server.js');
} else {
  require('../dist/cli.js');
}
