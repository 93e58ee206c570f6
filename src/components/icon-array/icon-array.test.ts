import { expect, fixture, html } from '@open-wc/testing';
import '../../define/icon-array.js';
import { filledIcons, iconLayout, squaresPath } from '../../logic/risk.js';
import { captureConsole, collectEvents, textOf } from '../../../test/helpers.js';
import type { SpineIconArray } from './icon-array.js';
import type { SpineErrorDetail } from '../../shared/spine-element.js';

const squares = (d: string | null) => (d ? d.split('M').length - 1 : 0);
const paths = (el: SpineIconArray) => ({
  filled: squares(el.shadowRoot!.querySelector('.filled')!.getAttribute('d')),
  possible: squares(el.shadowRoot!.querySelector('.possible')!.getAttribute('d')) / 2,
  empty: squares(el.shadowRoot!.querySelector('.empty')!.getAttribute('d')),
});

describe('<spine-icon-array>', () => {
  const cases: [number, number, number][] = [
    [12, 1000, 12],
    [0, 1000, 0],
    [1000, 1000, 1000],
    [0.6, 1000, 0],
    [54, 100, 54],
  ];
  for (const [count, total, filled] of cases) {
    it(`draws ${count} of ${total} as one SVG with ${filled} filled squares`, async () => {
      const el = await fixture<SpineIconArray>(html`<spine-icon-array count=${count} total=${total} label="About ${count} in ${total} had this."></spine-icon-array>`);
      expect(el.shadowRoot!.querySelectorAll('svg')).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('path')).to.have.length(3);
      expect(paths(el)).to.deep.equal({ filled, possible: 0, empty: total - filled });
      const svgEl = el.shadowRoot!.querySelector('svg')!;
      expect(svgEl.getAttribute('role')).to.equal('img');
      const caption = el.shadowRoot!.getElementById(svgEl.getAttribute('aria-labelledby')!)!;
      expect(textOf(caption)).to.equal(`About ${count} in ${total} had this.`);
      await expect(el).to.be.accessible();
    });
  }

  it('fills the same squares in the same order every time', async () => {
    const el = await fixture<SpineIconArray>(html`<spine-icon-array count="3" total="100"></spine-icon-array>`);
    const { positions } = iconLayout(100);
    expect(el.shadowRoot!.querySelector('.filled')!.getAttribute('d')).to.equal(squaresPath(positions.slice(0, filledIcons(3, 100)), 8, 1));
    expect(textOf(el.shadowRoot!.querySelector('[part="caption"]'))).to.equal('3 / 100');
  });

  it('draws 100 squares at a third of the width of 1,000, however the total is set', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 60em">
      <spine-icon-array count="3" .total=${100}></spine-icon-array>
      <spine-icon-array count="3" .total=${1000}></spine-icon-array>
    </div>`);
    const [hundred, thousand] = [...wrap.querySelectorAll('spine-icon-array')] as SpineIconArray[];
    await Promise.all([hundred.updateComplete, thousand.updateComplete]);
    const width = (el: SpineIconArray) => el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width;
    expect(hundred.hasAttribute('total')).to.equal(false);
    expect(width(thousand)).to.be.greaterThan(0);
    expect(width(hundred)).to.be.closeTo(width(thousand) / 3, 1);
  });

  it('stripes the squares a range may reach', async () => {
    const el = await fixture<SpineIconArray>(html`<spine-icon-array count="18" upper="21" total="1000" label="Between 18 and 21 in 1,000."></spine-icon-array>`);
    expect(paths(el)).to.deep.equal({ filled: 18, possible: 3, empty: 979 });
  });

  it('takes numbers set as text from script, as the attributes are', async () => {
    const el = await fixture<SpineIconArray>(html`<spine-icon-array .count=${'18' as unknown as number} .upper=${'21' as unknown as number} .total=${'1000' as unknown as number}></spine-icon-array>`);
    expect(paths(el)).to.deep.equal({ filled: 18, possible: 3, empty: 979 });
  });

  it('tells filled from empty squares by size, not only by color', async () => {
    const el = await fixture<SpineIconArray>(html`<spine-icon-array count="5" total="100"></spine-icon-array>`);
    const filled = el.shadowRoot!.querySelector('.filled')!.getAttribute('d')!;
    const empty = el.shadowRoot!.querySelector('.empty')!.getAttribute('d')!;
    expect(filled).to.contain('h8v8');
    expect(empty).to.contain('h4v4');
  });

  const bad: [string, Record<string, string>][] = [
    ['a negative count', { count: '-3', total: '1000' }],
    ['a count that is not a number', { count: 'many', total: '1000' }],
    ['a count above the total', { count: '1200', total: '1000' }],
    ['a total other than 100 or 1000', { count: '3', total: '50' }],
    ['an upper bound below the count', { count: '30', upper: '10', total: '1000' }],
  ];
  for (const [name, attributes] of bad) {
    it(`says so politely for ${name}`, async () => {
      const console_ = captureConsole();
      const errors = collectEvents<SpineErrorDetail>('spine-error');
      try {
        const el = document.createElement('spine-icon-array');
        for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        wrapper.append(el);
        await el.updateComplete;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
        expect(textOf(el.shadowRoot!.querySelector('[part="caption"]'))).to.equal('This picture could not be drawn.');
        expect(errors.details).to.have.length(1);
        expect(console_.errors).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        errors.stop();
        console_.restore();
      }
    });
  }
});
