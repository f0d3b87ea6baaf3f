/**
 * `npm run contract:shapes`: writes src/contract/shapes.ts, the shapes the
 * browser client checks answers with, from the zod schemas of the contract.
 * test/contract/shapes.test.ts fails when the file lags behind the schemas.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import * as S from '../src/contract/schemas.js';
import { shapeOf } from '../src/contract/shape-of.js';

/** Schemas of the answers the client reads, and the lists elements show. */
const SHAPED = [
  'Settlement',
  'SettlementPage',
  'MunicipalityPage',
  'Organization',
  'OrganizationPage',
  'AuthorityPage',
  'DuplicateMatches',
  'Application',
  'ProfileReportReceipt',
  'Session',
  'ActivationState',
  'SetupState',
  'Coverage',
  'Problem',
  'ReportReason',
] as const satisfies readonly (keyof typeof S)[];

const header = [
  '// Written by `npm run contract:shapes` from schemas.ts: edit the schemas, not this file.',
  "import type { z } from 'zod/mini';",
  "import type * as S from './schemas.js';",
  "import type { Shape } from './shape.js';",
  '',
];
const body = SHAPED.map(
  (name) =>
    `export const ${name}: Shape<z.infer<typeof S.${name}>> = ${JSON.stringify(shapeOf(S[name]))};`,
);

const target = fileURLToPath(new URL('../src/contract/shapes.ts', import.meta.url));
const options = await prettier.resolveConfig(target);
writeFileSync(
  target,
  await prettier.format([...header, ...body].join('\n'), { ...options, filepath: target }),
);
process.stdout.write('Wrote src/contract/shapes.ts\n');
