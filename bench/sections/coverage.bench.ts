/**
 * What the coverage view costs the script-tag bundle, and what drawing its
 * two charts with a chart library would cost instead of drawing them by hand.
 * Every figure is one bundle built in this run by Vite, as the script-tag
 * bundle is built (esbuild keeps the whole of zod/mini's namespace, 400 KB,
 * so it would not tell what a page downloads), minified and gzipped at level 9.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin, type Rollup } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const elements = path.join(root, 'src/elements');
const entries = path.resolve(here, '../.entries');

const defines = readdirSync(elements, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => path.join(elements, entry.name, 'define.ts'))
  .filter((file) => existsSync(file))
  .sort();
const coverageDefine = path.join(elements, 'coverage', 'define.ts');
const others = defines.filter((file) => file !== coverageDefine);

const importsOf = (files: string[]) => files.map((file) => `import ${JSON.stringify(file)};`);

/** The two charts of the view drawn with Chart.js: bar and line, tree-shaken to what they use. */
const CHART_JS = `
import { Chart, BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Filler, Legend, Tooltip } from 'chart.js';
Chart.register(BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Filler, Legend, Tooltip);
export function draw(bars, line, areas, weeks) {
  new Chart(bars, { type: 'bar', options: { indexAxis: 'y' }, data: {
    labels: areas.map((a) => a.name),
    datasets: [{ label: 'connected', data: areas.map((a) => a.connected) }] } });
  new Chart(line, { type: 'line', data: {
    labels: weeks.map((w) => w.week),
    datasets: [{ label: 'total', data: weeks.map((w) => w.total), fill: true }] } });
}`;

/** The same two charts with uPlot (its bar chart is a path builder of the same package). */
const UPLOT = `
import uPlot from 'uplot';
export function draw(bars, line, areas, weeks) {
  const x = weeks.map((_, i) => i);
  new uPlot({ width: 640, height: 220, series: [{}, { label: 'total', fill: 'green' }] },
    [x, weeks.map((w) => w.total)], line);
  new uPlot({ width: 640, height: 400, series: [{}, { label: 'connected',
    paths: uPlot.paths.bars({ size: [0.8] }) }] },
    [areas.map((_, i) => i), areas.map((a) => a.connected)], bars);
}`;

/** Resolves the coverage view's define.ts to nothing: the bundle as it was without the view. */
const withoutCoverage: Plugin = {
  name: 'without-coverage',
  enforce: 'pre',
  resolveId(id) {
    return /coverage\/define\.[jt]s$/.test(id) ? '\0no-coverage' : null;
  },
  load(id) {
    return id === '\0no-coverage' ? 'export {};' : null;
  },
};

interface Bundle {
  name: string;
  code: string[];
  plugins?: Plugin[];
  /** `iife` as the script-tag bundle; `es` where chunks are split. */
  format?: 'iife' | 'es';
}

/** Gzipped sizes of the chunks of one build: the entry's, and the rest loaded later. */
async function bundle({ name, code, plugins = [], format = 'iife' }: Bundle) {
  mkdirSync(entries, { recursive: true });
  const entry = path.join(entries, `${name}.ts`);
  writeFileSync(entry, code.join('\n'));
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: [format], name: 'Bench', fileName: name },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((r) => r.output)
    .filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
  // What the page loads at once: the entry and the chunks it imports statically.
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const atOnce = new Set<string>();
  const pending = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (atOnce.has(file)) continue;
    atOnce.add(file);
    pending.push(...(byName.get(file)?.imports ?? []));
  }
  let first = 0;
  let later = 0;
  for (const chunk of chunks) {
    const size = gzipSync(chunk.code, { level: 9 }).length;
    if (atOnce.has(chunk.fileName)) first += size;
    else later += size;
  }
  return { first, later };
}

const gzipped = async (spec: Bundle) => (await bundle(spec)).first;

/** The main bundle that loads the view only once a page shows `<edu-coverage>`. */
function splitSizes() {
  const loader = `
    const load = () => import(${JSON.stringify(coverageDefine)});
    if (document.querySelector('edu-coverage')) void load();
    else new MutationObserver((_, observer) => {
      if (document.querySelector('edu-coverage')) { observer.disconnect(); void load(); }
    }).observe(document, { childList: true, subtree: true });`;
  // Only the connect element's own import of the view is stubbed; the loader's stays.
  const connectOnly: Plugin = {
    ...withoutCoverage,
    resolveId(id, importer) {
      return importer?.includes('/connect/') && /coverage\/define/.test(id)
        ? '\0no-coverage'
        : null;
    },
  };
  return bundle({
    name: 'split',
    code: [...importsOf(others), loader],
    plugins: [connectOnly],
    format: 'es',
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const delta = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}`;

console.error('bundling…');
const all = importsOf(defines);
const main = {
  without: await gzipped({ name: 'without', code: importsOf(others), plugins: [withoutCoverage] }),
  hand: await gzipped({ name: 'hand', code: all }),
  chartJs: await gzipped({ name: 'chart.js', code: [...all, CHART_JS] }),
  uplot: await gzipped({ name: 'uplot', code: [...all, UPLOT] }),
};
const view = {
  hand: await gzipped({ name: 'view', code: importsOf([coverageDefine]) }),
  chartJs: await gzipped({
    name: 'view+chart.js',
    code: [...importsOf([coverageDefine]), CHART_JS],
  }),
  uplot: await gzipped({ name: 'view+uplot', code: [...importsOf([coverageDefine]), UPLOT] }),
};
const libraries = {
  chartJs: await gzipped({ name: 'chart.js', code: [CHART_JS] }),
  uplot: await gzipped({ name: 'uplot', code: [UPLOT] }),
};
const split = await splitSizes();
const unsplit = await gzipped({ name: 'unsplit', code: all, format: 'es' });
rmSync(entries, { recursive: true, force: true });

console.log(`## Coverage view: bundle size of its charts

Gzipped (level 9), built by Vite as the IIFE of \`npm run build\`, minified, every
dependency inlined. "Main bundle" is every
element of \`src/elements/*/define.ts\`, as the script-tag bundle holds them. The library
rows draw the view's two charts (bars by area, connections per week) with the library
beside the hand-drawn ones, so they add the library's code to the view.

| Drawing | Charts' code alone | The view alone | Main bundle | Over the bundle without the view |
| --- | ---: | ---: | ---: | ---: |
| Without the view | | | ${kb(main.without)} | |
| Hand-drawn (HTML bars, SVG line) | in the view | ${kb(view.hand)} | ${kb(main.hand)} | ${delta(main.hand - main.without)} |
| Chart.js 4 (bar + line, tree-shaken) | ${kb(libraries.chartJs)} | ${kb(view.chartJs)} | ${kb(main.chartJs)} | ${delta(main.chartJs - main.without)} |
| uPlot 1.6 | ${kb(libraries.uplot)} | ${kb(view.uplot)} | ${kb(main.uplot)} | ${delta(main.uplot - main.without)} |

As ES modules, where a bundler may split the view off and load it once a page shows
\`<edu-coverage>\` (Vite's library build leaves whitespace in ES output, so these compare
only with each other):

| Main bundle as ES modules | Loaded at once | Loaded when the view is shown |
| --- | ---: | ---: |
| The view inside | ${kb(unsplit)} | |
| The view split off | ${kb(split.first)} | ${kb(split.later)} |

What each way of drawing gives a screen reader and a person who zooms, by how it renders:

| Drawing | Renders to | Text of the chart | Page zoom, forced colours |
| --- | --- | --- | --- |
| Hand-drawn | HTML boxes and SVG | real text beside each bar and on the axes; one \`role="img"\` name per chart, the table after it | text reflows with the page; forced-colours rules in the view's styles |
| Chart.js | \`<canvas>\` | none in the DOM: labels are pixels; needs its own fallback | redrawn at a fixed size on resize; canvas ignores forced colours |
| uPlot | \`<canvas>\` with an HTML legend | legend only; axes and bars are pixels | as Chart.js |
`);
