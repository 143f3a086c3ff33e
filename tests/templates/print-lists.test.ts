/**
 * Templates an officer can print and fill by hand (issue 21 item 5): yes/no answers and the plan's progress offer a
 * drop-down list, which LibreOffice reads as such; every sheet fits the page's width on A4, and the audit book prints
 * in at most 4 A4 pages, each label beside its value. Needs `soffice`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTemplates } from '../../src/templates/write';
import { a4Orientations } from './pdf-pages';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'omsap-print-'));
  writeTemplates(path.join(tmp, 't'), tmp, path.join(tmp, 'data'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const partXml = (file: string, part: string) => {
  const zip = XLSX.CFB.read(fs.readFileSync(path.join(tmp, 't', file)), { type: 'buffer' });
  return Buffer.from(XLSX.CFB.find(zip, part).content).toString('utf8');
};
const sheetXml = (file: string, n: number) => partXml(file, `/xl/worksheets/sheet${n}.xml`);

function soffice(args: string[]): void {
  const bin = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
  if (!bin) throw new Error('LibreOffice not found: apt-get install -y libreoffice-calc-nogui');
  execFileSync(bin, [`-env:UserInstallation=file://${path.join(tmp, 'lo')}`, '--headless', ...args], { stdio: 'pipe', timeout: 300_000 });
}

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

  it('LibreOffice reads the lists (the book re-saved as .ods keeps them)', () => {
    soffice(['--convert-to', 'ods', '--outdir', path.join(tmp, 'ods'), path.join(tmp, 't', 'สมุดตรวจสุขภาพ.xlsx')]);
    const ods = XLSX.CFB.read(fs.readFileSync(path.join(tmp, 'ods', 'สมุดตรวจสุขภาพ.ods')), { type: 'buffer' });
    const content = Buffer.from(XLSX.CFB.find(ods, 'content.xml').content).toString('utf8');
    expect(content).toContain('of:cell-content-is-in-list(&quot;มี&quot;;&quot;ไม่มี&quot;)');
    expect(content).toContain('of:cell-content-is-in-list(&quot;ยังไม่เริ่ม&quot;;&quot;กำลังดำเนินการ&quot;;&quot;เสร็จแล้ว&quot;)');
  });

  it('the four forms print their grid, each label beside its value box; the plan 15 blank rows; the instructions are for the screen', () => {
    // Fit to one page's width (fitToWidth="1"), so a label and its value box are never on different pages.
    for (const n of [1, 2, 3, 4]) {
      expect(sheetXml('สมุดตรวจสุขภาพ.xlsx', n), `sheet ${n}`).toContain('<printOptions gridLines="1"/>');
      expect(sheetXml('สมุดตรวจสุขภาพ.xlsx', n), `sheet ${n}`).toContain('fitToWidth="1"');
    }
    expect(sheetXml('สมุดตรวจสุขภาพ.xlsx', 5)).not.toContain('gridLines');
    // The plan: header row 1 and rows 2–16 to write in (A–J, its ten columns); the instructions (A–F) print one empty
    // cell two columns right of them, H1: nothing.
    expect(partXml('สมุดตรวจสุขภาพ.xlsx', '/xl/workbook.xml')).toContain(
      `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="3">'แผนพัฒนา'!$A$1:$J$16</definedName><definedName name="_xlnm.Print_Area" localSheetId="4">'คำอธิบาย'!$H$1</definedName></definedNames>`,
    );
    expect(sheetXml('สมุดตรวจสุขภาพ.xlsx', 5)).toContain('<dimension ref="A1:F');
  });

  it('the audit book prints in at most 4 A4 pages through LibreOffice: the four forms, a page each; the instructions not', () => {
    soffice(['--convert-to', 'pdf', '--outdir', path.join(tmp, 'pdf'), path.join(tmp, 't', 'สมุดตรวจสุขภาพ.xlsx')]);
    const pages = a4Orientations(path.join(tmp, 'pdf', 'สมุดตรวจสุขภาพ.pdf'));
    // Cover, financials, indicators (portrait), plan (landscape): 4. Before issue 21's fix it was 15, then 5.
    expect(pages.length).toBeLessThanOrEqual(4);
    expect(pages).toEqual(['portrait', 'portrait', 'portrait', 'landscape']);
  });
});
