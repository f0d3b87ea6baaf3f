import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { Organization } from '../../contract/types.js';
import { EduElement } from '../../core/edu-element.js';
import { safeUrl } from '../../core/url.js';
import { renderFailure } from '../../core/failure.js';
import { pick } from '../../core/i18n.js';
import { commonMessages } from '../../core/messages.js';
import { baseStyles } from '../../core/styles.js';
import { organizationProfileMessages, type OrganizationProfileMessages } from './messages.js';
import { organizationProfileStyles } from './styles.js';

/** Detail of `edu-report-request`. */
export interface ReportRequestDetail {
  organization: Organization;
}

/**
 * An organization (ОО) that is already registered: its details, and how a
 * member of its staff registers a personal profile there instead of
 * applying again. A profile that looks wrong can be reported to support.
 *
 * @summary Shows a registered organization and how to join it as staff.
 *
 * @fires edu-report-request - The person wants to report a problem with the profile.
 *   Detail: `{ organization }`.
 * @fires edu-back - The person says this is not their organization. Detail: `{}`.
 *
 * @csspart heading - The organization's name.
 * @csspart details - The list of the organization's details.
 * @csspart steps - The steps of registering a personal profile.
 * @csspart report - The «Сообщить о проблеме с профилем» button.
 * @csspart back - The «Это не моя организация» button.
 * @csspart error - A failed request, with its retry button.
 */
export class EduOrganizationProfile extends EduElement {
  static override styles = [baseStyles, organizationProfileStyles];

  /** The organization to show. */
  @property({ attribute: false }) organization: Organization | null = null;

  /** Id of the organization, for use from HTML; `organization` wins when both are set. */
  @property({ attribute: 'organization-id' }) organizationId = '';

  /** Overrides of any of the element's strings. */
  @property({ attribute: false }) messages: Partial<OrganizationProfileMessages> = {};

  @query('h2') private heading!: HTMLHeadingElement | null;

  #loaded = new Task(this, {
    task: async ([organization, id], { signal }) => {
      if (organization) return organization;
      if (!id) return initialState;
      return this.api.getOrganization(id, { signal });
    },
    args: () => [this.organization, this.organizationId] as const,
  });

  /** Moves focus to the heading. */
  override focus(options?: FocusOptions): void {
    this.heading?.focus(options);
  }

  override render() {
    const m = pick(organizationProfileMessages, this.language, this.messages);

    switch (this.#loaded.status) {
      case TaskStatus.ERROR:
        return renderFailure(this.#loaded.error, this.language, () => void this.#loaded.run());
      case TaskStatus.PENDING:
        return html`<p role="status">${commonMessages[this.language].loading}</p>`;
      case TaskStatus.COMPLETE:
        return this.#loaded.value ? this.#renderProfile(this.#loaded.value, m) : nothing;
      default:
        return html`<p class="notice">${m.noOrganization}</p>`;
    }
  }

  #renderProfile(organization: Organization, m: OrganizationProfileMessages) {
    return html`
      <h2 tabindex="-1" part="heading">
        ${organization.shortName || organization.fullName}
        ${organization.generated ? html`<span class="sample">${m.sample}</span>` : nothing}
      </h2>
      <p>${m.registered}</p>
      ${organization.generated ? html`<p class="hint">${m.sampleNotice}</p>` : nothing}
      <h3>${m.details}</h3>
      ${this.#renderDetails(organization, m)}
      <div class="notice">
        <h3>${m.noApplyTitle}</h3>
        <p>${m.noApply}</p>
      </div>
      <h3 id="steps-title">${m.stepsTitle}</h3>
      ${this.#renderSteps(organization, m)}
      <section class="problem" aria-labelledby="problem-title">
        <h3 id="problem-title">${m.problemTitle}</h3>
        <p>${m.problemText}</p>
        <div class="actions">
          <button type="button" class="secondary" part="report" @click=${this.#requestReport}>
            ${m.report}
          </button>
          <button type="button" class="link" part="back" @click=${this.#back}>${m.notMine}</button>
        </div>
      </section>
    `;
  }

  #renderDetails(organization: Organization, m: OrganizationProfileMessages) {
    const rows: [string, string | undefined][] = [
      [m.fullName, organization.fullName],
      [m.shortName, organization.shortName],
      [m.inn, organization.inn],
      [m.ogrn, organization.ogrn],
      [m.kpp, organization.kpp],
      [m.address, organization.address],
    ];
    return html`<dl part="details">
      ${rows
        .filter(([, value]) => value)
        .map(
          ([term, value]) =>
            html`<dt>${term}</dt>
              <dd>${value}</dd>`,
        )}
    </dl>`;
  }

  #renderSteps(organization: Organization, m: OrganizationProfileMessages) {
    const url = safeUrl(organization.profileUrl);
    const openPage = url
      ? html`${m.openPage}
          <a href=${url} target="_blank" rel="noopener noreferrer">
            ${m.openPageLink} <span class="hint">${m.newWindow}</span>
          </a>`
      : m.openPageNoLink;

    return html`<ol part="steps" aria-labelledby="steps-title">
      <li>${openPage}</li>
      <li>${m.chooseStaff}</li>
      <li>${m.fillIn}</li>
      <li>${m.waitConfirmation}</li>
    </ol>`;
  }

  #requestReport = (): void => {
    const organization = this.#loaded.value;
    if (organization) this.emit<ReportRequestDetail>('edu-report-request', { organization });
  };

  #back = (): void => {
    this.emit('edu-back', {});
  };
}
