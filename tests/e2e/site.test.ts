/**
 * Browser tests against the built fixture site (Debian's Chromium through playwright-core): every page type
 * loads without console errors, axe finds no WCAG 2.1 A/AA violation, search works in Thai, the group
 * page prints as one A4 page, the pages read without JavaScript, and phone-width screenshots are saved.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, PAGE_TYPES, serve } from './helpers';
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
  const ctx = await browser.newContext({ viewport: { width: opts.width ?? 1024, height: 900 }, javaScriptEnabled: opts.js ?? true });
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

describe('every page type', () => {
  it.each(Object.entries(PAGE_TYPES))('%s loads with no console error and Thai lang', async (_name, path) => {
    const { page, problems } = await open(path);
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    expect(await page.textContent('body')).toContain('ข้อมูล ณ วันที่ 30 กันยายน 2567');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(Object.entries(PAGE_TYPES))('%s has zero axe violations (WCAG 2.1 A/AA)', async (_name, path) => {
    const { page } = await open(path);
    if (path.startsWith('/search/')) await page.waitForSelector('#search-results li');
    await page.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
    const result = await page.evaluate(async () => {
      // @ts-expect-error injected
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(result).toEqual([]);
    await page.context().close();
  });

  it.each(Object.entries(PAGE_TYPES))('%s: phone-width (390 px) screenshot', async (name, path) => {
    const { page, problems } = await open(path, { width: 390 });
    if (path.startsWith('/search/')) await page.waitForSelector('#search-results li');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no sideways scrolling of the whole page').toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('group page', () => {
  it.each(['/groups/6010-0002/', '/groups/6010-0004/', '/groups/6010-0001/', '/groups/6007-0003/', '/groups/6010-0005/'])(
    '%s prints as exactly one A4 page',
    async (path) => {
      const { page } = await open(path);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
      expect(pages.length).toBe(1);
      await page.context().close();
    },
  );

  it('reads without JavaScript: level as word and icon, score, indicators table; no chart script needed', async () => {
    const { page, problems } = await open('/groups/6010-0002/', { js: false });
    const level = await page.textContent('.level-big .level');
    expect(level).toContain('ต้องปรับปรุง');
    expect(level).toContain('✖');
    expect(await page.textContent('.level-big')).toContain('31.0 คะแนน');
    expect(await page.locator('table.stack tbody tr').count()).toBeGreaterThanOrEqual(17);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('red flag is explained in words', async () => {
    const { page } = await open('/groups/6010-0004/');
    expect(await page.textContent('.flag')).toContain('ธงแดง B1');
    expect(await page.textContent('.flag')).toContain('ระดับ 3');
    await page.context().close();
  });

  it('loads Chart.js only on pages with a chart', async () => {
    const scripts = async (path: string) => {
      const { page } = await open(path);
      const srcs = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
      await page.context().close();
      return srcs;
    };
    expect((await scripts('/groups/6010-0002/')).some((s) => s.includes('DimensionChart'))).toBe(true);
    for (const path of ['/', '/districts/6010/', '/methodology/']) expect(await scripts(path)).toEqual([]);
  });

  it('escapes HTML in names', async () => {
    const { page } = await open('/groups/1801-0003/');
    expect(await page.textContent('h1')).toContain('<b>ทดสอบ</b>');
    expect(await page.locator('h1 b').count()).toBe(0);
    await page.context().close();
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

  it('the header search form works without JavaScript as a plain GET to /search/', async () => {
    const { page } = await open('/', { js: false });
    await page.fill('#q-head', 'ตาคลี');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#q-head', 'Enter')]);
    expect(decodeURIComponent(page.url())).toContain('q=ตาคลี');
    await page.context().close();
  });
});
