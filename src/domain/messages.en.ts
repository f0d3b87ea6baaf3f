import { pluralEn } from '../core/i18n.js';
import type { ValidationMessages } from './messages.js';

const digitsEn = (count: number) => `${count} ${pluralEn(count, 'digit', 'digits')}`;

/** English strings, loaded only when an element is shown in English. */
export const en: ValidationMessages = {
  innNotDigits: 'An INN has digits only: remove letters and other signs',
  innLength: (count) => `An organization's INN has 10 digits, you entered ${digitsEn(count)}`,
  innOfPerson: 'This is a personal INN (12 digits). Enter the organization’s INN: 10 digits',
  innChecksum: 'The INN check digit does not match: check whether two digits are swapped',
  ogrnNotDigits: 'An OGRN has digits only: remove letters and other signs',
  ogrnLength: (count) => `An organization's OGRN has 13 digits, you entered ${digitsEn(count)}`,
  ogrnOfEntrepreneur:
    'This is an entrepreneur’s OGRNIP (15 digits). Enter the organization’s OGRN: 13 digits',
  ogrnChecksum: 'The OGRN check digit does not match: check whether two digits are swapped',
  kppLength: (count) =>
    `A KPP has 9 characters, you entered ${count} ${count === 1 ? 'character' : 'characters'}`,
  kppFormat: 'A KPP is 4 digits, then 2 digits or capital Latin letters, then 3 digits',
  emailNoAt: 'The address has no @ sign. An address looks like school@example.ru',
  emailSpaces: 'An address cannot contain spaces: remove them',
  emailTrailingDot: 'An address cannot end with a dot: remove it',
  emailFormat: 'Check the address: it looks like school@example.ru or школа@пример.рф',
  emailMixedScripts: 'The address mixes Russian and Latin letters: check the keyboard layout',
  emailMismatch: 'The addresses differ: enter the same address in both fields',
  phoneFormat: 'Enter 10 digits after +7 or 8, for example 8 928 123-45-67',
  websiteFormat: 'Enter the site’s address as a browser opens it, for example school.ru',
  postalCodeMissing: 'Add the postal code to the address: 6 digits, for example 368730',
  tooLong: (limit, count) => `At most ${limit} characters, now ${count}: shorten the answer`,
};
