import type { ApplicationSentMessages } from './messages.js';

/** English strings, loaded only when an element is shown in English. */
export const en: ApplicationSentMessages = {
  title: 'Application sent',
  numberLabel: 'Application number',
  keepNumber: 'Keep the number: with it and the e-mail address you can check the application.',
  copy: 'Copy the number',
  copied: 'Copied',
  copyFailed: 'Could not copy. The number is selected: press Ctrl+C or write it down.',
  nextTitle: 'What happens next',
  nextModeration: 'A moderator checks the organization’s details against the state registers.',
  nextLetter:
    'Once the application is approved, a letter with a login and a temporary password goes ' +
    'to the address below.',
  nextLogin: 'Log in with them and set your own password.',
  noLetterTitle: 'If no letter comes',
  checkAddress: 'Check the address you gave:',
  checkAddressWrong:
    'With a mistake in it the letter cannot arrive. The moderator will reject the application ' +
    'and you can send a new one with the right address.',
  checkSpam: 'Look in the spam or junk mail folder.',
  checkStatus:
    'Check the application’s status: it may still be under review, or rejected with the reason.',
  statusButton: 'Check the status',
  loginButton: 'Log in with the credentials received',
};
