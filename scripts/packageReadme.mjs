// The README shipped inside the .vsix (dist/README.vsix.md, passed to vsce --readme-path): the
// repository's README with its images inlined as data: URIs. VS Code's extension page allows only
// https: and data: images, and the project has no public URL to point at, so relative image links
// would show as broken alt text there; inlined, they show offline too.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/README.vsix.md');
const types = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml' };

let inlined = 0;
const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, alt, target) => {
  if (/^(https?|data):/.test(target)) return whole;
  const type = types[extname(target).toLowerCase()];
  if (!type) throw new Error(`packageReadme: README image ${target} has an unknown type`);
  inlined++;
  return `![${alt}](data:${type};base64,${readFileSync(join(root, target)).toString('base64')})`;
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, readme);
console.log(`packageReadme: ${inlined} image(s) inlined -> ${out.slice(root.length + 1)}`);
