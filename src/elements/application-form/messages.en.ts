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
    'While this tab is open, what you type is kept: it is not lost if the page reloads or ' +
    'the connection drops. When you close the tab, the answers are forgotten, so that on a ' +
    'shared computer the next person does not see them.',
  optional: 'optional',
  organizationGroup: (kind) => (kind === 'authority' ? 'Education authority' : 'Organization'),
  registryHelp:
    'The INN, OGRN and KPP are in the charter and in the extract from the state register ' +
    '(EGRUL). The tax service gives the extract for free.',
  registryLink: 'egrul.nalog.ru (opens in a new tab)',
  headGroup: (kind) =>
    kind === 'authority' ? 'Head of the authority' : 'Head of the organization',
  administratorGroup: 'Administrator',
  administratorIntro:
    'The person who receives the login and a temporary password and connects the other staff.',
  types: {
    'secondary-school': 'Secondary school (СОШ)',
    'basic-school': 'Basic school (ООШ)',
    'primary-school': 'Primary school (НОШ)',
    gymnasium: 'Gymnasium',
    lyceum: 'Lyceum',
    'boarding-school': 'Boarding school',
    'education-centre': 'Education centre',
    'other-school': 'Another general education organization',
    'authority-department': 'Education department (управление)',
    'authority-division': 'Education division (отдел)',
    'authority-committee': 'Education committee',
    'other-authority': 'Another education authority',
  },
  legalForms: {
    'municipal-budget': 'Municipal budget institution (МБОУ)',
    'municipal-treasury': 'Municipal treasury institution (МКОУ, МКУ)',
    'municipal-autonomous': 'Municipal autonomous institution (МАОУ)',
    'state-budget': 'State budget institution (ГБОУ)',
    'state-treasury': 'State treasury institution (ГКОУ)',
    'state-autonomous': 'State autonomous institution (ГАОУ)',
    private: 'Private institution (ЧОУ)',
    'local-government': 'Local government body or a unit of the administration',
  },
  notAnOption: 'Choose one of the options in the list',
  postalSame: 'The postal address is the legal address',
  postalSameAnswer: 'The legal address',
  consentGroup: 'Consent to personal data processing',
  consentText: (kind) => [
    'The application holds personal data: the names and positions of the head and the ' +
      'administrator, and the administrator’s e-mail and phone.',
    'The operator of the regional education information system processes them to review the ' +
      `application, connect the ${kind === 'authority' ? 'authority' : 'organization'} and ` +
      'send the administrator a login and a temporary password (Federal Law 152-FZ “On ' +
      'personal data”). The data is not passed to third parties; the consent can be ' +
      'withdrawn by writing to the system’s support.',
  ],
  consentLabel:
    'I consent to the processing of the personal data in this application on these terms',
  consentMissing:
    'Tick the consent to personal data processing: without it the application is refused',
  consentGiven: 'Consent to personal data processing given',
  emailSuggestion: (address) => `Check the address: did you mean ${address}?`,
  useSuggestion: (address) => `Change it to ${address}`,
  restoredTitle: 'We restored the answers you typed before',
  restoredText:
    'Check them and go on. Tick the consent to personal data processing again: it is not kept.',
  startAgain: 'Start again: delete every answer',
  startedAgain: 'The answers are deleted, the form is empty',
  labels: (kind) => ({
    fullName: kind === 'authority' ? 'Full name of the authority' : 'Full name',
    shortName: 'Short name',
    type: kind === 'authority' ? 'Kind of authority' : 'Kind of organization',
    legalForm: 'Legal form',
    inn: 'INN',
    kpp: 'KPP',
    ogrn: 'OGRN',
    address: 'Legal address with postal code',
    postalAddress: 'Postal address with postal code',
    orgPhone: kind === 'authority' ? 'Phone of the authority' : 'Phone of the organization',
    orgEmail: kind === 'authority' ? 'E-mail of the authority' : 'E-mail of the organization',
    website: 'Website',
    headLastName: 'Last name of the head',
    headFirstName: 'First name of the head',
    headMiddleName: 'Patronymic of the head',
    headPosition: 'Position of the head',
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
    postalAddress: 'Where letters arrive, for example: 368730, с. Ахты, а/я 12',
    orgPhone: 'For example: 8 (87263) 2-14-56',
    orgEmail: 'The organization’s shared address, for example: ahty-school@mail.ru',
    website: 'For example: ahty-school.ru',
    headPosition:
      kind === 'authority' ? 'For example: head of the department' : 'For example: director',
    email: 'A work address whose mail you read: the login and password go there',
    emailConfirm: 'Type the address again to be sure',
    phone: 'For example: 8 928 123-45-67',
  }),
  required: {
    fullName: 'Enter the full name',
    shortName: '',
    type: 'Choose the kind',
    legalForm: 'Choose the legal form',
    inn: 'Enter the INN',
    kpp: 'Enter the KPP',
    ogrn: 'Enter the OGRN',
    address: 'Enter the legal address with its postal code',
    postalAddress: 'Enter the postal address or tick that it is the legal address',
    orgPhone: 'Enter the phone',
    orgEmail: 'Enter the e-mail address',
    website: '',
    headLastName: 'Enter the head’s last name',
    headFirstName: 'Enter the head’s first name',
    headMiddleName: '',
    headPosition: 'Enter the head’s position',
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
