import { css } from 'lit';

export const compareStyles = css`
  :host {
    --_column-width: var(--spine-compare-column-width, 15em);
  }

  .status {
    color: var(--_muted);
    margin-bottom: 0.5em;
  }

  .frame {
    container-type: inline-size;
  }

  .skip {
    display: inline-block;
    padding: 0.25em 0;
  }

  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  .scroll {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  table {
    border-collapse: collapse;
    width: 100%;
    text-align: start;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.75em var(--_space);
  }

  th,
  td {
    vertical-align: top;
    text-align: start;
    padding: 0.75em;
    border-top: 1px solid var(--_border);
    min-width: var(--_column-width);
  }

  td + td,
  th + td,
  thead th + th {
    border-inline-start: 1px solid var(--_border);
  }

  thead th {
    background: var(--_surface);
    font-size: 1.0625em;
  }

  /* :where() keeps this below the narrow layout's min-width: 0. */
  :where(tbody) th {
    min-width: 9em;
    background: var(--_surface);
  }

  td ul,
  td dl {
    padding-inline-start: 1.1em;
  }

  td dl {
    padding: 0;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0 0 0.5em;
  }

  .figures li,
  .risks li {
    margin-bottom: 0.5em;
  }

  .risk-group {
    font-weight: 600;
    margin: 0.5em 0 0.25em;
  }

  .number {
    font-weight: 600;
  }

  .clinic {
    font-style: italic;
  }

  .cell-label {
    display: none;
  }

  /* A narrow column (a phone, or a CMS sidebar on a desktop): one question at a time, options stacked. */
  @container (max-width: 40em) {
    .scroll {
      border: 0;
      overflow: visible;
    }

    table,
    tbody,
    tr,
    th,
    td {
      display: block;
      min-width: 0;
      width: auto;
    }

    caption {
      display: block;
      padding-inline: 0;
    }

    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }

    tbody tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-bottom: 1em;
    }

    tbody th {
      border-top: 0;
      font-size: 1.125em;
    }

    td + td,
    th + td {
      border-inline-start: 0;
    }

    .cell-label {
      display: block;
      font-weight: 700;
      margin-bottom: 0.25em;
    }
  }

  @media (forced-colors: active) {
    .scroll,
    th,
    td,
    tbody tr {
      border-color: CanvasText;
    }
  }

  @media print {
    .chooser,
    .status {
      display: none;
    }

    .scroll {
      overflow: visible;
      border: 0;
    }

    th,
    td {
      min-width: 0;
      break-inside: avoid;
    }
  }
`;
