/**
 * RFC 4180 CSV, as the open-data export writes it and as any program may
 * (quoted cells with `""`, line breaks inside quotes, CRLF or LF). Stops
 * at `maxRows` data rows: a package of somebody else's may hold millions,
 * and the caller says so rather than holding them all. Pure; a result, not
 * a throw.
 */
export type CsvResult =
  | { ok: true; header: string[]; rows: string[][] }
  | { ok: false; reason: 'too-many-rows' | 'unterminated-quote' | 'empty'; row: number };

export function parseCsv(text: string, maxRows: number): CsvResult {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.length;
  const endRecord = (): boolean => {
    record.push(cell);
    cell = '';
    records.push(record);
    record = [];
    // The header is one more than the data rows.
    return records.length > maxRows + 1;
  };
  while (index < end) {
    const char = text[index]!;
    if (char === '"' && cell === '') {
      // A quoted cell: to the closing quote, `""` being one quote.
      let close = index + 1;
      let value = '';
      for (;;) {
        const next = text.indexOf('"', close);
        if (next < 0) return { ok: false, reason: 'unterminated-quote', row: records.length };
        value += text.slice(close, next);
        if (text[next + 1] === '"') {
          value += '"';
          close = next + 2;
        } else {
          close = next + 1;
          break;
        }
      }
      cell = value;
      index = close;
      continue;
    }
    if (char === ',') {
      record.push(cell);
      cell = '';
      index += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      if (endRecord()) return { ok: false, reason: 'too-many-rows', row: records.length - 1 };
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
      continue;
    }
    // Unquoted text up to the next separator or line end.
    let stop = index;
    while (stop < end && text[stop] !== ',' && text[stop] !== '\r' && text[stop] !== '\n') stop += 1;
    cell += text.slice(index, stop);
    index = stop;
  }
  if (cell !== '' || record.length > 0) {
    if (endRecord()) return { ok: false, reason: 'too-many-rows', row: records.length - 1 };
  }
  const [header, ...rows] = records;
  if (!header) return { ok: false, reason: 'empty', row: 0 };
  return { ok: true, header, rows };
}
