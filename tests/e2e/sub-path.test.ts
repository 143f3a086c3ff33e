/**
 * Published under a sub-path (DESIGN §7): `npm run build -- --base /omsap/ --site https://example.go.th` gives a
 * site whose styles, fonts, scripts and search index load from /omsap/, whose search results point under it, with a
 * sitemap of every page and a robots.txt naming it. (Page-to-page links are the pages' own; tested with them.)
 */
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, serve } from './helpers';
import { runBuild, type Run } from '../site/helpers';

const base = mkdtempSync(join(tmpdir(), 'omsap-subpath-'));
const dist = join(base, 'dist');
let build: Run;
let badEnv: Run;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  build = await runBuild(['--dataset', 'tests/fixtures/site/dataset.json', '--out', dist, '--state', join(base, 'state'), '--base', '/omsap/', '--site', 'https://example.go.th']);
  expect(build.code, build.stderr).toBe(0);
  // The environment is read too: a bad OMSAP_SITE stops the build before anything runs.
  badEnv = await runBuild(['--dataset', 'tests/fixtures/site/dataset.json', '--out', join(base, 'never')], { OMSAP_SITE: 'https://example.go.th/omsap/' });
  server = await serve(dist, { base: '/omsap/', gzip: true });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(base, { recursive: true, force: true });
});

/** Opens a page under /omsap/, recording every failed request for a style, font, script or the search index. */
async function open(path: string): Promise<{ page: Page; failed: string[]; loaded: string[] }> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 900 } });
  ctx.setDefaultTimeout(0); // waits have no limit of their own (a busy machine is slow): vitest's limit catches a hang
  const page = await ctx.newPage();
  const failed: string[] = [];
  const loaded: string[] = [];
  page.on('response', (r) => {
    const kind = r.request().resourceType();
    if (!['stylesheet', 'font', 'script', 'fetch', 'xhr'].includes(kind)) return;
    (r.status() >= 400 ? failed : loaded).push(`${kind} ${r.status()} ${new URL(r.url()).pathname}`);
  });
  page.on('requestfailed', (r) => failed.push(`${r.resourceType()} failed ${r.url()}`));
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return { page, failed, loaded };
}

describe('a site built for /omsap/ on https://example.go.th', () => {
  it('says where it is published', () => {
    expect(build.stdout).toContain('published at: https://example.go.th/omsap/');
  });

  it('a group page loads its styles, fonts and scripts from /omsap/', async () => {
    const { page, failed, loaded } = await open('/omsap/groups/6010-0002/');
    expect(failed).toEqual([]);
    expect(loaded.filter((l) => l.startsWith('stylesheet 200 /omsap/_assets/')).length).toBeGreaterThan(0);
    expect(loaded.filter((l) => l.startsWith('font 200 /omsap/_assets/sarabun-thai-')).length).toBeGreaterThan(0);
    expect(loaded.every((l) => / \/omsap\//.test(l))).toBe(true);
    await page.context().close();
  });

  it('search finds a group and links it under /omsap/, the index loaded from /omsap/pagefind/', async () => {
    const { page, failed, loaded } = await open('/omsap/search/?q=เขาทอง');
    await page.waitForSelector('#search-results a[href="/omsap/groups/6010-0002/"]');
    const hrefs = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^\/omsap\//);
    expect(failed).toEqual([]);
    expect(loaded).toContain('script 200 /omsap/pagefind/pagefind.js');
    expect(loaded).toContain('fetch 200 /omsap/pagefind/shards.json');
    await page.context().close();
  });

  it('the English page links to its Thai counterpart under /omsap/, with absolute hreflang alternates', async () => {
    const { page, failed } = await open('/omsap/en/groups/6010-0002/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('.lang-switch a', 'href')).toBe('/omsap/groups/6010-0002/');
    expect(await page.getAttribute('link[rel=alternate][hreflang=en]', 'href')).toBe('https://example.go.th/omsap/en/groups/6010-0002/');
    expect(await page.getAttribute('link[rel=alternate][hreflang=th]', 'href')).toBe('https://example.go.th/omsap/groups/6010-0002/');
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const h of hrefs.filter((x) => x.startsWith('/'))) expect(h).toMatch(/^\/omsap\//);
    expect(failed).toEqual([]);
    await page.context().close();
  });

  it('a page names its canonical address and its Open Graph title and description', async () => {
    const { page } = await open('/omsap/en/groups/6010-0002/');
    expect(await page.getAttribute('link[rel=canonical]', 'href')).toBe('https://example.go.th/omsap/en/groups/6010-0002/');
    expect(await page.getAttribute('meta[property="og:url"]', 'content')).toBe('https://example.go.th/omsap/en/groups/6010-0002/');
    expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBe('กลุ่มออมทรัพย์เพื่อการผลิตบ้านเขาทอง');
    expect(await page.getAttribute('meta[property="og:description"]', 'content')).toBe(await page.getAttribute('meta[name=description]', 'content'));
    expect(await page.getAttribute('meta[property="og:locale"]', 'content')).toBe('en_US');
    await page.context().close();
  });

  it('an unknown address gets the 404 page of its language, with a search box and links under /omsap/', async () => {
    for (const [path, lang, action] of [['/omsap/no-such-page/', 'th', '/omsap/search/'], ['/omsap/en/groups/0000/', 'en', '/omsap/en/search/']] as const) {
      const res = await fetch(server.url + path);
      expect(res.status).toBe(404);
      const { page, failed } = await open(path);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.getAttribute('form[role=search] input[name=q]', 'type')).toBe('search');
      expect(await page.getAttribute('main form[role=search]', 'action')).toBe(action);
      expect(await page.getAttribute('meta[name=robots]', 'content')).toBe('noindex');
      expect(await page.$('link[rel=canonical]')).toBeNull();
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const h of hrefs.filter((x) => x.startsWith('/'))) expect(h).toMatch(/^\/omsap\//);
      expect(failed).toEqual([]);
      await page.context().close();
    }
  });

  it('each province\'s files are served beside the national ones', async () => {
    const json = await fetch(`${server.url}/omsap/data/provinces/18.json`);
    expect(json.status).toBe(200);
    expect(((await json.json()) as { groups: { id: string }[] }).groups.map((g) => g.id).sort()).toEqual(['1801-0001', '1801-0002', '1801-0003', '1801-0004']);
    expect((await fetch(`${server.url}/omsap/en/data/provinces/60.csv`)).status).toBe(200);
  });

  it('sitemap.xml lists every page once, as an absolute address under /omsap/', () => {
    const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'));
    expect(locs.length).toBe(pages.length);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toContain('https://example.go.th/omsap/');
    expect(locs).toContain('https://example.go.th/omsap/groups/6010-0002/');
    // ASCII segments; upper case too: group ids are 0-9 A-Z a-z - (DESIGN §4.2), indicator codes are the criteria's (F1).
    for (const l of locs) expect(l).toMatch(/^https:\/\/example\.go\.th\/omsap\/([A-Za-z0-9-]+\/)*$/);
    expect(locs).toContain('https://example.go.th/omsap/en/indicators/F1/');
  });

  it('robots.txt names the sitemap', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow:\n\nSitemap: https://example.go.th/omsap/sitemap.xml\n');
  });

  it('OMSAP_SITE with a path is refused (exit 2), pointing to --base', () => {
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toContain('put the path in --base');
  });
});
