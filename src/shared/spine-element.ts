import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { emit } from './emit.js';
import { fetchOverride, hasOverrides, needsLoading, onConfigure, packFor, resolveContent } from '../content/store.js';
import type { ContentIssue } from '../content/overrides.js';
import type { ContentPack, Procedure } from '../content/schema.js';
import { fill, formatDate, isOverdue } from '../logic/format.js';
import { parseIdList, safeHref } from '../logic/url.js';
import { Citations, showSource } from './citations.js';
import { baseStyles } from './styles.js';

const isConservative = (option: Procedure) => option.id === 'conservative';

/** `options` with care without a procedure first, as guidelines put it; the others keep their order. */
export function conservativeFirst(options: Procedure[]): Procedure[] {
  return [...options.filter(isConservative), ...options.filter((option) => !isConservative(option))];
}

/** What went wrong, for `spine-error` listeners. Never carries a patient's answers. */
export interface SpineErrorDetail {
  code: 'unknown-procedure' | 'invalid-content' | 'invalid-json' | 'content-unavailable' | 'invalid-attribute' | 'render-failed';
  message: string;
  /** The attribute or the JSON paths involved. */
  attribute?: string;
  paths?: string[];
}

/** Detail of `spine-cta`: where the call to action leads and which widget it came from. */
export interface SpineCtaDetail {
  href: string;
  label: string;
  widget: string;
}

/** A problem with input: what listeners get, and the sentence the patient sees. */
export interface Problem extends SpineErrorDetail {
  notice: string;
}

/**
 * Base of every spine widget: language, content (built-in, configured, `content-src`, inline
 * JSON), polite error handling and the parts every widget shows (notice, call to action,
 * sources, review date, "not medical advice").
 * @internal
 */
export abstract class SpineElement extends LitElement {
  static override get properties(): PropertyDeclarations {
    return {
      procedures: {},
      contentSrc: { attribute: 'content-src' },
      ctaHref: { attribute: 'cta-href' },
      ctaLabel: { attribute: 'cta-label' },
      pack: { state: true },
      contentProblems: { state: true },
      loadingContent: { state: true },
    };
  }

  static override styles = [baseStyles];

  /** Which options to show and in what order, as comma-separated ids (default: all). A list set from script (React passes props as properties) is read as if joined with commas. */
  procedures = '';

  /** URL of a JSON content override; fetched once per URL and shared by every widget. */
  contentSrc = '';

  /** Where the call to action leads: http(s), tel:, mailto: or a relative URL. */
  ctaHref = '';

  /** The text of the call to action, e.g. "Book a consultation". */
  ctaLabel = '';

  /** @internal */
  protected pack!: ContentPack;

  private contentProblems: Problem[] = [];
  private attributeProblems: Problem[] = [];
  private loadingContent = false;

  #remoteOverride: unknown;
  #inlineOverride: unknown;
  #inlineProblem?: Problem;
  #remoteProblem?: Problem;
  #contentStale = true;
  /** A `content-src` file is on its way. */
  #remotePending = false;
  /** Overrides are being checked or a language is loading. */
  #resolving = false;
  /** Counts content resolutions, so a slow one cannot overwrite a newer one. */
  #ticket = 0;
  /** The messages of the problems reported and still present: a problem that goes away and comes back is reported again. */
  #reported = new Set<string>();
  #renderProblem?: SpineErrorDetail;
  #shown = false;
  /** The language the content was last resolved for. */
  #locale?: string;
  /** Reads the inline JSON again; one function, so that adding it as a listener twice adds it once. */
  #reread = () => {
    this.#readInlineOverride();
    this.#invalidateContent();
  };
  #observer = new MutationObserver(this.#reread);
  #unsubscribe?: () => void;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#invalidateContent();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readInlineOverride();
    // The inline JSON may be parsed after the element connects (a script without defer), or edited later.
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    // A lang changed elsewhere on the page matters only if it changes this widget's language.
    this.#unsubscribe = onConfigure((langOnly) => {
      if (!langOnly || this.locale !== this.#locale) this.#invalidateContent();
    }, this);
    this.#invalidateContent();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    this.#unsubscribe?.();
  }

  /** The language in force: the element's own `lang`, else the nearest ancestor's, across shadow roots. */
  get locale(): string {
    if (this.lang) return this.lang;
    let node: Node | null = this.parentNode;
    while (node) {
      if (node instanceof HTMLElement && node.lang) return node.lang;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return '';
  }

  /** The language of the rendered text, for `Intl` and `lang`: the page's own tag (es-MX) when the pack is its language. */
  protected get contentLang(): string {
    const tag = this.locale;
    try {
      if (tag.toLowerCase().split('-')[0] === this.pack.locale) return Intl.getCanonicalLocales(tag)[0];
    } catch {
      // A tag Intl refuses ("en-") would stop every date and number: the pack's own language then.
    }
    return this.pack.locale;
  }

  #invalidateContent(): void {
    this.#contentStale = true;
    this.requestUpdate();
  }

  #readInlineOverride(): void {
    // Its own, even wrapped in a paragraph or div by a CMS; not one inside another widget put within it.
    const script = this.querySelector('script[type="application/json"]:not(:scope :not(p,div) *)');
    this.#inlineOverride = undefined;
    this.#inlineProblem = undefined;
    if (!script) return;
    try {
      this.#inlineOverride = JSON.parse(script.textContent ?? '');
    } catch (error) {
      // Half of it may have arrived while the page still loads: the observer reads it again as the rest comes.
      if (document.readyState === 'loading') return void addEventListener('DOMContentLoaded', this.#reread, { once: true });
      this.#inlineProblem = {
        code: 'invalid-json',
        message: `inline JSON: ${(error as Error).message}`,
        notice: '',
      };
    }
  }

  #loadRemote(): void {
    this.#remoteOverride = undefined;
    this.#remoteProblem = undefined;
    this.#remotePending = false;
    this.#remoteLoad = Promise.resolve();
    this.#invalidateContent(); // without the last file's override or problem
    const src = this.contentSrc.trim();
    if (!src) return;
    const href = safeHref(src, document.baseURI);
    if (!href || !/^https?:/.test(new URL(href, document.baseURI).protocol)) {
      this.#remoteProblem = { code: 'invalid-attribute', attribute: 'content-src', message: `content-src: "${src}" is not an http(s) URL`, notice: '' };
      return;
    }
    const url = new URL(href, document.baseURI).href;
    this.#remotePending = true;
    this.#remoteLoad = fetchOverride(url).then(
      (override) => {
        if (this.contentSrc.trim() !== src) return;
        this.#remoteOverride = override;
        this.#remotePending = false;
        this.#invalidateContent();
      },
      (error: Error) => {
        if (this.contentSrc.trim() !== src) return;
        this.#remoteProblem = { code: 'content-unavailable', attribute: 'content-src', message: `content-src: could not load ${url} (${error.message})`, notice: '' };
        this.#remotePending = false;
        this.#invalidateContent();
      },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Text settings set from script (React passes props as properties) may be a list, a number or
    // null: read them as the attribute would be written (a list joined with commas, null as unset;
    // an object that cannot be made text, unset too).
    const settings = this as unknown as Record<PropertyKey, unknown>;
    for (const [name, { type, state, attribute }] of (this.constructor as typeof SpineElement).elementProperties) {
      if (!type && !state && attribute !== false && typeof settings[name] !== 'string') {
        try {
          settings[name] = [settings[name]].join();
        } catch {
          settings[name] = ''; // an object that cannot be made text
        }
      }
    }
    if (changed.has('contentSrc')) this.#loadRemote();
    if (this.#contentStale) {
      this.#contentStale = false;
      this.#resolve();
    }
    this.loadingContent = this.#remotePending || this.#resolving;
    // Checked against the content in force, not while a clinic's own options may be on their way.
    if (!this.loadingContent) this.attributeProblems = this.checkAttributes();
  }

  /** Resolves once the content, with any clinic overrides (a `content-src` file included), is applied (and before it renders). */
  get contentReady(): Promise<void> {
    // On a page: the pending update (which starts a content-src fetch), that fetch, and the update that applies it.
    return this.isConnected ? this.updateComplete.then(() => this.#remoteLoad).then(() => this.updateComplete).then(() => this.#contentReady) : this.#contentReady;
  }

  #contentReady: Promise<void> = Promise.resolve();
  /** The `content-src` file's arrival (or failure), applied. */
  #remoteLoad: Promise<unknown> = Promise.resolve();

  #resolve(): void {
    const overrides = [this.#remoteOverride, this.#inlineOverride];
    const ticket = ++this.#ticket;
    this.#locale = this.locale;
    this.#resolving = hasOverrides(overrides) || needsLoading(this.locale);
    // While new content is on its way, what is shown stays, notices included (and so does the patient's focus).
    if (!(this.#resolving || this.#remotePending) || !this.pack) this.pack = packFor(this.locale);
    if (!this.#resolving) {
      this.#setContentProblems([]);
      this.#contentReady = Promise.resolve();
      return;
    }
    this.#contentReady = resolveContent(this.locale, overrides).then(
      ({ pack, issues }) => {
        if (ticket !== this.#ticket) return;
        this.pack = pack;
        this.#resolving = false;
        this.#setContentProblems(issues);
      },
      (error: Error) => {
        if (ticket !== this.#ticket) return;
        this.#resolving = false;
        this.pack = packFor(this.locale); // the standard content, in the language in force
        this.#setContentProblems([], { code: 'content-unavailable', message: `content overrides could not be applied (${error.message})`, notice: '' });
      },
    );
  }

  /** The polite notices for problems with where the content came from, in the pack's words. */
  #setContentProblems(issues: ContentIssue[], failure?: Problem): void {
    const { ui } = this.pack;
    const problems: Problem[] = [];
    for (const problem of [this.#remoteProblem, this.#inlineProblem, failure]) {
      if (problem) {
        const notice = problem.code === 'invalid-attribute' ? fill(ui.invalidAttribute, { name: problem.attribute ?? '' })
          : problem.code === 'content-unavailable' ? ui.contentUnavailable : ui.invalidContent;
        problems.push({ ...problem, notice });
      }
    }
    if (issues.length) {
      problems.push({
        code: 'invalid-content',
        message: `content override: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
        paths: issues.map((issue) => issue.path),
        notice: ui.invalidContent,
      });
    }
    this.contentProblems = problems;
  }

  /** Problems with attributes, checked on every update; subclasses add their own. */
  protected checkAttributes(): Problem[] {
    const { ui } = this.pack;
    const problems: Problem[] = [];
    for (const id of this.unknownIds(parseIdList(this.procedures))) {
      problems.push({
        code: 'unknown-procedure',
        attribute: 'procedures',
        message: `procedures: unknown id "${id}" (known: ${this.pack.procedures.map((procedure) => procedure.id).join(', ')})`,
        notice: fill(ui.unknownProcedure, { id }),
      });
    }
    if (this.ctaHref && !safeHref(this.ctaHref, document.baseURI)) {
      problems.push(this.attributeProblem('cta-href', `"${this.ctaHref}" is not an http(s), tel:, mailto: or relative URL`));
    }
    return problems;
  }

  /** The ids in `ids` that no option in the content has. */
  protected unknownIds(ids: string[]): string[] {
    const known = new Set(this.pack.procedures.map((procedure) => procedure.id));
    return ids.filter((id) => !known.has(id));
  }

  protected attributeProblem(attribute: string, why: string): Problem {
    return {
      code: 'invalid-attribute',
      attribute,
      message: `${attribute}: ${why}`,
      notice: fill(this.pack.ui.invalidAttribute, { name: attribute }),
    };
  }

  get #problems(): Problem[] {
    return [...this.contentProblems, ...this.attributeProblems];
  }

  /**
   * `selectedProcedures` with care without a procedure, which is always an option: first, as
   * guidelines put it and where a wide table never scrolls it out of view, unless the page's
   * `procedures` names it in a place of its own.
   */
  protected get optionsWithConservative(): Procedure[] {
    const chosen = this.selectedProcedures;
    const conservative = this.pack.procedures.find(isConservative);
    if (!conservative || parseIdList(this.procedures).includes('conservative')) return chosen;
    return conservativeFirst(chosen.includes(conservative) ? chosen : [...chosen, conservative]);
  }

  /** Options named by `procedures` (known ones, in that order), or every option in the pack. */
  protected get selectedProcedures(): Procedure[] {
    const ids = parseIdList(this.procedures);
    const all = this.pack.procedures;
    if (!ids.length) return all;
    const byId = new Map(all.map((procedure) => [procedure.id, procedure]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Logs and dispatches `spine-error`: once for each problem, and again if it goes away and comes back. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Reported from the page only: a widget taken off it reports again when it comes back.
    if (this.loadingContent || !this.isConnected) return;
    const problems: SpineErrorDetail[] = [...this.#problems, ...(this.#renderProblem ? [this.#renderProblem] : [])];
    const reported = this.#reported;
    this.#reported = new Set(problems.map((problem) => problem.message));
    for (const { code, message, attribute, paths } of problems) {
      if (reported.has(message)) continue;
      console.error(`<${this.localName}> ${message}`);
      emit<SpineErrorDetail>(this, 'spine-error', { code, message, attribute, paths });
    }
  }

  /** The widget's own content; the base adds the notices, call to action and footer. */
  protected abstract renderContent(citations: Citations): TemplateResult;

  protected override render(): TemplateResult {
    // Until content first shows; after that, what is shown stays while new content is on its way.
    if (this.loadingContent && !this.#shown) return html`<div class="loading" aria-busy="true"></div>`;
    this.#shown = true;
    const citations = new Citations(this.pack);
    let content: TemplateResult;
    this.#renderProblem = undefined;
    try {
      content = this.renderContent(citations);
    } catch (error) {
      this.#renderProblem = { code: 'render-failed', message: `could not render: ${(error as Error).message}` };
      content = html`<p>${this.pack.ui.invalidContent}</p>`;
    }
    return html`<div lang=${this.contentLang} part="base" @click=${showSource}>
      ${this.#renderNotices()} ${content} ${this.#renderCta()} ${this.#renderFooter(citations)}
    </div>`;
  }

  #renderNotices(): TemplateResult | typeof nothing {
    const notices = [...new Set(this.#problems.map((problem) => problem.notice))];
    if (!notices.length) return nothing;
    return html`<div class="notice" part="notice" role="status">
      ${notices.map((notice) => html`<p>${notice}</p>`)}
    </div>`;
  }

  #renderCta(): TemplateResult | typeof nothing {
    const href = safeHref(this.ctaHref, document.baseURI);
    const label = this.ctaLabel.trim();
    if (!href || !label) return nothing;
    return html`<a class="cta" part="cta" href=${href} @click=${this.#onCtaClick}>${label}</a>`;
  }

  #onCtaClick(event: MouseEvent): void {
    const link = event.currentTarget as HTMLAnchorElement;
    const detail: SpineCtaDetail = { href: link.getAttribute('href') ?? '', label: this.ctaLabel.trim(), widget: this.localName };
    if (!emit<SpineCtaDetail>(this, 'spine-cta', detail, true)) event.preventDefault();
  }

  #renderFooter(citations: Citations): TemplateResult {
    const { ui, reviewed, reviewBy, disclosure } = this.pack;
    const lang = this.contentLang;
    const overdue = isOverdue(reviewBy);
    return html`<div class="footer" part="footer">
      <p>${ui.notAdvice}</p>
      <p>
        ${fill(ui.reviewed, { date: formatDate(reviewed, lang) })}
        ${overdue ? nothing : fill(ui.reviewBy, { date: formatDate(reviewBy, lang) })}
      </p>
      ${overdue ? html`<p class="notice">${fill(ui.overdue, { date: formatDate(reviewBy, lang) })}</p>` : nothing}
      <details part="sources">
        <summary>${ui.sources}</summary>
        ${citations.list()}
        <h3>${ui.funding}</h3>
        <p>${disclosure}</p>
      </details>
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'spine-cta': CustomEvent<SpineCtaDetail>;
    'spine-error': CustomEvent<SpineErrorDetail>;
  }
}
