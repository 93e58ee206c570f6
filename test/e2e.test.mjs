// End-to-end tests of the BUILT bundle (dist/spine-widgets.js) in Debian's Chromium, on pages served on loopback.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { closeLoopback, openLoopback } from './loopback.mjs';
import { pageCount, textRuns } from './pdf.mjs';

const strictPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'";

let server;
let browser;
let origin;

before(async () => {
  ({ server, browser, origin } = await openLoopback({ headers: (path) => (path === '/test/pages/csp.html' ? { 'content-security-policy': strictPolicy } : {}) }));
});

after(() => closeLoopback({ server, browser }));

/** Opens a page and records what a host page would care about: errors, console, requests. */
async function open(path, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const record = { pageErrors: [], consoleErrors: [], warnings: [], requests: [] };
  page.on('pageerror', (error) => record.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
    if (message.type() === 'warning') record.warnings.push(message.text());
  });
  page.on('request', (request) => record.requests.push(request.url()));
  await page.goto(origin + path);
  await page.waitForFunction(() => customElements.get('spine-compare') !== undefined);
  await page.locator('spine-compare table').first().waitFor();
  return { page, context, record };
}

/** Answers the quiz as a patient with back pain for over 6 months would; resolves with its completion detail. */
async function finishQuiz(quiz) {
  const next = quiz.getByRole('button', { name: 'Next' });
  await next.click(); // no red flag
  await quiz.getByRole('radio', { name: 'Mostly my back' }).check();
  await next.click();
  await quiz.getByRole('radio', { name: 'Over 6 months' }).check();
  await next.click();
  await next.click(); // what was tried: skipped
  await next.click(); // what a doctor said: skipped
  await quiz.getByRole('radio', { name: /at least half my pain/ }).check();
  await next.click();
  await next.click(); // health: skipped
  const completed = quiz.evaluate((element) => new Promise((resolve) => element.addEventListener('spine-quiz-complete', (event) => resolve(event.detail), { once: true })));
  await quiz.getByRole('button', { name: 'See my results' }).click();
  return completed;
}

describe('the demo clinic page (script tag)', () => {
  it('shows all seven options with sources, and nothing goes wrong on the page', async () => {
    const { page, context, record } = await open('/demo/');
    const headers = await page.locator('spine-compare thead th').allTextContents();
    assert.equal(headers.length, 7);
    assert.ok(headers.some((text) => /epidural/i.test(text)));
    assert.ok(headers.at(-1).length > 0);
    assert.ok((await page.locator('spine-compare .cite a').count()) > 50, 'figures are cited');
    assert.ok((await page.locator('spine-compare .sources li').count()) > 10, 'sources are listed');
    assert.match(await page.locator('spine-compare .footer').innerText(), /not medical advice/);
    assert.ok((await page.locator('spine-timeline .phase').count()) >= 4, 'the timeline shows its phases');
    assert.ok((await page.locator('spine-risks spine-icon-array svg').count()) >= 1, 'risks are drawn as icon arrays');
    assert.equal(await page.locator('spine-risks .option').count(), 2, 'risks are compared with care without a procedure');
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
    await context.close();
  });

  it('makes no request beyond the page, its stylesheet and the bundle, and stores nothing', async () => {
    const { page, context, record } = await open('/demo/');
    await page.waitForLoadState('networkidle');
    const paths = record.requests.map((url) => new URL(url).pathname).sort();
    assert.deepEqual(paths, ['/demo/', '/demo/site.css', '/dist/spine-widgets.js']);
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
    await context.close();
  });

  it('fits a 320px phone without sideways scrolling of the page', async () => {
    const { page, context } = await open('/demo/', { width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    const display = await page.locator('spine-compare tbody td').first().evaluate((cell) => getComputedStyle(cell).display);
    assert.equal(display, 'block');
    await context.close();
  });

  it('takes a patient through the quiz and brings the options to ask about to the front, sending nothing', async () => {
    const { page, context, record } = await open('/demo/');
    await page.waitForLoadState('networkidle');
    const requestsBefore = record.requests.length;
    const detail = await finishQuiz(page.locator('spine-quiz'));
    assert.ok(detail.ask.includes('rfa'));
    // Care without a procedure stays first; the option to ask about comes next.
    assert.match(await page.locator('spine-compare thead th').first().innerText(), /no procedure/i);
    assert.match(await page.locator('spine-compare thead th').nth(1).innerText(), /radiofrequency/i);
    assert.equal(record.requests.length, requestsBefore, 'the quiz sent nothing');
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });

  it('prints the quiz alone from its Print button, and the whole page again after', async () => {
    const { page, context, record } = await open('/test/pages/csp.html');
    const quiz = page.locator('spine-quiz:not(#spanish)');
    await finishQuiz(quiz);
    // The browser's print dialog cannot be driven here: note that it was asked for, and look at the page as printed.
    await page.evaluate(() => (window.print = () => (window.printCalls = (window.printCalls ?? 0) + 1)));
    await quiz.getByRole('button', { name: 'Print' }).click();
    assert.equal(await page.evaluate(() => window.printCalls), 1);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await quiz.getByRole('heading', { name: 'You might ask about' }).isVisible(), true);
    assert.equal(await quiz.getByRole('button', { name: 'Start over' }).isVisible(), false);
    for (const other of ['spine-compare', 'spine-timeline', 'spine-risks', '#spanish']) {
      assert.equal(await page.locator(other).first().isVisible(), false, `${other} is left out of the printout`);
    }
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    assert.equal(await page.locator('spine-compare').first().isVisible(), true, 'after printing, the page prints whole again');
    assert.equal(await quiz.getByRole('heading', { name: 'You might ask about' }).isVisible(), true);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'no violation of the strict policy');
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });

  it('prints the whole quiz, the same, whatever the host page does with its layout or its own print rules', async () => {
    /** The PDF printed from the quiz's Print button on a host page laid out as `host`. */
    const printQuiz = async (host) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${origin}/test/pages/print.html?host=${host}`);
      const quiz = page.locator('spine-quiz');
      await finishQuiz(quiz);
      await page.evaluate(() => (window.print = () => {}));
      await quiz.getByRole('button', { name: 'Print' }).click();
      // Printing to PDF is the browser's own print: it fires afterprint when done, which takes the mark off.
      const pdf = await page.pdf({ format: 'Letter' });
      const marked = await page.evaluate(() => document.querySelectorAll('[spine-printing]').length);
      await context.close();
      return { pages: pageCount(pdf), runs: textRuns(pdf), marked };
    };
    const plain = await printQuiz('plain');
    assert.ok(plain.pages >= 1 && plain.runs > 50, `the quiz prints (${plain.pages} pages, ${plain.runs} runs of text)`);
    assert.equal(plain.marked, 0);
    for (const host of ['grid', 'clipped', 'modal', 'host-visibility', 'host-display']) {
      const printed = await printQuiz(host);
      assert.equal(printed.pages, plain.pages, `${host}: as many pages as from a plain page`);
      assert.ok(Math.abs(printed.runs - plain.runs) <= plain.runs * 0.02, `${host}: ${printed.runs} runs of text, ${plain.runs} from a plain page`);
      assert.equal(printed.marked, 0, `${host}: the mark is gone after printing`);
    }
  });

  it('prints the table and its sources without the controls', async () => {
    const { page, context } = await open('/demo/');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('spine-compare .chooser').isVisible(), false);
    assert.equal(await page.locator('spine-compare a[part="cta"]').isVisible(), false);
    assert.equal(await page.locator('spine-compare .sources li').first().isVisible(), true);
    await context.close();
  });
});

describe('languages', () => {
  it('loads Spanish from beside the bundle for a Spanish page, and shows it', async () => {
    const { es } = await import('../dist/esm/content/es/index.js');
    const { page, context, record } = await open('/test/pages/es.html');
    await page.locator('spine-compare h2').getByText(es.decision).waitFor();
    assert.ok(record.requests.some((url) => url.endsWith('/dist/spine-widgets.es.js')));
    assert.equal(await page.locator('spine-quiz h2').innerText(), es.ui.quiz.title);
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
    await context.close();
  });
});

describe('embedding', () => {
  it('shows what the page put inside an element where the bundle cannot run, and hides it where it does', async () => {
    for (const runs of [true, false]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // A browser too old for the bundle, or a blocked script, is a page where it never runs.
      if (!runs) await page.route('**/spine-widgets.js', (route) => route.abort());
      await page.goto(`${origin}/test/pages/fallback.html`);
      if (runs) await page.locator('spine-quiz fieldset').first().waitFor();
      else await page.waitForLoadState('load');
      for (const text of ['Read about our treatment options.', 'Call us to talk about your options.']) {
        assert.equal(await page.getByText(text).isVisible(), !runs, `${runs ? 'hidden' : 'shown'}: ${text}`);
      }
      await context.close();
    }
  });

  it('loads with the Subresource Integrity hash the build wrote', async () => {
    const { readFile } = await import('node:fs/promises');
    const sri = JSON.parse(await readFile(new URL('../dist/sri.json', import.meta.url), 'utf8'));
    const context = await browser.newContext();
    const page = await context.newPage();
    const html = (integrity) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title><link rel="icon" href="data:,">
      <script src="/dist/spine-widgets.js" integrity="${integrity}" crossorigin="anonymous"></script></head>
      <body><spine-compare procedures="esi"></spine-compare></body></html>`;
    await page.route(`${origin}/sri-good.html`, (route) => route.fulfill({ contentType: 'text/html', body: html(sri['spine-widgets.js']) }));
    await page.route(`${origin}/sri-bad.html`, (route) => route.fulfill({ contentType: 'text/html', body: html(`sha384-${'A'.repeat(64)}`) }));
    await page.goto(`${origin}/sri-good.html`);
    await page.locator('spine-compare table').waitFor();
    await page.goto(`${origin}/sri-bad.html`);
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => customElements.get('spine-compare')), undefined, 'a wrong hash is refused, so the right one was checked');
    await context.close();
  });

  it('loads the content validator (and Spanish) beside the bundle only for a page that needs them', async () => {
    const { page, context, record } = await open('/test/pages/csp.html');
    await page.getByText('Riverside offers this on Tuesdays.').waitFor();
    const scripts = record.requests.map((url) => new URL(url).pathname).filter((path) => path.endsWith('.js'));
    assert.deepEqual(scripts.sort(), ['/dist/spine-widgets.es.js', '/dist/spine-widgets.js', '/dist/spine-widgets.overrides.js', '/test/pages/csp-watch.js']);
    await context.close();
  });

  it('loads the calendar maker beside the bundle only when a patient saves their steps, under the strict policy', async () => {
    const { page, context, record } = await open('/test/pages/csp.html');
    const button = page.locator('spine-timeline').getByRole('button', { name: 'Add to my calendar' });
    await button.waitFor();
    assert.ok(!record.requests.some((url) => url.endsWith('/spine-widgets.ics.js')), 'not loaded before the click');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    assert.equal(download.suggestedFilename(), 'recovery-scs.ics');
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(await download.path(), 'utf8');
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(text, /DTSTART;VALUE=DATE:20270115/);
    assert.ok(record.requests.some((url) => url === `${origin}/dist/spine-widgets.ics.js`));
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });

  it('tells the patient when the calendar maker cannot be loaded, and the page goes on', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(`${origin}/dist/spine-widgets.ics.js`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/test/pages/csp.html`);
    const timeline = page.locator('spine-timeline');
    const errors = timeline.evaluate((element) => new Promise((resolve) => element.addEventListener('spine-error', (event) => resolve(event.detail.code))));
    await timeline.getByRole('button', { name: 'Add to my calendar' }).click();
    assert.equal(await errors, 'content-unavailable');
    await timeline.getByRole('status').getByText('Could not make the calendar file. Please try again.').waitFor();
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  it('gives up on a content-src that never answers after 10 s, and shows the standard content', { timeout: 60000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The server takes the request and never replies.
    await page.route('**/clinic-never.json', () => {});
    await page.goto(`${origin}/test/pages/module.html`);
    await page.waitForFunction(() => customElements.get('spine-compare') !== undefined);
    const started = Date.now();
    const detail = await page.evaluate(async () => {
      const el = document.createElement('spine-compare');
      el.setAttribute('procedures', 'rfa');
      el.setAttribute('content-src', '/clinic-never.json');
      el.id = 'never';
      const failed = new Promise((resolve) => el.addEventListener('spine-error', (event) => resolve(event.detail), { once: true }));
      document.body.append(el);
      await el.contentReady;
      return failed;
    });
    assert.equal(detail.code, 'content-unavailable');
    assert.ok(Date.now() - started >= 9000, 'it waited for the file first');
    assert.equal(await page.locator('#never .loading').count(), 0);
    assert.equal(await page.locator('#never thead th').count(), 2);
    await context.close();
  });

  it('works beside host scripts that freeze Symbol, add to Object.prototype, or give an element the id SpineWidgets', async () => {
    const environments = {
      'an element with id="SpineWidgets"': ['hostile-js.html', () => {}],
      'a frame of another origin named SpineWidgets': ['hostile-js.html?frame', () => {}],
      'a frozen Symbol (as SES lockdown leaves it)': ['hostile-js.html', () => Object.freeze(Symbol)],
      // Old Prototype/MooTools-style pages add enumerable keys that every for…in loop then visits.
      'an enumerable Object.prototype key': ['hostile-js.html', () => Object.defineProperty(Object.prototype, 'foo', { value: 1, enumerable: true, writable: true, configurable: true })],
    };
    for (const [name, [pageName, setUp]] of Object.entries(environments)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.addInitScript(setUp);
      await page.goto(`${origin}/test/pages/${pageName}`);
      for (const tag of ['spine-compare', 'spine-timeline', 'spine-risks', 'spine-quiz']) await page.locator(`${tag} h2`).first().waitFor({ timeout: 10000 });
      // The documented page-wide API, with a clinic override that goes through the content validator.
      await page.evaluate(() => window.SpineWidgets.configure({ content: { procedures: [{ id: 'rfa', clinicNote: 'Riverside offers this on Tuesdays.' }] } }));
      await page.locator('spine-compare').getByText('Riverside offers this on Tuesdays.').waitFor({ timeout: 10000 });
      assert.deepEqual(errors, [], name);
      await context.close();
    }
  });

  it('survives the bundle loaded twice with one warning and no error', async () => {
    const { page, context, record } = await open('/test/pages/twice.html');
    assert.deepEqual(record.pageErrors, []);
    assert.equal(record.warnings.filter((text) => text.includes('spine-widgets')).length, 1);
    assert.equal(await page.locator('spine-compare thead th').count(), 3);
    await context.close();
  });

  it('works when the bundle is loaded as a module', async () => {
    const { page, context, record } = await open('/test/pages/module.html');
    assert.deepEqual(record.pageErrors, []);
    assert.equal(await page.locator('spine-compare thead th').count(), 2);
    assert.equal(await page.evaluate(() => typeof window.SpineWidgets?.configure), 'function');
    await context.close();
  });

  it('finds its companion files beside itself as a module, not beside another script that names it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    // A page script whose URL merely mentions the bundle, before it: document.currentScript is null in a module.
    const html = `<!doctype html><html lang="es"><head><meta charset="utf-8"><link rel="icon" href="data:,">
      <script src="/test/pages/csp-watch.js?ref=spine-widgets.js"></script><script type="module" src="/dist/spine-widgets.js"></script>
      </head><body><spine-quiz></spine-quiz></body></html>`;
    await page.route(`${origin}/decoy.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(`${origin}/decoy.html`);
    await page.locator('spine-quiz h2').getByText('¿Es esto adecuado para mí?').waitFor();
    assert.ok(requests.includes('/dist/spine-widgets.es.js'), requests.join(', '));
    await context.close();
  });

  it('waits for inline JSON the page is still sending (a bundle without defer), with no false error', async () => {
    // The page arrives in two parts, the inline JSON cut in half, as from a slow server.
    const slow = createServer(async (request, response) => {
      const file = /^\/dist\/(spine-widgets[\w.]*\.js)$/.exec(request.url)?.[1];
      if (file) return response.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(new URL(`../dist/${file}`, import.meta.url)));
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.write('<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script src="/dist/spine-widgets.js"></script></head>');
      response.write(`<body><spine-compare procedures="rfa"><script type="application/json">{"procedures":[{"id":"rfa",${' '.repeat(4096)}"clinic`);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      response.end('Note":"Streamed note"}]}</script></spine-compare></body></html>');
    });
    await new Promise((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const context = await browser.newContext();
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.addInitScript(() => {
      window.spineErrors = [];
      document.addEventListener('spine-error', (event) => window.spineErrors.push(event.detail.code));
    });
    await page.goto(`http://127.0.0.1:${slow.address().port}/`);
    await page.locator('spine-compare').getByText('Streamed note').waitFor();
    assert.deepEqual(await page.evaluate(() => window.spineErrors), []);
    assert.deepEqual(consoleErrors, []);
    assert.equal(await page.locator('spine-compare [part="notice"]').count(), 0);
    await context.close();
    slow.closeAllConnections();
    slow.close();
  });

  it('keeps English, with no notice, when the Spanish file fails, and loads it on the next switch', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let refused = 0;
    await page.route(`${origin}/dist/spine-widgets.es.js`, (route) => (refused++ === 0 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
    await page.goto(`${origin}/test/pages/module.html`);
    await page.locator('spine-compare table').waitFor();
    await page.evaluate(() => (document.documentElement.lang = 'es'));
    await page.waitForTimeout(500);
    assert.equal(refused, 1);
    assert.equal(await page.locator('spine-compare caption').textContent(), 'Options side by side');
    assert.equal(await page.locator('spine-compare [part="notice"]').count(), 0);
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await page.evaluate(() => (document.documentElement.lang = 'es'));
    await page.locator('spine-compare caption').getByText('Opciones lado a lado').waitFor();
    await context.close();
  });

  it('shows the standard content in the page’s language, with its notice, when the validator cannot load', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(`${origin}/dist/spine-widgets.overrides.js`, (route) => route.fulfill({ status: 404, body: 'missing' }));
    const html = `<!doctype html><html lang="es"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script src="/dist/spine-widgets.js" defer></script></head>
      <body><spine-compare procedures="rfa"><script type="application/json">{"procedures":[{"id":"rfa","clinicNote":"Nota"}]}</script></spine-compare></body></html>`;
    await page.route(`${origin}/validator-missing.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(`${origin}/validator-missing.html`);
    const notice = page.locator('spine-compare [part="notice"]');
    await notice.waitFor();
    assert.equal((await notice.textContent()).trim(), 'No se pudo cargar la información de la clínica. Se muestra la información estándar.');
    assert.equal(await page.locator('spine-compare caption').textContent(), 'Opciones lado a lado');
    await context.close();
  });

  it('loads twice without an error where the page allows Trusted Types policy lit-html once', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route(`${origin}/test/pages/twice.html`, async (route) => {
      const response = await route.fetch();
      const policy = "script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    await page.goto(`${origin}/test/pages/twice.html`);
    await page.locator('spine-compare thead th').first().waitFor();
    assert.equal(await page.locator('spine-compare thead th').count(), 3);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('renders under a strict Content-Security-Policy with Trusted Types, with no violation', async () => {
    const { page, context, record } = await open('/test/pages/csp.html');
    assert.equal(await page.locator('spine-compare:not(#clinic) thead th').count(), 3);
    await page.locator('spine-timeline .phase').first().waitFor();
    await page.locator('spine-risks spine-icon-array svg').first().waitFor();
    await page.locator('spine-quiz fieldset').first().waitFor();
    await page.getByText('Riverside offers this on Tuesdays.').waitFor();
    await page.locator('#spanish').getByText('¿Es esto adecuado para mí?').waitFor();
    const violations = await page.evaluate(() => window.cspViolations);
    assert.deepEqual(violations, []);
    assert.deepEqual(record.pageErrors, []);
    const ctaColor = await page.locator('spine-compare a[part="cta"]').evaluate((link) => getComputedStyle(link).backgroundColor);
    assert.notEqual(ctaColor, 'rgba(0, 0, 0, 0)', 'styles apply under the policy');
    await context.close();
  });
});
