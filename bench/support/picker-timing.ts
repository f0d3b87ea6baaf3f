/**
 * Keystroke to rendered options, in headless Chromium (`/usr/bin/chromium`
 * or `CHROME_PATH`), for `<edu-settlement-picker>` searching a given list
 * and for accessible-autocomplete with that list as its source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Place } from './places.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

async function pageScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(here, 'picker-page.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    tsconfig: path.join(here, '../../tsconfig.json'),
  });
  return result.outputFiles[0]!.text;
}

/** Queries both can find: the first letters of real names, which a substring filter also finds. */
function queriesFor(places: Place[]): string[] {
  const queries: string[] = [];
  for (let i = 7; queries.length < 30 && i < places.length; i += 53) {
    const name = places[i]!.name;
    if (name.length >= 5) queries.push(name.slice(0, 3 + (i % 4)));
  }
  return queries;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]!;

/** The Markdown of the browser part, or a line saying why it could not run. */
export async function measureBrowser(small: Place[], large: Place[]): Promise<string> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    return `_No Chromium at ${executablePath}: browser part skipped._`;

  const script = await pageScript();
  const theirs = readFileSync(
    require.resolve('accessible-autocomplete/dist/accessible-autocomplete.min.js'),
    'utf8',
  );
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const rows: string[] = [];
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="ru"><body></body></html>');
    await page.addScriptTag({ content: theirs });
    await page.addScriptTag({ content: script });
    const queries = queriesFor(small);
    const results = new Map<string, string[]>();
    for (const places of [small, large]) {
      console.error(`browser: ${places.length} places`);
      await page.evaluate((list) => window.benchSetup(list), places);
      for (const which of ['ours', 'theirs'] as const) {
        await page.evaluate((q) => window.benchMeasure(q.which, q.query), {
          which,
          query: queries[0]!,
        });
        const times: number[] = [];
        for (let round = 0; round < 2; round++) {
          for (const query of queries) {
            times.push(
              await page.evaluate((q) => window.benchMeasure(q.which, q.query), { which, query }),
            );
          }
        }
        const cells = results.get(which) ?? [];
        cells.push(`${median(times).toFixed(1)} ms`, `${p95(times).toFixed(1)} ms`);
        results.set(which, cells);
      }
    }
    rows.push(
      '### Keystroke to rendered options, headless Chromium',
      '',
      `${queries.length} queries, the first letters of Dagestan's names, each typed twice into ` +
        'an empty field: from the input event to the painted frame that shows the options. ' +
        'Ours searches the list given in `places` with `edu-connect/search` and shows ten; ' +
        'accessible-autocomplete filters its `source` array by substring and shows every match.',
      '',
      `| | ${small.length.toLocaleString('en')}, median | p95 | ` +
        `${large.length.toLocaleString('en')}, median | p95 |`,
      '| --- | --- | --- | --- | --- |',
      `| edu-settlement-picker | ${results.get('ours')!.join(' | ')} |`,
      `| accessible-autocomplete 3 | ${results.get('theirs')!.join(' | ')} |`,
    );
  } finally {
    await browser.close();
  }
  return rows.join('\n');
}
