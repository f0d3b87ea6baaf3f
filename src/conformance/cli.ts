#!/usr/bin/env node
/// <reference types="node" />
/**
 * `edu-connect-conformance --base-url URL [--fixtures FILE]`: checks a
 * backend against the edu-connect contract, prints each check as passed or
 * failed with what was wrong, and exits with 1 if any failed.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runConformance } from './checker.js';
import { DEFAULT_FIXTURES, FixturesSchema, type Fixtures } from './fixtures.js';

const USAGE = `Usage: edu-connect-conformance --base-url URL [--fixtures FILE]

Drives the backend at URL (e.g. http://127.0.0.1:8080/api) through the whole
edu-connect contract and prints each check as passed or failed.

  --base-url URL   where the API answers
  --fixtures FILE  JSON naming the records of your test data the checks use
                   (a settlement, mistyped queries, a municipality, an account);
                   without it, the records of the reference seed data
  --help           this text
`;

const print = (line: string) => process.stdout.write(`${line}\n`);

function readFixtures(file: string | undefined): Fixtures {
  if (!file) return DEFAULT_FIXTURES;
  const parsed = FixturesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${file} is not a fixtures file: ${issues.join('; ')}`);
  }
  return parsed.data;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      fixtures: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values['base-url']) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }

  const baseUrl = values['base-url'];
  print(`edu-connect conformance of ${baseUrl}\n`);
  const report = await runConformance({
    baseUrl,
    fixtures: readFixtures(values.fixtures),
    onResult: ({ name, passed, faults }) => {
      print(`${passed ? '✓' : '✗'} ${name}`);
      for (const fault of faults) print(`    - ${fault}`);
    },
  });
  if (report.notExercised.length > 0) {
    print(`\nNot exercised by any check: ${report.notExercised.join(', ')}`);
  }
  print(`\n${report.passed} passed, ${report.failed} failed`);
  return report.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`edu-connect-conformance: ${(error as Error).message}\n`);
    process.exit(2);
  },
);
