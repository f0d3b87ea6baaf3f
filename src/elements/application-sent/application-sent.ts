import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Application } from '../../contract/types.js';
import { EduElement } from '../../core/edu-element.js';
import { pick } from '../../core/i18n.js';
import { baseStyles } from '../../core/styles.js';
import { applicationSentMessages, type ApplicationSentMessages } from './messages.js';

/**
 * What a person sees once the application is sent: its number to keep, where
 * the credentials will go, what happens next and what to do when no letter
 * comes.
 *
 * @summary Confirmation of a sent application, with its number and next steps.
 *
 * @fires edu-status-request - The person wants the application's status.
 *   Detail: `{ number: string, email: string }`.
 * @fires edu-login-request - The person has the credentials and wants to log in. Detail: `{}`.
 *
 * @csspart number - The application number.
 * @csspart email - The address the credentials go to.
 */
export class EduApplicationSent extends EduElement {
  static override styles = [
    baseStyles,
    css`
      .number-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: calc(var(--_space) * 2);
        margin-bottom: var(--_space);
      }
      .number {
        font-size: 2em;
        font-weight: 700;
        letter-spacing: 0.05em;
        margin: 0;
        user-select: all;
        font-variant-numeric: tabular-nums;
      }
      .email {
        font-size: 1.25em;
        font-weight: 700;
        overflow-wrap: anywhere;
      }
      ol,
      ul {
        padding-inline-start: 1.5em;
        margin: 0 0 calc(var(--_space) * 2);
      }
      li {
        margin-bottom: var(--_space);
      }
    `,
  ];

  /** The application the server accepted (contract `Application`). */
  @property({ attribute: false }) application: Application | undefined;

  /** Overrides of the element's strings, by message key. */
  @property({ attribute: false }) messages: Partial<ApplicationSentMessages> | undefined;

  @state() private copyResult: 'copied' | 'failed' | undefined;

  private get m(): ApplicationSentMessages {
    return pick(applicationSentMessages, this.language, this.messages);
  }

  async #copy(): Promise<void> {
    const number = this.application?.number ?? '';
    this.copyResult = undefined;
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(number);
      this.copyResult = 'copied';
    } catch {
      // No clipboard on plain-http pages or without permission: select it for Ctrl+C.
      this.#selectNumber();
      this.copyResult = 'failed';
    }
  }

  #selectNumber(): void {
    const number = this.renderRoot.querySelector('.number');
    const selection = getSelection();
    if (!number || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(number);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  override render() {
    const application = this.application;
    if (!application) return nothing;
    const m = this.m;
    const copyNote =
      this.copyResult === 'copied' ? m.copied : this.copyResult === 'failed' ? m.copyFailed : '';

    return html`
      <h2>${m.title}</h2>
      <p>${m.numberLabel}</p>
      <div class="number-row">
        <p class="number" part="number">${application.number}</p>
        <button type="button" class="secondary" @click=${() => void this.#copy()}>${m.copy}</button>
      </div>
      <p role="status">${copyNote}</p>
      <p>${m.keepNumber}</p>

      <h3>${m.nextTitle}</h3>
      <ol>
        <li>${m.nextModeration}</li>
        <li>${m.nextLetter}</li>
      </ol>
      <p class="email" part="email">${application.email}</p>
      <p>${m.nextLogin}</p>

      <h3>${m.noLetterTitle}</h3>
      <ul>
        <li>${m.checkAddress} <strong>${application.email}</strong>. ${m.checkAddressWrong}</li>
        <li>${m.checkSpam}</li>
        <li>${m.checkStatus}</li>
      </ul>
      <div class="actions">
        <button
          type="button"
          @click=${() =>
            this.emit('edu-status-request', {
              number: application.number,
              email: application.email,
            })}
        >
          ${m.statusButton}
        </button>
        <button type="button" class="secondary" @click=${() => this.emit('edu-login-request', {})}>
          ${m.loginButton}
        </button>
      </div>
    `;
  }
}
