import { expect } from '@open-wc/testing';
import { createClient, type EduClient } from '../../src/client/client.js';
import type { ApplicationInput } from '../../src/contract/types.js';
import {
  ACTIVATED_ACCOUNT,
  DEMO_ACCOUNT,
  PENDING_APPLICATION,
  REJECTED_APPLICATION,
} from '../../src/mocks/db.js';
import { mock } from '../support/mock.js';
import { failure } from '../support/failure.js';

/** Asks for both codes and reads them from the demo outbox, as the person reads their mail. */
async function confirmContacts(client: EduClient, email: string, phone: string) {
  await client.sendContactCode({ channel: 'email', address: email });
  await client.sendContactCode({ channel: 'phone', address: phone });
  const codes = mock.db.outbox.slice(-2).map((letter) => letter.code ?? '');
  return { email, phone, emailCode: codes[0]!, phoneCode: codes[1]! };
}

const AKHTY = '0500500000100';
const AKHTY_DISTRICT = '0500500000000';

const application = (overrides: Partial<ApplicationInput> = {}): ApplicationInput => ({
  kind: 'organization',
  settlementId: AKHTY,
  fullName: 'Муниципальное казённое общеобразовательное учреждение "Ахтынская вечерняя школа"',
  inn: '0504000017',
  ogrn: '1020504000010',
  kpp: '050401001',
  address: '368730, Республика Дагестан, Ахтынский район, с. Ахты, ул. Ленина, д. 1',
  administrator: {
    lastName: 'Алиева',
    firstName: 'Зарема',
    position: 'Секретарь',
    email: 'zarema@ahty.ru',
    phone: '+79280000000',
  },
  ...overrides,
});

describe('the client against the mock backend', () => {
  const api = () => createClient({ baseUrl: '/api', region: '05' });

  before(() => mock.start());
  afterEach(() => mock.reset());

  describe('places', () => {
    it('finds settlements and pages through them', async () => {
      const first = await api().searchSettlements({ query: 'Советское', limit: 2 });
      expect(first.total).to.equal(3);
      expect(first.items.map((s) => s.name)).to.deep.equal(['Советское', 'Советское']);
      expect(first.nextCursor).to.equal('2');

      const rest = await api().searchSettlements({
        query: 'Советское',
        limit: 2,
        cursor: first.nextCursor!,
      });
      expect(rest.items).to.have.length(1);
      expect(rest.nextCursor).to.equal(null);

      const districts = [...first.items, ...rest.items].map((s) => s.municipality.name);
      expect(new Set(districts).size).to.equal(3);
    });

    it('lists 20 settlements without a query and never more than 100', async () => {
      expect((await api().searchSettlements({})).items).to.have.length(20);
      const page = await api().searchSettlements({ limit: 500 });
      expect(page.items).to.have.length(100);
      expect(page.total).to.equal(1645);
    });

    it('finds nothing in another region', async () => {
      const other = createClient({ baseUrl: '/api', region: '77' });
      expect((await other.searchSettlements({ query: 'Ахты' })).items).to.deep.equal([]);
    });

    it('reads one settlement, and answers 404 for an unknown one', async () => {
      const akhty = await api().getSettlement(AKHTY);
      expect(akhty.name).to.equal('Ахты');
      expect(akhty.municipality).to.deep.equal({ id: AKHTY_DISTRICT, name: 'Ахтынский район' });

      const error = await failure(api().getSettlement('0599999999999'));
      expect(error.status).to.equal(404);
      expect(error.code).to.equal('not-found');
    });

    it('finds municipalities, districts and city districts', async () => {
      const districts = await api().searchMunicipalities({ query: 'Ахтынский' });
      expect(districts.items[0]).to.deep.equal({
        id: AKHTY_DISTRICT,
        name: 'Ахтынский район',
        kind: 'district',
      });
      const cities = await api().searchMunicipalities({ query: 'Махачкала' });
      expect(cities.items[0]!.kind).to.equal('city');
    });
  });

  describe('the registry', () => {
    it('lists the schools of a settlement, filtered by a normalized name', async () => {
      const all = await api().listOrganizations(AKHTY);
      expect(all.items.length).to.be.greaterThan(1);
      expect(all.items.every((o) => o.settlementId === AKHTY && o.generated)).to.equal(true);

      const second = await api().listOrganizations(AKHTY, { query: 'сош №2' });
      expect(second.items.map((o) => o.shortName)).to.deep.equal(['МКОУ "Ахтынская СОШ № 2"']);

      const byFullName = await api().listOrganizations(AKHTY, { query: 'средняя ахтынская' });
      expect(byFullName.items.length).to.be.greaterThan(1);

      const nothing = await api().listOrganizations(AKHTY, { query: 'лицей' });
      expect(nothing).to.deep.equal({ items: [], nextCursor: null, total: 0 });
    });

    it('finds an approved school without a short name by its kind', async () => {
      const fullName =
        'Муниципальное казённое общеобразовательное учреждение ' +
        '"Средняя общеобразовательная школа № 9 с. Ахты"';
      const { number } = mock.db.createApplication({
        kind: 'organization',
        settlementId: AKHTY,
        fullName,
        inn: '0504000017',
        ogrn: '1020504000010',
        kpp: '050401001',
        address: 'с. Ахты',
        administrator: application().administrator,
      });
      mock.db.approveApplication(number);
      const found = await api().listOrganizations(AKHTY, { query: 'СОШ 9' });
      expect(found.items.map((o) => o.fullName)).to.deep.equal([fullName]);
    });

    it('answers 404 for the schools of an unknown settlement', async () => {
      const error = await failure(api().listOrganizations('nowhere'));
      expect(error.status).to.equal(404);
    });

    it('reads one organization with valid registry numbers', async () => {
      const [school] = (await api().listOrganizations(AKHTY)).items;
      const organization = await api().getOrganization(school!.id);
      expect(organization).to.deep.equal(school);
      expect(organization.inn).to.match(/^05\d{8}$/);
      expect(organization).not.to.have.property('connected');
    });

    it('lists the authority of a municipality, or none', async () => {
      const authorities = await api().listAuthorities(AKHTY_DISTRICT);
      expect(authorities.items.map((a) => a.fullName)).to.deep.equal([
        'Управление образования администрации МР "Ахтынский район"',
      ]);

      const without = mock.db.municipalities.find((m) => mock.db.authoritiesOf(m.id).length === 0)!;
      expect((await api().listAuthorities(without.id)).items).to.deep.equal([]);
    });

    it('checks duplicates by INN and by name in the same settlement', async () => {
      const [school] = mock.db.organizationsOf(AKHTY);
      const byInn = await api().checkDuplicates({ inn: school!.inn });
      expect(byInn.matches[0]!.organization.id).to.equal(school!.id);
      expect(byInn.matches[0]!.reasons).to.include('same-inn');

      const byName = await api().checkDuplicates({
        name: 'МКОУ СОШ №2 с. Ахты',
        settlementId: AKHTY,
      });
      expect(byName.matches[0]!.organization.shortName).to.equal('МКОУ "Ахтынская СОШ № 2"');
    });
  });

  describe('applications and reports', () => {
    it('creates an application once per idempotency key', async () => {
      const sent = await api().createApplication(application(), 'key-1');
      expect(sent.number).to.match(/^ОО-\d{4}-\d{6}$/);
      expect(sent.status).to.equal('pending');

      const again = await api().createApplication(application(), 'key-1');
      expect(again.number).to.equal(sent.number);
      const stored = mock.db.applications.filter((a) => a.application.number === sent.number);
      expect(stored).to.have.length(1);

      const other = await api().createApplication(application(), 'key-2');
      expect(other.number).not.to.equal(sent.number);
    });

    it('numbers an authority application with МОУО', async () => {
      const sent = await api().createApplication(
        application({ kind: 'authority', settlementId: undefined, municipalityId: AKHTY_DISTRICT }),
        'key-mouo',
      );
      expect(sent.number).to.match(/^МОУО-\d{4}-\d{6}$/);
    });

    it('tells the status by number and e-mail, and nothing for a wrong e-mail', async () => {
      const pending = await api().getApplication(PENDING_APPLICATION);
      expect(pending.status).to.equal('pending');

      const rejected = await api().getApplication({
        number: REJECTED_APPLICATION.number,
        email: REJECTED_APPLICATION.email.toUpperCase(),
      });
      expect(rejected.status).to.equal('rejected');
      expect(rejected.reason).to.equal(REJECTED_APPLICATION.reason);

      const typed = await api().getApplication({
        number: ` oo-${PENDING_APPLICATION.number.slice(3)} `,
        email: PENDING_APPLICATION.email,
      });
      expect(typed.number).to.equal(PENDING_APPLICATION.number);

      const error = await failure(
        api().getApplication({ number: PENDING_APPLICATION.number, email: 'someone@else.ru' }),
      );
      expect(error.status).to.equal(404);
    });

    it('receives a profile report', async () => {
      const [school] = mock.db.organizationsOf(AKHTY);
      const receipt = await api().reportProfile({
        organizationId: school!.id,
        reasons: ['strangers-in-staff'],
        comment: 'В профиле указаны люди, которые у нас не работают.',
        contactEmail: 'direktor@школа.рф',
      });
      expect(receipt.id).to.be.a('string');
      expect(mock.db.state.reports).to.have.length(1);
    });

    it('approves an application: the letter carries credentials that work', async () => {
      const sent = await api().createApplication(application(), 'key-approve');
      const response = await fetch(
        `/api/_demo/applications/${encodeURIComponent(sent.number)}/approve`,
        { method: 'POST' },
      );
      const credentials = (await response.json()) as { login: string; password: string };

      const outbox = (await (await fetch('/api/_demo/outbox')).json()) as {
        items: { to: string; login?: string; password?: string }[];
      };
      expect(outbox.items.at(-1)).to.include({ to: 'zarema@ahty.ru', ...credentials });

      const status = await api().getApplication({ number: sent.number, email: 'zarema@ahty.ru' });
      expect(status.status).to.equal('approved');

      const client = api();
      const session = await client.login(credentials);
      expect(session.needsActivation).to.equal(true);
      const setup = await client.getSetup();
      expect(setup.data.profile).to.include({
        fullName: application().fullName,
        postalCode: '368730',
      });
    });

    it('takes an application into review; approval and rejection still follow', async () => {
      const number = encodeURIComponent(PENDING_APPLICATION.number);
      const taken = await fetch(`/api/_demo/applications/${number}/review`, { method: 'POST' });
      expect(taken.status).to.equal(200);
      const status = await api().getApplication(PENDING_APPLICATION);
      expect(status.status).to.equal('review');
      expect(status.updatedAt > status.submittedAt).to.equal(true);

      const twice = await fetch(`/api/_demo/applications/${number}/review`, { method: 'POST' });
      expect(((await twice.json()) as { status: string }).status).to.equal('review');

      await fetch(`/api/_demo/applications/${number}/reject`, {
        method: 'POST',
        body: JSON.stringify({ reason: 'Неверный КПП' }),
      });
      expect(await api().getApplication(PENDING_APPLICATION)).to.include({
        status: 'rejected',
        reason: 'Неверный КПП',
      });
      const late = await fetch(`/api/_demo/applications/${number}/review`, { method: 'POST' });
      expect(late.status).to.equal(409);
    });

    it('approves an application in review', async () => {
      const sent = await api().createApplication(application(), 'key-review-approve');
      mock.db.reviewApplication(sent.number);
      const number = encodeURIComponent(sent.number);
      const approved = await fetch(`/api/_demo/applications/${number}/approve`, { method: 'POST' });
      expect(approved.status).to.equal(200);
      const status = await api().getApplication({ number: sent.number, email: 'zarema@ahty.ru' });
      expect(status.status).to.equal('approved');
    });

    it('rejects an application with a reason the status shows', async () => {
      const number = encodeURIComponent(PENDING_APPLICATION.number);
      await fetch(`/api/_demo/applications/${number}/reject`, {
        method: 'POST',
        body: JSON.stringify({ reason: 'Неверный ОГРН' }),
      });
      const status = await api().getApplication(PENDING_APPLICATION);
      expect(status).to.include({ status: 'rejected', reason: 'Неверный ОГРН' });
      expect(mock.db.outbox.at(-1)!.subject).to.include('отклонена');

      const again = await fetch(`/api/_demo/applications/${number}/approve`, { method: 'POST' });
      expect(again.status).to.equal(409);
    });
  });

  describe('session and wizards', () => {
    it('walks the activation wizard; then the new password is the one', async () => {
      const client = api();
      const session = await client.login(DEMO_ACCOUNT);
      expect(session).to.include({ needsActivation: true, needsSetup: true });
      expect(session.user.login).to.equal(DEMO_ACCOUNT.login);
      expect(client.loggedIn).to.equal(true);

      let state = await client.getActivation();
      expect(state.steps.map((s) => [s.id, s.status])).to.deep.equal([
        ['terms', 'needed'],
        ['password', 'needed'],
        ['contacts', 'needed'],
      ]);
      expect(state.next).to.equal('terms');

      state = await client.saveActivationStep('terms', {
        acceptTerms: true,
        acceptPersonalData: true,
      });
      expect(state.next).to.equal('password');
      state = await client.saveActivationStep('password', {
        currentPassword: DEMO_ACCOUNT.password,
        newPassword: 'Novyi-parol-2026',
      });
      expect(state.next).to.equal('contacts');
      expect(state.data).not.to.have.property('password');
      const codes = await confirmContacts(client, 'sekretar@ахты.рф', '+79281112233');
      const otherCode = codes.phoneCode === '000000' ? '111111' : '000000';
      const wrong = await failure(
        client.saveActivationStep('contacts', { ...codes, phoneCode: otherCode }),
      );
      expect(wrong.fieldErrors.map((error) => error.path.join('.'))).to.deep.equal(['phoneCode']);
      state = await client.saveActivationStep('contacts', codes);
      expect(state.next).to.equal(null);
      expect(state.data.contacts).to.deep.equal({
        email: 'sekretar@ахты.рф',
        phone: '+79281112233',
      });
      await client.logout();
      expect(client.loggedIn).to.equal(false);

      const old = await failure(api().login(DEMO_ACCOUNT));
      expect(old.code).to.equal('invalid-credentials');
      const renewed = await api().login({
        login: DEMO_ACCOUNT.login,
        password: 'Novyi-parol-2026',
      });
      expect(renewed.needsActivation).to.equal(false);
    });

    it('takes the new password as soon as its step is saved, before the last step', async () => {
      const client = api();
      await client.login(DEMO_ACCOUNT);
      await client.saveActivationStep('terms', { acceptTerms: true, acceptPersonalData: true });
      const state = await client.saveActivationStep('password', {
        currentPassword: DEMO_ACCOUNT.password,
        newPassword: 'Novyi-parol-2026',
      });
      expect(state.next).to.equal('contacts');
      await client.logout();

      const old = await failure(api().login(DEMO_ACCOUNT));
      expect(old.code).to.equal('invalid-credentials');
      const renewed = api();
      const session = await renewed.login({
        login: DEMO_ACCOUNT.login,
        password: 'Novyi-parol-2026',
      });
      expect(session.needsActivation).to.equal(true);
      expect((await renewed.getActivation()).next).to.equal('contacts');
    });

    it('walks the setup wizard from a prefilled profile; staff is optional', async () => {
      const client = api();
      const session = await client.login(ACTIVATED_ACCOUNT);
      expect(session).to.include({ needsActivation: false, needsSetup: true });

      let state = await client.getSetup();
      expect(state.next).to.equal('profile');
      expect(state.steps.find((s) => s.id === 'staff')!.status).to.equal('optional');
      const profile = state.data.profile as { fullName: string; postalCode: string };
      expect(profile.fullName).to.include('Ахтынская');

      await client.saveSetupStep('profile', {
        fullName: profile.fullName,
        address: 'с. Ахты, ул. Ленина, д. 5',
        postalCode: '368730',
        phone: '+79281234567',
        email: 'direktor@ahty-school.ru',
        headName: 'Эминов Руслан Шамилович',
      });
      await client.saveSetupStep('year', {
        start: '2026-09-01',
        end: '2027-05-31',
        periodKind: 'semesters',
        periods: [
          { name: '1 полугодие', start: '2026-09-01', end: '2026-12-28' },
          { name: '2 полугодие', start: '2027-01-09', end: '2027-05-31' },
        ],
      });
      await client.saveSetupStep('grading', { system: 'five' });
      await client.saveSetupStep('bells', { lessons: [{ start: '08:30', end: '09:15' }] });
      state = await client.saveSetupStep('classes', { classes: [{ grade: 1, letter: 'А' }] });
      expect(state.next).to.equal(null);
      expect(state.steps.find((s) => s.id === 'staff')!.status).to.equal('optional');

      state = await client.saveSetupStep('staff', { invitations: [] });
      expect(state.steps.every((s) => s.status === 'done')).to.equal(true);
      expect((await api().login(ACTIVATED_ACCOUNT)).needsSetup).to.equal(false);
    });
  });

  describe('coverage', () => {
    it('counts a municipality and the whole region', async () => {
      const district = await api().getCoverage(AKHTY_DISTRICT);
      expect(district.municipalityId).to.equal(AKHTY_DISTRICT);
      const { known, connected, pending, rejected, notConnected } = district;
      expect(known).to.equal(connected + pending + rejected + notConnected);
      expect(pending).to.equal(1);

      await api().createApplication(application({ inn: '0504000024' }), 'coverage');
      const after = await api().getCoverage(AKHTY_DISTRICT);
      expect([after.known, after.pending]).to.deep.equal([known + 1, 2]);

      const region = await api().getCoverage(null);
      expect(region.municipalityId).to.equal(null);
      // The registry's schools and the three applicants that are not in it yet.
      expect(region.known).to.equal(mock.db.organizations.length + 3);
      expect(region.rejected).to.equal(1);
    });

    it('answers 404 for an unknown municipality', async () => {
      expect((await failure(api().getCoverage('nowhere'))).status).to.equal(404);
    });
  });
});
