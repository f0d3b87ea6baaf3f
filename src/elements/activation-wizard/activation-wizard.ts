import { css } from 'lit';
import type { ActivationStepId, ActivationStepData } from '../../contract/types.js';
import { EduWizard, type WizardState, type WizardStep } from '../wizard/wizard.js';
import { activationWizardMessages, type ActivationWizardMessages } from './messages.js';
import { contactsStep } from './steps/contacts.js';
import { passwordStep } from './steps/password.js';
import { termsStep } from './steps/terms.js';

const steps = { terms: termsStep, password: passwordStep, contacts: contactsStep };

/**
 * The first thing an administrator does after the first login: accept the
 * terms and the consent to personal-data processing, replace the temporary
 * password and confirm the contacts. The server holds the progress, so the
 * wizard resumes where it was left, on any device; what is typed on a step is
 * kept in a draft until the step is saved (passwords only in memory).
 *
 * @summary Activates the account of a newly connected organization, step by step.
 *
 * @fires edu-activation-complete - Every step is done; detail `{ state }`, the server's state.
 * @fires edu-session-expired - The session ended while a step was read or saved; detail
 *   `{ step }`. Log in again through the same client: the typed input is kept.
 * @fires edu-wizard-paused - «Сохранить и продолжить позже» was pressed; detail `{ step }`.
 *
 * @csspart title - The wizard's heading.
 * @csspart steps - The list of steps with their status.
 * @csspart step - The form of the current step.
 * @csspart finished - The screen shown when every step is done.
 * @csspart paused - The screen shown after «Сохранить и продолжить позже».
 * @csspart error - A failure of a request, with a retry button.
 *
 * @cssproperty --edu-wizard-done - Colour of the status of a finished step.
 */
export class EduActivationWizard extends EduWizard<ActivationStepId, ActivationWizardMessages> {
  static override styles = [
    ...EduWizard.styles,
    css`
      .document {
        max-height: 12rem;
        overflow-y: auto;
        padding: var(--_space) calc(var(--_space) * 1.5);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        margin-bottom: calc(var(--_space) * 1.5);
      }
      h4 {
        margin: 0 0 var(--_space);
      }
      .rules {
        list-style: none;
        padding: 0;
        margin: 0 0 calc(var(--_space) * 2);
      }
      .rules [data-met='true'] {
        color: var(--_success);
      }
    `,
  ];

  protected readonly draftPrefix = 'activation';
  protected readonly bundle = activationWizardMessages;
  protected readonly completeEvent = 'edu-activation-complete';

  protected definition(step: ActivationStepId): WizardStep<ActivationWizardMessages> {
    return steps[step];
  }

  protected fetchState(signal: AbortSignal): Promise<WizardState<ActivationStepId>> {
    return this.api.getActivation({ signal });
  }

  protected sendStep(
    step: ActivationStepId,
    payload: unknown,
    signal: AbortSignal,
    version: number | undefined,
  ) {
    const data = payload as ActivationStepData[typeof step];
    return this.api.saveActivationStep(step, data, { signal, version });
  }
}
