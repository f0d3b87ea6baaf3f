import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minifyHTMLLiterals } from '@literals/html-css-minifier';
import { defineConfig, type Plugin } from 'vite';

/*
 * Two builds share this file:
 * - `vite build -c vite.lib.config.ts` writes the library, ES modules with
 *   lit, @lit/task, zod and msw left to the importer;
 * - `vite build -c vite.lib.config.ts --mode bundle` writes dist/edu-connect.js,
 *   the script-tag bundle with every element and every dependency inlined,
 *   in Russian;
 * - `vite build -c vite.lib.config.ts --mode english` writes
 *   dist/edu-connect.en.js, the English that the bundle loads when asked.
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

/**
 * In the bundle, each `messages.ts` takes its English from edu-connect.en.js
 * instead of a chunk, which an IIFE cannot have.
 */
function englishApart(): Plugin {
  const loader = join(src, 'core', 'english-file.ts');
  return {
    name: 'edu-english-apart',
    enforce: 'pre',
    transform(code, id) {
      const english = /import\(\s*['"]\.\/messages\.en\.js['"]\s*\)/;
      if (!/[/\\]messages\.ts$/.test(id) || !english.test(code)) return;
      const key = relative(src, join(dirname(id), 'messages.en'))
        .split(/[/\\]/)
        .join('/');
      // Same lines as before, so that the source map still points at the right ones.
      const load = `import(${JSON.stringify(loader)}).then((file) => file.loadEnglish(${JSON.stringify(key)}))`;
      return { code: code.replace(english, load), map: null };
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
function sizeReport(): Plugin {
  return {
    name: 'edu-size-report',
    closeBundle() {
      const rows = Object.keys(libraryEntries()).map((name) => {
        const file = join(dist, `${name}.js`);
        return [relative(root, file), gzippedWithImports(file)] as const;
      });
      for (const file of ['edu-connect.js', 'edu-connect.en.js']) {
        const bundle = join(dist, file);
        if (!existsSync(bundle)) continue;
        rows.push([relative(root, bundle), gzipSync(readFileSync(bundle), { level: 9 }).length]);
      }

      const width = Math.max(...rows.map(([file]) => file.length));
      const lines = rows.map(([file, size]) => `  ${file.padEnd(width)} ${kilobytes(size)}`);
      process.stdout.write(
        '\nGzipped sizes. An ES entry counts with its chunks, unminified (the importer\n' +
          'minifies), without lit, zod and msw; the minified bundle counts everything.\n' +
          `${lines.join('\n')}\n\n`,
      );
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'english') {
    return {
      publicDir: false,
      build: {
        outDir: dist,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: {
          entry: join(src, 'english.ts'),
          formats: ['es'],
          fileName: () => 'edu-connect.en.js',
        },
        rolldownOptions: { output: { charset: 'ascii' } },
      },
    };
  }

  if (mode === 'bundle') {
    return {
      publicDir: false,
      plugins: [englishApart(), minifyTemplates(), noMockInBundle(), sizeReport()],
      build: {
        outDir: dist,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: {
          entry: join(src, 'all.ts'),
          formats: ['iife'],
          // Required by Vite for an IIFE; the entry exports nothing, so no global is made.
          name: 'EduConnect',
          fileName: () => 'edu-connect.js',
        },
        rolldownOptions: {
          // A host page in windows-1251 would misread UTF-8: the file is ASCII.
          output: { charset: 'ascii' },
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
