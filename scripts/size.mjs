// The size budget: the one-file bundle with every widget and every shipped language.
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const budget = 32 * 1024;

export async function measure(file = new URL('../dist/spine-widgets.js', import.meta.url)) {
  const source = await readFile(file);
  return {
    min: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { min, gzip, brotli } = await measure();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`dist/spine-widgets.js: ${kb(min)} min, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(budget)} gzip)`);
  const validator = await measure(new URL('../dist/spine-widgets.overrides.js', import.meta.url));
  console.log(`dist/spine-widgets.overrides.js (loaded only with clinic overrides): ${kb(validator.gzip)} gzip`);
  if (gzip > budget) {
    console.error(`Over budget by ${gzip - budget} bytes gzip.`);
    process.exit(1);
  }
}
