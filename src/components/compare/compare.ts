import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { emit } from '../../shared/emit.js';
import type { Cited, Figure, Procedure, Risk } from '../../content/schema.js';
import { fill, formatFrequency, formatNumber } from '../../logic/format.js';
import type { Citations } from '../../shared/citations.js';
import { FollowingElement } from '../../shared/following.js';
import { compareStyles } from './compare.styles.js';

/** Detail of `spine-compare-change`: the ids of the options now shown, in column order. */
export interface SpineCompareChangeDetail {
  procedureIds: string[];
}

type RowKey = keyof Procedure & ('summary' | 'treats' | 'notFor' | 'recovery' | 'reliefDuration' | 'debate');

/**
 * The options for back pain side by side: a real table with one column per option and one
 * row per question a patient asks, every fact cited. Care without a procedure is always a column.
 * In a narrow container the table stacks into one question at a time.
 *
 * @tagname spine-compare
 * @summary Procedures for back pain compared side by side, with sources.
 *
 * @event {CustomEvent<SpineCompareChangeDetail>} spine-compare-change - The patient changed which options are shown. `detail.procedureIds` lists them.
 * @event {CustomEvent<SpineCtaDetail>} spine-cta - The call to action was activated. Cancel it to handle navigation yourself. `detail: { href, label, widget }`.
 * @event {CustomEvent<SpineErrorDetail>} spine-error - Bad input was found (unknown id, invalid override, failed `content-src`). `detail: { code, message, attribute?, paths? }`.
 *
 * @csspart base - Everything the widget renders.
 * @csspart title - The decision, stated as a question.
 * @csspart notice - The polite message shown when some input could not be used.
 * @csspart chooser - The group of checkboxes that picks the options to compare.
 * @csspart table - The comparison table.
 * @csspart header-cell - The heading cell of each option's column.
 * @csspart row-header - The question at the start of each row.
 * @csspart cell - One option's answer to one question.
 * @csspart cta - The call to action link.
 * @csspart footer - The "not medical advice" line, review dates and sources.
 * @csspart sources - The "Sources" disclosure.
 * @csspart source-list - The numbered list of sources.
 *
 * @cssprop [--spine-color-accent=#0b57a4] - Buttons, links and checkboxes.
 * @cssprop [--spine-color-accent-text=#ffffff] - Text on the accent color.
 * @cssprop [--spine-color-text=inherit] - Body text.
 * @cssprop [--spine-color-background=transparent] - Background of the widget.
 * @cssprop [--spine-color-surface=currentColor at 5%] - Header cells and notices.
 * @cssprop [--spine-color-border=currentColor at 28%] - Lines between cells.
 * @cssprop [--spine-color-muted=currentColor] - Secondary text.
 * @cssprop [--spine-color-link=accent, 65%, mixed with the text color] - Links, so they read on light and dark pages.
 * @cssprop [--spine-color-focus=the focused element's own color] - The focus ring (around filled buttons: the accent, on a halo).
 * @cssprop [--spine-color-warning=#8a4b00] - The edge of notices.
 * @cssprop [--spine-font-family=inherit] - Font of the widget; the page's by default.
 * @cssprop [--spine-heading-font-family=inherit] - Font of headings.
 * @cssprop [--spine-font-size=max(1rem, 16px)] - Base text size; never below 16px unless set.
 * @cssprop [--spine-radius=0.5em] - Corner radius.
 * @cssprop [--spine-space=1em] - Inner spacing.
 * @cssprop [--spine-compare-column-width=15em] - Width of each column in the wide layout.
 */
export class SpineCompare extends FollowingElement {
  static override get properties(): PropertyDeclarations {
    return {
      hiddenIds: { state: true },
    };
  }

  static override styles = [...FollowingElement.styles, compareStyles];

  /** Options the patient has unticked. */
  private hiddenIds = new Set<string>();

  protected override renderContent(citations: Citations): TemplateResult {
    const { ui, decision } = this.pack;
    const columns = this.optionsWithConservative;
    const shown = columns.filter((procedure) => !this.hiddenIds.has(procedure.id));
    return html`
      <h2 part="title">${decision}</h2>
      <p>${ui.compare.intro}</p>
      ${this.#renderChooser(columns)}
      <p class="status" role="status">${fill(ui.compare.showing, { count: shown.length, total: columns.length })}</p>
      <a class="skip no-print" href="#after-table">${ui.compare.skipTable}</a>
      <div class="frame">
        <div class="scroll" role="region" aria-labelledby="caption" tabindex="0">
          <table part="table" role="table">
            <caption id="caption">${ui.compare.caption}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <td role="cell"></td>
                ${shown.map((procedure) => html`<th scope="col" role="columnheader" part="header-cell">${procedure.name}</th>`)}
              </tr>
            </thead>
            <tbody role="rowgroup">
              ${this.#renderRows(shown, citations)}
            </tbody>
          </table>
        </div>
      </div>
      <span id="after-table" tabindex="-1"></span>
    `;
  }

  #renderChooser(columns: Procedure[]): TemplateResult {
    const { compare } = this.pack.ui;
    return html`<fieldset class="chooser no-print" part="chooser">
      <legend>${compare.chooseLegend}</legend>
      <p class="hint">${compare.chooseHint}</p>
      <ul class="choices inline">
        ${columns.map((procedure) => {
          const always = procedure.id === 'conservative';
          return html`<li>
            <label>
              <input
                type="checkbox"
                .value=${procedure.id}
                .checked=${!this.hiddenIds.has(procedure.id)}
                ?disabled=${always}
                @change=${this.#onToggle}
              />
              ${procedure.shortName}${always ? html` (${compare.alwaysShown})` : nothing}
            </label>
          </li>`;
        })}
      </ul>
    </fieldset>`;
  }

  #onToggle(event: Event): void {
    const input = event.target as HTMLInputElement;
    const hiddenIds = new Set(this.hiddenIds);
    if (input.checked) hiddenIds.delete(input.value);
    else hiddenIds.add(input.value);
    this.hiddenIds = hiddenIds;
    const procedureIds = this.optionsWithConservative.map((procedure) => procedure.id).filter((id) => !hiddenIds.has(id));
    emit<SpineCompareChangeDetail>(this, 'spine-compare-change', { procedureIds });
  }

  #renderRows(shown: Procedure[], citations: Citations): TemplateResult[] {
    const { rows, setting, anesthesia, duration, imaging, sameDayHome } = this.pack.ui.compare;
    const cited = (key: RowKey, withCertainty = false) => (procedure: Procedure) =>
      this.#renderCited(procedure[key], citations, withCertainty);
    const row = (label: string, cell: (procedure: Procedure) => unknown) => html`<tr role="row">
      <th scope="row" role="rowheader" part="row-header">${label}</th>
      ${shown.map((procedure) => html`<td role="cell" part="cell">
        <span class="cell-label" aria-hidden="true">${procedure.name}</span>
        ${cell(procedure)}
      </td>`)}
    </tr>`;
    const logistics: [string, keyof Procedure][] = [
      [setting, 'setting'],
      [anesthesia, 'anesthesia'],
      [duration, 'duration'],
      [imaging, 'imaging'],
      [sameDayHome, 'sameDayHome'],
    ];

    const result = [
      row(rows.summary, cited('summary')),
      row(rows.treats, cited('treats')),
      row(rows.notFor, cited('notFor')),
      row(rows.howDone, (procedure) => html`<dl>
        ${logistics.map(([term, key]) => html`<dt>${term}</dt><dd>${this.#renderCited(procedure[key] as Cited, citations)}</dd>`)}
      </dl>`),
      row(rows.recovery, cited('recovery')),
      row(rows.reliefDuration, cited('reliefDuration', true)),
      row(rows.effectiveness, (procedure) => html`${this.#renderCited(procedure.effectiveness, citations, true)}
        ${procedure.figures.length
          ? html`<ul class="figures">${procedure.figures.map((figure) => this.#renderFigure(figure, citations))}</ul>`
          : nothing}`),
      row(rows.risks, (procedure) => this.#renderRisks(procedure.risks, citations)),
      row(rows.debate, cited('debate', true)),
      row(rows.questions, (procedure) => html`<ul>${procedure.questions.map((question) => html`<li>${question}</li>`)}</ul>`),
    ];
    if (shown.some((procedure) => procedure.clinicNote)) {
      result.push(row(this.pack.ui.clinicNote, (procedure) => html`<p class="clinic">${procedure.clinicNote ?? ''}</p>`));
    }
    return result;
  }

  #renderCited(fact: Cited, citations: Citations, withCertainty = false): TemplateResult {
    return html`<p>${fact.text}${citations.cite(fact.sources)}</p>
      ${withCertainty ? html`<p>${citations.certainty(fact.certainty)}</p>` : nothing}`;
  }

  #renderFigure(figure: Figure, citations: Citations): TemplateResult {
    const { ui } = this.pack;
    const lang = this.contentLang;
    const comparison = figure.comparison
      ? `, ${fill(ui.versus, { n: formatNumber(figure.comparison.value, lang), per: formatNumber(figure.per, lang), label: figure.comparison.label })}`
      : '';
    return html`<li>
      <span class="number">${formatFrequency(figure, lang, ui)}</span> ${figure.outcome}${comparison}
      (${figure.timeFrame}; ${figure.population}).${citations.cite(figure.sources)}
      ${citations.certainty(figure.certainty)}
    </li>`;
  }

  #renderRisks(risks: Risk[], citations: Citations): TemplateResult {
    const { compare } = this.pack.ui;
    const group = (label: string, severity: Risk['severity']) => {
      const items = risks.filter((risk) => risk.severity === severity);
      return items.length
        ? html`<p class="risk-group">${label}</p>
            <ul class="risks">${items.map((risk) => this.#renderRisk(risk, citations))}</ul>`
        : nothing;
    };
    return html`${group(compare.sideEffects, 'side-effect')} ${group(compare.seriousRisks, 'serious')}`;
  }

  #renderRisk(risk: Risk, citations: Citations): TemplateResult {
    const { ui } = this.pack;
    const hasRate = risk.perThousand !== undefined || (risk.lowPerThousand !== undefined && risk.highPerThousand !== undefined);
    const rate = hasRate
      ? html`<span class="number">${formatFrequency(
          { value: risk.perThousand, low: risk.lowPerThousand, high: risk.highPerThousand, per: 1000 },
          this.contentLang,
          ui,
        )} ${ui.basis[risk.basis]}</span> (${risk.timeFrame}).`
      : html`${risk.noRate}`;
    return html`<li>${risk.label}: ${rate}${risk.detail ? ` ${risk.detail}` : ''}${citations.cite(risk.sources)} ${citations.certainty(risk.certainty)}</li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spine-compare': SpineCompare;
  }
  interface GlobalEventHandlersEventMap {
    'spine-compare-change': CustomEvent<SpineCompareChangeDetail>;
  }
}
