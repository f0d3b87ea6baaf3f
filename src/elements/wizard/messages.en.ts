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
  keptHere:
    'What you entered on this step is not lost: it stays in the form and on this device, ' +
    'even if the page reloads.',
  conflict:
    'Meanwhile this step was saved in another tab or on another device. Your entries are ' +
    'still in the form. Save them over it, or take the ones saved there.',
  keepMine: 'Save my entries',
  takeSaved: 'Take the ones saved in the other tab',
  takenSaved: 'The form now holds the entries saved in the other tab.',
  later: 'Save and finish later',
  pausedTitle: 'You can finish later',
  pausedText:
    'The steps you finished are saved on the server. Log in again from any device: the ' +
    'wizard opens at the step where you stopped.',
  pausedDraftText:
    'The unfinished step does not pass its checks yet, so it is kept on this device only: ' +
    'here it opens with what you entered.',
  resume: 'Continue now',
};
