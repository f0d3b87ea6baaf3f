import { css } from 'lit';

export const organizationProfileStyles = css`
  dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 3);
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: var(--_space);
    }
  }
  ol {
    margin: 0 0 calc(var(--_space) * 3);
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-top: var(--_space);
  }
  /* In the heading the badge stays the size it has in the list. */
  h2 .sample {
    font-size: 0.55em;
  }
  .problem {
    padding-top: calc(var(--_space) * 2);
    border-top: 1px solid var(--_border);
  }
  a {
    display: inline-block;
    min-height: 24px;
  }
`;
