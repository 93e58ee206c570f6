import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/timeline.js';
import { en } from '../../content/en/index.js';
import { addDays, formatDayRange, parseIsoDate, toIsoDate, today } from '../../logic/dates.js';
import { captureConsole, collectEvents, settled, textOf } from '../../../test/helpers.js';
import type { SpineTimeline } from './timeline.js';
import type { SpineErrorDetail } from '../../shared/spine-element.js';

const root = (el: SpineTimeline) => el.shadowRoot!;
const phaseTitles = (el: SpineTimeline) => [...root(el).querySelectorAll('.phase h3 button > span:first-child')].map((span) => textOf(span));
const byId = (id: string) => en.procedures.find((procedure) => procedure.id === id)!;

describe('<spine-timeline>', () => {
  let console_: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    console_ = captureConsole();
  });
  afterEach(() => console_.restore());

  for (const procedure of en.procedures) {
    it(`shows the recovery of ${procedure.id}: warning signs first, then every phase in order`, async () => {
      const el = await fixture<SpineTimeline>(html`<spine-timeline procedure=${procedure.id}></spine-timeline>`);
      expect(textOf(root(el).querySelector('h2'))).to.contain(procedure.name);
      const help = root(el).querySelector('[part="warnings"]')!;
      const warnings = procedure.milestones.filter((milestone) => milestone.kind === 'warning');
      for (const warning of warnings) expect(textOf(help)).to.contain(warning.text);
      expect(help.compareDocumentPosition(root(el).querySelector('ol.phases')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      const phases = [...new Set(procedure.milestones.filter((milestone) => milestone.kind !== 'warning').map((milestone) => milestone.phase))];
      const order = ['trial', 'day-0', 'days-1-3', 'week-1', 'weeks-2-6', 'month-3', 'months-6-12'] as const;
      const expected = order.filter((phase) => phases.includes(phase)).map((phase) => en.ui.timeline.phases[phase]);
      expect(phaseTitles(el)).to.deep.equal(expected);
      const steps = [...root(el).querySelectorAll('.steps li')];
      expect(steps.length).to.equal(procedure.milestones.length - warnings.length);
      for (const step of steps) {
        expect(step.querySelector('strong'), 'the kind is written, not only shown').to.exist;
        expect(step.querySelector('.cite a'), 'every step is cited').to.exist;
      }
      expect(console_.errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('puts the stimulator trial before the implant', async () => {
    const el = await fixture<SpineTimeline>(html`<spine-timeline procedure="scs"></spine-timeline>`);
    expect(phaseTitles(el)[0]).to.equal(en.ui.timeline.phases.trial);
  });

  it('switches option with the keyboard and says which one was picked', async () => {
    const el = await fixture<SpineTimeline>(html`<spine-timeline procedures="esi,rfa,conservative"></spine-timeline>`);
    expect(textOf(root(el).querySelector('h2'))).to.contain(byId('esi').name);
    const select = root(el).querySelector('select')!;
    expect([...select.options].map((option) => option.value)).to.deep.equal(['esi', 'rfa', 'conservative']);
    select.focus();
    const picked = oneEvent(el, 'spine-procedure-change');
    await sendKeys({ press: 'ArrowDown' });
    // Firefox changes a closed select on arrow keys without a change event until blur; Chromium fires at once.
    if (select.value === 'rfa') select.dispatchEvent(new Event('change', { bubbles: true }));
    const event = await picked;
    expect(event.detail).to.deep.equal({ procedureId: 'rfa' });
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).to.contain(byId('rfa').name);
    await expect(el).to.be.accessible();
  });

  it('opens and closes a phase from the keyboard, telling screen readers its state', async () => {
    const el = await fixture<SpineTimeline>(html`<spine-timeline procedure="esi"></spine-timeline>`);
    const button = root(el).querySelector<HTMLButtonElement>('.phase h3 button')!;
    const list = root(el).getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    button.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(list.hidden).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(list.hidden).to.equal(false);
  });

  it('shows every step on the calendar when a start date is set', async () => {
    const el = await fixture<SpineTimeline>(html`<spine-timeline procedure="esi" start-date="2027-01-15"></spine-timeline>`);
    const start = parseIsoDate('2027-01-15')!;
    const esi = byId('esi');
    const first = esi.milestones.find((milestone) => milestone.kind !== 'warning')!;
    const whens = [...root(el).querySelectorAll('.when')].map((when) => textOf(when));
    expect(whens[0]).to.equal(formatDayRange(start, first.fromDay, first.toDay, 'en'));
    expect(root(el).querySelector<HTMLInputElement>('#date')!.value).to.equal('2027-01-15');
    // The procedure is long past: every phase is open, none is marked as now.
    expect(root(el).querySelector('[aria-current="step"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('dates each phase heading within the phase, and a step that runs past it on its own line', async () => {
    const el = await fixture<SpineTimeline>(html`<spine-timeline procedure="scs" start-date="2027-01-15"></spine-timeline>`);
    const start = parseIsoDate('2027-01-15')!;
    const long = byId('scs').milestones.find((milestone) => milestone.phase === 'days-1-3' && (milestone.toDay ?? 0) > 3)!;
    const phase = [...root(el).querySelectorAll('.phase')].find((item) => textOf(item.querySelector('h3')).includes(en.ui.timeline.phases['days-1-3']))!;
    expect(textOf(phase.querySelector('.dates'))).to.equal(formatDayRange(start, 1, 3, 'en'));
    expect([...phase.querySelectorAll('.when')].map(textOf)).to.include(formatDayRange(start, long.fromDay, long.toDay, 'en'));
  });

  it('marks the phase the patient is in now and closes the others', async () => {
    const start = toIsoDate(addDays(today(), -20));
    const el = await fixture<SpineTimeline>(html`<spine-timeline procedure="esi" start-date=${start}></spine-timeline>`);
    const now = root(el).querySelector('[aria-current="step"]')!;
    expect(textOf(now.querySelector('h3'))).to.contain(en.ui.timeline.phases['weeks-2-6']);
    expect(textOf(now.querySelector('h3'))).to.contain(en.ui.timeline.now);
    const buttons = [...root(el).querySelectorAll('.phase h3 button')];
    expect(buttons.map((button) => button.getAttribute('aria-expanded'))).to.include('false');
    expect(now.querySelector('button')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('dates the phase marked "You are here" from today, even before its first step', async () => {
    // Day 9 after ablation: inside "weeks 2 to 6", whose first step is on day 14.
    const start = addDays(today(), -9);
    const firstStep = Math.min(...byId('rfa').milestones.filter((milestone) => milestone.phase === 'weeks-2-6').map((milestone) => milestone.fromDay));
    expect(firstStep).to.be.greaterThan(9);
    const el = await fixture<SpineTimeline>(html`<spine-timeline procedure="rfa" start-date=${toIsoDate(start)}></spine-timeline>`);
    const now = root(el).querySelector('[aria-current="step"]')!;
    expect(textOf(now.querySelector('h3'))).to.contain(en.ui.timeline.phases['weeks-2-6']);
    expect(textOf(now.querySelector('.dates'))).to.match(new RegExp(`^${formatDayRange(start, 9, undefined, 'en')}`));
  });

  it('fits a 320px column', async () => {
    const el = await fixture<SpineTimeline>(html`<spine-timeline style="width: 320px" procedures="vertebroplasty,scs" start-date="2027-01-15"></spine-timeline>`);
    const right = el.getBoundingClientRect().right;
    for (const part of root(el).querySelectorAll('select, input, .phase, button')) {
      expect(part.getBoundingClientRect().right, part.localName).to.be.at.most(right + 0.5);
    }
  });

  it('takes a date typed by the patient', async () => {
    const el = await fixture<SpineTimeline>(html`<spine-timeline procedure="rfa"></spine-timeline>`);
    expect(root(el).querySelector('.when')).to.equal(null);
    const input = root(el).querySelector<HTMLInputElement>('#date')!;
    input.value = '2027-03-01';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelectorAll('.when').length).to.be.greaterThan(0);
    expect(root(el).querySelector('[part="calendar"] button')).to.exist;
  });

  it('keeps the rest of a typed date while the patient retypes one part, and no old date once it is cleared', async () => {
    const el = await fixture<SpineTimeline>(html`<spine-timeline procedure="rfa"></spine-timeline>`);
    const input = root(el).querySelector<HTMLInputElement>('#date')!;
    input.focus();
    await sendKeys({ type: '03012027' });
    await el.updateComplete;
    expect(input.value).to.equal('2027-03-01');
    expect(root(el).querySelectorAll('.when').length).to.be.greaterThan(0);
    // Backspace clears the part in focus (the year): the field is half filled, and no date is in force.
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(input.validity.badInput, 'month and day are still in the field').to.equal(true);
    expect(root(el).querySelectorAll('.when').length, 'no steps dated from a date no longer there').to.equal(0);
    expect(root(el).querySelectorAll('[part="calendar"]').length).to.equal(0);
    await sendKeys({ type: '2028' });
    await el.updateComplete;
    expect(input.value).to.equal('2028-03-01');
    expect(root(el).querySelectorAll('.when').length).to.be.greaterThan(0);
    // Every part cleared, one after another: the dates go (the field fires nothing after the first).
    for (let part = 0; part < 3; part++) {
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    }
    await el.updateComplete;
    expect(input.value).to.equal('');
    expect(root(el).querySelectorAll('.when').length).to.equal(0);
  });

  it('leaves no gap where the status line is empty', async () => {
    const el = await fixture<SpineTimeline>(html`<spine-timeline procedure="rfa"></spine-timeline>`);
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.matches(':empty'), JSON.stringify(status.textContent)).to.equal(true);
    expect(getComputedStyle(status).marginBottom).to.equal('0px');
  });

  it('says how many days are left in a status that was there before the date, so screen readers hear it', async () => {
    const el = await fixture<SpineTimeline>(html`<spine-timeline procedure="rfa"></spine-timeline>`);
    const status = root(el).querySelector('[role="status"]')!;
    expect(textOf(status)).to.equal('');
    const input = root(el).querySelector<HTMLInputElement>('#date')!;
    input.value = toIsoDate(addDays(today(), 10));
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelector('[role="status"]')).to.equal(status);
    expect(textOf(status)).to.equal(en.ui.timeline.startsIn.replace('{n}', '10'));
    await expect(el).to.be.accessible();
  });

  it('says which phase today falls in when a past date is typed, so screen readers hear where the patient is', async () => {
    const el = await fixture<SpineTimeline>(html`<spine-timeline procedure="rfa"></spine-timeline>`);
    const status = root(el).querySelector('[role="status"]')!;
    const input = root(el).querySelector<HTMLInputElement>('#date')!;
    input.value = toIsoDate(addDays(today(), -20));
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelector('[role="status"]')).to.equal(status);
    expect(textOf(status)).to.equal(`${en.ui.timeline.now}: ${en.ui.timeline.phases['weeks-2-6']}.`);
    expect(textOf(root(el).querySelector('[aria-current="step"] button span'))).to.equal(en.ui.timeline.phases['weeks-2-6']);
  });

  it('saves the steps as a valid .ics made in the browser, loading only its own code, and sends nothing', async () => {
    const el = await fixture<SpineTimeline>(html`<spine-timeline procedure="esi" start-date="2027-01-15"></spine-timeline>`);
    const created: Blob[] = [];
    const { createObjectURL } = URL;
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    };
    const clicks: HTMLAnchorElement[] = [];
    const { click } = HTMLAnchorElement.prototype;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this);
    };
    const resourcesBefore = performance.getEntriesByType('resource').length;
    try {
      const saved = oneEvent(el, 'spine-calendar-download');
      root(el).querySelector<HTMLButtonElement>('[part="calendar"] button')!.click();
      expect((await saved).detail).to.deep.equal({ procedureId: 'esi' });
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicks[0].download).to.equal('recovery-esi.ics');
    const text = await created[0].text();
    const esi = byId('esi');
    const steps = esi.milestones.filter((milestone) => milestone.kind !== 'warning');
    expect(text.match(/BEGIN:VEVENT/g)).to.have.length(steps.length);
    expect(text).to.contain('DTSTART;VALUE=DATE:20270115');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
    // Each event is titled with the step's own words, which say "about" where the timing is rough.
    const summaries = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line.startsWith('SUMMARY:'));
    const escaped = (value: string) => value.replace(/[\\;,]/g, (character) => `\\${character}`);
    expect(summaries).to.have.members(steps.map((milestone) => `SUMMARY:${escaped(`${esi.shortName}: ${milestone.text}`)}`));
    expect(summaries.some((line) => line.includes('about'))).to.equal(true);
    // The only request is for the code that writes the file, from our own folder; no answer or date goes with it.
    const requested = performance.getEntriesByType('resource').slice(resourcesBefore).map((entry) => new URL(entry.name));
    expect(requested.map((url) => url.pathname)).to.deep.equal(['/src/logic/ics.ts']);
    expect(requested.every((url) => url.origin === location.origin && !url.search.includes('2027'))).to.equal(true);
  });

  describe('with bad input', () => {
    it('ignores an invalid start-date with a polite message and one spine-error', async () => {
      const errors = collectEvents<SpineErrorDetail>('spine-error');
      const el = await fixture<SpineTimeline>(html`<spine-timeline procedure="esi" start-date="2027-02-30"></spine-timeline>`);
      errors.stop();
      expect(errors.details.map((detail) => [detail.code, detail.attribute])).to.deep.equal([['invalid-attribute', 'start-date']]);
      expect(textOf(root(el).querySelector('[part="notice"]'))).to.contain('start-date');
      expect(root(el).querySelector('.when')).to.equal(null);
      expect(root(el).querySelectorAll('.phase').length).to.be.greaterThan(0);
      expect(console_.errors).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('falls back to the first option for an unknown procedure id', async () => {
      const errors = collectEvents<SpineErrorDetail>('spine-error');
      const el = await fixture<SpineTimeline>(html`<spine-timeline procedure="laser"></spine-timeline>`);
      errors.stop();
      expect(errors.details.map((detail) => [detail.code, detail.attribute])).to.deep.equal([['unknown-procedure', 'procedure']]);
      expect(textOf(root(el).querySelector('h2'))).to.contain(en.procedures[0].name);
      expect(textOf(root(el).querySelector('[part="notice"]'))).to.contain('“laser”');
      await expect(el).to.be.accessible();
    });

    it('keeps the standard timeline when a milestone override is malformed', async () => {
      const errors = collectEvents<SpineErrorDetail>('spine-error');
      const el = await settled(await fixture<SpineTimeline>(html`<spine-timeline procedure="esi"><script type="application/json">
        { "procedures": [ { "id": "esi", "milestones": [ { "phase": "week-9", "fromDay": "soon", "kind": "driving", "text": "x", "sources": ["el-yahchouchi-2016"], "certainty": "low" } ] } ] }
      </script></spine-timeline>`));
      errors.stop();
      expect(errors.details[0].code).to.equal('invalid-content');
      expect(errors.details[0].paths).to.include.members(['procedures[0].milestones[0].phase', 'procedures[0].milestones[0].fromDay']);
      expect(root(el).querySelectorAll('.steps li').length).to.equal(byId('esi').milestones.filter((milestone) => milestone.kind !== 'warning').length);
      await expect(el).to.be.accessible();
    });
  });
});
