/**
 * The templates open, carry their instructions, and — filled the way an officer fills them — read back
 * through ingest into the expected records (DESIGN §5.4 group A).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { scoreAudit } from '../../src/lib/health/score';
import { bookIndicators } from '../../src/lib/schema/criteria';
import { ingest } from '../../src/ingest/index';
import { INSTRUCTIONS_SHEET, TEMPLATE_FILES } from '../../src/templates/templates';
import { parseCriteriaSheet } from '../../src/lib/health/criteria-sheet';
import { templatesRefusal, writeTemplates } from '../../src/templates/write';

const root = path.resolve(__dirname, '../..');
let tmp: string;
let out: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'omsap-templates-'));
  out = path.join(tmp, 'templates');
  writeTemplates(out, tmp, path.join(tmp, 'data'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const read = (file: string) => XLSX.read(fs.readFileSync(path.join(out, file)), { cellStyles: true });
const rows = (ws: XLSX.WorkSheet) => XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });

/** Sets a cell as an officer types it: text, a number, or a number with a display format. */
function set(ws: XLSX.WorkSheet, a1: string, v: string | number, z?: string) {
  ws[a1] = typeof v === 'number' ? { t: 'n', v, ...(z ? { z } : {}) } : { t: 's', v };
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  const c = XLSX.utils.decode_cell(a1);
  range.e.r = Math.max(range.e.r, c.r);
  range.e.c = Math.max(range.e.c, c.c);
  ws['!ref'] = XLSX.utils.encode_range(range);
}

/** Saves as an office suite would (SheetJS's ESM build has no fs of its own). */
const save = (wb: XLSX.WorkBook, p: string) => fs.writeFileSync(p, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

/** Row index (0-based) of a label in column A. */
function rowOf(ws: XLSX.WorkSheet, label: string): number {
  const i = rows(ws).findIndex((r) => r[0] === label);
  if (i < 0) throw new Error(`no label ${label}`);
  return i;
}

describe('templates', () => {
  it('writes the four templates, each with a คำอธิบาย sheet and column widths', () => {
    for (const f of Object.values(TEMPLATE_FILES)) {
      const wb = read(f);
      expect(wb.SheetNames).toContain(INSTRUCTIONS_SHEET);
      const help = rows(wb.Sheets[INSTRUCTIONS_SHEET]!).flat().join(' ');
      expect(help).toContain('28/6/2567');
      expect(help).toContain('ไม่เผยแพร่');
      for (const n of wb.SheetNames) expect(wb.Sheets[n]!['!cols']?.length ?? 0).toBeGreaterThan(0);
    }
    expect(read(TEMPLATE_FILES.registry).SheetNames).toEqual(['ทะเบียนกลุ่ม', INSTRUCTIONS_SHEET]);
    expect(read(TEMPLATE_FILES.book).SheetNames).toEqual(['ข้อมูลการตรวจ', 'งบการเงิน', 'ตัวชี้วัด', 'แผนพัฒนา', INSTRUCTIONS_SHEET]);
    expect(read(TEMPLATE_FILES.batch).SheetNames).toEqual(['ผลการตรวจ', INSTRUCTIONS_SHEET]);
    expect(read(TEMPLATE_FILES.criteria).SheetNames).toEqual(['เกณฑ์', INSTRUCTIONS_SHEET]);
  });

  it('the criteria template is the criteria in force, and reads back as a province\'s own', () => {
    const sheet = rows(read(TEMPLATE_FILES.criteria).Sheets['เกณฑ์']!);
    expect(sheet[0]!.slice(0, 2)).toEqual(['รหัสชุดเกณฑ์', 'omsap-2567']);
    const parsed = parseCriteriaSheet(sheet, 'criteria/เกณฑ์.xlsx', 'เกณฑ์');
    expect(parsed.issues).toEqual([]);
    expect(parsed.criteria).toEqual(DEFAULT_CRITERIA);
  });

  it('pre-fills the indicator sheet with every book indicator and leaves answers empty', () => {
    const ind = rows(read(TEMPLATE_FILES.book).Sheets['ตัวชี้วัด']!);
    expect(ind[0]).toEqual(['รหัส', 'ตัวชี้วัด', 'ผล', 'หมายเหตุ']);
    const books = bookIndicators(DEFAULT_CRITERIA);
    expect(ind.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual(books.map((b) => [b.code, b.th, null]));
  });

  it('refuses to write into data/', () => {
    const data = path.join(tmp, 'data');
    expect(templatesRefusal('data', tmp, data)).toMatch(/refusing/);
    expect(templatesRefusal('data/templates', tmp, data)).toMatch(/refusing/);
    expect(templatesRefusal('templates', tmp, data)).toBeNull();
    expect(() => writeTemplates('data', tmp, data)).toThrow(/refusing/);
    expect(fs.existsSync(data)).toBe(false);
  });

  it('the npm script refuses --out data and exits 1', () => {
    let code = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/templates.ts', '--out', 'data'], { cwd: root, stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      code = err.status;
      stderr = err.stderr.toString();
    }
    expect(code).toBe(1);
    expect(stderr).toMatch(/refusing to write templates/);
  });

  it('filled as an officer fills them, they read back through ingest (group A of DESIGN §5.4)', async () => {
    const data = path.join(tmp, 'filled');
    fs.mkdirSync(path.join(data, 'registry'), { recursive: true });
    fs.mkdirSync(path.join(data, 'audits', '2567'), { recursive: true });

    // Registry: one row under the header (row 2), Thai-style values.
    const reg = read(TEMPLATE_FILES.registry);
    const rs = reg.Sheets['ทะเบียนกลุ่ม']!;
    const header = rows(rs)[1] as string[];
    const col = (h: string) => XLSX.utils.encode_col(header.indexOf(h));
    const regValues: [string, string | number][] = [
      ['รหัสกลุ่ม', '6001001'], ['ชื่อกลุ่ม', 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองปลิง'], ['บ้าน', 'บ้านหนองปลิง'], ['หมู่ที่', 4],
      ['ตำบล', 'ต.หนองปลิง'], ['อำเภอ', 'อ.เมือง'], ['จังหวัด', 'นครสวรรค์'], ['วันที่จัดตั้ง', '28/6/2551'], ['จำนวนสมาชิก', 104],
      ['เงินสัจจะสะสม', '1,000,000'], ['สถานะ', 'ดำเนินการ'], ['ประธานกลุ่ม', 'นางตัวอย่าง สมมติชื่อ'], ['โทรศัพท์', '089-000-1111'],
    ];
    for (const [h, v] of regValues) set(rs, `${col(h)}3`, v);
    save(reg, path.join(data, 'registry', 'ทะเบียน.xlsx'));

    // Audit book: values in column B beside the labels, answers in column C.
    const book = read(TEMPLATE_FILES.book);
    const cover = book.Sheets['ข้อมูลการตรวจ']!;
    set(cover, `B${rowOf(cover, 'รหัสกลุ่ม') + 1}`, '6001001');
    set(cover, `B${rowOf(cover, 'ชื่อกลุ่ม') + 1}`, 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองปลิง');
    set(cover, `B${rowOf(cover, 'วันที่ตรวจ') + 1}`, '28 มิ.ย. 2567');
    set(cover, `B${rowOf(cover, 'วันที่ปิดบัญชี') + 1}`, '31/5/2567');
    set(cover, `B${rowOf(cover, 'ผู้ตรวจ') + 1}`, 'นายทดสอบ ตรวจละเอียด');
    const fin = book.Sheets['งบการเงิน']!;
    const money: [string, number | string][] = [
      ['สมาชิกต้นปี', 100], ['สมาชิกสิ้นปี', 104], ['สมาชิกที่ส่งสัจจะครบทุกเดือน', 95], ['เงินสัจจะสะสม', 1_000_000], ['ทุนสำรอง', 80_000],
      ['กองทุนอื่น', '20,000 บาท'], ['ลูกหนี้เงินกู้คงเหลือ', 800_000], ['ลูกหนี้ค้างชำระ', 32_000], ['เงินสดในมือ', 10_000], ['เงินฝากธนาคาร', 150_000],
      ['กำไรสุทธิ', 60_000], ['สวัสดิการที่จ่าย', '๑๒,๐๐๐'],
    ];
    for (const [label, v] of money) set(fin, `B${rowOf(fin, label) + 1}`, v);
    const ind = book.Sheets['ตัวชี้วัด']!;
    const answers: [string, string | number, string?][] = [
      ['G1', 'มี'], ['G2', 12], ['G3', 'ใช่'], ['G4', '/'], ['M3', 0.7, '0%'], ['B1', 'ผ่าน'], ['B2', '✓'], ['F5', 'มี'], ['S2', 'มี'],
    ];
    for (const [code, v, z] of answers) set(ind, `C${rowOf(ind, code) + 1}`, v, z);
    const plan = book.Sheets['แผนพัฒนา']!;
    ['1', 'F4 ทุนสำรองต่อเงินทุน', 'จัดสรรกำไรเข้าทุนสำรองน้อย', 'เพิ่มทุนสำรอง', 'เสนอที่ประชุมใหญ่จัดสรรกำไรเข้าทุนสำรอง', 'คณะกรรมการอำนวยการ', '31 มี.ค. 2568'].forEach((v, c) =>
      set(plan, XLSX.utils.encode_cell({ r: 1, c }), c === 0 ? Number(v) : v),
    );
    save(book, path.join(data, 'audits', '2567', '6001001.xlsx'));

    const result = await ingest(data);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors).toEqual([]);
    expect(result.issues.filter((i) => i.severity === 'warning' && i.code !== 'W_NOT_DATA_FILE')).toEqual([]);
    expect(result.registry).toHaveLength(1);
    const r = result.registry[0]!;
    expect(r).toMatchObject({
      id: '6001001',
      name: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองปลิง',
      founded: '2008-06-28',
      members: 104,
      savings: 1_000_000,
      status: 'active',
      subdistrict: { name: 'หนองปลิง' },
      district: { code: '6001', name: 'เมืองนครสวรรค์' },
      province: { code: '60', name: 'นครสวรรค์' },
    });
    expect(JSON.stringify(r)).not.toContain('089-000-1111');
    expect(JSON.stringify(r)).not.toContain('สมมติชื่อ');
    expect(result.privateValues).toContain('089-000-1111');

    expect(result.audits).toHaveLength(1);
    const a = result.audits[0]!;
    expect(a).toMatchObject({ groupId: '6001001', date: '2024-06-28', fiscalYear: 2567, statementDate: '2024-05-31' });
    expect(a.financials).toEqual({
      members_start: 100, members_end: 104, regular_savers: 95, savings: 1_000_000, reserve: 80_000, other_funds: 20_000,
      loans_outstanding: 800_000, overdue: 32_000, cash: 10_000, bank: 150_000, net_profit: 60_000, welfare_paid: 12_000,
    });
    expect(a.answers).toEqual({ G1: true, G2: 12, G3: true, G4: true, M3: 0.7, B1: true, B2: true, F5: true, S2: true });
    expect(a.plan).toHaveLength(1);
    expect(a.plan[0]).toMatchObject({ order: 1, owner: 'คณะกรรมการอำนวยการ', due: '2025-03-31' });
    const scored = scoreAudit(a, result.criteria);
    expect(scored.score).toBeCloseTo(97.0, 6);
    expect(scored.level).toBe(1);
    expect(scored.priorities).toEqual(['F4']);
  });

  it('the example rows of the instructions, copied into the data sheets, read back (registry + batch)', async () => {
    const data = path.join(tmp, 'batch');
    fs.mkdirSync(path.join(data, 'registry'), { recursive: true });
    fs.mkdirSync(path.join(data, 'audits', '2567'), { recursive: true });
    // The instructions sheet ends with a complete example row: copy it under the header, as an officer would.
    const copyExample = (file: string, sheetName: string, to: string) => {
      const wb = read(file);
      const help = rows(wb.Sheets[INSTRUCTIONS_SHEET]!);
      const example = help[help.length - 1]!;
      const ws = wb.Sheets[sheetName]!;
      example.forEach((v, c) => v !== null && set(ws, XLSX.utils.encode_cell({ r: 2, c }), v as string));
      save(wb, path.join(data, to));
    };
    copyExample(TEMPLATE_FILES.registry, 'ทะเบียนกลุ่ม', 'registry/ทะเบียน.xlsx');
    copyExample(TEMPLATE_FILES.batch, 'ผลการตรวจ', 'audits/2567/ผลการตรวจ.xlsx');
    const result = await ingest(data);
    expect(result.issues).toEqual([]);
    expect(result.registry).toHaveLength(1);
    expect(result.registry[0]).toMatchObject({ id: '6001001', founded: '2008-06-28', lat: 15.703, lon: 100.1367 });
    expect(result.audits).toHaveLength(1);
    expect(result.audits[0]).toMatchObject({ groupId: '6001001', date: '2024-06-28', fiscalYear: 2567 });
    expect(scoreAudit(result.audits[0]!, result.criteria).score).toBeCloseTo(97.0, 6);
  });
});
