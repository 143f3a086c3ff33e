/**
 * Browser tests against the built fixture site (Debian's Chromium through playwright-core), in Thai and in English:
 * every page type loads without console errors, axe finds no WCAG 2.1 A/AA violation, search works in each language
 * and only over that language's pages, the group page prints as one A4 page, the pages read without JavaScript, the
 * language link keeps the reader on the same page, and phone-width screenshots are saved. What a page's HTML says
 * without a browser (a red flag's words, the English group page, names escaped, most-failed rows, failing groups, an
 * article only in Thai) is in tests/site/components, rendered by Astro's container.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { EN_PAGE_TYPES, launch, PAGE_TYPES, serve, axeViolations, shownSearch } from './helpers';
import { runBuild } from '../site/helpers';

const base = mkdtempSync(join(tmpdir(), 'omsap-e2e-'));
const dist = join(base, 'dist');
const SHOTS = resolve('reports/screenshots');
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  const r = await runBuild(['--dataset', 'tests/fixtures/site/dataset.json', '--out', dist, '--state', join(base, 'state')]);
  expect(r.code, r.stderr).toBe(0);
  server = await serve(dist);
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(base, { recursive: true, force: true });
});

/** Opens a page, collecting console errors, page errors and failed responses. */
async function open(path: string, opts: { width?: number; js?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  // bypassCSP: the pages' Content-Security-Policy refuses inline scripts, and axe is injected as one (the test's own).
  const ctx = await browser.newContext({ viewport: { width: opts.width ?? 1024, height: 900 }, javaScriptEnabled: opts.js ?? true, bypassCSP: true });
  ctx.setDefaultTimeout(0); // waits have no limit of their own (a busy machine is slow): vitest's limit catches a hang
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return { page, problems };
}

const ALL_PAGE_TYPES = Object.entries({ ...PAGE_TYPES, ...EN_PAGE_TYPES });

describe('every page type, in both languages', () => {
  it.each(ALL_PAGE_TYPES)('%s loads with no console error, in its language', async (_name, path) => {
    const { page, problems } = await open(path);
    const english = path.startsWith('/en/');
    expect(await page.getAttribute('html', 'lang')).toBe(english ? 'en' : 'th');
    expect(await page.textContent('body')).toContain(english ? 'Data as of 30 September 2024' : 'ข้อมูล ณ วันที่ 30 กันยายน 2567');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(ALL_PAGE_TYPES)('%s links to itself in the other language', async (_name, path) => {
    const { page } = await open(path);
    const here = new URL(path, 'http://x').pathname;
    const there = here.startsWith('/en/') ? here.slice(3) : `/en${here}`;
    // The search page's link carries its query to the other language's search (issue 20).
    const query = new URL(path, 'http://x').searchParams.get('q');
    const link = decodeURIComponent((await page.getAttribute('.lang-switch a', 'href'))!.replace(/\+/g, ' '));
    expect(link).toBe(query ? `${there}?q=${query}` : there);
    // hreflang alternates only with the site's address (--site: tests/e2e/sub-path.test.ts): a relative one is invalid.
    expect(await page.$('link[rel=alternate][hreflang]')).toBeNull();
    await page.context().close();
  });

  it.each(ALL_PAGE_TYPES)('%s has zero axe violations (WCAG 2.1 A/AA)', async (_name, path) => {
    const { page } = await open(path);
    if (path.includes('/search/')) await page.waitForSelector('#search-results li');
    const result = await axeViolations(page);
    expect(result).toEqual([]);
    await page.context().close();
  });

  it.each(ALL_PAGE_TYPES)('%s: phone-width (390 px) screenshot', async (name, path) => {
    const { page, problems } = await open(path, { width: 390 });
    if (path.includes('/search/')) await page.waitForSelector('#search-results li');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no sideways scrolling of the whole page').toBeLessThanOrEqual(0);
    // Every menu item in sight, the other language too: no sideways scroller hides any (issue 20).
    const outOfSight = await page.evaluate(() => [...document.querySelectorAll('.nav a')].filter((a) => {
      const r = a.getBoundingClientRect();
      return r.width === 0 || r.left < 0 || r.right > innerWidth;
    }).length);
    expect(outOfSight).toBe(0);
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the menu at 320 and 390 px', () => {
  it.each([320, 390].flatMap((w) => [['/', w], ['/en/', w]] as const))('%s at %i px: every item in sight, on three rows, nothing wider than the page', async (path, width) => {
    const { page } = await open(path, { width });
    const boxes = await page.$$eval('.nav a', (as) => as.map((a) => a.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: Math.round(r.top), width: r.width })));
    expect(boxes).toHaveLength(7); // six pages and the other language
    expect(boxes.filter((b) => b.width === 0 || b.left < 0 || b.right > width)).toEqual([]);
    expect(new Set(boxes.map((b) => b.top)).size).toBe(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, `menu-${path === '/' ? 'th' : 'en'}-${width}.png`) });
    await page.context().close();
  });
});

describe('group page', () => {
  it.each(['/groups/6010-0002/', '/groups/6010-0004/', '/groups/6010-0001/', '/groups/6007-0003/', '/groups/6010-0005/'].flatMap((p) => [p, `/en${p}`]))(
    '%s prints as exactly one A4 page',
    async (path) => {
      const { page } = await open(path);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
      expect(pages.length).toBe(1);
      await page.context().close();
    },
  );

  // 6010-0001's FY 2566 plan named F1 only; F1 lost points then (overdue 52,000) and has full points in 2567: 1 planned,
  // 1 fixed. Its 2567 priority F4 has a lesson (content/km/from-causes-to-development-plan.md names F4).
  it.each([
    ['/groups/6010-0001/', 'แผนปีที่แล้ว 1 ประเด็น แก้ได้ 1', 'ข้อมูลนี้บอกว่าเกิดอะไรขึ้น ไม่ได้บอกว่าอะไรเป็นสาเหตุ'],
    ['/en/groups/6010-0001/', "Last year's plan: 1 issue, 1 fixed", 'This describes what happened, not what caused it.'],
  ])('%s at 390 px: last year\'s plan followed through, and lessons beside the priorities; the card keeps titles only', async (path, line, note) => {
    const { page, problems } = await open(path, { width: 390 });
    expect(await page.textContent('.followthrough-line')).toContain(line);
    expect(await page.textContent('.followthrough-line')).toContain(note);
    // Last year's plan row by row, with each row's outcome (issue 20); every indicator that lost points is folded.
    expect(await page.locator('.followthrough .plan-table').isVisible()).toBe(true);
    expect(await page.locator('.followthrough .plan-table tbody tr').first().locator('td').last().textContent()).toBe(path.startsWith('/en/') ? 'F1 ✔ full points' : 'F1 ✔ ได้คะแนนเต็ม');
    const lesson = page.locator('.priorities .lessons a').first();
    expect(await lesson.isVisible()).toBe(true);
    // On a phone a lesson is its title (its office and date are on the article); on a wide screen both.
    expect(await page.locator('.priorities .lesson-meta').first().isVisible()).toBe(false);
    await page.setViewportSize({ width: 1024, height: 900 });
    expect(await page.locator('.priorities .lesson-meta').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.emulateMedia({ media: 'print' });
    expect(await lesson.isVisible()).toBe(true);
    expect(await page.locator('.priorities .lesson-meta').first().isVisible()).toBe(false);
    expect(await page.locator('.followthrough-line').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(['/groups/6010-0002/', '/en/groups/6010-0002/'])('%s answers first at 390 px: level, score, priorities, plan, within five screens', async (path) => {
    const { page, problems } = await open(path, { width: 390 });
    const top = (sel: string) => page.evaluate((s) => document.querySelector(s)!.getBoundingClientRect().top + scrollY, sel);
    // In this order: the level box, the first three priorities, this year's plan, last year's, then the details.
    const order = [await top('.level-big'), await top('ol.priorities'), await top('.plan-table'), await top('.followthrough'), await top('#indicators')];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(await page.locator('ol.priorities').first().locator(':scope > li').count()).toBe(3);
    expect(await page.locator('#indicators').getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(5 * 844);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SHOTS, `group-first-screen${path.startsWith('/en/') ? '-en' : ''}.png`) });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the "print the health card" button prints; without JavaScript it leads to how; folded details print open', async () => {
    const { page } = await open('/groups/6010-0002/', { width: 390 });
    await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed += 1; }; });
    await page.click('a[data-print-card]');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    expect(await page.textContent('a[data-print-card]')).toBe('พิมพ์บัตรสุขภาพ');
    expect(await page.isVisible('#print-help')).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('a[data-print-card]')).toBe(false);
    expect(await page.locator('#indicators table').isVisible()).toBe(true);
    await page.context().close();
    const noJs = await open('/en/groups/6010-0002/', { width: 390, js: false });
    await noJs.page.click('a[data-print-card]');
    expect(await noJs.page.textContent('#print-help')).toBe("Use your browser's print command (Ctrl+P): the health card is this page printed, one A4 page.");
    expect(await noJs.page.isVisible('#print-help')).toBe(true);
    await noJs.page.emulateMedia({ media: 'print' });
    expect(await noJs.page.locator('#indicators table').isVisible()).toBe(true);
    await noJs.page.context().close();
  });

  it.each(['/groups/6010-0002/', '/en/groups/6010-0002/', '/groups/6010-0001/', '/indicators/F1/', '/en/indicators/F1/', '/districts/6010/', '/provinces/60/', '/data/', '/en/data/', '/methodology/'])(
    '%s has zero axe violations at 390 px, folded details open too',
    async (path) => {
      const { page } = await open(path, { width: 390 });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const result = await axeViolations(page);
      expect(result).toEqual([]);
      await page.context().close();
    },
  );

  it('prints without menu or breadcrumb, with the page address and the print date at its foot', async () => {
    for (const [path, date] of [['/groups/6010-0002/', /พิมพ์เมื่อ \d{1,2} \S+ 25\d\d$/], ['/en/groups/6010-0002/', /printed \d{1,2} [A-Z][a-z]+ 20\d\d$/]] as const) {
      const { page } = await open(path);
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('.crumbs')).toBe(false);
      expect(await page.isVisible('.nav')).toBe(false);
      const foot = (await page.textContent('.print-foot'))!.replace(/\s+/g, ' ').trim();
      expect(foot.startsWith('·')).toBe(false);
      // Built without --site: the browser completes the path with the host the page was read from.
      expect(foot.startsWith(`${path.startsWith('/en/') ? 'This page:' : 'หน้านี้:'} ${server.url}${path} `)).toBe(true);
      expect(foot).toMatch(date);
      await page.context().close();
    }
  });

  it('reads without JavaScript: level as word and icon, score, indicators table; no chart script needed', async () => {
    const { page, problems } = await open('/groups/6010-0002/', { js: false });
    const level = await page.textContent('.level-big .level');
    expect(level).toContain('ต้องปรับปรุง');
    // The icon is drawn by site.css from an SVG of the site's own (the same shape on every phone and in print),
    // hidden from screen readers beside the word.
    expect(await page.getAttribute('.level-big .level .icon--cross', 'aria-hidden')).toBe('true');
    expect(await page.$eval('.level-big .level .icon--cross', (e) => getComputedStyle(e).maskImage)).toMatch(/^url\(".*\/_assets\/cross\.[\w-]+\.svg"\)$/);
    expect(await page.textContent('.level-big')).toContain('31.0 คะแนน');
    expect(await page.locator('table.stack tbody tr').count()).toBeGreaterThanOrEqual(17);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['/groups/6010-0002/', ['ค่าที่วัดได้', 'เกณฑ์', 'คะแนน', 'ผล', 'มัธยฐานอำเภอ', 'มัธยฐานจังหวัด']],
    ['/en/groups/6010-0002/', ['Value', 'Rule', 'Points', 'Result', 'District median', 'Province median']],
  ])('%s at 390 px: each cell of the indicators table labelled with its column, by the stylesheet', async (path, labels) => {
    const { page, problems } = await open(path, { width: 390 });
    const shown = await page.$$eval('table.indicator-table tbody tr:first-child td', (tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(shown).toEqual(labels.map((l) => `"${l}"`));
    // On a wide screen the table has its header row instead.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.$eval('table.indicator-table tbody td', (td) => getComputedStyle(td, '::before').content)).toBe('none');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('loads Chart.js only on pages with a chart', async () => {
    const scripts = async (path: string) => {
      const { page } = await open(path);
      const srcs = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
      await page.context().close();
      return srcs;
    };
    // Chart.js is bundled with the group page's scripts (src/components/GroupScripts.astro).
    expect((await scripts('/groups/6010-0002/')).some((s) => s.includes('GroupScripts'))).toBe(true);
    for (const path of ['/', '/districts/6010/', '/methodology/']) expect(await scripts(path)).toEqual([]);
  });
});

describe('search', () => {
  it('typing a Thai query shows results, and filters narrow them', async () => {
    const { page, problems } = await open('/search/');
    await page.fill('#q', 'เขาทอง');
    await page.waitForSelector('#search-results a[href="/groups/6010-0002/"]');
    expect(await page.textContent('#search-status')).toMatch(/พบ \d+ รายการ/);
    await page.fill('#q', 'กลุ่มออมทรัพย์');
    await page.selectOption('#f-province', 'ชัยนาท');
    await page.waitForFunction(() => {
      const hrefs = [...document.querySelectorAll('#search-results a')].map((a) => a.getAttribute('href'));
      return hrefs.length > 0 && hrefs.every((h) => /^\/(groups\/1801-|districts\/1801\/|provinces\/18\/)/.test(h ?? ''));
    });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('each language searches its own pages only: Thai finds no /en/ page, English finds only /en/ pages', async () => {
    // The top ten the search page shows for a query in its address, once its search is done.
    const urls = async (path: string) => {
      const { page } = await open(path);
      const { urls: shown } = await shownSearch(page);
      await page.context().close();
      return shown.slice(0, 10);
    };
    const thai = await urls(`/search/?q=${encodeURIComponent('เขาทอง')}`);
    expect(thai).toContain('/groups/6010-0002/');
    expect(thai.filter((u) => u.startsWith('/en/'))).toEqual([]);
    expect(await urls('/search/?q=Khao+Thong')).not.toContain('/en/groups/6010-0002/');
    const english = await urls('/en/search/?q=Khao+Thong');
    expect(english).toContain('/en/groups/6010-0002/');
    expect(english.every((u) => u.startsWith('/en/'))).toBe(true);
    expect(await urls('/en/search/?q=Takhli')).toContain('/en/districts/6007/');
  });

  it('the English level filter uses the words English group pages write', async () => {
    const { page } = await open('/en/search/?level=needs%20improvement');
    await page.waitForSelector('#search-results a[href="/en/groups/6010-0004/"]');
    const hrefs = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.every((h) => h?.startsWith('/en/groups/'))).toBe(true);
    expect(await page.textContent('#search-status')).toMatch(/^\d+ results/);
    await page.context().close();
  });

  it('the header search form works without JavaScript as a plain GET to /search/', async () => {
    const { page } = await open('/', { js: false });
    await page.fill('#q-head', 'ตาคลี');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#q-head', 'Enter')]);
    expect(decodeURIComponent(page.url())).toContain('q=ตาคลี');
    await page.context().close();
  });
});

describe('switching language', () => {
  it('keeps the reader on the same group, area and article, both ways', async () => {
    for (const path of ['/groups/6010-0002/', '/districts/6007/', '/provinces/18/', '/km/audit-visit-with-the-book/', '/']) {
      const { page } = await open(path, { js: false });
      await Promise.all([page.waitForURL(`**/en${path}`), page.click('.lang-switch a')]);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await Promise.all([page.waitForURL((u) => u.pathname === path), page.click('.lang-switch a')]);
      expect(await page.getAttribute('html', 'lang')).toBe('th');
      await page.context().close();
    }
  });
});
