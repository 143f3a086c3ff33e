/**
 * Templates an officer can print and fill by hand (issue 21 item 5): yes/no answers and the plan's progress offer a
 * drop-down list, which LibreOffice reads as such; every sheet fits the page's width on A4. Needs `soffice`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTemplates } from '../../src/templates/write';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'omsap-print-'));
  writeTemplates(path.join(tmp, 't'), tmp, path.join(tmp, 'data'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const sheetXml = (file: string, n: number) => {
  const zip = XLSX.CFB.read(fs.readFileSync(path.join(tmp, 't', file)), { type: 'buffer' });
  return Buffer.from(XLSX.CFB.find(zip, `/xl/worksheets/sheet${n}.xml`).content).toString('utf8');
};

describe('templates for printing and filling by hand', () => {
  it('the book\'s yes/no answers offer มี/ไม่มี: G1 G3 G4 B1 B2 F5 S2 in rows 2, 4, 5, 7, 8, 9, 10 (G2, M3 are count and percent)', () => {
    expect(sheetXml('สมุดตรวจสุขภาพ.xlsx', 3)).toContain('<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="C2 C4 C5 C7 C8 C9 C10"><formula1>"มี,ไม่มี"</formula1></dataValidation>');
  });

  it('the plan\'s progress column (H) offers the three statuses; the plan prints landscape, fitted to the width', () => {
    const plan = sheetXml('สมุดตรวจสุขภาพ.xlsx', 4);
    expect(plan).toContain('sqref="H2:H200"><formula1>"ยังไม่เริ่ม,กำลังดำเนินการ,เสร็จแล้ว"</formula1>');
    expect(plan).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(plan).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  });

  it('LibreOffice reads the lists (the book re-saved as .ods keeps them) and prints each of the four form sheets on one A4 page (five with the instructions)', () => {
    const bin = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
    const run = (args: string[]) => execFileSync(bin, [`-env:UserInstallation=file://${path.join(tmp, 'lo')}`, '--headless', ...args], { stdio: 'pipe', timeout: 300_000 });
    run(['--convert-to', 'ods', '--outdir', path.join(tmp, 'ods'), path.join(tmp, 't', 'สมุดตรวจสุขภาพ.xlsx')]);
    const ods = XLSX.CFB.read(fs.readFileSync(path.join(tmp, 'ods', 'สมุดตรวจสุขภาพ.ods')), { type: 'buffer' });
    const content = Buffer.from(XLSX.CFB.find(ods, 'content.xml').content).toString('utf8');
    expect(content).toContain('of:cell-content-is-in-list(&quot;มี&quot;;&quot;ไม่มี&quot;)');
    expect(content).toContain('of:cell-content-is-in-list(&quot;ยังไม่เริ่ม&quot;;&quot;กำลังดำเนินการ&quot;;&quot;เสร็จแล้ว&quot;)');
    run(['--convert-to', 'pdf', '--outdir', path.join(tmp, 'pdf'), path.join(tmp, 't', 'สมุดตรวจสุขภาพ.xlsx')]);
    const pdf = fs.readFileSync(path.join(tmp, 'pdf', 'สมุดตรวจสุขภาพ.pdf'), 'latin1');
    // One page per sheet: cover, financials, indicators, plan, and the instructions (คำอธิบาย) as the fifth.
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(5);
  });
});
