import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../../src/lib/health/default-criteria';
import { publishedFraction, scoreAudit } from '../../../src/lib/health/score';
import type { AuditRecord } from '../../../src/lib/schema/records';

describe('published precision', () => {
  it('rounds a fraction to 6 decimals', () => {
    expect(publishedFraction(0.0874609375)).toBe(0.087461);
    expect(publishedFraction(0.2)).toBe(0.2);
    expect(publishedFraction(2 / 3)).toBe(0.666667);
  });

  it('publishes short ratios but flags on the exact value', () => {
    // overdue 200,001 of loans 1,000,000 = 0.200001 > 20 %: a red flag, published as 0.200001.
    // overdue 27,986.4 of 320,000 = 0.0874575: published 0.087458 (the long float never reaches the page).
    const base: Omit<AuditRecord, 'financials'> = {
      groupId: 'T-1', date: '2024-06-28', fiscalYear: 2567, answers: {}, plan: [], source: { file: 'x.xlsx', cells: {} },
    };
    const flagged = scoreAudit({ ...base, financials: { loans_outstanding: 1_000_000, overdue: 200_001 } }, DEFAULT_CRITERIA);
    const f1 = flagged.indicators.find((i) => i.code === 'F1')!;
    expect(f1.value).toBe(0.200001);
    expect(flagged.redFlags.map((r) => r.code)).toContain('F1');
    const plain = scoreAudit({ ...base, financials: { loans_outstanding: 320_000, overdue: 27_986.4 } }, DEFAULT_CRITERIA);
    expect(plain.indicators.find((i) => i.code === 'F1')!.value).toBe(0.087458);
  });
});
