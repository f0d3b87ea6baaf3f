import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../../client/errors.js';
import type {
  Application,
  DuplicateQuery,
  Municipality,
  Organization,
  Settlement,
} from '../../contract/types.js';
import { EduElement } from '../../core/edu-element.js';
import { renderFailure } from '../../core/failure.js';
import { pick } from '../../core/i18n.js';
import { commonMessages } from '../../core/messages.js';
import { baseStyles } from '../../core/styles.js';
import { suggestEmail } from '../../domain/email-typos.js';
import { isValidInn, isValidOgrn } from '../../domain/validators.js';
import {
  draftKey,
  dropDraft,
  hasAnswers,
  keepDraft,
  newIdempotencyKey,
  restoreDraft,
  type FormStep,
} from './draft.js';
import {
  ADMINISTRATOR_FIELDS,
  allProblems,
  cleanValue,
  emptyValues,
  FIELD_INPUTS,
  FIELDS,
  fieldOfPath,
  fieldProblem,
  HEAD_FIELDS,
  isOptional,
  optionsOf,
  ORGANIZATION_FIELDS,
  toApplicationInput,
  type ApplicantKind,
  type ApplicationChoices,
  type ApplicationFormValues,
  type FieldName,
  type ProblemField,
} from './fields.js';
import { applicationFormMessages, type ApplicationFormMessages } from './messages.js';
import { applicationFormStyles } from './styles.js';

type FieldErrors = Partial<Record<ProblemField, string>>;

/** Typing pauses this long before the duplicate check asks the server. */
const DUPLICATE_DELAY_MS = 500;
const DUPLICATE_FIELDS: ReadonlySet<FieldName> = new Set(['fullName', 'inn', 'ogrn']);

/**
 * The application to connect an educational organization (ОО) or a municipal
 * education authority (МОУО): its details (names, kind, legal form, INN, KPP,
 * OGRN, legal and postal address, phone, e-mail, website), its head, the
 * administrator who receives the credentials, a "check your answers" step
 * with the consent to personal-data processing, and the submission.
 *
 * What is typed is kept in a draft in the tab's session storage (never the
 * consent), with the idempotency key of the one application the draft may
 * create, so neither a reload nor a retry after a lost connection loses an
 * answer or sends a second application. A restored draft is announced, with
 * a way to start again.
 * While the name, INN or OGRN are typed, likely duplicates among registered
 * organizations are shown with the reason of each, by `<edu-duplicate-panel>`.
 *
 * @summary Application form of an ОО or a МОУО, with duplicate check and review step.
 *
 * @fires edu-organization-select - The person says a registered organization is
 *   theirs, from the duplicate list or a 409 answer. Detail: `{ organization: Organization }`.
 * @fires edu-application-sent - The server accepted the application.
 *   Detail: `{ application: Application }`.
 *
 * @csspart error - A request failure with its retry button.
 */
export class EduApplicationForm extends EduElement {
  static override styles = [baseStyles, applicationFormStyles];

  /** Who applies: `organization` (an ОО, the default) or `authority` (a МОУО). */
  @property() kind: ApplicantKind = 'organization';

  /** Settlement of the ОО; its id goes with the application and the duplicate check. */
  @property({ attribute: false }) settlement: Settlement | undefined;

  /** Municipality of the МОУО, when `kind` is `authority`. */
  @property({ attribute: false }) municipality: Municipality | undefined;

  /** Answers to start from, e.g. the name typed in the school search. A draft wins over them. */
  @property({ attribute: false }) prefill: Partial<ApplicationFormValues> | undefined;

  /** Overrides of the element's strings, by message key. */
  @property({ attribute: false }) messages: Partial<ApplicationFormMessages> | undefined;

  @state() private values: ApplicationFormValues = emptyValues();
  @state() private choices: ApplicationChoices = { postalSame: false, consent: false };
  /** The answers came from a draft typed before, and the person has not started again. */
  @state() private restored = false;
  @state() private announcement = '';
  /** A common mail domain an e-mail field was probably meant for, by field. */
  @state() private suggestions: Partial<Record<FieldName, string>> = {};
  @state() private errors: FieldErrors = {};
  @state() private step: FormStep | 'sent' = 'edit';
  @state() private showSummary = false;
  /** Problems the server named without a field of this form. */
  @state() private otherErrors: string[] = [];
  @state() private submitting = false;
  @state() private submitError: unknown;
  @state() private existing: Organization | undefined;
  /** The application an earlier sending created with other answers, when the server says so. */
  @state() private earlier: Application | undefined;
  @state() private application: Application | undefined;
  @state() private duplicateQuery: DuplicateQuery | null = null;

  #draftKey: string | undefined;
  #prefillApplied = '';
  #idempotencyKey = newIdempotencyKey();
  #duplicateTimer: ReturnType<typeof setTimeout> | undefined;
  #submission: AbortController | undefined;

  private get m(): ApplicationFormMessages {
    return pick(applicationFormMessages, this.language, this.messages);
  }

  private get placeId(): string | undefined {
    return this.kind === 'authority' ? this.municipality?.id : this.settlement?.id;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#duplicateTimer);
    this.#submission?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);

    if (changed.has('kind') && this.kind !== 'organization' && this.kind !== 'authority') {
      console.warn(`<edu-application-form>: kind "${this.kind}" is unknown; using organization.`);
      this.kind = 'organization';
    }

    const key = draftKey(this.kind, this.placeId);
    if (key !== this.#draftKey) this.#restore(key);
    else if (changed.has('prefill')) this.#applyPrefill();
  }

  #restore(key: string): void {
    this.#draftKey = key;
    const draft = restoreDraft(key);

    this.values = draft?.values ?? emptyValues();
    this.choices = { postalSame: draft?.postalSame ?? false, consent: false };
    this.restored = hasAnswers(draft);
    this.#idempotencyKey = draft?.idempotencyKey ?? newIdempotencyKey();
    this.step = draft?.step ?? 'edit';
    this.errors = {};
    this.otherErrors = [];
    this.showSummary = false;
    this.submitError = undefined;
    this.existing = undefined;
    this.#applyPrefill(true);
    this.duplicateQuery = this.#duplicateCandidate();
  }

  /**
   * Fills the answers still empty; never overwrites what a person typed, and
   * does not refill a field they emptied when a host passes the same prefill again.
   */
  #applyPrefill(force = false): void {
    const given = JSON.stringify(this.prefill ?? {});
    if (!this.prefill || (!force && given === this.#prefillApplied)) return;
    this.#prefillApplied = given;
    const values = { ...this.values };
    for (const name of FIELDS) {
      const given = this.prefill[name];
      if (typeof given === 'string' && values[name] === '') values[name] = given;
    }
    this.values = values;
  }

  #saveDraft(): void {
    if (!this.#draftKey) return;
    keepDraft(this.#draftKey, {
      values: this.values,
      postalSame: this.choices.postalSame,
      idempotencyKey: this.#idempotencyKey,
      step: this.step === 'review' ? 'review' : 'edit',
    });
  }

  /** Deletes the draft and every answer, for a person who does not want the restored ones. */
  async #startAgain(): Promise<void> {
    if (this.#draftKey) dropDraft(this.#draftKey);
    this.values = emptyValues();
    this.choices = { postalSame: false, consent: false };
    this.#idempotencyKey = newIdempotencyKey();
    this.errors = {};
    this.otherErrors = [];
    this.showSummary = false;
    this.submitError = undefined;
    this.restored = false;
    this.step = 'edit';
    this.announcement = this.m.startedAgain;
    this.#applyPrefill(true);
    await this.updateComplete;
    this.#focus('#field-fullName');
  }

  #setChoice(name: keyof ApplicationChoices, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.choices = { ...this.choices, [name]: checked };
    if (name === 'postalSame') {
      this.#saveDraft();
      if (checked) this.#setError('postalAddress', null);
    } else if (checked || this.errors.consent) {
      this.#setError('consent', checked ? null : this.m.consentMissing);
    }
  }

  // ------------------------------------------------------------ answers

  #onInput(name: FieldName, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.values = { ...this.values, [name]: value };
    this.#saveDraft();
    if (this.suggestions[name]) this.suggestions = { ...this.suggestions, [name]: undefined };

    // An error shown goes away once fixed, but a new one waits for leaving the field.
    if (this.errors[name] && !fieldProblem(name, this.values, this.m, this.kind)) {
      this.#setError(name, null);
    }

    if (DUPLICATE_FIELDS.has(name)) {
      clearTimeout(this.#duplicateTimer);
      this.#duplicateTimer = setTimeout(() => this.#checkDuplicates(), DUPLICATE_DELAY_MS);
    }
  }

  #onLeave(name: FieldName): void {
    const cleaned = cleanValue(name, this.values[name]);
    if (cleaned !== this.values[name]) {
      this.values = { ...this.values, [name]: cleaned };
      this.#saveDraft();
    }

    // An empty field left on the way through is not yet a mistake; submitting tells.
    if (cleaned !== '' || this.errors[name]) {
      this.#setError(name, fieldProblem(name, this.values, this.m, this.kind));
    }
    if (name === 'email' || name === 'orgEmail') {
      const suggestion = this.errors[name] ? null : suggestEmail(cleaned);
      this.suggestions = { ...this.suggestions, [name]: suggestion ?? undefined };
    }
    if (name === 'email' && this.values.emailConfirm) {
      this.#setError('emailConfirm', fieldProblem('emailConfirm', this.values, this.m, this.kind));
    }

    if (DUPLICATE_FIELDS.has(name)) {
      clearTimeout(this.#duplicateTimer);
      this.#checkDuplicates();
    }
  }

  /** Takes the suggested address; a confirmation typed with the same typo is fixed too. */
  async #useSuggestion(name: FieldName, address: string): Promise<void> {
    const values = { ...this.values, [name]: address };
    if (name === 'email' && this.values.emailConfirm.trim() === this.values.email.trim()) {
      values.emailConfirm = address;
    }
    this.values = values;
    this.suggestions = { ...this.suggestions, [name]: undefined };
    this.#saveDraft();
    this.#setError(name, fieldProblem(name, this.values, this.m, this.kind));
    if (this.errors.emailConfirm) {
      this.#setError('emailConfirm', fieldProblem('emailConfirm', values, this.m, this.kind));
    }
    this.announcement = address;
    await this.updateComplete;
    this.#focus(`#field-${name}`);
  }

  #setError(name: ProblemField, problem: string | null): void {
    const errors = { ...this.errors };
    if (problem) errors[name] = problem;
    else delete errors[name];
    this.errors = errors;
    const none = Object.keys(errors).length === 0 && this.otherErrors.length === 0;
    if (none) this.showSummary = false;
  }

  /** Checks every answer; the consent too once the answers are checked and sent. */
  #validateAll(withConsent = false): FieldErrors {
    const values = { ...this.values };
    for (const name of FIELDS) values[name] = cleanValue(name, values[name]);
    this.values = values;

    const errors: FieldErrors = allProblems(values, this.choices, this.m, this.kind);
    if (!withConsent) delete errors.consent;
    this.errors = errors;
    this.otherErrors = [];
    return errors;
  }

  // ------------------------------------------------------------ duplicates

  #duplicateCandidate(): DuplicateQuery | null {
    const name = cleanValue('fullName', this.values.fullName);
    const inn = cleanValue('inn', this.values.inn);
    const ogrn = cleanValue('ogrn', this.values.ogrn);
    const query: DuplicateQuery = {};

    // An authority is matched by its numbers only: names of schools and authorities differ.
    // A name past the contract's limit is refused at its field; the check needs no more of it.
    if (this.kind === 'organization' && name.length >= 3) query.name = name.slice(0, 1000);
    if (isValidInn(inn)) query.inn = inn;
    if (isValidOgrn(ogrn)) query.ogrn = ogrn;
    if (!query.name && !query.inn && !query.ogrn) return null;

    if (this.kind === 'organization' && this.settlement) query.settlementId = this.settlement.id;
    return query;
  }

  #checkDuplicates(): void {
    const query = this.#duplicateCandidate();
    if (JSON.stringify(query) !== JSON.stringify(this.duplicateQuery)) this.duplicateQuery = query;
  }

  #selectOrganization(organization: Organization): void {
    this.emit('edu-organization-select', { organization });
  }

  // ------------------------------------------------------------ steps

  async #toReview(event: Event): Promise<void> {
    event.preventDefault();
    const errors = this.#validateAll();

    if (Object.keys(errors).length > 0) {
      this.showSummary = true;
      await this.updateComplete;
      this.#focus('.summary');
      return;
    }

    this.showSummary = false;
    this.step = 'review';
    this.#saveDraft();
    await this.updateComplete;
    this.#focus('#review-title');
  }

  async #change(name: ProblemField): Promise<void> {
    this.step = 'edit';
    this.#saveDraft();
    await this.updateComplete;
    const hidden = name === 'postalAddress' && this.choices.postalSame;
    this.#focus(hidden ? '#field-postalSame' : `#field-${name}`);
  }

  #focus(selector: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  #focusFromSummary(event: Event, name: ProblemField): void {
    // Fragment links cannot reach inside a shadow root; focus the field instead.
    event.preventDefault();
    this.#focus(`#field-${name}`);
  }

  // ------------------------------------------------------------ submission

  async #submit(): Promise<void> {
    if (this.submitting) return;
    const problems = Object.keys(this.#validateAll(true));
    if (problems.length > 0) {
      // Only the consent is asked on this page; any other answer is fixed in the form.
      if (problems.some((name) => name !== 'consent')) this.step = 'edit';
      this.showSummary = true;
      await this.updateComplete;
      this.#focus('.summary');
      return;
    }

    this.submitting = true;
    this.submitError = undefined;
    this.existing = undefined;
    this.earlier = undefined;
    this.#saveDraft();
    this.#submission?.abort();
    this.#submission = new AbortController();
    const input = toApplicationInput(this.values, this.choices, this.kind, this.placeId);

    try {
      const application = await this.api.createApplication(input, this.#idempotencyKey, {
        signal: this.#submission.signal,
      });
      await this.#sent(application);
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'aborted') return;
      await this.#refused(error);
    } finally {
      this.submitting = false;
    }
  }

  async #sent(application: Application): Promise<void> {
    if (this.#draftKey) dropDraft(this.#draftKey);
    this.application = application;
    this.step = 'sent';
    this.emit('edu-application-sent', { application });
    await this.updateComplete;
    this.#focus('#sent');
  }

  async #refused(error: unknown): Promise<void> {
    const refused = error instanceof ApiError && error.kind === 'http';

    if (refused && error.status === 422 && error.fieldErrors.length > 0) {
      // The server looked at this body and refused it, so nothing was created under its key.
      this.#idempotencyKey = newIdempotencyKey();
      const errors: FieldErrors = {};
      const other: string[] = [];
      for (const fieldError of error.fieldErrors) {
        const name = fieldOfPath(fieldError.path);
        if (name) errors[name] ??= fieldError.message;
        else other.push(fieldError.message);
      }
      this.errors = errors;
      this.otherErrors = other;
      this.showSummary = true;
      this.step = 'edit';
      this.#saveDraft();
      await this.updateComplete;
      this.#focus('.summary');
      return;
    }

    if (refused && error.code === 'idempotency-key-reused' && error.problem?.application) {
      // An earlier sending arrived although its answer was lost, and the answers changed since.
      this.earlier = error.problem.application;
      this.#saveDraft();
      await this.updateComplete;
      this.#focus('#earlier-title');
      return;
    }

    if (refused && error.status === 409 && error.existing) {
      this.#idempotencyKey = newIdempotencyKey();
      this.existing = error.existing;
      this.#saveDraft();
      await this.updateComplete;
      this.#focus('#conflict-title');
      return;
    }

    this.submitError = error;
  }

  // ------------------------------------------------------------ rendering

  override render() {
    const m = this.m;
    return html`
      <h2 id="title">${m.title(this.kind)}</h2>
      ${this.#renderPlace(m)} ${this.step === 'sent' ? nothing : this.#renderRestored(m)}
      ${this.step === 'edit' ? this.#renderEdit(m) : nothing}
      ${this.step === 'review' ? this.#renderReview(m) : nothing}
      ${
        this.step === 'sent' && this.application
          ? html`<p class="notice" id="sent" tabindex="-1" role="status">
              ${m.sent(this.application.number)}
            </p>`
          : nothing
      }
    `;
  }

  #renderPlace(m: ApplicationFormMessages) {
    if (this.kind === 'authority') {
      return this.municipality ? html`<p>${m.municipality(this.municipality.name)}</p>` : nothing;
    }
    if (!this.settlement) return nothing;
    const { kind, name, municipality } = this.settlement;
    const place = [kind ? `${kind} ${name}` : name, municipality.name].join(', ');
    return html`<p>${m.settlement(place)}</p>`;
  }

  #renderEdit(m: ApplicationFormMessages) {
    return html`
      ${this.#renderSummary(m)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <form novalidate @submit=${this.#toReview}>
        <p class="hint">${m.intro}</p>
        <fieldset>
          <legend><h3>${m.organizationGroup(this.kind)}</h3></legend>
          <p class="hint">
            ${m.registryHelp}
            <a href="https://egrul.nalog.ru/" target="_blank" rel="noopener noreferrer"
              >${m.registryLink}</a
            >
          </p>
          ${this.#renderFields(ORGANIZATION_FIELDS, m)}
        </fieldset>
        ${this.#renderDuplicates()}
        <fieldset>
          <legend><h3>${m.headGroup(this.kind)}</h3></legend>
          ${this.#renderFields(HEAD_FIELDS, m)}
        </fieldset>
        <fieldset>
          <legend><h3>${m.administratorGroup}</h3></legend>
          <p class="hint">${m.administratorIntro}</p>
          ${this.#renderFields(ADMINISTRATOR_FIELDS, m)}
        </fieldset>
        <div class="actions">
          <button type="submit">${m.toReview}</button>
        </div>
      </form>
    `;
  }

  /** Answers restored from a draft, said so, with the way to start from nothing. */
  #renderRestored(m: ApplicationFormMessages) {
    if (!this.restored) return nothing;
    return html`<section class="notice" aria-labelledby="restored-title">
      <h3 id="restored-title">${m.restoredTitle}</h3>
      <p>${m.restoredText}</p>
      <button type="button" class="secondary" @click=${() => void this.#startAgain()}>
        ${m.startAgain}
      </button>
    </section>`;
  }

  #renderFields(names: readonly FieldName[], m: ApplicationFormMessages) {
    return names.map((name) =>
      name === 'postalAddress'
        ? html`${this.#renderPostalSame(m)}
          ${this.choices.postalSame ? nothing : this.#renderField(name, m)}`
        : this.#renderField(name, m),
    );
  }

  #renderPostalSame(m: ApplicationFormMessages) {
    return html`<div class="choice">
      <input
        type="checkbox"
        id="field-postalSame"
        .checked=${live(this.choices.postalSame)}
        @change=${(event: Event) => this.#setChoice('postalSame', event)}
      />
      <label for="field-postalSame">${m.postalSame}</label>
    </div>`;
  }

  /** The consent with its text; never kept in the draft, so given anew after a reload. */
  #renderConsent(m: ApplicationFormMessages) {
    const error = this.errors.consent;
    return html`<fieldset aria-describedby="consent-text">
      <legend><h3>${m.consentGroup}</h3></legend>
      <div id="consent-text" class="consent-text">
        ${m.consentText(this.kind).map((paragraph) => html`<p>${paragraph}</p>`)}
      </div>
      ${
        error
          ? html`<p class="error" id="field-consent-error">
              <span class="visually-hidden">${m.errorPrefix}</span> ${error}
            </p>`
          : nothing
      }
      <div class="choice">
        <input
          type="checkbox"
          id="field-consent"
          aria-required="true"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'field-consent-error' : nothing}
          .checked=${live(this.choices.consent)}
          @change=${(event: Event) => this.#setChoice('consent', event)}
        />
        <label for="field-consent">${m.consentLabel}</label>
      </div>
    </fieldset>`;
  }

  #renderSummary(m: ApplicationFormMessages) {
    const order: ProblemField[] = [...FIELDS, 'consent'];
    const entries = order.flatMap((name) => {
      const error = this.errors[name];
      return error ? [[name, error] as const] : [];
    });
    if (!this.showSummary || (entries.length === 0 && this.otherErrors.length === 0)) {
      return nothing;
    }

    return html`
      <div class="summary" tabindex="-1">
        <h3>${commonMessages[this.language].errorSummaryTitle}</h3>
        ${
          this.otherErrors.length > 0
            ? html`<p>${m.serverRefused}</p>
                <ul>
                  ${this.otherErrors.map((message) => html`<li>${message}</li>`)}
                </ul>`
            : nothing
        }
        <ul>
          ${entries.map(
            ([name, error]) =>
              html`<li>
                <a
                  href=${`#field-${name}`}
                  @click=${(event: Event) => this.#focusFromSummary(event, name)}
                  >${error}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    `;
  }

  #renderField(name: FieldName, m: ApplicationFormMessages): TemplateResult {
    const id = `field-${name}`;
    const input = FIELD_INPUTS[name];
    const hint = m.hints(this.kind)[name];
    const error = this.errors[name];
    const suggestion = this.suggestions[name];
    const describedBy = [
      hint ? `${id}-hint` : '',
      error ? `${id}-error` : '',
      suggestion ? `${id}-suggestion` : '',
    ]
      .join(' ')
      .trim();
    if (name === 'type' || name === 'legalForm') return this.#renderChoices(name, m);
    const control = html`<input
      id=${id}
      name=${name}
      type=${input.type}
      inputmode=${input.inputmode ?? nothing}
      autocomplete=${input.autocomplete}
      spellcheck=${input.spellcheck === false ? 'false' : nothing}
      autocapitalize=${input.autocapitalize ?? nothing}
      aria-required=${isOptional(name) ? 'false' : 'true'}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      .value=${live(this.values[name])}
      @input=${(event: Event) => this.#onInput(name, event)}
      @blur=${() => this.#onLeave(name)}
    />`;

    return html`
      <div class="field">
        <label for=${id}>
          ${m.labels(this.kind)[name]}
          ${isOptional(name) ? html`<span class="optional">(${m.optional})</span>` : nothing}
        </label>
        ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
        ${
          error
            ? html`<p class="error" id=${`${id}-error`}>
                <span class="visually-hidden">${m.errorPrefix}</span> ${error}
              </p>`
            : nothing
        }
        ${control}
        ${
          suggestion
            ? html`<div class="suggestion">
                <p id=${`${id}-suggestion`}>${m.emailSuggestion(suggestion)}</p>
                <button
                  type="button"
                  class="secondary"
                  @click=${() => void this.#useSuggestion(name, suggestion)}
                >
                  ${m.useSuggestion(suggestion)}
                </button>
              </div>`
            : nothing
        }
      </div>
    `;
  }

  /**
   * Radios, as a closed list a person sees whole: arrow keys move within
   * the group and Tab leaves it, on every keyboard and screen reader.
   */
  #renderChoices(name: 'type' | 'legalForm', m: ApplicationFormMessages) {
    const id = `field-${name}`;
    const labels: Record<string, string> = name === 'type' ? m.types : m.legalForms;
    const error = this.errors[name];
    return html`<fieldset
      class="field choices"
      aria-describedby=${error ? `${id}-error` : nothing}
      @focusout=${(event: FocusEvent) => {
        const group = event.currentTarget as HTMLElement;
        if (!group.contains(event.relatedTarget as Node | null)) this.#onLeave(name);
      }}
    >
      <legend>${m.labels(this.kind)[name]}</legend>
      ${
        error
          ? html`<p class="error" id=${`${id}-error`}>
              <span class="visually-hidden">${m.errorPrefix}</span> ${error}
            </p>`
          : nothing
      }
      ${optionsOf(name, this.kind).map(
        (option, index) =>
          html`<div class="choice">
            <input
              type="radio"
              id=${index === 0 ? id : `${id}-${option}`}
              name=${name}
              .value=${option}
              .checked=${live(this.values[name] === option)}
              aria-invalid=${error ? 'true' : 'false'}
              @change=${(event: Event) => this.#onInput(name, event)}
            />
            <label for=${index === 0 ? id : `${id}-${option}`}>${labels[option]}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  #renderDuplicates() {
    return html`<edu-duplicate-panel
      lang=${this.language}
      .client=${this.api}
      .candidate=${this.duplicateQuery}
    ></edu-duplicate-panel>`;
  }

  #renderReview(m: ApplicationFormMessages) {
    const labels = m.labels(this.kind);
    return html`
      <h3 id="review-title" tabindex="-1">${m.reviewTitle}</h3>
      <p>${m.reviewIntro}</p>
      <section class="email-check" aria-labelledby="email-title">
        <p id="email-title">${m.emailTitle}</p>
        <p class="email-large">${this.values.email}</p>
        <p>${m.emailWarning}</p>
        ${
          suggestEmail(this.values.email)
            ? html`<p class="error">${m.emailSuggestion(suggestEmail(this.values.email)!)}</p>`
            : nothing
        }
        ${this.#renderChange('email', labels.email, m)}
      </section>
      <h4>${m.organizationGroup(this.kind)}</h4>
      ${this.#renderAnswers(ORGANIZATION_FIELDS, m)}
      <h4>${m.headGroup(this.kind)}</h4>
      ${this.#renderAnswers(HEAD_FIELDS, m)}
      <h4>${m.administratorGroup}</h4>
      ${this.#renderAnswers(
        ADMINISTRATOR_FIELDS.filter((name) => name !== 'email' && name !== 'emailConfirm'),
        m,
      )}
      ${this.#renderSummary(m)} ${this.#renderConsent(m)} ${this.#renderConflict(m)}
      ${this.#renderEarlier(m)}
      ${renderFailure(this.submitError, this.language, () => void this.#submit())}
      <div class="actions">
        <button
          type="button"
          aria-disabled=${this.submitting ? 'true' : 'false'}
          @click=${() => void this.#submit()}
        >
          ${m.submit}
        </button>
        <button type="button" class="secondary" @click=${() => this.#change('fullName')}>
          ${m.backToForm}
        </button>
      </div>
      <p class="visually-hidden" role="status">${this.submitting ? m.sending : ''}</p>
      ${this.submitting ? html`<p aria-hidden="true">${m.sending}</p>` : nothing}
    `;
  }

  /** The earlier sending arrived with other answers: keep it, or send these as a new one. */
  #renderEarlier(m: ApplicationFormMessages) {
    const earlier = this.earlier;
    if (!earlier) return nothing;
    return html`<section class="alert" aria-labelledby="earlier-title">
      <h4 id="earlier-title" tabindex="-1">${m.earlierTitle(earlier.number)}</h4>
      <p>${m.earlierText(earlier.email)}</p>
      <div class="actions">
        <button type="button" @click=${() => void this.#sendAsNew()}>${m.sendAsNew}</button>
        <button type="button" class="secondary" @click=${() => void this.#sent(earlier)}>
          ${m.keepEarlier}
        </button>
      </div>
    </section>`;
  }

  async #sendAsNew(): Promise<void> {
    this.#idempotencyKey = newIdempotencyKey();
    await this.#submit();
  }

  #renderAnswers(names: readonly FieldName[], m: ApplicationFormMessages) {
    const labels = m.labels(this.kind);
    return html`<dl class="answers">
      ${names.map(
        (name) =>
          html`<div>
            <dt>${labels[name]}</dt>
            <dd>${this.#answer(name, m)}</dd>
            <dd>${this.#renderChange(name, labels[name], m)}</dd>
          </div>`,
      )}
    </dl>`;
  }

  /** An answer as the person chose it: the words of a choice, not its code. */
  #answer(name: FieldName, m: ApplicationFormMessages): string {
    const value = this.values[name];
    if (name === 'postalAddress' && this.choices.postalSame) return m.postalSameAnswer;
    if (name === 'type' && value) return m.types[value as keyof typeof m.types] ?? value;
    if (name === 'legalForm' && value) {
      return m.legalForms[value as keyof typeof m.legalForms] ?? value;
    }
    return value || m.notAnswered;
  }

  #renderChange(name: FieldName, label: string, m: ApplicationFormMessages) {
    return html`<button type="button" class="link" @click=${() => this.#change(name)}>
      ${m.change}<span class="visually-hidden">: ${label}</span>
    </button>`;
  }

  #renderConflict(m: ApplicationFormMessages) {
    if (!this.existing) return nothing;
    const organization = this.existing;
    return html`<section class="alert" aria-labelledby="conflict-title">
      <h4 id="conflict-title" tabindex="-1">${m.conflictTitle}</h4>
      <p class="match-name">${organization.fullName}</p>
      ${organization.address ? html`<p>${organization.address}</p>` : nothing}
      <p>${m.conflictText}</p>
      <div class="actions">
        <button type="button" @click=${() => this.#selectOrganization(organization)}>
          ${m.thisIsMine}
        </button>
        <button type="button" class="secondary" @click=${() => this.#change('inn')}>
          ${m.changeInn}
        </button>
      </div>
    </section>`;
  }
}
