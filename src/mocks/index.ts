/**
 * The mock backend of edu-connect, in the browser: the contract's API over
 * real Dagestan settlements and generated schools, for demos, Storybook and
 * integrators' own test pages. Not part of the widgets' bundle.
 */
import { createMockDb } from './db.js';
import { createHandlers } from './handlers.js';

export * from './db.js';
export { LETTER_SENT_EVENT } from './events.js';
export { createHandlers, type HandlerOptions } from './handlers.js';
export { scenarioHandlers, HOSTILE_TEXT } from './scenarios.js';
export { hugeListHandlers } from './huge.js';
export { generateRegistry, settlementAdjective, type MockOrganization } from './generate.js';
export { problem } from './problems.js';

export interface MockBackendOptions {
  /** Where the widgets' `api-base` points; `/api` by default. */
  baseUrl?: string;
  /** `local` (default) keeps the state across reloads; `memory` starts afresh. */
  persist?: 'local' | 'memory';
  /** URL of MSW's service worker script, served at the site's root. */
  serviceWorkerUrl?: string;
  /** Milliseconds every answer waits, to feel a slow connection. */
  delayMs?: number;
}

/** Starts the mock backend in this page and returns its db and worker. */
export async function startMockBackend({
  baseUrl = '/api',
  persist = 'local',
  serviceWorkerUrl = '/mockServiceWorker.js',
  delayMs,
}: MockBackendOptions = {}) {
  // Loaded here, so that tests in Node can import the handlers (with msw/node) without it.
  const { setupWorker } = await import('msw/browser');
  const db = createMockDb({ persist });
  const worker = setupWorker(...createHandlers({ db, baseUrl, delayMs }));
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: serviceWorkerUrl },
  });
  return { db, worker };
}
