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
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) * 1.5);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .organization:hover,
  .organization:focus-within {
    border-color: var(--_primary);
  }
  .organization p {
    margin: 0;
  }
  .organization-name {
    margin: 0;
    font-size: 1.05em;
  }
  .choose {
    font-weight: 600;
    text-align: start;
  }
  .organization-details {
    display: grid;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .status {
    font-size: 0.9em;
    font-weight: 600;
  }
  .status::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--_muted);
  }
  .status-connected::before {
    background: var(--_primary);
  }
  .status-pending::before {
    border: 2px solid var(--_primary);
    background: transparent;
  }
  .report {
    justify-self: start;
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
