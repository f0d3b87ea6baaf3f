/**
 * What is wrong with a registry number or a contact, said so that a person
 * knows how to fix it. Each check takes a value already cleaned with
 * `digitsOnly` (numbers) or trimmed (contacts), and returns `null` when the
 * value is fine or empty: whether a field is required is the form's business.
 */
import { bundle, pluralRu } from '../core/i18n.js';
import {
  hasMixedScripts,
  isValidEmail,
  isValidInn,
  isValidKpp,
  isValidOgrn,
  isValidWebsite,
  normalizePhone,
} from './validators.js';

export interface ValidationMessages {
  innNotDigits: string;
  innLength: (count: number) => string;
  innOfPerson: string;
  innChecksum: string;
  ogrnNotDigits: string;
  ogrnLength: (count: number) => string;
  ogrnOfEntrepreneur: string;
  ogrnChecksum: string;
  kppLength: (count: number) => string;
  kppFormat: string;
  emailNoAt: string;
  emailSpaces: string;
  emailTrailingDot: string;
  emailFormat: string;
  emailMixedScripts: string;
  emailMismatch: string;
  phoneFormat: string;
  websiteFormat: string;
  postalCodeMissing: string;
  tooLong: (limit: number, count: number) => string;
}

const digitsRu = (count: number) => `${count} ${pluralRu(count, 'цифру', 'цифры', 'цифр')}`;

export const validationMessages = bundle<ValidationMessages>({
  ru: {
    innNotDigits: 'ИНН состоит только из цифр: уберите буквы и другие знаки',
    innLength: (count) => `ИНН организации состоит из 10 цифр, вы ввели ${digitsRu(count)}`,
    innOfPerson:
      'Это ИНН физического лица (12 цифр). Укажите ИНН организации: он состоит из 10 цифр',
    innChecksum: 'Контрольная цифра ИНН не совпадает: проверьте, не перепутаны ли цифры',
    ogrnNotDigits: 'ОГРН состоит только из цифр: уберите буквы и другие знаки',
    ogrnLength: (count) => `ОГРН организации состоит из 13 цифр, вы ввели ${digitsRu(count)}`,
    ogrnOfEntrepreneur:
      'Это ОГРНИП индивидуального предпринимателя (15 цифр). Укажите ОГРН организации: 13 цифр',
    ogrnChecksum: 'Контрольная цифра ОГРН не совпадает: проверьте, не перепутаны ли цифры',
    kppLength: (count) => {
      const signs = pluralRu(count, 'знак', 'знака', 'знаков');
      return `КПП состоит из 9 знаков, вы ввели ${count} ${signs}`;
    },
    kppFormat:
      'КПП пишется так: 4 цифры, затем 2 цифры или заглавные латинские буквы, затем 3 цифры',
    emailNoAt: 'В адресе нет знака @. Адрес выглядит так: school@example.ru',
    emailSpaces: 'В адресе не может быть пробелов: уберите их',
    emailTrailingDot: 'Адрес не может заканчиваться точкой: уберите её',
    emailFormat: 'Проверьте адрес: он выглядит так: school@example.ru или школа@пример.рф',
    emailMixedScripts: 'В адресе смешаны русские и латинские буквы: проверьте раскладку клавиатуры',
    emailMismatch: 'Адреса не совпадают: введите в оба поля один и тот же адрес',
    phoneFormat: 'Введите номер из 10 цифр после +7 или 8, например 8 928 123-45-67',
    websiteFormat: 'Введите адрес сайта так, как он открывается в браузере, например school.ru',
    postalCodeMissing: 'Укажите в адресе почтовый индекс: 6 цифр, например 368730',
    tooLong: (limit, count) =>
      `Не больше ${limit} ${pluralRu(limit, 'знака', 'знаков', 'знаков')}, ` +
      `сейчас ${count}: сократите ответ`,
  },
  en: () => import('./messages.en.js'),
});

/** An organization's INN: 10 digits with a check digit. */
export function innProblem(value: string, m: ValidationMessages): string | null {
  if (value === '') return null;
  if (!/^\d+$/.test(value)) return m.innNotDigits;
  if (value.length === 12) return m.innOfPerson;
  if (value.length !== 10) return m.innLength(value.length);
  return isValidInn(value) ? null : m.innChecksum;
}

/** An organization's OGRN: 13 digits with a check digit. */
export function ogrnProblem(value: string, m: ValidationMessages): string | null {
  if (value === '') return null;
  if (!/^\d+$/.test(value)) return m.ogrnNotDigits;
  if (value.length === 15) return m.ogrnOfEntrepreneur;
  if (value.length !== 13) return m.ogrnLength(value.length);
  return isValidOgrn(value) ? null : m.ogrnChecksum;
}

export function kppProblem(value: string, m: ValidationMessages): string | null {
  if (value === '') return null;
  if (value.length !== 9) return m.kppLength(value.length);
  return isValidKpp(value) ? null : m.kppFormat;
}

export function emailProblem(value: string, m: ValidationMessages): string | null {
  if (value === '') return null;
  if (/\s/.test(value)) return m.emailSpaces;
  if (!value.includes('@')) return m.emailNoAt;
  if (value.endsWith('.')) return m.emailTrailingDot;
  if (isValidEmail(value)) return null;
  const words = value.split(/[@.]/);
  return words.some(hasMixedScripts) ? m.emailMixedScripts : m.emailFormat;
}

export function phoneProblem(value: string, m: ValidationMessages): string | null {
  if (value === '') return null;
  return normalizePhone(value) ? null : m.phoneFormat;
}

/** A website, once {@link cleanWebsite} has added the `https://` people leave out. */
export function websiteProblem(value: string, m: ValidationMessages): string | null {
  if (value === '') return null;
  return isValidWebsite(value) ? null : m.websiteFormat;
}

/** `school.ru` as a browser opens it: `https://school.ru`; spaces typed by mistake go. */
export function cleanWebsite(value: string): string {
  const trimmed = value.trim().replace(/\s+/g, '');
  if (trimmed === '' || /^https?:\/\//i.test(trimmed)) return trimmed;
  return `https://${trimmed.replace(/^\/+/, '')}`;
}

/** An address written in one line must still carry its 6-digit postal code. */
export function addressProblem(value: string, m: ValidationMessages): string | null {
  if (value === '') return null;
  return /(^|\D)\d{6}(\D|$)/.test(value) ? null : m.postalCodeMissing;
}

/** `+79281234567` as people read it: `+7 928 123-45-67`. */
export function formatPhone(normalized: string): string {
  const match = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(normalized);
  return match ? `+7 ${match[1]} ${match[2]}-${match[3]}-${match[4]}` : normalized;
}
