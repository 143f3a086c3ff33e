/**
 * Plan rows overdue and due soon (issue 21), counted from the data's as-of date, worked by hand. As of 2024-08-18, the
 * window of "due soon" runs to 2024-10-17 (18 Aug + 60 days: 13 days left in August, 30 in September, 17 in October).
 */
import { describe, expect, it } from 'vitest';
import { dueCounts, duePlanRows } from '../../../src/lib/followup/due';
import type { Group, ScoredAudit } from '../../../src/lib/schema/dataset';
import type { PlanItem } from '../../../src/lib/schema/records';

const place = { code: '6001', name: 'เมืองนครสวรรค์', nameEn: '' };
const audit = (fiscalYear: number, plan: PlanItem[]): ScoredAudit => ({
  fiscalYear, date: `${fiscalYear - 543}-03-01`, criteria: 'omsap-2567', score: 70, level: 2, levelLabel: '', redFlags: [], incomplete: false,
  financials: {}, indicators: [], dimensions: [], priorities: [], plan,
});
const group = (id: string, audits: ScoredAudit[], status: Group['status'] = 'active'): Group => ({
  id, name: `กลุ่ม ${id}`, subdistrict: place, district: place, province: place, status, audits,
});

describe('duePlanRows', () => {
  it('overdue before the as-of date, due soon from it to 60 days after; done, undated, later and old plans left out', () => {
    const groups = [
      group('A', [
        audit(2566, [{ topic: 'F1', due: '2023-09-30' }]), // superseded by the 2567 plan: left out
        audit(2567, [
          { order: 1, topic: 'F1', activity: 'เยี่ยมบ้านลูกหนี้', due: '2024-08-17' }, // the day before: overdue
          { order: 2, topic: 'B1', due: '2024-08-18', progress: { status: 'in-progress' } }, // the day itself: soon
          { order: 3, topic: 'G2', due: '2024-10-17' }, // the 60th day: soon
          { order: 4, topic: 'G3', due: '2024-10-18' }, // the 61st day: left out
          { order: 5, topic: 'S2', due: '2024-01-31', progress: { status: 'done', date: '2024-02-01' } }, // done: left out
          { order: 6, topic: 'M3' }, // no due date: left out
        ]),
      ]),
      group('B', [audit(2566, [{ order: 1, topic: 'F4', due: '2023-07-31', progress: { status: 'not-started' } }])]), // not audited since: overdue
      group('C', [audit(2567, [{ order: 1, topic: 'F1', due: '2024-01-31' }])], 'inactive'), // not active: left out
    ];
    const rows = duePlanRows(groups, '2024-08-18');
    expect(rows.map((r) => [r.groupId, r.topic, r.due, r.status, r.when])).toEqual([
      ['B', 'F4', '2023-07-31', 'not-started', 'overdue'],
      ['A', 'F1', '2024-08-17', null, 'overdue'],
      ['A', 'B1', '2024-08-18', 'in-progress', 'soon'],
      ['A', 'G2', '2024-10-17', null, 'soon'],
    ]);
    expect(rows[1]!.activity).toBe('เยี่ยมบ้านลูกหนี้');
    expect(dueCounts(rows)).toEqual({ overdue: 2, soon: 2 });
    expect(duePlanRows(groups, null)).toEqual([]);
  });
});
