/**
 * The data layer on SQLite through better-sqlite3: one file, migrated on
 * opening, seeded with the mock's data when empty. Settlement search runs in
 * the project's own index over the table (`search: 'index'`), or in SQLite
 * alone, the baselines it is measured against: a plain `LIKE` query
 * (`search: 'like'`) or SQLite's FTS5 trigram index (`search: 'trigram'`).
 */
import Database from 'better-sqlite3';
import type { ContactChannel } from '../../src/contract/confirmation.js';
import type { CoverageData } from '../../src/mocks/coverage.js';
import type {
  ApplicationInput,
  Authority,
  Municipality,
  Organization,
  ProfileReport,
  Settlement,
} from '../../src/contract/types.js';
import { createSettlementSearch, type SettlementSearch } from '../../src/search/index.js';
import { migrate } from './migrations.js';
import { newToken, tokenHash } from './passwords.js';
import { seedData } from './seed.js';
import type {
  Account,
  Approval,
  Created,
  Found,
  Letter,
  PageRequest,
  SentCode,
  StepData,
  Store,
  StoredApplication,
  Wizard,
} from './store.js';

export type SearchMode = 'index' | 'like' | 'trigram';

export interface SqliteStoreOptions {
  /** File of the database; `:memory:` for one that lives as long as the process. */
  path: string;
  /** How settlements are searched; `index` by default. */
  search?: SearchMode;
  /** Seed the mock's data into an empty database; true by default. */
  seed?: boolean;
}

interface SettlementRow {
  id: string;
  name: string;
  kind: string | null;
  municipality_id: string;
  municipality_name: string;
  region: string | null;
}

interface MunicipalityRow {
  id: string;
  name: string;
  kind: string | null;
  region: string | null;
}

interface ApplicationRow {
  record: string;
  input: string;
  municipality_id: string | null;
}

const settlementOf = (row: SettlementRow): Settlement => ({
  id: row.id,
  name: row.name,
  ...(row.kind ? { kind: row.kind } : {}),
  municipality: { id: row.municipality_id, name: row.municipality_name },
  ...(row.region ? { region: row.region } : {}),
});

const municipalityOf = (row: MunicipalityRow): Municipality & { region?: string } => ({
  id: row.id,
  name: row.name,
  ...(row.kind ? { kind: row.kind as Municipality['kind'] } : {}),
  ...(row.region ? { region: row.region } : {}),
});

const storedOf = (row: ApplicationRow): StoredApplication => ({
  application: JSON.parse(row.record),
  input: JSON.parse(row.input),
  municipalityId: row.municipality_id,
});

const parse = <T>(row: { record: string } | undefined): T | undefined =>
  row ? (JSON.parse(row.record) as T) : undefined;

interface OrganizationRow {
  record: string;
  connected: number;
}

/** An organization of the registry with its status: connected, or its connection pending. */
const organizationOf = (row: OrganizationRow): Organization => {
  const { pending, ...record } = JSON.parse(row.record) as Organization & { pending?: boolean };
  const status = row.connected ? 'connected' : pending ? 'pending' : undefined;
  return { ...record, ...(status ? { status } : {}) };
};

/** `LIKE` pattern of a text, its wildcards escaped. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly searchMode: SearchMode;
  private settlementIndex: SettlementSearch<Settlement & { region?: string }> | null = null;
  private municipalityIndex: SettlementSearch<Municipality & { region?: string }> | null = null;

  constructor({ path, search = 'index', seed = true }: SqliteStoreOptions) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.searchMode = search;
    migrate(this.db);
    const empty = !this.db.prepare('SELECT 1 FROM settlements LIMIT 1').get();
    if (seed && empty) this.seed();
    // Built now, not on the first search: no visitor waits for it.
    if (search === 'index') this.indexes();
  }

  private indexes() {
    this.settlementIndex ??= createSettlementSearch(
      (this.db.prepare('SELECT * FROM settlements').all() as SettlementRow[]).map(settlementOf),
    );
    this.municipalityIndex ??= createSettlementSearch(
      (this.db.prepare('SELECT * FROM municipalities').all() as MunicipalityRow[]).map(
        municipalityOf,
      ),
    );
    return { settlements: this.settlementIndex, municipalities: this.municipalityIndex };
  }

  /** Fills an empty database with the mock's settlements, registry and accounts. */
  private seed(): void {
    const data = seedData();
    this.importPlaces(data.settlements, data.municipalities);
    const insertOrganization = this.db.prepare(
      `INSERT INTO organizations (id, settlement_id, municipality_id, inn, ogrn, connected, record)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertAuthority = this.db.prepare(
      'INSERT INTO authorities (id, municipality_id, inn, record) VALUES (?, ?, ?, ?)',
    );
    const insertApplication = this.db.prepare(
      `INSERT INTO applications (number, kind, status, municipality_id, record, input)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const insertAccount = this.db.prepare('INSERT INTO accounts (login, record) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const { municipalityId, connected, ...organization } of data.organizations) {
        insertOrganization.run(
          organization.id,
          organization.settlementId,
          municipalityId,
          organization.inn ?? null,
          organization.ogrn ?? null,
          connected ? 1 : 0,
          JSON.stringify(organization),
        );
      }
      for (const authority of data.authorities) {
        insertAuthority.run(
          authority.id,
          authority.municipalityId,
          authority.inn ?? null,
          JSON.stringify(authority),
        );
      }
      for (const stored of data.applications) {
        const { application } = stored;
        insertApplication.run(
          application.number,
          application.kind,
          application.status,
          stored.municipalityId,
          JSON.stringify(application),
          JSON.stringify(stored.input),
        );
      }
      this.db
        .prepare("INSERT INTO counters (name, value) VALUES ('applications', ?)")
        .run(data.counter);
      for (const account of data.accounts) {
        insertAccount.run(account.login, JSON.stringify(account));
      }
      for (const letter of data.outbox) {
        this.db.prepare('INSERT INTO outbox (record) VALUES (?)').run(JSON.stringify(letter));
      }
      for (const [login, wizards] of Object.entries(data.wizards)) {
        for (const wizard of ['activation', 'setup'] as const) {
          for (const [step, stepData] of Object.entries(wizards[wizard])) {
            this.saveStepNow(login, wizard, step, stepData);
          }
        }
        for (const [step, stepData] of Object.entries(wizards.prefill)) {
          this.db
            .prepare('INSERT INTO wizard_prefill (login, step, data) VALUES (?, ?, ?)')
            .run(login, step, JSON.stringify(stepData));
        }
      }
    })();
  }

  /** Adds settlements and municipalities (a seed, or a load test's data). */
  importPlaces(
    settlements: readonly (Settlement & { region?: string })[],
    municipalities: readonly (Municipality & { region?: string })[],
  ): void {
    const insertSettlement = this.db.prepare(
      `INSERT OR REPLACE INTO settlements
       (id, name, kind, municipality_id, municipality_name, region) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const insertMunicipality = this.db.prepare(
      'INSERT OR REPLACE INTO municipalities (id, name, kind, region) VALUES (?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM settlement_names').run();
      for (const m of municipalities) {
        insertMunicipality.run(m.id, m.name, m.kind ?? null, m.region ?? null);
      }
      for (const s of settlements) {
        insertSettlement.run(
          s.id,
          s.name,
          s.kind ?? null,
          s.municipality.id,
          s.municipality.name,
          s.region ?? null,
        );
      }
      this.db
        .prepare('INSERT INTO settlement_names (rowid, name) SELECT rowid, name FROM settlements')
        .run();
    })();
    this.settlementIndex = null;
    this.municipalityIndex = null;
  }

  // ---------------------------------------------------------------- places

  private searchIndex<T extends { name: string; region?: string }>(
    index: SettlementSearch<T>,
    query: string,
    region: string | null,
    { limit, offset }: PageRequest,
  ): Found<T> {
    const found = index
      .search(query, { limit: Number.POSITIVE_INFINITY })
      .filter((record) => !region || !record.region || record.region === region);
    return { items: found.slice(offset, offset + limit), total: found.length };
  }

  async searchSettlements(query: string, region: string | null, page: PageRequest) {
    const text = query.trim();
    // A trigram index needs three letters; a shorter query is a plain LIKE.
    if (this.searchMode === 'trigram' && [...text].length >= 3) {
      const from = `settlement_names JOIN settlements s ON s.rowid = settlement_names.rowid
        WHERE settlement_names MATCH ? AND (? IS NULL OR s.region = ?)`;
      const args = [`"${text.replace(/"/g, '""')}"`, region, region];
      const rows = this.db
        .prepare(`SELECT s.* FROM ${from} ORDER BY rank LIMIT ? OFFSET ?`)
        .all(...args, page.limit, page.offset) as SettlementRow[];
      const { total } = this.db.prepare(`SELECT COUNT(*) AS total FROM ${from}`).get(...args) as {
        total: number;
      };
      return { items: rows.map(settlementOf), total };
    }
    if (this.searchMode !== 'index') {
      const where = `name LIKE ? ESCAPE '\\' AND (? IS NULL OR region = ?)`;
      const args = [contains(text), region, region];
      const rows = this.db
        .prepare(`SELECT * FROM settlements WHERE ${where} ORDER BY name LIMIT ? OFFSET ?`)
        .all(...args, page.limit, page.offset) as SettlementRow[];
      const { total } = this.db
        .prepare(`SELECT COUNT(*) AS total FROM settlements WHERE ${where}`)
        .get(...args) as { total: number };
      return { items: rows.map(settlementOf), total };
    }
    return this.searchIndex(this.indexes().settlements, query, region, page);
  }

  async settlement(id: string) {
    const row = this.db.prepare('SELECT * FROM settlements WHERE id = ?').get(id);
    return row ? settlementOf(row as SettlementRow) : undefined;
  }

  async searchMunicipalities(query: string, region: string | null, page: PageRequest) {
    // The region stays on the records; the answer's schema leaves it out.
    return this.searchIndex(this.indexes().municipalities, query, region, page);
  }

  async municipality(id: string) {
    const row = this.db.prepare('SELECT * FROM municipalities WHERE id = ?').get(id);
    if (!row) return undefined;
    return municipalityOf(row as MunicipalityRow);
  }

  // ---------------------------------------------------------------- registry

  async organizationsOf(settlementId: string) {
    return (
      this.db
        .prepare('SELECT record, connected FROM organizations WHERE settlement_id = ?')
        .all(settlementId) as OrganizationRow[]
    ).map(organizationOf);
  }

  async organization(id: string) {
    const row = this.db
      .prepare('SELECT record, connected FROM organizations WHERE id = ?')
      .get(id) as OrganizationRow | undefined;
    return row ? organizationOf(row) : undefined;
  }

  async authoritiesOf(municipalityId: string) {
    return (
      this.db
        .prepare('SELECT record FROM authorities WHERE municipality_id = ?')
        .all(municipalityId) as { record: string }[]
    ).map((row) => JSON.parse(row.record) as Authority);
  }

  async authority(id: string) {
    return parse<Authority>(
      this.db.prepare('SELECT record FROM authorities WHERE id = ?').get(id) as
        { record: string } | undefined,
    );
  }

  async duplicateCandidates({
    inn,
    ogrn,
    settlementId,
  }: {
    inn?: string;
    ogrn?: string;
    settlementId?: string;
  }) {
    const rows = settlementId
      ? this.db
          .prepare(
            'SELECT record FROM organizations WHERE inn = ? OR ogrn = ? OR settlement_id = ?',
          )
          .all(inn ?? null, ogrn ?? null, settlementId)
      : this.db.prepare('SELECT record FROM organizations').all();
    return (rows as { record: string }[]).map((row) => JSON.parse(row.record) as Organization);
  }

  async registeredOrganization(inn: string, ogrn: string) {
    return parse<Organization>(
      this.db
        .prepare('SELECT record FROM organizations WHERE inn = ? OR ogrn = ?')
        .get(inn, ogrn) as { record: string } | undefined,
    );
  }

  async registeredAuthority(inn: string) {
    return parse<Authority>(
      this.db.prepare('SELECT record FROM authorities WHERE inn = ?').get(inn) as
        { record: string } | undefined,
    );
  }

  // ---------------------------------------------------------------- applications

  async createApplication(
    input: ApplicationInput,
    key: string,
    municipalityId: string | null,
  ): Promise<Created> {
    // One synchronous transaction: two requests with one key cannot interleave.
    return this.db.transaction((): Created => {
      const earlier = this.db
        .prepare(
          'SELECT record, input, municipality_id FROM applications WHERE idempotency_key = ?',
        )
        .get(key) as ApplicationRow | undefined;
      if (earlier) return { created: false, stored: storedOf(earlier) };

      const { value } = this.db
        .prepare(
          "UPDATE counters SET value = value + 1 WHERE name = 'applications' RETURNING value",
        )
        .get() as { value: number };
      const prefix = input.kind === 'organization' ? 'ОО' : 'МОУО';
      const time = new Date().toISOString();
      const application = {
        number: `${prefix}-${new Date().getFullYear()}-${String(value).padStart(6, '0')}`,
        kind: input.kind,
        status: 'pending' as const,
        fullName: input.fullName,
        email: input.administrator.email,
        submittedAt: time,
        updatedAt: time,
      };
      this.db
        .prepare(
          `INSERT INTO applications
           (number, kind, status, municipality_id, idempotency_key, record, input)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          application.number,
          application.kind,
          application.status,
          municipalityId,
          key,
          JSON.stringify(application),
          JSON.stringify(input),
        );
      return { created: true, stored: { application, input, municipalityId } };
    })();
  }

  async applicationByKey(key: string) {
    const row = this.db
      .prepare('SELECT record, input, municipality_id FROM applications WHERE idempotency_key = ?')
      .get(key) as ApplicationRow | undefined;
    return row ? storedOf(row) : undefined;
  }

  async application(number: string) {
    const row = this.db
      .prepare('SELECT record, input, municipality_id FROM applications WHERE number = ?')
      .get(number) as ApplicationRow | undefined;
    return row ? storedOf(row) : undefined;
  }

  async applications() {
    return (
      this.db
        .prepare('SELECT record, input, municipality_id FROM applications ORDER BY rowid')
        .all() as ApplicationRow[]
    ).map(storedOf);
  }

  private setApplication(stored: StoredApplication): void {
    this.db
      .prepare('UPDATE applications SET status = ?, record = ? WHERE number = ?')
      .run(
        stored.application.status,
        JSON.stringify(stored.application),
        stored.application.number,
      );
  }

  private send(letter: Omit<Letter, 'sentAt'>): Letter {
    const sent = { ...letter, sentAt: new Date().toISOString() };
    this.db.prepare('INSERT INTO outbox (record) VALUES (?)').run(JSON.stringify(sent));
    return sent;
  }

  async sendLetter(letter: Omit<Letter, 'sentAt'>) {
    return this.send(letter);
  }

  async approve(approval: Approval) {
    const stored = await this.application(approval.number);
    if (!stored) throw new Error(`No application ${approval.number}`);
    this.db.transaction(() => {
      const { organization, authority, account } = approval;
      if (organization) {
        const { municipalityId, ...record } = organization;
        this.db
          .prepare(
            `INSERT OR REPLACE INTO organizations
             (id, settlement_id, municipality_id, inn, ogrn, connected, record)
             VALUES (?, ?, ?, ?, ?, 1, ?)`,
          )
          .run(
            record.id,
            record.settlementId,
            municipalityId,
            record.inn ?? null,
            record.ogrn ?? null,
            JSON.stringify(record),
          );
      }
      if (authority) {
        this.db
          .prepare(
            'INSERT OR REPLACE INTO authorities (id, municipality_id, inn, record) VALUES (?, ?, ?, ?)',
          )
          .run(
            authority.id,
            authority.municipalityId,
            authority.inn ?? null,
            JSON.stringify(authority),
          );
      }
      this.db
        .prepare('INSERT OR REPLACE INTO accounts (login, record) VALUES (?, ?)')
        .run(account.login, JSON.stringify(account));
      for (const wizardTable of [
        'wizard_steps',
        'wizard_prefill',
        'pending_passwords',
        'wizard_versions',
        'contact_codes',
      ]) {
        this.db.prepare(`DELETE FROM ${wizardTable} WHERE login = ?`).run(account.login);
      }
      for (const [step, data] of Object.entries(approval.prefill)) {
        this.db
          .prepare('INSERT INTO wizard_prefill (login, step, data) VALUES (?, ?, ?)')
          .run(account.login, step, JSON.stringify(data));
      }
      const application = {
        ...stored.application,
        status: 'approved' as const,
        updatedAt: new Date().toISOString(),
      };
      delete application.reason;
      this.setApplication({ ...stored, application });
      this.send(approval.letter);
    })();
  }

  async reject(number: string, reason: string, letter: Omit<Letter, 'sentAt'>) {
    const stored = await this.application(number);
    if (!stored) throw new Error(`No application ${number}`);
    this.db.transaction(() => {
      this.setApplication({
        ...stored,
        application: {
          ...stored.application,
          status: 'rejected',
          reason,
          updatedAt: new Date().toISOString(),
        },
      });
      this.send(letter);
    })();
  }

  async review(number: string) {
    const stored = await this.application(number);
    if (!stored) throw new Error(`No application ${number}`);
    this.setApplication({
      ...stored,
      application: { ...stored.application, status: 'review', updatedAt: new Date().toISOString() },
    });
  }

  async outbox() {
    return (
      this.db.prepare('SELECT record FROM outbox ORDER BY id').all() as { record: string }[]
    ).map((row) => JSON.parse(row.record) as Letter);
  }

  async addReport(report: ProfileReport) {
    const createdAt = new Date().toISOString();
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO reports (created_at, record) VALUES (?, ?)')
      .run(createdAt, JSON.stringify(report));
    return { id: `report-${lastInsertRowid}`, createdAt };
  }

  // ---------------------------------------------------------------- accounts

  async account(login: string) {
    return parse<Account>(
      this.db.prepare('SELECT record FROM accounts WHERE login = ?').get(login.trim()) as
        { record: string } | undefined,
    );
  }

  async updateAccount(login: string, change: Partial<Omit<Account, 'login'>>) {
    const account = await this.account(login);
    if (!account) return;
    this.db
      .prepare('UPDATE accounts SET record = ? WHERE login = ?')
      .run(JSON.stringify({ ...account, ...change }), account.login);
  }

  async recordFailure(login: string, at: number) {
    this.db.prepare('INSERT INTO login_failures (login, at) VALUES (?, ?)').run(login.trim(), at);
  }

  async failuresSince(login: string, since: number) {
    this.db.prepare('DELETE FROM login_failures WHERE at < ?').run(since);
    return (
      this.db
        .prepare('SELECT at FROM login_failures WHERE login = ? AND at >= ? ORDER BY at')
        .all(login.trim(), since) as { at: number }[]
    ).map((row) => row.at);
  }

  async openSession(login: string) {
    const token = newToken();
    this.db
      .prepare('INSERT INTO sessions (token_hash, login, created_at) VALUES (?, ?, ?)')
      .run(tokenHash(token), login, new Date().toISOString());
    return token;
  }

  async closeSession(token: string) {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash(token));
  }

  async sessionLogin(token: string) {
    const row = this.db
      .prepare('SELECT login FROM sessions WHERE token_hash = ?')
      .get(tokenHash(token)) as { login: string } | undefined;
    return row?.login;
  }

  // ---------------------------------------------------------------- wizards

  async steps(login: string, wizard: Wizard) {
    const rows = this.db
      .prepare('SELECT step, data FROM wizard_steps WHERE login = ? AND wizard = ?')
      .all(login, wizard) as { step: string; data: string }[];
    return Object.fromEntries(rows.map((row) => [row.step, JSON.parse(row.data) as StepData]));
  }

  private saveStepNow(login: string, wizard: Wizard, step: string, data: StepData): void {
    this.db
      .prepare(
        'INSERT OR REPLACE INTO wizard_steps (login, wizard, step, data) VALUES (?, ?, ?, ?)',
      )
      .run(login, wizard, step, JSON.stringify(data));
  }

  async saveStep(login: string, wizard: Wizard, step: string, data: StepData, ifVersion?: number) {
    return this.db.transaction(() => {
      if (ifVersion !== undefined && this.versionNow(login, wizard) !== ifVersion) return false;
      this.saveStepNow(login, wizard, step, data);
      this.db
        .prepare(
          `INSERT INTO wizard_versions (login, wizard, version) VALUES (?, ?, 1)
           ON CONFLICT (login, wizard) DO UPDATE SET version = version + 1`,
        )
        .run(login, wizard);
      return true;
    })();
  }

  private versionNow(login: string, wizard: Wizard): number {
    const row = this.db
      .prepare('SELECT version FROM wizard_versions WHERE login = ? AND wizard = ?')
      .get(login, wizard) as { version: number } | undefined;
    return row?.version ?? 0;
  }

  async version(login: string, wizard: Wizard) {
    return this.versionNow(login, wizard);
  }

  async sentCode(login: string, channel: ContactChannel) {
    const row = this.db
      .prepare('SELECT address, code, sent_at FROM contact_codes WHERE login = ? AND channel = ?')
      .get(login, channel) as { address: string; code: string; sent_at: number } | undefined;
    return row ? { address: row.address, code: row.code, sentAt: row.sent_at } : undefined;
  }

  async sendCode(
    login: string,
    channel: ContactChannel,
    sent: SentCode,
    letter: Omit<Letter, 'sentAt'>,
  ) {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT OR REPLACE INTO contact_codes (login, channel, address, code, sent_at)
           VALUES (?, ?, ?, ?, ?)`,
        )
        .run(login, channel, sent.address, sent.code, sent.sentAt);
      this.send(letter);
    })();
  }

  async clearCodes(login: string) {
    this.db.prepare('DELETE FROM contact_codes WHERE login = ?').run(login);
  }

  async prefill(login: string) {
    const rows = this.db
      .prepare('SELECT step, data FROM wizard_prefill WHERE login = ?')
      .all(login) as { step: string; data: string }[];
    return Object.fromEntries(rows.map((row) => [row.step, JSON.parse(row.data) as StepData]));
  }

  // ---------------------------------------------------------------- coverage

  async coverageData(): Promise<CoverageData> {
    const organizations = (
      this.db
        .prepare('SELECT record, municipality_id, connected FROM organizations')
        .all() as (OrganizationRow & { municipality_id: string })[]
    ).map((row) => ({
      ...(JSON.parse(row.record) as Organization & { settlementId: string }),
      municipalityId: row.municipality_id,
      connected: Boolean(row.connected),
    }));
    const settlements = new Map(
      (this.db.prepare('SELECT * FROM settlements').all() as SettlementRow[]).map((row) => [
        row.id,
        settlementOf(row),
      ]),
    );
    const municipalities = (
      this.db.prepare('SELECT * FROM municipalities ORDER BY name').all() as MunicipalityRow[]
    ).map(municipalityOf);
    const municipalityById = new Map(municipalities.map((m) => [m.id, m]));
    return {
      organizations,
      applications: await this.applications(),
      municipalities,
      settlement: (id) => settlements.get(id),
      municipality: (id) => municipalityById.get(id),
    };
  }

  /** Puts the seed back; the trigram index (its own shadow tables) is refilled with the places. */
  async reset() {
    const tables = this.db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table'
         AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'settlement_names%'`,
      )
      .all() as { name: string }[];
    this.db.transaction(() => {
      for (const { name } of tables) this.db.prepare(`DELETE FROM ${name}`).run();
    })();
    this.seed();
  }

  async close() {
    this.db.close();
  }
}
