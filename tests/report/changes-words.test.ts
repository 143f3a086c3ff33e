import { beforeAll, describe, expect, it } from 'vitest';
import { changesConsoleLine, shrinkConsoleLines, type ChangesInput } from '../../src/report/changes-section';
import { qualityHtml } from '../../src/report/quality-report';
import type { Changes } from '../../src/lib/changes/compare';

/** The report's words come from the catalogue: dates and fiscal years as readers write them, field labels not field names. */
const changes: Changes = {
  previous: { dataAsOf: '2024-08-18', groups: 20, audits: 20 },
  groups: { before: 20, now: 10, added: [], removed: ['6001001'] },
  audits: { before: 20, now: 10, added: [], removed: [{ group: '6001001', fiscalYear: 2567 }] },
  levels: [{ group: '6001002', fiscalYear: 2567, before: 1, now: 'incomplete' }],
  problems: { new: [], fixed: [] },
  files: [{ file: 'audits/2567/a.xlsx', before: 'used', now: null, newErrors: [], follows: false }],
  shrink: { groups: true, audits: true },
};
const input = (over: Partial<ChangesInput> = {}): ChangesInput => ({ previous: 'ok', changes, mode: 'build', allowShrink: false, ...over });

describe('changes since the last published build, in words', () => {
  // The section as the report shows it (the report with no files, no problems and these changes).
  let html = '';
  beforeAll(async () => {
    html = await qualityHtml({ files: [], issues: [], notAudited: [], changes: input() });
  });

  it('dates the last build in the Buddhist Era in Thai, the Common Era in English', () => {
    // 2024-08-18: 18 August 2024 = 18 สิงหาคม 2567 (2024 + 543).
    expect(html).toContain('<caption>เทียบกับการเผยแพร่ครั้งก่อน (ข้อมูล ณ 18 สิงหาคม 2567)<span class="en">Against the last published build (data as of 18 August 2024)</span></caption>');
  });

  it('names fiscal years and levels the catalogue way', () => {
    // FY 2567 BE ends 30 September 2024: FY 2024 (BE 2567).
    expect(html).toContain('<li>6001001 ปีงบประมาณ 2567<span class="en">FY 2024 (BE 2567)</span></li>');
    expect(html).toContain('<li>6001002 ปีงบประมาณ 2567: ระดับ 1 → ข้อมูลไม่ครบ<span class="en">FY 2024 (BE 2567): level 1 → incomplete</span></li>');
    expect(html).toContain('<summary>ผลการตรวจที่หายไป 1<span class="en">Audits removed: 1</span></summary>');
  });

  it('says why nothing was published, on the page and in the console', () => {
    expect(html).toContain('<span class="tag">✗ ไม่ได้เผยแพร่: กลุ่มหรือผลการตรวจลดลงเกินร้อยละ 10 และเกิน 5 รายการ เว็บไซต์เดิมยังอยู่</span>');
    expect(html).toContain('<li><span class="file">audits/2567/a.xlsx</span> — ใช้ทั้งหมด → ไม่มีไฟล์แล้ว<span class="en">used → gone</span></li>');
    expect(shrinkConsoleLines(input())).toEqual([
      'ไม่ได้เผยแพร่: ข้อมูลลดลงเกินร้อยละ 10 และเกิน 5 รายการ เมื่อเทียบกับการเผยแพร่ครั้งก่อน — dist/ เดิมไม่ถูกแตะต้อง',
      '  not published: the data fell by more than 10 % and by more than 5 against the last published build; the previous dist/ is unchanged',
      '  กลุ่ม 20 → 10 (หายไป 1, ใหม่ 0) / groups 20 → 10 (1 vanished, 0 new)',
      '  ผลการตรวจ 20 → 10 (หายไป 1, ใหม่ 0) / audits 20 → 10 (1 vanished, 0 new)',
      '  กลุ่มที่หายไป / vanished groups: 6001001',
      'สาเหตุที่พบ (ไฟล์ที่ข้อมูลหายไป) / likely causes (files whose rows left the site):',
      '  audits/2567/a.xlsx — ใช้ทั้งหมด → ไม่มีไฟล์แล้ว / used → gone',
      'ถ้าตั้งใจให้ข้อมูลลดลง สั่ง npm run build -- --allow-shrink / if the data is meant to shrink: npm run build -- --allow-shrink',
    ]);
  });

  it('prints one line of counts when nothing shrinks', () => {
    const calm: Changes = { ...changes, groups: { before: 10, now: 11, added: ['6001009'], removed: [] }, audits: { before: 10, now: 10, added: [], removed: [] }, shrink: { groups: false, audits: false } };
    expect(changesConsoleLine(input({ changes: calm }))).toBe(
      'เทียบกับการเผยแพร่ครั้งก่อน: กลุ่ม +1 −0 · ผลการตรวจ +0 −0 · ระดับเปลี่ยน 1 · ปัญหาแก้แล้ว 0 · ปัญหาใหม่ 0 / since the last published build: groups +1 −0 · audits +0 −0 · level changes 1 · fixed 0 · new 0',
    );
    expect(changesConsoleLine(input({ previous: 'none', changes: null }))).toBe('เทียบกับการเผยแพร่ครั้งก่อน: ยังไม่เคยเผยแพร่ / since the last published build: none yet');
  });
});

describe('the report names a field by its label', () => {
  it('"ข้อมูล เงินสัจจะสะสม", never the internal name "savings"', async () => {
    const html = await qualityHtml({
      files: [{ path: 'a.xlsx', kind: 'audit', status: 'partial', rows: 1, errors: 1, warnings: 0 }],
      issues: [{ severity: 'error', code: 'E_NUMBER_INVALID', file: 'a.xlsx', sheet: 'งบการเงิน', cell: 'B3', field: 'savings', th: 'x', en: 'x' }],
      notAudited: [],
    });
    expect(html).toContain('E_NUMBER_INVALID · แผ่นงาน งบการเงิน · ช่อง B3 · ข้อมูล เงินสัจจะสะสม');
    expect(html).not.toContain('ข้อมูล savings');
  });
});
