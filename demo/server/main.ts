/**
 * `npm run start:server`: the built demo served with the reference server
 * as its backend, on `$PORT` or 5173 (`0` for any free port), on every
 * interface or on `$HOST`. The data lives in `$EDU_CONNECT_DB`
 * (`.data/edu-connect.sqlite` by default) and survives restarts;
 * `EDU_CONNECT_SEARCH=like` or `trigram` searches settlements in SQLite alone.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const path = process.env.EDU_CONNECT_DB || join(root, '.data/edu-connect.sqlite');
mkdirSync(dirname(path), { recursive: true });

const server = await startServer({
  port: process.env.PORT ? Number(process.env.PORT) : 5173,
  hostname: process.env.HOST || '0.0.0.0',
  site: join(root, 'dist-demo'),
  path,
  search: (['like', 'trigram'] as const).find((mode) => mode === process.env.EDU_CONNECT_SEARCH),
});
console.log(`edu-connect demo on the reference server: http://localhost:${server.port}/`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
