import { describe, expect, it } from 'vitest';
import { cellText, csvCell, exportCsv } from './csv';

describe('CSV for German Excel', () => {
  it('writes dates as TT.MM.JJJJ and server times in the association time zone', () => {
    expect(cellText('2026-11-18', 'Europe/Vienna')).toBe('18.11.2026');
    expect(cellText('2026-11-18T23:30:00.000Z', 'Europe/Vienna')).toBe('19.11.2026 00:30:00');
    expect(cellText(1.5, 'Europe/Vienna')).toBe('1,5');
    expect(cellText(null, 'Europe/Vienna')).toBe('');
  });

  it('defuses formulas and quotes separators, quotes and line breaks', () => {
    for (const f of ['=1+1', '+43 660', '-2', '@SUM(A1)', '\tx']) expect(csvCell(f).startsWith("'")).toBe(true);
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('er sagte "ja"')).toBe('"er sagte ""ja"""');
    expect(csvCell('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvCell('Villach')).toBe('Villach');
  });

  it('puts every value of every section on its own row after a BOM and a header, lines ending CRLF', () => {
    const text = exportCsv({ person: [{ displayName: 'Lena Hofer' }], timeEntries: [{ a: 1 }, { a: 2 }] }, 'UTC');
    expect(text).toBe(
      '\uFEFFBereich;Nr;Feld;Wert\r\nperson;1;displayName;Lena Hofer\r\ntimeEntries;1;a;1\r\ntimeEntries;2;a;2\r\n',
    );
  });
});
