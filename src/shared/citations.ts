import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../logic/format.js';
import { safeHref } from '../logic/url.js';
import type { ContentPack, Certainty } from '../content/schema.js';

/** Numbers sources in the order a render first cites them. */
export class Citations {
  readonly ids: string[] = [];

  constructor(private readonly pack: ContentPack) {}

  number(id: string): number {
    let index = this.ids.indexOf(id);
    if (index < 0) index = this.ids.push(id) - 1;
    return index + 1;
  }

  /** Superscript links to the numbered sources, e.g. ¹ ³. */
  cite(sourceIds: readonly string[]): TemplateResult {
    const label = this.pack.ui.sourceLabel;
    return html`<sup class="cite">${sourceIds.map((id) => {
      const n = this.number(id);
      return html`<a href="#source-${n}" aria-label=${fill(label, { n })}>${n}</a> `;
    })}</sup>`;
  }

  certainty(level: Certainty): TemplateResult {
    const { ui } = this.pack;
    return html`<span class="certainty">${fill(ui.certainty, { level: ui.certaintyLevels[level] })}</span>`;
  }

  /** The numbered list of every source cited so far, for the Sources disclosure. */
  list(): TemplateResult {
    const { sources, ui } = this.pack;
    return html`<ol class="sources" part="source-list">
      ${this.ids.map((id, index) => {
        const source = sources[id];
        const href = safeHref(source.url, 'https://invalid.example/');
        const title = href
          ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${source.title}</a>`
          : source.title;
        return html`<li id="source-${index + 1}" tabindex="-1">
          <span lang=${source.lang ?? 'en'}>${title}. ${source.publisher}</span>${source.year ? `, ${source.year}` : ''}.
          ${source.weak ? html`<span class="tag">(${ui.weakSource})</span>` : nothing}
        </li>`;
      })}
    </ol>`;
  }
}

/**
 * Fragment links do not reach into a shadow root: for a click on a citation (or the
 * comparison's skip link) anywhere in a widget, open the list and move focus to the target
 * ourselves, and let Escape bring focus back. Other links, a call to action to `#contact`
 * included, are the host page's.
 * One listener per widget.
 */
export function showSource(event: Event): void {
  const link = (event.target as Element).closest?.('a[href^="#source-"],.skip') as HTMLAnchorElement | null;
  const target = link && (link.getRootNode() as ShadowRoot).getElementById(link.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  const details = target.closest('details');
  if (details) details.open = true;
  target.focus();
  // Escape goes back to the number followed, as a footnote's back link does.
  (target as HTMLElement).onkeydown = (key) => {
    if (key.key === 'Escape') link.focus();
  };
}
