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
  pendingTitle: (number) => `Application № ${number} is received`,
  pendingText: (since) => `It was sent on ${since} and waits for a moderator to take it up.`,
  pendingNext: (email) =>
    'A moderator will check the application’s details. If they are right, ' +
    `a letter with a login and a temporary password goes to ${email}; if not, ` +
    'the reason for the rejection will be here. There is nothing to do: check the status later.',
  reviewTitle: (number) => `Application № ${number} is under review`,
  reviewText: (since) => `A moderator took it up on ${since} and is checking its details.`,
  reviewNext: (email) =>
    `Once the moderator decides, a letter goes to ${email}: with a login and a temporary ` +
    'password if the application is approved, or with the reason if it is rejected. There is ' +
    'no need to change the application now.',
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
