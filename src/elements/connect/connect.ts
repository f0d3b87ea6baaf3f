import { css, html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../../client/errors.js';
import type { Application, Organization, Session, Settlement } from '../../contract/types.js';
import { loadDraft, saveDraft } from '../../core/drafts.js';
import { EduElement } from '../../core/edu-element.js';
import { renderFailure } from '../../core/failure.js';
import { focusHeading } from '../../core/focus.js';
import { pick } from '../../core/i18n.js';
import { commonMessages } from '../../core/messages.js';
import { ScreenModules } from '../../core/screen-modules.js';
import { baseStyles } from '../../core/styles.js';
import { messages, type ConnectMessages } from './messages.js';

/** A screen of the journey. */
export type JourneyStep =
  | 'start'
  | 'role'
  | 'find'
  | 'organization'
  | 'report'
  | 'apply'
  | 'sent'
  | 'status'
  | 'municipal'
  | 'login'
  | 'activation'
  | 'setup'
  | 'coverage'
  | 'done';

/** Where the person is, kept across reloads (the session token is not). */
export interface JourneyState {
  trail: JourneyStep[];
  settlement?: Settlement;
  organization?: Organization;
  query?: string;
  application?: Application;
  statusQuery?: { number: string; email: string };
  /** The login last used, so that logging in again after a reload needs only the password. */
  login?: string;
}

const DRAFT_KEY = 'journey';

const STEPS: readonly JourneyStep[] = [
  'start',
  'role',
  'find',
  'organization',
  'report',
  'apply',
  'sent',
  'status',
  'municipal',
  'login',
  'activation',
  'setup',
  'coverage',
  'done',
];

/** Steps that need a live session; after a reload they start from the login. */
const AUTHORISED_STEPS: JourneyStep[] = ['activation', 'setup', 'coverage'];

/**
 * Screens after which going back makes no sense (the application is sent, the
 * wizards have their own way back): they start a new trail from the start.
 */
const MILESTONES: JourneyStep[] = ['sent', 'activation', 'setup', 'coverage', 'done'];

/**
 * The whole connection journey in one tag: who you are, the duplicate
 * check, the application, its status, the first login, activation and setup;
 * a connected municipal authority ends in the coverage of its schools.
 *
 * It composes the other elements and passes them one client, so the session
 * of the login form authorises the wizards. Where the person is survives a
 * reload; the session token lives in memory only, so steps that need it
 * resume after a new login.
 *
 * @summary The complete connection journey for schools and municipal authorities.
 *
 * @fires edu-step-change - The journey moved to another screen. Detail: `{ step }`.
 *
 * The login form is put in the element's own light DOM (and slotted into its
 * screen), so that its inputs are in the page's document, where password
 * managers and autofill find them.
 *
 * @slot login - Taken by the element for its login form; leave it empty.
 *
 * @csspart journey - The region around the current screen.
 * @csspart nav - The bar with the back button and the screen's name.
 */
export class EduConnect extends EduElement {
  static override styles = [
    baseStyles,
    css`
      nav {
        display: flex;
        align-items: center;
        gap: calc(var(--_space) * 2);
        margin-bottom: calc(var(--_space) * 2);
        color: var(--_muted);
      }
      nav .account {
        margin-inline-start: auto;
      }
      .start-links {
        display: grid;
        gap: var(--_space);
        justify-items: start;
        margin-top: calc(var(--_space) * 3);
      }
      .cta {
        font-size: 1.15em;
        min-height: 52px;
      }
    `,
  ];

  /**
   * Imports of the modules that define the elements of later steps, each
   * awaited before its step first renders. `edu-connect/connect` fills it, so
   * that those elements load when the journey reaches them; a page that
   * defines every element itself leaves it empty.
   */
  static stepModules: Partial<Record<JourneyStep, () => Promise<unknown>>> = {};

  /** Overrides of this element's strings. */
  @property({ attribute: false }) messages: Partial<ConnectMessages> | undefined;

  @state() private journey: JourneyState = { trail: ['start'] };
  @state() private session: Session | null = null;
  @state() private reloginNeeded = false;

  #restored = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#restored) return;
    this.#restored = true;

    const saved = loadDraft<JourneyState>(DRAFT_KEY);
    // The draft may come from an older version of the widget: keep only screens it knows.
    const trail = Array.isArray(saved?.trail) ? saved.trail.filter((s) => STEPS.includes(s)) : [];
    // A finished journey is not shown to whoever opens the page next on a shared computer.
    if (!saved || trail.length === 0 || trail[trail.length - 1] === 'done') return;
    this.journey = { ...saved, trail };
    if (AUTHORISED_STEPS.includes(this.step)) {
      this.reloginNeeded = true;
      this.journey = { ...saved, trail: [...trail, 'login'] };
    }
  }

  /** The screen shown now. */
  get step(): JourneyStep {
    return this.journey.trail[this.journey.trail.length - 1] ?? 'start';
  }

  /** Opens a screen, e.g. `go('login')` from a link of the host page. */
  go(step: JourneyStep, changes: Partial<JourneyState> = {}): void {
    const trail: JourneyStep[] = MILESTONES.includes(step)
      ? ['start', step]
      : [...this.journey.trail, step];
    this.change({ ...changes, trail });
  }

  /** Goes back one screen, as the back button does. */
  back(): void {
    if (this.journey.trail.length > 1) this.change({ trail: this.journey.trail.slice(0, -1) });
  }

  /** Back to the start, forgetting the journey (not the drafts of forms). */
  restart(): void {
    this.session = null;
    this.reloginNeeded = false;
    this.setJourney({ trail: ['start'] });
  }

  private setJourney(journey: JourneyState): void {
    this.journey = journey;
    saveDraft(DRAFT_KEY, journey);
  }

  private change(changes: Partial<JourneyState>): void {
    this.setJourney({ ...this.journey, ...changes });
  }

  #screens = new ScreenModules<JourneyStep>(
    this,
    () => (this.constructor as typeof EduConnect).stepModules,
  );

  /**
   * A step's element is imported before the step renders, so that the
   * screen shows whole, takes its properties and gets the focus; on a slow
   * line a loading notice stands in for it meanwhile. When the step changes
   * again during the wait, the newer one is waited for.
   */
  protected override async scheduleUpdate(): Promise<void> {
    await this.#screens.prepare(() => this.step);
    return super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    render(this.step === 'login' ? this.renderLoginForm() : nothing, this, { host: this });
  }

  private renderLoginForm(): TemplateResult {
    return html`<edu-login-form
      slot="login"
      data-screen
      lang=${this.language}
      login=${this.journey.login ?? ''}
      .client=${this.api}
      @edu-login=${this.onLogin}
    ></edu-login-form>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const previous = changed.get('journey' as keyof EduConnect) as JourneyState | undefined;
    const before = previous?.trail[previous.trail.length - 1];
    const stepChanged = previous !== undefined && before !== this.step;
    const replaced = this.#screens.replacedAsked(this.step);

    if (stepChanged) {
      this.emit('edu-step-change', { step: this.step });
      const screen =
        this.renderRoot.querySelector('[data-screen]') ??
        this.querySelector(':scope > [data-screen]');
      void focusHeading(screen);
      if (this.#screens.state(this.step) !== 'ready') this.#screens.asked();
    } else if (replaced) {
      void focusHeading(this.renderRoot.querySelector('[data-screen]'));
    }
  }

  private get m(): ConnectMessages {
    return pick(messages, this.language, this.messages);
  }

  override render(): TemplateResult {
    const m = this.m;
    const canGoBack = this.journey.trail.length > 1 && !MILESTONES.includes(this.step);
    const session = this.session;
    return html`<section part="journey" aria-label=${m.journey}>
      ${
        canGoBack || session
          ? html`<nav part="nav" aria-label=${m.journey}>
              ${
                canGoBack
                  ? html`<button type="button" class="secondary" @click=${() => this.back()}>
                      ← ${m.back}
                    </button>`
                  : nothing
              }
              <span>${m.steps[this.step]}</span>
              ${
                session
                  ? html`<span class="account">${m.loggedInAs(session.user.name)}</span>
                      <button type="button" class="link" @click=${() => this.logout()}>
                        ${m.logout}
                      </button>`
                  : nothing
              }
            </nav>`
          : nothing
      }
      ${this.#screens.state(this.step) === 'ready' ? this.renderStep(m) : this.renderNotice(m)}
    </section>`;
  }

  /** In place of a step whose element is still on its way, or did not come. */
  private renderNotice(m: ConnectMessages): TemplateResult {
    const step = this.step;
    const loading = this.#screens.state(step) === 'loading';
    return html`<div data-screen aria-busy=${loading ? 'true' : 'false'}>
      <h2>${m.steps[step]}</h2>
      ${
        loading
          ? html`<p role="status">${commonMessages[this.language].loading}</p>`
          : renderFailure(new ApiError('network', `${step} did not load`), this.language, () =>
              this.#screens.retry(step),
            )
      }
    </div>`;
  }

  /** Ends the session on the server and forgets the token; saved steps stay on the server. */
  async logout(): Promise<void> {
    try {
      await this.api.logout();
    } catch {
      // The token is forgotten either way; a session the server still holds expires there.
    }
    this.restart();
  }

  private renderStep(m: ConnectMessages): TemplateResult {
    const client = this.api;
    const lang = this.language;
    const { settlement, organization, application } = this.journey;
    switch (this.step) {
      case 'start':
        return this.renderStart(m);
      case 'role':
        return html`<edu-role-picker
          data-screen
          lang=${lang}
          @edu-role-select=${(event: CustomEvent<{ role: string }>) => {
            if (event.detail.role === 'school-staff') this.go('find');
            if (event.detail.role === 'municipal-staff') this.go('municipal');
          }}
        ></edu-role-picker>`;
      case 'find':
        return this.renderFind(m);
      case 'organization':
        return html`<edu-organization-profile
          data-screen
          lang=${lang}
          .client=${client}
          .organization=${organization}
          @edu-report-request=${() => this.go('report')}
          @edu-back=${() => this.back()}
        ></edu-organization-profile>`;
      case 'report':
        return html`<edu-report-profile
            data-screen
            lang=${lang}
            .client=${client}
            .organization=${organization}
          ></edu-report-profile>
          <div class="actions">
            <button type="button" class="link" @click=${() => this.restart()}>${m.toStart}</button>
          </div>`;
      case 'apply':
        return html`<edu-application-form
          data-screen
          lang=${lang}
          .client=${client}
          kind="organization"
          .settlement=${settlement}
          .prefill=${this.journey.query ? { fullName: this.journey.query } : undefined}
          @edu-application-sent=${this.onApplicationSent}
          @edu-organization-select=${this.onOrganizationSelect}
        ></edu-application-form>`;
      case 'municipal':
        return html`<edu-authority-flow
          data-screen
          lang=${lang}
          .client=${client}
          @edu-application-sent=${this.onApplicationSent}
        ></edu-authority-flow>`;
      case 'sent':
        return html`<edu-application-sent
          data-screen
          lang=${lang}
          .application=${application}
          @edu-status-request=${this.onStatusRequest}
          @edu-login-request=${() => this.go('login')}
        ></edu-application-sent>`;
      case 'status':
        return html`<edu-application-status
          data-screen
          lang=${lang}
          .client=${client}
          number=${this.journey.statusQuery?.number ?? ''}
          email=${this.journey.statusQuery?.email ?? ''}
          @edu-login-request=${() => this.go('login')}
          @edu-reapply=${() => this.go(this.journey.settlement ? 'apply' : 'role')}
        ></edu-application-status>`;
      case 'login':
        return html`${
            this.reloginNeeded ? html`<p class="notice" role="status">${m.loginAgain}</p>` : nothing
          } <slot name="login"></slot>`;
      case 'activation':
        return html`<edu-activation-wizard
          data-screen
          lang=${lang}
          .client=${client}
          @edu-activation-complete=${this.onActivationComplete}
          @edu-session-expired=${this.onSessionExpired}
        ></edu-activation-wizard>`;
      case 'setup':
        return html`<edu-setup-wizard
          data-screen
          lang=${lang}
          .client=${client}
          @edu-setup-complete=${() => this.go('done')}
          @edu-session-expired=${this.onSessionExpired}
        ></edu-setup-wizard>`;
      case 'coverage':
        return html`<p class="notice">${m.authorityDoneText}</p>
          <edu-coverage
            data-screen
            lang=${lang}
            .client=${client}
            municipality-id=${this.session?.user.municipalityId ?? ''}
          ></edu-coverage>`;
      case 'done':
        return html`<h2 data-screen>${m.doneTitle}</h2>
          <p>${this.session?.user.authorityId ? m.authorityDoneText : m.doneText}</p>
          <div class="actions">
            <button type="button" class="secondary" @click=${() => this.restart()}>
              ${m.toStart}
            </button>
          </div>`;
    }
  }

  private renderStart(m: ConnectMessages): TemplateResult {
    return html`<h2 data-screen>${m.startTitle}</h2>
      <p>${m.startLead}</p>
      <button type="button" class="cta" @click=${() => this.go('role')}>${m.startAction}</button>
      <div class="start-links">
        <button type="button" class="link" @click=${() => this.go('status')}>
          ${m.haveApplied}
        </button>
        <button type="button" class="link" @click=${() => this.go('login')}>${m.haveLetter}</button>
      </div>`;
  }

  private renderFind(m: ConnectMessages): TemplateResult {
    const { settlement } = this.journey;
    return html`<h2 data-screen>${m.findTitle}</h2>
      <p>${m.findLead}</p>
      <edu-settlement-picker
        lang=${this.language}
        .client=${this.api}
        .value=${settlement ?? null}
        @edu-settlement-select=${(event: CustomEvent<{ settlement: Settlement | null }>) =>
          this.change({ settlement: event.detail.settlement ?? undefined })}
      ></edu-settlement-picker>
      ${
        settlement
          ? html`<edu-school-list
              lang=${this.language}
              .client=${this.api}
              .settlement=${settlement}
              @edu-organization-select=${this.onOrganizationSelect}
              @edu-organization-report=${(event: CustomEvent<{ organization: Organization }>) =>
                this.go('report', { organization: event.detail.organization })}
              @edu-organization-missing=${(event: CustomEvent<{ query?: string }>) =>
                this.go('apply', { query: event.detail.query || undefined })}
            ></edu-school-list>`
          : nothing
      }`;
  }

  private onOrganizationSelect = (event: CustomEvent<{ organization: Organization }>): void => {
    this.go('organization', { organization: event.detail.organization });
  };

  private onApplicationSent = (event: CustomEvent<{ application: Application }>): void => {
    const { application } = event.detail;
    this.go('sent', {
      application,
      statusQuery: { number: application.number, email: application.email },
    });
  };

  private onStatusRequest = (event: CustomEvent<{ number: string; email: string }>): void => {
    this.go('status', { statusQuery: event.detail });
  };

  private onLogin = (event: CustomEvent<{ session: Session }>): void => {
    const { session } = event.detail;
    this.session = session;
    this.reloginNeeded = false;
    const login = session.user.login;
    if (session.needsActivation) this.go('activation', { login });
    else if (session.user.authorityId) this.go('coverage', { login });
    else if (session.needsSetup) this.go('setup', { login });
    else this.go('done', { login });
  };

  private onActivationComplete = (): void => {
    if (this.session?.user.authorityId) this.go('coverage');
    else if (this.session?.needsSetup === false) this.go('done');
    else this.go('setup');
  };

  private onSessionExpired = (): void => {
    this.session = null;
    this.reloginNeeded = true;
    this.go('login');
  };
}
