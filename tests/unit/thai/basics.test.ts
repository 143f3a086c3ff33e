import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../src/lib/thai/result.js';
import { digitValue, thaiToAsciiDigits } from '../../../src/lib/thai/digits.js';
import { isInvisible, normalizeHeader, normalizeText, removeInvisible } from '../../../src/lib/thai/normalize.js';

describe('result', () => {
  it('ok wraps a value', () => {
    expect(ok(5)).toEqual({ ok: true, value: 5 });
  });
  it('fail carries found and bilingual expected', () => {
    expect(fail('x', { th: 'ตัวเลข', en: 'a number' })).toEqual({
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
  it('drops every invisible character the privacy recogniser skips: soft hyphen, direction marks, word joiner', () => {
    expect(normalizeText('ทะเบียน\u00ADกลุ่ม')).toBe('ทะเบียนกลุ่ม');
    expect(normalizeText('\u200Eรหัสกลุ่ม\u200F')).toBe('รหัสกลุ่ม');
    expect(normalizeText('08\u20601\u2063')).toBe('081');
  });
});

describe('one list of invisible characters', () => {
  it('isInvisible (read in place by the recogniser) says yes exactly to what removeInvisible drops', () => {
    const disagree: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isInvisible(c) !== (removeInvisible(ch) === '')) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
    // U+00AD, U+200B–U+200F, U+2060–U+2064, U+FEFF: 1 + 5 + 5 + 1
    let n = 0;
    for (let c = 0; c <= 0xffff; c++) if (isInvisible(c)) n++;
    expect(n).toBe(12);
  });
});

describe('digitValue', () => {
  it('reads ASCII, Thai and full-width digits, nothing else', () => {
    expect(['7', '๗', '７', 'a', '-', '๛'].map((d) => digitValue(d.charCodeAt(0)))).toEqual([7, 7, 7, -1, -1, -1]);
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
