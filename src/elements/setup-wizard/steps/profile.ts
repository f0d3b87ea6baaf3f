import { html } from 'lit';
import type { ProfileStep } from '../../../contract/types.js';
import { displayPhone } from '../../../domain/phone.js';
import { digitsOnly, isValidEmail, normalizePhone } from '../../../domain/validators.js';
import { modelField } from '../../wizard/fields.js';
import { record, text, type FieldErrors, type StepDefinition } from '../../wizard/step.js';
import type { SetupWizardMessages as M } from '../messages.js';

type ProfileModel = Record<keyof ProfileStep, string>;

const REQUIRED = ['fullName', 'address', 'headName'] as const;

export const profileStep: StepDefinition<ProfileModel, ProfileStep, M> = {
  initial(saved) {
    const data = record(saved);
    return {
      fullName: text(data, 'fullName'),
      shortName: text(data, 'shortName'),
      address: text(data, 'address'),
      postalCode: text(data, 'postalCode'),
      phone: displayPhone(text(data, 'phone')),
      email: text(data, 'email'),
      headName: text(data, 'headName'),
    };
  },

  validate(model, m) {
    const errors: FieldErrors = {};
    for (const key of REQUIRED) if (!model[key].trim()) errors[key] = m.required;
    if (!/^\d{6}$/.test(digitsOnly(model.postalCode))) errors.postalCode = m.postalCodeInvalid;
    if (!normalizePhone(model.phone)) errors.phone = m.phoneInvalid;
    if (!isValidEmail(model.email.trim())) errors.email = m.emailInvalid;
    return errors;
  },

  toPayload(model) {
    const shortName = model.shortName.trim();
    return {
      fullName: model.fullName.trim(),
      ...(shortName ? { shortName } : {}),
      address: model.address.trim(),
      postalCode: digitsOnly(model.postalCode),
      phone: normalizePhone(model.phone) ?? model.phone,
      email: model.email.trim(),
      headName: model.headName.trim(),
    };
  },

  render(context) {
    const m = context.messages;
    const trim = (value: string) => value.trim();
    return html`<p>${m.profileIntro}</p>
      ${modelField(context, 'fullName', {
        label: m.fullName,
        hint: m.fullNameHint,
        autocomplete: 'organization',
        normalize: trim,
      })}
      ${modelField(context, 'shortName', { label: m.shortName, hint: m.shortNameHint })}
      ${modelField(context, 'address', {
        label: m.address,
        autocomplete: 'street-address',
        normalize: trim,
      })}
      <div class="row">
        ${modelField(context, 'postalCode', {
          label: m.postalCode,
          autocomplete: 'postal-code',
          inputmode: 'numeric',
          normalize: digitsOnly,
        })}
        ${modelField(context, 'phone', {
          label: m.phone,
          hint: m.phoneHint,
          type: 'tel',
          autocomplete: 'tel',
          normalize: displayPhone,
        })}
      </div>
      ${modelField(context, 'email', {
        label: m.email,
        type: 'email',
        autocomplete: 'email',
        normalize: trim,
      })}
      ${modelField(context, 'headName', {
        label: m.headName,
        hint: m.headNameHint,
        autocomplete: 'name',
        normalize: trim,
      })}`;
  },
};
