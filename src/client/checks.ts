/**
 * The schemas the client checks answers against, with zod. The client loads
 * this module with its first request, beside the request itself, so that a
 * page shows its elements before zod and the schemas have arrived.
 */
export * from '../contract/schemas.js';
export { ContactCodeSent } from '../contract/confirmation.js';
