// The built bundle in Firefox ESR (through WebDriver BiDi): strict CSP with Trusted Types,
// Spanish on demand, two copies of the bundle, the hostile host pages of test/hosts.mjs.
// Playwright's Firefox is a patched build, so this uses puppeteer-core, which drives Debian's
// firefox-esr as it is.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { startServer } from '../scripts/serve.mjs';
import { pageCount, textRuns } from './pdf.mjs';
import { assertFits, hostPage, hosts, inspect, rendered, vendorStyles, widths } from './hosts.mjs';

const strictPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'";

let server;
let browser;
let origin;
let styles;

before(async () => {
  server = await startServer({ headers: (path) => (path === '/test/pages/csp.html' ? { 'content-security-policy': strictPolicy } : {}) });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
  styles = await vendorStyles();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Text inside a widget's shadow root, once it has rendered. */
async function shadowText(page, selector, inner) {
  await page.waitForFunction((host, part) => document.querySelector(host)?.shadowRoot?.querySelector(part), { timeout: 15000 }, selector, inner);
  return page.evaluate((host, part) => document.querySelector(host).shadowRoot.querySelector(part).textContent.trim(), selector, inner);
}

/** Takes the quiz on the page to its result (every question may be skipped) and presses Print; the dialog itself is not opened. */
async function printQuiz(page) {
  await page.waitForFunction(() => document.querySelector('spine-quiz')?.shadowRoot?.querySelector('button[type="submit"]'), { timeout: 15000 });
  await page.evaluate(async () => {
    const quiz = document.querySelector('spine-quiz');
    for (let step = 0; step < 20 && !quiz.shadowRoot.querySelector('[part="result"]'); step++) {
      quiz.shadowRoot.querySelector('button[type="submit"]').click();
      await quiz.updateComplete;
    }
    window.print = () => {};
    [...quiz.shadowRoot.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Print').click();
  });
}

describe('Firefox ESR', () => {
  it('renders every widget under a strict Content-Security-Policy with Trusted Types, overrides and Spanish included', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/test/pages/csp.html`);
    for (const tag of ['spine-compare', 'spine-timeline', 'spine-risks', 'spine-quiz']) assert.ok((await shadowText(page, tag, 'h2')).length > 0, tag);
    await page.waitForFunction(() => document.querySelector('#clinic').shadowRoot.textContent.includes('Riverside offers this on Tuesdays.'), { timeout: 15000 });
    await page.waitForFunction(() => document.querySelector('#spanish').shadowRoot.textContent.includes('¿Es esto adecuado para mí?'), { timeout: 15000 });
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('loads the calendar maker beside the bundle on the first save, under the strict policy, and makes the file', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/test/pages/csp.html`);
    await shadowText(page, 'spine-timeline', '[part="calendar"] button');
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/dist/spine-widgets.ics.js')));
    assert.equal(await loaded(), false);
    // Catch the download instead of saving a file: read the calendar the browser made.
    await page.evaluate(() => {
      let blob;
      const { createObjectURL } = URL;
      URL.createObjectURL = (object) => {
        blob = object;
        return createObjectURL(object);
      };
      window.savedCalendar = new Promise((resolve, reject) => {
        HTMLAnchorElement.prototype.click = function () {
          blob.text().then((text) => resolve({ name: this.download, text }), reject);
        };
        setTimeout(() => reject(new Error('no calendar file within 10 s')), 10000);
      });
      document.querySelector('spine-timeline').shadowRoot.querySelector('[part="calendar"] button').click();
    });
    const saved = await page.evaluate(() => window.savedCalendar);
    assert.equal(saved.name, 'recovery-scs.ics');
    assert.match(saved.text, /^BEGIN:VCALENDAR\r\n/);
    assert.equal(await loaded(), true);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('prints the quiz alone from its Print button, and the whole page again after', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/test/pages/csp.html`);
    await shadowText(page, 'spine-quiz', 'button[type="submit"]');
    const whole = pageCount(await page.pdf({ timeout: 120000 }));
    await printQuiz(page);
    // Printing to PDF is Firefox's own print: it fires afterprint when done, which takes the mark off.
    const quizAlone = await page.pdf({ timeout: 120000 });
    assert.equal(await page.evaluate(() => document.querySelectorAll('[spine-printing]').length), 0);
    assert.ok(pageCount(quizAlone) > 0 && pageCount(quizAlone) < whole / 2, `the quiz prints on ${pageCount(quizAlone)} pages, the page on ${whole}`);
    assert.ok(textRuns(quizAlone) > 50, 'the quiz is on the printout, not a blank page');
    assert.ok(pageCount(await page.pdf({ timeout: 120000 })) > pageCount(quizAlone), 'after printing, the page prints whole again');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('prints the whole quiz, the same, whatever the host page does with its layout or its own print rules', async () => {
    const printed = {};
    // Chromium prints all six layouts (test/e2e.test.mjs); here the plain page and two that once broke it.
    for (const host of ['plain', 'grid', 'host-visibility']) {
      const page = await browser.newPage();
      await page.goto(`${origin}/test/pages/print.html?host=${host}`);
      await printQuiz(page);
      const pdf = await page.pdf({ timeout: 120000 });
      printed[host] = { pages: pageCount(pdf), runs: textRuns(pdf) };
      await page.close();
    }
    const { plain } = printed;
    assert.ok(plain.pages >= 1 && plain.runs > 50, `the quiz prints (${plain.pages} pages, ${plain.runs} runs of text)`);
    for (const [host, { pages, runs }] of Object.entries(printed)) {
      assert.equal(pages, plain.pages, `${host}: as many pages as from a plain page`);
      assert.ok(Math.abs(runs - plain.runs) <= plain.runs * 0.02, `${host}: ${runs} runs of text, ${plain.runs} from a plain page`);
    }
  });

  it('loads Spanish for a Spanish page', async () => {
    const { es } = await import('../dist/esm/content/es/index.js');
    const page = await browser.newPage();
    await page.goto(`${origin}/test/pages/es.html`);
    await page.waitForFunction((decision) => document.querySelector('spine-compare')?.shadowRoot?.querySelector('h2')?.textContent.trim() === decision, { timeout: 15000 }, es.decision);
    assert.equal(await shadowText(page, 'spine-quiz', 'h2'), es.ui.quiz.title);
    await page.close();
  });

  it('survives the bundle loaded twice', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/test/pages/twice.html`);
    await shadowText(page, 'spine-compare', 'table');
    assert.equal(await page.evaluate(() => document.querySelector('spine-compare').shadowRoot.querySelectorAll('thead th').length), 3);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('Firefox ESR on hostile host pages', () => {
  for (const name of Object.keys(hosts)) {
    for (const width of widths) {
      it(`${name} at ${width}px: legible, nothing clipped, no sideways page scroll`, async () => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.setViewport({ width, height: 900 });
        // The project server keeps node_modules private, so the vendor stylesheets and the page come from here.
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const { pathname } = new URL(request.url());
          if (pathname === '/host.html') return request.respond({ contentType: 'text/html', body: hostPage(name) });
          if (styles.has(pathname)) return request.respond({ contentType: 'text/css', body: styles.get(pathname) });
          return request.continue();
        });
        await page.goto(`${origin}/host.html`);
        await page.waitForFunction(rendered, { timeout: 15000 });
        assertFits(await page.evaluate(inspect), errors);
        await context.close();
      });
    }
  }
});
