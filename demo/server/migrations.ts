/**
 * The schema of the reference server's SQLite database, one migration per
 * entry. A database remembers how many it has run (`PRAGMA user_version`);
 * opening it runs the rest, each in a transaction. Append, never edit.
 */
import type { Database } from 'better-sqlite3';

export const MIGRATIONS: readonly string[] = [
  // 1: places, the registry, applications, accounts and the journey's state.
  `
  CREATE TABLE municipalities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT,
    region TEXT
  );
  CREATE TABLE settlements (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT,
    municipality_id TEXT NOT NULL,
    municipality_name TEXT NOT NULL,
    region TEXT
  );
  CREATE INDEX settlements_by_name ON settlements (name);

  CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    settlement_id TEXT NOT NULL,
    municipality_id TEXT NOT NULL,
    inn TEXT,
    ogrn TEXT,
    connected INTEGER NOT NULL DEFAULT 0,
    record TEXT NOT NULL
  );
  CREATE INDEX organizations_by_settlement ON organizations (settlement_id);
  CREATE INDEX organizations_by_municipality ON organizations (municipality_id);
  CREATE INDEX organizations_by_inn ON organizations (inn);
  CREATE INDEX organizations_by_ogrn ON organizations (ogrn);

  CREATE TABLE authorities (
    id TEXT PRIMARY KEY,
    municipality_id TEXT NOT NULL,
    inn TEXT,
    record TEXT NOT NULL
  );
  CREATE INDEX authorities_by_municipality ON authorities (municipality_id);

  CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);

  CREATE TABLE applications (
    number TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    municipality_id TEXT,
    idempotency_key TEXT UNIQUE,
    record TEXT NOT NULL,
    input TEXT NOT NULL
  );

  CREATE TABLE reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    record TEXT NOT NULL
  );

  CREATE TABLE accounts (login TEXT PRIMARY KEY COLLATE NOCASE, record TEXT NOT NULL);
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    login TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE login_failures (login TEXT NOT NULL COLLATE NOCASE, at INTEGER NOT NULL);
  CREATE INDEX login_failures_by_login ON login_failures (login, at);

  CREATE TABLE wizard_steps (
    login TEXT NOT NULL COLLATE NOCASE,
    wizard TEXT NOT NULL,
    step TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (login, wizard, step)
  );
  CREATE TABLE wizard_prefill (
    login TEXT NOT NULL COLLATE NOCASE,
    step TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (login, step)
  );
  CREATE TABLE pending_passwords (login TEXT PRIMARY KEY COLLATE NOCASE, hash TEXT NOT NULL);

  CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, record TEXT NOT NULL);
  `,
  // 2: a trigram index of settlement names, for the `trigram` search (rowids of settlements).
  `
  CREATE VIRTUAL TABLE settlement_names USING fts5 (name, tokenize = 'trigram case_sensitive 0');
  INSERT INTO settlement_names (rowid, name) SELECT rowid, name FROM settlements;
  `,
  // 3: confirmation codes of the contacts step, and the version of each wizard.
  `
  CREATE TABLE contact_codes (
    login TEXT NOT NULL COLLATE NOCASE,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    code TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    PRIMARY KEY (login, channel)
  );
  CREATE TABLE wizard_versions (
    login TEXT NOT NULL COLLATE NOCASE,
    wizard TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (login, wizard)
  );
  `,
];

/** Runs the migrations `db` has not run yet; answers how many it ran. */
export function migrate(db: Database): number {
  const done = db.pragma('user_version', { simple: true }) as number;
  const pending = MIGRATIONS.slice(done);
  pending.forEach((sql, index) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${done + index + 1}`);
    })();
  });
  return pending.length;
}
