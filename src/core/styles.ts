import { css } from 'lit';

/**
 * Styles every element starts from. The host page's CSS cannot reach inside
 * the shadow root, but inherited properties can: they are reset here, and
 * everything a host may want to theme is a documented custom property.
 *
 * The custom properties are listed on `EduElement`, so that every element's
 * entry in the manifest carries them.
 */
export const baseStyles = css`
  /* A host's rule such as '* { all: unset }' outranks ':host', except where it is !important. */
  :host {
    display: block !important;
    box-sizing: border-box;
    font-family: var(--edu-font, inherit);
    font-size: var(--edu-font-size, max(1rem, 16px)) !important;
    overflow-wrap: anywhere;
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    color: var(--edu-color-text, #1b1f24);
    --_space: var(--edu-space, 0.5em);
    --_radius: var(--edu-radius, 6px);
    --_primary: var(--edu-color-primary, #0b57d0);
    --_on-primary: var(--edu-color-on-primary, #ffffff);
    --_border: var(--edu-color-border, #6b7280);
    --_bg: var(--edu-color-bg, #ffffff);
    --_muted: var(--edu-color-muted, #4b5563);
    --_error: var(--edu-color-error, #b3261e);
    --_success: var(--edu-color-success, #146c2e);
    --_focus: var(--edu-focus-ring, 3px solid #f9a825);
  }
  :host([hidden]) {
    display: none !important;
  }
  /*
   * The dark scheme's defaults, set on the host: a page's own --edu-* values
   * still win, and the elements inside inherit them. Twice, as CSS has no
   * way to say "this attribute, or that one under this media query".
   */
  :host([color-scheme='dark']) {
    color-scheme: dark;
    --edu-color-text: #e8eaed;
    --edu-color-muted: #bdc1c6;
    --edu-color-bg: #202227;
    --edu-color-border: #9aa0a6;
    --edu-color-primary: #8ab4f8;
    --edu-color-on-primary: #0b1b33;
    --edu-color-error: #f2b8b5;
    --edu-color-success: #81c995;
  }
  @media (prefers-color-scheme: dark) {
    :host([color-scheme='auto']) {
      color-scheme: dark;
      --edu-color-text: #e8eaed;
      --edu-color-muted: #bdc1c6;
      --edu-color-bg: #202227;
      --edu-color-border: #9aa0a6;
      --edu-color-primary: #8ab4f8;
      --edu-color-on-primary: #0b1b33;
      --edu-color-error: #f2b8b5;
      --edu-color-success: #81c995;
    }
  }
  /* Not inherited from the host, whose box-sizing a host's reset may undo. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 2);
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.2em;
  }
  p {
    margin: 0 0 calc(var(--_space) * 2);
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  button {
    min-height: 44px;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 2.5);
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
    font-weight: 600;
  }
  button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  button.link {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    font-weight: normal;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  a {
    color: var(--_primary);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-bottom: calc(var(--_space) * 2.5);
  }
  label,
  legend {
    font-weight: 600;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='password'],
  input[type='search'],
  input[type='date'],
  input[type='time'],
  input[type='number'],
  input:not([type]),
  select,
  textarea {
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 1.25);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
  }
  .notice {
    padding: calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_primary);
    background: color-mix(in srgb, var(--_primary) 8%, var(--_bg));
    margin-bottom: calc(var(--_space) * 2);
  }
  .alert {
    padding: calc(var(--_space) * 1.5);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    margin-bottom: calc(var(--_space) * 2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-top: calc(var(--_space) * 2);
  }
  /* The «Пример» badge of a generated record that no real organization stands behind. */
  .sample {
    display: inline-block;
    margin-inline-start: var(--_space);
    padding: 0 calc(var(--_space) / 1.5);
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 600;
    vertical-align: middle;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  /* Windows high contrast: system colours, and borders where colour alone drew a shape. */
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    button:disabled {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .notice,
    .sample {
      border-color: CanvasText;
    }
  }
`;
