/**
 * Parts of the application's contract: the kinds and legal forms an
 * applicant chooses from, the head of the organization, and the checks of
 * phones and e-mails shared with every schema that carries them.
 */
import * as z from 'zod/mini';
import { isValidEmail, normalizePhone } from '../domain/validators.js';
import { APPLICANT_TYPES, LEGAL_FORMS } from './choices.js';

/** A phone as `normalizePhone` writes it: `+7` and ten digits. */
export const PhoneNumber = z
  .string()
  .check(z.refine((value) => normalizePhone(value) === value, { message: 'phone' }));

/** An e-mail address; Cyrillic domains (школа.рф) are accepted. */
export const EmailAddress = z.string().check(z.refine(isValidEmail, { message: 'email' }));

/** Kind of the applicant: a school's or an education authority's. */
export const ApplicantType = z.enum(APPLICANT_TYPES);

/** Организационно-правовая форма. */
export const LegalForm = z.enum(LEGAL_FORMS);

const name = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** The head of the organization (директор, начальник управления). */
export const Head = z.object({
  lastName: name(100),
  firstName: name(100),
  middleName: z.optional(z.string().check(z.maxLength(100))),
  position: name(200),
});

/** Asks for the letter with the credentials again; the e-mail proves it is the applicant. */
export const LetterRequest = z.object({
  email: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
});

/**
 * The letter went again. The address is masked (`z•••a@школа.рф`): the
 * answer shows where it went without spelling out the whole address.
 */
export const LetterReceipt = z.object({
  sentTo: z.string().check(z.minLength(3), z.maxLength(300)),
  sentAt: z.string().check(z.minLength(10), z.maxLength(40)),
  /** When the next letter may be asked for; earlier asks get 429 with Retry-After. */
  nextAllowedAt: z.string().check(z.minLength(10), z.maxLength(40)),
});
