/**
 * Search quality on labelled queries: the share whose intended settlement
 * comes first, overall and by kind of query.
 */
export interface LabelledQuery {
  query: string;
  id: string;
  kind: string;
}

export interface Quality {
  /** Share of queries whose intended settlement comes first, 0 to 1. */
  top1: number;
  /** Share whose intended settlement is among the first five. */
  top5: number;
  byKind: Map<string, { count: number; top1: number }>;
  misses: { query: string; kind: string; expected: string; got: string[] }[];
}

/** Runs every query through `search` (ids, best first) and counts where the intended one lands. */
export function measureQuality(
  queries: readonly LabelledQuery[],
  search: (query: string) => string[],
  nameOf: (id: string) => string = (id) => id,
): Quality {
  let top1 = 0;
  let top5 = 0;
  const byKind = new Map<string, { count: number; top1: number }>();
  const misses: Quality['misses'] = [];
  for (const { query, id, kind } of queries) {
    const found = search(query);
    const at = found.indexOf(id);
    const tally = byKind.get(kind) ?? { count: 0, top1: 0 };
    tally.count += 1;
    if (at === 0) {
      top1 += 1;
      tally.top1 += 1;
    } else {
      misses.push({ query, kind, expected: nameOf(id), got: found.slice(0, 3).map(nameOf) });
    }
    if (at >= 0 && at < 5) top5 += 1;
    byKind.set(kind, tally);
  }
  return { top1: top1 / queries.length, top5: top5 / queries.length, byKind, misses };
}
