import { expect } from '@open-wc/testing';
import { findDuplicates } from '../../src/duplicates/index.js';
import type { LabelledPair } from './data/build-labelled-pairs.js';
import pairs from './data/labelled-pairs.json';

interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  mistakes: string[];
}

function measure(set: readonly LabelledPair[]): Tally {
  const tally: Tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0, mistakes: [] };
  for (const pair of set) {
    const found = findDuplicates(pair.candidate, [pair.registered]).length > 0;
    if (found && pair.duplicate) tally.truePositives += 1;
    else if (found) tally.falsePositives += 1;
    else if (pair.duplicate) tally.falseNegatives += 1;
    if (found !== pair.duplicate) {
      tally.mistakes.push(`${pair.id}: ${pair.candidate.name} / ${pair.registered.fullName}`);
    }
  }
  return tally;
}

const precision = (t: Tally) => t.truePositives / (t.truePositives + t.falsePositives);
const recall = (t: Tally) => t.truePositives / (t.truePositives + t.falseNegatives);

describe('duplicate matcher on the labelled pairs', () => {
  const all = pairs as LabelledPair[];

  it('holds as many hard negatives as positives, a third of them held out', () => {
    const positives = all.filter((pair) => pair.duplicate).length;
    expect(positives).to.be.greaterThan(500);
    expect(all.length - positives).to.be.at.least(positives);
    const heldOut = all.filter((pair) => pair.split === 'held-out').length;
    expect(heldOut / all.length).to.be.within(0.25, 0.4);
  });

  for (const [title, set] of [
    ['every pair', all],
    ['the held-out pairs', all.filter((pair) => pair.split === 'held-out')],
    ['the Moscow pairs', all.filter((pair) => pair.group.startsWith('moscow'))],
    ['the Dagestan pairs', all.filter((pair) => pair.group.startsWith('dagestan'))],
  ] as const) {
    it(`reaches precision and recall of 0.95 on ${title}`, () => {
      const tally = measure(set);
      const shown = tally.mistakes.slice(0, 10).join('\n');
      expect(precision(tally), shown).to.be.at.least(0.95);
      expect(recall(tally), shown).to.be.at.least(0.95);
    });
  }
});
