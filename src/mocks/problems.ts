/**
 * Problem details (RFC 9457) of the mock backend as MSW answers; the texts
 * and field errors are in `problem-details.ts`.
 */
import { HttpResponse } from 'msw';
import { problemBody, type FieldProblem, type ProblemFields } from './problem-details.js';

export { fieldProblems, type FieldProblem } from './problem-details.js';

export interface ProblemExtras extends ProblemFields {
  headers?: Record<string, string>;
}

export function problem(status: number, code: string, detail: string, extras: ProblemExtras = {}) {
  const { headers, ...fields } = extras;
  return HttpResponse.json(problemBody(status, code, detail, fields), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export const notFound = (detail: string) => problem(404, 'not-found', detail);

export const invalid = (errors: FieldProblem[]) =>
  problem(422, 'validation', 'Проверьте отмеченные поля и отправьте ещё раз.', { errors });
