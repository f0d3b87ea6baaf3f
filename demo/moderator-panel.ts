/**
 * The demo's stand-in for the network's moderator and its mail server:
 * take applications into review, approve or reject them, and read the
 * letters that would be sent.
 * It exists only in the demo and talks to the mock backend's `_demo` routes.
 */
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Application } from '../src/contract/types.js';
import type { Letter } from '../src/mocks/db.js';
import { LETTER_SENT_EVENT } from '../src/mocks/events.js';

const list = <T>(body: unknown): T[] =>
  Array.isArray(body) ? body : ((body as { items?: T[] })?.items ?? []);

const STATUS = {
  pending: 'получена',
  review: 'на рассмотрении',
  approved: 'одобрена',
  rejected: 'отклонена',
};

export class DemoModeratorPanel extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font:
        15px/1.45 system-ui,
        sans-serif;
      border: 3px dashed #b26a00;
      background: #fff8e1;
      border-radius: 8px;
      padding: 16px;
      color: #1b1f24;
    }
    h2 {
      font-size: 1.15rem;
      margin: 0 0 8px;
    }
    h3 {
      font-size: 1rem;
      margin: 16px 0 8px;
    }
    .badge {
      display: inline-block;
      background: #b26a00;
      color: #fff;
      font-weight: 700;
      padding: 2px 8px;
      border-radius: 4px;
      margin-bottom: 8px;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 8px;
    }
    li {
      background: #fff;
      border: 1px solid #d0c4a0;
      border-radius: 6px;
      padding: 8px;
    }
    button {
      font: inherit;
      min-height: 36px;
      margin: 4px 4px 0 0;
      padding: 4px 12px;
      border-radius: 4px;
      border: 1px solid #5f4300;
      background: #fff;
      cursor: pointer;
    }
    input {
      font: inherit;
      width: 100%;
      box-sizing: border-box;
      min-height: 36px;
      margin-top: 4px;
    }
    .credentials {
      font-family: ui-monospace, monospace;
      background: #eef6ee;
      padding: 4px 6px;
      display: block;
      margin-top: 4px;
    }
    pre {
      white-space: pre-wrap;
      font: inherit;
      margin: 4px 0 0;
    }
    :focus-visible {
      outline: 3px solid #0b57d0;
      outline-offset: 2px;
    }
  `;

  /** Base URL of the mock backend. */
  @property({ attribute: 'api-base' }) apiBase = '/api';

  @state() private applications: Application[] = [];
  @state() private letters: Letter[] = [];
  @state() private reasons: Record<string, string> = {};
  @state() private message = '';

  #timer: ReturnType<typeof setInterval> | undefined;
  #refresh = () => void this.refresh();
  #turn = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
    // The journey in the same page changes what the panel shows.
    this.#timer = setInterval(this.#refresh, 3000);
    document.addEventListener('edu-application-sent', this.#refresh);
    // Every letter and code, by e-mail or by SMS, as the mock sends it.
    window.addEventListener(LETTER_SENT_EVENT, this.#refresh);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    document.removeEventListener('edu-application-sent', this.#refresh);
    window.removeEventListener(LETTER_SENT_EVENT, this.#refresh);
  }

  private async call(path: string, init?: RequestInit): Promise<unknown> {
    const response = await fetch(`${this.apiBase}/_demo${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json' },
    });
    if (!response.ok) throw new Error(`${response.status}`);
    return response.status === 204 ? null : response.json();
  }

  private async refresh(): Promise<void> {
    // Refreshes overlap (the timer, a sent letter, a decision): only the latest one shows.
    const turn = ++this.#turn;
    try {
      const applications = list<Application>(await this.call('/applications'));
      const letters = list<Letter>(await this.call('/outbox'));
      if (turn !== this.#turn) return;
      this.applications = applications;
      this.letters = letters.slice().reverse();
    } catch {
      if (turn !== this.#turn) return;
      this.message = 'Мок-сервер не отвечает: перезагрузите страницу.';
    }
  }

  private async decide(application: Application, decision: 'review' | 'approve' | 'reject') {
    const reason = this.reasons[application.number]?.trim() || 'Указан неверный ИНН организации';
    await this.call(`/applications/${encodeURIComponent(application.number)}/${decision}`, {
      method: 'POST',
      body: JSON.stringify(decision === 'reject' ? { reason } : {}),
    });
    // Said once the list shows the decision, so that the two never disagree.
    await this.refresh();
    this.message = {
      review: `Заявка ${application.number} взята на рассмотрение.`,
      approve: `Заявка ${application.number} одобрена: письмо с логином — ниже.`,
      reject: `Заявка ${application.number} отклонена.`,
    }[decision];
    if (decision === 'review') {
      // The application stays with its approve button, now first: continue from there.
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLElement>(`[data-approve="${CSS.escape(application.number)}"]`)
        ?.focus();
      return;
    }
    // The pressed button is gone with the pending state: continue from the letters it produced.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#letters')?.focus();
  }

  private async reset(): Promise<void> {
    await this.call('/reset', { method: 'POST' });
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('edu-connect:')) localStorage.removeItem(key);
    }
    location.reload();
  }

  override render() {
    return html`<span class="badge">ДЕМО</span>
      <h2>Демо-панель вместо модератора</h2>
      <p>
        В настоящей системе заявку проверяет модератор, а письмо приходит на e-mail. Здесь это
        делает панель. Населённые пункты настоящие (КЛАДР, Республика Дагестан, 2021); организации
        сгенерированы и помечены «Пример».
      </p>
      <p role="status">${this.message}</p>

      <h3>Заявки</h3>
      ${
        this.applications.length === 0
          ? html`<p>Заявок пока нет. Подайте заявку слева.</p>`
          : html`<ul>
              ${this.applications.map((application) => this.renderApplication(application))}
            </ul>`
      }

      <h3 id="letters" tabindex="-1">Отправленные письма</h3>
      ${
        this.letters.length === 0
          ? html`<p>Писем пока нет.</p>`
          : html`<ul>
              ${this.letters.map(
                (letter) =>
                  html`<li>
                    <strong>${letter.subject}</strong><br />
                    Кому: ${letter.to}
                    ${
                      letter.login
                        ? html`<span class="credentials">Логин: ${letter.login}</span>
                            <span class="credentials">Временный пароль: ${letter.password}</span>`
                        : nothing
                    }
                    ${
                      letter.code
                        ? html`<span class="credentials">Код: ${letter.code}</span>`
                        : nothing
                    }
                    <pre>${letter.text}</pre>
                  </li>`,
              )}
            </ul>`
      }

      <h3>Данные демо</h3>
      <button type="button" @click=${() => this.reset()}>Сбросить все демо-данные</button>`;
  }

  private renderApplication(application: Application) {
    const { number } = application;
    return html`<li>
      <strong>${number}</strong> · ${STATUS[application.status] ?? application.status}<br />
      ${application.fullName}<br />
      ${application.email}
      ${application.reason ? html`<br />Причина: ${application.reason}` : nothing}
      ${
        application.status === 'pending' || application.status === 'review'
          ? html`<div>
              ${
                application.status === 'pending'
                  ? html`<button type="button" @click=${() => this.decide(application, 'review')}>
                      Взять на рассмотрение ${number}
                    </button>`
                  : nothing
              }
              <button
                type="button"
                data-approve=${number}
                @click=${() => this.decide(application, 'approve')}
              >
                Одобрить ${number}
              </button>
              <label>
                Причина отказа
                <input
                  .value=${this.reasons[number] ?? ''}
                  @input=${(event: InputEvent) =>
                    (this.reasons = {
                      ...this.reasons,
                      [number]: (event.target as HTMLInputElement).value,
                    })}
                />
              </label>
              <button type="button" @click=${() => this.decide(application, 'reject')}>
                Отклонить ${number}
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }
}

if (!customElements.get('demo-moderator-panel')) {
  customElements.define('demo-moderator-panel', DemoModeratorPanel);
}
