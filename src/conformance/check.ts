/**
 * One check of the conformance run: its calls go to the backend and every
 * answer is held to the route table (a declared status with its schema, or
 * problem+json for an error); what is wrong is collected as faults.
 */
import type { z } from 'zod/mini';
import { route as routeOf, type Route } from '../contract/routes.js';
import * as C from '../contract/confirmation.js';
import * as S from '../contract/schemas.js';

/** What the backend answered: status, parsed JSON body (if any) and headers. */
export interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

/** A call of a route: its path parameters, query, body, headers and session token. */
export interface CallInit {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  token?: string;
}

/** Thrown to end a check whose next steps depend on what just failed. */
export class Stop extends Error {}

const schemaNames = new Map<unknown, string>(
  [...Object.entries(S), ...Object.entries(C)].map(([name, schema]) => [schema, name] as const),
);

/** The value at `path` inside `body`. */
function at(body: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    body,
  );
}

/** The first issues of a schema's verdict, each with its field and, for a field left out, "missing". */
function issuesOf(error: z.core.$ZodError, body: unknown): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const missing = issue.code === 'invalid_type' && at(body, issue.path) === undefined;
      return `${issue.path.join('.') || '(body)'}: ${missing ? 'missing' : issue.message}`;
    })
    .join('; ');
}

const fieldNames = (problem: unknown) =>
  ((problem as { errors?: { path?: unknown[] }[] })?.errors ?? []).map((error) =>
    (error.path ?? []).join('.'),
  );

/** One check's context: its calls are held to the contract, its faults collected. */
export class Check {
  readonly faults: string[] = [];

  constructor(
    private readonly baseUrl: string,
    private readonly doFetch: typeof fetch,
    private readonly exercised: Set<string>,
  ) {}

  fault(message: string): void {
    // The same fault on every call of a route is said once.
    if (!this.faults.includes(message)) this.faults.push(message);
  }

  /** Records a fault unless `condition` holds. */
  expect(condition: unknown, message: string): boolean {
    if (!condition) this.fault(message);
    return Boolean(condition);
  }

  /** Like `expect`, but ends the check. */
  require(condition: unknown, message: string): asserts condition {
    if (!condition) {
      this.fault(message);
      throw new Stop(message);
    }
  }

  async call(id: string, init: CallInit = {}): Promise<Answer> {
    const route = routeOf(id);
    this.exercised.add(id);
    const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(init.params?.[name] ?? ''),
    );
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(init.query ?? {})) {
      if (value !== undefined) search.set(key, String(value));
    }
    const url = `${this.baseUrl}${path}${search.size ? `?${search}` : ''}`;
    const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.token) headers.Authorization = `Bearer ${init.token}`;

    const label = `${route.method} ${route.path}`;
    let response: Response;
    try {
      response = await this.doFetch(url, {
        method: route.method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
    } catch (cause) {
      this.require(false, `${label}: no answer (${(cause as Error).message})`);
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    this.holdToContract(route, label, response, text, body);
    return { status: response.status, body, headers: response.headers };
  }

  private holdToContract(
    route: Route,
    label: string,
    response: Response,
    text: string,
    body: unknown,
  ): void {
    const { status } = response;
    const type = response.headers.get('Content-Type') ?? '';
    const answer = route.answers.find((a) => a.status === status);
    if (answer) {
      if (!answer.schema) return;
      if (
        !this.expect(/json/i.test(type), `${label} ${status}: Content-Type is "${type}", not JSON`)
      )
        return;
      const parsed = answer.schema.safeParse(body);
      const name = schemaNames.get(answer.schema) ?? 'its schema';
      this.expect(
        parsed.success,
        `${label} ${status}: the answer breaks ${name}: ${parsed.success ? '' : issuesOf(parsed.error, body)}`,
      );
      return;
    }
    if (status >= 400) {
      if (!route.errors.includes(status) && status !== 400) {
        this.fault(`${label}: answered ${status}, which the contract does not declare here`);
      }
      if (
        !this.expect(
          /^application\/problem\+json/i.test(type),
          `${label} ${status}: not problem+json (Content-Type "${type}", body "${text.slice(0, 60)}")`,
        )
      )
        return;
      const parsed = S.Problem.safeParse(body);
      if (!this.expect(parsed.success, `${label} ${status}: the problem breaks Problem`)) return;
      const declared = (body as { status?: unknown }).status;
      this.expect(
        declared === undefined || declared === status,
        `${label} ${status}: the problem says status ${String(declared)}`,
      );
      return;
    }
    this.fault(`${label}: answered ${status}, which the contract does not declare here`);
  }

  /** Fails unless `answer` has `status`; ends the check then. */
  status(answer: Answer, status: number | number[], what: string): void {
    const wanted = Array.isArray(status) ? status : [status];
    this.require(
      wanted.includes(answer.status),
      `${what}: expected ${wanted.join(' or ')}, got ${answer.status}`,
    );
  }

  /** Fails unless the 422 problem names `field` among its field errors. */
  names(answer: Answer, field: string, what: string): void {
    if (!this.expect(answer.status === 422, `${what}: expected 422, got ${answer.status}`)) return;
    const fields = fieldNames(answer.body);
    this.expect(
      fields.includes(field),
      `${what}: the 422 does not name the field "${field}" (it names: ${fields.join(', ') || 'none'})`,
    );
  }
}
