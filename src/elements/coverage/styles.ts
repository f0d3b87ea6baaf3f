import { css } from 'lit';

export const coverageStyles = css`
  :host {
    --_connected: var(--edu-coverage-connected, #146c2e);
    --_pending: var(--edu-coverage-pending, #9a6700);
    --_rejected: var(--edu-coverage-rejected, #b3261e);
    --_none: var(--edu-coverage-none, #d6d9de);
  }
  .summary {
    font-size: 1.35em;
    font-weight: 700;
    margin-bottom: var(--_space);
  }
  .counts {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
  }
  .counts li,
  .legend li {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 1.5);
  }
  section {
    margin-top: calc(var(--_space) * 4);
  }
  .legend {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 1.5);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    font-size: 0.9em;
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 1px solid var(--_border);
    flex: none;
  }
  .connected {
    background: var(--_connected);
  }
  .pending {
    background: var(--_pending);
  }
  .rejected {
    background: var(--_rejected);
  }
  .notConnected {
    background: var(--_none);
  }
  /* Long names wrap anywhere rather than widen the view. */
  h2,
  h3,
  p,
  li,
  .bar-name {
    overflow-wrap: anywhere;
  }
  .bars {
    display: grid;
    grid-template-columns: minmax(0, 16em) minmax(3em, 1fr) auto;
    gap: calc(var(--_space) / 1.5) var(--_space);
    align-items: center;
  }
  .bar-row {
    display: contents;
  }
  .bar {
    display: flex;
    height: 1.4em;
    border: 1px solid var(--_border);
    background: var(--_bg);
  }
  .segment + .segment {
    border-inline-start: 1px solid var(--_bg);
  }
  .bar-figure {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .timeline {
    display: block;
    width: 100%;
    max-width: 720px;
    height: auto;
  }
  .timeline .line {
    fill: none;
    stroke: var(--_connected);
    stroke-width: 3;
  }
  .timeline .fill {
    fill: color-mix(in srgb, var(--_connected) 15%, transparent);
  }
  .timeline .axis,
  .timeline .grid {
    stroke: var(--_border);
  }
  .timeline .grid {
    stroke-dasharray: 4 4;
  }
  .timeline .tick {
    fill: currentColor;
    font-size: 14px;
  }
  details {
    margin-top: calc(var(--_space) * 1.5);
  }
  summary {
    cursor: pointer;
    color: var(--_primary);
    min-height: 24px;
  }
  /* A table wider than the view scrolls; its wrapper takes focus so that keys scroll it. */
  .table-wrap {
    overflow-x: auto;
    /* Its table's width stays inside: the region scrolls instead of widening the page. */
    contain: inline-size;
    margin-top: var(--_space);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: calc(var(--_space) / 2);
  }
  th,
  td {
    /* Words break only where they cannot fit, so a column is as wide as its longest word. */
    overflow-wrap: break-word;
    border-bottom: 1px solid var(--_border);
    padding: calc(var(--_space) / 1.5) var(--_space);
    text-align: start;
    vertical-align: top;
  }
  td.number,
  th.number {
    text-align: end;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .filters label {
    font-weight: normal;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-height: 44px;
  }
  .filters input {
    width: 1.25em;
    height: 1.25em;
  }
  .search {
    max-width: 36em;
  }
  /* On a phone each bar takes a row of its own under its name and figure. */
  @media (max-width: 30em) {
    .bars {
      grid-template-columns: minmax(0, 1fr);
    }
    .bar-row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: calc(var(--_space) / 3) var(--_space);
    }
    .bar-figure {
      grid-area: 1 / 2;
    }
    .bar {
      grid-area: 2 / 1 / 3 / 3;
    }
  }
  @media (forced-colors: active) {
    .segment,
    .swatch {
      forced-color-adjust: none;
    }
    .timeline .line {
      stroke: CanvasText;
    }
  }
`;
