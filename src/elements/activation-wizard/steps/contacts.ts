import { html, nothing } from 'lit';
import { ApiError } from '../../../client/errors.js';
import type { ContactChannel } from '../../../contract/confirmation.js';
import type { ContactsStep } from '../../../contract/types.js';
import { describeFailure } from '../../../core/failure.js';
import { displayPhone } from '../../../domain/phone.js';
import { isValidEmail, normalizePhone } from '../../../domain/validators.js';
import { modelField, textField } from '../../wizard/fields.js';
import {
  record,
  text,
  type FieldErrors,
  type StepContext,
  type StepDefinition,
} from '../../wizard/step.js';
import type { ActivationWizardMessages as M } from '../messages.js';

interface ContactsModel {
  email: string;
  phone: string;
  emailCode: string;
  phoneCode: string;
  /** Where the last code of each channel went (the address as sent), or ''. */
  emailSentTo: string;
  phoneSentTo: string;
  /** When another code may be asked for, in ms since the epoch. */
  emailResendAt: number;
  phoneResendAt: number;
  /** Why the last request of a code failed, as the person reads it. */
  emailSendError: string;
  phoneSendError: string;
}

type Context = StepContext<ContactsModel, M>;

const CODE = /^\d{6}$/;

/** The address a code of the channel goes to, or null while the field does not hold one. */
function addressOf(model: ContactsModel, channel: ContactChannel): string | null {
  if (channel === 'phone') return normalizePhone(model.phone);
  const email = model.email.trim();
  return isValidEmail(email) ? email : null;
}

function codeError(model: ContactsModel, channel: ContactChannel, m: M): string | undefined {
  const address = addressOf(model, channel);
  if (!address) return undefined;
  if (model[`${channel}SentTo`] !== address) return m.codeNotSent(channel);
  return CODE.test(model[`${channel}Code`].trim()) ? undefined : m.codeInvalid;
}

async function sendCode(context: Context, channel: ContactChannel) {
  const m = context.messages;
  const address = addressOf(context.model, channel);
  if (!address) {
    context.touch(channel);
    return;
  }
  try {
    const sent = await context.api.sendContactCode({ channel, address });
    context.update({
      [`${channel}SentTo`]: sent.sentTo,
      [`${channel}ResendAt`]: Date.now() + sent.resendAfter * 1000,
      [`${channel}SendError`]: '',
    });
    context.announce(m.codeSentTo(channel === 'phone' ? displayPhone(sent.sentTo) : sent.sentTo));
  } catch (error) {
    const wait = error instanceof ApiError && error.status === 429 ? error.retryAfter : undefined;
    context.update({
      [`${channel}SendError`]: describeFailure(error, context.lang),
      ...(wait ? { [`${channel}ResendAt`]: Date.now() + wait * 1000 } : {}),
    });
  }
}

function renderCode(context: Context, channel: ContactChannel) {
  const m = context.messages;
  const model = context.model;
  const sentTo = model[`${channel}SentTo`];
  const wait = Math.ceil((model[`${channel}ResendAt`] - Date.now()) / 1000);
  if (wait > 0) context.later(1000);
  const sendError = model[`${channel}SendError`];
  const key = `${channel}Code` as const;

  return html`<div class="code">
    <div class="actions">
      <button
        type="button"
        class="secondary"
        ?disabled=${wait > 0}
        @click=${() => sendCode(context, channel)}
      >
        ${sentTo ? m.resendCode(channel) : m.sendCode(channel)}
      </button>
      ${wait > 0 ? html`<span class="hint">${m.resendIn(wait)}</span>` : nothing}
    </div>
    ${sendError ? html`<p class="error" role="alert">${sendError}</p>` : nothing}
    ${
      sentTo
        ? html`<p class="hint">
            ${m.codeSentTo(channel === 'phone' ? displayPhone(sentTo) : sentTo)}
          </p>`
        : nothing
    }
    ${textField({
      key,
      label: channel === 'email' ? m.emailCode : m.phoneCode,
      hint: channel === 'email' ? m.emailCodeHint : m.phoneCodeHint,
      value: model[key],
      error: context.error(key),
      autocomplete: 'one-time-code',
      inputmode: 'numeric',
      onInput: (value) => context.update({ [key]: value }),
      onBlur: () => context.touch(key),
    })}
  </div>`;
}

export const contactsStep: StepDefinition<ContactsModel, ContactsStep, M> = {
  initial(saved) {
    const data = record(saved);
    return {
      email: text(data, 'email'),
      phone: displayPhone(text(data, 'phone')),
      emailCode: '',
      phoneCode: '',
      emailSentTo: '',
      phoneSentTo: '',
      emailResendAt: 0,
      phoneResendAt: 0,
      emailSendError: '',
      phoneSendError: '',
    };
  },

  validate(model, m) {
    const errors: FieldErrors = {};
    if (!isValidEmail(model.email.trim())) errors.email = m.emailInvalid;
    if (!normalizePhone(model.phone)) errors.phone = m.phoneInvalid;
    for (const channel of ['email', 'phone'] as const) {
      const error = codeError(model, channel, m);
      if (error) errors[`${channel}Code`] = error;
    }
    return errors;
  },

  toPayload(model) {
    return {
      email: model.email.trim(),
      phone: normalizePhone(model.phone) ?? model.phone,
      emailCode: model.emailCode.trim(),
      phoneCode: model.phoneCode.trim(),
    };
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
      ${renderCode(context, 'email')}
      ${modelField(context, 'phone', {
        label: m.phone,
        hint: m.phoneHint,
        type: 'tel',
        autocomplete: 'tel',
        normalize: displayPhone,
      })}
      ${renderCode(context, 'phone')}`;
  },
};
