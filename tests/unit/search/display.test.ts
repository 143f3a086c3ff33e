/**
 * What the search page writes, in both languages: the words are the catalogue's, pinned here as people read them.
 */
import { describe, expect, it } from 'vitest';
import { th } from '../../../src/lib/i18n/th';
import { en } from '../../../src/lib/i18n/en';
import { districtOffered, fill, kindLine, moreText, otherLanguageHref, readSearch, searchQuery, statusText, type KindWords } from '../../../src/lib/search/display';
import type { Result } from '../../../src/lib/search/pagefind';

const result = (r: Partial<Result>): Result => ({ url: '/x/', title: 'x', excerpt: '', content: '', matched: [], kind: '', ...r });

describe('the count line and the "more" button', () => {
  it('says how many were found and, while some are not shown, which are', () => {
    expect(statusText(25, 20, th.search.script)).toBe('พบ 25 รายการ แสดงรายการที่ 1–20');
    expect(statusText(25, 25, th.search.script)).toBe('พบ 25 รายการ');
    expect(statusText(1, 1, th.search.script)).toBe('พบ 1 รายการ');
    expect(statusText(0, 0, th.search.script)).toBe('ไม่พบผลลัพธ์ ลองใช้คำที่สั้นลง หรือเลือกตัวกรองน้อยลง');
    expect(statusText(1234, 20, en.search.script)).toBe('1,234 results, showing 1–20');
    expect(statusText(1, 1, en.search.script)).toBe('1 result');
  });
  it('offers the next 20, or the rest when fewer, and nothing when all are shown', () => {
    expect(moreText(25, 20, th.search.script)).toBe('แสดงเพิ่มอีก 5 รายการ');
    expect(moreText(65, 20, en.search.script)).toBe('Show 20 more');
    expect(moreText(25, 25, th.search.script)).toBeNull();
  });
  it('fills a number with thousands separators, a word as it is', () => {
    expect(fill('พบ {n} รายการ', 'n', 30000)).toBe('พบ 30,000 รายการ');
    expect(fill('ระดับ {level}', 'level', 'ดี')).toBe('ระดับ ดี');
  });
});

describe('a result’s kind line', () => {
  // As src/site/search-view.ts hands them to the Thai page.
  const TH: KindWords = { groupKind: 'กลุ่มออมทรัพย์', rankedLevels: ['ดี', 'ปานกลาง', 'ต้องปรับปรุง'], districtLabel: 'อำเภอ{name}', words: th.search.script };
  const EN: KindWords = { groupKind: 'savings group', rankedLevels: ['good', 'fair', 'needs improvement'], districtLabel: '{name} District', words: en.search.script };
  it('says a group’s level and district', () => {
    expect(kindLine(result({ kind: 'กลุ่มออมทรัพย์', level: 'ต้องปรับปรุง', district: 'พยุหะคีรี' }), TH)).toBe('กลุ่มออมทรัพย์ · ระดับ ต้องปรับปรุง · อำเภอพยุหะคีรี');
    expect(kindLine(result({ kind: 'savings group', level: 'good', district: 'Takhli' }), EN)).toBe('savings group · level good · Takhli District');
  });
  it('says a level that is no rank (not audited) alone, and leaves out what a group page does not say', () => {
    expect(kindLine(result({ kind: 'กลุ่มออมทรัพย์', level: 'ยังไม่ได้ตรวจ', district: 'ตาคลี' }), TH)).toBe('กลุ่มออมทรัพย์ · ยังไม่ได้ตรวจ · อำเภอตาคลี');
    expect(kindLine(result({ kind: 'กลุ่มออมทรัพย์' }), TH)).toBe('กลุ่มออมทรัพย์');
  });
  it('says only the kind of any other page', () => {
    expect(kindLine(result({ kind: 'อำเภอ', district: 'ตาคลี', level: 'ดี' }), TH)).toBe('อำเภอ');
    expect(kindLine(result({}), TH)).toBe('');
  });
});

describe('the address and the language link keep the search', () => {
  it('writes the query and the chosen filters, empty ones left out', () => {
    expect(decodeURIComponent(searchQuery('ตาคลี', { level: 'ดี', province: '' }))).toBe('q=ตาคลี&level=ดี');
    expect(searchQuery('', { district: 'Takhli' })).toBe('district=Takhli');
    expect(searchQuery('', {})).toBe('');
  });
  it('reads them back, a missing one empty', () => {
    expect(readSearch('?q=Chai+Nat&level=good')).toEqual({ q: 'Chai Nat', province: '', district: '', level: 'good' });
    expect(readSearch('')).toEqual({ q: '', province: '', district: '', level: '' });
  });
  it('gives the other language the query, not the filters (their words are this language’s)', () => {
    expect(decodeURIComponent(otherLanguageHref('/omsap/en/search/', 'ตาคลี'))).toBe('/omsap/en/search/?q=ตาคลี');
    expect(otherLanguageHref('/search/?q=Takhli', 'Chai Nat')).toBe('/search/?q=Chai+Nat');
    expect(otherLanguageHref('/search/?q=Takhli', '')).toBe('/search/');
  });
});

describe('district options', () => {
  it('offers every district with no province chosen, else the chosen province’s, and always "all districts"', () => {
    expect(districtOffered('ตาคลี', 'นครสวรรค์', '')).toBe(true);
    expect(districtOffered('ตาคลี', 'นครสวรรค์', 'นครสวรรค์')).toBe(true);
    expect(districtOffered('เมืองชัยนาท', 'ชัยนาท', 'นครสวรรค์')).toBe(false);
    expect(districtOffered('', undefined, 'นครสวรรค์')).toBe(true);
  });
});
