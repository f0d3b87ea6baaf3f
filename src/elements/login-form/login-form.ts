import { html, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import { ApiError } from '../../client/errors.js';
import type { LoginInput, Session } from '../../contract/types.js';
import { EduElement } from '../../core/edu-element.js';
import { renderFailure } from '../../core/failure.js';
import { pick } from '../../core/i18n.js';
import { baseStyles } from '../../core/styles.js';
import { loginFormMessages, type LoginFormMessages } from './messages.js';
import { loginFormStyles } from './styles.js';

type Field = 'login' | 'password';

/** Refusals the form explains in its own words, by the problem's `code`. */
const KNOWN_REFUSALS = [
  'invalid-credentials',
  'account-blocked',
  'password-expired',
  'too-many-attempts',
] as const;
type Refusal = (typeof KNOWN_REFUSALS)[number];

/**
 * The login form of the network: the login and the password from the letter
 * with the credentials. Explains each refusal of the server in plain words,
 * waits out a rate limit with a countdown, and keeps the login typed.
 *
 * The login and password inputs, their labels, hints and errors are created
 * by the element in its own light DOM and slotted into its shadow root: a
 * password manager or the browser's autofill finds them in the page's
 * document, as it does not find inputs inside a shadow root. The element's
 * shadow styles hold them with `!important`, which outranks even the host
 * page's `!important` rules, so that a page's CSS cannot hide or restyle them.
 *
 * @summary Logs in an administrator of a school or an authority.
 *
 * @fires edu-login - The server accepted the credentials; detail `{ session }`. The client
 *   given through `client` now holds the session token.
 *
 * @csspart form - The form.
 * @csspart error - A failure of the request, with a retry button.
 */
export class EduLoginForm extends EduElement {
  static override styles = [baseStyles, loginFormStyles];

  /** Login to prefill, e.g. the one from the letter (`login` attribute). */
  @property() login = '';

  /** Overrides of the form's strings, by key of {@link LoginFormMessages}. */
  @property({ attribute: false }) messages: Partial<LoginFormMessages> = {};

  @state() private password = '';
  @state() private passwordShown = false;
  @state() private capsLock = false;
  @state() private touched = new Set<Field>();
  @state() private submitted = false;
  @state() private failure: unknown = undefined;
  @state() private waitSeconds = 0;
  @state() private announcement = '';

  /** Ids unique in the document: the inputs live in the page's light DOM. */
  readonly #ids = uniqueIds();

  #countdown: ReturnType<typeof setInterval> | undefined;
  #loggedIn = false;

  #loggingIn = new Task(this, {
    autoRun: false,
    task: async ([input]: [LoginInput], { signal }) => {
      this.failure = undefined;
      try {
        const session = await this.api.login(input, { signal });
        this.#clearPassword();
        this.#loggedIn = true;
        this.announcement = this.t.loggedIn(session.user.name);
        this.emit<{ session: Session }>('edu-login', { session });
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'aborted') return undefined;
        this.#refused(error);
        return undefined;
      }
    },
  });

  private get t(): LoginFormMessages {
    return pick(loginFormMessages, this.language, this.messages);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopCountdown();
  }

  override render() {
    const t = this.t;
    const busy = this.#loggingIn.status === TaskStatus.PENDING;
    const waiting = this.waitSeconds > 0;

    return html`
      <form part="form" novalidate @submit=${this.#submit}>
        <h2>${t.title}</h2>
        <p class="hint">${t.intro}</p>
        ${this.#renderRefusal()}
        <div class="field">
          <slot name="login-label"></slot>
          <slot name="login-hint"></slot>
          <slot name="login-error"></slot>
          <slot name="login"></slot>
        </div>
        <div class="field">
          <slot name="password-label"></slot>
          <slot name="password-error"></slot>
          <div class="password">
            <slot name="password"></slot>
            <button
              type="button"
              class="secondary"
              aria-label=${t.showPassword}
              aria-pressed=${this.passwordShown ? 'true' : 'false'}
              @click=${() => (this.passwordShown = !this.passwordShown)}
            >
              ${t.show}
            </button>
          </div>
          <slot name="caps"></slot>
        </div>
        <div class="actions">
          <button type="submit" ?disabled=${waiting}>${busy ? t.submitting : t.submit}</button>
        </div>
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </form>
    `;
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // The fields are rendered into the light DOM in the same update as the shadow root.
    render(this.#renderFields(), this, { host: this });
  }

  /**
   * The fields, in the light DOM: labels, hints and errors beside their inputs,
   * by id. The inputs belong to an unslotted light-DOM form of their own, so
   * that password managers see a login form in the page's document.
   */
  #renderFields() {
    const t = this.t;
    const ids = this.#ids;
    const loginError = this.#visibleError('login');
    const passwordError = this.#visibleError('password');

    return html`
      <form
        id=${ids.form}
        novalidate
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          void this.#submit();
        }}
      ></form>
      <label slot="login-label" for=${ids.login}>${t.login}</label>
      <span slot="login-hint" class="hint" id=${ids.loginHint}>${t.loginHint}</span>
      ${
        loginError
          ? html`<span slot="login-error" class="error" id=${ids.loginError}>${loginError}</span>`
          : nothing
      }
      <input
        slot="login"
        id=${ids.login}
        form=${ids.form}
        name="username"
        type="text"
        autocomplete="username"
        autocapitalize="none"
        spellcheck="false"
        .value=${live(this.login)}
        aria-invalid=${loginError ? 'true' : 'false'}
        aria-describedby=${loginError ? `${ids.loginHint} ${ids.loginError}` : ids.loginHint}
        @input=${(event: InputEvent) => {
          this.#loggedIn = false;
          this.login = this.#valueOf(event);
        }}
        @keydown=${this.#submitOnEnter}
        @blur=${() => this.#touch('login')}
      />
      <label slot="password-label" for=${ids.password}>${t.password}</label>
      ${
        passwordError
          ? html`<span slot="password-error" class="error" id=${ids.passwordError}
              >${passwordError}</span
            >`
          : nothing
      }
      <input
        slot="password"
        id=${ids.password}
        form=${ids.form}
        name="password"
        type=${this.passwordShown ? 'text' : 'password'}
        autocomplete="current-password"
        autocapitalize="none"
        spellcheck="false"
        .value=${live(this.password)}
        aria-invalid=${passwordError ? 'true' : 'false'}
        aria-describedby=${this.#passwordDescription(passwordError) || nothing}
        @input=${(event: InputEvent) => {
          this.#loggedIn = false;
          this.password = this.#valueOf(event);
        }}
        @keydown=${(event: KeyboardEvent) => {
          this.#checkCapsLock(event);
          this.#submitOnEnter(event);
        }}
        @keyup=${this.#checkCapsLock}
        @blur=${() => {
          this.capsLock = false;
          this.#touch('password');
        }}
      />
      <span slot="caps" class="caps" id=${ids.caps} aria-live="polite"
        >${this.capsLock ? t.capsLock : ''}</span
      >
    `;
  }

  get #loginInput(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`#${this.#ids.login}`);
  }

  get #passwordInput(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`#${this.#ids.password}`);
  }

  /** The inputs are outside the shadow form: Enter submits it as it would inside. */
  #submitOnEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    void this.#submit();
  };

  #renderRefusal() {
    const failure = this.failure;
    if (!failure) return nothing;

    const refusal = this.#refusalOf(failure);
    if (!refusal) return renderFailure(failure, this.language, () => this.#submit());

    const t = this.t;
    const text = {
      'invalid-credentials': t.invalidCredentials,
      'account-blocked': t.accountBlocked,
      'password-expired': t.passwordExpired,
      'too-many-attempts': this.waitSeconds > 0 ? t.tooManyAttempts(this.waitSeconds) : '',
    }[refusal];
    if (!text) return nothing;
    // The countdown changes every second: the status region reads it once, the timer is silent.
    return html`<div class="alert" part="error" data-code=${refusal}>
      <p role=${refusal === 'too-many-attempts' ? 'timer' : 'alert'}>${text}</p>
    </div>`;
  }

  #passwordDescription(error: string | undefined): string {
    const ids = this.#ids;
    return [error ? ids.passwordError : '', this.capsLock ? ids.caps : '']
      .filter(Boolean)
      .join(' ');
  }

  #valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  #checkCapsLock = (event: KeyboardEvent) => {
    if (typeof event.getModifierState !== 'function') return;
    this.capsLock = event.getModifierState('CapsLock');
  };

  #touch(field: Field) {
    this.touched = new Set(this.touched).add(field);
  }

  #errors(): Partial<Record<Field, string>> {
    const errors: Partial<Record<Field, string>> = {};
    if (!this.login.trim()) errors.login = this.t.loginRequired;
    if (!this.password) errors.password = this.t.passwordRequired;
    return errors;
  }

  #visibleError(field: Field): string | undefined {
    // Once logged in, the emptied password is no omission, until the person types again.
    if (this.#loggedIn) return undefined;
    if (!this.submitted && !this.touched.has(field)) return undefined;
    return this.#errors()[field];
  }

  #refusalOf(error: unknown): Refusal | undefined {
    if (!(error instanceof ApiError) || error.kind !== 'http') return undefined;
    const code = error.code as Refusal | undefined;
    if (code && KNOWN_REFUSALS.includes(code)) return code;
    if (error.status === 401) return 'invalid-credentials';
    if (error.status === 429) return 'too-many-attempts';
    return undefined;
  }

  #submit = async (event?: Event) => {
    event?.preventDefault();
    if (this.waitSeconds > 0) return;

    this.submitted = true;
    const errors = this.#errors();
    if (errors.login || errors.password) {
      await this.updateComplete;
      (errors.login ? this.#loginInput : this.#passwordInput)?.focus();
      return;
    }

    this.announcement = '';
    await this.#loggingIn.run([{ login: this.login.trim(), password: this.password }]);
  };

  #refused(error: unknown) {
    this.failure = error;
    const refusal = this.#refusalOf(error);

    if (refusal === 'too-many-attempts') {
      this.#startCountdown(error instanceof ApiError ? (error.retryAfter ?? 60) : 60);
    }
    if (refusal === 'invalid-credentials') {
      this.#clearPassword();
      void this.updateComplete.then(() => this.#passwordInput?.focus());
    }
  }

  /** An emptied password is a fresh start, not a field left blank. */
  #clearPassword() {
    this.password = '';
    this.submitted = false;
    const touched = new Set(this.touched);
    touched.delete('password');
    this.touched = touched;
  }

  #startCountdown(seconds: number) {
    this.#stopCountdown();
    // Counted from a deadline: a phone that sleeps the page must not stretch the wait.
    const deadline = Date.now() + Math.max(1, seconds) * 1000;
    this.waitSeconds = Math.max(1, seconds);
    this.announcement = this.t.tooManyAttempts(this.waitSeconds);
    this.#countdown = setInterval(() => {
      this.waitSeconds = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      if (this.waitSeconds > 0) return;
      this.#stopCountdown();
      this.failure = undefined;
      this.announcement = this.t.canRetryNow;
    }, 1000);
  }

  #stopCountdown() {
    clearInterval(this.#countdown);
    this.#countdown = undefined;
  }
}

let instances = 0;

/** Ids of one form's light-DOM fields, distinct from every other form's on the page. */
function uniqueIds() {
  instances += 1;
  const prefix = `edu-login-${instances}`;
  return {
    form: `${prefix}-form`,
    login: `${prefix}-login`,
    loginHint: `${prefix}-login-hint`,
    loginError: `${prefix}-login-error`,
    password: `${prefix}-password`,
    passwordError: `${prefix}-password-error`,
    caps: `${prefix}-caps`,
  };
}
