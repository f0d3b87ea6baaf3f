/**
 * The mock backend's data: real settlements, generated schools, and what the
 * journey creates (applications, accounts, wizard progress, letters). State
 * lives in localStorage for the demo, so a reload keeps it, or in memory for
 * tests and Storybook.
 */
import type {
  ActivationStepId,
  Application,
  ApplicationInput,
  Authority,
  Municipality,
  ProfileReport,
  Settlement,
  SetupStepId,
  StaffStep,
} from '../contract/types.js';
import { createSettlementSearch } from '../search/index.js';
import settlementData from './data/dagestan-settlements.json';
import { coverageSummary } from './coverage.js';
import { generateRegistry, PROFILE_BASE, type MockOrganization } from './generate.js';
import { LETTER_SENT_EVENT } from './events.js';
import { invitationLetters } from './invitations.js';
import { approvalLetter, rejectionLetter } from './letters.js';
import type { ContactChannel } from '../contract/confirmation.js';
import { CODE_RESEND_SECONDS, codeLetter, newCode, type SentCode } from './confirmation.js';

export const STORAGE_KEY = 'edu-connect-mock:v1';

/** The seeded account for tests and Storybook: a school, activation still ahead. */
export const DEMO_ACCOUNT = { login: 'demo-school', password: 'Vremya-2026' } as const;
/**
 * The confirmation code of the seeded demo account, a test account: every code sent to its
 * contacts is this one, so that a conformance run, which cannot read letters, can confirm them.
 */
export const DEMO_TEST_CODE = '240426';
/** An account that has finished activation; the setup wizard is ahead. */
export const ACTIVATED_ACCOUNT = { login: 'active-school', password: 'Aktivna-2026' } as const;
/** An education authority's account, activated, for the coverage view. */
export const AUTHORITY_ACCOUNT = { login: 'demo-mouo', password: 'Upravlenie-2026' } as const;
/** Logging in answers 403 `account-blocked`. */
export const BLOCKED_ACCOUNT = { login: 'blocked-school', password: 'Blok-2026' } as const;
/** Logging in answers 403 `password-expired`: the temporary password is too old. */
export const EXPIRED_ACCOUNT = { login: 'expired-school', password: 'Staryi-2026' } as const;

/** Seeded applications, for the status widget: one pending, one rejected. */
/** Approved, its letter with the credentials in the outbox: the letter may be asked for again. */
export const APPROVED_APPLICATION = { number: 'ОО-2026-000100', email: 'direktor@ahty-school.ru' };
export const PENDING_APPLICATION = { number: 'ОО-2026-000101', email: 'sekretar@ahty-school.ru' };
export const REJECTED_APPLICATION = {
  number: 'ОО-2026-000102',
  email: 'direktor@kasumkent.ru',
  reason: 'ИНН не совпадает с записью ЕГРЮЛ: проверьте реквизиты и подайте заявку снова.',
};

export interface MockAccount {
  login: string;
  password: string;
  /** The password from the letter, to be replaced in the activation wizard. */
  temporary: boolean;
  blocked: boolean;
  /** The temporary password is too old to log in with. */
  expired: boolean;
  name: string;
  email: string;
  /** The administrator's phone from the application, offered in the contacts step. */
  phone?: string;
  organizationId?: string;
  authorityId?: string;
  /** Of a test account: the code every confirmation code sent to its contacts is. */
  testCode?: string;
}

export interface StoredApplication {
  application: Application;
  input: ApplicationInput;
  /** Municipality of the applicant, for coverage. */
  municipalityId: string | null;
}

export interface Letter {
  to: string;
  subject: string;
  text: string;
  login?: string;
  password?: string;
  /** A confirmation code the letter or text message carries. */
  code?: string;
  sentAt: string;
}

export interface StoredReport extends ProfileReport {
  id: string;
  createdAt: string;
}

type StepData = Record<string, unknown>;

interface WizardProgress {
  activation: Partial<Record<ActivationStepId, StepData>>;
  setup: Partial<Record<SetupStepId, StepData>>;
  /** Prefill of setup steps, e.g. the profile from the application. */
  prefill: Partial<Record<SetupStepId, StepData>>;
  /** Saves of each wizard so far: its `version`, so that a stale save is refused. */
  versions?: { activation?: number; setup?: number };
  /** E-mails already sent an invitation from the staff step. */
  invited?: string[];
  /** Confirmation codes sent to the contacts, by channel. */
  codes?: Partial<Record<ContactChannel, SentCode>>;
}

export interface MockState {
  version: 1;
  counter: number;
  organizations: MockOrganization[];
  authorities: Authority[];
  applications: StoredApplication[];
  idempotency: Record<string, string>;
  reports: StoredReport[];
  accounts: MockAccount[];
  sessions: Record<string, string>;
  wizards: Record<string, WizardProgress>;
  outbox: Letter[];
}

export interface MockDbOptions {
  /** `local`: state survives a reload (the demo). `memory`: tests, Storybook. */
  persist?: 'local' | 'memory';
}

// ---------------------------------------------------------------- the fixed seed

const settlements: Settlement[] = settlementData.settlements.map((settlement) => ({
  ...settlement,
  region: settlementData.region,
}));
const municipalities = settlementData.municipalities as Municipality[];
const generated = generateRegistry(settlements, municipalities);
const settlementById = new Map(settlements.map((s) => [s.id, s]));
const municipalityById = new Map(municipalities.map((m) => [m.id, m]));

export const settlementSearch = createSettlementSearch(settlements);
export const municipalitySearch = createSettlementSearch(municipalities);

const AKHTY = '0500500000100';
const demoSchool = generated.organizations.find((o) => o.settlementId === AKHTY)!;
const activeSchool = generated.organizations.filter((o) => o.settlementId === AKHTY)[1]!;
const demoAuthority = generated.authorities.find((a) => a.municipalityId === '0500500000000')!;

function profilePrefill(organization: MockOrganization | Authority, email: string): StepData {
  const address = ('address' in organization ? organization.address : undefined) ?? '';
  return {
    fullName: organization.fullName,
    shortName: organization.shortName ?? '',
    address,
    postalCode: /\b\d{6}\b/.exec(address)?.[0] ?? '',
    email,
    phone: '',
    headName: '',
  };
}

const wizard = (prefill: WizardProgress['prefill'] = {}): WizardProgress => ({
  activation: {},
  setup: {},
  prefill,
});

function seed(): MockState {
  const account = (
    credentials: { login: string; password: string },
    extra: Partial<MockAccount>,
  ): MockAccount => ({
    ...credentials,
    temporary: true,
    blocked: false,
    expired: false,
    name: 'Гаджиева Патимат Магомедовна',
    email: 'sekretar@ahty-school.ru',
    organizationId: demoSchool.id,
    ...extra,
  });

  const submitted = '2026-11-20T09:15:00.000Z';
  const KASUMKENT = '0503200000100';
  const applicationInput = (fullName: string, email: string, akhty: boolean) => ({
    kind: 'organization' as const,
    settlementId: akhty ? AKHTY : KASUMKENT,
    fullName,
    inn: akhty ? '0504000017' : '0532000026',
    ogrn: akhty ? '1020504000010' : '1020532000026',
    kpp: akhty ? '050401001' : '053201001',
    address: akhty
      ? '368730, Республика Дагестан, Ахтынский район, с. Ахты, ул. Ленина, д. 1'
      : '368760, Республика Дагестан, Сулейман-Стальский район, с. Касумкент, ул. Мира, д. 3',
    administrator: {
      lastName: akhty ? 'Алиева' : 'Керимов',
      firstName: akhty ? 'Зарема' : 'Тагир',
      position: akhty ? 'Секретарь' : 'Директор',
      email,
      phone: akhty ? '+79280000001' : '+79280000002',
    },
  });
  const stored = (
    number: string,
    email: string,
    fullName: string,
    status: Application['status'],
    reason?: string,
  ): StoredApplication => ({
    application: {
      number,
      kind: 'organization',
      status,
      ...(reason ? { reason } : {}),
      fullName,
      email,
      submittedAt: submitted,
      updatedAt: submitted,
    },
    input: applicationInput(fullName, email, status === 'pending'),
    municipalityId: status === 'pending' ? '0500500000000' : '0503200000000',
  });

  const approvedAt = '2026-11-19T10:00:00.000Z';
  const approved: StoredApplication = {
    application: {
      number: APPROVED_APPLICATION.number,
      kind: 'organization',
      status: 'approved',
      fullName: activeSchool.fullName,
      email: APPROVED_APPLICATION.email,
      submittedAt: '2026-11-18T08:30:00.000Z',
      updatedAt: approvedAt,
    },
    input: {
      ...applicationInput(activeSchool.fullName, APPROVED_APPLICATION.email, true),
      inn: activeSchool.inn ?? '',
      ogrn: activeSchool.ogrn ?? '',
    },
    municipalityId: '0500500000000',
  };
  const approvalLetter: Letter = {
    to: APPROVED_APPLICATION.email,
    subject: `Заявка ${APPROVED_APPLICATION.number} одобрена: данные для входа`,
    text:
      'Здравствуйте, Зарема!\n\n' +
      `Заявка ${APPROVED_APPLICATION.number} на подключение «${activeSchool.fullName}» одобрена.\n` +
      `Логин: ${ACTIVATED_ACCOUNT.login}\nВременный пароль: ${ACTIVATED_ACCOUNT.password}\n\n` +
      'При первом входе примите условия, смените пароль и подтвердите контакты.',
    login: ACTIVATED_ACCOUNT.login,
    password: ACTIVATED_ACCOUNT.password,
    sentAt: approvedAt,
  };

  const activeWizard = wizard({ profile: profilePrefill(activeSchool, 'direktor@ahty-school.ru') });
  activeWizard.activation = {
    terms: { acceptTerms: true, acceptPersonalData: true },
    password: {},
    contacts: { email: 'direktor@ahty-school.ru', phone: '+79281234567' },
  };
  const authorityWizard = wizard();
  authorityWizard.activation = { ...activeWizard.activation };

  return {
    version: 1,
    counter: 102,
    organizations: [],
    authorities: [],
    applications: [
      stored(
        PENDING_APPLICATION.number,
        PENDING_APPLICATION.email,
        'Муниципальное казённое общеобразовательное учреждение "Ахтынская вечерняя школа"',
        'pending',
      ),
      stored(
        REJECTED_APPLICATION.number,
        REJECTED_APPLICATION.email,
        'Муниципальное казённое общеобразовательное учреждение "Касумкентская НОШ"',
        'rejected',
        REJECTED_APPLICATION.reason,
      ),
      approved,
    ],
    idempotency: {},
    reports: [],
    accounts: [
      account(DEMO_ACCOUNT, { testCode: DEMO_TEST_CODE }),
      account(ACTIVATED_ACCOUNT, {
        temporary: false,
        name: 'Эминов Руслан Шамилович',
        email: 'direktor@ahty-school.ru',
        organizationId: activeSchool.id,
      }),
      account(AUTHORITY_ACCOUNT, {
        temporary: false,
        name: 'Рамазанова Сабина Ахмедовна',
        email: 'uo@ahty-rayon.ru',
        organizationId: undefined,
        authorityId: demoAuthority.id,
      }),
      account(BLOCKED_ACCOUNT, { blocked: true }),
      account(EXPIRED_ACCOUNT, { expired: true }),
    ],
    sessions: {},
    wizards: {
      [DEMO_ACCOUNT.login]: wizard({
        profile: profilePrefill(demoSchool, 'sekretar@ahty-school.ru'),
      }),
      [ACTIVATED_ACCOUNT.login]: activeWizard,
      [AUTHORITY_ACCOUNT.login]: authorityWizard,
    },
    outbox: [approvalLetter],
  };
}

// ---------------------------------------------------------------- storage

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function load(): MockState | null {
  try {
    const raw = storage()?.getItem(STORAGE_KEY);
    const state = raw ? (JSON.parse(raw) as MockState) : null;
    return state?.version === 1 ? state : null;
  } catch {
    return null;
  }
}

const randomText = (alphabet: string, length: number) => {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
};

/** A temporary password without look-alike characters (0/O, 1/l/I). */
const temporaryPassword = () =>
  randomText('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789', 10);

export const ACTIVATION_STEPS: readonly ActivationStepId[] = ['terms', 'password', 'contacts'];
export const SETUP_STEPS: readonly SetupStepId[] = [
  'profile',
  'year',
  'grading',
  'bells',
  'classes',
  'staff',
];
const OPTIONAL_SETUP_STEPS = new Set<SetupStepId>(['staff']);

export type MockDb = ReturnType<typeof createMockDb>;

export function createMockDb({ persist = 'memory' }: MockDbOptions = {}) {
  let state: MockState = (persist === 'local' ? load() : null) ?? seed();
  /** Failed logins by login, as times in ms; kept in memory only. */
  const failures = new Map<string, number[]>();

  function save(): void {
    if (persist !== 'local') return;
    try {
      storage()?.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
      // A full or disabled storage leaves the demo working for this page only.
    }
  }

  const now = () => new Date().toISOString();

  function nextNumber(kind: Application['kind']): string {
    state.counter += 1;
    const prefix = kind === 'organization' ? 'ОО' : 'МОУО';
    return `${prefix}-${new Date().getFullYear()}-${String(state.counter).padStart(6, '0')}`;
  }

  function findApplication(number: string): StoredApplication {
    const stored = state.applications.find((a) => a.application.number === number);
    if (!stored) throw new Error(`No application ${number}`);
    return stored;
  }

  function send(letter: Omit<Letter, 'sentAt'>): void {
    state.outbox.push({ ...letter, sentAt: now() });
    // The demo's outbox in the same page shows every letter and text message as it is sent.
    globalThis.dispatchEvent?.(new Event(LETTER_SENT_EVENT));
  }

  function countSave(wizardProgress: WizardProgress, name: 'activation' | 'setup'): void {
    const versions = (wizardProgress.versions ??= {});
    versions[name] = (versions[name] ?? 0) + 1;
  }

  function progress(login: string): WizardProgress {
    state.wizards[login] ??= wizard();
    return state.wizards[login]!;
  }

  const db = {
    settlements,
    municipalities,
    settlementSearch,
    municipalitySearch,

    /** The state as it is now; tests read it, the handlers change it through methods. */
    get state(): Readonly<MockState> {
      return state;
    },

    get outbox(): readonly Letter[] {
      return state.outbox;
    },

    reset(): void {
      state = seed();
      failures.clear();
      save();
    },

    /** Writes the state to storage; for changes made to `state` directly. */
    save,

    settlement: (id: string) => settlementById.get(id),
    municipality: (id: string) => municipalityById.get(id),

    get organizations(): readonly MockOrganization[] {
      return state.organizations.length === 0
        ? generated.organizations
        : [...generated.organizations, ...state.organizations];
    },

    get authorities(): readonly Authority[] {
      return [...generated.authorities, ...state.authorities];
    },

    organization(id: string): MockOrganization | undefined {
      return db.organizations.find((o) => o.id === id);
    },

    organizationsOf(settlementId: string): MockOrganization[] {
      return db.organizations.filter((o) => o.settlementId === settlementId);
    },

    authoritiesOf(municipalityId: string): Authority[] {
      return db.authorities.filter((a) => a.municipalityId === municipalityId);
    },

    // ------------------------------------------------------------ applications

    get applications(): readonly StoredApplication[] {
      return state.applications;
    },

    application: (number: string) =>
      state.applications.find((a) => a.application.number === number),

    applicationByKey: (key: string) =>
      state.idempotency[key] ? db.application(state.idempotency[key]) : undefined,

    createApplication(input: ApplicationInput, idempotencyKey?: string): Application {
      const time = now();
      const municipalityId =
        input.kind === 'organization'
          ? (settlementById.get(input.settlementId ?? '')?.municipality.id ?? null)
          : (input.municipalityId ?? null);
      const application: Application = {
        number: nextNumber(input.kind),
        kind: input.kind,
        status: 'pending',
        fullName: input.fullName,
        email: input.administrator.email,
        submittedAt: time,
        updatedAt: time,
      };
      state.applications.push({ application, input, municipalityId });
      if (idempotencyKey) state.idempotency[idempotencyKey] = application.number;
      save();
      return application;
    },

    /** A moderator takes a received application into review. */
    reviewApplication(number: string): Application {
      const stored = findApplication(number);
      stored.application = { ...stored.application, status: 'review', updatedAt: now() };
      save();
      return stored.application;
    },

    /**
     * The moderator's approval: registers the organization or authority,
     * opens its account with a temporary password and sends the letter.
     */
    approveApplication(number: string): { login: string; password: string } {
      const stored = findApplication(number);
      const { input } = stored;
      const id = `${input.kind === 'organization' ? 'oo' : 'mouo'}-new-${number.slice(-6)}`;

      let registered: MockOrganization | Authority;
      if (input.kind === 'organization') {
        const organization: MockOrganization = {
          id,
          fullName: input.fullName,
          ...(input.shortName ? { shortName: input.shortName } : {}),
          inn: input.inn,
          ogrn: input.ogrn,
          kpp: input.kpp,
          address: input.address,
          settlementId: input.settlementId ?? '',
          profileUrl: `${PROFILE_BASE}${id}`,
          municipalityId: stored.municipalityId ?? '',
          connected: true,
        };
        state.organizations.push(organization);
        registered = organization;
      } else {
        const authority: Authority = {
          id,
          fullName: input.fullName,
          ...(input.shortName ? { shortName: input.shortName } : {}),
          inn: input.inn,
          municipalityId: input.municipalityId ?? '',
          profileUrl: `${PROFILE_BASE}${id}`,
        };
        state.authorities.push(authority);
        registered = authority;
      }

      const login = `${input.kind === 'organization' ? 'oo' : 'mouo'}${input.inn}`;
      const password = temporaryPassword();
      const { administrator } = input;
      state.accounts = state.accounts.filter((a) => a.login !== login);
      state.accounts.push({
        login,
        password,
        temporary: true,
        blocked: false,
        expired: false,
        name: [administrator.lastName, administrator.firstName, administrator.middleName]
          .filter(Boolean)
          .join(' '),
        email: administrator.email,
        phone: administrator.phone,
        ...(input.kind === 'organization' ? { organizationId: id } : { authorityId: id }),
      });
      // The organization's own contacts and head from the application; else the administrator's.
      const { head } = input;
      const prefill = profilePrefill(
        { ...registered, address: input.address } as MockOrganization,
        input.email ?? administrator.email,
      );
      state.wizards[login] = wizard({
        profile: {
          ...prefill,
          phone: input.phone ?? administrator.phone,
          ...(head
            ? {
                headName: [head.lastName, head.firstName, head.middleName]
                  .filter(Boolean)
                  .join(' '),
              }
            : {}),
        },
      });

      stored.application = { ...stored.application, status: 'approved', updatedAt: now() };
      delete stored.application.reason;
      send(approvalLetter(number, input, login, password));
      save();
      return { login, password };
    },

    /** The last letter that went to an address, if any did. */
    lastLetterTo(email: string): Letter | undefined {
      const address = email.toLowerCase();
      return state.outbox.findLast((letter) => letter.to.toLowerCase() === address);
    },

    /** The approval letter of an application once more, with the same login and password. */
    resendLetter(number: string): Letter | undefined {
      const { input } = findApplication(number);
      const to = input.administrator.email.toLowerCase();
      const approval = state.outbox.findLast((l) => l.to.toLowerCase() === to && l.login);
      if (!approval) return undefined;
      send({ ...approval, subject: `Повторно: ${approval.subject.replace(/^Повторно: /, '')}` });
      save();
      return state.outbox.at(-1);
    },

    rejectApplication(number: string, reason: string): void {
      const stored = findApplication(number);
      stored.application = { ...stored.application, status: 'rejected', reason, updatedAt: now() };
      send(rejectionLetter(number, stored.input, reason));
      save();
    },

    // ------------------------------------------------------------ reports

    addReport(report: ProfileReport): StoredReport {
      const stored: StoredReport = {
        ...report,
        id: `report-${state.reports.length + 1}`,
        createdAt: now(),
      };
      state.reports.push(stored);
      save();
      return stored;
    },

    // ------------------------------------------------------------ accounts and sessions

    account: (login: string) =>
      state.accounts.find((a) => a.login.toLowerCase() === login.trim().toLowerCase()),

    /** Failed logins of `login` in the last minute, after forgetting older ones. */
    recentFailures(login: string, at = Date.now()): number[] {
      const key = login.trim().toLowerCase();
      const recent = (failures.get(key) ?? []).filter((time) => at - time < 60_000);
      failures.set(key, recent);
      return recent;
    },

    recordFailure(login: string, at = Date.now()): void {
      db.recentFailures(login, at).push(at);
    },

    openSession(account: MockAccount): string {
      const token = randomText('abcdefghijklmnopqrstuvwxyz0123456789', 32);
      state.sessions[token] = account.login;
      save();
      return token;
    },

    closeSession(token: string): void {
      delete state.sessions[token];
      save();
    },

    sessionAccount(token: string): MockAccount | undefined {
      const login = state.sessions[token];
      return login ? db.account(login) : undefined;
    },

    // ------------------------------------------------------------ wizards

    activation(login: string) {
      const saved = progress(login).activation;
      const steps = ACTIVATION_STEPS.map((id) => ({
        id,
        status: saved[id] ? ('done' as const) : ('needed' as const),
      }));
      // Passwords never travel back to the browser.
      const data: Record<string, unknown> = Object.fromEntries(
        Object.entries(saved).filter(([id]) => id !== 'password'),
      );
      // The contacts to confirm are those of the application, until confirmed.
      const account = db.account(login);
      if (!saved.contacts && account?.phone) {
        data.contacts = { email: account.email, phone: account.phone };
      }
      const version = progress(login).versions?.activation ?? 0;
      return { steps, next: steps.find((s) => s.status !== 'done')?.id ?? null, data, version };
    },

    saveActivationStep(login: string, step: ActivationStepId, data: StepData) {
      const wizardProgress = progress(login);
      const account = db.account(login);
      if (step === 'password') {
        // The new password holds from the moment it is saved: the one from the letter is spent.
        if (account) {
          account.password = String(data.newPassword);
          account.temporary = false;
        }
        wizardProgress.activation.password = {};
      } else if (step === 'contacts') {
        // The codes are spent: the contacts are kept without them.
        wizardProgress.activation.contacts = { email: data.email, phone: data.phone };
        delete wizardProgress.codes;
      } else {
        wizardProgress.activation[step] = data;
      }

      if (account && step === 'contacts') account.email = String(data.email);
      countSave(wizardProgress, 'activation');
      save();
      return db.activation(login);
    },

    /** Sends a code to a contact, or says how long to wait before the next one. */
    sendContactCode(
      login: string,
      channel: ContactChannel,
      address: string,
      at = Date.now(),
    ): { resendAfter: number } | { retryAfter: number } {
      const codes = (progress(login).codes ??= {});
      const last = codes[channel];
      const wait = last ? Math.ceil((last.sentAt + CODE_RESEND_SECONDS * 1000 - at) / 1000) : 0;
      if (wait > 0) return { retryAfter: wait };

      const code = db.account(login)?.testCode ?? newCode();
      codes[channel] = { address, code, sentAt: at };
      send(codeLetter(channel, address, code));
      save();
      return { resendAfter: CODE_RESEND_SECONDS };
    },

    /** Whether `code` is the last one sent to `address` over the channel. */
    contactCodeMatches(login: string, channel: ContactChannel, address: string, code: string) {
      const sent = progress(login).codes?.[channel];
      return Boolean(sent && sent.address === address && sent.code === code);
    },

    setup(login: string) {
      const { setup: saved, prefill } = progress(login);
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
        data: { ...prefill, ...saved },
        version: progress(login).versions?.setup ?? 0,
      };
    },

    saveSetupStep(login: string, step: SetupStepId, data: StepData) {
      const wizardProgress = progress(login);
      wizardProgress.setup[step] = data;
      countSave(wizardProgress, 'setup');
      if (step === 'staff') {
        const invitations = (data as Partial<StaffStep>).invitations ?? [];
        const profile = wizardProgress.setup.profile ?? wizardProgress.prefill.profile;
        const name = String(profile?.shortName || profile?.fullName || db.account(login)?.name);
        const letters = invitationLetters(invitations, wizardProgress.invited ?? [], name);
        letters.forEach(send);
        wizardProgress.invited = [...(wizardProgress.invited ?? []), ...letters.map((l) => l.to)];
      }
      save();
      return db.setup(login);
    },

    needsActivation: (login: string) => db.activation(login).next !== null,

    /** Setup is ahead while a step is neither done nor skipped: an optional one is still offered. */
    needsSetup(login: string): boolean {
      const account = db.account(login);
      const steps = db.setup(login).steps;
      return Boolean(account?.organizationId) && steps.some((step) => step.status !== 'done');
    },

    // ------------------------------------------------------------ coverage

    /** The coverage numbers of a municipality, or of the region for `null`. */
    coverage: (municipalityId: string | null) => coverageSummary(db, municipalityId),
  };
  return db;
}
