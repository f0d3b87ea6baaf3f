import { html, nothing } from 'lit';
import type { GradingStep } from '../../../contract/types.js';
import { describedBy, errorText, fieldId } from '../../wizard/fields.js';
import { record, text, type FieldErrors, type StepDefinition } from '../../wizard/step.js';
import type { SetupWizardMessages as M } from '../messages.js';

type GradingSystem = GradingStep['system'];

interface GradingModel {
  system: GradingSystem | '';
}

const SYSTEMS: GradingSystem[] = ['five', 'ten', 'pass-fail', 'none'];

export const gradingStep: StepDefinition<GradingModel, GradingStep, M> = {
  initial(saved) {
    const system = text(record(saved), 'system', 'five');
    return { system: SYSTEMS.includes(system as GradingSystem) ? (system as GradingSystem) : '' };
  },

  validate(model, m): FieldErrors {
    return model.system ? {} : { system: m.gradingRequired };
  },

  toPayload(model) {
    return { system: model.system || 'five' };
  },

  render(context) {
    const m = context.messages;
    const error = context.error('system');
    return html`<p>${m.gradingIntro}</p>
      <fieldset aria-describedby=${describedBy('system', false, error) ?? nothing}>
        <legend>${m.gradingSystem}</legend>
        ${errorText('system', error)}
        ${SYSTEMS.map(
          (system, index) =>
            html`<label class="choice">
              <input
                type="radio"
                name="system"
                id=${index === 0 ? fieldId('system') : nothing}
                value=${system}
                .checked=${context.model.system === system}
                @change=${() => context.update({ system })}
              />
              <span>${m.gradingSystems[system]}</span>
            </label>`,
        )}
      </fieldset>`;
  },
};
