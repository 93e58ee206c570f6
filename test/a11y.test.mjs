// Accessibility end-to-end tests of the BUILT bundle (dist/spine-widgets.js) in Debian's Chromium:
// accessibility-tree snapshots, forced colors, reduced motion, reflow at 320px and 200% zoom,
// target size and visible focus. Pages are served on loopback.
//
//   npx rollup -c && node --test --test-reporter=spec test/a11y.test.mjs
//   UPDATE_ARIA=1 node --test test/a11y.test.mjs     # rewrite test/aria/*.yml, then read them
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { closeLoopback, openLoopback } from './loopback.mjs';

const updateAria = process.env.UPDATE_ARIA === '1';
const ariaDir = new URL('./aria/', import.meta.url);
const resultsDir = new URL('../test-results/', import.meta.url);
/** Every snapshot is taken on this day, so review dates ("overdue") cannot change the tree under us. */
const fixedNow = new Date('2026-11-27T12:00:00Z');
const widgetTags = ['spine-compare', 'spine-timeline', 'spine-risks', 'spine-quiz'];

let server;
let browser;
let origin;

before(async () => {
  ({ server, browser, origin } = await openLoopback());
  await mkdir(resultsDir, { recursive: true });
});

after(() => closeLoopback({ server, browser }));

/**
 * Installed in every page: walks the widgets' shadow roots (nested ones too, e.g. the icon arrays
 * inside <spine-risks>) and names elements readably for assertion messages.
 */
function installHelpers() {
  const name = (el) => {
    const id = el.id ? `#${el.id}` : '';
    const classes = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.localName}${id}${classes}`;
  };
  const hostOf = (el) => el.getRootNode().host;
  window.a11y = {
    /** `spine-quiz › fieldset › li › label › input` plus a bit of its text. */
    describe(el) {
      const chain = [];
      for (let node = el; node; ) {
        chain.unshift(name(node));
        const parent = node.parentElement ?? hostOf(node);
        if (!parent || parent === document.body || parent === document.documentElement) break;
        node = parent;
      }
      const compact = chain.filter((part, index) => index === 0 || index >= chain.length - 4 || part.startsWith('spine-'));
      const text = (el.getAttribute('aria-label') || el.textContent || el.labels?.[0]?.textContent || el.value || '').replace(/\s+/g, ' ').trim().slice(0, 50);
      return `${compact.join(' › ')}${text ? ` "${text}"` : ''}`;
    },
    /** Every element inside the shadow roots of the spine widgets, in document order. */
    elements() {
      const out = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          out.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      for (const host of document.querySelectorAll('*')) {
        if (host.localName.startsWith('spine-') && host.shadowRoot) walk(host.shadowRoot);
      }
      return out;
    },
    /** The focused element, through every shadow root. */
    deepActive() {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el;
    },
    /** The element's parent in the flat tree (across shadow boundaries). */
    parent(el) {
      return el.assignedSlot ?? el.parentElement ?? hostOf(el) ?? null;
    },
    /** Parses "rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)" or "color(srgb r g b / a)" into [r, g, b, a] (0–255, alpha 0–1). */
    rgba(value) {
      const probe = document.createElement('canvas').getContext('2d');
      probe.fillStyle = '#000';
      probe.fillStyle = value;
      probe.clearRect(0, 0, 1, 1);
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    },
    /** WCAG contrast ratio of two opaque colors. */
    contrast(one, two) {
      const luminance = ([r, g, b]) => {
        const [R, G, B] = [r, g, b].map((channel) => {
          const c = channel / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * R + 0.7152 * G + 0.0722 * B;
      };
      const [hi, lo] = [luminance(one), luminance(two)].sort((a, b) => b - a);
      return (hi + 0.05) / (lo + 0.05);
    },
    /** The resolved value of a CSS system color (Canvas, CanvasText, ButtonFace…) in the current mode. */
    systemColor(keyword) {
      const probe = document.createElement('div');
      probe.style.color = keyword;
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    },
  };
}

/** Opens a page with every widget rendered; records page errors and console errors. */
async function open(path, { width = 1280, height = 900, deviceScaleFactor = 1, clock = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, locale: 'en-US', timezoneId: 'UTC' });
  if (clock) await context.clock.setFixedTime(fixedNow);
  await context.addInitScript(installHelpers);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  await page.goto(origin + path);
  await settle(page);
  const close = async () => {
    await context.close();
    assert.deepEqual(errors, [], 'the page had no error');
  };
  return { page, context, close };
}

/** Waits until every widget on the page (and every icon array inside one) has rendered its content. */
async function settle(page) {
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), widgetTags);
  await page.evaluate(async (tags) => {
    const hosts = [...document.querySelectorAll(tags.join(','))];
    for (const host of hosts) {
      await host.contentReady;
      await host.updateComplete;
    }
    for (const host of hosts) {
      for (const inner of host.shadowRoot.querySelectorAll('spine-icon-array')) await inner.updateComplete;
    }
    await document.fonts.ready;
  }, widgetTags);
}

// ---------------------------------------------------------------------------------------------
// 1. Accessibility-tree snapshots
// ---------------------------------------------------------------------------------------------

/** A line diff (longest common subsequence), `-` for the committed file, `+` for what the page shows. */
function lineDiff(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ mark: ' ', text: a[i], line: i + 1 });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lengths[i + 1][j] >= lengths[i][j + 1])) {
      out.push({ mark: '-', text: a[i], line: i + 1 });
      i++;
    } else {
      out.push({ mark: '+', text: b[j], line: i + 1 });
      j++;
    }
  }
  // Only changed lines with two lines of context around them.
  const keep = new Set();
  out.forEach((entry, index) => {
    if (entry.mark !== ' ') for (let k = index - 2; k <= index + 2; k++) keep.add(k);
  });
  const lines = [];
  let last = -1;
  for (const index of [...keep].filter((k) => k >= 0 && k < out.length).sort((x, y) => x - y)) {
    if (index !== last + 1) lines.push(`@@ near line ${out[index].line} of the committed file @@`);
    lines.push(`${out[index].mark} ${out[index].text}`);
    last = index;
  }
  return lines.join('\n');
}

/** Compares the widget's ARIA snapshot with test/aria/<name>.yml, or writes it when UPDATE_ARIA=1. */
async function expectAriaSnapshot(locator, name) {
  const actual = `${await locator.ariaSnapshot()}\n`;
  const file = new URL(`${name}.yml`, ariaDir);
  const shown = `test/aria/${name}.yml`;
  if (updateAria) {
    await mkdir(ariaDir, { recursive: true });
    await writeFile(file, actual);
    return;
  }
  let expected;
  try {
    expected = await readFile(file, 'utf8');
  } catch {
    assert.fail(`${shown} is missing. Run UPDATE_ARIA=1 node --test test/a11y.test.mjs, read the file and commit it.\n\n--- accessibility tree the page shows ---\n${actual}`);
  }
  if (expected !== actual) {
    assert.fail(
      `The accessibility tree differs from ${shown} (- committed, + page). If the change is intended, run UPDATE_ARIA=1 and review the file.\n\n` +
        `${lineDiff(expected, actual)}\n\n--- committed ${shown} ---\n${expected}\n--- accessibility tree the page shows ---\n${actual}`,
    );
  }
}

describe('accessibility tree (aria snapshots in test/aria/)', () => {
  let page;
  let close;

  before(async () => {
    ({ page, close } = await open('/test/pages/a11y-states.html', { clock: true }));
  });

  after(async () => {
    await close?.();
  });

  it('compare with 2 options', async () => {
    const widget = page.locator('#compare-two');
    assert.equal(await widget.locator('thead th').count(), 2, 'two option columns');
    await expectAriaSnapshot(widget, 'compare-two-options');
  });

  it('compare with all 7 options', async () => {
    const widget = page.locator('#compare-all');
    assert.equal(await widget.locator('thead th').count(), 7, 'seven option columns');
    await expectAriaSnapshot(widget, 'compare-all-options');
  });

  it('timeline of one procedure with a start date (2025-01-15)', async () => {
    const widget = page.locator('#timeline');
    assert.equal(await widget.locator('input[type="date"]').inputValue(), '2025-01-15');
    await expectAriaSnapshot(widget, 'timeline-rfa-dated');
  });

  it('risks compared with care without a procedure', async () => {
    const widget = page.locator('#risks');
    assert.equal(await widget.locator('.option').count(), 2, 'two options side by side');
    await expectAriaSnapshot(widget, 'risks-esi-vs-conservative');
  });

  it('quiz: the red-flag screen', async () => {
    const widget = page.locator('#quiz-red-flags');
    await widget.getByRole('checkbox', { name: 'Unexplained weight loss' }).waitFor();
    await expectAriaSnapshot(widget, 'quiz-red-flags');
  });

  it('quiz: a question screen', async () => {
    const widget = page.locator('#quiz-question');
    await widget.getByRole('button', { name: 'Next' }).click();
    await widget.getByRole('radio', { name: 'Mostly my back' }).waitFor();
    await expectAriaSnapshot(widget, 'quiz-question');
  });

  it('quiz: the emergency screen', async () => {
    const widget = page.locator('#quiz-emergency');
    await widget.getByRole('checkbox', { name: 'Numbness around your bottom or genitals' }).check();
    await widget.getByRole('button', { name: 'Next' }).click();
    await widget.getByRole('link', { name: 'Call 911' }).waitFor();
    await expectAriaSnapshot(widget, 'quiz-emergency');
  });

  it('quiz: the result', async () => {
    const widget = page.locator('#quiz-result');
    const next = widget.getByRole('button', { name: 'Next' });
    await next.click(); // no red flag
    await widget.getByRole('radio', { name: 'Mostly down a leg, below the knee' }).check();
    await next.click();
    await widget.getByRole('radio', { name: 'Over 6 months' }).check();
    await next.click();
    await widget.getByRole('checkbox', { name: 'Exercise or physical therapy' }).check();
    await widget.getByRole('checkbox', { name: 'Pain medicines' }).check();
    await next.click();
    await widget.getByRole('checkbox', { name: 'Bulging or slipped disc' }).check();
    await next.click();
    await widget.getByRole('radio', { name: 'No', exact: true }).check();
    await next.click();
    await widget.getByRole('checkbox', { name: 'Blood thinner or aspirin' }).check();
    await widget.getByRole('checkbox', { name: 'Diabetes' }).check();
    await next.click();
    await widget.getByRole('checkbox', { name: 'Avoiding surgery' }).check();
    await widget.getByRole('checkbox', { name: 'Quick recovery' }).check();
    await widget.getByRole('button', { name: 'See my results' }).click();
    await widget.getByRole('button', { name: 'Start over' }).waitFor();
    await expectAriaSnapshot(widget, 'quiz-result');
  });
});

// ---------------------------------------------------------------------------------------------
// 2–6. Rendering checks on a page with all four widgets
// ---------------------------------------------------------------------------------------------

describe('accessibility of the rendered widgets', () => {
  it('stays visible in forced colors: icon-array squares, compare table borders, the quiz primary button', async () => {
    const { page, close } = await open('/test/pages/a11y-all.html');
    await page.emulateMedia({ forcedColors: 'active' });
    await page.waitForFunction(() => matchMedia('(forced-colors: active)').matches);
    await page.screenshot({ path: new URL('a11y-forced-colors.png', resultsDir).pathname, fullPage: true });

    const report = await page.evaluate(() => {
      const { rgba, contrast, systemColor, describe, elements } = window.a11y;
      const canvas = rgba(systemColor('Canvas'));
      const all = elements();
      const problems = [];
      const checked = { squares: 0, borders: 0, buttons: 0 };
      const visibleAgainst = (color, background, minimum, what, el) => {
        const value = rgba(color);
        const ratio = contrast(value, background);
        if (value[3] < 0.99 || ratio < minimum) {
          problems.push(`${describe(el)}: ${what} ${color} against ${background.slice(0, 3).join(',')} (contrast ${ratio.toFixed(2)}, alpha ${value[3]}), needs ${minimum}:1 and opaque`);
        }
      };

      // Icon arrays: the filled squares are a drawn path with a non-empty box and a fill unlike the page.
      for (const path of all.filter((el) => el.matches('spine-icon-array path.filled, svg path.filled'))) {
        if (!path.getAttribute('d')) continue; // no square to fill (a rate under one)
        checked.squares++;
        const box = path.getBBox();
        if (box.width <= 0 || box.height <= 0) problems.push(`${describe(path)}: filled squares have no size`);
        const style = getComputedStyle(path);
        if (style.fill === 'none') problems.push(`${describe(path)}: fill is none`);
        else visibleAgainst(style.fill, canvas, 3, 'fill', path);
      }

      // Compare table: every cell and the scroll frame keep a solid border unlike the page.
      const compare = document.querySelector('spine-compare').shadowRoot;
      for (const el of compare.querySelectorAll('.scroll, th, td')) {
        checked.borders++;
        const style = getComputedStyle(el);
        if (style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) <= 0) {
          problems.push(`${describe(el)}: no top border (${style.borderTopStyle} ${style.borderTopWidth})`);
        } else {
          visibleAgainst(style.borderTopColor, canvas, 3, 'border color', el);
        }
      }

      // Quiz primary button: a box of real size whose text stands out from its face and whose edge stands out from the page.
      for (const button of document.querySelector('spine-quiz').shadowRoot.querySelectorAll('button.primary')) {
        checked.buttons++;
        const style = getComputedStyle(button);
        const rect = button.getBoundingClientRect();
        if (rect.width < 24 || rect.height < 24) problems.push(`${describe(button)}: ${rect.width}×${rect.height}px`);
        const face = rgba(style.backgroundColor);
        const behind = face[3] > 0.99 ? face : canvas;
        visibleAgainst(style.color, behind, 4.5, 'text color', button);
        const edgeVisible = style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0 && contrast(rgba(style.borderTopColor), canvas) >= 3;
        const faceVisible = face[3] > 0.99 && contrast(face, canvas) >= 3;
        if (!edgeVisible && !faceVisible) {
          problems.push(`${describe(button)}: neither its border (${style.borderTopStyle} ${style.borderTopWidth} ${style.borderTopColor}) nor its face (${style.backgroundColor}) stands out from the page`);
        }
      }
      return { problems, checked };
    });
    assert.ok(report.checked.squares >= 2, `found filled icon-array squares to check (${report.checked.squares})`);
    assert.ok(report.checked.borders > 20, `found compare table cells to check (${report.checked.borders})`);
    assert.equal(report.checked.buttons, 1, 'found the quiz primary button');
    assert.deepEqual(report.problems, [], 'everything stays visible in forced colors');
    // Focused, the button shows the system's Highlight ring alone: no halo of its text color merging into it.
    const primary = page.locator('spine-quiz button.primary');
    await primary.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const focused = await primary.evaluate((button) => ({ visible: button.matches(':focus-visible'), shadow: getComputedStyle(button).boxShadow }));
    assert.deepEqual(focused, { visible: true, shadow: 'none' });
    await close();
  });

  it('does not move when reduced motion is asked for (no transition or animation in any shadow root)', async () => {
    const { page, close } = await open('/test/pages/a11y-all.html');
    const moving = () =>
      page.evaluate(() => {
        const { describe, elements } = window.a11y;
        const seconds = (list) => Math.max(...list.split(',').map((value) => (value.trim().endsWith('ms') ? parseFloat(value) / 1000 : parseFloat(value))));
        const found = [];
        const hosts = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('spine-'));
        for (const el of [...hosts, ...elements()]) {
          for (const pseudo of [null, '::before', '::after', '::marker']) {
            const style = getComputedStyle(el, pseudo);
            if (pseudo && style.content === 'none' && pseudo !== '::marker') continue;
            const transition = seconds(style.transitionDuration);
            const animation = style.animationName !== 'none' ? seconds(style.animationDuration) : 0;
            if (transition > 0 && style.transitionProperty !== 'none') found.push(`${describe(el)}${pseudo ?? ''}: transition ${style.transitionProperty} ${style.transitionDuration}`);
            if (animation > 0) found.push(`${describe(el)}${pseudo ?? ''}: animation ${style.animationName} ${style.animationDuration}`);
          }
        }
        const roots = [document, ...elements().filter((el) => el.shadowRoot).map((el) => el.shadowRoot), ...hosts.map((host) => host.shadowRoot)];
        for (const root of roots) {
          for (const animation of root.getAnimations?.() ?? []) {
            if (animation.playState === 'running') found.push(`running ${animation.constructor.name} ${animation.animationName ?? animation.transitionProperty ?? ''} on ${describe(animation.effect.target)}`);
          }
        }
        return found;
      });

    // Control: without the preference the walker does see the widgets' motion (here the timeline's +/− marker).
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const withMotion = await moving();
    assert.ok(withMotion.length > 0, 'control: with no preference, the shadow-root walk finds the widgets’ transitions (incl. ::after)');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.waitForFunction(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
    // Open and close a phase, as a patient would, so any transition it triggers would be running now.
    const phase = page.locator('spine-timeline .phase h3 button').first();
    await phase.click();
    await phase.click();
    assert.deepEqual(await moving(), [], 'with prefers-reduced-motion: reduce, nothing has a transition or animation longer than 0s');
    await close();
  });

  for (const view of [
    { name: '320px wide', file: 'a11y-320px.png', width: 320, deviceScaleFactor: 1 },
    { name: '200% zoom (1280px at 200%: 640 CSS px, device scale 2)', file: 'a11y-zoom-200.png', width: 640, deviceScaleFactor: 2 },
    // A browser's own text size set to 200% (1rem = 32px) on a phone: labels and row headers wrap inside their boxes.
    { name: '320px wide with text at 200%', file: 'a11y-320px-text-200.png', width: 320, deviceScaleFactor: 1, textSize: '200%' },
  ]) {
    it(`reflows at ${view.name}: no sideways page scroll and no clipped text`, async (t) => {
      const { page, close } = await open('/test/pages/a11y-all.html', { width: view.width, height: 800, deviceScaleFactor: view.deviceScaleFactor });
      if (view.textSize) await page.addStyleTag({ content: `html { font-size: ${view.textSize} }` });
      await page.screenshot({ path: new URL(view.file, resultsDir).pathname, fullPage: true });
      const result = await page.evaluate(() => {
        const { describe, elements, parent } = window.a11y;
        const root = document.documentElement;
        const clipped = [];
        const exempted = [];
        let checked = 0;
        /** Hidden on purpose (visually-hidden text, a collapsed header) or inside a scroll box the keyboard can reach. */
        const exempt = (el) => {
          for (let node = el; node && node !== document.body; node = parent(node)) {
            const style = getComputedStyle(node);
            const rect = node.getBoundingClientRect();
            if (style.clip !== 'auto' && rect.width <= 1 && rect.height <= 1) return 'visually hidden';
            const scrolls = /auto|scroll/.test(style.overflowX) && node.scrollWidth > node.clientWidth;
            if (node !== el && scrolls && node.tabIndex >= 0) return 'in a keyboard-focusable scroll region';
          }
          return undefined;
        };
        for (const el of elements()) {
          const hasText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
          if (!hasText || !el.checkVisibility()) continue;
          checked++;
          if (el.scrollWidth > el.clientWidth + 1) {
            const why = exempt(el);
            const line = `${describe(el)}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`;
            if (why) exempted.push(`${line} (${why})`);
            else clipped.push(line);
          }
        }
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, clipped, exempted, checked };
      });
      assert.ok(result.scrollWidth <= result.clientWidth, `the page scrolls sideways: documentElement.scrollWidth ${result.scrollWidth} > clientWidth ${result.clientWidth}`);
      t.diagnostic(`${result.checked} text elements measured; wider than their box but exempt: ${result.exempted.length ? result.exempted.join('; ') : 'none'}`);
      assert.ok(result.checked > 200, `checked the widgets' text elements (${result.checked})`);
      assert.deepEqual(result.clipped, [], 'no text is wider than its box');
      await close();
    });
  }

  it(
    'gives every control a target of at least 24×24 CSS px (WCAG 2.2 2.5.8), in the default view and the quiz question view',
    async (t) => {
      const { page, close } = await open('/test/pages/a11y-all.html');
      const measure = () =>
        page.evaluate(() => {
          const { describe, elements } = window.a11y;
          const small = [];
          const exempt = { citation: [], paragraph: [] };
          let checked = 0;
          for (const el of elements()) {
            if (!el.matches('a[href], button, input, select, summary, textarea') || el.disabled || !el.checkVisibility()) continue;
            let rect = el.getBoundingClientRect();
            // A skip link is hidden until focused: measure it as it shows then.
            if (rect.width <= 1 && getComputedStyle(el).clip !== 'auto') {
              el.focus();
              rect = el.getBoundingClientRect();
              el.blur();
            }
            if (rect.width === 0 && rect.height === 0) continue;
            checked++;
            if (rect.width >= 24 - 0.01 && rect.height >= 24 - 0.01) continue;
            const size = `${rect.width.toFixed(1)}×${rect.height.toFixed(1)}px`;
            const paragraph = el.localName === 'a' ? el.closest('p') : null;
            if (el.matches('.cite a')) exempt.citation.push(`${describe(el)} ${size}`);
            else if (paragraph && paragraph.textContent.trim().length > el.textContent.trim().length) exempt.paragraph.push(`${describe(el)} ${size}`);
            else small.push(`${describe(el)}: ${size}`);
          }
          return { small, exempt, checked };
        });
      const exemptions = (view) =>
        `inline exception (2.5.8) applied to ${view.exempt.citation.length} citation superscript links (.cite a)` +
        ` and ${view.exempt.paragraph.length} links inside a paragraph's text` +
        (view.exempt.citation[0] ? `, e.g. ${view.exempt.citation[0]}` : '');

      const defaultView = await measure();
      await page.locator('spine-quiz').getByRole('button', { name: 'Next' }).click();
      await page.locator('spine-quiz').getByRole('radio', { name: 'Mostly my back' }).waitFor();
      const questionView = await measure();
      t.diagnostic(`default view: ${defaultView.checked} targets measured; ${exemptions(defaultView)}`);
      t.diagnostic(`quiz question view: ${questionView.checked} targets measured; ${exemptions(questionView)}`);

      assert.ok(defaultView.checked > 50 && questionView.checked > 50, `measured the controls (${defaultView.checked}, ${questionView.checked})`);
      assert.deepEqual(
        { 'default view': defaultView.small, 'quiz question view': questionView.small },
        { 'default view': [], 'quiz question view': [] },
        `controls under 24×24 CSS px that no exception covers. Default view: ${exemptions(defaultView)}. Question view: ${exemptions(questionView)}.`,
      );
      await close();
    },
  );

  it('shows where the keyboard focus is on every stop through the compare table and the quiz', async () => {
    const { page, close } = await open('/test/pages/a11y-focus.html');
    const inspect = () =>
      page.evaluate(() => {
        const { describe, deepActive } = window.a11y;
        const el = deepActive();
        const host = el?.getRootNode()?.host;
        if (!host) return { outside: el?.id ?? el?.localName ?? 'nothing' };
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const shadow = style.boxShadow !== 'none';
        return {
          widget: host.closest('spine-compare, spine-quiz')?.localName ?? host.localName,
          kind: el.localName,
          what: describe(el),
          visible: outline || shadow,
          style: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
        };
      });

    /** Tabs from `start` until focus reaches `stop` (outside the widgets), checking each stop. */
    const tabThrough = async (stop, limit) => {
      const stops = [];
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        const focus = await inspect();
        if (focus.outside === stop) return stops;
        if (!focus.outside) stops.push(focus);
      }
      assert.fail(`focus did not reach #${stop} after ${limit} Tab presses (${stops.length} stops in widgets)`);
    };

    await page.locator('#before').focus();
    const firstPass = await tabThrough('after', 250);
    const compareStops = firstPass.filter((focus) => focus.widget === 'spine-compare');
    const quizStops = firstPass.filter((focus) => focus.widget === 'spine-quiz');
    assert.ok(compareStops.length > 20, `Tab reached the compare widget's controls (${compareStops.length} stops)`);
    for (const kind of ['input', 'div', 'a', 'summary']) assert.ok(compareStops.some((focus) => focus.kind === kind), `Tab reached a ${kind} in the compare widget`);
    assert.ok(quizStops.some((focus) => focus.kind === 'input') && quizStops.some((focus) => focus.kind === 'button'), 'Tab reached the quiz checkboxes and its Next button');

    // The quiz's question view: Back and Next, and a radio group.
    await page.locator('spine-quiz').getByRole('button', { name: 'Next' }).click();
    await page.locator('spine-quiz').getByRole('radio', { name: 'Mostly my back' }).waitFor();
    const secondPass = await tabThrough('after', 40);
    assert.ok(secondPass.filter((focus) => focus.kind === 'button').length >= 2, 'Tab reached Back and Next in the question view');

    const invisible = [...firstPass, ...secondPass].filter((focus) => !focus.visible).map((focus) => `${focus.what} — ${focus.style}`);
    assert.deepEqual(invisible, [], 'every focused element has an outline or a box-shadow');
    await close();
  });
});
