import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';

export const OFFICE = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'office');

/** A fresh data folder: `files` maps a relative path to an office fixture name or to bytes/text. */
export function dataDir(files: Record<string, string | Uint8Array | { fixture: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'omsap-ingest-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    if (typeof content === 'object' && 'fixture' in content) cpSync(join(OFFICE, content.fixture), abs);
    else writeFileSync(abs, content);
  }
  return dir;
}

export const fx = (fixture: string) => ({ fixture });

/** A workbook written by SheetJS from arrays of rows, one entry per sheet (in order). */
export function xlsx(sheets: Record<string, unknown[][]> | [string, unknown[][]][], bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, aoa] of Array.isArray(sheets) ? sheets : Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), name);
  return XLSX.write(wb, { type: 'buffer', bookType });
}

/** Registry columns used by the tests below: required ones, members, savings and two private columns. */
export const REGISTRY_HEADER = ['รหัสกลุ่ม', 'ชื่อกลุ่ม', 'ตำบล', 'อำเภอ', 'จังหวัด', 'จำนวนสมาชิก', 'เงินสัจจะสะสม', 'ประธานกลุ่ม', 'โทรศัพท์'];
export interface RegistryRowOpts {
  name?: string;
  members?: unknown;
  savings?: unknown;
  chair?: string;
  phone?: string;
}
/** One registry row in หนองปลิง, เมืองนครสวรรค์ (a real sub-district, so places resolve). */
export function registryRow(id: string, o: RegistryRowOpts = {}): unknown[] {
  return [id, o.name ?? `กลุ่มออมทรัพย์เพื่อการผลิตบ้าน${id}`, 'หนองปลิง', 'เมืองนครสวรรค์', 'นครสวรรค์', o.members ?? 40, o.savings ?? 300_000, o.chair ?? 'นางสมมติ ทดสอบ', o.phone ?? '089-000-1111'];
}
export const registryXlsx = (rows: unknown[][]) => xlsx({ ทะเบียนกลุ่ม: [REGISTRY_HEADER, ...rows] });

/** Group A of DESIGN §5.4, as label | value and indicator rows. */
export const FINANCIALS_A: Record<string, unknown> = {
  สมาชิกต้นปี: 100, สมาชิกสิ้นปี: 104, สมาชิกที่ส่งสัจจะครบทุกเดือน: 95, เงินสัจจะสะสม: 1_000_000, ทุนสำรอง: 80_000, กองทุนอื่น: 20_000,
  ลูกหนี้เงินกู้คงเหลือ: 800_000, ลูกหนี้ค้างชำระ: 32_000, เงินสดในมือ: 10_000, เงินฝากธนาคาร: 150_000, กำไรสุทธิ: 60_000, สวัสดิการที่จ่าย: 12_000,
};
export const ANSWERS_A: Record<string, unknown> = { G1: 'มี', G2: 12, G3: 'มี', G4: 'มี', M3: '70%', B1: 'มี', B2: 'มี', F5: 'มี', S2: 'มี' };

export interface BookOpts {
  date?: string;
  financials?: Record<string, unknown>;
  answers?: Record<string, unknown>;
  auditors?: string;
}
/** A four-sheet audit book of one group (DESIGN §4.4); group A's figures unless overridden. */
export function bookXlsx(groupId: string, o: BookOpts = {}): Uint8Array {
  const fin = { ...FINANCIALS_A, ...o.financials };
  const ans = { ...ANSWERS_A, ...o.answers };
  return xlsx([
    ['ข้อมูลการตรวจ', [['รหัสกลุ่ม', groupId], ['วันที่ตรวจ', o.date ?? '28/6/2567'], ['ผู้ตรวจ', o.auditors ?? 'นายผู้ตรวจ สมมติ']]],
    ['งบการเงิน', Object.entries(fin)],
    ['ตัวชี้วัด', [['รหัส', 'ผล'], ...Object.entries(ans)]],
    ['แผนพัฒนา', [['ลำดับ', 'ตัวชี้วัด/ประเด็น']]],
  ]);
}
