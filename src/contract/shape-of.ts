/**
 * Writes a zod schema as a {@link ShapeNode}, through zod's own JSON Schema
 * output. Used by `npm run contract:shapes` and by the test that keeps
 * `shapes.ts` in step with the schemas; no browser bundle imports it.
 */
import * as z from 'zod/mini';
import type { ShapeNode } from './shape.js';

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  pattern?: string;
  patternFlags?: string;
};

/** The shape of a schema, as the client checks answers with it. */
export function shapeOf(schema: z.ZodMiniType): ShapeNode {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    // JSON Schema keeps a pattern's source but not its flags (`/^https?:/i`).
    override: ({ zodSchema, jsonSchema }) => {
      const checks = (zodSchema._zod.def.checks ?? []) as { _zod: { def: object } }[];
      const flags = checks
        .map((check) => (check._zod.def as { pattern?: RegExp }).pattern?.flags)
        .find(Boolean);
      if (flags) (jsonSchema as JsonSchema).patternFlags = flags;
    },
  });
  return node(json as JsonSchema);
}

const bound = (value: number | undefined) => value ?? null;

function node(json: JsonSchema): ShapeNode {
  if (json.anyOf) return ['u', json.anyOf.map(node)];
  if (Array.isArray(json.type)) return ['u', json.type.map((type) => node({ ...json, type }))];
  if (json.const !== undefined) return ['c', json.const as string | number | boolean];
  if (json.enum) return ['e', json.enum as string[]];
  if (json.exclusiveMinimum !== undefined || json.exclusiveMaximum !== undefined) {
    throw new Error('shapes know no exclusive bounds; use gte/lte in the schema');
  }

  switch (json.type) {
    case 'string': {
      const base = ['s', bound(json.minLength), bound(json.maxLength)] as const;
      if (json.pattern === undefined) return base;
      return json.patternFlags
        ? [...base, json.pattern, json.patternFlags]
        : [...base, json.pattern];
    }
    case 'number':
    case 'integer':
      return ['n', bound(json.minimum), bound(json.maximum), json.type === 'integer' ? 1 : 0];
    case 'boolean':
      return ['b'];
    case 'null':
      return ['0'];
    case 'array':
      return ['a', node(json.items ?? {}), bound(json.minItems), bound(json.maxItems)];
    case 'object':
      if (!json.properties) {
        const value = json.additionalProperties;
        return ['r', typeof value === 'object' ? node(value) : ['*']];
      }
      return [
        'o',
        Object.fromEntries(
          Object.entries(json.properties).map(([key, value]) => [key, node(value)]),
        ),
        json.required ?? [],
      ];
    case undefined:
      return ['*'];
    default:
      throw new Error(`shapes know no JSON Schema type ${json.type}`);
  }
}
