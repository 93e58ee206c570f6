// The snippet configurator (demo/configurator.html) with the built bundle: each setting changes
// the live preview and the snippet, and nothing typed becomes markup.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { closeLoopback, openLoopback } from './loopback.mjs';

let server;
let browser;
let origin;

before(async () => {
  ({ server, browser, origin } = await openLoopback());
});

after(() => closeLoopback({ server, browser }));

describe('snippet configurator', () => {
  it('updates the preview and the snippet as settings change', async () => {
    const { es } = await import('../dist/esm/content/es/index.js');
    const { readFile } = await import('node:fs/promises');
    const sri = JSON.parse(await readFile(new URL('../dist/sri.json', import.meta.url), 'utf8'));
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/demo/configurator.html`);
    const snippet = page.locator('#snippet');
    await page.locator('#preview spine-compare table').waitFor();
    await page.waitForFunction((hash) => document.getElementById('snippet').value.includes(hash), sri['spine-widgets.js']);
    // The snippet names the published bundle of this version, never the local preview server.
    const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    assert.ok((await snippet.inputValue()).includes(`<script src="https://cdn.jsdelivr.net/npm/spine-widgets@${version}/dist/spine-widgets.js" integrity=`));
    assert.ok(!(await snippet.inputValue()).includes('127.0.0.1'));
    assert.match(await snippet.inputValue(), /<spine-compare cta-href="\/book" cta-label="Book a consultation">\n {2}<script type="application\/json">\{ "procedures": \[\{ "id": "rfa", "clinicNote": "We offer this on Tuesdays." \}\] \}<\/script>\n<\/spine-compare>/);
    await page.locator('#preview spine-compare').getByText('We offer this on Tuesdays.').waitFor();

    await page.getByRole('button', { name: 'Move Radiofrequency ablation up' }).click();
    await page.getByRole('button', { name: 'Move Radiofrequency ablation up' }).click();
    assert.equal(await page.locator('#preview spine-compare').getAttribute('procedures'), 'rfa,esi,facet,scs,discectomy,vertebroplasty,conservative');
    await page.getByLabel('Your clinic’s content (JSON, optional)').fill('');
    assert.match(await snippet.inputValue(), /crossorigin="anonymous"/);

    await page.getByLabel('Widget').selectOption('spine-quiz');
    await page.getByRole('checkbox', { name: 'Spinal cord stimulation' }).uncheck();
    await page.getByLabel('Language').selectOption('es');
    await page.getByLabel('Emergency number (quiz)').fill('112');
    const quiz = page.locator('#preview spine-quiz');
    await quiz.locator('h2').getByText(es.ui.quiz.title).waitFor();
    assert.equal(await quiz.getAttribute('procedures'), 'rfa,esi,facet,discectomy,vertebroplasty,conservative');
    assert.equal(await quiz.getAttribute('emergency-number'), '112');
    const text = await snippet.inputValue();
    assert.match(text, /<spine-quiz procedures="rfa,esi,facet,discectomy,vertebroplasty,conservative" lang="es" cta-href="\/book" cta-label="Book a consultation" emergency-number="112"><\/spine-quiz>/);

    await page.getByLabel('Brand color').fill('#6b2c91');
    assert.match(await snippet.inputValue(), /--spine-color-accent: #6b2c91;/);
    assert.equal(await page.locator('#preview').evaluate((node) => node.style.getPropertyValue('--spine-color-accent')), '#6b2c91');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps whatever is typed as text: no markup in the preview, escaped in the snippet', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/demo/configurator.html`);
    await page.locator('#preview spine-compare table').waitFor();
    await page.getByLabel('Your clinic’s content (JSON, optional)').fill('{ "decision": "</script><img src=x onerror=alert(1)>" }');
    assert.ok((await page.locator('#snippet').inputValue()).includes('<\\/script><img'), 'a closing script tag in JSON cannot end the snippet’s script');
    await page.getByLabel('Call to action text').fill('"><img src=x onerror=alert(1)>');
    await page.getByLabel('Call to action link').fill('javascript:alert(1)');
    const text = await page.locator('#snippet').inputValue();
    assert.ok(text.includes('cta-label="&quot;>&lt;img src=x onerror=alert(1)>"'), text);
    assert.equal(await page.locator('#preview img').count(), 0);
    assert.equal(await page.locator('#preview spine-compare a[href^="javascript"]').count(), 0, 'the widget refuses the script link');
    await page.close();
  });
});
