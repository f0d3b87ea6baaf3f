import { css } from 'lit';

export const settlementPickerStyles = css`
  .field {
    margin-bottom: 0;
  }
  /* In the top layer, placed under the field by the element: no overflow of the page clips it. */
  [role='listbox'] {
    position: fixed;
    inset: auto;
    box-sizing: border-box;
    list-style: none;
    margin: 4px 0 0;
    padding: calc(var(--_space) / 2);
    max-height: 20em;
    overflow-y: auto;
    overscroll-behavior: contain;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: inherit;
    font: inherit;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
  }
  [role='option'] {
    display: grid;
    overflow-wrap: anywhere;
    min-height: 44px;
    align-content: center;
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  [role='option']:hover {
    background: color-mix(in srgb, var(--_primary) 8%, var(--_bg));
  }
  [role='option'].active {
    outline: var(--_focus);
    outline-offset: -3px;
    background: color-mix(in srgb, var(--_primary) 12%, var(--_bg));
  }
  .place-name {
    font-weight: 600;
  }
  .place-details {
    color: var(--_muted);
    font-size: 0.9em;
  }
  mark {
    background: color-mix(in srgb, #f9a825 45%, transparent);
    color: inherit;
  }
  .state {
    margin: calc(var(--_space) / 2) 0 0;
  }
  .alert {
    margin-top: var(--_space);
  }
  @media (forced-colors: active) {
    [role='option'].active {
      outline: 3px solid Highlight;
    }
  }
`;
