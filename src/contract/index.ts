export * as schemas from './schemas.js';
export * as confirmation from './confirmation.js';
export type * from './types.js';
export { ApiError, type ApiErrorKind, type FieldError } from '../client/errors.js';
export { createClient, type ClientConfig, type EduClient } from '../client/client.js';
export { ROUTES, route, type Route, type RouteAnswer, type RouteParameter } from './routes.js';
export { createOpenApiDocument, type OpenApiOptions } from './openapi.js';
