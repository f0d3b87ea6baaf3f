import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { Organization, Page, Settlement } from '../../contract/types.js';
import { isApiError } from '../../client/errors.js';
import { EduElement } from '../../core/edu-element.js';
import { pause } from '../../core/pause.js';
import { renderFailure } from '../../core/failure.js';
import { pick } from '../../core/i18n.js';
import { commonMessages } from '../../core/messages.js';
import { baseStyles } from '../../core/styles.js';
import { schoolListMessages, type SchoolListMessages } from './messages.js';
import { schoolListStyles } from './styles.js';

/** Detail of `edu-organization-select`. */
export interface OrganizationSelectDetail {
  organization: Organization;
}

/** Detail of `edu-organization-report`: the profile that looks wrong. */
export interface OrganizationReportDetail {
  organization: Organization;
}

/** Detail of `edu-organization-missing`: where the person looked and what they searched for. */
export interface OrganizationMissingDetail {
  settlement: Settlement | null;
  query: string;
}

/** Pause after the last keystroke in the search before asking the server. */
const DEBOUNCE_MS = 300;

/** At most `limit` of the organizations of a page, without those listed already or repeated. */
function newOrganizations(
  items: readonly Organization[],
  listed: Set<string>,
  limit: number,
): Organization[] {
  const fresh: Organization[] = [];
  for (const organization of items) {
    if (fresh.length >= limit) break;
    if (listed.has(organization.id)) continue;
    listed.add(organization.id);
    fresh.push(organization);
  }
  return fresh;
}

/**
 * The organizations (ОО) already registered in a settlement, searchable by
 * name or INN, so that nobody applies for a school that is already there.
 * The list comes from the server a page at a time, so that a city with
 * hundreds of schools stays fast; the server reads names as the duplicate
 * check does («сош 1 с. Ахты» finds «Ахтынская СОШ № 1»).
 *
 * Each organization shows its short and full names, address and whether it is
 * connected to the network. Choosing it leads to its profile and the
 * instructions for registering there; «Сообщить о проблеме с этим профилем»
 * leads to the report. «Моей организации нет в списке» is always offered, also
 * under an empty list, and leads to the application.
 *
 * Sample records that no real organization stands behind are marked «Пример».
 *
 * @summary Lists and searches the organizations registered in a settlement.
 *
 * @fires edu-organization-select - An organization was chosen. Detail: `{ organization }`.
 * @fires edu-organization-report - A profile looks wrong. Detail: `{ organization }`.
 * @fires edu-organization-missing - The person's organization is not listed.
 *   Detail: `{ settlement, query }`, `query` being what they searched for.
 *
 * @csspart heading - The heading naming the settlement.
 * @csspart search - The search field.
 * @csspart organization - Each organization of the list.
 * @csspart choose - The button with an organization's name that chooses it.
 * @csspart status - Whether an organization is connected.
 * @csspart report - The «Сообщить о проблеме с этим профилем» button.
 * @csspart more - The «Показать ещё» button.
 * @csspart missing - The «Моей организации нет в списке» button.
 * @csspart error - A failed request, with its retry button.
 */
export class EduSchoolList extends EduElement {
  static override styles = [baseStyles, schoolListStyles];

  /** The settlement whose organizations are shown. */
  @property({ attribute: false }) settlement: Settlement | null = null;

  /** Id of the settlement, for use from HTML; `settlement` wins when both are set. */
  @property({ attribute: 'settlement-id' }) settlementId = '';

  /** How many organizations to load at a time. */
  @property({ type: Number }) limit = 20;

  /** Overrides of any of the element's strings. */
  @property({ attribute: false }) messages: Partial<SchoolListMessages> = {};

  @state() private query = '';
  @state() private organizations: Organization[] = [];
  @state() private nextCursor: string | null = null;
  @state() private total: number | undefined;
  @state() private moreError: unknown = null;

  @query('h2') private heading!: HTMLHeadingElement | null;

  #announcements = 0;

  /** The settlement itself, fetched when only its id was given. */
  #place = new Task(this, {
    task: async ([settlement, id], { signal }) => {
      if (settlement) return settlement;
      if (!id) return initialState;
      return this.api.getSettlement(id, { signal });
    },
    args: () => [this.settlement, this.settlementId] as const,
  });

  #firstPage = new Task(this, {
    task: async ([id, search, limit], { signal }): Promise<Page<Organization>> => {
      if (!id) return { items: [], nextCursor: null };
      if (search) await pause(DEBOUNCE_MS, signal);
      const page = await this.api.listOrganizations(
        id,
        { query: search || undefined, limit },
        { signal },
      );
      // A backend may send more than was asked for; the list shows no more than `limit`.
      const items = newOrganizations(page.items, new Set(), limit);
      const total = page.total ?? (page.items.length > limit ? page.items.length : undefined);
      return { ...page, items, total };
    },
    args: () => [this.#settlementId, this.query.trim(), this.limit] as const,
    onComplete: (page) => {
      this.organizations = page.items;
      this.nextCursor = page.nextCursor;
      this.total = page.total;
      this.moreError = null;
      this.#announcements += 1;
    },
  });

  #nextPage = new Task(this, {
    autoRun: false,
    task: async ([id, search, cursor]: readonly [string, string, string], { signal }) =>
      this.api.listOrganizations(
        id,
        { query: search || undefined, limit: this.limit, cursor },
        {
          signal,
        },
      ),
    onComplete: (page) => {
      const firstNew = this.organizations.length;
      const listed = new Set(this.organizations.map(({ id }) => id));
      const items = newOrganizations(page.items, listed, this.limit);
      this.organizations = [...this.organizations, ...items];
      // A server that sends the same page again would offer «Показать ещё» for ever.
      this.nextCursor = items.length > 0 ? page.nextCursor : null;
      this.total = page.total ?? this.total;
      void this.#focusOrganization(Math.min(firstNew, this.organizations.length - 1));
    },
    onError: (error) => {
      // A page abandoned for a new search is no failure to show.
      if (!(isApiError(error) && error.kind === 'aborted')) this.moreError = error;
    },
  });

  /** Moves focus to the heading. */
  override focus(options?: FocusOptions): void {
    this.heading?.focus(options);
  }

  get #settlementId(): string {
    return this.settlement?.id ?? this.settlementId;
  }

  get #resolvedSettlement(): Settlement | null {
    return this.#place.status === TaskStatus.COMPLETE ? (this.#place.value ?? null) : null;
  }

  override render() {
    const m = pick(schoolListMessages, this.language, this.messages);
    if (!this.#settlementId) return html`<p class="notice">${m.chooseFirst}</p>`;

    return html`
      ${this.#renderHeading(m)}
      <div class="field">
        <label for="search">${m.searchLabel}</label>
        <span class="hint" id="search-hint">${m.searchHint}</span>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          aria-describedby="search-hint"
          .value=${this.query}
          @input=${this.#onSearch}
        />
      </div>
      <div role="status" class="count">${this.#summary(m)}</div>
      ${this.#renderResults(m)}
      <div class="missing">
        <p class="hint" id="missing-hint">
          ${this.#firstPage.status === TaskStatus.ERROR ? m.missingUnchecked : m.missingHint}
        </p>
        <button
          type="button"
          class="secondary"
          part="missing"
          aria-describedby="missing-hint"
          @click=${this.#reportMissing}
        >
          ${m.missing}
        </button>
      </div>
    `;
  }

  #renderHeading(m: SchoolListMessages) {
    const settlement = this.#resolvedSettlement;
    if (this.#place.status === TaskStatus.ERROR) {
      return renderFailure(this.#place.error, this.language, () => void this.#place.run());
    }
    if (!settlement) return html`<p>${commonMessages[this.language].loading}</p>`;

    return html`
      <h2 tabindex="-1" part="heading">
        ${m.heading(m.inSettlement(settlement.name, settlement.kind))}
      </h2>
      <p class="municipality">${settlement.municipality.name}</p>
    `;
  }

  #renderResults(m: SchoolListMessages) {
    const status = this.#firstPage.status;
    if (status === TaskStatus.ERROR) {
      return renderFailure(this.#firstPage.error, this.language, () => void this.#firstPage.run());
    }
    if (status !== TaskStatus.COMPLETE) {
      return html`<p aria-busy="true">${commonMessages[this.language].loading}</p>`;
    }
    if (this.organizations.length === 0) return nothing;

    const hasSamples = this.organizations.some((organization) => organization.generated);
    return html`
      ${hasSamples ? html`<p class="hint">${m.sampleNotice}</p>` : nothing}
      <ul class="organizations" id="organizations" role="list">
        ${this.organizations.map((organization, index) =>
          this.#renderOrganization(organization, index, m),
        )}
      </ul>
      ${this.#renderMore(m)}
    `;
  }

  #renderOrganization(organization: Organization, index: number, m: SchoolListMessages) {
    const title = organization.shortName || organization.fullName;
    const status = organization.status ?? 'unknown';

    return html`<li class="organization" part="organization">
      <h3 class="organization-name">
        <button
          type="button"
          class="link choose"
          part="choose"
          id="name-${index}"
          aria-describedby="status-${index}"
          @click=${() => this.#choose(organization)}
        >
          ${title}
        </button>
        ${
          organization.generated
            ? html`<span class="sample">
                ${m.sample}<span class="visually-hidden">, ${m.sampleExplained}</span>
              </span>`
            : nothing
        }
      </h3>
      <div class="organization-details">
        ${organization.shortName ? html`<p>${organization.fullName}</p>` : nothing}
        ${
          organization.address
            ? html`<p>
                <span class="visually-hidden">${m.address}:</span> ${organization.address}
              </p>`
            : nothing
        }
        ${organization.inn ? html`<p>${m.inn} ${organization.inn}</p>` : nothing}
      </div>
      <p class="status status-${status}" part="status" id="status-${index}">${m.status[status]}</p>
      <button
        type="button"
        class="link report"
        part="report"
        @click=${() => this.#report(organization)}
      >
        ${m.report}<span class="visually-hidden">: ${title}</span>
      </button>
    </li>`;
  }

  #renderMore(m: SchoolListMessages) {
    if (this.moreError) return renderFailure(this.moreError, this.language, this.#loadMore);
    if (!this.nextCursor) return nothing;

    const loading = this.#nextPage.status === TaskStatus.PENDING;
    return html`<div class="actions">
      <button
        type="button"
        class="secondary"
        part="more"
        aria-disabled=${loading ? 'true' : 'false'}
        @click=${this.#loadMore}
      >
        ${loading ? m.loadingMore : m.more}
      </button>
    </div>`;
  }

  /** The count after each search, announced; a trailing space alternates so a repeat is read. */
  #summary(m: SchoolListMessages): string {
    if (this.#firstPage.status !== TaskStatus.COMPLETE || !this.#resolvedSettlement) return '';

    const settlement = this.#resolvedSettlement;
    const search = this.query.trim();
    let message: string;
    if (this.organizations.length > 0) message = m.count(this.organizations.length, this.total);
    else if (search) message = m.emptySearch(search);
    else message = m.emptySettlement(m.inSettlement(settlement.name, settlement.kind));

    return this.#announcements % 2 ? message : `${message}\u00a0`;
  }

  #onSearch = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.#nextPage.abort();
  };

  #loadMore = (): void => {
    if (this.#nextPage.status === TaskStatus.PENDING) return;
    const cursor = this.nextCursor;
    if (!cursor) return;
    this.moreError = null;
    void this.#nextPage.run([this.#settlementId, this.query.trim(), cursor]);
  };

  /**
   * After «Показать ещё» the button may be gone: focus goes on to the first new
   * organization, or to the last one when the page brought none.
   */
  async #focusOrganization(index: number): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('button.choose')[index]?.focus();
  }

  #choose(organization: Organization): void {
    this.emit<OrganizationSelectDetail>('edu-organization-select', { organization });
  }

  #report(organization: Organization): void {
    this.emit<OrganizationReportDetail>('edu-organization-report', { organization });
  }

  #reportMissing = (): void => {
    this.emit<OrganizationMissingDetail>('edu-organization-missing', {
      settlement: this.#resolvedSettlement,
      query: this.query.trim(),
    });
  };
}
