import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
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

  @query('#login') private loginInput!: HTMLInputElement;
  @query('#password') private passwordInput!: HTMLInputElement;

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
    const loginError = this.#visibleError('login');
    const passwordError = this.#visibleError('password');
    const busy = this.#loggingIn.status === TaskStatus.PENDING;
    const waiting = this.waitSeconds > 0;

    return html`
      <form part="form" novalidate @submit=${this.#submit}>
        <h2>${t.title}</h2>
        <p class="hint">${t.intro}</p>
        ${this.#renderRefusal()}
        <div class="field">
          <label for="login">${t.login}</label>
          <span class="hint" id="login-hint">${t.loginHint}</span>
          ${loginError ? html`<span class="error" id="login-error">${loginError}</span>` : nothing}
          <input
            id="login"
            name="username"
            type="text"
            autocomplete="username"
            autocapitalize="none"
            spellcheck="false"
            .value=${live(this.login)}
            aria-invalid=${loginError ? 'true' : 'false'}
            aria-describedby=${loginError ? 'login-hint login-error' : 'login-hint'}
            @input=${(event: InputEvent) => {
              this.#loggedIn = false;
              this.login = this.#valueOf(event);
            }}
            @blur=${() => this.#touch('login')}
          />
        </div>
        <div class="field">
          <label for="password">${t.password}</label>
          ${
            passwordError
              ? html`<span class="error" id="password-error">${passwordError}</span>`
              : nothing
          }
          <div class="password">
            <input
              id="password"
              name="password"
              type=${this.passwordShown ? 'text' : 'password'}
              autocomplete="current-password"
              autocapitalize="none"
              spellcheck="false"
              .value=${live(this.password)}
              aria-invalid=${passwordError ? 'true' : 'false'}
              aria-describedby=${this.#passwordDescription(passwordError)}
              @input=${(event: InputEvent) => {
                this.#loggedIn = false;
                this.password = this.#valueOf(event);
              }}
              @keydown=${this.#checkCapsLock}
              @keyup=${this.#checkCapsLock}
              @blur=${() => {
                this.capsLock = false;
                this.#touch('password');
              }}
            />
            <button
              type="button"
              class="secondary"
              aria-controls="password"
              aria-label=${t.showPassword}
              aria-pressed=${this.passwordShown ? 'true' : 'false'}
              @click=${() => (this.passwordShown = !this.passwordShown)}
            >
              ${t.show}
            </button>
          </div>
          <span class="caps" id="caps" aria-live="polite">${this.capsLock ? t.capsLock : ''}</span>
        </div>
        <div class="actions">
          <button type="submit" ?disabled=${waiting}>${busy ? t.submitting : t.submit}</button>
        </div>
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </form>
    `;
  }

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
    return [error ? 'password-error' : '', this.capsLock ? 'caps' : ''].filter(Boolean).join(' ');
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
      (errors.login ? this.loginInput : this.passwordInput).focus();
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
      void this.updateComplete.then(() => this.passwordInput.focus());
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
