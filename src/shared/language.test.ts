import { expect, fixture, html } from '@open-wc/testing';
import '../define/all.js';
import { en } from '../content/en/index.js';
import { es } from '../content/es/index.js';
import { fill, formatNumber } from '../logic/format.js';
import { formatDayRange, parseIsoDate } from '../logic/dates.js';
import { scaleRate } from '../logic/risk.js';
import { configure } from '../content/store.js';
import { settled, textOf } from '../../test/helpers.js';
import type { SpineElement } from './spine-element.js';

const root = (el: Element) => el.shadowRoot!;

describe('languages', () => {
  it('shows the comparison in Spanish when an ancestor says lang="es"', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es"><spine-compare procedures="esi,rfa"></spine-compare></div>`);
    const el = await settled(wrapper.querySelector('spine-compare')!);
    expect(textOf(root(el).querySelector('h2'))).to.equal(es.decision);
    expect([...root(el).querySelectorAll('thead th')].map((th) => textOf(th))).to.deep.equal([es.procedures[6].name, es.procedures[0].name, es.procedures[2].name]);
    expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
    expect(textOf(root(el).querySelector('.footer'))).to.contain(es.ui.notAdvice);
    // Source titles are English: a screen reader reads them with an English voice.
    const titles = [...root(el).querySelectorAll('.sources li > span:not(.tag)')];
    expect(titles).to.have.length(root(el).querySelectorAll('.sources li').length);
    expect(titles.every((title) => title.getAttribute('lang') === 'en')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('lets the element’s own lang win over the page’s, and follows a change of it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><spine-risks lang="es-MX" procedure="scs"></spine-risks></div>`);
    const el = await settled(wrapper.querySelector('spine-risks')!);
    expect(textOf(root(el).querySelector('h2'))).to.equal(fill(es.ui.risks.title, { name: es.procedures[3].name }));
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await settled(el);
    expect(textOf(root(el).querySelector('h2'))).to.equal(fill(en.ui.risks.title, { name: en.procedures[3].name }));
  });

  it('shows English, with no notice, for a lang Intl refuses or a word every object has', async () => {
    for (const lang of ['en-', 'es-', 'constructor', '__proto__']) {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><spine-compare procedures="rfa"></spine-compare></div>`);
      const el = await settled(wrapper.querySelector('spine-compare')!);
      const expected = lang === 'es-' ? es : en;
      expect(textOf(root(el).querySelector('h2')), lang).to.equal(expected.decision);
      expect(root(el).querySelector('[part="notice"]'), lang).to.equal(null);
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal(expected.locale);
      expect(textOf(root(el).querySelector('.footer'))).to.contain(expected.ui.notAdvice);
    }
  });

  it('writes dates and numbers the Spanish way', async () => {
    const el = await settled(await fixture<SpineElement>(html`<spine-timeline lang="es" procedure="esi" start-date="2027-01-15"></spine-timeline>`));
    const first = es.procedures[0].milestones.find((milestone) => milestone.kind !== 'warning')!;
    expect(textOf(root(el).querySelector('.when'))).to.equal(formatDayRange(parseIsoDate('2027-01-15')!, first.fromDay, first.toDay, 'es'));
    expect(textOf(root(el).querySelector('.when'))).to.match(/ene/);
    await expect(el).to.be.accessible();
    const risks = await settled(await fixture<SpineElement>(html`<spine-risks lang="es" procedure="esi" denominator="1000"></spine-risks>`));
    const risk = es.procedures[0].risks.find((candidate) => (candidate.perThousand ?? 0) >= 1)!;
    const card = [...root(risks).querySelectorAll('.risk')].find((item) => textOf(item.querySelector('h5')).startsWith(risk.label))!;
    const n = formatNumber(scaleRate(risk.perThousand!, 1000), 'es');
    expect(textOf(card.querySelector('.numbers'))).to.contain(fill(es.ui.risks.hadIt, { n, per: formatNumber(1000, 'es'), basis: es.ui.basis[risk.basis] }));
  });

  it('formats numbers and dates for the page’s own region, such as es-MX', async () => {
    const el = await settled(await fixture<SpineElement>(html`<spine-risks lang="es-MX" procedure="esi" denominator="1000"></spine-risks>`));
    expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es-MX');
    expect(textOf(root(el).querySelector('.numbers'))).to.contain(formatNumber(1000, 'es-MX'));
  });

  it('asks the red-flag questions in Spanish', async () => {
    const el = await settled(await fixture<SpineElement>(html`<spine-quiz lang="es"></spine-quiz>`));
    const text = textOf(root(el).querySelector('[part="base"]'));
    for (const flag of es.quiz.redFlags) expect(text).to.contain(flag.text);
    expect(textOf(root(el).querySelector('.progress'))).to.equal(fill(es.ui.quiz.progress, { n: 1, total: es.quiz.questions.length + 2 }));
    await expect(el).to.be.accessible();
  });

  it('falls back to English for a language it does not have', async () => {
    const el = await settled(await fixture<SpineElement>(html`<spine-compare lang="fr" procedures="esi"></spine-compare>`));
    expect(textOf(root(el).querySelector('h2'))).to.equal(en.decision);
  });

  it('falls back to English, not to the page-wide default language, where lang names one it does not have', async () => {
    // Spanish loaded and made the default: it is for widgets with no lang of their own, not for lang="fr".
    await settled(await fixture<SpineElement>(html`<spine-compare lang="es" procedures="esi"></spine-compare>`));
    configure({ locale: 'es' });
    try {
      const el = await settled(await fixture<SpineElement>(html`<div lang="fr"><spine-compare procedures="esi"></spine-compare></div>`).then((div) => div.querySelector<SpineElement>('spine-compare')!));
      expect(textOf(root(el).querySelector('h2'))).to.equal(en.decision);
    } finally {
      configure({ locale: 'en' });
    }
  });
});
