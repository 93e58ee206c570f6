// Embedding on hostile host pages, with the BUILT bundle in Debian's Chromium: CSS frameworks,
// old-theme resets, a dark page, right-to-left text; layout shift; memory over many mounts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { closeLoopback, openLoopback } from './loopback.mjs';

let server;
let browser;
let origin;

before(async () => {
  ({ server, browser, origin } = await openLoopback());
});

after(() => closeLoopback({ server, browser }));

const vendor = {
  '/vendor/bootstrap.css': new URL('../node_modules/bootstrap/dist/css/bootstrap.min.css', import.meta.url),
  '/vendor/preflight.css': new URL('../node_modules/tailwindcss/preflight.css', import.meta.url),
};

const widgets = `
  <spine-quiz></spine-quiz>
  <spine-compare procedures="esi,rfa,scs"></spine-compare>
  <spine-timeline procedure="scs" start-date="2025-01-15"></spine-timeline>
  <spine-risks procedure="esi" compare-with="conservative"></spine-risks>`;

const hosts = {
  bootstrap: { css: ['/vendor/bootstrap.css'], body: `<div class="container"><div class="row"><div class="col-md-8">${widgets}</div></div></div>` },
  tailwind: { css: ['/vendor/preflight.css'], body: `<main>${widgets}</main>` },
  'old theme, tiny root font': { css: ['/test/pages/hostile.css'], body: `<article>${widgets}</article>` },
  'dark page': { css: ['/test/pages/hostile.css'], body: `<div class="dark">${widgets}</div>` },
  'right to left': { css: ['/vendor/bootstrap.css'], dir: 'rtl', body: widgets },
};

async function openHost(name, width) {
  const host = hosts[name];
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const [path, file] of Object.entries(vendor)) {
    await page.route(`${origin}${path}`, async (route) => route.fulfill({ contentType: 'text/css', body: await readFile(file) }));
  }
  const html = `<!doctype html><html lang="en" dir="${host.dir ?? 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${name}</title><link rel="icon" href="data:,">${host.css.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}
    <script src="/dist/spine-widgets.js" defer></script></head><body>${host.body}</body></html>`;
  await page.route(`${origin}/host.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${origin}/host.html`);
  await page.locator('spine-compare table').waitFor();
  await page.locator('spine-risks spine-icon-array svg').first().waitFor();
  return { page, context, errors };
}

/** Text that is too small, and text wider than its box, inside every widget's shadow root. */
function inspect() {
  const small = [];
  const clipped = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      const ownText = [...el.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim());
      if (!ownText || !el.getClientRects().length) continue;
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      const inFootnote = el.closest('sup, .footer, .meta, .legend, .when, .dates, .hint, .status, .progress, [part="caption"]');
      if (size < (inFootnote ? 11 : 15)) small.push(`${el.parentElement?.localName}>${el.localName}.${el.className} "${el.textContent.trim().slice(0, 30)}": ${size}px`);
      const scroller = el.closest('.scroll');
      if (!scroller && el.scrollWidth > el.clientWidth + 1 && style.overflow !== 'visible') clipped.push(`${el.localName}.${el.className}`);
    }
  };
  for (const widget of document.querySelectorAll('spine-compare, spine-timeline, spine-risks, spine-quiz')) visit(widget.shadowRoot);
  return { small, clipped, pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
}

describe('hostile host pages', () => {
  for (const name of Object.keys(hosts)) {
    for (const width of [320, 1280]) {
      it(`${name} at ${width}px: legible, nothing clipped, no sideways page scroll`, async () => {
        const { page, context, errors } = await openHost(name, width);
        const result = await page.evaluate(inspect);
        assert.deepEqual(result.small, [], 'body text is 15px or more');
        assert.deepEqual(result.clipped, [], 'no text is cut off');
        assert.ok(result.pageOverflow <= 0, `the page scrolls sideways by ${result.pageOverflow}px`);
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }

  it('follows a dark page: text takes the page’s light color, not black on a white slab', async () => {
    const { page, context } = await openHost('dark page', 1280);
    const colors = await page.evaluate(() => {
      const compare = document.querySelector('spine-compare');
      const cell = compare.shadowRoot.querySelector('td p');
      return { text: getComputedStyle(cell).color, background: getComputedStyle(compare).backgroundColor };
    });
    assert.equal(colors.text, 'rgb(232, 234, 237)');
    assert.equal(colors.background, 'rgba(0, 0, 0, 0)');
    await context.close();
  });
});

describe('layout stability and memory', () => {
  it('does not shift the demo page while the widgets load (CLS 0 with the documented :not(:defined) rule)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${origin}/demo/`);
    await page.locator('spine-compare table').waitFor();
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => window.shifts);
    assert.equal(shifts.reduce((sum, value) => sum + value, 0), 0, `layout shifts: ${shifts.join(', ')}`);
    await context.close();
  });

  it('returns memory after mounting and removing each widget 1,000 times', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/test/pages/module.html`);
    await page.locator('spine-compare table').waitFor();
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const churn = (count) =>
      page.evaluate(async (times) => {
        const tags = ['spine-compare', 'spine-timeline', 'spine-risks', 'spine-quiz'];
        for (let i = 0; i < times; i++) {
          for (const tag of tags) {
            const el = document.createElement(tag);
            el.setAttribute('procedures', 'esi,rfa');
            document.body.append(el);
            await el.updateComplete;
            el.remove();
          }
        }
      }, count);
    await churn(50);
    const baseline = await heap();
    await churn(1000);
    const grown = (await heap()) - baseline;
    assert.ok(grown < 2 * 1024 * 1024, `heap grew by ${(grown / 1024).toFixed(0)} KB after 4,000 mounts`);
    await context.close();
  });
});
