import { css } from 'lit';

export const schoolListStyles = css`
  .municipality {
    color: var(--_muted);
    margin-top: calc(var(--_space) * -1.5);
  }
  .organizations {
    display: grid;
    gap: var(--_space);
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
  }
  .organization {
    display: grid;
    gap: calc(var(--_space) / 4);
    width: 100%;
    text-align: start;
    background: var(--_bg);
    color: var(--_color-text, inherit);
    border: 2px solid var(--_border);
    font-weight: normal;
  }
  .organization:hover {
    border-color: var(--_primary);
  }
  .organization-name {
    color: var(--_primary);
    font-weight: 600;
    font-size: 1.05em;
  }
  .organization-details {
    display: grid;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .count {
    font-weight: 600;
  }
  .missing {
    padding-top: calc(var(--_space) * 2);
    border-top: 1px solid var(--_border);
  }
`;
