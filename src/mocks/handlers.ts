/**
 * MSW handlers implementing every path of the contract over a mock db.
 * Request bodies are checked with the contract's schemas; responses are
 * passed through them too, so the mock never answers outside the contract.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod/mini';
import * as C from '../contract/confirmation.js';
import * as S from '../contract/schemas.js';
import { isValidEmail } from '../domain/validators.js';
import type { ActivationStepId, ContactsStep, SetupStepId } from '../contract/types.js';
import { findDuplicates, schoolSearch } from '../duplicates/index.js';
import { maskEmail } from '../domain/mask.js';
import { ACTIVATION_STEPS, SETUP_STEPS, type MockAccount, type MockDb } from './db.js';
import { coverageRecords, coverageSummary, coverageTimeline } from './coverage.js';
import type { MockOrganization } from './generate.js';
import { applicationNumber, byName, canonical, nameMatcher } from './lookup.js';
import { fieldProblems, invalid, notFound, problem } from './problems.js';

export interface HandlerOptions {
  db: MockDb;
  /** Where the API lives, e.g. `/api` or `https://connect.example.ru/api/v1`. */
  baseUrl?: string;
  /** Milliseconds every answer waits, to feel a slow connection. */
  delayMs?: number;
}

const MAX_FAILED_LOGINS = 5;
/** The letter with the credentials goes again at most once a minute. */
const LETTER_INTERVAL_MS = 60_000;

const ACTIVATION_SCHEMAS = {
  terms: S.TermsStep,
  password: S.PasswordStep,
  contacts: S.ContactsStep,
} as const;

const SETUP_SCHEMAS = {
  profile: S.ProfileStep,
  year: S.YearStep,
  grading: S.GradingStep,
  bells: S.BellsStep,
  classes: S.ClassesStep,
  staff: S.StaffStep,
} as const;

/** Answers with `body` as `schema` shapes it: unknown keys are dropped. */
function reply<T extends z.ZodMiniType>(schema: T, body: z.input<T>, status = 200) {
  return HttpResponse.json(schema.parse(body) as object, { status });
}

type Param = string | readonly string[] | undefined;

const param = (value: Param) => {
  const text = String(value ?? '');
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

type Paged = { ok: true; limit: number; offset: number } | { ok: false; response: Response };

/** `limit` (20 by default, at most 100) and `cursor` (an offset) of a list request. */
function paging(url: URL): Paged {
  const limitText = url.searchParams.get('limit');
  const cursor = url.searchParams.get('cursor');
  const limit = limitText === null ? 20 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1) {
    return {
      ok: false,
      response: invalid([{ path: ['limit'], message: 'Нужно целое число от 1 до 100.' }]),
    };
  }
  if (cursor !== null && !/^\d+$/.test(cursor)) {
    return { ok: false, response: invalid([{ path: ['cursor'], message: 'Неверный курсор.' }]) };
  }
  return { ok: true, limit: Math.min(limit, 100), offset: cursor === null ? 0 : Number(cursor) };
}

function pageOf<T>(items: readonly T[], { limit, offset }: { limit: number; offset: number }) {
  const end = offset + limit;
  return {
    items: items.slice(offset, end),
    nextCursor: end < items.length ? String(end) : null,
    total: items.length,
  };
}

/** The request body as JSON, or `undefined` when it is not JSON. */
async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

async function parseBody<T extends z.ZodMiniType>(
  request: Request,
  schema: T,
): Promise<Parsed<z.infer<T>>> {
  const body = await readJson(request);
  if (body === undefined) {
    return {
      ok: false,
      response: problem(400, 'bad-request', 'Тело запроса должно быть JSON.'),
    };
  }
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, response: invalid(fieldProblems(result.error.issues)) };
}

export function createHandlers({
  db,
  baseUrl = '/api',
  delayMs = 0,
}: HandlerOptions): HttpHandler[] {
  const root = baseUrl.replace(/\/+$/, '');
  const at = (path: string) => `${root}${path}`;
  const wait = () => (delayMs > 0 ? delay(delayMs) : undefined);

  /** The account of the request's bearer token, or the 401 to answer. */
  function authorize(request: Request): { account: MockAccount } | { response: Response } {
    const header = request.headers.get('Authorization') ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    if (!token) {
      return { response: problem(401, 'unauthorized', 'Войдите, чтобы продолжить.') };
    }
    const account = db.sessionAccount(token);
    if (!account) {
      return {
        response: problem(401, 'session-expired', 'Сеанс завершён. Войдите снова.'),
      };
    }
    return { account };
  }

  /** A resolver for a signed-in person: waits like the others; 401 without a session. */
  const signedIn =
    (
      answer: (
        request: Request,
        account: MockAccount,
        step: string,
      ) => Promise<Response> | Response,
    ) =>
    async ({ request, params }: { request: Request; params: Record<string, Param> }) => {
      await wait();
      const auth = authorize(request);
      return 'response' in auth ? auth.response : answer(request, auth.account, param(params.step));
    };

  const authorityMunicipality = (account: MockAccount) => {
    const authority = db.authorities.find((a) => a.id === account.authorityId);
    return authority ? { municipalityId: authority.municipalityId } : {};
  };

  const organizationOut = (organization: MockOrganization) =>
    S.Organization.parse({
      ...organization,
      status: organization.connected ? 'connected' : organization.pending ? 'pending' : undefined,
    });

  const places = [
    http.get(at('/settlements'), async ({ request }) => {
      await wait();
      const url = new URL(request.url);
      const paged = paging(url);
      if (!paged.ok) return paged.response;
      const region = url.searchParams.get('region');
      const found =
        region && region !== '05'
          ? []
          : db.settlementSearch.search(url.searchParams.get('query') ?? '', {
              limit: Number.POSITIVE_INFINITY,
            });
      return reply(S.SettlementPage, pageOf(found, paged));
    }),

    http.get(at('/settlements/:id'), async ({ params }) => {
      await wait();
      const settlement = db.settlement(param(params.id));
      return settlement
        ? reply(S.Settlement, settlement)
        : notFound('Такого населённого пункта нет в справочнике.');
    }),

    http.get(at('/municipalities'), async ({ request }) => {
      await wait();
      const url = new URL(request.url);
      const paged = paging(url);
      if (!paged.ok) return paged.response;
      const region = url.searchParams.get('region');
      const found =
        region && region !== '05'
          ? []
          : db.municipalitySearch.search(url.searchParams.get('query') ?? '', {
              limit: Number.POSITIVE_INFINITY,
            });
      return reply(S.MunicipalityPage, pageOf(found, paged));
    }),
  ];

  const registry = [
    http.get(at('/settlements/:id/organizations'), async ({ request, params }) => {
      await wait();
      const settlementId = param(params.id);
      if (!db.settlement(settlementId)) {
        return notFound('Такого населённого пункта нет в справочнике.');
      }
      const url = new URL(request.url);
      const paged = paging(url);
      if (!paged.ok) return paged.response;
      const query = url.searchParams.get('query') ?? '';
      const matches = schoolSearch(query);
      // A query of digits is an INN or OGRN, typed whole or in part, spaces allowed.
      const digits = /^[\d\s-]+$/.test(query) ? query.replace(/\D/g, '') : '';
      const found = db
        .organizationsOf(settlementId)
        .filter((o) =>
          digits ? [o.inn, o.ogrn].some((number) => number?.startsWith(digits)) : matches(o),
        )
        .sort(byName)
        .map(organizationOut);
      return reply(S.OrganizationPage, pageOf(found, paged));
    }),

    http.get(at('/organizations/:id'), async ({ params }) => {
      await wait();
      const organization = db.organization(param(params.id));
      return organization
        ? reply(S.Organization, organization)
        : notFound('Такой организации нет в реестре.');
    }),

    http.get(at('/municipalities/:id/authorities'), async ({ request, params }) => {
      await wait();
      const municipalityId = param(params.id);
      if (!db.municipality(municipalityId)) {
        return notFound('Такого муниципального образования нет в справочнике.');
      }
      const url = new URL(request.url);
      const paged = paging(url);
      if (!paged.ok) return paged.response;
      const matches = nameMatcher(url.searchParams.get('query'));
      const found = db
        .authoritiesOf(municipalityId)
        .filter((a) => matches([a.fullName, a.shortName]))
        .sort(byName);
      return reply(S.AuthorityPage, pageOf(found, paged));
    }),

    http.post(at('/duplicates'), async ({ request }) => {
      await wait();
      const parsed = await parseBody(request, S.DuplicateQuery);
      if (!parsed.ok) return parsed.response;
      const matches = findDuplicates(parsed.data, db.organizations)
        .slice(0, 10)
        .map((match) => ({ ...match, organization: organizationOut(match.organization) }));
      return reply(S.DuplicateMatches, { matches });
    }),
  ];

  const applications = [
    http.post(at('/applications'), async ({ request }) => {
      await wait();
      const key = request.headers.get('Idempotency-Key')?.trim() || undefined;
      const parsed = await parseBody(request, S.ApplicationInput);
      const replayed = key ? db.applicationByKey(key) : undefined;
      if (replayed) {
        // The same key with other answers: the first sending arrived, the person changed them.
        const same = parsed.ok && canonical(parsed.data) === canonical(replayed.input);
        if (same) return reply(S.Application, replayed.application);
        return problem(
          422,
          'idempotency-key-reused',
          `Заявка № ${replayed.application.number} уже принята с другими ответами.`,
          { application: replayed.application },
        );
      }

      if (!parsed.ok) return parsed.response;
      const input = parsed.data;

      if (input.kind === 'organization' && !db.settlement(input.settlementId ?? '')) {
        return invalid([{ path: ['settlementId'], message: 'Выберите населённый пункт.' }]);
      }
      if (input.kind === 'authority' && !db.municipality(input.municipalityId ?? '')) {
        return invalid([{ path: ['municipalityId'], message: 'Выберите муниципалитет.' }]);
      }

      if (input.kind === 'organization') {
        const existing = db.organizations.find((o) => o.inn === input.inn || o.ogrn === input.ogrn);
        if (existing) {
          return problem(
            409,
            'duplicate',
            `Организация с таким ИНН или ОГРН уже зарегистрирована: ${existing.fullName}.`,
            { existing: organizationOut(existing) },
          );
        }
      } else {
        const existing = db.authorities.find((a) => a.inn === input.inn);
        if (existing) {
          return problem(
            409,
            'duplicate',
            `Орган управления образованием с таким ИНН уже зарегистрирован: ${existing.fullName}.`,
          );
        }
      }

      return reply(S.Application, db.createApplication(input, key), 201);
    }),

    http.get(at('/applications/:number'), async ({ request, params }) => {
      await wait();
      const email = new URL(request.url).searchParams.get('email')?.trim().toLowerCase() ?? '';
      const stored = db.application(applicationNumber(param(params.number)));
      // The same answer for a wrong number and a wrong e-mail: nothing leaks.
      if (!stored || stored.application.email.toLowerCase() !== email) {
        return notFound('Заявки с таким номером и адресом электронной почты нет.');
      }
      return reply(S.Application, stored.application);
    }),

    http.post(at('/applications/:number/letter'), async ({ request, params }) => {
      await wait();
      const parsed = await parseBody(request, S.LetterRequest);
      if (!parsed.ok) return parsed.response;
      const stored = db.application(applicationNumber(param(params.number)));
      const email = parsed.data.email.toLowerCase();
      if (!stored || stored.application.email.toLowerCase() !== email) {
        return notFound('Заявки с таким номером и адресом электронной почты нет.');
      }
      if (stored.application.status !== 'approved') {
        return problem(409, 'not-approved', 'Письмо с данными для входа уходит после одобрения.');
      }

      const last = db.lastLetterTo(email);
      const left = last ? LETTER_INTERVAL_MS - (Date.now() - Date.parse(last.sentAt)) : 0;
      if (left > 0) {
        const seconds = Math.ceil(left / 1000);
        return problem(
          429,
          'too-many-letters',
          `Письмо можно отправить снова через ${seconds} с.`,
          {
            headers: { 'Retry-After': String(seconds) },
          },
        );
      }

      const letter = db.resendLetter(stored.application.number);
      if (!letter) return problem(409, 'not-approved', 'Письма с данными для входа ещё не было.');
      const next = new Date(Date.parse(letter.sentAt) + LETTER_INTERVAL_MS).toISOString();
      return reply(
        S.LetterReceipt,
        { sentTo: maskEmail(letter.to), sentAt: letter.sentAt, nextAllowedAt: next },
        202,
      );
    }),

    http.post(at('/reports'), async ({ request }) => {
      await wait();
      const parsed = await parseBody(request, S.ProfileReport);
      if (!parsed.ok) return parsed.response;
      // Reports about profiles the generated registry does not hold are taken
      // too: stories and host pages show organizations of their own.
      const report = db.addReport(parsed.data);
      return reply(S.ProfileReportReceipt, report, 201);
    }),
  ];

  const session = [
    http.post(at('/session'), async ({ request }) => {
      await wait();
      const parsed = await parseBody(request, S.LoginInput);
      if (!parsed.ok) return parsed.response;
      const { login, password } = parsed.data;

      const recent = db.recentFailures(login);
      if (recent.length >= MAX_FAILED_LOGINS) {
        const retryAfter = Math.max(1, Math.ceil((recent[0]! + 60_000 - Date.now()) / 1000));
        return problem(
          429,
          'too-many-attempts',
          `Слишком много неудачных попыток входа. Попробуйте снова через ${retryAfter} с.`,
          { headers: { 'Retry-After': String(retryAfter) } },
        );
      }

      const account = db.account(login);
      if (!account || account.password !== password) {
        db.recordFailure(login);
        return problem(401, 'invalid-credentials', 'Логин или пароль не подходят.');
      }
      if (account.blocked) {
        return problem(
          403,
          'account-blocked',
          'Учётная запись заблокирована. Обратитесь в службу поддержки.',
        );
      }
      if (account.expired) {
        return problem(
          403,
          'password-expired',
          'Временный пароль больше не действует. Запросите новый в службе поддержки.',
        );
      }

      return reply(S.Session, {
        token: db.openSession(account),
        user: {
          login: account.login,
          name: account.name,
          ...(account.organizationId ? { organizationId: account.organizationId } : {}),
          ...(account.authorityId ? { authorityId: account.authorityId } : {}),
          ...authorityMunicipality(account),
        },
        needsActivation: db.needsActivation(account.login),
        needsSetup: db.needsSetup(account.login),
      });
    }),

    http.delete(at('/session'), async ({ request }) => {
      await wait();
      const token = /^Bearer\s+(.+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
      if (token) db.closeSession(token);
      return new HttpResponse(null, { status: 204 });
    }),
  ];

  const wizards = [
    http.get(
      at('/activation'),
      signedIn((_request, account) => reply(S.ActivationState, db.activation(account.login))),
    ),

    http.put(
      at('/activation/:step'),
      signedIn(async (request, account, stepName) => {
        const step = stepName as ActivationStepId;
        if (!ACTIVATION_STEPS.includes(step)) return notFound('Такого шага нет.');

        const stale = staleSave(request, db.activation(account.login).version);
        if (stale) return stale;
        const parsed = await parseBody(request, ACTIVATION_SCHEMAS[step]);
        if (!parsed.ok) return parsed.response;
        if (step === 'password') {
          const { currentPassword, newPassword } = parsed.data as z.infer<typeof S.PasswordStep>;
          if (currentPassword !== account.password) {
            return invalid([
              { path: ['currentPassword'], message: 'Текущий пароль введён неверно.' },
            ]);
          }
          if (newPassword === currentPassword) {
            return invalid([
              { path: ['newPassword'], message: 'Новый пароль должен отличаться от временного.' },
            ]);
          }
        }
        if (step === 'contacts') {
          const wrong = wrongCodes(db, account.login, parsed.data as ContactsStep);
          if (wrong.length > 0) return invalid(wrong);
        }
        return reply(
          S.ActivationState,
          db.saveActivationStep(account.login, step, parsed.data as Record<string, unknown>),
        );
      }),
    ),

    http.post(
      at('/activation/contacts/codes'),
      signedIn(async (request, account) => {
        const parsed = await parseBody(request, C.ContactCodeRequest);
        if (!parsed.ok) return parsed.response;
        const { channel, address } = parsed.data;
        const valid = channel === 'email' ? isValidEmail(address) : /^\+7\d{10}$/.test(address);
        if (!valid) return invalid([{ path: ['address'], message: 'Неверный адрес.' }]);

        const sent = db.sendContactCode(account.login, channel, address);
        if ('retryAfter' in sent) {
          return problem(
            429,
            'too-many-attempts',
            `Новый код можно получить через ${sent.retryAfter} с.`,
            { headers: { 'Retry-After': String(sent.retryAfter) } },
          );
        }
        return reply(C.ContactCodeSent, { channel, sentTo: address, ...sent }, 202);
      }),
    ),

    http.get(
      at('/setup'),
      signedIn((_request, account) => reply(S.SetupState, db.setup(account.login))),
    ),

    http.put(
      at('/setup/:step'),
      signedIn(async (request, account, stepName) => {
        const step = stepName as SetupStepId;
        if (!SETUP_STEPS.includes(step)) return notFound('Такого шага нет.');

        const stale = staleSave(request, db.setup(account.login).version);
        if (stale) return stale;
        const parsed = await parseBody(request, SETUP_SCHEMAS[step]);
        if (!parsed.ok) return parsed.response;
        return reply(
          S.SetupState,
          db.saveSetupStep(account.login, step, parsed.data as Record<string, unknown>),
        );
      }),
    ),
  ];

  const knownScope = (request: Request) => {
    const municipalityId = new URL(request.url).searchParams.get('municipalityId') || null;
    const known = !municipalityId || db.municipality(municipalityId);
    return known
      ? { municipalityId }
      : { response: notFound('Такого муниципального образования нет в справочнике.') };
  };

  const coverage = [
    http.get(at('/coverage'), async ({ request }) => {
      await wait();
      const scope = knownScope(request);
      if ('response' in scope) return scope.response;
      return reply(S.CoverageSummary, coverageSummary(db, scope.municipalityId));
    }),

    http.get(at('/coverage/timeline'), async ({ request }) => {
      await wait();
      const scope = knownScope(request);
      if ('response' in scope) return scope.response;
      return reply(S.CoverageTimeline, coverageTimeline(db, scope.municipalityId));
    }),

    http.get(at('/coverage/organizations'), async ({ request }) => {
      await wait();
      const scope = knownScope(request);
      if ('response' in scope) return scope.response;
      const url = new URL(request.url);
      const paged = paging(url);
      if (!paged.ok) return paged.response;
      const statuses = (url.searchParams.get('status') ?? '').split(',').filter(Boolean);
      if (statuses.some((status) => !S.CoverageStatus.safeParse(status).success)) {
        return invalid([{ path: ['status'], message: 'Неизвестный статус.' }]);
      }
      const query = url.searchParams.get('query') ?? '';
      const matches = nameMatcher(query);
      const digits = /^[\d\s-]+$/.test(query) ? query.replace(/\D/g, '') : '';
      const found = coverageRecords(db, scope.municipalityId)
        .filter((record) => statuses.length === 0 || statuses.includes(record.status))
        .filter((record) =>
          digits ? record.inn?.startsWith(digits) : matches([record.fullName, record.shortName]),
        )
        .sort(
          (a, b) =>
            (a.municipalityName ?? '').localeCompare(b.municipalityName ?? '', 'ru') ||
            (a.settlementName ?? '').localeCompare(b.settlementName ?? '', 'ru') ||
            byName(a, b),
        );
      return reply(S.CoverageOrganizationPage, pageOf(found, paged));
    }),
  ];

  /** Why the moderator cannot decide on an application, if they cannot. */
  function undecided(number: string): Response | undefined {
    const stored = db.application(number);
    if (!stored) return notFound('Такой заявки нет.');
    if (stored.application.status === 'approved' || stored.application.status === 'rejected') {
      return problem(409, 'already-decided', 'Решение по этой заявке уже принято.');
    }
    return undefined;
  }

  const demo = [
    http.get(at('/_demo/applications'), () =>
      HttpResponse.json({ items: db.applications.map((stored) => stored.application) }),
    ),

    /** Taking an application into review; taking it again changes nothing. */
    http.post(at('/_demo/applications/:number/review'), ({ params }) => {
      const number = param(params.number);
      const decided = undecided(number);
      if (decided) return decided;
      const { application } = db.application(number)!;
      if (application.status === 'review') return HttpResponse.json(application);
      return HttpResponse.json(db.reviewApplication(number));
    }),

    http.post(at('/_demo/applications/:number/approve'), ({ params }) => {
      const number = param(params.number);
      const decided = undecided(number);
      if (decided) return decided;
      return HttpResponse.json(db.approveApplication(number));
    }),

    http.post(at('/_demo/applications/:number/reject'), async ({ request, params }) => {
      const number = param(params.number);
      const decided = undecided(number);
      if (decided) return decided;
      const body = (await readJson(request)) as { reason?: unknown } | undefined;
      const reason = typeof body?.reason === 'string' ? body.reason.trim() : '';
      if (!reason) return invalid([{ path: ['reason'], message: 'Укажите причину отказа.' }]);
      db.rejectApplication(number, reason);
      return HttpResponse.json(db.application(number)!.application);
    }),

    http.get(at('/_demo/outbox'), () => HttpResponse.json({ items: db.outbox })),

    http.post(at('/_demo/reset'), () => {
      db.reset();
      return new HttpResponse(null, { status: 204 });
    }),
  ];

  return [...places, ...registry, ...applications, ...session, ...wizards, ...coverage, ...demo];
}

/** Field errors for codes that were not the last ones sent to these contacts. */
function wrongCodes(db: MockDb, login: string, contacts: ContactsStep) {
  const message = 'Код не подходит. Проверьте его или отправьте новый.';
  return [
    db.contactCodeMatches(login, 'email', contacts.email, contacts.emailCode)
      ? null
      : { path: ['emailCode'], message },
    db.contactCodeMatches(login, 'phone', contacts.phone, contacts.phoneCode)
      ? null
      : { path: ['phoneCode'], message },
  ].filter((error) => error !== null);
}

/** The 409 for a save whose `If-Match` names an older version of the wizard than it holds. */
function staleSave(request: Request, version: number): Response | undefined {
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(request.headers.get('If-Match')?.trim() ?? '');
  if (!match || Number(match[1]) === version) return undefined;
  return problem(
    409,
    'wizard-changed',
    'Этот шаг уже изменили в другой вкладке или на другом устройстве.',
  );
}
