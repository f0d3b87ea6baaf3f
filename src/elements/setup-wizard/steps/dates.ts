/** Calendar arithmetic on ISO dates (`2027-09-01`), in whole days, free of time zones. */

const DAY = 86_400_000;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return toIso(toDay(value)) === value;
}

/** Days since 1970-01-01. */
export function toDay(value: string): number {
  return Math.round(Date.parse(`${value}T00:00:00Z`) / DAY);
}

export function toIso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/**
 * The academic year a school sets up today: from June on, the one that starts
 * this 1 September (the current one, once it has begun); before June, the
 * one under way since last September, since a school connecting mid-year
 * keeps its journal from now on.
 */
export function comingAcademicYear(today = new Date()): { start: string; end: string } {
  const JUNE = 5;
  const startYear = today.getMonth() >= JUNE ? today.getFullYear() : today.getFullYear() - 1;
  return { start: `${startYear}-09-01`, end: `${startYear + 1}-05-31` };
}

/**
 * Splits a span into `count` periods of equal length with a week of holidays
 * between them; the last one ends with the span.
 */
export function splitSpan(start: string, end: string, count: number, gapDays = 7) {
  const first = toDay(start);
  const last = toDay(end);
  const length = Math.floor((last - first + 1 - gapDays * (count - 1)) / count);
  if (!(length > 0)) return [];

  return Array.from({ length: count }, (_, index) => {
    const from = first + index * (length + gapDays);
    const to = index === count - 1 ? last : from + length - 1;
    return { start: toIso(from), end: toIso(to) };
  });
}
