import { css } from 'lit';

/**
 * @cssproperty --edu-wizard-done - Colour of the mark of a finished step.
 */
export const wizardStyles = css`
  :host {
    max-width: 48rem;
  }
  .steps {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 3);
    display: grid;
    gap: calc(var(--_space) / 2);
    counter-reset: step;
  }
  .steps li {
    counter-increment: step;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    min-height: 44px;
    padding-inline-start: calc(var(--_space) / 2);
    border-inline-start: 4px solid transparent;
  }
  .steps li::before {
    content: counter(step) '.';
    min-width: 1.5em;
  }
  .steps li[aria-current='step'] {
    border-inline-start-color: var(--_primary);
    font-weight: 600;
  }
  .steps button.link {
    min-height: 44px;
  }
  .step-status {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .step-status[data-status='done'] {
    color: var(--edu-wizard-done, var(--_success));
  }
  .step-of {
    color: var(--_muted);
    margin-bottom: var(--_space);
  }
  h3:focus,
  .alert:focus {
    outline: var(--_focus);
    outline-offset: 4px;
  }
  .alert ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .alert a {
    display: inline-block;
    min-height: 24px;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    min-height: 44px;
    font-weight: normal;
  }
  .choice input {
    width: 24px;
    height: 24px;
    margin: 0.1em 0 0;
    flex: none;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .row > .field {
    flex: 1 1 12rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: calc(var(--_space) * 2);
  }
  th,
  td {
    text-align: start;
    padding: calc(var(--_space) / 2);
    vertical-align: top;
  }
  thead th {
    border-bottom: 2px solid var(--_border);
  }
`;
