/** RFC 4180 CSV: fields with comma, quote, CR or LF are quoted, quotes doubled; CRLF ends a record. */

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
