import { describe, expect, it } from 'vitest';
import { compact, fold, normalizeQuery, segments, tokens } from '../../../src/lib/search/text.js';
import { holdsAsTyped, matchedShare, matchedWords } from '../../../src/lib/search/relevance.js';

describe('normalizeQuery: what people type → what the index holds', () => {
  it('writes Thai digits as ASCII and a dash between digits as a space', () => {
    // ๖๐๑๐ = 6010, ๐๐๐๒ = 0002; the dash between two numbers → a space (Pagefind indexes them as two words).
    expect(normalizeQuery('๖๐๑๐-๐๐๐๒')).toBe('6010 0002');
    expect(normalizeQuery('๖๐๐๑๐๐๓')).toBe('6001003');
  });
  it('drops zero-width spaces and collapses spaces, keeping a dash that joins nothing', () => {
    expect(normalizeQuery('  เขา\u200bทอง  ')).toBe('เขาทอง');
    expect(normalizeQuery('ตาคลี  -  นครสวรรค์')).toBe('ตาคลี - นครสวรรค์');
  });
});

describe('fold: Pagefind’s matching form', () => {
  it('strips Thai vowels above and below and tone marks, keeps letters on the line', () => {
    // ตาคลี = ต า ค ล ี: ี (U+0E35) is a combining mark, า (U+0E32) a letter → ตาคล.
    expect(fold('ตาคลี')).toBe('ตาคล');
    // ทุ่ม = ท ุ ่ ม → ทม; ะ (U+0E30) is a letter, so ตะคลี keeps it → ตะคล.
    expect(fold('ทุ่ม')).toBe('ทม');
    expect(fold('ตะคลี')).toBe('ตะคล');
    expect(fold('Takhli')).toBe('takhli');
  });
  it('tokens are the words people separated with spaces; compact joins them', () => {
    // นครสวรรค์: ์ (U+0E4C) is a mark → นครสวรรค.
    expect(tokens(' ตาคลี  นครสวรรค์ ')).toEqual(['ตาคล', 'นครสวรรค']);
    expect(compact('อำเภอ ตาคลี')).toBe('อำเภอตาคล');
  });
  it('segments English text at word boundaries, folded', () => {
    expect(segments('Takhli District, 6010', 'en')).toEqual(['takhli', 'district', '6010']);
  });
});

describe('matchedWords and matchedShare: did Pagefind match the query or only a scrap of it', () => {
  it('takes the matched words at their locations, split at zero-width spaces when the fragment has them', () => {
    expect(matchedWords('Takhli district of Nakhon Sawan', [0, 3])).toEqual(['Takhli', 'Nakhon']);
    expect(matchedWords('อำเภอ\u200Bตาคลี\u200Bจังหวัด', [1])).toEqual(['ตาคลี']);
    expect(matchedWords('a b', [5])).toEqual([]);
  });
  it('counts the share of the query’s letters in words that begin a matched word', () => {
    // "takhli district": takhli (6 letters) begins "Takhli", district (8) begins nothing matched → 6 / 14.
    expect(matchedShare('takhli district', 'en', ['Takhli'])).toBeCloseTo(6 / 14, 10);
    // "tak" begins "Takhli" → 3 / 3.
    expect(matchedShare('tak', 'en', ['Takhli'])).toBe(1);
    expect(matchedShare('', 'en', ['Takhli'])).toBe(0);
  });
  it('matches a group id written with a dash by its parts or as one number', () => {
    // The page word 6010-0002 begins "6010", "0002" and "60100002".
    expect(matchedShare('6010 0002', 'en', ['6010-0002'])).toBe(1);
    expect(matchedShare('60100002', 'en', ['6010-0002'])).toBe(1);
    expect(matchedShare('60100003', 'en', ['6010-0002'])).toBe(0);
  });
});

describe('holdsAsTyped: the query as typed, every word of it, in the page', () => {
  it('finds a name inside a longer run of Thai', () => {
    expect(holdsAsTyped('นครสวรรค์ออก', 'กลุ่มออมทรัพย์ ตำบลนครสวรรค์ออก อำเภอเมืองนครสวรรค์')).toBe(true);
    expect(holdsAsTyped('ตาคลี นครสวรรค์', 'อำเภอตาคลี จังหวัดนครสวรรค์')).toBe(true);
  });
  it('does not find a misspelling, nor an empty query', () => {
    // ตะคลี folds to ตะคล, the page to …ตาคล…: a different letter on the line.
    expect(holdsAsTyped('ตะคลี', 'อำเภอตาคลี จังหวัดนครสวรรค์')).toBe(false);
    expect(holdsAsTyped('ตาคลี ชัยนาท', 'อำเภอตาคลี จังหวัดนครสวรรค์')).toBe(false);
    expect(holdsAsTyped('  ', 'อำเภอตาคลี')).toBe(false);
  });
});
