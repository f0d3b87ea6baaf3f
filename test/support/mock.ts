/**
 * The mock backend for browser tests: one worker per test page, fresh seeded
 * data in memory after every test.
 *
 *   before(() => mock.start());
 *   afterEach(() => mock.reset());
 *   mock.worker.use(http.get('/api/settlements', () => HttpResponse.error()));
 */
import { setupWorker } from 'msw/browser';
import { createMockDb } from '../../src/mocks/db.js';
import { createHandlers } from '../../src/mocks/handlers.js';

const db = createMockDb({ persist: 'memory' });
const worker = setupWorker(...createHandlers({ db, baseUrl: '/api' }));
let started: Promise<unknown> | undefined;

export const mock = {
  db,
  worker,

  /** Starts the worker once for the page; later calls wait for the same start. */
  start(): Promise<unknown> {
    started ??= worker.start({
      quiet: true,
      onUnhandledRequest: 'bypass',
      serviceWorker: { url: '/mockServiceWorker.js' },
    });
    return started;
  },

  /** Back to the seeded data, without the handlers a test added. */
  reset(): void {
    worker.resetHandlers();
    db.reset();
  },
};
