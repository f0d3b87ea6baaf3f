import { html, nothing } from 'lit';
import type { TermsStep } from '../../../contract/types.js';
import { describedBy, errorText, fieldId } from '../../wizard/fields.js';
import {
  record,
  type FieldErrors,
  type StepContext,
  type StepDefinition,
} from '../../wizard/step.js';
import type { ActivationWizardMessages as M } from '../messages.js';

interface TermsModel {
  acceptTerms: boolean;
  acceptPersonalData: boolean;
}

type Consent = keyof TermsModel;

function checkbox(context: StepContext<TermsModel, M>, key: Consent, label: string) {
  const error = context.error(key);
  return html`<div class="field">
    ${errorText(key, error)}
    <label class="choice">
      <input
        id=${fieldId(key)}
        type="checkbox"
        .checked=${context.model[key]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(key, false, error) ?? nothing}
        @change=${(event: Event) => {
          context.update({ [key]: (event.target as HTMLInputElement).checked });
          context.touch(key);
        }}
      />
      <span>${label}</span>
    </label>
  </div>`;
}

function documentRegion(id: string, title: string, body: string) {
  // Focusable, so that a keyboard user can scroll the text with the arrow keys.
  return html`<h4 id="${id}-title">${title}</h4>
    <div class="document" id=${id} role="region" tabindex="0" aria-labelledby="${id}-title">
      <p>${body}</p>
    </div>`;
}

export const termsStep: StepDefinition<TermsModel, TermsStep, M> = {
  initial(saved) {
    const data = record(saved);
    return {
      acceptTerms: data.acceptTerms === true,
      acceptPersonalData: data.acceptPersonalData === true,
    };
  },

  validate(model, m) {
    const errors: FieldErrors = {};
    if (!model.acceptTerms) errors.acceptTerms = m.acceptTermsRequired;
    if (!model.acceptPersonalData) errors.acceptPersonalData = m.acceptPersonalDataRequired;
    return errors;
  },

  toPayload() {
    return { acceptTerms: true, acceptPersonalData: true };
  },

  render(context) {
    const m = context.messages;
    return html`<p>${m.termsIntro}</p>
      ${documentRegion('terms-text', m.termsTitle, m.termsText)}
      ${checkbox(context, 'acceptTerms', m.acceptTerms)}
      ${documentRegion('consent-text', m.consentTitle, m.consentText)}
      ${checkbox(context, 'acceptPersonalData', m.acceptPersonalData)}`;
  },
};
