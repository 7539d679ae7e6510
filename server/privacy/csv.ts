/**
 * CSV as German Excel opens it with a double click (DOMAIN.md "Formats"): UTF-8 with BOM, `;`, CRLF,
 * dates TT.MM.JJJJ, no `sep=` line, and cells that Excel would run as a formula get a leading `'`.
 */
const BOM = '\uFEFF';
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const FORMULA = /^[=+\-@\t\r]/;

/** A cell's text: dates and server times in the association's time zone, German style. */
export function cellText(value: unknown, timeZone: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  const date = DATE.exec(s);
  if (date) return `${date[3]}.${date[2]}.${date[1]}`;
  if (INSTANT.test(s)) return localInstant(new Date(s), timeZone);
  return s;
}

function localInstant(d: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('de-AT', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Quotes a cell when needed and defuses formulas. */
export function csvCell(text: string): string {
  const safe = FORMULA.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvDocument(rows: readonly (readonly string[])[]): string {
  return `${BOM + rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/**
 * A sectioned export as one CSV of four columns (section, row number, field, value): every section
 * has other columns, and one file a clerk filters by its first column beats a zip of several.
 */
export function exportCsv(sections: Record<string, Record<string, unknown>[]>, timeZone: string): string {
  const rows: string[][] = [['Bereich', 'Nr', 'Feld', 'Wert']];
  for (const [section, list] of Object.entries(sections)) {
    list.forEach((row, i) => {
      for (const [field, value] of Object.entries(row))
        rows.push([section, String(i + 1), field, cellText(value, timeZone)]);
    });
  }
  return csvDocument(rows);
}
