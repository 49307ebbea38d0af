import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { measureStartup } from './benchLsp';
import { envWithoutExtraCerts } from './benchProcess';
const root = process.argv[2]!;
const source = readFileSync(path.join('/work/wt/speed9', 'examples/source.txt'), 'utf8');
const rewrite = readFileSync(path.join('/work/wt/speed9', 'examples/rewrite.txt'), 'utf8');
void (async () => {
  for (const ahead of (process.argv[3] ?? '0,1500').split(',').map(Number)) {
    const t = await measureStartup('', source, rewrite, 6, [], { server: path.join(root, 'dist/server.js'), env: envWithoutExtraCerts() ?? undefined, openAfterMs: ahead });
    console.log(root, ahead, 'first', t.firstDiagnosticsMs.toFixed(0), 'open->first', t.openToDiagnosticsMs.toFixed(0), JSON.stringify(t.samples.openToDiagnostics.map(Math.round)));
  }
})();
