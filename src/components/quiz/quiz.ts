import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { emit } from '../../shared/emit.js';
import type { Procedure } from '../../content/schema.js';
import { fill } from '../../logic/format.js';
import { evaluate, urgencyOf, type Answers, type OptionFit, type QuizOutcome, type Reason, type Urgency } from '../../logic/quiz.js';
import type { Citations } from '../../shared/citations.js';
import { SpineElement, type Problem } from '../../shared/spine-element.js';
import { quizStyles } from './quiz.styles.js';

/** Detail of `spine-quiz-complete`: outcome ids only, never the answers. */
export interface SpineQuizCompleteDetail {
  /** Options to ask a doctor about, care without a procedure included. */
  ask: string[];
  /** Options that usually do not fit. */
  unlikely: string[];
}

type Step = number | 'result' | 'stop';

/**
 * The page's print rules while a quiz prints, added on the first Print: everything that does not
 * hold the quiz is left out, and the quiz and what holds it are reset to plain blocks, so a
 * host's grid, fixed panel, clipped box or own print rules cannot squeeze, cut or hide it.
 */
const printOnly = css`
  @media print {
    body:has([spine-printing]) :not(:has([spine-printing]), [spine-printing], [spine-printing] *) {
      display: none !important;
    }

    :root:has([spine-printing]),
    :root:has([spine-printing]) :is(:has([spine-printing]), [spine-printing]) {
      display: block !important;
      position: static !important;
      overflow: visible !important;
      height: auto !important;
      min-height: 0 !important;
      max-height: none !important;
      width: auto !important;
      max-width: none !important;
      margin: 0 !important;
      padding: 0 !important;
      visibility: visible !important;
    }
  }
`;

interface QuizStep {
  /** Where the ticked ids are kept in the answers. */
  key: string;
  title: string;
  choices: { id: string; text: string }[];
  multiple: boolean;
  hint: string;
}

/** The element that holds `el` in the page itself, across shadow roots of the page's own. */
function inPage(el: Element): Element {
  const { host } = el.getRootNode() as ShadowRoot;
  return host ? inPage(host) : el;
}

/**
 * "Is this right for me?": a short, private questionnaire. Red flags come first and stop it with
 * an urgent-care message; then a few questions, one per screen, and what matters most to the
 * patient. The result lists options to ask a doctor about and why, those that usually do not fit
 * and why, things to tell the doctor, questions to ask, a readiness check and a visit summary.
 * It never diagnoses, ranks or recommends, and nothing leaves the page.
 *
 * @tagname spine-quiz
 * @summary A private "is this right for me?" questionnaire that screens for red flags first.
 *
 * @event {CustomEvent<SpineQuizCompleteDetail>} spine-quiz-complete - The patient reached the result. `detail: { ask, unlikely }` (option ids only, never answers).
 * @event {CustomEvent<null>} spine-quiz-urgent - A red flag stopped the quiz. `detail` is `null`: not even which one.
 * @event {CustomEvent<SpineCtaDetail>} spine-cta - The call to action was activated. Cancel it to handle navigation yourself.
 * @event {CustomEvent<SpineErrorDetail>} spine-error - Bad input was found (invalid quiz override, unknown id, bad emergency number).
 *
 * @csspart base - Everything the widget renders.
 * @csspart title - The quiz's title.
 * @csspart notice - The polite message shown when some input could not be used.
 * @csspart step - The current question.
 * @csspart stop - The urgent-care message.
 * @csspart result - The result and visit summary.
 * @csspart cta - The call to action link.
 * @csspart footer - The "not medical advice" line, review dates and sources.
 * @csspart sources - The "Sources" disclosure.
 * @csspart source-list - The numbered list of sources.
 *
 * @cssprop [--spine-color-accent=#0b57a4] - Buttons, links and choices.
 * @cssprop [--spine-color-danger=#a4262c] - The urgent-care message and call button.
 * @cssprop [--spine-color-warning=#8a4b00] - The edge of "tell your doctor" cards.
 * @cssprop [--spine-color-border=currentColor at 28%] - Question borders.
 * @cssprop [--spine-font-family=inherit] - Font of the widget; the page's by default.
 * @cssprop [--spine-font-size=max(1rem, 16px)] - Base text size.
 * @cssprop [--spine-radius=0.5em] - Corner radius.
 * @cssprop [--spine-color-accent-text=#ffffff] - Text on the accent color (set #000 for a light brand color).
 * @cssprop [--spine-color-text=inherit] - Body text.
 * @cssprop [--spine-color-background=transparent] - Background of the widget.
 * @cssprop [--spine-color-surface=currentColor at 5%] - Shaded boxes and notices.
 * @cssprop [--spine-color-muted=currentColor] - Secondary text.
 * @cssprop [--spine-color-link=accent, 65%, mixed with the text color] - Links, so they read on light and dark pages.
 * @cssprop [--spine-color-focus=the focused element's own color] - The focus ring (around filled buttons: the accent, on a halo).
 * @cssprop [--spine-heading-font-family=inherit] - Font of headings.
 * @cssprop [--spine-space=1em] - Inner spacing.
 */
export class SpineQuiz extends SpineElement {
  static override get properties(): PropertyDeclarations {
    return {
      emergencyNumber: { attribute: 'emergency-number' },
      step: { state: true },
      urgency: { state: true },
      copyStatus: { state: true },
    };
  }

  static override styles = [...SpineElement.styles, quizStyles];

  /** The number shown on the emergency screen (default 911). */
  emergencyNumber = '911';

  private step: Step = 0;
  /**
   * The patient's answers, kept in a private field: no property, attribute or event carries them
   * (what the quiz shows, ticks included, is in its open shadow root, as any form's is on a page).
   */
  #answers: Answers = {};
  private urgency?: Urgency;
  /** Answers to the readiness check, kept the same way. */
  #ready: (boolean | undefined)[] = [];
  private copyStatus = '';

  /** Set when the patient moved on, so focus follows to the new step's heading. */
  #moveFocus = false;

  /** The first number written ("112 / 911" is 112, "911 ext 2" is 911); with none, 911. */
  get #number(): string {
    return /\+?\(?\d(?:[\d ().-]*\d)?/.exec(this.emergencyNumber)?.[0] ?? '911';
  }

  protected override checkAttributes(): Problem[] {
    const problems = super.checkAttributes();
    if (this.emergencyNumber.trim() && !/\d/.test(this.emergencyNumber)) problems.push(this.attributeProblem('emergency-number', `"${this.emergencyNumber}" has no digits`));
    return problems;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Content with fewer questions came in mid-quiz: the patient stays on the last one there is.
    if ((this.step as number) >= this.#steps.length) this.step = this.#steps.length - 1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#moveFocus) {
      this.#moveFocus = false;
      this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    }
  }

  #go(step: Step): void {
    this.step = step;
    this.#moveFocus = true;
    this.copyStatus = '';
  }

  /**
   * Reads the ticked boxes of the current step into `answers`, on every change, so that what
   * the patient sees ticked and what the next render sets are always the same. The steps share
   * their inputs; radios all have one name, so moving between questions never drops an input
   * into another question's group (where its old tick would clear the new one).
   */
  #collect(key: string): void {
    const ticked = [...this.renderRoot.querySelectorAll<HTMLInputElement>('form input:checked')].map((input) => input.value);
    this.#answers = { ...this.#answers, [key]: ticked };
    this.requestUpdate();
  }

  /** Every screen before the result: red flags, each question, then what matters most. */
  get #steps(): QuizStep[] {
    const { quiz, ui } = this.pack;
    return [
      { key: 'red-flags', title: ui.quiz.redFlagsTitle, choices: quiz.redFlags, multiple: true, hint: ui.quiz.redFlagsHint },
      ...quiz.questions.map((question) => ({
        key: question.id,
        title: question.text,
        choices: question.options,
        multiple: !!question.multiple,
        hint: question.multiple ? ui.quiz.pickAny : '',
      })),
      { key: 'values', title: ui.quiz.valuesTitle, choices: quiz.values, multiple: true, hint: ui.quiz.valuesHint },
    ];
  }

  #onNext(event: Event): void {
    event.preventDefault();
    const step = this.step as number;
    const steps = this.#steps;
    this.#collect(steps[step].key);
    if (step === 0) {
      this.urgency = urgencyOf(this.pack.quiz, this.#answers['red-flags'] ?? []);
      if (this.urgency) {
        this.#go('stop');
        emit(this, 'spine-quiz-urgent');
        return;
      }
    }
    if (step < steps.length - 1) {
      this.#go(step + 1);
      return;
    }
    this.#go('result');
    const outcome = this.#outcome;
    const detail: SpineQuizCompleteDetail = { ask: outcome.ask.map((fit) => fit.id), unlikely: outcome.unlikely.map((fit) => fit.id) };
    emit<SpineQuizCompleteDetail>(this, 'spine-quiz-complete', detail);
  }

  #onBack(): void {
    this.#collect(this.#steps[this.step as number].key);
    this.#go((this.step as number) - 1);
  }

  #startOver(): void {
    this.#answers = {};
    this.urgency = undefined;
    this.#ready = [];
    this.#go(0);
  }

  get #outcome(): QuizOutcome {
    return evaluate(this.pack.quiz, this.optionsWithConservative.map((procedure) => procedure.id), this.#answers);
  }

  protected override renderContent(citations: Citations): TemplateResult {
    const { quiz } = this.pack.ui;
    const body = this.step === 'stop' ? this.#renderStop() : this.step === 'result' ? this.#renderResult(citations) : this.#renderStep(this.step, citations);
    return html`<h2 part="title">${quiz.title}</h2>
      ${this.step === 0 ? html`<p>${quiz.intro}</p>` : nothing} ${body}`;
  }

  #renderStep(step: number, citations: Citations): TemplateResult {
    const { ui, quiz } = this.pack;
    const steps = this.#steps;
    const { key, title, choices, multiple, hint } = steps[step];
    const chosen = this.#answers[key] ?? [];
    return html`<p class="progress" aria-live="polite">${fill(ui.quiz.progress, { n: step + 1, total: steps.length })}</p>
      <form @submit=${this.#onNext} @change=${() => this.#collect(key)}>
        <fieldset part="step">
          <legend><h3 id="step-heading" tabindex="-1">${title}</h3></legend>
          ${hint ? html`<p class="hint">${hint}${step === 0 ? citations.cite(quiz.redFlagSources) : nothing}</p>` : nothing}
          <ul class="choices">
            ${choices.map((choice) => html`<li><label>
              ${multiple
                ? html`<input type="checkbox" .value=${choice.id} .checked=${chosen.includes(choice.id)} />`
                : html`<input type="radio" name="choice" .value=${choice.id} .checked=${chosen.includes(choice.id)} />`}
              ${choice.text}
            </label></li>`)}
          </ul>
        </fieldset>
        <div class="nav">
          ${step > 0 ? html`<button type="button" class="button" @click=${this.#onBack}>${ui.quiz.back}</button>` : nothing}
          <button type="submit" class="button primary">${step === steps.length - 1 ? ui.quiz.results : ui.quiz.next}</button>
        </div>
      </form>`;
  }

  #renderStop(): TemplateResult {
    const { quiz } = this.pack.ui;
    const emergency = this.urgency === 'emergency';
    const number = this.#number;
    return html`<section class="stop danger" part="stop">
      <h3 id="step-heading" tabindex="-1">${emergency ? quiz.emergencyTitle : quiz.urgentTitle}</h3>
      <p>${emergency ? fill(quiz.emergencyText, { number }) : quiz.urgentText}</p>
      ${emergency ? html`<p><a class="cta call" href="tel:${number.replace(/[^\d+]/g, '')}">${fill(quiz.call, { number })}</a></p>` : nothing}
      <h4>${quiz.answersTitle}</h4>
      <ul>${this.pack.quiz.redFlags.filter((flag) => this.#answers['red-flags']?.includes(flag.id)).map((flag) => html`<li>${flag.text}</li>`)}</ul>
      <div class="nav">
        <button type="button" class="button" @click=${() => this.#go(0)}>${quiz.back}</button>
        <button type="button" class="button" @click=${this.#startOver}>${quiz.startOver}</button>
      </div>
    </section>`;
  }

  #renderResult(citations: Citations): TemplateResult {
    const { ui, quiz } = this.pack;
    const outcome = this.#outcome;
    const name = (id: string) => this.pack.procedures.find((procedure) => procedure.id === id)?.name ?? id;
    const reasons = (list: Reason[], prefix?: string) =>
      list.map((reason) => html`<p>${prefix ? html`<strong>${prefix}</strong> ` : nothing}${reason.text}${citations.cite(reason.sources)}</p>`);
    const fits = (list: OptionFit[]) => html`<ul class="fits">
      ${list.map((fit) => html`<li><strong>${name(fit.id)}</strong>${reasons(fit.reasons)}${reasons(fit.against, fit.reasons.length ? ui.quiz.but : undefined)}${this.#renderValues(fit.id)}</li>`)}
    </ul>`;
    const readyAnswered = this.#ready.filter((answer) => answer !== undefined).length === 4;
    return html`<section part="result" id="summary">
      <h3 id="step-heading" tabindex="-1">${ui.quiz.resultsTitle}</h3>
      <p>${ui.quiz.resultsIntro}</p>
      <h4>${ui.quiz.askTitle}</h4>
      ${fits(outcome.ask)}
      ${outcome.unlikely.length ? html`<h4>${ui.quiz.unlikelyTitle}</h4>${fits(outcome.unlikely)}` : nothing}
      ${outcome.other.length
        ? html`<h4>${ui.quiz.otherTitle}</h4><p>${ui.quiz.otherText}</p><ul>${outcome.other.map((id) => html`<li>${name(id)}${this.#renderValues(id)}</li>`)}</ul>`
        : nothing}
      ${outcome.cautions.length
        ? html`<h4>${ui.quiz.tellTitle}</h4><ul class="cards">${outcome.cautions.map((caution) => html`<li class="card">${caution.text}${citations.cite(caution.sources)}</li>`)}</ul>`
        : nothing}
      <h4>${ui.quiz.answersTitle}</h4>
      <ul>
        ${quiz.questions.map((question) => {
          const picked = question.options.filter((option) => this.#answers[question.id]?.includes(option.id));
          return html`<li>${question.text} <strong>${picked.map((option) => option.text).join('; ') || ui.quiz.notAnswered}</strong></li>`;
        })}
      </ul>
      <h4>${ui.quiz.askDoctorTitle}</h4>
      <ol>${quiz.askDoctor.map((question) => html`<li>${question}</li>`)}</ol>
      <div class="sure">
        <h4>${ui.quiz.readyTitle}</h4>
        <p>${ui.quiz.readyIntro}</p>
        ${ui.quiz.sure.map((question, index) => html`<fieldset>
          <legend>${question}</legend>
          <ul class="choices inline">
            ${[true, false].map((yes) => html`<li><label>
              <input type="radio" name="sure-${index}" .checked=${this.#ready[index] === yes} @change=${() => this.#setReady(index, yes)} />
              ${yes ? ui.quiz.yes : ui.quiz.notYet}
            </label></li>`)}
          </ul>
        </fieldset>`)}
        <p role="status">${readyAnswered ? (this.#ready.every(Boolean) ? ui.quiz.readyAll : ui.quiz.readyNot) : ''}</p>
      </div>
      <h4 class="no-print">${ui.quiz.summaryTitle}</h4>
      <div class="nav">
        <button type="button" class="button" @click=${this.#print}>${ui.quiz.print}</button>
        <button type="button" class="button" @click=${this.#copy}>${ui.quiz.copy}</button>
      </div>
      <p class="no-print" role="status">${this.copyStatus}</p>
      <p class="no-print"><button type="button" class="button" @click=${this.#startOver}>${ui.quiz.startOver}</button></p>
    </section>`;
  }

  /** How an option relates to what the patient said matters, from its tags and its own text. */
  #renderValues(id: string): TemplateResult | typeof nothing {
    const procedure = this.pack.procedures.find((option) => option.id === id);
    const chosen = this.pack.quiz.values.filter((value) => this.#answers.values?.includes(value.id));
    if (!procedure || !chosen.length) return nothing;
    return html`<ul>${chosen.map((value) => html`<li>${value.text}: ${this.#valueFit(procedure, value.tag, value.field)}</li>`)}</ul>`;
  }

  #valueFit(procedure: Procedure, tag?: 'needle' | 'implant' | 'surgery', field?: 'recovery' | 'reliefDuration'): string {
    if (tag) return this.pack.ui.quiz.tags[tag][procedure.tags.includes(tag) ? 0 : 1];
    return field ? procedure[field].text : '';
  }

  #setReady(index: number, yes: boolean): void {
    const ready = [...this.#ready];
    ready[index] = yes;
    this.#ready = ready;
    this.requestUpdate();
  }

  /**
   * Prints the quiz alone: while it prints, the page leaves out everything that does not hold it
   * (browsers without `:has()` print the whole page).
   */
  #print(): void {
    const sheet = printOnly.styleSheet;
    if (sheet && !document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets.push(sheet);
    // One quiz at a time: a mark left by a print the browser refused goes.
    document.querySelector('[spine-printing]')?.removeAttribute('spine-printing');
    // In a shadow root of the page's own, the mark goes on the element that holds it in the page.
    const held = inPage(this);
    held.setAttribute('spine-printing', '');
    addEventListener('afterprint', () => held.removeAttribute('spine-printing'), { once: true });
    window.print();
  }

  /**
   * Copies the visit summary as plain text, as laid out but without source numbers, buttons or
   * the readiness answers not picked: it goes to this device's clipboard, nowhere else.
   */
  async #copy(): Promise<void> {
    const { quiz } = this.pack.ui;
    const summary = this.renderRoot.querySelector<HTMLElement>('#summary')!;
    summary.classList.add('copying');
    const text = summary.innerText;
    summary.classList.remove('copying');
    // Emptied first, so a second Copy is announced again.
    this.copyStatus = '';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = quiz.copied;
    } catch {
      this.copyStatus = quiz.copyFailed;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spine-quiz': SpineQuiz;
  }
  interface GlobalEventHandlersEventMap {
    'spine-quiz-complete': CustomEvent<SpineQuizCompleteDetail>;
    'spine-quiz-urgent': CustomEvent<null>;
  }
}
