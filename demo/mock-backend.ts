/// <reference types="vite/client" />
/**
 * Starts the built-in mock backend for a demo page. An integrator's own test
 * page would do the same with `edu-connect/mocks`; the library bundle has no
 * mock inside. Built for the reference server (`npm run start:server`), the
 * pages talk to it instead and no mock starts.
 */
import { startMockBackend } from '../src/mocks/index.js';

interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
}

/*
 * Under `require-trusted-types-for 'script'`, registering MSW's service worker
 * takes a trusted script URL. The demo page allows its own worker and nothing else.
 */
const trustedTypes = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
trustedTypes?.createPolicy('default', {
  createScriptURL(url) {
    const resolved = new URL(url, document.baseURI);
    if (resolved.origin === location.origin && resolved.pathname === '/mockServiceWorker.js') {
      return resolved.href;
    }
    throw new TypeError(`Not a script of this demo: ${url}`);
  },
});

export const backend =
  import.meta.env.VITE_BACKEND === 'server'
    ? null
    : await startMockBackend({ baseUrl: '/api', persist: 'local' });
