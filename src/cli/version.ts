// Version and identity of the tool, read from package.json at build time (esbuild inlines the
// one field), so --version and the SARIF driver can never disagree with the published package.

import { version } from '../../package.json';

export const TOOL_NAME = 'Faithful';
export const VERSION: string = version;
/**
 * Where SARIF viewers link the tool name to. package.json has no homepage/repository yet;
 * change this together with it.
 */
export const INFORMATION_URI = 'https://github.com/faithful/faithful';
