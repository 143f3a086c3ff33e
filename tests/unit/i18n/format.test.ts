import { describe, expect, it } from 'vitest';
import {
  formatDate, formatFiscalYear, formatFixed, formatNumber, formatPercent, formatThreshold, formatter, percentOf,
} from '../../../src/lib/i18n/format';

describe('dates', () => {
  // 2016 CE + 543 = 2559 BE; 2024 + 543 = 2567.
  it('Thai: Buddhist Era, Thai month names, no leading zero', () => {
    expect(formatDate('2016-06-28', 'th')).toBe('28 มิถุนายน 2559');
    expect(formatDate('2024-01-05', 'th', 'long')).toBe('5 มกราคม 2567');
    expect(formatDate('2016-06-28', 'th', 'short')).toBe('28 มิ.ย. 2559');
    expect(formatDate('2023-12-31', 'th', 'short')).toBe('31 ธ.ค. 2566');
  });
  it('English: Common Era, day month year', () => {
    expect(formatDate('2024-06-28', 'en')).toBe('28 June 2024');
    expect(formatDate('2024-06-28', 'en', 'short')).toBe('28 Jun 2024');
    expect(formatDate('2024-09-30', 'en')).toBe('30 September 2024');
  });
  it('returns non-ISO input unchanged', () => {
    expect(formatDate('soon', 'th')).toBe('soon');
    expect(formatDate('2024-13-01', 'en')).toBe('2024-13-01');
  });
  // FY 2567 BE runs 1 Oct 2023 – 30 Sep 2024: named by the CE year it ends in, 2024.
  it('fiscal years: BE in Thai, the CE year it ends in with the BE year beside it in English', () => {
    expect(formatFiscalYear(2567, 'th')).toBe('ปีงบประมาณ 2567');
    expect(formatFiscalYear(2567, 'th', 'short')).toBe('2567');
    expect(formatFiscalYear(2567, 'en')).toBe('FY 2024 (BE 2567)');
    expect(formatFiscalYear(2566, 'en', 'short')).toBe('FY 2023');
  });
});

describe('numbers', () => {
  it('formatNumber keeps every digit and groups thousands', () => {
    expect(formatNumber(1234567.5)).toBe('1,234,567.5');
    expect(formatNumber(-5000)).toBe('-5,000');
    expect(formatNumber(12)).toBe('12');
  });
  it('formatFixed gives the same text the second time, for each number of decimals (it keeps what it formatted)', () => {
    for (let k = 0; k < 2; k++) {
      expect([formatFixed(2.5, 0), formatFixed(2.5, 1), formatFixed(2.5, 2)]).toEqual(['3', '2.5', '2.50']);
      expect([formatFixed(0, 1), formatFixed(-0, 1), formatFixed(-0.04, 1)]).toEqual(['0.0', '-0.0', '-0.0']);
    }
  });
  it('formatFixed rounds to the decimals asked for', () => {
    expect(formatFixed(97, 1)).toBe('97.0');
    expect(formatFixed(1234.4, 0)).toBe('1,234');
    expect(formatFixed(31, 1)).toBe('31.0');
  });
  // 32,000 / 800,000 = 0.04 → 4.0%; 60,000 / 380,000 = 0.157894… → 15.8%.
  it('formatPercent shows a fraction with one decimal', () => {
    expect(formatPercent(0.04)).toBe('4.0%');
    expect(formatPercent(60_000 / 380_000)).toBe('15.8%');
  });
  it('percentOf and formatThreshold write thresholds as the criteria do, with a minus sign', () => {
    expect(percentOf(0.055)).toBe(5.5);
    expect(percentOf(0.7)).toBe(70);
    expect(formatThreshold(0.9, true)).toBe('90%');
    expect(formatThreshold(-0.05, true)).toBe('−5%');
    expect(formatThreshold(0, true)).toBe('0');
    expect(formatThreshold(12, false)).toBe('12');
  });
  it('a formatter shows missing values as a dash, money and counts whole, scores with one decimal', () => {
    const f = formatter('th');
    expect(f.int(null)).toBe('–');
    expect(f.money(1_000_000)).toBe('1,000,000');
    expect(f.score(96.96)).toBe('97.0');
    expect(f.percent(undefined)).toBe('–');
    expect(f.date(null)).toBe('–');
    expect(formatter('en').date('2024-09-30')).toBe('30 September 2024');
  });
});
