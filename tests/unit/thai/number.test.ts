import { describe, expect, it } from 'vitest';
import { parseThaiNumber } from '../../../src/lib/thai/number.js';

const v = (x: unknown, opts?: Parameters<typeof parseThaiNumber>[1]) => {
  const r = parseThaiNumber(x, opts);
  return r.ok ? r.value : { failed: r.found, expected: r.expected };
};
const NOT_NUMBER = { th: 'ตัวเลข', en: 'a number' };
const NOT_WHOLE = { th: 'จำนวนเต็ม', en: 'a whole number' };

describe('parseThaiNumber: plain numbers and text', () => {
  it('passes numbers through', () => {
    expect(v(1234)).toBe(1234);
    expect(v(-5.5)).toBe(-5.5);
  });
  it('reads ASCII and Thai digits with thousands separators', () => {
    expect(v('1,234')).toBe(1234);
    expect(v('๑,๒๓๔')).toBe(1234);
    expect(v('1,234,567.25')).toBe(1234567.25);
    expect(v('๓.๕')).toBe(3.5);
    expect(v('.5')).toBe(0.5);
  });
  it('reads scientific notation as Excel writes a large number into a CSV', () => {
    expect(v('1.2E+06', { kind: 'money' })).toBe(1_200_000);
    expect(v('1E+308', { kind: 'money' })).toBe(1e308); // a number, so the bounds check names it out of range
    expect(v('2.5e-1')).toBe(0.25);
    expect(v('1E+309')).toEqual({ failed: '1E+309', expected: NOT_NUMBER }); // Infinity is no number
    expect(v('1,2E+06')).toEqual({ failed: '1,2E+06', expected: NOT_NUMBER });
  });
  it('strips unit suffixes and the baht sign', () => {
    expect(v('1,234.50 บาท', { kind: 'money' })).toBe(1234.5);
    expect(v('500บาท', { kind: 'money' })).toBe(500);
    expect(v('฿1,500', { kind: 'money' })).toBe(1500);
    expect(v('12 คน', { kind: 'count' })).toBe(12);
    expect(v('7 ราย', { kind: 'count' })).toBe(7);
  });
  it('reads accounting negatives and minus signs', () => {
    expect(v('(1,200)', { kind: 'money' })).toBe(-1200);
    expect(v('(1,200 บาท)', { kind: 'money' })).toBe(-1200);
    expect(v('-1,200')).toBe(-1200);
  });
  it('normalises zero-width and NBSP first', () => {
    expect(v('\u200B1,000\u00A0บาท', { kind: 'money' })).toBe(1000);
  });
  it('a lone dash in a money cell is 0', () => {
    expect(v('-', { kind: 'money' })).toBe(0);
    expect(v('–', { kind: 'money' })).toBe(0);
    expect(v(' — ', { kind: 'money' })).toBe(0);
  });
  it('a lone dash elsewhere is an error', () => {
    expect(v('-', { kind: 'count' })).toEqual({ failed: '-', expected: NOT_NUMBER });
  });
  it('empty is missing (null)', () => {
    expect(v('')).toBeNull();
    expect(v('  \u00A0')).toBeNull();
    expect(v(null)).toBeNull();
    expect(v(undefined)).toBeNull();
  });
  it('text that is not a number is an error naming the text', () => {
    expect(v('สองพัน')).toEqual({ failed: 'สองพัน', expected: NOT_NUMBER });
    expect(v('12,34')).toEqual({ failed: '12,34', expected: NOT_NUMBER });
    expect(v('1.2.3')).toEqual({ failed: '1.2.3', expected: NOT_NUMBER });
    expect(v('1 200')).toEqual({ failed: '1 200', expected: NOT_NUMBER });
  });
  it('booleans, dates and non-finite numbers are errors', () => {
    expect(v(true)).toEqual({ failed: 'true', expected: NOT_NUMBER });
    expect(v(Number.NaN)).toEqual({ failed: 'NaN', expected: NOT_NUMBER });
    expect(v(new Date(Date.UTC(2020, 0, 1)))).toEqual({ failed: '2020-01-01T00:00:00.000Z', expected: NOT_NUMBER });
  });
  it('a unit that does not fit the kind is an error', () => {
    expect(v('45%', { kind: 'money' })).toEqual({ failed: '45%', expected: NOT_NUMBER });
    expect(v('100 บาท', { kind: 'percent' })).toEqual({ failed: '100 บาท', expected: NOT_NUMBER });
    expect(v('3 คน', { kind: 'money' })).toEqual({ failed: '3 คน', expected: NOT_NUMBER });
  });
});

describe('parseThaiNumber: percent gives a fraction', () => {
  it('text with % is divided by 100', () => {
    expect(v('45%', { kind: 'percent' })).toBe(0.45);
    expect(v('๔๕ %', { kind: 'percent' })).toBe(0.45);
    expect(v('0.5%', { kind: 'percent' })).toBe(0.005);
  });
  it('text without % above 1 is percentage points', () => {
    expect(v('45', { kind: 'percent' })).toBe(0.45);
  });
  it('a %-formatted number cell already stores the fraction', () => {
    expect(v(0.7, { kind: 'percent', numFmt: '0%' })).toBe(0.7);
    expect(v(1.25, { kind: 'percent', numFmt: '0.00%' })).toBe(1.25);
  });
  it('a plain number cell > 1 is percentage points, ≤ 1 is a fraction', () => {
    expect(v(70, { kind: 'percent' })).toBe(0.7);
    expect(v(0.7, { kind: 'percent' })).toBe(0.7);
    expect(v(1, { kind: 'percent' })).toBe(1);
  });
});

describe('parseThaiNumber: count must be whole', () => {
  it('accepts whole numbers', () => {
    expect(v(12, { kind: 'count' })).toBe(12);
    expect(v('๑๒', { kind: 'count' })).toBe(12);
  });
  it('rejects fractions and negatives', () => {
    expect(v(12.5, { kind: 'count' })).toEqual({ failed: '12.5', expected: NOT_WHOLE });
    expect(v('12.5 คน', { kind: 'count' })).toEqual({ failed: '12.5 คน', expected: NOT_WHOLE });
    expect(v('-3', { kind: 'count' })).toEqual({ failed: '-3', expected: NOT_WHOLE });
  });
});
