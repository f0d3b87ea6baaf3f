import type { ActivationWizardMessages } from './messages.js';
import { en as wizardEn } from '../wizard/messages.en.js';

/** English strings, loaded only when an element is shown in English. */
export const en: ActivationWizardMessages = {
  ...wizardEn,
  title: 'Account activation',
  steps: {
    terms: 'Terms of use',
    password: 'New password',
    contacts: 'Contact details',
  },
  finishedTitle: 'The account is activated',
  finishedText:
    'The password is replaced and the contacts are confirmed. Now set up the organization: ' +
    'its profile, academic year and classes.',
  termsIntro: 'Read the terms and confirm your consent. Connecting is not possible without it.',
  termsTitle: 'Terms of use of the network',
  termsText:
    'The network keeps the electronic journal and diary. The organization’s administrator is ' +
    'responsible for true details of the organization and its staff, gives access to its own ' +
    'staff only and removes those who no longer work there. Credentials must not be passed ' +
    'on. ' +
    'The operator may block an account whose details are false or whose access is misused.',
  consentTitle: 'Consent to the processing of personal data',
  consentText:
    'I consent to the network operator processing my personal data (name, position, e-mail ' +
    'address, phone number) to connect the organization, send notifications and support ' +
    'users. The consent lasts until withdrawn in writing to the operator.',
  acceptTerms: 'I have read and accept the terms of use',
  acceptPersonalData: 'I consent to the processing of my personal data',
  acceptTermsRequired: 'Accept the terms of use',
  acceptPersonalDataRequired: 'Give your consent to the processing of personal data',
  currentPassword: 'Temporary password from the letter',
  currentPasswordHint: 'The one you logged in with',
  currentPasswordRequired: 'Enter the temporary password from the letter',
  newPassword: 'New password',
  confirmPassword: 'New password again',
  confirmMismatch: 'The passwords do not match',
  rulesTitle: 'The new password must',
  ruleLength: 'have at least 8 characters',
  ruleLettersDigits: 'have both letters and digits',
  ruleNotOld: 'differ from the temporary one',
  ruleNotCommon: 'not be a common one (12345678, qwerty123, password…)',
  ruleMet: 'met',
  ruleUnmet: 'not met',
  rulesProgress: (met, total) => `Rules met: ${met} of ${total}`,
  passwordRulesUnmet: 'The password does not meet the rules below',
  contactsIntro: 'Network notifications and support letters go to these. Check them.',
  email: 'E-mail',
  emailHint: 'For example, school@mail.ru or школа@школа.рф',
  emailInvalid: 'Enter an e-mail address, for example school@mail.ru',
  phone: 'Phone',
  phoneHint: 'For example, 8 928 123-45-67',
  phoneInvalid: 'Enter a phone number of 10 digits after +7 or 8',
  sendCode: (channel) => (channel === 'email' ? 'Send a code by e-mail' : 'Send a code by text'),
  resendCode: (channel) =>
    channel === 'email' ? 'Send the code by e-mail again' : 'Send the code by text again',
  resendIn: (seconds) =>
    `A new code can be sent in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}`,
  emailCode: 'Code from the e-mail',
  phoneCode: 'Code from the text message',
  codeSentTo: (address) => `Code sent to ${address}`,
  codeNotSent: (channel) =>
    channel === 'email'
      ? 'Press “Send a code by e-mail” and enter the code sent to this address'
      : 'Press “Send a code by text” and enter the code sent to this number',
  codeInvalid: 'The code has 6 digits',
  emailCodeHint: 'Six digits. The letter may take a minute; check the spam folder',
  phoneCodeHint: 'Six digits. The text message may take a minute; check that the number is right',
};
