import { html } from 'lit';
import type { ContactsStep } from '../../../contract/types.js';
import { displayPhone } from '../../../domain/phone.js';
import { isValidEmail, normalizePhone } from '../../../domain/validators.js';
import { modelField } from '../../wizard/fields.js';
import { record, text, type FieldErrors, type StepDefinition } from '../../wizard/step.js';
import type { ActivationWizardMessages as M } from '../messages.js';

interface ContactsModel {
  email: string;
  phone: string;
}

export const contactsStep: StepDefinition<ContactsModel, ContactsStep, M> = {
  initial(saved) {
    const data = record(saved);
    return { email: text(data, 'email'), phone: displayPhone(text(data, 'phone')) };
  },

  validate(model, m) {
    const errors: FieldErrors = {};
    if (!isValidEmail(model.email.trim())) errors.email = m.emailInvalid;
    if (!normalizePhone(model.phone)) errors.phone = m.phoneInvalid;
    return errors;
  },

  toPayload(model) {
    return { email: model.email.trim(), phone: normalizePhone(model.phone) ?? model.phone };
  },

  render(context) {
    const m = context.messages;
    return html`<p>${m.contactsIntro}</p>
      ${modelField(context, 'email', {
        label: m.email,
        hint: m.emailHint,
        type: 'email',
        autocomplete: 'email',
        normalize: (value) => value.trim(),
      })}
      ${modelField(context, 'phone', {
        label: m.phone,
        hint: m.phoneHint,
        type: 'tel',
        autocomplete: 'tel',
        normalize: displayPhone,
      })}`;
  },
};
