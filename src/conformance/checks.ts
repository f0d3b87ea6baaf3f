/**
 * The checks of the conformance run, in order: each drives a part of the
 * contract and records what the backend answered wrong.
 */
import type { z } from 'zod/mini';
import { SETUP_STEP_BODIES } from '../contract/routes.js';
import type * as S from '../contract/schemas.js';
import type { Answer, Check } from './check.js';
import type { Fixtures } from './fixtures.js';
import { SETUP_SAMPLES, sampleApplication } from './samples.js';

/** What the checks share as they run: the fixtures, a seed for fresh data, what they found. */
export interface Context {
  fixtures: Fixtures;
  seed: number;
  /** A registered organization of the fixture settlement, once found. */
  registered?: z.infer<typeof S.Organization>;
}

type CheckBody = (check: Check, context: Context) => Promise<void>;

/** Holds a 429 to having a Retry-After of seconds or a date. */
function retryAfter(t: Check, answer: Answer, what: string): void {
  const value = answer.headers.get('Retry-After') ?? '';
  t.expect(
    /^\d+$/.test(value) || !Number.isNaN(Date.parse(value)),
    `${what}: 429 without a Retry-After of seconds or a date (got "${value}")`,
  );
}

/** The `version` of a wizard state; a fault when the state has none. */
function versionOf(t: Check, answer: Answer, what: string): number | undefined {
  const { version } = answer.body as { version?: unknown };
  t.expect(typeof version === 'number', `${what}: the wizard state carries no version`);
  return typeof version === 'number' ? version : undefined;
}

/** A save with an `If-Match` older than the wizard's version must be a 409 `wizard-changed`. */
async function staleSaveRefused(
  t: Check,
  id: string,
  token: string,
  body: unknown,
  version: number | undefined,
): Promise<void> {
  if (version === undefined || version < 1) return;
  const stale = await t.call(id, { token, body, headers: { 'If-Match': `"${version - 1}"` } });
  t.expect(
    stale.status === 409 && (stale.body as { code?: string }).code === 'wizard-changed',
    `${id} with a stale If-Match: expected 409 wizard-changed, got ${stale.status}`,
  );
}

/** The four counts of a coverage area add up to the known organizations. */
function sumsUp(area: Omit<z.infer<typeof S.CoverageArea>, 'id' | 'name'>): boolean {
  return area.known === area.connected + area.pending + area.rejected + area.notConnected;
}

const names = (body: unknown) =>
  ((body as { items?: { name?: string }[] })?.items ?? []).map((item) => item.name);

/** Every check, by its name, in the order they run. */
export const CHECKS: [string, CheckBody][] = [
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
      retryAfter(t, answer, 'eight failed logins in a row');
    },
  ],
  [
    'login, every activation step with the codes, every setup step, a stale save, logout',
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
      const termsBody = { acceptTerms: true, acceptPersonalData: true };
      await staleSaveRefused(
        t,
        'activation.terms',
        token,
        termsBody,
        versionOf(t, terms, 'PUT /activation/terms'),
      );

      const contacts = { email: 'school@example.ru', phone: '+79280000000' };
      for (const [channel, address] of [
        ['email', contacts.email],
        ['phone', contacts.phone],
      ] as const) {
        const what = `POST /activation/contacts/codes to the ${channel}`;
        // A 429 here is a code sent within the minute by an earlier run: it still holds.
        t.status(
          await t.call('sendContactCode', { token, body: { channel, address } }),
          [202, 429],
          what,
        );
        const again = await t.call('sendContactCode', { token, body: { channel, address } });
        if (
          t.expect(again.status === 429, `${what} again at once: expected 429, got ${again.status}`)
        ) {
          retryAfter(t, again, `${what} again at once`);
        }
      }
      t.names(
        await t.call('sendContactCode', { token, body: { channel: 'phone', address: '12345' } }),
        'address',
        'a code to a phone that is no phone',
      );
      t.require(
        account.contactCode,
        'the fixtures name no contactCode of the account: the contacts step cannot be confirmed',
      );
      const wrongCode = account.contactCode === '000000' ? '111111' : '000000';
      t.names(
        await t.call('activation.contacts', {
          token,
          body: { ...contacts, emailCode: wrongCode, phoneCode: account.contactCode },
        }),
        'emailCode',
        'the contacts with a wrong e-mail code',
      );
      const confirmed = await t.call('activation.contacts', {
        token,
        body: { ...contacts, emailCode: account.contactCode, phoneCode: account.contactCode },
      });
      t.status(confirmed, 200, 'PUT /activation/contacts with the codes sent');
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

      const setup = await t.call('getSetup', { token });
      t.status(setup, 200, 'GET /setup');
      let version = versionOf(t, setup, 'GET /setup');
      for (const step of Object.keys(SETUP_STEP_BODIES)) {
        const sample = SETUP_SAMPLES[step];
        if (sample === undefined) continue;
        const saved = await t.call(`setup.${step}`, {
          token,
          body: sample,
          headers: version === undefined ? {} : { 'If-Match': `"${version}"` },
        });
        if (saved.status !== 200) {
          t.fault(`PUT /setup/${step}: expected 200, got ${saved.status}`);
          continue;
        }
        const steps = (saved.body as z.infer<typeof S.SetupState>).steps ?? [];
        t.expect(
          steps.find((s) => s.id === step)?.status === 'done',
          `PUT /setup/${step}: the step is not done after saving it`,
        );
        const next = versionOf(t, saved, `PUT /setup/${step}`);
        t.expect(
          version === undefined || next === undefined || next > version,
          `PUT /setup/${step}: the version did not grow (${version} → ${next})`,
        );
        version = next;
      }
      await staleSaveRefused(t, 'setup.profile', token, SETUP_SAMPLES.profile, version);
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
    'the letter of an approved application goes again, but not twice a minute',
    async (t: Check, { fixtures: { approvedApplication } }) => {
      t.require(approvedApplication, 'the fixtures name no approvedApplication');
      const { number, email } = approvedApplication;
      t.status(
        await t.call('resendLetter', {
          params: { number },
          body: { email: 'someone-else@example.ru' },
        }),
        404,
        'the letter asked for with a wrong e-mail',
      );
      // A 429 here is a letter sent within the minute (by an earlier run, say).
      const first = await t.call('resendLetter', { params: { number }, body: { email } });
      t.status(first, [202, 429], 'POST /applications/{number}/letter');
      if (first.status === 202) {
        const sentTo = (first.body as { sentTo?: string }).sentTo;
        t.expect(sentTo !== email, `the receipt spells out the whole address ${email}`);
      }
      const again = await t.call('resendLetter', { params: { number }, body: { email } });
      t.status(again, 429, 'the letter asked for again within the minute');
      retryAfter(t, again, 'the letter asked for again within the minute');
    },
  ],
  [
    'coverage of the region and of a municipality: counts, breakdown, time line, list',
    async (t: Check, { fixtures: { municipality } }) => {
      const region = await t.call('getCoverage');
      t.status(region, 200, 'GET /coverage');
      const counts = region.body as z.infer<typeof S.CoverageSummary>;
      t.expect(counts.municipalityId === null, 'the coverage of the region names a municipality');
      t.expect(sumsUp(counts), 'the region: known ≠ connected + pending + rejected + notConnected');
      const area = (counts.areas ?? []).find((a) => !sumsUp(a));
      t.expect(!area, `the area ${area?.id} does not add up to its known organizations`);

      const query = { municipalityId: municipality.id };
      const one = await t.call('getCoverage', { query });
      t.status(one, 200, 'GET /coverage?municipalityId');
      const own = one.body as z.infer<typeof S.CoverageSummary>;
      t.expect(own.municipalityId === municipality.id, 'the coverage is of another municipality');
      t.expect(sumsUp(own), 'the municipality: the counts do not add up to known');
      t.expect(
        own.known <= counts.known,
        'a municipality knows more organizations than the region',
      );
      t.status(
        await t.call('getCoverage', { query: { municipalityId: 'no-such-municipality' } }),
        404,
        'coverage of an unknown municipality',
      );

      const timeline = await t.call('getCoverageTimeline', { query });
      t.status(timeline, 200, 'GET /coverage/timeline?municipalityId');
      const weeks = (timeline.body as z.infer<typeof S.CoverageTimeline>).weeks ?? [];
      t.expect(
        weeks.every(
          (w, i) =>
            i === 0 ||
            (w.week > weeks[i - 1]!.week && w.total === weeks[i - 1]!.total + w.connected),
        ),
        "the time line is not oldest first, or a week's total is not the last total and its connections",
      );
      t.expect(
        (weeks.at(-1)?.total ?? 0) === own.connected,
        `the time line ends at ${weeks.at(-1)?.total ?? 0} connected, the numbers say ${own.connected}`,
      );
      t.status(
        await t.call('getCoverageTimeline', { query: { municipalityId: 'no-such-municipality' } }),
        404,
        'the time line of an unknown municipality',
      );

      const list = await t.call('listCoverageOrganizations', {
        query: { ...query, status: 'connected', limit: 2 },
      });
      t.status(list, 200, 'GET /coverage/organizations?status=connected');
      const page = list.body as z.infer<typeof S.CoverageOrganizationPage>;
      t.expect(
        page.items.every((o) => o.status === 'connected'),
        'status=connected lists an organization that is not connected',
      );
      t.expect(
        page.total === undefined || page.total === own.connected,
        `status=connected lists ${page.total} in all, the numbers say ${own.connected} connected`,
      );
      if (page.nextCursor !== null) {
        const next = await t.call('listCoverageOrganizations', {
          query: { ...query, status: 'connected', limit: 2, cursor: page.nextCursor },
        });
        t.status(next, 200, 'GET /coverage/organizations with a cursor');
        const ids = (next.body as z.infer<typeof S.CoverageOrganizationPage>).items.map(
          (o) => o.id,
        );
        t.expect(!ids.includes(page.items[0]!.id), 'the next page of the list repeats the first');
      }
      t.names(
        await t.call('listCoverageOrganizations', { query: { status: 'lost' } }),
        'status',
        'the list with an unknown status',
      );
      t.status(
        await t.call('listCoverageOrganizations', {
          query: { municipalityId: 'no-such-municipality' },
        }),
        404,
        'the list of an unknown municipality',
      );
    },
  ],
];
