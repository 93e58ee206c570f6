import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { emit } from './emit.js';
import type { Procedure } from '../content/schema.js';
import { fill } from '../logic/format.js';
import { FollowingElement } from './following.js';
import type { Problem } from './spine-element.js';

/** Detail of `spine-procedure-change`: the option the patient picked. */
export interface SpineProcedureChangeDetail {
  procedureId: string;
}

/**
 * Base of widgets about one option at a time (`procedure`), with a picker among `procedures`.
 * @internal
 */
export abstract class SingleProcedureElement extends FollowingElement {
  static override get properties(): PropertyDeclarations {
    return {
      procedure: {},
      pickedId: { state: true },
    };
  }

  /** The option shown first, by id, e.g. "rfa" (default: the first of `procedures`). */
  procedure = '';

  /** The option the patient picked, which wins over `procedure` until `procedure` changes. */
  private pickedId = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('procedure')) this.pickedId = '';
    super.willUpdate(changed);
  }

  /** The option shown now. */
  protected get current(): Procedure | undefined {
    const options = this.selectedProcedures;
    const fromQuiz = options.find((option) => this.quizFront.includes(option.id))?.id;
    const wanted = this.pickedId || fromQuiz || this.procedure.trim().toLowerCase();
    return this.pack.procedures.find((procedure) => procedure.id === wanted) ?? options[0];
  }

  protected override checkAttributes(): Problem[] {
    const problems = super.checkAttributes();
    const wanted = this.procedure.trim().toLowerCase();
    if (wanted && this.unknownIds([wanted]).length) {
      problems.push({
        code: 'unknown-procedure',
        attribute: 'procedure',
        message: `procedure: unknown id "${wanted}"`,
        notice: fill(this.pack.ui.unknownProcedure, { id: wanted }),
      });
    }
    return problems;
  }

  /** A native select among the options; hidden when there is only one. */
  protected renderPicker(): TemplateResult {
    const options = this.optionsWithConservative;
    const current = this.current;
    if (current && !options.includes(current)) options.unshift(current);
    return html`<p class="picker no-print" part="picker" ?hidden=${options.length < 2}>
      <label for="picker">${this.pack.ui.pickerLabel}</label>
      <select id="picker" @change=${this.#onPick}>
        ${options.map((option) => html`<option value=${option.id}>${option.shortName}</option>`)}
      </select>
    </p>`;
  }

  /**
   * A select shows what is shown: its value is set after each render, as a patient's own pick or
   * an option that came and went can leave a select's choice behind its `selected` attributes.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.showPicked('#picker', this.current);
  }

  protected showPicked(select: string, option: Procedure | undefined): void {
    const element = this.renderRoot.querySelector<HTMLSelectElement>(select);
    if (element) element.value = option?.id ?? '';
  }

  #onPick(event: Event): void {
    this.pickedId = (event.target as HTMLSelectElement).value;
    emit<SpineProcedureChangeDetail>(this, 'spine-procedure-change', { procedureId: this.pickedId });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spine-procedure-change': CustomEvent<SpineProcedureChangeDetail>;
  }
}
