import type { ConnectMessages } from './messages.js';

/** English strings, loaded only when an element is shown in English. */
export const en: ConnectMessages = {
  journey: 'Connecting to the network',
  back: 'Back',
  loggedInAs: (name) => `Logged in: ${name}`,
  logout: 'Log out',
  startTitle: 'Connecting to the regional education information system',
  startLead:
    'Schools and municipal education authorities connect themselves: say who you are, check ' +
    'whether your organization is already registered, and apply. What you type is kept, ' +
    'even if the page reloads.',
  startAction: 'Connect',
  haveApplied: 'I have applied: check the status',
  haveLetter: 'I have the letter with a login: log in',
  findTitle: 'Find your organization',
  findLead:
    'First check that your organization is not registered already: a second registration ' +
    'splits staff and pupils between two profiles.',
  reportDone: 'Back to the start',
  toStart: 'To the start',
  loginTitle: 'Log in',
  loginAgain:
    'Log in again to continue: the steps you completed are saved. If you have replaced ' +
    'the temporary password, enter the new one.',
  doneTitle: 'Your organization is connected',
  doneText:
    'Setup is complete. Invite your staff if you have not yet: once confirmed, they can keep ' +
    'the electronic journal.',
  authorityDoneText:
    'Your education authority is connected. Its staff can register on its page in the ' +
    'regional system.',
  steps: {
    start: 'Start',
    role: 'Who you are',
    find: 'Find the organization',
    organization: 'Organization profile',
    report: 'Report a problem',
    apply: 'Application',
    sent: 'Application sent',
    status: 'Application status',
    municipal: 'Education authority',
    login: 'Log in',
    activation: 'Activation',
    setup: 'Setup',
    coverage: 'Connection coverage',
    done: 'Done',
  },
};
