import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { emit } from '../../shared/emit.js';
import type { Milestone, Phase, Procedure } from '../../content/schema.js';
import { addDays, daysBetween, formatDayRange, parseIsoDate, phaseOfDay, phaseOrder, phaseWindows, today, toIsoDate } from '../../logic/dates.js';
import { fill } from '../../logic/format.js';
import type { Citations } from '../../shared/citations.js';
import { SingleProcedureElement } from '../../shared/single-procedure.js';
import type { Problem } from '../../shared/spine-element.js';
import { timelineStyles } from './timeline.styles.js';

/** Detail of `spine-calendar-download`: which option's steps were saved. */
export interface SpineCalendarDownloadDetail {
  procedureId: string;
}

/**
 * The recovery path of one option, from the day itself to 12 months: driving, work, when
 * relief usually starts and how long it lasts, check-ups, repeats, and warning signs first.
 * With a date, each step is shown on the calendar and can be saved as an .ics file made in the
 * browser.
 *
 * @tagname spine-timeline
 * @summary The recovery timeline of one procedure, optionally on real dates.
 *
 * @event {CustomEvent<SpineProcedureChangeDetail>} spine-procedure-change - The patient picked another option. `detail.procedureId` is its id.
 * @event {CustomEvent<SpineCalendarDownloadDetail>} spine-calendar-download - The patient saved the steps as a calendar file. `detail.procedureId`.
 * @event {CustomEvent<SpineCtaDetail>} spine-cta - The call to action was activated. Cancel it to handle navigation yourself.
 * @event {CustomEvent<SpineErrorDetail>} spine-error - Bad input was found (unknown id, invalid date, invalid override).
 *
 * @csspart base - Everything the widget renders.
 * @csspart title - The heading naming the option.
 * @csspart notice - The polite message shown when some input could not be used.
 * @csspart picker - The choice of option.
 * @csspart warnings - The "When to get help" box.
 * @csspart date - The optional date field.
 * @csspart timeline - The ordered list of phases.
 * @csspart step - One phase of recovery.
 * @csspart calendar - The "Add to my calendar" button.
 * @csspart cta - The call to action link.
 * @csspart footer - The "not medical advice" line, review dates and sources.
 * @csspart sources - The "Sources" disclosure.
 * @csspart source-list - The numbered list of sources.
 *
 * @cssprop [--spine-color-accent=#0b57a4] - Phase markers, links and buttons.
 * @cssprop [--spine-color-danger=#a4262c] - The "When to get help" box.
 * @cssprop [--spine-color-text=inherit] - Body text.
 * @cssprop [--spine-color-background=transparent] - Background of the widget; phase markers are filled with it too (with the page's Canvas color when unset).
 * @cssprop [--spine-color-border=currentColor at 28%] - The line joining the phases.
 * @cssprop [--spine-color-muted=currentColor] - Dates and hints.
 * @cssprop [--spine-font-family=inherit] - Font of the widget; the page's by default.
 * @cssprop [--spine-font-size=max(1rem, 16px)] - Base text size.
 * @cssprop [--spine-radius=0.5em] - Corner radius.
 * @cssprop [--spine-space=1em] - Inner spacing.
 * @cssprop [--spine-color-accent-text=#ffffff] - Text on the accent color (set #000 for a light brand color).
 * @cssprop [--spine-color-surface=currentColor at 5%] - Shaded boxes and notices.
 * @cssprop [--spine-color-link=accent, 65%, mixed with the text color] - Links, so they read on light and dark pages.
 * @cssprop [--spine-color-focus=the focused element's own color] - The focus ring (around filled buttons: the accent, on a halo).
 * @cssprop [--spine-color-warning=#8a4b00] - The edge of notices.
 * @cssprop [--spine-heading-font-family=inherit] - Font of headings.
 */
export class SpineTimeline extends SingleProcedureElement {
  static override get properties(): PropertyDeclarations {
    return {
      startDate: { attribute: 'start-date' },
      typedDate: { state: true },
      toggled: { state: true },
      calendarProblem: { state: true },
    };
  }

  static override styles = [...SingleProcedureElement.styles, timelineStyles];

  /** Date of the procedure as YYYY-MM-DD; shows each step on the calendar. The patient can change it. */
  startDate = '';

  /** The date the patient typed, which wins over `start-date` ('' clears it, as does a half-typed one). */
  private typedDate?: string;

  /** What the date field last held in full: the field keeps the parts typed while one is retyped. */
  #field?: string;

  /** Phases the patient opened or closed. */
  private toggled = new Map<Phase, boolean>();

  /** Set when the calendar file could not be made. */
  private calendarProblem?: Problem;

  get #start(): Date | undefined {
    return parseIsoDate(this.typedDate ?? this.startDate);
  }

  protected override checkAttributes(): Problem[] {
    const problems = super.checkAttributes();
    if (this.startDate && !parseIsoDate(this.startDate)) {
      problems.push(this.attributeProblem('start-date', 'expected a date like 2027-01-15'));
    }
    if (this.calendarProblem) problems.push(this.calendarProblem);
    return problems;
  }

  protected override renderContent(citations: Citations): TemplateResult {
    const procedure = this.current;
    if (!procedure) return html``;
    const { timeline } = this.pack.ui;
    const warnings = procedure.milestones.filter((milestone) => milestone.kind === 'warning');
    const steps = procedure.milestones.filter((milestone) => milestone.kind !== 'warning');
    const phases = phaseOrder.filter((phase) => steps.some((milestone) => milestone.phase === phase));
    const start = this.#start;
    const dayNow = start ? daysBetween(start, today()) : undefined;
    const currentPhase = dayNow === undefined ? undefined : phaseOfDay(dayNow, phases);
    const status = currentPhase ? `${timeline.now}: ${timeline.phases[currentPhase]}.` : dayNow !== undefined && dayNow < 0 ? fill(timeline.startsIn, { n: -dayNow }) : '';

    return html`
      <h2 part="title">${fill(timeline.title, { name: procedure.name })}</h2>
      <p>${timeline.intro}</p>
      ${this.renderPicker()}
      ${warnings.length
        ? html`<div class="help danger" part="warnings">
            <h3>${timeline.helpTitle}</h3>
            <ul>${warnings.map((milestone) => html`<li>${milestone.text}${citations.cite(milestone.sources)}</li>`)}</ul>
          </div>`
        : nothing}
      <div class="date no-print" part="date">
        <p>
          <label for="date">${timeline.dateLabel}</label>
          <input id="date" type="date" aria-describedby="date-hint" .value=${this.#field ?? this.startDate.trim()} @change=${this.#onDate} />
        </p>
        <p class="hint" id="date-hint">${timeline.dateHint}</p>
      </div>
      <p class="status" role="status">${status}</p>
      <ol class="phases" part="timeline">
        ${phases.map((phase) => this.#renderPhase(procedure, phase, steps, phase === currentPhase ? dayNow : undefined, start, citations))}
      </ol>
      ${start ? this.#renderCalendar(procedure, steps, start) : nothing}
    `;
  }

  /** One phase; `dayNow` is today's day after the procedure, when today falls in this phase. */
  #renderPhase(procedure: Procedure, phase: Phase, steps: Milestone[], dayNow: number | undefined, start: Date | undefined, citations: Citations): TemplateResult {
    const { timeline } = this.pack.ui;
    const lang = this.contentLang;
    const isNow = dayNow !== undefined;
    const open = this.toggled.get(phase) ?? (!start || isNow || this.#currentIsOutside(start, procedure));
    const inPhase = steps.filter((milestone) => milestone.phase === phase);
    // The heading's dates stay inside the phase: a step that runs on past it (a limit that lasts
    // weeks) shows its whole range on its own line, not under "Days 1 to 3". The phase marked
    // "You are here" includes today, even before its first step.
    const [first, last] = phaseWindows[phase];
    const days = [...inPhase.map((milestone) => milestone.fromDay), ...(isNow ? [dayNow] : [])];
    const from = Math.max(first, Math.min(...days));
    const to = Math.min(last, Math.max(...inPhase.map((milestone) => milestone.toDay ?? milestone.fromDay), ...days));
    return html`<li class="phase" part="step" aria-current=${isNow ? 'step' : 'false'}>
      <h3>
        <button type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="phase-${phase}" @click=${() => this.#toggle(phase, !open)}>
          <span>${timeline.phases[phase]}</span>
          ${isNow ? html`<span class="now">${timeline.now}</span>` : nothing}
          ${start ? html`<span class="dates">${formatDayRange(start, from, to === from ? undefined : to, lang)}</span>` : nothing}
        </button>
      </h3>
      <ul class="steps" id="phase-${phase}" ?hidden=${!open}>
        ${inPhase.map((milestone) => html`<li>
          <strong>${timeline.kinds[milestone.kind]}:</strong> ${milestone.text}${citations.cite(milestone.sources)}
          ${start ? html`<span class="when">${formatDayRange(start, milestone.fromDay, milestone.toDay, lang)}</span>` : nothing}
        </li>`)}
      </ul>
    </li>`;
  }

  /** With a date outside every phase (long before or after), show everything rather than nothing. */
  #currentIsOutside(start: Date, procedure: Procedure): boolean {
    const phases = phaseOrder.filter((phase) => procedure.milestones.some((milestone) => milestone.phase === phase && milestone.kind !== 'warning'));
    return phaseOfDay(daysBetween(start, today()), phases) === undefined;
  }

  #toggle(phase: Phase, open: boolean): void {
    this.toggled = new Map(this.toggled).set(phase, open);
  }

  #onDate(event: Event): void {
    const input = event.target as HTMLInputElement;
    // A part cleared (Backspace on the year) leaves no date in force, but the field keeps the parts
    // still there; and it is never set to the date read from it, so a year typed digit by digit
    // (0002, 0020, 0202) is not wiped on the way.
    if (!input.validity.badInput) this.#field = input.value;
    this.typedDate = input.value;
    this.toggled = new Map();
  }

  #renderCalendar(procedure: Procedure, steps: Milestone[], start: Date): TemplateResult {
    const { timeline } = this.pack.ui;
    return html`<div class="calendar no-print" part="calendar">
      <button type="button" class="button" aria-describedby="calendar-note" @click=${() => this.#download(procedure, steps, start)}>
        ${timeline.addToCalendar}
      </button>
      <p id="calendar-note">${timeline.calendarNote}</p>
    </div>`;
  }

  /**
   * Builds the .ics in the browser and hands it to the patient as a download; nothing is sent.
   * The code that writes the file is loaded on the first click (in the script-tag bundle, from
   * the bundle's own folder), so pages whose patients never save their steps do not carry it.
   */
  async #download(procedure: Procedure, steps: Milestone[], start: Date): Promise<void> {
    const { timeline } = this.pack.ui;
    let buildCalendar: typeof import('../../logic/ics.js').buildCalendar;
    try {
      ({ buildCalendar } = await import('../../logic/ics.js'));
    } catch (error) {
      this.calendarProblem = { code: 'content-unavailable', message: `calendar: could not load (${(error as Error).message})`, notice: timeline.calendarFailed };
      return;
    }
    this.calendarProblem = undefined;
    const startIso = toIsoDate(start);
    const events = [...steps]
      .sort((a, b) => a.fromDay - b.fromDay)
      .map((milestone, index) => ({
        uid: `${procedure.id}-${index}-${startIso.replace(/-/g, '')}@spine-widgets`,
        start: toIsoDate(addDays(start, milestone.fromDay)),
        end: toIsoDate(addDays(start, milestone.toDay ?? milestone.fromDay)),
        // The step's own words ("Check-up at about 2 weeks"), so an event never reads as a booked appointment.
        summary: `${procedure.shortName}: ${milestone.text}`,
        description: this.pack.ui.notAdvice,
      }));
    const blob = new Blob([buildCalendar(events)], { type: 'text/calendar;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fill(timeline.calendarFile, { id: procedure.id });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
    emit<SpineCalendarDownloadDetail>(this, 'spine-calendar-download', { procedureId: procedure.id });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spine-timeline': SpineTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'spine-calendar-download': CustomEvent<SpineCalendarDownloadDetail>;
  }
}
