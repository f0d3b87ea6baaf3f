/**
 * The edu-connect API contract: one zod schema per resource.
 *
 * These schemas are the single source of truth. The client checks every
 * response against them, the mock backend validates requests with them, and
 * the TypeScript types in `types.ts` are inferred from them.
 */
import * as z from 'zod/mini';
import { ConfirmationCode } from './confirmation.js';
import { isValidEmail, isValidInn, isValidKpp, isValidOgrn } from '../domain/validators.js';
import {
  ApplicantType,
  EmailAddress,
  Head,
  LegalForm,
  LetterReceipt,
  LetterRequest,
  PhoneNumber,
} from './application.js';

const text = (max = 500) => z.string().check(z.maxLength(max));
const requiredText = (max = 500) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const isoDateTime = z.string().check(z.minLength(10), z.maxLength(40));
const id = z.string().check(z.minLength(1), z.maxLength(100));
/** A web address; a `javascript:` or `data:` link from a server breaks the contract. */
const webUrl = z.string().check(z.maxLength(2000), z.regex(/^https?:\/\/\S+$/i));

// ---------------------------------------------------------------- places

export const Municipality = z.object({
  id,
  name: text(200),
  /** `district` (муниципальный район) or `city` (городской округ). */
  kind: z.optional(z.enum(['district', 'city'])),
});

export const Settlement = z.object({
  id,
  name: text(200),
  /** Type word as written in Russian: город, село, посёлок, аул, хутор … */
  kind: z.optional(text(50)),
  municipality: z.object({ id, name: text(200) }),
  region: z.optional(z.string()),
});

const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    /** Opaque cursor of the next page; `null` on the last one. */
    nextCursor: z.nullable(z.string()),
    total: z.optional(z.number().check(z.int(), z.nonnegative())),
  });

export const SettlementPage = page(Settlement);
export const MunicipalityPage = page(Municipality);

// ---------------------------------------------------------------- organizations

export const Organization = z.object({
  id,
  fullName: text(1000),
  shortName: z.optional(text(300)),
  inn: z.optional(z.string().check(z.regex(/^\d{10}$/))),
  ogrn: z.optional(z.string().check(z.regex(/^\d{13}$/))),
  kpp: z.optional(z.string().check(z.regex(/^\d{4}[\dA-Z]{2}\d{3}$/))),
  address: z.optional(text(500)),
  settlementId: id,
  /** Page of the organization on the network, where staff register profiles. */
  profileUrl: z.optional(webUrl),
  /** True for a sample record that no real organization stands behind. */
  generated: z.optional(z.boolean()),
  /** `connected`: it works in the network; `pending`: its connection awaits moderation. */
  status: z.optional(z.enum(['connected', 'pending'])),
});
export const OrganizationPage = page(Organization);

/** A municipal education authority (МОУО). */
export const Authority = z.object({
  id,
  fullName: text(1000),
  shortName: z.optional(text(300)),
  inn: z.optional(z.string().check(z.regex(/^\d{10}$/))),
  municipalityId: id,
  profileUrl: z.optional(webUrl),
  generated: z.optional(z.boolean()),
});
export const AuthorityPage = page(Authority);

export const DuplicateReason = z.enum(['same-inn', 'same-ogrn', 'same-name', 'similar-name']);

export const DuplicateQuery = z.object({
  name: z.optional(text(1000)),
  inn: z.optional(text(20)),
  ogrn: z.optional(text(20)),
  settlementId: z.optional(id),
});

export const DuplicateMatches = z.object({
  matches: z.array(
    z.object({
      organization: Organization,
      score: z.number().check(z.gte(0), z.lte(1)),
      reasons: z.array(DuplicateReason),
    }),
  ),
});

// ---------------------------------------------------------------- applications

export const Person = z.object({
  lastName: requiredText(100),
  firstName: requiredText(100),
  middleName: z.optional(text(100)),
  position: requiredText(200),
  email: EmailAddress,
  phone: PhoneNumber,
});

export { ApplicantType, Head, LegalForm, LetterReceipt, LetterRequest };

export const ApplicationInput = z.object({
  kind: z.enum(['organization', 'authority']),
  /** Settlement of an ОО, or municipality of a МОУО. */
  settlementId: z.optional(id),
  municipalityId: z.optional(id),
  fullName: requiredText(1000),
  shortName: z.optional(text(300)),
  inn: z.string().check(z.refine(isValidInn, { message: 'inn' })),
  ogrn: z.string().check(z.refine(isValidOgrn, { message: 'ogrn' })),
  kpp: z.string().check(z.refine(isValidKpp, { message: 'kpp' })),
  /** Legal address, with its postal code. */
  address: requiredText(500),
  /*
   * Optional so that backends built before they were asked keep working;
   * the application form always sends them, and `consent` as `true`.
   */
  type: z.optional(ApplicantType),
  legalForm: z.optional(LegalForm),
  /** Where letters go, when not to the legal address. */
  postalAddress: z.optional(requiredText(500)),
  phone: z.optional(PhoneNumber),
  email: z.optional(EmailAddress),
  website: z.optional(webUrl),
  head: z.optional(Head),
  /** The administrator consents to the processing of the personal data in the application. */
  consent: z.optional(z.literal(true)),
  administrator: Person,
});

/**
 * Where an application is: `pending`, received and waiting for a moderator;
 * `review`, a moderator has taken it and is checking it; `approved`, the
 * letter with the login and a temporary password went to the administrator;
 * `rejected`, with the moderator's `reason`. A backend without a review step
 * never answers `review`: its applications go from `pending` straight to a
 * decision. `approved` and `rejected` are final.
 */
export const ApplicationState = z.enum(['pending', 'review', 'approved', 'rejected']);

export const Application = z.object({
  number: text(50),
  kind: z.enum(['organization', 'authority']),
  status: ApplicationState,
  /** Why the moderator rejected it; present when `status` is `rejected`. */
  reason: z.optional(text(2000)),
  fullName: text(1000),
  email: text(300),
  submittedAt: isoDateTime,
  /** When `status` last changed: for `review`, when the moderator took the application. */
  updatedAt: isoDateTime,
});

export const StatusQuery = z.object({ number: requiredText(50), email: requiredText(300) });

// ---------------------------------------------------------------- reports

export const ReportReason = z.enum([
  'strangers-in-staff',
  'wrong-details',
  'duplicate',
  'closed',
  'other',
]);

export const ProfileReport = z.object({
  organizationId: id,
  reasons: z.array(ReportReason).check(z.minLength(1)),
  comment: text(2000),
  contactEmail: z.string().check(z.refine(isValidEmail, { message: 'email' })),
});

export const ProfileReportReceipt = z.object({ id, createdAt: isoDateTime });

// ---------------------------------------------------------------- session

export const LoginInput = z.object({
  login: requiredText(200),
  password: z.string().check(z.minLength(1)),
});

export const Session = z.object({
  token: z.string().check(z.minLength(1)),
  user: z.object({
    login: text(200),
    name: text(300),
    organizationId: z.optional(id),
    authorityId: z.optional(id),
    /** The municipality of an authority's account, whose coverage it follows. */
    municipalityId: z.optional(id),
  }),
  /** Whether the activation wizard still has steps to go through. */
  needsActivation: z.boolean(),
  needsSetup: z.boolean(),
});

// ---------------------------------------------------------------- wizards

export const StepStatus = z.enum(['done', 'needed', 'optional']);

export const ActivationStepId = z.enum(['terms', 'password', 'contacts']);
export const SetupStepId = z.enum(['profile', 'year', 'grading', 'bells', 'classes', 'staff']);

export const TermsStep = z.object({
  acceptTerms: z.literal(true),
  acceptPersonalData: z.literal(true),
});

export const PasswordStep = z.object({
  currentPassword: z.string().check(z.minLength(1)),
  newPassword: z.string().check(z.minLength(8), z.maxLength(200)),
});

/** The contacts, each confirmed by the code the server sent to it. */
export const ContactsStep = z.object({
  email: z.string().check(z.refine(isValidEmail, { message: 'email' })),
  phone: z.string().check(z.regex(/^\+7\d{10}$/)),
  emailCode: ConfirmationCode,
  phoneCode: ConfirmationCode,
});

export const ProfileStep = z.object({
  fullName: requiredText(1000),
  shortName: z.optional(text(300)),
  address: requiredText(500),
  postalCode: z.string().check(z.regex(/^\d{6}$/)),
  phone: z.string().check(z.regex(/^\+7\d{10}$/)),
  email: z.string().check(z.refine(isValidEmail, { message: 'email' })),
  headName: requiredText(300),
});

export const Period = z.object({ name: requiredText(100), start: isoDate, end: isoDate });

export const YearStep = z.object({
  start: isoDate,
  end: isoDate,
  periodKind: z.enum(['quarters', 'trimesters', 'semesters']),
  periods: z.array(Period).check(z.minLength(2), z.maxLength(4)),
});

export const GradingStep = z.object({
  system: z.enum(['five', 'ten', 'pass-fail', 'none']),
});

const clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
/** The lessons of a day; a school in two shifts numbers each lesson's shift (1 or 2). */
export const BellsStep = z.object({
  lessons: z
    .array(
      z.object({
        start: clock,
        end: clock,
        shift: z.optional(z.number().check(z.int(), z.gte(1), z.lte(2))),
      }),
    )
    .check(z.minLength(1), z.maxLength(24)),
});

export const ClassesStep = z.object({
  classes: z
    .array(z.object({ grade: z.number().check(z.int(), z.gte(1), z.lte(11)), letter: text(3) }))
    .check(z.minLength(1), z.maxLength(200)),
});

export const StaffRole = z.enum(['teacher', 'deputy', 'head', 'secretary']);
export const StaffStep = z.object({
  invitations: z
    .array(
      z.object({
        name: requiredText(300),
        email: z.string().check(z.refine(isValidEmail, { message: 'email' })),
        role: StaffRole,
      }),
    )
    .check(z.maxLength(500)),
});

/** Progress of a wizard, held by the server so that it resumes anywhere. */
const wizardState = <S extends z.ZodMiniType>(stepId: S) =>
  z.object({
    steps: z.array(z.object({ id: stepId, status: StepStatus })),
    /** The step to show next; `null` once every needed step is done. */
    next: z.nullable(stepId),
    /** Saved data of each step, by step id, for prefilling the forms. */
    data: z.record(z.string(), z.unknown()),
    /**
     * Grows with every saved step. A save sends it back as `If-Match: "<version>"`;
     * a server that holds a newer one (another tab or device saved meanwhile)
     * answers 409 `wizard-changed`. A server without the check leaves it out.
     */
    version: z.optional(z.number().check(z.int(), z.gte(0))),
  });

export const ActivationState = wizardState(ActivationStepId);
export const SetupState = wizardState(SetupStepId);

// ---------------------------------------------------------------- coverage

export const Coverage = z.object({
  municipalityId: z.nullable(id),
  known: z.number().check(z.int(), z.nonnegative()),
  connected: z.number().check(z.int(), z.nonnegative()),
  pending: z.number().check(z.int(), z.nonnegative()),
  rejected: z.number().check(z.int(), z.nonnegative()),
  notConnected: z.number().check(z.int(), z.nonnegative()),
});

export * from './coverage.js';

// ---------------------------------------------------------------- errors

/** RFC 9457 problem details, with the fields a form shows at its inputs. */
export const Problem = z.object({
  type: z.optional(text(500)),
  title: z.optional(text(500)),
  status: z.optional(z.number()),
  detail: z.optional(text(2000)),
  /** Machine-readable reason, e.g. `invalid-credentials`, `duplicate`. */
  code: z.optional(text(100)),
  errors: z.optional(
    z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: text(500) })),
  ),
  /** On 409: the organization that is already registered. */
  existing: z.optional(Organization),
  /**
   * On 422 `idempotency-key-reused`: the application created earlier under
   * this Idempotency-Key, whose answers differ from the ones sent now.
   */
  application: z.optional(Application),
});
