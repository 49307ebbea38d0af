#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI itself is bundled into dist/ by `npm run build` (run by `npm ci`).
require('../dist/cli.js');
