/**
 * The reference server's HTTP layer on Hono: every route of the contract,
 * the demo's moderation and outbox, problem+json errors, idempotency keys
 * and rate limits. Bodies are checked with the contract's own schemas, and
 * answers pass through them, so the server never answers outside the contract.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import type { z } from 'zod/mini';
import { ACTIVATION_STEP_BODIES, SETUP_STEP_BODIES } from '../../src/contract/routes.js';
import * as S from '../../src/contract/schemas.js';
import type { ApplicationInput, Organization } from '../../src/contract/types.js';
import { findDuplicates } from '../../src/duplicates/index.js';
import { PROFILE_BASE } from '../../src/mocks/generate.js';
import { applicationNumber, byName, canonical, nameMatcher } from '../../src/mocks/lookup.js';
import {
  fieldProblems,
  problemBody,
  type FieldProblem,
  type ProblemFields,
} from '../../src/mocks/problem-details.js';
import { hashPassword, passwordMatches, temporaryPassword } from './passwords.js';
import type { Account, Store, StepData } from './store.js';

export interface AppOptions {
  store: Store;
  /** Where the API lives on this server; `/api` by default. */
  basePath?: string;
  /** Requests that write (applications, reports, duplicate checks) per client per minute. */
  writesPerMinute?: number;
  /** Failed logins of one login per minute before 429. */
  failedLoginsPerMinute?: number;
  /** Whether the demo's moderation routes (`/_demo/…`) are served. */
  demoRoutes?: boolean;
}

const MINUTE = 60_000;
type ActivationStep = keyof typeof ACTIVATION_STEP_BODIES;
type SetupStep = keyof typeof SETUP_STEP_BODIES;
const ACTIVATION_STEPS = Object.keys(ACTIVATION_STEP_BODIES) as ActivationStep[];
const SETUP_STEPS = Object.keys(SETUP_STEP_BODIES) as SetupStep[];
const OPTIONAL_SETUP_STEPS = new Set<SetupStep>(['staff']);

/** A problem+json answer. */
function problem(
  status: number,
  code: string,
  detail: string,
  fields: ProblemFields = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(problemBody(status, code, detail, fields)), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

const notFound = (detail: string) => problem(404, 'not-found', detail);
const invalid = (errors: FieldProblem[]) =>
  problem(422, 'validation', 'Проверьте отмеченные поля и отправьте ещё раз.', { errors });

/** Answers with `body` as `schema` shapes it: unknown keys are dropped. */
function reply<T extends z.ZodMiniType>(schema: T, body: z.input<T>, status = 200): Response {
  return Response.json(schema.parse(body), { status });
}

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

async function parseBody<T extends z.ZodMiniType>(
  c: Context,
  schema: T,
): Promise<Parsed<z.infer<T>>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return { ok: false, response: problem(400, 'bad-request', 'Тело запроса должно быть JSON.') };
  }
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, response: invalid(fieldProblems(result.error.issues)) };
}

type Paged = { ok: true; limit: number; offset: number } | { ok: false; response: Response };

/** `limit` (20 by default, at most 100) and `cursor` (an offset) of a list request. */
function paging(c: Context): Paged {
  const limitText = c.req.query('limit');
  const cursor = c.req.query('cursor');
  const limit = limitText === undefined ? 20 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1) {
    return {
      ok: false,
      response: invalid([{ path: ['limit'], message: 'Нужно целое число от 1 до 100.' }]),
    };
  }
  if (cursor !== undefined && !/^\d+$/.test(cursor)) {
    return { ok: false, response: invalid([{ path: ['cursor'], message: 'Неверный курсор.' }]) };
  }
  return {
    ok: true,
    limit: Math.min(limit, 100),
    offset: cursor === undefined ? 0 : Number(cursor),
  };
}

function pageOf<T>(
  items: T[],
  total: number,
  { limit, offset }: { limit: number; offset: number },
) {
  const end = offset + limit;
  return { items, nextCursor: end < total ? String(end) : null, total };
}

const slice = <T>(items: T[], page: { limit: number; offset: number }) =>
  pageOf(items.slice(page.offset, page.offset + page.limit), items.length, page);

/** A sliding window of request times per key; in this process only. */
function rateLimiter(perMinute: number) {
  const times = new Map<string, number[]>();
  return (key: string, now = Date.now()): number | null => {
    const recent = (times.get(key) ?? []).filter((time) => now - time < MINUTE);
    if (recent.length >= perMinute) {
      times.set(key, recent);
      return Math.max(1, Math.ceil((recent[0]! + MINUTE - now) / 1000));
    }
    recent.push(now);
    times.set(key, recent);
    return null;
  };
}

const tooMany = (retryAfter: number, detail: string) =>
  problem(429, 'too-many-attempts', detail, {}, { 'Retry-After': String(retryAfter) });

/** The Hono app of the reference server. */
export function createApp({
  store,
  basePath = '/api',
  writesPerMinute = 120,
  failedLoginsPerMinute = 5,
  demoRoutes = true,
}: AppOptions): Hono {
  const app = new Hono();
  const api = new Hono();
  const writes = rateLimiter(writesPerMinute);

  const clientOf = (c: Context) => {
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  /** 429 when this client has written too often, else nothing. */
  const limitWrites = (c: Context): Response | undefined => {
    const retryAfter = writes(clientOf(c));
    return retryAfter === null
      ? undefined
      : tooMany(retryAfter, `Слишком много запросов. Попробуйте снова через ${retryAfter} с.`);
  };

  const regionOf = (c: Context) => c.req.query('region') || null;

  // -------------------------------------------------------------- places

  api.get('/settlements', async (c) => {
    const paged = paging(c);
    if (!paged.ok) return paged.response;
    const found = await store.searchSettlements(c.req.query('query') ?? '', regionOf(c), paged);
    return reply(S.SettlementPage, pageOf(found.items, found.total, paged));
  });

  api.get('/settlements/:id', async (c) => {
    const settlement = await store.settlement(c.req.param('id'));
    return settlement
      ? reply(S.Settlement, settlement)
      : notFound('Такого населённого пункта нет в справочнике.');
  });

  api.get('/municipalities', async (c) => {
    const paged = paging(c);
    if (!paged.ok) return paged.response;
    const found = await store.searchMunicipalities(c.req.query('query') ?? '', regionOf(c), paged);
    return reply(S.MunicipalityPage, pageOf(found.items, found.total, paged));
  });

  // -------------------------------------------------------------- registry

  api.get('/settlements/:id/organizations', async (c) => {
    const settlementId = c.req.param('id');
    if (!(await store.settlement(settlementId))) {
      return notFound('Такого населённого пункта нет в справочнике.');
    }
    const paged = paging(c);
    if (!paged.ok) return paged.response;
    const query = c.req.query('query') ?? '';
    const matches = nameMatcher(query);
    // A query of digits is an INN or OGRN, typed whole or in part, spaces allowed.
    const digits = /^[\d\s-]+$/.test(query) ? query.replace(/\D/g, '') : '';
    const found = (await store.organizationsOf(settlementId))
      .filter((o) =>
        digits
          ? [o.inn, o.ogrn].some((number) => number?.startsWith(digits))
          : matches([o.fullName, o.shortName]),
      )
      .sort(byName);
    return reply(S.OrganizationPage, slice(found, paged));
  });

  api.get('/organizations/:id', async (c) => {
    const organization = await store.organization(c.req.param('id'));
    return organization
      ? reply(S.Organization, organization)
      : notFound('Такой организации нет в реестре.');
  });

  api.get('/municipalities/:id/authorities', async (c) => {
    const municipalityId = c.req.param('id');
    if (!(await store.municipality(municipalityId))) {
      return notFound('Такого муниципального образования нет в справочнике.');
    }
    const paged = paging(c);
    if (!paged.ok) return paged.response;
    const matches = nameMatcher(c.req.query('query') ?? null);
    const found = (await store.authoritiesOf(municipalityId))
      .filter((a) => matches([a.fullName, a.shortName]))
      .sort(byName);
    return reply(S.AuthorityPage, slice(found, paged));
  });

  api.post('/duplicates', async (c) => {
    const limited = limitWrites(c);
    if (limited) return limited;
    const parsed = await parseBody(c, S.DuplicateQuery);
    if (!parsed.ok) return parsed.response;
    const digits = (text?: string) => text?.replace(/\D/g, '') || undefined;
    const candidates = await store.duplicateCandidates({
      inn: digits(parsed.data.inn),
      ogrn: digits(parsed.data.ogrn),
      settlementId: parsed.data.settlementId,
    });
    const matches = findDuplicates(parsed.data, candidates).slice(0, 10);
    return reply(S.DuplicateMatches, { matches });
  });

  // -------------------------------------------------------------- applications

  api.post('/applications', async (c) => {
    const limited = limitWrites(c);
    if (limited) return limited;
    const key = c.req.header('Idempotency-Key')?.trim();
    if (!key) {
      return invalid([{ path: ['Idempotency-Key'], message: 'Нужен заголовок Idempotency-Key.' }]);
    }
    const parsed = await parseBody(c, S.ApplicationInput);

    const replayed = await store.applicationByKey(key);
    if (replayed) return replay(replayed, parsed.ok ? parsed.data : undefined);
    if (!parsed.ok) return parsed.response;
    const input = parsed.data;

    let municipalityId: string | null = null;
    if (input.kind === 'organization') {
      const settlement = await store.settlement(input.settlementId ?? '');
      if (!settlement) {
        return invalid([{ path: ['settlementId'], message: 'Выберите населённый пункт.' }]);
      }
      municipalityId = settlement.municipality.id;
      const existing = await store.registeredOrganization(input.inn, input.ogrn);
      if (existing) {
        return problem(
          409,
          'duplicate',
          `Организация с таким ИНН или ОГРН уже зарегистрирована: ${existing.fullName}.`,
          { existing: S.Organization.parse(existing) },
        );
      }
    } else {
      if (!(await store.municipality(input.municipalityId ?? ''))) {
        return invalid([{ path: ['municipalityId'], message: 'Выберите муниципалитет.' }]);
      }
      municipalityId = input.municipalityId ?? null;
      const existing = await store.registeredAuthority(input.inn);
      if (existing) {
        return problem(
          409,
          'duplicate',
          `Орган управления образованием с таким ИНН уже зарегистрирован: ${existing.fullName}.`,
        );
      }
    }

    const outcome = await store.createApplication(input, key, municipalityId);
    // Another request with this key won the race: answer as for a key sent again.
    if (!outcome.created) return replay(outcome.stored, input);
    return reply(S.Application, outcome.stored.application, 201);
  });

  /** The answer to a key sent again: the same application, or 422 for other answers. */
  function replay(
    stored: { application: z.infer<typeof S.Application>; input: ApplicationInput },
    input: ApplicationInput | undefined,
  ): Response {
    if (input && canonical(input) === canonical(stored.input)) {
      return reply(S.Application, stored.application);
    }
    return problem(
      422,
      'idempotency-key-reused',
      `Заявка № ${stored.application.number} уже принята с другими ответами.`,
      { application: S.Application.parse(stored.application) },
    );
  }

  api.get('/applications/:number', async (c) => {
    const email = c.req.query('email')?.trim().toLowerCase() ?? '';
    const stored = await store.application(applicationNumber(c.req.param('number')));
    // The same answer for a wrong number and a wrong e-mail: nothing leaks.
    if (!stored || stored.application.email.toLowerCase() !== email) {
      return notFound('Заявки с таким номером и адресом электронной почты нет.');
    }
    return reply(S.Application, stored.application);
  });

  api.post('/reports', async (c) => {
    const limited = limitWrites(c);
    if (limited) return limited;
    const parsed = await parseBody(c, S.ProfileReport);
    if (!parsed.ok) return parsed.response;
    return reply(S.ProfileReportReceipt, await store.addReport(parsed.data), 201);
  });

  // -------------------------------------------------------------- session

  api.post('/session', async (c) => {
    const parsed = await parseBody(c, S.LoginInput);
    if (!parsed.ok) return parsed.response;
    const { login, password } = parsed.data;

    const now = Date.now();
    const recent = await store.failuresSince(login, now - MINUTE);
    if (recent.length >= failedLoginsPerMinute) {
      const retryAfter = Math.max(1, Math.ceil((recent[0]! + MINUTE - now) / 1000));
      return tooMany(
        retryAfter,
        `Слишком много неудачных попыток входа. Попробуйте снова через ${retryAfter} с.`,
      );
    }

    const account = await store.account(login);
    if (!account || !passwordMatches(password, account.passwordHash)) {
      await store.recordFailure(login, now);
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
      token: await store.openSession(account.login),
      user: {
        login: account.login,
        name: account.name,
        ...(account.organizationId ? { organizationId: account.organizationId } : {}),
        ...(account.authorityId ? { authorityId: account.authorityId } : {}),
      },
      needsActivation: (await activation(account)).next !== null,
      needsSetup: Boolean(account.organizationId) && (await setup(account)).next !== null,
    });
  });

  const bearer = (c: Context) => /^Bearer\s+(.+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];

  api.delete('/session', async (c) => {
    const token = bearer(c);
    if (token) await store.closeSession(token);
    return c.body(null, 204);
  });

  /** The account of the request's token, or the 401 to answer. */
  async function signedIn(c: Context): Promise<{ account: Account } | { response: Response }> {
    const token = bearer(c);
    if (!token) return { response: problem(401, 'unauthorized', 'Войдите, чтобы продолжить.') };
    const login = await store.sessionLogin(token);
    const account = login ? await store.account(login) : undefined;
    if (!account) {
      return { response: problem(401, 'session-expired', 'Сеанс завершён. Войдите снова.') };
    }
    return { account };
  }

  // -------------------------------------------------------------- wizards

  async function activation(account: Account) {
    const saved = await store.steps(account.login, 'activation');
    const steps = ACTIVATION_STEPS.map((id) => ({
      id,
      status: saved[id] ? ('done' as const) : ('needed' as const),
    }));
    // Passwords never travel back to the browser.
    const data: Record<string, unknown> = Object.fromEntries(
      Object.entries(saved).filter(([id]) => id !== 'password'),
    );
    // The contacts to confirm are those of the application, until confirmed.
    if (!saved.contacts && account.phone) {
      data.contacts = { email: account.email, phone: account.phone };
    }
    return { steps, next: steps.find((s) => s.status !== 'done')?.id ?? null, data };
  }

  async function setup(account: Account) {
    const saved = await store.steps(account.login, 'setup');
    const steps = SETUP_STEPS.map((id) => ({
      id,
      status: saved[id]
        ? ('done' as const)
        : OPTIONAL_SETUP_STEPS.has(id)
          ? ('optional' as const)
          : ('needed' as const),
    }));
    return {
      steps,
      next: steps.find((s) => s.status === 'needed')?.id ?? null,
      data: { ...(await store.prefill(account.login)), ...saved },
    };
  }

  api.get('/activation', async (c) => {
    const auth = await signedIn(c);
    if ('response' in auth) return auth.response;
    return reply(S.ActivationState, await activation(auth.account));
  });

  api.put('/activation/:step', async (c) => {
    const auth = await signedIn(c);
    if ('response' in auth) return auth.response;
    const { account } = auth;
    const step = c.req.param('step') as ActivationStep;
    if (!ACTIVATION_STEPS.includes(step)) return notFound('Такого шага нет.');

    const parsed = await parseBody(c, ACTIVATION_STEP_BODIES[step]);
    if (!parsed.ok) return parsed.response;
    let data = parsed.data as StepData;
    if (step === 'password') {
      const { currentPassword, newPassword } = parsed.data as z.infer<typeof S.PasswordStep>;
      if (!passwordMatches(currentPassword, account.passwordHash)) {
        return invalid([{ path: ['currentPassword'], message: 'Текущий пароль введён неверно.' }]);
      }
      if (newPassword === currentPassword) {
        return invalid([
          { path: ['newPassword'], message: 'Новый пароль должен отличаться от временного.' },
        ]);
      }
      await store.setPendingPassword(account.login, hashPassword(newPassword));
      data = {};
    }
    await store.saveStep(account.login, 'activation', step, data);
    if (step === 'contacts')
      await store.updateAccount(account.login, { email: String(data.email) });

    const saved = await store.steps(account.login, 'activation');
    const pending = await store.pendingPassword(account.login);
    if (pending && ACTIVATION_STEPS.every((id) => saved[id])) {
      await store.updateAccount(account.login, { passwordHash: pending, temporary: false });
      await store.setPendingPassword(account.login, undefined);
    }
    const updated = (await store.account(account.login)) ?? account;
    return reply(S.ActivationState, await activation(updated));
  });

  api.get('/setup', async (c) => {
    const auth = await signedIn(c);
    if ('response' in auth) return auth.response;
    return reply(S.SetupState, await setup(auth.account));
  });

  api.put('/setup/:step', async (c) => {
    const auth = await signedIn(c);
    if ('response' in auth) return auth.response;
    const step = c.req.param('step') as SetupStep;
    if (!SETUP_STEPS.includes(step)) return notFound('Такого шага нет.');
    const parsed = await parseBody(c, SETUP_STEP_BODIES[step]);
    if (!parsed.ok) return parsed.response;
    await store.saveStep(auth.account.login, 'setup', step, parsed.data as StepData);
    return reply(S.SetupState, await setup(auth.account));
  });

  // -------------------------------------------------------------- coverage

  api.get('/coverage', async (c) => {
    const municipalityId = c.req.query('municipalityId') || null;
    if (municipalityId && !(await store.municipality(municipalityId))) {
      return notFound('Такого муниципального образования нет в справочнике.');
    }
    return reply(S.Coverage, await store.coverage(municipalityId));
  });

  if (demoRoutes) api.route('/_demo', moderation(store));

  api.notFound(() => notFound('Такого адреса в API нет.'));
  api.onError((error) => {
    // A server's log, not a widget's console: the operator needs to see what broke.
    console.error(error);
    return problem(500, 'server-error', 'Что-то пошло не так. Попробуйте ещё раз.');
  });
  app.route(basePath, api);
  return app;
}

/**
 * The demo's moderator and mail server: approve or reject applications and
 * read the letters. A real network has its own back office for this.
 */
function moderation(store: Store): Hono {
  const demo = new Hono();

  /** Why the moderator cannot decide on an application, if they cannot. */
  async function undecided(number: string): Promise<Response | undefined> {
    const stored = await store.application(number);
    if (!stored) return notFound('Такой заявки нет.');
    if (stored.application.status !== 'pending') {
      return problem(409, 'already-decided', 'Решение по этой заявке уже принято.');
    }
    return undefined;
  }

  demo.get('/applications', async (c) =>
    c.json({ items: (await store.applications()).map((stored) => stored.application) }),
  );

  demo.post('/applications/:number/approve', async (c) => {
    const number = c.req.param('number');
    const decided = await undecided(number);
    if (decided) return decided;
    const { input, municipalityId } = (await store.application(number))!;
    const kind = input.kind === 'organization' ? 'oo' : 'mouo';
    const id = `${kind}-new-${number.slice(-6)}`;
    const login = `${kind}${input.inn}`;
    const password = temporaryPassword();
    const { administrator } = input;
    const common = {
      id,
      fullName: input.fullName,
      ...(input.shortName ? { shortName: input.shortName } : {}),
      inn: input.inn,
      profileUrl: `${PROFILE_BASE}${id}`,
    };
    const organization: (Organization & { municipalityId: string }) | undefined =
      input.kind === 'organization'
        ? {
            ...common,
            ogrn: input.ogrn,
            kpp: input.kpp,
            address: input.address,
            settlementId: input.settlementId ?? '',
            municipalityId: municipalityId ?? '',
          }
        : undefined;
    await store.approve({
      number,
      ...(organization
        ? { organization }
        : { authority: { ...common, municipalityId: input.municipalityId ?? '' } }),
      account: {
        login,
        passwordHash: hashPassword(password),
        temporary: true,
        blocked: false,
        expired: false,
        name: [administrator.lastName, administrator.firstName, administrator.middleName]
          .filter(Boolean)
          .join(' '),
        email: administrator.email,
        phone: administrator.phone,
        ...(organization ? { organizationId: id } : { authorityId: id }),
      },
      prefill: {
        profile: {
          fullName: input.fullName,
          shortName: input.shortName ?? '',
          address: input.address,
          postalCode: /\b\d{6}\b/.exec(input.address)?.[0] ?? '',
          email: administrator.email,
          phone: administrator.phone,
          headName: '',
        },
      },
      letter: {
        to: administrator.email,
        subject: `Заявка ${number} одобрена: данные для входа`,
        text:
          `Здравствуйте, ${administrator.firstName}!\n\n` +
          `Заявка ${number} на подключение «${input.fullName}» одобрена.\n` +
          `Логин: ${login}\nВременный пароль: ${password}\n\n` +
          'При первом входе примите условия, смените пароль и подтвердите контакты.',
        login,
        password,
      },
    });
    return c.json({ login, password });
  });

  demo.post('/applications/:number/reject', async (c) => {
    const number = c.req.param('number');
    const decided = await undecided(number);
    if (decided) return decided;
    const body = (await c.req.json().catch(() => undefined)) as { reason?: unknown } | undefined;
    const reason = typeof body?.reason === 'string' ? body.reason.trim() : '';
    if (!reason) return invalid([{ path: ['reason'], message: 'Укажите причину отказа.' }]);
    const { input } = (await store.application(number))!;
    await store.reject(number, reason, {
      to: input.administrator.email,
      subject: `Заявка ${number} отклонена`,
      text:
        `Здравствуйте, ${input.administrator.firstName}!\n\n` +
        `Заявка ${number} на подключение «${input.fullName}» отклонена.\n` +
        `Причина: ${reason}\n\nИсправьте данные и подайте новую заявку.`,
    });
    return c.json((await store.application(number))!.application);
  });

  demo.get('/outbox', async (c) => c.json({ items: await store.outbox() }));

  demo.post('/reset', async (c) => {
    await store.reset();
    return c.body(null, 204);
  });

  return demo;
}
