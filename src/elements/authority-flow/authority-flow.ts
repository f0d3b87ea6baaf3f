import { Task } from '@lit/task';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../../client/errors.js';
import type { Authority, Municipality, Organization } from '../../contract/types.js';
import { loadDraft, saveDraft } from '../../core/drafts.js';
import { EduElement } from '../../core/edu-element.js';
import { safeUrl } from '../../core/url.js';
import { focusHeading } from '../../core/focus.js';
import { renderFailure } from '../../core/failure.js';
import { pick } from '../../core/i18n.js';
import { commonMessages } from '../../core/messages.js';
import { ScreenModules } from '../../core/screen-modules.js';
import { baseStyles } from '../../core/styles.js';
import { messages, type AuthorityFlowMessages } from './messages.js';

type Screen = 'find' | 'authority' | 'report' | 'apply';

interface FlowState {
  screen: Screen;
  municipality?: Municipality;
  authority?: Authority;
}

const DRAFT_KEY = 'authority-flow';

/**
 * The municipal authority's way in: pick the district or city, see the
 * education authorities registered there, then either the instructions for
 * joining the registered one, a report about a wrong profile, or the
 * application for a new one.
 *
 * @summary Duplicate check and application for a municipal education authority (МОУО).
 *
 * @fires edu-application-sent - Bubbles from the application form. Detail: `{ application }`.
 * @fires edu-report-sent - Bubbles from the profile report. Detail: `{ receipt }`.
 *
 * @csspart list - The list of registered authorities.
 */
export class EduAuthorityFlow extends EduElement {
  static override styles = [
    baseStyles,
    css`
      ul {
        list-style: none;
        padding: 0;
        margin: 0 0 calc(var(--_space) * 2);
        display: grid;
        gap: var(--_space);
      }
      li {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: calc(var(--_space) * 1.5);
      }
      .name {
        font-weight: 600;
      }
    `,
  ];

  /**
   * Imports of the modules that define the elements of the later screens,
   * each awaited before its screen first renders. `edu-connect/authority-flow`
   * fills it; a page that defines every element itself leaves it empty.
   */
  static screenModules: Partial<Record<Screen, () => Promise<unknown>>> = {};

  /** Overrides of this element's strings. */
  @property({ attribute: false }) messages: Partial<AuthorityFlowMessages> | undefined;

  /**
   * The district or city to start from, e.g. on a municipal portal that knows
   * its own; the person can still choose another.
   */
  @property({ attribute: false }) municipality: Municipality | undefined;

  @state() private flow: FlowState = loadDraft<FlowState>(DRAFT_KEY) ?? { screen: 'find' };

  private authorities = new Task(this, {
    task: async ([municipalityId], { signal }) =>
      municipalityId
        ? (await this.api.listAuthorities(municipalityId, { limit: 100 }, { signal })).items
        : [],
    args: () => [this.flow.municipality?.id] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('municipality') && this.municipality) {
      this.flow = { screen: 'find', municipality: this.municipality };
    }
  }

  #screens = new ScreenModules<Screen>(
    this,
    () => (this.constructor as typeof EduAuthorityFlow).screenModules,
  );

  /**
   * A screen's element is imported before the screen renders, so that it
   * shows whole, takes its properties and gets the focus; on a slow line a
   * loading notice stands in for it meanwhile.
   */
  protected override async scheduleUpdate(): Promise<void> {
    await this.#screens.prepare(() => this.flow.screen);
    return super.scheduleUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const replaced = this.#screens.replacedAsked(this.flow.screen);
    if (replaced && !changed.has('flow' as keyof EduAuthorityFlow)) {
      void focusHeading(this.renderRoot.querySelector('[data-screen]'));
    }
  }

  private get m(): AuthorityFlowMessages {
    return pick(messages, this.language, this.messages);
  }

  private set(changes: Partial<FlowState>): void {
    this.flow = { ...this.flow, ...changes };
    this.#screens.asked();
    saveDraft(DRAFT_KEY, this.flow);
    void this.updateComplete.then(() =>
      focusHeading(this.renderRoot.querySelector('[data-screen]')),
    );
  }

  override render(): TemplateResult {
    if (this.#screens.state(this.flow.screen) !== 'ready') return this.renderNotice();
    switch (this.flow.screen) {
      case 'find':
        return this.renderFind();
      case 'authority':
        return this.renderAuthority();
      case 'report':
        return html`<edu-report-profile
            data-screen
            lang=${this.language}
            .client=${this.api}
            .organization=${this.asOrganization(this.flow.authority)}
          ></edu-report-profile>
          <button type="button" class="link" @click=${() => this.set({ screen: 'authority' })}>
            ${this.m.back}
          </button>`;
      case 'apply':
        return html`<edu-application-form
            data-screen
            lang=${this.language}
            .client=${this.api}
            kind="authority"
            .municipality=${this.flow.municipality}
          ></edu-application-form>
          <button type="button" class="link" @click=${() => this.set({ screen: 'find' })}>
            ${this.m.back}
          </button>`;
    }
  }

  /** In place of a screen whose element is still on its way, or did not come. */
  private renderNotice(): TemplateResult {
    const screen = this.flow.screen as 'report' | 'apply';
    const m = this.m;
    const retry = () => this.#screens.retry(screen);
    const loading = this.#screens.state(screen) === 'loading';
    return html`<div data-screen aria-busy=${loading ? 'true' : 'false'}>
        <h2>${m.screenTitles[screen]}</h2>
        ${
          loading
            ? html`<p role="status">${commonMessages[this.language].loading}</p>`
            : renderFailure(new ApiError('network', `${screen} did not load`), this.language, retry)
        }
      </div>
      <button
        type="button"
        class="link"
        @click=${() => this.set({ screen: screen === 'report' ? 'authority' : 'find' })}
      >
        ${m.back}
      </button>`;
  }

  private renderFind(): TemplateResult {
    const m = this.m;
    const { municipality } = this.flow;
    return html`<h2 data-screen>${m.title}</h2>
      <p>${m.lead}</p>
      <edu-settlement-picker
        kind="municipality"
        lang=${this.language}
        .client=${this.api}
        .value=${municipality ?? null}
        @edu-municipality-select=${(event: CustomEvent<{ municipality: Municipality | null }>) => {
          this.flow = { ...this.flow, municipality: event.detail.municipality ?? undefined };
          saveDraft(DRAFT_KEY, this.flow);
        }}
      ></edu-settlement-picker>
      ${municipality ? this.renderList(municipality) : nothing}`;
  }

  private renderList(municipality: Municipality): TemplateResult {
    const m = this.m;
    const common = commonMessages[this.language];
    return html`<h3>${m.listTitle(municipality.name)}</h3>
      ${this.authorities.render({
        pending: () => html`<p role="status">${common.loading}</p>`,
        error: (error) => renderFailure(error, this.language, () => this.authorities.run()),
        complete: (authorities) =>
          html`<p role="status">${m.count(authorities.length)}</p>
            ${
              authorities.length === 0
                ? html`<p>${m.none}</p>`
                : html`<ul part="list">
                    ${authorities.map((authority) => this.renderListItem(authority))}
                  </ul>`
            }
            <button type="button" class="secondary" @click=${() => this.set({ screen: 'apply' })}>
              ${m.missing}
            </button>`,
      })}`;
  }

  private renderListItem(authority: Authority): TemplateResult {
    const m = this.m;
    return html`<li>
      <div class="name">${authority.shortName ?? authority.fullName}</div>
      ${authority.shortName ? html`<div>${authority.fullName}</div>` : nothing}
      ${authority.inn ? html`<div class="hint">${m.inn} ${authority.inn}</div>` : nothing}
      <div class="actions">
        <button
          type="button"
          class="secondary"
          @click=${() => this.set({ screen: 'authority', authority })}
        >
          ${m.choose}
          <span class="visually-hidden">: ${authority.fullName}</span>
        </button>
      </div>
    </li>`;
  }

  private renderAuthority(): TemplateResult {
    const m = this.m;
    const authority = this.flow.authority;
    if (!authority) return this.renderFind();
    const profileUrl = safeUrl(authority.profileUrl);
    return html`<h2 data-screen>${m.profileTitle}</h2>
      <p class="name">${authority.fullName}</p>
      ${
        profileUrl
          ? html`<p>
              <a href=${profileUrl} target="_blank" rel="noopener noreferrer">${profileUrl}</a>
            </p>`
          : nothing
      }
      <ol>
        ${m.profileSteps.map((step) => html`<li>${step}</li>`)}
      </ol>
      <p class="notice">${m.doNotApply}</p>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.set({ screen: 'report' })}>
          ${m.report}
        </button>
        <button type="button" class="link" @click=${() => this.set({ screen: 'find' })}>
          ${m.notOurs}
        </button>
      </div>`;
  }

  /** The report form speaks of organizations; an authority's profile is reported the same way. */
  private asOrganization(authority: Authority | undefined): Organization | undefined {
    if (!authority) return undefined;
    return {
      id: authority.id,
      fullName: authority.fullName,
      shortName: authority.shortName,
      inn: authority.inn,
      settlementId: authority.municipalityId,
    };
  }
}
