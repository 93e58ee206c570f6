import { expect, fixture, html } from '@open-wc/testing';
import '../define/all.js';
import { en } from '../content/en/index.js';
import { settled } from '../../test/helpers.js';
import type { SpineQuiz } from '../components/quiz/quiz.js';
import type { SpineElement } from './spine-element.js';

const root = (el: Element) => el.shadowRoot!;

/** Any CSS color as [r, g, b] in 0..255, as the browser paints it on its page background. */
function rgb(color: string, background = 'white'): number[] {
  const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = background;
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

function contrast(a: number[], b: number[]): number {
  const luminance = (color: number[]) => {
    const [r, g, b] = color.map((value) => (value / 255 <= 0.03928 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Every element a keyboard reaches in the widget, across its icon arrays' roots too. */
const focusable = (el: Element) =>
  [...root(el).querySelectorAll<HTMLInputElement>('a[href], button, select, input, summary')].filter((candidate) => candidate.checkVisibility() && !candidate.disabled);

/** Each focus ring shows against the page: the ring itself, or a halo that does and a ring that shows on it (3:1, WCAG 1.4.11). */
function expectVisibleFocus(el: Element, page: string): void {
  for (const target of focusable(el)) {
    target.focus({ focusVisible: true } as FocusOptions);
    const style = getComputedStyle(target);
    expect(style.outlineStyle, target.outerHTML.slice(0, 60)).to.equal('solid');
    const ring = rgb(style.outlineColor, page);
    const halo = style.boxShadow === 'none' ? undefined : rgb(style.boxShadow.replace(/\)\s.*$/, ')'), page);
    const shows = contrast(ring, rgb(page)) >= 3 || (!!halo && contrast(halo, rgb(page)) >= 3 && contrast(ring, halo) >= 3);
    expect(shows, `focus ring of ${target.outerHTML.slice(0, 80)} on ${page}`).to.equal(true);
  }
}

const click = async (quiz: SpineQuiz, selector: string) => {
  root(quiz).querySelector<HTMLElement>(selector)!.click();
  await quiz.updateComplete;
};

/** Pages whose own colors the widgets take: a dark theme, and grey text that itself passes AA (5.7:1). */
const pages = [
  { name: 'a dark page', background: '#121417', color: '#e8eaed', accent: '' },
  { name: 'a page with grey text', background: '#ffffff', color: '#666666', accent: '' },
  { name: 'a dark page with a purple brand', background: '#121417', color: '#e8eaed', accent: '#6b2c91' },
  { name: 'a white page with a purple brand', background: '#ffffff', color: '#1a1a1a', accent: '#6b2c91' },
];

for (const { name, background, color, accent } of pages) {
  describe(`contrast on ${name}`, () => {
    const place = async <T extends SpineElement = SpineElement>(markup: ReturnType<typeof html>): Promise<T> => {
      const wrapper = await fixture<HTMLElement>(html`<div style="background: ${background}; color: ${color}; padding: 8px; ${accent ? `--spine-color-accent: ${accent}` : ''}">${markup}</div>`);
      return settled(wrapper.firstElementChild as T);
    };

    it('compare: text, links, citations and focus rings', async () => {
      const el = await place(html`<spine-compare procedures="esi,rfa" cta-href="#book" cta-label="Book a visit"></spine-compare>`);
      await expect(el).to.be.accessible();
      expectVisibleFocus(el, background);
    });

    it('timeline: dates, "you are here", the help box and its buttons', async () => {
      const el = await place(html`<spine-timeline procedure="esi" start-date=${new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10)}></spine-timeline>`);
      expect(root(el).querySelector('.now'), 'today falls in a phase').to.exist;
      await expect(el).to.be.accessible();
      expectVisibleFocus(el, background);
    });

    it('risks: pickers, legends and the time frames', async () => {
      const el = await place(html`<spine-risks procedure="esi" compare-with="conservative"></spine-risks>`);
      await expect(el).to.be.accessible();
      expectVisibleFocus(el, background);
    });

    it('quiz: a question with Back, the emergency screen and the result', async () => {
      const el = await place<SpineQuiz>(html`<spine-quiz></spine-quiz>`);
      await click(el, 'button[type="submit"]');
      await expect(el).to.be.accessible();
      expectVisibleFocus(el, background);
      // The filled button has no pale edge of its own text color around it.
      const primary = getComputedStyle(root(el).querySelector('.primary')!);
      expect(primary.borderTopColor).to.equal(primary.backgroundColor);
      for (let step = 1; step < en.quiz.questions.length + 2; step++) await click(el, 'button[type="submit"]');
      expect(root(el).querySelector('[part="result"]')).to.exist;
      await expect(el).to.be.accessible();
      expectVisibleFocus(el, background);
      const urgent = await place<SpineQuiz>(html`<spine-quiz></spine-quiz>`);
      await click(urgent, `input[value="${en.quiz.redFlags.find((flag) => flag.level === 'emergency')!.id}"]`);
      await click(urgent, 'button[type="submit"]');
      expect(root(urgent).querySelector('.danger')).to.exist;
      await expect(urgent).to.be.accessible();
      expectVisibleFocus(urgent, background);
    });
  });
}

describe('brand colors that are not colors', () => {
  // A typo in a theme ("brand-blue", a hex without #) voids the color; filled buttons must not go white on nothing.
  const readable = (element: Element) => {
    const style = getComputedStyle(element);
    expect(contrast(rgb(style.color), rgb(style.backgroundColor)), element.outerHTML.slice(0, 60)).to.be.at.least(4.5);
  };

  it('keeps the call to action, Next and the emergency call button readable', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="color: #1a1a1a; --spine-color-accent: brand-blue; --spine-color-danger: 0b57a4">
      <spine-compare procedures="esi" cta-href="#book" cta-label="Book a visit"></spine-compare>
      <spine-quiz></spine-quiz>
    </div>`);
    const [compare, quiz] = [...wrapper.children] as [SpineElement, SpineQuiz];
    await settled(compare);
    await settled(quiz);
    readable(root(compare).querySelector('[part="cta"]')!);
    readable(root(quiz).querySelector('.primary')!);
    await click(quiz, `input[value="${en.quiz.redFlags.find((flag) => flag.level === 'emergency')!.id}"]`);
    await click(quiz, 'button[type="submit"]');
    readable(root(quiz).querySelector('.call')!);
  });
});
