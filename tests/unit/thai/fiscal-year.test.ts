import { describe, expect, it } from 'vitest';
import { fiscalYearOf, fiscalYearRange, parseFiscalYear } from '../../../src/lib/thai/fiscal-year.js';

const v = (x: unknown) => {
  const r = parseFiscalYear(x);
  return r.ok ? r.value : { failed: r.found };
};

describe('fiscalYearOf', () => {
  it('1 Oct starts the next BE fiscal year', () => {
    expect(fiscalYearOf('2023-09-30')).toBe(2566);
    expect(fiscalYearOf('2023-10-01')).toBe(2567);
    expect(fiscalYearOf('2024-01-15')).toBe(2567);
    expect(fiscalYearOf('2024-09-30')).toBe(2567);
    expect(fiscalYearOf('2024-10-01')).toBe(2568);
  });
});

describe('fiscalYearRange', () => {
  it('FY 2567 is 2023-10-01 … 2024-09-30', () => {
    expect(fiscalYearRange(2567)).toEqual({ start: '2023-10-01', end: '2024-09-30' });
    expect(fiscalYearRange(2560)).toEqual({ start: '2016-10-01', end: '2017-09-30' });
  });
});

describe('parseFiscalYear', () => {
  it('accepts BE years in numbers, Thai digits and with labels', () => {
    expect(v(2567)).toBe(2567);
    expect(v('2567')).toBe(2567);
    expect(v('๒๕๖๗')).toBe(2567);
    expect(v('ปีงบประมาณ 2567')).toBe(2567);
    expect(v('ปีงบประมาณ พ.ศ. ๒๕๖๗')).toBe(2567);
    expect(v('พ.ศ. 2567')).toBe(2567);
    expect(v('พ.ศ.2567')).toBe(2567);
  });
  it('2-digit years are BE 25xx', () => {
    expect(v(67)).toBe(2567);
    expect(v('67')).toBe(2567);
  });
  it('a CE year becomes BE', () => {
    expect(v(2024)).toBe(2567);
    expect(v('FY2024')).toBe(2567);
  });
  it('out of 2500–2600 or not a year fails with the expected text', () => {
    expect(v(2499)).toEqual({ failed: '2499' });
    expect(v(2601)).toEqual({ failed: '2601' });
    expect(v(2567.5)).toEqual({ failed: '2567.5' });
    expect(v('ปีหน้า')).toEqual({ failed: 'ปีหน้า' });
    const r = parseFiscalYear('x');
    expect(r).toEqual({ ok: false, found: 'x', expected: { th: 'ปีงบประมาณ พ.ศ. เช่น 2567', en: 'a fiscal year in BE such as 2567' } });
  });
  it('empty is missing', () => {
    expect(v('')).toBeNull();
    expect(v(null)).toBeNull();
  });
});
