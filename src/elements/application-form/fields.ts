/**
 * The questions of the application: their order, how what people type is
 * cleaned when they leave a field, and what is checked.
 */
import type { ApplicationInput } from '../../contract/types.js';
import {
  addressProblem,
  emailProblem,
  formatPhone,
  innProblem,
  kppProblem,
  ogrnProblem,
  phoneProblem,
  type ValidationMessages,
} from '../../domain/messages.js';
import { digitsOnly, normalizePhone } from '../../domain/validators.js';

export type ApplicantKind = 'organization' | 'authority';

export const ORGANIZATION_FIELDS = [
  'fullName',
  'shortName',
  'inn',
  'ogrn',
  'kpp',
  'address',
] as const;
export const ADMINISTRATOR_FIELDS = [
  'lastName',
  'firstName',
  'middleName',
  'position',
  'email',
  'emailConfirm',
  'phone',
] as const;
export const FIELDS = [...ORGANIZATION_FIELDS, ...ADMINISTRATOR_FIELDS];

export type FieldName = (typeof FIELDS)[number];
export type ApplicationFormValues = Record<FieldName, string>;

const OPTIONAL: ReadonlySet<FieldName> = new Set(['shortName', 'middleName']);

export function isOptional(name: FieldName): boolean {
  return OPTIONAL.has(name);
}

/**
 * E-mail fields are `type="text"` with `inputmode="email"`: Chromium turns a
 * Cyrillic domain typed into `type="email"` into punycode (школа.рф becomes
 * xn--80aaa…), and the person would no longer recognise their own address.
 */
export interface FieldInput {
  type: 'text' | 'tel';
  inputmode?: 'numeric' | 'email' | 'tel';
  autocomplete: string;
  spellcheck?: false;
}

const numberInput: FieldInput = {
  type: 'text',
  inputmode: 'numeric',
  autocomplete: 'off',
  spellcheck: false,
};

export const FIELD_INPUTS: Record<FieldName, FieldInput> = {
  fullName: { type: 'text', autocomplete: 'organization' },
  shortName: { type: 'text', autocomplete: 'off' },
  inn: numberInput,
  ogrn: numberInput,
  kpp: { type: 'text', autocomplete: 'off', spellcheck: false },
  address: { type: 'text', autocomplete: 'off' },
  lastName: { type: 'text', autocomplete: 'family-name' },
  firstName: { type: 'text', autocomplete: 'given-name' },
  middleName: { type: 'text', autocomplete: 'additional-name' },
  position: { type: 'text', autocomplete: 'organization-title' },
  email: { type: 'text', inputmode: 'email', autocomplete: 'email', spellcheck: false },
  emailConfirm: { type: 'text', inputmode: 'email', autocomplete: 'email', spellcheck: false },
  phone: { type: 'tel', inputmode: 'tel', autocomplete: 'tel' },
};

export function emptyValues(): ApplicationFormValues {
  return Object.fromEntries(FIELDS.map((name) => [name, ''])) as ApplicationFormValues;
}

/** What a field shows once it is left: numbers without the spaces typed, a readable phone. */
export function cleanValue(name: FieldName, value: string): string {
  switch (name) {
    case 'inn':
    case 'ogrn':
      return digitsOnly(value);
    case 'kpp':
      return digitsOnly(value).toUpperCase();
    case 'email':
    case 'emailConfirm':
      return value.trim();
    case 'phone': {
      const phone = normalizePhone(value);
      return phone ? formatPhone(phone) : value.trim();
    }
    default:
      return value.replace(/\s+/g, ' ').trim();
  }
}

/** The longest answer the contract takes, by field. */
const MAX_LENGTH: Partial<Record<FieldName, number>> = {
  fullName: 1000,
  shortName: 300,
  address: 500,
  lastName: 100,
  firstName: 100,
  middleName: 100,
  position: 200,
};

/** The problem with one answer, in words, or `null`. Values are cleaned first. */
export function fieldProblem(
  name: FieldName,
  values: ApplicationFormValues,
  m: ValidationMessages & { required: Record<FieldName, string> },
): string | null {
  const value = cleanValue(name, values[name]);
  if (value === '') return isOptional(name) ? null : m.required[name];
  const limit = MAX_LENGTH[name];
  if (limit && value.length > limit) return m.tooLong(limit, value.length);

  switch (name) {
    case 'inn':
      return innProblem(value, m);
    case 'ogrn':
      return ogrnProblem(value, m);
    case 'kpp':
      return kppProblem(value, m);
    case 'address':
      return addressProblem(value, m);
    case 'email':
      return emailProblem(value, m);
    case 'emailConfirm':
      return value.toLowerCase() === cleanValue('email', values.email).toLowerCase()
        ? null
        : m.emailMismatch;
    case 'phone':
      return phoneProblem(value, m);
    default:
      return null;
  }
}

/** The field an error of the server's answer belongs to, by its path in the request. */
export function fieldOfPath(path: (string | number)[]): FieldName | undefined {
  const name = path[0] === 'administrator' ? path[1] : path[0];
  return FIELDS.find((field) => field === name);
}

/** The request body of answers that passed {@link fieldProblem}. */
export function toApplicationInput(
  values: ApplicationFormValues,
  kind: ApplicantKind,
  placeId: string | undefined,
): ApplicationInput {
  const clean = (name: FieldName) => cleanValue(name, values[name]);
  const optional = (name: FieldName) => clean(name) || undefined;

  return {
    kind,
    settlementId: kind === 'organization' ? placeId : undefined,
    municipalityId: kind === 'authority' ? placeId : undefined,
    fullName: clean('fullName'),
    shortName: optional('shortName'),
    inn: clean('inn'),
    ogrn: clean('ogrn'),
    kpp: clean('kpp'),
    address: clean('address'),
    administrator: {
      lastName: clean('lastName'),
      firstName: clean('firstName'),
      middleName: optional('middleName'),
      position: clean('position'),
      email: clean('email'),
      phone: normalizePhone(values.phone) ?? clean('phone'),
    },
  };
}
