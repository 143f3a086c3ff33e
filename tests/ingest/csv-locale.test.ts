/**
 * A CSV by its locale (issue 17, item 5): the field separator and the decimal mark come from the file's own cells,
 * or the file is refused naming the cell that could be read two ways. Never a number other than the one the officer
 * sees in the spreadsheet. Each case is a hand-made CSV of two or three groups in หนองปลิง, เมืองนครสวรรค์.
 */
import { describe, expect, it } from 'vitest';
import { fieldSeparator, numberConvention } from '../../src/ingest/csv-locale';
import { ingest } from '../../src/ingest/index';
import { decimalEvidence, parseThaiNumber } from '../../src/lib/thai/number';
import { dataDir } from './helpers';

const HEADER = ['รหัสกลุ่ม', 'ชื่อกลุ่ม', 'ตำบล', 'อำเภอ', 'จังหวัด', 'จำนวนสมาชิก', 'เงินสัจจะสะสม', 'ละติจูด'];
const place = ['หนองปลิง', 'เมืองนครสวรรค์', 'นครสวรรค์'];
/** Rows → CSV text with `sep` between fields; a field holding the separator is quoted, as Excel does. */
function csv(sep: string, rows: string[][]): string {
  return rows.map((r) => r.map((c) => (c.includes(sep) ? `"${c}"` : c)).join(sep)).join('\r\n') + '\r\n';
}
const group = (id: string, members: string, savings: string, lat = '') => [id, `กลุ่มออมทรัพย์บ้าน${id}`, ...place, members, savings, lat];

async function read(file: string, text: string) {
  const r = await ingest(dataDir({ [`registry/${file}`]: text }), { workers: 1 });
  return { savings: r.registry.map((g) => [g.id, g.savings]), lat: r.registry.map((g) => g.lat ?? null), files: r.files, issues: r.issues };
}

describe('decimalEvidence: what one cell says about the decimal mark', () => {
  it.each([
    ['1,234.50', '.'], // both marks: the last is the decimal one
    ['1.234,50', ','],
    ['1,234,567', '.'], // one mark twice is a thousands separator
    ['1.234.567', ','],
    ['2,5', ','], // one mark not followed by three digits is a decimal mark
    ['1234.5', '.'],
    ['0,125', ','], // no grouped number starts with 0
    ['1234,567', ','], // four digits before it: not a thousands group
    ['15.7563', '.'],
    ['110.590', 'either'], // one mark, three digits after: thousands in one convention, decimals in the other
    ['110,590', 'either'],
    ['(1.234,50)', ','], // accounting negative
    ['12,5%', ','],
    ['฿ 1,234.50', '.'],
    ['640,000 บาท', 'either'],
    ['๑.๒๓๔,๕๐', ','], // Thai digits
  ])('%s → %s', (text, expected) => expect(decimalEvidence(text)).toBe(expected));

  it.each(['1234', '6001001', '28.06.2567', '081.234.5678', '1/10/2550', 'กลุ่ม 2.5', '', '1,23,456'])('%s says nothing', (text) => {
    expect(decimalEvidence(text)).toBeUndefined();
  });
});

describe('parseThaiNumber with the decimal comma', () => {
  const v = (x: string) => {
    const r = parseThaiNumber(x, { kind: 'money', decimal: ',' });
    return r.ok ? r.value : 'fail';
  };
  it('reads 1.234,50 as 1234.5 and 110.590 as 110590', () => {
    expect(v('1.234,50')).toBe(1234.5);
    expect(v('110.590')).toBe(110590);
    expect(v('2,5')).toBe(2.5);
    expect(v('1.234.567')).toBe(1234567);
    expect(v('(1.200)')).toBe(-1200);
    expect(v('1.234,50 บาท')).toBe(1234.5);
  });
  it('refuses a number in the other convention rather than misread it', () => {
    expect(v('1,234.50')).toBe('fail');
    expect(v('1,2,3')).toBe('fail');
  });
  it('the dot stays the default', () => {
    const r = parseThaiNumber('110.590', { kind: 'money' });
    expect(r.ok && r.value).toBe(110.59);
  });
});

describe('fieldSeparator', () => {
  it.each([
    [',', csv(',', [HEADER, group('7001001', '40', '110,590')])],
    [';', csv(';', [HEADER, group('7001001', '40', '1.234,50')])],
    ['\t', csv('\t', [HEADER, group('7001001', '40', '1,234.50')])],
    // Decimal commas outnumber the semicolons on the data lines; the semicolons are on every line the same number of times.
    [';', 'id;lat;lon\r\n6001001;15,7;100,1\r\n6001002;15,71;100,12\r\n'],
    // Excel's own declaration wins.
    [';', 'sep=;\r\na,b;c\r\n1,5;2\r\n'],
    // A quoted comma is no separator.
    [',', 'a,b\r\n"x, y",2\r\n"p, q",3\r\n'],
  ])('%j', (sep, text) => expect(fieldSeparator(text)).toBe(sep));
});

describe('CSVs by their locale, read through ingest', () => {
  it('comma-separated, Thai convention: 110,590 is 110590 and 1,234.50 is 1234.5', async () => {
    const r = await read('th.csv', csv(',', [HEADER, group('7001001', '40', '110,590'), group('7001002', '1,200', '1,234.50', '15.7')]));
    expect(r.savings).toEqual([['7001001', 110590], ['7001002', 1234.5]]);
    expect(r.lat).toEqual([null, 15.7]);
    expect(r.issues).toEqual([]);
  });

  it('semicolon-separated, European convention decided by 1.234,50: 110.590 is 110590', async () => {
    const r = await read('eu.csv', csv(';', [HEADER, group('7001001', '40', '110.590'), group('7001002', '1.200', '1.234,50', '15,7')]));
    expect(r.savings).toEqual([['7001001', 110590], ['7001002', 1234.5]]);
    expect(r.lat).toEqual([null, 15.7]);
    expect(r.files[0]).toMatchObject({ status: 'used', errors: 0 });
  });

  it('semicolon-separated, dot-decimal convention decided by 1234.5: 110,590 is 110590', async () => {
    const r = await read('semi-dot.csv', csv(';', [HEADER, group('7001001', '40', '110,590'), group('7001002', '40', '1234.5')]));
    expect(r.savings).toEqual([['7001001', 110590], ['7001002', 1234.5]]);
  });

  it('tab-separated, European convention decided by 2,5 in a latitude', async () => {
    const r = await read('eu.txt', csv('\t', [HEADER, group('7001001', '40', '640.000', '15,7')]));
    expect(r.savings).toEqual([['7001001', 640000]]);
    expect(r.lat).toEqual([15.7]);
  });

  it('tab-separated, Thai convention decided by 1,234.50', async () => {
    const r = await read('th.txt', csv('\t', [HEADER, group('7001001', '40', '640,000'), group('7001002', '40', '1,234.50')]));
    expect(r.savings).toEqual([['7001001', 640000], ['7001002', 1234.5]]);
  });

  it('semicolon-separated with only 110.590: refused naming the cell and both readings, never guessed', async () => {
    const r = await read('ambiguous.csv', csv(';', [HEADER, group('7001001', '40', '110.590'), group('7001002', '40', '52000')]));
    expect(r.savings).toEqual([]);
    expect(r.files).toEqual([{ path: 'registry/ambiguous.csv', kind: 'registry', status: 'rejected', rows: 0, errors: 1, warnings: 0 }]);
    expect(r.issues.map((i) => [i.code, i.cell, i.found])).toEqual([['E_CSV_DECIMAL_AMBIGUOUS', 'G2', '110.590']]);
    expect(r.issues[0]!.en).toBe(
      'registry/ambiguous.csv, cell G2: this CSV is separated by semicolons (;) and the number "110.590" reads two ways: 110590 (if the mark separates thousands) or 110.59 (if it is the decimal mark); no other cell of the file tells which, so the file was not read — expected the file saved as .xlsx, or as a CSV separated by commas (,)',
    );
  });

  it('tab-separated with only 640,000: refused the same way', async () => {
    const r = await read('ambiguous.txt', csv('\t', [HEADER, group('7001001', '40', '640,000')]));
    expect(r.issues.map((i) => [i.code, i.cell, i.found])).toEqual([['E_CSV_DECIMAL_AMBIGUOUS', 'G2', '640,000']]);
    expect(r.issues[0]!.th).toContain('คั่นช่องด้วยแท็บ และตัวเลข "640,000" อ่านได้สองแบบ คือ 640000 (ถ้าเครื่องหมายนั้นคั่นหลักพัน) หรือ 640 (ถ้าเป็นจุดทศนิยม)');
  });

  it('both conventions in one file: refused naming a cell of each', async () => {
    const r = await read('mixed.csv', csv(';', [HEADER, group('7001001', '40', '1.234,50'), group('7001002', '40', '2,000.75')]));
    expect(r.savings).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.cell, i.found])).toEqual([['E_CSV_DECIMAL_MIXED', 'G2', '1.234,50']]);
    expect(r.issues[0]!.en).toContain('but cell G3 "2,000.75" with a comma for thousands');
  });

  it('a semicolon file whose numbers have no mark is read as it is', async () => {
    const r = await read('plain.csv', csv(';', [HEADER, group('7001001', '40', '110590')]));
    expect(r.savings).toEqual([['7001001', 110590]]);
    expect(r.issues).toEqual([]);
  });

  it('numberConvention reads only text cells; a date or a phone number says nothing', () => {
    const cell = (v: string) => ({ t: 's' as const, v });
    const sheet = { name: '', rows: [[cell('28.06.2567'), cell('081.234.5678'), cell('110.590')]] };
    expect(numberConvention(sheet, ',')).toEqual({ ok: true, decimal: '.' });
    expect(numberConvention(sheet, ';')).toMatchObject({ ok: false, refusal: { code: 'E_CSV_DECIMAL_AMBIGUOUS', cell: 'C1' } });
  });
});
