// `--write`: regenerates custom-elements.json from the JSDoc in src/. Without it: fails when the
// committed file no longer matches (run `npm run analyze` and commit the result).
// The analyzer lists modules in whatever order its file walk finished, so they are sorted by path.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const outdir = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  execFileSync('npx', ['--no-install', 'cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--outdir', relative(process.cwd(), outdir)], { stdio: 'ignore' });
  const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  const fresh = `${JSON.stringify(manifest, null, 2)}\n`;
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
