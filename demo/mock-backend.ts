/**
 * Starts the built-in mock backend for a demo page. An integrator's own test
 * page would do the same with `edu-connect/mocks`; the library bundle has no
 * mock inside.
 */
import { startMockBackend } from '../src/mocks/index.js';

export const backend = await startMockBackend({ baseUrl: '/api', persist: 'local' });
