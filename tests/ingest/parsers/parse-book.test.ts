/** An audit book (src/ingest/parse-book.ts): four sheets SheetJS writes here, read into one audit record. */
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { classifyWorkbook } from '../../../src/ingest/classify';
import { FileContext } from '../../../src/ingest/context';
import { type BookSheets, parseBook } from '../../../src/ingest/parse-book';
import { readWorkbook } from '../../../src/ingest/read-workbook';
import { DEFAULT_CRITERIA } from '../../../src/lib/health/default-criteria';
import type { Divisions } from '../../../src/lib/thai/index';

const NO_DIVISIONS = { provinces: [], districts: [], subdistricts: [] } as unknown as Divisions;

/** The book's sheets, found as ingest finds them (by name). */
function book(cover: unknown[][], financials: unknown[][], indicators: unknown[][], plan: unknown[][]): BookSheets {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of [['ข้อมูลการตรวจ', cover], ['งบการเงิน', financials], ['ตัวชี้วัด', indicators], ['แผนพัฒนา', plan]] as const) {
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows as unknown[][]), name);
  }
  const r = readWorkbook(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer), 'zip', false);
  if (!r.ok) throw new Error(r.refusal.code);
  const c = classifyWorkbook(r.book, DEFAULT_CRITERIA);
  if (c.kind !== 'audit') throw new Error(c.kind);
  return c.book as BookSheets;
}

const COVER = [['รายการ', 'ค่า'], ['รหัสกลุ่ม', '6010-0002'], ['วันที่ตรวจ', '5/7/2567'], ['คณะผู้ตรวจ', 'นางสาวมาลี ศรีสุข']];
const FINANCIALS = [['รายการ', 'จำนวนเงิน'], ['savings', 400_000], ['members at end', 55]];
const INDICATORS = [['รหัส', 'ตัวชี้วัด', 'ผล'], ['g1', 'คณะกรรมการครบ', 'มี'], ['G๒', 'ประชุมกรรมการ', 8], ['F1', 'หนี้ค้างชำระ', '']];
const PLAN = [['ลำดับ', 'ตัวชี้วัด/ประเด็น', 'สาเหตุ'], [1, 'f๑', 'ขาดการติดตามหนี้'], [2, 'ประชุมให้ครบ', '']];

describe('parseBook', () => {
  const ctx = new FileContext('audits/2567/b.xlsx', DEFAULT_CRITERIA, NO_DIVISIONS, new Set());
  const r = parseBook(ctx, book(COVER, FINANCIALS, INDICATORS, PLAN));
  const a = r.audit!;

  it('reads the cover: the group, the BE date and the fiscal year it falls in (5 Jul 2567 → FY 2567)', () => {
    expect([a.groupId, a.date, a.fiscalYear]).toEqual(['6010-0002', '2024-07-05', 2567]);
  });

  it('reads the financial position by its labels, Thai or English', () => {
    expect(a.financials).toEqual({ savings: 400_000, members_end: 55 });
  });

  it('reads answers by indicator code as officers type it (g1, G๒); a blank F1 row (a computed indicator) is no answer', () => {
    expect([a.answers.G1, a.answers.G2, a.answers.F1]).toEqual([true, 8, undefined]);
  });

  it('reads the plan, its topic code normalised (f๑ → F1) and free text kept', () => {
    expect(a.plan.map((p) => [p.order, p.topic, p.cause ?? null])).toEqual([[1, 'F1', 'ขาดการติดตามหนี้'], [2, 'ประชุมให้ครบ', null]]);
  });

  it('keeps the audit team private: not in the record, only among the private values', () => {
    expect(JSON.stringify(a)).not.toContain('มาลี');
    expect([...ctx.privateValues]).toEqual(['นางสาวมาลี ศรีสุข']);
  });
});
