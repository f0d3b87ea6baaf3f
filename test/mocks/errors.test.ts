import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createClient } from '../../src/client/client.js';
import type { ApplicationInput } from '../../src/contract/types.js';
import { BLOCKED_ACCOUNT, DEMO_ACCOUNT, EXPIRED_ACCOUNT } from '../../src/mocks/db.js';
import { HOSTILE_TEXT, scenarioHandlers } from '../../src/mocks/scenarios.js';
import { failure } from '../support/failure.js';
import { mock } from '../support/mock.js';

const AKHTY = '0500500000100';
const api = () => createClient({ baseUrl: '/api' });

function application(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    kind: 'organization',
    settlementId: AKHTY,
    fullName: 'МКОУ "Ахтынская вечерняя школа"',
    inn: '0504000017',
    ogrn: '1020504000010',
    kpp: '050401001',
    address: 'с. Ахты, ул. Ленина, д. 1',
    administrator: {
      lastName: 'Алиева',
      firstName: 'Зарема',
      position: 'Секретарь',
      email: 'zarema@ahty.ru',
      phone: '+79280000000',
    },
    ...overrides,
  };
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('the mock backend’s problems', () => {
  before(() => mock.start());
  afterEach(() => mock.reset());

  it('answers 409 with the existing organization when its INN is registered', async () => {
    const [registered] = mock.db.organizationsOf(AKHTY);
    const error = await failure(
      api().createApplication(application({ inn: registered!.inn!, ogrn: '1020504000010' }), 'k1'),
    );
    expect(error.status).to.equal(409);
    expect(error.code).to.equal('duplicate');
    expect(error.existing!.id).to.equal(registered!.id);
    expect(error.existing).not.to.have.property('connected');
  });

  it('answers 409 for a registered OGRN as well', async () => {
    const [registered] = mock.db.organizationsOf(AKHTY);
    const error = await failure(
      api().createApplication(application({ ogrn: registered!.ogrn! }), 'k2'),
    );
    expect(error.existing!.ogrn).to.equal(registered!.ogrn);
  });

  it('answers 422 problem+json naming each wrong field, in Russian', async () => {
    const response = await post('/applications', {
      ...application(),
      inn: '0504000018',
      administrator: { ...application().administrator, email: 'zarema@', phone: '8928' },
    });
    expect(response.status).to.equal(422);
    expect(response.headers.get('Content-Type')).to.include('application/problem+json');

    const body = await response.json();
    expect(body).to.include({ status: 422, code: 'validation' });
    expect(body.type).to.be.a('string');
    expect(body.title).to.be.a('string');
    expect(body.detail).to.match(/[а-я]/);
    const paths = body.errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).to.have.members(['inn', 'administrator.email', 'administrator.phone']);
    const inn = body.errors.find((e: { path: string[] }) => e.path[0] === 'inn');
    expect(inn.message).to.include('ИНН');
  });

  it('gives the client field errors it can show at the fields', async () => {
    const error = await failure(
      api().createApplication(application({ fullName: '   ', settlementId: 'nowhere' }), 'k3'),
    );
    expect(error.status).to.equal(422);
    expect(error.fieldErrors.map((e) => e.path.join('.'))).to.deep.equal(['fullName']);
  });

  it('refuses an application for an unknown settlement', async () => {
    const error = await failure(api().createApplication(application({ settlementId: 'x' }), 'k4'));
    expect(error.fieldErrors[0]!.path).to.deep.equal(['settlementId']);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await fetch('/api/duplicates', { method: 'POST', body: '{oops' });
    expect(response.status).to.equal(400);
  });

  it('answers 401 invalid-credentials to a wrong password', async () => {
    const error = await failure(api().login({ login: DEMO_ACCOUNT.login, password: 'wrong' }));
    expect(error.status).to.equal(401);
    expect(error.code).to.equal('invalid-credentials');
    expect(error.problem!.detail).to.match(/[а-я]/);
  });

  it('answers 401 session-expired once the server forgets the session', async () => {
    const client = api();
    await client.login(DEMO_ACCOUNT);
    mock.db.reset();
    const error = await failure(client.getActivation());
    expect(error.status).to.equal(401);
    expect(error.code).to.equal('session-expired');
  });

  it('answers 401 to a wizard request without a session', async () => {
    expect((await failure(api().getSetup())).status).to.equal(401);
  });

  it('answers 429 with Retry-After after five failed logins in a minute', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const error = await failure(api().login({ login: DEMO_ACCOUNT.login, password: 'nope' }));
      expect(error.status).to.equal(401);
    }
    const error = await failure(api().login(DEMO_ACCOUNT));
    expect(error.status).to.equal(429);
    expect(error.code).to.equal('too-many-attempts');
    expect(error.retryAfter).to.be.within(1, 60);
  });

  it('answers 403 to a blocked account and to an expired temporary password', async () => {
    const blocked = await failure(api().login(BLOCKED_ACCOUNT));
    expect([blocked.status, blocked.code]).to.deep.equal([403, 'account-blocked']);
    const expired = await failure(api().login(EXPIRED_ACCOUNT));
    expect([expired.status, expired.code]).to.deep.equal([403, 'password-expired']);
  });

  it('refuses a wrong current password and a new one equal to the old', async () => {
    const client = api();
    await client.login(DEMO_ACCOUNT);

    const wrong = await failure(
      client.saveActivationStep('password', { currentPassword: 'x', newPassword: 'Novyi-2026!' }),
    );
    expect(wrong.status).to.equal(422);
    expect(wrong.fieldErrors[0]!.path).to.deep.equal(['currentPassword']);

    const same = await failure(
      client.saveActivationStep('password', {
        currentPassword: DEMO_ACCOUNT.password,
        newPassword: DEMO_ACCOUNT.password,
      }),
    );
    expect(same.fieldErrors[0]!.path).to.deep.equal(['newPassword']);

    const short = await failure(
      client.saveActivationStep('password', {
        currentPassword: DEMO_ACCOUNT.password,
        newPassword: 'abc',
      }),
    );
    expect(short.fieldErrors[0]!.path).to.deep.equal(['newPassword']);
  });

  it('answers 404 to an unknown wizard step', async () => {
    const client = api();
    const session = await client.login(DEMO_ACCOUNT);
    const response = await fetch('/api/setup/holidays', {
      method: 'PUT',
      headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).to.equal(404);
  });

  it('lets a test make its own failure', async () => {
    mock.worker.use(http.get('/api/settlements', () => HttpResponse.error()));
    expect((await failure(api().searchSettlements({ query: 'Ахты' }))).kind).to.equal('network');
    mock.reset();
    expect((await api().searchSettlements({ query: 'Ахты' })).items).to.have.length.above(0);
  });

  describe('scenarios', () => {
    it('failing: every request answers 500', async () => {
      mock.worker.use(...scenarioHandlers.failing('/api'));
      const error = await failure(api().searchSettlements({ query: 'Ахты' }));
      expect([error.kind, error.status]).to.deep.equal(['http', 500]);
      expect((await failure(api().login(DEMO_ACCOUNT))).status).to.equal(500);
    });

    it('malformed: answers break the contract, hostile text included', async () => {
      mock.worker.use(...scenarioHandlers.malformed('/api'));
      expect((await failure(api().searchSettlements({ query: 'Ахты' }))).kind).to.equal('contract');
      expect((await failure(api().login(DEMO_ACCOUNT))).kind).to.equal('contract');
      const raw = await (await fetch('/api/settlements')).text();
      expect(raw).to.include(HOSTILE_TEXT);
    });

    it('empty: lists find nothing, other requests still work', async () => {
      mock.worker.use(...scenarioHandlers.empty('/api'));
      expect((await api().searchSettlements({ query: 'Ахты' })).items).to.deep.equal([]);
      expect((await api().listOrganizations(AKHTY)).items).to.deep.equal([]);
      expect((await api().checkDuplicates({ name: 'СОШ' })).matches).to.deep.equal([]);
      expect((await api().login(DEMO_ACCOUNT)).needsActivation).to.equal(true);
    });

    it('hostile: names that are markup, in the contract’s shape', async () => {
      mock.worker.use(...scenarioHandlers.hostile('/api'));
      const [settlement] = (await api().searchSettlements({ query: 'x' })).items;
      expect(settlement!.name).to.equal(HOSTILE_TEXT);
      const [school] = (await api().listOrganizations('any')).items;
      expect(school!.shortName).to.equal(HOSTILE_TEXT);
      const { matches } = await api().checkDuplicates({ name: 'x' });
      expect(matches[0]!.organization.fullName).to.include(HOSTILE_TEXT);
      expect((await api().listAuthorities('any')).items).to.have.length(1);
    });

    it('slow: answers after the delay, with the ordinary data', async () => {
      mock.worker.use(...scenarioHandlers.slow('/api', 50));
      expect((await api().getSettlement(AKHTY)).name).to.equal('Ахты');
    });

    it('slow without end: the client gives up with a timeout', async () => {
      mock.worker.use(...scenarioHandlers.slow('/api', Infinity));
      const client = createClient({ baseUrl: '/api', timeoutMs: 100 });
      expect((await failure(client.getSettlement(AKHTY))).kind).to.equal('timeout');
    });
  });
});
