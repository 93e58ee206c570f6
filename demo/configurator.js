// The snippet configurator: every setting updates the live preview and the snippet.
// Built with DOM methods only (no innerHTML), so it works under a strict Content-Security-Policy.
const procedureNames = {
  esi: 'Epidural steroid injection',
  facet: 'Facet joint injection or medial branch block',
  rfa: 'Radiofrequency ablation',
  scs: 'Spinal cord stimulation',
  discectomy: 'Percutaneous discectomy',
  vertebroplasty: 'Vertebroplasty or kyphoplasty',
};

const form = document.getElementById('settings');
const list = document.getElementById('procedures');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
// The snippet names the published bundle of this version; the preview uses the local build.
let bundleUrl = 'https://cdn.jsdelivr.net/npm/spine-widgets/dist/spine-widgets.js';
let integrity = '';

for (const [id, name] of Object.entries(procedureNames)) {
  const item = document.createElement('li');
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.value = id;
  box.checked = true;
  label.append(box, ` ${name}`);
  const up = document.createElement('button');
  up.type = 'button';
  up.textContent = '↑';
  up.setAttribute('aria-label', `Move ${name} up`);
  up.addEventListener('click', () => {
    if (item.previousElementSibling) item.previousElementSibling.before(item);
    update();
    up.focus();
  });
  item.append(label, up);
  list.append(item);
}

/** Relative luminance (WCAG 2) of `[r, g, b]` in 0–255. */
function luminance(rgb) {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio (WCAG 2) of two colors, each `[r, g, b]`. */
function contrast(one, two) {
  const [light, dark] = [luminance(one), luminance(two)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** `[r, g, b]` of `#rrggbb` (what a color input gives). */
const hexToRgb = (hex) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

/** `[r, g, b]` of the background the preview sits on: the first opaque one up the page, else white. */
function previewBackground() {
  for (let node = preview; node instanceof Element; node = node.parentElement) {
    const [r, g, b, a = 1] = (getComputedStyle(node).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    if (a > 0 && r !== undefined) return [r, g, b];
  }
  return [255, 255, 255];
}

const black = [0, 0, 0];
const white = [255, 255, 255];
const ratio = (value) => `${(Math.floor(value * 10) / 10).toFixed(1)}:1`; // rounded down: 4.49 is not 4.5

/** The chosen settings, as the element's attributes and the wrapper's custom properties. */
function settings() {
  const value = (id) => document.getElementById(id).value.trim();
  const tag = value('widget');
  const procedures = [...list.querySelectorAll('input:checked')].map((box) => box.value);
  const attributes = {};
  const inDefaultOrder = procedures.join() === Object.keys(procedureNames).join();
  // The widget adds care without a procedure itself, first; naming it would move it to the end.
  // With nothing ticked it is the only option, and an empty list would mean all of them.
  if (!inDefaultOrder) attributes.procedures = procedures.length ? procedures.join(',') : 'conservative';
  if (value('lang')) attributes.lang = value('lang');
  if (value('cta-label') && value('cta-href')) {
    attributes['cta-href'] = value('cta-href');
    attributes['cta-label'] = value('cta-label');
  }
  if (tag === 'spine-quiz' && value('emergency') && value('emergency') !== '911') attributes['emergency-number'] = value('emergency');
  // No --spine-color-focus: by default the ring is each element's own text or link color, which shows on any page.
  const accent = value('accent');
  const styles = { '--spine-color-accent': accent };
  const notes = [];
  if (/^#[0-9a-f]{6}$/i.test(accent)) {
    const rgb = hexToRgb(accent);
    const onWhite = contrast(white, rgb);
    if (onWhite < 4.5) {
      const text = contrast(black, rgb) >= onWhite ? '#000' : '#fff';
      styles['--spine-color-accent-text'] = text;
      notes.push(
        `White text on this color is only ${ratio(onWhite)} (buttons need 4.5:1), so the snippet sets --spine-color-accent-text: ${text} (${text === '#000' ? 'black' : 'white'} text on buttons).`,
      );
    }
    const background = previewBackground();
    const onPage = contrast(background, rgb);
    if (onPage < 3) {
      notes.push(
        `This color is only ${ratio(onPage)} against the page background (links, checkboxes and icon squares need 3:1). Choose a ${luminance(background) < 0.2 ? 'lighter' : 'darker'} shade.`,
      );
    }
  }
  if (value('font')) styles['--spine-font-family'] = value('font');
  return { tag, attributes, styles, overrides: value('overrides'), notes };
}

/** How to write a link an editor probably meant, or '' when it looks as intended. */
function linkAdvice(href) {
  if (/[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb]/.test(href)) {
    return 'The link has curly quotes (“ ” ‘ ’), which a word processor adds: leave quotes out of the link, e.g. https://www.example.com/book.';
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || /^[/.#?]/.test(href)) return '';
  if (/^\+?[\d\s().-]{7,}$/.test(href) && /\d{3}/.test(href.replace(/\D/g, ''))) {
    const yours = href.startsWith('+') ? ` (yours: tel:+${href.replace(/\D/g, '')})` : '';
    return `For a phone number, write tel: and the number with its country code, without spaces: tel:+15551234567${yours}.`;
  }
  if (/^[^\s/@]+@[^\s/@]+\.[^\s/@]+$/.test(href)) return `For an email address, write mailto: first: mailto:${href}.`;
  const first = href.split(/[/?#]/)[0];
  if (/^[\w-]+(\.[\w-]+)+$/.test(first) && !/\.(html?|php|aspx?|jsp)$/i.test(first)) {
    return `Another site starts with https://: https://${href}. As typed, it is a page of your own site.`;
  }
  return '';
}

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Writes `lines` as the text of `holder`, one paragraph each, or empties and hides it. */
function say(holder, lines) {
  holder.replaceChildren(
    ...lines.map((line) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = line;
      return paragraph;
    }),
  );
  holder.hidden = !lines.length;
}

const accentNotes = document.getElementById('accent-notes');
const linkNote = document.getElementById('cta-href-advice');
const problems = document.getElementById('preview-problems');

// What the preview reports (spine-error bubbles out of it), as plain text under it: the widget's
// own notice is short, the message says which setting and why.
preview.addEventListener('spine-error', (event) => {
  const message = event.detail?.message;
  if (typeof message !== 'string' || !event.target.isConnected) return;
  let list = problems.querySelector('ul');
  if (!list) {
    const intro = document.createElement('p');
    intro.textContent = 'What the widget reports about these settings:';
    list = document.createElement('ul');
    problems.append(intro, list);
  }
  if ([...list.children].some((item) => item.textContent === message)) return;
  const item = document.createElement('li');
  item.textContent = message;
  list.append(item);
});

function update() {
  const { tag, attributes, styles, overrides, notes } = settings();
  say(accentNotes, notes);
  say(linkNote, [linkAdvice(document.getElementById('cta-href').value.trim())].filter(Boolean));
  problems.replaceChildren();
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  // Clinic content goes in as an inline JSON child; the widget validates it and says what is wrong.
  const json = overrides.replace(/<\//g, '<\\/');
  if (overrides) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    element.append(script);
  }
  // Start from nothing, so a setting taken away (a font, black button text) leaves the preview too.
  preview.removeAttribute('style');
  for (const [name, value] of Object.entries(styles)) preview.style.setProperty(name, value);
  preview.replaceChildren(element);

  const attributeText = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const styleText = Object.entries(styles).map(([name, value]) => `${name}: ${value};`).join(' ');
  snippet.value = [
    '<!-- Once per site, in the page head or footer (or your own copy of the four dist/ files): -->',
    `<script src="${bundleUrl}"${integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : ''} defer></script>`,
    '<!-- Best in your site stylesheet (a strict Content-Security-Policy blocks inline styles): -->',
    `<style>${tag}:not(:defined) { display: block; min-height: 40rem; } ${tag} { ${styleText} }</style>`,
    '<!-- Where the widget goes: -->',
    overrides ? `<${tag}${attributeText}>\n  <script type="application/json">${json}</script>\n</${tag}>` : `<${tag}${attributeText}></${tag}>`,
  ].join('\n');
}

form.addEventListener('input', update);
form.addEventListener('change', update);
document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copy-status');
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'Copied.';
  } catch {
    snippet.select();
    status.textContent = 'Select the snippet and copy it.';
  }
});

update();
Promise.all(
  ['../dist/sri.json', '../package.json'].map((path) =>
    fetch(new URL(path, location.href))
      .then((response) => (response.ok ? response.json() : {}))
      .catch(() => ({})),
  ),
).then(([hashes, { version }]) => {
  integrity = hashes['spine-widgets.js'] ?? '';
  if (version) bundleUrl = `https://cdn.jsdelivr.net/npm/spine-widgets@${version}/dist/spine-widgets.js`;
  update();
});
