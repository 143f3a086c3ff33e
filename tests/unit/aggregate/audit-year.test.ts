/** A group in one fiscal year (src/lib/aggregate/audit-year.ts): its audit, members and savings, one reading for all. */
import { describe, expect, it } from 'vitest';
import { auditFor, membersIn, savingsIn } from '../../../src/lib/aggregate/audit-year';
import type { ScoredAudit } from '../../../src/lib/schema/dataset';

const audit = (fiscalYear: number, financials: Partial<ScoredAudit['financials']>) => ({ fiscalYear, financials }) as unknown as ScoredAudit;

describe('auditFor', () => {
  const group = { audits: [audit(2566, {}), audit(2567, {})] };
  it('finds the audit of the year, none for another year or a null year', () => {
    expect(auditFor(group, 2567)).toBe(group.audits[1]);
    expect(auditFor(group, 2565)).toBeUndefined();
    expect(auditFor(group, null)).toBeUndefined();
  });
});

describe('members and savings in a year', () => {
  it('the audit\'s figure first (members_end 104, savings 52,000)', () => {
    const a = audit(2567, { members_end: 104, savings: 52_000 });
    expect(membersIn({ members: 90 }, a)).toBe(104);
    expect(savingsIn({ savings: 40_000 }, a)).toBe(52_000);
  });

  it('else the registry\'s (no audit, or an audit without the figure, or a figure below 0)', () => {
    expect(membersIn({ members: 90 }, undefined)).toBe(90);
    expect(membersIn({ members: 90 }, audit(2567, {}))).toBe(90);
    expect(membersIn({ members: 90 }, audit(2567, { members_end: -1 }))).toBe(90);
    expect(savingsIn({ savings: 40_000 }, audit(2567, { savings: Number.NaN }))).toBe(40_000);
  });

  it('0 is a figure; none at all is undefined (a roll-up counts it as 0, a page shows nothing)', () => {
    expect(membersIn({ members: 90 }, audit(2567, { members_end: 0 }))).toBe(0);
    expect(membersIn({}, audit(2567, {}))).toBeUndefined();
    expect(savingsIn({}, undefined)).toBeUndefined();
  });
});
