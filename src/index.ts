/*
 * The library without side effects: every element class, the base element,
 * the typed client and the contract's types. Importing this module defines
 * no tag; import `edu-connect/elements/<name>` (its define.ts) for that.
 */
export { EduElement } from './core/edu-element.js';
export { define } from './core/define.js';
export type { Language, MessageBundle } from './core/i18n.js';
export { ApiError, isApiError, type ApiErrorKind, type FieldError } from './client/errors.js';
export { createClient, type ClientConfig, type EduClient } from './client/client.js';
export type * from './contract/types.js';
