import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/risks.js';
import { en } from '../../content/en/index.js';
import { fill, formatNumber } from '../../logic/format.js';
import { chooseDenominator, filledIcons, frequencyWord, scaleRate } from '../../logic/risk.js';
import { captureConsole, collectEvents, settled, textOf } from '../../../test/helpers.js';
import type { SpineRisks } from './risks.js';
import type { SpineIconArray } from '../icon-array/icon-array.js';
import type { SpineErrorDetail } from '../../shared/spine-element.js';
import type { Procedure } from '../../content/schema.js';

const root = (el: SpineRisks) => el.shadowRoot!;
const byId = (id: string) => en.procedures.find((procedure) => procedure.id === id)!;
const rates = (procedures: Procedure[]) =>
  procedures.flatMap((procedure) => procedure.risks.flatMap((risk) => [risk.perThousand, risk.lowPerThousand, risk.highPerThousand])).filter((rate): rate is number => rate !== undefined);

describe('<spine-risks>', () => {
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    console_ = captureConsole();
  });
  afterEach(() => console_.restore());

  for (const procedure of en.procedures) {
    it(`shows every risk of ${procedure.id} with the number from the pack, both ways round`, async () => {
      const el = await fixture<SpineRisks>(html`<spine-risks procedure=${procedure.id}></spine-risks>`);
      const denominator = chooseDenominator(rates([procedure]));
      const cards = [...root(el).querySelectorAll('.risk')];
      // The heading: the risk's name, then how common it is in a word.
      const label = (card: Element) => textOf(card.querySelector('h5')).replace(/ \([^()]*\)$/, '');
      expect(cards.map(label)).to.have.members(procedure.risks.map((risk) => risk.label));
      for (const risk of procedure.risks) {
        const card = cards.find((candidate) => label(candidate) === risk.label)!;
        const text = textOf(card);
        const word = card.querySelector('h5 .word');
        if (risk.perThousand !== undefined || risk.highPerThousand !== undefined) {
          expect(textOf(word)).to.equal(`(${en.ui.risks.words[frequencyWord(risk.perThousand ?? risk.highPerThousand!)]})`);
          expect(textOf(card.querySelector('.numbers')), 'no stray word between the sentences').to.not.contain('(');
        } else expect(word).to.equal(null);
        expect(text).to.contain(risk.timeFrame);
        expect(card.querySelector('.cite a')).to.exist;
        const array = card.querySelector<SpineIconArray>('spine-icon-array');
        if (risk.perThousand !== undefined) {
          const shown = scaleRate(risk.perThousand, denominator);
          expect(text).to.contain(`${formatNumber(shown, 'en')} in ${formatNumber(denominator, 'en')}`);
          if (shown >= 1) {
            expect(text).to.contain(fill(en.ui.risks.didNot, { n: formatNumber(denominator - shown, 'en'), per: formatNumber(denominator, 'en') }));
            await array!.updateComplete;
            const filled = array!.shadowRoot!.querySelector('.filled')!.getAttribute('d')!.split('M').length - 1;
            expect(filled, risk.id).to.equal(filledIcons(shown, denominator));
            // The sentence shows once, above the picture; the picture is still named by it.
            const caption = array!.shadowRoot!.querySelector('[part="caption"]')!;
            expect(caption.checkVisibility(), 'the picture’s caption repeats the sentence above it').to.equal(false);
            // Named with the risk too, for someone moving from picture to picture.
            expect(textOf(caption)).to.equal(`${risk.label}: ${textOf(card.querySelector('.numbers')).split('.')[0]}.`);
          } else {
            expect(array, 'no picture for fewer than 1').to.equal(null);
          }
        } else if (risk.lowPerThousand === undefined) {
          expect(text).to.contain(risk.noRate!);
          expect(array).to.equal(null);
        }
      }
      expect(console_.errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('puts another option beside it on the same denominator', async () => {
    const el = await fixture<SpineRisks>(html`<spine-risks procedure="scs" compare-with="vertebroplasty"></spine-risks>`);
    const headings = [...root(el).querySelectorAll('.option h3')].map((h3) => textOf(h3));
    expect(headings).to.deep.equal([byId('scs').name, byId('vertebroplasty').name]);
    const denominator = chooseDenominator(rates([byId('scs'), byId('vertebroplasty')]));
    for (const array of root(el).querySelectorAll<SpineIconArray>('spine-icon-array')) expect(array.total).to.equal(denominator);
    await expect(el).to.be.accessible();
  });

  it('lets the patient choose a comparison with the keyboard', async () => {
    const el = await fixture<SpineRisks>(html`<spine-risks procedure="esi"></spine-risks>`);
    expect(root(el).querySelectorAll('.option')).to.have.length(1);
    const select = root(el).querySelector<HTMLSelectElement>('#compare')!;
    // No comparison, then care without a procedure, then the other procedures.
    expect([...select.options].map((option) => option.value)).to.deep.equal(['', 'conservative', 'facet', 'rfa', 'scs', 'discectomy', 'vertebroplasty']);
    select.focus();
    const chosen = oneEvent(el, 'spine-risks-compare');
    await sendKeys({ press: 'ArrowDown' });
    if (select.value) select.dispatchEvent(new Event('change', { bubbles: true }));
    const event = await chosen;
    expect(event.detail.procedureId).to.equal('esi');
    expect(event.detail.compareWith).to.equal(select.value);
    await el.updateComplete;
    expect(root(el).querySelectorAll('.option')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('fits a 320px column, pickers and pictures included, and stacks the comparison', async () => {
    const el = await fixture<SpineRisks>(html`<spine-risks style="width: 320px" procedure="scs" compare-with="vertebroplasty"></spine-risks>`);
    const right = el.getBoundingClientRect().right;
    for (const part of root(el).querySelectorAll('select, spine-icon-array, .risk')) {
      expect(part.getBoundingClientRect().right, part.localName).to.be.at.most(right + 0.5);
    }
    const [first, second] = root(el).querySelectorAll('.option');
    expect(second.getBoundingClientRect().top).to.be.greaterThan(first.getBoundingClientRect().bottom - 1);
    await expect(el).to.be.accessible();
  });

  it('leaves a call to action to a spot on the host page to the page, even if the widget has an element of that id', async () => {
    const el = await fixture<SpineRisks>(html`<spine-risks procedure="esi" cta-href="#compare" cta-label="Compare every option"></spine-risks>`);
    expect(el.shadowRoot!.getElementById('compare'), 'the widget has its own #compare').to.exist;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="cta"]')!;
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    try {
      link.dispatchEvent(click);
      expect(click.defaultPrevented, 'the page follows the link').to.equal(false);
      expect(el.shadowRoot!.activeElement, 'focus stays put').to.equal(null);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('uses the denominator a clinician fixes', async () => {
    const el = await fixture<SpineRisks>(html`<spine-risks procedure="scs" denominator="1000"></spine-risks>`);
    for (const array of root(el).querySelectorAll<SpineIconArray>('spine-icon-array')) expect(array.total).to.equal(1000);
  });

  it('keeps to 1,000 when 100 is asked for but a rate would be part of a person in 100', async () => {
    const el = await fixture<SpineRisks>(html`<spine-risks procedure="vertebroplasty" compare-with="rfa" denominator="100"></spine-risks>`);
    await settled(el);
    const text = textOf(root(el));
    expect(text).to.not.match(/\d[.,]\d+ in 100\b/);
    expect(text).to.contain(' in 1,000 ');
    for (const array of root(el).querySelectorAll<SpineIconArray>('spine-icon-array')) expect(array.total).to.equal(1000);
    // A detail that compares comes after the rate it compares with.
    const fractures = [...root(el).querySelectorAll('[part="risk"]')].find((item) => item.textContent!.includes(byId('vertebroplasty').risks.find((risk) => risk.id === 'fractures')!.label))!;
    const fracturesText = textOf(fractures);
    expect(fracturesText.indexOf(byId('vertebroplasty').risks.find((risk) => risk.id === 'fractures')!.detail!)).to.be.greaterThan(fracturesText.indexOf(' in 1,000 '));
    const whole = await fixture<SpineRisks>(html`<spine-risks procedure="facet" denominator="100"></spine-risks>`);
    await settled(whole);
    expect(chooseDenominator(rates([byId('facet')]))).to.equal(100);
    for (const array of root(whole).querySelectorAll<SpineIconArray>('spine-icon-array')) expect(array.total).to.equal(100);
  });

  describe('with bad input', () => {
    it('reports a negative rate in an override and keeps the standard risks', async () => {
      const errors = collectEvents<SpineErrorDetail>('spine-error');
      const risk = { ...byId('esi').risks[0], perThousand: -5 };
      const el = await settled(await fixture<SpineRisks>(html`<spine-risks procedure="esi"><script type="application/json">${JSON.stringify({ procedures: [{ id: 'esi', risks: [risk] }] })}</script></spine-risks>`));
      errors.stop();
      expect(errors.details[0].paths).to.deep.equal(['procedures[0].risks[0].perThousand']);
      expect(root(el).querySelectorAll('.risk')).to.have.length(byId('esi').risks.length);
      expect(textOf(root(el).querySelector('[part="notice"]'))).to.equal(en.ui.invalidContent);
      await expect(el).to.be.accessible();
    });

    it('reports a rate that is not a number', async () => {
      const errors = collectEvents<SpineErrorDetail>('spine-error');
      const risk = { ...byId('rfa').risks[0], perThousand: 'a few' };
      await settled(await fixture<SpineRisks>(html`<spine-risks procedure="rfa"><script type="application/json">${JSON.stringify({ procedures: [{ id: 'rfa', risks: [risk] }] })}</script></spine-risks>`));
      errors.stop();
      expect(errors.details[0].message).to.contain('procedures[0].risks[0].perThousand: expected a number');
    });

    it('ignores unknown ids and a bad denominator, politely', async () => {
      const errors = collectEvents<SpineErrorDetail>('spine-error');
      const el = await fixture<SpineRisks>(html`<spine-risks procedure="esi" compare-with="magic" denominator="7"></spine-risks>`);
      errors.stop();
      expect(errors.details.map((detail) => detail.attribute).sort()).to.deep.equal(['compare-with', 'denominator']);
      expect(root(el).querySelectorAll('.option')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });
});
