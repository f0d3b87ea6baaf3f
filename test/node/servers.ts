/// <reference types="node" />
/**
 * Servers for the Node tests: the reference server, or a copy of it broken
 * on purpose by a wrapper around its fetch, on a free loopback port.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../demo/server/app.js';
import { SqliteStore, type SearchMode } from '../../demo/server/sqlite-store.js';

type Fetch = (request: Request) => Response | Promise<Response>;

export interface TestServer {
  apiUrl: string;
  store: SqliteStore;
  close(): Promise<void>;
}

/** The reference server over `path` (a fresh in-memory database by default). */
export async function serveReference(
  options: {
    path?: string;
    search?: SearchMode;
    writesPerMinute?: number;
    wrap?: (fetch: Fetch) => Fetch;
  } = {},
): Promise<TestServer> {
  const store = new SqliteStore({ path: options.path ?? ':memory:', search: options.search });
  const app = createApp({ store, writesPerMinute: options.writesPerMinute });
  const fetch: Fetch = (request) => app.fetch(request);
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve(
      { fetch: options.wrap ? options.wrap(fetch) : fetch, port: 0, hostname: '127.0.0.1' },
      () => resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    store,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

/** Rewrites the JSON answers of `fetch` with `change`. */
export const rewriteJson =
  (change: (text: string) => string) =>
  (fetch: Fetch): Fetch =>
  async (request) => {
    const response = await fetch(request);
    if (!/json/.test(response.headers.get('Content-Type') ?? '')) return response;
    return new Response(change(await response.text()), {
      status: response.status,
      headers: response.headers,
    });
  };
