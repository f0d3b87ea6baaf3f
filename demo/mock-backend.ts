/// <reference types="vite/client" />
/**
 * Starts the built-in mock backend for a demo page. An integrator's own test
 * page would do the same with `edu-connect/mocks`; the library bundle has no
 * mock inside. Built for the reference server (`npm run start:server`), the
 * pages talk to it instead and no mock starts.
 */
import { startMockBackend } from '../src/mocks/index.js';

export const backend =
  import.meta.env.VITE_BACKEND === 'server'
    ? null
    : await startMockBackend({ baseUrl: '/api', persist: 'local' });
