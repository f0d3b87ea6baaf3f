/**
 * The conformance checker: drives a backend through the whole contract and
 * says, check by check, what it answered wrong. Every answer is held to the
 * route table: a declared status with its schema, or an error status with
 * the problem+json shape. Runs in Node or anywhere with `fetch`.
 */
import type { z } from 'zod/mini';
import { ROUTES, SETUP_STEP_BODIES, route as routeOf, type Route } from '../contract/routes.js';
import * as S from '../contract/schemas.js';
import type { ApplicationInput } from '../contract/types.js';
import { createRandom, makeInn, makeKpp, makeOgrn } from '../mocks/generate.js';
import { DEFAULT_FIXTURES, type Fixtures } from './fixtures.js';

export interface CheckerOptions {
  /** Base URL of the API, e.g. `http://127.0.0.1:5173/api`. */
  baseUrl: string;
  fixtures?: Fixtures;
  /** A fetch of the caller's own; the global one by default. */
  fetch?: typeof fetch;
  /** Told of each check as it ends, for printing as the run goes. */
  onResult?: (result: CheckResult) => void;
}

export interface CheckResult {
  name: string;
  passed: boolean;
  /** What was wrong, one line each; empty when passed. */
  faults: string[];
}

export interface ConformanceReport {
  results: CheckResult[];
  /** Routes of the contract that no check called. */
  notExercised: string[];
  passed: number;
  failed: number;
}

interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

interface CallInit {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  token?: string;
}

/** Thrown to end a check whose next steps depend on what just failed. */
class Stop extends Error {}

const schemaNames = new Map<unknown, string>(
  Object.entries(S).map(([name, schema]) => [schema, name] as const),
);

/** The value at `path` inside `body`. */
function at(body: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    body,
  );
}

/** The first issues of a schema's verdict, each with its field and, for a field left out, "missing". */
function issuesOf(error: z.core.$ZodError, body: unknown): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const missing = issue.code === 'invalid_type' && at(body, issue.path) === undefined;
      return `${issue.path.join('.') || '(body)'}: ${missing ? 'missing' : issue.message}`;
    })
    .join('; ');
}

const fieldNames = (problem: unknown) =>
  ((problem as { errors?: { path?: unknown[] }[] })?.errors ?? []).map((error) =>
    (error.path ?? []).join('.'),
  );

/** One check's context: its calls are held to the contract, its faults collected. */
class Check {
  readonly faults: string[] = [];

  constructor(
    private readonly baseUrl: string,
    private readonly doFetch: typeof fetch,
    private readonly exercised: Set<string>,
  ) {}

  fault(message: string): void {
    // The same fault on every call of a route is said once.
    if (!this.faults.includes(message)) this.faults.push(message);
  }

  /** Records a fault unless `condition` holds. */
  expect(condition: unknown, message: string): boolean {
    if (!condition) this.fault(message);
    return Boolean(condition);
  }

  /** Like `expect`, but ends the check. */
  require(condition: unknown, message: string): asserts condition {
    if (!condition) {
      this.fault(message);
      throw new Stop(message);
    }
  }

  async call(id: string, init: CallInit = {}): Promise<Answer> {
    const route = routeOf(id);
    this.exercised.add(id);
    const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(init.params?.[name] ?? ''),
    );
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(init.query ?? {})) {
      if (value !== undefined) search.set(key, String(value));
    }
    const url = `${this.baseUrl}${path}${search.size ? `?${search}` : ''}`;
    const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.token) headers.Authorization = `Bearer ${init.token}`;

    const label = `${route.method} ${route.path}`;
    let response: Response;
    try {
      response = await this.doFetch(url, {
        method: route.method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
    } catch (cause) {
      this.require(false, `${label}: no answer (${(cause as Error).message})`);
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    this.holdToContract(route, label, response, text, body);
    return { status: response.status, body, headers: response.headers };
  }

  private holdToContract(
    route: Route,
    label: string,
    response: Response,
    text: string,
    body: unknown,
  ): void {
    const { status } = response;
    const type = response.headers.get('Content-Type') ?? '';
    const answer = route.answers.find((a) => a.status === status);
    if (answer) {
      if (!answer.schema) return;
      if (
        !this.expect(/json/i.test(type), `${label} ${status}: Content-Type is "${type}", not JSON`)
      )
        return;
      const parsed = answer.schema.safeParse(body);
      const name = schemaNames.get(answer.schema) ?? 'its schema';
      this.expect(
        parsed.success,
        `${label} ${status}: the answer breaks ${name}: ${parsed.success ? '' : issuesOf(parsed.error, body)}`,
      );
      return;
    }
    if (status >= 400) {
      if (!route.errors.includes(status) && status !== 400) {
        this.fault(`${label}: answered ${status}, which the contract does not declare here`);
      }
      if (
        !this.expect(
          /^application\/problem\+json/i.test(type),
          `${label} ${status}: not problem+json (Content-Type "${type}", body "${text.slice(0, 60)}")`,
        )
      )
        return;
      const parsed = S.Problem.safeParse(body);
      if (!this.expect(parsed.success, `${label} ${status}: the problem breaks Problem`)) return;
      const declared = (body as { status?: unknown }).status;
      this.expect(
        declared === undefined || declared === status,
        `${label} ${status}: the problem says status ${String(declared)}`,
      );
      return;
    }
    this.fault(`${label}: answered ${status}, which the contract does not declare here`);
  }

  /** Fails unless `answer` has `status`; ends the check then. */
  status(answer: Answer, status: number | number[], what: string): void {
    const wanted = Array.isArray(status) ? status : [status];
    this.require(
      wanted.includes(answer.status),
      `${what}: expected ${wanted.join(' or ')}, got ${answer.status}`,
    );
  }

  /** Fails unless the 422 problem names `field` among its field errors. */
  names(answer: Answer, field: string, what: string): void {
    if (!this.expect(answer.status === 422, `${what}: expected 422, got ${answer.status}`)) return;
    const fields = fieldNames(answer.body);
    this.expect(
      fields.includes(field),
      `${what}: the 422 does not name the field "${field}" (it names: ${fields.join(', ') || 'none'})`,
    );
  }
}

// ---------------------------------------------------------------- sample data

function sampleApplication(settlementId: string, seed: number): ApplicationInput {
  const random = createRandom(seed);
  const taxOffice = '05' + String(10 + Math.floor(random() * 40));
  return {
    kind: 'organization',
    settlementId,
    fullName: `Муниципальное казённое общеобразовательное учреждение "Проверочная СОШ № ${seed % 1000}"`,
    inn: makeInn(taxOffice, random),
    ogrn: makeOgrn(taxOffice, random),
    kpp: makeKpp(taxOffice),
    address: '368730, Республика Дагестан, Ахтынский район, с. Ахты, ул. Ленина, д. 1',
    administrator: {
      lastName: 'Проверкина',
      firstName: 'Мадина',
      position: 'Секретарь',
      email: `check-${seed}@example.ru`,
      phone: '+79280000000',
    },
  };
}

/** A valid body of each setup step; a step without one is saved by no check. */
const SETUP_SAMPLES: Record<string, unknown> = {
  profile: {
    fullName: 'Муниципальное казённое общеобразовательное учреждение "Проверочная СОШ"',
    address: '368730, Республика Дагестан, Ахтынский район, с. Ахты, ул. Ленина, д. 1',
    postalCode: '368730',
    phone: '+79280000000',
    email: 'school@example.ru',
    headName: 'Алиев Магомед Расулович',
  },
  year: {
    start: '2026-09-01',
    end: '2027-05-31',
    periodKind: 'semesters',
    periods: [
      { name: '1 полугодие', start: '2026-09-01', end: '2026-12-28' },
      { name: '2 полугодие', start: '2027-01-09', end: '2027-05-31' },
    ],
  },
  grading: { system: 'five' },
  bells: { lessons: [{ start: '08:30', end: '09:15' }] },
  classes: { classes: [{ grade: 1, letter: 'А' }] },
  staff: {
    invitations: [{ name: 'Иванова Анна Петровна', email: 'teacher@example.ru', role: 'teacher' }],
  },
};

// ---------------------------------------------------------------- the checks

interface Context {
  fixtures: Fixtures;
  seed: number;
  /** A registered organization of the fixture settlement, once found. */
  registered?: z.infer<typeof S.Organization>;
}

type CheckBody = (check: Check, context: Context) => Promise<void>;

const names = (body: unknown) =>
  ((body as { items?: { name?: string }[] })?.items ?? []).map((item) => item.name);

const CHECKS: [string, CheckBody][] = [
  [
    'settlement search finds a settlement by its name, page by page',
    async (t: Check, { fixtures: { settlement } }) => {
      const found = await t.call('searchSettlements', { query: { query: settlement.query } });
      t.status(found, 200, 'GET /settlements');
      t.expect(
        (found.body as { items?: { id: string }[] }).items?.some((s) => s.id === settlement.id),
        `query "${settlement.query}" did not find the settlement ${settlement.id}`,
      );
      const first = await t.call('searchSettlements', { query: { query: '', limit: 1 } });
      t.status(first, 200, 'GET /settlements?limit=1');
      const page = first.body as { items: { id: string }[]; nextCursor: string | null };
      t.expect(page.items?.length === 1, `limit=1 gave ${page.items?.length} settlements`);
      t.require(page.nextCursor, 'limit=1 over all settlements gave no nextCursor');
      const second = await t.call('searchSettlements', {
        query: { query: '', limit: 1, cursor: page.nextCursor },
      });
      t.status(second, 200, 'GET /settlements with a cursor');
      const next = (second.body as { items: { id: string }[] }).items?.[0]?.id;
      t.expect(next && next !== page.items[0]?.id, 'the next page repeats the first');
    },
  ],
  [
    'settlement search finds what people mistype',
    async (t: Check, { fixtures }) => {
      for (const { query, name, why } of fixtures.awkwardQueries) {
        const found = await t.call('searchSettlements', { query: { query, limit: 10 } });
        if (found.status !== 200) continue;
        const list = names(found.body);
        t.expect(
          list.includes(name),
          `query "${query}" (${why}) did not find «${name}»; found: ${list.slice(0, 3).join(', ') || 'nothing'}`,
        );
      }
    },
  ],
  [
    'a bad limit is a 422 naming it; an unknown settlement is a 404 problem',
    async (t: Check, { fixtures: { settlement } }) => {
      t.names(await t.call('searchSettlements', { query: { limit: 0 } }), 'limit', 'limit=0');
      const one = await t.call('getSettlement', { params: { id: settlement.id } });
      t.status(one, 200, `GET /settlements/${settlement.id}`);
      t.expect(
        (one.body as { name?: string }).name === settlement.name,
        `the settlement ${settlement.id} is not named «${settlement.name}»`,
      );
      const missing = await t.call('getSettlement', { params: { id: 'no-such-settlement' } });
      t.status(missing, 404, 'GET /settlements/no-such-settlement');
    },
  ],
  [
    'municipality search and the authorities of a municipality',
    async (t: Check, { fixtures: { municipality } }) => {
      const found = await t.call('searchMunicipalities', { query: { query: municipality.query } });
      t.status(found, 200, 'GET /municipalities');
      t.expect(
        names(found.body).includes(municipality.name),
        `query "${municipality.query}" did not find «${municipality.name}»`,
      );
      const authorities = await t.call('listAuthorities', { params: { id: municipality.id } });
      t.status(authorities, 200, 'GET /municipalities/{id}/authorities');
      const missing = await t.call('listAuthorities', { params: { id: 'no-such-municipality' } });
      t.status(missing, 404, 'authorities of an unknown municipality');
    },
  ],
  [
    "a settlement's organizations, one of them, and a 404 for an unknown one",
    async (t: Check, context) => {
      const { settlement } = context.fixtures;
      const listed = await t.call('listOrganizations', { params: { id: settlement.id } });
      t.status(listed, 200, 'GET /settlements/{id}/organizations');
      const items = (listed.body as { items: z.infer<typeof S.Organization>[] }).items ?? [];
      t.expect(
        items.every((o) => o.settlementId === settlement.id),
        'an organization of another settlement is listed',
      );
      context.registered = items.find((o) => o.inn && o.ogrn);
      t.require(context.registered, `no organization with INN and OGRN in ${settlement.id}`);
      const byDigits = await t.call('listOrganizations', {
        params: { id: settlement.id },
        query: { query: context.registered.inn!.slice(0, 6) },
      });
      t.expect(
        (byDigits.body as { items?: { id: string }[] }).items?.some(
          (o) => o.id === context.registered!.id,
        ),
        'the first digits of an INN do not find its organization',
      );
      const one = await t.call('getOrganization', { params: { id: context.registered.id } });
      t.status(one, 200, 'GET /organizations/{id}');
      const missing = await t.call('getOrganization', { params: { id: 'no-such-organization' } });
      t.status(missing, 404, 'GET /organizations/no-such-organization');
      const noPlace = await t.call('listOrganizations', { params: { id: 'no-such-settlement' } });
      t.status(noPlace, 404, 'organizations of an unknown settlement');
    },
  ],
  [
    'the duplicate check finds a registered organization by INN and by name',
    async (t: Check, { registered, fixtures }) => {
      t.require(registered, 'no registered organization to check against');
      const byInn = await t.call('checkDuplicates', { body: { inn: registered.inn } });
      t.status(byInn, 200, 'POST /duplicates by INN');
      const matches = (byInn.body as z.infer<typeof S.DuplicateMatches>).matches ?? [];
      const match = matches.find((m) => m.organization.id === registered.id);
      t.expect(match?.reasons.includes('same-inn'), 'the same INN is not reported as same-inn');
      const byName = await t.call('checkDuplicates', {
        body: { name: registered.fullName, settlementId: fixtures.settlement.id },
      });
      t.status(byName, 200, 'POST /duplicates by name');
      t.expect(
        (byName.body as z.infer<typeof S.DuplicateMatches>).matches?.some(
          (m) => m.organization.id === registered.id,
        ),
        'the same name in the same settlement is not reported',
      );
      t.names(
        await t.call('checkDuplicates', { body: { name: 42 } }),
        'name',
        'a duplicate check with a number for a name',
      );
    },
  ],
  [
    'an application sent twice with one Idempotency-Key is one application',
    async (t: Check, { fixtures, seed }) => {
      const input = sampleApplication(fixtures.settlement.id, seed);
      const key = `conformance-${seed}-a`;
      const first = await t.call('createApplication', {
        body: input,
        headers: { 'Idempotency-Key': key },
      });
      t.status(first, 201, 'POST /applications');
      const created = first.body as z.infer<typeof S.Application>;
      t.expect(created.status === 'pending', `a new application is ${created.status}`);
      const again = await t.call('createApplication', {
        body: input,
        headers: { 'Idempotency-Key': key },
      });
      t.status(again, [200, 201], 'POST /applications again with the same key');
      const repeated = (again.body as { number?: string }).number;
      t.expect(
        repeated === created.number,
        `the same Idempotency-Key created two applications: ${created.number} and ${repeated}`,
      );
      const changed = await t.call('createApplication', {
        body: { ...input, address: `${input.address}, корп. 2` },
        headers: { 'Idempotency-Key': key },
      });
      t.expect(
        changed.status === 422 &&
          (changed.body as { code?: string }).code === 'idempotency-key-reused' &&
          (changed.body as { application?: { number?: string } }).application?.number ===
            created.number,
        `the same key with other answers: expected 422 idempotency-key-reused naming ${created.number}, got ${changed.status}`,
      );

      const status = await t.call('getApplication', {
        params: { number: created.number },
        query: { email: input.administrator.email },
      });
      t.status(status, 200, 'GET /applications/{number}');
      t.expect(
        (status.body as { number?: string }).number === created.number,
        'the status is of another application',
      );
      const wrongEmail = await t.call('getApplication', {
        params: { number: created.number },
        query: { email: 'someone-else@example.ru' },
      });
      t.status(wrongEmail, 404, 'the status with a wrong e-mail');
    },
  ],
  [
    'parallel sendings with one Idempotency-Key create one application',
    async (t: Check, { fixtures, seed }) => {
      const input = sampleApplication(fixtures.settlement.id, seed + 1);
      const key = `conformance-${seed}-b`;
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          t.call('createApplication', { body: input, headers: { 'Idempotency-Key': key } }),
        ),
      );
      const numbers = new Set(answers.map((a) => (a.body as { number?: string }).number));
      t.expect(
        answers.every((a) => a.status === 200 || a.status === 201),
        `parallel sendings answered ${answers.map((a) => a.status).join(', ')}`,
      );
      t.expect(
        numbers.size === 1,
        `five parallel sendings with one key created ${numbers.size} applications: ${[...numbers].join(', ')}`,
      );
    },
  ],
  [
    'a broken application is a 422 naming the field; a registered INN is a 409 naming the organization',
    async (t: Check, { fixtures, seed, registered }) => {
      const input = sampleApplication(fixtures.settlement.id, seed + 2);
      const broken = await t.call('createApplication', {
        body: { ...input, inn: '1234567890' },
        headers: { 'Idempotency-Key': `conformance-${seed}-c` },
      });
      t.names(broken, 'inn', 'an application with a wrong INN check digit');
      const noEmail = await t.call('createApplication', {
        body: { ...input, administrator: { ...input.administrator, email: 'нет' } },
        headers: { 'Idempotency-Key': `conformance-${seed}-d` },
      });
      t.names(noEmail, 'administrator.email', 'an application with a broken e-mail');
      t.require(registered, 'no registered organization to apply again for');
      const duplicate = await t.call('createApplication', {
        body: { ...input, inn: registered.inn, ogrn: registered.ogrn },
        headers: { 'Idempotency-Key': `conformance-${seed}-e` },
      });
      t.status(duplicate, 409, 'an application with a registered INN');
      t.expect(
        (duplicate.body as { existing?: { id?: string } }).existing?.id === registered.id,
        'the 409 does not name the registered organization in `existing`',
      );
    },
  ],
  [
    'a profile report is received; a report without reasons is a 422 naming them',
    async (t: Check, { registered }) => {
      t.require(registered, 'no registered organization to report');
      const report = {
        organizationId: registered.id,
        reasons: ['wrong-details'],
        comment: 'Проверка соответствия контракту.',
        contactEmail: 'check@example.ru',
      };
      t.status(await t.call('reportProfile', { body: report }), 201, 'POST /reports');
      t.names(
        await t.call('reportProfile', { body: { ...report, reasons: [] } }),
        'reasons',
        'a report without reasons',
      );
    },
  ],
  [
    'a wrong password is a 401; repeated failures are a 429 with Retry-After',
    async (t: Check, { seed }) => {
      const login = `conformance-${seed}`;
      let answer = await t.call('login', { body: { login, password: 'wrong' } });
      t.status(answer, 401, 'a login with a wrong password');
      for (let attempt = 1; attempt < 8; attempt++) {
        answer = await t.call('login', { body: { login, password: 'wrong' } });
        if (answer.status !== 401) break;
      }
      t.status(answer, 429, 'eight failed logins in a row');
      const retryAfter = answer.headers.get('Retry-After') ?? '';
      t.expect(
        /^\d+$/.test(retryAfter) || !Number.isNaN(Date.parse(retryAfter)),
        `429 without a Retry-After of seconds or a date (got "${retryAfter}")`,
      );
    },
  ],
  [
    'login, every activation step, every setup step, logout',
    async (t: Check, { fixtures: { account } }) => {
      const login = async (password: string) => {
        const answer = await t.call('login', { body: { login: account.login, password } });
        t.status(answer, 200, `login as ${account.login}`);
        return (answer.body as { token: string }).token;
      };
      const token = await login(account.password);
      t.status(await t.call('getActivation', { token }), 200, 'GET /activation');
      t.status(await t.call('getActivation'), 401, 'GET /activation without a session');

      const terms = await t.call('activation.terms', {
        token,
        body: { acceptTerms: true, acceptPersonalData: true },
      });
      t.status(terms, 200, 'PUT /activation/terms');
      const contacts = await t.call('activation.contacts', {
        token,
        body: { email: 'school@example.ru', phone: '+79280000000' },
      });
      t.status(contacts, 200, 'PUT /activation/contacts');
      t.names(
        await t.call('activation.password', {
          token,
          body: { currentPassword: `${account.password}-wrong`, newPassword: 'Novyi-parol-2026' },
        }),
        'currentPassword',
        'a wrong current password',
      );
      t.names(
        await t.call('activation.password', {
          token,
          body: { currentPassword: account.password, newPassword: 'short' },
        }),
        'newPassword',
        'a new password too short',
      );
      const replaced = `${account.password}-Check`;
      const changed = await t.call('activation.password', {
        token,
        body: { currentPassword: account.password, newPassword: replaced },
      });
      t.status(changed, 200, 'PUT /activation/password');
      const state = changed.body as z.infer<typeof S.ActivationState>;
      t.expect(
        state.next === null,
        `after every activation step, next is "${state.next}", not null`,
      );
      // Put the password back, so that the run can be repeated.
      const again = await login(replaced);
      const restored = await t.call('activation.password', {
        token: again,
        body: { currentPassword: replaced, newPassword: account.password },
      });
      t.status(restored, 200, 'PUT /activation/password back');
      await login(account.password);

      t.status(await t.call('getSetup', { token }), 200, 'GET /setup');
      for (const step of Object.keys(SETUP_STEP_BODIES)) {
        const sample = SETUP_SAMPLES[step];
        if (sample === undefined) continue;
        const saved = await t.call(`setup.${step}`, { token, body: sample });
        if (saved.status !== 200) {
          t.fault(`PUT /setup/${step}: expected 200, got ${saved.status}`);
          continue;
        }
        const steps = (saved.body as z.infer<typeof S.SetupState>).steps ?? [];
        t.expect(
          steps.find((s) => s.id === step)?.status === 'done',
          `PUT /setup/${step}: the step is not done after saving it`,
        );
      }
      t.names(
        await t.call('setup.year', {
          token,
          body: { ...(SETUP_SAMPLES.year as object), periods: [] },
        }),
        'periods',
        'a year without periods',
      );

      t.status(await t.call('logout', { token }), 204, 'DELETE /session');
      t.status(await t.call('getSetup', { token }), 401, 'GET /setup after logout');
    },
  ],
  [
    'coverage of the region and of a municipality',
    async (t: Check, { fixtures: { municipality } }) => {
      const region = await t.call('getCoverage');
      t.status(region, 200, 'GET /coverage');
      const counts = region.body as z.infer<typeof S.Coverage>;
      t.expect(counts.connected <= counts.known, 'more organizations connected than known');
      const one = await t.call('getCoverage', { query: { municipalityId: municipality.id } });
      t.status(one, 200, 'GET /coverage?municipalityId');
      const missing = await t.call('getCoverage', {
        query: { municipalityId: 'no-such-municipality' },
      });
      t.status(missing, 404, 'coverage of an unknown municipality');
    },
  ],
];

/** Runs every check against the backend at `baseUrl`. */
export async function runConformance({
  baseUrl,
  fixtures = DEFAULT_FIXTURES,
  fetch: doFetch = globalThis.fetch.bind(globalThis),
  onResult,
}: CheckerOptions): Promise<ConformanceReport> {
  const root = baseUrl.replace(/\/+$/, '');
  const exercised = new Set<string>();
  const context: Context = { fixtures, seed: Date.now() % 1_000_000_000 };
  const results: CheckResult[] = [];

  for (const [name, body] of CHECKS) {
    const check = new Check(root, doFetch, exercised);
    try {
      await body(check, context);
    } catch (error) {
      if (!(error instanceof Stop)) check.fault(`the check broke: ${(error as Error).message}`);
    }
    const result = { name, passed: check.faults.length === 0, faults: check.faults };
    results.push(result);
    onResult?.(result);
  }

  const failed = results.filter((result) => !result.passed).length;
  return {
    results,
    notExercised: ROUTES.filter((r) => !exercised.has(r.id)).map((r) => `${r.method} ${r.path}`),
    passed: results.length - failed,
    failed,
  };
}
