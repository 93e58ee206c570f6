import { css } from 'lit';

export const risksStyles = css`
  .pickers {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }

  .pickers > .picker {
    flex: 1 1 16em;
  }

  .pickers select {
    width: 100%;
  }

  .frame {
    container-type: inline-size;
  }

  .columns {
    display: grid;
    gap: 1.5em;
  }

  @container (min-width: 44em) {
    .columns.two {
      grid-template-columns: 1fr 1fr;
    }
  }

  .option h3 {
    font-size: 1.25em;
    border-bottom: 0.125em solid var(--_border);
    padding-bottom: 0.25em;
  }

  .option h4 {
    font-size: 1.0625em;
    margin: 1em 0 0.5em;
  }

  .risk-list {
    list-style: none;
    padding: 0;
    margin: 0;
  }

  .risk {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em var(--_space);
    margin-bottom: 0.75em;
  }

  .risk h5 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }

  .risk p {
    margin: 0 0 0.5em;
  }

  .numbers {
    font-weight: 600;
  }

  .word {
    font-weight: 400;
    font-style: italic;
  }

  .meta {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  spine-icon-array {
    margin: 0.5em 0;
  }

  /* The sentence above the picture already says it: under it, only as the picture's name. */
  spine-icon-array::part(caption) {
    display: none;
  }

  .legend {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  @media (forced-colors: active) {
    .risk,
    .option h3 {
      border-color: CanvasText;
    }
  }

  @media print {
    .risk {
      break-inside: avoid;
    }
  }
`;
