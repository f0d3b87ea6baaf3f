import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { isApiError } from '../../client/errors.js';
import type {
  Organization,
  ProfileReport,
  ProfileReportReceipt,
  ReportReason as Reason,
} from '../../contract/types.js';
import { clearDraft, loadDraft, saveDraft } from '../../core/drafts.js';
import { EduElement } from '../../core/edu-element.js';
import { renderFailure } from '../../core/failure.js';
import { pick } from '../../core/i18n.js';
import { commonMessages } from '../../core/messages.js';
import { baseStyles } from '../../core/styles.js';
import { isValidEmail } from '../../domain/validators.js';
import { reportProfileMessages, type ReportProfileMessages } from './messages.js';
import { reportProfileStyles } from './styles.js';

/** Detail of `edu-report-sent`. */
export interface ReportSentDetail {
  receipt: ProfileReportReceipt;
}

type Field = 'reasons' | 'comment' | 'contactEmail';
type FieldErrors = Partial<Record<Field, string>>;

interface Draft {
  reasons: Reason[];
  comment: string;
  contactEmail: string;
}

/**
 * The reasons a person chooses from: strangers among the staff, a false
 * description, or something else. The contract also takes `duplicate` and
 * `closed`, which support sets itself.
 */
const REASONS: readonly Reason[] = ['strangers-in-staff', 'wrong-details', 'other'];
const FIELDS: readonly Field[] = ['reasons', 'comment', 'contactEmail'];
const COMMENT_MAX = 2000;

/** The element each field's error links to. */
const FIELD_TARGETS: Record<Field, string> = {
  reasons: `reason-${REASONS[0]}`,
  comment: 'comment',
  contactEmail: 'email',
};

/**
 * A report to support about an organization's profile that looks wrong:
 * it lists people who are not its staff, repeats another profile, or
 * describes the school falsely. Checked when each field is left and on
 * sending, with an error summary that takes focus; what was typed is kept
 * as a draft until the report is sent.
 *
 * @summary Reports a wrong organization profile to support.
 *
 * @fires edu-report-sent - The report was accepted. Detail: `{ receipt }` with its `id`
 *   and `createdAt`.
 * @fires edu-back - The person went back without sending. Detail: `{}`.
 *
 * @csspart heading - The heading of the form or of the receipt.
 * @csspart error-summary - The list of errors shown after a failed check.
 * @csspart submit - The send button.
 * @csspart receipt - The confirmation shown once the report is sent.
 * @csspart error - A failed request, with its retry button.
 */
export class EduReportProfile extends EduElement {
  static override styles = [baseStyles, reportProfileStyles];

  /** The organization whose profile is reported. */
  @property({ attribute: false }) organization: Organization | null = null;

  /** Id of the organization, for use from HTML; `organization` wins when both are set. */
  @property({ attribute: 'organization-id' }) organizationId = '';

  /** Overrides of any of the element's strings. */
  @property({ attribute: false }) messages: Partial<ReportProfileMessages> = {};

  @state() private reasons: Reason[] = [];
  @state() private comment = '';
  @state() private contactEmail = '';
  @state() private errors: FieldErrors = {};
  @state() private summaryShown = false;
  @state() private receipt: ProfileReportReceipt | null = null;

  /** Fields changed since they were last checked; leaving one of them checks it again. */
  #edited = new Set<Field>();

  #send = new Task(this, {
    autoRun: false,
    task: async ([report]: readonly [ProfileReport], { signal }) =>
      this.api.reportProfile(report, { signal }),
    onComplete: (receipt) => void this.#sent(receipt),
    onError: (error) => void this.#rejected(error),
  });

  /** Moves focus to the heading. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus(options);
  }

  get #targetId(): string {
    return this.organization?.id ?? this.organizationId;
  }

  get #draftKey(): string {
    return `profile-report:${this.#targetId}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('organization') || changed.has('organizationId')) && this.#targetId) {
      this.#restoreDraft();
    }
  }

  override render() {
    const m = pick(reportProfileMessages, this.language, this.messages);
    if (this.receipt) return this.#renderReceipt(this.receipt, m);

    const name = this.organization?.shortName || this.organization?.fullName;
    const sending = this.#send.status === TaskStatus.PENDING;
    const failed = this.#send.status === TaskStatus.ERROR && !this.#hasFieldErrorsFromServer;

    return html`
      <h2 tabindex="-1" part="heading">${name ? m.headingFor(name) : m.heading}</h2>
      <p>${m.intro}</p>
      ${this.#renderSummary()}
      <form novalidate @submit=${this.#submit} @input=${this.#keepDraft}>
        ${this.#renderReasons(m)} ${this.#renderComment(m)} ${this.#renderEmail(m)}
        ${
          failed
            ? html`${renderFailure(this.#send.error, this.language, () => this.#submitNow())}
                <p class="hint">${m.draftKept}</p>`
            : nothing
        }
        <div class="actions">
          <button type="submit" part="submit" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? m.sending : m.submit}
          </button>
          <button type="button" class="secondary" @click=${() => this.emit('edu-back', {})}>
            ${m.back}
          </button>
        </div>
        <div class="visually-hidden" role="status">${sending ? m.sending : ''}</div>
      </form>
    `;
  }

  #renderSummary() {
    const listed = FIELDS.filter((field) => this.errors[field]);
    if (!this.summaryShown || listed.length === 0) return nothing;

    return html`<div
      class="alert error-summary"
      part="error-summary"
      tabindex="-1"
      aria-labelledby="summary-title"
    >
      <h3 id="summary-title">${commonMessages[this.language].errorSummaryTitle}</h3>
      <ul>
        ${listed.map(
          (field) =>
            html`<li>
              <a
                href="#${FIELD_TARGETS[field]}"
                @click=${(event: Event) => this.#focusField(event, field)}
                >${this.errors[field]}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderReasons(m: ReportProfileMessages) {
    const error = this.errors.reasons;
    return html`<fieldset
      class="field"
      aria-describedby=${error ? 'reasons-hint reasons-error' : 'reasons-hint'}
      @focusout=${this.#leaveReasons}
    >
      <legend>${m.reasonsLegend}</legend>
      <span class="hint" id="reasons-hint">${m.reasonsHint}</span>
      ${error ? html`<span class="error" id="reasons-error">${error}</span>` : nothing}
      ${REASONS.map(
        (reason) =>
          html`<div class="choice">
            <input
              type="checkbox"
              id="reason-${reason}"
              name="reasons"
              .value=${reason}
              .checked=${this.reasons.includes(reason)}
              aria-invalid=${error ? 'true' : 'false'}
              @change=${this.#toggleReason}
            />
            <label for="reason-${reason}">${m.reasons[reason]}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  #renderComment(m: ReportProfileMessages) {
    const error = this.errors.comment;
    return html`<div class="field">
      <label for="comment">${m.comment}</label>
      <span class="hint" id="comment-hint">${m.commentHint}</span>
      ${error ? html`<span class="error" id="comment-error">${error}</span>` : nothing}
      <textarea
        id="comment"
        name="comment"
        rows="4"
        aria-describedby=${error ? 'comment-hint comment-error' : 'comment-hint'}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${this.comment}
        @input=${(event: Event) => this.#edit('comment', event)}
        @blur=${() => this.#leave('comment')}
      ></textarea>
    </div>`;
  }

  #renderEmail(m: ReportProfileMessages) {
    const error = this.errors.contactEmail;
    return html`<div class="field">
      <label for="email">${m.email}</label>
      <span class="hint" id="email-hint">${m.emailHint}</span>
      ${error ? html`<span class="error" id="email-error">${error}</span>` : nothing}
      <input
        id="email"
        name="email"
        type="text"
        inputmode="email"
        autocomplete="email"
        spellcheck="false"
        aria-describedby=${error ? 'email-hint email-error' : 'email-hint'}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${this.contactEmail}
        @input=${(event: Event) => this.#edit('contactEmail', event)}
        @blur=${() => this.#leave('contactEmail')}
      />
    </div>`;
  }

  #renderReceipt(receipt: ProfileReportReceipt, m: ReportProfileMessages) {
    const sentAt = new Date(receipt.createdAt);
    const date = Number.isNaN(sentAt.getTime())
      ? receipt.createdAt
      : new Intl.DateTimeFormat(this.language, { dateStyle: 'long', timeStyle: 'short' }).format(
          sentAt,
        );

    return html`<section part="receipt" aria-labelledby="sent-heading">
      <h2 id="sent-heading" tabindex="-1" part="heading">${m.sentHeading}</h2>
      <p class="receipt-number">${m.receipt(receipt.id)}</p>
      <p class="hint">${m.sentAt(date)}</p>
      <ul>
        ${m.nextSteps.map((step) => html`<li>${step}</li>`)}
      </ul>
    </section>`;
  }

  /** The message for one field, or `undefined` when it is fine. */
  #problemWith(field: Field): string | undefined {
    const m = pick(reportProfileMessages, this.language, this.messages);
    switch (field) {
      case 'reasons':
        return this.reasons.length === 0 ? m.reasonsMissing : undefined;
      case 'comment':
        if (this.comment.length > COMMENT_MAX) return m.commentTooLong;
        return this.reasons.includes('other') && !this.comment.trim()
          ? m.commentMissing
          : undefined;
      case 'contactEmail': {
        const email = this.contactEmail.trim();
        if (!email) return m.emailMissing;
        return isValidEmail(email) ? undefined : m.emailInvalid;
      }
    }
  }

  #check(field: Field): void {
    this.errors = { ...this.errors, [field]: this.#problemWith(field) };
  }

  #edit(field: 'comment' | 'contactEmail', event: Event): void {
    this[field] = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.#edited.add(field);
  }

  /** Checks a field as it is left, unless untouched: tabbing past is no answer yet. */
  #leave(field: Field): void {
    if (!this.#edited.delete(field)) return;
    this.#check(field);
  }

  #toggleReason = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    const reason = box.value as Reason;
    this.reasons = box.checked
      ? REASONS.filter((known) => known === reason || this.reasons.includes(known))
      : this.reasons.filter((chosen) => chosen !== reason);
    this.#edited.add('reasons');

    // Ticking a box is a deliberate answer: a stale "tick something" goes at once.
    if (this.errors.reasons && this.reasons.length > 0) this.#check('reasons');
    this.#keepDraft();
  };

  #leaveReasons = (event: FocusEvent): void => {
    const fieldset = event.currentTarget as HTMLElement;
    if (fieldset.contains(event.relatedTarget as Node | null)) return;
    this.#leave('reasons');
  };

  #focusField(event: Event, field: Field): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${FIELD_TARGETS[field]}`)?.focus();
  }

  #keepDraft = (): void => {
    if (!this.#targetId) return;
    const draft: Draft = {
      reasons: this.reasons,
      comment: this.comment,
      contactEmail: this.contactEmail,
    };
    saveDraft(this.#draftKey, draft);
  };

  #restoreDraft(): void {
    // Another organization starts from its own draft, or from nothing.
    const draft = loadDraft<Partial<Draft>>(this.#draftKey) ?? {};
    this.reasons = (draft.reasons ?? []).filter((reason) => REASONS.includes(reason));
    this.comment = typeof draft.comment === 'string' ? draft.comment : '';
    this.contactEmail = typeof draft.contactEmail === 'string' ? draft.contactEmail : '';
    this.errors = {};
    this.summaryShown = false;
    this.receipt = null;
  }

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.#send.status === TaskStatus.PENDING) return;

    const errors: FieldErrors = {};
    for (const field of FIELDS) errors[field] = this.#problemWith(field);
    this.errors = errors;
    this.#edited.clear();

    if (FIELDS.some((field) => errors[field])) {
      void this.#showSummary();
      return;
    }
    this.#submitNow();
  };

  #submitNow(): void {
    this.summaryShown = false;
    void this.#send.run([
      {
        organizationId: this.#targetId,
        reasons: this.reasons,
        comment: this.comment.trim(),
        contactEmail: this.contactEmail.trim(),
      },
    ]);
  }

  async #showSummary(): Promise<void> {
    this.summaryShown = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  get #hasFieldErrorsFromServer(): boolean {
    const error = this.#send.error;
    return isApiError(error) && error.status === 422 && this.#serverErrors(error).size > 0;
  }

  #serverErrors(error: unknown): Map<Field, string> {
    const found = new Map<Field, string>();
    if (!isApiError(error)) return found;
    for (const { path, message } of error.fieldErrors) {
      const field = path[0];
      if (typeof field === 'string' && (FIELDS as readonly string[]).includes(field)) {
        found.set(field as Field, message);
      }
    }
    return found;
  }

  async #rejected(error: unknown): Promise<void> {
    const fromServer = this.#serverErrors(error);
    if (!(isApiError(error) && error.status === 422) || fromServer.size === 0) return;
    this.errors = Object.fromEntries(fromServer);
    await this.#showSummary();
  }

  async #sent(receipt: ProfileReportReceipt): Promise<void> {
    clearDraft(this.#draftKey);
    this.receipt = receipt;
    this.emit<ReportSentDetail>('edu-report-sent', { receipt });
    await this.updateComplete;
    this.focus();
  }
}
