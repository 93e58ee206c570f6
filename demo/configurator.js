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

/** The chosen settings, as the element's attributes and the wrapper's custom properties. */
function settings() {
  const value = (id) => document.getElementById(id).value.trim();
  const tag = value('widget');
  const procedures = [...list.querySelectorAll('input:checked')].map((box) => box.value);
  const attributes = {};
  const inDefaultOrder = procedures.join() === Object.keys(procedureNames).join();
  if (!inDefaultOrder) attributes.procedures = [...procedures, 'conservative'].join(',');
  if (value('lang')) attributes.lang = value('lang');
  if (value('cta-label') && value('cta-href')) {
    attributes['cta-href'] = value('cta-href');
    attributes['cta-label'] = value('cta-label');
  }
  if (tag === 'spine-quiz' && value('emergency') && value('emergency') !== '911') attributes['emergency-number'] = value('emergency');
  const styles = { '--spine-color-accent': value('accent'), '--spine-color-focus': value('accent') };
  if (value('font')) styles['--spine-font-family'] = value('font');
  return { tag, attributes, styles, overrides: value('overrides') };
}

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const { tag, attributes, styles, overrides } = settings();
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
