import type { AuthorityFlowMessages } from './messages.js';

/** English strings, loaded only when an element is shown in English. */
export const en: AuthorityFlowMessages = {
  title: 'Municipal education authority',
  lead:
    'Choose the district or city and check whether your education authority is registered ' +
    'already.',
  listTitle: (municipality) => `Registered already: ${municipality}`,
  count: (count) => (count === 0 ? 'No authority registered' : `Registered: ${count}`),
  none: 'No education authority is registered here yet.',
  inn: 'INN',
  choose: 'This is ours',
  missing: 'Ours is not in the list',
  profileTitle: 'Your authority is registered already',
  profileSteps: [
    'Open the authority’s page in the regional system.',
    'Press “Register as staff” and enter your name and work e-mail.',
    'Wait until the authority’s administrator confirms your account.',
  ],
  doNotApply: 'Do not apply again: a second application is rejected as a duplicate.',
  report: 'Report a problem with the profile',
  notOurs: 'This is not ours',
  back: 'Back to the list',
  screenTitles: { report: 'Report a problem with the profile', apply: 'Application to connect' },
};
