/**
 * How the backend matches what a person typed to its records: names of a
 * list by their words, application numbers as typed, bodies by content.
 * Shared by the mock backend and the reference server.
 */
import { parseSchoolName } from '../duplicates/index.js';
import { fold } from '../search/normalize.js';

/**
 * Matches of a list's names to a query: every word of it starts a word of
 * the names, or names their kind ("сош" finds "средняя общеобразовательная школа").
 */
export function nameMatcher(query: string | null) {
  const words = fold(query ?? '')
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return () => true;
  return (names: (string | undefined)[]) => {
    const texts = names.filter(Boolean) as string[];
    const kinds = texts.map((text) => parseSchoolName(text).kind ?? '');
    const nameWords = fold([...texts, ...kinds].join(' ')).split(' ');
    return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
  };
}

const LOOKALIKES: Record<string, string> = { O: 'О', M: 'М', Y: 'У', E: 'Е', A: 'А' };

/** An application number as typed: any case, Latin look-alikes, spaces. */
export const applicationNumber = (typed: string) =>
  typed
    .trim()
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/[OMYEA]/g, (letter) => LOOKALIKES[letter]!);

export const byName = (a: { fullName: string; shortName?: string }, b: typeof a) =>
  (a.shortName ?? a.fullName).localeCompare(b.shortName ?? b.fullName, 'ru', { numeric: true });

/** JSON with sorted keys, so that two bodies compare by content, not by key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, part: unknown) =>
    part && typeof part === 'object' && !Array.isArray(part)
      ? Object.fromEntries(Object.entries(part).sort(([a], [b]) => a.localeCompare(b)))
      : part,
  );
}
