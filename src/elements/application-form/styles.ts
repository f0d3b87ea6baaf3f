import { css } from 'lit';

export const applicationFormStyles = css`
  .optional {
    font-weight: normal;
    color: var(--_muted);
  }
  legend h3 {
    margin-bottom: var(--_space);
  }
  .summary {
    padding: calc(var(--_space) * 2);
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
    margin-bottom: calc(var(--_space) * 3);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary a {
    color: var(--_error);
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .duplicates {
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    margin-bottom: calc(var(--_space) * 3);
  }
  .duplicates ul,
  .answers {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .match {
    padding: calc(var(--_space) * 1.5) 0;
    border-top: 1px solid var(--_border);
  }
  .match-name {
    font-weight: 600;
    margin-bottom: calc(var(--_space) / 2);
  }
  .answers div {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 2fr auto;
    gap: var(--_space);
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border);
  }
  .answers dt {
    font-weight: 600;
  }
  .answers dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 32em) {
    .answers div {
      grid-template-columns: 1fr auto;
    }
    .answers dt {
      grid-column: 1 / -1;
    }
  }
  .email-check {
    padding: calc(var(--_space) * 2);
    border: 4px solid var(--_primary);
    border-radius: var(--_radius);
    margin-bottom: calc(var(--_space) * 3);
  }
  .email-large {
    font-size: 1.5em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  button.link {
    min-height: 44px;
    min-width: 44px;
  }
  input[type='url'] {
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 1.25);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2.5);
  }
  .choice input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0.1em 0 0;
  }
  .choice label {
    font-weight: normal;
  }
  .choices legend {
    margin-bottom: var(--_space);
  }
  .choices .choice {
    margin-bottom: var(--_space);
  }
  .suggestion {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_primary);
  }
  .suggestion p {
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  .consent-text {
    padding: var(--_space) calc(var(--_space) * 2);
    border-inline-start: 4px solid var(--_border);
    margin-bottom: calc(var(--_space) * 2);
  }
`;
