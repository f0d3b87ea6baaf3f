import type { ApplicationStatusMessages } from './messages.js';
import { en as validationEn } from '../../domain/messages.en.js';

/** English strings, loaded only when an element is shown in English. */
export const en: ApplicationStatusMessages = {
  ...validationEn,
  title: 'Application status',
  intro: 'Enter the application number and the e-mail address given in it.',
  numberLabel: 'Application number',
  numberHint: 'The number was shown once the application was sent',
  numberRequired: 'Enter the application number',
  emailLabel: 'E-mail from the application',
  emailHint: 'The administrator’s address, where the login and password go',
  emailRequired: 'Enter the e-mail address',
  errorPrefix: 'Error:',
  check: 'Check the status',
  checking: 'Checking the application…',
  pendingTitle: (number) => `Application № ${number} is under review`,
  pendingText: (since, email) =>
    `It has waited for a moderator since ${since}. Once approved, a letter with a login and ` +
    `a temporary password goes to ${email}.`,
  approvedTitle: (number) => `Application № ${number} is approved`,
  approvedText: (email) => `A letter with a login and a temporary password was sent to ${email}.`,
  resend: 'Send the letter again',
  resending: 'Sending the letter…',
  resent: (to, at) => `The letter was sent again to ${to} at ${at}.`,
  resendWait: (wait) => `The letter can be sent again in ${wait}.`,
  resendFailed: 'The letter was not sent.',
  approvedSpam: 'If it is not in your inbox, look in the spam folder.',
  login: 'Log in',
  rejectedTitle: (number) => `Application № ${number} was rejected`,
  rejectedReason: 'The moderator’s reason:',
  noReason: 'The moderator gave no reason.',
  rejectedWhatToDo:
    'Fix what the moderator named and apply again: the old application is no obstacle.',
  reapply: 'Apply again',
  notFound:
    'No application with this number and e-mail address was found. Check the number and the ' +
    'address: it must be the one given in the application.',
};
