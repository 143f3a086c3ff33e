import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { qualityHtml, writeQualityReport } from '../../src/report/quality-report';
import type { FileReport } from '../../src/ingest/types';

const file = (path: string, status: FileReport['status'], errors = 0, warnings = 0, kind: FileReport['kind'] = 'audit'): FileReport => ({
  path, kind, status, rows: 10, errors, warnings,
});

describe('data-quality HTML, read as an officer reads it', () => {
  let html = '';
  beforeAll(async () => {
    html = await qualityHtml({
      files: [file('audits/2567/a.xlsx', 'used'), file('audits/2567/b.xlsx', 'rejected', 1), file('audits/2567/c.xlsx', 'used')],
      issues: [
        { severity: 'error', code: 'E_FILE_CORRUPT', file: 'audits/2567/b.xlsx', th: 'ไฟล์เสีย', en: 'The file is corrupt' },
      ],
      notAudited: [],
    });
  });

  it('puts the problems before the list of files', () => {
    expect(html.indexOf('ปัญหาที่พบ')).toBeGreaterThan(0);
    expect(html.indexOf('ปัญหาที่พบ')).toBeLessThan(html.indexOf('ไฟล์ที่อ่าน'));
  });

  it('shows files needing attention openly and folds the clean ones away', () => {
    const folded = html.slice(html.indexOf('<details>'));
    expect(html.indexOf('audits/2567/b.xlsx')).toBeLessThan(html.indexOf('<details>'));
    expect(folded).toContain('audits/2567/a.xlsx');
    expect(folded).toContain('audits/2567/c.xlsx');
    expect(folded).toContain('ไม่มีปัญหา 2 ไฟล์');
  });
});

describe('issue order', () => {
  it('lists files with errors before files with only warnings', async () => {
    const html = await qualityHtml({
      files: [file('a-warn.xlsx', 'used', 0, 1), file('z-error.xlsx', 'rejected', 1)],
      issues: [
        { severity: 'warning', code: 'W_ANSWER_MISSING', file: 'a-warn.xlsx', th: 'ไม่ได้ตอบ', en: 'not answered' },
        { severity: 'error', code: 'E_FILE_CORRUPT', file: 'z-error.xlsx', th: 'ไฟล์เสีย', en: 'corrupt' },
      ],
      notAudited: [],
    });
    const problems = html.slice(html.indexOf('ปัญหาที่พบ'), html.indexOf('ไฟล์ที่อ่าน'));
    expect(problems.indexOf('z-error.xlsx')).toBeGreaterThan(0);
    expect(problems.indexOf('z-error.xlsx')).toBeLessThan(problems.indexOf('a-warn.xlsx'));
  });
});

describe('root causes first', () => {
  it('lists the registry before audits, even when only the audits have errors', async () => {
    const html = await qualityHtml({
      files: [file('audits/2567/a.xlsx', 'rejected', 1), file('registry/r.xlsx', 'used', 0, 1, 'registry')],
      issues: [
        { severity: 'error', code: 'E_FILE_CORRUPT', file: 'audits/2567/a.xlsx', th: 'ไฟล์เสีย', en: 'corrupt' },
        { severity: 'warning', code: 'W_UNKNOWN_COLUMN', file: 'registry/r.xlsx', th: 'คอลัมน์', en: 'column' },
      ],
      notAudited: [],
    });
    const problems = html.slice(html.indexOf('ปัญหาที่พบ'), html.indexOf('ไฟล์ที่อ่าน'));
    expect(problems.indexOf('registry/r.xlsx')).toBeGreaterThan(0);
    expect(problems.indexOf('registry/r.xlsx')).toBeLessThan(problems.indexOf('audits/2567/a.xlsx'));
  });

  it('says which file a copy repeats', async () => {
    const copy: FileReport = { ...file('registry/r.csv', 'skipped', 0, 1, 'registry'), copyOf: ['registry/r.xlsx'] };
    const html = await qualityHtml({ files: [copy], issues: [], notAudited: [] });
    expect(html).toContain('สำเนาของ registry/r.xlsx<span class="en">a copy of registry/r.xlsx</span>');
  });
});

describe('words from the catalogue, Thai with English below', () => {
  it('names file kinds and statuses in both languages, and the unaudited groups by district', async () => {
    const html = await qualityHtml({
      files: [{ path: 'registry/r.xlsx', kind: 'registry', status: 'partial', rows: 3, errors: 1, warnings: 0 }],
      issues: [{ severity: 'error', code: 'E_DATE_INVALID', file: 'registry/r.xlsx', th: 'ก', en: 'a' }],
      notAudited: [{ fiscalYear: 2567, groups: ['6001001'], districts: [{ code: '6001', name: 'เมืองนครสวรรค์', province: 'นครสวรรค์', groups: [{ id: '6001001', name: 'กลุ่ม' }] }] }],
    });
    expect(html).toContain('<td>ทะเบียนกลุ่ม<span class="en">registry</span></td>');
    expect(html).toContain('◐ ใช้บางส่วน<span class="en">partly used</span>');
    expect(html).toContain('<p>ปีงบประมาณ 2567: 1 กลุ่ม<span class="en">FY 2024 (BE 2567): 1 active groups with no audit.</span></p>');
    expect(html).toContain('<caption>อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์ (1)</caption>');
  });
});

describe('every text is escaped', () => {
  it('a file named with markup and an ampersand is shown as text, in the heading, the link and the table', async () => {
    const name = 'audits/2567/<script>alert(1)</script> & co.xlsx';
    const reports = mkdtempSync(join(tmpdir(), 'omsap-reports-'));
    await writeQualityReport(reports, {
      files: [file(name, 'rejected', 1)],
      issues: [{ severity: 'error', code: 'E_FILE_CORRUPT', file: name, th: 'ไฟล์เสีย <b>', en: 'corrupt & "broken"' }],
      notAudited: [],
    });
    const html = readFileSync(join(reports, 'data-quality.html'), 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    const shown = 'audits/2567/&lt;script&gt;alert(1)&lt;/script&gt; &amp; co.xlsx';
    expect(html).toContain(`<h3 id="f-${Buffer.from(name).toString('hex')}">${shown} <span class="where">`);
    expect(html).toContain(`<td class="file"><a href="#f-${Buffer.from(name).toString('hex')}">${shown}</a></td>`);
    expect(html).toContain('ไฟล์เสีย &lt;b&gt;<span class="en">corrupt &amp; &quot;broken&quot;</span>');
  });
});
