import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../src/lib/thai/result.js';
import { thaiToAsciiDigits } from '../../../src/lib/thai/digits.js';
import { normalizeHeader, normalizeText } from '../../../src/lib/thai/normalize.js';

describe('result', () => {
  it('ok wraps a value', () => {
    expect(ok(5)).toEqual({ ok: true, value: 5 });
  });
  it('fail carries found and bilingual expected', () => {
    expect(fail('x', 'ตัวเลข', 'a number')).toEqual({
      ok: false,
      found: 'x',
      expected: { th: 'ตัวเลข', en: 'a number' },
    });
  });
});

describe('thaiToAsciiDigits', () => {
  it('maps every Thai digit', () => {
    expect(thaiToAsciiDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });
  it('leaves other text alone', () => {
    expect(thaiToAsciiDigits('ปี ๒๕๖๗ / 2024')).toBe('ปี 2567 / 2024');
    expect(thaiToAsciiDigits('abc')).toBe('abc');
  });
});

describe('normalizeText', () => {
  it('removes zero-width characters, turns NBSP into space, collapses and trims', () => {
    expect(normalizeText('  ก\u200Bข\u00A0\u00A0ค\uFEFF  ')).toBe('กข ค');
    expect(normalizeText('a\u200C\u200Db\t\n c')).toBe('ab c');
  });
  it('composes to NFC', () => {
    expect(normalizeText('e\u0301')).toBe('\u00E9');
  });
});

describe('normalizeHeader', () => {
  it('drops a trailing unit in brackets', () => {
    expect(normalizeHeader('ยอดเงินฝาก (บาท)')).toBe('ยอดเงินฝาก');
    expect(normalizeHeader('จำนวนสมาชิก(คน)')).toBe('จำนวนสมาชิก');
    expect(normalizeHeader('อัตรา (%)')).toBe('อัตรา');
  });
  it('keeps a header that is only a bracket, and brackets in the middle', () => {
    expect(normalizeHeader('(บาท)')).toBe('(บาท)');
    expect(normalizeHeader('ก (ข) ค')).toBe('ก (ข) ค');
  });
  it('lower-cases English, converts Thai digits, normalises spaces', () => {
    expect(normalizeHeader('  Group\u00A0ID ')).toBe('group id');
    expect(normalizeHeader('ปี\u200B ๒๕๖๗')).toBe('ปี 2567');
    expect(normalizeHeader('Savings (THB)')).toBe('savings');
  });
});
