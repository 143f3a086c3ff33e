import { describe, expect, it } from 'vitest';
import { parseYesNo } from '../../../src/lib/thai/yes-no.js';

const v = (x: unknown) => {
  const r = parseYesNo(x);
  return r.ok ? r.value : { failed: r.found, expected: r.expected };
};

describe('parseYesNo', () => {
  it.each(['มี', 'ใช่', 'ผ่าน', '✓', '✔', '/', '1', '๑', 'TRUE', 'true', 'Y', 'y', 'yes', 'Yes', 'YES', ' มี\u200B '])(
    '%s → yes',
    (s) => expect(v(s)).toBe(true),
  );
  it.each(['ไม่มี', 'ไม่ใช่', 'ไม่ผ่าน', '✗', '✘', 'x', 'X', '0', '๐', 'FALSE', 'false', 'N', 'n', 'no', 'No'])(
    '%s → no',
    (s) => expect(v(s)).toBe(false),
  );
  it('booleans and the numbers 1 and 0', () => {
    expect(v(true)).toBe(true);
    expect(v(false)).toBe(false);
    expect(v(1)).toBe(true);
    expect(v(0)).toBe(false);
  });
  it('empty is missing', () => {
    expect(v('')).toBeNull();
    expect(v('  ')).toBeNull();
    expect(v(null)).toBeNull();
    expect(v(undefined)).toBeNull();
  });
  it('anything else fails', () => {
    const expected = { th: 'มี/ไม่มี', en: 'yes or no' };
    expect(v('อาจจะ')).toEqual({ failed: 'อาจจะ', expected });
    expect(v(2)).toEqual({ failed: '2', expected });
    expect(v('ไม่ มี')).toEqual({ failed: 'ไม่ มี', expected });
  });
});
