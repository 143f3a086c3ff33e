import { describe, expect, it } from 'vitest';
import { compareThai, sortThai } from '../../../src/lib/thai/collate.js';

describe('compareThai / sortThai', () => {
  // Thai order ignores a leading vowel for the first letter: เกษตร files under ก, like กลาง.
  // Next letters: ล (consonant) vs เ (vowel); consonants come before vowels, so กลาง < เกษตร.
  // ข comes after ก, so ขาว is last. Plain code-point order would put เกษตร (U+0E40…) last.
  it('sorts leading vowels by their consonant', () => {
    const words = ['ขาว', 'เกษตร', 'กลาง'];
    expect(sortThai(words, (w) => w)).toEqual(['กลาง', 'เกษตร', 'ขาว']);
    expect(compareThai('เกษตร', 'ขาว')).toBeLessThan(0);
    expect(compareThai('กลาง', 'เกษตร')).toBeLessThan(0);
    expect(compareThai('ก', 'ก')).toBe(0);
  });
  it('does not change the input and sorts by the key', () => {
    const items = [{ n: 'ข' }, { n: 'ก' }];
    const sorted = sortThai(items, (i) => i.n);
    expect(sorted.map((i) => i.n)).toEqual(['ก', 'ข']);
    expect(items.map((i) => i.n)).toEqual(['ข', 'ก']);
  });
});
