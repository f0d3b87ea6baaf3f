/**
 * How the budgets and the benchmark weigh a piece of JavaScript: bundled and
 * minified by esbuild, dependencies included, then gzip -9. Chunks that a
 * page loads only later (dynamic imports, such as the English strings) are
 * split off and not counted in the first load.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Gzipped bytes of what a page loads first for `source`, a module's text
 * whose imports resolve from `resolveDir`.
 */
export async function firstLoad(source, resolveDir, { charset = 'utf8' } = {}) {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    charset,
    absWorkingDir: resolveDir,
    outdir: resolve(resolveDir, 'size-of'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Stylesheets an entry imports count as what the page downloads too.
    loader: {
      '.css': 'css',
      '.woff': 'empty',
      '.woff2': 'empty',
      '.svg': 'empty',
      '.png': 'empty',
    },
  });

  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint === '<stdin>');
  const loaded = new Set();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop();
    if (loaded.has(file)) continue;
    loaded.add(file);
    for (const imported of outputs[file].imports) {
      if (imported.kind === 'import-statement') pending.push(imported.path);
    }
    if (outputs[file].cssBundle) loaded.add(outputs[file].cssBundle);
  }
  const byPath = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const contents = [...loaded].map((file) => byPath.get(resolve(resolveDir, file)));
  const joined = Buffer.concat(contents.map((bytes) => Buffer.from(bytes)));
  return gzip(joined);
}
