import type { Organization, Problem } from '../contract/types.js';

/**
 * What went wrong with a request, in the terms a widget shows:
 * - `network`: no answer (offline, DNS, CORS, the server is down);
 * - `timeout`: no answer in time;
 * - `http`: the server answered with an error status and maybe a problem;
 * - `contract`: the server answered, but not in the contract's shape;
 * - `aborted`: the widget cancelled the request itself (a newer one replaced it).
 */
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'contract' | 'aborted';

/** An error of one form field, by its path in the request body. */
export interface FieldError {
  path: (string | number)[];
  message: string;
}

/**
 * Marks an error of any copy of the library on the page: a page that loads
 * the script-tag bundle from two addresses has two `ApiError` classes, and
 * each must know the other's errors for what they are.
 */
const API_ERROR = Symbol.for('edu-connect.api-error');

export class ApiError extends Error {
  static override [Symbol.hasInstance](value: unknown): value is ApiError {
    return typeof value === 'object' && value !== null && API_ERROR in value;
  }

  readonly [API_ERROR] = true;
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly problem: Problem | undefined;
  /** Seconds to wait, from a 429 answer's Retry-After header. */
  readonly retryAfter: number | undefined;

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number; problem?: Problem; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.problem = options.problem;
    this.retryAfter = options.retryAfter;
  }

  /** Machine-readable reason from the problem, e.g. `invalid-credentials`. */
  get code(): string | undefined {
    return this.problem?.code;
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }

  /** On 409: the organization that is already registered. */
  get existing(): Organization | undefined {
    return this.problem?.existing;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
