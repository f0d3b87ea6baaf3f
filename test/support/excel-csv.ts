/**
 * Reads a CSV file the way Excel on a Russian desktop opens it by double
 * click: the bytes are UTF-8 only if they start with a BOM (else Windows-1251),
 * `;` separates fields, CRLF ends a record, and a field in double quotes may
 * hold `;`, line breaks and doubled quotes.
 */
export interface ExcelSheet {
  encoding: 'utf-8' | 'windows-1251';
  rows: string[][];
}

export async function openAsExcel(blob: Blob): Promise<ExcelSheet> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const encoding = bom ? 'utf-8' : 'windows-1251';
  const text = new TextDecoder(encoding).decode(bom ? bytes.subarray(3) : bytes);
  return { encoding, rows: parse(text) };
}

function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else if (char === '\n') {
      throw new Error(`A bare LF at ${i}: Excel expects CRLF between records`);
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error('A quoted field never ends');
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * A cell as Excel shows it: a number without leading zeros, a text formula
 * `="…"` as its text, anything else as it stands (an apostrophe included).
 */
export function shown(cell: string): string | number {
  const formula = /^="(.*)"$/.exec(cell);
  if (formula) return formula[1]!;
  if (/^-?\d+$/.test(cell) && cell.length <= 15) return Number(cell);
  return cell;
}
