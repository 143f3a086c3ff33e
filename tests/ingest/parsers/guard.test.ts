/** The byte checks before SheetJS (src/ingest/guard.ts), on workbooks SheetJS writes here and bytes made by hand. */
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { formatBytes, guardBytes } from '../../../src/ingest/guard';

const book = (type: XLSX.BookType): Uint8Array => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['รหัสกลุ่ม', 'ชื่อกลุ่ม'], ['6001001', 'ก']]), 'ทะเบียนกลุ่ม');
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: type }) as Buffer);
};

describe('guardBytes', () => {
  it('passes a real .xlsx as a zip and a real .xls as a compound file', () => {
    expect(guardBytes(book('xlsx'), 'xlsx')).toEqual({ ok: true, readAs: 'zip' });
    expect(guardBytes(book('biff8'), 'xls')).toEqual({ ok: true, readAs: 'cfb' });
  });

  it('refuses an empty file', () => {
    expect(guardBytes(new Uint8Array(0), 'xlsx')).toEqual({ ok: false, refusal: { code: 'E_FILE_EMPTY' } });
  });

  it('reads CSV text as text, and UTF-16 text with its byte-order mark', () => {
    expect(guardBytes(new TextEncoder().encode('a,b\n1,2\n'), 'csv')).toEqual({ ok: true, readAs: 'text' });
    expect(guardBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'csv')).toEqual({ ok: true, readAs: 'text' });
  });

  it('refuses a .xlsx that is a web page, naming what it is', () => {
    const r = guardBytes(new TextEncoder().encode('<html><body>404</body></html>'), 'xlsx');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.refusal.code).toBe('E_FILE_NOT_WORKBOOK');
    expect(!r.ok && r.refusal.detail?.ext).toBe('.xlsx');
  });

  it('lets an HTML file named .xls through: old systems export those, SheetJS reads them', () => {
    expect(guardBytes(new TextEncoder().encode('<html><table><tr><td>1</td></tr></table></html>'), 'xls')).toEqual({ ok: true, readAs: 'text' });
  });

  it('refuses a zip cut short (its directory at the end is missing) as corrupt', () => {
    const whole = book('xlsx');
    expect(guardBytes(whole.subarray(0, whole.length - 30), 'xlsx')).toEqual({ ok: false, refusal: { code: 'E_FILE_CORRUPT' } });
  });
});

describe('formatBytes', () => {
  it('1023 B, 1.0 KB, 1.5 MB, 2.0 GB', () => {
    expect([1023, 1024, 1.5 * 1024 ** 2, 2 * 1024 ** 3].map(formatBytes)).toEqual(['1023 B', '1.0 KB', '1.5 MB', '2.0 GB']);
  });
});
