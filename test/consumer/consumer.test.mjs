// The package as npm users get it: `npm pack` this folder, install the tarball into a fresh
// consumer project (lit and valibot from the local npm cache, no network), and check what a
// consumer relies on: every `exports` subpath resolves to a file that was packed, the main entry
// defines no element (at run time and for bundlers), the define entries do, TypeScript types work
// for a strict nodenext project, and the package.json fields point inside the tarball.
// Needs `npm run build` first. Run: node --test test/consumer/consumer.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tags = ['spine-compare', 'spine-timeline', 'spine-risks', 'spine-icon-array', 'spine-quiz'];

let work;
let consumer;
let installed;
/** Paths inside the tarball, without the leading `package/`. */
let packed;

/** `./dist/x.js` → `dist/x.js`, so it can be compared with the tarball's file list. */
const normal = (path) => posix.normalize(path).replace(/^\.\//, '');

/** The `exports` map as [specifier, { condition: target }] pairs; a pattern (`./dist/*`) as one file it opens. */
const subpaths = Object.entries(pkg.exports).map(([key, value]) => [
  key === '.' ? pkg.name : `${pkg.name}/${key.slice(2).replace('*', 'spine-widgets.es.js')}`,
  Object.fromEntries(Object.entries(typeof value === 'string' ? { default: value } : value).map(([condition, target]) => [condition, target.replace('*', 'spine-widgets.es.js')])),
]);

async function npmIn(cwd, args) {
  return run(npm, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } });
}

/** Runs a script in the consumer project (ESM), so resolution starts from its node_modules. */
async function nodeIn(source) {
  const file = join(consumer, `script-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  const { stdout } = await run(process.execPath, [file], { cwd: consumer });
  return JSON.parse(stdout);
}

/** Bundles `contents` from the consumer project, as a browser app's bundler would. */
async function bundleFromConsumer(contents) {
  const result = await build({ stdin: { contents, resolveDir: consumer, sourcefile: 'app.js' }, bundle: true, write: false, format: 'esm', platform: 'browser', logLevel: 'silent' });
  return result.outputFiles[0].text;
}

before(async () => {
  for (const file of ['dist/esm/index.js', 'dist/types/index.d.ts', 'dist/spine-widgets.js']) {
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` before this test.`);
  }
  work = mkdtempSync(join(tmpdir(), 'spine-consumer-'));
  const { stdout } = await npmIn(root, ['pack', '--ignore-scripts', '--json', '--pack-destination', work]);
  const [info] = JSON.parse(stdout);
  packed = new Set(info.files.map((file) => file.path));
  const tarball = join(work, info.filename);

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
  const install = ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball];
  try {
    await npmIn(consumer, ['--offline', ...install]);
  } catch {
    // A cache that lacks lit or valibot: allow the registry for what is missing.
    await npmIn(consumer, ['--prefer-offline', ...install]);
  }
  installed = join(consumer, 'node_modules', pkg.name);
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package, installed in a consumer project', () => {
  it('packs every file that package.json points to', () => {
    // "customElements" has its own test below.
    const fields = ['main', 'module', 'types', 'unpkg', 'jsdelivr'].filter((field) => pkg[field]);
    const pointers = [
      ...fields.map((field) => [`"${field}"`, pkg[field]]),
      ...subpaths.flatMap(([specifier, conditions]) => Object.entries(conditions).map(([condition, target]) => [`exports "${specifier}" (${condition})`, target])),
    ];
    const missing = pointers.filter(([, target]) => !packed.has(normal(target))).map(([what, target]) => `${what} → ${target}`);
    assert.deepEqual(missing, [], 'these package.json paths are not in the tarball');
  });

  it('points "customElements" at the manifest inside the tarball, and the manifest describes every element', () => {
    assert.ok(pkg.customElements, 'package.json has a "customElements" field');
    assert.ok(!normal(pkg.customElements).startsWith('..'), `"customElements" points outside the package: ${pkg.customElements}`);
    assert.ok(packed.has(normal(pkg.customElements)), `"customElements" (${pkg.customElements}) is not in the tarball`);
    const manifest = JSON.parse(readFileSync(join(installed, pkg.customElements), 'utf8'));
    assert.ok(manifest.schemaVersion, 'the manifest has a schemaVersion');
    const declared = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => declaration.tagName)).filter(Boolean);
    for (const tag of tags) assert.ok(declared.includes(tag), `the manifest declares <${tag}>`);
    const notPacked = manifest.modules.map((module) => module.path).filter((path) => !packed.has(normal(path)));
    assert.deepEqual(notPacked, [], 'every module path in the manifest is in the tarball');
  });

  it('resolves every "exports" subpath from the consumer, with import and with require', async () => {
    const specifiers = subpaths.map(([specifier]) => specifier);
    const results = await nodeIn(`
      import { createRequire } from 'node:module';
      import { existsSync } from 'node:fs';
      import { fileURLToPath } from 'node:url';
      const require = createRequire(import.meta.url);
      const out = {};
      for (const specifier of ${JSON.stringify(specifiers)}) {
        const entry = (out[specifier] = {});
        try { entry.import = fileURLToPath(import.meta.resolve(specifier)); entry.importExists = existsSync(entry.import); } catch (error) { entry.importError = error.code ?? error.message; }
        try { entry.require = require.resolve(specifier); } catch (error) { entry.requireError = error.code ?? error.message; }
      }
      console.log(JSON.stringify(out));
    `);
    for (const [specifier, conditions] of subpaths) {
      const result = results[specifier];
      // Types only (the React JSX types): nothing to load, only to type-check.
      if (!conditions.default) {
        assert.ok(existsSync(join(installed, conditions.types)), `the types of ${specifier} (${conditions.types}) are installed`);
        continue;
      }
      const expected = join(installed, conditions.default);
      assert.equal(result.importError, undefined, `import.meta.resolve('${specifier}')`);
      assert.equal(result.import, expected, `import.meta.resolve('${specifier}')`);
      assert.ok(result.importExists, `${specifier} → ${result.import} exists`);
      assert.equal(result.requireError, undefined, `require.resolve('${specifier}')`);
      assert.equal(result.require, expected, `require.resolve('${specifier}')`);
      if (conditions.types) assert.ok(existsSync(join(installed, conditions.types)), `the types of ${specifier} (${conditions.types}) are installed`);
    }
  });

  it('defines no element when the main entry is imported, and each one when its define entry is (Node, with lit’s DOM shim)', async () => {
    // lit's "node" export condition installs a minimal customElements registry, so the entries load in Node.
    const result = await nodeIn(`
      const api = await import(${JSON.stringify(pkg.name)});
      const defined = () => ${JSON.stringify(tags)}.filter((tag) => globalThis.customElements?.get(tag));
      const out = { exports: Object.keys(api).sort(), afterMain: defined() };
      await import(${JSON.stringify(`${pkg.name}/quiz.js`)});
      out.afterQuiz = defined();
      out.quizIsExportedClass = globalThis.customElements.get('spine-quiz') === api.SpineQuiz;
      console.log(JSON.stringify(out));
    `);
    for (const name of ['SpineCompare', 'SpineTimeline', 'SpineRisks', 'SpineIconArray', 'SpineQuiz', 'configure', 'evaluateQuiz']) {
      assert.ok(result.exports.includes(name), `the main entry exports ${name}`);
    }
    assert.deepEqual(result.afterMain, [], 'importing the main entry defined elements');
    assert.deepEqual(result.afterQuiz, ['spine-quiz'], 'quiz.js defines <spine-quiz> and nothing else');
    assert.ok(result.quizIsExportedClass, 'quiz.js registers the class the main entry exports (one copy of the module graph)');
  });

  it('defines every element at once from all.js, also on a server with no window', async () => {
    // Frameworks render right after the import: an element defined later gets its properties as
    // lowercased attributes. A server-side render imports the same file with no window at all.
    const result = await nodeIn(`
      const all = await import(${JSON.stringify(`${pkg.name}/all.js`)});
      const defined = ${JSON.stringify(tags)}.filter((tag) => globalThis.customElements?.get(tag));
      console.log(JSON.stringify({ defined, api: Object.keys(all).sort(), window: typeof window }));
    `);
    assert.deepEqual(result.defined, tags, 'all.js defined every element before its import resolved');
    assert.deepEqual(result.api, ['configure', 'registerLocale']);
    assert.equal(result.window, 'undefined');
  });

  it('lets a bundler drop definitions it does not ask for, and keeps the ones it does ("sideEffects")', async () => {
    const classOnly = await bundleFromConsumer(`import { SpineQuiz } from '${pkg.name}'; export { SpineQuiz };`);
    assert.match(classOnly, /\bSpineQuiz = class extends\b/, 'the class is bundled');
    assert.doesNotMatch(classOnly, /customElements\.define\(/, 'importing a class pulled in a customElements.define call');
    assert.equal(await bundleFromConsumer(`import '${pkg.name}';`), '', 'a bare import of the main entry leaves code behind');

    for (const [entry, tag] of [['compare.js', 'spine-compare'], ['timeline.js', 'spine-timeline'], ['risks.js', 'spine-risks'], ['icon-array.js', 'spine-icon-array'], ['quiz.js', 'spine-quiz']]) {
      const code = await bundleFromConsumer(`import '${pkg.name}/${entry}';`);
      assert.match(code, /customElements\.define\(/, `${entry}: the bundler dropped the define module ("sideEffects" must list it)`);
      assert.ok(code.includes(`define("${tag}"`), `${entry} defines <${tag}>`);
    }
  });

  it('type-checks a strict nodenext TypeScript consumer, and rejects misuse', async () => {
    const files = {
      'good.ts': `
        import '${pkg.name}/quiz.js';
        import '${pkg.name}/compare.js';
        import '${pkg.name}/timeline.js';
        import '${pkg.name}/risks.js';
        import '${pkg.name}/icon-array.js';
        import '${pkg.name}/all.js';
        import { configure, evaluateQuiz, SpineQuiz, type SpineQuizCompleteDetail } from '${pkg.name}';
        import { configure as configureAlone, registerLocale } from '${pkg.name}/configure.js';

        const quiz = document.createElement('spine-quiz');
        quiz.emergencyNumber = '112';
        quiz.addEventListener('spine-quiz-complete', (e) => e.detail.ask);
        const seen: SpineQuizCompleteDetail[] = [];
        quiz.addEventListener('spine-quiz-complete', (e) => { seen.push(e.detail); });
        const isQuiz: boolean = quiz instanceof SpineQuiz;
        const compare = document.createElement('spine-compare');
        compare.followQuiz = true;
        const hrefs: string[] = [];
        compare.addEventListener('spine-cta', (e) => { hrefs.push(e.detail.href); });
        document.createElement('spine-timeline').startDate = '2026-01-31';
        document.createElement('spine-icon-array').count = 12;
        configure({});
        configureAlone({ locale: 'es' });
        export { isQuiz, evaluateQuiz, hrefs, registerLocale };
      `,
      'bad-number.ts': `
        import '${pkg.name}/quiz.js';
        const quiz = document.createElement('spine-quiz');
        quiz.emergencyNumber = 112;
      `,
      'bad-detail.ts': `
        import '${pkg.name}/quiz.js';
        document.createElement('spine-quiz').addEventListener('spine-quiz-complete', (e) => e.detail.answers);
      `,
    };
    for (const [name, source] of Object.entries(files)) writeFileSync(join(consumer, name), source);
    const args = [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'es2022,dom', '--skipLibCheck', 'false', '--noUncheckedSideEffectImports', '--pretty', 'false'];
    // good.ts alone must compile (library .d.ts files checked too: --skipLibCheck false)…
    await run(process.execPath, [...args, 'good.ts'], { cwd: consumer }).catch((error) => assert.fail(`good.ts does not compile:\n${error.stdout}${error.stderr}`));
    // …and each bad file must fail, for the reason it was written.
    const { stdout } = await run(process.execPath, [...args, 'bad-number.ts', 'bad-detail.ts'], { cwd: consumer }).then(
      () => assert.fail('the misuse compiled'),
      (error) => error,
    );
    const errors = stdout.split('\n').filter((line) => line.includes('error TS'));
    assert.ok(errors.some((line) => line.startsWith('bad-number.ts') && line.includes('TS2322')), `quiz.emergencyNumber = 112 is rejected:\n${stdout}`);
    assert.ok(errors.some((line) => line.startsWith('bad-detail.ts') && line.includes('TS2339') && line.includes("'answers'")), `detail.answers is rejected:\n${stdout}`);
    assert.deepEqual(errors.filter((line) => !line.startsWith('bad-')), [], 'no error outside the bad files');
  });
});
