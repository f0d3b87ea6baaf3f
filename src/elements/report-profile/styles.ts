import { css } from 'lit';

export const reportProfileStyles = css`
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: 44px;
  }
  .choice input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
  }
  .choice label {
    font-weight: normal;
    padding: calc(var(--_space) / 2) 0;
  }
  fieldset.field {
    display: grid;
  }
  .error-summary h3 {
    margin-bottom: var(--_space);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .receipt-number {
    font-size: 1.2em;
    font-weight: 600;
  }
`;
