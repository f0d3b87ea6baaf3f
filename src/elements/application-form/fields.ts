/**
 * The questions of the application: their order, how what people type is
 * cleaned when they leave a field, and what is checked.
 */
import { APPLICANT_TYPES, LEGAL_FORMS } from '../../contract/choices.js';
import type {
  ApplicantType as Type,
  ApplicationInput,
  LegalForm as Form,
} from '../../contract/types.js';
import {
  addressProblem,
  cleanWebsite,
  emailProblem,
  formatPhone,
  innProblem,
  kppProblem,
  ogrnProblem,
  phoneProblem,
  websiteProblem,
  type ValidationMessages,
} from '../../domain/messages.js';
import { digitsOnly, normalizePhone } from '../../domain/validators.js';

export type ApplicantKind = 'organization' | 'authority';

export const ORGANIZATION_FIELDS = [
  'fullName',
  'shortName',
  'type',
  'legalForm',
  'inn',
  'kpp',
  'ogrn',
  'address',
  'postalAddress',
  'orgPhone',
  'orgEmail',
  'website',
] as const;
export const HEAD_FIELDS = [
  'headLastName',
  'headFirstName',
  'headMiddleName',
  'headPosition',
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
export const FIELDS = [...ORGANIZATION_FIELDS, ...HEAD_FIELDS, ...ADMINISTRATOR_FIELDS];

export type FieldName = (typeof FIELDS)[number];
export type ApplicationFormValues = Record<FieldName, string>;

/** Answers that are not typed: the postal address is the legal one; the consent. */
export interface ApplicationChoices {
  postalSame: boolean;
  consent: boolean;
}

/** A field of the form, or the consent, as the error summary links to them. */
export type ProblemField = FieldName | 'consent';

const OPTIONAL: ReadonlySet<FieldName> = new Set([
  'shortName',
  'website',
  'headMiddleName',
  'middleName',
]);

export function isOptional(name: FieldName): boolean {
  return OPTIONAL.has(name);
}

/** The fields shown, in order: the postal address goes when it is the legal one. */
export function shownFields(names: readonly FieldName[], choices: ApplicationChoices) {
  return names.filter((name) => name !== 'postalAddress' || !choices.postalSame);
}

/**
 * E-mail fields are `type="text"` with `inputmode="email"`: Chromium turns a
 * Cyrillic domain typed into `type="email"` into punycode (школа.рф becomes
 * xn--80aaa…), and the person would no longer recognise their own address.
 * Fields about the organization and its head are not the person's own, so
 * the browser is not asked to fill them with the person's details.
 */
export interface FieldInput {
  type: 'text' | 'tel' | 'url' | 'radio';
  inputmode?: 'numeric' | 'email' | 'tel' | 'url';
  autocomplete: string;
  spellcheck?: false;
  autocapitalize?: 'characters' | 'off';
}

const numberInput: FieldInput = {
  type: 'text',
  inputmode: 'numeric',
  autocomplete: 'off',
  spellcheck: false,
};
const emailInput: FieldInput = {
  type: 'text',
  inputmode: 'email',
  autocomplete: 'email',
  spellcheck: false,
  autocapitalize: 'off',
};

export const FIELD_INPUTS: Record<FieldName, FieldInput> = {
  fullName: { type: 'text', autocomplete: 'organization' },
  shortName: { type: 'text', autocomplete: 'off' },
  type: { type: 'radio', autocomplete: 'off' },
  legalForm: { type: 'radio', autocomplete: 'off' },
  inn: numberInput,
  kpp: { type: 'text', autocomplete: 'off', spellcheck: false, autocapitalize: 'characters' },
  ogrn: numberInput,
  address: { type: 'text', autocomplete: 'off' },
  postalAddress: { type: 'text', autocomplete: 'off' },
  orgPhone: { type: 'tel', inputmode: 'tel', autocomplete: 'work tel' },
  orgEmail: { ...emailInput, autocomplete: 'work email' },
  website: {
    type: 'url',
    inputmode: 'url',
    autocomplete: 'url',
    spellcheck: false,
    autocapitalize: 'off',
  },
  headLastName: { type: 'text', autocomplete: 'off' },
  headFirstName: { type: 'text', autocomplete: 'off' },
  headMiddleName: { type: 'text', autocomplete: 'off' },
  headPosition: { type: 'text', autocomplete: 'off' },
  lastName: { type: 'text', autocomplete: 'family-name' },
  firstName: { type: 'text', autocomplete: 'given-name' },
  middleName: { type: 'text', autocomplete: 'additional-name' },
  position: { type: 'text', autocomplete: 'organization-title' },
  email: emailInput,
  emailConfirm: emailInput,
  phone: { type: 'tel', inputmode: 'tel', autocomplete: 'tel' },
};

const SCHOOL_TYPES: readonly Type[] = APPLICANT_TYPES.filter((type) => !type.includes('authority'));
const AUTHORITY_TYPES: readonly Type[] = APPLICANT_TYPES.filter((type) =>
  type.includes('authority'),
);
const SCHOOL_FORMS: readonly Form[] = LEGAL_FORMS.filter((form) => form !== 'local-government');
const AUTHORITY_FORMS: readonly Form[] = ['local-government', 'municipal-treasury'];

/** The choices of a radio group, by applicant: a school and an authority have their own. */
export function optionsOf(name: 'type' | 'legalForm', kind: ApplicantKind): readonly string[] {
  if (name === 'type') return kind === 'authority' ? AUTHORITY_TYPES : SCHOOL_TYPES;
  return kind === 'authority' ? AUTHORITY_FORMS : SCHOOL_FORMS;
}

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
    case 'orgEmail':
      return value.trim();
    case 'website':
      return cleanWebsite(value);
    case 'phone':
    case 'orgPhone': {
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
  postalAddress: 500,
  headLastName: 100,
  headFirstName: 100,
  headMiddleName: 100,
  headPosition: 200,
  lastName: 100,
  firstName: 100,
  middleName: 100,
  position: 200,
};

export type FieldMessages = ValidationMessages & {
  required: Record<FieldName, string>;
  notAnOption: string;
};

/** The problem with one answer, in words, or `null`. Values are cleaned first. */
export function fieldProblem(
  name: FieldName,
  values: ApplicationFormValues,
  m: FieldMessages,
  kind: ApplicantKind = 'organization',
): string | null {
  const value = cleanValue(name, values[name]);
  if (value === '') return isOptional(name) ? null : m.required[name];
  const limit = MAX_LENGTH[name];
  if (limit && value.length > limit) return m.tooLong(limit, value.length);

  switch (name) {
    case 'type':
    case 'legalForm':
      return optionsOf(name, kind).includes(value) ? null : m.notAnOption;
    case 'inn':
      return innProblem(value, m);
    case 'ogrn':
      return ogrnProblem(value, m);
    case 'kpp':
      return kppProblem(value, m);
    case 'address':
    case 'postalAddress':
      return addressProblem(value, m);
    case 'email':
    case 'orgEmail':
      return emailProblem(value, m);
    case 'emailConfirm':
      return value.toLowerCase() === cleanValue('email', values.email).toLowerCase()
        ? null
        : m.emailMismatch;
    case 'phone':
    case 'orgPhone':
      return phoneProblem(value, m);
    case 'website':
      return websiteProblem(value, m);
    default:
      return null;
  }
}

/** Every problem of the answers, by field, in the order of the form. */
export function allProblems(
  values: ApplicationFormValues,
  choices: ApplicationChoices,
  m: FieldMessages & { consentMissing: string },
  kind: ApplicantKind,
): Partial<Record<ProblemField, string>> {
  const problems: Partial<Record<ProblemField, string>> = {};
  for (const name of shownFields(FIELDS, choices)) {
    const problem = fieldProblem(name, values, m, kind);
    if (problem) problems[name] = problem;
  }
  if (!choices.consent) problems.consent = m.consentMissing;
  return problems;
}

/** Fields of the request body that the form asks under another name. */
const PATHS: Record<string, ProblemField> = {
  phone: 'orgPhone',
  email: 'orgEmail',
  'head.lastName': 'headLastName',
  'head.firstName': 'headFirstName',
  'head.middleName': 'headMiddleName',
  'head.position': 'headPosition',
  'administrator.lastName': 'lastName',
  'administrator.firstName': 'firstName',
  'administrator.middleName': 'middleName',
  'administrator.position': 'position',
  'administrator.email': 'email',
  'administrator.phone': 'phone',
  consent: 'consent',
};

/** The field an error of the server's answer belongs to, by its path in the request. */
export function fieldOfPath(path: (string | number)[]): ProblemField | undefined {
  const joined = path.slice(0, 2).join('.');
  const mapped = PATHS[joined] ?? PATHS[String(path[0])];
  if (mapped) return mapped;
  return FIELDS.find((field) => field === path[0] && !(field in PATHS));
}

/** The request body of answers that passed {@link allProblems}. */
export function toApplicationInput(
  values: ApplicationFormValues,
  choices: ApplicationChoices,
  kind: ApplicantKind,
  placeId: string | undefined,
): ApplicationInput {
  const clean = (name: FieldName) => cleanValue(name, values[name]);
  const optional = (name: FieldName) => clean(name) || undefined;
  const phone = (name: 'phone' | 'orgPhone') => normalizePhone(values[name]) ?? clean(name);
  const address = clean('address');

  return {
    kind,
    settlementId: kind === 'organization' ? placeId : undefined,
    municipalityId: kind === 'authority' ? placeId : undefined,
    fullName: clean('fullName'),
    shortName: optional('shortName'),
    type: clean('type') as Type,
    legalForm: clean('legalForm') as Form,
    inn: clean('inn'),
    kpp: clean('kpp'),
    ogrn: clean('ogrn'),
    address,
    postalAddress: choices.postalSame ? address : clean('postalAddress'),
    phone: phone('orgPhone'),
    email: clean('orgEmail'),
    website: optional('website'),
    head: {
      lastName: clean('headLastName'),
      firstName: clean('headFirstName'),
      middleName: optional('headMiddleName'),
      position: clean('headPosition'),
    },
    consent: true,
    administrator: {
      lastName: clean('lastName'),
      firstName: clean('firstName'),
      middleName: optional('middleName'),
      position: clean('position'),
      email: clean('email'),
      phone: phone('phone'),
    },
  };
}
