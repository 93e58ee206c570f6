// WordPress's own block-library styles, for the WordPress host page. The npm package is 18 MB
// unpacked, far too much for a devDependency, so its tarball is fetched once with `npm pack` and
// the two stylesheets a block theme loads are kept under node_modules/.cache.
import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const wordpressVersion = '11.1.0';
const spec = `@wordpress/block-library@${wordpressVersion}`;
const cache = fileURLToPath(new URL('../node_modules/.cache/spine-widgets/', import.meta.url));
const tarball = join(cache, `wordpress-block-library-${wordpressVersion}.tgz`);
const unpacked = join(cache, `wordpress-block-library-${wordpressVersion}`);
const members = { style: 'package/build-style/style.css', theme: 'package/build-style/theme.css' };

const present = (path) => access(path).then(() => true, () => false);

/** Moves a finished download into place; the Chromium and Firefox runs may race for it. */
async function settle(from, to) {
  try {
    await rename(from, to);
  } catch (error) {
    if (!(await present(to))) throw error;
  }
}

async function fetchTarball() {
  const work = await mkdtemp(join(cache, 'pack-'));
  try {
    const { stdout } = await run('npm', ['pack', spec, '--pack-destination', work, '--json', '--silent'], { cwd: work });
    const [{ filename }] = JSON.parse(stdout);
    await settle(join(work, filename), tarball);
  } catch (error) {
    throw new Error(`could not fetch ${spec} with npm pack (the WordPress host needs the registry once): ${error.message}`, { cause: error });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Paths of block-library's style.css and theme.css, fetching and unpacking them on first use. */
export async function wordpressCss() {
  const files = Object.fromEntries(Object.entries(members).map(([key, member]) => [key, join(unpacked, member)]));
  if ((await Promise.all(Object.values(files).map(present))).every(Boolean)) return files;
  await mkdir(cache, { recursive: true });
  if (!(await present(tarball))) await fetchTarball();
  const work = await mkdtemp(join(cache, 'unpack-'));
  try {
    await run('tar', ['-xzf', tarball, '-C', work, ...Object.values(members)]);
    await settle(work, unpacked);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return files;
}
