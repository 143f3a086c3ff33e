/** Names as names are compared (src/lib/thai/name-key.ts): books against the registry, places, plan topics. */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/lib/thai/name-key';

describe('nameKey', () => {
  it('drops every space and invisible character', () => {
    expect(nameKey(' บ้าน หนอง\u200Bปลิง ')).toBe('บ้านหนองปลิง');
    expect(nameKey('บ้าน\u00A0หนองปลิง')).toBe('บ้านหนองปลิง');
  });

  it('reads "ํา" as "ำ", with or without a tone mark between', () => {
    expect(nameKey('ช\u0E4D\u0E32ระ')).toBe('ชำระ');
    expect(nameKey('น\u0E49\u0E4D\u0E32ใส')).toBe('น้ำใส');
  });

  it('reads Thai digits as ASCII and Latin letters in lower case', () => {
    expect(nameKey('หมู่ ๑๒ Ban NONG')).toBe('หมู่12bannong');
  });
});
