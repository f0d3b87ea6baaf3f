import { css } from 'lit';

export const rolePickerStyles = css`
  .roles {
    display: grid;
    gap: var(--_space);
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
  }
  .role {
    display: grid;
    gap: calc(var(--_space) / 2);
    width: 100%;
    min-height: 64px;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    text-align: start;
    background: var(--_bg);
    color: var(--_primary);
    border: 2px solid var(--_border);
  }
  .role:hover {
    border-color: var(--_primary);
  }
  .role[aria-pressed='true'] {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 2px var(--_primary);
  }
  .role-title {
    font-size: 1.1em;
  }
  .role-description {
    color: var(--_muted);
    font-weight: normal;
  }
  ol {
    margin: 0 0 calc(var(--_space) * 2);
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-top: calc(var(--_space) / 2);
  }
`;
