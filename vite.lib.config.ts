import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minifyHTMLLiterals } from '@literals/html-css-minifier';
import { build, defineConfig, type Plugin } from 'vite';
import { scriptTagBundle } from './tools/size.mjs';

/*
 * Two builds share this file:
 * - `vite build -c vite.lib.config.ts` writes the library, ES modules with
 *   lit, @lit/task, zod and msw left to the importer;
 * - `vite build -c vite.lib.config.ts --mode bundle` writes the script-tag
 *   bundle with every dependency inlined: dist/edu-connect/, ES modules split
 *   into the first screens' entry and chunks loaded later (elements of later
 *   steps, the English strings), and dist/edu-connect.js, the classic script
 *   a page includes, which imports that entry.
 */

const root = dirname(fileURLToPath(import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');

/** Element folders that have landed, each with its own define.ts. */
const elements = readdirSync(join(src, 'elements'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((name) => existsSync(join(src, 'elements', name, 'define.ts')))
  .sort();

/** Library entries by output name; optional modules join once they exist. */
function libraryEntries(): Record<string, string> {
  const candidates: Record<string, string> = {
    index: 'index.ts',
    'contract/index': 'contract/index.ts',
    'client/index': 'client/index.ts',
    'domain/validators': 'domain/validators.ts',
    'search/index': 'search/index.ts',
    'duplicates/index': 'duplicates/index.ts',
    'mocks/index': 'mocks/index.ts',
  };
  for (const name of elements) {
    candidates[`elements/${name}/define`] = `elements/${name}/define.ts`;
  }

  return Object.fromEntries(
    Object.entries(candidates)
      .filter(([, file]) => existsSync(join(src, file)))
      .map(([name, file]) => [name, join(src, file)]),
  );
}

const mockModule = /[/\\](src[/\\]mocks|node_modules[/\\]msw)[/\\]/;
const external = /^(lit|lit-html|lit-element|@lit\/task|@lit\/reactive-element|zod|msw)(\/|$)/;

/** Warns when an element's class is missing from src/index.ts. */
function indexCompleteness(): Plugin {
  return {
    name: 'edu-index-completeness',
    buildStart() {
      const index = readFileSync(join(src, 'index.ts'), 'utf8');
      for (const name of elements) {
        const module = `./elements/${name}/${name}.js`;
        if (existsSync(join(src, 'elements', name, `${name}.ts`)) && !index.includes(module)) {
          this.warn(`src/index.ts lacks the class of ${name}: export it from '${module}'`);
        }
      }
    },
  };
}

/** Fails the bundle build if the mock backend was pulled into it. */
function noMockInBundle(): Plugin {
  return {
    name: 'edu-no-mock-in-bundle',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const mocked = chunk.moduleIds.find((id) => mockModule.test(id));
        if (mocked) this.error(`the script-tag bundle must not contain the mock: ${mocked}`);
      }
    },
  };
}

/**
 * Minifies the markup and CSS inside Lit's html`` and css`` templates, which
 * a JavaScript minifier leaves as written. Whitespace collapses to one space,
 * never to none, so that text between inline elements keeps its spaces.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'edu-minify-templates',
    async transform(code, id) {
      if (!id.startsWith(src) || !/\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return;
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        minifyOptions: { conservativeCollapse: true },
      });
      return result ? { code: result.code, map: result.map ?? null } : undefined;
    },
  };
}

/** Relative imports of an emitted module, resolved to files in dist. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g)];
  return specifiers.map((match) => join(dirname(file), match[1] ?? ''));
}

/** Gzipped size of a module and of every module of dist it statically loads. */
function gzippedWithImports(entry: string): number {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    pending.push(...staticImports(file));
  }
  const code = [...seen].map((file) => readFileSync(file, 'utf8')).join('\n');
  return gzipSync(code, { level: 9 }).length;
}

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1).padStart(7)} KB`;

/** Prints what a page downloads for each entry, gzipped, once both builds are done. */
function printSizes(): void {
  const rows: (readonly [string, number])[] = Object.keys(libraryEntries()).map((name) => {
    const file = join(dist, `${name}.js`);
    return [relative(root, file), gzippedWithImports(file)] as const;
  });
  const bundle = scriptTagBundle(dist);
  rows.push(
    ['dist/edu-connect.js, first load', bundle.firstLoad],
    ['dist/edu-connect.js, every chunk but English', bundle.everything],
    ['dist/edu-connect/*.en-*.js, English', bundle.english],
    ...bundle.parts.map(({ name, bytes }) => [`  later: ${name}`, bytes] as const),
  );

  const width = Math.max(...rows.map(([file]) => file.length));
  const lines = rows.map(([file, size]) => `  ${file.padEnd(width)} ${kilobytes(size)}`);
  process.stdout.write(
    '\nGzipped sizes. An ES entry counts with its chunks, unminified (the importer\n' +
      'minifies), without lit, zod and msw; the minified bundle counts everything, each\n' +
      'file gzipped alone; a later part counts the chunks it adds to the first load.\n' +
      `${lines.join('\n')}\n\n`,
  );
}

/** Empties dist/edu-connect/ first: its chunks' names change with their contents. */
function freshChunks(): Plugin {
  return {
    name: 'edu-fresh-chunks',
    buildStart() {
      rmSync(join(dist, 'edu-connect'), { recursive: true, force: true });
    },
  };
}

/** Fails the bundle build when an element is neither defined at once nor loaded later. */
function everyElementInBundle(): Plugin {
  return {
    name: 'edu-every-element-in-bundle',
    generateBundle(_options, bundle) {
      const ids = new Set(
        Object.values(bundle).flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : [])),
      );
      for (const name of elements) {
        const module = join(src, 'elements', name, 'define.ts');
        if (!ids.has(module)) this.error(`src/all.ts neither defines nor loads ${name}`);
      }
    },
  };
}

/**
 * Writes dist/edu-connect.js, the classic script that imports the bundle's
 * entry from beside it, after the chunks. It must stay ASCII.
 */
function scriptTagLoader(): Plugin {
  let written = false;
  return {
    name: 'edu-script-tag-loader',
    writeBundle() {
      written = true;
    },
    async closeBundle() {
      // Vite closes a failed build too: then its own error is the one to read.
      if (!written) return;
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir: dist,
          emptyOutDir: false,
          target: 'es2020',
          minify: true,
          lib: {
            entry: join(src, 'loader.ts'),
            formats: ['iife'],
            // Required by Vite for an IIFE; the loader exports nothing, so no global is made.
            name: 'EduConnect',
            fileName: () => 'edu-connect.js',
          },
          rolldownOptions: { output: { charset: 'ascii' } },
        },
      });
      const loader = readFileSync(join(dist, 'edu-connect.js'), 'utf8');
      if ([...loader].some((char) => char.charCodeAt(0) > 0x7f))
        throw new Error('dist/edu-connect.js must be ASCII');
      printSizes();
    },
  };
}

/** Names the bundle's chunks after what they hold: `coverage-….js`, `coverage.en-….js`. */
function chunkName(chunk: { name: string; facadeModuleId: string | null }): string {
  const module = chunk.facadeModuleId ? relative(src, chunk.facadeModuleId).split(/[/\\]/) : [];
  if (module[0] === 'elements' && module[2] === 'define.ts') return `${module[1]}-[hash].js`;
  if (module.at(-1) === 'messages.en.ts') {
    return `${module[0] === 'elements' ? module[1] : module[0]}.en-[hash].js`;
  }
  return `${chunk.name}-[hash].js`;
}

export default defineConfig(({ mode }) => {
  if (mode === 'bundle') {
    return {
      publicDir: false,
      plugins: [
        freshChunks(),
        minifyTemplates(),
        noMockInBundle(),
        everyElementInBundle(),
        scriptTagLoader(),
      ],
      build: {
        outDir: dist,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: {
          entry: join(src, 'all.ts'),
          formats: ['es'],
          fileName: () => 'edu-connect/index.js',
        },
        rolldownOptions: {
          /*
           * The entry exports nothing, so later chunks may import what they share
           * with the first screens from it rather than from chunks of their own.
           */
          preserveEntrySignatures: 'allow-extension',
          output: {
            // Vite leaves an ES library unminified; a page loads these files as they are.
            minify: true,
            // ES modules are read as UTF-8 whatever the page's charset: no escaping needed.
            chunkFileNames: (chunk) => `edu-connect/${chunkName(chunk)}`,
          },
          /*
           * Building a zod schema has no side effect, so the schemas the
           * browser never checks (requests, wizard steps) can go; the names are
           * zod's namespace and the schema helpers of src/contract/schemas.ts.
           */
          treeshake: {
            manualPureFunctions: ['z', 'text', 'requiredText', 'page', 'wizardState'],
          },
        },
      },
    };
  }

  return {
    publicDir: false,
    plugins: [indexCompleteness(), minifyTemplates()],
    build: {
      outDir: dist,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry: libraryEntries(), formats: ['es'] },
      rolldownOptions: {
        external: (id: string) => external.test(id),
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
