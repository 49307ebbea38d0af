#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI and the language server are bundled into dist/ by `npm run build`
// (run by `npm ci`). `faithful lsp --stdio` starts the language server for any LSP editor.
// Compiled bundles are kept between runs (in the OS temp folder), so a start-up does not compile
// them again: by Node's compile cache on Node 22.1 and later, by dist/compileCache.js before.
const { enableCompileCache } = require('node:module');
if (enableCompileCache) {
  enableCompileCache();
} else {
  try {
    require('../dist/compileCache.js').installCompileCache(require('node:path').join(__dirname, '..', 'dist'));
  } catch {
    // No cache: the bundles compile as usual.
  }
}
const LSP_USAGE = `usage: faithful lsp --stdio

Starts Faithful's language server for an editor (Neovim, Helix, Zed, ...), speaking LSP over
standard input and output; the editor starts it, not you. VS Code's extension starts its own.
Also accepted: --node-ipc, --socket=PORT, --pipe=NAME.
`;

if (process.argv[2] === 'lsp') {
  const transport = process.argv.slice(3).some((a) => a === '--stdio' || a === '--node-ipc' || /^--(socket|pipe)(=|$)/.test(a));
  if (process.argv.slice(3).some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(LSP_USAGE);
  } else if (!transport) {
    process.stderr.write(`faithful lsp: say how the editor talks to the server\n${LSP_USAGE}`);
    process.exitCode = 2;
  } else {
    require('../dist/server.js');
  }
} else {
  require('../dist/cli.js');
}
