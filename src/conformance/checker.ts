/**
 * The conformance checker: drives a backend through the whole contract and
 * says, check by check, what it answered wrong. Every answer is held to the
 * route table: a declared status with its schema, or an error status with
 * the problem+json shape. Runs in Node or anywhere with `fetch`.
 */
import { ROUTES } from '../contract/routes.js';
import { Check, Stop } from './check.js';
import { CHECKS, type Context } from './checks.js';
import { DEFAULT_FIXTURES, type Fixtures } from './fixtures.js';

export interface CheckerOptions {
  /** Base URL of the API, e.g. `http://127.0.0.1:5173/api`. */
  baseUrl: string;
  fixtures?: Fixtures;
  /** A fetch of the caller's own; the global one by default. */
  fetch?: typeof fetch;
  /** Told of each check as it ends, for printing as the run goes. */
  onResult?: (result: CheckResult) => void;
}

export interface CheckResult {
  name: string;
  passed: boolean;
  /** What was wrong, one line each; empty when passed. */
  faults: string[];
}

export interface ConformanceReport {
  results: CheckResult[];
  /** Routes of the contract that no check called. */
  notExercised: string[];
  passed: number;
  failed: number;
}

/** Runs every check against the backend at `baseUrl`. */
export async function runConformance({
  baseUrl,
  fixtures = DEFAULT_FIXTURES,
  fetch: doFetch = globalThis.fetch.bind(globalThis),
  onResult,
}: CheckerOptions): Promise<ConformanceReport> {
  const root = baseUrl.replace(/\/+$/, '');
  const exercised = new Set<string>();
  const context: Context = { fixtures, seed: Date.now() % 1_000_000_000 };
  const results: CheckResult[] = [];

  for (const [name, body] of CHECKS) {
    const check = new Check(root, doFetch, exercised);
    try {
      await body(check, context);
    } catch (error) {
      if (!(error instanceof Stop)) check.fault(`the check broke: ${(error as Error).message}`);
    }
    const result = { name, passed: check.faults.length === 0, faults: check.faults };
    results.push(result);
    onResult?.(result);
  }

  const failed = results.filter((result) => !result.passed).length;
  return {
    results,
    notExercised: ROUTES.filter((r) => !exercised.has(r.id)).map((r) => `${r.method} ${r.path}`),
    passed: results.length - failed,
    failed,
  };
}
