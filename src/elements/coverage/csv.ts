/**
 * CSV as Excel opens it on a Russian desktop: UTF-8 with a byte order mark
 * (without it Excel reads the bytes as Windows-1251), `;` between fields
 * (the list separator of the Russian locale), CRLF between records and
 * quoting per RFC 4180.
 */

export type CsvCell = string | number;

const BOM = '\uFEFF';

/**
 * A text cell that Excel would run as a formula (`=`, `+`, `-`, `@`, or a
 * tab or carriage return first) gets a leading apostrophe, which Excel then
 * shows: names come from a server, and a file must not compute what a
 * server put in it.
 */
function cell(value: CsvCell): string {
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  // Excel reads «0504269890» as the number 504269890: an INN keeps its zero as a text formula.
  if (typeof value === 'string' && /^(0\d+|\d{16,})$/.test(text)) text = `="${text}"`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The text of a CSV file, BOM included. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** The file as a Blob, typed so that the browser offers to open it with a spreadsheet. */
export const csvBlob = (rows: readonly (readonly CsvCell[])[]): Blob =>
  new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });

/**
 * Saves a Blob as a file through a Blob URL and a link with `download`:
 * no navigation, no inline script, so it works under a strict CSP.
 */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; revoking it at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
