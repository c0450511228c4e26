/**
 * Reads RFC 4180 CSV (as src/pure/dataset.ts `toCsv` writes it) record by record, keeping each
 * record's own text: the explorer's download of filtered rows is then the header and the chosen
 * records of /data/editions.csv, byte for byte, with no second serialiser to drift from the first.
 */

export interface CsvRecord {
  /** The record as written, without the line break that ends it. */
  text: string;
  fields: string[];
}

/** Every record of `csv`, in order; a line break inside a quoted field belongs to the field. */
export function csvRecords(csv: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let start = 0;
  const endRecord = (end: number) => {
    fields.push(field);
    records.push({ text: csv.slice(start, end), fields });
    fields = [];
    field = '';
  };
  for (let index = 0; index < csv.length; index++) {
    const char = csv.charAt(index);
    if (quoted) {
      if (char !== '"') field += char;
      else if (csv[index + 1] === '"') field += csv.charAt(++index);
      else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\r' && csv[index + 1] === '\n') {
      endRecord(index);
      start = ++index + 1;
    } else if (char === '\n') {
      endRecord(index);
      start = index + 1;
    } else field += char;
  }
  if (start < csv.length) endRecord(csv.length);
  return records;
}

/** The header and the records whose `column` holds one of `keep`, as CSV text, in the order of
 * `csv`: a CRLF after each record, as the whole file has. */
export function pickCsvRecords(csv: string, column: string, keep: ReadonlySet<string>): string {
  const [header, ...records] = csvRecords(csv);
  if (!header) return '';
  const at = header.fields.indexOf(column);
  const kept = records.filter((record) => keep.has(record.fields[at] ?? ''));
  return [header, ...kept].map((record) => `${record.text}\r\n`).join('');
}

/** Records as objects keyed by the header's column names: the JSON form of the same rows. */
export function csvObjects(csv: string): Record<string, string>[] {
  const [header, ...records] = csvRecords(csv);
  if (!header) return [];
  return records.map((record) => Object.fromEntries(header.fields.map((name, index) => [name, record.fields[index] ?? ''])));
}
