/// <reference types="node" />
/**
 * The reference server as a backend team relies on it: its data survives a
 * restart, an older database is migrated keeping its data, one Idempotency-Key
 * makes one application however many arrive at once, and a body that breaks
 * the contract gets a 422 naming the field.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { ApplicationInput } from '../../src/contract/types.js';
import { MIGRATIONS } from '../../demo/server/migrations.js';
import { SqliteStore } from '../../demo/server/sqlite-store.js';
import { serveReference } from './servers.js';

const folder = mkdtempSync(join(tmpdir(), 'edu-connect-server-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const application: ApplicationInput = {
  kind: 'organization',
  settlementId: '0500500000100',
  fullName: 'Муниципальное казённое общеобразовательное учреждение "Ахтынская СОШ № 9"',
  inn: '0504406419',
  ogrn: '1190504870192',
  kpp: '050401001',
  address: '368730, Республика Дагестан, Ахтынский район, с. Ахты, ул. Гагарина, д. 5',
  administrator: {
    lastName: 'Алиева',
    firstName: 'Зарема',
    position: 'Секретарь',
    email: 'sekretar@ahty-sosh9.ru',
    phone: '+79280000009',
  },
};

const send = (apiUrl: string, key: string, body: unknown = application) =>
  fetch(`${apiUrl}/applications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });

describe('reference server', () => {
  test('keeps applications, decisions and wizard progress through a restart', async () => {
    const path = join(folder, 'restart.sqlite');
    const first = await serveReference({ path });
    const created = await send(first.apiUrl, 'restart-1');
    assert.equal(created.status, 201);
    const { number } = (await created.json()) as { number: string };
    const approved = await fetch(`${first.apiUrl}/_demo/applications/${number}/approve`, {
      method: 'POST',
    });
    const { login, password } = (await approved.json()) as { login: string; password: string };
    const session = await fetch(`${first.apiUrl}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
    const { token } = (await session.json()) as { token: string };
    const terms = await fetch(`${first.apiUrl}/activation/terms`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ acceptTerms: true, acceptPersonalData: true }),
    });
    assert.equal(terms.status, 200);
    await first.close();

    const second = await serveReference({ path });
    try {
      const status = await fetch(
        `${second.apiUrl}/applications/${encodeURIComponent(number)}?email=${application.administrator.email}`,
      );
      assert.equal(status.status, 200);
      assert.equal(((await status.json()) as { status: string }).status, 'approved');
      const activation = await fetch(`${second.apiUrl}/activation`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      assert.equal(activation.status, 200, 'the session survives the restart');
      const state = (await activation.json()) as {
        steps: { id: string; status: string }[];
        version: number;
      };
      assert.equal(state.steps.find((step) => step.id === 'terms')?.status, 'done');
      assert.equal(state.version, 1, 'the wizard keeps its version through the restart');
      const letters = (await (await fetch(`${second.apiUrl}/_demo/outbox`)).json()) as {
        items: { to: string }[];
      };
      assert.ok(letters.items.some((letter) => letter.to === application.administrator.email));
    } finally {
      await second.close();
    }
  });

  test('upgrades a database of the previous schema, keeps its data, saves by version', async () => {
    const path = join(folder, 'upgrade.sqlite');
    const old = new SqliteStore({ path });
    const applications = (await old.applications()).length;
    // Back to the schema before codes and wizard versions.
    old.db.exec('DROP TABLE contact_codes; DROP TABLE wizard_versions;');
    old.db.pragma(`user_version = ${MIGRATIONS.length - 1}`);
    await old.close();

    const store = new SqliteStore({ path });
    try {
      assert.equal(store.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
      assert.equal((await store.applications()).length, applications);
      assert.equal(await store.saveStep('demo-school', 'setup', 'year', { name: '2026/27' }), true);
      assert.equal(await store.version('demo-school', 'setup'), 1);
      // A save that expects the version before it is refused, and nothing is written.
      const stale = await store.saveStep('demo-school', 'setup', 'year', { name: 'old' }, 0);
      assert.equal(stale, false);
      assert.equal(await store.version('demo-school', 'setup'), 1);
      assert.deepEqual((await store.steps('demo-school', 'setup')).year, { name: '2026/27' });
    } finally {
      await store.close();
    }
  });

  test('tells received from under review, and decides from either', async () => {
    const server = await serveReference();
    const statusOf = async (number: string) => {
      const answer = await fetch(
        `${server.apiUrl}/applications/${encodeURIComponent(number)}?email=${application.administrator.email}`,
      );
      return ((await answer.json()) as { status: string }).status;
    };
    const moderate = (number: string, action: string) =>
      fetch(`${server.apiUrl}/_demo/applications/${number}/${action}`, { method: 'POST' });
    try {
      const created = await send(server.apiUrl, 'review-1');
      const { number } = (await created.json()) as { number: string };
      assert.equal(await statusOf(number), 'pending');
      assert.equal((await moderate(number, 'review')).status, 200);
      assert.equal(await statusOf(number), 'review');
      assert.equal((await moderate(number, 'approve')).status, 200);
      assert.equal(await statusOf(number), 'approved');
      assert.equal((await moderate(number, 'review')).status, 409);
    } finally {
      await server.close();
    }
  });

  test('creates one application for ten parallel sendings with one Idempotency-Key', async () => {
    const server = await serveReference();
    try {
      const before = (await server.store.applications()).length;
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => send(server.apiUrl, 'parallel-1')),
      );
      const numbers = await Promise.all(
        answers.map(async (answer) => ((await answer.json()) as { number: string }).number),
      );
      assert.deepEqual(
        answers.map((answer) => answer.status).sort(),
        [200, 200, 200, 200, 200, 200, 200, 200, 200, 201],
      );
      assert.equal(new Set(numbers).size, 1);
      assert.equal((await server.store.applications()).length, before + 1);
    } finally {
      await server.close();
    }
  });

  test('answers a body that breaks the contract with a 422 naming each field', async () => {
    const server = await serveReference();
    try {
      const seeded = (await server.store.applications()).length;
      const answer = await send(server.apiUrl, 'broken-1', {
        ...application,
        ogrn: '1190504870193',
        administrator: { ...application.administrator, phone: '8 928 000' },
      });
      assert.equal(answer.status, 422);
      assert.equal(answer.headers.get('Content-Type'), 'application/problem+json');
      const problem = (await answer.json()) as { errors: { path: string[]; message: string }[] };
      assert.deepEqual(
        problem.errors.map((error) => error.path.join('.')),
        ['ogrn', 'administrator.phone'],
      );
      assert.match(problem.errors[0]!.message, /ОГРН не проходит проверку/);
      assert.equal((await server.store.applications()).length, seeded, 'nothing was stored');
    } finally {
      await server.close();
    }
  });

  test('limits writes per client with 429 and Retry-After', async () => {
    const server = await serveReference({ writesPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const answer = await fetch(`${server.apiUrl}/duplicates`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: 'Ахтынская СОШ' }),
        });
        statuses.push(answer.status);
        if (answer.status === 429) assert.match(answer.headers.get('Retry-After') ?? '', /^\d+$/);
      }
      assert.deepEqual(statuses, [200, 200, 200, 429]);
    } finally {
      await server.close();
    }
  });

  test('answers searches from SQLite alone in the baselines the benchmark compares with', async () => {
    const query = (apiUrl: string, text: string) =>
      fetch(`${apiUrl}/settlements?query=${encodeURIComponent(text)}`)
        .then((answer) => answer.json() as Promise<{ items: { name: string }[]; total: number }>)
        .then((page) => page.items.map((item) => item.name));
    const trigram = await serveReference({ search: 'trigram' });
    const like = await serveReference({ search: 'like' });
    try {
      assert.ok((await query(trigram.apiUrl, 'махачк')).includes('Махачкала'), 'any case');
      assert.ok((await query(trigram.apiUrl, 'Ах')).includes('Ахты'), 'two letters');
      assert.ok((await query(like.apiUrl, 'ахачк')).includes('Махачкала'));
      assert.deepEqual(await query(like.apiUrl, 'vf[fxrfkf'), [], 'LIKE knows no layouts');
      const reset = await fetch(`${trigram.apiUrl}/_demo/reset`, { method: 'POST' });
      assert.equal(reset.status, 204);
      assert.ok((await query(trigram.apiUrl, 'махачк')).includes('Махачкала'), 'after a reset');
    } finally {
      await trigram.close();
      await like.close();
    }
  });
});
