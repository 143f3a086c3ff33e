import { describe, expect, it } from 'vitest';
import { compareCodes, compareEnglish, compareThai } from '../../../src/lib/thai/collate.js';

describe('compareThai', () => {
  // Thai order ignores a leading vowel for the first letter: เกษตร files under ก, like กลาง.
  // Next letters: ล (consonant) vs เ (vowel); consonants come before vowels, so กลาง < เกษตร.
  // ข comes after ก, so ขาว is last. Plain code-point order would put เกษตร (U+0E40…) last.
  it('sorts leading vowels by their consonant', () => {
    expect(['ขาว', 'เกษตร', 'กลาง'].sort(compareThai)).toEqual(['กลาง', 'เกษตร', 'ขาว']);
    expect(compareThai('เกษตร', 'ขาว')).toBeLessThan(0);
    expect(compareThai('กลาง', 'เกษตร')).toBeLessThan(0);
    expect(compareThai('ก', 'ก')).toBe(0);
  });
});

describe('compareCodes', () => {
  // Code units: digits (0x30…) before capitals (0x41…) before lower case (0x61…); "6001-2" < "60012" since '-' is 0x2D.
  it('orders ids and codes by code unit, not by locale', () => {
    expect(['F2', 'B1', 'f1', '6001', 'F10'].sort(compareCodes)).toEqual(['6001', 'B1', 'F10', 'F2', 'f1']);
    expect(compareCodes('6001-2', '60012')).toBeLessThan(0);
    expect(compareCodes('G1', 'G1')).toBe(0);
  });
});

describe('compareEnglish', () => {
  it('orders English names alphabetically, ignoring case', () => {
    expect(['takhli', 'Chai Nat', 'Nakhon Sawan'].sort(compareEnglish)).toEqual(['Chai Nat', 'Nakhon Sawan', 'takhli']);
  });
});
