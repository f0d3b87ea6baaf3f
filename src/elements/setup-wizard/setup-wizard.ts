import { css } from 'lit';
import { property } from 'lit/decorators.js';
import type { SetupStepData, SetupStepId } from '../../contract/types.js';
import { EduWizard, type WizardState, type WizardStep } from '../wizard/wizard.js';
import { setupWizardMessages, type SetupWizardMessages } from './messages.js';
import { bellsStep } from './steps/bells.js';
import { classesStep } from './steps/classes.js';
import { gradingStep } from './steps/grading.js';
import { profileStep } from './steps/profile.js';
import { staffStep } from './steps/staff.js';
import { yearStep } from './steps/year.js';

/**
 * Sets up a newly activated organization for the electronic journal: its
 * profile, the academic year and its periods, the grading system, the bell
 * schedule, the classes and invitations to staff. Dates, bells and classes are
 * suggested from a few numbers and then edited. The server holds the progress,
 * so the wizard resumes where it was left; what is typed on a step is kept in a
 * draft until the step is saved.
 *
 * @summary Sets up an organization, step by step, after activation.
 *
 * @fires edu-setup-complete - Every needed step is done; detail `{ state }`, the server's state.
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
export class EduSetupWizard extends EduWizard<SetupStepId, SetupWizardMessages> {
  static override styles = [
    ...EduWizard.styles,
    css`
      h4 {
        margin: calc(var(--_space) * 2) 0 var(--_space);
      }
      .period,
      .staff-row {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: var(--_space) calc(var(--_space) * 1.5);
      }
      .period legend,
      .staff-row legend {
        padding: 0 calc(var(--_space) / 2);
      }
      /* Two times and the lesson's name fit a 320 px phone: no sideways scrolling. */
      td input[type='time'] {
        min-width: 0;
        padding-inline: calc(var(--_space) / 2);
      }
      .bells th,
      .bells td {
        padding-inline: calc(var(--_space) / 4);
      }
      .classes,
      .grade-classes {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .classes > li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space);
        margin-bottom: var(--_space);
      }
      .grade {
        min-width: 7em;
        font-weight: 600;
      }
      .grade-classes {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
      }
      .grade-classes li {
        display: flex;
        align-items: center;
        gap: calc(var(--_space) / 2);
        padding-inline-start: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .grade-classes button {
        padding-inline: var(--_space);
      }
      .grade-classes .renaming {
        flex-wrap: wrap;
        padding: calc(var(--_space) / 2);
      }
      .grade-classes .renaming input {
        width: 5em;
        min-height: 44px;
      }
      .add-class {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
        margin: calc(var(--_space) * 2) 0;
      }
    `,
  ];

  /**
   * The day the academic year is suggested from (ISO date, `today` attribute);
   * today by default. The suggestion is the year under way (before June) or the one that
   * starts this 1 September.
   */
  @property() today = '';

  protected readonly draftPrefix = 'setup';
  protected readonly bundle = setupWizardMessages;
  protected readonly completeEvent = 'edu-setup-complete';

  protected definition(step: SetupStepId): WizardStep<SetupWizardMessages> {
    switch (step) {
      case 'profile':
        return profileStep;
      case 'year':
        return yearStep(this.today ? new Date(`${this.today}T12:00:00`) : undefined);
      case 'grading':
        return gradingStep;
      case 'bells':
        return bellsStep;
      case 'classes':
        return classesStep;
      case 'staff':
        return staffStep;
    }
  }

  protected fetchState(signal: AbortSignal): Promise<WizardState<SetupStepId>> {
    return this.api.getSetup({ signal });
  }

  protected sendStep(
    step: SetupStepId,
    payload: unknown,
    signal: AbortSignal,
    version: number | undefined,
  ) {
    const data = payload as SetupStepData[typeof step];
    return this.api.saveSetupStep(step, data, { signal, version });
  }
}
