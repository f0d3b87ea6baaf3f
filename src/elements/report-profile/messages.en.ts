import type { ReportProfileMessages } from './messages.js';

/** English strings, loaded only when an element is shown in English. */
export const en: ReportProfileMessages = {
  heading: 'Report a problem with the profile',
  headingFor: (name) => `Report a problem with the profile: ${name}`,
  intro:
    'Support will check the profile before anyone applies. All fields but the comment ' +
    'are required.',
  reasonsLegend: 'What is wrong with the profile?',
  reasonsHint: 'Tick everything that applies.',
  reasons: {
    'strangers-in-staff': 'It lists people who do not work at the organization',
    'wrong-details': 'The profile describes the organization falsely: name, INN, address, details',
    duplicate: 'It duplicates another profile',
    closed: 'The organization is closed or reorganized',
    other: 'Something else (describe it in the comment)',
  },
  comment: 'Comment',
  commentHint: 'What exactly is wrong: for example, which staff you do not know.',
  email: 'E-mail for the answer',
  emailHint: 'Support will write to this address. For example: school@mail.ru',
  submit: 'Send the report',
  sending: 'Sending…',
  back: 'Back',
  reasonsMissing: 'Tick what is wrong with the profile',
  commentMissing: 'Describe the problem in the comment: you ticked “Something else”',
  commentTooLong: 'The comment is longer than 2000 characters: shorten it',
  emailMissing: 'Enter the e-mail address',
  emailInvalid: 'Enter the address as name@domain, for example school@mail.ru',
  draftKept: 'What you entered is kept: you can send it again.',
  sentHeading: 'Report sent',
  receipt: (id) => `Report number: ${id}`,
  sentAt: (date) => `Sent ${date}`,
  nextSteps: [
    'Support will check the profile and write to the address you gave.',
    'Such profiles are usually created by mistake and removed after the check.',
    'While the check goes on, there is no need to apply to connect.',
  ],
};
