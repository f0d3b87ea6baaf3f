import { css } from 'lit';

/*
 * The fields live in the light DOM, where the host page's CSS reaches them. An
 * !important rule of a shadow root outranks every !important rule of the page
 * (the cascade lets the inner context win among important declarations), so
 * each slotted field first reverts whatever the page set and then takes the
 * element's own look, all !important.
 */
export const loginFormStyles = css`
  :host {
    max-width: 28rem;
  }
  .password {
    display: flex;
    gap: var(--_space);
  }
  .password button {
    flex: none;
  }
  ::slotted(label),
  ::slotted(span),
  ::slotted(input) {
    all: revert !important;
    box-sizing: border-box !important;
    font: inherit !important;
    color: inherit !important;
    letter-spacing: inherit !important;
    text-transform: none !important;
    visibility: visible !important;
    opacity: 1 !important;
    position: static !important;
    margin: 0 !important;
  }
  ::slotted(label) {
    display: block !important;
    font-weight: 600 !important;
  }
  ::slotted(.hint) {
    display: block !important;
    color: var(--_muted) !important;
    font-size: 0.9em !important;
  }
  ::slotted(.error),
  ::slotted(.caps) {
    display: block !important;
    color: var(--_error) !important;
    font-weight: 600 !important;
  }
  ::slotted(input) {
    display: block !important;
    flex: 1 !important;
    width: 100% !important;
    min-width: 0 !important;
    min-height: 44px !important;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 1.25) !important;
    border: 2px solid var(--_border) !important;
    border-radius: var(--_radius) !important;
    background: var(--_bg) !important;
  }
  ::slotted(input[aria-invalid='true']) {
    border-color: var(--_error) !important;
  }
  ::slotted(input:focus-visible) {
    outline: var(--_focus) !important;
    outline-offset: 2px !important;
  }
`;
