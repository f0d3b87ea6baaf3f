/**
 * The OpenAPI 3.1 document of the contract, made from the route table and
 * the schemas with zod's own JSON Schema conversion. `npm run build` writes
 * it to `dist/openapi.json`, with the schemas' doc comments as descriptions.
 */
import * as z from 'zod/mini';
import { ROUTES, type Route, type RouteParameter } from './routes.js';
import * as C from './confirmation.js';
import * as S from './schemas.js';

type JsonSchema = Record<string, unknown>;

export interface OpenApiOptions {
  /** Version of the API described; the package's version by default of the build. */
  version?: string;
  /** Base URL the document names as its server. */
  serverUrl?: string;
  /**
   * Descriptions by schema and property path, e.g. `Settlement` or
   * `Settlement.kind`, `Session.user.organizationId`.
   */
  descriptions?: Record<string, string>;
  /** Routes to describe; the whole table by default. */
  routes?: readonly Route[];
}

const REF = '#/components/schemas/';

/** HTTP reason phrases of the error statuses the contract uses. */
const ERROR_TITLES: Record<number, string> = {
  400: 'The body is not JSON.',
  401: 'No session, or the session has ended.',
  403: 'The account may not log in (blocked, or the temporary password expired).',
  404: 'Not found.',
  409: 'A conflict with what the server holds, named by `code`: `duplicate` (already registered, `existing` names it), `wizard-changed` (saved since the `If-Match` version), `not-approved`.',
  422: 'The request breaks the contract: `errors` names each field with its message.',
  429: 'Too many requests: try again after `Retry-After` seconds.',
};

/**
 * What JSON Schema can say of the contract's own checks (`z.refine` with a
 * named message), which the conversion leaves out.
 */
const REFINED: Record<string, JsonSchema> = {
  inn: {
    pattern: '^(\\d{10}|\\d{12})$',
    description: 'INN: 10 digits of an organization or 12 of a person, with valid check digits.',
  },
  ogrn: {
    pattern: '^(\\d{13}|\\d{15})$',
    description: 'OGRN (13 digits, mod 11) or OGRNIP (15 digits, mod 13), with the check digit.',
  },
  kpp: {
    pattern: '^\\d{4}[\\dA-Z]{2}\\d{3}$',
    description: 'KPP: tax office (4 digits), reason (2 digits or capital Latin letters), number.',
  },
  email: {
    format: 'idn-email',
    description: 'An e-mail address; Cyrillic domains (.рф) are allowed.',
  },
};

/** Adds {@link REFINED} to the JSON schema of a string with a named refinement. */
function refinements(context: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const checks = (context.zodSchema as { _zod: { def: { checks?: unknown[] } } })._zod.def.checks;
  for (const check of checks ?? []) {
    const def = (check as { _zod: { def: { check?: string; error?: unknown } } })._zod.def;
    const name = def.check === 'custom' && typeof def.error === 'function' ? def.error() : null;
    if (typeof name === 'string' && REFINED[name]) Object.assign(context.jsonSchema, REFINED[name]);
  }
}

/** Every exported schema of the contract by its name. */
function namedSchemas(): Map<z.ZodMiniType, string> {
  const names = new Map<z.ZodMiniType, string>();
  for (const [name, value] of [...Object.entries(S), ...Object.entries(C)]) {
    if (value && typeof value === 'object' && '_zod' in value) {
      names.set(value as z.ZodMiniType, name);
    }
  }
  return names;
}

/** Puts `description` at `path` (property names) inside a JSON schema. */
function describe(schema: JsonSchema, path: string[], description: string): void {
  let node: JsonSchema | undefined = schema;
  for (const key of path) {
    node = propertyOf(node, key);
    if (!node) return;
  }
  if (node) node.description = description;
}

function propertyOf(schema: JsonSchema | undefined, key: string): JsonSchema | undefined {
  if (!schema) return undefined;
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (properties?.[key]) return properties[key];
  if (schema.items) return propertyOf(schema.items as JsonSchema, key);
  for (const variant of (schema.anyOf ?? schema.oneOf ?? []) as JsonSchema[]) {
    const found = propertyOf(variant, key);
    if (found) return found;
  }
  return undefined;
}

/** A schema without `$schema` and `$id`: the document's dialect and place say them. */
function withoutIds(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(
    Object.entries(schema).filter(([key]) => key !== '$schema' && key !== '$id'),
  );
}

function inlineSchema(schema: z.ZodMiniType): JsonSchema {
  return withoutIds(z.toJSONSchema(schema, { io: 'input', override: refinements }) as JsonSchema);
}

function parameter(where: 'path' | 'query' | 'header', param: RouteParameter) {
  return {
    name: param.name,
    in: where,
    required: where === 'path' || Boolean(param.required),
    description: param.description,
    schema: inlineSchema(param.schema),
  };
}

/** Builds the OpenAPI 3.1 document of the contract. */
export function createOpenApiDocument(options: OpenApiOptions = {}) {
  const names = namedSchemas();
  const registry = z.registry<{ id: string }>();
  for (const [schema, name] of names) registry.add(schema, { id: name });
  const converted = z.toJSONSchema(registry, {
    uri: (id) => `${REF}${id}`,
    io: 'input',
    override: refinements,
  }) as {
    schemas: Record<string, JsonSchema>;
  };

  const schemas: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(converted.schemas)) {
    schemas[name] = withoutIds(schema);
  }
  for (const [path, description] of Object.entries(options.descriptions ?? {})) {
    const [name, ...properties] = path.split('.');
    if (name && schemas[name]) describe(schemas[name], properties, description);
  }

  const ref = (schema: z.ZodMiniType): JsonSchema => {
    const name = names.get(schema);
    return name ? { $ref: `${REF}${name}` } : inlineSchema(schema);
  };

  const problem = { $ref: `${REF}Problem` };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of options.routes ?? ROUTES) {
    const responses: Record<string, unknown> = {};
    for (const answer of route.answers) {
      responses[String(answer.status)] = answer.schema
        ? {
            description: answer.description,
            content: { 'application/json': { schema: ref(answer.schema) } },
          }
        : { description: answer.description };
    }
    for (const status of route.errors) {
      responses[String(status)] = {
        description: ERROR_TITLES[status] ?? 'An error.',
        ...(status === 429
          ? {
              headers: {
                'Retry-After': {
                  description: 'Seconds to wait before trying again.',
                  schema: { type: 'integer', minimum: 0 },
                },
              },
            }
          : {}),
        content: { 'application/problem+json': { schema: problem } },
      };
    }
    responses.default = {
      description: 'Any other failure, as problem details (RFC 9457).',
      content: { 'application/problem+json': { schema: problem } },
    };

    const parameters = [
      ...(route.pathParams ?? []).map((param) => parameter('path', param)),
      ...(route.query ?? []).map((param) => parameter('query', param)),
      ...(route.headers ?? []).map((param) => parameter('header', param)),
    ];

    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.id,
      summary: route.summary,
      description: route.description,
      tags: [route.tag],
      ...(route.signedIn ? { security: [{ session: [] }] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: ref(route.body) } },
            },
          }
        : {}),
      responses,
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'edu-connect API',
      version: options.version ?? '0.0.0',
      summary: 'Connecting schools and education authorities to a regional school network.',
      description:
        'The contract that the edu-connect widgets speak. Errors are problem details ' +
        '(RFC 9457, `application/problem+json`) whose `errors` name each field that is wrong.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: options.serverUrl ?? '/api' }],
    tags: [...new Set((options.routes ?? ROUTES).map((route) => route.tag))].map((name) => ({
      name,
    })),
    paths,
    components: {
      schemas,
      securitySchemes: {
        session: {
          type: 'http',
          scheme: 'bearer',
          description: 'The `token` of the session from `POST /session`.',
        },
      },
    },
  };
}
