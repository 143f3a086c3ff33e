/**
 * A plan row's progress (issue 21) read from the book's plan sheet: status words, follow-up date, note (masked like
 * the plan); a bad status or date is a warning that drops the progress, never the plan row, and never a score.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index';
import { scoreAudit } from '../../src/lib/health/score';
import { ANSWERS_A, FINANCIALS_A, dataDir, registryRow, registryXlsx, xlsx } from './helpers';

const PLAN_HEADER = ['ลำดับ', 'ตัวชี้วัด/ประเด็น', 'กิจกรรม', 'ผู้รับผิดชอบ', 'กำหนดเสร็จ', 'ความคืบหน้า', 'วันที่ติดตาม', 'บันทึกการติดตาม'];

function book(planRows: unknown[][]): Uint8Array {
  return xlsx([
    ['ข้อมูลการตรวจ', [['รหัสกลุ่ม', '6001001'], ['วันที่ตรวจ', '28/6/2567']]],
    ['งบการเงิน', Object.entries(FINANCIALS_A)],
    ['ตัวชี้วัด', [['รหัส', 'ผล'], ...Object.entries(ANSWERS_A)]],
    ['แผนพัฒนา', [PLAN_HEADER, ...planRows]],
  ]);
}

async function read(planRows: unknown[][]) {
  const r = await ingest(dataDir({ 'registry/r.xlsx': registryXlsx([registryRow('6001001')]), 'audits/2567/6001001.xlsx': book(planRows) }));
  return { audit: r.audits[0]!, issues: r.issues.filter((i) => i.code === 'W_PROGRESS_INVALID').map((i) => [i.cell, i.found]), criteria: r.criteria };
}

describe('plan progress in the book', () => {
  it('reads the three statuses in the words officers type, with the follow-up date and note', async () => {
    const { audit, issues } = await read([
      [1, 'F1', 'เยี่ยมบ้านลูกหนี้', 'คณะกรรมการเงินกู้', '31 ธ.ค. 2567', 'กำลังดำเนินการ', '15 ส.ค. 2567', 'ทำบันทึกข้อตกลงผ่อนชำระแล้ว 3 ราย'],
      [2, 'B1', 'ลงบัญชีทุกวัน', 'เหรัญญิก', '30/9/2567', 'เสร็จ', '1/8/2567'],
      [3, 'G2', 'ประชุมทุกเดือน', 'คณะกรรมการ', '31/10/2567', 'ยังไม่ได้เริ่ม'],
      [4, 'S2', 'ปันผล', 'คณะกรรมการ', '31/3/2568'],
    ]);
    expect(issues).toEqual([]);
    expect(audit.plan.map((p) => p.progress)).toEqual([
      { status: 'in-progress', date: '2024-08-15', note: 'ทำบันทึกข้อตกลงผ่อนชำระแล้ว 3 ราย' },
      { status: 'done', date: '2024-08-01' },
      { status: 'not-started' },
      undefined,
    ]);
  });

  it('a status it cannot read, a bad date or a note with no status: a warning naming the cell; the plan row stays', async () => {
    const { audit, issues } = await read([
      [1, 'F1', 'เยี่ยมบ้านลูกหนี้', 'คณะกรรมการเงินกู้', '31/12/2567', 'ครึ่งทาง', '15/8/2567'],
      [2, 'B1', 'ลงบัญชีทุกวัน', 'เหรัญญิก', '30/9/2567', 'เสร็จแล้ว', '31/2/2567'],
      [3, 'G2', 'ประชุมทุกเดือน', 'คณะกรรมการ', '31/10/2567', null, null, 'โทร 089-765-4321 นัดประชุม'],
    ]);
    expect(issues).toEqual([
      ['F2', 'ครึ่งทาง'],
      ['G3', '31/2/2567'],
      ['F4', undefined],
    ]);
    expect(audit.plan.map((p) => p.topic)).toEqual(['F1', 'B1', 'G2']);
    expect(audit.plan.map((p) => p.progress)).toEqual([undefined, { status: 'done' }, undefined]);
  });

  it('progress never changes the score: the same book with and without it scores the same', async () => {
    const row = [1, 'F1', 'เยี่ยมบ้านลูกหนี้', 'คณะกรรมการเงินกู้', '31/12/2567'];
    const a = await read([row]);
    const b = await read([[...row, 'เสร็จแล้ว', '15/8/2567', 'ครบตามแผน']]);
    const sa = scoreAudit(a.audit, a.criteria);
    const sb = scoreAudit(b.audit, b.criteria);
    expect(sb.score).toBe(sa.score);
    expect(sb.level).toBe(sa.level);
    expect(sb.priorities).toEqual(sa.priorities);
  });
});
