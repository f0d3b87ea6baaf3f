/**
 * The package as an integrator gets it: packed with `npm pack`, installed into
 * a clean folder, its pure entries imported in Node, each element entry bundled
 * for the browser with esbuild and weighed against the budgets, its types
 * checked, and its manifest compared with the elements.
 *
 * Needs `npm run build` first (`npm run test:embedding` runs both).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CEILINGS } from '../../tools/budgets.mjs';
import { firstLoad, scriptTagBundle } from '../../tools/size.mjs';
import { launch, watchedPage } from './browser.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const elements = readdirSync(join(root, 'src/elements')).filter((name) => {
  try {
    return readFileSync(join(root, 'src/elements', name, 'define.ts')).length > 0;
  } catch {
    return false;
  }
});
const tags = Object.fromEntries(
  elements.map((name) => {
    const source = readFileSync(join(root, 'src/elements', name, 'define.ts'), 'utf8');
    return [name, /define\(\s*'(edu-[a-z-]+)'/.exec(source)?.[1]];
  }),
);

let app;
const run = (file, args, cwd = app) =>
  execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const node = (code) => run(process.execPath, ['--input-type=module', '-e', code]);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

before(() => {
  app = mkdtempSync(join(tmpdir(), 'edu-connect-app-'));
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', app], root));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', type: 'module' }));
  run('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    join(app, packed.filename),
    `msw@${own.devDependencies.msw.replace(/^\^/, '')}`,
  ]);
});

after(() => rmSync(app, { recursive: true, force: true }));

describe('the packed package', () => {
  it('ships the built files, the manifest and nothing of the sources', () => {
    const files = readdirSync(join(app, 'node_modules/edu-connect'), { recursive: true });
    for (const file of [
      'dist/edu-connect.js',
      'dist/edu-connect/index.js',
      'custom-elements.json',
    ]) {
      assert.ok(files.includes(file), file);
    }
    const chunks = files.filter((file) => file.startsWith('dist/edu-connect/'));
    assert.ok(
      chunks.some((file) => /\/coverage-[\w-]+\.js$/.test(file)),
      'the later chunks of the script-tag bundle',
    );
    assert.ok(
      chunks.some((file) => /\.en-[\w-]+\.js$/.test(file)),
      'the English chunks of the script-tag bundle',
    );
    assert.ok(!files.some((file) => file.startsWith('src')), 'no src/');
  });

  it('runs its pure modules in Node', () => {
    const out = node(`
      import { isValidInn, normalizePhone } from 'edu-connect/validators';
      import { createSettlementSearch } from 'edu-connect/search';
      import { findDuplicates } from 'edu-connect/duplicates';
      import { schemas, createClient } from 'edu-connect/contract';
      import { ApiError } from 'edu-connect/client';
      import { createHandlers, createMockDb } from 'edu-connect/mocks';
      const search = createSettlementSearch([
        { name: 'Ахты', municipality: { name: 'Ахтынский район' } },
        { name: 'Дербент' },
      ]);
      const school = { id: '1', fullName: 'МКОУ "Ахтынская СОШ № 1"', settlementId: 's', inn: '0504000017' };
      console.log(JSON.stringify({
        inn: isValidInn('0504000017'),
        phone: normalizePhone('8 (928) 000-00-00'),
        found: search.search('fyns').map((place) => place.name),
        duplicates: findDuplicates({ inn: '0504000017' }, [school]).length,
        schema: schemas.Settlement.safeParse({ id: '1' }).success,
        client: typeof createClient({ baseUrl: '/api' }).searchSettlements,
        error: new ApiError('network', 'x').kind,
        handlers: createHandlers({ db: createMockDb({ persist: 'memory' }) }).length > 10,
      }));
    `);
    assert.deepEqual(JSON.parse(out), {
      inn: true,
      phone: '+79280000000',
      found: ['Ахты'],
      duplicates: 1,
      schema: false,
      client: 'function',
      error: 'network',
      handlers: true,
    });
  });

  it('has types for every entry', () => {
    const imports = [
      `import { EduSettlementPicker, createClient, type Settlement } from 'edu-connect';`,
      ...elements.map((name, index) => `import * as element${index} from 'edu-connect/${name}';`),
      `import { isValidInn } from 'edu-connect/validators';`,
      `import { createSettlementSearch } from 'edu-connect/search';`,
      `import { findDuplicates } from 'edu-connect/duplicates';`,
      `import { schemas } from 'edu-connect/contract';`,
      `import { ApiError } from 'edu-connect/client';`,
      `import { createHandlers } from 'edu-connect/mocks';`,
      `const picker: EduSettlementPicker = document.createElement('edu-settlement-picker');`,
      `const place: Settlement | null = picker.value && 'municipality' in picker.value ? picker.value : null;`,
      `export const used = [place, createClient, isValidInn('1'), createSettlementSearch, findDuplicates,`,
      `  schemas, ApiError, createHandlers, ${elements.map((_, index) => `element${index}`).join(', ')}];`,
    ];
    writeFileSync(join(app, 'check.ts'), imports.join('\n'));
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['check.ts'],
      }),
    );
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app]);
  });

  it('lists every element in its manifest, with the shared attributes and custom properties', () => {
    const manifest = JSON.parse(
      readFileSync(join(app, 'node_modules/edu-connect/custom-elements.json'), 'utf8'),
    );
    const declared = new Map(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => [declaration.tagName, declaration]),
    );
    for (const tag of Object.values(tags)) {
      const declaration = declared.get(tag);
      assert.ok(declaration, `${tag} is in the manifest`);
      const attributes = declaration.attributes.map(({ name }) => name);
      for (const name of ['api-base', 'lang', 'color-scheme'])
        assert.ok(attributes.includes(name), `${tag} ${name}`);
      const properties = declaration.cssProperties.map(({ name }) => name);
      for (const name of ['--edu-font', '--edu-color-primary', '--edu-focus-ring']) {
        assert.ok(properties.includes(name), `${tag} ${name}`);
      }
      assert.ok(declaration.description, `${tag} has a description`);
    }
  });
});

describe('size ceilings, gzipped with every dependency', () => {
  it(`the script-tag bundle's first load is at most ${CEILINGS.bundle} KB`, () => {
    const bundle = scriptTagBundle(join(app, 'node_modules/edu-connect/dist'));
    assert.ok(
      bundle.firstLoad / 1024 <= CEILINGS.bundle,
      `dist/edu-connect.js with its entry and the chunks that imports weighs ${kb(bundle.firstLoad)}`,
    );
  });

  it(`the settlement picker alone is at most ${CEILINGS['settlement-picker']} KB`, async () => {
    const bytes = await firstLoad(`import 'edu-connect/settlement-picker';`, app);
    assert.ok(
      bytes / 1024 <= CEILINGS['settlement-picker'],
      `edu-connect/settlement-picker weighs ${kb(bytes)}`,
    );
  });

  it('a class imported from the root entry brings no other element', async () => {
    const alone = await firstLoad(`export { EduRolePicker } from 'edu-connect';`, app);
    // Every class of the root entry (the journey's own entry now loads its later steps later).
    const everything = await firstLoad(`export * from 'edu-connect';`, app);
    assert.ok(alone < everything / 2, `${kb(alone)} for one class, ${kb(everything)} for all`);
  });
});

describe('the entries in a browser', () => {
  let browser;
  let server;
  const pages = join(root, 'node_modules/.cache/edu-package');

  before(async () => {
    const esbuild = await import('esbuild');
    mkdirSync(pages, { recursive: true });
    const bundle = (name, contents) =>
      esbuild.build({
        stdin: { contents, resolveDir: app },
        bundle: true,
        format: 'esm',
        outfile: join(pages, `${name}.js`),
        logLevel: 'error',
      });
    await bundle(
      'classes',
      `import { EduSettlementPicker, EduRolePicker } from 'edu-connect';
       document.body.dataset.result = JSON.stringify({
         classes: [typeof EduSettlementPicker, typeof EduRolePicker],
         defined: ['edu-settlement-picker', 'edu-role-picker'].filter((tag) => customElements.get(tag)),
       });`,
    );
    await bundle(
      'elements',
      `${elements.map((name) => `import 'edu-connect/${name}';`).join('\n')}
       document.body.dataset.result = JSON.stringify({
         defined: ${JSON.stringify(Object.values(tags))}.filter((tag) => customElements.get(tag)),
       });`,
    );
    const html = (name) =>
      `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${name}</title></head>` +
      `<body><script type="module" src="/${name}.js"></script></body></html>`;
    for (const name of ['classes', 'elements'])
      writeFileSync(join(pages, `${name}.html`), html(name));
    writeFileSync(join(pages, 'favicon.ico'), '');
    server = await serve(pages);
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const result = async (name) => {
    const { page, problems, close } = await watchedPage(browser);
    await page.goto(`${server.origin}/${name}.html`, { waitUntil: 'networkidle' });
    const value = JSON.parse((await page.getAttribute('body', 'data-result')) ?? 'null');
    await close();
    return { value, problems };
  };

  it('the root entry gives the classes and defines no tag', async () => {
    const { value, problems } = await result('classes');
    assert.deepEqual(problems, []);
    assert.deepEqual(value, { classes: ['function', 'function'], defined: [] });
  });

  it('each element entry defines its tag, under a strict CSP', async () => {
    const { value, problems } = await result('elements');
    assert.deepEqual(problems, []);
    assert.deepEqual(value.defined.sort(), Object.values(tags).sort());
  });
});
