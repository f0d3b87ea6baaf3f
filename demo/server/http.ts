/**
 * The HTTP pieces every route of the reference server uses: problem+json
 * answers, answers shaped by their schema, bodies checked by theirs, paging
 * and a per-key rate limiter.
 */
import type { Context } from 'hono';
import type { z } from 'zod/mini';
import {
  fieldProblems,
  problemBody,
  type FieldProblem,
  type ProblemFields,
} from '../../src/mocks/problem-details.js';

/** The window of the rate limits, in ms. */
export const MINUTE = 60_000;

/** A problem+json answer. */
export function problem(
  status: number,
  code: string,
  detail: string,
  fields: ProblemFields = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(problemBody(status, code, detail, fields)), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** 404 with the reason. */
export const notFound = (detail: string) => problem(404, 'not-found', detail);
/** 422 with an error at each field. */
export const invalid = (errors: FieldProblem[]) =>
  problem(422, 'validation', 'Проверьте отмеченные поля и отправьте ещё раз.', { errors });

/** Answers with `body` as `schema` shapes it: unknown keys are dropped. */
export function reply<T extends z.ZodMiniType>(
  schema: T,
  body: z.input<T>,
  status = 200,
): Response {
  return Response.json(schema.parse(body), { status });
}

/** A body checked by its schema: the data, or the answer that refuses it. */
export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/** The request's JSON body checked by `schema`: 400 when not JSON, 422 naming the fields. */
export async function parseBody<T extends z.ZodMiniType>(
  c: Context,
  schema: T,
): Promise<Parsed<z.infer<T>>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return { ok: false, response: problem(400, 'bad-request', 'Тело запроса должно быть JSON.') };
  }
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, response: invalid(fieldProblems(result.error.issues)) };
}

/** The page a list request asks for, or the 422 that refuses it. */
export type Paged = { ok: true; limit: number; offset: number } | { ok: false; response: Response };

/** `limit` (20 by default, at most 100) and `cursor` (an offset) of a list request. */
export function paging(c: Context): Paged {
  const limitText = c.req.query('limit');
  const cursor = c.req.query('cursor');
  const limit = limitText === undefined ? 20 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1) {
    return {
      ok: false,
      response: invalid([{ path: ['limit'], message: 'Нужно целое число от 1 до 100.' }]),
    };
  }
  if (cursor !== undefined && !/^\d+$/.test(cursor)) {
    return { ok: false, response: invalid([{ path: ['cursor'], message: 'Неверный курсор.' }]) };
  }
  return {
    ok: true,
    limit: Math.min(limit, 100),
    offset: cursor === undefined ? 0 : Number(cursor),
  };
}

/** A page of `items` out of `total`, with the cursor of the next one. */
export function pageOf<T>(
  items: T[],
  total: number,
  { limit, offset }: { limit: number; offset: number },
) {
  const end = offset + limit;
  return { items, nextCursor: end < total ? String(end) : null, total };
}

/** The page of a whole list. */
export const slice = <T>(items: T[], page: { limit: number; offset: number }) =>
  pageOf(items.slice(page.offset, page.offset + page.limit), items.length, page);

/** A sliding window of request times per key; in this process only. */
export function rateLimiter(perMinute: number) {
  const times = new Map<string, number[]>();
  return (key: string, now = Date.now()): number | null => {
    const recent = (times.get(key) ?? []).filter((time) => now - time < MINUTE);
    if (recent.length >= perMinute) {
      times.set(key, recent);
      return Math.max(1, Math.ceil((recent[0]! + MINUTE - now) / 1000));
    }
    recent.push(now);
    times.set(key, recent);
    return null;
  };
}

/** 429 with Retry-After in seconds; `too-many-attempts` unless another code is named. */
export const tooMany = (retryAfter: number, detail: string, code = 'too-many-attempts') =>
  problem(429, code, detail, {}, { 'Retry-After': String(retryAfter) });
