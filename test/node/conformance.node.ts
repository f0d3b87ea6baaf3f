/// <reference types="node" />
/**
 * The conformance checker against the reference server and the mock, which
 * must pass, and against copies of the server broken on purpose, which must
 * fail naming each fault.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { setupServer } from 'msw/node';
import { runConformance, type ConformanceReport } from '../../src/conformance/checker.js';
import { createMockDb } from '../../src/mocks/db.js';
import { createHandlers } from '../../src/mocks/handlers.js';
import { rewriteJson, serveReference, type TestServer } from './servers.js';

const faultsOf = (report: ConformanceReport) =>
  report.results.flatMap((result) => result.faults.map((fault) => `${result.name}: ${fault}`));

function assertPasses(report: ConformanceReport): void {
  assert.deepEqual(faultsOf(report), []);
  assert.equal(report.failed, 0);
  assert.ok(report.passed >= 13, `only ${report.passed} checks ran`);
}

describe('conformance checker', () => {
  test('passes against the reference server and exercises every route', async () => {
    const server = await serveReference();
    try {
      const report = await runConformance({ baseUrl: server.apiUrl });
      assertPasses(report);
      assert.deepEqual(report.notExercised, []);
    } finally {
      await server.close();
    }
  });

  test('passes a second time against the same server', async () => {
    const server = await serveReference();
    try {
      assertPasses(await runConformance({ baseUrl: server.apiUrl }));
      assertPasses(await runConformance({ baseUrl: server.apiUrl }));
    } finally {
      await server.close();
    }
  });

  test('passes against the mock backend', async () => {
    const baseUrl = 'http://mock.test/api';
    const mock = setupServer(...createHandlers({ db: createMockDb(), baseUrl }));
    mock.listen({ onUnhandledRequest: 'error' });
    try {
      assertPasses(await runConformance({ baseUrl }));
    } finally {
      mock.close();
    }
  });

  test('fails against a server that renamed a field, naming the field', async () => {
    const server = await serveReference({
      wrap: rewriteJson((text) => text.replaceAll('"nextCursor":', '"next":')),
    });
    try {
      const report = await runConformance({ baseUrl: server.apiUrl });
      assert.ok(report.failed > 0);
      assert.ok(
        faultsOf(report).some((f) => /GET \/settlements 200: .*SettlementPage: nextCursor/.test(f)),
        faultsOf(report).join('\n'),
      );
    } finally {
      await server.close();
    }
  });

  test('fails against a server whose 404 is no problem+json, naming the route', async () => {
    const server = await serveReference({
      wrap: (fetch) => async (request) => {
        const response = await fetch(request);
        return response.status === 404
          ? new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
          : response;
      },
    });
    try {
      const faults = faultsOf(await runConformance({ baseUrl: server.apiUrl }));
      assert.ok(
        faults.some((f) => /GET \/settlements\/\{id\} 404: not problem\+json/.test(f)),
        faults.join('\n'),
      );
      assert.ok(faults.some((f) => /GET \/organizations\/\{id\} 404: not problem\+json/.test(f)));
    } finally {
      await server.close();
    }
  });

  test('fails against a server that loses the Idempotency-Key, naming both applications', async () => {
    let sent = 0;
    const server = await serveReference({
      wrap: (fetch) => (request) => {
        const headers = new Headers(request.headers);
        if (headers.has('Idempotency-Key')) headers.set('Idempotency-Key', `lost-${++sent}`);
        return fetch(new Request(request, { headers }));
      },
    });
    try {
      const faults = faultsOf(await runConformance({ baseUrl: server.apiUrl }));
      assert.ok(
        faults.some((f) => /same Idempotency-Key created two applications: ОО-\d+-\d+ and/.test(f)),
        faults.join('\n'),
      );
      assert.ok(faults.some((f) => /five parallel sendings with one key created 5/.test(f)));
    } finally {
      await server.close();
    }
  });

  test('fails against a server that ignores If-Match, naming the stale saves', async () => {
    const server = await serveReference({
      wrap: (fetch) => (request) => {
        const headers = new Headers(request.headers);
        headers.delete('If-Match');
        return fetch(new Request(request, { headers }));
      },
    });
    try {
      const faults = faultsOf(await runConformance({ baseUrl: server.apiUrl }));
      assert.ok(
        faults.some((f) => /activation\.terms with a stale If-Match: expected 409/.test(f)),
        faults.join('\n'),
      );
      assert.ok(faults.some((f) => /setup\.profile with a stale If-Match: expected 409/.test(f)));
    } finally {
      await server.close();
    }
  });

  describe('as a command', () => {
    let server: TestServer;
    before(async () => {
      server = await serveReference();
    });
    after(() => server.close());

    const cli = join(import.meta.dirname, '../../src/conformance/cli.ts');
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', cli, ...args], {
        cwd: join(import.meta.dirname, '../..'),
      });

    test('prints each check and exits 0 when every check passes', async () => {
      const { stdout } = await run('--base-url', server.apiUrl);
      assert.match(stdout, /✓ settlement search finds what people mistype/);
      assert.match(stdout, /^\d+ passed, 0 failed$/m);
    });

    test('exits 1 and prints what was wrong when a check fails', async () => {
      const fixtures = join(import.meta.dirname, 'fixtures/unknown-account.json');
      await assert.rejects(run('--base-url', server.apiUrl, '--fixtures', fixtures), (error) => {
        const { code, stdout } = error as { code: number; stdout: string };
        assert.equal(code, 1);
        assert.match(stdout, /✗ login, every activation step/);
        assert.match(stdout, /login as nobody-here: expected 200, got 401/);
        assert.match(stdout, /^\d+ passed, 1 failed$/m);
        return true;
      });
    });
  });
});
