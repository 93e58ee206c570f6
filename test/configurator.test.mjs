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
    assert.equal(await page.locator('#preview spine-compare').getAttribute('procedures'), 'rfa,esi,facet,scs,discectomy,vertebroplasty');
    await page.getByLabel('Your clinic’s content (JSON, optional)').fill('');
    assert.match(await snippet.inputValue(), /crossorigin="anonymous"/);

    await page.getByLabel('Widget').selectOption('spine-quiz');
    await page.getByRole('checkbox', { name: 'Spinal cord stimulation' }).uncheck();
    await page.getByLabel('Language').selectOption('es');
    await page.getByLabel('Emergency number (quiz)').fill('112');
    const quiz = page.locator('#preview spine-quiz');
    await quiz.locator('h2').getByText(es.ui.quiz.title).waitFor();
    assert.equal(await quiz.getAttribute('procedures'), 'rfa,esi,facet,discectomy,vertebroplasty');
    assert.equal(await quiz.getAttribute('emergency-number'), '112');
    const text = await snippet.inputValue();
    assert.match(text, /<spine-quiz procedures="rfa,esi,facet,discectomy,vertebroplasty" lang="es" cta-href="\/book" cta-label="Book a consultation" emergency-number="112"><\/spine-quiz>/);

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

  it('leaves care without a procedure out of procedures, so the widget shows it first', async () => {
    const { en } = await import('../dist/esm/content/en/index.js');
    const conservative = en.procedures.find((procedure) => procedure.id === 'conservative').name;
    const page = await browser.newPage();
    await page.goto(`${origin}/demo/configurator.html`);
    await page.locator('#preview spine-compare table').waitFor();
    await page.getByRole('checkbox', { name: 'Spinal cord stimulation' }).uncheck();
    const compare = page.locator('#preview spine-compare');
    assert.equal(await compare.getAttribute('procedures'), 'esi,facet,rfa,discectomy,vertebroplasty');
    assert.match(await page.locator('#snippet').inputValue(), /<spine-compare procedures="esi,facet,rfa,discectomy,vertebroplasty" /);
    await compare.locator('table').waitFor();
    assert.equal(await compare.locator('thead th').first().textContent(), conservative);
    // With nothing ticked, care without a procedure is the one option (an empty list would mean all).
    for (const box of await page.locator('#procedures input').all()) await box.uncheck();
    assert.equal(await compare.getAttribute('procedures'), 'conservative');
    await page.close();
  });

  it('leaves the focus ring to the widget: no --spine-color-focus in the snippet or the preview', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/demo/configurator.html`);
    await page.locator('#preview spine-compare table').waitFor();
    await page.getByLabel('Brand color').fill('#6b2c91');
    assert.doesNotMatch(await page.locator('#snippet').inputValue(), /--spine-color-focus/);
    // Not even the sample page's own: the preview shows what the snippet gives.
    assert.equal(await page.locator('#preview spine-compare').evaluate((node) => getComputedStyle(node).getPropertyValue('--spine-color-focus')), '');
    await page.close();
  });

  it('gives a light brand color black button text, and says so', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/demo/configurator.html`);
    await page.locator('#preview spine-compare table').waitFor();
    const snippet = page.locator('#snippet');
    const notes = page.locator('#accent-notes');
    // The call to action's text color, as 'black' or 'white' (the browser writes it as rgb() or color(srgb)).
    const ctaColor = async () => {
      const color = await page.locator('#preview spine-compare').evaluate((node) => getComputedStyle(node.shadowRoot.querySelector('[part~="cta"]')).color);
      const channels = color.match(/[\d.]+/g).slice(0, 3).map(Number);
      const scale = color.startsWith('color(') ? 1 : 255;
      return channels.every((channel) => channel === 0) ? 'black' : channels.every((channel) => channel === scale) ? 'white' : color;
    };
    assert.doesNotMatch(await snippet.inputValue(), /--spine-color-accent-text/);
    assert.ok(await notes.isHidden());
    assert.equal(await ctaColor(), 'white');

    for (const light of ['#ffd700', '#7fb3e0', '#ffffff']) {
      await page.getByLabel('Brand color').fill(light);
      assert.match(await snippet.inputValue(), new RegExp(`--spine-color-accent: ${light}; --spine-color-accent-text: #000;`));
      assert.equal(await page.locator('#preview').evaluate((node) => node.style.getPropertyValue('--spine-color-accent-text')), '#000');
      await page.locator('#preview spine-compare table').waitFor();
      assert.equal(await ctaColor(), 'black', light);
      assert.ok(await notes.isVisible());
      assert.match(await notes.textContent(), /only \d\.\d:1 \(buttons need 4\.5:1\).*--spine-color-accent-text: #000/);
    }
    // White and pale gold vanish on the sample page's background: links need 3:1.
    assert.match(await notes.textContent(), /only 1\.0:1 against the page background \(links, checkboxes and icon squares need 3:1\)/);
    await page.getByLabel('Brand color').fill('#7fb3e0');
    assert.match(await notes.textContent(), /against the page background/);

    await page.getByLabel('Brand color').fill('#0f5d5a');
    assert.doesNotMatch(await snippet.inputValue(), /--spine-color-accent-text/);
    assert.equal(await page.locator('#preview').evaluate((node) => node.style.getPropertyValue('--spine-color-accent-text')), '');
    assert.ok(await notes.isHidden());
    await page.close();
  });

  it('takes a font away from the preview when the page’s font is chosen again', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/demo/configurator.html`);
    await page.locator('#preview spine-compare table').waitFor();
    const font = () => page.locator('#preview').evaluate((node) => node.style.getPropertyValue('--spine-font-family'));
    await page.getByLabel('Font').selectOption('system-ui, sans-serif');
    assert.equal(await font(), 'system-ui, sans-serif');
    await page.getByLabel('Font').selectOption('');
    assert.equal(await font(), '');
    assert.doesNotMatch(await page.locator('#snippet').inputValue(), /--spine-font-family/);
    await page.close();
  });

  it('shows what the preview reports, and how to write a link an editor meant', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/demo/configurator.html`);
    await page.locator('#preview spine-compare table').waitFor();
    const problems = page.locator('#preview-problems');
    const advice = page.locator('#cta-href-advice');
    assert.equal(await problems.textContent(), '');
    assert.ok(await advice.isHidden());

    await page.getByLabel('Call to action link').fill('javascript:alert(1)');
    await problems.getByText('cta-href: "javascript:alert(1)" is not an http(s), tel:, mailto: or relative URL').waitFor();
    await page.getByLabel('Your clinic’s content (JSON, optional)').fill('{ "procedures": [{ "id": "rfa", "clinicNote": "<b>Tuesdays</b>" }] }');
    await problems.getByText('looks like HTML; write plain text').waitFor();
    assert.equal(await problems.locator('b').count(), 0, 'reported as text, never as markup');
    await page.getByLabel('Your clinic’s content (JSON, optional)').fill('');
    await page.getByLabel('Call to action link').fill('/book');
    await page.locator('#preview spine-compare table').waitFor();
    assert.equal(await problems.textContent(), '');

    const cases = [
      ['www.example.com/book', 'https://www.example.com/book'],
      ['555-123-4567', 'tel:+15551234567'],
      ['+1 555 123 4567', 'tel:+15551234567'],
      ['“https://example.com”', 'curly quotes'],
      ['info@example.com', 'mailto:info@example.com'],
    ];
    for (const [typed, expected] of cases) {
      await page.getByLabel('Call to action link').fill(typed);
      assert.ok(await advice.isVisible(), typed);
      assert.ok((await advice.textContent()).includes(expected), `${typed}: ${await advice.textContent()}`);
    }
    for (const fine of ['https://www.example.com/book', '/book', 'book.html', 'tel:+15551234567', '#contact']) {
      await page.getByLabel('Call to action link').fill(fine);
      assert.ok(await advice.isHidden(), fine);
    }
    await page.close();
  });
});
