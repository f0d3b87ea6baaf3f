/// <reference types="node" />
/**
 * The OpenAPI document made from the route table, checked by an independent
 * validator and against the table it comes from.
 */
import { validate } from '@readme/openapi-parser';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createOpenApiDocument } from '../../src/contract/openapi.js';
import { ROUTES } from '../../src/contract/routes.js';
import { schemaDescriptions } from '../../scripts/schema-docs.js';

const descriptions = schemaDescriptions(join(import.meta.dirname, '../../src/contract/schemas.ts'));
const document = createOpenApiDocument({ version: '1.0.0', descriptions });

describe('OpenAPI document', () => {
  test('is a valid OpenAPI 3.1 document', async () => {
    const result = await validate(structuredClone(document) as never);
    assert.equal(result.valid, true, result.valid ? '' : JSON.stringify(result.errors, null, 2));
    assert.equal(document.openapi, '3.1.0');
  });

  test('has every route of the table, with its parameters, body and answers', () => {
    for (const route of ROUTES) {
      const operation = (document.paths[route.path] as Record<string, Record<string, unknown>>)?.[
        route.method.toLowerCase()
      ];
      assert.ok(operation, `${route.method} ${route.path} is missing`);
      assert.equal(operation.operationId, route.id);
      const names = ((operation.parameters ?? []) as { name: string }[]).map((p) => p.name);
      for (const param of [...(route.pathParams ?? []), ...(route.query ?? [])]) {
        assert.ok(names.includes(param.name), `${route.id} lacks parameter ${param.name}`);
      }
      assert.equal(Boolean(operation.requestBody), Boolean(route.body), `${route.id} body`);
      const statuses = Object.keys(operation.responses as object);
      for (const status of [...route.answers.map((a) => a.status), ...route.errors]) {
        assert.ok(statuses.includes(String(status)), `${route.id} lacks answer ${status}`);
      }
    }
  });

  test('describes errors as problem+json with field errors, and 429 with Retry-After', () => {
    const problem = document.components.schemas.Problem as {
      properties: Record<string, { type?: string; items?: { required?: string[] } }>;
    };
    assert.deepEqual(problem.properties.errors?.items?.required, ['path', 'message']);
    const search = document.paths['/settlements']!.get as {
      responses: Record<string, { headers?: object; content: Record<string, unknown> }>;
    };
    assert.ok(search.responses['429']?.headers && 'Retry-After' in search.responses['429'].headers);
    assert.ok('application/problem+json' in search.responses['422']!.content);
  });

  test("carries the schemas' doc comments as descriptions", () => {
    type Described = { description?: string; properties: Record<string, { description?: string }> };
    const schemas = document.components.schemas as unknown as Record<string, Described>;
    assert.match(schemas.Settlement!.properties.kind!.description!, /Type word/);
    assert.match(schemas.SettlementPage!.properties.nextCursor!.description!, /null/);
    assert.match(schemas.Problem!.properties.existing!.description!, /already registered/);
    assert.match(schemas.Problem!.description!, /RFC 9457/);
  });

  test('says what the check digits of INN and OGRN and the KPP look like', () => {
    type Field = { pattern?: string; description?: string };
    const input = document.components.schemas.ApplicationInput as unknown as {
      properties: Record<string, Field>;
    };
    assert.ok(new RegExp(input.properties.inn!.pattern!).test('0504406419'));
    assert.ok(!new RegExp(input.properties.inn!.pattern!).test('05044064'));
    assert.match(input.properties.ogrn!.description!, /check digit/);
    assert.ok(new RegExp(input.properties.kpp!.pattern!).test('0504AB001'));
  });
});
