/**
 * Starting and stopping the reference server: the API on a SQLite file and,
 * when given, the built demo's pages from the same origin.
 */
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';
import { SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';

export interface ServerOptions extends SqliteStoreOptions, Omit<AppOptions, 'store'> {
  /** Port to listen on; 0 for any free one. */
  port: number;
  hostname?: string;
  /** Folder of the built demo to serve beside the API. */
  site?: string;
}

export interface RunningServer {
  /** Where the API answers, e.g. `http://127.0.0.1:5173/api`. */
  apiUrl: string;
  port: number;
  store: SqliteStore;
  close(): Promise<void>;
}

export async function startServer({
  port,
  hostname = '127.0.0.1',
  site,
  path,
  search,
  seed,
  ...appOptions
}: ServerOptions): Promise<RunningServer> {
  const store = new SqliteStore({ path, search, seed });
  const app = createApp({ store, ...appOptions });
  if (site) {
    app.use('/*', serveStatic({ root: site }));
    app.get('*', serveStatic({ path: `${site}/index.html` }));
  }

  const server = await new Promise<ServerType>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port, hostname }, () => resolve(started));
    started.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
  return {
    apiUrl: `http://${host}:${address.port}${appOptions.basePath ?? '/api'}`,
    port: address.port,
    store,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
