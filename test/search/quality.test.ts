import { expect } from '@open-wc/testing';
import type { Settlement } from '../../src/contract/types.js';
import data from '../../src/mocks/data/dagestan-settlements.json';
import { createSettlementSearch } from '../../src/search/index.js';
import queries from '../../bench/queries/settlement-queries.json';

const settlements = data.settlements as Settlement[];
const index = createSettlementSearch(settlements);

interface Labelled {
  query: string;
  id: string;
  kind: string;
}

/** The share of queries whose intended settlement comes first, overall and by kind. */
function topOne(labelled: Labelled[]) {
  const byKind = new Map<string, { hit: number; all: number }>();
  let hit = 0;
  for (const { query, id, kind } of labelled) {
    const first = index.search(query, { limit: 1 })[0];
    const tally = byKind.get(kind) ?? { hit: 0, all: 0 };
    tally.all += 1;
    if (first?.id === id) {
      hit += 1;
      tally.hit += 1;
    }
    byKind.set(kind, tally);
  }
  return { share: hit / labelled.length, byKind };
}

describe('settlement search on labelled queries', () => {
  for (const part of ['tuning', 'heldOut'] as const) {
    it(`puts the intended settlement first for 95 % of the ${part} part`, () => {
      const labelled = queries[part] as Labelled[];
      expect(labelled.length).to.be.greaterThan(300);
      const { share, byKind } = topOne(labelled);

      expect(share).to.be.at.least(0.95);
      for (const [kind, { hit, all }] of byKind) {
        if (all >= 10) expect(hit / all, kind).to.be.at.least(0.9);
      }
    });
  }

  it('covers every kind of query it is meant to find', () => {
    const kinds = new Set((queries.heldOut as Labelled[]).map(({ kind }) => kind));
    for (const kind of [
      'case',
      'type word',
      'hyphens and spaces',
      'abbreviated word',
      'prefix',
      'typo',
      'keyboard layout',
      'latin',
      'district',
    ]) {
      expect(kinds.has(kind), kind).to.equal(true);
    }
  });
});
