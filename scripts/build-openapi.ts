/**
 * Writes `dist/openapi.json`: the OpenAPI 3.1 document of the contract, with
 * the doc comments of the schemas as descriptions. Run by `npm run build`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOpenApiDocument } from '../src/contract/openapi.js';
import { schemaDescriptions } from './schema-docs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};

const document = createOpenApiDocument({
  version,
  descriptions: Object.assign(
    {},
    ...['schemas', 'application', 'confirmation', 'coverage'].map((file) =>
      schemaDescriptions(join(root, `src/contract/${file}.ts`)),
    ),
  ) as Record<string, string>,
});
const target = join(root, 'dist/openapi.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
process.stdout.write(`Wrote dist/openapi.json: ${Object.keys(document.paths).length} paths\n`);
