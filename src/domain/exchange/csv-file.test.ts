import { describe, expect, it } from 'vitest';
import { decodeText, readCsv, writeCsv } from './csv-file';

describe('CSV files', () => {
  it.each([
    ['semicolons, CRLF, a BOM', '\uFEFFa;b\r\n1,5;"x;y"\r\n', ['1,5', 'x;y']],
    ['commas, LF', 'a,b\n"1,5",x;y\n', ['1,5', 'x;y']],
    [
      'a quoted line break and blank lines',
      'a;b\n\n"line 1\nline 2";z\n\n',
      ['line 1\nline 2', 'z'],
    ],
  ])('reads %s', (_, text, row) => {
    expect(readCsv(text)).toEqual({ columns: ['a', 'b'], rows: [row], malformed: false });
  });

  it('writes what it reads back, with a BOM and CRLF', () => {
    const rows = [
      ['ä;ö', 'say "hi"'],
      ['1\n2', ''],
    ];
    const text = writeCsv(['a', 'b'], rows, ';');
    expect(text).toBe('\uFEFFa;b\r\n"ä;ö";"say ""hi"""\r\n"1\n2";\r\n');
    expect(readCsv(text).rows).toEqual(rows);
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+358 40', "'+358 40"],
    ['-1', "'-1"],
    ['@here', "'@here"],
    ['Kevät = uusi alku', 'Kevät = uusi alku'],
    ['12', '12'],
  ])('with escapeFormulae writes %j as %j, and without it as it is', (field, escaped) => {
    expect(readCsv(writeCsv(['a'], [[field]], ';', { escapeFormulae: true })).rows).toEqual([
      [escaped],
    ]);
    expect(readCsv(writeCsv(['a'], [[field]], ';')).rows).toEqual([[field]]);
  });

  it("decodes UTF-8, and Windows-1252 (Excel's plain CSV) when the bytes are not UTF-8", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa4]))).toBe('ä');
    expect(decodeText(new Uint8Array([0x4a, 0xe4, 0x6d, 0x73, 0xe4]))).toBe('Jämsä');
  });
});
