/**
 * The officer's year on the bundled sample (issue 21), worked by hand from the files in data/ (registry statuses, each
 * active group's latest book, its plan sheet's due dates and progress), not from the code under test.
 *
 * The data's as-of date is the latest audit date in the data: 18 ส.ค. 2567 (2024-08-18). Due soon runs to
 * 2024-10-17 (60 days). A row counts when the group's latest plan has it, it has a due date, and it is not reported
 * เสร็จแล้ว: overdue when due before 2024-08-18, due soon from then to 2024-10-17.
 *
 * เก้าเลี้ยว (6006): 6006001 is ไม่ดำเนินการ (left out). Active 6006002, 6006004, 6006005, 6006007: latest book 2567, no
 *   plan. 6006006: latest 2567, rows due 31 ธ.ค. 2567, 31/1/2568 (เสร็จแล้ว), 30 พ.ย. 2567: all after 2024-10-17.
 *   6006003: not audited in 2567, so its 2566 plan is the latest: due 30 ก.ย. 2566 (ยังไม่เริ่ม), 30/9/2023 (no
 *   progress), 31/7/2566 (กำลังดำเนินการ): all before 2024-08-18 → overdue 3, due soon 0.
 * แม่วงก์ (6013): all six active. 6013001's 2567 plan: 31 ส.ค. 2567 (ยังไม่เริ่ม) and 31 ส.ค. 2567 (กำลังดำเนินการ)
 *   within the window, 31 ม.ค. 2568 after it. 6013004's rows are due 2568 (two เสร็จแล้ว), 6013006's 31/12/2024 and
 *   2568; the others' 2567 books have no plan → overdue 0, due soon 2.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline';
import { dueCounts, duePlanRows } from '../../src/lib/followup/due';
import type { Dataset } from '../../src/lib/schema/dataset';
import type { Criteria } from '../../src/lib/schema/criteria';
import { visitOrder } from '../../src/lib/visits/order';

const dataDir = path.resolve(__dirname, '../../data');
let dataset: Dataset;
let criteria: Criteria;
beforeAll(async () => {
  const r = await runPipeline(dataDir);
  dataset = r.dataset;
  criteria = r.ingest.criteria;
});
const inDistrict = (code: string) => dataset.groups.filter((g) => g.district.code === code);

describe('plan rows due on the bundled sample', () => {
  it('counts from the data\'s as-of date, the latest audit date', () => {
    expect(dataset.dataAsOf).toBe('2024-08-18');
  });

  it('เก้าเลี้ยว: 3 overdue (6006003\'s 2566 plan), none due soon', () => {
    const rows = duePlanRows(inDistrict('6006'), dataset.dataAsOf);
    expect(dueCounts(rows)).toEqual({ overdue: 3, soon: 0 });
    expect(rows.map((r) => [r.groupId, r.fiscalYear, r.due, r.status])).toEqual([
      ['6006003', 2566, '2023-07-31', 'in-progress'],
      ['6006003', 2566, '2023-09-30', 'not-started'],
      ['6006003', 2566, '2023-09-30', null],
    ]);
  });

  it('แม่วงก์: none overdue, 2 due soon (6013001)', () => {
    const rows = duePlanRows(inDistrict('6013'), dataset.dataAsOf);
    expect(dueCounts(rows)).toEqual({ overdue: 0, soon: 2 });
    expect(rows.map((r) => [r.groupId, r.due, r.status])).toEqual([
      ['6013001', '2024-08-31', 'not-started'],
      ['6013001', '2024-08-31', 'in-progress'],
    ]);
  });
});

describe('the visit pack\'s order on the bundled sample', () => {
  it('is the district ranking\'s order (the district page\'s), then incomplete, then not audited, in every district', () => {
    for (const d of dataset.districts) {
      const year = d.years.find((y) => y.fiscalYear === 2567)!;
      const groups = inDistrict(d.code);
      const active = new Set(groups.filter((g) => g.status === 'active').map((g) => g.id));
      const order = visitOrder(groups, 2567, criteria);
      expect(order.ranked, d.code).toEqual(year.ranking.filter((id) => active.has(id)));
      expect(order.incomplete, d.code).toEqual(year.incomplete.filter((id) => active.has(id)));
      expect(order.notAudited, d.code).toEqual(year.notAudited);
    }
  });

  it('เมืองนครสวรรค์: 20 active groups, 18 ranked, 6001004 incomplete, 6001003 not audited', () => {
    // From the registry: 21 groups in 6001, 6001011 ไม่ดำเนินการ; 6001004's 2567 book leaves G2, G3, M3 blank (19
    // points: incomplete, PLANTED.md); 6001003 has no 2567 book.
    const order = visitOrder(inDistrict('6001'), 2567, criteria);
    expect(order.ranked.length).toBe(18);
    expect(order.incomplete).toEqual(['6001004']);
    expect(order.notAudited).toEqual(['6001003']);
  });
});
