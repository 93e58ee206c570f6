import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/all.js';
import { en } from '../content/en/index.js';
import { es } from '../content/es/index.js';
import { configure } from '../content/store.js';
import { fill } from '../logic/format.js';
import { captureConsole, collectEvents, settled, textOf } from '../../test/helpers.js';
import type { SpineErrorDetail } from './spine-element.js';
import type { SpineCompare } from '../components/compare/compare.js';
import type { SpineQuiz } from '../components/quiz/quiz.js';
import type { SpineRisks } from '../components/risks/risks.js';
import type { SpineIconArray } from '../components/icon-array/icon-array.js';

const root = (el: Element) => el.shadowRoot!;
const nameOf = (id: string) => en.procedures.find((procedure) => procedure.id === id)!.name;
const columnNames = (el: Element) => [...root(el).querySelectorAll('thead th')].map((th) => textOf(th));
const note = 'Riverside Spine Center offers this on Tuesdays.';

/** Answers every fetch with a response the test sends when it chooses. */
function holdFetches(): { release: (body: unknown) => void; restore: () => void } {
  const { fetch } = window;
  const waiting: ((response: Response) => void)[] = [];
  window.fetch = () => new Promise((resolve) => waiting.push(resolve));
  return {
    release: (body) => waiting.splice(0).forEach((resolve) => resolve(Response.json(body))),
    restore: () => {
      window.fetch = fetch;
    },
  };
}

/** Settings changed after the first render, in the orders a page's own script changes them. */
describe('widgets whose settings change after they show', () => {
  let console_: ReturnType<typeof captureConsole>;
  let errors: ReturnType<typeof collectEvents<SpineErrorDetail>>;
  beforeEach(() => {
    console_ = captureConsole();
    errors = collectEvents<SpineErrorDetail>('spine-error');
  });
  afterEach(() => {
    errors.stop();
    console_.restore();
    configure({ content: undefined });
  });

  // First in the file: Spanish must not be loaded yet.
  it('shows English when lang turns to Spanish and back before Spanish has loaded', async () => {
    const el = await fixture<SpineCompare>(html`<spine-compare procedures="rfa"></spine-compare>`);
    el.lang = 'es';
    await el.updateComplete;
    el.lang = 'en';
    await settled(el);
    expect(root(el).querySelector('.loading')).to.equal(null);
    expect(textOf(root(el).querySelector('h2'))).to.equal(en.decision);
  });

  it('follows a language switched on an ancestor after it shows (a portal’s language menu)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><spine-compare procedures="rfa"></spine-compare></div>`);
    const el = await settled(wrapper.querySelector('spine-compare')!);
    expect(textOf(root(el).querySelector('h2'))).to.equal(en.decision);
    // A lang changed elsewhere on the page does not touch it.
    const elsewhere = document.createElement('span');
    wrapper.append(elsewhere);
    elsewhere.lang = 'fr';
    await Promise.resolve();
    expect(el.isUpdatePending, 'no update for a lang that is not its own').to.equal(false);
    wrapper.lang = 'es';
    await Promise.resolve();
    expect(el.isUpdatePending).to.equal(true);
    await waitUntil(() => textOf(root(el).querySelector('h2')) === es.decision, 'Spanish after the wrapper switched', { timeout: 5000 });
    wrapper.lang = 'en';
    await waitUntil(() => textOf(root(el).querySelector('h2')) === en.decision, 'English again', { timeout: 5000 });
  });

  it('follows a language switched inside the shadow root it sits in (an app shell)', async () => {
    const app = await fixture<HTMLElement>(html`<div></div>`);
    const shell = app.attachShadow({ mode: 'open' });
    shell.innerHTML = '<main lang="en"><div></div></main>';
    // A component of the app inside the shell holds the widget in a shadow root of its own.
    const inner = shell.querySelector('div')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<spine-compare procedures="rfa"></spine-compare>';
    const el = await settled(inner.querySelector('spine-compare')!);
    expect(textOf(root(el).querySelector('h2'))).to.equal(en.decision);
    shell.querySelector('main')!.lang = 'es';
    await waitUntil(() => textOf(root(el).querySelector('h2')) === es.decision, 'Spanish after the shell switched', { timeout: 5000 });
  });

  it('reports a content-src failure from the page only: not while taken off it, and once back', async () => {
    const { fetch } = window;
    let fail = () => {};
    window.fetch = () => new Promise((resolve) => (fail = () => resolve(new Response('gone', { status: 404 }))));
    try {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('spine-compare');
      el.setAttribute('content-src', '/gone.json?detached');
      host.append(el);
      await el.updateComplete;
      el.remove();
      fail();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors.details, 'nothing from a widget off the page').to.deep.equal([]);
      host.append(el);
      await settled(el);
      expect(errors.details.map((detail) => detail.code)).to.deep.equal(['content-unavailable']);
    } finally {
      window.fetch = fetch;
    }
  });

  it('asks again for a content-src file that failed, when another widget names it', async () => {
    const { fetch } = window;
    const asked: string[] = [];
    window.fetch = async (input) => {
      asked.push(String(input));
      return asked.length === 1 ? new Response('busy', { status: 503 }) : Response.json({ procedures: [{ id: 'rfa', clinicNote: 'Second try' }] });
    };
    try {
      const first = await settled(await fixture<SpineCompare>(html`<spine-compare procedures="rfa" content-src="/retry.json"></spine-compare>`));
      expect(textOf(root(first).querySelector('[part="notice"]'))).to.equal(en.ui.contentUnavailable);
      const second = await settled(await fixture<SpineCompare>(html`<spine-compare procedures="rfa" content-src="/retry.json"></spine-compare>`));
      expect(textOf(root(second).querySelector('table'))).to.contain('Second try');
      expect(asked).to.have.length(2);
    } finally {
      window.fetch = fetch;
    }
  });

  it('shows the standard content with a notice when content-src turns to a refused URL while a file loads', async () => {
    const held = holdFetches();
    try {
      const el = await fixture<SpineCompare>(html`<spine-compare procedures="rfa" content-src="/held.json?refused"></spine-compare>`);
      expect(root(el).querySelector('.loading'), 'waits for the file first').to.exist;
      el.setAttribute('content-src', 'ftp://example.org/clinic.json');
      await settled(el);
      held.release({ procedures: [{ id: 'rfa', clinicNote: 'Too late' }] });
      await settled(el);
      expect(root(el).querySelector('.loading')).to.equal(null);
      expect(columnNames(el)).to.deep.equal([nameOf('conservative'), nameOf('rfa')]);
      expect(textOf(root(el).querySelector('[part="notice"]'))).to.equal(fill(en.ui.invalidAttribute, { name: 'content-src' }));
      expect(textOf(root(el).querySelector('table'))).to.not.contain('Too late');
      expect(errors.details.map((detail) => detail.attribute)).to.deep.equal(['content-src']);
    } finally {
      held.restore();
    }
  });

  it('follows content-src as it is removed, changed to a refused URL and set again', async () => {
    const el = await fixture<SpineCompare>(html`<spine-compare procedures="rfa" content-src="/test/fixtures/clinic-override.json?follow"></spine-compare>`);
    await settled(el);
    expect(textOf(root(el).querySelector('table'))).to.contain(note);
    el.removeAttribute('content-src');
    await settled(el);
    expect(textOf(root(el).querySelector('table')), 'the clinic file no longer applies').to.not.contain(note);
    el.setAttribute('content-src', '/test/fixtures/clinic-override.json?follow');
    await settled(el);
    expect(textOf(root(el).querySelector('table'))).to.contain(note);
    el.setAttribute('content-src', 'ftp://example.org/clinic.json');
    await settled(el);
    expect(textOf(root(el).querySelector('table'))).to.not.contain(note);
    expect(textOf(root(el).querySelector('[part="notice"]'))).to.equal(fill(en.ui.invalidAttribute, { name: 'content-src' }));
    expect(errors.details.map((detail) => detail.attribute)).to.deep.equal(['content-src']);
    el.removeAttribute('content-src');
    await settled(el);
    expect(root(el).querySelector('[part="notice"]'), 'the notice goes with the setting').to.equal(null);
  });

  it('reads inline JSON that arrives after the element is on the page, and follows edits to it', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    // As the HTML parser builds the page when the bundle runs before it (a script without defer).
    const el = document.createElement('spine-compare');
    el.setAttribute('procedures', 'rfa');
    host.append(el);
    await settled(el);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ procedures: [{ id: 'rfa', clinicNote: 'Note A' }] });
    el.append(script);
    await waitUntil(() => textOf(root(el).querySelector('table')).includes('Note A'), 'the late JSON applies');
    script.textContent = JSON.stringify({ procedures: [{ id: 'rfa', clinicNote: 'Note B' }] });
    await waitUntil(() => textOf(root(el).querySelector('table')).includes('Note B'), 'an edit applies');
    script.remove();
    await waitUntil(() => !textOf(root(el).querySelector('table')).includes('Note B'), 'a removed script no longer applies');
    await settled(el);
    expect(errors.details).to.deep.equal([]);
  });

  it('keeps its notice on screen while new content comes in', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('spine-compare');
    el.setAttribute('procedures', 'rfa');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ procedures: [{ id: 'rfa', nmae: 'typo' }] });
    el.append(script);
    host.append(el);
    await settled(el);
    const notice = root(el).querySelector('[part="notice"]');
    expect(textOf(notice)).to.equal(en.ui.invalidContent);
    el.lang = 'es';
    await el.updateComplete;
    expect(root(el).querySelector('[part="notice"]'), 'the same notice, not taken away and put back').to.equal(notice);
    await settled(el);
    expect(textOf(root(el).querySelector('[part="notice"]'))).to.equal(es.ui.invalidContent);
  });

  it('reports nothing for an option a clinic adds, named before its content has been checked', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const errorsBefore = errors.details.length;
    const el = document.createElement('spine-compare');
    el.setAttribute('procedures', 'clinic-pt,rfa');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ procedures: [{ ...en.procedures[0], id: 'clinic-pt', name: 'Clinic physical therapy' }] });
    el.append(script);
    host.append(el);
    await settled(el);
    expect(columnNames(el)).to.deep.equal([nameOf('conservative'), 'Clinic physical therapy', nameOf('rfa')]);
    expect(errors.details.length).to.equal(errorsBefore);
    expect(console_.errors).to.deep.equal([]);
  });

  it('reports a problem again when it goes away and comes back', async () => {
    const el = await fixture<SpineCompare>(html`<spine-compare procedures="rfa,bogus"></spine-compare>`);
    await settled(el);
    el.procedures = 'rfa';
    await settled(el);
    expect(root(el).querySelector('[part="notice"]')).to.equal(null);
    el.procedures = 'rfa,bogus';
    await settled(el);
    el.ctaLabel = 'Book';
    await settled(el);
    expect(errors.details.map((detail) => detail.code)).to.deep.equal(['unknown-procedure', 'unknown-procedure']);
    const icons = await fixture<SpineIconArray>(html`<spine-icon-array count="5000" total="1000" label="x"></spine-icon-array>`);
    for (const count of [12, 5000]) {
      icons.count = count;
      await icons.updateComplete;
    }
    expect(errors.details.slice(2).map((detail) => detail.attribute)).to.deep.equal(['count', 'count']);
  });

  it('keeps the patient’s place and focus in the quiz while new content comes in', async () => {
    const el = await fixture<SpineQuiz>(html`<spine-quiz></spine-quiz>`);
    const submit = () => root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    for (let step = 0; step < 5; step++) {
      submit();
      await el.updateComplete;
    }
    expect(textOf(root(el).querySelector('.progress'))).to.equal(fill(en.ui.quiz.progress, { n: 6, total: en.quiz.questions.length + 2 }));
    const input = root(el).querySelector<HTMLInputElement>('fieldset input')!;
    input.focus();
    configure({ content: { disclosure: 'Funded by Riverside Spine Center.' } });
    await settled(el);
    expect(root(el).activeElement, 'focus stays where it was').to.equal(input);
    // Content with fewer questions: the quiz stays on the last question there is, with its buttons.
    configure({ content: { quiz: { questions: en.quiz.questions.slice(0, 2) } } });
    await settled(el);
    expect(textOf(root(el).querySelector('.progress'))).to.equal(fill(en.ui.quiz.progress, { n: 4, total: 4 }));
    expect([...root(el).querySelectorAll('button')].map((button) => textOf(button))).to.include.members([en.ui.quiz.back, en.ui.quiz.results]);
    expect(errors.details).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('keeps each menu naming what is shown as the patient moves between options', async () => {
    const el = await fixture<SpineRisks>(html`<spine-risks procedure="esi" compare-with="conservative"></spine-risks>`);
    const pick = async (id: string, value: string) => {
      const select = root(el).querySelector<HTMLSelectElement>(id)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    const menus = () => [...root(el).querySelectorAll<HTMLSelectElement>('select')].map((select) => select.value);
    const headings = () => [...root(el).querySelectorAll('.columns h3')].map((heading) => textOf(heading));
    await pick('#compare', 'scs');
    // The option shown is the one compared with: one column, and the comparison menu says none.
    await pick('#picker', 'scs');
    expect(headings()).to.have.length(1);
    expect(menus()).to.deep.equal(['scs', '']);
    for (const id of ['rfa', 'esi']) await pick('#picker', id);
    expect(headings()).to.have.length(2);
    expect(menus()).to.deep.equal(['esi', 'scs']);
  });

  it('follows a new compare-with after the patient picked a comparison', async () => {
    const el = await fixture<SpineRisks>(html`<spine-risks procedure="esi" compare-with="scs"></spine-risks>`);
    const select = root(el).querySelector<HTMLSelectElement>('#compare')!;
    select.value = 'rfa';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(root(el).querySelector<HTMLSelectElement>('#compare')!.value).to.equal('rfa');
    el.setAttribute('compare-with', 'conservative');
    await settled(el);
    expect(root(el).querySelector<HTMLSelectElement>('#compare')!.value).to.equal('conservative');
    expect(textOf(root(el).querySelector('.columns'))).to.contain(nameOf('conservative'));
  });
});
