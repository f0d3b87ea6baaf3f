import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../../client/errors.js';
import type { Application, LetterReceipt, StatusQuery } from '../../contract/types.js';
import { EduElement } from '../../core/edu-element.js';
import { renderFailure } from '../../core/failure.js';
import { pick, type Language } from '../../core/i18n.js';
import { baseStyles } from '../../core/styles.js';
import { maskEmail } from '../../domain/mask.js';
import { emailProblem } from '../../domain/messages.js';
import { applicationStatusMessages, type ApplicationStatusMessages } from './messages.js';

type StatusField = 'number' | 'email';

/**
 * The status of a sent application, found by its number and the e-mail given
 * in it: received and waiting for a moderator since when, under review since
 * when, approved (the letter went to which address, masked), or rejected with
 * the moderator's reason and what to do. Each says what happens next, and the
 * status found is announced politely.
 *
 * When both attributes are given, the status is asked for at once.
 *
 * @summary Status of an application by its number and e-mail.
 *
 * @fires edu-login-request - The application is approved and the person wants to log in.
 *   Detail: `{}`.
 * @fires edu-reapply - The application was rejected and the person applies again.
 *   Detail: `{ application: Application }`.
 *
 * @csspart error - A request failure with its retry button.
 * @csspart result - The status found.
 */
export class EduApplicationStatus extends EduElement {
  static override styles = [
    baseStyles,
    css`
      .result {
        padding: calc(var(--_space) * 2);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        margin-top: calc(var(--_space) * 2);
      }
      .result.review {
        border-color: var(--_primary);
      }
      .result.approved {
        border-color: var(--_success);
      }
      .result.rejected {
        border-color: var(--_error);
      }
      blockquote {
        margin: 0 0 calc(var(--_space) * 2);
        padding: var(--_space) calc(var(--_space) * 2);
        border-inline-start: 4px solid var(--_border);
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .email {
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** Application number to start from, e.g. the one just sent. */
  @property() number = '';

  /** E-mail of the application to start from. */
  @property() email = '';

  /** Overrides of the element's strings, by message key. */
  @property({ attribute: false }) messages: Partial<ApplicationStatusMessages> | undefined;

  @state() private values: Record<StatusField, string> = { number: '', email: '' };
  @state() private errors: Partial<Record<StatusField, string>> = {};
  @state() private letter: LetterReceipt | undefined;
  @state() private letterError: unknown;
  @state() private sendingLetter = false;
  /** Until when the backend takes no new letter, in ms since the epoch. */
  @state() private letterBlockedUntil = 0;

  #unblockTimer: ReturnType<typeof setTimeout> | undefined;

  #status = new Task(this, {
    task: async ([query]: readonly [StatusQuery], { signal }) =>
      this.api.getApplication(query, { signal }),
    autoRun: false,
  });

  private get m(): ApplicationStatusMessages {
    return pick(applicationStatusMessages, this.language, this.messages);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#unblockTimer);
  }

  /** Asks for the letter again, unless the backend said to wait. */
  async #resend(application: Application): Promise<void> {
    if (this.sendingLetter || Date.now() < this.letterBlockedUntil) return;
    this.sendingLetter = true;
    this.letterError = undefined;
    this.letter = undefined;
    try {
      const email = this.#clean('email', this.values.email) || application.email;
      this.letter = await this.api.resendLetter({ number: application.number, email });
      this.#blockUntil(Date.parse(this.letter.nextAllowedAt));
    } catch (error) {
      this.letterError = error;
      if (error instanceof ApiError && error.status === 429) {
        this.#blockUntil(Date.now() + (error.retryAfter ?? 60) * 1000);
      }
    } finally {
      this.sendingLetter = false;
    }
  }

  #blockUntil(time: number): void {
    if (!Number.isFinite(time)) return;
    this.letterBlockedUntil = time;
    clearTimeout(this.#unblockTimer);
    this.#unblockTimer = setTimeout(() => (this.letterBlockedUntil = 0), time - Date.now());
  }

  #renderResend(application: Application, m: ApplicationStatusMessages) {
    const blocked = this.letterBlockedUntil > Date.now();
    const seconds = Math.ceil((this.letterBlockedUntil - Date.now()) / 1000);
    const rateLimited = this.letterError instanceof ApiError && this.letterError.status === 429;
    const sentAt = this.letter ? formatTime(this.letter.sentAt, this.language) : '';

    return html`<div class="actions">
        <button
          type="button"
          class="secondary"
          aria-disabled=${blocked || this.sendingLetter ? 'true' : 'false'}
          aria-describedby="resend-status"
          @click=${() => void this.#resend(application)}
        >
          ${m.resend}
        </button>
      </div>
      <div id="resend-status" role="status">
        ${this.sendingLetter ? html`<p>${m.resending}</p>` : nothing}
        ${this.letter ? html`<p>${m.resent(this.letter.sentTo, sentAt)}</p>` : nothing}
        ${blocked ? html`<p>${m.resendWait(waitWords(seconds, this.language))}</p>` : nothing}
      </div>
      ${
        this.letterError && !rateLimited
          ? html`<p class="visually-hidden">${m.resendFailed}</p>
              ${renderFailure(this.letterError, this.language, () => void this.#resend(application))}`
          : nothing
      }`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('number')) this.values = { ...this.values, number: this.number };
    if (changed.has('email')) this.values = { ...this.values, email: this.email };

    // Given both, the person came to see the status: ask in this same update.
    const given = changed.has('number') || changed.has('email');
    const complete = this.number.trim() !== '' && this.email.trim() !== '';
    if (given && complete && Object.keys(this.#problems()).length === 0) void this.#check();
  }

  #clean(field: StatusField, value: string): string {
    return field === 'number' ? value.trim().replace(/^№\s*/, '') : value.trim();
  }

  #problems(): Partial<Record<StatusField, string>> {
    const m = this.m;
    const number = this.#clean('number', this.values.number);
    const email = this.#clean('email', this.values.email);
    const problems: Partial<Record<StatusField, string>> = {};
    if (!number) problems.number = m.numberRequired;
    const emailError = email ? emailProblem(email, m) : m.emailRequired;
    if (emailError) problems.email = emailError;
    return problems;
  }

  #onInput(field: StatusField, event: Event): void {
    this.values = { ...this.values, [field]: (event.target as HTMLInputElement).value };
    if (this.errors[field] && !this.#problems()[field]) this.#setError(field, undefined);
  }

  #onLeave(field: StatusField): void {
    this.values = { ...this.values, [field]: this.#clean(field, this.values[field]) };
    if (this.values[field] || this.errors[field]) this.#setError(field, this.#problems()[field]);
  }

  #setError(field: StatusField, problem: string | undefined): void {
    const errors = { ...this.errors };
    if (problem) errors[field] = problem;
    else delete errors[field];
    this.errors = errors;
  }

  async #onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const problems = this.#problems();
    this.errors = problems;

    const first = (['number', 'email'] as const).find((field) => problems[field]);
    if (first) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#status-${first}`)?.focus();
      return;
    }
    await this.#check();
  }

  async #check(): Promise<void> {
    const query = {
      number: this.#clean('number', this.values.number),
      email: this.#clean('email', this.values.email),
    };
    try {
      await this.#status.run([query]);
    } catch {
      // The task keeps the error and renders it.
    }
  }

  override render() {
    const m = this.m;
    return html`
      <h2>${m.title}</h2>
      <p>${m.intro}</p>
      <form novalidate @submit=${this.#onSubmit}>
        ${this.#renderField('number', m.numberLabel, m.numberHint, 'off')}
        ${this.#renderField('email', m.emailLabel, m.emailHint, 'email')}
        <div class="actions">
          <button type="submit">${m.check}</button>
        </div>
      </form>
      <p class="visually-hidden" role="status">${this.#announcement(m)}</p>
      ${this.#renderResult(m)}
    `;
  }

  /** A text input, also for the e-mail: `type="email"` would show a Cyrillic domain as punycode. */
  #renderField(field: StatusField, label: string, hint: string, autocomplete: string) {
    const id = `status-${field}`;
    const error = this.errors[field];
    const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <p class="hint" id=${`${id}-hint`}>${hint}</p>
      ${
        error
          ? html`<p class="error" id=${`${id}-error`}>
              <span class="visually-hidden">${this.m.errorPrefix}</span> ${error}
            </p>`
          : nothing
      }
      <input
        id=${id}
        type="text"
        inputmode=${field === 'email' ? 'email' : 'text'}
        autocomplete=${autocomplete}
        spellcheck="false"
        aria-required="true"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        .value=${live(this.values[field])}
        @input=${(event: Event) => this.#onInput(field, event)}
        @blur=${() => this.#onLeave(field)}
      />
    </div>`;
  }

  #announcement(m: ApplicationStatusMessages): string {
    switch (this.#status.status) {
      case TaskStatus.PENDING:
        return m.checking;
      case TaskStatus.COMPLETE: {
        const application = this.#status.value!;
        return `${this.#statusTitle(application, m)}. ${this.#nextStep(application, m)}`;
      }
      default:
        return '';
    }
  }

  #statusTitle(application: Application, m: ApplicationStatusMessages): string {
    const titles = {
      pending: m.pendingTitle,
      review: m.reviewTitle,
      approved: m.approvedTitle,
      rejected: m.rejectedTitle,
    };
    return titles[application.status](application.number);
  }

  /** What happens next, as the announcement says it after the title. */
  #nextStep(application: Application, m: ApplicationStatusMessages): string {
    switch (application.status) {
      case 'pending':
        return m.pendingNext(application.email);
      case 'review':
        return m.reviewNext(application.email);
      case 'approved':
        return m.approvedText(maskEmail(application.email));
      case 'rejected':
        return m.rejectedWhatToDo;
    }
  }

  #renderResult(m: ApplicationStatusMessages) {
    return this.#status.render({
      pending: () => html`<p aria-hidden="true">${m.checking}</p>`,
      error: (error) =>
        error instanceof ApiError && error.status === 404
          ? html`<div class="alert" part="error"><p>${m.notFound}</p></div>`
          : renderFailure(error, this.language, () => void this.#check()),
      complete: (application) => this.#renderApplication(application, m),
    });
  }

  #renderApplication(application: Application, m: ApplicationStatusMessages) {
    const title = this.#statusTitle(application, m);
    const email = application.email;

    switch (application.status) {
      case 'pending':
        return html`<section class="result pending" part="result">
          <h3>${title}</h3>
          <p>${m.pendingText(formatDate(application.submittedAt, this.language), email)}</p>
          <p class="email">${m.pendingNext(email)}</p>
        </section>`;
      case 'review':
        return html`<section class="result review" part="result">
          <h3>${title}</h3>
          <p>${m.reviewText(formatDate(application.updatedAt, this.language))}</p>
          <p class="email">${m.reviewNext(email)}</p>
        </section>`;
      case 'approved':
        return html`<section class="result approved" part="result">
          <h3>${title}</h3>
          <p class="email">${m.approvedText(maskEmail(email))}</p>
          <p>${m.approvedSpam}</p>
          ${this.#renderResend(application, m)}
          <div class="actions">
            <button type="button" @click=${() => this.emit('edu-login-request', {})}>
              ${m.login}
            </button>
          </div>
        </section>`;
      case 'rejected':
        return html`<section class="result rejected" part="result">
          <h3>${title}</h3>
          ${
            application.reason
              ? html`<p>${m.rejectedReason}</p>
                  <blockquote>${application.reason}</blockquote>`
              : html`<p>${m.noReason}</p>`
          }
          <p>${m.rejectedWhatToDo}</p>
          <div class="actions">
            <button type="button" @click=${() => this.emit('edu-reapply', { application })}>
              ${m.reapply}
            </button>
          </div>
        </section>`;
    }
  }
}

/** The time of day of an ISO date: «21:04». */
function formatTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A wait in words: «40 с», «2 мин». */
function waitWords(seconds: number, lang: Language): string {
  const [s, min] = lang === 'ru' ? ['с', 'мин'] : ['s', 'min'];
  return seconds < 60 ? `${seconds} ${s}` : `${Math.ceil(seconds / 60)} ${min}`;
}

/** A date of the contract (ISO) as a person writes it: «3 декабря 2026 г.». */
function formatDate(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}
