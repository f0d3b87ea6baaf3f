/**
 * How the budgets and the benchmark weigh a piece of JavaScript: bundled and
 * minified by esbuild, dependencies included, then gzip -9. Chunks that a
 * page loads only later (dynamic imports, such as the English strings) are
 * split off and not counted in the first load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
  const chunks = reach(entry, (file) =>
    outputs[file].imports.filter(({ kind }) => kind === 'import-statement').map(({ path }) => path),
  );
  const stylesheets = [...chunks].map((file) => outputs[file].cssBundle).filter(Boolean);
  const loaded = [...chunks, ...stylesheets];
  const byPath = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const contents = loaded.map((file) => byPath.get(resolve(resolveDir, file)));
  const joined = Buffer.concat(contents.map((bytes) => Buffer.from(bytes)));
  return gzip(joined);
}

/** Relative imports of an emitted ES module as files: `static` ones and `dynamic` ones. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const files = (pattern) =>
    [...code.matchAll(pattern)].map((match) => join(dirname(file), match[1]));
  return {
    static: files(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g),
    dynamic: files(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g),
  };
}

/** `start` and every file `next` leads to from it, transitively. */
function reach(start, next) {
  const seen = new Set();
  const pending = [start];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...next(file));
  }
  return seen;
}

/** A module and every module it imports statically, transitively. */
const staticClosure = (entry) => reach(entry, (file) => importsOf(file).static);

const gzippedFiles = (files) => [...files].reduce((sum, file) => sum + gzip(readFileSync(file)), 0);

/**
 * The script-tag bundle in `dist` as a page downloads it, each file gzipped
 * alone as a server sends it: `firstLoad`, the loader dist/edu-connect.js with
 * the entry chunk and every chunk they import statically; `everything`, every
 * chunk but the English ones; `english`, those; and `parts`, each chunk a page
 * imports later, weighed with the chunks it adds to the first load (shared
 * chunks count in every part that needs them).
 */
export function scriptTagBundle(dist) {
  const folder = join(dist, 'edu-connect');
  const first = staticClosure(join(folder, 'index.js'));
  const chunks = readdirSync(folder)
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(folder, file));
  const isEnglish = (file) => /\.en-[^/\\]+\.js$/.test(file);
  const later = [...new Set(chunks.flatMap((file) => importsOf(file).dynamic))]
    .filter((file) => !isEnglish(file))
    .sort();
  return {
    firstLoad: gzip(readFileSync(join(dist, 'edu-connect.js'))) + gzippedFiles(first),
    everything: gzippedFiles(chunks.filter((file) => !isEnglish(file))),
    english: gzippedFiles(chunks.filter(isEnglish)),
    parts: later.map((file) => ({
      name: file.slice(folder.length + 1).replace(/-[\w-]{8}\.js$/, ''),
      bytes: gzippedFiles([...staticClosure(file)].filter((chunk) => !first.has(chunk))),
    })),
  };
}
