import { html } from 'lit';
import type { PasswordStep } from '../../../contract/types.js';
import { modelField } from '../../wizard/fields.js';
import { type FieldErrors, type StepDefinition } from '../../wizard/step.js';
import type { ActivationWizardMessages as M } from '../messages.js';

interface PasswordModel {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const COMMON_PASSWORDS = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '87654321',
  '11111111',
  '00000000',
  'qwerty123',
  'qwerty12',
  'qwertyuiop',
  'password',
  'password1',
  'password123',
  'parol123',
  'йцукен123',
  'пароль123',
  'abc12345',
  'a1234567',
  '1q2w3e4r',
  '1qaz2wsx',
  'qwe12345',
]);

type Rule = 'ruleLength' | 'ruleLettersDigits' | 'ruleNotOld' | 'ruleNotCommon';

/** Each rule of a new password and whether it is met. */
export function passwordRules(model: PasswordModel): [Rule, boolean][] {
  const password = model.newPassword;
  return [
    ['ruleLength', password.length >= 8],
    ['ruleLettersDigits', /\p{L}/u.test(password) && /\d/.test(password)],
    ['ruleNotOld', password.length > 0 && password !== model.currentPassword],
    ['ruleNotCommon', password.length > 0 && !COMMON_PASSWORDS.has(password.toLowerCase())],
  ];
}

export const passwordStep: StepDefinition<PasswordModel, PasswordStep, M> = {
  initial() {
    return { currentPassword: '', newPassword: '', confirmPassword: '' };
  },

  // Passwords never go to localStorage: they stay in memory only.
  draft() {
    return null;
  },

  validate(model, m) {
    const errors: FieldErrors = {};
    if (!model.currentPassword) errors.currentPassword = m.currentPasswordRequired;
    if (passwordRules(model).some(([, met]) => !met)) errors.newPassword = m.passwordRulesUnmet;
    if (model.confirmPassword !== model.newPassword || !model.confirmPassword) {
      errors.confirmPassword = m.confirmMismatch;
    }
    return errors;
  },

  toPayload(model) {
    return { currentPassword: model.currentPassword, newPassword: model.newPassword };
  },

  render(context) {
    const m = context.messages;
    const rules = passwordRules(context.model);
    const met = rules.filter(([, ok]) => ok).length;

    return html`
      <!-- The login the password belongs to, for the browser's password manager. -->
      <input
        type="text"
        name="username"
        autocomplete="username"
        .value=${context.api.user?.login ?? ''}
        readonly
        hidden
      />
      ${modelField(context, 'currentPassword', {
        label: m.currentPassword,
        hint: m.currentPasswordHint,
        type: 'password',
        autocomplete: 'current-password',
      })}
      ${modelField(context, 'newPassword', {
        label: m.newPassword,
        type: 'password',
        autocomplete: 'new-password',
        hint: m.rulesTitle,
      })}
      <ul class="rules" aria-label=${m.rulesTitle} id="password-rules">
        ${rules.map(
          ([rule, ok]) =>
            html`<li data-rule=${rule} data-met=${ok ? 'true' : 'false'}>
              <span aria-hidden="true">${ok ? '✓' : '○'}</span>
              ${m[rule]}
              <span class="visually-hidden">(${ok ? m.ruleMet : m.ruleUnmet})</span>
            </li>`,
        )}
      </ul>
      <p class="visually-hidden" aria-live="polite">${m.rulesProgress(met, rules.length)}</p>
      ${modelField(context, 'confirmPassword', {
        label: m.confirmPassword,
        type: 'password',
        autocomplete: 'new-password',
      })}
    `;
  },
};
