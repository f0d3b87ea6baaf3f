/**
 * Every route of the API, one entry each: method, path, parameters, body,
 * answers and error answers, with what it is for. The OpenAPI document and
 * the conformance checker are made from this table, so a new route is one
 * entry here.
 */
import * as z from 'zod/mini';
import * as C from './confirmation.js';
import * as S from './schemas.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A parameter of the path (`{id}`) or of the query string. */
export interface RouteParameter {
  name: string;
  description: string;
  schema: z.ZodMiniType;
  required?: boolean;
}

/** A successful answer: its status and its body (`null` for none). */
export interface RouteAnswer {
  status: number;
  description: string;
  schema: z.ZodMiniType | null;
}

export interface Route {
  /** Unique name of the route; the OpenAPI `operationId` and the client's method name. */
  id: string;
  method: HttpMethod;
  /** Path below the API's base URL, parameters in braces: `/settlements/{id}`. */
  path: string;
  /** One line: what the route does. */
  summary: string;
  /** What a backend must do beyond the schemas. */
  description: string;
  tag: string;
  pathParams?: RouteParameter[];
  query?: RouteParameter[];
  headers?: RouteParameter[];
  body?: z.ZodMiniType;
  /** Whether a session token (`Authorization: Bearer …`) is needed. */
  signedIn?: boolean;
  answers: RouteAnswer[];
  /** Error statuses, each answered with a problem+json {@link S.Problem}. */
  errors: number[];
}

// ---------------------------------------------------------------- parameters

const text = (max: number) => z.string().check(z.maxLength(max));
const idSchema = z.string().check(z.minLength(1), z.maxLength(100));

const pathId = (description: string): RouteParameter => ({
  name: 'id',
  description,
  schema: idSchema,
  required: true,
});

const pageQuery = (what: string): RouteParameter[] => [
  { name: 'query', description: `What the person typed to find ${what}.`, schema: text(200) },
  {
    name: 'limit',
    description: 'How many items to return: 20 by default; more than 100 gives 100.',
    schema: z.int().check(z.gte(1)),
  },
  {
    name: 'cursor',
    description: '`nextCursor` of the previous page; the first page without it.',
    schema: text(200),
  },
];

const region: RouteParameter = {
  name: 'region',
  description: 'Two-digit region code, e.g. `05`; places of other regions are left out.',
  schema: z.string().check(z.regex(/^\d{2}$/)),
};

const idempotencyKey: RouteParameter = {
  name: 'Idempotency-Key',
  description:
    'Unique per application the person means to send. The same key sent again with the ' +
    'same answers returns the application created first; with other answers it is refused ' +
    'with 422 `idempotency-key-reused` and that application.',
  schema: z.string().check(z.minLength(1), z.maxLength(200)),
  required: true,
};

const ifMatch: RouteParameter = {
  name: 'If-Match',
  description:
    'The `version` of the wizard state the step was edited against, in quotes: `"3"`. ' +
    'When the wizard has been saved since (in another tab or on another device), the save ' +
    'is refused with 409 `wizard-changed`; without the header the save is taken as it is.',
  schema: z.string().check(z.regex(/^(W\/)?"?\d+"?$/)),
};

const municipalityScope = (what: string): RouteParameter => ({
  name: 'municipalityId',
  description: `Id of the municipality whose ${what}; the whole region without it.`,
  schema: idSchema,
});

const applicationNumber: RouteParameter = {
  name: 'number',
  description: 'The number of the application, e.g. `ОО-2026-000101`.',
  schema: text(50),
  required: true,
};

// ---------------------------------------------------------------- wizard steps

/** The body of each activation step, by step id. */
export const ACTIVATION_STEP_BODIES = {
  terms: S.TermsStep,
  password: S.PasswordStep,
  contacts: S.ContactsStep,
} as const;

/** The body of each setup step, by step id. */
export const SETUP_STEP_BODIES = {
  profile: S.ProfileStep,
  year: S.YearStep,
  grading: S.GradingStep,
  bells: S.BellsStep,
  classes: S.ClassesStep,
  staff: S.StaffStep,
} as const;

const STEP_TITLES: Record<string, string> = {
  terms: 'accepts the terms and the consent to personal-data processing',
  password: 'replaces the temporary password from the letter',
  contacts: 'confirms the e-mail and phone of the administrator',
  profile: "saves the organization's profile: names, address, contacts, head",
  year: 'saves the academic year and its periods',
  grading: 'saves the grading system',
  bells: 'saves the bell schedule',
  classes: 'saves the classes',
  staff: 'saves the invitations to staff',
};

const capitalized = (words: string) => words[0]!.toUpperCase() + words.slice(1);

function stepRoutes(
  wizard: 'activation' | 'setup',
  bodies: Record<string, z.ZodMiniType>,
  state: z.ZodMiniType,
): Route[] {
  return Object.entries(bodies).map(([step, body]) => ({
    id: `${wizard}.${step}`,
    method: 'PUT',
    path: `/${wizard}/${step}`,
    summary: capitalized(STEP_TITLES[step] ?? `saves the ${step} step`),
    description:
      'Saves this one step and answers with the whole wizard state, whose `next` says ' +
      'which step comes next and whose `version` grows. Saving a step again replaces what ' +
      'was saved; a save whose `If-Match` names an older `version` is a 409 `wizard-changed`.' +
      (step === 'password'
        ? ' A wrong `currentPassword`, or a new password equal to it, is a 422 naming the field.'
        : '') +
      (step === 'contacts'
        ? ' `emailCode` and `phoneCode` must be the last codes sent to these very addresses ' +
          '(`POST /activation/contacts/codes`); a wrong one is a 422 naming its field.'
        : ''),
    tag: wizard === 'activation' ? 'Activation' : 'Setup',
    signedIn: true,
    headers: [ifMatch],
    body,
    answers: [{ status: 200, description: 'The wizard state after saving.', schema: state }],
    errors: [401, 404, 409, 422],
  }));
}

// ---------------------------------------------------------------- the table

/** Every route of the contract. */
export const ROUTES: readonly Route[] = [
  {
    id: 'searchSettlements',
    method: 'GET',
    path: '/settlements',
    summary: 'Finds settlements by what the person typed',
    description:
      'Case, ё/е, quotes, hyphens and extra spaces do not matter; a query typed in the wrong ' +
      'keyboard layout or in Latin letters, or with a small typo, still finds the settlement. ' +
      'Best matches first. A bad `limit` or `cursor` is a 422 naming it.',
    tag: 'Places',
    query: [...pageQuery('the settlement'), region],
    answers: [{ status: 200, description: 'A page of settlements.', schema: S.SettlementPage }],
    errors: [422, 429],
  },
  {
    id: 'getSettlement',
    method: 'GET',
    path: '/settlements/{id}',
    summary: 'One settlement',
    description: 'The settlement with this id, or 404.',
    tag: 'Places',
    pathParams: [pathId('Id of the settlement (a KLADR code in the reference data).')],
    answers: [{ status: 200, description: 'The settlement.', schema: S.Settlement }],
    errors: [404],
  },
  {
    id: 'searchMunicipalities',
    method: 'GET',
    path: '/municipalities',
    summary: 'Finds municipalities (districts and city districts)',
    description: 'Searched like settlements.',
    tag: 'Places',
    query: [...pageQuery('the municipality'), region],
    answers: [
      { status: 200, description: 'A page of municipalities.', schema: S.MunicipalityPage },
    ],
    errors: [422, 429],
  },
  {
    id: 'listOrganizations',
    method: 'GET',
    path: '/settlements/{id}/organizations',
    summary: 'The organizations already registered in a settlement',
    description:
      'Sorted by name. `query` narrows them: each of its words starts a word of the name ' +
      '(or names its kind, "сош"), or digits start the INN or OGRN.',
    tag: 'Registry',
    pathParams: [pathId('Id of the settlement.')],
    query: pageQuery('the organization'),
    answers: [{ status: 200, description: 'A page of organizations.', schema: S.OrganizationPage }],
    errors: [404, 422],
  },
  {
    id: 'getOrganization',
    method: 'GET',
    path: '/organizations/{id}',
    summary: 'One registered organization',
    description: 'The organization with this id, or 404.',
    tag: 'Registry',
    pathParams: [pathId('Id of the organization.')],
    answers: [{ status: 200, description: 'The organization.', schema: S.Organization }],
    errors: [404],
  },
  {
    id: 'listAuthorities',
    method: 'GET',
    path: '/municipalities/{id}/authorities',
    summary: 'The education authorities already registered in a municipality',
    description: 'Sorted by name; `query` narrows them as for organizations.',
    tag: 'Registry',
    pathParams: [pathId('Id of the municipality.')],
    query: pageQuery('the authority'),
    answers: [{ status: 200, description: 'A page of authorities.', schema: S.AuthorityPage }],
    errors: [404, 422],
  },
  {
    id: 'checkDuplicates',
    method: 'POST',
    path: '/duplicates',
    summary: 'Registered organizations an application may duplicate',
    description:
      'The same INN or OGRN is the same organization; a similar name in the same settlement ' +
      'is a likely one. A different number or kind of school is a different school. Best first.',
    tag: 'Registry',
    body: S.DuplicateQuery,
    answers: [{ status: 200, description: 'The likely duplicates.', schema: S.DuplicateMatches }],
    errors: [422, 429],
  },
  {
    id: 'createApplication',
    method: 'POST',
    path: '/applications',
    summary: 'Sends an application to connect an organization or an authority',
    description:
      'Checked field by field (422 with the field errors); an organization or authority ' +
      'already registered with this INN or OGRN is a 409 naming it in `existing`. The same ' +
      '`Idempotency-Key` never creates two applications, even when sent twice at once.',
    tag: 'Applications',
    headers: [idempotencyKey],
    body: S.ApplicationInput,
    answers: [
      { status: 201, description: 'The application, pending moderation.', schema: S.Application },
      {
        status: 200,
        description: 'The application created earlier under this Idempotency-Key.',
        schema: S.Application,
      },
    ],
    errors: [409, 422, 429],
  },
  {
    id: 'getApplication',
    method: 'GET',
    path: '/applications/{number}',
    summary: 'The status of an application, by its number and e-mail',
    description:
      'A wrong number and a wrong e-mail get the same 404, so that nothing leaks. The number ' +
      'is matched in any case, with Latin look-alike letters and spaces.',
    tag: 'Applications',
    pathParams: [applicationNumber],
    query: [
      {
        name: 'email',
        description: "The administrator's e-mail given in the application.",
        schema: text(300),
        required: true,
      },
    ],
    answers: [{ status: 200, description: 'The application.', schema: S.Application }],
    errors: [404],
  },
  {
    id: 'resendLetter',
    method: 'POST',
    path: '/applications/{number}/letter',
    summary: 'Sends the letter with the login and password of an approved application again',
    description:
      'The e-mail of the application proves it is the applicant: a wrong number and a wrong ' +
      'e-mail get the same 404. An application not approved yet is a 409 `not-approved`. ' +
      'The letter goes at most once a minute: asked again sooner, it is a 429 ' +
      '`too-many-letters` with Retry-After. The receipt masks the address it went to.',
    tag: 'Applications',
    pathParams: [applicationNumber],
    body: S.LetterRequest,
    answers: [{ status: 202, description: 'The letter is on its way.', schema: S.LetterReceipt }],
    errors: [404, 409, 422, 429],
  },
  {
    id: 'reportProfile',
    method: 'POST',
    path: '/reports',
    summary: "Reports a registered organization's profile as wrong",
    description: 'Sent to support before anyone applies again.',
    tag: 'Registry',
    body: S.ProfileReport,
    answers: [{ status: 201, description: 'The receipt.', schema: S.ProfileReportReceipt }],
    errors: [422, 429],
  },
  {
    id: 'login',
    method: 'POST',
    path: '/session',
    summary: 'Logs in with the login and password from the letter',
    description:
      'A wrong login or password is a 401 `invalid-credentials`; five failures of one login ' +
      'within a minute are followed by 429 `too-many-attempts` with Retry-After. A blocked ' +
      'account or an expired temporary password is a 403.',
    tag: 'Session',
    body: S.LoginInput,
    answers: [{ status: 200, description: 'The session and its token.', schema: S.Session }],
    errors: [401, 403, 422, 429],
  },
  {
    id: 'logout',
    method: 'DELETE',
    path: '/session',
    summary: 'Logs out: the token no longer works',
    description: 'Answers 204 with or without a valid token.',
    tag: 'Session',
    signedIn: true,
    answers: [{ status: 204, description: 'Logged out.', schema: null }],
    errors: [],
  },
  {
    id: 'getActivation',
    method: 'GET',
    path: '/activation',
    summary: 'The state of the activation wizard',
    description: 'Which steps are done, which comes next, and the saved data (never a password).',
    tag: 'Activation',
    signedIn: true,
    answers: [{ status: 200, description: 'The wizard state.', schema: S.ActivationState }],
    errors: [401],
  },
  ...stepRoutes('activation', ACTIVATION_STEP_BODIES, S.ActivationState),
  {
    id: 'sendContactCode',
    method: 'POST',
    path: '/activation/contacts/codes',
    summary: 'Sends a confirmation code to the e-mail or the phone of the contacts step',
    description:
      'Six digits, by letter or by text message, to the address given; the contacts step is ' +
      'saved with the last code sent to each. Another code to the same channel may be asked ' +
      'for after `resendAfter` seconds; sooner, it is a 429 `too-many-attempts` with ' +
      'Retry-After. An address that is no e-mail, or no phone as +7 and ten digits, is a 422 ' +
      'naming `address`.',
    tag: 'Activation',
    signedIn: true,
    body: C.ContactCodeRequest,
    answers: [{ status: 202, description: 'The code is on its way.', schema: C.ContactCodeSent }],
    errors: [401, 422, 429],
  },
  {
    id: 'getSetup',
    method: 'GET',
    path: '/setup',
    summary: 'The state of the setup wizard',
    description: 'Which steps are done, which comes next, and the saved or prefilled data.',
    tag: 'Setup',
    signedIn: true,
    answers: [{ status: 200, description: 'The wizard state.', schema: S.SetupState }],
    errors: [401],
  },
  ...stepRoutes('setup', SETUP_STEP_BODIES, S.SetupState),
  {
    id: 'getCoverage',
    method: 'GET',
    path: '/coverage',
    summary: 'How many organizations are connected, pending, rejected or missing',
    description:
      'For one municipality, broken down by its settlements, or for the whole region without ' +
      '`municipalityId`, broken down by municipality. Every known organization is counted in ' +
      'one status: `known = connected + pending + rejected + notConnected`, in each area too. ' +
      'An unknown municipality is a 404.',
    tag: 'Coverage',
    query: [municipalityScope('numbers are wanted')],
    answers: [
      { status: 200, description: 'The counts and their breakdown.', schema: S.CoverageSummary },
    ],
    errors: [404],
  },
  {
    id: 'getCoverageTimeline',
    method: 'GET',
    path: '/coverage/timeline',
    summary: 'Connections per week, oldest first',
    description:
      'One entry per week (its Monday) from the week of the first connection to the current ' +
      'week, with the connections made that week and all connected at its end. An unknown ' +
      'municipality is a 404.',
    tag: 'Coverage',
    query: [municipalityScope('connections are wanted')],
    answers: [{ status: 200, description: 'The weeks.', schema: S.CoverageTimeline }],
    errors: [404],
  },
  {
    id: 'listCoverageOrganizations',
    method: 'GET',
    path: '/coverage/organizations',
    summary: 'The organizations behind the coverage numbers, each with its status',
    description:
      'Sorted by municipality, settlement and name. `status` narrows them; `query` matches ' +
      'names as the list of a settlement does, or digits start the INN. An unknown status, a ' +
      'bad `limit` or `cursor` is a 422 naming it; an unknown municipality is a 404.',
    tag: 'Coverage',
    query: [
      municipalityScope('organizations are wanted'),
      {
        name: 'status',
        description:
          'Comma-separated statuses to keep: `connected`, `pending`, `rejected`, `none`; ' +
          'all without it.',
        schema: z
          .string()
          .check(
            z.regex(/^(connected|pending|rejected|none)(,(connected|pending|rejected|none))*$/),
          ),
      },
      ...pageQuery('the organization'),
    ],
    answers: [
      { status: 200, description: 'A page of organizations.', schema: S.CoverageOrganizationPage },
    ],
    errors: [404, 422],
  },
];

/** The route with this id; throws for an unknown id, a mistake in the caller. */
export function route(id: string): Route {
  const found = ROUTES.find((entry) => entry.id === id);
  if (!found) throw new Error(`No route ${id}`);
  return found;
}
