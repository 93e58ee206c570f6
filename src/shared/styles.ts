import { css } from 'lit';

/**
 * Shared look of every widget. Global tokens `--spine-*` (all optional, each with a fallback),
 * private `--_*` below. Sizes are in `em` from a floor of 16px, so a host's tiny root font
 * (`html { font-size: 62.5% }`) cannot shrink the text.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--spine-color-accent, #0b57a4);
    /* The accent as text and lines on the page: a third of the way to the page's text color, so it reads on light and dark pages alike and keeps the brand's hue. */
    --_ink: color-mix(in srgb, var(--_accent) 65%, currentColor);
    /* Void, so the button text takes the page's text color, when the accent is not a color: never white on nothing. */
    --_accent-text: color-mix(in srgb, var(--spine-color-accent-text, #fff), var(--_accent) 0%);
    --_text: var(--spine-color-text, inherit);
    --_muted: var(--spine-color-muted, currentColor);
    --_border: var(--spine-color-border, color-mix(in srgb, currentColor 28%, transparent));
    --_surface: var(--spine-color-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_warning: var(--spine-color-warning, #8a4b00);
    --_radius: var(--spine-radius, 0.5em);
    --_space: var(--spine-space, 1em);
    /* The focus ring in the focused element's own color: text or link color, which already shows on the page. */
    --_focus: var(--spine-color-focus, currentColor);

    display: block;
    box-sizing: border-box;
    max-width: 100%;
    color: var(--_text);
    background: var(--spine-color-background, transparent);
    font-family: var(--spine-font-family, inherit);
    font-size: var(--spine-font-size, max(1rem, 16px));
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    font-variant: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    /* A table cell with nowrap, or a theme's nowrap, would run every line off the page. */
    white-space: normal;
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none;
  }

  /* Not inherited from the host: themes often force box-sizing on every element, the host included. */
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }

  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 0.5em;
    font-family: var(--spine-heading-font-family, inherit);
  }

  h2 {
    font-size: 1.375em;
  }

  h3 {
    font-size: 1.125em;
  }

  p,
  ul,
  ol,
  dl {
    margin: 0 0 0.75em;
  }

  a {
    color: var(--spine-color-link, var(--_ink));
    text-underline-offset: 0.15em;
  }

  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }

  /*
   * Filled buttons: the ring in the accent, on a halo of the button's own text color. On a light
   * page the ring shows against the page, on a dark one the halo does, and the ring always shows
   * against the halo as the button's text shows against its fill.
   */
  .cta,
  .primary,
  .call {
    --_focus: var(--spine-color-focus, var(--_accent));
  }

  /* Not in forced colors, where the system's Highlight ring stands alone. */
  @media (forced-colors: none) {
    .cta:focus-visible,
    .primary:focus-visible,
    .call:focus-visible {
      box-shadow: 0 0 0 0.3125em;
    }
  }

  /* Safety messages: warning signs and the urgent-care screen. */
  .danger {
    --_danger: color-mix(in srgb, var(--spine-color-danger, #a4262c) 65%, currentColor);
    border: 0.1875em solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.75em var(--_space);
    margin: 0 0 1em;
  }

  .danger h3 {
    color: var(--_danger);
  }

  /* Keeps the space the page reserved while Spanish or a clinic's content loads. */
  .loading {
    min-height: 24em;
  }

  .notice {
    border-inline-start: 0.25em solid var(--_warning);
    background: var(--_surface);
    padding: 0.5em 0.75em;
    margin: 0 0 1em;
    border-radius: var(--_radius);
  }

  .notice p {
    margin: 0;
  }

  .cite {
    font-size: 0.75em;
    line-height: 0;
    margin-inline-start: 0.15em;
    white-space: nowrap;
  }

  .cite a {
    padding: 0 0.15em;
  }

  .certainty {
    display: inline-block;
    font-style: italic;
  }

  .cta {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0.5em 1.25em;
    margin: 0.5em 0 1em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    text-decoration: none;
  }

  .cta:hover {
    text-decoration: underline;
  }

  .footer {
    margin-top: 1em;
    font-size: 0.9375em;
    color: var(--_muted);
  }

  .footer p {
    margin: 0 0 0.5em;
  }

  details {
    margin: 0.5em 0;
  }

  summary {
    cursor: pointer;
    min-height: 1.75em;
    color: var(--_text);
    font-weight: 600;
  }

  .sources li {
    margin-bottom: 0.5em;
  }

  .sources li:focus {
    background: var(--_surface);
  }

  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em var(--_space);
    margin: 0 0 1em;
    min-width: 0;
  }

  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }

  .choices {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
  }

  .choices.inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }

  .choices label {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: 2.75em;
    /* Space between choices whose text wraps onto several lines (narrow phones, Spanish). */
    padding: 0.25em 0;
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  .choices input {
    flex: none;
    font-size: inherit;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    color: inherit; /* for the focus ring, which takes the page's text color in */
    accent-color: var(--_accent);
  }

  .hint {
    color: var(--_muted);
    margin: 0.25em 0 0.5em;
  }

  .picker {
    min-width: 0;
    max-width: 100%;
  }

  .picker label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }

  select,
  input[type='date'] {
    font: inherit;
    color: inherit;
    background-color: transparent;
    min-height: 2.75em;
    max-width: 100%;
    padding: 0.25em 0.5em;
    border: 1px solid;
    border-radius: var(--_radius);
  }

  option {
    color: initial;
  }

  .button {
    font: inherit;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 1px solid;
    border-radius: var(--_radius);
    color: var(--spine-color-link, var(--_ink));
    background: transparent;
    cursor: pointer;
  }

  .tag {
    font-size: 0.875em;
    font-style: italic;
  }

  @media (forced-colors: active) {
    fieldset {
      border-color: CanvasText;
    }

    .choices input {
      accent-color: auto;
    }

    select,
    input[type='date'],
    .button {
      border-color: ButtonText;
    }

    .cta {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }

    .notice {
      border: 1px solid CanvasText;
    }

    .danger {
      border-color: CanvasText;
    }

    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    summary:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    .cta,
    .no-print {
      display: none !important;
    }

    details::details-content {
      content-visibility: visible;
      display: block;
    }

    a {
      color: inherit;
    }
  }
`;
