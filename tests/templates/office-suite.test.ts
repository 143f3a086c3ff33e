/**
 * The templates open in a real office suite (LibreOffice, headless): every sheet converts, headers intact; and a
 * filled registry re-saved by LibreOffice as .ods and .xls still reads back through ingest.
 * Needs `soffice` (apt-get install -y libreoffice-calc-nogui; .ci/run installs it when missing).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { bookIndicators } from '../../src/lib/schema/criteria';
import { ingest } from '../../src/ingest/index';
import { TEMPLATE_FILES } from '../../src/templates/templates';
import { writeTemplates } from '../../src/templates/write';

let tmp: string;
const csvDir = () => path.join(tmp, 'csv');

function soffice(args: string[]): void {
  const bin = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
  if (!bin) throw new Error('LibreOffice not found: apt-get install -y libreoffice-calc-nogui');
  // A private profile, so a parallel or left-over LibreOffice never blocks this one.
  execFileSync(bin, [`-env:UserInstallation=file://${path.join(tmp, 'lo-profile')}`, '--headless', ...args], { stdio: 'pipe', timeout: 300_000 });
}

const csv = (name: string) => fs.readFileSync(path.join(csvDir(), name), 'utf8').split('\n').map((l) => l.split(','));

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'omsap-office-'));
  const out = path.join(tmp, 'templates');
  writeTemplates(out, tmp, path.join(tmp, 'data'));
  // Filter 44,34,76,1,,0,false,true,false,false,false,-1: comma, quote, UTF-8, every sheet to its own file.
  soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', csvDir(), ...Object.values(TEMPLATE_FILES).map((f) => path.join(out, f))]);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('templates in LibreOffice', () => {
  it('the registry opens with the Thai header row, instructions beside it', () => {
    const rows = csv('ทะเบียนกลุ่ม-ทะเบียนกลุ่ม.csv');
    const header = rows.find((r) => r[0] === 'รหัสกลุ่ม');
    expect(header?.slice(0, 7)).toEqual(['รหัสกลุ่ม', 'ชื่อกลุ่ม', 'บ้าน', 'หมู่ที่', 'ตำบล', 'อำเภอ', 'จังหวัด']);
    expect(fs.existsSync(path.join(csvDir(), 'ทะเบียนกลุ่ม-คำอธิบาย.csv'))).toBe(true);
  });

  it('the audit book opens with its four sheets and every book indicator listed', () => {
    for (const sheet of ['ข้อมูลการตรวจ', 'งบการเงิน', 'ตัวชี้วัด', 'แผนพัฒนา']) {
      expect(fs.existsSync(path.join(csvDir(), `สมุดตรวจสุขภาพ-${sheet}.csv`)), sheet).toBe(true);
    }
    const codes = csv('สมุดตรวจสุขภาพ-ตัวชี้วัด.csv').map((r) => r[0]);
    expect(codes).toEqual(expect.arrayContaining(bookIndicators(DEFAULT_CRITERIA).map((i) => i.code)));
    expect(codes).toContain('G1');
    expect(codes).toContain('S2');
  });

  it('the batch sheet opens with one column per book indicator', () => {
    const rows = csv('ผลการตรวจ-รายอำเภอ-ผลการตรวจ.csv');
    const header = rows.find((r) => r[0] === 'รหัสกลุ่ม');
    expect(header).toEqual(expect.arrayContaining(['วันที่ตรวจ', 'ลูกหนี้ค้างชำระ', 'G1', 'G2', 'M3', 'B1', 'F5', 'S2']));
  });

  it('a filled registry, re-saved by LibreOffice as .ods and .xls, reads back through ingest', async () => {
    const file = path.join(tmp, 'templates', TEMPLATE_FILES.registry);
    const wb = XLSX.read(fs.readFileSync(file));
    const ws = wb.Sheets['ทะเบียนกลุ่ม']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
    const headerRow = rows.findIndex((r) => r[0] === 'รหัสกลุ่ม');
    XLSX.utils.sheet_add_aoa(ws, [['6001009', 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านทดลอง', 'บ้านทดลอง', '3', 'หนองปลิง', 'อ.เมือง', 'นครสวรรค์', '1/10/2550', 30, '150,000 บาท', 'ดำเนินการ']], { origin: { r: headerRow + 1, c: 0 } });
    const filled = path.join(tmp, 'filled.xlsx');
    fs.writeFileSync(filled, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    for (const [ext, filter] of [['ods', 'ods'], ['xls', 'xls:MS Excel 97']] as const) {
      const data = path.join(tmp, `data-${ext}`, 'registry');
      soffice(['--convert-to', filter, '--outdir', data, filled]);
      const result = await ingest(path.dirname(data));
      expect(result.files.map((f) => [f.path, f.status])).toEqual([[`registry/filled.${ext}`, 'used']]);
      expect(result.registry).toHaveLength(1);
      const g = result.registry[0]!;
      expect([g.id, g.district.name, g.founded, g.members, g.savings]).toEqual(['6001009', 'เมืองนครสวรรค์', '2007-10-01', 30, 150000]);
    }
  });
});
