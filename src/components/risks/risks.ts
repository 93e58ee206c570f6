import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { emit } from '../../shared/emit.js';
import type { Procedure, Risk } from '../../content/schema.js';
import { fill, formatNumber } from '../../logic/format.js';
import { chooseDenominator, frequencyWord, scaleRate, type Denominator } from '../../logic/risk.js';
import type { Citations } from '../../shared/citations.js';
import { SingleProcedureElement } from '../../shared/single-procedure.js';
import { conservativeFirst, type Problem } from '../../shared/spine-element.js';
import { risksStyles } from './risks.styles.js';

/** Detail of `spine-risks-compare`: the option now shown beside the main one ('' for none). */
export interface SpineRisksCompareDetail {
  procedureId: string;
  compareWith: string;
}

/**
 * The risks of one option as natural frequencies ("about 3 in 1,000 people"), both ways round,
 * each with an icon array, its time frame, how sure the evidence is and its source; optionally
 * side by side with another option on the same denominator.
 *
 * Uses `<spine-icon-array>`: import `spine-widgets/risks.js`, which defines both.
 *
 * @tagname spine-risks
 * @summary The risks of a procedure as numbers and pictures, beside an alternative.
 *
 * @event {CustomEvent<SpineProcedureChangeDetail>} spine-procedure-change - The patient picked another option. `detail.procedureId`.
 * @event {CustomEvent<SpineRisksCompareDetail>} spine-risks-compare - The patient picked what to compare with. `detail: { procedureId, compareWith }`.
 * @event {CustomEvent<SpineCtaDetail>} spine-cta - The call to action was activated. Cancel it to handle navigation yourself.
 * @event {CustomEvent<SpineErrorDetail>} spine-error - Bad input was found (unknown id, invalid override, bad number).
 *
 * @csspart base - Everything the widget renders.
 * @csspart title - The heading naming the option.
 * @csspart notice - The polite message shown when some input could not be used.
 * @csspart picker - The choice of option.
 * @csspart compare-picker - The choice of what to compare with.
 * @csspart option - The risks of one option.
 * @csspart risk - One risk.
 * @csspart cta - The call to action link.
 * @csspart footer - The "not medical advice" line, review dates and sources.
 * @csspart sources - The "Sources" disclosure.
 * @csspart source-list - The numbered list of sources.
 *
 * @cssprop [--spine-color-accent=#0b57a4] - Filled squares of the icon arrays, links and buttons.
 * @cssprop [--spine-icon-filled=accent] - Squares that had the problem.
 * @cssprop [--spine-icon-empty=currentColor at 40%] - Squares that did not.
 * @cssprop [--spine-color-border=currentColor at 28%] - Card borders.
 * @cssprop [--spine-color-muted=currentColor] - Time frames and certainty.
 * @cssprop [--spine-font-family=inherit] - Font of the widget; the page's by default.
 * @cssprop [--spine-font-size=max(1rem, 16px)] - Base text size.
 * @cssprop [--spine-radius=0.5em] - Corner radius.
 * @cssprop [--spine-color-accent-text=#ffffff] - Text on the accent color (set #000 for a light brand color).
 * @cssprop [--spine-color-text=inherit] - Body text.
 * @cssprop [--spine-color-background=transparent] - Background of the widget.
 * @cssprop [--spine-color-surface=currentColor at 5%] - Shaded boxes and notices.
 * @cssprop [--spine-color-link=accent, 65%, mixed with the text color] - Links, so they read on light and dark pages.
 * @cssprop [--spine-color-focus=the focused element's own color] - The focus ring (around filled buttons: the accent, on a halo).
 * @cssprop [--spine-color-warning=#8a4b00] - The edge of notices.
 * @cssprop [--spine-heading-font-family=inherit] - Font of headings.
 * @cssprop [--spine-space=1em] - Inner spacing.
 * @cssprop [--spine-icon-array-width=32em] - Widest an icon array of 1,000 grows (100: a third of it).
 */
export class SpineRisks extends SingleProcedureElement {
  static override get properties(): PropertyDeclarations {
    return {
      compareWith: { attribute: 'compare-with' },
      denominator: {},
      pickedCompare: { state: true },
    };
  }

  static override styles = [...SingleProcedureElement.styles, risksStyles];

  /** An option to show side by side, by id, e.g. "conservative". The patient can change it. */
  compareWith = '';

  /** 1000 fixes the denominator at 1,000; 100 asks for 100, used when every rate shown is a whole number in 100 (as by default). */
  denominator = '';

  /** What the patient picked to compare with, which wins over `compare-with` until `compare-with` changes. */
  private pickedCompare?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('compareWith')) this.pickedCompare = undefined;
    super.willUpdate(changed);
  }

  get #comparison(): Procedure | undefined {
    const id = (this.pickedCompare ?? this.compareWith).trim().toLowerCase();
    return id ? this.pack.procedures.find((procedure) => procedure.id === id && procedure !== this.current) : undefined;
  }

  protected override checkAttributes(): Problem[] {
    const problems = super.checkAttributes();
    const compare = this.compareWith.trim().toLowerCase();
    if (compare && this.unknownIds([compare]).length) problems.push(this.attributeProblem('compare-with', `unknown id "${compare}"`));
    if (this.denominator && !['100', '1000'].includes(this.denominator.trim())) {
      problems.push(this.attributeProblem('denominator', `expected 100 or 1000, got "${this.denominator}"`));
    }
    return problems;
  }

  protected override renderContent(citations: Citations): TemplateResult {
    const procedure = this.current;
    if (!procedure) return html``;
    const { risks } = this.pack.ui;
    const comparison = this.#comparison;
    const shown = comparison ? [procedure, comparison] : [procedure];
    const denominator = this.#chosenDenominator(shown);
    return html`
      <h2 part="title">${fill(risks.title, { name: procedure.name })}</h2>
      <p>${fill(risks.intro, { per: formatNumber(denominator, this.contentLang) })}</p>
      <div class="pickers no-print">${this.renderPicker()} ${this.#renderComparePicker(procedure)}</div>
      <div class="frame">
        <div class="columns ${comparison ? 'two' : ''}">
          ${shown.map((option) => this.#renderOption(option, denominator, citations))}
        </div>
      </div>
    `;
  }

  /** Per 100 only when every rate is a whole number in 100, even when asked for: never "0.7 in 100 people". */
  #chosenDenominator(shown: Procedure[]): Denominator {
    if (this.denominator.trim() === '1000') return 1000;
    const rates = shown.flatMap((option) => option.risks.flatMap((risk) => [risk.perThousand, risk.lowPerThousand, risk.highPerThousand]));
    return chooseDenominator(rates.filter((rate): rate is number => rate !== undefined));
  }

  #renderComparePicker(procedure: Procedure): TemplateResult {
    const { risks } = this.pack.ui;
    const others = conservativeFirst(this.pack.procedures.filter((option) => option !== procedure));
    return html`<p class="picker" part="compare-picker">
      <label for="compare">${risks.compareLabel}</label>
      <select id="compare" @change=${this.#onCompare}>
        <option value="">${risks.compareNone}</option>
        ${others.map((option) => html`<option value=${option.id}>${option.shortName}</option>`)}
      </select>
    </p>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.showPicked('#compare', this.#comparison);
  }

  #onCompare(event: Event): void {
    this.pickedCompare = (event.target as HTMLSelectElement).value;
    emit<SpineRisksCompareDetail>(this, 'spine-risks-compare', { procedureId: this.current?.id ?? '', compareWith: this.pickedCompare });
  }

  #renderOption(option: Procedure, denominator: Denominator, citations: Citations): TemplateResult {
    const { compare } = this.pack.ui;
    const group = (label: string, severity: Risk['severity']) => {
      const items = option.risks.filter((risk) => risk.severity === severity);
      return items.length
        ? html`<h4>${label}</h4>
            <ul class="risk-list">${items.map((risk) => this.#renderRisk(risk, denominator, citations))}</ul>`
        : nothing;
    };
    return html`<section class="option" part="option">
      <h3>${option.name}</h3>
      ${group(compare.sideEffects, 'side-effect')} ${group(compare.seriousRisks, 'serious')}
    </section>`;
  }

  #renderRisk(risk: Risk, denominator: Denominator, citations: Citations): TemplateResult {
    const { risks, basis } = this.pack.ui;
    const lang = this.contentLang;
    const n = (value: number) => formatNumber(value, lang);
    const per = n(denominator);
    // The detail (often a comparison) after the rate it speaks of.
    const meta = html`${risk.detail ? html`<p>${risk.detail}</p>` : nothing}<p class="meta">
      ${fill(risks.when, { timeFrame: risk.timeFrame })} ${citations.certainty(risk.certainty)}${citations.cite(risk.sources)}
    </p>`;

    const isRange = risk.perThousand === undefined && risk.lowPerThousand !== undefined && risk.highPerThousand !== undefined;
    if (risk.perThousand === undefined && !isRange) {
      return html`<li class="risk" part="risk"><h5>${risk.label}</h5><p><strong>${risks.noRate}</strong> ${risk.noRate}</p>${meta}</li>`;
    }

    const low = scaleRate(isRange ? risk.lowPerThousand! : risk.perThousand!, denominator);
    const high = isRange ? scaleRate(risk.highPerThousand!, denominator) : low;
    const word = risks.words[frequencyWord(isRange ? risk.highPerThousand! : risk.perThousand!)];
    const who = basis[risk.basis];
    let hadIt: string;
    let didNot: string;
    if (isRange) {
      hadIt = fill(risks.hadItRange, { low: n(low), high: n(high), per, basis: who });
      didNot = fill(risks.didNotRange, { low: n(denominator - high), high: n(denominator - low), per });
    } else if (low < 1) {
      hadIt = fill(risks.underOne, { n: n(low), per, basis: who });
      didNot = '';
    } else {
      hadIt = fill(risks.hadIt, { n: n(low), per, basis: who });
      didNot = fill(risks.didNot, { n: n(denominator - low), per });
    }
    const picture = low >= 1 || high >= 1;
    // How common, beside the name: between two sentences it read as a stray word.
    return html`<li class="risk" part="risk">
      <h5>${risk.label} <span class="word">(${word})</span></h5>
      <p class="numbers">${hadIt} ${didNot}</p>
      ${picture
        ? html`<spine-icon-array .count=${low} .upper=${high} .total=${denominator} .label=${`${risk.label}: ${hadIt}`}></spine-icon-array>
            <p class="legend">${fill(risks.legend, { per, basis: who })} ${isRange ? risks.legendPossible : nothing}</p>`
        : nothing}
      ${meta}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spine-risks': SpineRisks;
  }
  interface GlobalEventHandlersEventMap {
    'spine-risks-compare': CustomEvent<SpineRisksCompareDetail>;
  }
}
