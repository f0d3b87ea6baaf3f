import { html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { EduElement } from '../../core/edu-element.js';
import { pick } from '../../core/i18n.js';
import { baseStyles } from '../../core/styles.js';
import { rolePickerMessages, type Role, type RolePickerMessages } from './messages.js';
import { rolePickerStyles } from './styles.js';

export type { Role } from './messages.js';

const ROLES: readonly Role[] = ['school-staff', 'municipal-staff', 'pupil-parent'];

/** Detail of `edu-role-select`. */
export interface RoleSelectDetail {
  role: Role;
}

/**
 * The first question of the journey, "Кто вы?", as three large buttons.
 * School and municipal staff go on; pupils and parents are shown, in place,
 * how to reach the electronic diary, with a way back to the choice.
 *
 * Takes part in forms: the value under `name` is the chosen role.
 *
 * @summary Asks whether the visitor is school staff, municipal staff, or a pupil or parent.
 *
 * @fires edu-role-select - A role was chosen. Detail: `{ role }`, one of `school-staff`,
 *   `municipal-staff`, `pupil-parent`.
 *
 * @csspart heading - The heading of the current view.
 * @csspart role - Each of the three choice buttons.
 * @csspart guidance - The advice shown to pupils and parents.
 * @csspart back - The button back to the choice.
 */
export class EduRolePicker extends EduElement {
  static override styles = [baseStyles, rolePickerStyles];

  static formAssociated = true;

  /** The chosen role, or an empty string before a choice. */
  @property({ reflect: true }) value: Role | '' = '';

  /** Name of the form field that carries the role. */
  @property({ reflect: true }) name = '';

  /** Overrides of any of the element's strings. */
  @property({ attribute: false }) messages: Partial<RolePickerMessages> = {};

  @query('h2') private heading!: HTMLHeadingElement;

  #internals = this.attachInternals();

  /** Moves focus to the heading of the current view. */
  override focus(options?: FocusOptions): void {
    this.heading?.focus(options);
  }

  formResetCallback(): void {
    this.value = '';
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string' && (ROLES as readonly string[]).includes(state)) {
      this.value = state as Role;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value')) this.#internals.setFormValue(this.value || null);
  }

  override render() {
    const m = pick(rolePickerMessages, this.language, this.messages);
    return this.value === 'pupil-parent' ? this.#renderGuidance(m) : this.#renderChoice(m);
  }

  #renderChoice(m: RolePickerMessages) {
    return html`
      <h2 id="heading" tabindex="-1" part="heading">${m.heading}</h2>
      <p id="intro">${m.intro}</p>
      <ul class="roles" role="list" aria-labelledby="heading">
        ${ROLES.map(
          (role) =>
            html`<li>
              <button
                type="button"
                class="role"
                part="role"
                data-role=${role}
                aria-pressed=${this.value === role ? 'true' : 'false'}
                @click=${() => this.#choose(role)}
              >
                <span class="role-title">${m.roles[role].title}</span>
                <span class="role-description"> ${m.roles[role].description} </span>
              </button>
            </li>`,
        )}
      </ul>
    `;
  }

  #renderGuidance(m: RolePickerMessages) {
    return html`
      <section part="guidance" aria-labelledby="heading">
        <h2 id="heading" tabindex="-1" part="heading">${m.pupilHeading}</h2>
        <p>${m.pupilIntro}</p>
        <ol>
          ${m.pupilSteps.map((step) => html`<li>${step}</li>`)}
        </ol>
        <p class="hint">${m.pupilNote}</p>
        <div class="actions">
          <button type="button" class="secondary" part="back" @click=${this.#backToChoice}>
            ${m.back}
          </button>
        </div>
      </section>
    `;
  }

  async #choose(role: Role): Promise<void> {
    const changedView = (role === 'pupil-parent') !== (this.value === 'pupil-parent');
    this.value = role;
    this.emit<RoleSelectDetail>('edu-role-select', { role });
    if (!changedView) return;

    await this.updateComplete;
    this.heading.focus();
  }

  #backToChoice = async (): Promise<void> => {
    this.value = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[data-role="pupil-parent"]')?.focus();
  };
}
