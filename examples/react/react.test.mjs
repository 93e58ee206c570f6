// The React 19 example, bundled with esbuild from the package's own `exports` (dist/, as npm users
// get it) and run in Debian's Chromium: the four widgets render, React passes their props, and
// React's `on<event-name>` props receive `spine-quiz-complete` and `spine-cta`.
// Needs `npm run build` first. Run: node --test examples/react/react.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const require = createRequire(import.meta.url);

/**
 * Bundles for the browser. `spine-widgets/…` is resolved by esbuild as a package self-reference
 * (this folder is inside the package), i.e. through package.json `exports`, exactly as for an app
 * that installed it.
 */
async function bundle(options) {
  const result = await build({
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    outdir: 'out',
    absWorkingDir: root,
    metafile: true,
    logLevel: 'silent',
    // The development build of React reports bad props and hook misuse on the console; the test fails on any.
    define: { 'process.env.NODE_ENV': '"development"' },
    ...options,
  });
  return { code: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs).map((input) => resolve(root, input)) };
}

/** Serves fixed files from memory on loopback, on a port the system picks. */
function serve(files) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const file = files[path];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let server;
let browser;
let origin;
let example;

before(async () => {
  for (const file of ['dist/esm/index.js', 'dist/esm/define/quiz.js', 'dist/types/index.d.ts']) {
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` before this test.`);
  }
  example = await bundle({ entryPoints: [join(here, 'main.tsx')] });
  const probe = await bundle({
    stdin: {
      loader: 'jsx',
      resolveDir: here,
      sourcefile: 'event-probe.jsx',
      // Which spelling of an event prop does React 19 hand to addEventListener('spine-quiz-complete')?
      contents: `
        import { createRoot } from 'react-dom/client';
        import { flushSync } from 'react-dom';
        const heard = [];
        const spellings = ['onspine-quiz-complete', 'onSpineQuizComplete', 'onSpine-quiz-complete', 'onSpineQuizCompleteCapture'];
        const container = document.body.appendChild(document.createElement('div'));
        flushSync(() => createRoot(container).render(spellings.map((name) => <x-probe key={name} id={name} {...{ [name]: () => heard.push(name) }} />)));
        for (const name of spellings) document.getElementById(name).dispatchEvent(new CustomEvent('spine-quiz-complete', { bubbles: true, composed: true }));
        window.heard = heard;
      `,
    },
  });
  const page = (script) => ({ type: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><body><script type="module" src="${script}"></script></body></html>` });
  server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: await readFile(join(here, 'index.html')) },
    '/main.js': { type: 'text/javascript; charset=utf-8', body: example.code },
    '/probe/': page('/probe.js'),
    '/probe.js': { type: 'text/javascript; charset=utf-8', body: probe.code },
  });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  await page.goto(origin + path);
  return { page, context, problems };
}

describe('React 19 example', () => {
  it('imports the widgets from the built package through its exports, not from src/', () => {
    const ours = example.inputs.filter((input) => input.startsWith(root + sep) && !input.includes(`${sep}node_modules${sep}`) && !input.startsWith(here + sep)).map((input) => relative(root, input).split(sep).join('/'));
    assert.ok(ours.length > 0, 'spine-widgets modules are in the bundle');
    assert.deepEqual(ours.filter((input) => !input.startsWith('dist/esm/')), [], 'every spine-widgets module comes from dist/esm');
    for (const define of ['compare', 'timeline', 'risks', 'quiz']) assert.ok(ours.includes(`dist/esm/define/${define}.js`), `${define}.js is bundled`);
    assert.ok(example.inputs.some((input) => input.includes(`${sep}node_modules${sep}react-dom${sep}`)), 'react-dom is bundled');
  });

  it('React 19 adds `on<event-name>` props with the name exactly as written after "on"', async () => {
    const { page, context, problems } = await open('/probe/');
    await page.waitForFunction(() => Array.isArray(window.heard));
    // Only the literal lower-case spelling hears the event; camel case listens for "SpineQuizComplete".
    assert.deepEqual(await page.evaluate(() => window.heard), ['onspine-quiz-complete']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('renders the four widgets with the props React passed, and its handlers receive spine-quiz-complete and spine-cta', async () => {
    const { page, context, problems } = await open('/');

    // Playwright's CSS locators pierce open shadow roots, so `spine-compare table` finds the widget's table.
    const compare = page.locator('spine-compare');
    await compare.locator('table').waitFor();
    assert.match(await compare.locator('[part="title"]').innerText(), /back pain treatment/);
    assert.equal(await compare.locator('caption').innerText(), 'Options side by side');
    const columns = await compare.locator('thead th[scope="col"]').allInnerTexts();
    assert.equal(columns.length, 4, `procedures="rfa,esi,facet" plus care without a procedure: ${columns}`);
    assert.match(columns[0], /no procedure/i, 'care without a procedure comes first');
    assert.match(columns[1], /radiofrequency/i, 'the columns follow the `procedures` prop');

    const timeline = page.locator('spine-timeline');
    assert.match(await timeline.locator('h2').innerText(), /^Recovery after: .*radiofrequency/i);
    assert.ok((await timeline.locator('.phase').count()) >= 4, 'the timeline shows its phases');
    assert.equal(await timeline.evaluate((element) => element.getAttribute('start-date')), await page.evaluate(() => {
      const date = new Date();
      date.setDate(date.getDate() + 14);
      return date.toISOString().slice(0, 10);
    }), 'React set start-date as an attribute');
    assert.equal(await timeline.evaluate((element) => element.followQuiz), true, 'follow-quiz reached the element');

    const risks = page.locator('spine-risks');
    assert.match(await risks.locator('h2').innerText(), /^Risks of: .*epidural/i);
    assert.equal(await risks.locator('.option').count(), 2, 'compare-with="conservative" shows two options');
    assert.ok((await risks.locator('spine-icon-array svg').count()) >= 1, 'risks are drawn as icon arrays');

    const quiz = page.locator('spine-quiz');
    assert.equal(await quiz.locator('h2').innerText(), 'Is this right for me?');
    assert.equal(await quiz.evaluate((element) => element.emergencyNumber), '911');

    // The quiz: Next through every screen (no box ticked: no red flag), then "See my results".
    const total = Number((await quiz.locator('.progress').innerText()).match(/of (\d+)/)[1]);
    assert.ok(total >= 3, `the quiz has ${total} steps`);
    for (let step = 1; step <= total; step += 1) {
      await assert.doesNotReject(quiz.locator('.progress').filter({ hasText: `Step ${step} of ${total}` }).waitFor({ timeout: 5000 }), `step ${step}`);
      const label = step === total ? 'See my results' : 'Next';
      await quiz.getByRole('button', { name: label, exact: true }).click();
    }
    await quiz.locator('[part="result"]').waitFor();
    assert.equal(await quiz.locator('#step-heading').innerText(), 'Options to talk about with your doctor');

    // The React handler wrote detail.ask into the page.
    const output = page.locator('#quiz-ask');
    await page.waitForFunction(() => document.getElementById('quiz-ask')?.textContent !== '', undefined, { timeout: 5000 }).catch(() => {
      assert.fail('the React onspine-quiz-complete handler wrote no option ids into #quiz-ask');
    });
    const ask = (await output.innerText()).split(',');
    assert.ok(ask.includes('conservative'), `detail.ask = ${ask}`);

    // The call to action: the handler cancels it (no navigation) and shows what it got.
    const url = page.url();
    await compare.locator('a[part="cta"]').click();
    await page.waitForFunction(() => document.getElementById('cta')?.textContent !== '', undefined, { timeout: 5000 }).catch(() => {
      assert.fail('the React onspine-cta handler was not called');
    });
    assert.match(await page.locator('#cta').innerText(), /^spine-compare \S*\/book Book a consultation$/);
    assert.equal(page.url(), url, 'preventDefault() in the React handler kept the page');

    assert.deepEqual(problems, []);
    await context.close();
  });

  it('type-checks, with the JSX augmentation, when @types/react is installed', (t) => {
    const missing = ['@types/react', '@types/react-dom'].filter((name) => {
      try {
        require.resolve(`${name}/package.json`, { paths: [here] });
        return false;
      } catch {
        return true;
      }
    });
    if (missing.length) {
      t.skip(`${missing.join(' and ')} not installed (add them as devDependencies)`);
      return;
    }
    return promisify(execFile)(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', relative(root, join(here, 'tsconfig.json'))], { cwd: root }).catch((error) => {
      assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
    });
  });
});

