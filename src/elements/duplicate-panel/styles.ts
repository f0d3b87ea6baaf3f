import { css } from 'lit';

export const duplicatePanelStyles = css`
  :host {
    display: block;
  }
  .duplicates {
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    margin-bottom: calc(var(--_space) * 3);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .match {
    padding: calc(var(--_space) * 1.5) 0;
    border-top: 1px solid var(--_border);
  }
  .match p {
    margin-bottom: calc(var(--_space) / 2);
  }
  .match-name {
    font-weight: 600;
  }
  .actions {
    margin-top: var(--_space);
  }
`;
