/**
 * Checks of Russian registry numbers and contacts. Pure functions, shared by
 * the forms, the contract schemas and any Node backend.
 *
 * The checks are strict: `isValidInn(' 0571001002')` is false. Forms clean
 * what people type with {@link digitsOnly} first and show the cleaned value.
 * A value that is not a string (a number or `null` from a JSON body) is never
 * valid: the checks answer `false` (or `null`) and do not throw.
 */

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: string, weights: number[]): number {
  let sum = 0;
  weights.forEach((weight, i) => (sum += weight * Number(digits[i])));
  return (sum % 11) % 10;
}

/**
 * INN of an organization (10 digits) or of a person (12), with check digits.
 * The first two digits are the code of a region, and no region has the code 00.
 */
export function isValidInn(value: string): boolean {
  if (typeof value !== 'string') return false;
  if (value.startsWith('00')) return false;
  if (/^\d{10}$/.test(value)) {
    return checkDigit(value, INN10_WEIGHTS) === Number(value[9]);
  }
  if (/^\d{12}$/.test(value)) {
    return (
      checkDigit(value, INN12_WEIGHTS_11) === Number(value[10]) &&
      checkDigit(value, INN12_WEIGHTS_12) === Number(value[11])
    );
  }
  return false;
}

/** Remainder of a long decimal string, without losing precision. */
function remainder(digits: string, divisor: number): number {
  let rest = 0;
  for (const digit of digits) rest = (rest * 10 + Number(digit)) % divisor;
  return rest;
}

/**
 * OGRN (13 digits, mod 11) or OGRNIP (15 digits, mod 13). The first digit
 * says what kind of record the number opened, and none is 0.
 *
 * The check digit is the last digit of the remainder, so a remainder of 10
 * reads as 0: a number whose check digit is 0 cannot tell every typo in
 * its other digits, and no check can.
 */
export function isValidOgrn(value: string): boolean {
  if (typeof value !== 'string') return false;
  if (value.startsWith('0')) return false;
  if (/^\d{13}$/.test(value)) {
    return remainder(value.slice(0, 12), 11) % 10 === Number(value[12]);
  }
  if (/^\d{15}$/.test(value)) {
    return remainder(value.slice(0, 14), 13) % 10 === Number(value[14]);
  }
  return false;
}

/** KPP: tax office (4 digits), reason (2 digits or capital Latin letters), number (3 digits). */
export function isValidKpp(value: string): boolean {
  if (typeof value !== 'string') return false;
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(value);
}

/**
 * A Russian phone number typed any usual way (8 …, +7 …, 7 …, ten digits,
 * spaces, dashes, brackets, a "тел." in front) as `+7` and ten digits, or
 * `null` when it is not one.
 */
export function normalizePhone(value: string): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value
    .replace(INVISIBLE, '')
    .trim()
    .replace(/^(тел(ефон)?\.?|tel\.?)\s*:?\s*/i, '');
  if (!/^\+?[\d\s()\-.\u2010-\u2015\u2212]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  const plus = trimmed.startsWith('+');
  if (plus && !(digits.length === 11 && digits.startsWith('7'))) return null;
  // Ten digits starting with 89 are a mobile number typed with 8 and missing a digit.
  if (digits.length === 10 && !plus && !digits.startsWith('89')) return `+7${digits}`;
  if (digits.length === 11 && (digits.startsWith('7') || digits.startsWith('8'))) {
    return `+7${digits.slice(1)}`;
  }
  return null;
}

const EMAIL_LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/**
 * Latin and Cyrillic letters in one word: «mаil» typed with a Russian «а».
 * No registry takes such a domain label and no mail service such a mailbox,
 * so the address is a typo that would send the letter nowhere.
 */
export function hasMixedScripts(word: string): boolean {
  if (typeof word !== 'string') return false;
  return /[a-z]/i.test(word) && /[\u0400-\u04ff]/.test(word);
}

/**
 * An e-mail address; Cyrillic domains such as школа.рф are accepted, and so
 * are Cyrillic mailboxes. Refused: spaces, a missing or doubled @, empty or
 * hyphen-edged labels, a top-level domain of digits or one letter, and a
 * mailbox or label that mixes Latin and Cyrillic letters.
 */
export function isValidEmail(value: string): boolean {
  if (typeof value !== 'string') return false;
  const at = value.lastIndexOf('@');
  if (at < 1 || value.length > 254) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  const tld = labels[labels.length - 1] ?? '';
  return (
    local.length <= 64 &&
    EMAIL_LOCAL.test(local) &&
    !hasMixedScripts(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label) && !hasMixedScripts(label)) &&
    /^(\p{L}{2,}|xn--[a-z0-9-]+)$/iu.test(tld)
  );
}

/**
 * A site's address as a browser opens it: `http://` or `https://`, a domain
 * of valid labels (Cyrillic ones too: сош12.ржев-образование.рф), then an
 * optional port and path without spaces.
 */
export function isValidWebsite(value: string): boolean {
  if (typeof value !== 'string') return false;
  const match = /^https?:\/\/([^/:?#\s]+)(:\d{1,5})?([/?#]\S*)?$/i.exec(value);
  if (!match || value.length > 2000) return false;
  const labels = (match[1] ?? '').split('.');
  const tld = labels[labels.length - 1] ?? '';
  return (
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label) && !hasMixedScripts(label)) &&
    /^(\p{L}{2,}|xn--[a-z0-9-]+)$/iu.test(tld)
  );
}

/**
 * What people type around digits: spaces of every kind, dashes (including
 * the en and em dashes a word processor puts in), dots and slashes.
 */
export function digitsOnly(value: string): string {
  if (typeof value !== 'string') return '';
  return value.replace(INVISIBLE, '').replace(/[\s\-./\u00a0\u2010-\u2015\u2212]/g, '');
}

/** Zero-width characters that come along when numbers are copied from documents. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
