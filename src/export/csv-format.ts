/** Column names of Readwise's CSV import, in their order. */
export const READWISE_COLUMNS = [
  'Highlight',
  'Title',
  'Author',
  'URL',
  'Note',
  'Location',
  'Date',
] as const;

/** The UTF-8 byte-order mark, so spreadsheet programs read the file as UTF-8. */
export const BOM = '\uFEFF';

// A spreadsheet treats a cell starting with one of these as a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): neutralised against formula injection by a leading `'` when it starts
 * with = + - @ tab or CR, then quoted when it holds a quote, comma, CR or LF (quotes doubled).
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record with RFC 4180 CRLF line end. */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * A time for Readwise's Date column, "YYYY-MM-DD HH:MM:SS" in UTC (the form its CSV import
 * documents); '' when `iso` is not a valid time.
 */
export function readwiseDate(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return '';
  return time.toISOString().slice(0, 19).replace('T', ' ');
}
