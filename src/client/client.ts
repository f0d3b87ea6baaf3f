/**
 * The typed client of the contract. Every response is checked against its
 * schema; every failure becomes an {@link ApiError} a widget can show.
 */
import type { z } from 'zod/mini';
import type * as C from '../contract/confirmation.js';
import type * as T from '../contract/types.js';
import type * as Checks from './checks.js';
import { ApiError } from './errors.js';

export interface ClientConfig {
  /** Base URL of the API, e.g. `https://connect.example.ru/api/v1`. */
  baseUrl: string;
  /** Extra headers sent with every request (an API key, a tenant id). */
  headers?: Record<string, string>;
  /** `credentials` mode of fetch; `same-origin` by default. */
  credentials?: RequestCredentials;
  /** A fetch of the integrator's own, e.g. one that adds their auth. */
  fetch?: typeof fetch;
  /** Region code sent with place searches, e.g. `05`. */
  region?: string;
  /** Milliseconds to wait for an answer before giving up; 20 s by default. */
  timeoutMs?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** Options of a wizard step's save. */
export interface StepSaveOptions extends RequestOptions {
  /** The wizard's `version` the step was edited against; sent as `If-Match`. */
  version?: number | undefined;
}

const ifMatch = (version: number | undefined): Record<string, string> =>
  version === undefined ? {} : { 'If-Match': `"${version}"` };

interface PageQuery {
  query?: string;
  limit?: number;
  cursor?: string;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type EduClient = ReturnType<typeof createClient>;

type Schemas = typeof Checks;

/** The name of a schema in {@link Schemas}: the client names the schema of each answer. */
type SchemaName = {
  [K in keyof Schemas]: Schemas[K] extends z.ZodMiniType ? K : never;
}[keyof Schemas];

let schemas: Promise<Schemas> | undefined;

/**
 * zod and the schemas, loaded once for every client of the page. A load that
 * failed (the line dropped) is tried again by the next request.
 */
function loadSchemas(): Promise<Schemas> {
  schemas ??= import('./checks.js').catch((cause: unknown) => {
    schemas = undefined;
    throw new ApiError('network', 'The response checks could not be loaded', { cause });
  });
  return schemas;
}

/** Settles as `promise` does, or rejects with the signal's reason once it aborts. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

export function createClient(config: ClientConfig) {
  const timeoutMs = config.timeoutMs ?? 20_000;
  let token: string | null = null;
  let user: T.Session['user'] | null = null;

  async function request<Name extends SchemaName>(
    method: Method,
    path: string,
    schema: Name | null,
    init: {
      query?: object;
      body?: unknown;
      headers?: Record<string, string>;
    } & RequestOptions = {},
  ): Promise<z.infer<Schemas[Name]>> {
    const url = buildUrl(config.baseUrl, path, init.query);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      ...config.headers,
      ...init.headers,
    };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;

    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    const doFetch = config.fetch ?? globalThis.fetch.bind(globalThis);
    // Fetched beside the request, so the checks are there by the time the answer is; they
    // count against the same timeout, so a fetch of them that hangs fails this request.
    const loading = loadSchemas();
    loading.catch(() => {});
    const checks = async (): Promise<Schemas> => {
      try {
        return await unlessAborted(loading, signal);
      } catch (cause) {
        if (cause instanceof ApiError) throw cause;
        if (init.signal?.aborted) throw new ApiError('aborted', 'Request aborted', { cause });
        // Timed out: the next request asks for the checks again.
        if (schemas === loading) schemas = undefined;
        throw new ApiError('timeout', `No answer in ${timeoutMs} ms`, { cause });
      }
    };

    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers,
        credentials: config.credentials ?? 'same-origin',
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal,
      });
    } catch (cause) {
      if (init.signal?.aborted) throw new ApiError('aborted', 'Request aborted', { cause });
      if (timeout.aborted) throw new ApiError('timeout', `No answer in ${timeoutMs} ms`, { cause });
      throw new ApiError('network', 'Network request failed', { cause });
    }

    if (!response.ok) throw await httpError(response, await checks());
    if (schema === null || response.status === 204) return undefined as z.infer<Schemas[Name]>;

    let payload: unknown;
    try {
      payload = await response.json();
    } catch (cause) {
      if (init.signal?.aborted) throw new ApiError('aborted', 'Request aborted', { cause });
      throw new ApiError('contract', 'Response is not JSON', { status: response.status, cause });
    }
    const check: z.ZodMiniType = (await checks())[schema];
    const parsed = check.safeParse(payload);
    if (!parsed.success) {
      throw new ApiError('contract', `Response breaks the contract: ${path}`, {
        status: response.status,
        cause: parsed.error,
      });
    }
    return parsed.data as z.infer<Schemas[Name]>;
  }

  const page = (query: PageQuery) => ({ ...query, region: config.region });

  return {
    /** Whether a session token is held (in memory only). */
    get loggedIn(): boolean {
      return token !== null;
    },

    /** Who is logged in, as the last login answered; kept until logout, also past expiry. */
    get user(): T.Session['user'] | null {
      return user;
    },

    searchSettlements: (query: PageQuery, options?: RequestOptions) =>
      request('GET', '/settlements', 'SettlementPage', { query: page(query), ...options }),

    getSettlement: (id: string, options?: RequestOptions) =>
      request('GET', `/settlements/${encodeURIComponent(id)}`, 'Settlement', options),

    searchMunicipalities: (query: PageQuery, options?: RequestOptions) =>
      request('GET', '/municipalities', 'MunicipalityPage', { query: page(query), ...options }),

    listOrganizations: (settlementId: string, query: PageQuery = {}, options?: RequestOptions) =>
      request(
        'GET',
        `/settlements/${encodeURIComponent(settlementId)}/organizations`,
        'OrganizationPage',
        {
          query,
          ...options,
        },
      ),

    getOrganization: (id: string, options?: RequestOptions) =>
      request('GET', `/organizations/${encodeURIComponent(id)}`, 'Organization', options),

    listAuthorities: (municipalityId: string, query: PageQuery = {}, options?: RequestOptions) =>
      request(
        'GET',
        `/municipalities/${encodeURIComponent(municipalityId)}/authorities`,
        'AuthorityPage',
        {
          query,
          ...options,
        },
      ),

    checkDuplicates: (candidate: T.DuplicateQuery, options?: RequestOptions) =>
      request('POST', '/duplicates', 'DuplicateMatches', { body: candidate, ...options }),

    /** Sends an application; the same `idempotencyKey` never creates two. */
    createApplication: (
      input: T.ApplicationInput,
      idempotencyKey: string,
      options?: RequestOptions,
    ) =>
      request('POST', '/applications', 'Application', {
        body: input,
        headers: { 'Idempotency-Key': idempotencyKey },
        ...options,
      }),

    getApplication: ({ number, email }: T.StatusQuery, options?: RequestOptions) =>
      request('GET', `/applications/${encodeURIComponent(number)}`, 'Application', {
        query: { email },
        ...options,
      }),

    /** Sends the letter with the credentials of an approved application again; rate-limited. */
    resendLetter: ({ number, email }: T.StatusQuery, options?: RequestOptions) =>
      request('POST', `/applications/${encodeURIComponent(number)}/letter`, 'LetterReceipt', {
        body: { email },
        ...options,
      }),

    reportProfile: (report: T.ProfileReport, options?: RequestOptions) =>
      request('POST', '/reports', 'ProfileReportReceipt', { body: report, ...options }),

    async login(input: T.LoginInput, options?: RequestOptions): Promise<T.Session> {
      const session = await request('POST', '/session', 'Session', { body: input, ...options });
      token = session.token;
      user = session.user;
      return session;
    },

    async logout(options?: RequestOptions): Promise<void> {
      try {
        if (token) await request('DELETE', '/session', null, options);
      } finally {
        token = null;
        user = null;
      }
    },

    getActivation: (options?: RequestOptions) =>
      request('GET', '/activation', 'ActivationState', options),

    saveActivationStep: <K extends T.ActivationStepId>(
      step: K,
      data: T.ActivationStepData[K],
      { version, ...options }: StepSaveOptions = {},
    ) =>
      request('PUT', `/activation/${step}`, 'ActivationState', {
        body: data,
        headers: ifMatch(version),
        ...options,
      }),

    /** Asks the server to send a confirmation code to the e-mail or the phone. */
    sendContactCode: (input: C.ContactCodeRequest, options?: RequestOptions) =>
      request('POST', '/activation/contacts/codes', 'ContactCodeSent', { body: input, ...options }),

    getSetup: (options?: RequestOptions) => request('GET', '/setup', 'SetupState', options),

    saveSetupStep: <K extends T.SetupStepId>(
      step: K,
      data: T.SetupStepData[K],
      { version, ...options }: StepSaveOptions = {},
    ) =>
      request('PUT', `/setup/${step}`, 'SetupState', {
        body: data,
        headers: ifMatch(version),
        ...options,
      }),

    /** Coverage of a municipality, or of the whole region for `null`, with its breakdown. */
    getCoverage: (municipalityId: string | null, options?: RequestOptions) =>
      request('GET', '/coverage', 'CoverageSummary', {
        query: { municipalityId: municipalityId ?? undefined },
        ...options,
      }),

    /** Connections per week in a municipality, or in the whole region for `null`. */
    getCoverageTimeline: (municipalityId: string | null, options?: RequestOptions) =>
      request('GET', '/coverage/timeline', 'CoverageTimeline', {
        query: { municipalityId: municipalityId ?? undefined },
        ...options,
      }),

    /** The organizations behind the coverage numbers, by status and name. */
    listCoverageOrganizations: (
      municipalityId: string | null,
      { status, ...query }: T.CoverageListQuery = {},
      options?: RequestOptions,
    ) =>
      request('GET', '/coverage/organizations', 'CoverageOrganizationPage', {
        query: { municipalityId: municipalityId ?? undefined, status: status?.join(','), ...query },
        ...options,
      }),
  };
}

function buildUrl(base: string, path: string, query?: object): string {
  const root = base.replace(/\/+$/, '');
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${root}${path}${search ? `?${search}` : ''}`;
}

async function httpError(response: Response, S: Schemas): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let problem: T.Problem | undefined;
  try {
    problem = readProblem(await response.json(), S);
  } catch {
    // A body that is not JSON is still an HTTP error; the status says enough.
  }
  return new ApiError('http', problem?.title ?? `HTTP ${response.status}`, {
    status: response.status,
    problem,
    retryAfter,
  });
}

/**
 * The problem of an error answer. A part that breaks the contract (one field
 * error too long, an `existing` with a bad INN) is dropped on its own, so
 * that the rest, the detail and the other field errors, still reaches the form.
 */
function readProblem(body: unknown, S: Schemas): T.Problem | undefined {
  const whole = S.Problem.safeParse(body);
  if (whole.success) return whole.data;
  if (typeof body !== 'object' || body === null) return undefined;

  const { errors, existing, ...rest } = body as Record<string, unknown>;
  const basic = S.Problem.safeParse(
    Object.fromEntries(
      Object.entries(rest).filter(([key]) => S.Problem.safeParse({ [key]: rest[key] }).success),
    ),
  );
  if (!basic.success) return undefined;

  const fieldErrors = Array.isArray(errors)
    ? errors.filter((error) => S.Problem.safeParse({ errors: [error] }).success)
    : [];
  const organization = S.Organization.safeParse(existing);
  return {
    ...basic.data,
    ...(fieldErrors.length ? { errors: fieldErrors as T.Problem['errors'] } : {}),
    ...(organization.success ? { existing: organization.data } : {}),
  };
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
