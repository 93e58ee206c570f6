import { css } from 'lit';

export const timelineStyles = css`
  .help ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .date {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
    margin: 0 0 1em;
  }

  .date label {
    display: block;
    font-weight: 600;
  }

  .date .hint {
    flex-basis: 100%;
    margin: 0;
  }

  ol.phases {
    list-style: none;
    padding: 0;
    margin: 0 0 1em;
  }

  .phase {
    position: relative;
    padding-inline-start: 1.75em;
    padding-bottom: 0.75em;
    border-inline-start: 0.1875em solid var(--_border);
    margin-inline-start: 0.5em;
  }

  .phase::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.6em;
    top: 0.55em;
    width: 1em;
    height: 1em;
    border-radius: 50%;
    border: 0.1875em solid var(--_ink);
    background: var(--spine-color-background, Canvas);
  }

  .phase[aria-current='step']::before {
    background: var(--_accent);
  }

  .phase h3 {
    margin: 0;
    font-size: 1.0625em;
  }

  .phase h3 button {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    align-items: baseline;
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0;
    font: inherit;
    font-weight: 700;
    text-align: start;
    color: inherit;
    background: none;
    border: 0;
    cursor: pointer;
  }

  /* The sign only shows the state; aria-expanded tells it, so the sign has empty alternative text. */
  .phase h3 button::after {
    content: '+';
    content: '+' / '';
    margin-inline-start: auto;
    font-weight: 400;
  }

  .phase h3 button[aria-expanded='true']::after {
    content: '−';
    content: '−' / '';
  }

  .dates {
    font-weight: 400;
    color: var(--_muted);
  }

  /* Always there, so a screen reader hears "Days to the procedure: N" when a date brings it in. */
  .status:empty {
    margin: 0;
  }

  .now {
    font-weight: 700;
    color: var(--_ink);
  }

  .steps {
    padding-inline-start: 1.1em;
    margin: 0.25em 0 0.5em;
  }

  .steps li {
    margin-bottom: 0.5em;
  }

  .when {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .calendar {
    margin: 0 0 1em;
  }

  .calendar p {
    color: var(--_muted);
    margin: 0.25em 0 0;
  }

  /* Motion only for people who have not asked for reduced motion. */
  @media (prefers-reduced-motion: no-preference) {
    .phase h3 button::after {
      transition: transform 0.15s ease-out;
    }
  }

  @media (forced-colors: active) {
    .phase {
      border-color: CanvasText;
    }

    .phase::before {
      border-color: CanvasText;
      background: Canvas;
    }

    .phase[aria-current='step']::before {
      background: Highlight;
    }
  }

  @media print {
    .steps[hidden] {
      display: block !important;
    }

    .phase h3 button::after {
      content: none;
    }
  }
`;
