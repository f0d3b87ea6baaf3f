/**
 * The typed client of the contract, for integrators who call the API from
 * their own code: `createClient({ baseUrl })`, and the errors it throws.
 */
export { createClient, type ClientConfig, type EduClient, type RequestOptions } from './client.js';
export { ApiError, isApiError, type ApiErrorKind, type FieldError } from './errors.js';
export type * from '../contract/types.js';
