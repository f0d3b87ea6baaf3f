/**
 * `npm run bench [name…]`: runs each benchmark section in `bench/sections/`
 * in a process of its own, keeps its Markdown in `bench/results/<name>.md`,
 * and joins every kept section into `bench/results.md`.
 *
 * A section is a script that prints its Markdown to stdout and its progress
 * to stderr. Naming sections reruns only those; the others keep their last
 * figures, each dated, so the file always says when a number was measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const sectionsDir = path.join(here, 'sections');
const resultsDir = path.join(here, 'results');
mkdirSync(resultsDir, { recursive: true });

// What we compare with is installed here, apart from the project's own dependencies.
if (!existsSync(path.join(here, 'node_modules'))) {
  console.error('Installing the comparison packages into bench/node_modules…');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: here,
    stdio: 'inherit',
  });
  if (install.status !== 0) process.exit(1);
}

// The sections are typechecked here, where the packages they compare with are installed.
const typecheck = spawnSync('npx', ['tsc', '-p', here], { stdio: 'inherit' });
if (typecheck.status !== 0) process.exit(1);

const available = readdirSync(sectionsDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''))
  .sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown section: ${unknown.join(', ')}. Sections: ${available.join(', ')}`);
  process.exit(2);
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`;
let failed = false;
for (const name of wanted.length > 0 ? wanted : available) {
  console.error(`\n▶ ${name}`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', path.join(sectionsDir, `${name}.bench.ts`)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) {
    console.error(`✗ ${name} exited with ${run.status ?? run.signal}`);
    failed = true;
    continue;
  }
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const stamp = `<sub>Measured ${when} UTC on ${machine}.</sub>`;
  writeFileSync(path.join(resultsDir, `${name}.md`), `${run.stdout.trim()}\n\n${stamp}\n`);
}

const kept = readdirSync(resultsDir)
  .filter((file) => file.endsWith('.md'))
  .sort()
  .map((file) => readFileSync(path.join(resultsDir, file), 'utf8').trim());
const intro =
  '# Benchmarks\n\nWritten by `npm run bench`; each section is measured in one run, ' +
  'ours beside the anchors, on the same data and machine.\n';
writeFileSync(path.join(here, 'results.md'), `${[intro, ...kept].join('\n\n')}\n`);
console.error('\nWrote bench/results.md');
process.exit(failed ? 1 : 0);
