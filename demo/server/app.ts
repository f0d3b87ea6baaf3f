/**
 * The reference server's HTTP layer on Hono: every route of the contract,
 * the demo's moderation and outbox, problem+json errors, idempotency keys
 * and rate limits. Bodies are checked with the contract's own schemas, and
 * answers pass through them, so the server never answers outside the contract.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import type { z } from 'zod/mini';
import * as C from '../../src/contract/confirmation.js';
import { ACTIVATION_STEP_BODIES, SETUP_STEP_BODIES } from '../../src/contract/routes.js';
import * as S from '../../src/contract/schemas.js';
import type { ApplicationInput, ContactsStep } from '../../src/contract/types.js';
import { maskEmail } from '../../src/domain/mask.js';
import { isValidEmail } from '../../src/domain/validators.js';
import { findDuplicates } from '../../src/duplicates/index.js';
import { CODE_RESEND_SECONDS, codeLetter, newCode } from '../../src/mocks/confirmation.js';
import { coverageRecords, coverageSummary, coverageTimeline } from '../../src/mocks/coverage.js';
import { applicationNumber, byName, canonical, nameMatcher } from '../../src/mocks/lookup.js';
import {
  invalid,
  MINUTE,
  notFound,
  pageOf,
  paging,
  parseBody,
  problem,
  rateLimiter,
  reply,
  slice,
  tooMany,
} from './http.js';
import { moderation } from './moderation.js';
import { hashPassword, passwordMatches } from './passwords.js';
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

type ActivationStep = keyof typeof ACTIVATION_STEP_BODIES;
type SetupStep = keyof typeof SETUP_STEP_BODIES;
const ACTIVATION_STEPS = Object.keys(ACTIVATION_STEP_BODIES) as ActivationStep[];
const SETUP_STEPS = Object.keys(SETUP_STEP_BODIES) as SetupStep[];
const OPTIONAL_SETUP_STEPS = new Set<SetupStep>(['staff']);
/** The letter with the credentials goes again at most once a minute. */
const LETTER_INTERVAL_MS = MINUTE;

/** The wizard version a save's `If-Match` names, if it names one. */
function ifMatch(c: Context): number | undefined {
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(c.req.header('If-Match')?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

/** The 409 for a save whose `If-Match` names an older version of the wizard than it holds. */
const wizardChanged = () =>
  problem(
    409,
    'wizard-changed',
    'Этот шаг уже изменили в другой вкладке или на другом устройстве.',
  );

/** The 409 when `If-Match` names a version other than `version`, else nothing. */
function staleSave(c: Context, version: number): Response | undefined {
  const expected = ifMatch(c);
  return expected === undefined || expected === version ? undefined : wizardChanged();
}

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

  api.post('/applications/:number/letter', async (c) => {
    const parsed = await parseBody(c, S.LetterRequest);
    if (!parsed.ok) return parsed.response;
    const stored = await store.application(applicationNumber(c.req.param('number')));
    const email = parsed.data.email.toLowerCase();
    if (!stored || stored.application.email.toLowerCase() !== email) {
      return notFound('Заявки с таким номером и адресом электронной почты нет.');
    }
    if (stored.application.status !== 'approved') {
      return problem(409, 'not-approved', 'Письмо с данными для входа уходит после одобрения.');
    }

    const outbox = await store.outbox();
    const last = outbox.findLast((letter) => letter.to.toLowerCase() === email);
    const left = last ? LETTER_INTERVAL_MS - (Date.now() - Date.parse(last.sentAt)) : 0;
    if (left > 0) {
      const seconds = Math.ceil(left / 1000);
      return tooMany(
        seconds,
        `Письмо можно отправить снова через ${seconds} с.`,
        'too-many-letters',
      );
    }
    const approval = outbox.findLast((l) => l.to.toLowerCase() === email && l.login);
    if (!approval) return problem(409, 'not-approved', 'Письма с данными для входа ещё не было.');
    const letter = await store.sendLetter({
      ...approval,
      subject: `Повторно: ${approval.subject.replace(/^Повторно: /, '')}`,
    });
    const next = new Date(Date.parse(letter.sentAt) + LETTER_INTERVAL_MS).toISOString();
    return reply(
      S.LetterReceipt,
      { sentTo: maskEmail(letter.to), sentAt: letter.sentAt, nextAllowedAt: next },
      202,
    );
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
        ...(await authorityMunicipality(account)),
      },
      needsActivation: (await activation(account)).next !== null,
      needsSetup: Boolean(account.organizationId) && (await setup(account)).next !== null,
    });
  });

  /** The municipality of an authority's account, whose coverage it follows. */
  async function authorityMunicipality(account: Account) {
    const authority = account.authorityId ? await store.authority(account.authorityId) : undefined;
    return authority ? { municipalityId: authority.municipalityId } : {};
  }

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
    return {
      steps,
      next: steps.find((s) => s.status !== 'done')?.id ?? null,
      data,
      version: await store.version(account.login, 'activation'),
    };
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
      version: await store.version(account.login, 'setup'),
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

    const stale = staleSave(c, await store.version(account.login, 'activation'));
    if (stale) return stale;
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
      data = {};
    }
    if (step === 'contacts') {
      const contacts = parsed.data as ContactsStep;
      const wrong = await wrongCodes(account.login, contacts);
      if (wrong.length > 0) return invalid(wrong);
      // The codes are spent: the contacts are kept without them.
      data = { email: contacts.email, phone: contacts.phone };
    }
    // Checked again as it is saved: a save that arrived in between wins, this one is a 409.
    if (!(await store.saveStep(account.login, 'activation', step, data, ifMatch(c)))) {
      return wizardChanged();
    }
    if (step === 'password') {
      // The new password holds at once: a person who logs in again before the
      // last step types the password they chose, and the temporary one is spent.
      const { newPassword } = parsed.data as z.infer<typeof S.PasswordStep>;
      await store.updateAccount(account.login, {
        passwordHash: hashPassword(newPassword),
        temporary: false,
      });
    }
    if (step === 'contacts') {
      await store.clearCodes(account.login);
      await store.updateAccount(account.login, { email: String(data.email) });
    }

    const updated = (await store.account(account.login)) ?? account;
    return reply(S.ActivationState, await activation(updated));
  });

  /** Field errors for codes that were not the last ones sent to these contacts. */
  async function wrongCodes(login: string, contacts: ContactsStep) {
    const message = 'Код не подходит. Проверьте его или отправьте новый.';
    const matches = async (channel: C.ContactChannel, address: string, code: string) => {
      const sent = await store.sentCode(login, channel);
      return Boolean(sent && sent.address === address && sent.code === code);
    };
    return [
      (await matches('email', contacts.email, contacts.emailCode))
        ? null
        : { path: ['emailCode'], message },
      (await matches('phone', contacts.phone, contacts.phoneCode))
        ? null
        : { path: ['phoneCode'], message },
    ].filter((error) => error !== null);
  }

  api.post('/activation/contacts/codes', async (c) => {
    const auth = await signedIn(c);
    if ('response' in auth) return auth.response;
    const { account } = auth;
    const parsed = await parseBody(c, C.ContactCodeRequest);
    if (!parsed.ok) return parsed.response;
    const { channel, address } = parsed.data;
    const valid = channel === 'email' ? isValidEmail(address) : /^\+7\d{10}$/.test(address);
    if (!valid) return invalid([{ path: ['address'], message: 'Неверный адрес.' }]);

    const now = Date.now();
    const last = await store.sentCode(account.login, channel);
    const wait = last ? Math.ceil((last.sentAt + CODE_RESEND_SECONDS * 1000 - now) / 1000) : 0;
    if (wait > 0) return tooMany(wait, `Новый код можно получить через ${wait} с.`);

    // A test account's codes are its fixed one, so that a run that cannot read letters passes.
    const code = account.testCode ?? newCode();
    await store.sendCode(
      account.login,
      channel,
      { address, code, sentAt: now },
      codeLetter(channel, address, code),
    );
    return reply(
      C.ContactCodeSent,
      { channel, sentTo: address, resendAfter: CODE_RESEND_SECONDS },
      202,
    );
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
    const stale = staleSave(c, await store.version(auth.account.login, 'setup'));
    if (stale) return stale;
    const parsed = await parseBody(c, SETUP_STEP_BODIES[step]);
    if (!parsed.ok) return parsed.response;
    const data = parsed.data as StepData;
    if (!(await store.saveStep(auth.account.login, 'setup', step, data, ifMatch(c)))) {
      return wizardChanged();
    }
    return reply(S.SetupState, await setup(auth.account));
  });

  // -------------------------------------------------------------- coverage

  /** The municipality of a coverage request (`null` for the region), or the 404 to answer. */
  async function coverageScope(
    c: Context,
  ): Promise<{ municipalityId: string | null } | { response: Response }> {
    const municipalityId = c.req.query('municipalityId') || null;
    if (municipalityId && !(await store.municipality(municipalityId))) {
      return { response: notFound('Такого муниципального образования нет в справочнике.') };
    }
    return { municipalityId };
  }

  api.get('/coverage', async (c) => {
    const scope = await coverageScope(c);
    if ('response' in scope) return scope.response;
    return reply(
      S.CoverageSummary,
      coverageSummary(await store.coverageData(), scope.municipalityId),
    );
  });

  api.get('/coverage/timeline', async (c) => {
    const scope = await coverageScope(c);
    if ('response' in scope) return scope.response;
    return reply(
      S.CoverageTimeline,
      coverageTimeline(await store.coverageData(), scope.municipalityId),
    );
  });

  api.get('/coverage/organizations', async (c) => {
    const scope = await coverageScope(c);
    if ('response' in scope) return scope.response;
    const paged = paging(c);
    if (!paged.ok) return paged.response;
    const statuses = (c.req.query('status') ?? '').split(',').filter(Boolean);
    if (statuses.some((status) => !S.CoverageStatus.safeParse(status).success)) {
      return invalid([{ path: ['status'], message: 'Неизвестный статус.' }]);
    }
    const query = c.req.query('query') ?? '';
    const matches = nameMatcher(query);
    const digits = /^[\d\s-]+$/.test(query) ? query.replace(/\D/g, '') : '';
    const found = coverageRecords(await store.coverageData(), scope.municipalityId)
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
    return reply(S.CoverageOrganizationPage, slice(found, paged));
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
