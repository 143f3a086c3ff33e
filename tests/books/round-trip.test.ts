/**
 * `npm run books` (issue 21 item 3): a pre-filled book for next year, filled in as a team fills it (answer cells set
 * with SheetJS), re-saved by LibreOffice (soffice --convert-to xlsx) and dropped into data/audits/2568/, is read by
 * ingest with no warning beyond the blanks; it carries the group's registry fields, last year's figures and plan,
 * and nothing private; and a filled book is never overwritten. Needs `soffice` (libreoffice-calc-nogui).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline';
import { ingest } from '../../src/ingest/index';
import { booksRefusal, parseBooksArgs, writeBooks } from '../../src/books/write';
import type { Dataset } from '../../src/lib/schema/dataset';
import type { Criteria } from '../../src/lib/schema/criteria';
import { a4Orientations } from '../templates/pdf-pages';
import { ANSWERS_A, FINANCIALS_A, registryRow, registryXlsx, xlsx } from '../ingest/helpers';

let tmp: string;
let data: string;
let dataset: Dataset;
let criteria: Criteria;
const books = () => path.join(tmp, 'books');
const bookPath = () => path.join(books(), '2568', '6001', '6001001.xlsx');

function soffice(args: string[]): void {
  const bin = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
  if (!bin) throw new Error('LibreOffice not found: apt-get install -y libreoffice-calc-nogui');
  execFileSync(bin, [`-env:UserInstallation=file://${path.join(tmp, 'lo-profile')}`, '--headless', ...args], { stdio: 'pipe', timeout: 300_000 });
}

/** Sets a cell as a team types it, widening the sheet's range. */
function set(ws: XLSX.WorkSheet, a1: string, v: string | number) {
  ws[a1] = typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  const c = XLSX.utils.decode_cell(a1);
  range.e.r = Math.max(range.e.r, c.r);
  range.e.c = Math.max(range.e.c, c.c);
  ws['!ref'] = XLSX.utils.encode_range(range);
}
const rows = (ws: XLSX.WorkSheet) => XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
const rowOf = (ws: XLSX.WorkSheet, label: string) => rows(ws).findIndex((r) => r[0] === label);

/** Last year (2567): group 6001001 audited, with a plan of two rows, one with progress. */
const book2567 = xlsx([
  ['ข้อมูลการตรวจ', [['รหัสกลุ่ม', '6001001'], ['วันที่ตรวจ', '28/6/2567'], ['ผู้ตรวจ', 'นายผู้ตรวจ สมมติ']]],
  ['งบการเงิน', Object.entries(FINANCIALS_A)],
  ['ตัวชี้วัด', [['รหัส', 'ผล'], ...Object.entries({ ...ANSWERS_A, B1: 'ไม่มี' })]],
  ['แผนพัฒนา', [
    ['ลำดับ', 'ตัวชี้วัด/ประเด็น', 'กิจกรรม', 'ผู้รับผิดชอบ', 'กำหนดเสร็จ', 'ความคืบหน้า', 'วันที่ติดตาม'],
    [1, 'B1', 'กระทบยอดเงินสดกับสมุดบัญชีทุกเดือน', 'เหรัญญิก', '30/9/2567', 'กำลังดำเนินการ', '15/8/2567'],
    [2, 'G2', 'ประชุมกรรมการทุกเดือน', 'คณะกรรมการ', '31/12/2567'],
  ]],
]);

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'omsap-books-'));
  data = path.join(tmp, 'data');
  fs.mkdirSync(path.join(data, 'registry'), { recursive: true });
  fs.mkdirSync(path.join(data, 'audits', '2567'), { recursive: true });
  fs.writeFileSync(path.join(data, 'registry', 'r.xlsx'), registryXlsx([registryRow('6001001'), registryRow('6001002')]));
  fs.writeFileSync(path.join(data, 'audits', '2567', '6001001.xlsx'), book2567);
  const r = await runPipeline(data);
  dataset = r.dataset;
  criteria = r.ingest.criteria;
  writeBooks(dataset, criteria, parseBooksArgs(['--year', '2568', '--out', books()]), [data]);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm run books', () => {
  it('writes one book per active group into books/2568/{district}/, never into data/ or dist/', () => {
    expect(fs.readdirSync(path.join(books(), '2568', '6001')).sort()).toEqual(['6001001.xlsx', '6001002.xlsx']);
    expect(booksRefusal(path.join(data, 'books'), [data, path.join(tmp, 'dist')])).toMatch(/ไม่เขียนสมุดลงใน/);
    expect(booksRefusal(path.join(tmp, 'dist'), [data, path.join(tmp, 'dist')])).toMatch(/ไม่เขียนสมุดลงใน/);
    expect(() => writeBooks(dataset, criteria, parseBooksArgs(['--year', '2568', '--out', path.join(data, 'x')]), [data])).toThrow(/data\/ เก็บไฟล์/);
  });

  it('fills in the registry fields, last year\'s figures and plan; answers and private cells blank', () => {
    const wb = XLSX.read(fs.readFileSync(bookPath()));
    const cover = rows(wb.Sheets['ข้อมูลการตรวจ']!);
    expect(cover.map((r) => r.slice(0, 2))).toEqual([
      ['รายการ', 'ข้อมูล'], ['รหัสกลุ่ม', '6001001'], ['ชื่อกลุ่ม', 'กลุ่มออมทรัพย์เพื่อการผลิตบ้าน6001001'], ['วันที่ตรวจ', null],
      ['ปีงบประมาณ', 2568], ['วันที่ปิดบัญชี', null], ['ผู้ตรวจ', null],
    ]);
    const fin = rows(wb.Sheets['งบการเงิน']!);
    expect(fin[0]).toEqual(['รายการ', 'จำนวน', 'ครั้งก่อน (ปีงบประมาณ 2567)']);
    expect(fin[rowOf(wb.Sheets['งบการเงิน']!, 'ลูกหนี้ค้างชำระ')]).toEqual(['ลูกหนี้ค้างชำระ', null, 32_000]);
    const ind = rows(wb.Sheets['ตัวชี้วัด']!);
    expect(ind[0]).toEqual(['รหัส', 'ตัวชี้วัด', 'ผล', 'หมายเหตุ', 'ผลครั้งก่อน']);
    // B1 answered ไม่มี last year: a yes/no indicator worth 8 (default criteria), so fail, 0 of 8.
    expect(ind.find((r) => r[0] === 'B1')!.slice(2)).toEqual([null, null, 'ไม่ผ่าน 0/8']);
    const ref = rows(wb.Sheets['ข้อมูลประกอบ']!).map((r) => r.filter((c) => c !== null));
    expect(ref).toContainEqual(['ตำบล', 'หนองปลิง']);
    // Last year's plan, each row as label | value rows (empty fields left out), its number before the topic's label.
    const plan = ref.slice(ref.findIndex((r) => r[0] === '1. ตัวชี้วัด/ประเด็น'));
    expect(plan).toEqual([
      ['1. ตัวชี้วัด/ประเด็น', 'B1'], ['กิจกรรม', 'กระทบยอดเงินสดกับสมุดบัญชีทุกเดือน'], ['ผู้รับผิดชอบ', 'เหรัญญิก'], ['กำหนดเสร็จ', '30 ก.ย. 2567'],
      ['ความคืบหน้า', 'กำลังดำเนินการ'], ['วันที่ติดตาม', '15 ส.ค. 2567'], [],
      ['2. ตัวชี้วัด/ประเด็น', 'G2'], ['กิจกรรม', 'ประชุมกรรมการทุกเดือน'], ['ผู้รับผิดชอบ', 'คณะกรรมการ'], ['กำหนดเสร็จ', '31 ธ.ค. 2567'],
    ]);
    const all = JSON.stringify(wb.SheetNames.map((n) => rows(wb.Sheets[n]!)));
    expect(all).not.toContain('นายผู้ตรวจ');
    expect(all).not.toContain('089-000-1111');
    expect(all).not.toContain('นางสมมติ');
  });

  it('prints in 5 A4 pages through LibreOffice: the four forms (the plan landscape) and the reference sheet; the instructions not', () => {
    soffice(['--convert-to', 'pdf', '--outdir', path.join(tmp, 'pdf'), bookPath()]);
    expect(a4Orientations(path.join(tmp, 'pdf', '6001001.pdf'))).toEqual(['portrait', 'portrait', 'portrait', 'landscape', 'landscape']);
  });

  it('filled in, re-saved by LibreOffice and dropped into data/audits/2568/: read with no warning beyond the blanks', async () => {
    const wb = XLSX.read(fs.readFileSync(bookPath()));
    const cover = wb.Sheets['ข้อมูลการตรวจ']!;
    set(cover, `B${rowOf(cover, 'วันที่ตรวจ') + 1}`, '20/6/2568');
    set(cover, `B${rowOf(cover, 'ผู้ตรวจ') + 1}`, 'นางผู้ตรวจ ใหม่');
    const fin = wb.Sheets['งบการเงิน']!;
    // Every figure as last year except overdue (now 8,000) and welfare paid, left blank.
    for (const [label, v] of Object.entries(FINANCIALS_A)) {
      if (label === 'สวัสดิการที่จ่าย') continue;
      set(fin, `B${rowOf(fin, label) + 1}`, label === 'ลูกหนี้ค้างชำระ' ? 8_000 : (v as number));
    }
    const ind = wb.Sheets['ตัวชี้วัด']!;
    // Every answer as group A's except G3, left blank.
    for (const [code, v] of Object.entries(ANSWERS_A)) if (code !== 'G3') set(ind, `C${rowOf(ind, code) + 1}`, v as string | number);
    const plan = wb.Sheets['แผนพัฒนา']!;
    set(plan, 'A2', 1);
    set(plan, 'B2', 'G3');
    set(plan, 'E2', 'จัดประชุมใหญ่สามัญประจำปี');
    set(plan, 'G2', '31/3/2569');
    const filled = path.join(tmp, 'filled', '6001001.xlsx');
    fs.mkdirSync(path.dirname(filled), { recursive: true });
    fs.writeFileSync(filled, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const year = path.join(data, 'audits', '2568');
    fs.mkdirSync(year, { recursive: true });
    soffice(['--convert-to', 'xlsx', '--outdir', year, filled]);

    const r = await ingest(data);
    const issues = r.issues.filter((i) => i.file === 'audits/2568/6001001.xlsx').map((i) => [i.code, i.sheet, i.field]);
    expect(issues).toEqual([
      ['W_VALUE_MISSING', 'งบการเงิน', 'welfare_paid'],
      ['W_ANSWER_MISSING', 'ตัวชี้วัด', 'G3'],
    ]);
    const a = r.audits.find((x) => x.fiscalYear === 2568)!;
    expect(a.date).toBe('2025-06-20');
    expect(a.financials.overdue).toBe(8_000);
    expect(a.answers.B1).toBe(true);
    expect(a.plan).toEqual([{ order: 1, topic: 'G3', activity: 'จัดประชุมใหญ่สามัญประจำปี', due: '2026-03-31' }]);
  });

  it('a filled book is never overwritten: the rerun writes beside it', () => {
    const before = fs.readFileSync(bookPath());
    const changed = XLSX.read(before);
    set(changed.Sheets['ข้อมูลการตรวจ']!, 'B4', '1/7/2568');
    fs.writeFileSync(bookPath(), XLSX.write(changed, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const filled = fs.readFileSync(bookPath());
    const outcomes = writeBooks(dataset, criteria, parseBooksArgs(['--year', '2568', '--out', books()]), [data]);
    expect(outcomes.map((o) => o.kind)).toEqual(['beside', 'unchanged']);
    expect(fs.readFileSync(bookPath()).equals(filled)).toBe(true);
    expect(fs.readFileSync(path.join(books(), '2568', '6001', '6001001 (ใหม่).xlsx')).equals(before)).toBe(true);
  });
});
