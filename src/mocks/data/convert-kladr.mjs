#!/usr/bin/env node
/**
 * Turns the Dagestan subset of KLADR (CSV, see SOURCES.md) into the
 * settlements and municipalities of the mock backend.
 *
 *   node src/mocks/data/convert-kladr.mjs path/to/dagestan_kladr_2021.csv
 *
 * Writes dagestan-settlements.json beside this script.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const input = process.argv[2];
if (!input) {
  console.error('Usage: node convert-kladr.mjs <dagestan_kladr_2021.csv>');
  process.exit(1);
}
const output = fileURLToPath(new URL('./dagestan-settlements.json', import.meta.url));

// The file has no quoted fields, so a plain split is a faithful parse.
const [header, ...lines] = readFileSync(input, 'utf8').split(/\r?\n/).filter(Boolean);
const columns = header.split(',');
const rows = lines.map((line) => {
  const cells = line.split(',');
  return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
});

const collator = new Intl.Collator('ru');
const byName = (a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);

// A level-3 row inside a district is a KLADR sub-unit of that district, not a
// city: "Зубутлинский" in Казбековский район has no settlements under it and
// is no town. Only level-3 rows directly under the region are cities.
const cityRows = rows.filter((row) => row.level === '3' && row.dist_code === '');
const skipped = rows.filter((row) => row.level === '3' && row.dist_code !== '');
const districtRows = rows.filter((row) => row.level === '2');
const settlementRows = rows.filter((row) => row.level === '4');

const cityMunicipality = (name) => `городской округ "город ${name}"`;
const districtMunicipality = (name) => `${name} район`;

const municipalities = [
  ...cityRows.map((row) => ({ id: row.code, name: cityMunicipality(row.name), kind: 'city' })),
  ...districtRows.map((row) => ({
    id: row.code,
    name: districtMunicipality(row.name),
    kind: 'district',
  })),
].sort(byName);
const municipalityById = new Map(municipalities.map((m) => [m.id, m]));

function municipalityOf(row) {
  const code = row.city_code || row.dist_code;
  const municipality = municipalityById.get(code);
  if (!municipality) throw new Error(`No municipality ${code} for ${row.code} ${row.name}`);
  return { id: municipality.id, name: municipality.name };
}

const cities = cityRows.map((row) => ({
  id: row.code,
  name: row.name,
  kind: 'город',
  municipality: municipalityOf(row),
}));
const villages = settlementRows.map((row) => ({
  id: row.code,
  name: row.name,
  municipality: municipalityOf(row),
}));
const settlements = [...cities, ...villages.sort(byName)];

const names = new Map();
for (const { name } of settlements) names.set(name, (names.get(name) ?? 0) + 1);
const repeated = [...names.values()].filter((count) => count > 1).length;

// One record a line: small diffs when KLADR is converted again.
const list = (records) => `[\n${records.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`;
writeFileSync(
  output,
  `{\n  "region": "05",\n  "municipalities": ${list(municipalities)},\n` +
    `  "settlements": ${list(settlements)}\n}\n`,
);
process.stdout.write(
  `${cities.length} cities, ${districtRows.length} districts, ${villages.length} settlements; ` +
    `${repeated} names repeat; skipped: ${skipped.map((row) => row.name).join(', ') || 'none'}\n`,
);
