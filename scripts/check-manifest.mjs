// `--write`: regenerates custom-elements.json from the JSDoc in src/. Without it: fails when the
// committed file no longer matches (run `npm run analyze` and commit the result).
// Settings (no package.json edits, tests excluded, modules sorted) live in custom-elements-manifest.config.mjs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const outdir = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  execFileSync('npx', ['--no-install', 'cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--outdir', relative(process.cwd(), outdir)], { stdio: 'ignore' });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  if (process.argv.includes('--write')) {
    writeFileSync('custom-elements.json', fresh);
    console.log('wrote custom-elements.json');
  } else if (fresh !== readFileSync('custom-elements.json', 'utf8')) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  } else {
    console.log('custom-elements.json is up to date.');
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
