/**
 * Rows of an RFC 4180 CSV text: fields split on commas, quoted fields may hold commas, quotes
 * (doubled) and line breaks; records end at CRLF, LF or CR. Lenient where files in the wild are:
 * a leading byte-order mark is skipped, an unterminated quote runs to the end of the text, and a
 * quote inside an unquoted field is kept as text. Blank lines give no row. Never throws.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endRow = (): void => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };

  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

// What csvCell put in front of a formula-looking cell; taken off again on the way back in.
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

/** A cell's text with our formula neutralisation (a leading `'`) undone. */
export function unneutralise(cell: string): string {
  return cell.replace(NEUTRALISED, '');
}
