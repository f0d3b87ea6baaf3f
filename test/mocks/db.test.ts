import { expect } from '@open-wc/testing';
import type { ApplicationInput } from '../../src/contract/types.js';
import { isValidInn, isValidKpp, isValidOgrn } from '../../src/domain/validators.js';
import { createMockDb, DEMO_ACCOUNT, STORAGE_KEY } from '../../src/mocks/db.js';
import { generateRegistry, settlementAdjective } from '../../src/mocks/generate.js';

const input: ApplicationInput = {
  kind: 'organization',
  settlementId: '0503200000100',
  fullName: 'МКОУ "Касумкентская вечерняя школа"',
  inn: '0532000026',
  ogrn: '1020532000026',
  kpp: '053201001',
  address: '368760, Республика Дагестан, Сулейман-Стальский район, с. Касумкент',
  administrator: {
    lastName: 'Керимов',
    firstName: 'Тагир',
    position: 'Директор',
    email: 'tagir@kasumkent.ru',
    phone: '+79280000002',
  },
};

describe('the mock db', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  after(() => localStorage.removeItem(STORAGE_KEY));

  describe('persistence', () => {
    it('keeps applications, accounts and wizard progress for a new db on the same storage', () => {
      const first = createMockDb({ persist: 'local' });
      const { number } = first.createApplication(input, 'key-1');
      const credentials = first.approveApplication(number);
      first.saveActivationStep(DEMO_ACCOUNT.login, 'terms', {
        acceptTerms: true,
        acceptPersonalData: true,
      });

      const second = createMockDb({ persist: 'local' });
      expect(second.application(number)!.application.status).to.equal('approved');
      expect(second.applicationByKey('key-1')!.application.number).to.equal(number);
      expect(second.account(credentials.login)!.password).to.equal(credentials.password);
      expect(second.activation(DEMO_ACCOUNT.login).next).to.equal('password');
      expect(second.organizations.some((o) => o.inn === input.inn)).to.equal(true);
    });

    it('keeps nothing in memory mode, and reset goes back to the seed', () => {
      const memory = createMockDb({ persist: 'memory' });
      memory.createApplication(input);
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);

      const seeded = memory.applications.length - 1;
      memory.reset();
      expect(memory.applications).to.have.length(seeded);
    });

    it('starts from the seed when the stored state is unreadable', () => {
      localStorage.setItem(STORAGE_KEY, '{not json');
      const db = createMockDb({ persist: 'local' });
      expect(db.account(DEMO_ACCOUNT.login)!.login).to.equal(DEMO_ACCOUNT.login);
    });
  });

  describe('moderation', () => {
    it('approves: an account with a temporary password and a letter with it', () => {
      const db = createMockDb();
      const { number } = db.createApplication(input);
      const { login, password } = db.approveApplication(number);

      const account = db.account(login)!;
      expect(account).to.include({ password, temporary: true, email: 'tagir@kasumkent.ru' });
      expect(password).to.have.length(10);
      const letter = db.outbox.at(-1)!;
      expect(letter).to.include({ to: 'tagir@kasumkent.ru', login, password });
      expect(letter.text).to.include(password);
      expect(db.setup(login).data.profile).to.include({
        fullName: input.fullName,
        phone: '+79280000002',
      });
      expect(db.coverage('0503200000000').connected).to.be.greaterThan(0);
    });

    it('prefills the profile with the organization’s own phone, e-mail and head', () => {
      const db = createMockDb();
      const { number } = db.createApplication({
        ...input,
        phone: '+78724123456',
        email: 'school@kasumkent.ru',
        website: 'https://kasumkent.ru',
        head: {
          lastName: 'Алиева',
          firstName: 'Зарема',
          middleName: 'Гаджиевна',
          position: 'Директор',
        },
      });
      const { login } = db.approveApplication(number);
      expect(db.setup(login).data.profile).to.include({
        phone: '+78724123456',
        email: 'school@kasumkent.ru',
        headName: 'Алиева Зарема Гаджиевна',
      });
    });

    it('falls back to the administrator’s phone and e-mail when the application has none', () => {
      const db = createMockDb();
      const { login } = db.approveApplication(db.createApplication(input).number);
      expect(db.setup(login).data.profile).to.include({
        phone: '+79280000002',
        email: 'tagir@kasumkent.ru',
        headName: '',
      });
    });

    it('rejects: the status says why, and a letter goes out', () => {
      const db = createMockDb();
      const { number } = db.createApplication(input);
      db.rejectApplication(number, 'ОГРН не найден в ЕГРЮЛ');
      expect(db.application(number)!.application).to.include({
        status: 'rejected',
        reason: 'ОГРН не найден в ЕГРЮЛ',
      });
      expect(db.outbox.at(-1)!.text).to.include('ОГРН не найден в ЕГРЮЛ');
    });
  });

  describe('the data', () => {
    const db = createMockDb();

    it('holds the settlements and municipalities of Dagestan', () => {
      expect(db.settlements).to.have.length(1645);
      const cities = db.settlements.filter((s) => s.kind === 'город');
      expect(cities.map((c) => c.name)).to.include.members(['Махачкала', 'Дербент', 'Хасавюрт']);
      expect(cities).to.have.length(10);
      expect(db.municipalities.filter((m) => m.kind === 'city')).to.have.length(10);
      expect(db.municipalities.filter((m) => m.kind === 'district')).to.have.length(41);
      expect(db.settlements.some((s) => s.name === 'Зубутлинский')).to.equal(false);
    });

    it('keeps same-named settlements apart, each with its district', () => {
      const sovetskoe = db.settlements.filter((s) => s.name === 'Советское');
      expect(new Set(sovetskoe.map((s) => s.id)).size).to.equal(3);
      expect(sovetskoe.map((s) => s.municipality.name)).to.include('Магарамкентский район');
      const kyakhulai = db.settlements.find((s) => s.name === 'Новый Кяхулай')!;
      expect(kyakhulai.municipality.name).to.equal('городской округ "город Махачкала"');
    });

    it('generates schools with valid INN, OGRN and KPP, named like real ones', () => {
      const schools = db.organizations;
      expect(schools.length).to.be.greaterThan(1645);
      for (const school of schools) {
        expect(isValidInn(school.inn!), school.inn).to.equal(true);
        expect(isValidOgrn(school.ogrn!), school.ogrn).to.equal(true);
        expect(isValidKpp(school.kpp!), school.kpp).to.equal(true);
        expect(school.inn!.slice(0, 2)).to.equal('05');
        expect(school.generated).to.equal(true);
      }
      expect(new Set(schools.map((s) => s.inn)).size).to.equal(schools.length);

      const akhty = schools.filter((s) => s.settlementId === '0500500000100');
      expect(akhty.map((s) => s.shortName)).to.include('МКОУ "Ахтынская СОШ № 2"');
      expect(akhty.map((s) => s.fullName)).to.include(
        'Муниципальное казённое общеобразовательное учреждение ' +
          '"Ахтынская средняя общеобразовательная школа № 2"',
      );
      expect(akhty[0]!.address).to.include('Ахтынский район, с. Ахты');
    });

    it('gives villages a few schools and Махачкала many', () => {
      const count = (id: string) => db.organizationsOf(id).length;
      expect(count('0500000100000')).to.be.within(15, 40);
      const villages = db.settlements.filter(
        (s) => !s.kind && !s.id.endsWith('00000100') && s.municipality.name.endsWith('район'),
      );
      expect(villages.every((v) => count(v.id) >= 1 && count(v.id) <= 3)).to.equal(true);
    });

    it('is the same registry for the same seed', () => {
      const again = generateRegistry(db.settlements, db.municipalities);
      expect(again.organizations.map((o) => o.inn)).to.deep.equal(
        db.organizations.map((o) => o.inn),
      );
    });

    it('gives most municipalities an authority, and a few none', () => {
      const without = db.municipalities.filter((m) => db.authoritiesOf(m.id).length === 0);
      expect(without.length).to.be.within(1, 10);
      expect(db.authoritiesOf('0500500000000')[0]!.fullName).to.equal(
        'Управление образования администрации МР "Ахтынский район"',
      );
    });

    it('derives believable settlement adjectives, or none', () => {
      expect(settlementAdjective('Ахты')).to.equal('Ахтынская');
      expect(settlementAdjective('Махачкала')).to.equal('Махачкалинская');
      expect(settlementAdjective('Дербент')).to.equal('Дербентская');
      expect(settlementAdjective('Каспийск')).to.equal('Каспийская');
      expect(settlementAdjective('Советское')).to.equal(null);
      expect(settlementAdjective('Новый Кяхулай')).to.equal(null);
    });
  });
});
