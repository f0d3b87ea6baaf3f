/**
 * The duplicate check: how well `findDuplicates` tells a duplicate from
 * another school on the labelled pairs, beside Fuse.js with its defaults on
 * the same pairs, and how long one candidate takes against 500 organizations.
 */
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import type { Organization } from '../../src/contract/types.js';
import { findDuplicates, type DuplicateCandidate } from '../../src/duplicates/index.js';
import { createMockDb } from '../../src/mocks/db.js';
import type { LabelledPair } from '../../test/duplicates/data/build-labelled-pairs.js';
import labelled from '../../test/duplicates/data/labelled-pairs.json' with { type: 'json' };

const pairs = labelled as LabelledPair[];

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function tally(set: readonly LabelledPair[], says: (pair: LabelledPair) => boolean): Tally {
  const counts: Tally = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const pair of set) {
    const found = says(pair);
    if (found) counts[pair.duplicate ? 'tp' : 'fp'] += 1;
    else counts[pair.duplicate ? 'fn' : 'tn'] += 1;
  }
  return counts;
}

const ours = (pair: LabelledPair) => findDuplicates(pair.candidate, [pair.registered]).length > 0;

/** Fuse.js with its default options, searching the candidate's name, or else its numbers. */
function fuse(pair: LabelledPair): boolean {
  const index = new Fuse([pair.registered], { keys: ['fullName', 'shortName', 'inn', 'ogrn'] });
  const { name, inn, ogrn } = pair.candidate;
  const query = name ?? inn ?? ogrn ?? '';
  return query.trim() !== '' && index.search(query).length > 0;
}

const share = (part: number, whole: number) => (whole === 0 ? '–' : (part / whole).toFixed(3));
function row(label: string, t: Tally): string {
  const precision = share(t.tp, t.tp + t.fp);
  const recall = share(t.tp, t.tp + t.fn);
  return `| ${label} | ${precision} | ${recall} | ${t.tp} | ${t.fp} | ${t.fn} | ${t.tn} |`;
}

const subsets: [string, LabelledPair[]][] = [
  ['all pairs', pairs],
  ['held-out', pairs.filter((pair) => pair.split === 'held-out')],
  ['Moscow', pairs.filter((pair) => pair.group.startsWith('moscow'))],
  ['Dagestan', pairs.filter((pair) => pair.group.startsWith('dagestan'))],
  ['registry sample', pairs.filter((pair) => pair.group.startsWith('registry'))],
];

const positives = pairs.filter((pair) => pair.duplicate).length;
console.error(`duplicates: ${pairs.length} labelled pairs`);
const lines = [
  '## Duplicate check',
  '',
  `Labelled pairs (\`test/duplicates/data/labelled-pairs.json\`): ${pairs.length}, of them ` +
    `${positives} duplicates and ${pairs.length - positives} hard negatives (another number, ` +
    'kind, settlement or name). A pair counts as found when the matcher returns the ' +
    'registered organization for the candidate. Fuse.js runs with its default options over ' +
    '`fullName`, `shortName`, `inn` and `ogrn`.',
  '',
  '| Pairs | Matcher | Precision | Recall | TP | FP | FN | TN |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const [label, set] of subsets) {
  lines.push(row(`${label} | edu-connect`, tally(set, ours)));
  lines.push(row(`${label} | Fuse.js defaults`, tally(set, fuse)));
}

// ---------------------------------------------------------------- speed

const db = createMockDb({ persist: 'memory' });
// 500 organizations: every school of Махачкала, Хасавюрт, Дербент … and of the villages after them.
const registry: Organization[] = db.organizations.slice(0, 500).map((o) => ({ ...o }));

/** What people type for the registry's schools, each name written three ways. */
const typedNames = registry.map((organization, index) => {
  const short = organization.shortName ?? organization.fullName;
  if (index % 3 === 0) return organization.fullName.replace(/ё/g, 'е');
  if (index % 3 === 1) return short.toLowerCase().replace(/"/g, '');
  return short.replace(/№ (\d+)/, 'N$1');
});
const inSettlement: DuplicateCandidate[] = typedNames.map((name, index) => ({
  name,
  settlementId: registry[index]!.settlementId,
}));
const anywhere: DuplicateCandidate[] = typedNames.map((name) => ({ name }));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/**
 * Milliseconds per call for each candidate: the best of `rounds` batches of
 * calls, so that a timer tick, a GC or another process on the machine is not
 * counted as the matcher's time.
 */
function timeEach(
  candidates: readonly DuplicateCandidate[],
  run: (candidate: DuplicateCandidate) => unknown,
  { batch = 20, rounds = 5 } = {},
): number[] {
  (globalThis as { gc?: () => void }).gc?.();
  const best = candidates.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < rounds; round++) {
    candidates.forEach((candidate, index) => {
      const start = performance.now();
      for (let call = 0; call < batch; call++) run(candidate);
      best[index] = Math.min(best[index]!, (performance.now() - start) / batch);
    });
  }
  return best.sort((a, b) => a - b);
}

const fuseIndex = new Fuse(registry, { keys: ['fullName', 'shortName'] });
const checks = {
  inSettlement: (candidate: DuplicateCandidate) => findDuplicates(candidate, registry),
  fuse: (candidate: DuplicateCandidate) => fuseIndex.search(candidate.name ?? ''),
};
// Warm up the JIT, and let the matcher read the registry's names once, as it does on first use.
for (let round = 0; round < 3; round++) {
  timeEach(anywhere, checks.inSettlement, { batch: 1, rounds: 1 });
  timeEach(anywhere.slice(0, 20), checks.fuse, { batch: 1, rounds: 1 });
}
const timed = [
  ['edu-connect, candidate with its settlement', timeEach(inSettlement, checks.inSettlement)],
  ['edu-connect, candidate without a settlement', timeEach(anywhere, checks.inSettlement)],
  [
    'Fuse.js defaults, index built before',
    timeEach(anywhere.slice(0, 100), checks.fuse, { batch: 1, rounds: 2 }),
  ],
] as const;

// The very first check of a registry also reads all its names: once per registry.
const firstChecks: number[] = [];
for (let round = 0; round < 10; round++) {
  const fresh = registry.map((o) => ({ ...o }));
  const start = performance.now();
  findDuplicates(anywhere[round]!, fresh);
  firstChecks.push(performance.now() - start);
}
firstChecks.sort((a, b) => a - b);

const ms = (value: number) => value.toFixed(3);
lines.push(
  '',
  `Time per candidate against ${registry.length} organizations of the mock registry, for ` +
    `${typedNames.length} typed names of its schools (Fuse.js: the first 100), in ` +
    'milliseconds: for each name the best of 5 batches of 20 calls (Fuse.js: of 2 single ' +
    'calls). The budget is 1 ms: the form checks on every pause in typing.',
  '',
  '| Matcher | Median | p95 | Max |',
  '| --- | ---: | ---: | ---: |',
  ...timed.map(
    ([label, times]) =>
      `| ${label} | ${ms(percentile(times, 0.5))} | ${ms(percentile(times, 0.95))} | ` +
      `${ms(times.at(-1)!)} |`,
  ),
  `| edu-connect, first check of a new registry (reads its ${registry.length * 2} names), ` +
    `10 runs | ${ms(percentile(firstChecks, 0.5))} | ${ms(percentile(firstChecks, 0.95))} | ` +
    `${ms(firstChecks.at(-1)!)} |`,
);

console.log(lines.join('\n'));
