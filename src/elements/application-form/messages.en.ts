import type { ApplicationFormMessages } from './messages.js';
import { en as validationEn } from '../../domain/messages.en.js';

/** English strings, loaded only when an element is shown in English. */
export const en: ApplicationFormMessages = {
  ...validationEn,
  title: (kind) =>
    kind === 'authority'
      ? 'Application to connect an education authority'
      : 'Application to connect an educational organization',
  settlement: (name) => `Settlement: ${name}`,
  municipality: (name) => `Municipality: ${name}`,
  intro:
    'Fill in every field except those marked “optional”. ' +
    'What you type is kept on this device: you can come back later.',
  optional: 'optional',
  organizationGroup: (kind) => (kind === 'authority' ? 'Education authority' : 'Organization'),
  registryHelp:
    'The INN, OGRN and KPP are in the charter and in the extract from the state register ' +
    '(EGRUL). The tax service gives the extract for free.',
  registryLink: 'egrul.nalog.ru (opens in a new tab)',
  administratorGroup: 'Administrator',
  administratorIntro:
    'The person who receives the login and a temporary password and connects the other staff.',
  labels: (kind) => ({
    fullName: kind === 'authority' ? 'Full name of the authority' : 'Full name',
    shortName: 'Short name',
    inn: 'INN',
    ogrn: 'OGRN',
    kpp: 'KPP',
    address: 'Legal address with postal code',
    lastName: 'Last name',
    firstName: 'First name',
    middleName: 'Patronymic',
    position: 'Position',
    email: 'E-mail',
    emailConfirm: 'E-mail again',
    phone: 'Phone',
  }),
  hints: (kind) => ({
    ...(kind === 'authority'
      ? {
          fullName: 'As in the authority’s regulations',
          shortName: 'For example: УО МР «Ахтынский район»',
          address: 'For example: 368730, с. Ахты, ул. Гаджибекова, 3',
          position: 'For example: head of the department',
        }
      : {
          fullName: 'As in the charter',
          shortName: 'For example: МКОУ «Ахтынская СОШ № 1»',
          address: 'For example: 368730, с. Ахты, ул. Гаджибекова, 20',
          position: 'For example: deputy head',
        }),
    inn: '10 digits. It is in the charter and the EGRUL extract',
    ogrn: '13 digits. It is in the charter and the EGRUL extract',
    kpp: '9 characters. It is in the EGRUL extract',
    email: 'A work address whose mail you read: the login and password go there',
    emailConfirm: 'Type the address again to be sure',
    phone: 'For example: 8 928 123-45-67',
  }),
  required: {
    fullName: 'Enter the full name',
    shortName: '',
    inn: 'Enter the INN',
    ogrn: 'Enter the OGRN',
    kpp: 'Enter the KPP',
    address: 'Enter the legal address with its postal code',
    lastName: 'Enter the last name',
    firstName: 'Enter the first name',
    middleName: '',
    position: 'Enter the position',
    email: 'Enter the e-mail address',
    emailConfirm: 'Enter the e-mail address again',
    phone: 'Enter the phone number',
  },
  errorPrefix: 'Error:',
  toReview: 'Check your answers',
  reviewTitle: 'Check your answers',
  reviewIntro: 'If everything is right, send the application. To fix an answer, press “Change”.',
  change: 'Change',
  backToForm: 'Back to the form',
  emailTitle: 'The login and a temporary password go to',
  emailWarning: 'Check the address once more: with a mistake in it the letter never arrives.',
  submit: 'Send the application',
  sending: 'Sending the application…',
  sent: (number) => `Application № ${number} sent.`,
  thisIsMine: 'This is my organization',
  notAnswered: 'not given',
  earlierTitle: (number) => `Application № ${number} has reached the server already`,
  earlierText: (email) =>
    'The earlier sending arrived although its answer was lost, with the earlier answers: ' +
    `the letter with the login goes to ${email}. If that is wrong, send the corrected ` +
    'application as a new one: the moderator will see both.',
  sendAsNew: 'Send the corrected application',
  keepEarlier: 'Keep the earlier application',
  conflictTitle: 'This organization is already registered',
  conflictText:
    'A second application for it is not possible. If it is yours, choose it to register your ' +
    'staff profile. If the INN has a typo, fix it.',
  changeInn: 'Fix the INN',
  serverRefused: 'The server did not accept some answers. Fix them and send the application again.',
};
