// Loads a TypeScript module of src/ in Node (bundled with esbuild) and returns one of its exports.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export async function evaluate(file, name) {
  const result = await build({ entryPoints: [`${root}${file}`], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  const module = await import(`data:text/javascript,${encodeURIComponent(result.outputFiles[0].text)}`);
  return module[name];
}
