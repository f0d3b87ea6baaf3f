import { css } from 'lit';

export const loginFormStyles = css`
  :host {
    max-width: 28rem;
  }
  .password {
    display: flex;
    gap: var(--_space);
  }
  .password input {
    flex: 1;
    min-width: 0;
  }
  .password button {
    flex: none;
  }
  .caps {
    color: var(--_error);
  }
`;
