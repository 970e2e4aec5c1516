// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled, CRLF line
// ends, as spreadsheets and Python's csv module expect. Values are written as they are (no
// formula guarding): these files feed tools, and a changed value would be a wrong value.

export type CsvValue = string | number | null | undefined;

export function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? String(v) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

export function csvTable(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvRow(header) + rows.map(csvRow).join('');
}
