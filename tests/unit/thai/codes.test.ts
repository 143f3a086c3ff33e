/** Indicator codes as officers type them (src/lib/thai/codes.ts): one reading for books, batches, criteria, plans and KM. */
import { describe, expect, it } from 'vitest';
import { asIndicatorCode, codeText, normalizeIndicatorCode } from '../../../src/lib/thai/codes';

describe('indicator codes', () => {
  it('reads Thai digits, lower case, spaces and invisible characters as the criteria\'s form', () => {
    expect(normalizeIndicatorCode('f๑')).toBe('F1');
    expect(normalizeIndicatorCode(' B 1 ')).toBe('B1');
    expect(normalizeIndicatorCode('g\u200B๑๒')).toBe('G12');
    expect(asIndicatorCode('F๑')).toBe('F1');
  });

  it('says when a text is not a code', () => {
    expect(asIndicatorCode('F123')).toBeUndefined();
    expect(asIndicatorCode('1F')).toBeUndefined();
    expect(asIndicatorCode('การใช้เงินทุน')).toBeUndefined();
    expect(asIndicatorCode('')).toBeUndefined();
  });

  it('keeps the spaces of a text searched for codes', () => {
    expect(codeText('แก้ไข f๑ และ g2')).toBe('แก้ไข F1 และ G2');
  });
});
