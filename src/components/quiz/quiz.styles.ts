import { css } from 'lit';

export const quizStyles = css`
  .progress {
    color: var(--_muted);
    margin-bottom: 0.5em;
  }

  legend h3 {
    margin: 0;
  }

  /* While the summary is copied as text: no source numbers, buttons or unpicked answers. */
  .copying :is(.cite, .nav, .no-print, .sure li:not(:has(:checked))) {
    display: none;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0 0 1em;
  }

  .primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }

  .stop h3 {
    font-size: 1.375em;
  }

  .call {
    background: var(--spine-color-danger, #a4262c);
    /* The page's text color if the danger color is not a color (then there is no red behind it). */
    color: color-mix(in srgb, #fff, var(--spine-color-danger, #a4262c) 0%);
    font-size: 1.25em;
  }

  .fits {
    padding-inline-start: 1.1em;
  }

  .fits > li {
    margin-bottom: 0.75em;
  }

  .fits p {
    margin: 0.25em 0;
  }

  .card {
    border-inline-start: 0.25em solid var(--_warning);
    background: var(--_surface);
    padding: 0.5em 0.75em;
    margin-bottom: 0.5em;
    list-style: none;
  }

  .cards {
    padding: 0;
  }

  .sure fieldset {
    margin-bottom: 0.5em;
  }

  h4 {
    font-size: 1.0625em;
    margin-top: 1.25em;
  }

  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }

    .primary,
    .call {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
  }

  @media print {
    .nav,
    .progress {
      display: none;
    }
  }
`;
