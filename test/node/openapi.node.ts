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

const descriptions = Object.assign(
  {},
  ...['schemas', 'application', 'confirmation', 'coverage'].map((file) =>
    schemaDescriptions(join(import.meta.dirname, `../../src/contract/${file}.ts`)),
  ),
) as Record<string, string>;
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
      const params = [
        ...(route.pathParams ?? []),
        ...(route.query ?? []),
        ...(route.headers ?? []),
      ];
      for (const param of params) {
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

  test('describes the coverage, code, letter and wizard-version routes', () => {
    type Operation = {
      parameters?: { name: string; in: string; required: boolean }[];
      requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
      responses: Record<
        string,
        { headers?: object; content?: Record<string, { schema: { $ref?: string } }> }
      >;
    };
    const operation = (path: string, method: string) =>
      (document.paths[path] as Record<string, Operation> | undefined)?.[method];
    const answer = (op: Operation | undefined, status: string) =>
      op?.responses[status]?.content?.['application/json']?.schema.$ref;

    assert.equal(
      answer(operation('/coverage', 'get'), '200'),
      '#/components/schemas/CoverageSummary',
    );
    assert.equal(
      answer(operation('/coverage/timeline', 'get'), '200'),
      '#/components/schemas/CoverageTimeline',
    );
    const list = operation('/coverage/organizations', 'get');
    assert.equal(answer(list, '200'), '#/components/schemas/CoverageOrganizationPage');
    assert.deepEqual(
      list?.parameters?.map((p) => p.name),
      ['municipalityId', 'status', 'query', 'limit', 'cursor'],
    );

    const codes = operation('/activation/contacts/codes', 'post');
    assert.equal(
      codes?.requestBody?.content['application/json']?.schema.$ref,
      '#/components/schemas/ContactCodeRequest',
    );
    assert.equal(answer(codes, '202'), '#/components/schemas/ContactCodeSent');
    assert.ok(codes?.responses['429']?.headers && 'Retry-After' in codes.responses['429'].headers);

    const letter = operation('/applications/{number}/letter', 'post');
    assert.equal(answer(letter, '202'), '#/components/schemas/LetterReceipt');
    assert.ok(
      letter?.responses['429']?.headers && 'Retry-After' in letter.responses['429'].headers,
    );

    for (const path of ['/activation/contacts', '/activation/password', '/setup/profile']) {
      const step = operation(path, 'put');
      const header = step?.parameters?.find((p) => p.name === 'If-Match');
      assert.equal(header?.in, 'header', `${path} lacks If-Match`);
      assert.equal(header?.required, false, `${path}: If-Match is optional`);
      assert.ok(step?.responses['409'], `${path} lacks 409`);
    }
    const contacts = document.components.schemas.ContactsStep as unknown as { required: string[] };
    assert.ok(contacts.required.includes('emailCode') && contacts.required.includes('phoneCode'));
  });

  test("carries the schemas' doc comments as descriptions", () => {
    type Described = { description?: string; properties: Record<string, { description?: string }> };
    const schemas = document.components.schemas as unknown as Record<string, Described>;
    assert.match(schemas.Settlement!.properties.kind!.description!, /Type word/);
    assert.match(schemas.SettlementPage!.properties.nextCursor!.description!, /null/);
    assert.match(schemas.Problem!.properties.existing!.description!, /already registered/);
    assert.match(schemas.Problem!.description!, /RFC 9457/);
    assert.match(schemas.CoverageSummary!.properties.municipalityId!.description!, /region/);
    assert.match(schemas.ContactCodeSent!.description!, /resendAfter/);
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
