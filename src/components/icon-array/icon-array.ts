import { LitElement, css, html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { emit } from '../../shared/emit.js';
import { packFor } from '../../content/store.js';
import { formatNumber } from '../../logic/format.js';
import { filledIcons, iconLayout, squaresPath, type Denominator } from '../../logic/risk.js';
import type { SpineErrorDetail } from '../../shared/spine-element.js';

const cell = 10;
const pathCache = new Map<string, { filled: string; possible: string; empty: string; width: number; height: number }>();

/** Paths for one picture, cached: the same numbers always draw the same squares. */
function drawing(count: number, upper: number, total: Denominator) {
  const key = `${count}/${upper}/${total}`;
  let paths = pathCache.get(key);
  if (!paths) {
    const { positions, width, height } = iconLayout(total, cell);
    const filled = filledIcons(count, total);
    const possibleEnd = Math.max(filled, filledIcons(upper, total));
    const possible = positions.slice(filled, possibleEnd);
    paths = {
      filled: squaresPath(positions.slice(0, filled), 8, 1),
      possible: squaresPath(possible, 7, 1.5) + possible.map(([x, y]) => `M${x + 1.5} ${y + 8.5}l7 -7`).join(''),
      empty: squaresPath(positions.slice(possibleEnd), 4, 3),
      width,
      height,
    };
    pathCache.set(key, paths);
  }
  return paths;
}

/**
 * A picture of 100 or 1,000 people (or procedures) with the affected ones filled: one SVG,
 * filled in a stable order, with the number also in text. Filled squares are large and solid,
 * unaffected ones small, and "may be up to" ones striped, so no color is needed to tell them apart.
 *
 * @tagname spine-icon-array
 * @summary An icon array: "about 12 in 1,000" as a picture, with the number in text.
 *
 * @event {CustomEvent<SpineErrorDetail>} spine-error - `count`, `upper` or `total` is not a usable number.
 *
 * @csspart picture - The SVG.
 * @csspart caption - The sentence under the picture that states the number.
 *
 * @cssprop [--spine-icon-filled=accent] - Color of the squares that had the outcome (`--spine-color-accent`, else #0b57a4).
 * @cssprop [--spine-icon-empty=currentColor at 40%] - Color of the squares that did not.
 * @cssprop [--spine-icon-array-width=32em] - Widest the picture of 1,000 grows (100: a third of it).
 * @cssprop [--spine-color-accent=#0b57a4] - The filled squares, unless --spine-icon-filled is set.
 * @cssprop [--spine-font-size=max(1rem, 16px)] - Size of the caption.
 */
export class SpineIconArray extends LitElement {
  static override get properties(): PropertyDeclarations {
    return {
      count: { type: Number },
      upper: { type: Number },
      total: { type: Number },
      label: {},
    };
  }

  static override styles = css`
    :host {
      display: block;
      max-width: 100%;
      font-size: var(--spine-font-size, max(1rem, 16px));
    }

    svg {
      display: block;
      width: 100%;
      max-width: var(--spine-icon-array-width, 32em);
      height: auto;
    }

    .of100 {
      max-width: calc(var(--spine-icon-array-width, 32em) / 3);
    }

    .filled {
      fill: var(--spine-icon-filled, var(--spine-color-accent, #0b57a4));
    }

    .possible {
      fill: none;
      stroke: var(--spine-icon-filled, var(--spine-color-accent, #0b57a4));
      stroke-width: 1;
    }

    .empty {
      fill: var(--spine-icon-empty, color-mix(in srgb, currentColor 40%, transparent));
    }

    p {
      margin: 0.25em 0 0;
    }

    @media (forced-colors: active) {
      .filled {
        fill: CanvasText;
      }

      .possible {
        stroke: CanvasText;
      }

      .empty {
        fill: GrayText;
      }
    }
  `;

  /** How many of `total` had the outcome; may be a decimal (rates under 1 fill no square). */
  count = 0;

  /** The top of a range ("18 to 21 in 1,000"): squares between `count` and `upper` are striped. */
  upper?: number;

  /** How many squares: 100 or 1000. */
  total = 1000;

  /** The sentence that names what is counted and states the number; shown under the picture and read as its name. */
  label = '';

  #reported?: string;

  get #problem(): string | undefined {
    const { count, upper, total } = this;
    if (total !== 100 && total !== 1000) return `total: expected 100 or 1000, got ${String(total)}`;
    if (!Number.isFinite(count) || count < 0 || count > total) return `count: expected a number from 0 to ${total}, got ${String(count)}`;
    if (upper !== undefined && upper !== null && (!Number.isFinite(upper) || upper < count || upper > total)) {
      return `upper: expected a number from count to ${total}, got ${String(upper)}`;
    }
    return undefined;
  }

  protected override willUpdate(): void {
    // From script, "12" means 12, as it does in the attribute.
    for (const key of ['count', 'upper', 'total'] as const) if (typeof this[key] === 'string') this[key] = Number(this[key]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const problem = this.#problem;
    // Once per problem, and again if it goes away and comes back.
    if (problem === this.#reported) return;
    this.#reported = problem;
    if (!problem) return;
    console.error(`<spine-icon-array> ${problem}`);
    emit<SpineErrorDetail>(this, 'spine-error', { code: 'invalid-attribute', message: problem, attribute: problem.split(':')[0] });
  }

  protected override render(): TemplateResult {
    if (this.#problem) {
      const lang = this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
      return html`<p part="caption">${packFor(lang).ui.risks.iconArrayError}</p>`;
    }
    const total = this.total as Denominator;
    const paths = drawing(this.count, this.upper ?? this.count, total);
    const caption = this.label || `${formatNumber(this.count, 'en')} / ${formatNumber(total, 'en')}`;
    return html`<svg part="picture" class=${total === 100 ? 'of100' : ''} role="img" aria-labelledby="caption" viewBox="0 0 ${paths.width} ${paths.height}" focusable="false">
        <path class="empty" d=${paths.empty}></path><path class="filled" d=${paths.filled}></path><path class="possible" d=${paths.possible}></path>
      </svg>
      <p id="caption" part="caption" aria-hidden="true">${caption}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spine-icon-array': SpineIconArray;
  }
}
