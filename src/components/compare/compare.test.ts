import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/compare.js';
import { configure } from '../../content/store.js';
import { en } from '../../content/en/index.js';
import { define } from '../../shared/define.js';
import { formatFrequency } from '../../logic/format.js';
import { captureConsole, collectEvents, settled, textOf } from '../../../test/helpers.js';
import type { SpineCompare } from './compare.js';
import type { SpineErrorDetail } from '../../shared/spine-element.js';

const root = (el: SpineCompare) => el.shadowRoot!;
const columnNames = (el: SpineCompare) => [...root(el).querySelectorAll('thead th')].map((th) => textOf(th));
const nameOf = (id: string) => en.procedures.find((procedure) => procedure.id === id)!.name;

describe('<spine-compare>', () => {
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    console_ = captureConsole();
  });
  afterEach(() => {
    console_.restore();
    configure({ content: undefined });
  });

  it('shows the decision and every option as a cited column, with no errors', async () => {
    const el = await fixture<SpineCompare>(html`<spine-compare></spine-compare>`);
    expect(textOf(root(el).querySelector('h2'))).to.equal(en.decision);
    // Care without a procedure comes first, as guidelines put it; the procedures follow in content order.
    expect(columnNames(el)).to.deep.equal([nameOf('conservative'), ...en.procedures.filter((procedure) => procedure.id !== 'conservative').map((procedure) => procedure.name)]);
    const rowHeaders = [...root(el).querySelectorAll('tbody th[scope="row"]')].map((th) => textOf(th));
    expect(rowHeaders).to.deep.equal(Object.values(en.ui.compare.rows));
    const citedRows = [...root(el).querySelectorAll('tbody tr')].slice(0, -1); // every row but the questions to ask
    for (const cell of citedRows.flatMap((row) => [...row.querySelectorAll('td')])) {
      expect(cell.querySelector('.cite a'), textOf(cell).slice(0, 60)).to.exist;
    }
    expect(root(el).querySelector('.notice')).to.equal(null);
    expect(console_.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows what a risk is measured against, as the risk view does', async () => {
    const el = await fixture<SpineCompare>(html`<spine-compare procedures="vertebroplasty,scs"></spine-compare>`);
    const risksRow = root(el).querySelectorAll('tbody tr')[7];
    const withDetail = en.procedures.filter((procedure) => ['vertebroplasty', 'scs'].includes(procedure.id)).flatMap((procedure) => procedure.risks).filter((risk) => risk.detail);
    expect(withDetail.length).to.be.greaterThan(1);
    for (const risk of withDetail) expect(textOf(risksRow)).to.contain(risk.detail!);
  });

  it('numbers each cited source once and lists it in the Sources disclosure', async () => {
    const el = await fixture<SpineCompare>(html`<spine-compare></spine-compare>`);
    const markers = [...root(el).querySelectorAll('.cite a')].map((a) => Number(a.textContent));
    const items = root(el).querySelectorAll('.sources li');
    expect(items.length).to.equal(Math.max(...markers));
    expect(new Set(markers).size).to.equal(items.length);
    const reviewed = textOf(root(el).querySelector('.footer'));
    expect(reviewed).to.contain('not medical advice');
    expect(reviewed).to.contain('2026');
    expect(textOf(root(el).querySelector('details'))).to.contain(en.disclosure.slice(0, 40));
  });

  it('shows each risk with the number from the content pack', async () => {
    const el = await fixture<SpineCompare>(html`<spine-compare procedures="esi"></spine-compare>`);
    const esiCell = root(el).querySelectorAll('tbody tr')[7].querySelectorAll('td')[1];
    for (const risk of en.procedures[0].risks) {
      const expected = risk.noRate ?? formatFrequency({ value: risk.perThousand, low: risk.lowPerThousand, high: risk.highPerThousand, per: 1000 }, 'en', en.ui);
      expect(textOf(esiCell)).to.contain(`${risk.label}: ${expected}`);
    }
  });

  it('shows the options named in `procedures`, in that order, after care without a procedure', async () => {
    const el = await fixture<SpineCompare>(html`<spine-compare procedures="rfa, esi"></spine-compare>`);
    expect(columnNames(el)).to.deep.equal([nameOf('conservative'), nameOf('rfa'), nameOf('esi')]);
    await expect(el).to.be.accessible();
  });

  it('keeps care without a procedure where `procedures` places it', async () => {
    const el = await fixture<SpineCompare>(html`<spine-compare procedures="rfa,conservative,esi"></spine-compare>`);
    expect(columnNames(el)).to.deep.equal([nameOf('rfa'), nameOf('conservative'), nameOf('esi')]);
  });

  it('lets a patient drop a column with the keyboard and tells listeners which remain', async () => {
    const el = await fixture<SpineCompare>(html`<spine-compare procedures="esi,facet,rfa"></spine-compare>`);
    const boxes = [...root(el).querySelectorAll<HTMLInputElement>('.chooser input')];
    expect(boxes.map((box) => box.checked)).to.deep.equal([true, true, true, true]);
    expect(boxes[0].disabled, 'care without a procedure stays').to.equal(true);

    boxes[2].focus();
    const changed = oneEvent(el, 'spine-compare-change');
    await sendKeys({ press: ' ' });
    const event = await changed;
    expect(event.detail).to.deep.equal({ procedureIds: ['conservative', 'esi', 'rfa'] });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(columnNames(el)).to.deep.equal([nameOf('conservative'), nameOf('esi'), nameOf('rfa')]);
    expect(textOf(root(el).querySelector('.status'))).to.equal('Showing 3 of 4 options.');
    await expect(el).to.be.accessible();

    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(columnNames(el)).to.have.length(4);
  });

  it('lets a keyboard user skip past the table and its many source links', async () => {
    const el = await fixture<SpineCompare>(html`<spine-compare cta-href="/book" cta-label="Book a consultation"></spine-compare>`);
    const skip = root(el).querySelector<HTMLAnchorElement>('a.skip')!;
    expect(textOf(skip)).to.equal(en.ui.compare.skipTable);
    expect(skip.getBoundingClientRect().width, 'hidden until focused').to.be.at.most(1);
    const chooser = [...root(el).querySelectorAll<HTMLInputElement>('.chooser input')].at(-1)!;
    chooser.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(skip);
    expect(skip.getBoundingClientRect().width, 'visible when focused').to.be.greaterThan(20);
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement?.id).to.equal('after-table');
    expect(root(el).querySelector('#after-table')!.compareDocumentPosition(root(el).querySelector('table')!) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
    await sendKeys({ press: 'Tab' });
    expect(textOf(root(el).activeElement)).to.equal('Book a consultation');
    await expect(el).to.be.accessible();
  });

  it('opens the Sources and moves focus to a source when its number is followed', async () => {
    const el = await fixture<SpineCompare>(html`<spine-compare procedures="esi"></spine-compare>`);
    const marker = root(el).querySelector<HTMLAnchorElement>('.cite a')!;
    expect(root(el).querySelector('details')!.open).to.equal(false);
    marker.focus();
    await sendKeys({ press: 'Enter' });
    expect(root(el).querySelector('details')!.open).to.equal(true);
    expect(root(el).activeElement?.id).to.equal(`source-${marker.textContent}`);
    await expect(el).to.be.accessible();
    // One key back to the number followed, past the call to action and every other number.
    await sendKeys({ press: 'Escape' });
    expect(root(el).activeElement === marker, 'focus is back on the number followed').to.equal(true);
  });

  it('fires spine-cta from the call to action and lets the host take over', async () => {
    const el = await fixture<SpineCompare>(html`<spine-compare cta-href="/book" cta-label="Book a consultation"></spine-compare>`);
    const link = root(el).querySelector<HTMLAnchorElement>('a[part="cta"]')!;
    expect(textOf(link)).to.equal('Book a consultation');
    expect(link.getAttribute('href')).to.equal('/book');
    el.addEventListener('spine-cta', (event) => event.preventDefault(), { once: true });
    const fired = oneEvent(el, 'spine-cta');
    link.click();
    expect((await fired).detail).to.deep.equal({ href: '/book', label: 'Book a consultation', widget: 'spine-compare' });
    await expect(el).to.be.accessible();
  });

  describe('with bad input', () => {
    it('skips an unknown id, says so politely and reports it once', async () => {
      const errors = collectEvents<SpineErrorDetail>('spine-error');
      const el = await fixture<SpineCompare>(html`<spine-compare procedures="esi,bogus"></spine-compare>`);
      errors.stop();
      expect(columnNames(el)).to.deep.equal([nameOf('conservative'), nameOf('esi')]);
      expect(textOf(root(el).querySelector('[part="notice"]'))).to.contain('“bogus”');
      expect(errors.details.map((detail) => [detail.code, detail.attribute])).to.deep.equal([['unknown-procedure', 'procedures']]);
      expect(console_.errors).to.have.length(1);
      expect(console_.errors[0]).to.contain('procedures: unknown id "bogus"');
      await expect(el).to.be.accessible();
    });

    it('refuses a javascript: call to action', async () => {
      const errors = collectEvents<SpineErrorDetail>('spine-error');
      const el = await fixture<SpineCompare>(html`<spine-compare cta-href="javascript:alert(1)" cta-label="Book"></spine-compare>`);
      errors.stop();
      expect(root(el).querySelector('a[part="cta"]')).to.equal(null);
      expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
      expect(errors.details.map((detail) => detail.attribute)).to.deep.equal(['cta-href']);
      await expect(el).to.be.accessible();
    });

    it('reads inline JSON that a page editor wrapped in a paragraph', async () => {
      const el = await settled(await fixture<SpineCompare>(html`<spine-compare procedures="esi"><p><script type="application/json">{ "procedures": [{ "id": "esi", "name": "Epidural injection" }] }</script></p></spine-compare>`));
      expect(columnNames(el)).to.deep.equal([nameOf('conservative'), 'Epidural injection']);
    });

    it('reads its own inline JSON, not that of another widget put inside it', async () => {
      const el = await settled(
        await fixture<SpineCompare>(html`<spine-compare procedures="esi"
          ><spine-risks procedure="esi"><script type="application/json">{ "procedures": [{ "id": "esi", "name": "Inner" }] }</script></spine-risks
          ><div><script type="application/json">{ "procedures": [{ "id": "esi", "name": "Outer" }] }</script></div
        ></spine-compare>`),
      );
      expect(columnNames(el)).to.deep.equal([nameOf('conservative'), 'Outer']);
    });

    it('keeps the standard content when inline JSON is malformed', async () => {
      const errors = collectEvents<SpineErrorDetail>('spine-error');
      const el = await settled(await fixture<SpineCompare>(html`<spine-compare procedures="esi"><script type="application/json">{ "procedures": [ </script></spine-compare>`));
      errors.stop();
      expect(columnNames(el)).to.deep.equal([nameOf('conservative'), nameOf('esi')]);
      expect(errors.details.map((detail) => detail.code)).to.deep.equal(['invalid-json']);
      expect(textOf(root(el).querySelector('[part="notice"]'))).to.equal(en.ui.invalidContent);
      await expect(el).to.be.accessible();
    });

    it('reports a wrong type and pasted markup in an override with their JSON paths, and never renders markup', async () => {
      const errors = collectEvents<SpineErrorDetail>('spine-error');
      const el = await settled(await fixture<SpineCompare>(html`<spine-compare procedures="esi,rfa"><script type="application/json">
        { "procedures": [ { "id": "rfa", "name": "<img src=x onerror=alert(1)>" }, { "id": "esi", "risks": [ { "id": "x", "perThousand": "many" } ] } ] }
      </script></spine-compare>`));
      errors.stop();
      expect(columnNames(el)[2]).to.equal(nameOf('rfa'));
      expect(root(el).querySelector('img')).to.equal(null);
      expect(errors.details).to.have.length(1);
      expect(errors.details[0].code).to.equal('invalid-content');
      expect(errors.details[0].paths).to.include.members(['procedures[0].name', 'procedures[1].risks[0].perThousand']);
      expect(console_.errors[0]).to.contain('procedures[0].name: looks like HTML; write plain text');
      expect(console_.errors[0]).to.contain('procedures[1].risks[0].perThousand: expected a number');
      expect(columnNames(el)[1]).to.equal(nameOf('esi'));
    });

    it('leaves a subclass’s own non-attribute properties as they are', async () => {
      const SpineCompare = customElements.get('spine-compare') as unknown as typeof HTMLElement & { properties: object };
      class ClinicCompare extends SpineCompare {
        static override get properties() {
          return { clinic: { attribute: false } };
        }
        clinic: unknown = { name: 'Riverside' };
      }
      customElements.define('clinic-compare', ClinicCompare);
      // Made by hand: the template checker knows only the elements this package defines.
      const host = document.createElement('clinic-compare');
      host.setAttribute('procedures', 'rfa');
      const el = await settled(await fixture<ClinicCompare & SpineCompare>(host));
      expect(el.clinic).to.deep.equal({ name: 'Riverside' });
      expect(columnNames(el)).to.deep.equal([nameOf('conservative'), nameOf('rfa')]);
    });

    it('takes the options as a list from script, as React passes props', async () => {
      const el = await fixture<SpineCompare>(html`<spine-compare></spine-compare>`);
      (el as unknown as { procedures: unknown }).procedures = ['rfa', 'esi'];
      await settled(el);
      expect(columnNames(el)).to.deep.equal([nameOf('conservative'), nameOf('rfa'), nameOf('esi')]);
      (el as unknown as { procedures: unknown }).procedures = null;
      await settled(el);
      expect(columnNames(el)).to.have.length(en.procedures.length);
    });

    it('says so when content-src cannot be loaded, and still shows the standard content', async () => {
      const el = await fixture<SpineCompare>(html`<spine-compare procedures="esi" content-src="/test/fixtures/missing.json"></spine-compare>`);
      const error = await oneEvent(el, 'spine-error');
      await el.updateComplete;
      expect(error.detail.code).to.equal('content-unavailable');
      expect(error.detail.attribute).to.equal('content-src');
      expect(columnNames(el)).to.deep.equal([nameOf('conservative'), nameOf('esi')]);
      expect(textOf(root(el).querySelector('[part="notice"]'))).to.equal(en.ui.contentUnavailable);
      await expect(el).to.be.accessible();
    });

    it('shows the standard content when the page’s own fetch throws at once', async () => {
      const fetch = window.fetch;
      window.fetch = () => {
        throw new Error('blocked by the page');
      };
      try {
        const errors = collectEvents<SpineErrorDetail>('spine-error');
        const el = await settled(await fixture<SpineCompare>(html`<spine-compare procedures="esi" content-src="/test/fixtures/blocked.json"></spine-compare>`));
        errors.stop();
        expect(errors.details.map((detail) => detail.code)).to.deep.equal(['content-unavailable']);
        expect(columnNames(el)).to.deep.equal([nameOf('conservative'), nameOf('esi')]);
        expect(textOf(root(el).querySelector('[part="notice"]'))).to.equal(en.ui.contentUnavailable);
      } finally {
        window.fetch = fetch;
      }
    });

    it('never throws when two copies define the same tag, and warns once', () => {
      class Another extends HTMLElement {}
      class YetAnother extends HTMLElement {}
      expect(() => define('spine-compare', Another)).to.not.throw();
      expect(() => define('spine-compare', YetAnother)).to.not.throw();
      expect(customElements.get('spine-compare')).to.not.equal(Another);
      expect(console_.warnings.length).to.be.at.most(1);
    });
  });

  describe('with clinic content', () => {
    it('loads content-src once for every widget and shows the clinic’s note as the clinic’s', async () => {
      const url = '/test/fixtures/clinic-override.json';
      // Each fixture has its own container; neither waits on an animation frame, which a hidden tab may never give.
      const widgets = [
        await fixture<SpineCompare>(html`<spine-compare procedures="rfa" content-src=${url}></spine-compare>`),
        await fixture<SpineCompare>(html`<spine-compare procedures="rfa,esi" content-src=${url}></spine-compare>`),
      ];
      await new Promise((resolve) => setTimeout(resolve, 300));
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      for (const widget of widgets) {
        const clinicRow = [...root(widget).querySelectorAll('tbody tr')].at(-1)!;
        expect(textOf(clinicRow.querySelector('th'))).to.equal(en.ui.clinicNote);
        expect(textOf(clinicRow)).to.contain('Riverside Spine Center offers this on Tuesdays.');
      }
      const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(url));
      expect(requests).to.have.length(1);
      await expect(widgets[1]).to.be.accessible();
    });

    it('resolves contentReady only once the content-src file is applied, awaited right after the element is placed', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      // URLs of their own, so each file is fetched here and not taken from an earlier test.
      const placed = document.createElement('spine-compare');
      placed.setAttribute('procedures', 'rfa');
      placed.setAttribute('content-src', '/test/fixtures/clinic-override.json?placed');
      host.append(placed);
      await placed.contentReady;
      expect(textOf([...root(placed).querySelectorAll('tbody tr')].at(-1)!)).to.contain('Riverside Spine Center offers this on Tuesdays.');
      expect(root(placed).querySelector('.loading')).to.equal(null);
      // The same when content-src is set from script on a widget already showing.
      const set = await fixture<SpineCompare>(html`<spine-compare procedures="rfa"></spine-compare>`);
      set.contentSrc = '/test/fixtures/clinic-override.json?set';
      await set.contentReady;
      expect(textOf([...root(set).querySelectorAll('tbody tr')].at(-1)!)).to.contain('Riverside Spine Center offers this on Tuesdays.');
    });

    it('resolves contentReady for an element not yet on a page, and stops loading when content-src is removed', async () => {
      const loose = document.createElement('spine-compare');
      const outcome = await Promise.race([loose.contentReady.then(() => 'resolved'), new Promise((resolve) => setTimeout(resolve, 2000, 'waiting'))]);
      expect(outcome).to.equal('resolved');
      const el = await fixture<SpineCompare>(html`<spine-compare procedures="rfa" content-src="/test/fixtures/clinic-override.json?removed"></spine-compare>`);
      el.removeAttribute('content-src');
      await el.contentReady;
      await el.updateComplete;
      expect(root(el).querySelector('.loading')).to.equal(null);
      expect(columnNames(el)).to.deep.equal([nameOf('conservative'), nameOf('rfa')]);
    });

    it('follows SpineWidgets.configure() on widgets already on the page', async () => {
      const el = await fixture<SpineCompare>(html`<spine-compare procedures="esi"></spine-compare>`);
      configure({ content: { procedures: [{ id: 'esi', name: 'Epidural shot' }] } });
      await settled(el);
      expect(columnNames(el)[1]).to.equal('Epidural shot');
    });
  });

  describe('layout', () => {
    it('stacks into one question at a time in a 320px column without sideways scrolling', async () => {
      const el = await fixture<SpineCompare>(html`<spine-compare style="width: 320px"></spine-compare>`);
      const cell = root(el).querySelector('tbody td')!;
      expect(getComputedStyle(cell).display).to.equal('block');
      expect(getComputedStyle(root(el).querySelector('.cell-label')!).display).to.equal('block');
      expect(el.scrollWidth).to.be.at.most(320);
      expect(root(el).querySelector('.scroll')!.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });

    it('is a table with columns in a wide container', async () => {
      const el = await fixture<SpineCompare>(html`<spine-compare style="width: 1200px" procedures="esi,rfa"></spine-compare>`);
      expect(getComputedStyle(root(el).querySelector('tbody td')!).display).to.equal('table-cell');
      expect(getComputedStyle(root(el).querySelector('.cell-label')!).display).to.equal('none');
    });

    it('keeps text at 16px or more when the host page shrinks its root font', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const el = await fixture<SpineCompare>(html`<spine-compare procedures="esi"></spine-compare>`);
        expect(parseFloat(getComputedStyle(root(el).querySelector('td p')!).fontSize)).to.be.at.least(16);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });
});
