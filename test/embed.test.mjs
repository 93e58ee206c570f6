// Embedding on hostile host pages (test/hosts.mjs), with the BUILT bundle in Debian's Chromium;
// layout shift; memory over many mounts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertFits, hostPage, hosts, inspect, rendered, vendorStyles, widths } from './hosts.mjs';
import { closeLoopback, openLoopback } from './loopback.mjs';

let server;
let browser;
let origin;
let styles;

before(async () => {
  ({ server, browser, origin } = await openLoopback());
  styles = await vendorStyles();
});

after(() => closeLoopback({ server, browser }));

async function openHost(name, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const [path, body] of styles) await page.route(`${origin}${path}`, (route) => route.fulfill({ contentType: 'text/css', body }));
  await page.route(`${origin}/host.html`, (route) => route.fulfill({ contentType: 'text/html', body: hostPage(name) }));
  await page.goto(`${origin}/host.html`);
  await page.waitForFunction(rendered);
  return { page, context, errors };
}

describe('hostile host pages', () => {
  for (const name of Object.keys(hosts)) {
    for (const width of widths) {
      it(`${name} at ${width}px: legible, nothing clipped, no sideways page scroll`, async () => {
        const { page, context, errors } = await openHost(name, width);
        assertFits(await page.evaluate(inspect), errors);
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
