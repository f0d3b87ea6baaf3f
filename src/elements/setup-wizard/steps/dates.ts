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

/**
 * The usual periods of a Russian school year, as month-day pairs: the first
 * year of the academic year, then "+" for the next one. Quarters leave the
 * autumn, winter and spring holidays between them; semesters the winter ones.
 */
const USUAL_PERIODS: Record<'quarters' | 'trimesters' | 'semesters', [string, string][]> = {
  quarters: [
    ['09-01', '10-25'],
    ['11-05', '12-28'],
    ['+01-09', '+03-21'],
    ['+03-31', 'end'],
  ],
  trimesters: [
    ['09-01', '11-29'],
    ['12-01', '+02-27'],
    ['+03-01', 'end'],
  ],
  semesters: [
    ['09-01', '12-28'],
    ['+01-09', 'end'],
  ],
};

/**
 * Periods for a year from 1 September to the end of May: the usual dates of
 * Russian schools. Any other year is split into equal parts by {@link splitSpan}.
 */
export function suggestPeriods(
  start: string,
  end: string,
  kind: keyof typeof USUAL_PERIODS,
): { start: string; end: string }[] {
  const usual = /^(\d{4})-09-01$/.exec(start);
  const endsInMay = new RegExp(`^${Number(usual?.[1]) + 1}-05-(2\\d|3[01])$`).test(end);
  if (!usual || !endsInMay) return splitSpan(start, end, USUAL_PERIODS[kind].length);

  const year = Number(usual[1]);
  const date = (day: string) =>
    day === 'end' ? end : day.startsWith('+') ? `${year + 1}-${day.slice(1)}` : `${year}-${day}`;
  return USUAL_PERIODS[kind].map(([from, to]) => ({ start: date(from), end: date(to) }));
}
