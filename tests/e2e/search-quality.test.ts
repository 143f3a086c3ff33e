/**
 * Search quality, through the search page as a person uses it (its normalisation, Pagefind, places first, "did you
 * mean"): each query opened in the page's address and what the page shows read once its search is done, in the
 * browser, on the site fixture built under a sub-path (/omsap/) in both languages. Each query says what must be in
 * the top ten, what must not, and what "did you mean" must offer. Every query passes except the known misses,
 * named below with why; a known miss that starts passing fails the test too, so the list stays true.
 * Then the page itself, as a person uses it: more results, each result's kind, its snippet, a suggestion's link.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, serve, axeViolations, shownSearch } from './helpers';
import { runBuild } from '../site/helpers';

interface Case {
  what: string;
  q: string | null;
  /** The English site's search (its own index); Thai otherwise. */
  en?: boolean;
  filters?: Record<string, string>;
  must?: string[];
  /** The first result must be this. */
  first?: string;
  mustNot?: string[];
  /** Every result must match. */
  only?: RegExp;
  none?: boolean;
  /** Group and place pages come before every other result. */
  placesFirst?: boolean;
  /** "Did you mean" must offer this search (decoded, without the base path). */
  suggests?: string;
}

const CASES: Case[] = [
  { what: 'village name fragment', q: 'กระทุ่ม', must: ['/groups/6010-0001/'] },
  { what: 'full village name', q: 'บ้านหัวหวาย', first: '/groups/6007-0002/' },
  { what: 'sub-district', q: 'ท่าน้ำอ้อย', must: ['/groups/6010-0003/'], mustNot: ['/groups/1801-0001/'] },
  { what: 'district', q: 'ตาคลี', first: '/districts/6007/', mustNot: ['/groups/6010-0001/', '/groups/1801-0001/'], placesFirst: true },
  { what: 'province', q: 'ชัยนาท', must: ['/provinces/18/', '/districts/1801/'], mustNot: ['/groups/6010-0002/'], placesFirst: true },
  { what: 'KM topic word', q: 'ทุนสำรอง', must: ['/km/from-causes-to-development-plan/'] },
  { what: 'KM title words', q: 'สมุดตรวจสุขภาพ', first: '/km/audit-visit-with-the-book/' },
  { what: 'group id', q: '6010-0002', first: '/groups/6010-0002/' },
  { what: '13-digit group id', q: '6007000000011', first: '/groups/6007000000011/' },
  { what: 'misspelling: tone mark left out', q: 'หนองกระทุม', must: ['/groups/6010-0001/'] },
  { what: 'misspelling: last letter missing', q: 'พยุหะคีร', must: ['/districts/6010/'] },
  { what: 'group id typed in Thai digits', q: '๖๐๑๐-๐๐๐๒', first: '/groups/6010-0002/' },
  { what: 'extra spaces and a zero-width space', q: '  เขา\u200bทอง  ', must: ['/groups/6010-0002/'] },
  { what: 'a word that appears nowhere', q: 'ควอนตัม', none: true },
  { what: 'filter by level', q: null, filters: { level: 'ต้องปรับปรุง' }, must: ['/groups/6010-0002/', '/groups/6010-0004/'], only: /^\/groups\//, mustNot: ['/groups/6010-0001/'] },
  { what: 'filter by province', q: 'กลุ่มออมทรัพย์', filters: { province: 'ชัยนาท' }, only: /^\/(groups\/1801-|districts\/1801\/|provinces\/18\/)/ },
  { what: 'filter by district', q: null, filters: { district: 'พยุหะคีรี' }, must: ['/districts/6010/', '/groups/6010-0005/'], only: /6010/ },
  // Added with "did you mean", places first and the English site (issue 11).
  { what: 'misspelling: wrong vowel (ตะคลี for ตาคลี)', q: 'ตะคลี', none: true, suggests: '/search/?q=ตาคลี' },
  { what: 'misspelling with the district prefix', q: 'อำเภอตะคลี', suggests: '/search/?q=ตาคลี' },
  { what: 'misspelling: last consonant (ชัยนาด for ชัยนาท)', q: 'ชัยนาด', none: true, suggests: '/search/?q=ชัยนาท' },
  { what: 'misspelt sub-district, searched within its district', q: 'ยางขาร', suggests: '/search/?q=ยางขาว&district=พยุหะคีรี' },
  { what: 'group id without its dash', q: '60100002', suggests: '/search/?q=6010-0002' },
  { what: 'group id in Thai digits without its dash', q: '๖๐๑๐๐๐๐๒', suggests: '/search/?q=6010-0002' },
  { what: '13-digit group id in Thai digits', q: '๖๐๐๗๐๐๐๐๐๐๐๑๑', first: '/groups/6007000000011/' },
  { what: 'district with its prefix', q: 'อำเภอตาคลี', first: '/districts/6007/', placesFirst: true },
  { what: 'district whose name is in KM articles: groups before articles', q: 'พยุหะคีรี', first: '/districts/6010/', must: ['/groups/6010-0001/', '/groups/6010-0005/'], placesFirst: true },
  { what: 'a word of every group name', q: 'ออมทรัพย์', only: /^\/(groups|districts|provinces|km)\/|^\/$/, placesFirst: true },
  { what: 'misspelt sub-district, part of it found (หนองโภ for หนองโพ)', q: 'หนองโภ', suggests: '/search/?q=หนองโพ&district=ตาคลี' },
  { what: 'sub-district with its prefix', q: 'ตำบลหัวหวาย', first: '/groups/6007-0002/' },
  { what: 'district and province', q: 'ตาคลี นครสวรรค์', first: '/districts/6007/' },
  { what: 'capital district, not its province', q: 'เมืองชัยนาท', first: '/districts/1801/' },
  { what: 'English: district', en: true, q: 'Takhli', first: '/en/districts/6007/', must: ['/en/groups/6007-0002/'], placesFirst: true },
  { what: 'English: district with the word "district"', en: true, q: 'Phayuha Khiri district', first: '/en/districts/6010/', placesFirst: true },
  { what: 'English: province', en: true, q: 'Nakhon Sawan', first: '/en/provinces/60/', must: ['/en/districts/6007/', '/en/districts/6010/'] },
  { what: 'English: province of two words, province first', en: true, q: 'Chai Nat', first: '/en/provinces/18/', must: ['/en/districts/1801/'] },
  { what: 'English: capital district', en: true, q: 'Mueang Chai Nat', first: '/en/districts/1801/' },
  { what: 'English: province written as one word', en: true, q: 'Chainat', suggests: '/en/search/?q=Chai Nat' },
  { what: 'English: lower case', en: true, q: 'takhli', first: '/en/districts/6007/' },
  { what: 'English: village of a group', en: true, q: 'Ban Hua Wai', first: '/en/groups/6007-0002/' },
  { what: 'English: sub-district', en: true, q: 'Hua Wai', first: '/en/groups/6007-0002/' },
  { what: 'English: group id', en: true, q: '6010-0002', first: '/en/groups/6010-0002/' },
  { what: 'English: misspelt district', en: true, q: 'Takli', none: true, suggests: '/en/search/?q=Takhli' },
  { what: 'English: misspelt sub-district', en: true, q: 'Khao Tong', suggests: '/en/search/?q=Khao Thong&district=Phayuha Khiri' },
  // Added with group and village names in "did you mean", and a named group first (issue 20). 6010-0001's village
  // หนองกระทุ่ม is no sub-district's name (its sub-district is พยุหะ), so only the group can be suggested for it.
  { what: 'misspelt village, one letter (หนองกระทุบ for หนองกระทุ่ม)', q: 'หนองกระทุบ', suggests: '/search/?q=บ้านหนองกระทุ่ม' },
  { what: 'misspelt village with บ้าน', q: 'บ้านหนองกระทุบ', suggests: '/search/?q=บ้านหนองกระทุ่ม' },
  { what: 'village name exactly: its group first', q: 'บ้านหนองกระทุ่ม', first: '/groups/6010-0001/' },
  { what: 'village name without บ้าน: its group first', q: 'หนองกระทุ่ม', first: '/groups/6010-0001/' },
  { what: 'group name exactly: the group first', q: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านเสือโฮก', first: '/groups/1801-0004/' },
  { what: 'a group name not of the usual form, exactly', q: 'กลุ่มสัจจะออมทรัพย์บ้านหาดท่าเสา', first: '/groups/1801-0003/' },
];

/**
 * Queries that fail today, by name, with why. A known miss that passes fails the test: take it off the list.
 * - English: village of a group. Group names are Thai only (the registry has no English name), so "Ban" (บ้าน,
 *   village) is on no English page; "Hua Wai" alone finds the group (its sub-district's English name).
 */
const KNOWN_MISSES = ['English: village of a group'];

const BASE = '/omsap';
const tmp = mkdtempSync(join(tmpdir(), 'omsap-sq-'));
const dist = join(tmp, 'dist');
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
/** The page every query is searched in, as a person would: the search page, opened with the query in its address. */
let page: Page;

beforeAll(async () => {
  const r = await runBuild(['--dataset', 'tests/fixtures/site/dataset.json', '--out', dist, '--state', join(tmp, 'state'), '--base', `${BASE}/`]);
  expect(r.code, r.stderr).toBe(0);
  server = await serve(dist, { base: `${BASE}/`, gzip: true });
  browser = await launch();
  page = await browser.newPage();
  page.setDefaultTimeout(0); // waits have no limit of their own (a busy machine is slow): vitest's limit catches a hang
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A link as the test writes it: the base path off, decoded ("+" is a space in a query). */
const plain = (href: string): string => decodeURIComponent(href.replace(/\+/g, ' ')).replace(new RegExp(`^${BASE}`), '');

/** The search page of a language opened with a case's search in its address: its top ten results and its "did you mean". */
async function search(c: Case): Promise<{ urls: string[]; suggested: string[] }> {
  const params = new URLSearchParams(Object.entries({ q: c.q ?? '', ...c.filters }).filter(([, v]) => v));
  await page.goto(`${server.url}${BASE}${c.en ? '/en' : ''}/search/?${params}`);
  const shown = await shownSearch(page);
  return { urls: shown.urls.slice(0, 10).map(plain), suggested: shown.suggested.map(plain) };
}

const PLACE_OR_GROUP = /^(\/en)?\/(groups|districts|provinces)\//;

describe('search quality', () => {
  it(`every query but the known misses (${KNOWN_MISSES.length}) meets what it must and must not return`, async () => {
    const report: string[] = [];
    const failed: string[] = [];
    for (const c of CASES) {
      const { urls, suggested } = await search(c);
      const problems: string[] = [];
      for (const m of c.must ?? []) if (!urls.includes(m)) problems.push(`missing ${m}`);
      for (const m of c.mustNot ?? []) if (urls.includes(m)) problems.push(`unwanted ${m}`);
      if (c.first && urls[0] !== c.first) problems.push(`first is ${urls[0]}, wanted ${c.first}`);
      if (c.none && urls.length) problems.push(`wanted none, got ${urls.length}`);
      if (!c.none && !c.suggests && urls.length === 0) problems.push('no results');
      if (c.only) for (const u of urls) if (!c.only.test(u)) problems.push(`off-filter ${u}`);
      if (c.placesFirst) {
        const firstOther = urls.findIndex((u) => !PLACE_OR_GROUP.test(u));
        if (firstOther >= 0 && urls.slice(firstOther).some((u) => PLACE_OR_GROUP.test(u))) problems.push(`a place after ${urls[firstOther]}`);
      }
      if (c.suggests && !suggested.includes(c.suggests)) problems.push(`did not suggest ${c.suggests} (${suggested.join(', ') || 'nothing'})`);
      if (problems.length) failed.push(c.what);
      report.push(`${problems.length ? '✗' : '✓'} ${c.what}: ${JSON.stringify(c.q)}${c.filters ? ' ' + JSON.stringify(c.filters) : ''} → ${urls.length} ${problems.join('; ')}`);
    }
    const passed = CASES.length - failed.length;
    console.log(`search quality ${passed}/${CASES.length}; known misses: ${KNOWN_MISSES.join(', ') || 'none'}\n${report.join('\n')}`);
    expect(KNOWN_MISSES.every((m) => CASES.some((c) => c.what === m)), 'every known miss names a query').toBe(true);
    expect(failed, report.join('\n')).toEqual(KNOWN_MISSES);
  });
});

describe('the search page, as a person uses it', () => {
  it('the language link keeps the query: the other language searches the same words', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('ตาคลี')}`);
    await page.waitForSelector('#search-results li');
    expect(plain((await page.getAttribute('.lang-switch a', 'href'))!)).toBe('/en/search/?q=ตาคลี');
    await page.fill('#q', 'Takhli');
    await page.waitForFunction(() => document.querySelector('.lang-switch a')?.getAttribute('href')?.endsWith('?q=Takhli'));
    await page.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 }, bypassCSP: true }); // axe is injected inline; the pages' policy refuses that
    page.setDefaultTimeout(0);
    await page.goto(server.url + BASE + path);
    return page;
  }

  it('shows 20 results, then the rest with "more", focus on the first new one', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('ออมทรัพย์')}`);
    await page.waitForSelector('#search-results li');
    expect(await page.locator('#search-results li').count()).toBe(20);
    // The fixture: 13 groups, 3 districts, 2 provinces and 7 other pages hold ออมทรัพย์ = 25 results.
    expect(await page.textContent('#search-status')).toBe('พบ 25 รายการ แสดงรายการที่ 1–20');
    expect(await page.textContent('#search-more')).toBe('แสดงเพิ่มอีก 5 รายการ');
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 25);
    expect(await page.textContent('#search-status')).toBe('พบ 25 รายการ');
    expect(await page.isHidden('#search-more')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[20])).toBe(true);
    await page.close();
  });

  it('says each result’s kind, and a group’s level and district; snippets come from the page body', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('เขาทอง')}`);
    await page.waitForSelector(`#search-results a[href="${BASE}/groups/6010-0002/"]`);
    const group = page.locator('#search-results li', { has: page.locator(`a[href="${BASE}/groups/6010-0002/"]`) });
    // 6010-0002 is at level ต้องปรับปรุง in อำเภอพยุหะคีรี (tests/fixtures/site/dataset.json).
    expect(await group.locator('.result-kind').textContent()).toBe('กลุ่มออมทรัพย์ · ระดับ ต้องปรับปรุง · อำเภอพยุหะคีรี');
    const snippets = await page.$$eval('#search-results li p:not(.result-kind)', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(snippets.length).toBeGreaterThan(0);
    for (const s of snippets) {
      expect(s).not.toContain('บัตรสุขภาพการเงิน'); // the print-only title
      expect(s).not.toContain('หน้าแรก'); // the breadcrumb and the navigation
    }
    await page.close();
  });

  it('offers "did you mean" as a link that reruns the search, under the base path', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('ตะคลี')}`);
    await page.waitForSelector('#search-suggest a');
    expect(await page.textContent('#search-status')).toBe('ไม่พบผลลัพธ์ ลองใช้คำที่สั้นลง หรือเลือกตัวกรองน้อยลง');
    expect(await page.textContent('#search-suggest')).toBe('หรือหมายถึง อำเภอตาคลี จังหวัดนครสวรรค์');
    await page.click('#search-suggest a');
    await page.waitForSelector(`#search-results li:first-child a[href="${BASE}/districts/6007/"]`);
    expect(await page.inputValue('#q')).toBe('ตาคลี');
    expect(await page.isHidden('#search-suggest')).toBe(true);
    await page.close();
  });

  it('in English too, and axe finds nothing with results, "more" and a suggestion on screen', async () => {
    const page = await open('/en/search/?q=Takli');
    await page.waitForSelector('#search-suggest a');
    expect(await page.textContent('#search-suggest')).toBe('Did you mean Takhli District, Nakhon Sawan Province');
    const more = await open('/en/search/?q=group');
    await more.waitForSelector('#search-results li');
    expect(await more.isVisible('#search-more')).toBe(true);
    for (const p of [page, more]) {
      const violations = await axeViolations(p);
      expect(violations).toEqual([]);
      await p.close();
    }
  });
});
