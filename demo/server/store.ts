/**
 * The data layer of the reference server, as one interface. The HTTP layer
 * (`app.ts`) knows only this; SQLite (`sqlite-store.ts`) is one adapter, and
 * PostgreSQL would be another. Every method is asynchronous so that an
 * adapter over the network fits the same shape.
 */
import type { ContactChannel } from '../../src/contract/confirmation.js';
import type { CoverageData } from '../../src/mocks/coverage.js';
import type {
  Application,
  ApplicationInput,
  Authority,
  Municipality,
  Organization,
  ProfileReport,
  Settlement,
} from '../../src/contract/types.js';

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface Found<T> {
  items: T[];
  total: number;
}

export interface StoredApplication {
  application: Application;
  input: ApplicationInput;
  municipalityId: string | null;
}

export interface Account {
  login: string;
  /** scrypt hash of the password, `salt:hash` in hex. */
  passwordHash: string;
  temporary: boolean;
  blocked: boolean;
  expired: boolean;
  name: string;
  email: string;
  phone?: string;
  organizationId?: string;
  authorityId?: string;
  /** Of a test account: the code every confirmation code sent to its contacts is. */
  testCode?: string;
}

/** A confirmation code sent to a contact, kept until the contacts step is saved. */
export interface SentCode {
  address: string;
  code: string;
  /** When it was sent, in ms. */
  sentAt: number;
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

export type Wizard = 'activation' | 'setup';
export type StepData = Record<string, unknown>;

/** What one moderator's approval writes, all or nothing. */
export interface Approval {
  number: string;
  organization?: Organization & { municipalityId: string };
  authority?: Authority;
  account: Account;
  /** Prefill of the setup steps from the application. */
  prefill: Record<string, StepData>;
  letter: Omit<Letter, 'sentAt'>;
}

/** The outcome of creating an application under an idempotency key. */
export type Created =
  { created: true; stored: StoredApplication } | { created: false; stored: StoredApplication };

export interface Store {
  searchSettlements(
    query: string,
    region: string | null,
    page: PageRequest,
  ): Promise<Found<Settlement>>;
  settlement(id: string): Promise<Settlement | undefined>;
  searchMunicipalities(
    query: string,
    region: string | null,
    page: PageRequest,
  ): Promise<Found<Municipality>>;
  municipality(id: string): Promise<Municipality | undefined>;

  organizationsOf(settlementId: string): Promise<Organization[]>;
  organization(id: string): Promise<Organization | undefined>;
  authoritiesOf(municipalityId: string): Promise<Authority[]>;
  authority(id: string): Promise<Authority | undefined>;
  /** Organizations with this INN or OGRN, or in this settlement: what may duplicate. */
  duplicateCandidates(candidate: {
    inn?: string;
    ogrn?: string;
    settlementId?: string;
  }): Promise<Organization[]>;
  registeredOrganization(inn: string, ogrn: string): Promise<Organization | undefined>;
  registeredAuthority(inn: string): Promise<Authority | undefined>;

  /**
   * Creates the application, unless `key` was used before: then answers
   * with the application created under it. Atomic for concurrent calls.
   */
  createApplication(
    input: ApplicationInput,
    key: string,
    municipalityId: string | null,
  ): Promise<Created>;
  applicationByKey(key: string): Promise<StoredApplication | undefined>;
  application(number: string): Promise<StoredApplication | undefined>;
  applications(): Promise<StoredApplication[]>;
  approve(approval: Approval): Promise<void>;
  reject(number: string, reason: string, letter: Omit<Letter, 'sentAt'>): Promise<void>;
  /** A moderator takes a received application into review. */
  review(number: string): Promise<void>;
  outbox(): Promise<Letter[]>;
  /** Writes a letter (or a text message) to the outbox. */
  sendLetter(letter: Omit<Letter, 'sentAt'>): Promise<Letter>;

  addReport(report: ProfileReport): Promise<{ id: string; createdAt: string }>;

  account(login: string): Promise<Account | undefined>;
  updateAccount(login: string, change: Partial<Omit<Account, 'login'>>): Promise<void>;
  recordFailure(login: string, at: number): Promise<void>;
  /** Times (ms) of the failed logins of `login` since `since`, oldest first. */
  failuresSince(login: string, since: number): Promise<number[]>;
  openSession(login: string): Promise<string>;
  closeSession(token: string): Promise<void>;
  sessionLogin(token: string): Promise<string | undefined>;

  steps(login: string, wizard: Wizard): Promise<Record<string, StepData>>;
  /**
   * Saves a step and counts the save in the wizard's version, both at once; with
   * `ifVersion`, only while the wizard is at that version (false when it is not).
   */
  saveStep(
    login: string,
    wizard: Wizard,
    step: string,
    data: StepData,
    ifVersion?: number,
  ): Promise<boolean>;
  /** How many saves the wizard has had: its `version`. */
  version(login: string, wizard: Wizard): Promise<number>;
  /** The last code sent over `channel` to the contacts of `login`. */
  sentCode(login: string, channel: ContactChannel): Promise<SentCode | undefined>;
  /** Keeps the code and writes its letter to the outbox, both or neither. */
  sendCode(
    login: string,
    channel: ContactChannel,
    sent: SentCode,
    letter: Omit<Letter, 'sentAt'>,
  ): Promise<void>;
  /** Forgets the codes of `login`: they are spent once the contacts are saved. */
  clearCodes(login: string): Promise<void>;
  prefill(login: string): Promise<Record<string, StepData>>;

  /** The registry, applications and places that coverage is counted from. */
  coverageData(): Promise<CoverageData>;

  /** Puts the seeded data back, for the demo's reset. */
  reset(): Promise<void>;
  close(): Promise<void>;
}
