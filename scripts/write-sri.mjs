// Writes dist/sri.json: the Subresource Integrity hash (sha384) of each file a page loads.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

const files = ['spine-widgets.js', 'spine-widgets.overrides.js', 'spine-widgets.ics.js', 'spine-widgets.es.js'];
const hashes = {};
for (const file of files) {
  const body = await readFile(new URL(`../dist/${file}`, import.meta.url));
  hashes[file] = `sha384-${createHash('sha384').update(body).digest('base64')}`;
}
await writeFile(new URL('../dist/sri.json', import.meta.url), `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`<script src="…/spine-widgets.js" integrity="${hashes['spine-widgets.js']}" crossorigin="anonymous" defer></script>`);
