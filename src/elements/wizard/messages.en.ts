import type { WizardMessages } from './messages.js';

/** English strings, loaded only when an element is shown in English. */
export const en: WizardMessages = {
  stepsLabel: 'Steps',
  status: { done: 'done', needed: 'to fill in', optional: 'optional' },
  current: 'current step',
  stepCount: (index, total) => `Step ${index} of ${total}`,
  stepOf: (index, total, name) => `Step ${index} of ${total}: ${name}`,
  next: 'Next',
  back: 'Back',
  skip: 'Skip',
  saving: 'Saving…',
  saved: 'Step saved.',
  errorSummary: 'Fix these errors to go on',
  sessionExpired:
    'Your session has expired. Log in again: everything you entered on this step is kept ' +
    'and comes back after you log in.',
  finishedAnnouncement: 'All steps are done.',
};
