// Hostile host pages for the built bundle, shared by the Chromium and Firefox checks: CSS
// frameworks, old-theme resets, a dark page, right-to-left text, a WordPress block theme.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { wordpressCss } from './wordpress-css.mjs';

export const widths = [320, 1280];

const widgets = `
  <spine-quiz></spine-quiz>
  <spine-compare procedures="esi,rfa,scs"></spine-compare>
  <spine-timeline procedure="scs" start-date="2025-01-15"></spine-timeline>
  <spine-risks procedure="esi" compare-with="conservative"></spine-risks>`;

// A single post as a block theme renders it. A Custom HTML block is saved without a wrapper, so the
// widgets are direct children of the constrained post content and get its max-width and !important margins.
const wordpressPost = `
  <div class="wp-site-blocks">
    <header class="wp-block-template-part">
      <div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
        <p class="wp-block-site-title"><a href="#" rel="home">Riverside Spine Center</a></p>
      </div>
    </header>
    <main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
      <div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
        <h1 class="wp-block-post-title">Is an injection right for your back pain?</h1>
      </div>
      <div class="entry-content wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
        <p>Dr. Okafor goes through these with every patient before a procedure is booked.</p>
        ${widgets}
        <p>Questions? Call the clinic on weekdays.</p>
      </div>
    </main>
    <footer class="wp-block-template-part">
      <div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
        <p class="has-small-font-size">Riverside Spine Center</p>
      </div>
    </footer>
  </div>`;

export const hosts = {
  bootstrap: { css: ['/vendor/bootstrap.css'], body: `<div class="container"><div class="row"><div class="col-md-8">${widgets}</div></div></div>` },
  tailwind: { css: ['/vendor/preflight.css'], body: `<main>${widgets}</main>` },
  'old theme, tiny root font': { css: ['/test/pages/hostile.css'], body: `<article>${widgets}</article>` },
  // An old table-layout site: the content cell does not wrap, and the theme indents paragraphs.
  'old table layout': { css: ['/test/pages/hostile.css'], body: `<table><tr><td nowrap class="indented">${widgets}</td></tr></table>` },
  'dark page': { css: ['/test/pages/hostile.css'], body: `<div class="dark">${widgets}</div>` },
  'right to left': { css: ['/vendor/bootstrap.css'], dir: 'rtl', body: widgets },
  WordPress: {
    css: ['/vendor/wp-block-library.css', '/vendor/wp-block-library-theme.css', '/test/pages/wordpress-theme.css'],
    bodyClass: 'wp-singular post-template-default single single-post postid-12 single-format-standard wp-embed-responsive',
    body: wordpressPost,
  },
};

/** Stylesheets the host pages link from node_modules, which the project server does not serve, by path. */
export async function vendorStyles() {
  const wordpress = await wordpressCss();
  const files = {
    '/vendor/bootstrap.css': new URL('../node_modules/bootstrap/dist/css/bootstrap.min.css', import.meta.url),
    '/vendor/preflight.css': new URL('../node_modules/tailwindcss/preflight.css', import.meta.url),
    '/vendor/wp-block-library.css': wordpress.style,
    '/vendor/wp-block-library-theme.css': wordpress.theme,
  };
  return new Map(await Promise.all(Object.entries(files).map(async ([path, file]) => [path, await readFile(file)])));
}

export function hostPage(name) {
  const host = hosts[name];
  return `<!doctype html><html lang="en" dir="${host.dir ?? 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${name}</title><link rel="icon" href="data:,">${host.css.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}
    <script src="/dist/spine-widgets.js" defer></script></head><body class="${host.bodyClass ?? ''}">${host.body}</body></html>`;
}

/** In the page: the comparison table and the risk picture have rendered. */
export function rendered() {
  const risks = document.querySelector('spine-risks')?.shadowRoot?.querySelector('spine-icon-array');
  return Boolean(document.querySelector('spine-compare')?.shadowRoot?.querySelector('table') && risks?.shadowRoot?.querySelector('svg'));
}

/** In the page: text that is too small, and text wider than its box, inside every widget's shadow root. */
export function inspect() {
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
      const hiddenUntilFocused = style.clip !== 'auto' && el.clientWidth <= 1;
      if (!scroller && !hiddenUntilFocused && el.scrollWidth > el.clientWidth + 1 && style.overflow !== 'visible') clipped.push(`${el.localName}.${el.className}`);
    }
  };
  for (const widget of document.querySelectorAll('spine-compare, spine-timeline, spine-risks, spine-quiz')) visit(widget.shadowRoot);
  return { small, clipped, pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
}

/** What every host page must give, whatever the browser. */
export function assertFits(result, errors) {
  assert.deepEqual(result.small, [], 'body text is 15px or more');
  assert.deepEqual(result.clipped, [], 'no text is cut off');
  assert.ok(result.pageOverflow <= 0, `the page scrolls sideways by ${result.pageOverflow}px`);
  assert.deepEqual(errors, []);
}
